//! Every screen in Spanish: the Spanish clause set with the Spanish
//! interface, rendered into a test terminal, as snapshots.

mod screen_fixtures;

use accord::app::screens::welcome::{SetOffer, Welcome};
use accord::app::{App, Intent, Report, Screen, Start};
use accord::i18n::{self, Language};
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Role, Session, Stance, TextField};
use accord::tui::theme::Theme;
use screen_fixtures::{Typed, render, t};

/// The Spanish set, with this test's thread speaking Spanish.
fn acuerdo() -> ClauseSet {
    i18n::set_language(Language::Spanish);
    clauses::built_in("acuerdo").expect("the Spanish set is built in")
}

fn snapshot(name: &str, app: &App, width: u16, height: u16) {
    let terminal = render(app, width, height, Theme::new(false));
    insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
}

/// What the reader typed, in Spanish.
const TYPED: Typed = Typed {
    id: "prueba",
    question: "¿Qué haría si le digo que no a una prueba?",
    note: "Mi rodilla tardó meses.\nPero se curó.",
};

fn fresh() -> App {
    screen_fixtures::fresh(acuerdo(), &TYPED)
}

fn answered() -> App {
    screen_fixtures::answered(acuerdo(), &TYPED)
}

#[test]
fn welcome() {
    snapshot("bienvenida", &fresh(), 80, 24);
    let mut resumed = answered();
    resumed.screen = Screen::Welcome(Welcome::default());
    snapshot("bienvenida_reanudada", &resumed, 80, 30);
    resumed.open_elsewhere = true;
    snapshot("bienvenida_abierta_en_otra_ventana", &resumed, 80, 24);
}

#[test]
fn welcome_of_a_first_start_offers_both_sets() {
    let set = acuerdo();
    let session = Session::new("prueba".into(), &set, t(0));
    let offers = ["acuerdo", "partnership"].map(|id| {
        let s = clauses::built_in(id).expect("built in");
        SetOffer {
            id: s.id,
            title: s.title,
            language: s.language,
        }
    });
    let app = App::new(Start {
        sets: offers.to_vec(),
        ..Start::new(set, session)
    });
    snapshot("bienvenida_elegir_acuerdo", &app, 80, 30);
}

#[test]
fn clause() {
    snapshot("clausula", &answered(), 80, 24);
    snapshot("clausula_corta", &answered(), 40, 10);
}

#[test]
fn editor() {
    let mut app = answered();
    app.update(Intent::EditNote, t(8));
    snapshot("editor", &app, 80, 24);
}

#[test]
fn clause_list() {
    let mut app = answered();
    app.update(Intent::OpenList, t(8));
    snapshot("lista", &app, 80, 24);
}

#[test]
fn help() {
    let mut app = answered();
    app.update(Intent::Help, t(8));
    snapshot("ayuda", &app, 80, 24);
}

#[test]
fn agenda() {
    let mut app = answered();
    app.update(Intent::OpenAgenda, t(8));
    snapshot("agenda", &app, 80, 24);
}

#[test]
fn agenda_after_the_visit_and_exported() {
    let mut app = answered();
    let s = &mut app.session;
    s.set_text(
        "time",
        TextField::Question,
        "¿Podemos empezar a la hora?",
        t(10),
    );
    s.sign(Role::Patient, "Ana López", t(11));
    s.set_text(
        "not-broken",
        TextField::Answer,
        "Entonces hablamos de por qué y buscamos otro camino.",
        t(12),
    );
    s.cycle_answer_status("not-broken", t(12));
    s.set_stance("time", Some(Stance::Disagree), t(13));
    app.update(Intent::OpenAgenda, t(14));
    app.update(Intent::Down, t(14));
    app.update(Intent::Star, t(14));
    app.update(Intent::Export, t(15));
    app.update(
        Report::Exported(vec![
            "/datos/exports/s-agenda.md".into(),
            "/datos/exports/s-agenda.html".into(),
        ]),
        t(15),
    );
    snapshot("agenda_despues_de_la_consulta", &app, 90, 30);
}

#[test]
fn signing() {
    let mut app = answered();
    screen_fixtures::open_signing(&mut app);
    snapshot("firma_vacia", &app, 80, 24);
    screen_fixtures::sign_then_hand_over(&mut app, "Ana López");
    snapshot("firma_firmada", &app, 80, 24);
}

#[test]
fn a_failed_save_and_a_small_window() {
    let mut app = answered();
    app.update(
        Report::SaveFailed("no se pudieron guardar sus respuestas en /datos/s.json".into()),
        t(8),
    );
    snapshot("guardado_fallido", &app, 100, 30);
    snapshot("ventana_pequena", &answered(), 39, 10);
}

//! Coming back over weeks, in Spanish: last time, the timeline, looking back,
//! reading an earlier reflection and comparing two, as snapshots.

use std::path::Path;

use accord::app::{App, Intent};
use accord::i18n::{self, Language};
use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use accord::store::Store;
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn day(n: i64) -> Timestamp {
    Timestamp::from_second(1_793_000_000 + n * 86_400).expect("time")
}

fn snapshot(name: &str, app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(90, 26)).expect("terminal");
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::new(false));
        })
        .expect("draw");
    // The reflection open now began when the test ran: its date is the one thing that moves.
    let now = accord::dates::human(app.session.started_at, &app.tz);
    let text = terminal.backend().to_string().replace(&now, "«hoy»");
    insta::assert_snapshot!(name, text);
}

/// Two finished weeks of the Spanish set, then a new reflection beside them, in Spanish.
fn third_week(data: &Path) -> Walkthrough {
    i18n::set_language(Language::Spanish);
    let set = clauses::built_in("acuerdo").expect("built in");
    let store = Store::open(data.to_path_buf()).expect("store");
    for (n, id) in ["semana1", "semana2"].iter().enumerate() {
        let at = day(7 * n as i64);
        let mut s = Session::new((*id).into(), &set, at);
        for c in &set.clauses {
            s.set_stance(&c.id, Some(Stance::Agree), at);
        }
        if n == 0 {
            s.set_text(
                "time",
                TextField::Question,
                "¿Podemos empezar a la hora?",
                at,
            );
            // Asked at the visit: the week is done.
            s.cycle_answer_status("time", at);
        } else {
            s.set_stance("time", Some(Stance::Disagree), at);
            s.set_text("time", TextField::Note, "Otra vez llegaron tarde.", at);
        }
        store.save(&s).expect("save");
    }
    let options = Options::new(data.to_path_buf());
    let mut w = Walkthrough::start(set, options).expect("starts");
    // The same dates wherever the tests run.
    w.app.tz = TimeZone::UTC;
    w
}

#[test]
fn last_time_and_the_timeline_in_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut w = third_week(dir.path());
    w.handle(Intent::Begin);
    let index = w.app.set.index_of("time").expect("clause");
    w.handle(Intent::OpenList);
    for _ in 0..index {
        w.handle(Intent::Down);
    }
    w.handle(Intent::Select);
    snapshot("clausula_la_ultima_vez", &w.app);
    w.handle(Intent::Timeline);
    snapshot("respuestas_anteriores", &w.app);
}

#[test]
fn looking_back_reading_and_comparing_in_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut w = third_week(dir.path());
    w.handle(Intent::OpenLookBack);
    snapshot("mirar_atras", &w.app);
    w.handle(Intent::Down);
    w.handle(Intent::Down);
    w.handle(Intent::Select);
    snapshot("leer_una_reflexion", &w.app);
    w.handle(Intent::Close);
    w.handle(Intent::Mark);
    w.handle(Intent::Up);
    w.handle(Intent::Compare);
    snapshot("comparar_dos", &w.app);
}

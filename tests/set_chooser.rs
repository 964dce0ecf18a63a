//! The welcome screen of a first start offers the built-in clause sets by
//! their titles, each in its own language, and switches to the one chosen.

use accord::app::screens::welcome::{self, SetOffer, Welcome};
use accord::app::{App, Effect, Intent, Report, Screen, Start, content};
use accord::i18n::{self, Language};
use accord::model::clauses;
use accord::model::session::Session;
use jiff::Timestamp;

fn t(n: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + n).expect("time")
}

fn offer(id: &str) -> SetOffer {
    let set = clauses::built_in(id).expect("built in");
    SetOffer {
        id: set.id,
        title: set.title,
        language: set.language,
    }
}

/// A first start of the English set, offering both built-in sets.
fn first_start() -> App {
    let set = clauses::default_set();
    let session = Session::new("s1".into(), &set, t(0));
    App::new(Start {
        sets: vec![offer("partnership"), offer("acuerdo")],
        ..Start::new(set, session)
    })
}

fn welcome_text(app: &App) -> String {
    let Screen::Welcome(state) = &app.screen else {
        panic!("not on the welcome screen: {:?}", app.screen);
    };
    content::plain(&welcome::content(app, state)).join("\n")
}

#[test]
fn each_set_is_offered_by_its_title_in_its_own_language() {
    i18n::set_language(Language::English);
    let app = first_start();
    let text = welcome_text(&app);
    assert!(
        text.contains("Which agreement would you like to read?"),
        "{text}"
    );
    assert!(
        text.contains("› Our Partnership Agreement (English)"),
        "{text}"
    );
    assert!(
        text.contains("  Nuestro acuerdo de colaboración (español)"),
        "{text}"
    );
    assert!(!text.contains("Begin a new reflection"), "{text}");
}

#[test]
fn enter_on_the_open_set_begins_it_at_once() {
    let mut app = first_start();
    let effects = app.update(Intent::Begin, t(1));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(matches!(app.screen, Screen::Clause(_)));
    assert_eq!(app.set.id, "partnership");
}

#[test]
fn choosing_the_other_set_asks_the_shell_for_it_and_opens_it() {
    let mut app = first_start();
    app.update(Intent::Down, t(1));
    let effects = app.update(Intent::Begin, t(1));
    assert_eq!(effects, vec![Effect::UseSet("acuerdo".into())]);
    assert!(
        matches!(app.screen, Screen::Welcome(_)),
        "waits for the shell"
    );

    let set = clauses::built_in("acuerdo").expect("built in");
    let session = Session::new("s1".into(), &set, t(2));
    let effects = app.update(Report::SetChosen(Box::new(set), Box::new(session)), t(2));
    assert_eq!(effects, vec![Effect::LoadHistory]);
    assert_eq!(app.set.id, "acuerdo");
    assert_eq!(app.session.clause_set.id, "acuerdo");
    assert!(matches!(app.screen, Screen::Clause(_)));
    assert_eq!(app.current, 0);
}

#[test]
fn with_one_set_or_a_session_to_continue_there_is_no_chooser() {
    i18n::set_language(Language::English);
    let set = clauses::default_set();
    let session = Session::new("s1".into(), &set, t(0));
    let mut app = App::new(Start::new(set, session));
    assert!(!welcome_text(&app).contains("Which agreement"));
    app.screen = Screen::Welcome(Welcome::default());
    app.resumed = true;
    app.sets = vec![offer("partnership"), offer("acuerdo")];
    let text = welcome_text(&app);
    assert!(text.contains("Continue where you left off"), "{text}");
    assert!(!text.contains("Nuestro acuerdo"), "{text}");
}

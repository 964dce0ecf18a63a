//! The sessions and steps the screen snapshots start from, in any language:
//! each snapshot file keeps its own `snapshot` (insta names files after the
//! module that takes them) and its own words.
// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use accord::app::{App, Intent, Start};
use accord::model::clauses::ClauseSet;
use accord::model::session::{Session, Stance, TextField};
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A fixed moment, `n` seconds in, so dates read the same wherever tests run.
pub fn t(n: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + n).expect("time")
}

/// `app` drawn into a test terminal of `width` × `height` with `theme`.
pub fn render(app: &App, width: u16, height: u16, theme: Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| {
            ui::draw(frame, app, &theme);
        })
        .expect("draw");
    terminal
}

/// What the reader typed in the fixture, in the language under test.
pub struct Typed {
    /// The session's id (its file name).
    pub id: &'static str,
    /// The question on "not-broken".
    pub question: &'static str,
    /// The note on "body-heals".
    pub note: &'static str,
}

/// A first start of `set`, on the welcome screen.
pub fn fresh(set: ClauseSet, typed: &Typed) -> App {
    let session = Session::new(typed.id.into(), &set, t(0));
    App::new(Start::new(set, session))
}

/// A session with a few answers of each kind, on the third clause.
pub fn answered(set: ClauseSet, typed: &Typed) -> App {
    let mut s = Session::new(typed.id.into(), &set, t(0));
    s.set_stance("partnership", Some(Stance::Agree), t(1));
    s.set_stance("not-broken", Some(Stance::Disagree), t(2));
    s.set_text("not-broken", TextField::Question, typed.question, t(3));
    s.set_stance("body-heals", Some(Stance::Agree), t(4));
    s.set_text("body-heals", TextField::Note, typed.note, t(5));
    s.set_position("body-heals", t(6));
    let mut app = App::new(Start {
        resumed: true,
        ..Start::new(set, s)
    });
    app.update(Intent::Begin, t(7));
    app
}

/// From a clause, on to the signing step with nothing typed yet.
pub fn open_signing(app: &mut App) {
    app.update(Intent::OpenAgenda, t(8));
    app.update(Intent::Next, t(8));
}

/// Signs as the reader with `name`, then turns to the doctor's signature.
pub fn sign_then_hand_over(app: &mut App, name: &str) {
    app.update(Intent::Paste(name.into()), t(9));
    app.update(Intent::Sign, t(9));
    app.update(Intent::SwitchRole, t(9));
}

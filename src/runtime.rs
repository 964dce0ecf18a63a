//! The shell around the pure core: the terminal, the event loop and the disk.
//!
//! Only this module reads events, draws to the real terminal and saves.

use std::io::{self, stdout};
use std::path::PathBuf;

use jiff::tz::TimeZone;
use jiff::{Timestamp, Unit};
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use thiserror::Error;

use crate::action::{self, Action};
use crate::app::{App, Effect};
use crate::clauses::ClauseSet;
use crate::export::{self, Format};
use crate::session::Session;
use crate::store::{Store, StoreError};
use crate::ui::{self, theme::Theme};

/// Why the walkthrough could not run.
#[derive(Debug, Error)]
pub enum RunError {
    /// The data directory could not be used; nothing was shown yet.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The terminal failed.
    #[error("the terminal stopped working: {0}")]
    Terminal(#[from] io::Error),
}

/// How the walkthrough ended.
#[derive(Debug)]
pub struct Outcome {
    /// The session file, if anything was saved.
    pub saved_to: Option<PathBuf>,
    /// Why the last save failed, if it did.
    pub unsaved: Option<String>,
}

/// Runs the walkthrough of `set`, keeping answers in `data_dir`; `fresh` skips resuming.
pub fn walkthrough(set: ClauseSet, data_dir: PathBuf, fresh: bool) -> Result<Outcome, RunError> {
    let store = Store::open(data_dir)?;
    let lookup = store.find_resumable(&set);
    let now = now();
    let (session, resumed) = match lookup.session {
        Some(session) if !fresh => (session, true),
        _ => (Session::new(store.new_session_id(now), &set, now), false),
    };
    let mut app = App::new(set, session, resumed, lookup.notices);
    app.tz = TimeZone::system();
    let mut saved_to = resumed.then(|| store.session_path(&app.session.id));

    let mut terminal = ratatui::try_init()?;
    let _guard = TerminalGuard;
    execute!(stdout(), EnableBracketedPaste)?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));

    let theme = Theme::from_env();
    loop {
        terminal.draw(|frame| ui::draw(frame, &app, &theme))?;
        let event = match event::read() {
            Ok(event) => event,
            Err(e) => {
                // The terminal went away: keep what was being typed before giving up.
                apply(&mut app, &store, Action::Quit, &mut saved_to);
                return Err(e.into());
            }
        };
        let Some(action) = action::from_event(event, app.mode()) else {
            continue;
        };
        if apply(&mut app, &store, action, &mut saved_to) {
            break;
        }
    }
    Ok(Outcome {
        saved_to,
        unsaved: app.save_error.clone(),
    })
}

/// Updates the app and carries out its effects; true when it is time to quit.
fn apply(app: &mut App, store: &Store, action: Action, saved_to: &mut Option<PathBuf>) -> bool {
    let mut quit = false;
    for effect in app.update(action, now()) {
        match effect {
            Effect::Save => {
                let report = match store.save(&app.session) {
                    Ok(path) => {
                        *saved_to = Some(path);
                        Action::Saved
                    }
                    Err(e) => Action::SaveFailed(e.to_string()),
                };
                app.update(report, now());
            }
            Effect::Export => {
                let report = match export_agenda(app, store) {
                    Ok(paths) => Action::Exported(paths),
                    Err(e) => Action::ExportFailed(e.to_string()),
                };
                app.update(report, now());
            }
            Effect::Quit => quit = true,
        }
    }
    quit
}

/// Writes the agenda as Markdown and HTML for printing or sharing, without private notes.
fn export_agenda(app: &App, store: &Store) -> Result<Vec<PathBuf>, StoreError> {
    let options = export::Options {
        notes: false,
        tz: app.tz.clone(),
        now: now(),
    };
    [Format::Markdown, Format::Html]
        .into_iter()
        .map(|format| {
            let document = export::render(&app.session, &app.set, format, &options);
            let name = format!("{}-agenda.{}", app.session.id, format.extension());
            store.write_export(&name, document.as_bytes())
        })
        .collect()
}

/// The current time to the second: finer detail would only clutter the files.
fn now() -> Timestamp {
    let now = Timestamp::now();
    now.round(Unit::Second).unwrap_or(now)
}

/// Restores the terminal when the walkthrough ends, however it ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    // Each step is attempted even if an earlier one fails: a half-restored terminal is worse.
    let _ = execute!(stdout(), DisableBracketedPaste);
    let _ = ratatui::try_restore();
    let _ = execute!(stdout(), Show);
}

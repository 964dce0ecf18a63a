//! The shell around the pure core: the terminal, the event loop, signals and the disk.
//!
//! Only this module reads events, draws to the real terminal and saves.

use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::EnableBracketedPaste;
use ratatui::crossterm::execute;
use thiserror::Error;

use super::effects::{Shell, now};
use super::terminal::{TerminalGuard, Wake, Wakes, restore};
use super::theme::Theme;
use crate::app::screens::welcome::SetOffer;
use crate::app::{App, History, Intent, Msg, Overlay, Report, Start, keys};
use crate::model::clauses::ClauseSet;
use crate::model::session::Session;
use crate::store::{Store, StoreError};

/// Why the walkthrough could not run.
#[derive(Debug, Error)]
pub enum RunError {
    /// The data directory could not be used; nothing was shown yet.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The terminal failed.
    #[error("{}", terminal_failed(.0))]
    Terminal(#[from] io::Error),
}

/// Why the terminal failed, in words.
fn terminal_failed(e: &io::Error) -> String {
    crate::t!("screens-terminal-failed", why = e.to_string())
}

/// How the walkthrough ended.
#[derive(Debug)]
pub struct Outcome {
    /// The session file, if anything was saved.
    pub saved_to: Option<PathBuf>,
    /// Why the last save failed, if it did.
    pub unsaved: Option<String>,
    /// Where a full copy was written when saving failed.
    pub rescued: Option<PathBuf>,
    /// Why the terminal stopped working, if that is what ended the walkthrough.
    pub terminal_failed: Option<String>,
    /// The session as it stood at the end, for a last-resort copy.
    pub session: Session,
    /// Every printout made in this sitting.
    pub printouts: Vec<PathBuf>,
}

/// What the walkthrough starts with.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data folder (already including any profile).
    pub data_dir: PathBuf,
    /// Start a new session instead of offering to continue.
    pub fresh: bool,
    /// The participant's name, to store in the session.
    pub participant: Option<String>,
    /// Profiles to list on the welcome screen (when none was chosen).
    pub profiles: Vec<String>,
    /// On a first start, offer the built-in sets to choose from (no set was named).
    pub offer_sets: bool,
    /// Words follow the chosen set's language (no `--lang` chose one).
    pub follow_set_language: bool,
}

impl Options {
    /// A walkthrough kept in `data_dir` that continues where it left off,
    /// with no name, no profiles to list and no set to choose.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            fresh: false,
            participant: None,
            profiles: Vec::new(),
            offer_sets: false,
            follow_set_language: false,
        }
    }
}

/// A walkthrough ready to run: the app and its disk side, with no terminal yet.
pub struct Walkthrough {
    /// The app's state.
    pub app: App,
    shell: Shell,
}

impl Walkthrough {
    /// Opens the data folder, finds the session to continue, and reads what
    /// earlier sessions said: from the index head when it is in step with the
    /// folder (one small file, however long the history), else the long way.
    pub fn start(set: ClauseSet, options: Options) -> Result<Self, RunError> {
        let participant = options.participant.as_deref().map(crate::sanitize::line);
        let store = Store::open(options.data_dir)?.for_participant(participant.as_deref());
        let mut notices = store.warnings();
        notices.extend(store.restore_rescued());
        let quick = store.first_screen(&set, options.fresh);
        let (resumable, listed, any_before) = match &quick {
            Some(first) => (first.resumable.clone(), None, first.in_scope > 0),
            None => {
                let lookup = store.find_resumable(&set);
                notices.extend(lookup.notices);
                let any = !lookup.summaries.is_empty();
                (lookup.resumable, Some(lookup.summaries), any)
            }
        };
        let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
        if !crate::clock::is_sane() {
            notices.push(crate::t!("screens-clock-wrong"));
        }
        let mut shell = Shell {
            store,
            set: set.clone(),
            saved_to: None,
            lock: None,
            summaries: listed,
            in_step: None,
            participant,
            follow_set_language: options.follow_set_language,
            printed: Vec::new(),
        };
        let resumed = match resumable.filter(|_| !options.fresh) {
            Some(id) => {
                let lock = shell.store.lock(&id)?;
                match shell.store.load(&id) {
                    // A head edited by hand must not hand one reader another's reflection.
                    Ok(session) if !shell.store.sees(&session, &set) => None,
                    Ok(session) => Some((session, lock)),
                    Err(e) => {
                        notices.push(crate::t!(
                            "screens-session-unreadable",
                            id = id.as_str(),
                            why = e.to_string()
                        ));
                        None
                    }
                }
            }
            None => None,
        };
        let (session, resumed, open_elsewhere) = match resumed {
            // A scoped store only offers the participant's own sessions: the name is theirs already.
            Some((session, lock)) => {
                shell.saved_to = Some(shell.store.session_path(&session.id));
                let open_elsewhere = lock.is_none();
                shell.lock = lock;
                (session, true, open_elsewhere)
            }
            None => (shell.new_session(now())?, false, false),
        };
        let (history, last_time) = match quick {
            // The head worked out "last time" for the reflection it names, or for a new one.
            Some(first) if first.resumable.is_some() == resumed => {
                let count = first.of_set.saturating_sub(usize::from(resumed));
                shell.in_step = Some(first.in_step);
                let history = History::Counted {
                    count,
                    newest_started: first.newest_started,
                };
                (history, first.last_time)
            }
            _ => {
                let (history, last_time) = shell.history(&session.id);
                (History::Listed(history), last_time)
            }
        };
        let first_start = options.offer_sets && !resumed && !any_before;
        let sets = if first_start {
            SetOffer::built_in(&set)
        } else {
            Vec::new()
        };
        let draft = resumed.then(|| shell.store.draft(&session.id)).flatten();
        let app = App::new(Start {
            sets,
            resumed,
            notices,
            tz: crate::clock::zone(),
            open_elsewhere,
            history,
            last_time,
            profiles: options.profiles,
            draft,
            ..Start::new(set, session)
        });
        Ok(Self { app, shell })
    }

    /// Carries out one intent or report and its effects, as the event loop does; true when it is time to quit.
    pub fn handle(&mut self, msg: impl Into<Msg>) -> bool {
        self.shell.apply(&mut self.app, msg.into())
    }

    /// Runs in the terminal, drawn with `theme`, until the reader leaves.
    pub fn run(self, theme: Theme) -> Result<Outcome, RunError> {
        let Self { mut app, mut shell } = self;
        // Closing the window (SIGHUP) or a polite kill saves everything, like Ctrl-C.
        let wakes = Wakes::start()?;
        let stop = AtomicBool::new(false);

        let mut terminal = ratatui::try_init()?;
        let guard = TerminalGuard;
        execute!(stdout(), EnableBracketedPaste)?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));

        let result = event_loop(&mut app, &mut shell, &stop, &wakes, &mut terminal, &theme);
        // ratatui's own clean-up prints to stderr when it cannot show the cursor,
        // and printing to a closed window panics: the guard restores the terminal instead.
        std::mem::forget(terminal);
        if result.is_err() || stop.load(Ordering::Relaxed) {
            // Whatever stopped us, keep what was being typed.
            shell.apply(&mut app, Msg::Intent(Intent::Quit));
        }
        // A signal means the terminal may be gone; that is an ending, not an error.
        let terminal_failed = result
            .err()
            .filter(|_| !stop.load(Ordering::Relaxed))
            .map(|e| e.to_string());
        // Everything is saved: give the reader their terminal back before the
        // index head is brought in step, which may read the whole index.
        drop(guard);
        Ok(outcome(app, shell, terminal_failed))
    }

    /// Ends the walkthrough keeping everything (what is being typed too),
    /// as Ctrl-C does; the line-mode shell ends this way.
    pub fn finish(mut self) -> Outcome {
        self.handle(Intent::Quit);
        outcome(self.app, self.shell, None)
    }
}

/// How the walkthrough ended; a session that could not be saved is rescued.
fn outcome(app: App, mut shell: Shell, terminal_failed: Option<String>) -> Outcome {
    let saved = app.save_error.is_none();
    if saved {
        // The editor's words are in the saved session now.
        let (store, id) = (&shell.store, &app.session.id);
        store.changing(&mut shell.in_step, || store.clear_draft(id));
    }
    let rescued = app
        .save_error
        .as_ref()
        .and_then(|_| shell.store.rescue(&app.session).ok());
    // The next start reads its first screen from the index head: bring it in
    // step with what this window changed.
    let in_step = shell.in_step.take();
    (shell.store).close_first_screen(&shell.set, in_step, &app.session, saved);
    Outcome {
        saved_to: shell.saved_to,
        unsaved: app.save_error,
        rescued,
        terminal_failed,
        session: app.session,
        printouts: shell.printed,
    }
}

/// Runs the walkthrough of `set` in the terminal, drawn with `theme`.
pub fn walkthrough(set: ClauseSet, options: Options, theme: Theme) -> Result<Outcome, RunError> {
    Walkthrough::start(set, options)?.run(theme)
}

/// How soon after a change in the editor its draft is kept: well under a
/// second of typing is ever at risk, yet a fast typist does not flush per key.
const DRAFT_DELAY: Duration = Duration::from_millis(300);

fn event_loop(
    app: &mut App,
    shell: &mut Shell,
    stop: &AtomicBool,
    wakes: &Wakes,
    terminal: &mut ratatui::DefaultTerminal,
    theme: &Theme,
) -> io::Result<()> {
    // A draft restored at start is on the disk already, until its editor closes.
    let mut drafts = Drafts {
        due: None,
        on_disk: matches!(app.overlay, Some(Overlay::Editor(_))),
    };
    let (mut changed, mut fits) = (true, true);
    loop {
        // Only what changed is drawn: an idle screen writes nothing.
        if std::mem::take(&mut changed) {
            let mut limit = 0;
            terminal.draw(|frame| {
                fits = super::fits(frame.area());
                limit = super::draw(frame, app, theme);
            })?;
            if app.scroll_limit != Some(limit) {
                shell.apply(app, Msg::Report(Report::ScrollLimit(limit)));
            }
        }
        // No timer runs unless a draft waits to be kept.
        let wake = match drafts.due {
            Some(due) => match wakes
                .events
                .recv_timeout(due.saturating_duration_since(Instant::now()))
            {
                Ok(wake) => Ok(wake),
                Err(RecvTimeoutError::Timeout) => {
                    // A failure to keep it is shown; success changes nothing on screen.
                    changed = !drafts.keep(app, shell);
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => Err(()),
            },
            None => wakes.events.recv().map_err(|_| ()),
        };
        let event = match wake {
            Ok(Wake::Input(event)) => event?,
            Ok(Wake::Stop) => {
                stop.store(true, Ordering::Relaxed);
                return Ok(());
            }
            Err(()) => return Err(io::Error::other(crate::t!("screens-no-more-keys"))),
        };
        changed = true;
        let msg = if fits {
            keys::from_event(event, app.mode())
        } else {
            keys::while_too_small(event)
        };
        let Some(msg) = msg else {
            continue;
        };
        if shell.apply(app, msg) {
            return Ok(());
        }
        drafts.after_update(app, shell);
    }
}

/// The editor's draft: when it is next due to be kept, and whether one is on the disk.
#[derive(Debug)]
struct Drafts {
    due: Option<Instant>,
    on_disk: bool,
}

impl Drafts {
    /// After a change: a draft is due soon while the editor is open; once it
    /// closes, its text is in the session and the draft goes.
    fn after_update(&mut self, app: &App, shell: &mut Shell) {
        if app.read_only {
            return;
        }
        // Only whether the editor is open: its text is joined when the draft is kept, not per key.
        if matches!(app.overlay, Some(Overlay::Editor(_))) {
            self.due.get_or_insert_with(|| Instant::now() + DRAFT_DELAY);
        } else {
            self.due = None;
            if std::mem::take(&mut self.on_disk) {
                let (store, id) = (&shell.store, &app.session.id);
                store.changing(&mut shell.in_step, || store.clear_draft(id));
            }
        }
    }

    /// Keeps what the editor holds now; false when that failed (and the app was told).
    fn keep(&mut self, app: &mut App, shell: &mut Shell) -> bool {
        self.due = None;
        let Some(draft) = app.draft() else {
            return true;
        };
        let (store, id) = (&shell.store, &app.session.id);
        match store.changing(&mut shell.in_step, || store.save_draft(id, &draft)) {
            Ok(()) => {
                self.on_disk = true;
                true
            }
            Err(e) => {
                shell.apply(app, Msg::Report(Report::SaveFailed(e.to_string())));
                false
            }
        }
    }
}

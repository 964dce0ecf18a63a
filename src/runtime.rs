//! The shell around the pure core: the terminal, the event loop, signals and the disk.
//!
//! Only this module reads events, draws to the real terminal and saves.

use std::collections::BTreeMap;
use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::{Timestamp, Unit};
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;
use thiserror::Error;

use crate::action::{self, Action};
use crate::app::{App, Effect};
use crate::index::Summary;
use crate::model::clauses::ClauseSet;
use crate::model::history::{self, Earlier};
use crate::model::session::Session;
use crate::printouts::{self, Format};
use crate::store::{SessionLock, Store, StoreError, Unreadables};
use crate::ui::{self, theme::Theme};

/// How often the loop looks up from waiting for a key, to notice a signal.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

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
    /// Where a full copy was written when saving failed.
    pub rescued: Option<PathBuf>,
    /// Why the terminal stopped working, if that is what ended the walkthrough.
    pub terminal_failed: Option<String>,
    /// The session as it stood at the end, for a last-resort copy.
    pub session: Session,
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
}

/// The disk side of a running walkthrough.
struct Shell {
    store: Store,
    set: ClauseSet,
    saved_to: Option<PathBuf>,
    /// Held while the session is open, so a second window can tell.
    lock: Option<SessionLock>,
    /// What the index knows of every session in the folder.
    summaries: Vec<Summary>,
    /// The name given with `--participant`, for the sessions this window starts.
    participant: Option<String>,
}

/// A walkthrough ready to run: the app and its disk side, with no terminal yet.
pub struct Walkthrough {
    /// The app's state.
    pub app: App,
    shell: Shell,
}

impl Walkthrough {
    /// Opens the data folder, finds the session to continue, and reads what earlier sessions said.
    pub fn start(set: ClauseSet, options: Options) -> Result<Self, RunError> {
        let store = Store::open(options.data_dir)?;
        let participant = options.participant.as_deref().map(crate::sanitize::line);
        let mut notices = store.warnings();
        notices.extend(store.restore_rescued());
        let lookup = store.find_resumable(&set, participant.as_deref());
        notices.extend(lookup.notices);
        let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
        let mut shell = Shell {
            store,
            set: set.clone(),
            saved_to: None,
            lock: None,
            summaries: lookup.summaries,
            participant,
        };
        let resumed = match lookup.resumable.filter(|_| !options.fresh) {
            Some(id) => {
                let lock = shell.store.lock(&id)?;
                match shell.store.load(&id) {
                    Ok(session) => Some((session, lock)),
                    Err(e) => {
                        notices.push(format!("Could not read session {id}: {e}"));
                        None
                    }
                }
            }
            None => None,
        };
        let mut app = match resumed {
            Some((mut session, lock)) => {
                // A session with no name yet takes the one given; a named one is theirs already.
                if session.participant.is_none() {
                    session.participant = shell.participant.clone();
                }
                shell.saved_to = Some(shell.store.session_path(&session.id));
                let open_elsewhere = lock.is_none();
                shell.lock = lock;
                let mut app = App::new(set, session, true, notices);
                app.open_elsewhere = open_elsewhere;
                app
            }
            None => {
                let session = shell.new_session(now())?;
                App::new(set, session, false, notices)
            }
        };
        app.tz = TimeZone::system();
        let (history, last_time) = shell.history(&app.session.id);
        app.history = history;
        app.last_time = last_time;
        Ok(Self { app, shell })
    }

    /// Carries out one action and its effects, as the event loop does; true when it is time to quit.
    pub fn handle(&mut self, action: Action) -> bool {
        self.shell.apply(&mut self.app, action)
    }

    /// Runs in the terminal until the reader leaves.
    pub fn run(self) -> Result<Outcome, RunError> {
        let Self { mut app, mut shell } = self;
        // Closing the window (SIGHUP) or a polite kill saves everything, like Ctrl-C.
        let stop = Arc::new(AtomicBool::new(false));
        for signal in [libc::SIGHUP, libc::SIGTERM, libc::SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }

        let mut terminal = ratatui::try_init()?;
        let _guard = TerminalGuard;
        execute!(stdout(), EnableBracketedPaste)?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));

        let theme = Theme::from_env();
        let result = event_loop(&mut app, &mut shell, &stop, &mut terminal, &theme);
        // ratatui's own clean-up prints to stderr when it cannot show the cursor,
        // and printing to a closed window panics: the guard restores the terminal instead.
        std::mem::forget(terminal);
        if result.is_err() || stop.load(Ordering::Relaxed) {
            // Whatever stopped us, keep what was being typed.
            shell.apply(&mut app, Action::Quit);
        }
        let rescued = app
            .save_error
            .as_ref()
            .and_then(|_| shell.store.rescue(&app.session).ok());
        Ok(Outcome {
            saved_to: shell.saved_to,
            unsaved: app.save_error.clone(),
            rescued,
            // A signal means the terminal may be gone; that is an ending, not an error.
            terminal_failed: result
                .err()
                .filter(|_| !stop.load(Ordering::Relaxed))
                .map(|e| e.to_string()),
            session: app.session,
        })
    }
}

/// Runs the walkthrough of `set` in the terminal.
pub fn walkthrough(set: ClauseSet, options: Options) -> Result<Outcome, RunError> {
    Walkthrough::start(set, options)?.run()
}

fn event_loop(
    app: &mut App,
    shell: &mut Shell,
    stop: &AtomicBool,
    terminal: &mut ratatui::DefaultTerminal,
    theme: &Theme,
) -> io::Result<()> {
    let input = Input::start();
    loop {
        if input_hung_up() {
            // The window was closed, signal or not: end as a signal would.
            stop.store(true, Ordering::Relaxed);
        }
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let (mut fits, mut limit) = (true, 0);
        terminal.draw(|frame| {
            fits = ui::fits(frame.area());
            limit = ui::draw(frame, app, theme);
        })?;
        if app.scroll_limit != Some(limit) {
            shell.apply(app, Action::ScrollLimit(limit));
        }
        let event = match input.events.recv_timeout(SIGNAL_CHECK) {
            Ok(event) => event?,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the terminal stopped sending keys"));
            }
        };
        let action = if fits {
            action::from_event(event, app.mode())
        } else {
            action::while_too_small(event)
        };
        let Some(action) = action else {
            continue;
        };
        if shell.apply(app, action) {
            return Ok(());
        }
    }
}

/// Keys, pastes and resizes, read on a thread of their own.
///
/// crossterm's reader can spin for ever once the terminal hangs up, so the
/// loop must never wait inside it: it waits on this channel, and so still
/// notices a closed window or a signal in time to save.
struct Input {
    events: Receiver<io::Result<Event>>,
    done: Arc<AtomicBool>,
}

impl Input {
    fn start() -> Self {
        let (sender, events) = mpsc::channel();
        let done = Arc::new(AtomicBool::new(false));
        let finished = Arc::clone(&done);
        std::thread::spawn(move || {
            while !finished.load(Ordering::Relaxed) {
                let next = match event::poll(SIGNAL_CHECK) {
                    Ok(false) => continue,
                    Ok(true) => event::read(),
                    Err(e) => Err(e),
                };
                let failed = next.is_err();
                if sender.send(next).is_err() || failed {
                    return;
                }
            }
        });
        Self { events, done }
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
    }
}

/// True when the terminal behind standard input has hung up (its window closed).
fn input_hung_up() -> bool {
    let mut stdin = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout; poll only writes `revents`.
    let ready = unsafe { libc::poll(&mut stdin, 1, 0) };
    ready == 1 && stdin.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

impl Shell {
    /// Earlier sessions of the set, newest first, and each clause's latest earlier answer.
    fn history(&self, current: &str) -> (Vec<Summary>, BTreeMap<String, Earlier>) {
        let others = history::others(&self.summaries, &self.set, current)
            .into_iter()
            .cloned()
            .collect();
        let last_time = history::last_time(&self.summaries, &self.set, current, |id| {
            self.store.load(id).ok()
        });
        (others, last_time)
    }

    /// A new session, locked for this window.
    fn new_session(&mut self, now: Timestamp) -> Result<Session, StoreError> {
        let (id, lock) = self.store.claim_new_session(now)?;
        let mut session = Session::new(id, &self.set, now);
        session.participant = self.participant.clone();
        self.lock = Some(lock);
        self.saved_to = None;
        Ok(session)
    }

    /// Opens an earlier session to carry on with it, locked for this window
    /// unless another has it (then it is read-only here); true in that case.
    fn reopen(&mut self, id: &str) -> Result<(Session, bool), String> {
        let lock = self.store.lock(id).map_err(|e| e.to_string())?;
        let session = self
            .store
            .load(id)
            .map_err(|e| format!("could not read session {id}: {e}"))?;
        let open_elsewhere = lock.is_none();
        // The session left behind is saved already; its lock goes with it.
        self.lock = lock;
        self.saved_to = Some(self.store.session_path(id));
        self.summaries = self.store.catalog(Unreadables::Leave).0;
        Ok((session, open_elsewhere))
    }

    /// Updates the app and carries out its effects; true when it is time to quit.
    fn apply(&mut self, app: &mut App, action: Action) -> bool {
        let mut quit = false;
        for effect in app.update(action, now()) {
            let report = match effect {
                Effect::Save => Some(match self.store.save(&app.session) {
                    Ok(path) => {
                        self.saved_to = Some(path);
                        Action::Saved
                    }
                    Err(e) => Action::SaveFailed(e.to_string()),
                }),
                Effect::Export => Some(match export_agenda(app, &self.store) {
                    Ok(paths) => Action::Exported(paths),
                    Err(e) => Action::ExportFailed(e.to_string()),
                }),
                Effect::StartNew => match self.new_session(now()) {
                    Ok(session) => {
                        // The session just left is history now.
                        self.summaries = self.store.catalog(Unreadables::Leave).0;
                        let (history, last_time) = self.history(&session.id);
                        app.update(Action::Started(Box::new(session)), now());
                        Some(Action::HistoryLoaded(history, last_time))
                    }
                    Err(e) => Some(Action::SaveFailed(e.to_string())),
                },
                Effect::Reopen(id) => Some(match self.reopen(&id) {
                    Ok((session, open_elsewhere)) => {
                        let (history, last_time) = self.history(&session.id);
                        app.update(Action::Reopened(Box::new(session), open_elsewhere), now());
                        Action::HistoryLoaded(history, last_time)
                    }
                    Err(why) => Action::ReopenFailed(why),
                }),
                Effect::Load(ids) => {
                    let sessions = ids
                        .iter()
                        .filter_map(|id| self.store.load(id).ok())
                        .collect();
                    Some(Action::Loaded(sessions))
                }
                Effect::LoadTimeline(clause) => {
                    let entries = history::timeline(
                        &self.summaries,
                        &self.set,
                        &app.session.id,
                        &clause,
                        |id| self.store.load(id).ok(),
                    );
                    Some(Action::TimelineLoaded(entries))
                }
                Effect::Quit => {
                    quit = true;
                    None
                }
            };
            if let Some(report) = report {
                app.update(report, now());
            }
        }
        quit
    }
}

/// Writes the agenda as Markdown and HTML for printing or sharing, without private notes.
fn export_agenda(app: &App, store: &Store) -> Result<Vec<PathBuf>, StoreError> {
    let options = printouts::record::Options {
        notes: false,
        tz: app.tz.clone(),
        now: now(),
    };
    [Format::Markdown, Format::Html]
        .into_iter()
        .map(|format| {
            let document = printouts::record::render(&app.session, &app.set, format, &options);
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

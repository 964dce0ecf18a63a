//! The disk side of a running walkthrough: carries out the app's effects and
//! reports back, until none remain.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;

use jiff::Timestamp;

use crate::app::{App, Effect, Msg, Report};
use crate::model::clauses::ClauseSet;
use crate::model::history::{self, Earlier};
use crate::model::session::Session;
use crate::model::summary::Summary;
use crate::printouts;
use crate::store::{InStep, SessionLock, Store, StoreError, Unreadables};

/// The disk side of a running walkthrough.
pub(super) struct Shell {
    pub(super) store: Store,
    pub(super) set: ClauseSet,
    pub(super) saved_to: Option<PathBuf>,
    /// Held while the session is open, so a second window can tell.
    pub(super) lock: Option<SessionLock>,
    /// What the index knows of every session in the folder, once something needed it.
    pub(super) summaries: Option<Vec<Summary>>,
    /// Whether the index head can follow this window's changes without the index.
    pub(super) in_step: Option<InStep>,
    /// The name given with `--participant`, for the sessions this window starts.
    pub(super) participant: Option<String>,
    /// Whether words follow the set's language (no `--lang` chose one).
    pub(super) follow_set_language: bool,
    /// Every printout made in this sitting, to list on the way out.
    pub(super) printed: Vec<PathBuf>,
}

impl Shell {
    /// Earlier sessions of the set, newest first, and each clause's latest earlier answer.
    pub(super) fn history(&mut self, current: &str) -> (Vec<Summary>, BTreeMap<String, Earlier>) {
        let summaries = listed(&mut self.summaries, &self.store);
        let others = history::others(summaries, &self.set, current)
            .into_iter()
            .cloned()
            .collect();
        let last_time =
            history::last_time(summaries, &self.set, current, |id| self.store.load(id).ok());
        (others, last_time)
    }

    /// A new session, locked for this window.
    pub(super) fn new_session(&mut self, now: Timestamp) -> Result<Session, StoreError> {
        let (id, lock) = self.store.claim_new_session(now)?;
        // A new session is a new file: the head's first screen no longer holds.
        if let Some(known) = &mut self.in_step {
            known.lose();
        }
        let mut session = Session::new(id, &self.set, now);
        session.participant = self.participant.clone();
        self.lock = Some(lock);
        self.saved_to = None;
        Ok(session)
    }

    /// Switches to the built-in set `id`, and to speaking its language unless
    /// `--lang` chose one; the unanswered session keeps its id and its lock.
    fn use_set(&mut self, id: &str, session_id: &str) -> Option<(ClauseSet, Session)> {
        let set = crate::model::clauses::built_in(id)?;
        if self.follow_set_language
            && let Some(language) = crate::i18n::Language::from_tag(&set.language)
        {
            crate::i18n::set_language(language);
        }
        self.set = set.clone();
        let mut session = Session::new(session_id.to_owned(), &set, now());
        session.participant = self.participant.clone();
        Some((set, session))
    }

    /// Opens an earlier session to carry on with it, locked for this window
    /// unless another has it (then it is read-only here); true in that case.
    pub(super) fn reopen(&mut self, id: &str) -> Result<(Session, bool), String> {
        let lock = self.store.lock(id).map_err(|e| e.to_string())?;
        // The head names another reflection to continue than the one now open.
        if let Some(known) = &mut self.in_step {
            known.lose();
        }
        let session = self.store.load(id).map_err(|e| {
            crate::t!(
                "screens-session-unreadable-detail",
                id = id,
                why = e.to_string()
            )
        })?;
        let open_elsewhere = lock.is_none();
        // The session left behind is saved already; its lock goes with it.
        self.lock = lock;
        self.saved_to = Some(self.store.session_path(id));
        // Read again when next asked for: the folder may have changed since.
        self.summaries = None;
        Ok((session, open_elsewhere))
    }

    /// Updates the app and carries out its effects, and the effects of what
    /// they report, until none remain; true when it is time to quit.
    pub(super) fn apply(&mut self, app: &mut App, msg: Msg) -> bool {
        settle(app, msg, now, |app, effect| self.carry_out(app, effect))
    }

    /// Carries out one effect; returns what happened, for the app to hear.
    pub(super) fn carry_out(&mut self, app: &App, effect: Effect) -> Vec<Report> {
        let report = match effect {
            Effect::Save => {
                match (self.store).changing(&mut self.in_step, || self.store.save(&app.session)) {
                    Ok(path) => {
                        self.saved_to = Some(path);
                        Report::Saved
                    }
                    Err(e) => Report::SaveFailed(e.to_string()),
                }
            }
            Effect::Export => match export_agenda(app, &self.store) {
                Ok(paths) => {
                    for path in &paths {
                        if !self.printed.contains(path) {
                            self.printed.push(path.clone());
                        }
                    }
                    Report::Exported(paths)
                }
                Err(e) => Report::ExportFailed(e.to_string()),
            },
            Effect::Share { questions } => {
                let date = app.tz.to_datetime(now()).date();
                match self
                    .store
                    .write_share(&app.session, &app.set, date, questions, None)
                {
                    Ok((path, _)) => Report::Shared(path),
                    Err(e) => Report::ExportFailed(e.to_string()),
                }
            }
            // A local file in the reader's own browser: nothing is fetched or sent.
            Effect::OpenPrintout(path) => match opener::open_browser(&path) {
                Ok(()) => return Vec::new(),
                Err(e) => Report::OpenFailed(e.to_string()),
            },
            Effect::StartNew => match self.new_session(now()) {
                Ok(session) => {
                    // The session just left is history now.
                    self.summaries = None;
                    Report::Started(Box::new(session))
                }
                Err(e) => Report::SaveFailed(e.to_string()),
            },
            Effect::UseSet(id) => match self.use_set(&id, &app.session.id) {
                Some((set, session)) => Report::SetChosen(Box::new(set), Box::new(session)),
                None => return Vec::new(),
            },
            Effect::Reopen(id) => match self.reopen(&id) {
                Ok((session, open_elsewhere)) => {
                    Report::Reopened(Box::new(session), open_elsewhere)
                }
                Err(why) => Report::ReopenFailed(why),
            },
            Effect::LoadHistory => {
                let (history, last_time) = self.history(&app.session.id);
                Report::HistoryLoaded(history, last_time)
            }
            Effect::Load(ids) => {
                let sessions = ids
                    .iter()
                    .filter_map(|id| self.store.load(id).ok())
                    .collect();
                Report::Loaded(sessions)
            }
            Effect::LoadTimeline(clause) => {
                let summaries = listed(&mut self.summaries, &self.store);
                let entries =
                    history::timeline(summaries, &self.set, &app.session.id, &clause, |id| {
                        self.store.load(id).ok()
                    });
                Report::TimelineLoaded(entries)
            }
            // `settle` ends the walkthrough itself once everything else is done.
            Effect::Quit => return Vec::new(),
        };
        vec![report]
    }
}

/// What the index knows of every session, read the first time something asks:
/// a start from the index head lists nothing.
fn listed<'a>(summaries: &'a mut Option<Vec<Summary>>, store: &Store) -> &'a [Summary] {
    summaries.get_or_insert_with(|| store.catalog(Unreadables::Leave).0)
}

/// Feeds `msg` to the app, then carries out every effect it asks for and
/// feeds each report back, until no effect remains: a report's own effects
/// (such as loading history after a reopen) are never dropped. True when the
/// app asked to quit.
pub(super) fn settle(
    app: &mut App,
    msg: Msg,
    now: impl Fn() -> Timestamp,
    mut carry_out: impl FnMut(&App, Effect) -> Vec<Report>,
) -> bool {
    let mut queue: VecDeque<Effect> = app.update(msg, now()).into();
    let mut quit = false;
    while let Some(effect) = queue.pop_front() {
        quit |= effect == Effect::Quit;
        for report in carry_out(app, effect) {
            queue.extend(app.update(report, now()));
        }
    }
    quit
}

/// Writes the one-page agenda (a web page to print, and plain text) and the
/// full record, all without private notes; the agenda's page comes first.
pub(super) fn export_agenda(app: &App, store: &Store) -> Result<Vec<PathBuf>, StoreError> {
    let (session, set) = (&app.session, &app.set);
    let agenda = printouts::agenda::Options {
        name: app.typed_name.clone(),
        tz: app.tz.clone(),
        now: now(),
    };
    let record = printouts::record::Options {
        notes: false,
        tz: app.tz.clone(),
        now: now(),
    };
    let pages = printouts::for_the_visit(session, set, &agenda, &record);
    pages
        .iter()
        .map(|(name, page)| store.write_export(name, page.as_bytes()))
        .collect()
}

/// The current time to the second, whatever the clock says.
pub(super) fn now() -> Timestamp {
    crate::clock::now()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Intent, Start};
    use crate::model::clauses;

    fn t() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap_or_default()
    }

    #[test]
    fn a_reports_own_effects_are_carried_out_too() {
        let set = clauses::default_set();
        let session = Session::new("old".into(), &set, t());
        let mut app = App::new(Start {
            resumed: true,
            ..Start::new(set.clone(), session)
        });
        let mut done = Vec::new();
        let quit = settle(&mut app, Msg::Intent(Intent::StartNew), t, |_, effect| {
            done.push(effect.clone());
            match effect {
                Effect::StartNew => {
                    vec![Report::Started(Box::new(Session::new(
                        "new".into(),
                        &set,
                        t(),
                    )))]
                }
                Effect::LoadHistory => vec![Report::SaveFailed("history asked for".into())],
                _ => Vec::new(),
            }
        });
        assert!(!quit);
        // Starting reports a new session, and that report asks for its history.
        assert_eq!(done, vec![Effect::StartNew, Effect::LoadHistory]);
        assert_eq!(app.session.id, "new");
        assert_eq!(app.save_error.as_deref(), Some("history asked for"));
    }

    #[test]
    fn quitting_waits_for_the_save_before_it() {
        let set = clauses::default_set();
        let session = Session::new("s".into(), &set, t());
        let mut app = App::new(Start::new(set, session));
        app.update(Report::SaveFailed("disk full".into()), t());
        let mut done = Vec::new();
        let quit = settle(&mut app, Msg::Intent(Intent::Quit), t, |_, effect| {
            done.push(effect);
            Vec::new()
        });
        assert!(quit);
        assert_eq!(done, vec![Effect::Save, Effect::Quit]);
    }
}

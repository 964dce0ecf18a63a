//! What the first screen needs of a long history, kept in the index head so a
//! start reads one small file instead of the whole index: the reflection to
//! continue, how many others there are, and what each clause said last time.
//!
//! Trusted only while the sessions folder and every file it was read from are
//! as they were; otherwise the caller takes the long way (the catalog), and
//! the view is worked out again and kept.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Store;
use super::catalog::{Lookup, Unreadables};
use super::index::Stamp;
use crate::model::clauses::ClauseSet;
use crate::model::history::{self, Earlier};
use crate::model::id;
use crate::model::session::{Response, Session, Stance};
use crate::model::summary::Summary;
use crate::sanitize;

/// How many views (readers × clause sets) a head keeps; the oldest go first.
const MAX_VIEWS: usize = 16;

/// How much of a text "last time" keeps: one more character than the screen
/// shows, so a longer text is still marked as cut.
const PREVIEW_CHARS: usize = 61;

/// What the first screen needs, read from the head without listing the folder.
#[derive(Debug, Clone)]
pub struct FirstScreen {
    /// The reflection to continue, if any.
    pub resumable: Option<String>,
    /// How many reflections of the set this reader has, the one to continue among them.
    pub of_set: usize,
    /// How many reflections of any set this reader has.
    pub in_scope: usize,
    /// When the newest reflection of the set began.
    pub newest_started: Option<Timestamp>,
    /// For each clause, the latest earlier answer, as "last time" shows it:
    /// texts cut to their first line, and no doctor's answer.
    pub last_time: BTreeMap<String, Earlier>,
    /// What the window knows of the folder, to keep the head in step on its way out.
    pub in_step: InStep,
}

/// What a window that started from the head knows of the sessions folder, so
/// that on its way out it can bring the head in step with its own saves
/// without reading the index: true only while nobody else changed the folder.
#[derive(Debug, Clone)]
pub struct InStep {
    /// The folder's stamp after this window's last change; `None` once
    /// something else changed it (or this window did more than save).
    folder: Option<Stamp>,
    /// The head file's stamp when it was read: another window may write it since.
    head: Stamp,
}

impl InStep {
    /// This window changed the folder in a way the head cannot follow (a new
    /// session, another one reopened): the way out takes the long way.
    pub fn lose(&mut self) {
        self.folder = None;
    }
}

/// One reader's first screen of one clause set, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct View {
    participant: Option<String>,
    set_id: String,
    set_digest: String,
    resumable: Option<String>,
    of_set: usize,
    in_scope: usize,
    newest_started: Option<Timestamp>,
    last_time: BTreeMap<String, Said>,
    /// The stamp of every session file the view was read from.
    sources: BTreeMap<String, Stamp>,
}

/// An earlier answer as "last time" shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Said {
    session: String,
    when: Timestamp,
    stance: Option<Stance>,
    question: Option<String>,
    note: Option<String>,
}

impl Said {
    fn of(earlier: &Earlier) -> Self {
        let r = &earlier.response;
        Self {
            session: earlier.session.clone(),
            when: earlier.when,
            stance: r.stance,
            question: r.question.as_deref().map(preview),
            note: r.note.as_deref().map(preview),
        }
    }

    /// Back to an earlier answer; the head is a cache anyone could edit, so its text is made safe.
    fn earlier(self) -> Earlier {
        let text = |t: Option<String>| t.map(|t| sanitize::text(&t));
        Earlier {
            session: self.session,
            when: self.when,
            response: Response {
                stance: self.stance,
                question: text(self.question),
                note: text(self.note),
                answer: None,
                answer_status: None,
                clause_digest: None,
                updated_at: self.when,
                answered_at: Some(self.when),
            },
        }
    }
}

/// The first line of `text`, cut, with a line break after it when more followed,
/// so the screen still marks it as cut.
fn preview(text: &str) -> String {
    let first: String = text
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(PREVIEW_CHARS)
        .collect();
    if first.len() < text.len() {
        first + "\n"
    } else {
        first
    }
}

impl Store {
    /// The sessions folder's stamp now: a file added, removed or replaced changes it.
    pub(super) fn folder_stamp(&self) -> Option<Stamp> {
        fs::metadata(self.sessions_dir())
            .ok()
            .map(|m| Stamp::of_folder(&m))
    }

    /// What the first screen of `set` needs, from the head alone, when the
    /// folder and every file it was read from are unchanged; `None` means take
    /// the long way. `fresh`: a new reflection starts even if one could be continued.
    ///
    /// The head is a cache anyone could edit: the caller checks the reflection
    /// it names with [`Store::sees`] once it has read it.
    pub fn first_screen(&self, set: &ClauseSet, fresh: bool) -> Option<FirstScreen> {
        let head_stamp = self.head_stamp()?;
        let head = self.read_head()?;
        let folder = head.folder?;
        if folder != self.folder_stamp()? {
            return None;
        }
        let view = head.views.into_iter().find(|v| {
            v.participant == self.participant && v.set_id == set.id && v.set_digest == set.digest
        })?;
        // "Last time" was worked out for continuing that one, not for a new reflection.
        if fresh && view.resumable.is_some() {
            return None;
        }
        if view
            .resumable
            .as_ref()
            .is_some_and(|r| !view.sources.contains_key(r))
        {
            return None;
        }
        // A file rewritten in place (not replaced) leaves the folder's stamp alone.
        for (id, stamp) in &view.sources {
            if !id::is_valid(id) {
                return None;
            }
            let meta = fs::symlink_metadata(self.session_path(id)).ok()?;
            if meta.is_symlink() || Stamp::of(&meta) != *stamp {
                return None;
            }
        }
        let last_time = view
            .last_time
            .into_iter()
            .filter(|(clause, said)| id::is_clause_id(clause) && id::is_valid(&said.session))
            .map(|(clause, said)| (clause, said.earlier()))
            .collect();
        Some(FirstScreen {
            resumable: view.resumable,
            of_set: view.of_set,
            in_scope: view.in_scope,
            newest_started: view.newest_started,
            last_time,
            in_step: InStep {
                folder: Some(folder),
                head: head_stamp,
            },
        })
    }

    /// Makes a change to the sessions folder (a save, a draft), noting in
    /// `in_step` whether the folder was as this window left it before.
    pub fn changing<T>(&self, in_step: &mut Option<InStep>, change: impl FnOnce() -> T) -> T {
        let Some(known) = in_step else {
            return change();
        };
        if known.folder.is_some() && known.folder != self.folder_stamp() {
            known.lose();
        }
        let done = change();
        if known.folder.is_some() {
            known.folder = self.folder_stamp();
        }
        done
    }

    /// On a window's way out, brings the head's first screen of `set` in step:
    /// when the window only saved `session`, the reflection the head names, and
    /// nobody else changed the folder or the head, the head just takes the new
    /// stamps (`saved`: the last save succeeded); otherwise the long way.
    pub fn close_first_screen(
        &self,
        set: &ClauseSet,
        in_step: Option<InStep>,
        session: &Session,
        saved: bool,
    ) {
        // Nothing the head follows has changed (a window that only looked).
        if self.first_screen(set, false).is_some() {
            return;
        }
        let kept = in_step.filter(|_| saved).and_then(|known| {
            let folder = known.folder.filter(|f| Some(*f) == self.folder_stamp())?;
            (self.head_stamp()? == known.head).then_some(folder)
        });
        let still_open = !Summary::of(session).is_finished(set);
        if let Some(folder) = kept.filter(|_| still_open)
            && self.restamp(set, folder, session)
        {
            return;
        }
        self.refresh_first_screen(set);
    }

    /// Gives the head the folder's stamp and `session`'s, when its view of
    /// `set` names `session` as the reflection to continue; false if it does not.
    fn restamp(&self, set: &ClauseSet, folder: Stamp, session: &Session) -> bool {
        let id = session.id.as_str();
        let Some(mut head) = self.read_head() else {
            return false;
        };
        let Ok(meta) = fs::symlink_metadata(self.session_path(id)) else {
            return false;
        };
        let Some(view) = head.views.iter_mut().find(|v| {
            v.participant == self.participant && v.set_id == set.id && v.set_digest == set.digest
        }) else {
            return false;
        };
        if view.resumable.as_deref() != Some(id) {
            return false;
        }
        view.sources.insert(id.to_owned(), Stamp::of(&meta));
        // Another reader's view that can see this reflection (everyone's, or
        // its owner's) was made before these saves: it goes.
        head.views.retain(|v| {
            v.participant == self.participant
                || v.participant.is_some() && v.participant != session.participant
        });
        head.folder = Some(folder);
        self.store_head(&head);
        true
    }

    /// Whether this store's reader may see `session` of `set`: a named
    /// participant sees only their own reflections.
    pub fn sees(&self, session: &Session, set: &ClauseSet) -> bool {
        let theirs = self.participant.is_none() || session.participant == self.participant;
        theirs && session.clause_set.id == set.id
    }

    /// Brings the head's first screen of `set` up to date, the long way, unless it is already.
    pub fn refresh_first_screen(&self, set: &ClauseSet) {
        if self.first_screen(set, false).is_none() {
            self.look_up(set, Unreadables::Leave);
        }
    }

    /// Keeps in the head what the first screen of `set` needs, from a lookup
    /// just made; a lookup with notices is not kept, so they are told again.
    pub(super) fn keep_first_screen(&self, set: &ClauseSet, lookup: &Lookup) {
        let (Some(folder), true) = (lookup.folder, lookup.notices.is_empty()) else {
            return;
        };
        // The catalog has just written the head; without one there is nothing to add to.
        let Some(mut head) = self.read_head() else {
            return;
        };
        if head.folder != Some(folder) {
            head.views.clear();
            head.folder = Some(folder);
        }
        let summaries = &lookup.summaries;
        let resumable = lookup.resumable.as_deref();
        // Stamped before reading: a file changed in between is then not trusted.
        let sources = RefCell::new(BTreeMap::new());
        let stamp = |id: &str| {
            let meta = fs::symlink_metadata(self.session_path(id)).ok()?;
            sources.borrow_mut().insert(id.to_owned(), Stamp::of(&meta));
            Some(())
        };
        if let Some(id) = resumable
            && stamp(id).is_none()
        {
            return;
        }
        // A new reflection has no id yet: every other one is earlier.
        let last_time = history::last_time(summaries, set, resumable.unwrap_or(""), |id| {
            stamp(id)?;
            self.load(id).ok()
        });
        let of_set: Vec<&Summary> = summaries
            .iter()
            .filter(|s| s.clause_set.id == set.id)
            .collect();
        let view = View {
            participant: self.participant.clone(),
            set_id: set.id.clone(),
            set_digest: set.digest.clone(),
            resumable: resumable.map(str::to_owned),
            of_set: of_set.len(),
            in_scope: summaries.len(),
            newest_started: of_set.iter().map(|s| s.started_at).max(),
            last_time: last_time
                .iter()
                .map(|(c, e)| (c.clone(), Said::of(e)))
                .collect(),
            sources: sources.into_inner(),
        };
        head.views.retain(|v| {
            v.participant != view.participant
                || v.set_id != view.set_id
                || v.set_digest != view.set_digest
        });
        head.views.push(view);
        let extra = head.views.len().saturating_sub(MAX_VIEWS);
        head.views.drain(..extra);
        self.store_head(&head);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_is_cut_where_the_screen_would_cut_it() {
        assert_eq!(preview("Short."), "Short.");
        assert_eq!(preview("First line.\nSecond."), "First line.\n");
        let long = "x".repeat(200);
        let cut = preview(&long);
        assert_eq!(cut.chars().count(), PREVIEW_CHARS + 1);
        assert!(cut.ends_with('\n'));
        assert_eq!(
            preview(&"y".repeat(PREVIEW_CHARS)),
            "y".repeat(PREVIEW_CHARS)
        );
    }
}

//! A session as the journal reads it: the answers and the facts of its line,
//! borrowed from the file's text instead of copied out of it.
//!
//! The journal reads every session of a long history, each one already read
//! whole and found sound (when the index summarised it at the same size and
//! time, or by the journal's own listing). Reading only what it shows skips
//! the timestamps of every answer, and borrowing skips a copy of every word:
//! together about a third of the journal's work. [`Glance::of`] gives the same
//! glance of a session already read; the hostile-files test holds the two in
//! step on every input that loads.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use jiff::Timestamp;
use serde::de::{self, IgnoredAny, Visitor};
use serde::{Deserialize, Deserializer};

use super::{FormatCheck, Session, Stance, check_format};
use crate::sanitize;

/// What the journal shows of one session, its text made safe to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance<'a> {
    /// When the session began.
    pub started_at: Timestamp,
    /// Answers, keyed by clause id, those to removed clauses too.
    pub answers: BTreeMap<Cow<'a, str>, Answer<'a>>,
    /// Whether anyone signed it.
    pub signed: bool,
    /// The participant's name, on shared workshop machines.
    pub participant: Option<Cow<'a, str>>,
}

/// What the journal shows of one answer.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Answer<'a> {
    /// Agree, not on board, or not said.
    pub stance: Option<Stance>,
    /// A question to ask the doctor.
    #[serde(default, borrow, deserialize_with = "words")]
    pub question: Option<Cow<'a, str>>,
    /// A private note.
    #[serde(default, borrow, deserialize_with = "words")]
    pub note: Option<Cow<'a, str>>,
    /// What the doctor said.
    #[serde(default, borrow, deserialize_with = "words")]
    pub answer: Option<Cow<'a, str>>,
    /// Required of every answer, as [`super::Response`] requires it; unread here.
    #[serde(rename = "updated_at")]
    _updated_at: IgnoredAny,
}

/// A session file as the glance reads it. The fields a session must have are
/// required here too, so a file that is no session is no glance either.
#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow)]
    format: Cow<'a, str>,
    started_at: Timestamp,
    #[serde(borrow, deserialize_with = "answers")]
    responses: BTreeMap<Cow<'a, str>, Answer<'a>>,
    #[serde(default)]
    signatures: Vec<IgnoredAny>,
    #[serde(default, borrow, deserialize_with = "words")]
    participant: Option<Cow<'a, str>>,
    #[serde(rename = "id")]
    _id: IgnoredAny,
    #[serde(rename = "clause_set")]
    _clause_set: IgnoredAny,
    #[serde(rename = "updated_at")]
    _updated_at: IgnoredAny,
    #[serde(rename = "position")]
    _position: IgnoredAny,
}

/// Text borrowed from the file where it holds no escapes. serde's own `Cow`
/// always copies, but for a field of exactly that type.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Words<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Words<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Borrowing;
        impl<'de> Visitor<'de> for Borrowing {
            type Value = Words<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Words(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Words(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(Words(Cow::Owned(text)))
            }
        }
        d.deserialize_str(Borrowing)
    }
}

/// Text that may be `null`, borrowed where it can be.
fn words<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    Ok(Option::<Words<'de>>::deserialize(d)?.map(|w| w.0))
}

/// The answers by clause id, each id borrowed where it can be.
fn answers<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<Cow<'de, str>, Answer<'de>>, D::Error> {
    let answers = BTreeMap::<Words<'de>, Answer<'de>>::deserialize(d)?;
    Ok(answers.into_iter().map(|(id, a)| (id.0, a)).collect())
}

impl<'a> Glance<'a> {
    /// The glance of a session file's text, if it is a session of a format
    /// this accord reads; anything else is for [`Session`]'s loader to judge.
    pub fn from_json(json: &'a str) -> Option<Self> {
        let file: File<'a> = serde_json::from_str(json).ok()?;
        if check_format(&file.format) != FormatCheck::Supported {
            return None;
        }
        let mut glance = Glance {
            started_at: file.started_at,
            answers: file.responses,
            signed: !file.signatures.is_empty(),
            participant: file.participant,
        };
        glance.sanitize();
        Some(glance)
    }

    /// The glance of a session already read (and so already made safe).
    pub fn of(session: &'a Session) -> Self {
        let borrowed = |text: &'a Option<String>| text.as_deref().map(Cow::Borrowed);
        Glance {
            started_at: session.started_at,
            answers: session
                .responses
                .iter()
                .map(|(id, r)| {
                    let answer = Answer {
                        stance: r.stance,
                        question: borrowed(&r.question),
                        note: borrowed(&r.note),
                        answer: borrowed(&r.answer),
                        _updated_at: IgnoredAny,
                    };
                    (Cow::Borrowed(id.as_str()), answer)
                })
                .collect(),
            signed: !session.signatures.is_empty(),
            participant: borrowed(&session.participant),
        }
    }

    /// Whether any answer, to a clause of the set or a removed one, has a private note.
    pub fn has_notes(&self) -> bool {
        self.answers.values().any(|a| a.note.is_some())
    }

    /// Makes every word safe to draw, as [`Session::sanitized`] does for the
    /// fields a glance holds; a word that needs nothing stays borrowed.
    fn sanitize(&mut self) {
        for a in self.answers.values_mut() {
            for text in [&mut a.question, &mut a.note, &mut a.answer]
                .into_iter()
                .flatten()
            {
                if !sanitize::is_clean_text(text) {
                    *text = Cow::Owned(sanitize::text(text));
                }
            }
        }
        if self.answers.keys().any(|id| !sanitize::is_clean_line(id)) {
            self.answers = std::mem::take(&mut self.answers)
                .into_iter()
                .map(|(id, a)| (Cow::Owned(sanitize::line(&id)), a))
                .collect();
        }
        if let Some(name) = &mut self.participant
            && !sanitize::is_clean_line(name)
        {
            *name = Cow::Owned(sanitize::line(name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::TextField;

    fn sample() -> Session {
        let set = clauses::default_set();
        let at: Timestamp = "2026-11-03T09:00:00Z".parse().expect("time");
        let mut s = Session::new("s".into(), &set, at);
        s.set_stance("time", Some(Stance::Disagree), at);
        s.set_text("time", TextField::Question, "Why so long?", at);
        s.set_text("truth", TextField::Note, "Mine alone.", at);
        s.set_text("truth", TextField::Answer, "We will see.", at);
        s.participant = Some("ana".into());
        s
    }

    /// The glance of a file, and of the session read whole from it.
    fn both(json: &str) -> (Glance<'_>, Session) {
        let read: Session = serde_json::from_str(json).expect("a session");
        (Glance::from_json(json).expect("a glance"), read.sanitized())
    }

    #[test]
    fn a_glance_of_a_file_is_the_glance_of_its_session_and_borrows_its_words() {
        let json = serde_json::to_string_pretty(&sample()).expect("json");
        let (glance, session) = both(&json);
        assert_eq!(glance, Glance::of(&session));
        assert!(glance.has_notes());
        let question = glance.answers["time"].question.as_ref().expect("question");
        assert!(matches!(question, Cow::Borrowed(_)), "copied: {question:?}");
    }

    #[test]
    fn escapes_and_strange_ids_are_cleaned_as_the_whole_session_cleans_them() {
        let mut s = sample();
        let mut odd = s.responses["time"].clone();
        odd.note = Some("bell\u{7}\u{1b}[2J".into());
        s.responses.insert("evil\u{1b}]0;x\u{7}".into(), odd);
        s.participant = Some("ana\nlópez\u{202e}".into());
        let json = serde_json::to_string_pretty(&s).expect("json");
        let (glance, session) = both(&json);
        assert_eq!(glance, Glance::of(&session));
        assert_eq!(glance.participant.as_deref(), Some("ana lópez"));
        assert!(glance.answers.contains_key("evil␛]0;x␇"));
    }

    #[test]
    fn only_a_session_of_a_readable_format_is_glanced() {
        let json = serde_json::to_string_pretty(&sample()).expect("json");
        let newer = json.replace("accord.session/1", "accord.session/2");
        assert_eq!(Glance::from_json(&newer), None);
        let no_position = json.replace("\"position\"", "\"elsewhere\"");
        assert_eq!(Glance::from_json(&no_position), None);
        assert_eq!(Glance::from_json("{}"), None);
    }
}

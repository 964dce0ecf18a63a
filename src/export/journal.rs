//! The journal: every session of a clause set in date order, and per clause
//! how the answers moved from one session to the next.

use std::borrow::Cow;
use std::fmt::Write;

use super::{NOTES_LEFT_OUT, StanceWord, html, markdown};
use crate::dates;
use crate::model::clauses::ClauseSet;
use crate::model::session::{Response, Session};

use jiff::tz::TimeZone;

/// One session's line in the journal's list.
struct SessionLine {
    when: String,
    detail: String,
}

/// One clause's answer in one session.
struct Step {
    when: String,
    stance: StanceWord,
    moved: bool,
    question: Option<String>,
    answer: Option<String>,
    note: Option<String>,
}

/// One clause across the sessions that answered it.
struct Track {
    number: usize,
    title: String,
    steps: Vec<Step>,
}

/// Everything the journal says, gathered once for each format.
struct Journal {
    title: String,
    participant: Option<String>,
    sessions: Vec<SessionLine>,
    moved: Vec<Track>,
    steady: Vec<Track>,
    once: Vec<Track>,
    notes: bool,
    credit: String,
}

fn gather(sessions: &[&Session], set: &ClauseSet, tz: &TimeZone, notes: bool) -> Journal {
    let when = |s: &Session| dates::human(s.started_at, tz);
    let lines = sessions
        .iter()
        .map(|s| {
            let questions = s
                .responses
                .values()
                .filter(|r| r.question.is_some())
                .count();
            let signed = if s.signatures.is_empty() {
                ""
            } else {
                ", signed"
            };
            SessionLine {
                when: when(s),
                detail: format!(
                    "{}/{} answered, {}{signed}",
                    s.answered(set),
                    set.clauses.len(),
                    crate::t!("count-questions", count = questions)
                ),
            }
        })
        .collect();
    let (mut moved, mut steady, mut once) = (Vec::new(), Vec::new(), Vec::new());
    for (i, c) in set.clauses.iter().enumerate() {
        let mut previous = None;
        let steps: Vec<Step> = sessions
            .iter()
            .filter_map(|s| s.response(&c.id).map(|r| (s, r)))
            .map(|(s, r): (&&Session, &Response)| {
                let moved = previous.is_some_and(|p| p != r.stance);
                previous = Some(r.stance);
                Step {
                    when: when(s),
                    stance: StanceWord::of(r.stance),
                    moved,
                    question: r.question.clone(),
                    answer: r.answer.clone(),
                    note: r.note.clone().filter(|_| notes),
                }
            })
            .collect();
        if steps.is_empty() {
            continue;
        }
        let track = Track {
            number: i + 1,
            title: c.title.clone(),
            steps,
        };
        if track.steps.iter().any(|s| s.moved) {
            moved.push(track);
        } else if track.steps.len() > 1 {
            steady.push(track);
        } else {
            once.push(track);
        }
    }
    Journal {
        title: set.title.clone(),
        participant: sessions.iter().rev().find_map(|s| s.participant.clone()),
        sessions: lines,
        moved,
        steady,
        once,
        notes,
        credit: format!(
            "Clause set: {}, version {} ({}). {}",
            set.title, set.version, set.id, set.source
        ),
    }
}

/// The journal as Markdown.
pub fn markdown(sessions: &[&Session], set: &ClauseSet, tz: &TimeZone, notes: bool) -> String {
    let j = gather(sessions, set, tz, notes);
    let e = |t: &str| markdown::escape(t, "    ");
    let mut md = String::new();
    let _ = writeln!(md, "# {}: your journal\n", e(&j.title));
    if let Some(p) = &j.participant {
        let _ = writeln!(md, "Participant: {}\n", e(p));
    }
    let _ = writeln!(md, "## Sessions\n");
    for (n, s) in j.sessions.iter().enumerate() {
        let _ = writeln!(md, "{}. {}: {}", n + 1, s.when, s.detail);
    }
    for (heading, tracks) in [
        ("How your answers moved", &j.moved),
        ("Steady: answered the same way each time", &j.steady),
        ("Answered in one session so far", &j.once),
    ] {
        let _ = writeln!(md, "\n## {heading}\n");
        if tracks.is_empty() {
            let _ = writeln!(md, "None.");
        }
        for t in tracks {
            let _ = writeln!(md, "### {}. {}\n", t.number, e(&t.title));
            for s in &t.steps {
                let moved = if s.moved { " (changed)" } else { "" };
                let _ = writeln!(md, "- {}: {}{moved}", s.when, s.stance);
                for (label, text) in [
                    ("Question", &s.question),
                    ("Doctor's answer", &s.answer),
                    ("Note", &s.note),
                ] {
                    if let Some(text) = text {
                        let _ = writeln!(md, "  - {label}: {}", e(text));
                    }
                }
            }
            let _ = writeln!(md);
        }
    }
    if !j.notes {
        let _ = writeln!(md, "*{NOTES_LEFT_OUT}*");
    }
    let _ = writeln!(md, "\n---\n\n{}", e(&j.credit));
    md
}

/// The journal as one self-contained web page.
pub fn html(sessions: &[&Session], set: &ClauseSet, tz: &TimeZone, notes: bool) -> String {
    let j = gather(sessions, set, tz, notes);
    let e = html::esc;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
    );
    let _ = writeln!(out, "<title>{}: your journal</title>", e(&j.title));
    let _ = writeln!(out, "<style>{}</style>\n</head>\n<body>", html::STYLE);
    let _ = writeln!(out, "<h1>{}: your journal</h1>", e(&j.title));
    if let Some(p) = &j.participant {
        let _ = writeln!(out, "<p class=\"meta\">Participant: {}</p>", e(p));
    }
    let _ = writeln!(out, "<h2>Sessions</h2>\n<ol>");
    for s in &j.sessions {
        let _ = writeln!(out, "<li>{}: {}</li>", e(&s.when), e(&s.detail));
    }
    let _ = writeln!(out, "</ol>");
    for (heading, tracks) in [
        ("How your answers moved", &j.moved),
        ("Steady: answered the same way each time", &j.steady),
        ("Answered in one session so far", &j.once),
    ] {
        let _ = writeln!(out, "<h2>{heading}</h2>");
        if tracks.is_empty() {
            let _ = writeln!(out, "<p>None.</p>");
        }
        for t in tracks {
            let _ = writeln!(out, "<h3>{}. {}</h3>\n<ul>", t.number, e(&t.title));
            for s in &t.steps {
                let moved = if s.moved {
                    " <strong>(changed)</strong>"
                } else {
                    ""
                };
                let _ = writeln!(out, "<li>{}: {}{moved}<dl>", e(&s.when), s.stance);
                for (label, text) in [
                    ("Question:", &s.question),
                    ("Doctor's answer:", &s.answer),
                    ("Note:", &s.note),
                ] {
                    if let Some(text) = text {
                        let _ =
                            writeln!(out, "<dt>{label}</dt><dd class=\"text\">{}</dd>", e(text));
                    }
                }
                let _ = writeln!(out, "</dl></li>");
            }
            let _ = writeln!(out, "</ul>");
        }
    }
    if !j.notes {
        let _ = writeln!(out, "<p><em>{NOTES_LEFT_OUT}</em></p>");
    }
    let _ = writeln!(
        out,
        "<hr>\n<p class=\"credit\">{}</p>\n</body>\n</html>",
        e(&j.credit)
    );
    out
}

/// The journal as JSON: the sessions as stored (less their notes, if asked), in date order.
pub fn json(sessions: &[&Session], set: &ClauseSet, notes: bool) -> String {
    let sessions: Vec<Cow<Session>> = sessions
        .iter()
        .map(|s| {
            if notes {
                Cow::Borrowed(*s)
            } else {
                Cow::Owned(s.without_notes())
            }
        })
        .collect();
    let value = serde_json::json!({
        "format": "accord.journal/1",
        "clause_set": crate::model::session::ClauseSetRef::of(set),
        "sessions": sessions,
    });
    // Plain data always serializes.
    let mut text = serde_json::to_string_pretty(&value).expect("a journal serializes");
    text.push('\n');
    text
}

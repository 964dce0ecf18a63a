//! Every export format as a golden file, from a session full of awkward text.

use accord::model::agenda;
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Role, Session, Stance, TextField};
use accord::printouts::Format;
use accord::printouts::record::{self, Options};
use jiff::Timestamp;
use jiff::tz::TimeZone;

fn t(s: &str) -> Timestamp {
    s.parse().expect("time")
}

/// A session with Unicode, long notes, markup that must stay text, stars, answers and a signature.
fn sample() -> (Session, ClauseSet) {
    let set = clauses::default_set();
    let mut s = Session::new("20261103-090000".into(), &set, t("2026-11-03T09:00:00Z"));
    let at = t("2026-11-03T09:10:00Z");
    for c in &set.clauses[..20] {
        s.set_stance(&c.id, Some(Stance::Agree), at);
    }
    s.set_stance("time", Some(Stance::Disagree), at);
    s.set_text(
        "time",
        TextField::Question,
        "Why do I wait **an hour** every time? <script>alert('x')</script>",
        at,
    );
    s.set_text(
        "not-broken",
        TextField::Question,
        "Can we talk about costs & insurance before any test?\n1. blood work\n- scans",
        at,
    );
    s.set_text(
        "body-heals",
        TextField::Note,
        &format!(
            "Café, naïve, 東京, 🙂. {}",
            "My knee took months to heal after the fall, and nobody told me why. ".repeat(4)
        ),
        at,
    );
    s.set_text(
        "presence",
        TextField::Question,
        "Could the screen face me too?",
        at,
    );
    s.set_text(
        "not-broken",
        TextField::Answer,
        "We will check the price first. [link](http://example.com)",
        t("2026-11-04T10:00:00Z"),
    );
    s.cycle_answer_status("not-broken", t("2026-11-04T10:00:00Z"));
    let position = agenda::items(&s, &set)
        .iter()
        .position(|&i| set.clauses[i].id == "time")
        .expect("on the agenda");
    agenda::toggle_star(&mut s, &set, position, at);
    s.sign(Role::Patient, "Ana López <ana>", t("2026-11-03T09:20:00Z"));
    s.set_stance("dignity", Some(Stance::Disagree), t("2026-11-03T09:30:00Z"));
    (s, set)
}

fn options(notes: bool) -> Options {
    Options {
        notes,
        tz: TimeZone::UTC,
        now: t("2026-11-04T18:00:00Z"),
    }
}

fn render(format: Format, notes: bool) -> String {
    let (session, set) = sample();
    record::render(&session, &set, format, &options(notes))
}

#[test]
fn markdown() {
    let md = render(Format::Markdown, true);
    assert!(md.contains("\\*\\*an hour\\*\\*"), "bold stays literal");
    assert!(md.contains("\\<script>"), "tags stay literal");
    assert!(
        md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')),
        "no tag can open"
    );
    insta::assert_snapshot!("markdown", md);
}

#[test]
fn text_wraps_at_80_columns() {
    let text = render(Format::Text, true);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    insta::assert_snapshot!("text", text);
}

#[test]
fn html_is_self_contained_and_escaped() {
    let html = render(Format::Html, true);
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(!html.contains("<script"), "no scripts at all");
    assert!(!html.contains("src="), "nothing fetched");
    assert!(!html.contains("href="), "no links");
    assert!(html.contains("@media print"));
    assert!(
        html.contains("**an hour**"),
        "Markdown means nothing in HTML"
    );
    insta::assert_snapshot!("html", html);
}

#[test]
fn json_is_the_session_as_stored() {
    let (session, set) = sample();
    let json = record::render(&session, &set, Format::Json, &options(true));
    let back: Session = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, session);
    assert_eq!(json.as_bytes(), accord::store::to_json(&session));
    insta::assert_snapshot!("json", json);
}

#[test]
fn no_notes_leaves_every_note_out_of_every_format() {
    for format in [Format::Markdown, Format::Text, Format::Html, Format::Json] {
        let doc = render(format, false);
        assert!(!doc.contains("My knee"), "{format:?} leaked a note");
        if format != Format::Json {
            assert!(doc.contains("Private notes are left out of this copy."));
        }
        let with = render(format, true);
        assert!(with.contains("My knee"));
    }
    let (session, _) = sample();
    let shared: Session =
        serde_json::from_str(&render(Format::Json, false)).expect("the shared copy parses");
    assert!(shared.responses.values().all(|r| r.note.is_none()));
    assert_eq!(
        shared.responses.len(),
        session.responses.len(),
        "only the notes go: every other answer stays"
    );
    assert_eq!(shared.clause_set, session.clause_set);
    insta::assert_snapshot!("text_without_notes", render(Format::Text, false));
}

#[test]
fn the_agenda_comes_first_with_the_starred_item_on_top() {
    let md = render(Format::Markdown, false);
    let agenda = md.find("## Your appointment agenda").expect("agenda");
    let clauses = md.find("## Every clause").expect("clauses");
    assert!(agenda < clauses);
    let first_item = &md[agenda..clauses];
    assert!(
        first_item.contains("1. ★ Ask first: **Your time matters too**"),
        "{first_item}"
    );
    assert!(md.contains("signed on 3 Nov 2026 at 09:20 (changed since)"));
}

#[test]
fn formats_parse_from_their_names() {
    assert_eq!("markdown".parse(), Ok(Format::Markdown));
    assert_eq!("text".parse(), Ok(Format::Text));
    assert_eq!("html".parse(), Ok(Format::Html));
    assert_eq!("json".parse(), Ok(Format::Json));
    assert_eq!(
        "pdf".parse::<Format>(),
        Err("unknown format `pdf`: use markdown, text, html or json".to_owned())
    );
}

#[test]
fn not_now_shows_as_passed_in_every_document_format() {
    let set = clauses::default_set();
    let mut s = Session::new("pass".into(), &set, t("2026-11-03T09:00:00Z"));
    s.set_stance("time", Some(Stance::NotNow), t("2026-11-03T09:10:00Z"));
    for format in [Format::Markdown, Format::Text, Format::Html] {
        let out = record::render(&s, &set, format, &options(true));
        assert!(out.contains("Not now (passed)"), "{format:?}");
    }
    let json = record::render(&s, &set, Format::Json, &options(true));
    assert!(json.contains("\"stance\": \"not-now\""), "{json}");
    let journal =
        accord::printouts::journal::render(&[&s], &set, &TimeZone::UTC, true, Format::Markdown)
            .expect("markdown journal");
    assert!(journal.contains("Not now (passed)"), "{journal}");
}

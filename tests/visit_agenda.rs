//! The one-page agenda for the visit: it fits a page, keeps each item whole on
//! paper, and no printout made without asking for notes holds a note.

use accord::model::agenda;
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Role, Session, Stance, TextField};
use accord::printouts::{self, Format};
use jiff::Timestamp;
use jiff::tz::TimeZone;

fn t(s: &str) -> Timestamp {
    s.parse().expect("time")
}

/// What a worried patient really writes: long, plain questions.
const QUESTIONS: [&str; 10] = [
    "How long should I expect to wait for a reply when I send a message through the portal?",
    "If my pain gets worse at night, who do I call, and what should I tell them first?",
    "Can we go over every medicine I take, including the ones from the other clinic?",
    "What do my last blood test results mean for me, in everyday words please?",
    "Is there a cheaper way to get the inhaler, since my insurance changed this year?",
    "Could we book a longer appointment next time so I do not feel rushed at the end?",
    "What side effects of the new tablets should make me stop and call you straight away?",
    "Would it help to bring my daughter to the next visit, and can she ask questions too?",
    "How do I get a copy of my records, and who else can see them without asking me?",
    "When should we check again whether this plan is working for me, and how will we know?",
];

/// A reflection with ten questions (three starred), a note on each, and two clauses not on board.
fn ten_questions() -> (Session, ClauseSet) {
    let set = clauses::default_set();
    let at = t("2026-11-03T09:10:00Z");
    let mut s = Session::new("20261103-090000".into(), &set, t("2026-11-03T09:00:00Z"));
    for (clause, question) in set.clauses.iter().zip(QUESTIONS) {
        s.set_text(&clause.id, TextField::Question, question, at);
        s.set_text(&clause.id, TextField::Note, "SECRET-NOTE private worry", at);
    }
    for clause in &set.clauses[10..12] {
        s.set_stance(&clause.id, Some(Stance::Disagree), at);
    }
    for position in [4, 7, 9] {
        agenda::toggle_star(&mut s, &set, position, at);
    }
    s.sign(Role::Patient, "Ana María López-Fernández", at);
    (s, set)
}

fn agenda_options() -> printouts::agenda::Options {
    printouts::agenda::Options {
        name: None,
        tz: TimeZone::UTC,
        now: t("2026-11-04T18:00:00Z"),
    }
}

fn agenda(format: Format) -> String {
    let (session, set) = ten_questions();
    printouts::agenda::render(&session, &set, format, &agenda_options())
}

#[test]
fn ten_questions_fit_one_page_of_60_lines_and_80_columns() {
    let text = agenda(Format::Text);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 60, "{} lines:\n{text}", lines.len());
    for line in &lines {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for question in QUESTIONS {
        assert!(words.contains(question), "missing {question:?}:\n{text}");
    }
    assert!(text.contains("Name: Ana María López-Fernández"), "{text}");
    // The starred items come first.
    let first = lines
        .iter()
        .find(|l| l.contains(" 1. "))
        .expect("first item");
    assert!(first.contains("ASK FIRST"), "{text}");
}

#[test]
fn the_html_agenda_keeps_each_item_whole_and_sets_page_margins() {
    let html = agenda(Format::Html);
    let print = html
        .split("@media print")
        .nth(1)
        .expect("a print stylesheet");
    let rule = print
        .lines()
        .find(|l| l.contains("ol.agenda li"))
        .expect("a rule for agenda items");
    assert!(rule.contains("break-inside: avoid"), "{rule}");
    let page = html.split("@page").nth(1).expect("an @page rule");
    let page = &page[..page.find('}').expect("closed")];
    assert!(page.contains("margin:"), "{page}");
    assert_eq!(html.matches("<li>").count(), 10, "{html}");
    // Room to write each answer by hand.
    assert_eq!(html.matches("class=\"line\"").count(), 20, "{html}");
}

#[test]
fn the_agenda_has_no_clause_texts() {
    let (_, set) = ten_questions();
    for format in [Format::Markdown, Format::Text, Format::Html] {
        let page = agenda(format);
        for clause in &set.clauses {
            let start: String = clause.text.chars().take(40).collect();
            assert!(!page.contains(&start), "{format:?} holds {start:?}");
        }
    }
}

#[test]
fn no_printout_made_without_asking_holds_a_note_in_any_format() {
    let (session, set) = ten_questions();
    let record = printouts::record::Options {
        notes: false,
        tz: TimeZone::UTC,
        now: t("2026-11-04T18:00:00Z"),
    };
    for format in [Format::Markdown, Format::Text, Format::Html, Format::Json] {
        let pages = [
            printouts::agenda::render(&session, &set, format, &agenda_options()),
            printouts::record::render(&session, &set, format, &record),
            printouts::journal::render(&[&session], &set, &TimeZone::UTC, false, format)
                .unwrap_or_default(),
        ];
        for page in pages {
            assert!(!page.contains("SECRET-NOTE"), "{format:?}: {page}");
        }
    }
    // The same record asked for with notes does hold them: the check can fail.
    let with = printouts::record::Options {
        notes: true,
        ..record
    };
    let page = printouts::record::render(&session, &set, Format::Text, &with);
    assert!(page.contains("SECRET-NOTE"));
}

#[test]
fn the_name_is_the_participant_then_the_signed_name_then_one_typed() {
    let (mut session, _) = ten_questions();
    assert_eq!(
        printouts::agenda::name(&session, Some("Typed")).as_deref(),
        Some("Ana María López-Fernández")
    );
    session.participant = Some("Ana".into());
    assert_eq!(
        printouts::agenda::name(&session, Some("Typed")).as_deref(),
        Some("Ana")
    );
    session.participant = None;
    session.signatures.clear();
    assert_eq!(
        printouts::agenda::name(&session, Some("Typed")).as_deref(),
        Some("Typed")
    );
    assert_eq!(printouts::agenda::name(&session, None), None);
}

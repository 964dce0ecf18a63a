//! The printouts in Spanish: the full record and the journal of the Spanish
//! set, with Spanish words and Spanish dates.

use accord::i18n::{self, Language};
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Role, Session, Stance, TextField};
use accord::printouts::Format;
use accord::printouts::{journal, record};
use jiff::Timestamp;
use jiff::tz::TimeZone;

fn t(s: &str) -> Timestamp {
    s.parse().expect("time")
}

/// A Spanish session on this thread: a few answers, a question, a note, a signature.
fn sample(started: &str) -> (Session, ClauseSet) {
    i18n::set_language(Language::Spanish);
    let set = clauses::built_in("acuerdo").expect("built in");
    let at = t(started);
    let mut s = Session::new("20261103-090000".into(), &set, at);
    s.set_stance("partnership", Some(Stance::Agree), at);
    s.set_stance("time", Some(Stance::Disagree), at);
    s.set_text("time", TextField::Question, "¿Por qué espero tanto?", at);
    s.set_text("body-heals", TextField::Note, "Mi rodilla tardó meses.", at);
    s.sign(Role::Patient, "Ana López", at);
    (s, set)
}

#[test]
fn the_full_record_reads_in_spanish() {
    let (session, set) = sample("2026-11-03T09:05:00Z");
    let options = record::Options {
        notes: true,
        tz: TimeZone::UTC,
        now: t("2026-11-04T18:00:00Z"),
    };
    let md = record::render(&session, &set, Format::Markdown, &options);
    insta::assert_snapshot!("record_markdown", md);
    for words in [
        "Su agenda para la consulta",
        "4 de noviembre de 2026 a las 18:00",
        "No está de acuerdo con esta cláusula.",
        "El médico promete",
        "Nota privada:",
    ] {
        assert!(md.contains(words), "{words:?} in:\n{md}");
    }
    let html = record::render(&session, &set, Format::Html, &options);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
}

#[test]
fn the_journal_reads_in_spanish() {
    let (first, set) = sample("2026-11-03T09:05:00Z");
    let (mut second, _) = sample("2026-11-10T09:05:00Z");
    second.set_stance("time", Some(Stance::Agree), t("2026-11-10T09:06:00Z"));
    let md = journal::render(
        &[&first, &second],
        &set,
        &TimeZone::UTC,
        true,
        Format::Markdown,
    )
    .expect("the journal comes as markdown");
    insta::assert_snapshot!("journal_markdown", md);
    assert!(md.contains("Cómo cambiaron sus respuestas"), "{md}");
    assert!(md.contains("10 de noviembre de 2026"), "{md}");
    assert!(md.contains("(cambió)"), "{md}");
}

//! `accord check FILE`: every problem in a clause set, or one line saying it
//! is fine, then how easy each clause is to read.

use std::path::Path;
use std::process::ExitCode;

use accord::model::clauses::ClauseSet;
use accord::model::readability::{self, MAX_GRADE, MAX_SENTENCE_WORDS};
use accord::t;

use super::shared::report_invalid;

/// Checks the clause set in `file` and prints what was found.
pub fn run(file: &Path) -> ExitCode {
    match accord::store::load_clauses(file) {
        Ok(set) => {
            let count = t!("count-clauses", count = set.clauses.len());
            println!(
                "{}",
                t!("commands-check-ok", title = &set.title, clauses = count)
            );
            println!(
                "{}",
                t!("commands-check-language", language = &set.language)
            );
            report_readability(&set);
            ExitCode::SUCCESS
        }
        Err(e) => {
            report_invalid(&e);
            ExitCode::FAILURE
        }
    }
}

/// Each clause's reading grade, and warnings (which never fail the check)
/// for hard clauses and long sentences.
fn report_readability(set: &ClauseSet) {
    let english = set.language.split('-').next() == Some("en");
    if english {
        println!(
            "{}",
            t!("commands-check-grades", max = MAX_GRADE.to_string())
        );
    } else {
        println!("{}", t!("commands-check-grades-english-only"));
    }
    for clause in &set.clauses {
        if english {
            let grade = readability::grade(&clause.text);
            let grade_text = format!("{grade:.1}");
            println!(
                "{}",
                t!(
                    "commands-check-grade",
                    id = &clause.id,
                    grade = grade_text.as_str()
                )
            );
            if grade > MAX_GRADE {
                eprintln!(
                    "{}",
                    t!(
                        "commands-check-hard",
                        id = &clause.id,
                        grade = grade_text.as_str()
                    )
                );
            }
        }
        let texts = [&clause.text, &clause.prompt]
            .into_iter()
            .chain(&clause.questions);
        for sentence in texts.flat_map(|t| readability::long_sentences(t)) {
            let start: String = sentence.chars().take(40).collect();
            eprintln!(
                "{}",
                t!(
                    "commands-check-long-sentence",
                    id = &clause.id,
                    max = MAX_SENTENCE_WORDS,
                    start = start
                )
            );
        }
    }
}

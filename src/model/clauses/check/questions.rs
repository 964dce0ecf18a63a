//! A clause's optional `questions`: suggested questions for the doctor, each
//! one short line, so a reader can start from one instead of a blank page.

use super::{Checker, Table, field};
use crate::sanitize;

/// The most suggestions a clause may offer: more would be a list to read, not a start.
const MAX_QUESTIONS: usize = 5;
/// The longest suggestion, in characters.
const MAX_CHARS: usize = 200;

impl Checker<'_> {
    /// The clause's suggested questions (none if absent); `None` after reporting a problem.
    pub(super) fn questions(&mut self, table: &Table<'_>) -> Option<Vec<String>> {
        let Some((key, value)) = field(table, "questions") else {
            return Some(Vec::new());
        };
        let Some(array) = value.get_ref().as_array() else {
            self.report(
                key.span(),
                "`questions` must be a list of texts in quotes, like questions = [\"How long will it take?\"]"
                    .into(),
            );
            return None;
        };
        if array.len() > MAX_QUESTIONS {
            self.report(
                key.span(),
                format!(
                    "a clause may suggest at most {MAX_QUESTIONS} questions; this one has {}",
                    array.len()
                ),
            );
            return None;
        }
        let mut questions = Vec::new();
        let mut ok = true;
        for item in array {
            let problem = match item.get_ref().as_str().map(str::trim) {
                None => Some(format!(
                    "each suggested question must be text in quotes, not {}",
                    item.get_ref().type_str()
                )),
                Some("") => Some("a suggested question is empty: write it or remove it".into()),
                Some(q) if q.contains('\n') => {
                    Some("a suggested question must fit on one line".into())
                }
                Some(q) if q.chars().count() > MAX_CHARS => Some(format!(
                    "a suggested question is longer than {MAX_CHARS} characters: make it shorter"
                )),
                Some(q) => {
                    questions.push(sanitize::line(q));
                    None
                }
            };
            if let Some(message) = problem {
                self.report(item.span(), message);
                ok = false;
            }
        }
        ok.then_some(questions)
    }
}

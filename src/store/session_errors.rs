//! Why a session file could not be read, in everyday words: which part of the
//! file is wrong and how, never the program's own type names.

/// A line for the reader about a file that is not JSON at all.
pub(super) fn not_json(error: &serde_json::Error) -> String {
    crate::t!(
        "store-not-json",
        line = error.line(),
        column = error.column()
    )
}

/// A line for the reader about a JSON file whose parts do not fit a session.
///
/// `text` is the file as it was checked (pretty JSON, one part per line), so
/// the error's line leads back to the part's name.
pub(super) fn wrong_part(error: &serde_json::Error, text: &str) -> String {
    let message = error.to_string();
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    let field = match missing {
        Some(name) => name.to_owned(),
        None => field_at(text, error.line()).unwrap_or_default(),
    };
    let field = crate::sanitize::line(&field);
    let problem = if missing.is_some() {
        crate::t!("store-part-missing")
    } else if message.starts_with("invalid type") {
        crate::t!("store-part-wrong-kind")
    } else if field.ends_with("_at") {
        crate::t!("store-part-bad-date")
    } else {
        crate::t!("store-part-bad-value")
    };
    crate::t!("store-part-problem", field = field, problem = problem)
}

/// The name of the part on line `line` (1-based) of pretty JSON, or the nearest one above it.
fn field_at(text: &str, line: usize) -> Option<String> {
    text.lines()
        .take(line)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find_map(|l| {
            let rest = l.trim_start().strip_prefix('"')?;
            let (name, _) = rest.split_once("\":")?;
            Some(name.to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_part_is_named_from_the_line_of_the_error() {
        let text = "{\n  \"a\": 1,\n  \"agenda\": {\n    \"order\": 5\n  }\n}";
        assert_eq!(field_at(text, 4).as_deref(), Some("order"));
        assert_eq!(field_at(text, 3).as_deref(), Some("agenda"));
        assert_eq!(field_at(text, 1), None);
    }
}

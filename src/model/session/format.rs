//! The `format` field: which session files this version of accord can read.

/// The `format` written into every session file by this version of accord.
pub const FORMAT: &str = "accord.session/1";
/// The family of formats this version can read, before the `/N` revision.
const FORMAT_FAMILY: &str = "accord.session/";

/// Whether a `format` string is one this version can read, or one from a newer accord.
#[derive(Debug, PartialEq, Eq)]
pub enum FormatCheck {
    /// Readable.
    Supported,
    /// Written by a newer accord (a higher revision): never overwrite it.
    Newer,
    /// Not an accord session at all.
    Foreign,
}

/// Classifies a session file's `format` field.
pub fn check_format(format: &str) -> FormatCheck {
    let Some(rev) = format.strip_prefix(FORMAT_FAMILY) else {
        return FormatCheck::Foreign;
    };
    match rev.parse::<u32>() {
        Ok(1) => FormatCheck::Supported,
        Ok(n) if n > 1 => FormatCheck::Newer,
        _ => FormatCheck::Foreign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_classified() {
        assert_eq!(check_format(FORMAT), FormatCheck::Supported);
        assert_eq!(check_format("accord.session/2"), FormatCheck::Newer);
        assert_eq!(check_format("something/1"), FormatCheck::Foreign);
    }
}

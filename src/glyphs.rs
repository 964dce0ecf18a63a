//! ASCII stand-ins for the symbols accord draws, for terminals whose font or
//! locale cannot show them (the Linux console, `LC_ALL=C`).
//!
//! The shells read the environment once at start-up and pass the answer in;
//! nothing here reads it.

/// Whether only ASCII can be trusted to show, given the locale variables
/// (`LC_ALL`, `LC_CTYPE`, `LANG`, in the order the C library reads them) and `TERM`.
pub fn ascii_only(
    lc_all: Option<&str>,
    lc_ctype: Option<&str>,
    lang: Option<&str>,
    term: Option<&str>,
) -> bool {
    if term == Some("linux") {
        // The console's fonts lack most symbols whatever the locale says.
        return true;
    }
    let locale = [lc_all, lc_ctype, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or("C");
    let locale = locale.to_ascii_lowercase();
    !(locale.contains("utf-8") || locale.contains("utf8"))
}

/// Each symbol accord uses, its stand-in in running text, and in one cell.
const STAND_INS: &[(char, &str, char)] = &[
    ('✓', "[x]", 'x'),
    ('✗', "[-]", '-'),
    ('★', "*", '*'),
    ('✎', "#", '#'),
    ('⚠', "!", '!'),
    ('☑', "[x]", 'x'),
    ('✍', "", ' '),
    ('↻', "", ' '),
    ('›', ">", '>'),
    ('…', "...", '.'),
    ('·', "-", '-'),
    ('•', "*", '*'),
    ('→', "->", '>'),
    ('←', "<-", '<'),
    ('↑', "^", '^'),
    ('↓', "v", 'v'),
    ('█', "#", '#'),
    ('░', "-", '-'),
    ('─', "-", '-'),
    ('━', "-", '-'),
    ('│', "|", '|'),
    ('┃', "|", '|'),
    ('—', "-", '-'),
    ('–', "-", '-'),
    ('‘', "'", '\''),
    ('’', "'", '\''),
    ('“', "\"", '"'),
    ('”', "\"", '"'),
];

/// `text` with every symbol replaced by its ASCII stand-in; any other
/// non-ASCII character becomes `?`, so nothing unreadable reaches the screen.
pub fn ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skip_space = false;
    for c in text.chars() {
        if std::mem::take(&mut skip_space) && c == ' ' {
            continue;
        }
        if c.is_ascii() {
            out.push(c);
        } else if let Some((_, word, _)) = STAND_INS.iter().find(|(g, _, _)| *g == c) {
            // A symbol beside its own word ("✍ Signed") needs no stand-in, nor the space after it.
            if word.is_empty() {
                skip_space = true;
                continue;
            }
            out.push_str(word);
        } else {
            out.push(one_cell(c));
        }
    }
    out
}

/// A one-cell stand-in for `c`, for a screen laid out cell by cell.
pub fn one_cell(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    if let Some((_, _, cell)) = STAND_INS.iter().find(|(g, _, _)| *g == c) {
        return *cell;
    }
    match c {
        // Box corners and joints.
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╯' | '╰' => {
            '+'
        }
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'Á' => 'A',
        'É' => 'E',
        'Í' => 'I',
        'Ó' => 'O',
        'Ú' => 'U',
        'Ñ' => 'N',
        '¿' | '¡' => ' ',
        _ => '?',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_locale_keeps_symbols_and_others_do_not() {
        assert!(!ascii_only(None, None, Some("en_GB.UTF-8"), Some("xterm")));
        assert!(!ascii_only(Some(""), None, Some("C.utf8"), None));
        assert!(ascii_only(Some("C"), None, Some("en_GB.UTF-8"), None));
        assert!(ascii_only(None, Some("POSIX"), Some("en_GB.UTF-8"), None));
        assert!(ascii_only(None, None, None, None));
        assert!(ascii_only(None, None, Some("en_GB.UTF-8"), Some("linux")));
    }

    #[test]
    fn stand_ins_say_the_same_in_ascii() {
        assert_eq!(ascii("✓ agree"), "[x] agree");
        assert_eq!(ascii("✗ not on board"), "[-] not on board");
        assert_eq!(ascii("★ Ask first · ✎ note…"), "* Ask first - # note...");
        assert!(ascii("─│┌ ñ 漢").is_ascii());
        assert_eq!(one_cell('█'), '#');
        assert_eq!(ascii("✍ Signed"), "Signed");
    }
}

//! Text from files and pastes is data, never terminal commands.
//!
//! A clause file or a paste could carry escape sequences that recolour,
//! move the cursor or retitle the terminal when drawn. Everything loaded is
//! passed through here once, so widgets can draw it as it is.

/// Makes control characters visible and drops invisible direction overrides.
///
/// Newlines are kept (they are part of the text), and a lone carriage return
/// is one too: terminals send line breaks in a paste as `\r`. Tabs become spaces; an
/// escape becomes `␛` and other C0 controls their Unicode "control picture",
/// so `\x1b[31m` reads as `␛[31m` instead of turning the screen red.
pub fn text(input: &str) -> String {
    if !may_change(input) {
        return input.to_owned();
    }
    let normalized = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalized.len());
    for c in normalized.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\u{1b}' => out.push('␛'),
            '\u{7f}' => out.push('␡'),
            c if (c as u32) < 0x20 => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'))
            }
            // C1 controls: some terminals treat U+009B as a one-byte escape.
            '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
            // Bidirectional overrides can make text read differently from what it is.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Like [`text`], for one-line fields such as titles: line breaks become spaces.
pub fn line(input: &str) -> String {
    if is_clean_line(input) {
        return input.to_owned();
    }
    text(input).replace('\n', " ")
}

/// Cleans `input` in place as [`text`] would, touching it only if it needs it.
pub fn clean_text(input: &mut String) {
    if !is_clean_text(input) {
        *input = text(input);
    }
}

/// Cleans `input` in place as [`line`] would, touching it only if it needs it.
pub fn clean_line(input: &mut String) {
    if !is_clean_line(input) {
        *input = line(input);
    }
}

/// Whether [`text`] would give `input` back as it is.
pub fn is_clean_text(input: &str) -> bool {
    !may_change(input)
}

/// Whether [`line`] would give `input` back as it is.
pub fn is_clean_line(input: &str) -> bool {
    !may_change(input) && !input.contains('\n')
}

/// Whether [`text`] might change `input`: a byte scan for controls and for
/// the lead bytes of C1 controls (0xC2) and bidirectional marks (0xE2), so
/// the text nearly everyone writes is kept as it is without a copy.
fn may_change(input: &str) -> bool {
    input
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n') || b == 0x7f || b == 0xc2 || b == 0xe2)
}

/// A path or file name as it may be printed: whatever bytes its name holds, never a terminal command.
pub fn path(path: &std::path::Path) -> String {
    line(&path.to_string_lossy())
}

/// JSON as it may be shown on a terminal: controls and direction overrides
/// (which can only stand inside strings) become `\uXXXX` escapes, so the text
/// means the same to a JSON reader and cannot command the terminal.
pub fn json_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let hidden = matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{c}' | '\u{e}'..='\u{1f}')
            || matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if hidden {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(text("a\u{1b}[31mred\u{1b}[0m"), "a␛[31mred␛[0m");
        assert_eq!(text("bell\u{7}"), "bell␇");
        assert_eq!(text("csi\u{9b}2J"), "csi\u{fffd}2J");
    }

    #[test]
    fn newlines_are_kept_and_crlf_folded() {
        assert_eq!(text("one\r\ntwo\nthree"), "one\ntwo\nthree");
        assert_eq!(text("pasted\rlines"), "pasted\nlines");
        assert_eq!(line("one\ntwo"), "one two");
    }

    #[test]
    fn tabs_and_bidi_overrides() {
        assert_eq!(text("a\tb"), "a    b");
        assert_eq!(text("abc\u{202e}def"), "abcdef");
    }

    #[test]
    fn paths_are_printed_without_escape_codes() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"/d/\x1b]0;owned\x07\xff.json");
        assert_eq!(
            path(std::path::Path::new(name)),
            "/d/␛]0;owned␇\u{fffd}.json"
        );
    }

    #[test]
    fn json_shown_on_a_terminal_escapes_controls_and_overrides() {
        let json = "{\"note\": \"a\u{9b}2J\u{202e}b\u{1b}\"}\n";
        let shown = json_for_terminal(json);
        assert_eq!(shown, "{\"note\": \"a\\u009b2J\\u202eb\\u001b\"}\n");
        let back: serde_json::Value = serde_json::from_str(&shown).expect("still JSON");
        assert_eq!(back["note"], "a\u{9b}2J\u{202e}b\u{1b}");
    }

    #[test]
    fn ordinary_unicode_is_untouched() {
        let s = "Café 東京 🙂 — naïve";
        assert_eq!(text(s), s);
    }
}

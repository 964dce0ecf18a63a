//! The Markdown writer. Every word is escaped, so `**bold**` or `<script>`
//! typed by a reader shows as typed; blocks are separated by blank lines.

use super::pieces::{self, Pieces};
use super::{BAR_CELLS, Block, Detail, Document, Field, Inline, Item};

/// Markdown's layout of a document's pieces.
pub struct Markdown;

/// Writes a document as Markdown.
pub fn render(doc: &Document) -> String {
    pieces::render(&Markdown, doc)
}

impl Pieces for Markdown {
    fn open(&self, _doc: &Document) -> String {
        String::new()
    }

    fn block(&self, block: &Block) -> String {
        self::block(block)
    }

    fn between_blocks(&self) -> &'static str {
        "\n\n"
    }

    fn list_open(&self, _numbered: bool) -> &'static str {
        ""
    }

    fn item_head(&self, numbered: bool, n: usize, item: &Item) -> String {
        // Items are one a line: a blank line between them would split the list.
        let mut out = String::from(if n > 1 { "\n" } else { "" });
        if numbered {
            out.push_str(&n.to_string());
            out.push_str(". ");
        } else {
            out.push_str("- ");
        }
        lead_into(&mut out, item, under(numbered));
        out
    }

    fn item_details(&self, numbered: bool, details: &[Detail]) -> String {
        let under = under(numbered);
        let indent = format!("{under}  ");
        let mut out = String::new();
        for detail in details {
            out.push('\n');
            out.push_str(under);
            out.push_str("- ");
            match detail {
                Detail::Field(f) => field_into(&mut out, f, &indent),
                Detail::Remark(text) => escape_into(&mut out, text, &indent),
                Detail::Warning(text) => {
                    out.push('*');
                    escape_into(&mut out, text, &indent);
                    out.push('*');
                }
                Detail::Lines { label, lines } => {
                    let rule = "_".repeat(40);
                    let rules = vec![rule.as_str(); *lines].join(&format!("  \n{indent}"));
                    escape_into(&mut out, label, &indent);
                    out.push_str(&format!("  \n{indent}{rules}"));
                }
            }
        }
        out
    }

    fn item_end(&self) -> &'static str {
        ""
    }

    fn list_close(&self, _numbered: bool) -> &'static str {
        ""
    }

    fn section_open(&self, heading: &str) -> String {
        format!("### {}\n\n", self::heading(heading))
    }

    fn section_close(&self) -> &'static str {
        ""
    }

    fn close(&self) -> &'static str {
        "\n"
    }
}

fn block(block: &Block) -> String {
    match block {
        Block::Heading { level, text } => {
            format!("{} {}", "#".repeat(usize::from(*level)), heading(text))
        }
        Block::Byline(lines) => lines
            .iter()
            .map(|l| escape(l, ""))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Block::Paragraph(words) => inlines(words, ""),
        Block::Caption(text) => format!("*{}*", escape(text, "")),
        Block::Quote(text) => format!("> {}", escape(text, "> ")),
        Block::Warning(text) => format!("**{}**", escape(text, "")),
        Block::List(list) => pieces::list(&Markdown, list.numbered, &list.items),
        Block::Fields(fields) => fields
            .iter()
            .map(|f| format!("- {}", field(f, "  ")))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Section { heading, blocks } => pieces::section(&Markdown, heading, blocks),
        Block::AnswerLines { label, lines } => {
            // A row of underscores alone is a rule in Markdown: a line to write on.
            let rows = vec!["_".repeat(40); *lines];
            format!("{}\n\n{}", escape(label, ""), rows.join("\n"))
        }
        Block::Signature { label, date } => format!(
            "{}: ______________________________ {}: ____________",
            escape(label, ""),
            escape(date, "")
        ),
        Block::Checklist(lines) => lines
            .iter()
            .map(|l| format!("- [ ] {}", escape(l, "  ")))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Bars(bars) => bars
            .iter()
            .map(|b| format!("- {}: {}", escape(&b.label, "  "), b.drawn(BAR_CELLS)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Colophon(text) => format!("---\n\n{}", escape(text, "")),
    }
}

/// What lines up under an item's words: the width of its marker.
fn under(numbered: bool) -> &'static str {
    if numbered { "   " } else { "  " }
}

/// An item's own words, after its number if it carries one, added to `out`.
fn lead_into(out: &mut String, item: &Item, indent: &str) {
    // "3." after a bullet reads as a list numbered 3 inside it: the same to the eye.
    if let Some(n) = item.number {
        out.push_str(&format!("{n}. "));
    }
    inlines_into(out, &item.lead, indent);
}

fn field(f: &Field, indent: &str) -> String {
    let mut out = String::new();
    field_into(&mut out, f, indent);
    out
}

/// [`field`], added to `out`.
fn field_into(out: &mut String, f: &Field, indent: &str) {
    escape_into(out, &f.label, "");
    out.push(' ');
    escape_into(out, &f.value, indent);
}

fn inlines(words: &[Inline], indent: &str) -> String {
    let mut out = String::new();
    inlines_into(&mut out, words, indent);
    out
}

/// [`inlines`], added to `out`.
fn inlines_into(out: &mut String, words: &[Inline], indent: &str) {
    for word in words {
        let (before, text, after) = match word {
            Inline::Text(text) => ("", text, ""),
            Inline::Emphasis(text) => ("*", text, "*"),
            Inline::Strong(text) => ("**", text, "**"),
            Inline::Flag(text) => ("★ ", text, " "),
        };
        out.push_str(before);
        escape_into(out, text, indent);
        out.push_str(after);
    }
}

/// A heading's words: after the `#` marks, a line's start means nothing special.
fn heading(text: &str) -> String {
    escape_inline(text)
}

/// Backslash-escapes what Markdown would read as formatting, keeping line
/// breaks as hard breaks under `indent`. Only what would change the meaning
/// is escaped, so the file still reads as plain text in Notepad: `U&E`,
/// `1. first` and `5 * 3` stay as typed.
pub fn escape(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, indent);
    out
}

/// [`escape`], added to `out`.
fn escape_into(out: &mut String, text: &str, indent: &str) {
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("  \n");
            out.push_str(indent);
        }
        // Leading spaces would turn a line into a code block; they carry no meaning here.
        let trimmed = line.trim_start();
        if starts_block(trimmed) {
            out.push('\\');
        }
        escape_inline_into(trimmed, out);
    }
}

/// Whether a line would become a heading, a quote or a rule (or turn the line
/// above into a heading). A list marker keeps its meaning as a list, so it stays.
fn starts_block(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    let heading =
        (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(|c| c == ' ');
    let rule = |mark: char| line.starts_with(mark) && line.chars().all(|c| c == mark || c == ' ');
    heading || line.starts_with('>') || ['-', '=', '*', '_'].into_iter().any(rule)
}

/// Escapes what Markdown would read as formatting within a line: emphasis
/// that could open or close, code, links and images, tags and entities.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_inline_into(text, &mut out);
    out
}

/// [`escape_inline`], added to `out`.
fn escape_inline_into(text: &str, out: &mut String) {
    // Most words hold nothing Markdown could read as formatting.
    let special = |b| {
        matches!(
            b,
            b'`' | b'\\' | b'*' | b'_' | b'~' | b'[' | b']' | b'<' | b'&'
        )
    };
    if !text.bytes().any(special) {
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let tildes = chars.iter().filter(|&&c| c == '~').count();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let special = match c {
            '`' => true,
            '\\' => after.is_some_and(|a| a.is_ascii_punctuation()),
            // "5 * 3" cannot open or close emphasis; "*this*" can.
            '*' => !(spaced(before) && spaced(after)),
            // Inside a word ("file_name") an underscore is only a letter.
            '_' => !(word(before) && word(after)),
            '~' => tildes > 1,
            // Only "[words](" makes a link; "](" is where it would.
            '[' => chars[i..].windows(2).any(|w| w == [']', '(']),
            ']' => after == Some('('),
            '<' => after.is_some_and(|a| a.is_ascii_alphabetic() || "/!?".contains(a)),
            '&' => is_entity(&chars[i + 1..]),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether the text after an `&` would read as an entity such as `&amp;` or `&#38;`.
fn is_entity(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_shown_as_typed() {
        assert_eq!(
            escape("**bold** <script>", ""),
            "\\*\\*bold\\*\\* \\<script>"
        );
        assert_eq!(
            escape("a &amp; b [link](x)", ""),
            "a \\&amp; b \\[link\\](x)"
        );
        assert_eq!(escape("![img](x) (2024)", ""), "!\\[img\\](x) (2024)");
        assert_eq!(escape("# not a heading", ""), "\\# not a heading");
        assert_eq!(escape("> not a quote\n---", ""), "\\> not a quote  \n\\---");
        assert_eq!(
            escape("`code` and C:\\Users", ""),
            "\\`code\\` and C:\\Users"
        );
        assert_eq!(escape("~~gone~~", ""), "\\~\\~gone\\~\\~");
    }

    #[test]
    fn what_keeps_its_meaning_stays_as_typed() {
        for plain in [
            "U&E",
            "1. blood work",
            "- scans",
            "5 * 3 = 15",
            "my_file_name",
            "a < b, [aside] and (2024)!",
            "about ~5 mg",
            "C:\\Users",
        ] {
            assert_eq!(escape(plain, ""), plain);
        }
    }

    #[test]
    fn every_block_is_written_exactly() {
        let expected = "\
# Plan & \\<notes>

Made today.

For: Ana

## Agenda

1. ★ Ask first: **Time**
   - Question: Why \\*wait\\*?  
     - twice
   - Not on board.
   - *Changed.*
2. Costs

### 1. Partners

*We both agree*

> A team.  
> Two lines.

**Changed.**

- Answer: yes

- 7. Speak up
- You: Ana

Doctor's answer:

________________________________________
________________________________________

Signed by: ______________________________ Date: ____________

- [ ] I agree

- Agree: ███████████████░░░░░ 3/4

*Notes left out.*

---

Credit.
";
        assert_eq!(render(&super::super::sample()), expected);
    }
}

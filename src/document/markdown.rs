//! The Markdown writer. Every word is escaped, so `**bold**` or `<script>`
//! typed by a reader shows as typed; blocks are separated by blank lines.

use super::{BAR_CELLS, Block, Detail, Document, Field, Inline, Item, List};

/// Writes a document as Markdown.
pub fn render(doc: &Document) -> String {
    let mut md = blocks(&doc.blocks);
    md.push('\n');
    md
}

/// Blocks in order, a blank line between each.
fn blocks(blocks: &[Block]) -> String {
    blocks.iter().map(block).collect::<Vec<_>>().join("\n\n")
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
        Block::List(list) => self::list(list),
        Block::Fields(fields) => fields
            .iter()
            .map(|f| format!("- {}", field(f, "  ")))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Section { heading, blocks } => {
            format!("### {}\n\n{}", self::heading(heading), self::blocks(blocks))
        }
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

/// A list: item lines, their details indented to line up with the item's words.
fn list(list: &List) -> String {
    let mut lines = Vec::new();
    for (n, item) in list.items.iter().enumerate() {
        let (marker, under) = if list.numbered {
            (format!("{}. ", n + 1), "   ")
        } else {
            ("- ".to_owned(), "  ")
        };
        lines.push(format!("{marker}{}", lead(item, under)));
        for detail in &item.details {
            let indent = format!("{under}  ");
            let words = match detail {
                Detail::Field(f) => field(f, &indent),
                Detail::Remark(text) => escape(text, &indent),
                Detail::Warning(text) => format!("*{}*", escape(text, &indent)),
                Detail::Lines { label, lines } => {
                    let rule = "_".repeat(40);
                    let rules = vec![rule.as_str(); *lines].join(&format!("  \n{indent}"));
                    format!("{}  \n{indent}{rules}", escape(label, &indent))
                }
            };
            lines.push(format!("{under}- {words}"));
        }
    }
    lines.join("\n")
}

/// An item's own words, after its number if it carries one.
fn lead(item: &Item, indent: &str) -> String {
    // "3." after a bullet would start a numbered list inside it.
    let number = item.number.map(|n| format!("{n}\\. ")).unwrap_or_default();
    format!("{number}{}", inlines(&item.lead, indent))
}

fn field(f: &Field, indent: &str) -> String {
    format!("{} {}", escape(&f.label, ""), escape(&f.value, indent))
}

fn inlines(words: &[Inline], indent: &str) -> String {
    words
        .iter()
        .map(|w| match w {
            Inline::Text(text) => escape(text, indent),
            Inline::Emphasis(text) => format!("*{}*", escape(text, indent)),
            Inline::Strong(text) => format!("**{}**", escape(text, indent)),
            Inline::Flag(text) => format!("★ {} ", escape(text, indent)),
        })
        .collect()
}

/// A heading's words: after the `#` marks, a line's start means nothing special.
fn heading(text: &str) -> String {
    escape_inline(text)
}

/// Backslash-escapes Markdown syntax, keeping line breaks as hard breaks under `indent`.
pub fn escape(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            // Leading spaces would turn a line into a code block; they carry no meaning here.
            let trimmed = line.trim_start();
            // A line that would start a list, heading or rule is escaped at its start.
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 && trimmed[digits..].starts_with(['.', ')']) {
                out.push_str(&trimmed[..digits]);
                out.push('\\');
                out.push_str(&escape_inline(&trimmed[digits..]));
                return out;
            }
            if trimmed.starts_with(['-', '+', '=', '#']) {
                out.push('\\');
            }
            out.push_str(&escape_inline(trimmed));
            out
        })
        .collect();
    lines.join(&format!("  \n{indent}"))
}

/// Escapes what Markdown would read as formatting anywhere in a line. Brackets
/// are escaped, so `(`, `)` and `!` can never make a link or an image: they stay
/// bare and the file reads cleanly in a plain text editor.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_shown_as_typed() {
        assert_eq!(
            escape("**bold** <script>", ""),
            "\\*\\*bold\\*\\* \\<script\\>"
        );
        assert_eq!(
            escape("1. first\n- second", "  "),
            "1\\. first  \n  \\- second"
        );
        assert_eq!(escape("a & b [link](x)", ""), "a \\& b \\[link\\](x)");
        assert_eq!(escape("![img](x) (2024)", ""), "!\\[img\\](x) (2024)");
        assert_eq!(escape("# not a heading", ""), "\\# not a heading");
    }

    #[test]
    fn every_block_is_written_exactly() {
        let expected = "\
# Plan \\& \\<notes\\>

Made today.

For: Ana

## Agenda

1. ★ Ask first: **Time**
   - Question: Why \\*wait\\*?  
     \\- twice
   - Not on board.
   - *Changed.*
2. Costs

### 1. Partners

*We both agree*

> A team.  
> Two lines.

**Changed.**

- Answer: yes

- 7\\. Speak up
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

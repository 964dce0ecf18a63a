//! The plain-text writer, wrapped at 80 columns for printing. Blocks are
//! separated by blank lines; a section's blocks sit indented under its title.

use unicode_width::UnicodeWidthStr;

use super::{BAR_CELLS, Block, Detail, Document, Field, Inline, List};
use crate::wrap;

/// The printed page width.
const WIDTH: usize = 80;

/// How far a section's blocks and a list item's details sit in.
const STEP: &str = "    ";

/// Wraps `text` to the page width, `first` and `rest` starting its lines.
fn hanging(text: &str, first: &str, rest: &str) -> Vec<String> {
    wrap::hanging(text, first, rest, WIDTH)
}

/// Writes a document as plain text.
pub fn render(doc: &Document) -> String {
    let mut lines = Vec::new();
    for (n, b) in doc.blocks.iter().enumerate() {
        if n > 0 {
            lines.push(String::new());
        }
        lines.extend(block(b, ""));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// A block's lines, each starting with `indent`.
fn block(block: &Block, indent: &str) -> Vec<String> {
    let plain = |text: &str| hanging(text, indent, indent);
    match block {
        Block::Heading { level, text } => {
            let underline = match level {
                1 => '=',
                2 => '-',
                _ => return hanging(text, indent, &format!("{indent}{STEP}")),
            };
            let mut lines = plain(text);
            // As wide as the title looks: a wide or combined character is not one column.
            let wide = lines.iter().map(|l| l.width()).max().unwrap_or(0);
            lines.push(underline.to_string().repeat(wide.min(WIDTH)));
            lines
        }
        Block::Byline(lines) => lines.iter().flat_map(|l| plain(l)).collect(),
        Block::Paragraph(words) => plain(&inlines(words)),
        Block::Caption(text) => plain(text),
        Block::Quote(text) => {
            let bar = format!("{indent}| ");
            hanging(text, &bar, &bar)
        }
        Block::Warning(text) => plain(&format!("! {text}")),
        Block::List(list) => self::list(list, indent),
        Block::Fields(fields) => fields.iter().flat_map(|f| field(f, indent)).collect(),
        Block::Section { heading, blocks } => {
            let inner = format!("{indent}{STEP}");
            let mut lines = hanging(heading, indent, &inner);
            for b in blocks {
                lines.extend(self::block(b, &inner));
            }
            lines
        }
        Block::AnswerLines { label, lines } => {
            let mut out = plain(label);
            for _ in 0..*lines {
                out.push(String::new());
                out.push(format!(
                    "{indent}{}",
                    "_".repeat(WIDTH.saturating_sub(indent.width()))
                ));
            }
            out
        }
        Block::Signature { label, date } => vec![
            String::new(),
            format!("{indent}{label}: ______________________________   {date}: ____________"),
        ],
        Block::Checklist(lines) => lines
            .iter()
            .flat_map(|l| hanging(l, &format!("{indent}[ ] "), &format!("{indent}{STEP}")))
            .collect(),
        Block::Bars(bars) => {
            let column = bars.iter().map(|b| b.label.width()).max().unwrap_or(0);
            bars.iter()
                .map(|b| {
                    let pad = " ".repeat(column - b.label.width());
                    format!("{indent}{}{pad}  {}", b.label, b.drawn(BAR_CELLS))
                })
                .collect()
        }
        Block::Colophon(text) => {
            let mut lines = vec!["-".repeat(WIDTH)];
            lines.extend(plain(text));
            lines
        }
    }
}

/// `lines` rules to the page edge, the first after `label`, for writing on by hand.
fn ruled(label: &str, lines: usize, indent: &str) -> Vec<String> {
    let rule = |lead: &str| {
        let room = WIDTH.saturating_sub(lead.width()).max(10);
        format!("{lead}{}", "_".repeat(room))
    };
    let first = format!("{indent}{label} ");
    (0..lines)
        .map(|n| if n == 0 { rule(&first) } else { rule(indent) })
        .collect()
}

/// A list: numbered items are blank-line apart (each is a thing to talk
/// about); bulleted ones sit line under line.
fn list(list: &List, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let under = format!("{indent}{STEP}");
    for (n, item) in list.items.iter().enumerate() {
        let (first, rest) = if list.numbered {
            if n > 0 {
                lines.push(String::new());
            }
            (format!("{indent}{:>2}. ", n + 1), under.clone())
        } else if let Some(number) = item.number {
            (format!("{indent}  {number}. "), format!("{under}  "))
        } else {
            (format!("{indent}  "), under.clone())
        };
        lines.extend(hanging(&inlines(&item.lead), &first, &rest));
        for detail in &item.details {
            lines.extend(match detail {
                Detail::Field(f) => field(f, &under),
                Detail::Remark(text) | Detail::Warning(text) => hanging(text, &under, &under),
                Detail::Lines { label, lines } => ruled(label, *lines, &under),
            });
        }
    }
    lines
}

/// A labelled value whose wrapped lines line up after the label.
fn field(f: &Field, indent: &str) -> Vec<String> {
    let first = format!("{indent}{} ", f.label);
    hanging(&f.value, &first, &" ".repeat(first.width()))
}

/// Running words; plain text has no bold, so a flag is written in capitals.
fn inlines(words: &[Inline]) -> String {
    words
        .iter()
        .map(|w| match w {
            Inline::Text(text) | Inline::Emphasis(text) | Inline::Strong(text) => text.clone(),
            Inline::Flag(text) => format!("* {} ", text.to_uppercase()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_is_written_exactly() {
        let expected = "\
Plan & <notes>
==============

Made today.
For: Ana

Agenda
------

 1. * ASK FIRST: Time
    Question: Why *wait*?
              - twice
    Not on board.
    Changed.

 2. Costs

1. Partners
    We both agree
    | A team.
    | Two lines.
    ! Changed.
    Answer: yes

  7. Speak up
  You: Ana

Doctor's answer:

________________________________________________________________________________

________________________________________________________________________________


Signed by: ______________________________   Date: ____________

[ ] I agree

Agree  ███████████████░░░░░ 3/4

Notes left out.

--------------------------------------------------------------------------------
Credit.
";
        assert_eq!(render(&super::super::sample()), expected);
    }

    #[test]
    fn a_title_underline_is_as_wide_as_the_title_looks() {
        for title in ["東京の計画", "Cafe\u{301} plan", "🇫🇷 plan"] {
            let lines = block(
                &Block::Heading {
                    level: 1,
                    text: title.into(),
                },
                "",
            );
            assert_eq!(lines[1].len(), title.width(), "{title}");
        }
    }

    #[test]
    fn long_values_wrap_under_their_label_within_80_columns() {
        let lines = field(&Field::new("Question:", "word ".repeat(30)), "    ");
        assert!(lines.iter().all(|l| l.width() <= WIDTH));
        assert!(lines[1].starts_with(&" ".repeat(14)));
    }
}

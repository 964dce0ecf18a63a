//! The Markdown document. Everything the reader or a clause file wrote is
//! escaped, so `**bold**` or `<script>` shows as typed.

use std::fmt::Write;

use super::{CHANGED, NOTES_LEFT_OUT, ORPHANS, Report};

/// Backslash-escapes Markdown syntax, keeping line breaks as hard breaks under `indent`.
pub(super) fn escape(text: &str, indent: &str) -> String {
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

/// Writes the report as Markdown.
pub fn render(r: &Report<'_>) -> String {
    let mut md = String::new();
    // Writing to a String cannot fail.
    let _ = write_report(&mut md, r);
    md
}

fn write_report(md: &mut String, r: &Report<'_>) -> std::fmt::Result {
    writeln!(md, "# {}\n", escape(r.title, ""))?;
    writeln!(md, "{}\n", r.prepared)?;
    if let Some(p) = r.participant {
        writeln!(md, "Participant: {}\n", escape(p, ""))?;
    }
    writeln!(md, "## Your appointment agenda\n")?;
    if r.agenda.is_empty() {
        writeln!(md, "No questions or concerns were written.\n")?;
    }
    for (n, item) in r.agenda.iter().enumerate() {
        let star = if item.starred { "★ Ask first: " } else { "" };
        writeln!(md, "{}. {star}**{}**", n + 1, escape(item.title, "   "))?;
        if let Some(q) = item.question {
            writeln!(md, "   - Question: {}", escape(q, "     "))?;
        }
        if item.not_on_board {
            writeln!(md, "   - You are not on board with this clause.")?;
        }
        if let Some(a) = item.answer {
            writeln!(md, "   - Doctor's answer: {}", escape(a, "     "))?;
        }
        if let Some(status) = item.status {
            writeln!(md, "   - Status: {status}")?;
        }
        if item.changed {
            writeln!(md, "   - *{CHANGED}*")?;
        }
    }
    if !r.agenda.is_empty() {
        writeln!(md)?;
    }

    writeln!(md, "## Every clause\n")?;
    for c in &r.clauses {
        writeln!(md, "### {}. {}\n", c.number, escape(c.title, ""))?;
        writeln!(md, "*{}*\n", c.speaker)?;
        writeln!(md, "> {}\n", escape(c.text, "> "))?;
        if c.changed {
            writeln!(md, "**{CHANGED}**\n")?;
        }
        writeln!(md, "- Your answer: {}", c.stance)?;
        if let Some(q) = c.question {
            writeln!(md, "- Question: {}", escape(q, "  "))?;
        }
        if let Some(a) = c.answer {
            let status = c.status.map(|s| format!(" ({s})")).unwrap_or_default();
            writeln!(md, "- Doctor's answer: {}{status}", escape(a, "  "))?;
        }
        if let Some(n) = c.note {
            writeln!(md, "- Private note: {}", escape(n, "  "))?;
        }
        writeln!(md)?;
    }

    if !r.unanswered.is_empty() {
        writeln!(md, "## Not answered yet\n")?;
        for (number, title) in &r.unanswered {
            writeln!(md, "- {number}\\. {}", escape(title, "  "))?;
        }
        writeln!(md)?;
    }

    if !r.orphans.is_empty() {
        writeln!(md, "## {ORPHANS}\n")?;
        for o in &r.orphans {
            writeln!(md, "- {}: {}", escape(o.id, "  "), o.stance)?;
            if let Some(q) = o.question {
                writeln!(md, "  - Question: {}", escape(q, "    "))?;
            }
            if let Some(n) = o.note {
                writeln!(md, "  - Private note: {}", escape(n, "    "))?;
            }
        }
        writeln!(md)?;
    }

    writeln!(md, "## Signatures\n")?;
    if r.signatures.is_empty() {
        writeln!(md, "Not signed.\n")?;
    }
    for s in &r.signatures {
        let changed = if s.changed_since {
            " (changed since)"
        } else {
            ""
        };
        writeln!(
            md,
            "- {}: {}, signed on {}{changed}",
            s.who,
            escape(s.name, "  "),
            s.when
        )?;
    }
    if !r.signatures.is_empty() {
        writeln!(md)?;
    }
    if !r.notes {
        writeln!(md, "*{NOTES_LEFT_OUT}*\n")?;
    }
    writeln!(md, "---\n")?;
    writeln!(md, "{}", escape(&r.credit, ""))
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
}

//! The HTML document: one self-contained page with a print stylesheet, no
//! scripts and nothing fetched. Everything from the reader or a clause file is escaped.

use std::fmt::Write;

use super::{CHANGED, NOTES_LEFT_OUT, ORPHANS, Report};

/// Inline styles, calm on screen and clean on paper.
pub(super) const STYLE: &str = "
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #222; background: #fff; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.2rem; }
.meta, .speaker, .credit { color: #555; font-size: 0.9rem; }
blockquote { margin: 0.4rem 0 0.6rem 0; padding-left: 0.8rem; border-left: 3px solid #bbb; }
ol.agenda li { margin-bottom: 0.8rem; }
.star, .changed { font-weight: bold; }
.text { white-space: pre-wrap; }
dl { margin: 0.3rem 0 1rem 0; }
dt { font-weight: bold; float: left; clear: left; margin-right: 0.4rem; }
dd { margin: 0 0 0.2rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { page-break-after: avoid; }
  section.clause, ol.agenda li { page-break-inside: avoid; }
}
";

/// Escapes text for HTML element content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes the report as a web page.
pub fn render(r: &Report<'_>) -> String {
    let mut html = String::new();
    // Writing to a String cannot fail.
    let _ = write_report(&mut html, r);
    html
}

fn field(html: &mut String, label: &str, value: &str) -> std::fmt::Result {
    writeln!(
        html,
        "<dt>{label}</dt><dd class=\"text\">{}</dd>",
        esc(value)
    )
}

fn write_report(html: &mut String, r: &Report<'_>) -> std::fmt::Result {
    writeln!(html, "<!DOCTYPE html>")?;
    writeln!(html, "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(
        html,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(html, "<title>{}</title>", esc(r.title))?;
    writeln!(html, "<style>{STYLE}</style>\n</head>\n<body>")?;
    writeln!(html, "<h1>{}</h1>", esc(r.title))?;
    writeln!(html, "<p class=\"meta\">{}</p>", esc(&r.prepared))?;
    if let Some(p) = r.participant {
        writeln!(html, "<p class=\"meta\">Participant: {}</p>", esc(p))?;
    }

    writeln!(html, "<h2>Your appointment agenda</h2>")?;
    if r.agenda.is_empty() {
        writeln!(html, "<p>No questions or concerns were written.</p>")?;
    } else {
        writeln!(html, "<ol class=\"agenda\">")?;
        for item in &r.agenda {
            let star = if item.starred {
                "<span class=\"star\">★ Ask first:</span> "
            } else {
                ""
            };
            writeln!(html, "<li>{star}<strong>{}</strong>\n<dl>", esc(item.title))?;
            if let Some(q) = item.question {
                field(html, "Question:", q)?;
            }
            if item.not_on_board {
                writeln!(html, "<dd>You are not on board with this clause.</dd>")?;
            }
            if let Some(a) = item.answer {
                field(html, "Doctor's answer:", a)?;
            }
            if let Some(status) = item.status {
                field(html, "Status:", status)?;
            }
            if item.changed {
                writeln!(html, "<dd class=\"changed\">{CHANGED}</dd>")?;
            }
            writeln!(html, "</dl></li>")?;
        }
        writeln!(html, "</ol>")?;
    }

    writeln!(html, "<h2>Every clause</h2>")?;
    for c in &r.clauses {
        writeln!(html, "<section class=\"clause\">")?;
        writeln!(html, "<h3>{}. {}</h3>", c.number, esc(c.title))?;
        writeln!(html, "<p class=\"speaker\">{}</p>", c.speaker)?;
        writeln!(
            html,
            "<blockquote class=\"text\">{}</blockquote>",
            esc(c.text)
        )?;
        if c.changed {
            writeln!(html, "<p class=\"changed\">{CHANGED}</p>")?;
        }
        writeln!(html, "<dl>")?;
        field(html, "Your answer:", &c.stance.to_string())?;
        if let Some(q) = c.question {
            field(html, "Question:", q)?;
        }
        if let Some(a) = c.answer {
            let status = c.status.map(|s| format!(" ({s})")).unwrap_or_default();
            field(html, "Doctor's answer:", &format!("{a}{status}"))?;
        }
        if let Some(n) = c.note {
            field(html, "Private note:", n)?;
        }
        writeln!(html, "</dl>\n</section>")?;
    }

    if !r.unanswered.is_empty() {
        writeln!(html, "<h2>Not answered yet</h2>\n<ul>")?;
        for (number, title) in &r.unanswered {
            writeln!(html, "<li>{number}. {}</li>", esc(title))?;
        }
        writeln!(html, "</ul>")?;
    }

    if !r.orphans.is_empty() {
        writeln!(html, "<h2>{ORPHANS}</h2>")?;
        for o in &r.orphans {
            writeln!(html, "<h3>{}</h3>\n<dl>", esc(o.id))?;
            field(html, "Your answer:", &o.stance.to_string())?;
            if let Some(q) = o.question {
                field(html, "Question:", q)?;
            }
            if let Some(n) = o.note {
                field(html, "Private note:", n)?;
            }
            writeln!(html, "</dl>")?;
        }
    }

    writeln!(html, "<h2>Signatures</h2>")?;
    if r.signatures.is_empty() {
        writeln!(html, "<p>Not signed.</p>")?;
    } else {
        writeln!(html, "<ul>")?;
        for s in &r.signatures {
            let changed = if s.changed_since {
                " (changed since)"
            } else {
                ""
            };
            writeln!(
                html,
                "<li>{}: {}, signed on {}{changed}</li>",
                s.who,
                esc(s.name),
                esc(&s.when)
            )?;
        }
        writeln!(html, "</ul>")?;
    }
    if !r.notes {
        writeln!(html, "<p><em>{NOTES_LEFT_OUT}</em></p>")?;
    }
    writeln!(html, "<hr>\n<p class=\"credit\">{}</p>", esc(&r.credit))?;
    writeln!(html, "</body>\n</html>")
}

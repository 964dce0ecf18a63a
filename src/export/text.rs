//! The plain-text document, wrapped at 80 columns for printing.

use super::{CHANGED, NOTES_LEFT_OUT, ORPHANS, Report};
use crate::wrap::hanging;

/// The printed page width.
const WIDTH: usize = 80;

struct Page(Vec<String>);

impl Page {
    /// A line whose leading spaces carry on as the indent of its wrapped lines.
    fn line(&mut self, text: &str) {
        let body = text.trim_start();
        let indent = &text[..text.len() - body.len()];
        self.wrapped(body, indent, indent);
    }

    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        self.0.extend(hanging(text, first, rest, WIDTH));
    }

    fn blank(&mut self) {
        self.0.push(String::new());
    }

    fn heading(&mut self, text: &str, underline: char) {
        self.line(text);
        let width = text.chars().count().min(WIDTH);
        self.0.push(underline.to_string().repeat(width));
        self.blank();
    }
}

/// Writes the report as plain text.
pub fn render(r: &Report<'_>) -> String {
    let mut p = Page(Vec::new());
    p.heading(r.title, '=');
    p.line(&r.prepared);
    if let Some(participant) = r.participant {
        p.line(&format!("Participant: {participant}"));
    }
    p.blank();

    p.heading("Your appointment agenda", '-');
    if r.agenda.is_empty() {
        p.line("No questions or concerns were written.");
        p.blank();
    }
    for (n, item) in r.agenda.iter().enumerate() {
        let star = if item.starred { "* ASK FIRST: " } else { "" };
        let number = format!("{:>2}. ", n + 1);
        p.wrapped(&format!("{star}{}", item.title), &number, "    ");
        if let Some(q) = item.question {
            p.wrapped(q, "    Question: ", "              ");
        }
        if item.not_on_board {
            p.line("    You are not on board with this clause.");
        }
        if let Some(a) = item.answer {
            p.wrapped(a, "    Doctor's answer: ", "                     ");
        }
        if let Some(status) = item.status {
            p.line(&format!("    Status: {status}"));
        }
        if item.changed {
            p.line(&format!("    {CHANGED}"));
        }
        p.blank();
    }

    p.heading("Every clause", '-');
    for c in &r.clauses {
        p.wrapped(c.title, &format!("{}. ", c.number), "    ");
        p.line(&format!("    {}", c.speaker));
        p.wrapped(c.text, "    | ", "    | ");
        if c.changed {
            p.line(&format!("    ! {CHANGED}"));
        }
        p.line(&format!("    Your answer: {}", c.stance));
        if let Some(q) = c.question {
            p.wrapped(q, "    Question: ", "              ");
        }
        if let Some(a) = c.answer {
            let status = c.status.map(|s| format!(" ({s})")).unwrap_or_default();
            p.wrapped(
                &format!("{a}{status}"),
                "    Doctor's answer: ",
                "                     ",
            );
        }
        if let Some(n) = c.note {
            p.wrapped(n, "    Private note: ", "                  ");
        }
        p.blank();
    }

    if !r.unanswered.is_empty() {
        p.heading("Not answered yet", '-');
        for (number, title) in &r.unanswered {
            p.wrapped(title, &format!("  {number}. "), "      ");
        }
        p.blank();
    }

    if !r.orphans.is_empty() {
        p.heading(ORPHANS, '-');
        for o in &r.orphans {
            p.line(&format!("  {}: {}", o.id, o.stance));
            if let Some(q) = o.question {
                p.wrapped(q, "    Question: ", "              ");
            }
            if let Some(n) = o.note {
                p.wrapped(n, "    Private note: ", "                  ");
            }
        }
        p.blank();
    }

    p.heading("Signatures", '-');
    if r.signatures.is_empty() {
        p.line("Not signed.");
    }
    for s in &r.signatures {
        let changed = if s.changed_since {
            " (changed since)"
        } else {
            ""
        };
        p.wrapped(
            &format!("{}: {}, signed on {}{changed}", s.who, s.name, s.when),
            "  ",
            "    ",
        );
    }
    p.blank();
    if !r.notes {
        p.line(NOTES_LEFT_OUT);
        p.blank();
    }
    p.line(&"-".repeat(WIDTH));
    p.line(&r.credit);
    let mut out = p.0.join("\n");
    out.push('\n');
    out
}

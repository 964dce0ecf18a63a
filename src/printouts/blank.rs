//! The blank agreement: every clause with boxes to tick and lines to write a
//! question on, and signature lines, to hand out before anyone has a session.

use super::{Format, credit, titled_for, writer};
use crate::document::{Block, Document, Inline};
use crate::model::clauses::ClauseSet;
use crate::t;

/// How many ruled lines each clause leaves for a question.
const QUESTION_LINES: usize = 3;

/// Writes the blank agreement of `set` in `format` (JSON has no blank form: `None`).
pub fn render(set: &ClauseSet, format: Format, large_print: bool) -> Option<String> {
    let write = writer(format)?;
    let doc = document(set);
    Some(if format == Format::Html && large_print {
        crate::document::html::render_large(&doc)
    } else {
        write(&doc)
    })
}

/// The blank agreement as a document, the same for every format.
pub fn document(set: &ClauseSet) -> Document {
    let mut doc = titled_for(set.title.clone(), set);
    doc.blocks = vec![
        Block::Heading {
            level: 1,
            text: set.title.clone(),
        },
        Block::Paragraph(vec![Inline::Text(set.intro.trim().to_owned())]),
        Block::Paragraph(vec![Inline::Strong(t!("printout-blank-how"))]),
    ];
    for (i, clause) in set.clauses.iter().enumerate() {
        doc.blocks.push(Block::Section {
            heading: t!(
                "printout-clause-heading",
                number = i + 1,
                title = &clause.title
            ),
            blocks: vec![
                Block::Caption(clause.speaker.promise().to_owned()),
                Block::Quote(clause.text.clone()),
                Block::Checklist(vec![
                    t!("printout-blank-agree"),
                    t!("printout-blank-not-on-board"),
                ]),
                Block::AnswerLines {
                    label: t!("printout-blank-question"),
                    lines: QUESTION_LINES,
                },
            ],
        });
    }
    doc.blocks.push(Block::Heading {
        level: 2,
        text: t!("printout-signatures-heading"),
    });
    for who in [t!("printout-blank-patient"), t!("printout-blank-doctor")] {
        doc.blocks.push(Block::Signature {
            label: who,
            date: t!("printout-blank-date"),
        });
    }
    doc.blocks.push(Block::Colophon(credit(set)));
    doc
}

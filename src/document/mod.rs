//! One document model for every printout, and its writers.
//!
//! A printout is built once as a [`Document`]; [`markdown`], [`text`] and
//! [`html`] lay it out. None of them knows what an agenda or a session is, so
//! the formats cannot drift apart. All text in a document is plain: each
//! writer escapes it for its own format.

pub mod html;
pub mod markdown;
pub mod pieces;
pub mod text;

/// A printable document: its title, the language it is written in, and its blocks in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The title a browser tab or a file list shows.
    pub title: String,
    /// The language tag of its words, such as `en`.
    pub language: String,
    /// What the page says, top to bottom.
    pub blocks: Vec<Block>,
}

/// One block of a document: it starts on a line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 1 titles the document, 2 opens a part, 3 a smaller one.
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// The heading's words.
        text: String,
    },
    /// Lines of small print under a title (when it was made, for whom).
    Byline(Vec<String>),
    /// A paragraph of running text.
    Paragraph(Vec<Inline>),
    /// A quiet line that introduces what follows, such as who speaks.
    Caption(String),
    /// Text quoted as written, line breaks kept.
    Quote(String),
    /// Something the reader must not miss.
    Warning(String),
    /// A numbered or bulleted list.
    List(List),
    /// Labelled values, one a line: "Question: …".
    Fields(Vec<Field>),
    /// A titled unit kept together on paper, its blocks indented under the title.
    Section {
        /// The section's title.
        heading: String,
        /// What it holds.
        blocks: Vec<Block>,
    },
    /// Ruled lines to write on by hand, under a label.
    AnswerLines {
        /// What to write there.
        label: String,
        /// How many lines.
        lines: usize,
    },
    /// A line to sign on, with room for the date.
    Signature {
        /// Who signs.
        label: String,
        /// The word for the date beside it.
        date: String,
    },
    /// Statements with an empty box each, to tick by hand.
    Checklist(Vec<String>),
    /// A bar per row, its length the share `value` of `total`.
    Bars(Vec<Bar>),
    /// The small print that closes a document, below a rule.
    Colophon(String),
}

impl Block {
    /// A bulleted list of `items`.
    pub fn bullets(items: Vec<Item>) -> Self {
        Self::List(List {
            numbered: false,
            items,
        })
    }

    /// A list of `items` counted 1, 2, 3.
    pub fn numbered(items: Vec<Item>) -> Self {
        Self::List(List {
            numbered: true,
            items,
        })
    }
}

/// A run of words inside a paragraph or a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Words as they are.
    Text(String),
    /// Words stressed a little (italic).
    Emphasis(String),
    /// Words stressed strongly (bold).
    Strong(String),
    /// A short mark that must stand out at a glance, such as "Ask first:".
    Flag(String),
}

/// A list of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Whether the items are counted 1, 2, 3 (else bulleted).
    pub numbered: bool,
    /// The items in order.
    pub items: Vec<Item>,
}

/// One list item: its words, then details indented under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// A number the item carries from elsewhere (a clause's place in its set);
    /// numbered lists count for themselves instead.
    pub number: Option<usize>,
    /// The item's own words.
    pub lead: Vec<Inline>,
    /// What is said about it.
    pub details: Vec<Detail>,
}

impl Item {
    /// An item of plain words with nothing under it.
    pub fn text(words: impl Into<String>) -> Self {
        Self {
            number: None,
            lead: vec![Inline::Text(words.into())],
            details: Vec::new(),
        }
    }
}

/// A line under a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// A labelled value.
    Field(Field),
    /// A remark in running words.
    Remark(String),
    /// A remark the reader must not miss.
    Warning(String),
    /// Ruled lines to write on by hand, the first starting with a label.
    Lines {
        /// What to write there, with its colon.
        label: String,
        /// How many lines.
        lines: usize,
    },
}

/// A labelled value: "Signed by: Ana".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The label, with its colon: "Question:".
    pub label: String,
    /// The value, as typed: line breaks are kept.
    pub value: String,
}

impl Field {
    /// A field of a label and a value.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
        }
    }
}

/// One row of a bar chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// What the row counts.
    pub label: String,
    /// How many.
    pub value: usize,
    /// Out of how many.
    pub total: usize,
    /// The count in words beside the bar, such as "3 of 4" or "fewer than 3".
    pub count: String,
}

impl Bar {
    /// How many of `width` cells the bar fills, rounded to the nearest.
    pub fn filled(&self, width: usize) -> usize {
        if self.total == 0 {
            return 0;
        }
        (self.value.min(self.total) * width + self.total / 2) / self.total
    }

    /// The bar drawn in `width` character cells, filled then empty, and the count.
    pub fn drawn(&self, width: usize) -> String {
        let filled = self.filled(width);
        format!(
            "{}{} {}",
            "█".repeat(filled),
            "░".repeat(width - filled),
            self.count
        )
    }
}

/// How many character cells a bar takes in the text and Markdown writers.
pub(crate) const BAR_CELLS: usize = 20;

/// The sample document the writers' tests render: one of each block.
#[cfg(test)]
pub(crate) fn sample() -> Document {
    Document {
        title: "Plan & <notes>".into(),
        language: "en".into(),
        blocks: vec![
            Block::Heading {
                level: 1,
                text: "Plan & <notes>".into(),
            },
            Block::Byline(vec!["Made today.".into(), "For: Ana".into()]),
            Block::Heading {
                level: 2,
                text: "Agenda".into(),
            },
            Block::List(List {
                numbered: true,
                items: vec![
                    Item {
                        number: None,
                        lead: vec![
                            Inline::Flag("Ask first:".into()),
                            Inline::Strong("Time".into()),
                        ],
                        details: vec![
                            Detail::Field(Field::new("Question:", "Why *wait*?\n- twice")),
                            Detail::Remark("Not on board.".into()),
                            Detail::Warning("Changed.".into()),
                        ],
                    },
                    Item::text("Costs"),
                ],
            }),
            Block::Section {
                heading: "1. Partners".into(),
                blocks: vec![
                    Block::Caption("We both agree".into()),
                    Block::Quote("A team.\nTwo lines.".into()),
                    Block::Warning("Changed.".into()),
                    Block::Fields(vec![Field::new("Answer:", "yes")]),
                ],
            },
            Block::List(List {
                numbered: false,
                items: vec![
                    Item {
                        number: Some(7),
                        ..Item::text("Speak up")
                    },
                    Item::text("You: Ana"),
                ],
            }),
            Block::AnswerLines {
                label: "Doctor's answer:".into(),
                lines: 2,
            },
            Block::Signature {
                label: "Signed by".into(),
                date: "Date".into(),
            },
            Block::Checklist(vec!["I agree".into()]),
            Block::Bars(vec![Bar {
                label: "Agree".into(),
                value: 3,
                total: 4,
                count: "3/4".into(),
            }]),
            Block::Paragraph(vec![Inline::Emphasis("Notes left out.".into())]),
            Block::Colophon("Credit.".into()),
        ],
    }
}

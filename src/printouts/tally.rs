//! The facilitator's tally as a document (bars per clause, shared questions,
//! files not counted) or as data (CSV, JSON). Every count below the threshold
//! is written as "fewer than N", in every format.

use std::str::FromStr;

use super::{Format, titled, writer};
use crate::document::{Bar, Block, Document, Item};
use crate::model::share::ShareError;
use crate::model::tally::{Counts, Group, Skip, Tally, shown};
use crate::t;

/// A format the tally can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallyFormat {
    /// A document: Markdown, text or HTML.
    Document(Format),
    /// One row per clause, for a spreadsheet.
    Csv,
    /// The counts as data.
    Json,
}

impl FromStr for TallyFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => match other.parse::<Format>() {
                Ok(Format::Json) | Err(_) => Err(format!(
                    "unknown format `{other}`: use markdown, text, html, csv or json"
                )),
                Ok(format) => Ok(Self::Document(format)),
            },
        }
    }
}

/// Writes `tally` in `format`, hiding counts below `min`.
pub fn render(tally: &Tally, title: &str, format: TallyFormat, min: usize) -> String {
    match format {
        TallyFormat::Document(format) => match writer(format) {
            Some(write) => write(&document(tally, title, min)),
            None => json(tally, min),
        },
        TallyFormat::Csv => csv(tally, min),
        TallyFormat::Json => json(tally, min),
    }
}

/// The tally as a document, the same for every layout.
pub fn document(tally: &Tally, title: &str, min: usize) -> Document {
    let heading = t!("printout-tally-title", title = title);
    let mut doc = titled(heading.clone());
    let people = t!("count-people", count = tally.main.shares);
    doc.blocks = vec![
        Block::Heading {
            level: 1,
            text: heading,
        },
        Block::Byline(vec![
            t!("printout-tally-shared", people = people),
            t!("printout-tally-threshold", min = min),
        ]),
    ];
    doc.blocks.extend(group_blocks(&tally.main, min));
    for other in &tally.others {
        let people = t!("count-people", count = other.shares);
        doc.blocks.push(Block::Heading {
            level: 2,
            text: t!(
                "printout-tally-other-set",
                set = &other.set.id,
                version = other.set.version,
                people = people
            ),
        });
        doc.blocks.extend(group_blocks(other, min));
    }
    if !tally.skipped.is_empty() {
        doc.blocks.push(Block::Heading {
            level: 2,
            text: t!("printout-tally-skipped-heading"),
        });
        let items = tally
            .skipped
            .iter()
            .map(|s| Item::text(skip_reason(&s.file, &s.why)))
            .collect();
        doc.blocks.push(Block::bullets(items));
    }
    doc
}

/// Why a file was not counted, in words.
pub fn skip_reason(file: &str, why: &Skip) -> String {
    match why {
        Skip::Unreadable(why) => t!("printout-tally-unreadable", file = file, why = why),
        Skip::Broken(ShareError::Unreadable(why)) => {
            t!("printout-tally-broken", file = file, why = why)
        }
        Skip::Broken(ShareError::Foreign(format)) => {
            let format = if format.is_empty() { "none" } else { format };
            t!("printout-tally-foreign", file = file, format = format)
        }
        Skip::Duplicate(first) => t!("printout-tally-duplicate", file = file, first = first),
    }
}

fn group_blocks(group: &Group, min: usize) -> Vec<Block> {
    group
        .clauses
        .iter()
        .enumerate()
        .map(|(i, clause)| {
            let mut blocks = vec![Block::Bars(bars(&clause.counts, group.shares, min))];
            if !clause.questions.is_empty() {
                blocks.push(Block::Caption(t!("printout-tally-questions")));
                let items = clause.questions.iter().map(Item::text).collect();
                blocks.push(Block::bullets(items));
            }
            Block::Section {
                heading: t!(
                    "printout-clause-heading",
                    number = i + 1,
                    title = &clause.title
                ),
                blocks,
            }
        })
        .collect()
}

fn bars(counts: &Counts, total: usize, min: usize) -> Vec<Bar> {
    rows(counts)
        .into_iter()
        .map(|(key, value)| {
            let (value, count) = match shown(value, min) {
                Some(n) => (n, t!("printout-tally-count", count = n, total = total)),
                // An empty bar: its length must not tell what the words hide.
                None => (0, t!("printout-tally-fewer", min = min)),
            };
            Bar {
                label: crate::i18n::message(key, &[]),
                value,
                total,
                count,
            }
        })
        .collect()
}

fn rows(counts: &Counts) -> [(&'static str, usize); 4] {
    [
        ("printout-tally-agree", counts.agree),
        ("printout-tally-not-on-board", counts.disagree),
        ("printout-tally-not-now", counts.not_now),
        ("printout-tally-no-answer", counts.none),
    ]
}

/// A count as data: the number, or `<min` below the threshold.
fn cell(count: usize, min: usize) -> String {
    shown(count, min).map_or_else(|| format!("<{min}"), |n| n.to_string())
}

fn csv(tally: &Tally, min: usize) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from("set,version,clause,title,agree,not_on_board,not_now,no_answer\n");
    for group in std::iter::once(&tally.main).chain(&tally.others) {
        for c in &group.clauses {
            let cells: Vec<String> = rows(&c.counts).iter().map(|(_, n)| cell(*n, min)).collect();
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                quote(&group.set.id),
                group.set.version,
                quote(&c.id),
                quote(&c.title),
                cells.join(",")
            ));
        }
    }
    out
}

fn json(tally: &Tally, min: usize) -> String {
    let group = |g: &Group| {
        let clauses: Vec<serde_json::Value> = g
            .clauses
            .iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id,
                    "title": c.title,
                    "agree": cell(c.counts.agree, min),
                    "not_on_board": cell(c.counts.disagree, min),
                    "not_now": cell(c.counts.not_now, min),
                    "no_answer": cell(c.counts.none, min),
                    "questions": c.questions,
                })
            })
            .collect();
        serde_json::json!({
            "clause_set": g.set,
            "shares": g.shares,
            "clauses": clauses,
        })
    };
    let value = serde_json::json!({
        "format": "accord.tally/1",
        "min_count": min,
        "tally": group(&tally.main),
        "other_sets": tally.others.iter().map(group).collect::<Vec<_>>(),
        "not_counted": tally.skipped.iter().map(|s| skip_reason(&s.file, &s.why)).collect::<Vec<_>>(),
    });
    // Plain data always serializes.
    let mut text = serde_json::to_string_pretty(&value).expect("a tally serializes");
    text.push('\n');
    text
}

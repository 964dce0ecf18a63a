//! The HTML writer: one self-contained page with a print stylesheet, no
//! scripts and nothing fetched. Every word is escaped.

use super::pieces::{self, Pieces};
use super::{Block, Detail, Document, Field, Inline, Item};

/// The one stylesheet of every page, calm on screen and clean on paper. The
/// class names predate this model; they are kept so copies already printed
/// or styled by hand still match.
const STYLE: &str = "
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #222; background: #fff; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.2rem; }
.meta, .speaker, .credit { color: #555; font-size: 0.9rem; }
blockquote { margin: 0.4rem 0 0.6rem 0; padding-left: 0.8rem; border-left: 3px solid #bbb; }
ol.agenda li { margin-bottom: 0.8rem; }
.write { font-size: 0.85rem; font-style: italic; color: #555; }
.star, .changed { font-weight: bold; }
.text { white-space: pre-wrap; }
dl { margin: 0.3rem 0 1rem 0; }
dt { font-weight: bold; float: left; clear: left; margin-right: 0.4rem; }
dd { margin: 0 0 0.2rem 0; }
.line { border-bottom: 1px solid #999; height: 2rem; }
.sign { display: inline-block; min-width: 14rem; margin: 3rem 2rem 0 0;
        border-top: 1px solid #222; padding-top: 0.2rem; }
ul.checklist { list-style: none; padding-left: 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { page-break-after: avoid; }
  section.clause, ol.agenda li { break-inside: avoid; page-break-inside: avoid; }
  h1 { margin: 0 0 0.4rem 0; }
  ol.agenda { line-height: 1.25; margin: 0.6rem 0; }
  ol.agenda li { margin-bottom: 0.3rem; }
  ol.agenda dl { margin: 0; }
  ol.agenda .line { height: 1.3rem; }
}
@page { margin: 12mm 15mm; }
";

/// HTML's layout of a document's pieces.
pub struct Html;

/// Writes a document as one web page.
pub fn render(doc: &Document) -> String {
    pieces::render(&Html, doc)
}

impl Pieces for Html {
    fn open(&self, doc: &Document) -> String {
        format!("{}<body>\n<main>\n", head(doc))
    }

    fn block(&self, block: &Block) -> String {
        self::block(block)
    }

    fn between_blocks(&self) -> &'static str {
        "\n"
    }

    fn list_open(&self, numbered: bool) -> &'static str {
        if numbered {
            "<ol class=\"agenda\">"
        } else {
            "<ul>"
        }
    }

    fn item_head(&self, _numbered: bool, _n: usize, item: &Item) -> String {
        let number = item.number.map(|n| format!("{n}. ")).unwrap_or_default();
        format!("\n<li>{number}{}", inlines(&item.lead))
    }

    fn item_details(&self, _numbered: bool, details: &[Detail]) -> String {
        if details.is_empty() {
            return String::new();
        }
        format!("\n{}", self::details(details))
    }

    fn item_end(&self) -> &'static str {
        "</li>"
    }

    fn list_close(&self, numbered: bool) -> &'static str {
        if numbered { "\n</ol>" } else { "\n</ul>" }
    }

    fn section_open(&self, heading: &str) -> String {
        format!("<section class=\"clause\">\n<h3>{}</h3>\n", esc(heading))
    }

    fn section_close(&self) -> &'static str {
        "\n</section>"
    }

    fn close(&self) -> &'static str {
        "\n</main>\n</body>\n</html>\n"
    }
}

/// Large type for low-vision readers, on screen and on paper.
const LARGE_PRINT: &str = "
body { font-size: 1.5rem; line-height: 1.6; max-width: 48rem; }
@media print { body { font-size: 18pt; } }
";

/// Writes a document as one web page in large type.
pub fn render_large(doc: &Document) -> String {
    render(doc).replacen("</style>", &format!("{LARGE_PRINT}</style>"), 1)
}

/// The page's head, the same for every printout: language, character set,
/// a viewport for phones, the title and the stylesheet.
pub fn head(doc: &Document) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n",
        esc(&doc.language),
        esc(&doc.title)
    )
}

fn block(block: &Block) -> String {
    match block {
        Block::Heading { level, text } => format!("<h{level}>{}</h{level}>", esc(text)),
        Block::Byline(lines) => lines
            .iter()
            .map(|l| format!("<p class=\"meta\">{}</p>", esc(l)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Paragraph(words) => format!("<p>{}</p>", inlines(words)),
        Block::Caption(text) => format!("<p class=\"speaker\">{}</p>", esc(text)),
        Block::Quote(text) => format!("<blockquote class=\"text\">{}</blockquote>", esc(text)),
        Block::Warning(text) => format!("<p class=\"changed\">{}</p>", esc(text)),
        Block::List(list) => pieces::list(&Html, list.numbered, &list.items),
        Block::Fields(fields) => definitions(fields.iter().map(field)),
        Block::Section { heading, blocks } => pieces::section(&Html, heading, blocks),
        Block::AnswerLines { label, lines } => format!(
            "<p>{}</p>\n{}",
            esc(label),
            vec!["<div class=\"line\"></div>"; *lines].join("\n")
        ),
        Block::Signature { label, date } => format!(
            "<p><span class=\"sign\">{}</span><span class=\"sign\">{}</span></p>",
            esc(label),
            esc(date)
        ),
        Block::Checklist(lines) => {
            let items: Vec<String> = lines
                .iter()
                .map(|l| format!("<li>☐ {}</li>", esc(l)))
                .collect();
            format!("<ul class=\"checklist\">\n{}\n</ul>", items.join("\n"))
        }
        Block::Bars(bars) => bars
            .iter()
            .map(|b| {
                format!(
                    "<p>{} <meter min=\"0\" max=\"{}\" value=\"{}\"></meter> {}</p>",
                    esc(&b.label),
                    b.total,
                    b.value,
                    esc(&b.count)
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Colophon(text) => format!("<hr>\n<p class=\"credit\">{}</p>", esc(text)),
    }
}

/// An item's details: fields as terms with their descriptions, and remarks
/// and warnings as paragraphs, since a description without its term leaves
/// a screen reader announcing nothing.
fn details(details: &[Detail]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    for detail in details {
        let paragraph = match detail {
            Detail::Field(f) => {
                fields.push(field(f));
                continue;
            }
            Detail::Remark(text) => format!("<p>{}</p>", esc(text)),
            Detail::Warning(text) => format!("<p class=\"changed\">{}</p>", esc(text)),
            // The label sits in the first ruled line, so the lines take no more room than they give.
            Detail::Lines { label, lines } => {
                let mut rows = vec![format!(
                    "<div class=\"line\"><span class=\"write\">{}</span></div>",
                    esc(label)
                )];
                rows.extend((1..*lines).map(|_| "<div class=\"line\"></div>".to_owned()));
                rows.join("\n")
            }
        };
        if !fields.is_empty() {
            out.push(definitions(fields.drain(..)));
        }
        out.push(paragraph);
    }
    if !fields.is_empty() {
        out.push(definitions(fields.drain(..)));
    }
    out.join("\n")
}

/// A definition list of the lines given.
fn definitions(lines: impl Iterator<Item = String>) -> String {
    let mut out = vec!["<dl>".to_owned()];
    out.extend(lines);
    out.push("</dl>".to_owned());
    out.join("\n")
}

fn field(f: &Field) -> String {
    format!(
        "<dt>{}</dt><dd class=\"text\">{}</dd>",
        esc(&f.label),
        esc(&f.value)
    )
}

fn inlines(words: &[Inline]) -> String {
    words
        .iter()
        .map(|w| match w {
            Inline::Text(text) => esc(text),
            Inline::Emphasis(text) => format!("<em>{}</em>", esc(text)),
            Inline::Strong(text) => format!("<strong>{}</strong>", esc(text)),
            Inline::Flag(text) => format!("<span class=\"star\">★ {}</span> ", esc(text)),
        })
        .collect()
}

/// Escapes text for HTML element content and attribute values.
fn esc(text: &str) -> String {
    // Most words hold nothing to escape.
    if !text
        .bytes()
        .any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        return text.to_owned();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_is_written_exactly() {
        let page = render(&super::super::sample());
        let body = page.split_once("<main>\n").map(|(_, b)| b).unwrap_or("");
        let expected = "\
<h1>Plan &amp; &lt;notes&gt;</h1>
<p class=\"meta\">Made today.</p>
<p class=\"meta\">For: Ana</p>
<h2>Agenda</h2>
<ol class=\"agenda\">
<li><span class=\"star\">★ Ask first:</span> <strong>Time</strong>
<dl>
<dt>Question:</dt><dd class=\"text\">Why *wait*?
- twice</dd>
</dl>
<p>Not on board.</p>
<p class=\"changed\">Changed.</p></li>
<li>Costs</li>
</ol>
<section class=\"clause\">
<h3>1. Partners</h3>
<p class=\"speaker\">We both agree</p>
<blockquote class=\"text\">A team.
Two lines.</blockquote>
<p class=\"changed\">Changed.</p>
<dl>
<dt>Answer:</dt><dd class=\"text\">yes</dd>
</dl>
</section>
<ul>
<li>7. Speak up</li>
<li>You: Ana</li>
</ul>
<p>Doctor&#39;s answer:</p>
<div class=\"line\"></div>
<div class=\"line\"></div>
<p><span class=\"sign\">Signed by</span><span class=\"sign\">Date</span></p>
<ul class=\"checklist\">
<li>☐ I agree</li>
</ul>
<p>Agree <meter min=\"0\" max=\"4\" value=\"3\"></meter> 3/4</p>
<p><em>Notes left out.</em></p>
<hr>
<p class=\"credit\">Credit.</p>
</main>
</body>
</html>
";
        assert_eq!(body, expected);
    }

    #[test]
    fn the_page_is_self_contained_with_one_head() {
        let page = render(&super::super::sample());
        assert!(page.starts_with(&head(&super::super::sample())));
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("<title>Plan &amp; &lt;notes&gt;</title>"));
        assert!(page.contains("name=\"viewport\""));
        for fetched in ["<script", "src=", "href=", "@import", "url("] {
            assert!(!page.contains(fetched), "{fetched}");
        }
    }
}

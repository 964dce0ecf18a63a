//! A document written as it is made, for printouts too long to hold whole
//! (the journal of years of reflections): each format lays out the same
//! pieces it lays out a whole document with, so both ways read alike.

use std::io::{self, Write};

use super::{Block, Detail, Document, Item};

/// A format's layout of the parts of a document, one at a time; shared
/// between threads, so one can lay out what another writes.
pub trait Pieces: Sync {
    /// What comes before the first block; `doc` gives the title and language.
    fn open(&self, doc: &Document) -> String;
    /// One block, whole.
    fn block(&self, block: &Block) -> String;
    /// What goes between two blocks.
    fn between_blocks(&self) -> &'static str;
    /// What opens a list.
    fn list_open(&self, numbered: bool) -> &'static str;
    /// The start of the `n`th item of a list (counted from 1): what leads up
    /// to it, and its own words; its details are laid out apart.
    fn item_head(&self, numbered: bool, n: usize, item: &Item) -> String;
    /// An item's details, to follow its head.
    fn item_details(&self, numbered: bool, details: &[Detail]) -> String;
    /// What ends an item.
    fn item_end(&self) -> &'static str;
    /// The `n`th item of a list, whole.
    fn list_item(&self, numbered: bool, n: usize, item: &Item) -> String {
        let mut laid = self.item_head(numbered, n, item);
        laid.push_str(&self.item_details(numbered, &item.details));
        laid.push_str(self.item_end());
        laid
    }
    /// What closes a list.
    fn list_close(&self, numbered: bool) -> &'static str;
    /// What opens a section under `heading`.
    fn section_open(&self, heading: &str) -> String;
    /// What closes a section.
    fn section_close(&self) -> &'static str;
    /// What comes after the last block.
    fn close(&self) -> &'static str;
}

/// A whole document laid out by `pieces`.
pub fn render(pieces: &dyn Pieces, doc: &Document) -> String {
    let mut out = pieces.open(doc);
    out.push_str(&blocks(pieces, &doc.blocks));
    out.push_str(pieces.close());
    out
}

/// Blocks in order, with what goes between them.
pub fn blocks(pieces: &dyn Pieces, blocks: &[Block]) -> String {
    let laid: Vec<String> = blocks.iter().map(|b| pieces.block(b)).collect();
    laid.join(pieces.between_blocks())
}

/// A list laid out by `pieces`.
pub fn list(pieces: &dyn Pieces, numbered: bool, items: &[Item]) -> String {
    let mut out = pieces.list_open(numbered).to_owned();
    for (i, item) in items.iter().enumerate() {
        out.push_str(&pieces.list_item(numbered, i + 1, item));
    }
    out.push_str(pieces.list_close(numbered));
    out
}

/// A section laid out by `pieces`.
pub fn section(pieces: &dyn Pieces, heading: &str, inner: &[Block]) -> String {
    let mut out = pieces.section_open(heading);
    out.push_str(&blocks(pieces, inner));
    out.push_str(pieces.section_close());
    out
}

/// A document being written to `out` block by block.
pub struct Stream<'p, W: Write> {
    pieces: &'p dyn Pieces,
    out: W,
    first: bool,
}

impl<'p, W: Write> Stream<'p, W> {
    /// Starts a document titled as `doc` is (its blocks are not written).
    pub fn start(pieces: &'p dyn Pieces, mut out: W, doc: &Document) -> io::Result<Self> {
        out.write_all(pieces.open(doc).as_bytes())?;
        Ok(Self {
            pieces,
            out,
            first: true,
        })
    }

    /// Writes the next block.
    pub fn block(&mut self, block: &Block) -> io::Result<()> {
        let laid = self.pieces.block(block);
        self.next(|out, _| out.write_all(laid.as_bytes()))
    }

    /// Writes the next block in parts, with `write`: a list held elsewhere
    /// than in memory, laid out by the same pieces.
    pub fn next(
        &mut self,
        write: impl FnOnce(&mut W, &dyn Pieces) -> io::Result<()>,
    ) -> io::Result<()> {
        if !std::mem::take(&mut self.first) {
            self.out
                .write_all(self.pieces.between_blocks().as_bytes())?;
        }
        write(&mut self.out, self.pieces)
    }

    /// Closes the document; gives back where it was written.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(self.pieces.close().as_bytes())?;
        Ok(self.out)
    }
}

//! Text set aside under numbered keys, in the order it was written, held
//! mostly in scratch space rather than memory: a long printout that is read
//! in one order and written in another (the journal reads by date and
//! writes by clause) costs a few megabytes, whatever its length.

use std::io::{self, Read, Seek, SeekFrom, Write};

/// How much the spool holds in memory before it moves it to scratch space.
const HELD: usize = 4 << 20;

/// Text kept per key, each key's text poured out whole when asked for.
pub struct Spool<S> {
    scratch: S,
    /// Per key, what is still in memory.
    held: Vec<Vec<u8>>,
    /// Per key, where its earlier text lies in scratch space: offset and length.
    moved: Vec<Vec<(u64, usize)>>,
    /// How many bytes `held` holds in all.
    holding: usize,
    /// Where the next move to scratch space goes.
    end: u64,
}

impl<S: Read + Write + Seek> Spool<S> {
    /// An empty spool of `keys` keys, moving its text to `scratch` (a
    /// private file, or memory in tests).
    pub fn new(scratch: S, keys: usize) -> Self {
        Self {
            scratch,
            held: vec![Vec::new(); keys],
            moved: vec![Vec::new(); keys],
            holding: 0,
            end: 0,
        }
    }

    /// Adds `text` after what `key` holds already.
    pub fn push(&mut self, key: usize, text: &str) -> io::Result<()> {
        let Some(held) = self.held.get_mut(key) else {
            return Err(io::Error::other("no such key in the spool"));
        };
        held.extend_from_slice(text.as_bytes());
        self.holding += text.len();
        if self.holding > HELD {
            self.move_out()?;
        }
        Ok(())
    }

    /// Whether `key` holds any text.
    pub fn is_empty(&self, key: usize) -> bool {
        self.held.get(key).is_none_or(Vec::is_empty)
            && self.moved.get(key).is_none_or(Vec::is_empty)
    }

    /// Writes everything `key` holds to `out`, in the order it was pushed.
    pub fn pour(&mut self, key: usize, out: &mut impl Write) -> io::Result<()> {
        let mut buffer = Vec::new();
        for &(offset, len) in self.moved.get(key).into_iter().flatten() {
            buffer.resize(len, 0);
            self.scratch.seek(SeekFrom::Start(offset))?;
            self.scratch.read_exact(&mut buffer)?;
            out.write_all(&buffer)?;
        }
        out.write_all(self.held.get(key).map_or(&[][..], Vec::as_slice))
    }

    /// Moves everything held in memory to scratch space, one run per key.
    fn move_out(&mut self) -> io::Result<()> {
        self.scratch.seek(SeekFrom::Start(self.end))?;
        for (held, moved) in self.held.iter_mut().zip(&mut self.moved) {
            if held.is_empty() {
                continue;
            }
            self.scratch.write_all(held)?;
            moved.push((self.end, held.len()));
            self.end += held.len() as u64;
            held.clear();
        }
        self.holding = 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn each_key_pours_out_what_was_pushed_in_order_across_moves_to_scratch() {
        let mut spool = Spool::new(Cursor::new(Vec::new()), 3);
        let mut expected = vec![String::new(); 3];
        // Enough text to pass the memory limit several times, interleaved across keys.
        let piece = "x".repeat(HELD / 5);
        for round in 0..20 {
            let key = round % 3;
            let text = format!("<{round}>{piece}");
            spool.push(key, &text).expect("push");
            expected[key].push_str(&text);
        }
        assert!(spool.scratch.get_ref().len() > HELD, "text was moved out");
        for (key, expected) in expected.iter().enumerate() {
            let mut out = Vec::new();
            spool.pour(key, &mut out).expect("pour");
            assert_eq!(String::from_utf8(out).expect("utf-8"), *expected);
        }
    }

    #[test]
    fn an_untouched_key_is_empty_and_pours_nothing() {
        let mut spool = Spool::new(Cursor::new(Vec::new()), 2);
        spool.push(0, "a").expect("push");
        assert!(!spool.is_empty(0));
        assert!(spool.is_empty(1));
        let mut out = Vec::new();
        spool.pour(1, &mut out).expect("pour");
        assert!(out.is_empty());
        assert!(spool.push(2, "no such key").is_err());
    }
}

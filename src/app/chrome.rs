//! What every screen shows around its body: the header, the status line and
//! the keys on offer.

use super::content::{Block, Header, Offer, Tone};
use super::{App, Screen, keys};

impl App {
    /// The header: the set's title and where the reader is (the welcome screen has none).
    pub fn header(&self) -> Option<Header> {
        let total = self.set.clauses.len();
        let answered = self.session.answered(&self.set);
        let at_clause = crate::t!(
            "screens-header-clause",
            number = self.current + 1,
            total = total
        );
        let progress = match &self.screen {
            Screen::Welcome(_) => return None,
            Screen::Clause(_) => at_clause,
            Screen::Agenda(_) | Screen::Sign(_) => {
                crate::t!(
                    "screens-header-answered",
                    answered = answered,
                    total = total
                )
            }
            Screen::LookBack(_) => crate::t!("screens-header-look-back"),
            Screen::Review(r) if r.compares() => crate::t!("screens-header-compare"),
            Screen::Review(_) => crate::t!("screens-header-review"),
        };
        // Someone who reopened an older reflection must not mistake it for the newest.
        let newer = self.history.any_started_after(self.session.started_at);
        let progress = if newer && !matches!(self.screen, Screen::LookBack(_) | Screen::Review(_)) {
            let day = crate::dates::day(self.session.started_at, &self.tz);
            crate::t!("screens-header-older", progress = progress, day = day)
        } else {
            progress
        };
        let done = match &self.screen {
            Screen::Clause(_) => self.current + 1,
            _ => answered,
        };
        Some(Header {
            title: self.set.title.clone(),
            progress,
            done,
            total,
        })
    }

    /// Warnings that must stay in view: a failed save, the reply to the last key, and
    /// where the printouts just made are.
    pub fn status(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        if let Some(error) = &self.save_error {
            let text = crate::t!("screens-not-saved", why = error);
            blocks.push(Block::hanging(text, "⚠ ", "  ", Tone::Warning));
        }
        if let Some(message) = &self.message {
            blocks.push(Block::hanging(message.as_str(), "› ", "  ", Tone::Key));
        }
        // Where the printouts are stays below the reply to the last key, which may ask a question.
        if let Screen::Agenda(agenda) = &self.screen {
            blocks.extend(printed(&agenda.printed));
        }
        blocks
    }

    /// The keys the footer offers now, in table order.
    pub fn footer(&self) -> Vec<Offer> {
        keys::bindings(self.mode())
            .iter()
            .filter(|b| b.footer && self.offers(b))
            .map(keys::Binding::offer)
            .collect()
    }
}

/// Where the printouts just made are and how to open them, kept in view on the agenda.
fn printed(paths: &[std::path::PathBuf]) -> Option<Block> {
    let (agenda, rest) = paths.split_first()?;
    let others: Vec<String> = rest
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| crate::sanitize::path(std::path::Path::new(n)))
        .collect();
    let text = crate::t!(
        "screens-printed",
        path = crate::sanitize::path(agenda),
        others = others.join(&crate::t!("screens-list-and"))
    );
    Some(Block::hanging(text, "› ", "  ", Tone::Key))
}

/// What a window too small to show anything says instead: the smallest size
/// that works, and how to get there.
pub fn too_small(width: u16, height: u16) -> String {
    crate::t!("screens-too-small", width = width, height = height)
}

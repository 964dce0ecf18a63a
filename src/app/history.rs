//! What the app knows of the reader's earlier reflections: at first only how
//! many there are (from the index head), and their list once a screen asks.

use jiff::Timestamp;

use crate::model::summary::Summary;

/// The reader's other reflections of this clause set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum History {
    /// Counted, not listed: enough for the first screen.
    Counted {
        /// How many there are.
        count: usize,
        /// When the newest of them began.
        newest_started: Option<Timestamp>,
    },
    /// Listed, newest first.
    Listed(Vec<Summary>),
}

impl Default for History {
    fn default() -> Self {
        Self::Listed(Vec::new())
    }
}

impl History {
    /// How many there are.
    pub fn len(&self) -> usize {
        match self {
            Self::Counted { count, .. } => *count,
            Self::Listed(list) => list.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the list still has to be asked for.
    pub fn is_counted_only(&self) -> bool {
        matches!(self, Self::Counted { .. })
    }

    /// The list, newest first; empty until it has been asked for.
    pub fn listed(&self) -> &[Summary] {
        match self {
            Self::Counted { .. } => &[],
            Self::Listed(list) => list,
        }
    }

    /// Whether any began after `started`: the reflection open is then an older one.
    pub fn any_started_after(&self, started: Timestamp) -> bool {
        match self {
            Self::Counted { newest_started, .. } => newest_started.is_some_and(|n| n > started),
            Self::Listed(list) => list.iter().any(|h| h.started_at > started),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_answers_what_the_first_screen_asks() {
        let at = |s: i64| Timestamp::from_second(s).expect("time");
        let counted = History::Counted {
            count: 3,
            newest_started: Some(at(100)),
        };
        assert_eq!(counted.len(), 3);
        assert!(counted.listed().is_empty());
        assert!(counted.is_counted_only());
        assert!(counted.any_started_after(at(50)));
        assert!(!counted.any_started_after(at(100)));
        assert!(History::default().is_empty());
    }
}

//! Styles. Colour only ever adds to text: every state also has a marker or
//! a word, and `NO_COLOR` turns colour off entirely.

use ratatui::style::{Color, Modifier, Style};

use crate::app::content::Tone;

/// The styles screens draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colour unless the `NO_COLOR` convention (a non-empty value) asks for none.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self::new(!no_color)
    }

    /// A theme with or without colour.
    pub fn new(color: bool) -> Self {
        Self { color }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The set's title and screen headings.
    pub fn heading(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Secondary text: credits, hints, counts.
    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// The reflection prompt.
    pub fn prompt(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::ITALIC)
    }

    /// An agreement.
    pub fn agree(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// "Not on board".
    pub fn disagree(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// A key name in the footer or help.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A warning, such as a failed save.
    pub fn warning(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// The highlighted row of a list.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Emphasis that needs no colour.
    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The style for content in `tone`.
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Plain => Style::default(),
            Tone::Quiet => self.dim(),
            Tone::Strong => self.bold(),
            Tone::Heading => self.heading(),
            Tone::Agree => self.agree(),
            Tone::Disagree => self.disagree(),
            Tone::Warning => self.warning(),
            Tone::Prompt => self.prompt(),
            Tone::Key => self.key(),
            Tone::Selected => self.selected(),
        }
    }
}

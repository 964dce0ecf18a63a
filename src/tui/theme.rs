//! Styles. Reading text stays in the terminal's own colours, which the reader
//! already made readable; emphasis is bold, underline or reverse. Colour only
//! ever adds to text: every state also has a marker or a word, and `NO_COLOR`
//! turns colour off entirely. The named themes use colours tuned to one
//! background, each at least 4.5:1 against it.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::app::content::Tone;

/// A theme the reader can ask for with `--theme` or `ACCORD_THEME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    /// Dark text tuned for a light background.
    Light,
    /// Light text tuned for a dark background.
    Dark,
    /// White on black with bright accents.
    HighContrast,
}

/// Which colours a theme draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Palette {
    /// No colour at all (`NO_COLOR`).
    None,
    /// The terminal's own colours, with accents readable on white and on black.
    Terminal,
    /// See [`ThemeName`].
    Named(ThemeName),
}

/// The styles screens draw with, and whether only ASCII may be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    palette: Palette,
    /// Draw ASCII stand-ins for every symbol (see [`crate::glyphs`]).
    pub ascii: bool,
}

/// Every tone, for tests and tables that cover them all.
pub const TONES: [Tone; 10] = [
    Tone::Plain,
    Tone::Quiet,
    Tone::Strong,
    Tone::Heading,
    Tone::Agree,
    Tone::Disagree,
    Tone::Warning,
    Tone::Prompt,
    Tone::Key,
    Tone::Selected,
];

impl Theme {
    /// The default theme, or no colour when the `NO_COLOR` convention (a non-empty value) asks for none.
    pub fn from_env() -> Self {
        Self::named(None, no_color_asked())
    }

    /// The default theme with or without colour.
    pub fn new(color: bool) -> Self {
        Self::named(None, !color)
    }

    /// The theme `name` (the default when none), or no colour at all.
    pub fn named(name: Option<ThemeName>, no_color: bool) -> Self {
        let palette = match name {
            _ if no_color => Palette::None,
            Some(name) => Palette::Named(name),
            None => Palette::Terminal,
        };
        Self {
            palette,
            ascii: false,
        }
    }

    /// This theme, drawing ASCII stand-ins for symbols when `ascii` is true.
    pub fn with_ascii(mut self, ascii: bool) -> Self {
        self.ascii = ascii;
        self
    }

    /// Every theme a reader can have, without ASCII, for tests.
    pub fn all() -> Vec<Theme> {
        let mut all = vec![Self::new(true), Self::new(false)];
        all.extend(
            [ThemeName::Light, ThemeName::Dark, ThemeName::HighContrast]
                .map(|n| Self::named(Some(n), false)),
        );
        all
    }

    /// The background the theme's colours are tuned to, if it sets one.
    pub fn background(&self) -> Option<Color> {
        match self.palette {
            Palette::Named(ThemeName::HighContrast) => Some(Color::Indexed(16)),
            _ => None,
        }
    }

    /// The backgrounds the theme's colours must read on: the reader's own
    /// terminal may be light or dark unless a named theme says which.
    pub fn backgrounds(&self) -> Vec<Color> {
        match self.palette {
            Palette::None | Palette::Terminal => vec![Color::Indexed(231), Color::Indexed(16)],
            Palette::Named(ThemeName::Light) => vec![Color::Indexed(231)],
            Palette::Named(ThemeName::Dark | ThemeName::HighContrast) => vec![Color::Indexed(16)],
        }
    }

    /// The least contrast each colour must reach against [`Theme::backgrounds`].
    pub fn min_contrast(&self) -> f64 {
        match self.palette {
            Palette::Named(_) => 4.5,
            _ => 3.0,
        }
    }

    /// The colour for `tone` in this theme, if it has one.
    fn color(&self, tone: Tone) -> Option<Color> {
        let index = match (self.palette, tone) {
            (Palette::None, _) => return None,
            // Reading text keeps the terminal's own colours; accents are mid-tones
            // at least 3:1 against both white and black.
            (Palette::Terminal, Tone::Agree) => 28,
            (Palette::Terminal, Tone::Disagree) => 127,
            (Palette::Terminal, Tone::Warning) => 160,
            (Palette::Terminal, Tone::Key) => 31,
            (Palette::Terminal, _) => return None,
            (Palette::Named(ThemeName::Light), tone) => match tone {
                Tone::Agree => 22,
                Tone::Disagree => 90,
                Tone::Warning => 124,
                Tone::Key | Tone::Heading => 18,
                Tone::Prompt => 94,
                Tone::Quiet => 240,
                _ => 16,
            },
            (Palette::Named(ThemeName::Dark), tone) => match tone {
                Tone::Agree => 114,
                Tone::Disagree => 213,
                Tone::Warning => 210,
                Tone::Key | Tone::Heading => 117,
                Tone::Prompt => 229,
                Tone::Quiet => 250,
                _ => 255,
            },
            (Palette::Named(ThemeName::HighContrast), tone) => match tone {
                Tone::Agree => 120,
                Tone::Disagree => 219,
                Tone::Warning => 217,
                Tone::Key => 226,
                _ => 231,
            },
        };
        Some(Color::Indexed(index))
    }

    /// The style for content in `tone`.
    pub fn tone(&self, tone: Tone) -> Style {
        let emphasis = match tone {
            Tone::Plain | Tone::Quiet => Modifier::empty(),
            Tone::Heading => Modifier::BOLD | Modifier::UNDERLINED,
            Tone::Selected => Modifier::REVERSED,
            _ => Modifier::BOLD,
        };
        let style = Style::new().add_modifier(emphasis);
        match self.color(tone) {
            // Reversed text swaps colours: keep the theme's own pair.
            Some(color) if tone == Tone::Selected => style
                .fg(color)
                .bg(self.background().unwrap_or(Color::Reset)),
            Some(color) => style.fg(color),
            None => style,
        }
    }

    /// The set's title and screen headings.
    pub fn heading(&self) -> Style {
        self.tone(Tone::Heading)
    }

    /// Secondary text and rules: credits, hints, counts.
    pub fn dim(&self) -> Style {
        self.tone(Tone::Quiet)
    }

    /// A hint where typed text will go: italic and faint, so it differs from typing by more than colour.
    pub fn hint(&self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC | Modifier::DIM)
    }

    /// The clause's reflection prompt, and suggestions beside it.
    pub fn prompt(&self) -> Style {
        self.tone(Tone::Prompt)
    }

    /// A key name in the footer or help.
    pub fn key(&self) -> Style {
        self.tone(Tone::Key)
    }

    /// The highlighted row of a list.
    pub fn selected(&self) -> Style {
        self.tone(Tone::Selected)
    }

    /// Emphasis that needs no colour.
    pub fn bold(&self) -> Style {
        self.tone(Tone::Strong)
    }

    /// Finishes a drawn frame: the theme's own background and text colour
    /// where nothing else was set, and ASCII stand-ins when only ASCII shows.
    pub fn finish(&self, buffer: &mut Buffer) {
        let base = self.background().map(|bg| (bg, self.color(Tone::Plain)));
        if base.is_none() && !self.ascii {
            return;
        }
        for cell in &mut buffer.content {
            if let Some((bg, fg)) = base {
                if cell.bg == Color::Reset {
                    cell.bg = bg;
                }
                if let (Color::Reset, Some(fg)) = (cell.fg, fg) {
                    cell.fg = fg;
                }
            }
            if self.ascii && !cell.symbol().is_ascii() {
                let c = cell
                    .symbol()
                    .chars()
                    .next()
                    .map_or(' ', crate::glyphs::one_cell);
                cell.set_char(c);
            }
        }
    }
}

/// Whether `NO_COLOR` is set to something.
pub fn no_color_asked() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The red, green and blue of a colour in the standard xterm palette.
pub fn xterm_rgb(color: Color) -> Option<(u8, u8, u8)> {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let index = match color {
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Reset => return None,
    };
    Some(match index {
        0..=15 => BASIC[usize::from(index)],
        16..=231 => {
            let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
            let n = index - 16;
            (level(n / 36), level(n / 6 % 6), level(n % 6))
        }
        _ => {
            let grey = 8 + 10 * (index - 232);
            (grey, grey, grey)
        }
    })
}

/// The contrast ratio of two colours, as WCAG defines it (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let luminance = |(r, g, b): (u8, u8, u8)| {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_matches_xterm() {
        assert_eq!(xterm_rgb(Color::Indexed(16)), Some((0, 0, 0)));
        assert_eq!(xterm_rgb(Color::Indexed(231)), Some((255, 255, 255)));
        assert_eq!(xterm_rgb(Color::Indexed(31)), Some((0, 135, 175)));
        assert_eq!(xterm_rgb(Color::Indexed(244)), Some((128, 128, 128)));
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn the_old_yellow_prompt_would_fail_on_white() {
        // The issue measured the old prompt at 1.7:1; the check must catch it.
        let yellow = xterm_rgb(Color::Yellow).unwrap_or_default();
        assert!(contrast(yellow, (255, 255, 255)) < 3.0);
    }
}

//! Every style each theme draws with, measured against the backgrounds it
//! must read on, in the standard xterm palette.

use accord::app::content::Tone;
use accord::tui::theme::{TONES, Theme, contrast, xterm_rgb};
use ratatui::style::{Color, Modifier, Style};

/// Every style a theme hands out, by name.
fn styles(theme: &Theme) -> Vec<(String, Style)> {
    let mut all: Vec<(String, Style)> = TONES
        .iter()
        .map(|&tone| (format!("{tone:?}"), theme.tone(tone)))
        .collect();
    all.extend([
        ("heading".to_owned(), theme.heading()),
        ("dim".to_owned(), theme.dim()),
        ("hint".to_owned(), theme.hint()),
        ("key".to_owned(), theme.key()),
        ("selected".to_owned(), theme.selected()),
        ("bold".to_owned(), theme.bold()),
    ]);
    all
}

/// A colour's red, green and blue, unless it is the terminal's own.
fn rgb(color: Option<Color>) -> Option<(u8, u8, u8)> {
    color.and_then(xterm_rgb)
}

#[test]
fn every_colour_of_every_theme_reads_on_its_backgrounds() {
    for theme in Theme::all() {
        for (name, style) in styles(&theme) {
            // Reversed text shows its background colour as the letters.
            let (fg, bg) = if style.add_modifier.contains(Modifier::REVERSED) {
                (style.bg, style.fg)
            } else {
                (style.fg, style.bg)
            };
            let Some(fg) = rgb(fg) else { continue };
            let backgrounds: Vec<(u8, u8, u8)> = match rgb(bg) {
                Some(bg) => vec![bg],
                None => theme
                    .backgrounds()
                    .into_iter()
                    .filter_map(xterm_rgb)
                    .collect(),
            };
            assert!(!backgrounds.is_empty(), "{theme:?} {name}");
            for background in backgrounds {
                let ratio = contrast(fg, background);
                assert!(
                    ratio >= theme.min_contrast(),
                    "{theme:?} {name}: {ratio:.2}:1 against {background:?}"
                );
            }
        }
    }
}

#[test]
fn the_default_theme_keeps_reading_text_in_the_terminals_own_colour() {
    let theme = Theme::new(true);
    for tone in [
        Tone::Plain,
        Tone::Quiet,
        Tone::Strong,
        Tone::Heading,
        Tone::Prompt,
    ] {
        let style = theme.tone(tone);
        assert_eq!(style.fg, None, "{tone:?}");
        assert_eq!(style.bg, None, "{tone:?}");
    }
    // Accents are at least 3:1 on white and on black alike.
    assert_eq!(theme.min_contrast(), 3.0);
    assert_eq!(theme.backgrounds().len(), 2);
}

#[test]
fn named_themes_reach_four_and_a_half_to_one() {
    for theme in Theme::all().into_iter().skip(2) {
        assert!(theme.min_contrast() >= 4.5, "{theme:?}");
    }
}

#[test]
fn the_hint_differs_from_typed_text_by_more_than_colour() {
    for theme in Theme::all() {
        let plain = theme.tone(Tone::Plain);
        let hint = theme.hint();
        assert_ne!(
            hint.add_modifier - plain.add_modifier,
            Modifier::empty(),
            "{theme:?}"
        );
    }
}

#[test]
fn emphasis_never_rests_on_colour_alone() {
    for theme in Theme::all() {
        for tone in [
            Tone::Heading,
            Tone::Strong,
            Tone::Agree,
            Tone::Disagree,
            Tone::Warning,
            Tone::Key,
            Tone::Selected,
        ] {
            assert!(
                !theme.tone(tone).add_modifier.is_empty(),
                "{theme:?} {tone:?} has no bold, underline or reverse"
            );
        }
    }
}

#[test]
fn the_high_contrast_theme_paints_every_cell_on_its_own_background() {
    use accord::app::{App, Intent, Start};
    use accord::model::clauses;
    use accord::model::session::Session;
    use accord::tui::theme::ThemeName;
    use jiff::Timestamp;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let set = clauses::default_set();
    let session = Session::new("test".into(), &set, Timestamp::UNIX_EPOCH);
    let mut app = App::new(Start::new(set, session));
    app.update(Intent::Begin, Timestamp::UNIX_EPOCH);
    let theme = Theme::named(Some(ThemeName::HighContrast), false);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|frame| {
            accord::tui::draw(frame, &app, &theme);
        })
        .expect("draw");
    for cell in &terminal.backend().buffer().content {
        assert_ne!(
            cell.fg,
            Color::Reset,
            "a cell left in the terminal's colour"
        );
        assert_ne!(
            cell.bg,
            Color::Reset,
            "a cell left on the terminal's background"
        );
        let (fg, bg) = (rgb(Some(cell.fg)), rgb(Some(cell.bg)));
        if let (Some(fg), Some(bg)) = (fg, bg) {
            assert!(contrast(fg, bg) >= 4.5, "{cell:?}");
        }
    }
}

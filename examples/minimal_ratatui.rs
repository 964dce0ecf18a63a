//! The yardstick for accord's speed figures: the least a ratatui app can do.
//! It draws one paragraph, then waits for a key (q or Esc leaves), redrawing
//! only on a key or a resize. With `--type`, every key also grows a text so
//! key-to-frame costs can be compared with accord's editor.

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

fn main() -> std::io::Result<()> {
    let typing = std::env::args().any(|a| a == "--type");
    let mut text = String::from("A minimal ratatui app. Press q to leave.");
    let mut terminal = ratatui::try_init()?;
    let result = loop {
        let shown = text.as_str();
        if let Err(e) = terminal.draw(|frame| {
            let paragraph = Paragraph::new(shown)
                .wrap(Wrap { trim: false })
                .block(Block::new().borders(Borders::ALL));
            frame.render_widget(paragraph, frame.area());
        }) {
            break Err(e);
        }
        match event::read() {
            Ok(Event::Key(key)) => match key.code {
                KeyCode::Char('q') | KeyCode::Esc => break Ok(()),
                KeyCode::Char(c) if typing => text.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    ratatui::restore();
    result
}

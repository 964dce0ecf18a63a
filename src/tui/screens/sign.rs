//! The signing step: "Are you on board?", a name, and the date it is signed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::app::screens::sign::Sign;
use crate::dates;
use crate::model::session::{Role, Stance};
use crate::tui::theme::Theme;
use crate::tui::{READING_WIDTH, column, hanging};

/// Draws the signing step with its name field.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, sign: &Sign, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let s = &app.session;
    let count = |stance| {
        app.set
            .clauses
            .iter()
            .filter(|c| s.stance(&c.id) == stance)
            .count()
    };
    let total = app.set.clauses.len();
    let mut lines = vec![
        Line::styled("Are you on board?", theme.heading()),
        Line::default(),
    ];
    let summary = format!(
        "You agreed with {} of the {total} clauses and are not on board with {}. \
         Signing records a name with today's date and time. It does not lock anything: \
         you can still change any answer, and the agenda will say so.",
        count(Some(Stance::Agree)),
        count(Some(Stance::Disagree)),
    );
    lines.extend(hanging(&summary, "", "", area.width, Default::default()));
    lines.push(Line::default());
    for role in [Role::Patient, Role::Doctor] {
        let who = match role {
            Role::Patient => "You",
            Role::Doctor => "Your doctor (optional, to sign together at the visit)",
        };
        let state = match s.signature(role) {
            Some(sig) => {
                let changed = if s.changed_since(sig) {
                    "; changed since"
                } else {
                    ""
                };
                format!(
                    "{who}: signed as {} on {}{changed}",
                    sig.name,
                    dates::human(sig.signed_at, &app.tz)
                )
            }
            None => format!("{who}: not signed"),
        };
        lines.extend(hanging(&state, "", "  ", area.width, theme.dim()));
    }
    lines.push(Line::default());
    let prompt = match sign.role {
        Role::Patient => "Type your name and press Enter to sign:",
        Role::Doctor => "Your doctor types their name and presses Enter:",
    };
    lines.push(Line::styled(prompt, theme.bold()));

    let text_height = (lines.len() as u16).min(area.height.saturating_sub(3));
    let [text_area, field_area, _] = Layout::vertical([
        Constraint::Length(text_height),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), text_area);
    let mut input = sign.input.clone();
    input.set_block(Block::bordered().border_style(theme.key()));
    frame.render_widget(&input, field_area);
}

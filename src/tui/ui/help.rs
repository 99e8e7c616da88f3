//! Overlays: the key help (made from the keymap in force) and the warnings about files.

use super::theme;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Pane;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

pub fn help(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let mut lines: Vec<Line> = Vec::new();
    for pane in Pane::ALL {
        let bindings = app.config.keys.bindings(pane);
        if bindings.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(pane.name(), theme::heading(t))));
        for (action, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(|k| format!("{k:#}")).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<22}", keys.join(", ")), theme::accent(t)),
                Span::styled(action.describe(), theme::text(t)),
            ]));
        }
    }
    popup(app, " Keys ", lines, scroll, area, buf);
}

pub fn warnings(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let lines: Vec<Line> = if app.dossier.warnings.is_empty() {
        vec![Line::from(Span::styled(
            "No warnings: every file loaded.",
            theme::text(t),
        ))]
    } else {
        app.dossier
            .warnings
            .iter()
            .map(|w| {
                Line::from(vec![
                    Span::styled(format!("{}: ", w.location()), theme::warning(t)),
                    Span::styled(w.message.as_str(), theme::text(t)),
                ])
            })
            .collect()
    };
    popup(app, " Warnings ", lines, scroll, area, buf);
}

/// The overlay's own keys, as bound now.
fn footer(app: &App) -> String {
    let keys = &app.config.keys;
    let parts: Vec<String> = [
        (Action::Close, "close"),
        (Action::ScrollDown, "down"),
        (Action::ScrollUp, "up"),
    ]
    .into_iter()
    .filter_map(|(a, what)| {
        keys.key_for(Pane::Overlay, a)
            .map(|k| format!("{k} {what}"))
    })
    .collect();
    format!(" {} ", parts.join(" · "))
}

fn popup(app: &App, title: &str, lines: Vec<Line>, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let width = area.width.saturating_sub(4).min(76);
    // Rows the text takes once wrapped inside the border and its one-cell padding.
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(inner_width).max(1))
        .sum();
    let height = (rows as u16 + 2).min(area.height.saturating_sub(2));
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::border(t, true))
        .padding(ratatui::widgets::Padding::horizontal(1))
        .title(Line::from(Span::styled(title, theme::accent(t))))
        .title_bottom(Line::from(Span::styled(footer(app), theme::faint(t))).right_aligned());
    let max_scroll = (rows as u16).saturating_sub(height.saturating_sub(2));
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(max_scroll), 0))
        .render(rect, buf);
}

//! Styles from the configured colours.

use crate::config::Theme;
use ratatui::style::{Modifier, Style};

pub fn text(t: &Theme) -> Style {
    Style::new().fg(t.text)
}

pub fn heading(t: &Theme) -> Style {
    Style::new().fg(t.heading).add_modifier(Modifier::BOLD)
}

pub fn title(t: &Theme) -> Style {
    Style::new().fg(t.title).add_modifier(Modifier::BOLD)
}

pub fn faint(t: &Theme) -> Style {
    Style::new().fg(t.gutter)
}

pub fn hidden(t: &Theme) -> Style {
    Style::new().fg(t.hidden).add_modifier(Modifier::DIM)
}

pub fn label(t: &Theme) -> Style {
    hidden(t).add_modifier(Modifier::ITALIC)
}

pub fn border(t: &Theme, focused: bool) -> Style {
    if focused {
        Style::new().fg(t.accent).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(t.border)
    }
}

pub fn accent(t: &Theme) -> Style {
    Style::new().fg(t.accent).add_modifier(Modifier::BOLD)
}

pub fn status(t: &Theme) -> Style {
    Style::new().fg(t.status_fg).bg(t.status_bg)
}

pub fn warning(t: &Theme) -> Style {
    Style::new().fg(t.warning).add_modifier(Modifier::BOLD)
}

pub fn mention(t: &Theme, current: bool) -> Style {
    if current {
        Style::new()
            .fg(t.current_fg)
            .bg(t.current_bg)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(t.mention_fg).bg(t.mention_bg)
    }
}

pub fn matched(t: &Theme) -> Style {
    Style::new()
        .fg(t.matched)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn selected(t: &Theme) -> Style {
    Style::new().bg(t.selected_bg).add_modifier(Modifier::BOLD)
}

//! The title bar on top and the status line at the bottom.

use super::theme;
use crate::tui::action::Action;
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub fn title_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let d = &app.dossier;
    let langs: Vec<&str> = app.columns.iter().map(|c| c.lang.code()).collect();
    let mut right = vec![Span::styled(
        format!("{} articles · {} ", d.articles.len(), langs.join(" ")),
        theme::faint(t),
    )];
    if !d.warnings.is_empty() {
        let n = d.warnings.len();
        let key = app
            .config
            .keys
            .key_for(app.pane(), Action::ToggleWarnings)
            .map(|k| format!(" ({k})"))
            .unwrap_or_default();
        right.push(Span::styled(
            format!("⚠ {n} warning{}{key} ", if n == 1 { "" } else { "s" }),
            theme::warning(t),
        ));
    }
    let right = Line::from(right);
    let right_w = right.width() as u16;
    let left = Line::from(vec![
        Span::styled(" dossier ", theme::accent(t)),
        Span::styled(d.title.as_str(), theme::title(t)),
    ]);
    let left_area = Rect {
        width: area.width.saturating_sub(right_w + 1),
        ..area
    };
    left.render(left_area, buf);
    if right_w < area.width {
        right.render(
            Rect {
                x: area.right() - right_w,
                width: right_w,
                ..area
            },
            buf,
        );
    }
}

pub fn status_line(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let style = theme::status(t);
    buf.set_style(area, style);
    let col = &app.columns[app.focus];
    let pos = match col.wrapped.paragraph_at(col.scroll) {
        Some(p) => format!(" ¶{p}"),
        None => String::new(),
    };
    let hidden = if app.show_hidden {
        " · repeats shown"
    } else {
        ""
    };
    let left = format!(
        " {} │ {} · {}{pos}{hidden} ",
        app.pane_label().to_uppercase(),
        col.lang.code().to_uppercase(),
        app.dossier.articles[col.article()].short_id()
    );
    let pane = app.pane();
    let hint = |action: Action, what: &str| {
        app.config
            .keys
            .key_for(pane, action)
            .map(|k| format!("{k} {what}"))
    };
    let hints: Vec<String> = [
        hint(Action::ScrollDown, "down"),
        hint(Action::FocusRight, "column"),
        hint(Action::NextArticle, "article"),
        hint(Action::ToggleHidden, "repeats"),
        hint(Action::ToggleHelp, "help"),
        hint(Action::Quit, "quit"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut right = hints.join("  ");
    right.push(' ');
    let room = usize::from(area.width).saturating_sub(left.width() + 1);
    // Drop hints from the left until they fit; help and quit stay longest.
    let mut parts: Vec<&str> = right.split("  ").collect();
    while parts.join("  ").width() > room && parts.len() > 1 {
        parts.remove(0);
    }
    let right = parts.join("  ");
    buf.set_stringn(
        area.x,
        area.y,
        &left,
        usize::from(area.width),
        style.add_modifier(Modifier::BOLD),
    );
    if right.width() <= room {
        let x = area.right() - right.width() as u16;
        buf.set_stringn(x, area.y, &right, right.width(), style);
    }
}

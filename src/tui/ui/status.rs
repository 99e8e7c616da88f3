//! The title bar on top and the status line at the bottom.

use super::theme;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Pane;
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
    let cut = left.width() > usize::from(left_area.width);
    left.render(left_area, buf);
    super::mark_cut(buf, left_area, cut);
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
    let left = format!(" {} │ {} ", app.pane_label().to_uppercase(), context(app));
    let right = match (&app.message, app.analysing) {
        (Some(m), _) => format!("{m} "),
        (None, Some(stage)) => format!("{}… ", stage.label()),
        (None, None) => hints(
            app,
            usize::from(area.width).saturating_sub(left.width() + 1),
        ),
    };
    buf.set_stringn(
        area.x,
        area.y,
        &left,
        usize::from(area.width),
        style.add_modifier(Modifier::BOLD),
    );
    let room = usize::from(area.width).saturating_sub(left.width() + 1);
    if right.width() <= room {
        let x = area.right() - right.width() as u16;
        buf.set_stringn(x, area.y, &right, right.width(), style);
    } else if app.message.is_some() && room > 1 {
        // A message answers the last key: cut it rather than drop it on a narrow screen.
        let x = area.right() - room as u16;
        buf.set_stringn(x, area.y, &right, room, style);
        let rest = Rect {
            x,
            width: room as u16,
            ..area
        };
        super::mark_cut(buf, rest, true);
    }
}

/// Where the reader is: the focused column's article and paragraph, and the mention jumped to.
fn context(app: &App) -> String {
    let col = &app.columns[app.focus];
    let mut out = format!(
        "{} · {}",
        col.lang.code().to_uppercase(),
        app.dossier.articles[col.article()].short_id()
    );
    if let Some(p) = col.wrapped.paragraph_at(col.scroll) {
        out.push_str(&format!(" ¶{p}"));
    }
    if app.show_hidden {
        out.push_str(" · repeats shown");
    }
    if let Some(sel) = &app.selection {
        let name = &app.dossier.entities[sel.entity].name;
        match sel.current {
            Some(i) => {
                // Where the mention jumped to is, whatever paragraph tops the column.
                let (a, p, _, _) = sel.mentions[i];
                let at = app.dossier.articles[a].short_id();
                out.push_str(&format!(
                    " · {name}: mention {}/{} ({at} ¶{p})",
                    i + 1,
                    sel.mentions.len()
                ));
            }
            None => out.push_str(&format!(" · {name}: {} mentions", sel.mentions.len())),
        }
    }
    out
}

/// The main keys of the pane, as bound now, as many as fit in `room`.
fn hints(app: &App, room: usize) -> String {
    let pane = app.pane();
    let hint = |action: Action, what: &str| {
        app.config
            .keys
            .key_for(pane, action)
            .map(|k| format!("{k:#} {what}"))
    };
    let wanted: Vec<(Action, &str)> = match pane {
        Pane::Columns => vec![
            (Action::ScrollDown, "down"),
            (Action::FocusRight, "column"),
            (Action::NextArticle, "article"),
            (Action::ToggleHidden, "repeats"),
            (Action::NextMention, "mention"),
            (Action::Search, "find"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
        Pane::Sidebar => vec![
            (Action::ScrollDown, "move"),
            (Action::Select, "choose"),
            (Action::NextMention, "mention"),
            (Action::Search, "find"),
            (Action::ClearSearch, "clear"),
            (Action::NextPane, "articles"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
        Pane::Claims => vec![
            (Action::ScrollDown, "move"),
            (Action::Cite, "source"),
            (Action::CycleClaimFilter, "filter"),
            (Action::NextPane, "next pane"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
        Pane::Search => vec![
            (Action::ScrollDown, "move"),
            (Action::Select, "choose"),
            (Action::ClearSearch, "clear"),
        ],
        Pane::Overlay | Pane::Global => vec![(Action::Close, "close"), (Action::Quit, "quit")],
    };
    let mut parts: Vec<String> = wanted.into_iter().filter_map(|(a, w)| hint(a, w)).collect();
    if pane == Pane::Search {
        parts.insert(0, "type to filter".into());
    }
    // Drop hints from the left until they fit: help and quit stay longest.
    while parts.join("  ").width() + 1 > room && parts.len() > 1 {
        parts.remove(0);
    }
    format!("{} ", parts.join("  "))
}

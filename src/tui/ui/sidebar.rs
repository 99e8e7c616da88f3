//! The people-and-companies sidebar: the query, the list with matched letters, and the
//! aliases of the entity under the cursor.

use super::theme;
use crate::model::EntityKind;
use crate::tui::app::{App, Focus};
use crate::tui::layout::SidebarArea;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn sidebar(app: &App, area: &SidebarArea, buf: &mut Buffer) {
    let t = &app.config.theme;
    let s = &app.sidebar;
    let focused = app.pane_focus == Focus::Sidebar && app.overlay.is_none();
    let count = if s.query.is_empty() {
        format!("{}", s.list.len())
    } else {
        format!("{}/{}", s.list.len(), app.dossier.entities.len())
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::border(t, focused))
        .title(Line::from(Span::styled(
            " People & companies ",
            theme::accent(t),
        )))
        .title(Line::from(Span::styled(format!(" {count} "), theme::faint(t))).right_aligned())
        .render(area.outer, buf);

    // The query line.
    let (prompt, style) = if s.typing {
        (format!("/{}▏", s.query), theme::text(t))
    } else if s.query.is_empty() {
        let key = app
            .config
            .keys
            .key_for(app.pane(), crate::tui::action::Action::Search)
            .map(|k| k.to_string())
            .unwrap_or_default();
        (format!("{key} to search"), theme::faint(t))
    } else {
        (format!("/{}", s.query), theme::accent(t))
    };
    let w = usize::from(area.search.width);
    // Keep the end of a long query in view.
    let shown: String = if prompt.width() > w {
        prompt.chars().skip(prompt.chars().count() - w).collect()
    } else {
        prompt
    };
    buf.set_stringn(area.search.x, area.search.y, &shown, w, style);

    if s.list.is_empty() {
        buf.set_stringn(area.list.x, area.list.y, "no match", w, theme::faint(t));
    }
    for (row, hit) in s
        .list
        .iter()
        .enumerate()
        .skip(s.offset)
        .take(usize::from(area.list.height))
    {
        let y = area.list.y + (row - s.offset) as u16;
        let e = &app.dossier.entities[hit.entity];
        let chosen = app
            .selection
            .as_ref()
            .is_some_and(|sel| sel.entity == hit.entity);
        let base = if row == s.cursor && (focused || !s.query.is_empty()) {
            theme::selected(t)
        } else {
            Style::new()
        };
        buf.set_style(
            ratatui::layout::Rect {
                y,
                height: 1,
                ..area.list
            },
            base,
        );
        let marker = match e.kind {
            EntityKind::Person => "●",
            EntityKind::Organization => "■",
        };
        let marker_style = if chosen {
            theme::mention(t, false)
        } else {
            theme::faint(t)
        };
        buf.set_stringn(area.list.x, y, marker, 1, base.patch(marker_style));
        // Right side: mention count and languages.
        let langs = &app.sidebar.languages[hit.entity];
        let mut right = format!("{} {langs}", e.mentions.len());
        let name_room = usize::from(area.list.width).saturating_sub(2);
        if right.width() + 10 > name_room {
            right = e.mentions.len().to_string();
        }
        let right_w = right.width() as u16;
        let rx = area.list.right().saturating_sub(right_w);
        buf.set_stringn(
            rx,
            y,
            &right,
            usize::from(right_w),
            base.patch(theme::faint(t)),
        );
        let name_w = usize::from(rx.saturating_sub(area.list.x + 2 + 1));
        let mut spans = name_spans(app, hit, &e.name, t);
        spans
            .iter_mut()
            .for_each(|sp| sp.style = base.patch(sp.style));
        let line = Line::from(spans);
        let cut = line.width() > name_w;
        let name_area = ratatui::layout::Rect {
            x: area.list.x + 2,
            y,
            width: name_w as u16,
            height: 1,
        };
        line.render(name_area, buf);
        super::mark_cut(buf, name_area, cut);
    }

    // Details of the entity under the cursor.
    if area.details.height > 1
        && let Some(hit) = s.list.get(s.cursor)
    {
        let e = &app.dossier.entities[hit.entity];
        super::rule(buf, area.details.x, area.details.y, area.details.width, t);
        let kind = match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        };
        let aliases = if e.aliases.is_empty() {
            "no other form".to_string()
        } else {
            e.aliases.join(", ")
        };
        let text = vec![
            Line::from(vec![
                Span::styled(format!("{kind} · "), theme::faint(t)),
                Span::styled(e.name.as_str(), theme::title(t)),
            ]),
            Line::from(Span::styled(format!("also: {aliases}"), theme::text(t))),
        ];
        let rect = ratatui::layout::Rect {
            y: area.details.y + 1,
            height: area.details.height - 1,
            ..area.details
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(rect, buf);
    }
}

/// The name, or "name ~ alias" when only an alias matched, with matched letters marked.
fn name_spans<'a>(
    app: &App,
    hit: &'a crate::search::Hit,
    name: &'a str,
    t: &crate::config::Theme,
) -> Vec<Span<'a>> {
    let marked = |text: &'a str, positions: &[usize]| -> Vec<Span<'a>> {
        text.chars()
            .enumerate()
            .map(|(i, c)| {
                Span::styled(
                    c.to_string(),
                    if positions.contains(&i) {
                        theme::matched(t)
                    } else {
                        theme::text(t)
                    },
                )
            })
            .collect()
    };
    if app.sidebar.query.trim().is_empty() {
        return vec![Span::styled(name, theme::text(t))];
    }
    let in_name = app.sidebar.positions_in(name);
    if !in_name.is_empty() {
        return marked(name, &in_name);
    }
    let mut spans = vec![
        Span::styled(name, theme::text(t)),
        Span::styled(" ~ ", theme::faint(t)),
    ];
    spans.extend(marked(&hit.text, &app.sidebar.positions_in(&hit.text)));
    spans
}

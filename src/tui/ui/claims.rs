//! The allegations-and-responses pane: sections by party and kind, one line per claim (the one
//! under the cursor wrapped in full), each with its speaker and citation.

use super::theme;
use crate::model::{ClaimKind, Dossier};
use crate::tui::app::{App, ClaimFilter, ClaimRow, Focus, citation};
use crate::tui::wrap::wrap_spans;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

pub fn claims(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let d = &app.dossier;
    let pane = &app.claims;
    let focused = app.pane_focus == Focus::Claims && app.overlay.is_none();
    let filter = match pane.filter {
        ClaimFilter::Both => "allegations and responses",
        ClaimFilter::Allegations => "allegations only",
        ClaimFilter::Responses => "responses only",
    };
    let about = app
        .selection
        .as_ref()
        .map(|s| format!(" · about {}", d.entities[s.entity].name))
        .unwrap_or_default();
    let shown = pane
        .rows
        .iter()
        .filter(|r| matches!(r, ClaimRow::Claim { answer: false, .. }))
        .count();
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::border(t, focused))
        .title(Line::from(Span::styled(
            format!(" Claims: {filter}{about} "),
            theme::accent(t),
        )))
        .title(Line::from(Span::styled(format!(" {shown} "), theme::faint(t))).right_aligned())
        .render(area, buf);
    let inner = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    };
    if inner.is_empty() {
        return;
    }
    if pane.rows.is_empty() {
        buf.set_stringn(
            inner.x,
            inner.y,
            "No allegation or response here.",
            usize::from(inner.width),
            theme::faint(t),
        );
        return;
    }
    // The claim under the cursor opens, in at most half the pane, so that on a short screen
    // its neighbours stay in sight; Enter shows the rest in its article. Start lower when it
    // would not fit.
    let open_rows = usize::from(inner.height).div_ceil(2).max(2);
    let height = |i: usize| -> usize {
        match &pane.rows[i] {
            ClaimRow::Claim { claim, answer } if i == pane.cursor && focused => {
                expanded_height(app, *claim, *answer, inner.width).min(open_rows)
            }
            _ => 1,
        }
    };
    let mut start = pane.offset.min(pane.cursor);
    while start < pane.cursor
        && (start..=pane.cursor).map(height).sum::<usize>() > usize::from(inner.height)
    {
        start += 1;
    }
    let mut y = inner.y;
    for (i, row) in pane.rows.iter().enumerate().skip(start) {
        if y >= inner.bottom() {
            break;
        }
        match row {
            ClaimRow::Header { party, kind, count } => {
                let text = match (party, kind) {
                    (_, ClaimKind::Ruling) => format!("Rulings ({count})"),
                    (None, _) => format!("Unattributed: the text does not say who ({count})"),
                    (Some(p), ClaimKind::Allegation) => {
                        format!("{} — alleges ({count})", d.entities[*p].name)
                    }
                    (Some(p), ClaimKind::Response) => {
                        format!("{} — responds ({count})", d.entities[*p].name)
                    }
                };
                buf.set_stringn(
                    inner.x,
                    y,
                    &text,
                    usize::from(inner.width),
                    theme::heading(t),
                );
                y += 1;
            }
            ClaimRow::Claim { claim, answer } => {
                let selected = i == pane.cursor;
                y += claim_row(
                    app,
                    *claim,
                    *answer,
                    selected && focused,
                    Rect {
                        y,
                        height: (inner.bottom() - y).min(open_rows as u16),
                        ..inner
                    },
                    buf,
                );
            }
        }
    }
}

/// Draw one claim from the top of `area`; returns the rows it took.
fn claim_row(
    app: &App,
    i: usize,
    answer: bool,
    selected: bool,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    let t = &app.config.theme;
    let d = &app.dossier;
    let c = &d.claims[i];
    let base = if selected {
        theme::selected(t)
    } else {
        Style::new()
    };
    let (badge, badge_style) = match c.kind {
        ClaimKind::Allegation => ("A", theme::warning(t)),
        ClaimKind::Response => ("R", theme::accent(t)),
        ClaimKind::Ruling => ("J", theme::title(t)),
    };
    let indent = if answer { "  ↳ " } else { "" };
    let who = match who(d, i, answer) {
        w if w.is_empty() => " ".to_string(),
        w => format!(" {w}: "),
    };
    let citation = citation(d, i);
    let (n, langs) = app.claims.told_by(d, i);
    // In one line, "×3" says how many articles tell it; the full line says it in words.
    let told_short = if n > 1 {
        format!(" ×{n}")
    } else {
        String::new()
    };
    let told = if n > 1 {
        format!(
            " · told by {n} articles in {langs} language{}",
            if langs == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let right = format!(" {citation}{told_short}");
    let head = format!("{indent}{badge}{who}");
    let width = usize::from(area.width);
    let room = width.saturating_sub(head.width() + right.width());
    buf.set_style(Rect { height: 1, ..area }, base);
    let mut x = area.x;
    let put = |buf: &mut Buffer, x: &mut u16, y: u16, text: &str, style: Style| {
        let w = text
            .width()
            .min(usize::from(area.right().saturating_sub(*x)));
        buf.set_stringn(*x, y, text, w, base.patch(style));
        *x += w as u16;
    };
    put(buf, &mut x, area.y, indent, theme::faint(t));
    put(buf, &mut x, area.y, badge, badge_style);
    put(buf, &mut x, area.y, &who, theme::title(t));
    if !selected {
        // One line: what is claimed, cut to fit, then the citation.
        let summary = crate::corpus::clean::shorten(&c.summary, room.max(1));
        put(buf, &mut x, area.y, &summary, theme::text(t));
        let rx = area.right().saturating_sub(right.width() as u16);
        buf.set_stringn(
            rx.max(x),
            area.y,
            &right,
            usize::from(area.right() - rx.max(x)),
            base.patch(theme::faint(t)),
        );
        return 1;
    }
    // The selected claim in full: the sentence wrapped under its head, the citation after.
    let text_x = area.x + head.width().min(width / 2) as u16;
    let lines = wrap_spans(&c.text, usize::from(area.right() - text_x).max(1));
    // The cue line keeps its row: the sentence gives way, its last row marked as cut.
    let text_rows = usize::from(area.height.saturating_sub(1)).max(1);
    let cut = lines.len() > text_rows;
    let mut y = area.y;
    for (s, e) in lines.into_iter().take(text_rows) {
        buf.set_style(
            Rect {
                y,
                height: 1,
                ..area
            },
            base,
        );
        buf.set_stringn(
            text_x,
            y,
            &c.text[s..e],
            usize::from(area.right() - text_x),
            base.patch(theme::text(t)),
        );
        y += 1;
    }
    super::mark_cut(buf, Rect::new(text_x, y - 1, area.right() - text_x, 1), cut);
    if y < area.bottom() {
        buf.set_style(
            Rect {
                y,
                height: 1,
                ..area
            },
            base,
        );
        let cue = if c.cue.is_empty() {
            String::new()
        } else {
            format!("cue “{}” · ", c.cue)
        };
        let line = format!("{cue}{citation}{told}");
        let room = area.right() - text_x;
        buf.set_stringn(
            text_x,
            y,
            &line,
            usize::from(room),
            base.patch(theme::faint(t)),
        );
        let row = Rect::new(text_x, y, room, 1);
        super::mark_cut(buf, row, line.width() > usize::from(room));
        y += 1;
    }
    y - area.y
}

/// Rows the claim takes when open: its sentence wrapped beside its head, and the cue line.
fn expanded_height(app: &App, i: usize, answer: bool, width: u16) -> usize {
    let d = &app.dossier;
    let head = format!(
        "{}A {}: ",
        if answer { "  ↳ " } else { "" },
        who(d, i, answer)
    );
    let text_width = usize::from(width)
        .saturating_sub(head.width().min(usize::from(width) / 2))
        .max(1);
    wrap_spans(&d.claims[i].text, text_width).len() + 1
}

/// Who, against whom: the speaker, or the party, with the party after a person, then the other
/// side: "Joe Osborne (Scale AI) → Mercor". A ruling names the parties it concerns; an
/// unattributed claim says so.
fn who(d: &Dossier, i: usize, answer: bool) -> String {
    let c = &d.claims[i];
    let name = |id: &str| d.entity(id).map_or(id.to_string(), |e| e.name.clone());
    let against = c
        .against
        .iter()
        .map(|a| name(a))
        .collect::<Vec<_>>()
        .join(", ");
    let arrow = |who: String| {
        if against.is_empty() {
            who
        } else {
            format!("{who} → {against}")
        }
    };
    match (&c.speaker, &c.party) {
        // An authority's decision names the authority ("European Commission → Veltrix").
        (Some(s), None) if c.kind == crate::model::ClaimKind::Ruling => arrow(name(s)),
        (_, None) if c.kind == crate::model::ClaimKind::Ruling && against.is_empty() => {
            "court".to_string()
        }
        (_, None) if c.kind == crate::model::ClaimKind::Ruling => format!("court · {against}"),
        (_, None) => arrow("?".to_string()),
        // Under its party's heading the row names only who spoke and whom it is against; an
        // answer under an allegation names its own party.
        (Some(s), Some(p)) if s != p && answer => format!("{} ({})", name(p), name(s)),
        (Some(s), Some(p)) if s != p => arrow(name(s)),
        (_, Some(p)) if answer => name(p),
        (_, Some(_)) => arrow(String::new()).trim_start().to_string(),
    }
}

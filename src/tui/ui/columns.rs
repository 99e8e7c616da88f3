//! One article column: its header (language, position, title, source) and its wrapped text.

use super::theme;
use crate::tui::app::App;
use crate::tui::layout::ColumnArea;
use crate::tui::wrap::{LineKind, label, wrap_spans};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

pub fn column(app: &App, area: &ColumnArea, buf: &mut Buffer) {
    let t = &app.config.theme;
    let col = &app.columns[area.column];
    let article = &app.dossier.articles[col.article()];
    let focused = area.column == app.focus && app.pane_focus == crate::tui::app::Focus::Columns;
    let mut tag = format!(" {} ", col.lang.code().to_uppercase());
    if col.articles.len() > 1 {
        tag.push_str(&format!("{}/{} ", col.current + 1, col.articles.len()));
    }
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::border(t, focused))
        .title(Line::from(Span::styled(tag, theme::accent(t))))
        .title(
            Line::from(Span::styled(
                format!(" {} ", article.short_id()),
                theme::faint(t),
            ))
            .right_aligned(),
        );
    block.render(area.outer, buf);

    // Header: the title on up to two lines, then the source (or the file name).
    let h = area.header;
    let title_lines = wrap_spans(&article.title, usize::from(h.width.max(1)));
    let title_rows = (h.height.saturating_sub(1)).min(2) as usize;
    for (i, &(s, e)) in title_lines.iter().take(title_rows).enumerate() {
        let mut text = article.title[s..e].to_string();
        if i + 1 == title_rows && title_lines.len() > title_rows {
            text.push('…');
        }
        buf.set_stringn(
            h.x,
            h.y + i as u16,
            &text,
            usize::from(h.width),
            theme::title(t),
        );
    }
    let source = match &article.source {
        Some(src) => format!("{src} · {}", article.file),
        None => article.file.clone(),
    };
    if h.height > 0 {
        buf.set_stringn(
            h.x,
            h.bottom() - 1,
            &source,
            usize::from(h.width),
            theme::faint(t),
        );
        let row = Rect {
            y: h.bottom() - 1,
            height: 1,
            ..h
        };
        super::mark_cut(buf, row, source.width() > usize::from(h.width));
    }
    if area.text.y > h.bottom() {
        super::rule(buf, h.x, h.bottom(), h.width, t);
    }
    text(app, area.column, area.text, buf);
}

fn text(app: &App, column: usize, area: Rect, buf: &mut Buffer) {
    let t = &app.config.theme;
    let col = &app.columns[column];
    let article = &app.dossier.articles[col.article()];
    let gutter = col.wrapped.gutter;
    for (row, line) in col
        .wrapped
        .lines
        .iter()
        .skip(col.scroll)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + row as u16;
        let Some(p) = line.paragraph.map(|i| &article.paragraphs[i]) else {
            continue;
        };
        if line.first && gutter > 0 {
            let number = format!("{:>w$}", p.index, w = usize::from(gutter - 1));
            buf.set_stringn(area.x, y, &number, usize::from(gutter), theme::faint(t));
        } else if let Some(lang) = line.mark.filter(|_| gutter > 2) {
            // A sentence in another language starts on this line.
            let code = format!("{:>w$}", lang.code(), w = usize::from(gutter - 1));
            buf.set_stringn(area.x, y, &code, usize::from(gutter), theme::warning(t));
        }
        let x = area.x + gutter;
        let width = usize::from(area.width.saturating_sub(gutter));
        if line.kind == LineKind::Label {
            buf.set_stringn(x, y, label(p), width, theme::label(t));
            continue;
        }
        if line.kind == LineKind::OnlyHere {
            buf.set_stringn(x, y, "only in this version", width, theme::label(t));
            continue;
        }
        let style = match line.kind {
            LineKind::Hidden => theme::hidden(t),
            LineKind::Heading => theme::heading(t),
            _ => theme::text(t),
        };
        let content = &p.text[line.start..line.end];
        let spans = highlighted(app, col.article(), p.index, line.start, content, style);
        Line::from(spans).render(
            Rect {
                x,
                y,
                width: width as u16,
                height: 1,
            },
            buf,
        );
    }
}

/// A line of text split where mentions of the chosen entity and the cited sentence start and
/// end, each part with its style.
fn highlighted<'a>(
    app: &App,
    article: usize,
    paragraph: usize,
    line_start: usize,
    content: &'a str,
    style: Style,
) -> Vec<Span<'a>> {
    let t = &app.config.theme;
    let line_end = line_start + content.len();
    let overlaps = |s: usize, e: usize| s < line_end && e > line_start;
    let cited = app
        .cited
        .filter(|&(a, p, s, e)| a == article && p == paragraph && overlaps(s, e))
        .map(|(_, _, s, e)| (s, e));
    let mentions: Vec<(usize, usize, bool)> = app
        .selection
        .iter()
        .flat_map(|sel| {
            sel.mentions
                .iter()
                .enumerate()
                .map(move |(i, m)| (i, m, sel.current))
        })
        .filter(|&(_, &(a, p, s, e), _)| a == article && p == paragraph && overlaps(s, e))
        .map(|(i, &(_, _, s, e), current)| (s, e, current == Some(i)))
        .collect();
    if cited.is_none() && mentions.is_empty() {
        return vec![Span::styled(content, style)];
    }
    // Cut at every boundary inside the line, then style each piece.
    let mut cuts: Vec<usize> = vec![line_start, line_end];
    for &(s, e, _) in &mentions {
        cuts.extend([s, e]);
    }
    if let Some((s, e)) = cited {
        cuts.extend([s, e]);
    }
    cuts.retain(|&c| c >= line_start && c <= line_end && content.is_char_boundary(c - line_start));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let mut st = style;
            if cited.is_some_and(|(cs, ce)| cs <= s && e <= ce) {
                st = st.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
            }
            if let Some(&(_, _, current)) = mentions.iter().find(|&&(ms, me, _)| ms <= s && e <= me)
            {
                st = st.patch(theme::mention(t, current));
            }
            Span::styled(&content[s - line_start..e - line_start], st)
        })
        .collect()
}

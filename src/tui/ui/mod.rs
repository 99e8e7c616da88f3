//! Drawing. Everything here reads the [`App`]; nothing changes it.

mod claims;
mod columns;
mod help;
mod sidebar;
mod status;
pub mod theme;

use super::app::{App, Overlay};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let screen = self.screen();
        status::title_bar(self, screen.title_bar, buf);
        if let Some(side) = &screen.sidebar {
            sidebar::sidebar(self, side, buf);
        }
        if let Some(area) = screen.claims {
            claims::claims(self, area, buf);
        }
        for area in &screen.columns {
            columns::column(self, area, buf);
        }
        status::status_line(self, screen.status, buf);
        match self.overlay {
            Some(Overlay::Help { scroll }) => help::help(self, scroll, area, buf),
            Some(Overlay::Warnings { scroll }) => help::warnings(self, scroll, area, buf),
            None => {}
        }
    }
}

/// A thin line under a header.
fn rule(buf: &mut Buffer, x: u16, y: u16, width: u16, t: &crate::config::Theme) {
    let line = "─".repeat(usize::from(width));
    buf.set_stringn(x, y, &line, usize::from(width), theme::border(t, false));
}

/// An ellipsis in the last cell of a one-line area whose text did not fit.
fn mark_cut(buf: &mut Buffer, area: Rect, cut: bool) {
    if cut && area.width > 1 && area.height > 0 {
        buf[(area.right() - 1, area.y)].set_symbol("…");
    }
}

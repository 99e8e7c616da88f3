//! Where things go on screen. `App::update` and the renderer both read this, so scrolling
//! limits and what is drawn always agree.

use ratatui::layout::Rect;

/// Rows above the text of a column: the title (two lines at most) and the source.
pub const COLUMN_HEADER: u16 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    pub title_bar: Rect,
    pub body: Rect,
    pub status: Rect,
    pub sidebar: Option<SidebarArea>,
    /// The allegations and responses, under the columns.
    pub claims: Option<Rect>,
    pub columns: Vec<ColumnArea>,
}

impl Screen {
    /// The width left for article columns.
    pub fn body_columns_width(&self) -> u16 {
        self.body.width - self.sidebar.map_or(0, |s| s.outer.width)
    }
}

/// Rows of the sidebar under the list: the chosen entity's aliases.
pub const SIDEBAR_DETAILS: u16 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SidebarArea {
    pub outer: Rect,
    /// The query line.
    pub search: Rect,
    pub list: Rect,
    /// Kind, languages and aliases of the entity under the cursor.
    pub details: Rect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnArea {
    /// Which column (language) of the app stands here.
    pub column: usize,
    pub outer: Rect,
    pub header: Rect,
    pub text: Rect,
}

/// How many columns fit side by side in `width`.
pub fn columns_that_fit(width: u16, min_width: u16, total: usize) -> usize {
    (usize::from(width / min_width.max(1))).clamp(1, total.max(1))
}

/// What the screen holds besides the columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panes {
    /// Width of the sidebar, 0 when hidden.
    pub sidebar_width: u16,
    /// Height of the claims pane, 0 when hidden.
    pub claims_height: u16,
}

pub fn screen(area: Rect, total: usize, first: usize, min_width: u16, panes: Panes) -> Screen {
    let sidebar_width = panes.sidebar_width;
    let title_bar = Rect {
        height: area.height.min(1),
        ..area
    };
    let status = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    let sidebar = (sidebar_width > 0 && body.height >= 3 && body.width >= 10).then(|| {
        let outer = Rect {
            width: sidebar_width.min(body.width),
            ..body
        };
        // One cell of padding inside the border on each side.
        let inner = Rect {
            x: outer.x + 2,
            y: outer.y + 1,
            width: outer.width.saturating_sub(4),
            height: outer.height - 2,
        };
        let details_h = if inner.height > 10 {
            SIDEBAR_DETAILS
        } else {
            0
        };
        let search = Rect {
            height: inner.height.min(1),
            ..inner
        };
        let list_y = (search.bottom() + 1).min(inner.bottom());
        let list = Rect {
            y: list_y,
            height: inner.bottom().saturating_sub(list_y + details_h),
            ..inner
        };
        let details = Rect {
            y: list.bottom(),
            height: inner.bottom() - list.bottom(),
            ..inner
        };
        SidebarArea {
            outer,
            search,
            list,
            details,
        }
    });
    let mut body_cols = Rect {
        x: body.x + sidebar.map_or(0, |s| s.outer.width),
        width: body.width - sidebar.map_or(0, |s| s.outer.width),
        ..body
    };
    // The claims pane takes the bottom of the columns' room, leaving them some rows.
    let claims_height = panes.claims_height.min(body_cols.height.saturating_sub(8));
    let claims = (claims_height >= 4).then(|| {
        body_cols.height -= claims_height;
        Rect {
            y: body_cols.bottom(),
            height: claims_height,
            ..body_cols
        }
    });
    let body_all = body;
    let body = body_cols;
    // Too small for a bordered column: draw the bars only.
    let shown = if body.height < 3 || body.width < 5 {
        0
    } else {
        columns_that_fit(body.width, min_width, total).min(total)
    };
    let mut columns = Vec::with_capacity(shown);
    let mut x = body.x;
    for i in 0..shown {
        // Spread the remainder over the first columns so the row is filled exactly.
        let w = body.width / shown as u16 + u16::from((i as u16) < body.width % shown as u16);
        let outer = Rect {
            x,
            y: body.y,
            width: w,
            height: body.height,
        };
        // One cell of padding inside the border on each side.
        let inner = Rect {
            x: outer.x + 2,
            y: outer.y + 1,
            width: outer.width.saturating_sub(4),
            height: outer.height.saturating_sub(2),
        };
        let header = Rect {
            height: inner.height.min(COLUMN_HEADER),
            ..inner
        };
        let text_top = (header.bottom() + 1).min(inner.bottom());
        let text = Rect {
            y: text_top,
            height: inner.bottom() - text_top,
            ..inner
        };
        columns.push(ColumnArea {
            column: first + i,
            outer,
            header,
            text,
        });
        x += w;
    }
    Screen {
        title_bar,
        body: body_all,
        status,
        sidebar,
        claims,
        columns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two articles from the first, columns at least 40 wide, with side panes of these sizes.
    fn two_articles(w: u16, h: u16, sidebar_width: u16, claims_height: u16) -> Screen {
        let panes = Panes {
            sidebar_width,
            claims_height,
        };
        screen(Rect::new(0, 0, w, h), 2, 0, 40, panes)
    }

    #[test]
    fn columns_fill_the_body_and_shrink_to_one() {
        let s = two_articles(120, 40, 0, 0);
        assert_eq!(s.columns.len(), 2);
        assert_eq!(s.columns[0].outer.width + s.columns[1].outer.width, 120);
        assert_eq!(s.columns[1].column, 1);
        assert_eq!(s.columns[0].text.y, 1 + 1 + COLUMN_HEADER + 1);
        let narrow = screen(Rect::new(0, 0, 60, 18), 3, 2, 40, Panes::default());
        assert_eq!(narrow.columns.len(), 1);
        assert_eq!(narrow.columns[0].column, 2);
    }

    #[test]
    fn the_sidebar_takes_its_width_from_the_columns() {
        let s = two_articles(120, 40, 32, 0);
        let side = s.sidebar.unwrap();
        assert_eq!(side.outer.width, 32);
        assert_eq!(s.columns.len(), 2);
        assert_eq!(s.columns[0].outer.x, 32);
        assert_eq!(s.columns[0].outer.width + s.columns[1].outer.width, 88);
        assert_eq!(side.list.y, side.search.y + 2);
        assert_eq!(side.details.bottom(), side.outer.bottom() - 1);
        let s = two_articles(80, 24, 32, 0);
        assert_eq!(s.columns.len(), 1);
    }

    #[test]
    fn the_claims_pane_takes_the_bottom_of_the_columns() {
        let s = two_articles(120, 40, 32, 14);
        let claims = s.claims.unwrap();
        assert_eq!((claims.x, claims.width, claims.height), (32, 88, 14));
        assert_eq!(claims.bottom(), 39);
        assert_eq!(s.columns[0].outer.bottom(), claims.y);
        // Never more than leaves the columns eight rows.
        let small = two_articles(80, 20, 0, 14);
        assert_eq!(small.claims.unwrap().height, 10);
    }

    #[test]
    fn tiny_terminals_do_not_underflow() {
        for (w, h) in [(0, 0), (1, 1), (3, 2), (10, 4)] {
            let s = two_articles(w, h, 32, 0);
            for c in &s.columns {
                assert!(c.text.bottom() <= h.max(1));
            }
        }
    }
}

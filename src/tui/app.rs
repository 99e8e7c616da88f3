//! The reader's state and the one function that changes it.

use super::action::Action;
use super::keymap::Pane;
use super::layout::{self, Screen};
use super::wrap::{Wrapped, wrap_article};
use crate::config::Config;
use crate::model::{Dossier, Lang};
use ratatui::layout::Rect;

/// One language's column: its articles, the one shown, and how far it is scrolled.
#[derive(Clone, Debug)]
pub struct Column {
    pub lang: Lang,
    /// Indices into `Dossier::articles`.
    pub articles: Vec<usize>,
    pub current: usize,
    /// First line shown, in lines of `wrapped`.
    pub scroll: usize,
    pub wrapped: Wrapped,
}

impl Column {
    pub fn article(&self) -> usize {
        self.articles[self.current]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: u16 },
    Warnings { scroll: u16 },
}

pub struct App {
    pub dossier: Dossier,
    pub config: Config,
    pub columns: Vec<Column>,
    /// The focused column.
    pub focus: usize,
    /// The leftmost column on screen, when not all fit.
    pub first_column: usize,
    pub overlay: Option<Overlay>,
    pub show_hidden: bool,
    pub area: Rect,
    pub running: bool,
}

impl App {
    pub fn new(dossier: Dossier, config: Config) -> App {
        let columns = dossier
            .languages()
            .into_iter()
            .map(|lang| Column {
                lang,
                articles: (0..dossier.articles.len())
                    .filter(|&i| dossier.articles[i].language == lang)
                    .collect(),
                current: 0,
                scroll: 0,
                wrapped: Wrapped::default(),
            })
            .collect();
        let show_hidden = config.layout.show_hidden;
        App {
            dossier,
            config,
            columns,
            focus: 0,
            first_column: 0,
            overlay: None,
            show_hidden,
            area: Rect::default(),
            running: true,
        }
    }

    /// The pane whose keys apply now.
    pub fn pane(&self) -> Pane {
        if self.overlay.is_some() {
            Pane::Overlay
        } else {
            Pane::Columns
        }
    }

    /// What the status line calls the focused pane.
    pub fn pane_label(&self) -> &'static str {
        match self.overlay {
            Some(Overlay::Help { .. }) => "help",
            Some(Overlay::Warnings { .. }) => "warnings",
            None => "articles",
        }
    }

    pub fn screen(&self) -> Screen {
        layout::screen(
            self.area,
            self.columns.len(),
            self.first_column,
            self.config.layout.column_min_width,
        )
    }

    /// Rows of text a column shows.
    fn text_height(&self) -> usize {
        self.screen()
            .columns
            .first()
            .map_or(0, |c| usize::from(c.text.height))
    }

    fn max_scroll(&self, column: usize) -> usize {
        self.columns[column]
            .wrapped
            .lines
            .len()
            .saturating_sub(self.text_height())
    }

    pub fn update(&mut self, action: Action) {
        if let Some(overlay) = self.overlay
            && self.update_overlay(overlay, action)
        {
            return;
        }
        let half = (self.text_height() / 2).max(1);
        match action {
            Action::Quit => self.running = false,
            Action::ToggleHelp => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::ToggleWarnings => self.overlay = Some(Overlay::Warnings { scroll: 0 }),
            Action::Close | Action::None => {}
            Action::NextPane => self.focus_column((self.focus + 1) % self.columns.len()),
            Action::PrevPane => {
                self.focus_column((self.focus + self.columns.len() - 1) % self.columns.len())
            }
            Action::FocusLeft => self.focus_column(self.focus.saturating_sub(1)),
            Action::FocusRight => self.focus_column((self.focus + 1).min(self.columns.len() - 1)),
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            Action::HalfPageDown => self.scroll_by(half as isize),
            Action::HalfPageUp => self.scroll_by(-(half as isize)),
            Action::Top => self.columns[self.focus].scroll = 0,
            Action::Bottom => self.columns[self.focus].scroll = self.max_scroll(self.focus),
            Action::NextArticle => self.switch_article(1),
            Action::PrevArticle => self.switch_article(-1),
            Action::ToggleHidden => {
                self.show_hidden = !self.show_hidden;
                self.relayout();
            }
            Action::Resize(w, h) => {
                self.area = Rect::new(0, 0, w, h);
                self.relayout();
            }
        }
    }

    /// Keys while an overlay is open. Returns whether the action was the overlay's.
    fn update_overlay(&mut self, overlay: Overlay, action: Action) -> bool {
        let (scroll, rebuild): (u16, fn(u16) -> Overlay) = match overlay {
            Overlay::Help { scroll } => (scroll, |s| Overlay::Help { scroll: s }),
            Overlay::Warnings { scroll } => (scroll, |s| Overlay::Warnings { scroll: s }),
        };
        match action {
            Action::Close => self.overlay = None,
            Action::ToggleHelp if matches!(overlay, Overlay::Help { .. }) => self.overlay = None,
            Action::ToggleWarnings if matches!(overlay, Overlay::Warnings { .. }) => {
                self.overlay = None
            }
            Action::ScrollDown => self.overlay = Some(rebuild(scroll.saturating_add(1))),
            Action::ScrollUp => self.overlay = Some(rebuild(scroll.saturating_sub(1))),
            _ => return false,
        }
        true
    }

    fn scroll_by(&mut self, delta: isize) {
        let max = self.max_scroll(self.focus);
        let col = &mut self.columns[self.focus];
        col.scroll = col.scroll.saturating_add_signed(delta).min(max);
    }

    fn focus_column(&mut self, column: usize) {
        self.focus = column;
        let shown = layout::columns_that_fit(
            self.area.width,
            self.config.layout.column_min_width,
            self.columns.len(),
        );
        if self.focus < self.first_column {
            self.first_column = self.focus;
        } else if self.focus >= self.first_column + shown {
            self.first_column = self.focus + 1 - shown;
        }
    }

    fn switch_article(&mut self, delta: isize) {
        let col = &mut self.columns[self.focus];
        let n = col.articles.len() as isize;
        col.current = (col.current as isize + delta).rem_euclid(n) as usize;
        col.scroll = 0;
        col.wrapped = Wrapped::default();
        self.relayout();
    }

    /// Wrap every column's article for the current size, keeping the paragraph at the top of
    /// each column in place.
    fn relayout(&mut self) {
        let shown = layout::columns_that_fit(
            self.area.width,
            self.config.layout.column_min_width,
            self.columns.len(),
        );
        self.first_column = self
            .first_column
            .min(self.columns.len().saturating_sub(shown));
        self.focus_column(self.focus);
        let width = self
            .screen()
            .columns
            .first()
            .map_or(1, |c| c.text.width.max(1));
        let numbers = self.config.layout.paragraph_numbers;
        for col in &mut self.columns {
            if col.wrapped.width == width
                && col.wrapped.show_hidden == self.show_hidden
                && !col.wrapped.lines.is_empty()
            {
                continue;
            }
            let anchor = col.wrapped.paragraph_at(col.scroll);
            let article = &self.dossier.articles[col.articles[col.current]];
            col.wrapped = wrap_article(article, width, self.show_hidden, numbers);
            col.scroll = anchor
                .and_then(|p| nearest_line(&col.wrapped, p))
                .unwrap_or(0);
        }
        for i in 0..self.columns.len() {
            self.columns[i].scroll = self.columns[i].scroll.min(self.max_scroll(i));
        }
    }
}

/// The first line of `paragraph`, or of the next paragraph shown after it.
fn nearest_line(w: &Wrapped, paragraph: usize) -> Option<usize> {
    w.lines
        .iter()
        .position(|l| l.paragraph.is_some_and(|p| p >= paragraph))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    fn app(w: u16, h: u16) -> App {
        let mut app = App::new(corpus::sample(), Config::default_config());
        app.update(Action::Resize(w, h));
        app
    }

    #[test]
    fn one_column_per_language() {
        let app = app(120, 40);
        let langs: Vec<Lang> = app.columns.iter().map(|c| c.lang).collect();
        assert_eq!(langs, [Lang::Es, Lang::Fr]);
        assert_eq!(app.columns[1].articles.len(), 2);
    }

    #[test]
    fn scrolling_is_clamped() {
        let mut app = app(120, 40);
        app.update(Action::ScrollUp);
        assert_eq!(app.columns[0].scroll, 0);
        app.update(Action::Bottom);
        let bottom = app.columns[0].scroll;
        assert!(bottom > 0);
        app.update(Action::ScrollDown);
        assert_eq!(app.columns[0].scroll, bottom);
        app.update(Action::HalfPageUp);
        assert_eq!(app.columns[0].scroll, bottom - app.text_height() / 2);
        app.update(Action::Top);
        assert_eq!(app.columns[0].scroll, 0);
    }

    #[test]
    fn articles_switch_within_a_language() {
        let mut app = app(120, 40);
        app.update(Action::FocusRight);
        assert_eq!(app.focus, 1);
        let first = app.columns[1].article();
        app.update(Action::NextArticle);
        assert_ne!(app.columns[1].article(), first);
        app.update(Action::NextArticle);
        assert_eq!(app.columns[1].article(), first);
        app.update(Action::FocusRight);
        assert_eq!(app.focus, 1, "no column to the right of the last");
    }

    #[test]
    fn narrow_screens_follow_the_focus() {
        let mut app = app(60, 18);
        assert_eq!(app.screen().columns.len(), 1);
        app.update(Action::NextPane);
        assert_eq!((app.focus, app.first_column), (1, 1));
        app.update(Action::NextPane);
        assert_eq!((app.focus, app.first_column), (0, 0));
    }

    #[test]
    fn hidden_paragraphs_toggle_and_keep_the_reading_place() {
        let mut app = app(120, 40);
        app.update(Action::FocusRight);
        app.update(Action::NextArticle);
        app.update(Action::NextArticle); // back to 003, the one with a repeated block
        let col = &app.columns[1];
        let shown = col.wrapped.lines.iter().filter_map(|l| l.paragraph).max();
        assert_eq!(shown, Some(13), "repeats (14-24) hidden by default");
        app.update(Action::HalfPageDown);
        let top = app.columns[1].wrapped.paragraph_at(app.columns[1].scroll);
        app.update(Action::ToggleHidden);
        let col = &app.columns[1];
        assert_eq!(
            col.wrapped.lines.iter().filter_map(|l| l.paragraph).max(),
            Some(24)
        );
        assert_eq!(col.wrapped.paragraph_at(col.scroll), top);
    }

    #[test]
    fn overlays_take_their_keys() {
        let mut app = app(80, 24);
        app.update(Action::ToggleHelp);
        assert_eq!(app.pane(), Pane::Overlay);
        app.update(Action::ScrollDown);
        assert_eq!(app.overlay, Some(Overlay::Help { scroll: 1 }));
        assert_eq!(app.columns[0].scroll, 0);
        app.update(Action::Close);
        assert_eq!(app.overlay, None);
        app.update(Action::Quit);
        assert!(!app.running);
    }
}

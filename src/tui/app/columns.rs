//! The article columns: scrolling, switching articles, and laying text out for the width.

use super::{App, Focus};
use crate::model::{Dossier, Lang};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::wrap::{Wrapped, wrap_article, wrap_pair};

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

    pub fn for_languages(d: &Dossier) -> Vec<Column> {
        d.languages()
            .into_iter()
            .map(|lang| Column {
                lang,
                articles: (0..d.articles.len())
                    .filter(|&i| d.articles[i].language == lang)
                    .collect(),
                current: 0,
                scroll: 0,
                wrapped: Wrapped::default(),
            })
            .collect()
    }
}

impl App {
    /// Rows of text a column shows.
    pub(super) fn text_height(&self) -> usize {
        self.screen()
            .columns
            .first()
            .map_or(0, |c| usize::from(c.text.height))
    }

    pub(super) fn max_scroll(&self, column: usize) -> usize {
        self.columns[column]
            .wrapped
            .lines
            .len()
            .saturating_sub(self.text_height())
    }

    pub(super) fn update_columns(&mut self, action: Action) {
        if let Some(delta) = super::step(action, self.text_height()) {
            self.scroll_by(delta);
            return;
        }
        let last = self.columns.len() - 1;
        match action {
            Action::FocusLeft => self.focus_column(self.focus.saturating_sub(1)),
            Action::FocusRight => self.focus_column((self.focus + 1).min(last)),
            Action::ToggleLockstep => {
                self.lockstep = !self.lockstep;
                self.relayout();
                self.message = Some(self.lockstep_message());
            }
            Action::NextArticle => self.switch_article(1),
            Action::PrevArticle => self.switch_article(-1),
            Action::ToggleHidden => {
                self.show_hidden = !self.show_hidden;
                self.relayout();
            }
            _ => {}
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let max = self.max_scroll(self.focus);
        let col = &mut self.columns[self.focus];
        col.scroll = col.scroll.saturating_add_signed(delta).min(max);
        self.sync_lockstep(self.focus);
    }

    pub(super) fn columns_shown(&self) -> usize {
        self.screen().columns.len().max(1)
    }

    pub(super) fn focus_column(&mut self, column: usize) {
        self.focus = column;
        let shown = self.columns_shown();
        if self.focus < self.first_column {
            self.first_column = self.focus;
        } else if self.focus >= self.first_column + shown {
            self.first_column = self.focus + 1 - shown;
        }
    }

    fn switch_article(&mut self, delta: isize) {
        let col = &mut self.columns[self.focus];
        let n = col.articles.len() as isize;
        if n == 1 {
            // Say why nothing changed rather than leave the key looking broken.
            let lang = col.lang.code().to_uppercase();
            self.message = Some(format!("{lang} has only this article"));
            return;
        }
        let to = (col.current as isize + delta).rem_euclid(n) as usize;
        self.show_article(self.focus, to);
    }

    /// Put article `current` (an index into the column's articles) in column `column`.
    pub(super) fn show_article(&mut self, column: usize, current: usize) {
        let col = &mut self.columns[column];
        if col.current != current {
            col.current = current;
            col.scroll = 0;
            col.wrapped = Wrapped::default();
        }
        self.relayout();
    }

    /// Bring a place of an article on screen: its language's column focused, showing the
    /// article, scrolled so the line holding byte `start` of the paragraph stands a third down.
    pub(super) fn show_place(&mut self, article: usize, paragraph: usize, start: usize) {
        let lang = self.dossier.articles[article].language;
        let Some(column) = self.columns.iter().position(|c| c.lang == lang) else {
            return;
        };
        let current = self.columns[column]
            .articles
            .iter()
            .position(|&a| a == article)
            .unwrap_or(0);
        self.focus_column(column);
        self.show_article(column, current);
        let line = self.columns[column]
            .wrapped
            .lines
            .iter()
            .position(|l| l.paragraph == Some(paragraph) && l.is_text() && l.end >= start);
        if let Some(line) = line {
            self.reveal_line(column, line);
        }
    }

    /// Scroll a column so that `line` stands a third of the way down.
    pub(super) fn reveal_line(&mut self, column: usize, line: usize) {
        let third = self.text_height() / 3;
        let max = self.max_scroll(column);
        self.columns[column].scroll = line.saturating_sub(third).min(max);
        self.sync_lockstep(column);
    }

    /// The two columns on screen when they hold versions of one text and lockstep is on:
    /// (left column, right column, the alignment oriented left to right).
    pub(super) fn lockstep_pair(&self) -> Option<(usize, usize, crate::model::Alignment)> {
        if !self.lockstep {
            return None;
        }
        let shown: Vec<usize> = self.screen().columns.iter().map(|c| c.column).collect();
        let [a, b] = shown[..] else { return None };
        let ida = &self.dossier.articles[self.columns[a].article()].id;
        let idb = &self.dossier.articles[self.columns[b].article()].id;
        self.dossier.alignments.iter().find_map(|al| {
            if &al.left == ida && &al.right == idb {
                Some((a, b, al.clone()))
            } else if &al.left == idb && &al.right == ida {
                let flipped = crate::model::Alignment {
                    left: al.right.clone(),
                    right: al.left.clone(),
                    pairs: al.pairs.iter().map(|p| [p[1], p[0]]).collect(),
                    left_only: al.right_only.clone(),
                    right_only: al.left_only.clone(),
                    similarity: al.similarity,
                };
                Some((a, b, flipped))
            } else {
                None
            }
        })
    }

    /// Say whether lockstep took hold, so `L` on columns that are not versions of one
    /// text does not look as if it worked.
    fn lockstep_message(&self) -> String {
        if !self.lockstep {
            return "lockstep off".into();
        }
        if self.lockstep_pair().is_some() {
            return "lockstep on: the two columns scroll together".into();
        }
        if self.dossier.alignments.is_empty() {
            "lockstep on: no two articles here are one text".into()
        } else {
            "lockstep on: these columns are not one text".into()
        }
    }

    /// The column scrolled with `column`, if they are in lockstep.
    pub fn partner_column(&self, column: usize) -> Option<usize> {
        let partner = self.columns[column].wrapped.partner?;
        let mine = self.columns[column].article();
        self.columns
            .iter()
            .position(|c| c.article() == partner && c.wrapped.partner == Some(mine))
    }

    /// Give the partner column the same scroll.
    pub(super) fn sync_lockstep(&mut self, column: usize) {
        if let Some(p) = self.partner_column(column) {
            self.columns[p].scroll = self.columns[column].scroll;
        }
    }

    /// Wrap every column's article for the current size, keeping the paragraph at the top of
    /// each column in place.
    pub(super) fn relayout(&mut self) {
        let shown = layout::columns_that_fit(
            self.screen().body_columns_width(),
            self.config.layout.column_min_width,
            self.columns.len(),
        );
        self.first_column = self
            .first_column
            .min(self.columns.len().saturating_sub(shown));
        self.focus_column(self.focus);
        if self.pane_focus == Focus::Sidebar && !self.sidebar.shown {
            self.pane_focus = Focus::Columns;
        }
        let width = self
            .screen()
            .columns
            .first()
            .map_or(1, |c| c.text.width.max(1));
        let numbers = self.config.layout.paragraph_numbers;
        let pair = self.lockstep_pair();
        for (ci, col) in self.columns.iter_mut().enumerate() {
            let in_pair = pair.as_ref().is_some_and(|(a, b, _)| ci == *a || ci == *b);
            let fresh = col.wrapped.width == width
                && col.wrapped.show_hidden == self.show_hidden
                && !col.wrapped.lines.is_empty();
            if fresh && (in_pair || col.wrapped.partner.is_none()) {
                continue;
            }
            let anchor = col.wrapped.paragraph_at(col.scroll);
            let article = &self.dossier.articles[col.articles[col.current]];
            col.wrapped = wrap_article(article, width, self.show_hidden, numbers);
            col.scroll = anchor
                .and_then(|p| nearest_line(&col.wrapped, p))
                .unwrap_or(0);
        }
        // Two versions of one text side by side: laid out line for line, scrolled together.
        if let Some((a, b, al)) = pair {
            let (ia, ib) = (self.columns[a].article(), self.columns[b].article());
            let current = self.columns[a].wrapped.partner == Some(ib)
                && self.columns[b].wrapped.partner == Some(ia);
            let fresh = self.columns[a].wrapped.width == width
                && self.columns[a].wrapped.show_hidden == self.show_hidden;
            if !current || !fresh {
                let d = &self.dossier;
                let f = if self.focus == b { b } else { a };
                let anchor = self.columns[f].wrapped.paragraph_at(self.columns[f].scroll);
                let (wa, wb) = wrap_pair(
                    (&d.articles[ia], ia),
                    (&d.articles[ib], ib),
                    &al,
                    width,
                    self.show_hidden,
                    numbers,
                );
                self.columns[a].wrapped = wa;
                self.columns[b].wrapped = wb;
                let line = anchor
                    .and_then(|p| nearest_line(&self.columns[f].wrapped, p))
                    .unwrap_or(0);
                self.columns[a].scroll = line;
                self.columns[b].scroll = line;
            }
        }
        for i in 0..self.columns.len() {
            self.columns[i].scroll = self.columns[i].scroll.min(self.max_scroll(i));
        }
        self.sidebar.clamp(self.sidebar_rows());
    }
}

/// The first line of `paragraph`, or of the next paragraph shown after it.
fn nearest_line(w: &Wrapped, paragraph: usize) -> Option<usize> {
    w.lines
        .iter()
        .position(|l| l.paragraph.is_some_and(|p| p >= paragraph))
}

//! The people-and-companies sidebar: fuzzy lookup, the chosen entity, and jumps between its
//! mentions across articles.

use super::{App, Focus};
use crate::model::Dossier;
use crate::search::{Hit, Index, Narrowing};
use crate::tui::action::Action;
use crate::tui::keymap::Pane;

/// The sidebar's view state.
pub struct Sidebar {
    pub shown: bool,
    /// Typed characters go to the query.
    pub typing: bool,
    pub query: String,
    /// Entities listed, best first (all of them, by mentions, when the query is empty).
    pub list: Vec<Hit>,
    pub cursor: usize,
    /// The first row on screen.
    pub offset: usize,
    index: Index,
    narrowing: Narrowing,
    all: Vec<Hit>,
    /// Each entity's languages, as its rows show them: worked out once, not for every frame.
    pub languages: Vec<String>,
}

/// The chosen entity and its mentions in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub entity: usize,
    /// (article index, paragraph, start, end) in dossier order.
    pub mentions: Vec<(usize, usize, usize, usize)>,
    /// The mention last jumped to.
    pub current: Option<usize>,
}

impl Sidebar {
    pub fn new(d: &Dossier, shown: bool) -> Sidebar {
        let index = Index::new(d.entities.iter().enumerate().map(|(i, e)| {
            let forms: Vec<&str> = std::iter::once(e.name.as_str())
                .chain(e.aliases.iter().map(String::as_str))
                .collect();
            (i, forms)
        }));
        let all: Vec<Hit> = d
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| Hit {
                entity: i,
                score: 0,
                text: e.name.clone(),
            })
            .collect();
        let languages = d
            .entities
            .iter()
            .map(|e| {
                e.languages(d)
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        Sidebar {
            languages,
            shown,
            typing: false,
            query: String::new(),
            list: all.clone(),
            cursor: 0,
            offset: 0,
            index,
            narrowing: Narrowing::default(),
            all,
        }
    }

    /// The entity under the cursor.
    pub fn current(&self) -> Option<usize> {
        self.list.get(self.cursor).map(|h| h.entity)
    }

    /// A new sidebar for a new analysis, keeping what the user was typing into the old one.
    pub fn renewed(d: &Dossier, old: &Sidebar) -> Sidebar {
        let mut fresh = Sidebar::new(d, old.shown);
        fresh.typing = old.typing;
        fresh.query = old.query.clone();
        fresh.refilter();
        fresh
    }

    fn refilter(&mut self) {
        self.list = if self.query.trim().is_empty() {
            self.narrowing.reset();
            self.all.clone()
        } else {
            self.index.search(&mut self.narrowing, &self.query)
        };
        self.cursor = 0;
        self.offset = 0;
    }

    /// Char positions of the query's letters in `text`, empty when it does not match.
    pub fn positions_in(&self, text: &str) -> Vec<usize> {
        if self.query.trim().is_empty() {
            Vec::new()
        } else {
            self.index.positions(text, &self.query)
        }
    }

    fn move_cursor(&mut self, delta: isize, rows: usize) {
        if self.list.is_empty() {
            return;
        }
        self.cursor = self
            .cursor
            .saturating_add_signed(delta)
            .min(self.list.len() - 1);
        self.clamp(rows);
    }

    /// Keep the cursor on screen in `rows` rows.
    pub fn clamp(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
    }
}

impl App {
    /// Rows of the entity list on screen.
    pub fn sidebar_rows(&self) -> usize {
        self.screen()
            .sidebar
            .map_or(1, |s| usize::from(s.list.height))
    }

    pub(super) fn start_search(&mut self) {
        self.sidebar.shown = true;
        self.pane_focus = Focus::Sidebar;
        self.sidebar.typing = true;
        self.relayout();
    }

    /// Keys while the sidebar has the keyboard. Returns whether the action was the sidebar's.
    pub(super) fn update_sidebar(&mut self, action: Action) -> bool {
        let rows = self.sidebar_rows();
        if let Some(delta) = super::step(action, rows) {
            self.sidebar.move_cursor(delta, rows);
            return true;
        }
        match action {
            Action::Input(c) => {
                self.sidebar.query.push(c);
                self.sidebar.refilter();
            }
            Action::DeleteChar => {
                self.sidebar.query.pop();
                // A shorter query can match more: search afresh.
                self.sidebar.narrowing.reset();
                self.sidebar.refilter();
            }
            Action::ClearSearch => {
                if self.sidebar.typing || !self.sidebar.query.is_empty() {
                    self.sidebar.query.clear();
                    self.sidebar.typing = false;
                    self.sidebar.refilter();
                } else {
                    self.selection = None;
                    self.refresh_claims();
                }
            }
            Action::Select => {
                self.sidebar.typing = false;
                if let Some(e) = self.sidebar.current() {
                    self.select(e);
                }
            }
            _ => return false,
        }
        true
    }

    /// Choose an entity: its mentions are highlighted, and `n` starts from the first.
    pub fn select(&mut self, entity: usize) {
        let d = &self.dossier;
        let e = &d.entities[entity];
        let mut mentions: Vec<(usize, usize, usize, usize)> = e
            .mentions
            .iter()
            .filter_map(|m| {
                d.article_index(&m.article)
                    .map(|a| (a, m.paragraph, m.start, m.end))
            })
            .collect();
        mentions.sort();
        // The status line's context already names the entity and counts its mentions.
        let keys = &self.config.keys;
        let key = |a| keys.key_for(Pane::Columns, a).map(|k| format!("{k:#}"));
        self.message = match (key(Action::NextMention), key(Action::PrevMention)) {
            (Some(n), Some(p)) => Some(format!("{n} next mention, {p} previous")),
            (Some(n), None) => Some(format!("{n} next mention")),
            _ => None,
        };
        self.selection = Some(Selection {
            entity,
            mentions,
            current: None,
        });
        self.refresh_claims();
    }

    /// Go to the next (`delta` 1) or previous (-1) mention of the chosen entity, across articles.
    pub(super) fn jump_mention(&mut self, delta: isize) {
        let Some(sel) = &self.selection else {
            self.message = Some("Choose a person or company first: f, then Enter".into());
            return;
        };
        if sel.mentions.is_empty() {
            return;
        }
        let n = sel.mentions.len() as isize;
        let next = match sel.current {
            Some(c) => (c as isize + delta).rem_euclid(n) as usize,
            None if delta > 0 => 0,
            None => (n - 1) as usize,
        };
        let (article, paragraph, start, _) = sel.mentions[next];
        if let Some(sel) = &mut self.selection {
            sel.current = Some(next);
        }
        self.pane_focus = Focus::Columns;
        self.sidebar.typing = false;
        self.show_place(article, paragraph, start);
    }
}

//! The reader's state and the one function that changes it.

mod claims;
mod columns;
mod entities;

pub use claims::{ClaimFilter, ClaimRow, ClaimsPane, citation};
pub use columns::Column;
pub use entities::{Selection, Sidebar};

use super::action::Action;
use super::keymap::Pane;
use super::layout::{self, Screen};
use crate::config::Config;
use crate::model::Dossier;
use ratatui::layout::Rect;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: u16 },
    Warnings { scroll: u16 },
}

/// Which pane has the keyboard (overlays aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    Columns,
    Claims,
}

/// How far a movement key moves a list cursor or a column of `rows` rows; `None` for other
/// keys. Top and bottom are moves past either end, which the callers clamp.
fn step(action: Action, rows: usize) -> Option<isize> {
    let half = (rows / 2).max(1) as isize;
    Some(match action {
        Action::ScrollDown => 1,
        Action::ScrollUp => -1,
        Action::HalfPageDown => half,
        Action::HalfPageUp => -half,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

pub struct App {
    pub dossier: Dossier,
    pub config: Config,
    pub columns: Vec<Column>,
    /// The focused column (also when the sidebar has the keyboard).
    pub focus: usize,
    pub pane_focus: Focus,
    /// The leftmost column on screen, when not all fit.
    pub first_column: usize,
    pub overlay: Option<Overlay>,
    pub show_hidden: bool,
    /// Two versions of one text side by side scroll together.
    pub lockstep: bool,
    pub sidebar: Sidebar,
    /// The entity chosen in the sidebar, whose mentions are highlighted.
    pub selection: Option<Selection>,
    pub claims: ClaimsPane,
    /// The sentence a claim was cited from, highlighted after a jump: (article, paragraph,
    /// start, end).
    pub cited: Option<(usize, usize, usize, usize)>,
    /// A one-off note for the status line, cleared by the next action.
    pub message: Option<String>,
    /// The stage of the analysis still running, while the articles are already shown: names,
    /// claims and alignment fill in when it ends.
    pub analysing: Option<crate::corpus::Stage>,
    pub area: Rect,
    pub running: bool,
}

impl App {
    pub fn new(dossier: Dossier, config: Config) -> App {
        let columns = Column::for_languages(&dossier);
        let sidebar = Sidebar::new(&dossier, config.layout.sidebar);
        let claims = ClaimsPane::new(&dossier, config.layout.claims);
        App {
            claims,
            cited: None,
            show_hidden: config.layout.show_hidden,
            lockstep: config.layout.lockstep,
            dossier,
            config,
            columns,
            focus: 0,
            pane_focus: Focus::Columns,
            first_column: 0,
            overlay: None,
            sidebar,
            selection: None,
            message: None,
            analysing: None,
            area: Rect::default(),
            running: true,
        }
    }

    /// The whole analysis of the dossier whose articles are shown: names, claims and the
    /// alignment replace the empty ones, and what hangs on them is laid out again; where the
    /// reader is stays.
    pub fn analysed(&mut self, dossier: Dossier) {
        self.dossier = dossier;
        self.analysing = None;
        self.sidebar = Sidebar::renewed(&self.dossier, &self.sidebar);
        self.claims = ClaimsPane::new(&self.dossier, self.claims.shown);
        self.selection = None;
        // Stale, not emptied: the lines laid out so far still tell which paragraph each column
        // shows, and the new layout scrolls back to it.
        for col in &mut self.columns {
            col.wrapped.width = 0;
        }
        self.relayout();
    }

    /// The pane whose keys apply now.
    pub fn pane(&self) -> Pane {
        match (self.overlay, self.pane_focus) {
            (Some(_), _) => Pane::Overlay,
            (None, Focus::Sidebar) if self.sidebar.typing => Pane::Search,
            (None, Focus::Sidebar) => Pane::Sidebar,
            (None, Focus::Columns) => Pane::Columns,
            (None, Focus::Claims) => Pane::Claims,
        }
    }

    /// What the status line calls the focused pane.
    pub fn pane_label(&self) -> &'static str {
        match self.pane() {
            Pane::Overlay if matches!(self.overlay, Some(Overlay::Help { .. })) => "help",
            Pane::Overlay => "warnings",
            Pane::Search => "search",
            Pane::Sidebar => "people",
            Pane::Claims => "claims",
            Pane::Columns | Pane::Global => "articles",
        }
    }

    /// Whether the sidebar is on screen: asked for, and room for it beside two columns (one when
    /// the dossier has one language), or it has the keyboard.
    pub fn sidebar_shown(&self) -> bool {
        let l = &self.config.layout;
        let columns = self.columns.len().min(2) as u16;
        let room = self.area.width >= l.sidebar_width + columns * l.column_min_width;
        self.sidebar.shown && (self.pane_focus == Focus::Sidebar || room)
    }

    /// Whether the claims pane is on screen: asked for, with claims to show, and room for it
    /// (thirty rows), or it has the keyboard.
    pub fn claims_shown(&self) -> bool {
        self.claims.shown
            && !self.dossier.claims.is_empty()
            && (self.area.height >= 30 || self.pane_focus == Focus::Claims)
    }

    /// Bring a side pane up, with the keyboard, when it is not on screen; else put it away.
    fn toggle_pane(&mut self, pane: Focus) {
        let (on_screen, asked) = match pane {
            Focus::Sidebar => (self.sidebar_shown(), &mut self.sidebar.shown),
            Focus::Claims => (self.claims_shown(), &mut self.claims.shown),
            Focus::Columns => return,
        };
        *asked = !on_screen;
        if !on_screen {
            self.pane_focus = pane;
        } else if self.pane_focus == pane {
            self.pane_focus = Focus::Columns;
        }
        self.relayout();
    }

    pub fn screen(&self) -> Screen {
        let sidebar = if self.sidebar_shown() {
            self.config.layout.sidebar_width
        } else {
            0
        };
        // The claims pane: two fifths of the height, when there are claims to show.
        let claims_height = if self.claims_shown() {
            self.area.height * 2 / 5
        } else {
            0
        };
        let panes = layout::Panes {
            sidebar_width: sidebar,
            claims_height,
        };
        layout::screen(
            self.area,
            self.columns.len(),
            self.first_column,
            self.config.layout.column_min_width,
            panes,
        )
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        if let Some(overlay) = self.overlay
            && self.update_overlay(overlay, action)
        {
            return;
        }
        if self.pane_focus == Focus::Sidebar && self.update_sidebar(action) {
            return;
        }
        if self.pane_focus == Focus::Claims && self.update_claims(action) {
            return;
        }
        match action {
            Action::Quit => self.running = false,
            Action::ToggleHelp => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::ToggleWarnings => self.overlay = Some(Overlay::Warnings { scroll: 0 }),
            Action::Close
            | Action::None
            | Action::Select
            | Action::ClearSearch
            | Action::DeleteChar
            | Action::Input(_) => {}
            Action::NextPane => self.cycle_pane(1),
            Action::PrevPane => self.cycle_pane(-1),
            Action::Search => self.start_search(),
            Action::ToggleSidebar => self.toggle_pane(Focus::Sidebar),
            Action::ToggleClaims => self.toggle_pane(Focus::Claims),
            Action::CycleClaimFilter => self.cycle_claim_filter(),
            Action::NextMention => self.jump_mention(1),
            Action::PrevMention => self.jump_mention(-1),
            Action::Resize(w, h) => {
                self.area = Rect::new(0, 0, w, h);
                self.relayout();
            }
            other => self.update_columns(other),
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

    /// Tab order: the sidebar (when shown), then each column.
    fn cycle_pane(&mut self, delta: isize) {
        let mut stops: Vec<(Focus, usize)> = Vec::new();
        if self.sidebar.shown {
            stops.push((Focus::Sidebar, self.focus));
        }
        stops.extend((0..self.columns.len()).map(|c| (Focus::Columns, c)));
        if self.screen().claims.is_some() {
            stops.push((Focus::Claims, self.focus));
        }
        let here = stops
            .iter()
            .position(|&(f, c)| f == self.pane_focus && (f != Focus::Columns || c == self.focus))
            .unwrap_or(0);
        let (focus, column) =
            stops[(here as isize + delta).rem_euclid(stops.len() as isize) as usize];
        self.pane_focus = focus;
        self.sidebar.typing = false;
        self.focus_column(column);
        self.relayout();
    }
}

#[cfg(test)]
mod tests;

//! Everything the reader can be asked to do. Keys map to actions (see `keymap`), and
//! `App::update` is the one place that carries them out.

use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    ToggleHelp,
    ToggleWarnings,
    Close,
    NextPane,
    PrevPane,
    ScrollDown,
    ScrollUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    FocusLeft,
    FocusRight,
    NextArticle,
    PrevArticle,
    ToggleHidden,
    /// Scroll two versions of one text together, or each alone.
    ToggleLockstep,
    /// Start the fuzzy lookup of people and companies.
    Search,
    ToggleSidebar,
    /// Choose the entity under the cursor.
    Select,
    ClearSearch,
    DeleteChar,
    NextMention,
    PrevMention,
    ToggleClaims,
    /// Allegations only, responses only, or both.
    CycleClaimFilter,
    /// Jump to the source sentence of the claim under the cursor.
    Cite,
    /// Frees a key in a user config.
    None,
    /// The terminal now has this size (columns, rows). Not bindable.
    #[serde(skip)]
    Resize(u16, u16),
    /// A character typed into the search box. Not bindable.
    #[serde(skip)]
    Input(char),
}

impl Action {
    /// What the help overlay says the action does.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::ToggleHelp => "this help",
            Action::ToggleWarnings => "warnings about files",
            Action::Close => "close",
            Action::NextPane => "next pane",
            Action::PrevPane => "previous pane",
            Action::ScrollDown => "scroll down",
            Action::ScrollUp => "scroll up",
            Action::HalfPageDown => "half page down",
            Action::HalfPageUp => "half page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::FocusLeft => "column to the left",
            Action::FocusRight => "column to the right",
            Action::NextArticle => "next article in this language",
            Action::PrevArticle => "previous article in this language",
            Action::ToggleHidden => "show or hide repeats and boilerplate",
            Action::ToggleLockstep => "scroll translations together, or apart",
            Action::Search => "find a person or company",
            Action::ToggleSidebar => "show or hide people and companies",
            Action::Select => "choose: highlight every mention",
            Action::ClearSearch => "clear the search, then the choice",
            Action::DeleteChar => "delete a character",
            Action::NextMention => "next mention of the chosen one",
            Action::ToggleClaims => "show or hide allegations and responses",
            Action::CycleClaimFilter => "allegations, responses, or both",
            Action::Cite => "go to the source sentence",
            Action::PrevMention => "previous mention",
            Action::None => "nothing",
            Action::Resize(..) => "resize",
            Action::Input(_) => "type",
        }
    }
}

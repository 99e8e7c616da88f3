//! Keys, as written in `config.toml` and as the terminal reports them, and the map from
//! (pane, key) to [`Action`].

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// The parts of the screen that have keys of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pane {
    Global,
    Columns,
    Sidebar,
    /// The sidebar while typing a query: printable keys type.
    Search,
    Claims,
    Overlay,
}

impl Pane {
    pub const ALL: [Pane; 6] = [
        Pane::Global,
        Pane::Columns,
        Pane::Sidebar,
        Pane::Search,
        Pane::Claims,
        Pane::Overlay,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Pane::Global => "everywhere",
            Pane::Columns => "articles",
            Pane::Sidebar => "people and companies",
            Pane::Search => "while typing a search",
            Pane::Claims => "allegations and responses",
            Pane::Overlay => "help and warnings",
        }
    }
}

/// A key with its Ctrl and Alt modifiers. Shift is part of the character ("G"), or of the
/// key's name ("shift-tab" is BackTab).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct Key {
    code: Code,
    ctrl: bool,
    alt: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Code {
    Char(char),
    F(u8),
    Named(&'static str),
}

const NAMED: [&str; 14] = [
    "up",
    "down",
    "left",
    "right",
    "pageup",
    "pagedown",
    "home",
    "end",
    "enter",
    "esc",
    "tab",
    "backtab",
    "backspace",
    "delete",
];

impl TryFrom<String> for Key {
    type Error = String;

    fn try_from(s: String) -> Result<Key, String> {
        Key::parse(&s)
    }
}

impl Key {
    pub fn parse(s: &str) -> Result<Key, String> {
        let bad = || {
            format!(
                "unknown key `{s}`: write \"x\", \"ctrl-x\", \"alt-x\", \"shift-tab\" or a key name (up, pagedown, enter, esc, f1…)"
            )
        };
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        let mut rest = s;
        // "-" alone is a key, and so is the last "-" of "ctrl--".
        while let Some((m, tail)) = rest.split_once('-').filter(|(_, t)| !t.is_empty()) {
            match m.to_ascii_lowercase().as_str() {
                "ctrl" | "c" => ctrl = true,
                "alt" | "a" | "m" => alt = true,
                "shift" | "s" => shift = true,
                _ => break,
            }
            rest = tail;
        }
        let lower = rest.to_ascii_lowercase();
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => Code::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ if lower == "space" => Code::Char(' '),
            _ if lower == "tab" && shift => {
                shift = false;
                Code::Named("backtab")
            }
            _ if lower == "escape" => Code::Named("esc"),
            _ if lower == "return" => Code::Named("enter"),
            _ => {
                if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    if (1..=12).contains(&n) {
                        Code::F(n)
                    } else {
                        return Err(bad());
                    }
                } else {
                    Code::Named(
                        NAMED
                            .iter()
                            .find(|&&n| n == lower)
                            .copied()
                            .ok_or_else(bad)?,
                    )
                }
            }
        };
        if shift {
            return Err(format!(
                "`{s}`: shift goes with tab only; write the capital letter (\"G\") for shifted characters"
            ));
        }
        Ok(Key { code, ctrl, alt })
    }

    /// The character a key types, when it types one.
    pub fn text(&self) -> Option<char> {
        match self.code {
            Code::Char(c) if !self.ctrl && !self.alt => Some(c),
            _ => None,
        }
    }

    fn is_text(&self) -> bool {
        self.text().is_some()
    }

    /// Orders keys for display: a plain character before a named key, before one with a modifier.
    fn simplicity(&self) -> (bool, bool, usize) {
        (
            self.ctrl || self.alt,
            !matches!(self.code, Code::Char(_)),
            self.to_string().len(),
        )
    }

    /// The key the terminal reported, in the same form.
    pub fn from_event(ev: KeyEvent) -> Option<Key> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        let code = match ev.code {
            KeyCode::Char(c) => Code::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            KeyCode::F(n) => Code::F(n),
            KeyCode::Up => Code::Named("up"),
            KeyCode::Down => Code::Named("down"),
            KeyCode::Left => Code::Named("left"),
            KeyCode::Right => Code::Named("right"),
            KeyCode::PageUp => Code::Named("pageup"),
            KeyCode::PageDown => Code::Named("pagedown"),
            KeyCode::Home => Code::Named("home"),
            KeyCode::End => Code::Named("end"),
            KeyCode::Enter => Code::Named("enter"),
            KeyCode::Esc => Code::Named("esc"),
            KeyCode::Tab => Code::Named("tab"),
            KeyCode::BackTab => Code::Named("backtab"),
            KeyCode::Backspace => Code::Named("backspace"),
            KeyCode::Delete => Code::Named("delete"),
            _ => return None,
        };
        Some(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            Code::Char(' ') => f.write_str("space"),
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "f{n}"),
            Code::Named("backtab") => f.write_str("shift-tab"),
            // On screen, arrows read better as arrows; config files keep the names.
            Code::Named("down") if f.alternate() => f.write_str("↓"),
            Code::Named("up") if f.alternate() => f.write_str("↑"),
            Code::Named("left") if f.alternate() => f.write_str("←"),
            Code::Named("right") if f.alternate() => f.write_str("→"),
            Code::Named(n) => f.write_str(n),
        }
    }
}

/// Bindings per pane. A pane's own binding wins over a global one.
#[derive(Clone, Debug, Default)]
pub struct Keymap {
    panes: BTreeMap<Pane, BTreeMap<Key, Action>>,
}

impl Keymap {
    /// Add `over` on top of these bindings, key by key; `none` removes a binding.
    pub fn merge(&mut self, over: BTreeMap<Pane, BTreeMap<Key, Action>>) {
        for (pane, keys) in over {
            let map = self.panes.entry(pane).or_default();
            for (key, action) in keys {
                if action == Action::None {
                    map.remove(&key);
                } else {
                    map.insert(key, action);
                }
            }
        }
    }

    pub fn lookup(&self, pane: Pane, key: Key) -> Option<Action> {
        let own = self.panes.get(&pane).and_then(|m| m.get(&key)).copied();
        // While typing, a plain character is text, whatever it means elsewhere.
        if pane == Pane::Search && key.is_text() {
            return own;
        }
        own.or_else(|| {
            self.panes
                .get(&Pane::Global)
                .and_then(|m| m.get(&key))
                .copied()
        })
    }

    /// Every action bound in a pane with its keys, simplest key first, in the order actions
    /// are declared.
    pub fn bindings(&self, pane: Pane) -> Vec<(Action, Vec<Key>)> {
        let mut out: BTreeMap<Action, Vec<Key>> = BTreeMap::new();
        for (key, action) in self.panes.get(&pane).into_iter().flatten() {
            out.entry(*action).or_default().push(*key);
        }
        out.into_iter()
            .map(|(a, mut keys)| {
                keys.sort_by_key(Key::simplicity);
                (a, keys)
            })
            .collect()
    }

    /// The simplest key bound to an action (pane first, then global), for hints on screen:
    /// a plain character before a named key, before one with a modifier.
    pub fn key_for(&self, pane: Pane, action: Action) -> Option<Key> {
        // A global key the pane binds to something else does not do this here.
        self.panes
            .iter()
            .filter(|(p, _)| **p == pane || **p == Pane::Global)
            .flat_map(|(_, keys)| keys.iter())
            .filter(|(k, a)| **a == action && self.lookup(pane, **k) == Some(action))
            .map(|(k, _)| *k)
            .min_by_key(Key::simplicity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, m: KeyModifiers) -> Key {
        Key::from_event(KeyEvent::new(code, m)).unwrap()
    }

    #[test]
    fn parses_what_the_terminal_reports() {
        assert_eq!(
            Key::parse("ctrl-c").unwrap(),
            ev(KeyCode::Char('c'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            Key::parse("G").unwrap(),
            ev(KeyCode::Char('G'), KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("?").unwrap(),
            ev(KeyCode::Char('?'), KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("shift-tab").unwrap(),
            ev(KeyCode::BackTab, KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("pagedown").unwrap(),
            ev(KeyCode::PageDown, KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("-").unwrap(),
            ev(KeyCode::Char('-'), KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("f5").unwrap(),
            ev(KeyCode::F(5), KeyModifiers::NONE)
        );
        assert_ne!(Key::parse("g").unwrap(), Key::parse("G").unwrap());
    }

    #[test]
    fn rejects_unknown_keys() {
        assert!(Key::parse("ctrl-").is_err());
        assert_eq!(Key::parse("ctrl--").unwrap().to_string(), "ctrl--");
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("pgdn").is_err());
        assert!(
            Key::parse("shift-g")
                .unwrap_err()
                .contains("capital letter")
        );
        assert!(Key::parse("f13").is_err());
    }

    #[test]
    fn display_round_trips() {
        for s in [
            "ctrl-d",
            "G",
            "shift-tab",
            "pageup",
            "space",
            "f1",
            "alt-x",
            "?",
        ] {
            assert_eq!(Key::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn pane_bindings_win_and_none_unbinds() {
        let k = |s| Key::parse(s).unwrap();
        let mut map = Keymap::default();
        map.merge(BTreeMap::from([
            (Pane::Global, BTreeMap::from([(k("q"), Action::Quit)])),
            (Pane::Overlay, BTreeMap::from([(k("q"), Action::Close)])),
        ]));
        assert_eq!(map.lookup(Pane::Columns, k("q")), Some(Action::Quit));
        assert_eq!(map.lookup(Pane::Overlay, k("q")), Some(Action::Close));
        assert_eq!(
            map.key_for(Pane::Overlay, Action::Quit),
            None,
            "q closes overlays"
        );
        map.merge(BTreeMap::from([(
            Pane::Global,
            BTreeMap::from([(k("q"), Action::None)]),
        )]));
        assert_eq!(map.lookup(Pane::Columns, k("q")), None);
    }
}

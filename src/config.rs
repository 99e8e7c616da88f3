//! Configuration: the embedded `config.toml`, then the user's file over it, key by key.
//! Unknown keys and bad values are errors that name the file, line and column.

use crate::error::{Error, toml_error};
use crate::tui::action::Action;
use crate::tui::keymap::{Key, Keymap, Pane};
use ratatui::style::Color;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub const DEFAULT: &str = include_str!("../config.toml");

#[derive(Clone, Debug)]
pub struct Config {
    pub layout: Layout,
    pub theme: Theme,
    pub keys: Keymap,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub column_min_width: u16,
    pub sidebar: bool,
    pub sidebar_width: u16,
    pub claims: bool,
    pub lockstep: bool,
    pub show_hidden: bool,
    pub paragraph_numbers: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub accent: Color,
    pub title: Color,
    pub heading: Color,
    pub text: Color,
    pub gutter: Color,
    pub hidden: Color,
    pub border: Color,
    pub status_fg: Color,
    pub status_bg: Color,
    pub warning: Color,
    pub mention_fg: Color,
    pub mention_bg: Color,
    pub current_fg: Color,
    pub current_bg: Color,
    pub matched: Color,
    pub selected_bg: Color,
}

/// One file's worth of settings: everything optional, nothing unknown.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct File {
    layout: LayoutFile,
    theme: ThemeFile,
    keys: BTreeMap<Pane, BTreeMap<Key, Action>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct LayoutFile {
    column_min_width: Option<Width<20, 200>>,
    sidebar: Option<bool>,
    claims: Option<bool>,
    lockstep: Option<bool>,
    sidebar_width: Option<Width<16, 80>>,
    show_hidden: Option<bool>,
    paragraph_numbers: Option<bool>,
}

macro_rules! theme_file {
    ($($field:ident),*) => {
        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        struct ThemeFile { $($field: Option<Colour>,)* }

        impl ThemeFile {
            fn over(self, base: ThemeFile) -> ThemeFile {
                ThemeFile { $($field: self.$field.or(base.$field),)* }
            }

            fn build(self) -> Option<Theme> {
                Some(Theme { $($field: self.$field?.0,)* })
            }
        }
    };
}
theme_file!(
    accent,
    title,
    heading,
    text,
    gutter,
    hidden,
    border,
    status_fg,
    status_bg,
    warning,
    mention_fg,
    mention_bg,
    current_fg,
    current_bg,
    matched,
    selected_bg
);

/// A width in terminal cells, checked against its range where it is written.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(try_from = "i64")]
struct Width<const MIN: u16, const MAX: u16>(u16);

impl<const MIN: u16, const MAX: u16> TryFrom<i64> for Width<MIN, MAX> {
    type Error = String;

    fn try_from(v: i64) -> Result<Self, String> {
        if (i64::from(MIN)..=i64::from(MAX)).contains(&v) {
            Ok(Width(v as u16))
        } else {
            Err(format!("{v} is out of range: expected {MIN} to {MAX}"))
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(try_from = "String")]
struct Colour(Color);

impl TryFrom<String> for Colour {
    type Error = String;

    fn try_from(s: String) -> Result<Colour, String> {
        let named = s.replace(['-', '_', ' '], "").to_lowercase();
        Color::from_str(&named).map(Colour).map_err(|_| {
            format!(
                "unknown colour `{s}`: use a name (red, darkgray, lightcyan, reset…) or #rrggbb"
            )
        })
    }
}

impl Config {
    /// The default configuration alone.
    pub fn default_config() -> Config {
        Config::from_texts(None).expect("the embedded config.toml is valid")
    }

    /// The defaults with the user's file over them: `--config PATH` if given (it must exist),
    /// else `$XDG_CONFIG_HOME/dossier/config.toml` if it exists.
    pub fn load(explicit: Option<&Path>) -> Result<Config, Error> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => user_config_path().filter(|p| p.is_file()),
        };
        let Some(path) = path else {
            return Ok(Config::default_config());
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::Config(format!("{}: cannot read config: {e}", path.display())))?;
        Config::from_texts(Some((&path.display().to_string(), &text))).map_err(Error::Config)
    }

    /// Build from the defaults and an optional (file name, text) over them.
    pub fn from_texts(user: Option<(&str, &str)>) -> Result<Config, String> {
        let base = parse("config.toml (built in)", DEFAULT)?;
        let File {
            layout,
            theme,
            keys,
        } = match user {
            Some((name, text)) => {
                let over = parse(name, text)?;
                let mut keys = base.keys;
                for (pane, map) in over.keys {
                    keys.entry(pane).or_default().extend(map);
                }
                File {
                    layout: over.layout.over(base.layout),
                    theme: over.theme.over(base.theme),
                    keys,
                }
            }
            None => base,
        };
        let mut keymap = Keymap::default();
        keymap.merge(keys);
        let incomplete = || "config.toml (built in) lacks a setting".to_string();
        Ok(Config {
            layout: Layout {
                column_min_width: layout.column_min_width.ok_or_else(incomplete)?.0,
                sidebar: layout.sidebar.ok_or_else(incomplete)?,
                claims: layout.claims.ok_or_else(incomplete)?,
                lockstep: layout.lockstep.ok_or_else(incomplete)?,
                sidebar_width: layout.sidebar_width.ok_or_else(incomplete)?.0,
                show_hidden: layout.show_hidden.ok_or_else(incomplete)?,
                paragraph_numbers: layout.paragraph_numbers.ok_or_else(incomplete)?,
            },
            theme: theme.build().ok_or_else(incomplete)?,
            keys: keymap,
        })
    }
}

impl LayoutFile {
    fn over(self, base: LayoutFile) -> LayoutFile {
        LayoutFile {
            column_min_width: self.column_min_width.or(base.column_min_width),
            sidebar: self.sidebar.or(base.sidebar),
            claims: self.claims.or(base.claims),
            lockstep: self.lockstep.or(base.lockstep),
            sidebar_width: self.sidebar_width.or(base.sidebar_width),
            show_hidden: self.show_hidden.or(base.show_hidden),
            paragraph_numbers: self.paragraph_numbers.or(base.paragraph_numbers),
        }
    }
}

fn parse(name: &str, text: &str) -> Result<File, String> {
    toml::from_str(text).map_err(|e| toml_error(name, text, &e))
}

fn user_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("dossier").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(text: &str) -> Result<Config, String> {
        Config::from_texts(Some(("my.toml", text)))
    }

    #[test]
    fn defaults_are_complete() {
        let c = Config::default_config();
        assert_eq!(c.layout.column_min_width, 40);
        assert_eq!(c.theme.heading, Color::Yellow);
        assert_eq!(
            c.keys.lookup(Pane::Columns, Key::parse("j").unwrap()),
            Some(Action::ScrollDown)
        );
    }

    #[test]
    fn user_file_overrides_only_what_it_names() {
        let c = user("[layout]\nsidebar_width = 40\n[theme]\nheading = \"#ff8800\"\n[keys.columns]\n\"ctrl-k\" = \"scroll_up\"\n\"j\" = \"none\"\n").unwrap();
        assert_eq!(c.layout.sidebar_width, 40);
        assert_eq!(c.layout.column_min_width, 40);
        assert_eq!(c.theme.heading, Color::Rgb(0xff, 0x88, 0x00));
        assert_eq!(c.theme.gutter, Color::DarkGray);
        let k = |s| Key::parse(s).unwrap();
        assert_eq!(
            c.keys.lookup(Pane::Columns, k("ctrl-k")),
            Some(Action::ScrollUp)
        );
        assert_eq!(c.keys.lookup(Pane::Columns, k("j")), None);
        assert_eq!(c.keys.lookup(Pane::Columns, k("k")), Some(Action::ScrollUp));
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = user("[layout]\nsidebars = 3\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:2:1: unknown field `sidebars`"),
            "{e}"
        );
        let e = user("[layout]\nsidebar = 3\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:2:11: invalid type: integer `3`, expected a boolean"),
            "{e}"
        );
        let e = user("[layout]\ncolumn_min_width = 5\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:2:20: 5 is out of range: expected 20 to 200"),
            "{e}"
        );
        let e = user("[theme]\n  heading = \"mauve\"\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:13: unknown colour `mauve`"), "{e}");
        let e = user("[keys.columns]\n\"j\" = \"fly\"\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:7: unknown variant `fly`"), "{e}");
        let e = user("[keys.columns]\n\"hyper-j\" = \"top\"\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:1: unknown key `hyper-j`"), "{e}");
        let e = user("[keys.sideways]\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:1:7: unknown variant `sideways`"),
            "{e}"
        );
        let e = user("[layout\n").unwrap_err();
        assert!(e.starts_with("my.toml:1:8: "), "{e}");
    }

    #[test]
    fn missing_explicit_file_is_an_error() {
        let e = Config::load(Some(Path::new("/nonexistent/dossier.toml"))).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/nonexistent/dossier.toml: cannot read config"),
            "{e}"
        );
    }
}

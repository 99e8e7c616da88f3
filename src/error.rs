//! Errors that stop dossier from opening a folder, and the `file:line:column` form used for
//! every TOML mistake.

use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot open dossier folder {}: {source}", path.display())]
    OpenDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a folder: a dossier is a folder of .txt and .md articles", path.display())]
    NotADir { path: PathBuf },
    #[error("no readable article in {}: a dossier is a folder of .txt and .md articles", path.display())]
    NoArticles { path: PathBuf },
    #[error("{0}")]
    Config(String),
}

/// "file:line:column: message" for a TOML parse or schema error, positions counted from 1.
pub fn toml_error(file: &str, text: &str, err: &toml::de::Error) -> String {
    let message = err.message().trim_end();
    match toml_place(text, err) {
        Some((line, col)) => format!("{file}:{line}:{col}: {message}"),
        None => format!("{file}: {message}"),
    }
}

/// Line and column of a TOML error in `text`, counted from 1.
pub fn toml_place(text: &str, err: &toml::de::Error) -> Option<(usize, usize)> {
    err.span().map(|span| line_col(text, span.start))
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_errors_name_line_and_column() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            a: u8,
        }
        let text = "a = 1\nb = 2\n";
        let err = toml::from_str::<T>(text).unwrap_err();
        let msg = toml_error("x.toml", text, &err);
        assert!(msg.starts_with("x.toml:2:1: unknown field `b`"), "{msg}");
        assert_eq!(line_col("ab\ncé\nd", 6), (2, 3));
    }
}

//! What the integration tests share: the dossiers and expectations in `tests/fixtures`.

#![allow(dead_code)]

use dossier::corpus;
use dossier::model::Dossier;
use std::path::PathBuf;

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fixture dossier, opened as `dossier` opens a folder.
pub fn fixture(name: &str) -> Dossier {
    corpus::open(&fixtures().join(name)).unwrap()
}

/// A fixture's expectations, written as `NAME.expected.toml` beside it.
pub fn expected_text(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(format!("{name}.expected.toml"))).unwrap()
}

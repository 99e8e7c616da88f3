//! The sample dossier shipped in `assets/dossier/`, embedded so `dossier` opens it from anywhere.

use super::load::{Folder, SourceFile};

const ARTICLES: [(&str, &[u8]); 3] = [
    (
        "000_8b4e1523bca8c7fd.txt",
        include_bytes!("../../assets/dossier/000_8b4e1523bca8c7fd.txt"),
    ),
    (
        "003_055324eaa51cc88e.txt",
        include_bytes!("../../assets/dossier/003_055324eaa51cc88e.txt"),
    ),
    (
        "004_347e296371e70fdb.txt",
        include_bytes!("../../assets/dossier/004_347e296371e70fdb.txt"),
    ),
];
const META: &str = include_str!("../../assets/dossier/dossier.toml");

/// The file names embedded, so a test can check they match the assets folder.
pub fn file_names() -> Vec<&'static str> {
    ARTICLES.iter().map(|(n, _)| *n).collect()
}

pub fn folder() -> Folder {
    Folder {
        label: "sample".into(),
        files: ARTICLES
            .iter()
            .map(|(name, bytes)| SourceFile {
                name: (*name).into(),
                bytes: bytes.to_vec(),
            })
            .collect(),
        meta: Some(META.into()),
        warnings: Vec::new(),
    }
}

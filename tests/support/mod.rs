//! What the name tests share: a dossier opened from invented articles, and the names found in it.
#![allow(dead_code)]

use dossier::corpus;
use dossier::model::{Dossier, EntityKind};

/// A dossier of the given articles (file name, text), opened as `dossier` opens a folder.
pub fn dossier(files: &[(&str, &str)]) -> Dossier {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    corpus::open(dir.path()).unwrap()
}

/// Every mention's text, with its entity's kind.
pub fn mentions(d: &Dossier) -> Vec<(String, EntityKind)> {
    let mut out = Vec::new();
    for e in &d.entities {
        for m in &e.mentions {
            let a = d.articles.iter().find(|a| a.id == m.article).unwrap();
            out.push((
                a.paragraphs[m.paragraph].text[m.start..m.end].to_string(),
                e.kind,
            ));
        }
    }
    out
}

pub fn found(d: &Dossier, text: &str) -> Option<EntityKind> {
    mentions(d)
        .into_iter()
        .find(|(t, _)| t == text)
        .map(|(_, k)| k)
}

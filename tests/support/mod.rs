//! What the name tests share: a dossier opened from invented articles, and the names found in it.
#![allow(dead_code)]

use dossier::corpus;
use dossier::model::{Dossier, EntityKind};

/// A paragraph with no name in it, to stand between the ones a test reads.
pub const PARA: &str = "The board of the cooperative met on a rainy morning and spoke for an hour about \
                        the harvest, the prices and the roads to the market.";

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

/// Asserts that each of `names` is a mention's text, of the `kind`, showing the rows if not.
pub fn assert_found_as(d: &Dossier, names: &[&str], kind: EntityKind) {
    let rows = rows_with(d, "");
    for name in names {
        assert_eq!(found(d, name), Some(kind), "{name}: {rows:?}");
    }
}

/// Asserts that some mention's text is `text`.
pub fn assert_mentioned(d: &Dossier, text: &str) {
    let found = mentions(d);
    assert!(
        found.iter().any(|(t, _)| t == text),
        "{text} is found: {found:?}"
    );
}

/// Asserts that no mention's text passes `test` (`what` says what it would have been).
pub fn assert_no_mention(d: &Dossier, what: &str, test: impl Fn(&str) -> bool) {
    let found = mentions(d);
    assert!(
        !found.iter().any(|(t, _)| test(t)),
        "no mention is {what}: {found:?}"
    );
}

/// The names of the rows any of whose forms contains `part`.
pub fn rows_with<'a>(d: &'a Dossier, part: &str) -> Vec<&'a str> {
    d.entities
        .iter()
        .filter(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| n.contains(part))
        })
        .map(|e| e.name.as_str())
        .collect()
}

/// The names of the rows of one kind, in the dossier's order.
pub fn names_of_kind(d: &Dossier, kind: EntityKind) -> Vec<&str> {
    d.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.as_str())
        .collect()
}

/// The index of the row holding a mention whose text is exactly `text`.
pub fn row_of(d: &Dossier, text: &str) -> usize {
    d.entities
        .iter()
        .position(|e| {
            e.mentions.iter().any(|m| {
                let a = d.articles.iter().find(|a| a.id == m.article).unwrap();
                &a.paragraphs[m.paragraph].text[m.start..m.end] == text
            })
        })
        .unwrap_or_else(|| panic!("{text} has no row"))
}

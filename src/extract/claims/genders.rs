//! Whether a person is a woman or a man as far as their given name says, for "she said" and
//! "he said": a name every locale of Faker lists one way only (`assets/lexicon/
//! given_name_genders.txt`); any other name says nothing.

use crate::model::{Dossier, EntityKind};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const GENDERS: &str = include_str!("../../../assets/lexicon/given_name_genders.txt");

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Female,
    Male,
}

fn table() -> &'static HashMap<&'static str, Gender> {
    static CELL: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    CELL.get_or_init(|| {
        GENDERS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let g = match g {
                    "f" => Gender::Female,
                    "m" => Gender::Male,
                    _ => return None,
                };
                Some((name, g))
            })
            .collect()
    })
}

/// The gender a person's given names (the first word of their name and of each alias) say,
/// if they say one and no two disagree: "Jenni Hermoso", also called "Jennifer Hermoso".
pub(super) fn of(d: &Dossier, e: usize) -> Option<Gender> {
    let ent = &d.entities[e];
    if ent.kind != EntityKind::Person {
        return None;
    }
    let mut said = std::iter::once(&ent.name)
        .chain(&ent.aliases)
        // A given name opens a name of two words or more.
        .filter_map(|n| {
            let mut words = n.split_whitespace();
            let first = words.next()?;
            words.next().map(|_| first)
        })
        .filter_map(|first| {
            table()
                .get(crate::extract::lexicon::fold(first).as_str())
                .copied()
        });
    let first = said.next()?;
    said.all(|g| g == first).then_some(first)
}

/// The gender a subject pronoun marks: "she", "ela", "lei", "elle" a woman; "he", "ele",
/// "egli", "lui", "il" a man (French "il" and "elle" may also stand for a company's noun: the
/// caller decides whether a person is meant).
pub(super) fn of_pronoun(key: &str) -> Option<Gender> {
    match key {
        "she" | "ela" | "lei" | "ella" | "elle" => Some(Gender::Female),
        "he" | "ele" | "egli" | "lui" | "il" => Some(Gender::Male),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_and_the_list() {
        assert_eq!(of_pronoun("she"), Some(Gender::Female));
        assert_eq!(of_pronoun("egli"), Some(Gender::Male));
        assert_eq!(of_pronoun("it"), None);
        assert_eq!(table().get("helene"), Some(&Gender::Female));
        assert_eq!(table().get("matteo"), Some(&Gender::Male));
        // A name given to women and men alike says nothing.
        assert_eq!(table().get("jordan"), None);
    }
}

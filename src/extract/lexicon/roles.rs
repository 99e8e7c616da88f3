//! The roles that stand before or after a person's name ("chief executive", "Sprecherin",
//! "o governador interino"), indexed by their first and last words.

use super::{Lexicon, fold};
use crate::extract::tokens::{Shape, Token};
use rustc_hash::FxHashMap as HashMap;

pub(super) fn index_roles(
    roles: &[String],
    by: impl Fn(&Vec<String>) -> Option<&String>,
) -> HashMap<String, Vec<Vec<String>>> {
    let mut m: HashMap<String, Vec<Vec<String>>> = HashMap::default();
    for r in roles {
        let words: Vec<String> = fold(r).split_whitespace().map(str::to_string).collect();
        // Spanish glues "ex" to a role ("el expresidente de Quelmo", "la exministra").
        let former = (words.len() == 1).then(|| vec![format!("ex{}", words[0])]);
        for words in std::iter::once(words).chain(former) {
            if let Some(k) = by(&words).cloned() {
                m.entry(k).or_default().push(words);
            }
        }
    }
    m
}

fn words_eq(t: &[Token], words: &[String]) -> bool {
    t.len() == words.len() && t.iter().zip(words).all(|(x, w)| x.key == *w)
}

impl Lexicon {
    /// The length of the longest role phrase ("CEO", "chief executive") starting at `t[k]` and
    /// ending before `end`.
    pub fn role_at(&self, t: &[Token], k: usize, end: usize) -> Option<usize> {
        let roles = self.roles_by_first.get(t.get(k)?.key.as_str())?;
        roles
            .iter()
            .filter(|r| k + r.len() <= end && words_eq(&t[k..k + r.len()], r))
            .map(Vec::len)
            .max()
    }

    /// Whether a role phrase ends just before `end` ("… le porte-parole" + name).
    pub fn role_before(&self, t: &[Token], end: usize) -> bool {
        // A role held for the time being, its adjective after it: "el gobernador interino",
        // "il presidente uscente", "le président sortant".
        const INTERIM: [&str; 11] = [
            "interino",
            "interina",
            "interimaire",
            "provisional",
            "provisorio",
            "provisoria",
            "uscente",
            "sortant",
            "sortante",
            "saliente",
            "cessante",
        ];
        let Some(last) = end.checked_sub(1).map(|i| &t[i]) else {
            return false;
        };
        if INTERIM.contains(&last.key.as_str()) && last.shape == Shape::Lower {
            return self.role_before(t, end - 1);
        }
        self.roles_by_last
            .get(last.key.as_str())
            .is_some_and(|roles| {
                roles
                    .iter()
                    .any(|r| r.len() <= end && words_eq(&t[end - r.len()..end], r))
            })
    }

    /// The last word of some role: "officer" of "chief executive officer".
    pub fn ends_a_role(&self, key: &str) -> bool {
        self.roles_by_last.contains_key(key)
    }

    /// A one-word role: "spokesperson", "Anwalt".
    pub fn is_role_word(&self, key: &str) -> bool {
        self.roles_by_first
            .get(key)
            .is_some_and(|roles| roles.iter().any(|r| r.len() == 1))
    }
}

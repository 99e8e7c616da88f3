//! The claim lexicon (`assets/lexicon/claims.toml`) and its matching on folded words.

use crate::extract::tokens::Token;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const CLAIMS: &str = include_str!("../../../assets/lexicon/claims.toml");

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    /// Saying: the side decides the kind. Lowest priority.
    Say,
    Accuse,
    Deny,
    /// Starting a dispute. Highest priority.
    Sue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    Cue(Cue),
    Filing,
    CompanyAnaphor,
    RoleAnaphor,
}

pub struct Lexicon {
    /// Phrases by their first word: (words, what they are).
    phrases: HashMap<String, Vec<(Vec<String>, Phrase)>>,
    pub lawyers: Vec<String>,
    /// Topic names, and the word starts that name them by their first three letters.
    pub topics: Vec<String>,
    topic_starts: HashMap<String, Vec<(usize, String)>>,
}

#[derive(Deserialize)]
struct File {
    sue: Vec<String>,
    accuse: Vec<String>,
    deny: Vec<String>,
    say: Vec<String>,
    filing: Vec<String>,
    company_anaphors: Vec<String>,
    role_anaphors: Vec<String>,
    lawyers: Vec<String>,
    topics: BTreeMap<String, Vec<String>>,
}

pub fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    CELL.get_or_init(|| {
        let f: File = toml::from_str(CLAIMS).expect("assets/lexicon/claims.toml is valid");
        let mut phrases: HashMap<String, Vec<(Vec<String>, Phrase)>> = HashMap::default();
        let groups = [
            (&f.sue, Phrase::Cue(Cue::Sue)),
            (&f.accuse, Phrase::Cue(Cue::Accuse)),
            (&f.deny, Phrase::Cue(Cue::Deny)),
            (&f.say, Phrase::Cue(Cue::Say)),
            (&f.filing, Phrase::Filing),
            (&f.company_anaphors, Phrase::CompanyAnaphor),
            (&f.role_anaphors, Phrase::RoleAnaphor),
        ];
        for (list, what) in groups {
            for p in list {
                let words: Vec<String> = crate::extract::lexicon::fold(p)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                if let Some(first) = words.first().cloned() {
                    phrases.entry(first).or_default().push((words, what));
                }
            }
        }
        for list in phrases.values_mut() {
            // Longest first, so "ha rechazado" wins over "ha".
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let mut topic_starts: HashMap<String, Vec<(usize, String)>> = HashMap::default();
        for (i, starts) in f.topics.values().enumerate() {
            for start in starts {
                let head: String = start.chars().take(3).collect();
                topic_starts
                    .entry(head)
                    .or_default()
                    .push((i, start.clone()));
            }
        }
        Lexicon {
            phrases,
            lawyers: f
                .lawyers
                .iter()
                .map(|w| crate::extract::lexicon::fold(w))
                .collect(),
            topics: f.topics.into_keys().collect(),
            topic_starts,
        }
    })
}

impl Lexicon {
    /// The phrase starting at token `k` (before `end`), with its length.
    pub fn phrase_at(&self, t: &[Token], k: usize, end: usize) -> Option<(usize, Phrase)> {
        let key = t.get(k)?.key.trim_end_matches('\'');
        self.phrases.get(key)?.iter().find_map(|(words, what)| {
            let n = words.len();
            (k + n <= end
                && t[k..k + n]
                    .iter()
                    .zip(words)
                    .all(|(x, w)| x.key.trim_end_matches('\'') == w.as_str()))
            .then_some((n, *what))
        })
    }

    /// Whether the phrase at `k` is a saying verb (after which the speaker may follow).
    pub fn is_say(&self, t: &[Token], k: usize, n: usize) -> bool {
        self.phrase_at(t, k, k + n)
            .is_some_and(|(_, p)| p == Phrase::Cue(Cue::Say))
    }

    pub fn is_lawyer(&self, key: &str) -> bool {
        self.lawyers.iter().any(|l| l == key)
    }

    /// The topics the words of a sentence touch, in topic order.
    pub fn topics(&self, t: &[Token]) -> Vec<String> {
        let mut hit = vec![false; self.topics.len()];
        for x in t {
            // Words are looked up by their first three letters.
            let Some((end, _)) = x
                .key
                .char_indices()
                .nth(3)
                .or((x.key.chars().count() == 3).then_some((x.key.len(), ' ')))
            else {
                continue;
            };
            for (i, start) in self.topic_starts.get(&x.key[..end]).into_iter().flatten() {
                if x.key.starts_with(start.as_str()) {
                    hit[*i] = true;
                }
            }
        }
        self.topics
            .iter()
            .zip(hit)
            .filter(|(_, h)| *h)
            .map(|(name, _)| name.clone())
            .collect()
    }
}

//! Who sued first. A story followed for months tells its suit in passing ("Halvorsen's
//! lawsuit", "la demanda de Halvorsen") more often than it says again who sued, and may tell
//! the countersuit in plain words ("Brightwell filed a complaint against Halvorsen"). So the
//! plaintiff of the dispute is the one the dossier most says sued or names as owning the suit,
//! and not one it says sued back ("Brightwell countersued", "Brightwell contre-attaque"),
//! moved second ("Brightwell in turn demanded …", "que por sua vez reclama") or was ordered
//! to pay ("Brightwell ordered to pay Halvorsen").

use super::cues::{Cue, Phrase, lexicon};
use super::disputes::passive_agent;
use super::sentences::Sentence;
use rustc_hash::FxHashMap as HashMap;

/// The evidence, read once over the dossier: for each entity, how much the dossier says it
/// sued first (a suit, a suit of its) less how much it says it answers (suing back, moving
/// second, condemned).
#[derive(Default)]
pub(super) struct Suers {
    votes: HashMap<usize, i32>,
    /// Who sues in each sentence, by the sentence's index ([`suing`]).
    by_sentence: Vec<Option<usize>>,
    /// Those said to sue back or to move second: they bring claims of their own.
    pub(super) counterclaim: rustc_hash::FxHashSet<usize>,
}

impl Suers {
    pub(super) fn count(sentences: &[Sentence]) -> Suers {
        let mut votes: HashMap<usize, i32> = HashMap::default();
        let mut counterclaim = rustc_hash::FxHashSet::default();
        let mut vote = |e: usize, v: i32| *votes.entry(e).or_default() += v;
        let by_sentence: Vec<Option<usize>> = sentences.iter().map(suing).collect();
        for (s, suer) in sentences.iter().zip(&by_sentence) {
            if let Some(e) = *suer {
                vote(e, 1);
            }
            for e in owners(s) {
                vote(e, 1);
            }
            for &(k, n, p) in &s.phrases {
                match p {
                    // Suing back says outright who was sued first.
                    Phrase::Countersue => {
                        if let Some(m) = s.actors_in(0, k).next() {
                            vote(m.2, -2);
                            counterclaim.insert(m.2);
                        }
                    }
                    Phrase::InTurn => {
                        if let Some(e) = second_mover(s, k) {
                            vote(e, -1);
                            counterclaim.insert(e);
                        }
                    }
                    Phrase::Cue(Cue::Rule) => {
                        if let Some(e) = condemned(s, k, n) {
                            vote(e, -1);
                        }
                    }
                    _ => {}
                }
            }
        }
        Suers {
            votes,
            by_sentence,
            counterclaim,
        }
    }

    /// Who sues in sentence `i`, if it tells a suit.
    pub(super) fn suer(&self, i: usize) -> Option<usize> {
        self.by_sentence[i]
    }

    /// How much the dossier says `e` sued first.
    pub(super) fn weight(&self, e: usize) -> i32 {
        self.votes.get(&e).copied().unwrap_or(0)
    }

    /// Whether `plaintiff` suing or accusing `defendant` is the countersuit: the dossier says
    /// the other sued first more than it says so of the plaintiff.
    pub(super) fn sues_back(&self, plaintiff: usize, defendant: usize) -> bool {
        self.weight(defendant) > self.weight(plaintiff)
    }
}

/// The name right before "in turn", "por su parte", "seinerseits" (a comma or a relative
/// pronoun between): "PSG in turn demanded", "ao Vantora, que por sua vez reclama". Not a
/// name further back, whose clause the marker is not in.
fn second_mover(s: &Sentence, k: usize) -> Option<usize> {
    const RELATIVE: [&str; 6] = ["que", "which", "who", "qui", "che", "der"];
    let m = s.mentions.iter().rev().find(|m| m.1 <= k)?;
    let between = &s.tokens[m.1..k];
    (between.len() <= 1 && between.iter().all(|x| RELATIVE.contains(&x.key.as_str())))
        .then_some(m.2)
}

/// Whom a ruling condemns: the subject of a passive ("Vantora was ordered to pay", "PSG
/// condenado a pagar"), or the first name after a court's verb ("Um tribunal condenou o X").
fn condemned(s: &Sentence, k: usize, n: usize) -> Option<usize> {
    let passive = super::bench::bench(s, k, n, Cue::Rule, None).passive;
    if passive {
        return s.actors_in(0, k).next().filter(|m| m.0 <= 3).map(|m| m.2);
    }
    let court_first = s
        .phrases
        .iter()
        .any(|&(pk, _, p)| p == Phrase::Court && pk < k);
    court_first
        .then(|| s.names_in(k + n, s.tokens.len()).next().map(|m| m.2))
        .flatten()
}

/// Who sues in a sentence with a suing cue: the agent after it ("filed by X"), else the
/// subject before it.
fn suing(s: &Sentence) -> Option<usize> {
    let (k, n, _) = *s.phrases.iter().find(|p| p.2 == Phrase::Cue(Cue::Sue))?;
    passive_agent(s, k + n)
        .or_else(|| passive_agent(s, k + n - 1))
        .or_else(|| s.actors_in(0, k).map(|m| m.2).next())
}

/// The names a sentence gives as owning a suit: "Halvorsen's lawsuit", "Halvorsen's antitrust
/// suit", "the lawsuit by Halvorsen", "la demanda de Halvorsen", "die Klage der Halvorsen AG".
/// Inside quotations too: the other side naming the suit says whose it is.
fn owners<'s>(s: &'s Sentence) -> impl Iterator<Item = usize> + 's {
    const OF: [&str; 13] = [
        "by", "from", "de", "del", "da", "do", "di", "della", "dello", "von", "der", "des", "vom",
    ];
    let lx = lexicon();
    let t = s.tokens;
    s.mentions.iter().filter_map(move |&(first, end, e)| {
        // The name's "'s", then the noun, at most one word between.
        let possessed = t[end - 1].possessive
            && (end..(end + 2).min(t.len()))
                .any(|i| lx.is_suit(&t[i].key) && !t[end..=i].iter().any(|x| x.break_before));
        // The noun after a determiner, a preposition, perhaps an article, then the name.
        let owned = (first.saturating_sub(3)..first).any(|i| {
            i > 0
                && lx.is_suit(&t[i].key)
                && lx.is_noun_opener(&t[i - 1].key)
                && OF.contains(&t[i + 1].key.as_str())
                && (i + 2..first).all(|j| lx.is_determiner_or_article(&t[j].key))
                && !t[i..=first].iter().any(|x| x.break_before)
        });
        (possessed || owned).then_some(e)
    })
}

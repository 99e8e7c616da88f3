//! Who sued first. A story followed for months tells its suit in passing ("Halvorsen's
//! lawsuit", "la demanda de Halvorsen") more often than it says again who sued, and may tell
//! the countersuit in plain words ("Brightwell filed a complaint against Halvorsen"). So the
//! plaintiff of the dispute is the one the dossier most says sued or names as owning the suit,
//! and never one it says sued back ("Brightwell countersued", "Brightwell contre-attaque").

use super::cues::{Cue, Phrase, lexicon};
use super::disputes::passive_agent;
use super::sentences::Sentence;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The evidence, read once over the dossier.
#[derive(Default)]
pub(super) struct Suers {
    /// How often each entity is said to sue or named as owning a suit.
    votes: HashMap<usize, usize>,
    /// The entities said to sue back or counter-attack: defendants, whatever else they file.
    back: HashSet<usize>,
}

impl Suers {
    pub(super) fn count(sentences: &[Sentence]) -> Suers {
        let mut out = Suers::default();
        for s in sentences {
            if let Some(e) = suing(s) {
                *out.votes.entry(e).or_default() += 1;
            }
            for e in owners(s) {
                *out.votes.entry(e).or_default() += 1;
            }
            if let Some(&(k, _, _)) = s.phrases.iter().find(|p| p.2 == Phrase::Countersue)
                && let Some(m) = s.actors_in(0, k).next()
            {
                out.back.insert(m.2);
            }
        }
        out
    }

    /// How much the dossier says `e` sued.
    pub(super) fn weight(&self, e: usize) -> usize {
        self.votes.get(&e).copied().unwrap_or(0)
    }

    /// Whether `plaintiff` suing `defendant` is the countersuit: the dossier says the one sued
    /// back, or tells the other's suit more often.
    pub(super) fn sues_back(&self, plaintiff: usize, defendant: usize) -> bool {
        !self.back.contains(&defendant)
            && (self.back.contains(&plaintiff) || self.weight(defendant) > self.weight(plaintiff))
    }
}

/// Who sues in a sentence with a suing cue: the agent after it ("filed by X"), else the
/// subject before it.
pub(super) fn suing(s: &Sentence) -> Option<usize> {
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

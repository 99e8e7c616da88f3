//! The nouns a dossier puts before a name ("the singer Drezzan", "el sello discográfico Veltro
//! Music Group", "die Plattenfirma Veltro"): later, "the singer" or "el sello" opening a
//! sentence stands for that name. Learned from the dossier itself, so it holds for whatever
//! the story's parties are called, in every language, without a list of nouns.

use super::cues::{Phrase, lexicon};
use super::sentences::Sentence;
use crate::extract::tokens::{Shape, Token};
use crate::model::{Dossier, EntityKind, Lang};
use rustc_hash::FxHashMap as HashMap;

/// For each folded noun, how often it stood before each name.
#[derive(Default)]
pub(super) struct Descriptors {
    by_noun: HashMap<String, HashMap<usize, usize>>,
    /// The names the dossier calls by a noun for an organization that is no company ("le
    /// syndicat Aerogild", "der Verein Harwick").
    not_firm: rustc_hash::FxHashSet<usize>,
}

/// Up to two words in small letters right before a name, with nothing between them.
const WIDTH: usize = 2;

impl Descriptors {
    pub(super) fn learn(d: &Dossier, sentences: &[Sentence]) -> Descriptors {
        let mut out = Descriptors::default();
        for s in sentences {
            for &(first, end, e) in &s.mentions {
                // The last word of an organization's name of several words is its noun too:
                // "the guild" of "British Aviation Pilots Guild".
                let head = (end - first >= 2 && d.entities[e].kind == EntityKind::Organization)
                    .then(|| s.tokens[end - 1].key.as_str());
                for word in descriptor_words(s, first).chain(head) {
                    // A German compound stands for its name by its last part too: "der
                    // Gewerkschaft" of "die Pilotengewerkschaft BAPG".
                    let heads = (s.lang == Lang::De).then(|| compound_heads(word));
                    for key in std::iter::once(word).chain(heads.into_iter().flatten()) {
                        // Looked up before it is copied: most nouns are met again and again.
                        let names = match out.by_noun.get_mut(key) {
                            Some(names) => names,
                            None => out.by_noun.entry(key.to_string()).or_default(),
                        };
                        *names.entry(e).or_default() += 1;
                    }
                }
            }
        }
        let lx = lexicon();
        for (noun, names) in &out.by_noun {
            if let Some(e) = dominant(names).filter(|_| lx.is_not_company(noun)) {
                out.not_firm.insert(e);
            }
        }
        out
    }

    /// Whether the dossier calls the organization `e` something that is no company (a union,
    /// a club): "the company" is not it.
    pub(super) fn not_a_firm(&self, e: usize) -> bool {
        self.not_firm.contains(&e)
    }

    /// The name a sentence's opening stands for: a determiner and a noun the dossier put
    /// before one name (at least three times in four), with no name before the cue at `k`,
    /// or before a clause set off by a comma ("L'ancien champion, contre lequel …, avait
    /// affirmé").
    pub(super) fn subject(&self, s: &Sentence, k: usize, lang: Lang) -> Option<usize> {
        let t = s.tokens;
        // The noun phrase opening the sentence, or the clause of the cue after an opener set
        // off by a comma ("In a letter to the regulator, the guild said …").
        let end = (1..k).find(|&i| t[i].break_before).unwrap_or(k);
        let clause = (1..k).rev().find(|&i| t[i].break_before).unwrap_or(0);
        [(0, end), (clause, k)].into_iter().find_map(|(from, to)| {
            if !(2..=1 + WIDTH).contains(&(to - from))
                || !opens_noun_phrase(&t[from].key, lang)
                || s.names_in(from, to).next().is_some()
            {
                return None;
            }
            t[from + 1..to]
                .iter()
                .filter(|x| !x.break_before)
                .find_map(|x| self.noun(x, lang))
        })
    }

    /// German puts the verb second: after a fronted phrase, the subject follows the verb at
    /// `k` ("In einem Brief an die Behörde erklärte die Gewerkschaft, …"): a determiner and a
    /// noun the dossier set before one name.
    pub(super) fn inverted_subject(&self, s: &Sentence, k: usize, n: usize) -> Option<usize> {
        let t = s.tokens;
        let (det, noun) = (t.get(k + n)?, t.get(k + n + 1)?);
        (s.lang == Lang::De
            && k > 0
            && !t[k].break_before
            && !det.break_before
            && !noun.break_before
            && lexicon().is_determiner(&det.key)
            && !s.mentions.iter().any(|m| m.0 == k + n + 1))
        .then(|| self.noun(noun, s.lang))
        .flatten()
    }

    /// The name a determiner and a noun right at `at` stand for, the verb of a quotation
    /// before them: "«…», ha ripetuto l'attore", "«…», a déclaré le chanteur".
    pub(super) fn after_verb(&self, s: &Sentence, at: usize) -> Option<usize> {
        let t = s.tokens;
        let (det, noun) = (t.get(at)?, t.get(at + 1)?);
        (!det.break_before
            && !noun.break_before
            && opens_noun_phrase(&det.key, s.lang)
            && !s.mentions.iter().any(|m| m.0 <= at + 1 && at < m.1))
        .then(|| self.noun(noun, s.lang))
        .flatten()
    }

    /// The name a noun stands for: the one it stood before at least three times in four. In
    /// small letters; German writes its nouns with a capital.
    pub(super) fn noun(&self, x: &Token, lang: Lang) -> Option<usize> {
        if !is_noun_shape(x, lang) {
            return None;
        }
        dominant(self.by_noun.get(x.key.as_str())?)
    }
}

/// The name a noun stood before at least three times in four, if one did.
fn dominant(names: &HashMap<usize, usize>) -> Option<usize> {
    let total: usize = names.values().sum();
    let (&e, &n) = names.iter().max_by_key(|(e, n)| (**n, usize::MAX - **e))?;
    (n * 4 >= total * 3).then_some(e)
}

/// The words in small letters just before the name at `first`: "singer" of "the Canadian
/// singer Drezzan", "sello", "discografico" of "el sello discográfico Veltro". Function words
/// end them ("against Veltro", "de Veltro").
fn descriptor_words<'a>(s: &'a Sentence, first: usize) -> impl Iterator<Item = &'a str> {
    let t = s.tokens;
    let mut j = first;
    let mut out = Vec::new();
    while j > 0 && out.len() < WIDTH && !t[j].break_before {
        let x = &t[j - 1];
        if !is_noun_shape(x, s.lang)
            || x.key.chars().count() < 3
            || crate::corpus::lang::is_any_function_word(&x.key)
            || lexicon().is_determiner(&x.key)
            // A verb, not a noun: "la ligue accuse Harwick" teaches nothing of "accuse".
            || claim_word(s, j - 1)
        {
            break;
        }
        out.push(x.key.as_str());
        j -= 1;
    }
    out.into_iter()
}

/// A noun's shape: small letters, or a capital in German.
fn is_noun_shape(x: &Token, lang: Lang) -> bool {
    x.shape == Shape::Lower || (lang == Lang::De && x.shape == Shape::Capitalized)
}

/// The last parts of a German compound that can stand for it, six letters or more:
/// "gewerkschaft", "werkschaft", … of "pilotengewerkschaft".
fn compound_heads(word: &str) -> impl Iterator<Item = &str> {
    let chars = word.chars().count();
    word.char_indices()
        .skip(1)
        .take(chars.saturating_sub(6))
        .map(move |(i, _)| &word[i..])
}

/// Whether a claim's word starts at token `i` (a verb of saying or accusing, a source marker).
fn claim_word(s: &Sentence, i: usize) -> bool {
    lexicon()
        .phrase_at(s.tokens, i, s.tokens.len())
        .is_some_and(|(_, p)| {
            matches!(
                p,
                Phrase::Cue(_)
                    | Phrase::Source
                    | Phrase::Accused
                    | Phrase::Countersue
                    | Phrase::Dismiss
            )
        })
}

/// An article opening a noun phrase, with the articles that are other words elsewhere: the
/// Portuguese "a" and "o" (French "a", Spanish "a" are a verb and a preposition), Italian "il".
pub(super) fn opens_noun_phrase(key: &str, lang: Lang) -> bool {
    lexicon().is_determiner(key)
        || (lang == Lang::Pt && matches!(key, "a" | "o" | "as" | "os"))
        || (lang == Lang::It && key == "il")
}

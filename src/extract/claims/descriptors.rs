//! The nouns a dossier puts before a name ("the singer Drezzan", "el sello discográfico Veltro
//! Music Group", "die Plattenfirma Veltro"): later, "the singer" or "el sello" opening a
//! sentence stands for that name. Learned from the dossier itself, so it holds for whatever
//! the story's parties are called, in every language, without a list of nouns.

use super::cues::lexicon;
use super::sentences::Sentence;
use crate::extract::tokens::Shape;
use crate::model::Lang;
use rustc_hash::FxHashMap as HashMap;

/// For each folded noun, how often it stood before each name.
#[derive(Default)]
pub(super) struct Descriptors {
    by_noun: HashMap<String, HashMap<usize, usize>>,
}

/// Up to two words in small letters right before a name, with nothing between them.
const WIDTH: usize = 2;

impl Descriptors {
    pub(super) fn learn(sentences: &[Sentence]) -> Descriptors {
        let mut out = Descriptors::default();
        for s in sentences {
            for &(first, _, e) in &s.mentions {
                for key in descriptor_words(s, first) {
                    // Looked up before it is copied: most nouns are met again and again.
                    let names = match out.by_noun.get_mut(key) {
                        Some(names) => names,
                        None => out.by_noun.entry(key.to_string()).or_default(),
                    };
                    *names.entry(e).or_default() += 1;
                }
            }
        }
        out
    }

    /// The name a sentence's opening stands for: a determiner and a noun the dossier put
    /// before one name (at least three times in four), with no name before the cue at `k`,
    /// or before a clause set off by a comma ("L'ancien champion, contre lequel …, avait
    /// affirmé").
    pub(super) fn subject(&self, s: &Sentence, k: usize, lang: Lang) -> Option<usize> {
        let t = s.tokens;
        let end = (1..k).find(|&i| t[i].break_before).unwrap_or(k);
        if !(2..=1 + WIDTH).contains(&end)
            || !opens_noun_phrase(&t[0].key, lang)
            || s.names_in(0, end).next().is_some()
        {
            return None;
        }
        t[1..end]
            .iter()
            .filter(|x| x.shape == Shape::Lower && !x.break_before)
            .find_map(|x| {
                let names = self.by_noun.get(x.key.as_str())?;
                let total: usize = names.values().sum();
                let (&e, &n) = names.iter().max_by_key(|(e, n)| (**n, usize::MAX - **e))?;
                (n * 4 >= total * 3).then_some(e)
            })
    }
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
        if x.shape != Shape::Lower
            || x.key.chars().count() < 3
            || crate::corpus::lang::is_any_function_word(&x.key)
            || lexicon().is_determiner(&x.key)
        {
            break;
        }
        out.push(x.key.as_str());
        j -= 1;
    }
    out.into_iter()
}

/// An article opening a noun phrase, with the articles that are other words elsewhere: the
/// Portuguese "a" and "o" (French "a", Spanish "a" are a verb and a preposition), Italian "il".
pub(super) fn opens_noun_phrase(key: &str, lang: Lang) -> bool {
    lexicon().is_determiner(key)
        || (lang == Lang::Pt && matches!(key, "a" | "o" | "as" | "os"))
        || (lang == Lang::It && key == "il")
}

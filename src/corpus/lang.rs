//! Language identification by function words and a few telling letters.
//!
//! News sentences are long enough that counting articles, prepositions and pronouns separates
//! the six supported languages well; a short or ambiguous sentence takes its paragraph's language.

use super::lexicon::{normalize_apostrophe, stopwords};
use crate::model::Lang;

/// Evidence for each known language (index of [`Lang::KNOWN`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores(pub [f32; 6]);

impl Scores {
    pub fn add(&mut self, other: &Scores) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// The best language, or `None` when there is no evidence at all.
    pub fn best(&self) -> Option<Lang> {
        let (i, &v) = self
            .0
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))?;
        (v > 0.0).then(|| Lang::KNOWN[i])
    }

    /// The best language when the evidence is clear: one telling word with no rival, or more
    /// words well ahead of the runner-up.
    pub fn confident(&self) -> Option<Lang> {
        let mut sorted = self.0;
        sorted.sort_by(|a, b| b.total_cmp(a));
        let (first, second) = (sorted[0], sorted[1]);
        let clear =
            (first >= 1.0 && first >= 2.0 * second) || (first >= 1.5 && first >= 1.5 * second);
        clear.then(|| self.best()).flatten()
    }
}

/// Score a piece of text. Words are compared lower-cased, with elisions ("l’", "d'") as words.
pub fn score(text: &str) -> Scores {
    let table = &stopwords().weights;
    let mut scores = Scores::default();
    let mut word = String::with_capacity(24);
    let mut chars = text.chars().peekable();
    // An all-capital word is an acronym ("AI"), not the Italian "ai".
    let mut capitals = 0usize;
    let flush = |word: &mut String, scores: &mut Scores, capitals: &mut usize| {
        let acronym = *capitals >= 2 && *capitals == word.chars().count();
        *capitals = 0;
        if !word.is_empty()
            && !acronym
            && let Some(w) = table.get(word.as_str())
        {
            for (s, x) in scores.0.iter_mut().zip(w) {
                *s += x;
            }
        }
        word.clear();
    };
    while let Some(c) = chars.next() {
        if c.is_alphabetic() {
            letter_hint(c, &mut scores);
            capitals += usize::from(c.is_uppercase());
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else if matches!(c, '\'' | '’' | 'ʼ')
            && !word.is_empty()
            && chars.peek().is_some_and(|n| n.is_alphabetic())
        {
            // An elided article or pronoun: "l'", "qu'", "dell'".
            word.push('\'');
            flush(&mut word, &mut scores, &mut capitals);
        } else {
            flush(&mut word, &mut scores, &mut capitals);
        }
    }
    flush(&mut word, &mut scores, &mut capitals);
    scores
}

/// Letters found in one or two of the languages only.
fn letter_hint(c: char, s: &mut Scores) {
    const FR: usize = 1;
    const ES: usize = 2;
    const DE: usize = 3;
    const IT: usize = 4;
    const PT: usize = 5;
    match c {
        'ñ' | '¿' | '¡' => s.0[ES] += 0.5,
        'ã' | 'õ' => s.0[PT] += 0.5,
        // Acute accents on a, i, o, u: Spanish and Portuguese, never French ("Fiscalía",
        // "agresión", "ação").
        'á' | 'í' | 'ó' | 'ú' => {
            s.0[ES] += 0.2;
            s.0[PT] += 0.2;
        }
        'ß' | 'ä' | 'ö' | 'ü' => s.0[DE] += 0.3,
        'œ' | 'ë' | 'î' | 'ï' | 'û' => s.0[FR] += 0.3,
        'è' => {
            s.0[FR] += 0.1;
            s.0[IT] += 0.1;
        }
        'ì' | 'ò' => s.0[IT] += 0.3,
        'ç' => {
            s.0[FR] += 0.1;
            s.0[PT] += 0.1;
        }
        _ => {}
    }
}

/// Whether a word is a function word of `lang` (used by later stages to skip sentence openers).
pub fn is_function_word(word: &str, lang: Lang) -> bool {
    let Some(i) = lang.index() else { return false };
    function_weights(word).is_some_and(|row| row[i] > 0.0)
}

/// Whether a word is a function word of any known language.
pub fn is_any_function_word(word: &str) -> bool {
    function_weights(word).is_some()
}

fn function_weights(word: &str) -> Option<&'static [f32; 6]> {
    let table = &stopwords().weights;
    // Words come lower-cased with ASCII apostrophes from the tokenizer: look up without copying.
    if !word
        .chars()
        .any(|c| c.is_uppercase() || matches!(c, '’' | 'ʼ' | '`'))
    {
        return table.get(word);
    }
    table.get(&normalize_apostrophe(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> Option<Lang> {
        score(text).best()
    }

    #[test]
    fn tells_the_six_languages_apart() {
        assert_eq!(
            lang("The company said on Monday that it would appeal the ruling."),
            Some(Lang::En)
        );
        assert_eq!(
            lang("La société a déclaré lundi qu'elle ferait appel de la décision."),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang("La empresa dijo el lunes que apelaría la decisión del tribunal."),
            Some(Lang::Es)
        );
        assert_eq!(
            lang(
                "Das Unternehmen sagte am Montag, dass es gegen das Urteil Berufung einlegen werde."
            ),
            Some(Lang::De)
        );
        assert_eq!(
            lang("La società ha detto lunedì che farà ricorso contro la decisione del tribunale."),
            Some(Lang::It)
        );
        assert_eq!(
            lang("A empresa disse na segunda-feira que vai recorrer da decisão do tribunal."),
            Some(Lang::Pt)
        );
    }

    #[test]
    fn english_sentences_inside_french_articles() {
        let s = "Mercor’s soaring valuation amid legal threats highlights the fierce, high-stakes battle for dominance in the AI industry’s foundational data market.";
        assert_eq!(lang(s), Some(Lang::En));
        assert_eq!(
            lang("A Tale of Two Trajectories: Mercor’s Meteoric Rise"),
            Some(Lang::En)
        );
        let fr = "Échelle Ai allègue de Theft of Trade Secrets, d’une décision défensive car les clients Hemorrhages Hemor Méta.";
        assert_eq!(lang(fr), Some(Lang::Fr));
    }

    #[test]
    fn acronyms_are_not_function_words() {
        // "AI" is not the Italian preposition "ai".
        assert_eq!(
            score("Scale AI poursuit un ancien employé pour espionnage industriel").confident(),
            Some(Lang::Fr)
        );
        assert_eq!(score("Voir l'original").confident(), None);
    }

    #[test]
    fn no_evidence_is_no_language() {
        assert_eq!(lang("Mercor"), None);
        assert_eq!(lang("14.3 — 200"), None);
        assert_eq!(score("Mercor").confident(), None);
    }

    #[test]
    fn function_words() {
        assert!(is_function_word("Cette", Lang::Fr));
        assert!(is_function_word("Según", Lang::Es));
        assert!(!is_function_word("Mercor", Lang::Fr));
    }
}

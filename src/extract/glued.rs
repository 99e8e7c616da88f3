//! Two names written as one run: an organization, or its head word, and a person the dossier
//! names on their own elsewhere ("la Federación Rubén Rivera" for the federation's Rubén
//! Rivera, "du Real Madrid Florentino Pérez", "Sports Management CEO Bernd Reichart").

use super::lexicon::Lexicon;
use super::tokens::{Shape, Token};
use rustc_hash::FxHashSet as HashSet;

/// Whether the run `key` (folded words joined by spaces) is an organization and a person glued
/// together: from some word on, a given name opens a person's name that `standalone` holds,
/// and the words before it, role words aside, are an institution's head word or open a name
/// that `standalone` holds. An institution named after a person ("Fundación Juan March") stays
/// whole unless the person is named on their own too and the head stands alone.
pub(super) fn glued(lx: &Lexicon, key: &str, standalone: &HashSet<&str>) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() < 3 {
        return false;
    }
    (1..words.len() - 1).any(|i| {
        let given = lx.is_given_name(words[i]) || lx.is_listed_given(words[i]);
        if !given || !standalone.contains(words[i..].join(" ").as_str()) {
            return false;
        }
        let mut before = &words[..i];
        while let [rest @ .., last] = before
            && (lx.is_role_word(last) || lx.acronyms.contains(*last))
        {
            before = rest;
        }
        match before {
            [] => false,
            [head] => lx.is_institution_word(head),
            _ => {
                let org = before.join(" ");
                standalone
                    .iter()
                    .any(|k| k.starts_with(org.as_str()) && k.len() >= org.len() && *k != key)
            }
        }
    })
}

/// Whether a run of two words is an acronym and a name the dossier both writes alone (`alone`
/// holds the runs of one word), set side by side in a headline ("PSG Mbappé, prosegue il
/// contenzioso"): two names, not one.
/// Not a club or a branch named by its town ("FSV Frankfurt", "AC Milan"), nor a name ending
/// in a word of the language ("NZ First").
/// `alone` is asked for only once the shapes fit: building it costs a pass over the runs.
pub(super) fn acronym_beside_name<'a>(
    lx: &Lexicon,
    t: &[Token],
    lang: crate::model::Lang,
    alone: impl FnOnce() -> &'a HashSet<&'a str>,
) -> bool {
    let [a, b] = t else {
        return false;
    };
    // Italian and Spanish write an institution's acronym as a word ("la Sec", "el Fbi").
    let acronym = a.shape == Shape::AllCaps
        || (a.shape == Shape::Capitalized
            && a.key.chars().count() <= 5
            && lx.is_institution_form(&a.key));
    if !acronym || b.shape != Shape::Capitalized {
        return false;
    }
    let alone = alone();
    alone.contains(a.key.as_str())
        && alone.contains(b.key.as_str())
        && !lx.is_place(&b.key)
        && !lx.is_common(&b.lower)
        && !lx.is_common_in(&b.lower, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::lexicon;
    use crate::extract::tokens::tokenize;
    use crate::model::Lang;

    fn split(run: &str, alone: &[&str], lang: Lang) -> bool {
        let t = tokenize(run, &[0]);
        let alone: HashSet<&str> = alone.iter().copied().collect();
        acronym_beside_name(lexicon(), &t, lang, || &alone)
    }

    #[test]
    fn an_acronym_and_a_name_written_alone_are_two_names() {
        assert!(split("PSG Mbappé", &["psg", "mbappe"], Lang::It));
        // Not when the name is not written alone elsewhere.
        assert!(!split("PSG Mbappé", &["psg"], Lang::It));
        // An institution's acronym written as a word: "Secondo la Sec Zhao e Binance …".
        assert!(split("Sec Varnow", &["sec", "varnow"], Lang::It));
        // A club named by its town, a party ending in a word of the language.
        assert!(!split("FSV Frankfurt", &["fsv", "frankfurt"], Lang::De));
        assert!(!split("NZ First", &["nz", "first"], Lang::En));
    }
}

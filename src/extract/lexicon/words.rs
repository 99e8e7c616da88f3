//! The words of the six languages and the lists of names: how common a word is in each
//! language (wordfreq), German nouns by their form, given names and surnames.

use super::{
    COMMON, COMMON_FILTER, COMMON_FOLDED, GIVEN_FAKER, GIVEN_FAKER_FILTER, Lexicon, SURNAMES_FAKER,
    SURNAMES_FAKER_FILTER, filter, folded, without_end,
};
use crate::model::Lang;

impl Lexicon {
    /// The languages (bits of [`Lang::KNOWN`]) in which a lower-case word is common.
    pub fn common_mask(&self, lower: &str) -> u8 {
        // wordfreq writes the sharp s as "ss" ("strasse", "spass"). Most words are ASCII: the
        // test for that is far cheaper than the search for a character.
        if !lower.is_ascii() && lower.contains('ß') {
            return self.common_mask(&lower.replace('ß', "ss"));
        }
        if !filter::may_hold(&COMMON_FILTER, lower) {
            return 0;
        }
        COMMON
            .get(lower)
            .or_else(|| COMMON_FOLDED.get(lower))
            .copied()
            .unwrap_or(0)
    }

    /// A common word of some language, but not of four or more: those are mostly names and
    /// brands that every press writes ("google", "wang"), or loanwords.
    pub fn is_common(&self, lower: &str) -> bool {
        let m = self.common_mask(lower);
        m != 0 && m.count_ones() < 4
    }

    pub fn is_common_in(&self, lower: &str, lang: Lang) -> bool {
        lang.index()
            .is_some_and(|i| self.common_mask(lower) & (1 << i) != 0)
    }

    /// A word of `lang`, however many other languages share it ("Social", "Rural"); a
    /// compound when each of its parts is one ("Bem-Estar").
    pub fn is_word_of(&self, lower: &str, lang: Lang) -> bool {
        self.is_common_in(lower, lang)
            || (lower.contains('-')
                && lower
                    .split('-')
                    .all(|w| !w.is_empty() && self.is_common_in(w, lang)))
    }

    /// A German noun by its form: a common one, inflected ("Investors", "Klägerin"), or a
    /// compound ending in one ("Konstruktionspläne", "Kartellrechtsfall"). A surname or a town
    /// ends in a noun too ("Hartmann", "Rüsselsheim"): those endings are left to names.
    pub fn is_german_noun(&self, lower: &str) -> bool {
        const NAME_ENDINGS: [&str; 16] = [
            "mann", "berg", "heim", "hausen", "schmidt", "dorf", "burg", "feld", "bach", "stein",
            "hofen", "ingen", "au", "rode", "brunn", "thal",
        ];
        let noun = |w: &str| {
            self.is_common_in(w, Lang::De)
                || ["s", "es", "n", "en", "e", "er", "in", "nen"]
                    .iter()
                    .any(|end| {
                        without_end(w, end).is_some_and(|stem| {
                            stem.chars().count() > 3 && self.is_common_in(stem, Lang::De)
                        })
                    })
        };
        if noun(lower) {
            return true;
        }
        if NAME_ENDINGS
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
        {
            return false;
        }
        // Every tail of four letters or more after a head of three or more.
        lower
            .char_indices()
            .skip(3)
            .map(|(i, _)| &lower[i..])
            .take_while(|tail| tail.chars().nth(3).is_some())
            .any(noun)
    }

    /// A given name, or a compound of given names ("Hans-Jürgen", "Jean-Pierre").
    pub fn is_given_name(&self, word: &str) -> bool {
        let word = folded(word);
        self.given.contains(word.as_ref())
            || (word.contains('-') && word.split('-').all(|part| self.given.contains(part)))
    }

    /// A given name of the hand-made list or of the broad one ("Agostinho", "Wilma"): a word
    /// that is a person's first name somewhere, and sometimes a word too ("Will").
    pub fn is_listed_given(&self, word: &str) -> bool {
        self.is_given_name(word) || {
            let word = folded(word);
            filter::may_hold(&GIVEN_FAKER_FILTER, &word) && GIVEN_FAKER.contains(word.as_ref())
        }
    }

    /// A surname somewhere in the world ("Meneses", "Dixon"), and sometimes a brand ("Ford").
    pub fn is_listed_surname(&self, word: &str) -> bool {
        let word = folded(word);
        filter::may_hold(&SURNAMES_FAKER_FILTER, &word) && SURNAMES_FAKER.contains(word.as_ref())
    }

    /// Whether a folded given name is a familiar form of another: "dani" of "daniel".
    pub fn is_nickname_of(&self, short: &str, full: &str) -> bool {
        self.nicknames
            .get(short)
            .is_some_and(|names| names.iter().any(|n| n == full))
    }
}

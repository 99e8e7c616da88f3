//! How the dossier writes each word: in small letters, with a capital in mid-sentence, all in
//! capitals; and the lines written all in capitals, whose capitals tell nothing.

use super::candidates::ParaTokens;
use super::pieces::Piece;
use super::tokens::{Shape, Token};
use crate::model::Lang;
use rustc_hash::FxHashMap as HashMap;

/// How often each single word stands capitalised in the middle of a sentence.
pub fn single_counts<'a>(
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &'a [String],
    copies: &[bool],
) -> HashMap<&'a str, usize> {
    let mut m: HashMap<&str, usize> = HashMap::default();
    let mut shouts: HashMap<usize, bool> = HashMap::default();
    for (p, k) in pieces.iter().zip(keys) {
        let para = &paras[p.para];
        let counted = match para.tokens[p.first].shape {
            Shape::Capitalized => !p.initial,
            // An acronym counts wherever it stands, but not in a line written all in capitals.
            Shape::AllCaps => !*shouts.entry(p.para).or_insert_with(|| shouting(para)),
            _ => false,
        };
        if p.width() == 1 && !p.title_case && counted && !copies[p.para] {
            *m.entry(k.as_str()).or_default() += 1;
        }
    }
    m
}

/// How the dossier writes each word: in lower case, with a capital in mid-sentence, and all in
/// capitals (outside lines written all in capitals).
pub struct CaseCounts<'a> {
    /// Lower case, capitalised in mid-sentence, and the languages whose paragraphs write the word
    /// in lower case, one bit each: Italian's verb "hanno" says nothing of "Hanno" in a German
    /// or an English paragraph.
    counts: HashMap<&'a str, (usize, usize, u8)>,
    capitals: HashMap<&'a str, usize>,
}

impl<'a> CaseCounts<'a> {
    pub fn of(paras: &'a [ParaTokens]) -> Self {
        let mut counts: HashMap<&str, (usize, usize, u8)> = HashMap::default();
        let mut capitals: HashMap<&str, usize> = HashMap::default();
        for p in paras {
            let shouting = shouting(p);
            let bit = lang_bit(p.lang);
            for t in &p.tokens {
                match t.shape {
                    Shape::Lower => {
                        let c = counts.entry(t.key.as_str()).or_default();
                        c.0 += 1;
                        c.2 |= bit;
                    }
                    Shape::Capitalized if !t.initial => {
                        counts.entry(t.key.as_str()).or_default().1 += 1
                    }
                    Shape::AllCaps if !shouting => {
                        *capitals.entry(t.key.as_str()).or_default() += 1
                    }
                    _ => {}
                }
            }
        }
        CaseCounts { counts, capitals }
    }

    /// Written in lower case more often than with a capital in mid-sentence: such a word is a
    /// name only where capitals say so, never as a short form standing for a whole name ("die"
    /// of "Die Gruppe", "conseil" of "Le Conseil").
    pub fn mostly_lower(&self, key: &str) -> bool {
        self.counts
            .get(key)
            .is_some_and(|(lower, capital, _)| lower > capital)
    }

    pub fn written_lower(&self, key: &str) -> bool {
        self.counts.get(key).is_some_and(|(lower, _, _)| *lower > 0)
    }

    /// Written in lower case in paragraphs of language `lang`, or of no known language (which
    /// may be any).
    pub fn written_lower_in(&self, key: &str, lang: Lang) -> bool {
        if lang == Lang::Und {
            return self.written_lower(key);
        }
        self.counts
            .get(key)
            .is_some_and(|(_, _, bits)| bits & (lang_bit(lang) | lang_bit(Lang::Und)) != 0)
    }

    /// Written in small letters (lower case, or capitalised in mid-sentence) at least as often
    /// as all in capitals: "LEAGUE" beside "league" is emphasis, "EFE" beside one "efe" is an
    /// acronym.
    pub fn mostly_small(&self, key: &str) -> bool {
        let small = self.counts.get(key).map_or(0, |(l, c, _)| l + c);
        small > 0 && small >= self.capitals.get(key).copied().unwrap_or(0)
    }
}

/// One bit per language, the unknown one included.
fn lang_bit(lang: Lang) -> u8 {
    1 << lang.index().unwrap_or(7)
}

/// A paragraph written all in capitals: its capitals tell nothing. Words of the language in
/// capitals make it one ("PROGRAMA DE ENSINO"); a line of acronyms does not ("UFF e IRI/PUC").
pub fn shouting(para: &ParaTokens) -> bool {
    let words = para.tokens.iter().filter(|t| t.shape != Shape::Number);
    let (mut all, mut caps) = (0, 0);
    for t in words {
        all += 1;
        caps += usize::from(t.shape == Shape::AllCaps);
    }
    if all < 3 || caps * 2 <= all {
        return false;
    }
    let lx = super::lexicon::lexicon();
    let shouted_word = |t: &&Token| {
        t.shape == Shape::AllCaps
            && (crate::corpus::lang::is_any_function_word(&t.lower)
                || (t.lower.len() > 3 && lx.is_common_in(&t.lower, para.lang)))
    };
    para.tokens.iter().filter(shouted_word).nth(1).is_some()
}

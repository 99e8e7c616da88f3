//! A minister's portfolio after an office ("Commissioner for Competition", "ministra da
//! Saúde", "Minister für Wirtschaft und Energie"): words of the office, not a body the office
//! is held at, so a role before them makes no company of what follows.

use super::lexicon::Lexicon;
use super::tokens::{Shape, Token};

/// The offices that hold a portfolio.
const OFFICES: [&str; 14] = [
    "commissioner",
    "commissaire",
    "comisario",
    "comisaria",
    "commissario",
    "commissaria",
    "comissario",
    "comissaria",
    "minister",
    "ministre",
    "ministro",
    "ministra",
    "secretary",
    "secretario",
];

/// The small words between an office and its portfolio that the particles lack ("minister
/// of the Interior", "ministro dello Sport", "ministre de l'Intérieur").
const OF_THE: [&str; 14] = [
    "of", "for", "the", "dello", "dell", "dei", "degli", "delle", "l", "el", "los", "las", "les",
    "fur",
];

/// An office's portfolio, not an employer: a word of some language after a minister's or a
/// commissioner's title and the small words of "of" ("la comisaria de Tecnología", "Secretary
/// of State", "ministre de l'Économie").
pub(super) fn portfolio(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    // The office, then "of" and maybe an article ("ministre de l'Intérieur").
    let office = (2..=3).any(|back| {
        first >= back
            && OFFICES.contains(&t[first - back].key.as_str())
            && t[first - back + 1..first].iter().all(|x| {
                x.shape == Shape::Lower
                    && !x.break_before
                    // "of", "dello", "de l'", an adjective ("ministro británico de"): not a
                    // verb ("the minister told Channel Seven").
                    && (lx.particles.contains(x.key.as_str())
                        || OF_THE.contains(&x.key.as_str())
                        || lx.is_demonym(&x.key)
                        || super::nouns::adjective_ending(&x.lower))
            })
    });
    office && portfolio_word(lx, &t[first].lower)
}

/// A word of some language, however many share it: after a minister's title even one every
/// press writes is the portfolio's ("il ministro dello Sport", "minister for Sport"), where
/// elsewhere such a word is as often a brand's.
fn portfolio_word(lx: &Lexicon, lower: &str) -> bool {
    lx.common_mask(lower) != 0
}

/// How many words open the run at `first` as an office's portfolio ("il ministro dell'Interno
/// Brenta", "ministre de l'Économie et des Finances", "o Ministro da Imigração"): the office's,
/// not a name. The office and its preposition where the run holds them, then at most three
/// capitalised words of the language.
pub fn portfolio_words(lx: &Lexicon, t: &[Token], first: usize, last: usize) -> usize {
    let mut k = first;
    if OFFICES.contains(&t[k].key.as_str()) {
        k += 1;
    }
    while k < last && t[k].shape == Shape::Lower && !t[k].break_before {
        k += 1;
    }
    if k >= last {
        return 0;
    }
    let opens = !t[k].break_before && portfolio(lx, t, k);
    if !opens && !later_portfolio(lx, t, k) {
        return 0;
    }
    // A later item of a list goes whole ("e Assuntos Multiculturais"): the list told what it
    // is, its rarer words too.
    let words = (k..last.min(k + 3))
        .take_while(|&j| {
            t[j].shape == Shape::Capitalized
                && (portfolio_word(lx, &t[j].lower) || !opens)
                && !lx.is_given_name(&t[j].key)
                && (j == k || !t[j].break_before)
        })
        .count();
    if words == 0 { 0 } else { k - first + words }
}

/// The words that join the last item of a list of portfolios.
const AND: [&str; 6] = ["e", "and", "y", "et", "und", "ed"];

/// A later item of a list of portfolios: "ministro da Imigração, Cidadania e Assuntos
/// Multiculturais", "Minister for Immigration, Citizenship and Multicultural Affairs". Each
/// item before it, back to the office, is capitalised words of the language.
fn later_portfolio(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    let common = |x: &Token| {
        x.shape == Shape::Capitalized && portfolio_word(lx, &x.lower) && !lx.is_given_name(&x.key)
    };
    let mut k = first;
    // A few items at most: a list of portfolios is short.
    for _ in 0..6 {
        // Step back over the comma or the conjunction to the last word of the item before.
        let end = if k >= 2 && !t[k].break_before && AND.contains(&t[k - 1].key.as_str()) {
            k - 1
        } else if k >= 1 && t[k].break_before && list_goes_on(t, k) {
            k
        } else {
            return false;
        };
        if end == 0 || !common(&t[end - 1]) {
            return false;
        }
        // Back through the item, small words inside it too ("Serviços para Migrantes"); its
        // first capitalised word may be the one after the office.
        let mut start = end - 1;
        loop {
            if !t[start].break_before && common(&t[start]) && portfolio(lx, t, start) {
                return true;
            }
            let before = start.checked_sub(1).map(|j| &t[j]);
            match before {
                Some(x) if !t[start].break_before && (common(x) || x.shape == Shape::Lower) => {
                    start -= 1;
                }
                _ => break,
            }
        }
        k = start;
    }
    false
}

/// Whether the item after a comma at `k` is one of a list that "and" closes later ("…,
/// Cidadania, Serviços e Assuntos"), not an apposition ("ministro de Hacienda, Cristóbal
/// Montoro").
fn list_goes_on(t: &[Token], k: usize) -> bool {
    let mut j = k + 1;
    while j < t.len() && j < k + 12 {
        if AND.contains(&t[j].key.as_str()) && !t[j].break_before {
            return t.get(j + 1).is_some_and(|x| x.shape == Shape::Capitalized);
        }
        if t[j].break_before && t[j].shape != Shape::Capitalized {
            return false;
        }
        j += 1;
    }
    false
}

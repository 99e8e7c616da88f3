//! Names listed side by side take each other's nature: in "Lisboa, Matosinhos, Loures e
//! Benavente" the towns the gazetteer knows make the one it does not ("Benavente", a surname
//! too) a town as well.

use super::candidates::ParaTokens;
use super::lexicon::Lexicon;
use super::pieces::{Piece, listed_key};
use super::tokens::Shape;
use crate::model::Dossier;

/// The words that join the last two items of a list, in the six languages.
const AND_OR: [&str; 9] = ["e", "y", "et", "and", "und", "i", "ed", "ou", "or"];

/// Whether a piece stands in a list of places, and how far that says it is one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Listed {
    No,
    /// Two items joined by "and", one a known place ("Loures e Benavente"): a place in this
    /// article only, since parties are named in pairs with a place too ("entre Washington et
    /// Corvane"), and the other articles name the party.
    InArticle,
    /// Three items or more, at least half of them known places: the word is a place wherever
    /// it stands alone.
    Everywhere,
}

/// For each piece, whether it stands in a list whose items are mostly places: at least half of
/// them known places, three items or more, or two joined by "and" ("Loures e Benavente").
/// A list holding a cue for a party, or a given name, is a list of parties, not of places.
pub fn among_places(
    lx: &Lexicon,
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> Vec<Listed> {
    let mut out = vec![Listed::No; pieces.len()];
    let mut i = 0;
    while i < pieces.len() {
        // The list that starts at piece i: [i, j).
        let mut j = i + 1;
        let mut joined = false;
        while j < pieces.len() && pieces[j].para == pieces[i].para {
            match separator(d, paras, &pieces[j - 1], &pieces[j]) {
                Some(and) => {
                    joined |= and;
                    j += 1;
                }
                None => break,
            }
        }
        let items = &pieces[i..j];
        if items.len() < 2 {
            i = j;
            continue;
        }
        let places = (i..j)
            .filter(|&k| {
                let t = &paras[pieces[k].para].tokens[pieces[k].first..pieces[k].last];
                lx.is_place(&keys[k]) || lx.is_place(&listed_key(t))
            })
            .count();
        let parties = items.iter().any(|p| {
            p.person_cue
                || p.org_cue
                || lx.is_given_name(&paras[p.para].tokens[p.first].key)
                || p.initial
        });
        if (items.len() >= 3 || joined) && places * 2 >= items.len() && !parties {
            // Only a word alone takes the list's nature: a longer item names itself ("Derby
            // County" among towns is a club), and so does an acronym ("PT").
            let reach = if items.len() >= 3 {
                Listed::Everywhere
            } else {
                Listed::InArticle
            };
            for k in i..j {
                let p = &pieces[k];
                if p.width() == 1 && paras[p.para].tokens[p.first].shape == Shape::Capitalized {
                    out[k] = reach;
                }
            }
        }
        i = j;
    }
    out
}

/// The items of a list after a company's noun in the plural ("des marques Volkswagen, Audi,
/// Skoda et Seat", "the companies Quintara and Velmora") or after its "such as" ("Hersteller
/// wie Vantrox, Pelmo oder Zirvana"): each is a company, not only the first,
/// which the noun stands before. A person's cue in an item still wins.
pub fn companies_listed(d: &Dossier, paras: &[ParaTokens], pieces: &mut [Piece]) {
    let lx = super::lexicon::lexicon();
    for i in 0..pieces.len() {
        let p = &pieces[i];
        // Most pieces open no list: the cheap test first.
        let opens_list = pieces
            .get(i + 1)
            .is_some_and(|next| next.para == p.para && separator(d, paras, p, next).is_some());
        if !opens_list {
            continue;
        }
        let t = &paras[p.para].tokens;
        let plural_noun = p.first > 0
            && !t[p.first].break_before
            && t[p.first - 1].shape == Shape::Lower
            && plural(&t[p.first - 1].key)
            && super::kind_cues::is_company_noun(lx, &t[p.first - 1].key);
        // "makers such as Vantrox, Pelmo and Zirvana": the list after "such as" too.
        if !plural_noun && !super::kind_cues::such_as(lx, t, p.first) {
            continue;
        }
        let mut j = i + 1;
        while j < pieces.len()
            && pieces[j].para == pieces[i].para
            && separator(d, paras, &pieces[j - 1], &pieces[j]).is_some()
        {
            if !pieces[j].person_cue {
                pieces[j].org_cue = true;
            }
            j += 1;
        }
    }
}

/// A noun in the plural, as the six languages mark it: "-s" (English, French, Spanish,
/// Portuguese), and German's and Italian's own endings ("Marken", "Konzerne", "aziende").
fn plural(key: &str) -> bool {
    const OTHER: [&str; 10] = [
        "unternehmen",
        "konzerne",
        "marken",
        "firmen",
        "hersteller",
        "aziende",
        "marchi",
        "gruppi",
        "societa",
        "imprese",
    ];
    (key.ends_with('s') && key.chars().count() > 3) || OTHER.contains(&key)
}

/// What stands between two pieces of one paragraph when they are items of one list: a comma
/// (`Some(false)`), or "and"/"or" with or without a comma before it (`Some(true)`).
fn separator(d: &Dossier, paras: &[ParaTokens], a: &Piece, b: &Piece) -> Option<bool> {
    let para = &paras[a.para];
    let t = &para.tokens;
    let text = &d.articles[para.article].paragraphs[para.paragraph].text;
    match b.first.checked_sub(a.last)? {
        // Nothing but a comma between: "Matosinhos, Loures".
        0 => (text.get(t[a.last - 1].end..t[b.first].start)?.trim() == ",").then_some(false),
        // "and" between, maybe after a comma: "Loures e Benavente", "Loures, e Benavente".
        1 => {
            let and = &t[a.last];
            let before = text.get(t[a.last - 1].end..and.start)?.trim();
            let after = text.get(and.end..t[b.first].start)?.trim();
            (AND_OR.contains(&and.key.as_str())
                && (before.is_empty() || before == ",")
                && after.is_empty())
            .then_some(true)
        }
        _ => None,
    }
}

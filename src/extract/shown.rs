//! The forms the dossier shows, somewhere, to be a product ("Llama 4") or a place ("the town
//! of Port Ellis", "vor Gericht in Fairmont", "Golfo Pérsico"): what they are wherever they
//! stand without a cue of a party.

use super::candidates::ParaTokens;
use super::codes::number_after;
use super::german_nouns::small_word_before;
use super::lexicon::Lexicon;
use super::pieces::Piece;
use super::singles::{after_article_or_locative, after_place_noun};
use super::tokens::{Shape, Token};
use crate::model::Lang;
use rustc_hash::FxHashSet as HashSet;

/// The one-word forms followed by a number somewhere: a product or a model ("Llama 4",
/// "Windows 11").
pub fn products_by_number<'a>(
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &'a [String],
) -> HashSet<&'a str> {
    forms_where(pieces, keys, |p| {
        p.width() == 1 && number_after(&paras[p.para], p)
    })
}

/// The forms the dossier shows to be places somewhere, where no cue makes them a party: one
/// word by [`shown_as_place`]; several words after a place's noun, maybe with "de" ("el
/// juzgado de Esplugues de Llobregat", "the town of Port Ellis"). They are places wherever
/// they stand without a cue.
pub fn shown_places<'a>(
    lx: &Lexicon,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &'a [String],
) -> HashSet<&'a str> {
    forms_where(pieces, keys, |p| {
        let para = &paras[p.para];
        !p.org_cue
            && !p.person_cue
            && (before_its_region(&para.tokens, p.last, para.lang)
                || if p.width() == 1 {
                    shown_as_place(lx, para, p.first)
                } else {
                    after_place_noun(lx, para, p.first)
                        || landmark(lx, &para.tokens[p.first..p.last])
                })
    })
}

/// A street, a square or a landmark by its word: "Place Vauban", "Piazza Venezia", "Eiffel
/// Tower", "Downing Street"; a feature of the land and a particle ("Isla de Tovar"), a body of
/// water and its name ("Golfo Pérsico"); the
/// greater area of a place ("Grande Vellano", "Greater Tovar").
fn landmark(lx: &Lexicon, t: &[Token]) -> bool {
    const GREATER: [&str; 4] = ["grande", "greater", "gran", "grand"];
    lx.landmark_heads.contains(t[0].key.as_str())
        || (t.len() >= 3
            && lx.feature_heads.contains(t[0].key.as_str())
            && t[1].shape == Shape::Lower
            && lx.particles.contains(t[1].key.as_str()))
        || (GREATER.contains(&t[0].key.as_str())
            && lx.is_place(&super::pieces::listed_key(&t[1..])))
        || (lx.landmark_tails.contains(t[t.len() - 1].key.as_str())
            // "Nathan Bridge" is a person; no one is called "Hotel" ("Park Hotel").
            && (!lx.is_listed_given(&t[0].key)
                || matches!(t[t.len() - 1].key.as_str(), "hotel" | "stadium" | "airport")))
        // A gulf, a strait or a sea and its adjective or name: "Golfo Pérsico", "Mare Adriatico".
        || (t.len() >= 2
            && lx.water_heads.contains(t[0].key.as_str())
            && !lx.is_listed_given(&t[0].key))
}

/// A comma after token `end - 1`, then "in", maybe an article, and the region a town lies in:
/// "a Calusco d'Adda, in provincia di Bergamo", "Ourel, en la provincia de Teruel", "Eastbrook,
/// in the county of Kent", "Vilarinho, no distrito de Braga", "Nordheim, im Landkreis Kassel".
/// Only a place is located so ("Quelmo, the region's largest employer" is not).
fn before_its_region(t: &[Token], end: usize, lang: Lang) -> bool {
    const IN: [&str; 9] = ["in", "en", "em", "no", "na", "nella", "nel", "dans", "im"];
    const REGIONS: [&str; 16] = [
        "province",
        "provincia",
        "provinz",
        "county",
        "region",
        "regione",
        "regiao",
        "district",
        "distrito",
        "distretto",
        "departement",
        "canton",
        "comarca",
        "bezirk",
        "landkreis",
        "kreis",
    ];
    let Some(first) = t
        .get(end)
        .filter(|x| x.break_before && x.shape == Shape::Lower)
    else {
        return false;
    };
    if !IN.contains(&first.key.as_str()) {
        return false;
    }
    // German writes the region's noun with its capital.
    let noun = |x: &Token| {
        (x.shape == Shape::Lower || (lang == Lang::De && x.shape == Shape::Capitalized))
            && REGIONS.contains(&x.key.as_str())
    };
    let next = t.get(end + 1).filter(|x| !x.break_before);
    next.is_some_and(noun)
        || (next.is_some_and(|a| a.shape == Shape::Lower && a.key.len() <= 3)
            && t.get(end + 2).is_some_and(|x| !x.break_before && noun(x)))
}

/// The forms of the pieces for which `test` holds somewhere.
fn forms_where<'a>(
    pieces: &[Piece],
    keys: &'a [String],
    test: impl Fn(&Piece) -> bool,
) -> HashSet<&'a str> {
    pieces
        .iter()
        .zip(keys)
        .filter(|(p, _)| test(p))
        .map(|(_, k)| k.as_str())
        .collect()
}

/// A word the dossier shows to be a place once is one wherever it stands alone: the town of a
/// court ("the county of Fairmont", "vor Gericht in Fairmont"), which articles then name bare.
/// A place's noun and German "in" count here; elsewhere "in", "en", "em", "à" only before a
/// comma with no apposition after it, for they also put a company or a person after them ("a
/// stake in Quintara", "votar em Lula"); German says "bei" or "an" for a company.
fn shown_as_place(lx: &Lexicon, para: &ParaTokens, k: usize) -> bool {
    let t = &para.tokens;
    let tok = &t[k];
    let after_in = para.lang == Lang::De
        && small_word_before(t, k).is_some_and(|w| matches!(w.key.as_str(), "in" | "im"));
    // Elsewhere "in" then the word and a comma or the paragraph's end: "on Monday in Tressfeld,
    // 19 miles from …" (a company one invests in is seldom left so), unless an apposition
    // after the comma says what it is ("a stake in Quintara, a California start-up").
    let in_then_stop = para.lang != Lang::De
        && after_article_or_locative(para, k)
        && t.get(k + 1).is_none_or(|n| {
            n.break_before
                && !n.initial
                && !lx.is_article(&n.key, para.lang)
                && !lx.is_indefinite_article(&n.key, para.lang)
        });
    // The context first: it is cheaper than the name lists.
    tok.shape == Shape::Capitalized
        && (after_in || in_then_stop || after_place_noun(lx, para, k) || after_near(t, k))
        && !lx.is_listed_given(&tok.key)
        && !lx.is_listed_surname(&tok.key)
}

/// "Near" just before token `k`, maybe with its "of": "near Eastbrook", "près d'Oberhaslach",
/// "cerca de Ourel", "vicino a Ventimonte", "perto de Vilarinho", "unweit von Rodgau". Only a
/// place is near (German "bei" is "at" a company too).
fn after_near(t: &[Token], k: usize) -> bool {
    const NEAR: [&str; 7] = ["near", "pres", "cerca", "vicino", "perto", "nahe", "unweit"];
    const OF: [&str; 10] = ["de", "d", "a", "von", "du", "da", "del", "do", "dos", "al"];
    let mut i = k;
    if t[i].break_before {
        return false;
    }
    if i > 0 && OF.contains(&t[i - 1].key.as_str()) {
        if t[i - 1].break_before {
            return false;
        }
        i -= 1;
    }
    i > 0 && t[i - 1].shape == Shape::Lower && NEAR.contains(&t[i - 1].key.as_str())
}

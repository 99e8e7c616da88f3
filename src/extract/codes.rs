//! Words that are codes, amounts, times, units and labels, never a name: a model's code
//! ("PS5"), an amount with its unit ("28GB"), a wire's time stamp ("1613ET"), a time zone after a
//! clock ("9 a.m. PT"), a scandal in "-gate", two places paired ("UE-Qatar"), a rank's sign
//! ("No. 1"), a prefix glued to a role ("ex-CEO").

use super::candidates::ParaTokens;
use super::german_nouns::german_descriptor;
use super::lexicon::Lexicon;
use super::pieces::Piece;
use super::tokens::{Shape, Token};

/// A zone's letters (ending in "T", as "PT", "EDT", "CET" do) right after a clock time, or in
/// brackets after the zone's name ("hora del Pacífico (PT)", "Pacific Time (PT)").
pub(super) fn time_zone(para: &ParaTokens, k: usize) -> bool {
    const TIME: [&str; 6] = ["time", "hora", "heure", "ora", "zeit", "horario"];
    let t = &para.tokens;
    let clock = |x: &Token| {
        matches!(x.key.trim_end_matches('.'), "a.m" | "p.m" | "am" | "pm")
            || (x.shape == Shape::Number && x.key.contains([':', 'h']))
    };
    let named = || {
        t[k].bracket_before
            && t[k.saturating_sub(4)..k]
                .iter()
                .any(|x| TIME.contains(&x.key.as_str()))
    };
    (2..=4).contains(&t[k].key.len())
        && t[k].key.ends_with('t')
        && k > 0
        && (clock(&t[k - 1]) || named())
}

/// Letters and digits in one word name a model or a product ("PS5", "A380", "X1"), or are a
/// link's code ("pdICn2Jq6S"), not a party. ("3M" opens with its digit and stays a company.)
pub(super) fn model_code(key: &str) -> bool {
    key.starts_with(char::is_alphabetic) && key.chars().any(|c| c.is_ascii_digit())
}

/// A wire's time and its zone glued on ("1613ET", "0930GMT"): the line that closes a story.
pub(super) fn time_stamp(key: &str) -> bool {
    const ZONES: [&str; 12] = [
        "et", "est", "edt", "gmt", "utc", "cet", "cest", "bst", "pt", "pst", "pdt", "z",
    ];
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    (3..=4).contains(&digits) && ZONES.contains(&&key[digits..])
}

/// An amount with its unit glued on: "300.000km", "28GB", "5kWh" ("3M" keeps its company: a
/// unit of one letter is no unit here).
pub(super) fn amount_with_unit(key: &str) -> bool {
    const UNITS: [&str; 17] = [
        "km", "kg", "cm", "mm", "mg", "ml", "gb", "mb", "tb", "kb", "kw", "kwh", "mw", "gw", "hz",
        "ghz", "mhz",
    ];
    key.starts_with(|c: char| c.is_ascii_digit())
        && UNITS
            .contains(&key.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ','))
}

/// A scandal named in "-gate" after a word of some language or a place ("Dieselgate",
/// "Qatargate", "Partygate"), not a surname or a town ending so ("Southgate", "Harrogate").
pub(super) fn scandal(lx: &Lexicon, key: &str) -> bool {
    key.strip_suffix("gate").is_some_and(|stem| {
        stem.chars().count() >= 4
            && (lx.common_mask(stem) != 0 || lx.is_place(stem))
            && !lx.is_listed_surname(key)
            && !lx.is_place(key)
    })
}

/// Two places, or a place and a bloc's or a club's short letters, joined by a hyphen: the
/// label of talks, a match or a scandal ("UE-Qatar", "Lisboa-Madrid", "PSG-Lyon"), no party.
pub(super) fn places_paired(lx: &Lexicon, key: &str) -> bool {
    // Most words hold no hyphen: no place is looked up for them.
    if !key.contains('-') {
        return false;
    }
    let mut places = 0;
    let all = key.split('-').all(|part| {
        // Four letters at least: OCR's debris is short ("Bau-Mfd").
        let place = part.chars().count() >= 4 && lx.is_place(part);
        places += usize::from(place);
        place || (2..=3).contains(&part.chars().count())
    });
    all && places >= 1
}

/// A word that is a unit or a law, never a name: an amount's abbreviation after a number ("1,2
/// Md€", "5 Mio"; "Ajax 2 PSV 1" keeps its club), or a law's name in one word
/// ("Datenschutz-Grundverordnung", "EU-US-Übereinkunft").
pub(super) fn unit_or_law(lx: &Lexicon, para: &ParaTokens, k: usize) -> bool {
    let tok = &para.tokens[k];
    let after_number = k > 0 && para.tokens[k - 1].shape == Shape::Number;
    (after_number && lx.amount_words.contains(tok.key.as_str()))
        // A unit written with capitals inside after an amount, not a year: "1,2 MdsE", "3 GHz",
        // "40 kWh".
        || (after_number
            && !tok.break_before
            && tok.shape == Shape::Mixed
            && !is_year(&para.tokens[k - 1].key))
        || lx.is_law(&[tok.key.as_str()], para.lang)
        || german_descriptor(lx, para, tok)
}

/// The sign of a rank or an item's number before its figure: "the world No. 1", "Nr. 5", "nº 3".
pub(super) fn number_sign(para: &ParaTokens, k: usize) -> bool {
    matches!(
        para.tokens[k].key.trim_end_matches('.'),
        "no" | "nr" | "nº" | "num"
    ) && para
        .tokens
        .get(k + 1)
        .is_some_and(|n| n.shape == Shape::Number)
}

/// A number that reads as a year: "in 2023 Quintara said".
fn is_year(key: &str) -> bool {
    key.len() == 4 && key.parse::<u32>().is_ok_and(|y| (1500..=2199).contains(&y))
}

/// A vowel of the folded Latin letters, "y" included: an acronym with none is said letter by
/// letter ("PSB", "CNN").
pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// A prefix glued to a role or an acronym: "ex-CEO", "anti-EU", "co-CEO" (an inner capital,
/// but no name).
pub(super) fn prefixed(key: &str) -> bool {
    key.split_once('-').is_some_and(|(head, _)| {
        matches!(
            head,
            "ex" | "anti"
                | "pro"
                | "non"
                | "pre"
                | "post"
                | "co"
                | "vice"
                | "semi"
                | "neo"
                | "mid"
                | "self"
                | "pan"
                | "extra"
                | "ultra"
        )
    })
}

/// A number right after the piece, with no break between: "Llama 4", "Ligue 1", "Rs 20".
pub(super) fn number_after(para: &ParaTokens, p: &Piece) -> bool {
    para.tokens
        .get(p.last)
        .is_some_and(|n| !n.break_before && n.shape == Shape::Number)
}

//! Acronyms: the name an acronym abbreviates ("UMG" of "Universal Music Group"), the acronym in
//! brackets after a name, and the acronyms that name no party (a law's, a term's, a Brazilian
//! state's code after its town).

use super::candidates::ParaTokens;
use super::clusters::{Cluster, Index, absorb, add_owner};
use super::lexicon::{Lexicon, lexicon};
use super::pieces::Piece;
use super::tokens::{Shape, Token};
use crate::model::{Dossier, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// An acronym the dossier writes alone is the name it abbreviates when exactly one name of
/// several words has its initials ("UMG" of "Universal Music Group", "CNMC" of "Comisión
/// Nacional de los Mercados y la Competencia").
pub(super) fn merge_acronyms(
    lx: &Lexicon,
    clusters: &mut [Cluster],
    index: &mut Index,
    singles: &HashMap<&str, usize>,
    acronyms: &HashSet<&str>,
) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    let named_here = |c: &Cluster| c.seen > 0 || !c.institution;
    // Only the names the dossier writes: a shipped institution it never names ("European
    // Council" beside "European Commission") abbreviates nothing here. Nor a person's name: no
    // one goes by initials the press writes in capitals ("SG" is no Stefan Glaser's).
    for (id, c) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| named_here(c) && c.person <= 0)
    {
        for k in c.keys.iter().filter(|k| k.contains(' ')) {
            let words = || {
                k.split([' ', '-']).filter(|w| {
                    !lx.particles.contains(*w) && !crate::corpus::lang::is_any_function_word(w)
                })
            };
            let initials: String = words().filter_map(|w| w.chars().next()).collect();
            // An acronym inside the name gives all its letters: "FCB" of "FC Barcelona". A
            // short word with no vowel is one.
            let spelled =
                |w: &str| (2..=4).contains(&w.len()) && !w.contains(super::codes::is_vowel);
            let expanded: Option<String> = words().any(spelled).then(|| {
                words()
                    .flat_map(|w| {
                        let n = if spelled(w) { w.len() } else { 1 };
                        w.chars().take(n)
                    })
                    .collect()
            });
            // The country's adjective is the press's, not the body's: the "Irish Data
            // Protection Commission" is the DPC.
            let national = k
                .split_once(' ')
                .filter(|(first, rest)| lx.is_demonym(first) && rest.contains(' '))
                .and_then(|(first, _)| initials.get(first.chars().next()?.len_utf8()..))
                .map(str::to_string);
            for initials in std::iter::once(initials.clone())
                .chain(national)
                .chain(expanded)
            {
                add_owner(&mut by_initials, initials, id);
            }
        }
    }
    // A company of one compound word goes by the initials of its parts: "VW" of "Volkswagen",
    // "FB" of "Facebook" (the part after the cut a word of some language, both parts of three
    // letters or more). Only the pairs of letters the dossier writes as an acronym are looked
    // for: a cut costs a lookup, and most words hold none.
    let pairs: HashSet<(char, char)> = singles
        .keys()
        .filter(|k| k.len() == 2 && acronyms.contains(*k))
        .filter_map(|k| {
            let mut letters = k.chars();
            Some((letters.next()?, letters.next()?))
        })
        .collect();
    for (id, c) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| !pairs.is_empty() && c.person <= 0 && named_here(c))
    {
        for k in c
            .keys
            .iter()
            .filter(|k| !k.contains([' ', '-']) && k.len() >= 6)
        {
            let Some(first) = k.chars().next() else {
                continue;
            };
            for (i, second) in k
                .char_indices()
                .filter(|&(i, _)| i >= 3 && k.len() - i >= 3)
            {
                if !pairs.contains(&(first, second)) || lx.common_mask(&k[i..]) == 0 {
                    continue;
                }
                add_owner(&mut by_initials, [first, second].iter().collect(), id);
            }
        }
    }
    for (&key, &id) in singles {
        if !acronyms.contains(key) || !(2..=6).contains(&key.len()) {
            continue;
        }
        if let Some([into]) = by_initials.get(key).map(Vec::as_slice)
            && *into != id
            && clusters[id].curated_name.is_none()
        {
            absorb(clusters, index, id, *into);
        }
    }
}

/// Each name of several words followed by an acronym in brackets ("… Tenis (ITIA)", "…
/// Básicos (CFTC, en inglés)"), as (name key, acronym key).
pub(super) fn bracketed_acronyms(
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> Vec<(String, String)> {
    let lx = lexicon();
    // Italian and Spanish write an acronym as a word ("l'Autorità garante della concorrenza
    // (Agcm)"): a short one that is no word, place or given name.
    let acronym = |x: &Token| {
        x.shape == Shape::AllCaps
            || (x.shape == Shape::Capitalized
                && (3..=5).contains(&x.key.chars().count())
                && lx.common_mask(&x.lower) == 0
                && !lx.is_place(&x.key)
                && !lx.is_given_name(&x.key))
    };
    let mut out = Vec::new();
    for (p, k) in pieces.iter().zip(keys).filter(|(p, _)| p.width() > 1) {
        let para = &paras[p.para];
        let Some(next) = para.tokens.get(p.last) else {
            continue;
        };
        if !acronym(next) {
            continue;
        }
        let text = &d.articles[para.article].paragraphs[para.paragraph].text;
        // "(CFTC, por sus siglas en inglés)": the acronym first in the brackets; or set beside
        // the name with no bracket, in capitals ("der Europäischen Fußball-Union UEFA").
        let before = &para.tokens[p.last - 1];
        if (in_brackets(text, before, next, &[')', ','])
            || (next.shape == Shape::AllCaps && apposed(text, before, next)))
            && !abbreviates_tail(lx, k, &next.key)
        {
            out.push((k.clone(), next.key.to_string()));
        }
    }
    out
}

/// A body's former name after its name, a comma and "formerly" ("World Aquatics, antes FINA",
/// "Meta, formerly Facebook"), as (name key, former name key): one body.
pub(super) fn former_names(
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> Vec<(String, String)> {
    // Not "ex" nor "già": the sports press writes a coach's or a player's former club so
    // ("l'allenatore del Velmonte, ex Orbica"), two clubs.
    const FORMERLY: [&str; 10] = [
        "formerly",
        "antes",
        "anteriormente",
        "anciennement",
        "autrefois",
        "fruher",
        "ehemals",
        "vormals",
        "precedentemente",
        "outrora",
    ];
    let mut out = Vec::new();
    for (i, p) in pieces.iter().enumerate().skip(1) {
        let before = &pieces[i - 1];
        let t = &paras[p.para].tokens;
        if before.para == p.para
            && p.first >= 2
            && before.last == p.first - 1
            && FORMERLY.contains(&t[p.first - 1].key.as_str())
            && t[p.first - 1].shape == Shape::Lower
            && t[p.first - 1].break_before
            && !t[p.first].break_before
        {
            out.push((keys[i - 1].clone(), keys[i].clone()));
        }
    }
    out
}

/// Whether `acronym` holds the initials of what follows an "of" in `key` and not of the whole:
/// the body the name is part of ("Comité Técnico de Árbitros da Real Federação Espanhola de
/// Futebol (RFEF)": the federation's acronym, not the committee's).
fn abbreviates_tail(lx: &Lexicon, key: &str, acronym: &str) -> bool {
    let initials = |words: &[&str]| -> String {
        words
            .iter()
            .filter(|w| {
                !lx.particles.contains(**w) && !crate::corpus::lang::is_any_function_word(w)
            })
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let words: Vec<&str> = key.split([' ', '-']).collect();
    initials(&words) != acronym
        && (1..words.len()).any(|i| {
            (lx.particles.contains(words[i - 1])
                || crate::corpus::lang::is_any_function_word(words[i - 1]))
                && initials(&words[i..]) == acronym
        })
}

/// Whether `tok` opens a bracket right after `before` and is followed at once by one of
/// `closing` ("… Tenis (ITIA)", "… Dados (GDPR, …").
fn in_brackets(text: &str, before: &Token, tok: &Token, closing: &[char]) -> bool {
    text[before.end..tok.start].trim() == "(" && text[tok.end..].starts_with(closing)
}

/// Whether `tok` follows `before` after one space and ends its clause: "… Fußball-Union UEFA.",
/// "… Fußball-Union UEFA, die …" (not "… Union UEFA Cup").
fn apposed(text: &str, before: &Token, tok: &Token) -> bool {
    &text[before.end..tok.start] == " "
        && text[tok.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')'))
}

/// Acronyms in brackets right after the name of a law ("General Data Protection Regulation
/// (GDPR)", "Regulamento Geral de Proteção de Dados (RGPD, …)") or after a law's noun
/// ("Digital-Gesetz DMA"), or after the words in small
/// letters they abbreviate ("temporary restraining order (TRO)", "initial public offering
/// (IPO)"), or after an indefinite article ("un TRO"): a law's or a term's, never a
/// party's, wherever the dossier writes them. A Brazilian state's code in brackets after a
/// town's name ("Mariana (MG)") is the place's.
pub(super) fn law_acronyms(d: &Dossier, paras: &[ParaTokens]) -> HashSet<String> {
    let lx = lexicon();
    let mut out = HashSet::default();
    for para in paras {
        let t = &para.tokens;
        let text = &d.articles[para.article].paragraphs[para.paragraph].text;
        for i in 1..t.len() {
            if t[i].shape != Shape::AllCaps {
                continue;
            }
            // A law's noun just before it: "Digital-Gesetz DMA", "la ley LSSI".
            if !t[i].break_before && lx.is_law_noun(&t[i - 1].key) {
                out.insert(t[i].key.to_string());
                continue;
            }
            // An indefinite article makes it a common noun ("chiede un TRO e …", "a TRO
            // against"), unless it qualifies the noun after it ("an FBI agent").
            if !t[i].break_before
                && lx.is_indefinite_article(&t[i - 1].key, para.lang)
                && t.get(i + 1).is_none_or(|n| {
                    n.break_before
                        || (n.shape == Shape::Lower
                            && crate::corpus::lang::is_any_function_word(&n.lower))
                })
            {
                out.insert(t[i].key.to_string());
                continue;
            }
            if !in_brackets(text, &t[i - 1], &t[i], &[')', ',']) {
                continue;
            }
            if para.lang == Lang::Pt
                && text[t[i].end..].starts_with(')')
                && lx.state_codes_pt.contains(t[i].key.as_str())
                && after_town(lx, &t[..i])
            {
                out.insert(t[i].key.to_string());
                continue;
            }
            // The words before the bracket, back to the sentence's last break.
            let mut from = i - 1;
            while from > 0 && i - from < 8 && !t[from].break_before {
                from -= 1;
            }
            let keys: Vec<&str> = t[from..i].iter().map(|x| x.key.as_str()).collect();
            if (0..keys.len()).any(|j| lx.is_law(&keys[j..], para.lang))
                || term_initials(&t[from..i], &t[i].key)
            {
                out.insert(t[i].key.to_string());
            }
        }
    }
    out
}

/// Whether the capitalised words that end `t` name a town: a place of the gazetteer ("Ouro
/// Preto"), or one word no language has ("Itabirito") or after a preposition of place ("em
/// Mariana"), not a body's name ("União Nacional").
fn after_town(lx: &Lexicon, t: &[Token]) -> bool {
    const IN: [&str; 7] = ["em", "de", "da", "do", "no", "na", "para"];
    let from = t
        .iter()
        .rposition(|x| x.shape != Shape::Capitalized || x.break_before)
        .map_or(0, |k| {
            if t[k].shape == Shape::Capitalized {
                k
            } else {
                k + 1
            }
        });
    let run = &t[from..];
    match run {
        [] => false,
        [word] => {
            lx.common_mask(&word.lower) == 0
                || (from > 0 && !word.break_before && IN.contains(&t[from - 1].key.as_str()))
        }
        _ => {
            let key = super::pieces::run_key(run);
            lx.is_place(&key) || lx.is_town(&key)
        }
    }
}

/// Whether the last words before a bracket, all in small letters, have the acronym's letters
/// as their initials, a word of grammar between them counted or left out ("temporary
/// restraining order (TRO)", "milhões de euros (ME)", "freedom of information (FOI)").
fn term_initials(before: &[Token], acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().collect();
    letters.len() >= 2 && initials_end(before, &letters, false)
}

/// Whether `words` end with small words whose initials spell `letters`; once one is counted, a
/// word of grammar may be left out. The callers pass at most eight words: the branching stays
/// small.
fn initials_end(words: &[Token], letters: &[char], started: bool) -> bool {
    let Some((&letter, earlier)) = letters.split_last() else {
        return true;
    };
    let Some((x, rest)) = words.split_last() else {
        return false;
    };
    if x.shape != Shape::Lower {
        return false;
    }
    (x.key.starts_with(letter) && initials_end(rest, earlier, true))
        || (started
            && crate::corpus::lang::is_any_function_word(&x.lower)
            && initials_end(rest, letters, true))
}

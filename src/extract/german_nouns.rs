//! German capitalises every noun: the tests that tell a noun from a name there, by the
//! article, determiner or adjective before it, by the noun it is joined to, by its ending (a
//! noun's, a town's), as a descriptor compound ("US-Richter"), and by how the dossier uses it
//! every time it is met.

use super::candidates::ParaTokens;
use super::lexicon::{Lexicon, lexicon};
use super::pieces::Piece;
use super::run_ends::legal_form;
use super::tokens::{Shape, Token};
use crate::model::{Dossier, Lang};
use compact_str::CompactString;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A German compound of a prefix and a common noun that is no institution's: "US-Richter",
/// "US-Online-Konzern" (a descriptor of someone named elsewhere), not "US-Justizministerium".
pub(super) fn german_descriptor(lx: &Lexicon, para: &ParaTokens, tok: &Token) -> bool {
    para.lang == Lang::De
        && tok.key.rsplit_once('-').is_some_and(|(_, tail)| {
            tail.chars().count() >= 4
                && lx.is_common_in(tail, Lang::De)
                && !lx.is_institution_word(tail)
                && !tail.ends_with("ministerium")
        })
}

/// A German adjective in its strong form just before token `k` ("schweres", "erfolgreicher"):
/// a word of small letters ending in "-es" or "-er", no word of grammar ("oder", "aber").
pub(super) fn after_strong_adjective(t: &[Token], k: usize) -> bool {
    small_word_before(t, k).is_some_and(|w| {
        w.lower.chars().count() > 4
            && (w.lower.ends_with("es")
                || (w.lower.ends_with("er") && !ADVERBS_IN_ER.contains(&w.lower.as_str())))
            && !crate::corpus::lang::is_any_function_word(&w.lower)
    })
}

/// A German adjective written with its capital after an article, mid-sentence, before a
/// capitalised word that is no role: it opens a name, for German writes its adjectives small
/// ("der Internationale Bund", "die Bayerische Landesbank"; not "der Hessische Minister", nor a
/// headline run into the text, "Flucht Mutmaßlicher Kofferdieb").
pub(super) fn named_adjective(lx: &Lexicon, t: &[Token], k: usize, lang: Lang) -> bool {
    lang == Lang::De
        && !t[k].initial
        && t[k].shape == Shape::Capitalized
        && super::nouns::german_adjective(&t[k].lower)
        // The article may open the sentence: "Die Nordische Landesbank hatte …".
        && k > 0
        && !t[k].break_before
        && (lx.is_article(&t[k - 1].key, Lang::De)
            || matches!(t[k - 1].key.as_str(), "im" | "vom" | "zum" | "zur" | "beim"))
        && t.get(k + 1).is_some_and(|n| {
            !n.break_before
                && n.shape == Shape::Capitalized
                && !super::nouns::german_adjective(&n.lower)
                && !lx.is_role_word(&n.key)
                && !super::governments::HEADS.contains(&n.key.as_str())
        })
}

/// A German body's noun at `t[k]` with its capital, then a small word that opens its
/// complement: "Bundesamt für Datensicherheit".
pub(super) fn german_body_before_complement(t: &[Token], k: usize, lang: Lang) -> bool {
    lang == Lang::De
        && t[k].shape == Shape::Capitalized
        && t.get(k + 1).is_some_and(|n| n.shape == Shape::Lower)
        && german_body_compound(&t[k].key)
}

/// A German body's noun, or a compound built on one, folded: "gerichtshof", "bundesamt",
/// "bundesanstalt", "landeskriminalamt", "staatsanwaltschaft", "amt".
pub(super) fn german_body_compound(key: &str) -> bool {
    const TAILS: [&str; 15] = [
        "amt",
        "anstalt",
        "gerichtshof",
        "gericht",
        "behorde",
        "agentur",
        "kommission",
        "ministerium",
        "verband",
        "kammer",
        "institut",
        "aufsicht",
        "anwaltschaft",
        "polizei",
        "verwaltung",
    ];
    TAILS
        .iter()
        .any(|tail| key.ends_with(tail) && (key.len() == tail.len() || key.len() >= tail.len() + 3))
        || super::translations::federal_body(key)
}

/// German words used as nouns every time the dossier meets them: a capitalised word alone,
/// met only in German, each time after an article, a determiner or an inflected adjective
/// ("der Talkum", "asbesthaltigem Talkum", "bestimmter Babypuder"), never bare and never with a
/// cue for a party. German capitalises its nouns, and one the word lists lack is read so,
/// however often it is met; a name stands bare somewhere, or in another language.
pub fn german_nouns_by_use<'a>(
    lx: &Lexicon,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &'a [String],
) -> HashSet<&'a str> {
    // Per word: met after a determiner or an adjective every time so far.
    let mut seen: HashMap<&str, bool> = HashMap::default();
    for (p, key) in pieces.iter().zip(keys) {
        if p.width() != 1 {
            continue;
        }
        let para = &paras[p.para];
        let t = &para.tokens;
        let tok = &t[p.first];
        let noun_use = para.lang == Lang::De
            && tok.shape == Shape::Capitalized
            && !p.org_cue
            && !p.person_cue
            && !tok.opens_quote
            && (after_strong_adjective(t, p.first)
                || small_word_before(t, p.first).is_some_and(|w| {
                    lx.is_article(&w.key, Lang::De)
                        || GERMAN_DETERMINERS.contains(&w.key.as_str())
                        // The weak forms too: "verunreinigtem", "bestimmte", "krebserregenden".
                        || (w.lower.chars().count() > 4
                            && ["e", "en", "em"].iter().any(|e| w.lower.ends_with(e))
                            && !crate::corpus::lang::is_any_function_word(&w.lower))
                }));
        let all = seen.entry(key.as_str()).or_insert(true);
        *all &= noun_use;
    }
    // "Bundes" and a kind of body is the state's one body, which German names after its
    // article as any noun: "der Bundesgerichtshof", "die Bundesnetzagentur".
    seen.into_iter()
        .filter(|&(k, all)| {
            all && !lx.is_given_name(k)
                && !lx.is_listed_surname(k)
                && !super::translations::federal_body(k)
        })
        .map(|(k, _)| k)
        .collect()
}

/// Words that stand before a German noun as an article does: "dieses", "seinem", "keine".
const GERMAN_DETERMINERS: [&str; 24] = [
    "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "kein", "keine",
    "keinen", "keinem", "keiner", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre",
    "ihrem", "ihren", "ihrer", "jedes",
];

/// The word just before token `k`, written in small letters with nothing but space between:
/// the article, preposition or adjective that tells what the capitalised word is.
pub(super) fn small_word_before(t: &[Token], k: usize) -> Option<&Token> {
    (k > 0 && !t[k].break_before && t[k - 1].shape == Shape::Lower).then(|| &t[k - 1])
}

/// German adverbs ending as a strong adjective does, which a name may follow ("ferner Ruiz").
const ADVERBS_IN_ER: [&str; 14] = [
    "ferner", "immer", "wieder", "später", "spater", "bisher", "daher", "sicher", "lieber",
    "nimmer", "jeder", "weiter", "vorher", "nachher",
];

/// Endings of German towns' names that surnames seldom have.
pub(super) fn town_ending(lower: &str) -> bool {
    [
        "hausen", "heim", "ingen", "dorf", "stadt", "rode", "hofen", "leben", "weiler",
    ]
    .iter()
    .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

/// The endings that make German nouns ("Verwaltung", "Gesellschaft", "Kommunalpolitik"): a
/// capitalised word with one, met once, is a noun the word lists lack.
pub(super) fn german_noun_ending(lower: &str) -> bool {
    const ENDINGS: [&str; 25] = [
        "ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ei",
        "ment", "enz", "anz", "ur", "ik", "ie", "chen", "lein", "ler", "ner", "er", "en", "e",
        "ern",
    ];
    ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// German capitalises every noun: one after a determiner or a possessive ("die Klage", "Mein
/// Mandant", "im Verein") or with a noun's form ([`Lexicon::is_german_noun`]) is a noun.
pub(super) fn german_noun(lx: &Lexicon, para: &ParaTokens, p: &Piece) -> bool {
    let tok = &para.tokens[p.first];
    after_german_determiner(&para.tokens, p.first) || lx.is_german_noun(&tok.lower)
}

/// A German noun on the other side of "und" or "oder" from `t[k]`: a word of the dictionary
/// shown a noun by the article or adjective before it, even one the lists hold as a surname
/// ("von unvergleichlicher Gier und Hybris", "Hybris und die Gier"). Not by the dictionary
/// alone: names are words too ("von Brecht und Weill").
pub(super) fn coordinated_with_noun(lx: &Lexicon, t: &[Token], k: usize) -> bool {
    let and = |x: &Token| matches!(x.key.as_str(), "und" | "oder") && !x.break_before;
    let noun = |i: usize| {
        let x = &t[i];
        !x.break_before
            && x.shape == Shape::Capitalized
            && lx.is_common_in(&x.lower, Lang::De)
            && (after_german_determiner(t, i) || after_strong_adjective(t, i))
    };
    (k >= 2 && !t[k].break_before && and(&t[k - 1]) && noun(k - 2))
        || (t.get(k + 1).is_some_and(and) && k + 3 < t.len() && noun(k + 3))
}

/// A German determiner or possessive just before `t[k]`, maybe with an adjective between:
/// "die Klage", "die elektrischen Antriebe", "Mein Mandant".
pub fn after_german_determiner(t: &[Token], k: usize) -> bool {
    const DETERMINERS: [&str; 21] = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "kein", "keine", "am", "im", "zum", "zur", "vom", "beim", "ins",
    ];
    let determiner = |x: &Token| {
        DETERMINERS.contains(&x.lower.as_str())
            || ["mein", "dein", "sein", "ihr", "unser", "euer", "eur"]
                .iter()
                .any(|p| x.lower.starts_with(p) && x.lower.len() <= p.len() + 2)
    };
    if t[k].break_before {
        return false;
    }
    let before = |n: usize| k.checked_sub(n).map(|i| &t[i]);
    before(1).is_some_and(determiner)
        || (before(1).is_some_and(|x| x.shape == Shape::Lower && !x.break_before)
            && before(2).is_some_and(determiner))
}

/// German joins a name to a noun with a hyphen: "US-Konzern", "iPhone-Nutzer",
/// "EU-Kartellrecht", "Erfolgs-Game". Such a compound is the noun it ends in, not a name.
/// A compound that a legal form closes, straight after it or after more capitalised words, is
/// a company's name all the same ("die Hansa-Logistik GmbH", "Norddeutsche Landes-Energie
/// AG"), and so is one after an adjective written with its capital ("der Deutsche
/// Fußball-Bund").
pub(super) fn nouns_in_compounds(tokens: &mut [Token]) {
    let lx = lexicon();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if !t.namelike() {
            continue;
        }
        if let Some((_, head)) = t.lower.rsplit_once('-')
            && head.chars().count() >= 3
            && !lx.is_institution_form(&t.key)
            && !lx.is_given_name(&t.key)
            // "Korbach-Wendt": two surnames, not a compound noun.
            && !lx.is_listed_surname(head)
            && !head.strip_suffix('s').is_some_and(|h| lx.is_listed_surname(h))
            && (lx.is_german_noun(head)
                || lx.is_common_in(head, Lang::En)
                || abstract_head(head))
            // Asked last: most compounds are nouns.
            && !named_compound(lx, tokens, i)
        {
            tokens[i].shape = Shape::Lower;
        }
    }
}

/// A compound's head with an abstract noun's ending, singular or plural, that the word lists
/// may lack: "Musikstreaming-Abonnements", "Daten-Verarbeitungen".
fn abstract_head(head: &str) -> bool {
    let singular = ["en", "s"]
        .iter()
        .find_map(|end| head.strip_suffix(end))
        .unwrap_or(head);
    super::nouns::abstract_noun(head)
        || super::nouns::abstract_noun(singular)
        || singular.ends_with("ment")
}

/// A German compound that a legal form or a capitalised adjective showed a name ("die
/// Hansa-Logistik GmbH") is that name where the dossier writes it alone too ("ein Sprecher
/// von Hansa-Logistik"): [`nouns_in_compounds`] made it a noun there, and this gives back its
/// capitals.
pub(super) fn compounds_named_elsewhere(d: &Dossier, paras: &mut [ParaTokens]) {
    let lx = lexicon();
    let named: HashSet<CompactString> = paras
        .iter()
        .filter(|p| p.lang == Lang::De)
        .flat_map(|p| {
            let t = &p.tokens;
            (0..t.len())
                .filter(move |&i| {
                    t[i].namelike() && t[i].key.contains('-') && named_compound(lx, t, i)
                })
                .map(move |i| t[i].key.clone())
        })
        .collect();
    if named.is_empty() {
        return;
    }
    for p in paras.iter_mut().filter(|p| p.lang == Lang::De) {
        let text = &d.articles[p.article].paragraphs[p.paragraph].text;
        for t in p.tokens.iter_mut() {
            if t.shape == Shape::Lower && named.contains(&t.key) {
                t.shape = super::tokens::shape(&text[t.start..t.end]);
            }
        }
    }
}

/// Whether the compound `t[i]` is part of a name: a legal form closes it, or an adjective
/// written with its capital opens it ("der Deutsche Fußball-Bund").
fn named_compound(lx: &Lexicon, t: &[Token], i: usize) -> bool {
    company_by_legal_form(lx, &t[i + 1..]) || (i > 0 && named_adjective(lx, t, i - 1, Lang::De))
}

/// Whether the capitalised words that follow (at most three, in one run) end in a legal form.
fn company_by_legal_form(lx: &Lexicon, after: &[Token]) -> bool {
    after
        .iter()
        .take(3)
        .take_while(|x| !x.break_before && x.shape != Shape::Lower)
        .any(|x| legal_form(lx, x))
}

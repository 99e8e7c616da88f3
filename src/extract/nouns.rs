//! Common nouns that grammar or a language's habits write with a capital, and that runs must
//! shed: German genitives and the nouns they govern ("Musks Klage"), German dictionary nouns
//! after a name, abstract nouns by their ending in every language ("Verleumdung",
//! "Cooperativismo").

use super::candidates::{ParaTokens, Run};
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token};
use crate::model::Lang;

/// German: a name in the genitive, then the noun it governs ("Musks Klage", "Saarbrückens
/// Trainer Peter Neururer"): the name ends at its "s", and what follows is a run of its own.
pub(super) fn split_genitives(lx: &Lexicon, paras: &[ParaTokens], runs: Vec<Run>) -> Vec<Run> {
    let mut out = Vec::with_capacity(runs.len());
    for mut r in runs {
        let t = &paras[r.para].tokens;
        while paras[r.para].lang == Lang::De
            && let Some(k) = (r.first..r.last.saturating_sub(1)).find(|&k| {
                t[k].key.len() > 3
                    && t[k].key.ends_with('s')
                    && !lx.is_given_name(&t[k].key)
                    && german_common_noun(lx, &t[k + 1])
                    // A court's genitive before its town: "des Verwaltungsgerichts Freiburg".
                    && !super::kind_cues::german_office_in_town(lx, t, k)
            })
        {
            out.push(Run {
                last: k + 1,
                ..r.clone()
            });
            r.first = k + 1;
            r.lead = k + 1;
            r.initial = false;
        }
        // A full name, then a noun ("Kendrick Lamar Verleumdung" in a headline): the noun goes.
        while paras[r.para].lang == Lang::De
            && (r.first..r.last.saturating_sub(2)).any(|g| {
                t[g].shape == Shape::Capitalized
                    && (lx.is_given_name(&t[g].key) || lx.is_listed_given(&t[g].key))
            })
            && (german_common_noun(lx, &t[r.last - 1]) || abstract_noun(&t[r.last - 1].lower))
        {
            r.last -= 1;
        }
        // An institution's word, then a noun: German glues the two into one word when they
        // name one thing ("Finanzministerium"), so apart the noun is the sentence's ("vor dem
        // Gericht Berufung einlegen", "beim Amt Klage erheben").
        while paras[r.para].lang == Lang::De
            && r.width() >= 2
            && lx.is_institution_word(&t[r.last - 2].key)
            && german_common_noun(lx, &t[r.last - 1])
            // A place's genitive names the body's country ("Partei Österreichs").
            && !t[r.last - 1]
                .key
                .strip_suffix('s')
                .is_some_and(|place| lx.is_place(place))
            // A town names a court or an office ("Landgericht Offenburg").
            && !super::kind_cues::german_office_in_town(lx, t, r.last - 2)
        {
            r.last -= 1;
        }
        out.push(r);
    }
    out
}

/// The endings of German abstract nouns, never of a surname: "Verleumdung", "Gesellschaft".
pub fn abstract_noun(lower: &str) -> bool {
    [
        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis",
    ]
    .iter()
    .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

/// The endings of abstract nouns in the languages that write them small: a doctrine ("-ismo",
/// "-isme", "-ism"), a science ("-ologia", "-ologie"), a quality ("-idade", "-ità", "-ité"), an
/// act ("-agem", "-aggio", "-aje", "-ção", "-zione", "-ción"), a state ("-mento", "-miento").
/// Capitalised alone in a heading or a list, such a word is no name ("Cooperativismo",
/// "Neurologia", "Bombagem"); a surname or a town with the ending is known to the lists.
pub fn abstract_noun_in(lower: &str, lang: Lang) -> bool {
    let endings: &[&str] = match lang {
        Lang::Pt => &["ismo", "ologia", "idade", "agem", "ção", "mento", "ência"],
        Lang::Es => &["ismo", "ología", "idad", "aje", "ción", "miento", "encia"],
        Lang::It => &["ismo", "ologia", "ità", "aggio", "zione", "mento", "enza"],
        Lang::Fr => &["isme", "ologie", "ité", "tion"],
        Lang::En => &["ism", "ology", "ity", "tion"],
        Lang::De => return abstract_noun(lower),
        _ => return false,
    };
    endings
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

/// An adjective's ending in any of the languages that write adjectives small ("mondiale",
/// "européenne", "federal", "straordinario", "científico"): broader than
/// [`derived_adjective`], for words beside a known head (an institution's, a role's).
pub(super) fn adjective_ending(lower: &str) -> bool {
    const ENDINGS: [&str; 36] = [
        "al", "ale", "ales", "aux", "el", "elle", "ien", "ienne", "ain", "aine", "ais", "aise",
        "ois", "oise", "ique", "aire", "ier", "ière", "ive", "eur", "eure", "ano", "ana", "ense",
        "ico", "ica", "ista", "ario", "aria", "ese", "éen", "éenne", "eo", "ea", "eu", "eia",
    ];
    ENDINGS
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

/// The endings of adjectives derived from nouns, in the languages that write them small: "-ico"
/// ("hidráulico", "teórico"), "-ivo" ("intensivo"), "-ável"/"-ible" ("utilizável"), French
/// "-ique", "-if", "-ive". A capitalised run whose rare words all end so is a term in a
/// heading or a glossary ("Potencial Hidráulico Brasileiro"), not a name.
pub fn derived_adjective(lower: &str, lang: Lang) -> bool {
    let endings: &[&str] = match lang {
        Lang::Pt => &[
            "ico", "ica", "icos", "icas", "ivo", "iva", "ivos", "ivas", "ável", "ível", "áveis",
            "íveis",
        ],
        Lang::Es => &[
            "ico", "ica", "icos", "icas", "ivo", "iva", "ivos", "ivas", "able", "ible", "ables",
            "ibles",
        ],
        Lang::It => &[
            "ico", "ica", "ici", "iche", "ivo", "iva", "ivi", "ive", "abile", "ibile", "abili",
            "ibili",
        ],
        Lang::Fr => &["ique", "iques", "if", "ive", "ifs", "ives", "able", "ible"],
        _ => return false,
    };
    endings
        .iter()
        .any(|e| lower.ends_with(e) && lower.chars().count() > e.chars().count() + 3)
}

/// A German adjective in an inflected form, by the endings that derive adjectives ("europäische",
/// "französischen", "oberste", "nationale", "staatliche"): German writes these small, so one
/// written with its capital mid-sentence opens a name ("die Europäische Kommission", "der Oberste
/// Gerichtshof", "die Deutsche Bank").
pub fn german_adjective(lower: &str) -> bool {
    // "hochst" too: folded keys ask as well.
    const STEMS: [&str; 8] = [
        "isch", "sch", "lich", "ig", "al", "oberst", "höchst", "hochst",
    ];
    ["e", "en", "er", "es", "em"].iter().any(|inflection| {
        lower.strip_suffix(inflection).is_some_and(|stem| {
            STEMS.iter().any(|e| {
                stem.ends_with(e)
                    && stem.chars().count() >= e.chars().count() + 3
                    // "-iger" and "-iges" are nouns' too: "Aufsteiger", "Gläubiger".
                    && !(*e == "ig" && matches!(*inflection, "er" | "es" | "em"))
            })
        })
    })
}

/// [`derived_adjective`] for a word alone: not in "-ica", which companies take for their
/// trade ("Finmeccanica", "Telefónica").
pub fn derived_adjective_alone(lower: &str, lang: Lang) -> bool {
    derived_adjective(lower, lang) && !lower.ends_with("ica")
}

/// A German noun of the dictionary, no surname and no company word: "Klage", "Anwälte".
pub(super) fn german_common_noun(lx: &Lexicon, x: &Token) -> bool {
    x.shape == Shape::Capitalized
        && lx.is_common_in(&x.lower, Lang::De)
        && lx.is_german_noun(&x.lower)
        && !lx.is_listed_surname(&x.key)
        && !super::pieces::is_org_word(lx, &x.key, Lang::De)
        // English landmarks keep their last word in German text too ("Rikers Island").
        && !lx.landmark_tails.contains(x.key.as_str())
}

//! What a run sheds at either end before it is a piece: in front, the words grammar, a role
//! or a title capitalised ("La cofundadora", "Sprecherin", "U.S. President"); behind, a
//! particle, an honour after a full name ("KC"), a country's German genitive, an English
//! people's adjective before its noun.

use super::candidates::{ParaTokens, Run};
use super::german_nouns::after_german_determiner;
use super::kind_cues::{german_office_in_town, is_suffix};
use super::lexicon::Lexicon;
use super::pieces::{given_before_surname, is_org_word, run_key};
use super::run_roles::{skip_role, title_after_role};
use super::tokens::{Shape, Token};
use crate::corpus::lang::is_any_function_word;
use crate::model::Lang;
use rustc_hash::FxHashSet as HashSet;

/// Strips the words in front of run `r` of paragraph `p` that grammar or a role capitalised,
/// marking the cues they give. `mid_keys` are the runs (and their leading parts) the dossier
/// writes in mid-sentence: at a sentence's start the same words are the same name.
pub(super) fn trim_opening(lx: &Lexicon, p: &ParaTokens, r: &mut Run, mid_keys: &HashSet<String>) {
    let t = &p.tokens;
    loop {
        if r.first >= r.last {
            break;
        }
        let k = &t[r.first];
        let more = r.width() > 1;
        // "Secretaria Municipal de Saúde", "Junta Directiva": an institution's head that is
        // also a role ("secretária") heads an institution when no name follows it.
        // So does a German compound built on a body's noun before its complement ("Bundesamt
        // für Datensicherheit").
        let heads_institution = k.shape == Shape::Capitalized
            && ((lx.org_prefixes.contains(k.key.as_str())
                && t[r.first + 1..r.last].iter().all(|x| {
                    x.shape == Shape::Lower
                        || (lx.is_word_of(&x.lower, p.lang) && !lx.is_given_name(&x.key))
                }))
                || (more
                    && super::german_nouns::german_body_before_complement(t, r.first, p.lang)));
        if heads_institution && more {
            r.org_cue = true;
            break;
        } else if r.width() > 2
            // A country before a role is the role's ("U.S. President Harlan Dorsey",
            // "French Minister X"): both go, the name follows.
            && lx.is_country_word(&k.key)
            && lx
                .role_at(t, r.first + 1, r.last)
                .is_some_and(|n| r.first + 1 + n < r.last)
        {
            r.first += 1;
            r.lead = r.first;
            continue;
        } else if r.width() > 2 && place_of_what_came_before(lx, t, r) {
            // "la joueuse de l'équipe d'Espagne Jenni Duvent", "the mayor of Eastbrook Tom
            // Harlan": the place closes the noun before it; the person follows.
            r.first += 1;
            r.lead = r.first;
            r.initial = false;
            continue;
        } else if r.width() > 2
            && k.shape == Shape::Capitalized
            && COUNTRY_NOUNS.contains(&k.key.as_str())
            && lx.particles.contains(t[r.first + 1].key.as_str())
            // A place's own name keeps it: "Pays de Galles", "País de Gales".
            && !lx.is_place(&super::pieces::listed_key(&t[r.first..r.last]))
        {
            // "un Paese del Golfo Persico", "i Paesi del Maghreb": Italian writes "country"
            // with its capital; what follows "of" is the place.
            r.first += 2;
            r.lead = r.first;
            continue;
        } else if let Some(n) = lx.role_at(t, r.first, r.last).filter(|_| more) {
            // "Sprecherin Miriam Kessler", "Chief Executive Tim Cook", and "CEO de Turing",
            // where the role makes what follows a company. A title may go on past the role
            // in words of any language ("President Global Affairs di Quintara", "Chief
            // Legal Officer at Quintara"): the employer follows it.
            let n = n + title_after_role(lx, t, r.first + n, r.last);
            skip_role(r, t, n);
            continue;
        } else if more
            && (lx.honorifics.contains(k.key.as_str())
                // An English judge's title: "Justice O'Farrell", "Mrs Justice Cockerill";
                // not a body's name ("Justice Department", "Justice Ministry").
                || (k.key == "justice"
                    && t[r.first + 1].shape == Shape::Capitalized
                    && !lx.org_prefixes.contains(t[r.first + 1].key.as_str())
                    && !lx.is_org_word(&t[r.first + 1].key)))
        {
            r.person_cue = true;
        } else if (k.shape == Shape::AllCaps || (k.shape == Shape::Capitalized && k.key.len() >= 3))
            && lx.acronyms.contains(k.key.as_str())
            && more
            && !is_suffix(lx, &t[r.first + 1])
        {
            // "d'IA Scale AI": a common acronym glued in front of a name; so one that
            // Italian writes as a word ("la nave della Ong Open Arms").
        } else if more
            && k.shape == Shape::Capitalized
            && !lx.org_prefixes.contains(k.key.as_str())
            && is_org_word(lx, &k.key, p.lang)
        {
            // Only German writes the noun with a capital in mid-sentence: elsewhere the
            // capital makes it the name's own first word, and a company's when it is a word
            // of the language before a name ("da Rede Quintela"; not "Marques da Silva",
            // "Group A", "Empresa Municipal").
            if !(p.lang == Lang::De || r.initial || r.title_case) {
                r.org_cue |= lx.is_word_of(&k.lower, p.lang)
                    && !lx.is_listed_surname(&k.key)
                    && t[r.first + 1..r.last].iter().any(|x| {
                        x.namelike()
                            && x.key.chars().count() > 1
                            && !lx.is_word_of(&x.lower, p.lang)
                    });
                break;
            }
            // "Konzern Siemens", "Lkw-Hersteller Tidvatten Trucks AB"
            r.org_cue = true;
        } else if more
            && p.lang == Lang::De
            && matches!(k.key.as_str(), "partei" | "gewerkschaft")
            && t[r.first + 1].shape == Shape::Capitalized
            && !lx.is_common_in(&t[r.first + 1].lower, Lang::De)
        {
            // "die Partei Lega", "die Gewerkschaft Verdi": the kind of body, then its name
            // in another language or its own word ("Partei der Arbeit" keeps its noun).
            r.org_cue = true;
        } else if k.shape == Shape::AllCaps
            && more
            && (r.initial || (r.first > 0 && t[r.first - 1].shape == Shape::AllCaps))
            && t[r.first + 1].shape == Shape::Capitalized
            && k.key.len() >= 3
            && lx.is_common_in(&k.lower, p.lang)
            && !lx.acronyms.contains(k.key.as_str())
            && !lx.org_prefixes.contains(k.key.as_str())
        {
            // "POP STAR Shakira": a lede's first words in capitals, then the name.
        } else if k.shape == Shape::Lower && more {
            // A particle opening the run: "de Scale" is Scale, but "von Hagen" may be a surname.
            r.first += 1;
            continue;
        } else if r.width() == 2
            && p.lang == Lang::De
            && lx.is_town_adjective(&k.lower)
            && lx.is_german_noun(&t[r.first + 1].lower)
        {
            // "die Brüsseler Behörde": a town's adjective before a noun only places it.
        } else if more && p.lang == Lang::En && matches!(k.key.as_str(), "a" | "an") {
            // English's indefinite article opens no name, wherever a capital falls on it
            // ('… for free," An Apple spokesperson said').
        } else if more
            && (r.initial || p.lang == Lang::De || is_any_function_word(&k.lower))
            && !surname_particle(lx, t, r.first)
            && (is_any_function_word(&k.lower)
                || is_grammar_capital(lx, &k.lower, p)
                // "den Entwickleraccount von Epic Games": a noun after its article, then
                // "von" and the name it belongs to.
                || (p.lang == Lang::De
                    && after_german_determiner(t, r.first)
                    && t.get(r.first + 1).is_some_and(|n| n.key == "von")))
            && !mid_keys.contains(&run_key(&t[r.first..r.last]))
            && !(p.lang == Lang::De && !r.initial && mid_keys.contains(k.key.as_str()))
            // German writes its adjectives small: one with its capital mid-sentence opens the
            // name ("der Internationale Bund", "die Bayerische Landesbank").
            && !super::german_nouns::named_adjective(lx, t, r.first, p.lang)
            && !lx.is_given_name(&k.key)
            // A given name that is a function word of another language only ("Hanno" is
            // Italian's "they have") opens a name in this one: "Hanno Jelden, an ex-manager".
            && !(t[r.first + 1].shape == Shape::Capitalized
                && is_any_function_word(&k.lower)
                && !crate::corpus::lang::is_function_word(&k.lower, p.lang)
                && lx.is_listed_given(&k.key))
            && !given_before_surname(lx, t, r.first, p.lang)
            // Portuguese "são" is a verb too, but before a given name a saint's word opens
            // a place's or a club's name ("O São Caetano Futebol Clube venceu").
            && !(is_saint(&k.key) && lx.is_given_name(&t[r.first + 1].key))
            // A body's word then "de" opening a line opens its name ("Instituto de
            // Geociências", "Banco do Brasil"), outside German, which capitalises it anyway;
            // in German too before English's "of" ("die Bank of Arvelia").
            && !(lx.org_prefixes.contains(k.key.as_str())
                && t[r.first + 1].shape == Shape::Lower
                && ((p.lang != Lang::De && lx.particles.contains(t[r.first + 1].key.as_str()))
                    || t[r.first + 1].key == "of"))
            // A partner's surname after a firm's noun, a noun too ("Kanzlei Baum, …").
            && !super::complements::after_firm_noun(t, r.first)
            // A German court or office and its town: "das Landgericht Offenburg".
            && !(p.lang == Lang::De && german_office_in_town(lx, t, r.first))
            // A newspaper's title keeps its article in any language's text: "El País",
            // "Le Monde", "La Stampa" quoted in German or at a sentence's start; where the
            // article and the word are of one language, which few others share ("El Times"
            // is Spanish's article before a word every press writes).
            && !(r.width() == 2
                && super::complements::NAME_ARTICLES.contains(&k.key.as_str())
                && lx.newspaper_words.contains(t[r.first + 1].key.as_str())
                && lx.common_mask(&t[r.first + 1].lower).count_ones() <= 3
                && [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It, Lang::Pt]
                    .into_iter()
                    .any(|l| {
                        crate::corpus::lang::is_function_word(&k.lower, l)
                            && lx.is_common_in(&t[r.first + 1].lower, l)
                    }))
            // "San Francisco County": the word opens a place's name.
            && !lx.is_place(&run_key(&t[r.first..(r.first + 2).min(r.last)]))
            && (is_any_function_word(&k.lower) || keeps_a_name(lx, t, r.first + 1, r.last))
        {
            // "La cofundadora", "Die Voltara GmbH", "Die Gruppe": grammar capitalised the
            // word; an article goes even when what follows is a common word. German
            // capitalises nouns and place adjectives too: "Münchner Start-up Flinkstrom AG".
        } else {
            break;
        }
        r.first += 1;
        r.lead = r.first;
        r.initial = false;
    }
}

/// The Romance nouns for a country, folded, which the press writes with a capital when it
/// means a nation ("un Paese del Golfo").
/// A place after "of" at the head of run `r`, then capitalised words alone, none a body's or a
/// place's: the place is the complement of the noun before the run, and a name follows it.
fn place_of_what_came_before(lx: &Lexicon, t: &[Token], r: &Run) -> bool {
    // An elided "d’" keeps its key without the apostrophe.
    const OF: [&str; 8] = ["of", "de", "d", "di", "da", "du", "von", "del"];
    let k = &t[r.first];
    r.first > 0
        && !k.break_before
        && k.shape == Shape::Capitalized
        && OF.contains(&t[r.first - 1].key.as_str())
        && lx.is_place(&k.key)
        && !lx.is_given_name(&k.key)
        && !lx.is_listed_surname(&k.key)
        // Not the first word of a place's longer name: "de São Paulo Rui Veltran".
        && !lx.is_place(&run_key(&t[r.first..r.first + 2]))
        && t[r.first + 1..r.last].iter().all(|x| {
            x.shape == Shape::Capitalized
                && !lx.is_place(&x.key)
                && !lx.is_org_word(&x.key)
                && !lx.org_prefixes.contains(x.key.as_str())
        })
}

const COUNTRY_NOUNS: [&str; 9] = [
    "paese", "paesi", "pais", "paises", "pays", "nazione", "nazioni", "nacion", "naciones",
];

/// Strips what follows a name at the end of run `r`; false where nothing of a name is left.
pub(super) fn trim_closing(lx: &Lexicon, p: &ParaTokens, r: &mut Run) -> bool {
    let t = &p.tokens;
    while r.last > r.first
        && lx.particles.contains(t[r.last - 1].key.as_str())
        && t[r.last - 1].shape == Shape::Lower
    {
        r.last -= 1;
    }
    // An honour or an office after a person's full name: "Anna Berg KC".
    if r.width() >= 3
        && t[r.last - 1].shape == Shape::AllCaps
        && lx.post_nominals.contains(t[r.last - 1].key.as_str())
        && t[r.last - 2].shape == Shape::Capitalized
    {
        r.last -= 1;
    }
    // German names a body's country in the genitive after it: "die erste Liga Spaniens",
    // "die Regierung Frankreichs". The country is no part of the noun's name; a party's
    // own name keeps it ("Kommunistische Partei Österreichs"), and a club's genitive is the
    // whole club's ("Viktoria Aschaffenburgs").
    if r.width() == 2
        && p.lang == Lang::De
        && lx.is_common_in(&t[r.first].lower, Lang::De)
        && !lx.is_given_name(&t[r.first].key)
        && t[r.last - 1].shape == Shape::Capitalized
        && t[r.last - 1]
            .key
            .strip_suffix('s')
            .is_some_and(|stem| stem.chars().count() >= 4 && lx.is_place(stem))
    {
        r.last -= 1;
    }
    // German names a body, then its acronym, then the sentence goes on with a noun: "beim
    // Internationalen Sportgerichtshof CAS Berufung einlegen". A noun of the dictionary after
    // the acronym is the sentence's.
    if r.width() >= 3
        && p.lang == Lang::De
        && t[r.last - 2].shape == Shape::AllCaps
        && t[r.last - 1].shape == Shape::Capitalized
        && lx.is_common_in(&t[r.last - 1].lower, Lang::De)
        && !lx.is_place(&t[r.last - 1].key)
        && !lx.is_given_name(&t[r.last - 1].key)
    {
        r.last -= 1;
    }
    // English puts the people's adjective before its noun: "Former Spanish soccer boss",
    // "the French tech group". A run ending in one before a word in small letters ends
    // before it.
    if p.lang == Lang::En
        && r.width() >= 2
        && lx.is_demonym(&t[r.last - 1].key)
        && lx.is_common_in(&t[r.last - 1].lower, p.lang)
        && t.get(r.last)
            .is_some_and(|x| x.shape == Shape::Lower && !x.break_before)
    {
        r.last -= 1;
        // What is left is a common word the sentence opened with ("Former").
        if r.width() == 1 && lx.is_common_in(&t[r.first].lower, p.lang) {
            return false;
        }
    }
    if r.first >= r.last {
        return false;
    }
    true
}

/// A surname's particle written with a capital before the rest of the name: "Von Hagen
/// bestritt", "Di Marzio ha", "Del Olmo dijo". Articles are not: "La Comisión", "Die Gruppe".
fn surname_particle(lx: &Lexicon, t: &[Token], k: usize) -> bool {
    const ARTICLES: [&str; 9] = ["le", "la", "der", "den", "das", "des", "die", "el", "&"];
    t[k].shape == Shape::Capitalized
        && lx.particles.contains(t[k].key.as_str())
        && !ARTICLES.contains(&t[k].key.as_str())
        && t.get(k + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized)
}

/// Whether tokens `[from, end)` still hold a word that is no common word: stripping before them
/// leaves a name.
fn keeps_a_name(lx: &Lexicon, t: &[Token], from: usize, end: usize) -> bool {
    t[from..end]
        .iter()
        .any(|x| x.shape != Shape::Lower && !lx.is_common(&x.lower) && !is_suffix(lx, x))
}

/// A capitalised word that is only capitalised because it opens the sentence: a function word
/// or a common word of the paragraph's language.
pub(super) fn is_grammar_capital(lx: &Lexicon, lower: &str, p: &ParaTokens) -> bool {
    if is_any_function_word(lower) || lx.is_common_in(lower, p.lang) {
        return true;
    }
    // A word of the language with a prefix glued on: "Ex-diretores da Veltron", "Ex-Manager".
    if super::codes::prefixed(lower)
        && lower
            .split_once('-')
            .is_some_and(|(_, word)| is_grammar_capital(lx, word, p))
    {
        return true;
    }
    // German nouns inflect and compound: "Investors", "Klägerin", "Kartellrechtsfall".
    if p.lang == Lang::De && lx.is_german_noun(lower) {
        return true;
    }
    // An English verb's "-ing" form too rare for the common list opens a sentence
    // ("Subtracting Heard's award…"); a surname ending so ("Fielding") is on the lists.
    p.lang == Lang::En
        && lower.len() >= 8
        && lower.ends_with("ing")
        && !lx.is_listed_surname(lower)
        && !lx.is_listed_given(lower)
}

/// The word for a saint, which opens the names of places and churches: "San Francisco de
/// Sales", "São José do Rio Preto".
pub(super) fn is_saint(key: &str) -> bool {
    matches!(
        key,
        "san" | "santa" | "santo" | "sao" | "saint" | "sainte" | "st"
    )
}

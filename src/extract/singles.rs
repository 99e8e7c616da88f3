//! One capitalised word alone: whether it is a name, in the middle of a sentence or in a row
//! of a table, and the place and noun tests that say it is not (German's own in
//! [`super::german_nouns`]).

use super::candidates::ParaTokens;
use super::case_counts::{CaseCounts, shouting};
use super::german_nouns::{
    after_strong_adjective, coordinated_with_noun, german_descriptor, german_noun,
    german_noun_ending, small_word_before, town_ending,
};
use super::lexicon::Lexicon;
use super::pieces::Piece;
use super::tokens::{Shape, Token};
use crate::model::Lang;

/// A capitalised word alone in mid-sentence that no longer name explains.
pub fn single_is_name(
    lx: &Lexicon,
    p: &Piece,
    tok: &Token,
    para: &ParaTokens,
    capitalised: usize,
    case: &CaseCounts,
    product: bool,
) -> bool {
    if para.table_row {
        // A contact line's label ("Tel: (021) 224 85 77") stands beside numbers too.
        return tok.key.chars().count() >= 2
            && !lx.calendar.contains(tok.key.as_str())
            && !lx.contact_words.contains(tok.key.as_str())
            && !crate::corpus::lang::is_any_function_word(&tok.lower)
            && matches!(
                tok.shape,
                Shape::Capitalized | Shape::AllCaps | Shape::Mixed
            );
    }
    if unit_or_law(lx, para, p.first)
        || names_an_illness(lx, &para.tokens, p.first, p.last)
        || number_sign(para, p.first)
    {
        return false;
    }
    if model_code(&tok.key)
        || amount_with_unit(&tok.key)
        || time_stamp(&tok.key)
        || scandal(lx, &tok.key)
        || places_paired(lx, &tok.key)
    {
        return false;
    }
    match tok.shape {
        // "PlayStation 5", "iPhone 15": a product where a number follows it somewhere.
        Shape::Mixed => {
            !product && !lx.org_suffixes.contains(tok.key.as_str()) && !prefixed(&tok.key)
        }
        Shape::AllCaps => {
            let len = tok.key.chars().count();
            let roman = tok.key.chars().all(|c| "ivxlcdm".contains(c));
            !lx.acronyms.contains(tok.key.as_str())
                && !lx.org_suffixes.contains(tok.key.as_str())
                && !roman
                && (2..=8).contains(&len)
                && !shouting(para)
                && !lx.calendar.contains(tok.key.as_str())
                // A time zone after a clock time: "9 a.m. PT", "18:00 CET".
                && !time_zone(para, p.first)
                // A place's name in capitals is the place, shouted ("SPAIN'S disgraced FA
                // chief"); a short one may be an acronym ("USA", "EU").
                && !(len >= 4 && lx.is_place(&tok.key))
                // An ordinary word in capitals for emphasis ("LEAGUE", "DIVISION") is written
                // in small letters elsewhere; an acronym never is.
                && !case.mostly_small(&tok.key)
                // Seen twice, or an unmistakable acronym: no word of any language ("FIFA"), or
                // no vowel to say it with ("PSB": the word lists hold acronyms in small letters).
                && (capitalised >= 2
                    || p.org_cue
                    || (party_after_name(para, p.first) && !lx.is_place(&tok.key))
                    || (len >= 3
                        && (lx.common_mask(&tok.lower) == 0 || !tok.key.contains(is_vowel))
                        && !lx.is_place(&tok.key)))
        }
        Shape::Capitalized => {
            // A currency's short sign before its amount: "Rs 1,94,000", "Fr 20".
            let before_amount = tok.key.chars().count() == 2 && number_after(para, p);
            if tok.key.chars().count() < 2
                || before_amount
                || lx.acronyms.contains(tok.key.as_str())
                || lx.event_words.contains(tok.key.as_str())
                || lx.ends_tournament(&tok.key)
                // A place by the gazetteer, a small town too, unless a company's noun stands by
                // it ("the seed giant, Pearland": towns lend companies their names).
                || ((lx.is_place(&tok.key) || lx.is_town(&tok.key)) && !company_by(lx, para, p))
                || lx.is_demonym(&tok.key)
                || lx.calendar.contains(tok.key.as_str())
                || lx.contact_words.contains(tok.key.as_str())
                || lx.capitalised_nouns.contains(tok.key.as_str())
                // "cet Etat", "the State", "la Ville": a place's noun alone, in its own
                // language ("Sierra" is a surname in Italian).
                || (lx.place_nouns.contains(tok.key.as_str())
                    && lx.is_common_in(&tok.lower, para.lang))
                || lx.org_suffixes.contains(tok.key.as_str())
                || lx.honorifics.contains(tok.key.as_str())
                || lx.is_given_name(&tok.key)
                // A role alone, written with its capital: "Italy's Minister of Transport", "the
                // Interior Minister" (not a body's word: "el Ejecutivo" is the government).
                || (lx.role_at(&para.tokens, p.first, p.last) == Some(1)
                    && !lx.org_prefixes.contains(tok.key.as_str()))
            {
                return false;
            }
            // "Bundes" and a kind of body: the one body of the state, not a noun.
            if para.lang == Lang::De && super::translations::federal_body(&tok.key) {
                return true;
            }
            if para.lang == Lang::De && german_noun(lx, para, p) {
                return false;
            }
            let cue = p.org_cue || p.person_cue;
            // German capitalises every noun: a word met once, with nothing around it that makes
            // it a name, is more likely a rare noun ("Sommerfest", "Andrang") than a name.
            if para.lang == Lang::De && !cue && capitalised < 2 && german_noun_ending(&tok.lower) {
                return false;
            }
            // Nor a word met once right after an article ("ein Abo"), or after an adjective in
            // its strong form ("schweres Geschütz", "erfolgreicher Mandant"): a noun.
            if para.lang == Lang::De
                && !cue
                && capitalised < 2
                && (p.article || after_strong_adjective(&para.tokens, p.first))
            {
                return false;
            }
            // Nor a word met once beside a noun of the dictionary and "und" ("vor Gier und
            // Hybris"): a noun, where a name stands beside a name ("Berg und Kessler").
            if para.lang == Lang::De
                && !cue
                && capitalised < 2
                && coordinated_with_noun(lx, &para.tokens, p.first)
            {
                return false;
            }
            // An abstract noun's ending is never a name's, however often it is met
            // ("Belegung", "Umschulung", "Gesellschaft").
            if para.lang == Lang::De && super::nouns::abstract_noun(&tok.lower) {
                return false;
            }
            // A German word with a town's ending that no list knows as a surname is a town
            // ("Gelnhausen", "Jügesheim", "Rodgau" aside): "-hausen", "-heim", "-ingen".
            if para.lang == Lang::De
                && !cue
                && town_ending(&tok.lower)
                && !lx.is_listed_surname(&tok.key)
            {
                return false;
            }
            // An institution written with its capital in mid-sentence: "el Gobierno", "il
            // Governo", "la Junta".
            // After an indefinite article it is a kind of body, not one: "una Borsa americana",
            // "un Tribunal". A court's word alone ("la Corte", "el Tribunal") names the court
            // its article names in full, where it does ([`super::forms::article_heads`]), and
            // otherwise no court a reader can tell: no row of its own.
            // A number after it makes a division or a competition: "Ligue 1", "Liga 2".
            if lx.is_institution_word(&tok.key) {
                return !after_indefinite_article(lx, para, p.first)
                    && !super::translations::is_court_word(&tok.key)
                    && !number_after(para, p);
            }
            // An abstract noun by its ending, in any language, with nothing around it that
            // makes it a name: "Cooperativismo", "Neurologia", "Bombagem" in a heading.
            if !cue
                && para.lang != Lang::De
                && super::nouns::abstract_noun_in(&tok.lower, para.lang)
                && !lx.is_listed_surname(&tok.key)
            {
                return false;
            }
            // A place by its shape ("Saint-Brévin", "Villers-sur-Orgeval") or by the noun
            // before it ("la commune de Trévillac", German "im Bezirk Trévillac"); in French, a
            // word after an article or "en", and in the other languages after their "in" ("la
            // Prusse", "en Calvorie", "in Vellano"), which a surname never follows; a word of
            // three letters or fewer met once ("(Fr)", OCR debris).
            if place_shaped(&tok.lower)
                || after_place_noun(lx, para, p.first)
                || (!cue && after_article_or_locative(para, p.first))
                || (!cue && tok.key.chars().count() <= 3 && capitalised < 2)
            {
                return false;
            }
            // A word of the paragraph's own language, capitalised: English writes "Swedish" and
            // "April" so. Only a role or company word around it makes it a name.
            // Unless the dossier writes it with a capital again and again, never in lower case:
            // then it is a name that is also a word ("Reuters", "Apple").
            // Nor does a surname of the broad lists that is a word too ("com Pinto", "do
            // Miranda"), where the dossier never writes the word small and German nouns aside,
            // unless an indefinite article makes it the word ("una Borsa").
            // A role's word then an adjective of the language that no list knows as a name is
            // the role's own ("Deputada Federal", "Commissario Straordinario"), not someone's
            // name ("ministro Maroni" stays one).
            // A newspaper's word with its capital after an article in mid-sentence is the
            // paper: "a Folha confirmou", "selon le Figaro", "il Corriere" (not in German, which
            // capitalises "die Zeit" as a noun; not "la Repubblica", which is the state too).
            if p.article
                && !p.initial
                && para.lang != Lang::De
                && lx.newspaper_words.contains(tok.key.as_str())
                && tok.key != "repubblica"
            {
                return true;
            }
            if is_common_word(lx, &tok.lower, Some(para.lang)) {
                let surname = para.lang != Lang::De
                    && lx.is_listed_surname(&tok.key)
                    && !case.written_lower(&tok.key)
                    && !after_indefinite_article(lx, para, p.first);
                let role_word = !p.org_cue
                    && para.lang != Lang::En
                    && super::nouns::adjective_ending(&tok.lower)
                    && lx.role_before(&para.tokens, p.first)
                    && !lx.is_listed_surname(&tok.key);
                return (cue && !role_word)
                    || ((capitalised >= 3 || surname)
                        && !case.written_lower(&tok.key)
                        && !product);
            }
            // A common word of another language ("Exodus" in French): a name when written
            // capitalised more than once and never in lower case.
            // A word that most languages share ("Internet", "Tempo", "Presidente"): a name
            // only where the dossier never writes it small ("Google").
            if lx.common_mask(&tok.lower).count_ones() >= 4
                && lx.is_common_in(&tok.lower, para.lang)
                && case.written_lower(&tok.key)
            {
                return cue;
            }
            // A surname of the lists that is a word elsewhere only ("Fleury" in Portuguese)
            // is a name once, as in the language's own words above.
            if is_common_word(lx, &tok.lower, None) {
                let enough = if lx.is_listed_surname(&tok.key) { 1 } else { 2 };
                return cue || (capitalised >= enough && !case.written_lower(&tok.key) && !product);
            }
            // A word no list knows, written in small letters more often than with a capital:
            // a rare noun capitalised in a heading or a glossary ("Turbina", "Glicerina"); nor
            // a rare adjective by its ending ("Hidrológico", "Inativo").
            let rare_adjective = super::nouns::derived_adjective_alone(&tok.lower, para.lang)
                && !lx.is_listed_surname(&tok.key);
            cue || (!case.mostly_lower(&tok.key) && !rare_adjective)
        }
        Shape::Initials | Shape::Lower | Shape::Number => false,
    }
}

/// A zone's letters (ending in "T", as "PT", "EDT", "CET" do) right after a clock time.
fn time_zone(para: &ParaTokens, k: usize) -> bool {
    let t = &para.tokens;
    let clock = |x: &Token| {
        matches!(x.key.trim_end_matches('.'), "a.m" | "p.m" | "am" | "pm")
            || (x.shape == Shape::Number && x.key.contains([':', 'h']))
    };
    (2..=4).contains(&t[k].key.len()) && t[k].key.ends_with('t') && k > 0 && clock(&t[k - 1])
}

/// A name that names an illness after a person: before the illness's noun ("Hodgkin
/// lymphoma", "Hodgkin's lymphoma"), after it and "of" ("linfoma de Hodgkin", "síndrome de
/// Down", "maladie de Parkinson"), after "non-" ("non-Hodgkin"), or opening with the noun itself
/// ("Síndrome de Down").
pub fn names_an_illness(lx: &Lexicon, t: &[Token], first: usize, last: usize) -> bool {
    const OF: [&str; 6] = ["de", "di", "of", "do", "da", "von"];
    let noun = |x: &Token| lx.disease_nouns.contains(x.key.as_str());
    noun(&t[first])
        || t.get(last)
            .is_some_and(|n| noun(n) && (!n.break_before || t[last - 1].possessive))
        || (first >= 2
            && OF.contains(&t[first - 1].key.as_str())
            && !t[first].break_before
            && noun(&t[first - 2]))
        || (first >= 1 && t[first - 1].key == "non" && t[first - 1].end + 1 == t[first].start)
}

/// A company's noun just before the word or in apposition to it: what makes a town's name a
/// company's ("the seed giant, Pearland"); a role's preposition does not ("the mayor of").
/// Right before it: a word between ("multa aplicada à empresa por Bruxelas") parts them.
fn company_by(lx: &Lexicon, para: &ParaTokens, p: &Piece) -> bool {
    let t = &para.tokens;
    (super::kind_cues::company_noun_before(lx, t, p.first)
        && p.first > 0
        && super::kind_cues::is_company_noun(lx, &t[p.first - 1].key))
        || super::kind_cues::org_apposition(lx, t, p.first, p.last, para.lang)
}

/// Letters and digits in one word name a model or a product ("PS5", "A380", "X1"), or are a
/// link's code ("pdICn2Jq6S"), not a party. ("3M" opens with its digit and stays a company.)
pub fn model_code(key: &str) -> bool {
    key.starts_with(char::is_alphabetic) && key.chars().any(|c| c.is_ascii_digit())
}

/// A wire's time and its zone glued on ("1613ET", "0930GMT"): the line that closes a story.
fn time_stamp(key: &str) -> bool {
    const ZONES: [&str; 12] = [
        "et", "est", "edt", "gmt", "utc", "cet", "cest", "bst", "pt", "pst", "pdt", "z",
    ];
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    (3..=4).contains(&digits) && ZONES.contains(&&key[digits..])
}

/// An amount with its unit glued on: "300.000km", "28GB", "5kWh" ("3M" keeps its company: a
/// unit of one letter is no unit here).
fn amount_with_unit(key: &str) -> bool {
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
fn scandal(lx: &Lexicon, key: &str) -> bool {
    key.strip_suffix("gate").is_some_and(|stem| {
        stem.chars().count() >= 4
            && (lx.common_mask(stem) != 0 || lx.is_place(stem))
            && !lx.is_listed_surname(key)
            && !lx.is_place(key)
    })
}

/// Two places, or a place and a bloc's or a club's short letters, joined by a hyphen: the
/// label of talks, a match or a scandal ("UE-Qatar", "Lisboa-Madrid", "PSG-Lyon"), no party.
fn places_paired(lx: &Lexicon, key: &str) -> bool {
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
pub fn unit_or_law(lx: &Lexicon, para: &ParaTokens, k: usize) -> bool {
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
fn number_sign(para: &ParaTokens, k: usize) -> bool {
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

/// An acronym in brackets right after a capitalised name: the person's party or employer
/// ("Uwe Brettschneider (CDU)", "Ana Vidal (PSOE)").
fn party_after_name(para: &ParaTokens, k: usize) -> bool {
    let t = &para.tokens;
    t[k].bracket_before
        && t.get(k + 1).is_none_or(|n| n.break_before)
        && k > 0
        && t[k - 1].shape == Shape::Capitalized
}

/// A number right after the piece, with no break between: "Llama 4", "Ligue 1", "Rs 20".
pub(super) fn number_after(para: &ParaTokens, p: &Piece) -> bool {
    para.tokens
        .get(p.last)
        .is_some_and(|n| !n.break_before && n.shape == Shape::Number)
}

/// "Saint-Nizier", "Val-de-Travers", "Bar-sur-Seine": the linking words of a place's name.
fn place_shaped(lower: &str) -> bool {
    const SAINTS: [&str; 6] = ["saint-", "sainte-", "st-", "ste-", "san-", "santa-"];
    const LINKS: [&str; 11] = [
        "-de-", "-du-", "-des-", "-sur-", "-sous-", "-en-", "-lès-", "-les-", "-la-", "-aux-",
        "-le-",
    ];
    SAINTS.iter().any(|s| lower.starts_with(s)) || LINKS.iter().any(|l| lower.contains(l))
}

/// A noun for a place just before `t[k]`, maybe with "de"/"of" between: "la commune de
/// Trévillac", "l'île de Morbano", "the town of Eastcombe", "mont Mayon"; or a town's office
/// and "of": "the mayor of Eastbrook".
pub(super) fn after_place_noun(lx: &Lexicon, para: &ParaTokens, k: usize) -> bool {
    const OF: [&str; 10] = ["de", "d", "du", "des", "of", "di", "del", "da", "do", "von"];
    let t = &para.tokens;
    if t[k].break_before {
        return false;
    }
    let mut i = k;
    let of = i > 0 && OF.contains(&t[i - 1].key.as_str()) && !t[i - 1].break_before;
    if of {
        i -= 1;
    }
    // German capitalises its nouns ("im Bezirk Fairmont"); elsewhere a capitalised one opens a
    // name or a title ("Secretary of State Blinken").
    let noun_shape = |x: &Token| {
        x.shape == Shape::Lower || (para.lang == Lang::De && x.shape == Shape::Capitalized)
    };
    // A town's office names one word, its town ("the mayor of Eastbrook"); before a longer
    // name the noun may be another word ("el hijo mayor de Ana Botella").
    let one_word = || {
        t.get(k + 1)
            .is_none_or(|n| n.break_before || n.shape != Shape::Capitalized)
    };
    i > 0
        && noun_shape(&t[i - 1])
        && (lx.place_nouns.contains(t[i - 1].key.as_str())
            || (of && lx.town_offices.contains(t[i - 1].key.as_str()) && one_word()))
}

/// An indefinite article just before token `k`: "una Borsa", "un Tribunal" name a kind of
/// thing, not one.
fn after_indefinite_article(lx: &Lexicon, para: &ParaTokens, k: usize) -> bool {
    small_word_before(&para.tokens, k).is_some_and(|w| lx.is_indefinite_article(&w.key, para.lang))
}

/// A word a surname never follows: in French an article or a locative ("la Prusse", "du
/// Landeron", "au Timor", "en Calvorie", "à Rodez"), which mark a place, a country, a
/// newspaper or a club; elsewhere the preposition "in" ("en Ourel", "em Trevana", "in
/// Vellano").
pub(super) fn after_article_or_locative(para: &ParaTokens, k: usize) -> bool {
    // Not "d'": "d'Arc" of "Jeanne d'Arc" opens a surname.
    // "a" is "à" folded.
    const ARTICLES: [&str; 11] = [
        "le", "la", "l", "les", "du", "des", "au", "aux", "en", "dans", "a",
    ];
    let locative: &[&str] = match para.lang {
        Lang::Fr => &ARTICLES,
        // "en Ourel", "em Trevana", "no Brasil", "in Vellano": a place.
        Lang::Es => &["en"],
        Lang::Pt => &["em", "no", "na", "nos", "nas"],
        Lang::It | Lang::En => &["in"],
        Lang::De => &["in", "aus", "nach"],
        _ => &[],
    };
    small_word_before(&para.tokens, k).is_some_and(|w| locative.contains(&w.key.as_str()))
}

/// A common word of `lang` (of any language when `None`); a hyphenated word is common when
/// all its parts are ("Swedish-Dutch").
fn is_common_word(lx: &Lexicon, lower: &str, lang: Option<Lang>) -> bool {
    let one = |w: &str| match lang {
        Some(l) => {
            lx.is_common(w) && lx.is_common_in(w, l) || crate::corpus::lang::is_function_word(w, l)
        }
        None => lx.is_common(w),
    };
    one(lower)
        || (lower.contains('-') && lower.split('-').all(|part| !part.is_empty() && one(part)))
}

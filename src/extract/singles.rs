//! One capitalised word alone: whether it is a name, in the middle of a sentence or in a row
//! of a table, and the place and noun tests that say it is not (German's own in
//! [`super::german_nouns`]).

use super::candidates::ParaTokens;
use super::case_counts::{CaseCounts, shouting};
use super::codes::{
    amount_with_unit, is_vowel, model_code, number_after, number_sign, places_paired, prefixed,
    scandal, time_stamp, time_zone, unit_or_law,
};
use super::german_nouns::{
    after_strong_adjective, coordinated_with_noun, german_noun, german_noun_ending,
    small_word_before, town_ending,
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
                // Met once as the head of a phrase that goes on in small letters ("ante la
                // Sala de lo penal", "delle Corti d'appello", "chef des Affaires mondiales"):
                // a piece of that phrase, not a name.
                if capitalised < 2 && heads_small_phrase(para, p.first) {
                    return false;
                }
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

/// An acronym in brackets right after a capitalised name: the person's party or employer
/// ("Uwe Brettschneider (CDU)", "Ana Vidal (PSOE)").
fn party_after_name(para: &ParaTokens, k: usize) -> bool {
    let t = &para.tokens;
    t[k].bracket_before
        && t.get(k + 1).is_none_or(|n| n.break_before)
        && k > 0
        && t[k - 1].shape == Shape::Capitalized
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

/// Word `k` opens a phrase that goes on in small letters: "of", maybe an article, and a noun
/// ("Sala de lo penal", "Corti d'appello"), or, where adjectives are written small, an
/// adjective ("Affaires mondiales").
fn heads_small_phrase(para: &ParaTokens, k: usize) -> bool {
    const OF: [&str; 14] = [
        "de", "di", "d", "des", "del", "della", "delle", "dei", "degli", "do", "da", "dos", "das",
        "du",
    ];
    const ARTICLES: [&str; 10] = ["lo", "la", "l", "le", "les", "el", "il", "i", "os", "as"];
    let t = &para.tokens;
    let small = |i: usize| {
        t.get(i).is_some_and(|x| {
            x.shape == Shape::Lower
                && !x.break_before
                && x.lower.chars().count() >= 4
                && !crate::corpus::lang::is_any_function_word(&x.lower)
        })
    };
    let Some(next) = t.get(k + 1).filter(|x| !x.break_before) else {
        return false;
    };
    if OF.contains(&next.key.as_str()) {
        let noun_at = if t
            .get(k + 2)
            .is_some_and(|x| ARTICLES.contains(&x.key.as_str()))
        {
            k + 3
        } else {
            k + 2
        };
        return small(noun_at);
    }
    // A noun after its article or "of the" takes an adjective; a surname takes a verb that may
    // end as one ("ma Cocco replica").
    const BEFORE_NOUN: [&str; 22] = [
        "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "os", "as", "des", "du",
        "del", "della", "delle", "dei", "degli", "do", "dos", "das",
    ];
    matches!(para.lang, Lang::Fr | Lang::Es | Lang::It | Lang::Pt)
        && k > 0
        && BEFORE_NOUN.contains(&t[k - 1].key.as_str())
        && small(k + 1)
        && super::nouns::adjective_ending(&next.lower)
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

//! Where a run of capitalised words starts and ends: the words that open one, the small words
//! it goes on through ("de la", "von der"), and the words before which it stops (a contact's
//! label, a headline's shouted word, a product's noun, a body's object). [`super::candidates::runs`]
//! asks these for each word.

use super::kind_cues::is_suffix;
use super::lexicon::{Lexicon, after_last};
use super::pieces::run_key;
use super::tokens::{Shape, Token};
use crate::model::Lang;

/// A contact line's label after a name, before a colon or a number: "Maria Matos Tel: 218 …",
/// "Selma Santiago Telefax (21) …" ("Tel Aviv" goes on).
pub(super) fn contact_label(lx: &Lexicon, t: &[Token], j: usize) -> bool {
    lx.contact_words.contains(t[j].key.as_str())
        && t.get(j + 1)
            .is_none_or(|n| n.break_before || n.shape == Shape::Number)
}

pub(super) fn legal_form(lx: &Lexicon, x: &Token) -> bool {
    x.shape != Shape::Lower && lx.legal_suffixes.contains(x.key.trim_end_matches('.'))
}

/// A product's noun on either side of the small words ("Quillbox de la App Store de Vextra"):
/// a product and its maker or its store, three names, not one.
pub(super) fn product_beside(lx: &Lexicon, t: &[Token], first: usize, j: usize, n: usize) -> bool {
    let noun = |words: &[Token]| {
        let key = run_key(words);
        // Not a noun that tells a product only right beside it ("marques", "marca"), which a
        // surname may be too ("Marques da Silva").
        lx.product_nouns.contains(&key) && !lx.product_nouns_beside.contains(&key)
    };
    (1..=2).any(|w| (j >= first + w && noun(&t[j - w..j])) || t.get(n..n + w).is_some_and(&noun))
}

/// A country, then "of" and its ruler or its leader: "la Líbia de Velkadi", "La France de
/// Marvella", "la España de Franco" are a place and a person, not one name. A country, not a
/// town: a town's name goes on so ("Santiago de Compostela", "Palma de Majorque"); and a
/// place's name the gazetteer holds whole stays whole ("Corea del Sur", "Estados Unidos de
/// América").
pub(super) fn country_of_a_name(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    n: usize,
) -> bool {
    // A sentence's article still stands in the run: "La France".
    let from = first
        + usize::from(j > first + 1 && crate::corpus::lang::is_any_function_word(&t[first].lower));
    // Cheap tests first: this is asked at every particle inside a run.
    if t[n].shape != Shape::Capitalized || j - from > 3 || t[j - 1].shape != Shape::Capitalized {
        return false;
    }
    let country = run_key(&t[from..j]);
    lx.is_place(&country)
        // The gazetteer gives a city or a region its country; a country has none.
        && lx.place_country(&country).is_none()
        && !lx.is_town(&country)
        && !lx.is_place(&t[n].key)
        && !lx.is_place(&run_key(&t[from..=n]))
}

/// English plurals that take "'s" open a name they are part of: "the Women's World Cup",
/// "Children's Hospital"; alone, "Women" is no name.
pub(super) fn plural_possessive(t: &[Token], j: usize) -> bool {
    let before = &t[j - 1];
    before.possessive
        && before.shape == Shape::Capitalized
        && matches!(before.key.as_str(), "women" | "men" | "children" | "people")
        && t[j].shape == Shape::Capitalized
        // Only the possessive's "'s" and a space between ("’" takes three bytes).
        && t[j].start <= before.end + 5
}

/// A word in capitals after two or more capitalised words is no part of their name: the
/// body's acronym set beside it ("der Europäischen Fußball-Union UEFA"), or a headline's
/// shouted word ("Marco Vellani FINALLY resigns"). A legal form stays ("Deutsche Bank AG").
/// Only where the words before make a body ("Union", "Federation") or the capitals spell a
/// word of the language: "Banca San Paolo IMI" and "Benedetto XVI" stay whole.
pub(super) fn capitals_after_name(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    lang: Lang,
) -> bool {
    let shouted = || t[j].key.chars().count() >= 4 && lx.is_common_in(&t[j].lower, lang);
    let body = || {
        t[first..j].iter().any(|x| {
            let word = after_last(&x.key, b'-').unwrap_or(&x.key);
            lx.is_institution_word(word) || lx.is_org_word(word)
        })
    };
    j >= first + 2
        && t[j].shape == Shape::AllCaps
        && t[first..j].iter().all(|x| x.shape == Shape::Capitalized)
        && !is_suffix(lx, &t[j])
        && !legal_form(lx, &t[j])
        && (shouted() || body())
}

/// A hyphened adjective ("California-based", "Franco-Lebanese") that stands before a noun, not
/// inside a body's name: "the Inter-American Court of Human Rights", "the Franco-German
/// Brigade" go on to the body's word.
pub(super) fn adjective_alone(lx: &Lexicon, t: &[Token], i: usize) -> bool {
    lx.is_hyphen_adjective(&t[i])
        && (t[i].small_tail
            || !t[i + 1..]
                .iter()
                .take(3)
                .take_while(|x| !x.break_before && x.shape == Shape::Capitalized)
                .any(|x| lx.org_prefixes.contains(x.key.as_str())))
}

pub(super) fn starts_run(lx: &Lexicon, t: &[Token], i: usize) -> bool {
    if t[i].elided || t[i].shape == Shape::Number {
        return false;
    }
    if t[i].namelike() {
        return !adjective_alone(lx, t, i);
    }
    // Surname particles before a capitalised word, mid-sentence: "von Hagen", "van der Linde".
    const LEADING: [&str; 13] = [
        "von", "van", "ter", "ten", "zu", "di", "de", "del", "della", "da", "do", "dos", "du",
    ];
    // Cheap tests first: this runs for every lower-case word.
    t.get(i + 1)
        .is_some_and(|n| !n.break_before && matches!(n.shape, Shape::Capitalized | Shape::Lower))
        && LEADING.contains(&t[i].key.as_str())
        && particles_then_name(lx, t, i).is_some_and(|n| t[n].shape == Shape::Capitalized)
}

/// Italian and Spanish "al" ("to the") between two names: "Tavinho al Barcellona", "dal Santos
/// al Barcellona", where a place or a body follows it, or no given name comes before it. After a
/// given name it is an Arabic name's article ("Bashar al Asad", "Mohamed al Fayed").
pub(super) fn preposition_al(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    n: usize,
    lang: Lang,
) -> bool {
    matches!(lang, Lang::It | Lang::Es)
        && n == j + 1
        && t[j].key == "al"
        && (lx.is_place(&t[n].key)
            || lx.org_prefixes.contains(t[n].key.as_str())
            || !t[first..j].iter().any(|x| lx.is_listed_given(&x.key)))
}

/// After one or more particles from `i` ("van der", "de la"), the index of the name-like
/// token that follows them without a break.
pub(super) fn particles_then_name(lx: &Lexicon, t: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    // "d'" and "l'" elided join too: "Raiders d'Oakland", "Jazz de l'Utah", "Jeanne d'Arc".
    while j < t.len()
        && j < i + 3
        && (lx.particles.contains(t[j].key.as_str())
            || (t[j].elided && matches!(t[j].key.as_str(), "d" | "l")))
        && t[j].shape == Shape::Lower
        && (j == i || !t[j].break_before)
    {
        j += 1;
    }
    // An article alone does not join two names: "Anna Berg der EU", "Rui Sousa do PSD" are a
    // name and what follows it, where "van der Linde" and "de la Fuente" are one name.
    let article_alone = j == i + 1
        && ARTICLES.contains(&t[i].key.as_str())
        && !i
            .checked_sub(1)
            .is_some_and(|b| lx.particles.contains(t[b].key.as_str()));
    // Nor does a particle before a whole other name: "Llamada de Pedro Ferreira".
    let full_name_after = lx.is_given_name(&t[j.min(t.len() - 1)].key)
        && t.get(j + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized);
    // German "zu" before a noun of the dictionary is the preposition ("verurteilte Jonas Varn zu
    // Haftstrafen"), not a noble's particle ("zu Guttenberg").
    let preposition_zu = j == i + 1
        && t[i].key == "zu"
        && j < t.len()
        && lx.is_german_noun(&t[j].lower)
        && !lx.is_place(&t[j].key);
    (j > i
        && j < t.len()
        && !t[j].break_before
        && t[j].namelike()
        && !t[j].initial
        && !article_alone
        && !full_name_after
        && !preposition_zu)
        .then_some(j)
}

/// "Priya Venkataraman von Harrowgate Capital": a person's name, then "von" and a company's
/// (a name ending in a company word). The particle separates them.
pub(super) fn person_of_company(lx: &Lexicon, t: &[Token], first: usize, n: usize) -> bool {
    t[first..n].iter().any(|x| lx.is_given_name(&x.key))
        && t[n..]
            .iter()
            .enumerate()
            .take_while(|(i, x)| x.namelike() && (*i == 0 || !x.break_before))
            .any(|(_, x)| is_suffix(lx, x))
}

/// Whether the particles from `j` to the name at `n` say where the whole name before them works
/// or comes from, rather than go on with a surname: two particles ("Jonas Pihl von der
/// Nordbank"); a place after one in Spanish, Portuguese or Italian ("Susan Varga de
/// California"; French names carry a place after "de": "Henri Dupuy de Lôme"); Italian "di" or
/// English "of", with which neither writes a surname ("Oscar Camps di Open Arms", "Anna Berg of
/// Quintara").
pub(super) fn beyond_full_name(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    n: usize,
    lang: Lang,
) -> bool {
    let said = n - j >= 2
        || (matches!(lang, Lang::Es | Lang::Pt | Lang::It)
            && lx.is_place(&t[n].key)
            && !lx.is_listed_surname(&t[n].key))
        || (n == j + 1
            && matches!(
                (lang, t[j].key.as_str()),
                (Lang::It, "di" | "del" | "della" | "dello" | "dell" | "dei") | (Lang::En, "of")
            ));
    said && after_full_name(lx, t, first, j)
}

/// "Jonas Pihl von der Nordbank", "Ana Ruiz de la Junta": a given name and a surname are a
/// whole name, and what a particle and an article add after them is where the person works or
/// comes from. (The caller asks only for two particles: "Ana Nunes de Almeida" keeps its second
/// surname; "María José de la Fuente" has given names only before the particle.)
fn after_full_name(lx: &Lexicon, t: &[Token], first: usize, j: usize) -> bool {
    // The run may open with words a later step strips ("Der Analyst Jonas Pihl").
    (first..j)
        .find(|&g| lx.is_given_name(&t[g].key))
        .is_some_and(|g| {
            t[g + 1..j]
                .iter()
                .any(|x| x.shape == Shape::Capitalized && !lx.is_given_name(&x.key))
        })
}

/// "Edupage da RNP", "secretário do PSD": a name, then "de" and an organization's acronym, are
/// two names ("PC do B" stays one: its letter is no acronym).
pub(super) fn of_an_acronym(t: &[Token], first: usize, n: usize) -> bool {
    t[n].shape == Shape::AllCaps && t[first].shape != Shape::AllCaps
}

/// German "Partei von Le Pen", "Regierung von Quintana": an institution's noun, which German
/// writes with a capital, then "von" and whose it is; no one name.
pub(super) fn german_noun_of(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    lang: Lang,
) -> bool {
    let noun = |x: &Token| {
        lx.is_german_noun(&x.lower) && !lx.is_listed_given(&x.key) && !lx.is_listed_surname(&x.key)
    };
    lang == Lang::De
        && j == first + 1
        && t[j].key == "von"
        && (lx.is_institution_word(&t[first].key)
            // Two nouns: "wegen unrechtmäßiger Nutzung von Inhalten".
            || (noun(&t[first]) && t.get(j + 1).is_some_and(noun)))
}

/// A German body of one word, then a capitalised word that is no town of it: the sentence's
/// object ("hat das Bundeskartellamt Quintara eine Strafe auferlegt"), not one name ("das
/// Landgericht Offenburg" is).
pub(super) fn german_body_then_object(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    lang: Lang,
) -> bool {
    lang == Lang::De
        && j == first + 1
        && t[first].shape == Shape::Capitalized
        && t[j].shape == Shape::Capitalized
        && super::german_nouns::german_body_compound(&t[first].key)
        && !super::kind_cues::german_office_in_town(lx, t, first)
        && !lx.is_place(&t[j].key)
        && !lx.is_town(&t[j].key)
}

/// "Flyers de Philadelphie de la Ligue nationale", "Raiders d'Oakland de la NFL": a name, then
/// "de" and an institution's head, are two names, unless the run is an institution's own
/// ("Tribunal de Justicia de la Unión Europea").
pub(super) fn another_institution(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    n: usize,
) -> bool {
    let head =
        |x: &Token| x.shape == Shape::Capitalized && lx.org_prefixes.contains(x.key.as_str());
    head(&t[n]) && !t[first..j].iter().any(head)
}

/// Particles that are articles too.
const ARTICLES: [&str; 6] = ["der", "den", "des", "das", "le", "la"];

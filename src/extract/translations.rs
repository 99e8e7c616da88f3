//! One organization named in several languages: "Super League", "Superliga", "Super Ligue";
//! "National Court", "Tribunal National", "Tribunale nazionale di Madrid". A name is read as
//! its concepts (`assets/lexicon/concepts.toml`: "tribunal" and "Gericht" are a court), small
//! words aside and other words kept as written; two organizations with the same concepts are
//! one, and a name whose concepts lie inside exactly one other name's, built on the same kind of
//! body, is that one ("Corte di Giustizia" in "Court of Justice of the European Union").

use super::clusters::{Cluster, Index, absorb_found, mergeable};
use super::governments::{concept_code, country_concept};
use super::lexicon::lexicon;
use super::seats::{Seat, merge_seats};
use crate::fold::fold;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use std::sync::OnceLock;

const CONCEPTS: &str = include_str!("../../assets/lexicon/concepts.toml");

/// Folded word → its concepts; heads are the kinds of body a name is built on.
struct Concepts {
    words: HashMap<String, Vec<&'static str>>,
    heads: HashMap<String, Vec<&'static str>>,
}

fn concepts() -> &'static Concepts {
    static CELL: OnceLock<Concepts> = OnceLock::new();
    CELL.get_or_init(|| {
        #[derive(Deserialize)]
        struct File {
            heads: HashMap<String, Vec<String>>,
            words: HashMap<String, Vec<String>>,
        }
        let f: File = toml::from_str(CONCEPTS).expect("assets/lexicon/concepts.toml is valid");
        let index = |table: HashMap<String, Vec<String>>| {
            let mut out: HashMap<String, Vec<&'static str>> = HashMap::default();
            for (concept, words) in table {
                let concept: &'static str = Box::leak(concept.into_boxed_str());
                for w in words {
                    // "comité" and "comitê" fold alike: one concept, once.
                    let list = out.entry(fold(&w)).or_default();
                    if !list.contains(&concept) {
                        list.push(concept);
                    }
                }
            }
            out
        };
        Concepts {
            words: index(f.words),
            heads: index(f.heads),
        }
    })
}

/// A court's word ("Corte", "Tribunal", "Gericht"), folded.
pub(super) fn is_court_word(key: &str) -> bool {
    concepts()
        .heads
        .get(key)
        .is_some_and(|c| c.contains(&"court"))
}

/// A name read as concepts: sorted, with the first head concept met, the kind of body.
#[derive(Debug, PartialEq)]
struct Reading {
    concepts: Vec<String>,
    head: &'static str,
    /// How many of the words are known concepts (the rest are names, kept as written).
    known: usize,
    /// The concepts without the places that qualify the body.
    core: Vec<String>,
    seat: Seat,
}

/// A federal body in one German word: "Bundesstrafgericht", "Bundesanwaltschaft",
/// "Bundesbank" — "Bundes" and a kind of body name the one body of the state. (A league is a
/// competition too: "Bundesliga".)
pub(super) fn federal_body(key: &str) -> bool {
    key.strip_prefix("bundes").is_some_and(|rest| {
        rest.len() >= 3
            && concepts_of(concepts(), rest)
                .iter()
                .any(|&(concept, head)| head && concept != "league")
    })
}

/// The concepts of a folded name, or `None` where it is built on no known kind of body, holds
/// nothing beside it, or opens with a given name (a person's name).
fn reading(key: &str) -> Option<Reading> {
    let (lx, c) = (lexicon(), concepts());
    let mut out: Vec<String> = Vec::new();
    let mut places: Vec<String> = Vec::new();
    let mut seat = Seat::Nowhere;
    let mut head = None;
    let mut known = 0;
    // Words split at spaces, and at hyphens where the hyphened word is no concept of its own
    // ("Etats-Unis" is one, "anti-doping" too).
    let words: Vec<&str> = key
        .split(' ')
        .flat_map(|w| {
            let whole = w.contains('-') && !concepts_of(c, w).is_empty();
            let parts: Vec<&str> = if whole {
                vec![w]
            } else {
                w.split('-').collect()
            };
            parts
        })
        .collect();
    let mut words = words.into_iter().enumerate().peekable();
    while let Some((i, w)) = words.next() {
        if i == 0 && lx.is_given_name(w) {
            return None;
        }
        // A court's number written as a word is its figure: "Court of Instruction Number One"
        // is the "Juzgado de Instrucción número 1".
        if out.last().is_some_and(|x| x == "number")
            && let Some(figure) = number_word(w)
        {
            out.push(figure.to_string());
            continue;
        }
        // A concept of two words: "Stati Uniti", "Reino Unido".
        let pair = words.peek().map(|&(_, next)| format!("{w} {next}"));
        let two = pair.as_deref().map(|p| own(c, p)).unwrap_or_default();
        let found = if !two.is_empty() {
            words.next();
            two
        } else if let Some(country) = pair.as_deref().and_then(|p| country_concept(p, false)) {
            known += 1;
            out.push(country.to_string());
            places.push(country.to_string());
            seat = seat.and(concept_code(country).map(|c| (c, false)), None);
            words.next();
            continue;
        } else if w.is_empty()
            // "Comisión de Protección de Datos del país": the country the article is about,
            // which says no more than the name without it.
            || matches!(w, "pais" | "pays" | "paese" | "country")
            || lx.particles.contains(w)
            || crate::corpus::lang::is_any_function_word(w)
            // A court's number stays: "número 1" and "número 5" are two courts.
            || w.len() <= 2 && !c.words.contains_key(w) && !w.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        } else {
            concepts_of(c, w)
        };
        if found.is_empty() {
            // A country in any language, by its name or its people's word, is one qualifier:
            // "de Brasil", "du Brésil", "Brazilian".
            if let Some(country) = country_concept(w, true) {
                known += 1;
                out.push(country.to_string());
                places.push(country.to_string());
                seat = seat.and(concept_code(country).map(|c| (c, false)), None);
                continue;
            }
            // Another place and its people's word are one qualifier: "de Irlanda", "Irlandesa".
            // A place says where the body sits as surely as a concept says what it is:
            // "Tribunal de Paris" is the "Paris Criminal Court" of a dossier that names no
            // other court of Paris.
            match lx.place_family(w) {
                Some(place) => {
                    known += 1;
                    out.push(place.to_string());
                    places.push(place.to_string());
                    // A town, a state or a nation the lists seat in a country; a people's
                    // word or another country the twenty-four of `countries.toml` lack is
                    // seated nowhere known.
                    seat = seat.and(lx.place_country(w), Some(place));
                }
                None if lx.is_place(w) => {
                    known += 1;
                    out.push(w.to_string());
                    places.push(w.to_string());
                    seat = seat.and(lx.place_country(w), Some(w));
                }
                None => out.push(w.to_string()),
            }
            continue;
        }
        for (concept, is_head) in found {
            known += 1;
            if is_head && head.is_none() {
                head = Some(concept);
            }
            out.push(concept.to_string());
        }
    }
    out.sort_unstable();
    out.dedup();
    let head = head?;
    let core = out
        .iter()
        .filter(|c| !places.contains(c))
        .cloned()
        .collect();
    (out.len() >= 2).then_some(Reading {
        concepts: out,
        head,
        known,
        core,
        seat,
    })
}

/// The figure of a number from one to ten written as a word in one of the six languages,
/// folded.
fn number_word(w: &str) -> Option<&'static str> {
    const WORDS: [(&str, &[&str]); 10] = [
        (
            "1",
            &["one", "un", "une", "uno", "una", "eins", "ein", "um", "uma"],
        ),
        ("2", &["two", "deux", "dos", "zwei", "due", "dois", "duas"]),
        ("3", &["three", "trois", "tres", "drei", "tre"]),
        (
            "4",
            &["four", "quatre", "cuatro", "vier", "quattro", "quatro"],
        ),
        ("5", &["five", "cinq", "cinco", "funf", "cinque"]),
        ("6", &["six", "seis", "sechs", "sei"]),
        ("7", &["seven", "sept", "siete", "sieben", "sette", "sete"]),
        ("8", &["eight", "huit", "ocho", "acht", "otto", "oito"]),
        ("9", &["nine", "neuf", "nueve", "neun", "nove"]),
        ("10", &["ten", "dix", "diez", "zehn", "dieci", "dez"]),
    ];
    WORDS
        .iter()
        .find(|(_, words)| words.contains(&w))
        .map(|&(figure, _)| figure)
}

/// The organization that `id` has joined by now.
pub(super) fn root(group: &mut [usize], mut id: usize) -> usize {
    while group[id] != id {
        group[id] = group[group[id]];
        id = group[id];
    }
    id
}

/// Record that `id` joins `into`'s organization.
pub(super) fn join(group: &mut [usize], id: usize, into: usize) {
    let (a, b) = (root(group, id), root(group, into));
    group[a] = b;
}

/// A word's concepts (with whether each is a head): the word's own, or those of the two words
/// it is compounded of ("superliga": super, league; German "Fußballverband").
fn concepts_of(c: &Concepts, w: &str) -> Vec<(&'static str, bool)> {
    let found = compound(c, w, 3);
    if !found.is_empty() {
        return found;
    }
    // German's genitive ("des Europäischen Parlaments", "des Fußballverbandes").
    ["es", "s"]
        .iter()
        .filter_map(|end| w.strip_suffix(end).filter(|stem| stem.len() >= 4))
        .map(|stem| compound(c, stem, 3))
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// The concepts listed for a word (or two words) as written, with whether each is a head.
fn own(c: &Concepts, w: &str) -> Vec<(&'static str, bool)> {
    let heads = c.heads.get(w).into_iter().flatten().map(|&x| (x, true));
    let words = c.words.get(w).into_iter().flatten().map(|&x| (x, false));
    heads.chain(words).collect()
}

/// A word's concepts, or those of the words it is compounded of, up to `parts` of them:
/// "Bundesstrafgericht" is federal, criminal, court.
fn compound(c: &Concepts, w: &str, parts: usize) -> Vec<(&'static str, bool)> {
    let whole = own(c, w);
    if !whole.is_empty() || parts == 1 {
        return whole;
    }
    for (i, _) in w
        .char_indices()
        .filter(|&(i, _)| i >= 3 && w.len() - i >= 3)
    {
        let a = own(c, &w[..i]);
        if a.is_empty() {
            continue;
        }
        let b = compound(c, &w[i..], parts - 1);
        if !b.is_empty() {
            return a.into_iter().chain(b).collect();
        }
    }
    Vec::new()
}

/// Merge the organizations named by the same concepts in several languages.
pub(super) fn merge_translations(clusters: &mut [Cluster], full: &mut Index) {
    // Every organization's readings, one per form that has one.
    let mut readings: Vec<(usize, Reading)> = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || (c.institution && c.seen == 0) {
            continue;
        }
        // One reading per distinct set of concepts: the cluster's own readings are the last
        // ones pushed.
        let own = readings.len();
        for k in &c.keys {
            if let Some(r) = reading(k)
                && !readings[own..].iter().any(|(_, x)| *x == r)
            {
                readings.push((id, r));
            }
        }
    }
    // The same concepts: one organization, gathered into the first (an institution of the
    // shipped list comes first among the clusters). `group` follows each merge, so that names
    // that become one count as one below.
    let mut group: Vec<usize> = (0..clusters.len()).collect();
    let mut by_concepts: HashMap<&[String], usize> = HashMap::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (id, r) in &readings {
        match by_concepts.get(r.concepts.as_slice()) {
            Some(&into) if into != *id && mergeable(clusters, *id, into) => {
                join(&mut group, *id, into);
                pairs.push((*id, into));
            }
            Some(_) => {}
            None => {
                by_concepts.insert(r.concepts.as_slice(), *id);
            }
        }
    }
    merge_seats(
        clusters,
        readings
            .iter()
            .map(|(id, r)| (*id, r.head, r.core.as_slice(), &r.seat)),
        &mut group,
        &mut pairs,
    );
    // Concepts inside exactly one other organization's, on the same kind of body, where the
    // smaller name says more than its kind of body ("Tribunal National" in "Tribunale
    // nazionale di Madrid"; not "Comité de Empresa" in "Comité de Empresa de Antibióticos").
    // Widest first, so that "Federação Espanhola" finds the one federation that "Fédération
    // espagnole de football" and "Real Federación Española de Fútbol" have become.
    // Compared within their kind of body only: the pass stays near linear in the names.
    let mut by_head: HashMap<&str, Vec<&(usize, Reading)>> = HashMap::default();
    for x in &readings {
        by_head.entry(x.1.head).or_default().push(x);
    }
    let mut narrow: Vec<&(usize, Reading)> =
        readings.iter().filter(|(_, r)| r.known >= 2).collect();
    narrow.sort_by_key(|(_, r)| std::cmp::Reverse(r.concepts.len()));
    for (id, r) in narrow {
        let mut wider = by_head[r.head]
            .iter()
            .filter(|(other, w)| {
                other != id
                    && w.concepts.len() > r.concepts.len()
                    && r.concepts.iter().all(|x| w.concepts.contains(x))
            })
            .map(|(other, _)| root(&mut group, *other))
            .collect::<Vec<_>>()
            .into_iter();
        // One other organization, or several that are one by now.
        if let Some(into) = wider.next()
            && wider.all(|other| other == into)
            && into != root(&mut group, *id)
            && mergeable(clusters, *id, into)
        {
            join(&mut group, *id, into);
            pairs.push((*id, into));
        }
    }
    // (Two shipped institutions are never merged: see `absorb_found`.)
    absorb_found(clusters, full, pairs);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts_of_name(key: &str) -> Option<Vec<String>> {
        reading(key).map(|r| r.concepts)
    }

    #[test]
    fn a_country_of_two_words_or_hyphened_is_one_concept() {
        let fr = concepts_of_name("cour supreme des etats-unis");
        assert!(fr.is_some());
        assert_eq!(concepts_of_name("corte suprema de estados unidos"), fr);
        assert_eq!(concepts_of_name("corte suprema degli stati uniti"), fr);
        assert_eq!(concepts_of_name("supreme court of the united states"), fr);
    }

    #[test]
    fn a_bodys_field_reads_alike_in_every_language_and_compound() {
        let en = concepts_of_name("international tennis integrity agency");
        assert!(en.is_some());
        for other in [
            "internationale tennis-integritatsagentur",
            "agence internationale pour l integrite du tennis",
        ] {
            assert_eq!(concepts_of_name(other), en, "{other}");
        }
        assert_eq!(
            concepts_of_name("european food safety authority"),
            concepts_of_name("autorite europeenne de la securite alimentaire")
        );
    }

    #[test]
    fn translations_read_alike() {
        assert_eq!(
            concepts_of_name("national court"),
            concepts_of_name("tribunal national")
        );
        assert_eq!(
            concepts_of_name("super league"),
            concepts_of_name("superliga")
        );
        assert_eq!(
            concepts_of_name("super league"),
            concepts_of_name("super lega")
        );
        assert_eq!(
            concepts_of_name("europaischen gerichtshof"),
            concepts_of_name("europaischer gerichtshof")
        );
        assert!(concepts_of_name("partido popular").is_some());
        assert_eq!(
            concepts_of_name("partido popular"),
            concepts_of_name("popular party")
        );
        assert_ne!(
            concepts_of_name("national court"),
            concepts_of_name("national league")
        );
        // A correctional court is a criminal one: "Tribunal Criminal de Vorsay" lies inside
        // "Tribunal Correccional de Vorsay", as the press renders the same court.
        let wide = reading("tribunal correccional de vorsay").unwrap().concepts;
        let narrow = reading("tribunal criminal de vorsay").unwrap().concepts;
        assert!(
            narrow.iter().all(|c| wide.contains(c)),
            "{narrow:?} {wide:?}"
        );
        // "comité" and "comitê" are one concept, counted once.
        assert_eq!(reading("comite de empresa").map(|r| r.known), Some(1));
    }

    #[test]
    fn a_courts_number_reads_alike_as_a_figure_or_a_word() {
        let figure = concepts_of_name("juzgado de instruccion numero 1 de barcelona");
        assert!(figure.is_some());
        assert_eq!(
            concepts_of_name("barcelona court of instruction number one"),
            figure
        );
        assert_ne!(
            concepts_of_name("barcelona court of instruction number two"),
            figure
        );
    }

    #[test]
    fn a_boards_name_reads_as_a_councils() {
        assert_eq!(
            concepts_of_name("european data protection board"),
            concepts_of_name("conseil europeen de la protection des donnees")
        );
        assert_eq!(
            concepts_of_name("technical committee of referees"),
            concepts_of_name("comite tecnico de arbitros")
        );
    }

    #[test]
    fn a_country_by_any_of_its_names_or_its_peoples_word_is_one_concept() {
        let fr = concepts_of_name("cour supreme du bresil");
        assert!(fr.is_some());
        assert_eq!(concepts_of_name("corte suprema de brasil"), fr);
        assert_eq!(concepts_of_name("brazilian supreme court"), fr);
        assert_eq!(concepts_of_name("corte suprema brasiliana"), fr);
        assert_ne!(concepts_of_name("corte suprema de espana"), fr);
    }

    #[test]
    fn a_german_compound_of_three_parts_reads_as_its_parts() {
        assert_eq!(
            concepts_of_name("bundesstrafgericht"),
            concepts_of_name("federal criminal court")
        );
        assert!(federal_body("bundesanwaltschaft"));
        assert!(!federal_body("bundesliga"));
        assert!(!federal_body("bundeslander"));
    }

    #[test]
    fn a_town_and_its_nation_seat_a_body_in_one_country() {
        let seat = |key: &str| reading(key).map(|r| r.seat);
        // One town by any of its names.
        assert!(matches!(
            seat("haute cour de londres"),
            Some(Seat::In("GB", None, Some(_)))
        ));
        assert_eq!(seat("haute cour de londres"), seat("alta corte di londra"));
        assert_eq!(
            seat("tribunal superior da inglaterra"),
            Some(Seat::In("GB", Some("inglaterra".into()), None))
        );
        assert_eq!(
            seat("corte federale australiana"),
            Some(Seat::In("AU", None, None))
        );
        assert_eq!(seat("high court"), Some(Seat::Nowhere));
        // Two towns seat no body.
        assert_eq!(seat("tribunal de paris et nanterre"), Some(Seat::Unknown));
        // The same concepts without the places.
        assert_eq!(
            reading("haute cour de londres").unwrap().core,
            reading("tribunal superior da inglaterra").unwrap().core
        );
    }

    #[test]
    fn names_without_a_body_or_of_people_have_no_reading() {
        assert_eq!(concepts_of_name("real madrid"), None);
        assert_eq!(concepts_of_name("league"), None);
        assert_eq!(concepts_of_name("maria league"), None);
    }
}

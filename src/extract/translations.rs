//! One organization named in several languages: "Super League", "Superliga", "Super Ligue";
//! "National Court", "Tribunal National", "Tribunale nazionale di Madrid". A name is read as
//! its concepts (`assets/lexicon/concepts.toml`: "tribunal" and "Gericht" are a court), small
//! words aside and other words kept as written; two organizations with the same concepts are
//! one, and a name whose concepts lie inside exactly one other name's, built on the same kind of
//! body, is that one ("Corte di Giustizia" in "Court of Justice of the European Union").

use super::aliases::{Cluster, Index};
use super::lexicon::lexicon;
use super::merges::absorb_found;
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
}

/// The concepts of a folded name, or `None` where it is built on no known kind of body, holds
/// nothing beside it, or opens with a given name (a person's name).
fn reading(key: &str) -> Option<Reading> {
    let (lx, c) = (lexicon(), concepts());
    let mut out: Vec<String> = Vec::new();
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
        // A concept of two words: "Estados Unidos", "Stati Uniti", "United States".
        if let Some(found) = words
            .peek()
            .and_then(|&(_, next)| c.words.get(&format!("{w} {next}")))
        {
            known += found.len();
            out.extend(found.iter().map(|x| x.to_string()));
            words.next();
            continue;
        }
        // "Comisión de Protección de Datos del país": the country the article is about, which
        // says no more than the name without it.
        if w.is_empty()
            || matches!(w, "pais" | "pays" | "paese" | "country")
            || lx.particles.contains(w)
            || crate::corpus::lang::is_any_function_word(w)
            || w.len() <= 2 && !c.words.contains_key(w)
        {
            continue;
        }
        let found = concepts_of(c, w);
        if found.is_empty() {
            // A place and its people's word are one qualifier: "de Irlanda", "Irlandesa".
            match lx.place_family(w) {
                Some(place) => out.push(place.to_string()),
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
    (out.len() >= 2).then_some(Reading {
        concepts: out,
        head,
        known,
    })
}

/// A word's concepts (with whether each is a head): the word's own, or those of the two words
/// it is compounded of ("superliga": super, league; German "Fußballverband").
fn concepts_of(c: &Concepts, w: &str) -> Vec<(&'static str, bool)> {
    let own = |w: &str| -> Vec<(&'static str, bool)> {
        let heads = c.heads.get(w).into_iter().flatten().map(|&x| (x, true));
        let words = c.words.get(w).into_iter().flatten().map(|&x| (x, false));
        heads.chain(words).collect()
    };
    let whole = own(w);
    if !whole.is_empty() {
        return whole;
    }
    for (i, _) in w
        .char_indices()
        .filter(|&(i, _)| i >= 3 && w.len() - i >= 3)
    {
        let (a, b) = (own(&w[..i]), own(&w[i..]));
        if !a.is_empty() && !b.is_empty() {
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
    // shipped list comes first among the clusters).
    let mut by_concepts: HashMap<&[String], usize> = HashMap::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (id, r) in &readings {
        match by_concepts.get(r.concepts.as_slice()) {
            Some(&into) if into != *id => pairs.push((*id, into)),
            Some(_) => {}
            None => {
                by_concepts.insert(r.concepts.as_slice(), *id);
            }
        }
    }
    // Concepts inside exactly one other organization's, on the same kind of body, where the
    // smaller name says more than its kind of body ("Tribunal National" in "Tribunale
    // nazionale di Madrid"; not "Comité de Empresa" in "Comité de Empresa de Antibióticos").
    // Compared within their kind of body only: the pass stays near linear in the names.
    let mut by_head: HashMap<&str, Vec<&(usize, Reading)>> = HashMap::default();
    for x in &readings {
        by_head.entry(x.1.head).or_default().push(x);
    }
    for (id, r) in readings.iter().filter(|(_, r)| r.known >= 2) {
        let mut wider = by_head[r.head].iter().filter(|(other, w)| {
            other != id
                && w.concepts.len() > r.concepts.len()
                && r.concepts.iter().all(|x| w.concepts.contains(x))
        });
        // One other organization, or several that read alike and are merged above.
        if let Some((into, first)) = wider.next()
            && wider.all(|(other, w)| other == into || w.concepts == first.concepts)
        {
            pairs.push((*id, *into));
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
    fn names_without_a_body_or_of_people_have_no_reading() {
        assert_eq!(concepts_of_name("real madrid"), None);
        assert_eq!(concepts_of_name("league"), None);
        assert_eq!(concepts_of_name("maria league"), None);
    }
}

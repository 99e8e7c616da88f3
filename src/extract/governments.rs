//! Governments as parties: "the US government", "die US-Regierung", "le gouvernement
//! américain", "o governo dos EUA", "the Trump administration". A government weighs in on a
//! dispute as an organization does (it condemns a fine, it threatens tariffs), and the press
//! names it by its country, or by its head, with no capital to find it by. One row per
//! country, whatever the language; a head's government is his country's when the dossier
//! calls him its president or prime minister.

use super::candidates::ParaTokens;
use super::lexicon::{after_last, fold};
use super::mentions::slug;
use super::tokens::Token;
use crate::model::{Dossier, Entity, EntityKind, Mention};
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../assets/lexicon/countries.toml");

/// A country's officials and authorities, folded: they speak for its government ("U.S.
/// officials warned", "US-Beamte", "las autoridades estadounidenses") where the dossier names
/// that government too.
const OFFICIALS: [&str; 9] = [
    "officials",
    "beamte",
    "behorden",
    "funcionarios",
    "responsables",
    "autoridades",
    "autorites",
    "autorita",
    "funzionari",
];

/// Nouns for a government, folded; German also as the end of a compound ("US-Regierung",
/// "Bundesregierung").
const GOVERNMENT: [&str; 14] = [
    "government",
    "administration",
    "gouvernement",
    "gobierno",
    "administracion",
    "regierung",
    "governo",
    "amministrazione",
    "administracao",
    "executif",
    "ejecutivo",
    "esecutivo",
    "executivo",
    "bundesregierung",
];

/// A noun for a government, by its folded key: "administration", "governo", "regierung".
pub(super) fn is_government_noun(key: &str) -> bool {
    GOVERNMENT.contains(&key)
}

/// A head of government or state, folded, before the name ("US President Donald Trump", "le
/// président américain", "US-Präsident").
pub(super) const HEADS: [&str; 10] = [
    "president",
    "presidente",
    "prasident",
    "premier",
    "chancellor",
    "kanzler",
    "kanzlerin",
    "chanceler",
    "canciller",
    "cancelliere",
];

/// "of" before the country or the head: "Gobierno de Estados Unidos", "governo dos EUA".
const OF: [&str; 14] = [
    "of", "de", "des", "du", "del", "degli", "dello", "della", "do", "dos", "da", "der", "von", "d",
];

const ARTICLES: [&str; 9] = ["the", "l", "les", "los", "las", "gli", "die", "os", "as"];

#[derive(Deserialize)]
struct File {
    country: Vec<Country>,
}

#[derive(Deserialize)]
struct Country {
    name: String,
    /// ISO 3166: the code `place_countries.txt` gives the country's towns.
    code: String,
    short: Option<String>,
    names: Vec<String>,
    stems: Vec<String>,
}

fn countries() -> &'static [Country] {
    static CELL: OnceLock<Vec<Country>> = OnceLock::new();
    CELL.get_or_init(|| {
        let f: File = toml::from_str(COUNTRIES).expect("assets/lexicon/countries.toml is valid");
        f.country
    })
}

/// Each country's whole names and initials, folded, to the country: one lookup per phrase.
fn country_named(name: &str) -> Option<usize> {
    static CELL: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut m = HashMap::default();
        for (i, c) in countries().iter().enumerate() {
            for n in &c.names {
                m.entry(n.as_str()).or_insert(i);
            }
        }
        m
    })
    .get(name)
    .copied()
}

/// The country a word (or two: "reino unido") names or qualifies, as a concept of a body's
/// name: its English name, folded and hyphened ("united-states", "brazil").
pub(super) fn country_concept(words: &str, one_word: bool) -> Option<&'static str> {
    let i = if one_word {
        country_word(words)?
    } else {
        country_named(words)?
    };
    Some(concept_names()[i].as_str())
}

/// Each country's concept, in the countries' order.
fn concept_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        countries()
            .iter()
            .map(|c| fold(&c.name).replace(' ', "-"))
            .collect()
    })
}

/// The ISO 3166 code of a country concept that [`country_concept`] gave ("united-kingdom":
/// "GB").
pub(super) fn concept_code(concept: &str) -> Option<&'static str> {
    let i = concept_names().iter().position(|c| c == concept)?;
    Some(countries()[i].code.as_str())
}

/// Whose government a phrase names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Whose {
    Country(usize),
    /// A person entity, its head.
    Head(usize),
}

/// The country a word names or qualifies: a whole name, or a people's adjective.
fn country_word(key: &str) -> Option<usize> {
    country_named(key).or_else(|| country_adjective(key))
}

/// The country a people's adjective in lower case qualifies ("américain", "amerikanische").
fn country_adjective(key: &str) -> Option<usize> {
    // The stems by their first letter: a word is compared with a few, not with all.
    static CELL: OnceLock<HashMap<u8, Vec<(&'static str, usize)>>> = OnceLock::new();
    let by_letter = CELL.get_or_init(|| {
        let mut m: HashMap<u8, Vec<(&'static str, usize)>> = HashMap::default();
        for (i, c) in countries().iter().enumerate() {
            for s in &c.stems {
                m.entry(s.as_bytes()[0]).or_default().push((s.as_str(), i));
            }
        }
        m
    });
    by_letter
        .get(key.as_bytes().first()?)?
        .iter()
        .find(|(s, _)| key.starts_with(s))
        .map(|&(_, i)| i)
}

/// The country named by the tokens from `i` on (up to three words: "Estados Unidos",
/// "Vereinigte Staaten"), with how many tokens it takes. Whole names only.
fn country_name_at(t: &[Token], i: usize) -> Option<(usize, usize)> {
    for len in (1..=3).rev() {
        if i + len > t.len() || t[i + 1..i + len].iter().any(|x| x.break_before) {
            continue;
        }
        let words: Vec<&str> = t[i..i + len].iter().map(|x| x.key.as_str()).collect();
        let joined = words.join(" ");
        if let Some(c) = country_named(&joined) {
            return Some((c, len));
        }
    }
    None
}

/// A name's key ending in its country's name, maybe after "of" ("corte suprema usa", "corte
/// suprema degli stati uniti", "supreme court of the united states"): the words before it and
/// the country.
pub(super) fn country_suffix(key: &str) -> Option<(&str, usize)> {
    let words: Vec<(usize, &str)> = key
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    (1..=3.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|len| {
            let at = words.len() - len;
            let country = country_named(&key[words[at].0..])?;
            // Over "of" and an article before the country.
            let mut end = at;
            while end > 1
                && (OF.contains(&words[end - 1].1) || ARTICLES.contains(&words[end - 1].1))
            {
                end -= 1;
            }
            Some((key[..words[end].0].trim_end(), country))
        })
}

/// Governments found in the dossier, added as organizations with their mentions. Mentions of
/// other names inside one ("Trump" in "Trump-Regierung") stay theirs; the claims read the
/// longer one.
pub fn add(d: &Dossier, paras: &[ParaTokens], entities: &mut Vec<Entity>) {
    // Surnames of the people the dossier names, folded: a head's government is named by it.
    let mut surnames: HashMap<String, usize> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Person
            && let Some(last) = e.name.split_whitespace().last()
        {
            surnames.entry(fold(last)).or_insert(i);
        }
    }
    let mut head_of: HashMap<usize, usize> = HashMap::default();
    let mut found: Vec<(Whose, usize, usize, usize, usize, bool)> = Vec::new();
    // Only a head's title or a government's noun opens one: one lookup per word.
    let triggers: rustc_hash::FxHashSet<&str> = HEADS
        .iter()
        .chain(&GOVERNMENT)
        .chain(&OFFICIALS)
        .copied()
        .collect();
    for p in paras {
        let t = &p.tokens;
        for k in 0..t.len() {
            let tail = after_last(&t[k].key, b'-').unwrap_or(&t[k].key);
            // Every such word has 6 to 15 letters: most words end here, unhashed.
            if !(6..=15).contains(&tail.len()) || !triggers.contains(tail) {
                continue;
            }
            if let Some((person, country)) = head_at(t, k, &surnames) {
                head_of.entry(person).or_insert(country);
            }
            if let Some((whose, first, last)) = government_at(t, k, &surnames) {
                found.push((
                    whose,
                    p.article,
                    p.paragraph,
                    t[first].start,
                    t[last - 1].end,
                    OFFICIALS.contains(&tail),
                ));
            }
        }
    }
    // A row the names found that is itself a country's government ("Gobierno de EE.UU.",
    // written with capitals) joins that country's row, with its mentions and forms.
    let absorbed: Vec<(usize, Whose)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization)
        .filter_map(|(i, e)| {
            let t = super::tokens::tokenize(&e.name, &[0]);
            (0..t.len())
                .find_map(|k| government_at(&t, k, &surnames))
                // Or a head's ("Governo Trump", written with its capital).
                .filter(|&(_, first, last)| first == 0 && last == t.len())
                .map(|(w, _, _)| (i, w))
        })
        .collect();
    // One row per country: a head's government is his country's when the dossier says so.
    let mut rows: Vec<(Whose, Vec<Mention>, Vec<String>)> = Vec::new();
    for &(i, whose) in &absorbed {
        let e = &entities[i];
        let forms = std::iter::once(&e.name)
            .chain(&e.aliases)
            .cloned()
            .collect();
        rows.push((whose, e.mentions.clone(), forms));
    }
    let country_of = |whose: Whose| match whose {
        Whose::Head(e) => head_of.get(&e).map_or(whose, |&c| Whose::Country(c)),
        w => w,
    };
    // Officials alone make no row: a government the dossier never names otherwise is no party.
    let named: rustc_hash::FxHashSet<Whose> = found
        .iter()
        .filter(|f| !f.5)
        .map(|f| country_of(f.0))
        .chain(absorbed.iter().map(|a| a.1))
        .collect();
    for (whose, article, paragraph, start, end, _) in found {
        let whose = country_of(whose);
        if !named.contains(&whose) {
            continue;
        }
        let text = &d.articles[article].paragraphs[paragraph].text[start..end];
        let at = match rows.iter().position(|r| r.0 == whose) {
            Some(i) => i,
            None => {
                rows.push((whose, Vec::new(), Vec::new()));
                rows.len() - 1
            }
        };
        let row = &mut rows[at];
        if !row.2.iter().any(|f| f == text) {
            row.2.push(text.to_string());
        }
        row.1.push(Mention {
            article: d.articles[article].id.clone(),
            paragraph,
            start,
            end,
        });
    }
    // Two rows the names found for one country are one.
    let mut merged: Vec<(Whose, Vec<Mention>, Vec<String>)> = Vec::new();
    for (whose, mentions, forms) in rows {
        match merged.iter_mut().find(|r| r.0 == whose) {
            Some(r) => {
                r.1.extend(mentions);
                for f in forms {
                    if !r.2.contains(&f) {
                        r.2.push(f);
                    }
                }
            }
            None => merged.push((whose, mentions, forms)),
        }
    }
    // The government alone, with its capital ("el Gobierno", "il Governo", "die Regierung"),
    // is the one government of the dossier where it names exactly one country's.
    let mut gone: rustc_hash::FxHashSet<usize> = absorbed.iter().map(|a| a.0).collect();
    let countries_named: Vec<usize> = (0..merged.len())
        .filter(|&r| matches!(merged[r].0, Whose::Country(_)))
        .collect();
    if let [only] = countries_named[..] {
        for (i, e) in entities.iter().enumerate() {
            let bare = e.kind == EntityKind::Organization
                && std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .all(|f| !f.contains(' ') && is_government_noun(&fold(f)));
            if bare && gone.insert(i) {
                let row = &mut merged[only];
                row.1.extend(e.mentions.iter().cloned());
                for f in std::iter::once(&e.name).chain(&e.aliases) {
                    if !row.2.contains(f) {
                        row.2.push(f.clone());
                    }
                }
            }
        }
    }
    let mut i = 0;
    entities.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
    for (whose, mut mentions, mut forms) in merged {
        // A country's row goes by its English name, as an institution's does ("US
        // government"); a head's by the dossier's first form ("gouvernement Trump").
        let name = match whose {
            Whose::Country(c) => {
                let c = &countries()[c];
                format!("{} government", c.short.as_deref().unwrap_or(&c.name))
            }
            // A head's by its English form where the dossier writes one ("Trump
            // administration"), else its first, with a capital ("Administration Trump").
            Whose::Head(_) => {
                let english = forms.iter().position(|f| {
                    f.rsplit(' ')
                        .next()
                        .is_some_and(|w| matches!(w, "administration" | "government"))
                });
                super::mentions::capitalised(&forms.remove(english.unwrap_or(0)))
            }
        };
        forms.retain(|f| *f != name);
        let mut id = slug(&name);
        while entities.iter().any(|e| e.id == id) {
            id.push_str("-gov");
        }
        mentions.sort();
        mentions.dedup();
        entities.push(Entity {
            id,
            name,
            kind: EntityKind::Organization,
            aliases: forms,
            mentions,
        });
    }
}

/// A person called a country's head at token `k`: "US President Donald Trump", "le président
/// américain Donald Trump", "US-Präsident Trump", "el presidente de Estados Unidos, Donald
/// Trump". The person's surname must follow within a few words.
fn head_at(t: &[Token], k: usize, surnames: &HashMap<String, usize>) -> Option<(usize, usize)> {
    let key = t[k].key.as_str();
    let (prefix, head) = match key.rsplit_once('-') {
        Some((pre, h)) if HEADS.contains(&h) => (Some(pre), h),
        _ => (None, key),
    };
    if !HEADS.contains(&head) {
        return None;
    }
    let country = prefix
        .and_then(country_word)
        .or_else(|| {
            (k > 0 && !t[k].break_before)
                .then(|| country_word(&t[k - 1].key))
                .flatten()
        })
        .or_else(|| {
            // After the title: an adjective, or "of" and the name ("président américain",
            // "presidente de Estados Unidos").
            let next = t.get(k + 1).filter(|x| !x.break_before)?;
            country_word(&next.key).or_else(|| {
                OF.contains(&next.key.as_str())
                    .then(|| country_name_at(t, k + 2).map(|c| c.0))
                    .flatten()
            })
        })?;
    let person = t[k + 1..(k + 7).min(t.len())]
        .iter()
        .find_map(|x| surnames.get(x.key.as_str()))?;
    Some((*person, country))
}

/// The government named at token `k`, with the tokens the name takes: its noun and the country
/// or the head beside it ("US government", "gouvernement américain", "Gobierno de Estados
/// Unidos", "Trump administration", "amministrazione Trump", "Trump-Regierung").
fn government_at(
    t: &[Token],
    k: usize,
    surnames: &HashMap<String, usize>,
) -> Option<(Whose, usize, usize)> {
    let key = t[k].key.as_str();
    let head = |w: &str| surnames.get(w).map(|&e| Whose::Head(e));
    let country = |w: &str| country_word(w).map(Whose::Country);
    // German compounds: "US-Regierung", "Trump-Regierung", "Bundesregierung".
    if key == "bundesregierung" {
        return country_word("deutschland").map(|c| (Whose::Country(c), k, k + 1));
    }
    let governs = |w: &str| GOVERNMENT.contains(&w) || OFFICIALS.contains(&w);
    if let Some((pre, tail)) = key.rsplit_once('-')
        && governs(tail)
    {
        return country(pre).or_else(|| head(pre)).map(|w| (w, k, k + 1));
    }
    if !governs(key) {
        return None;
    }
    // Before the noun (English, German): "US government", "amerikanische Regierung", "Trump
    // administration", "the United States government".
    if k > 0 && !t[k].break_before {
        for len in (1..=3).rev() {
            if len > k || t[k - len + 1..=k].iter().any(|x| x.break_before) {
                continue;
            }
            let first = k - len;
            if let Some((c, _)) = country_name_at(t, first).filter(|c| c.1 == len) {
                return Some((Whose::Country(c), first, k + 1));
            }
        }
        // A name in capitals ("US", "American", "Trump"), or a German adjective ("amerikanische").
        let before = &t[k - 1];
        let w = if before.namelike() {
            country(&before.key).or_else(|| head(&before.key))
        } else {
            country_adjective(&before.key).map(Whose::Country)
        };
        if let Some(w) = w {
            return Some((w, k - 1, k + 1));
        }
    }
    // After it (French, Spanish, Italian, Portuguese): "gouvernement américain", "governo
    // Trump", "Gobierno de Estados Unidos", "gobierno de Trump", "governo dos EUA".
    let next = t.get(k + 1).filter(|x| !x.break_before)?;
    let w = if next.namelike() {
        country(&next.key).or_else(|| head(&next.key))
    } else {
        country_adjective(&next.key).map(Whose::Country)
    };
    if let Some(w) = w {
        return Some((w, k, k + 2));
    }
    if OF.contains(&next.key.trim_end_matches('\'')) {
        let mut i = k + 2;
        if t.get(i)
            .is_some_and(|x| ARTICLES.contains(&x.key.trim_end_matches('\'')))
        {
            i += 1;
        }
        if let Some((c, n)) = country_name_at(t, i) {
            return Some((Whose::Country(c), k, i + n));
        }
        if let Some(w) = t.get(i).filter(|x| x.namelike()).and_then(|x| head(&x.key)) {
            return Some((w, k, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::country_word;

    #[test]
    fn a_country_by_its_name_or_its_peoples_adjective() {
        let us = country_word("usa");
        assert!(us.is_some());
        for w in [
            "eua",
            "americain",
            "estadounidense",
            "statunitense",
            "amerikanische",
        ] {
            assert_eq!(country_word(w), us, "{w}");
        }
        assert_eq!(country_word("chinesische"), country_word("cina"));
        assert_eq!(country_word("tribunal"), None);
    }
}

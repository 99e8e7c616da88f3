//! Deciding which pieces are names, merging the forms of one name (surnames, short forms, case
//! and accent variants, curated aliases), and placing every mention.

use super::accept::{Evidence, accepted, evidence, single_counts, single_is_name};
use super::candidates::{ParaTokens, is_suffix};
use super::lexicon::lexicon;
use super::mentions::{Found, build_entities, curated_phrases};
use super::pieces::{Piece, key_of, normal_key, normal_keys};
use super::tokens::{Shape, Token, tokenize};
use crate::corpus::meta::EntityMeta;
use crate::model::{Dossier, Entity, EntityKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One entity being assembled.
#[derive(Default)]
pub struct Cluster {
    pub curated_name: Option<String>,
    pub curated_kind: Option<EntityKind>,
    /// Evidence: positive for a person, negative for an organization.
    pub person: i32,
    /// Full forms (several tokens, or the one word it is known by).
    pub keys: Vec<String>,
}

/// Index from a folded form to the cluster it names; `None` where two clusters claim it.
type Index = HashMap<String, Option<usize>>;

fn claim(index: &mut Index, key: String, cluster: usize, strong: bool) {
    match index.get(&key) {
        Some(Some(c)) if *c == cluster => {}
        Some(Some(_)) | Some(None) if !strong => {
            index.insert(key, None);
        }
        Some(Some(_)) | Some(None) => {}
        None => {
            index.insert(key, Some(cluster));
        }
    }
}

pub fn resolve(
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    curated: &[EntityMeta],
) -> Vec<Entity> {
    let lx = lexicon();
    let keys: Vec<String> = pieces.iter().map(|p| key_of(paras, p)).collect();
    let mut repeats: HashMap<&str, usize> = HashMap::default();
    for (p, k) in pieces.iter().zip(&keys) {
        if !p.heading {
            *repeats.entry(k.as_str()).or_default() += 1;
        }
    }

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut full: Index = HashMap::default();

    // Curated names first: the user's word wins.
    for c in curated {
        let id = clusters.len();
        clusters.push(Cluster {
            curated_name: Some(c.name.clone()),
            curated_kind: c.kind.as_deref().and_then(parse_kind),
            ..Cluster::default()
        });
        for form in std::iter::once(&c.name).chain(&c.aliases) {
            let k = phrase_key(form);
            if !k.is_empty() {
                clusters[id].keys.push(k.clone());
                full.insert(k, Some(id));
            }
        }
    }

    // Names that stand on their form or their context. A given name alone is weaker evidence:
    // it does not hold where the word is the surname of a name found otherwise ("Ling Destren").
    let strong: Vec<Evidence> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.heading {
                Evidence::None
            } else {
                accepted(
                    lx,
                    p,
                    &paras[p.para].tokens[p.first..p.last],
                    repeats[keys[i].as_str()],
                    &paras[p.para],
                )
            }
        })
        .collect();
    let surnames: HashSet<&str> = pieces
        .iter()
        .zip(&strong)
        .filter(|(_, e)| **e == Evidence::Strong)
        .filter_map(|(p, _)| {
            paras[p.para].tokens[p.first..p.last]
                .last()
                .map(|t| t.key.as_str())
        })
        .collect();
    for (i, p) in pieces.iter().enumerate() {
        let t = &paras[p.para].tokens[p.first..p.last];
        let ok = match strong[i] {
            Evidence::Strong => true,
            Evidence::GivenName => !surnames.contains(t[0].key.as_str()),
            Evidence::None => false,
        };
        if !ok {
            continue;
        }
        let k = keys[i].clone();
        let id = match full.get(&k) {
            Some(Some(id)) => *id,
            _ => {
                clusters.push(Cluster {
                    keys: vec![k.clone()],
                    ..Cluster::default()
                });
                full.insert(k, Some(clusters.len() - 1));
                clusters.len() - 1
            }
        };
        clusters[id].person += evidence(lx, p, t);
    }

    merge_legal_forms(&mut clusters, &mut full);
    merge_surnames(&mut clusters, &mut full);

    // Short forms: surnames of people, first words of organizations.
    let mut index = full.clone();
    add_short_forms(&mut index, &clusters);

    // Single words met alone: a known short form, or a name of its own when the evidence holds.
    let cap_mid: HashMap<&str, usize> = single_counts(paras, pieces, &keys);
    // Which of those words the dossier also writes in lower case.
    let lower_seen: HashSet<&str> = paras
        .iter()
        .flat_map(|p| p.tokens.iter())
        .filter(|t| t.shape == Shape::Lower && cap_mid.contains_key(t.key.as_str()))
        .map(|t| t.key.as_str())
        .collect();
    // A word followed by a number names a product or a model ("Llama 4", "Windows 11").
    let products: HashSet<&str> = pieces
        .iter()
        .zip(&keys)
        .filter(|(p, _)| {
            p.width() == 1
                && paras[p.para]
                    .tokens
                    .get(p.last)
                    .is_some_and(|n| n.shape == Shape::Number && !n.break_before)
        })
        .map(|(_, k)| k.as_str())
        .collect();
    for (i, p) in pieces.iter().enumerate() {
        if p.width() != 1 || p.initial || p.heading || index.contains_key(&keys[i]) {
            continue;
        }
        let tok = &paras[p.para].tokens[p.first];
        let product = products.contains(keys[i].as_str());
        if single_is_name(
            lx,
            p,
            tok,
            &paras[p.para],
            cap_mid.get(keys[i].as_str()).copied().unwrap_or(0),
            &lower_seen,
            product,
        ) {
            clusters.push(Cluster {
                keys: vec![keys[i].clone()],
                person: evidence(lx, p, std::slice::from_ref(tok)),
                ..Cluster::default()
            });
            index.insert(keys[i].clone(), Some(clusters.len() - 1));
        }
    }

    // Every mention: pieces matched by their longest known forms, then curated phrases.
    let mut found = Found::new();
    for p in pieces {
        let t = &paras[p.para].tokens;
        let mut k = p.lead;
        while k < p.last {
            match longest_match(&index, t, k, p.last) {
                // "Échelle supplémentaire, …": a common word opening the sentence is that word.
                Some((end, _))
                    if end == k + 1
                        && t[k].initial
                        && lx.is_common(&t[k].lower)
                        && lx.is_common_in(&t[k].lower, paras[p.para].lang)
                        && !t.get(end).is_some_and(|n| is_suffix(lx, n)) =>
                {
                    k = end
                }
                Some((end, id)) => {
                    let pt = &paras[p.para];
                    found.entry((pt.article, pt.paragraph)).or_default().push((
                        t[k].start,
                        t[end - 1].end,
                        id,
                    ));
                    k = end;
                }
                None => k += 1,
            }
        }
    }
    curated_phrases(lx, paras, &clusters, &mut found);

    build_entities(d, clusters, found)
}

fn parse_kind(s: &str) -> Option<EntityKind> {
    match s.to_ascii_lowercase().as_str() {
        "person" => Some(EntityKind::Person),
        "organization" | "organisation" | "company" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The key of a written name, tokenized as article text is.
pub fn phrase_key(s: &str) -> String {
    normal_keys(&tokenize(s, &[0]))
}

/// "Grupo Solmar S.A." and "Grupo Solmar" are one organization: merge the cluster of a form
/// without its suffix into the one with it.
fn merge_legal_forms(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    for id in 0..clusters.len() {
        let keys = clusters[id].keys.clone();
        for k in keys {
            let words: Vec<&str> = k.split(' ').collect();
            let core_len = words
                .iter()
                .rposition(|w| !lx.org_suffixes.contains(*w))
                .map_or(0, |i| i + 1);
            if core_len == 0 || core_len == words.len() {
                continue;
            }
            let core = words[..core_len].join(" ");
            if let Some(Some(other)) = full.get(&core).copied()
                && other != id
                && clusters[other].curated_name.is_none()
            {
                absorb(clusters, full, other, id);
            }
        }
    }
}

/// "Di Marzio", met often enough to stand alone, is the "Elena Di Marzio" of elsewhere: merge a
/// cluster whose form is the tail of exactly one longer name.
fn merge_surnames(clusters: &mut [Cluster], full: &mut Index) {
    // Every proper tail of every form ("di marzio" of "elena di marzio"), with the clusters
    // having it.
    let mut owners_of: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            for (i, _) in k.match_indices(' ') {
                let owners = owners_of.entry(k[i + 1..].to_string()).or_default();
                if !owners.contains(&id) {
                    owners.push(id);
                }
            }
        }
    }
    for id in 0..clusters.len() {
        if clusters[id].curated_name.is_some() || clusters[id].keys.len() != 1 {
            continue;
        }
        let owners: Vec<usize> = owners_of
            .get(&clusters[id].keys[0])
            .into_iter()
            .flatten()
            .copied()
            .filter(|&o| o != id && !clusters[o].keys.is_empty())
            .collect();
        if let [owner] = owners[..] {
            absorb(clusters, full, id, owner);
        }
    }
}

/// Move cluster `from`'s forms and person evidence into cluster `into`.
fn absorb(clusters: &mut [Cluster], full: &mut Index, from: usize, into: usize) {
    let moved = std::mem::take(&mut clusters[from].keys);
    clusters[into].person += clusters[from].person;
    clusters[from].person = 0;
    for m in moved {
        full.insert(m.clone(), Some(into));
        clusters[into].keys.push(m);
    }
}

/// Surnames ("Ling", "von Hagen") and short forms ("Scale", "Norrland", "Kestrel Aerial
/// Systems") of the names found, where only one name claims them.
fn add_short_forms(index: &mut Index, clusters: &[Cluster]) {
    let lx = lexicon();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            let is_org_form = lx.org_suffixes.contains(*words.last().unwrap())
                || lx.org_prefixes.contains(words[0]);
            if is_org_form || c.person < 0 {
                // Without the legal suffix, and the first distinctive word.
                let core: Vec<&str> = words
                    .iter()
                    .copied()
                    .filter(|w| !lx.org_suffixes.contains(*w))
                    .collect();
                if !core.is_empty() && core.len() < words.len() {
                    claim(index, core.join(" "), id, false);
                }
                if let Some(first) = core
                    .iter()
                    .find(|w| !lx.org_prefixes.contains(**w) && !lx.particles.contains(**w))
                {
                    claim(index, (*first).to_string(), id, false);
                }
            } else {
                // The surname, with its particles: "Ling", "von Hagen", "de la Fuente".
                let last = words.len() - 1;
                let mut from = last;
                while from > 1 && lx.particles.contains(words[from - 1]) {
                    from -= 1;
                }
                claim(index, words[from..].join(" "), id, false);
                if from < last {
                    claim(index, words[last].to_string(), id, false);
                }
            }
        }
    }
}

/// The longest known form starting at token `k`, within `[k, end)`.
fn longest_match(index: &Index, t: &[Token], k: usize, end: usize) -> Option<(usize, usize)> {
    let mut key = String::new();
    let mut best = None;
    for (j, tok) in t.iter().enumerate().take(end).skip(k) {
        if j > k {
            key.push(' ');
        }
        key.push_str(normal_key(&tok.key));
        if let Some(Some(id)) = index.get(&key) {
            best = Some((j + 1, *id));
        }
    }
    best
}

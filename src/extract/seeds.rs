//! The clusters a dossier starts from before any piece is read: the user's curated names, then
//! the shipped institutions every language names its own way, and their offices in a town.

use super::aliases::phrase_key;
use super::clusters::{Cluster, Index};
use super::lexicon::{Lexicon, lexicon};
use crate::corpus::meta::EntityMeta;
use crate::model::EntityKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(super) struct Seeds<'a> {
    pub clusters: Vec<Cluster>,
    /// Each full form to its cluster.
    pub full: Index,
    /// The cluster of each shipped institution, in the list's order, where the curated names
    /// left it a form.
    pub institution_clusters: Vec<Option<usize>>,
    /// The towns of the offices found ("valdemora" of "Fiscalía de Valdemora"), folded.
    pub towns: HashSet<&'a str>,
}

/// The curated names, the institutions, and the offices in a town among the dossier's `keys`.
pub(super) fn seed<'a>(lx: &Lexicon, curated: &[EntityMeta], keys: &'a [String]) -> Seeds<'a> {
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
    // Then the institutions every language names its own way ("European Commission",
    // "Comisión Europea", "EU-Kommission"): one organization, named as the dossier writes it.
    let mut local: Vec<(String, usize)> = Vec::new();
    let mut institution_clusters: Vec<Option<usize>> = vec![None; lx.institutions().len()];
    for (i, forms) in institution_keys().iter().enumerate() {
        let keys: Vec<String> = forms
            .iter()
            .filter(|k| !k.is_empty() && !full.contains_key(*k))
            .cloned()
            .collect();
        if keys.is_empty() {
            continue;
        }
        let id = clusters.len();
        institution_clusters[i] = Some(id);
        for k in &keys {
            full.insert(k.clone(), Some(id));
        }
        if lx.is_local_institution(i) {
            local.extend(keys.iter().map(|k| (k.clone(), id)));
        }
        clusters.push(Cluster {
            curated_kind: Some(EntityKind::Organization),
            keys,
            institution: true,
            ..Cluster::default()
        });
    }
    // Its office in a town or a country is the institution itself: "Fiscalía de Sevilla",
    // "Staatsanwaltschaft Köln", "Procura di Milano" are the prosecution of the case.
    // Its town is a place wherever the dossier names it alone ("el juez de Valdemora").
    let mut towns = HashSet::default();
    for key in keys.iter().collect::<HashSet<_>>() {
        if !full.contains_key(key.as_str())
            && let Some((id, town)) = office_in_town(lx, key, &local)
        {
            clusters[id].keys.push(key.clone());
            full.insert(key.clone(), Some(id));
            towns.extend(town);
        }
    }
    Seeds {
        clusters,
        full,
        institution_clusters,
        towns,
    }
}

fn parse_kind(s: &str) -> Option<EntityKind> {
    match s.to_ascii_lowercase().as_str() {
        "person" => Some(EntityKind::Person),
        "organization" | "organisation" | "company" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The keys of the shipped institutions' forms, in the list's order: worked out once.
pub(super) fn institution_keys() -> &'static [Vec<String>] {
    static CELL: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        lexicon()
            .institutions()
            .iter()
            .map(|forms| forms.iter().map(|f| phrase_key(f)).collect())
            .collect()
    })
}

/// The institution whose form `key` opens, a town's name (after a particle, or none) closing
/// it, with the town where the lists lack it. After a particle, one word that is no word of any language nor a given
/// name is the town too, listed or not: a prosecution or a court sits in a town ("Procura di
/// Castelvero", "Fiscalía de Valdemora"), where no person nor company follows its name. A
/// country's people's word names the country's office ("Ministério Público italiano").
fn office_in_town<'k>(
    lx: &Lexicon,
    key: &'k str,
    local: &[(String, usize)],
) -> Option<(usize, Option<&'k str>)> {
    local.iter().find_map(|(form, id)| {
        let rest = key.strip_prefix(form.as_str())?.strip_prefix(' ')?;
        let (town, after_particle) = match rest.split_once(' ') {
            Some((particle, town)) if lx.particles.contains(particle) => (town, true),
            _ => (rest, false),
        };
        let unlisted_town = after_particle
            && !town.contains(' ')
            && town.chars().count() >= 3
            && lx.common_mask(town) == 0
            && !lx.is_listed_given(town);
        // A listed town is a place by the lists already, and keeps its cues ("el Sevilla").
        if lx.is_place(town) {
            Some((*id, None))
        } else if unlisted_town {
            Some((*id, Some(town)))
        } else {
            (!after_particle && lx.is_demonym(town)).then_some((*id, None))
        }
    })
}

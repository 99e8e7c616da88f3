//! The clusters a name is assembled in, and the bookkeeping every merge shares: which cluster
//! holds a form, which claims it, and how one cluster's forms and evidence move into another.

use super::accept::{Form, evidence, listed_evidence};
use super::case_counts::CaseCounts;
use super::pieces::Piece;
use crate::model::{EntityKind, Lang};
use rustc_hash::FxHashMap as HashMap;

/// One entity being assembled.
#[derive(Default)]
pub struct Cluster {
    pub curated_name: Option<String>,
    pub curated_kind: Option<EntityKind>,
    /// Evidence: positive for a person, negative for an organization.
    pub person: i32,
    /// The part of `person` that only the broad lists of names give: weaker than the names the
    /// cluster is listed with ([`super::mentions::build_entities`]).
    pub listed: i32,
    /// What decides when `person` is nought: the lean of bare one-word forms ([`super::accept::Form::bare`]).
    pub bare: i32,
    /// Occurrences with a company's word by them, and with a person's role or title: what
    /// speaks against the broad lists of names ([`super::mentions::build_entities`]).
    pub org_cues: u32,
    pub person_cues: u32,
    /// Full forms (several tokens, or the one word it is known by).
    pub keys: Vec<String>,
    /// How many times a full form was met.
    pub seen: usize,
    /// One of the institutions of `assets/lexicon/institutions.toml`.
    pub institution: bool,
    /// The cluster that took this one's forms in a merge: a short form that named this one
    /// ("Johnson" of "Johnson & Johnson") names that one now.
    pub moved_to: Option<usize>,
}

/// The cluster that holds cluster `id`'s forms after the merges.
pub(super) fn holder(clusters: &[Cluster], mut id: usize) -> usize {
    while let Some(next) = clusters[id].moved_to {
        id = next;
    }
    id
}

impl Cluster {
    /// Counts what one occurrence `p` of the cluster says of its kind: the evidence of its form
    /// and first word `word`, and its cues.
    pub(super) fn add_evidence(
        &mut self,
        p: &Piece,
        form: &Form,
        word: &str,
        case: &CaseCounts,
        lang: Lang,
    ) {
        self.person += evidence(p, form, word, case, lang);
        self.listed += listed_evidence(form, word, case, lang);
        self.org_cues += u32::from(p.org_cue);
        self.person_cues += u32::from(p.person_cue);
    }
}

/// Index from a folded form to the cluster it names; `None` where two clusters claim it.
pub(super) type Index = HashMap<String, Option<usize>>;

pub(super) fn claim(index: &mut Index, key: String, cluster: usize, strong: bool) {
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

/// Count cluster `id` among the owners of a part of names (a tail, a head, a first and last
/// word, its initials), once however many of its forms have that part.
pub(super) fn add_owner<K: Eq + std::hash::Hash>(
    owners_of: &mut HashMap<K, Vec<usize>>,
    key: K,
    id: usize,
) {
    let owners = owners_of.entry(key).or_default();
    if !owners.contains(&id) {
        owners.push(id);
    }
}

/// The merges a pass found, (from, into), made in turn: a pair an earlier merge of the pass
/// emptied is skipped, and a curated name is never merged away.
pub(super) fn absorb_found(clusters: &mut [Cluster], full: &mut Index, pairs: Vec<(usize, usize)>) {
    // A pair naming a cluster an earlier merge emptied reaches the cluster that now holds its
    // forms ("de Irlanda" into "da Irlanda", then "Data Protection Commission" into either).
    for (from, into) in pairs {
        let (from, into) = (holder(clusters, from), holder(clusters, into));
        // The shipped institutions are distinct bodies, whatever their words ("General Court",
        // "Court of Justice"), and so is what holds one after a merge.
        if from != into
            && !clusters[from].keys.is_empty()
            && !clusters[into].keys.is_empty()
            && mergeable(clusters, from, into)
        {
            absorb(clusters, full, from, into);
        }
    }
}

/// Whether a found merge may join `from` to `into`: a name the dossier's curator set stays its
/// own, and two shipped institutions are distinct bodies.
pub(super) fn mergeable(clusters: &[Cluster], from: usize, into: usize) -> bool {
    clusters[from].curated_name.is_none()
        && !(clusters[from].institution && clusters[into].institution)
}

/// Move cluster `from`'s forms and person evidence into cluster `into`.
/// A cluster already absorbed moves no more, and a merge reaches the cluster that holds
/// `into`'s forms now: the clusters' `moved_to` chains never loop.
pub(super) fn absorb(clusters: &mut [Cluster], full: &mut Index, from: usize, into: usize) {
    let into = holder(clusters, into);
    if from == into || clusters[from].moved_to.is_some() {
        return;
    }
    let moved = std::mem::take(&mut clusters[from].keys);
    clusters[into].person += clusters[from].person;
    clusters[into].listed += clusters[from].listed;
    clusters[into].bare += clusters[from].bare;
    clusters[into].org_cues += std::mem::take(&mut clusters[from].org_cues);
    clusters[into].person_cues += std::mem::take(&mut clusters[from].person_cues);
    clusters[into].institution |= clusters[from].institution;
    clusters[into].curated_kind = clusters[into].curated_kind.or(clusters[from].curated_kind);
    clusters[from].person = 0;
    clusters[from].bare = 0;
    clusters[from].listed = 0;
    clusters[into].seen += std::mem::take(&mut clusters[from].seen);
    clusters[from].moved_to = Some(into);
    for m in moved {
        full.insert(m.clone(), Some(into));
        clusters[into].keys.push(m);
    }
}

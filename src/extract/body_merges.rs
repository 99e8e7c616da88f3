//! Merges of a body's forms: named without the kind after its word ("Tribunal del Noveno
//! Circuito"), by its last word alone ("el Supremo"), and the prosecution's office by its noun
//! and seat.

use super::clusters::{Cluster, Index, absorb, absorb_found, add_owner, holder};
use super::lexicon::{Lexicon, lexicon};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// "Tribunal del Noveno Circuito" is the "Tribunal de Apelaciones del Noveno Circuito" the
/// dossier names too: a body's name that leaves out the kind of body after its word ("de
/// Apelaciones", "d'appello") and keeps what follows ("del Noveno Circuito"). Only a kind made
/// of "of" and one noun: an adjective makes another body ("Banco Central de Chile").
pub(super) fn merge_body_complements(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            // "tribunal", "de", "apelaciones", "del", "noveno circuito": no copy of the words.
            let mut words = k.splitn(5, ' ');
            let (Some(head), Some(of), Some(kind), Some(of_again), Some(rest)) = (
                words.next(),
                words.next(),
                words.next(),
                words.next(),
                words.next(),
            ) else {
                continue;
            };
            if lx.is_institution_word(head)
                && lx.particles.contains(of)
                && !lx.particles.contains(kind)
                && lx.particles.contains(of_again)
                && let Some(Some(other)) = full.get(&[head, of_again, rest].join(" ")).copied()
                && other != id
            {
                merges.push((other, id));
            }
        }
    }
    absorb_found(clusters, full, merges);
}

/// "el Supremo" is the "Tribunal Supremo" the dossier names too, "il Riesame" the "Tribunale del
/// Riesame": an organization's name of one word that ends exactly one body's name of its
/// institution's word and that word ("Tribunal", "Tribunale del"), met no more often alone.
pub(super) fn merge_body_qualifiers(
    lx: &Lexicon,
    clusters: &mut [Cluster],
    index: &mut Index,
    alone: &HashMap<&str, usize>,
) {
    let org = |c: &Cluster| c.person <= 0 && c.curated_name.is_none() && !c.keys.is_empty();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| org(c)) {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            let body_then_word = match words[..] {
                [head, _] => lx.is_institution_word(head),
                [head, particle, _] => {
                    lx.is_institution_word(head) && lx.particles.contains(particle)
                }
                _ => false,
            };
            if body_then_word {
                add_owner(&mut by_last, words[words.len() - 1], id);
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| org(c)) {
        if let [k] = c.keys.as_slice()
            && !k.contains(' ')
            && let Some(&[other]) = by_last.get(k.as_str()).map(Vec::as_slice)
            && other != id
            // A word met more often alone than after a body's noun is a name the noun
            // describes ("Partei Lega" beside "Lega").
            && clusters[other].seen >= alone.get(k.as_str()).copied().unwrap_or(0)
        {
            merges.push((id, other));
        }
    }
    absorb_found(clusters, index, merges);
}

/// The prosecution named by its nouns ("prosecutors", "los fiscales") is the office that
/// prosecutes where the dossier names exactly one ("the Department of Justice"): one accuser,
/// one row. Not where an office in a town has taken the nouns already ("Ministério Público de
/// Manhattan").
pub(super) fn merge_prosecution(
    lx: &Lexicon,
    clusters: &mut [Cluster],
    full: &mut Index,
    institution_clusters: &[Option<usize>],
    keys: &[String],
) {
    let Some((prosecution, generic)) = lx
        .prosecution()
        .and_then(|i| Some((i, institution_clusters[i]?)))
    else {
        return;
    };
    let shipped = &super::seeds::institution_keys()[prosecution];
    let own_forms = clusters[generic].keys.iter().all(|k| shipped.contains(k));
    let offices: HashSet<usize> = institution_clusters
        .iter()
        .enumerate()
        .filter(|&(i, _)| lx.prosecutes(i))
        .filter_map(|(_, id)| id.map(|id| holder(clusters, id)))
        .filter(|&id| clusters[id].seen > 0)
        .collect();
    // Named only by its nouns: a prosecution the dossier names with a capital ("según la
    // Fiscalía") is that body, and its head words are placed already.
    let named = keys.iter().any(|k| shipped.contains(k));
    if own_forms
        && !named
        && let [office] = offices.iter().copied().collect::<Vec<_>>()[..]
    {
        absorb(clusters, full, generic, office);
        return;
    }
    // Or the one office the dossier names by a prosecution's word and its seat ("la Fiscalía
    // de la Audiencia Nacional", "la Procura di Vellano"): "la Fiscalía" alone and "le parquet"
    // are that office.
    if own_forms && offices.is_empty() {
        let headed: HashSet<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(id, c)| {
                *id != generic
                    && c.seen > 0
                    && c.keys.iter().any(|k| {
                        k.split_once(' ')
                            .is_some_and(|(head, _)| shipped.iter().any(|s| s == head))
                    })
            })
            .map(|(id, _)| holder(clusters, id))
            .collect();
        if let [office] = headed.into_iter().collect::<Vec<_>>()[..] {
            absorb(clusters, full, generic, office);
        }
    }
}

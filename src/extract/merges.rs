//! One name, several clusters: the merges that join the forms of one person or organization
//! found apart (a legal form, an acronym, a spelling, a surname met alone).

use super::aliases::{Cluster, Index};
use super::candidates::ParaTokens;
use super::lexicon::{Lexicon, lexicon};
use super::pieces::Piece;
use super::tokens::{Shape, Token};
use crate::model::Dossier;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// "Grupo Solmar S.A." and "Grupo Solmar" are one organization: merge the cluster of a form
/// without its suffix into the one with it.
pub(super) fn merge_legal_forms(clusters: &mut [Cluster], full: &mut Index) {
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
            // A web address's ending goes too: "Amazon.com Inc." is Amazon, wherever the
            // dossier writes it so.
            let domain = core.rsplit_once('.').and_then(|(name, tld)| {
                (matches!(
                    tld,
                    "com" | "net" | "org" | "io" | "de" | "fr" | "es" | "it"
                ) && !name.contains([' ', '.']))
                .then(|| name.to_string())
            });
            if let Some(name) = &domain
                && !full.contains_key(name)
            {
                full.insert(name.clone(), Some(id));
                clusters[id].keys.push(name.clone());
            }
            if let Some(Some(other)) = full.get(domain.as_ref().unwrap_or(&core)).copied()
                && other != id
                && clusters[other].curated_name.is_none()
            {
                absorb(clusters, full, other, id);
            }
        }
    }
}

/// An acronym the dossier writes alone is the name it abbreviates when exactly one name of
/// several words has its initials ("UMG" of "Universal Music Group", "CNMC" of "Comisión
/// Nacional de los Mercados y la Competencia").
pub(super) fn merge_acronyms(
    lx: &Lexicon,
    clusters: &mut [Cluster],
    index: &mut Index,
    singles: &HashMap<&str, usize>,
    acronyms: &HashSet<&str>,
) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| k.contains(' ')) {
            let initials: String = k
                .split([' ', '-'])
                .filter(|w| {
                    !lx.particles.contains(*w) && !crate::corpus::lang::is_any_function_word(w)
                })
                .filter_map(|w| w.chars().next())
                .collect();
            // The country's adjective is the press's, not the body's: the "Irish Data
            // Protection Commission" is the DPC.
            let national = k
                .split_once(' ')
                .filter(|(first, rest)| lx.is_demonym(first) && rest.contains(' '))
                .and_then(|(first, _)| initials.get(first.chars().next()?.len_utf8()..))
                .map(str::to_string);
            for initials in std::iter::once(initials.clone()).chain(national) {
                let ids = by_initials.entry(initials).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    for (&key, &id) in singles {
        if !acronyms.contains(key) || !(2..=6).contains(&key.len()) {
            continue;
        }
        if let Some([into]) = by_initials.get(key).map(Vec::as_slice)
            && *into != id
            && clusters[id].curated_name.is_none()
        {
            absorb(clusters, index, id, *into);
        }
    }
}

/// A name of several words and the acronym in brackets right after it are one organization,
/// whatever the acronym's letters: the press writes a body's name in its own language and the
/// acronym in the body's ("la Agencia Internacional del Remo (IRA)"). `pairs` holds the keys of
/// each name and of its bracketed acronym.
pub(super) fn merge_appositions(
    clusters: &mut [Cluster],
    index: &mut Index,
    pairs: &[(String, String)],
) {
    for (name, acronym) in pairs {
        let (Some(Some(a)), Some(Some(b))) =
            (index.get(name).copied(), index.get(acronym).copied())
        else {
            continue;
        };
        // A person and their party ("Anna Berg (CDU)") stay apart.
        if a == b
            || clusters[a].keys.is_empty()
            || clusters[b].keys.is_empty()
            || clusters[a].person > 0
            || clusters[b].person > 0
        {
            continue;
        }
        match (
            clusters[a].curated_name.is_some(),
            clusters[b].curated_name.is_some(),
        ) {
            (false, _) => absorb(clusters, index, a, b),
            (true, false) => absorb(clusters, index, b, a),
            (true, true) => {}
        }
    }
}

/// Each name of several words followed by an acronym in brackets ("… Tenis (ITIA)"), as
/// (name key, acronym key).
pub(super) fn bracketed_acronyms(
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (p, k) in pieces.iter().zip(keys).filter(|(p, _)| p.width() > 1) {
        let para = &paras[p.para];
        let Some(next) = para.tokens.get(p.last) else {
            continue;
        };
        if next.shape != Shape::AllCaps {
            continue;
        }
        let text = &d.articles[para.article].paragraphs[para.paragraph].text;
        if in_brackets(text, &para.tokens[p.last - 1], next, &[')']) {
            out.push((k.clone(), next.key.to_string()));
        }
    }
    out
}

/// Whether `tok` opens a bracket right after `before` and is followed at once by one of
/// `closing` ("… Tenis (ITIA)", "… Dados (GDPR, …").
fn in_brackets(text: &str, before: &Token, tok: &Token, closing: &[char]) -> bool {
    text[before.end..tok.start].trim() == "(" && text[tok.end..].starts_with(closing)
}

/// Acronyms in brackets right after the name of a law ("General Data Protection Regulation
/// (GDPR)", "Regulamento Geral de Proteção de Dados (RGPD, …)"): the law's, never a party's,
/// wherever the dossier writes them.
pub(super) fn law_acronyms(d: &Dossier, paras: &[ParaTokens]) -> HashSet<String> {
    let lx = super::lexicon::lexicon();
    let mut out = HashSet::default();
    for para in paras {
        let t = &para.tokens;
        let text = &d.articles[para.article].paragraphs[para.paragraph].text;
        for i in 1..t.len() {
            if t[i].shape != Shape::AllCaps || !in_brackets(text, &t[i - 1], &t[i], &[')', ',']) {
                continue;
            }
            // The words before the bracket, back to the sentence's last break.
            let mut from = i - 1;
            while from > 0 && i - from < 8 && !t[from].break_before {
                from -= 1;
            }
            let keys: Vec<&str> = t[from..i].iter().map(|x| x.key.as_str()).collect();
            if (0..keys.len()).any(|j| lx.is_law(&keys[j..], para.lang)) {
                out.insert(t[i].key.to_string());
            }
        }
    }
    out
}

/// One name written two ways: with and without a middle initial ("Jeannette A. Vargas"), with a
/// hyphen or a space between two surnames ("Gonzalez-Rogers"), or with one letter more or less in
/// a long given name or surname. Forms of several words that are the same words once initials go
/// and hyphens part are one cluster.
pub(super) fn merge_spellings(clusters: &mut [Cluster], full: &mut Index) {
    let plain = |k: &str| -> Option<String> {
        let words: Vec<&str> = k
            .split([' ', '-'])
            .filter(|w| w.trim_end_matches('.').chars().count() > 1)
            .collect();
        (words.len() >= 2).then(|| words.join(" "))
    };
    let mut first_with: HashMap<String, usize> = HashMap::default();
    for id in 0..clusters.len() {
        for k in clusters[id].keys.clone() {
            let Some(p) = plain(&k) else { continue };
            match first_with.get(&p).copied() {
                Some(other) if other != id && !clusters[other].keys.is_empty() => {
                    if clusters[id].curated_name.is_none() {
                        absorb(clusters, full, id, other);
                        break;
                    }
                }
                _ => {
                    first_with.insert(p, id);
                }
            }
        }
    }
    // A given name or a surname written with one letter more or less ("Margarethe" and
    // "Margrethe Vestager", "Roman Safiullin" and "Roman Safiulin"): the same person, when the
    // word is long enough for a slip and the other word the same, not a new name.
    let mut slips: Vec<(usize, usize)> = Vec::new();
    for (p, &id) in &first_with {
        let (Some((given, rest)), Some((head, surname))) = (p.split_once(' '), p.rsplit_once(' '))
        else {
            continue;
        };
        // Six letters for a given name; eight for a surname: "Schmidt" and "Schmid" are two.
        let given_slips = (given.chars().count() >= 6)
            .then(|| one_letter_less(given).map(|g| format!("{g} {rest}")))
            .into_iter()
            .flatten();
        let surname_slips = (surname.chars().count() >= 8)
            .then(|| one_letter_less(surname).map(|s| format!("{head} {s}")))
            .into_iter()
            .flatten();
        for shorter in given_slips.chain(surname_slips) {
            if let Some(&other) = first_with.get(&shorter)
                && other != id
            {
                slips.push((id, other));
            }
        }
    }
    absorb_found(clusters, full, slips);
}

/// A word with one letter left out, each letter in turn.
fn one_letter_less(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices()
        .map(|(i, c)| format!("{}{}", &word[..i], &word[i + c.len_utf8()..]))
}

/// "Sam Altman" and "Samuel Altman", "Alex Varga" and "Alexander Varga": a given name and its
/// short form before the same surname are one person, where the short form shortens no other
/// given name the dossier writes before that surname ("Dan" beside "Daniel" and "Danielle"
/// stays apart).
pub(super) fn merge_short_given_names(clusters: &mut [Cluster], full: &mut Index) {
    // Clusters of people by the rest of their name ("altman"), with the given name before it.
    let mut by_rest: HashMap<String, Vec<(String, usize)>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| c.person > 0) {
        for k in &c.keys {
            if let Some((given, rest)) = k.split_once(' ') {
                by_rest
                    .entry(rest.to_string())
                    .or_default()
                    .push((given.to_string(), id));
            }
        }
    }
    let lx = lexicon();
    let mut merges: Vec<(usize, usize)> = Vec::new();
    for named in by_rest.values().filter(|v| v.len() > 1) {
        for (short, from) in named {
            if short.chars().count() < 2 {
                continue;
            }
            let longer: HashSet<usize> = named
                .iter()
                // Three letters more at least: "Juan" and "Juana", "Maria" and "Mariana" are
                // other names. Familiar forms are listed ("Dani" of "Daniel", "Pepe" of
                // "José").
                .filter(|(g, id)| {
                    id != from
                        && ((short.chars().count() >= 3
                            && g.chars().count() >= short.chars().count() + 3
                            && g.starts_with(short.as_str()))
                            || lx.is_nickname_of(short, g))
                })
                .map(|&(_, id)| id)
                .collect();
            if let [into] = longer.into_iter().collect::<Vec<_>>()[..] {
                merges.push((*from, into));
            }
        }
    }
    absorb_found(clusters, full, merges);
}

/// "Di Marzio", met often enough to stand alone, is the "Elena Di Marzio" of elsewhere: merge a
/// cluster whose form is the tail of exactly one longer name. A full name is no tail: "Silvio
/// Berlusconi" is not "Pier Silvio Berlusconi", who has a given name more.
pub(super) fn merge_surnames(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
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
        if let Some((first, _)) = clusters[id].keys[0].split_once(' ')
            && lx.is_given_name(first)
        {
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

/// "José Manuel del Amo" is the "José Manuel del Amo Sánchez" of elsewhere: Spanish and
/// Portuguese names carry a second surname that the press drops as often as not. Merge a
/// person's full name into the one longer name that only adds a last word to it; a generation
/// ("Jr.", "Filho") or a company's legal form adds another party, not a surname.
pub(super) fn merge_second_surnames(clusters: &mut [Cluster], full: &mut Index) {
    const GENERATIONS: [&str; 11] = [
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "junior", "filho", "neto", "hijo",
    ];
    let lx = lexicon();
    let person_shaped = |k: &str| {
        k.split_once(' ')
            .is_some_and(|(first, _)| lx.is_given_name(first))
    };
    // Each longer person's name without its last word, with the clusters having it.
    let mut owners_of: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| person_shaped(k)) {
            let Some((head, last)) = k.rsplit_once(' ') else {
                continue;
            };
            if head.contains(' ')
                && !GENERATIONS.contains(&last)
                && !lx.legal_suffixes.contains(last)
                && !lx.org_suffixes.contains(last)
                && !lx.particles.contains(last)
            {
                let owners = owners_of.entry(head.to_string()).or_default();
                if !owners.contains(&id) {
                    owners.push(id);
                }
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || c.keys.len() != 1 || !person_shaped(&c.keys[0]) {
            continue;
        }
        if let Some([owner]) = owners_of.get(&c.keys[0]).map(Vec::as_slice)
            && *owner != id
        {
            merges.push((id, *owner));
        }
    }
    absorb_found(clusters, full, merges);
}

/// The merges a pass found, (from, into), made in turn: a pair an earlier merge of the pass
/// emptied is skipped, and a curated name is never merged away.
pub(super) fn absorb_found(clusters: &mut [Cluster], full: &mut Index, pairs: Vec<(usize, usize)>) {
    // Where each absorbed cluster went, so that a pair naming it reaches the cluster that now
    // holds its forms ("de Irlanda" into "da Irlanda", then "Data Protection Commission" into
    // either).
    let mut went: HashMap<usize, usize> = HashMap::default();
    let holder = |went: &HashMap<usize, usize>, mut id: usize| {
        while let Some(&next) = went.get(&id) {
            id = next;
        }
        id
    };
    for (from, into) in pairs {
        let (from, into) = (holder(&went, from), holder(&went, into));
        // The shipped institutions are distinct bodies, whatever their words ("General Court",
        // "Court of Justice"), and so is what holds one after a merge.
        if from != into
            && !clusters[from].keys.is_empty()
            && !clusters[into].keys.is_empty()
            && clusters[from].curated_name.is_none()
            && !(clusters[from].institution && clusters[into].institution)
        {
            absorb(clusters, full, from, into);
            went.insert(from, into);
        }
    }
}

/// Move cluster `from`'s forms and person evidence into cluster `into`.
fn absorb(clusters: &mut [Cluster], full: &mut Index, from: usize, into: usize) {
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
    for m in moved {
        full.insert(m.clone(), Some(into));
        clusters[into].keys.push(m);
    }
}

//! One person, several clusters: a given name and its short form, a surname met alone, a
//! second surname or a middle name dropped, the order of the name's own language.

use super::clusters::{Cluster, Index, absorb, absorb_found, add_owner, holder};
use super::forms::first_surname;
use super::lexicon::{Lexicon, lexicon};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;

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
/// Berlusconi" is not "Pier Silvio Berlusconi", who has a given name more. Spanish names are
/// also shortened to their first surname ("Estrada" for "Xavier Estrada Fernández"): a word
/// between a person's given name and last surname, itself no given name, stands for the person
/// as a tail does. Runs after the middle-name merges, so that the forms of one person that a
/// short form ends ("José Ferrandiz Quintela", "José Luis Ferrandiz Quintela") count as one
/// owner, and longer short forms go first, so that "Ferrandiz Quintela" has found its person
/// before "Quintela" asks.
pub(super) fn merge_surnames(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    // Every proper tail of every form ("di marzio" of "elena di marzio"), with the clusters
    // having it; and every first surname of a person's name, which counts only where no name
    // ends with it (Portuguese calls "João Vieira Pinto" by his last).
    let mut owners_of: HashMap<String, Vec<usize>> = HashMap::default();
    let mut first_owners: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            for (i, _) in k.match_indices(' ') {
                add_owner(&mut owners_of, k[i + 1..].to_string(), id);
            }
            let words: Vec<&str> = k.split(' ').collect();
            if opens_person(lx, c, words[0])
                && let Some(w) = first_surname(lx, &words)
            {
                add_owner(&mut first_owners, w.to_string(), id);
            }
        }
    }
    for (w, ids) in first_owners {
        owners_of.entry(w).or_insert(ids);
    }
    let mut order: Vec<usize> = (0..clusters.len())
        .filter(|&id| clusters[id].curated_name.is_none() && clusters[id].keys.len() == 1)
        .collect();
    order.sort_by_key(|&id| std::cmp::Reverse(clusters[id].keys[0].matches(' ').count()));
    for id in order {
        // A merge of this pass may have given the cluster more forms since.
        if clusters[id].keys.len() != 1 {
            continue;
        }
        if let Some((first, _)) = clusters[id].keys[0].split_once(' ')
            && lx.is_given_name(first)
        {
            continue;
        }
        let mut owners: Vec<usize> = owners_of
            .get(&clusters[id].keys[0])
            .into_iter()
            .flatten()
            .map(|&o| holder(clusters, o))
            .filter(|&o| o != id && !clusters[o].keys.is_empty())
            .collect();
        owners.sort_unstable();
        owners.dedup();
        if let [owner] = owners[..] {
            absorb(clusters, full, id, owner);
        }
    }
}

/// "José Manuel del Amo" is the "José Manuel del Amo Sánchez" of elsewhere: Spanish and
/// Portuguese names carry a second surname that the press drops as often as not. Merge a
/// person's full name into the one longer name that only adds a last word to it, maybe after a
/// particle ("Lívia Prado da Cunha"); a generation ("Jr.", "Filho") or a company's legal form
/// adds another party, not a surname. The first word is a given name of the lists, or the name
/// of one the evidence makes a person.
pub(super) fn merge_second_surnames(clusters: &mut [Cluster], full: &mut Index) {
    const NUMBERED: [&str; 4] = ["sr", "ii", "iii", "iv"];
    let lx = lexicon();
    let person_shaped = |c: &Cluster, k: &str| {
        k.split_once(' ')
            .is_some_and(|(first, _)| opens_person(lx, c, first))
    };
    // Each longer person's name without its last word, with the clusters having it.
    let mut owners_of: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| person_shaped(c, k)) {
            let Some((head, last)) = k.rsplit_once(' ') else {
                continue;
            };
            if head.contains(' ')
                && !lx.generations.contains(last)
                && !NUMBERED.contains(&last)
                && !lx.legal_suffixes.contains(last)
                && !lx.org_suffixes.contains(last)
                && !lx.particles.contains(last)
            {
                add_owner(&mut owners_of, head.to_string(), id);
                // The surname after a particle: "lívia prado" of "lívia prado da cunha".
                let mut bare = head;
                while let Some((before, particle)) = bare.rsplit_once(' ')
                    && lx.particles.contains(particle)
                {
                    bare = before;
                }
                if bare != head && bare.contains(' ') {
                    add_owner(&mut owners_of, bare.to_string(), id);
                }
            }
            // A second surname joined by a hyphen, as a married name often is ("Lena
            // Varga-Holm" for "Lena Varga").
            if let Some((before, _)) = k.rsplit_once('-')
                && !last.starts_with('-')
                && last.contains('-')
                && before.contains(' ')
            {
                add_owner(&mut owners_of, before.to_string(), id);
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || c.keys.len() != 1 || !person_shaped(c, &c.keys[0]) {
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

/// "Sidney Stein" is the "Sidney Harold Stein" of elsewhere, "Amy Jackson" the "Amy Berman
/// Jackson", "Lirana Mebarol" the "Lirana Isabel Mebarol Ripol": a person's given name and a
/// surname, and the one longer name that puts a middle name between them or a second surname
/// after. A generation or a legal form after the surname is another party's name, and two
/// longer names that fit leave the short one alone. The first word is a given name of the
/// lists, or the name of one the evidence makes a person ("Lirana", a stage name).
pub(super) fn merge_middle_names(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    // Each person's name of three or four words by its first word and each later word that is
    // no given name, with the clusters having it.
    let mut owners_of: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            if (3..=4).contains(&words.len())
                && opens_person(lx, c, words[0])
                && !lx.org_suffixes.contains(words[words.len() - 1])
                && !lx.generations.contains(words[words.len() - 1])
                && !words.iter().any(|w| lx.particles.contains(*w))
            {
                for (i, w) in words.iter().enumerate().skip(1) {
                    if i == words.len() - 1 || !lx.is_given_name(w) {
                        add_owner(&mut owners_of, (words[0], *w), id);
                    }
                }
                // Both surnames after a middle name dropped: "José Ferrandiz Quintela" of
                // "José Luis Ferrandiz Quintela".
                if words.len() == 4 && !lx.is_given_name(words[2]) {
                    let tail = words[2].len() + 1 + words[3].len();
                    add_owner(&mut owners_of, (words[0], &k[k.len() - tail..]), id);
                }
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || c.keys.len() != 1 {
            continue;
        }
        let Some((given, surname)) = c.keys[0].split_once(' ') else {
            continue;
        };
        if surname.matches(' ').count() > 1 || !opens_person(lx, c, given) {
            continue;
        }
        if let Some([owner]) = owners_of.get(&(given, surname)).map(Vec::as_slice)
            && *owner != id
        {
            merges.push((id, *owner));
        }
    }
    absorb_found(clusters, full, merges);
}

/// "Jens H." is the "Jens Hadler" of elsewhere: the press of some countries writes a
/// defendant's surname by its initial. A given name and an initial go to the one person the
/// dossier names with that given name and a surname of that initial, whatever the kind the
/// initialled form was given alone.
pub(super) fn merge_initialled_surnames(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    fn initialled<'k>(lx: &Lexicon, k: &'k str) -> Option<(&'k str, &'k str)> {
        k.split_once(' ').filter(|(given, rest)| {
            super::pieces::is_initial(rest)
                && given.chars().count() > 1
                && !lx.particles.contains(*given)
        })
    }
    // People by their given name and their surname's first letter.
    let mut by_initial: HashMap<(&str, char), Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| c.person > 0) {
        for k in &c.keys {
            if let Some((given, surname)) = k.split_once(' ')
                && initialled(lx, k).is_none()
                && !surname.contains(' ')
                && let Some(letter) = surname.chars().next()
            {
                add_owner(&mut by_initial, (given, letter), id);
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() {
            continue;
        }
        let owners: HashSet<usize> = c
            .keys
            .iter()
            .filter_map(|k| initialled(lx, k))
            .filter_map(|(given, rest)| {
                let letter = rest.chars().next()?;
                match by_initial.get(&(given, letter)).map(Vec::as_slice) {
                    Some([owner]) if *owner != id => Some(*owner),
                    _ => None,
                }
            })
            .collect();
        if let [owner] = owners.into_iter().collect::<Vec<_>>()[..] {
            merges.push((id, owner));
        }
    }
    absorb_found(clusters, full, merges);
}

/// A cluster's id and the words of one of its names.
type Words<'k> = (usize, Vec<&'k str>);

/// "José Manuel Fernández-Prieto" is the "José Manuel Clemente Fernández Prieto" of
/// elsewhere: a person's name of three words or more (a hyphen parting words as a space does)
/// whose words stand in order in exactly one longer person's name, with the same first and
/// last word and at most two words more.
pub(super) fn merge_inner_names(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    fn words_of(k: &str) -> Vec<&str> {
        k.split([' ', '-']).collect()
    }
    let person = |c: &Cluster, words: &[&str]| {
        c.person > 0
            && opens_person(lx, c, words[0])
            && !words.iter().any(|w| lx.particles.contains(*w))
    };
    // The longer names by their first and last words.
    let mut by_ends: HashMap<(&str, &str), Vec<Words>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let words = words_of(k);
            if words.len() >= 4 && person(c, &words) {
                let ends = (words[0], words[words.len() - 1]);
                by_ends.entry(ends).or_default().push((id, words));
            }
        }
    }
    let in_order = |short: &[&str], long: &[&str]| {
        let mut rest = long.iter();
        short.iter().all(|w| rest.any(|l| l == w))
    };
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() {
            continue;
        }
        let mut owners: Vec<usize> = Vec::new();
        for k in &c.keys {
            let words = words_of(k);
            if words.len() < 3 || !person(c, &words) {
                continue;
            }
            let ends = (words[0], words[words.len() - 1]);
            for (owner, long) in by_ends.get(&ends).into_iter().flatten() {
                if *owner != id
                    && long.len() > words.len()
                    && long.len() <= words.len() + 2
                    && in_order(&words, long)
                    && !owners.contains(owner)
                {
                    owners.push(*owner);
                }
            }
        }
        if let [owner] = owners[..] {
            merges.push((id, owner));
        }
    }
    absorb_found(clusters, full, merges);
}

/// Whether `first` opens a person's name in cluster `c`: a given name of the lists, or the
/// name of one the evidence makes a person and no surname of the lists ("Lirana", a stage name).
fn opens_person(lx: &Lexicon, c: &Cluster, first: &str) -> bool {
    lx.is_given_name(first) || (c.person > 0 && !lx.is_listed_surname(first))
}

/// "Zhao Changpeng" and "Changpeng Zhao": a name written family name first, as its own
/// language does, and given name first, as the Western press does, is one person. Both forms
/// must be people's names of two words; the one met less goes into the other.
pub(super) fn merge_reversed_names(clusters: &mut [Cluster], full: &mut Index) {
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || c.keys.len() != 1 || c.person <= 0 {
            continue;
        }
        let Some((a, b)) = c.keys[0].split_once(' ') else {
            continue;
        };
        if b.contains(' ') {
            continue;
        }
        if let Some(Some(other)) = full.get(&format!("{b} {a}")).copied()
            && other != id
            && clusters[other].person > 0
            && (clusters[other].seen, other) > (c.seen, id)
        {
            merges.push((id, other));
        }
    }
    absorb_found(clusters, full, merges);
}

/// "Muammar Gaddafi", "Mouammar Kadhafi", "Muamar Gadafi", "Muammar Gheddafi": one name that
/// each language transliterates its own way is one person. Two full names of two words are one
/// where they read alike once the letters transliterations trade are made one (k, g, q and c;
/// w and v; s and z; j and y among the vowels; h dropped; doubled letters and runs of vowels
/// made single; a final vowel dropped), and they differ in some consonant's spelling: a vowel
/// alone tells two names apart ("Martin", "Morton").
pub(super) fn merge_transliterations(clusters: &mut [Cluster], full: &mut Index) {
    let mut first_with: HashMap<String, (usize, String)> = HashMap::default();
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        if c.curated_name.is_some() || c.institution {
            continue;
        }
        for k in &c.keys {
            let Some((given, surname)) = k.split_once(' ') else {
                continue;
            };
            if surname.contains(' ') {
                continue;
            }
            let (g, s) = (transliteration_key(given), transliteration_key(surname));
            // Short keys match too easily.
            if s.len() < 4 || g.len() < 3 {
                continue;
            }
            match first_with.entry(format!("{g} {s}")) {
                Entry::Occupied(seen) => {
                    let (other, spelt) = seen.get();
                    if *other != id && consonants(spelt) != consonants(k) {
                        merges.push((id, *other));
                    }
                }
                Entry::Vacant(slot) => {
                    slot.insert((id, k.clone()));
                }
            }
        }
    }
    absorb_found(clusters, full, merges);
    merge_lone_surnames(clusters, full, false);
}

/// The surname alone, maybe with Arabic's article ("al-Gaddafi", "Kadhafi"), spelt another way
/// than the one full name that reads alike. Run again once the one-word names are found, for
/// those with the article only (`articled`): another one-word name that reads like a surname
/// is as often a company ("Allianz" beside a "Paul Alianz").
pub(super) fn merge_lone_surnames(clusters: &mut [Cluster], full: &mut Index, articled: bool) {
    let mut merges: Vec<(usize, usize)> = Vec::new();
    // The surnames of the full names, each as one cluster's (`None` where two claim it).
    let mut surnames: HashMap<String, Option<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for (_, surname) in c.keys.iter().filter_map(|k| k.split_once(' ')) {
            if !surname.contains(' ') {
                let claim = surnames
                    .entry(transliteration_key(surname))
                    .or_insert(Some(id));
                if *claim != Some(id) {
                    *claim = None;
                }
            }
        }
    }
    for (id, c) in clusters.iter().enumerate() {
        let [k] = c.keys.as_slice() else { continue };
        if c.curated_name.is_some()
            || c.institution
            || k.contains(' ')
            || (articled && !super::tokens::arabic_article(k))
        {
            continue;
        }
        let bare = super::tokens::without_al(k);
        let s = transliteration_key(bare);
        let as_written = format!(" {k}");
        if s.len() >= 4
            && let Some(Some(other)) = surnames.get(&s)
            && *other != id
            // The surname as written is for `merge_surnames`; and a vowel alone still tells two
            // names apart ("Martin" beside "Anna Morton").
            && !clusters[*other].keys.iter().any(|f| f.ends_with(&as_written))
            && clusters[*other].keys.iter().any(|f| {
                f.rsplit_once(' ').is_some_and(|(_, surname)| {
                    transliteration_key(surname) == s && consonants(surname) != consonants(bare)
                })
            })
        {
            merges.push((id, *other));
        }
    }
    absorb_found(clusters, full, merges);
}

/// A folded word as transliterations read alike (see [`merge_transliterations`]).
fn transliteration_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let c = match c {
            'k' | 'g' | 'q' | 'c' => 'k',
            'w' | 'v' => 'v',
            'z' | 's' => 's',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'j' => '*',
            'h' | '-' | '\'' => continue,
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if out.len() > 1 && out.ends_with('*') {
        out.pop();
    }
    out
}

/// The consonants of a folded form as written, to tell a spelling from a vowel's change.
fn consonants(form: &str) -> String {
    form.chars()
        .filter(|c| c.is_alphabetic() && !"aeiou".contains(*c))
        .collect()
}

//! One name, several clusters: the merges that join the forms of one person or organization
//! found apart (a legal form, a spelling, a country before a name); a body's are in
//! [`super::body_merges`], a person's in [`super::person_merges`], acronyms in
//! [`super::acronyms`].

use super::clusters::{Cluster, Index, absorb, absorb_found, add_owner};
use super::lexicon::lexicon;
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
            // Every shorter form, dropping the suffixes one at a time ("Binance Holdings" of
            // "Binance Holdings Limited"), with or without an English article before it ("The
            // New York Times Co.").
            let from = usize::from(words[0] == "the" && core_len > 1);
            let mut shorter: Vec<String> = (core_len..words.len())
                .flat_map(|n| (0..=from).map(move |f| (f, n)))
                .map(|(f, n)| words[f..n].join(" "))
                .collect();
            shorter.extend(domain);
            for form in shorter {
                if let Some(Some(other)) = full.get(&form).copied()
                    && other != id
                    && clusters[other].curated_name.is_none()
                {
                    absorb(clusters, full, other, id);
                }
            }
        }
    }
}

/// "U.S. Securities and Exchange Commission" is the "Securities and Exchange Commission" the
/// dossier writes elsewhere: an organization's name of several words with its country before
/// it, where the name without the country is found too. So with the country's adjective: the
/// "Irish Data Protection Commission" is the "Data Protection Commission".
pub(super) fn merge_country_prefixes(clusters: &mut [Cluster], full: &mut Index) {
    let lx = lexicon();
    let is_country = |w: &str| {
        lx.is_place(w)
            || lx.is_demonym(w)
            || (w.contains('.') && lx.acronyms.contains(w.replace('.', "").as_str()))
    };
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            // Not a country after the name ("Corte Suprema Usa"): the same words with another
            // place after them name another body ("Corte Suprema de California").
            let Some((country, rest)) = k.split_once(' ') else {
                continue;
            };
            if is_country(country)
                && rest.contains(' ')
                && let Some(Some(other)) = full.get(rest).copied()
                && other != id
            {
                merges.push((id, other));
            }
        }
    }
    absorb_found(clusters, full, merges);
}

/// "The Times" is the "New York Times" the dossier names too: an organization's name that is an
/// article and another organization's form, or the last word of exactly one other
/// organization's name. (A person's name never opens with an article.)
pub(super) fn merge_article_prefixes(clusters: &mut [Cluster], index: &mut Index) {
    use super::complements::NAME_ARTICLES as ARTICLES;
    let org = |c: &Cluster| c.person <= 0 && !c.keys.is_empty();
    // The organizations by the last word of their names of several words.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| org(c)) {
        for k in &c.keys {
            if let Some((first, last)) = k.rsplit_once(' ').map(|(a, b)| (a.split(' ').next(), b))
                && !first.is_some_and(|f| ARTICLES.contains(&f))
            {
                add_owner(&mut by_last, last, id);
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate().filter(|(_, c)| org(c)) {
        for k in &c.keys {
            let Some((article, rest)) = k.split_once(' ') else {
                continue;
            };
            if !ARTICLES.contains(&article) {
                continue;
            }
            let other = match index.get(rest).copied() {
                Some(Some(other)) => Some(other),
                _ => match by_last.get(rest).map(Vec::as_slice) {
                    Some([other]) => Some(*other),
                    _ => None,
                },
            };
            if let Some(other) = other
                && other != id
                && org(&clusters[other])
            {
                merges.push((id, other));
            }
        }
    }
    absorb_found(clusters, index, merges);
}

/// "Amber Vell-Johnny Dorn", "Alstom-Siemens", the label of a trial, a couple or a merger: two
/// names the dossier writes apart, joined by a hyphen, name neither alone. The form leaves its
/// cluster and the index. Two rows it is not the name of: "Mercedes" of "Mercedes-Benz" is the
/// same row.
pub(super) fn strike_hyphened_pairs(clusters: &mut [Cluster], index: &mut Index) {
    for (id, c) in clusters.iter_mut().enumerate() {
        let pairs: Vec<String> = c
            .keys
            .iter()
            .filter(|k| {
                k.match_indices('-').any(|(i, _)| {
                    let row = |half: &str| index.get(half).copied().flatten().filter(|&x| x != id);
                    let (a, b) = (&k[..i], &k[i + 1..]);
                    // Names of one word each, or of several each: "Jaques-Henri Favre" is a
                    // given name of two.
                    let shaped =
                        a.contains(' ') == b.contains(' ') && a.contains(' ') == k.contains(' ');
                    shaped && row(a).zip(row(b)).is_some_and(|(a, b)| a != b)
                })
            })
            .cloned()
            .collect();
        for k in pairs {
            c.keys.retain(|x| *x != k);
            index.insert(k, None);
        }
    }
}

/// "NY Times" is the "New York Times" the dossier writes elsewhere: a name whose first word is
/// the initials of the other's first words, the rest the same. Only where one name has them.
pub(super) fn merge_initialled_prefixes(clusters: &mut [Cluster], full: &mut Index) {
    // The first words that may be initials: of two or three letters, opening a longer name.
    let opening: HashSet<&str> = clusters
        .iter()
        .flat_map(|c| &c.keys)
        .filter_map(|k| k.split_once(' '))
        .map(|(first, _)| first)
        .filter(|first| (2..=3).contains(&first.len()))
        .collect();
    if opening.is_empty() {
        return;
    }
    // Each name of three words or more under its first words' initials and the rest:
    // "new york times" under "ny times".
    let mut by_short: HashMap<String, Option<usize>> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            for n in 2..words.len().min(4) {
                let Some(initials) = words[..n]
                    .iter()
                    .map(|w| w.chars().next())
                    .collect::<Option<String>>()
                    .filter(|i| opening.contains(i.as_str()))
                else {
                    continue;
                };
                let short = format!("{initials} {}", words[n..].join(" "));
                let slot = by_short.entry(short).or_insert(Some(id));
                if *slot != Some(id) {
                    *slot = None;
                }
            }
        }
    }
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            if let Some(Some(other)) = by_short.get(k.as_str())
                && *other != id
            {
                merges.push((id, *other));
            }
        }
    }
    absorb_found(clusters, full, merges);
}

/// "Corte Suprema Usa" is the "Corte Suprema degli Stati Uniti" the dossier writes elsewhere:
/// the same words of two or more with the same country after them, in any of its names. (Not
/// the words alone: "Corte Suprema" may be another country's or a state's.)
pub(super) fn merge_country_suffixes(clusters: &mut [Cluster], full: &mut Index) {
    let mut first: HashMap<(&str, usize), usize> = HashMap::default();
    let mut merges = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let Some((base, country)) = super::governments::country_suffix(k) else {
                continue;
            };
            if !base.contains(' ') {
                continue;
            }
            match first.get(&(base, country)) {
                Some(&other) if other != id => merges.push((id, other)),
                Some(_) => {}
                None => {
                    first.insert((base, country), id);
                }
            }
        }
    }
    absorb_found(clusters, full, merges);
}

/// "Corvane.com" is Corvane: a one-word name with a generic web ending is the row of the same
/// name without it, where the dossier has one. (A country's ending is another company as often:
/// "Binance.US" is its American affiliate.)
pub(super) fn merge_web_addresses(
    clusters: &mut [Cluster],
    index: &mut Index,
    singles: &HashMap<&str, usize>,
) {
    let merges: Vec<(usize, usize)> = singles
        .iter()
        .filter_map(|(&key, &id)| {
            let (name, tld) = key.rsplit_once('.')?;
            let other = (super::form_kind::GENERIC_WEB_ENDINGS.contains(&tld) && !name.is_empty())
                .then(|| index.get(name).copied().flatten())
                .flatten()?;
            (other != id).then_some((id, other))
        })
        .collect();
    absorb_found(clusters, index, merges);
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

/// One name written two ways: with and without a middle initial ("Jeannette A. Vargas"), with a
/// hyphen or a space between two surnames ("Gonzalez-Rogers"), or with one letter more or less in
/// a long given name or surname. Forms of several words that are the same words once initials go
/// and hyphens part are one cluster. Arabic's article glued to a surname comes and goes with the
/// writer ("Muammar al-Gaddafi", "Muammar Gaddafi").
pub(super) fn merge_spellings(clusters: &mut [Cluster], full: &mut Index) {
    let plain = |k: &str| -> Option<String> {
        let words: Vec<&str> = k
            .split(' ')
            .map(|w| match super::tokens::without_al(w) {
                bare if bare.chars().count() > 2 => bare,
                _ => w,
            })
            .flat_map(|w| w.split('-'))
            // Initials go; a number stays ("Juzgado número 3", "número 5").
            .filter(|w| {
                w.trim_end_matches('.').chars().count() > 1 || w.bytes().all(|b| b.is_ascii_digit())
            })
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
        let mut found = |shorter: &str| {
            if let Some(&other) = first_with.get(shorter)
                && other != id
            {
                slips.push((id, other));
            }
        };
        // Six letters for a given name; eight for a surname: "Schmidt" and "Schmid" are two.
        // After a given name and a first surname, a second surname of five is enough: two
        // people so alike ("Silvia López Mejía", "Silvia López Mejías") are one person.
        if given.chars().count() >= 6 {
            one_letter_less("", given, &[" ", rest].concat(), &mut found);
        }
        let long_head = head.contains(' ');
        if surname.chars().count() >= if long_head { 5 } else { 8 } {
            one_letter_less(&[head, " "].concat(), surname, "", &mut found);
        }
    }
    // Words written apart and together ("Ranger Pro" and "RangerPro", "Open AI" and "OpenAI"):
    // the form of several words goes into the one-word form.
    let mut one_word: HashMap<&str, usize> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| !k.contains(' ')) {
            one_word.entry(k.as_str()).or_insert(id);
        }
    }
    for (id, c) in clusters.iter().enumerate() {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            if (2..=3).contains(&words.len())
                && words.iter().all(|w| w.chars().count() > 1)
                && let Some(&other) = one_word.get(words.concat().as_str())
                && other != id
            {
                slips.push((id, other));
            }
        }
    }
    slips.extend(super::slips::typos(clusters, &first_with));
    absorb_found(clusters, full, slips);
}

/// `word` with one letter left out, each letter in turn, between `before` and `after`: written
/// into one buffer, since most of them are looked up once and thrown away.
fn one_letter_less(before: &str, word: &str, after: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::with_capacity(before.len() + word.len() + after.len());
    for (i, c) in word.char_indices() {
        buf.clear();
        buf.push_str(before);
        buf.push_str(&word[..i]);
        buf.push_str(&word[i + c.len_utf8()..]);
        buf.push_str(after);
        f(&buf);
    }
}

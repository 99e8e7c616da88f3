//! Slips of the writer's pen: one name written once with a letter changed or two swapped,
//! beside the same name written right more often. Found by one key per long word, so that the
//! pass stays linear in the names.

use super::clusters::Cluster;
use rustc_hash::FxHashMap as HashMap;

/// A name met once or twice that differs from a name met far more often by one letter changed
/// or two swapped in one long word ("Bernt Wiskar" beside "Brent Wiskar", "Willaims" beside
/// "Williams"): a slip of the writer's, not another party. The pairs are (slip, name).
pub(super) fn typos(
    clusters: &[Cluster],
    first_with: &HashMap<String, usize>,
) -> Vec<(usize, usize)> {
    // Each frequent name under each of its long words blanked out, keyed by the rest of the
    // name and the word's length: a letter changed or two swapped keep both, and `one_slip`
    // checks each pair so found. One key per word, not per letter: the pass stays cheap.
    // A long name of three words or more ("Martina de Lind van Wijngaarden") is one person
    // whatever the counts: no two people share all but one letter of it.
    let long = |p: &str| p.split(' ').count() >= 3;
    let mut near: HashMap<u64, Vec<&str>> = HashMap::default();
    for (p, &id) in first_with {
        if clusters[id].seen < 3 && !long(p) {
            continue;
        }
        each_word_blanked(p, |key| near.entry(key).or_default().push(p.as_str()));
    }
    if near.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (p, &id) in first_with {
        let seen = clusters[id].seen;
        if seen == 0 || (seen > 2 && !long(p)) || clusters[id].curated_name.is_some() {
            continue;
        }
        // The long name goes into the one met more often, or as often and found first.
        let more_often = |other: usize| {
            clusters[other].seen >= 2 * seen
                || (long(p)
                    && (clusters[other].seen, std::cmp::Reverse(other))
                        > (seen, std::cmp::Reverse(id)))
        };
        let mut into: Option<usize> = None;
        let mut several = false;
        each_word_blanked(p, |key| {
            for q in near.get(&key).into_iter().flatten() {
                let other = first_with[*q];
                if other != id && more_often(other) && one_slip(p, q) {
                    several |= into.is_some_and(|i| i != other);
                    into = Some(other);
                }
            }
        });
        if let (Some(other), false) = (into, several) {
            out.push((id, other));
        }
    }
    out
}

/// For each word of five letters or more in the name `p`, a key of the rest of the name and
/// the word's length in letters; and another with a doubled letter counted once, where the
/// word has one (so that "Ripol" meets "Ripoll").
fn each_word_blanked(p: &str, mut f: impl FnMut(u64)) {
    use std::hash::{BuildHasher, Hasher};
    let mut start = 0;
    for word in p.split(' ') {
        let end = start + word.len();
        let letters = word.chars().count();
        if letters >= 5 {
            let undoubled = undoubled(word).count();
            for n in std::iter::once(letters).chain((undoubled != letters).then_some(undoubled)) {
                let mut h = rustc_hash::FxBuildHasher.build_hasher();
                h.write(&p.as_bytes()[..start]);
                h.write_usize(n);
                h.write(&p.as_bytes()[end..]);
                f(h.finish());
            }
        }
        start = end + 1;
    }
}

/// Whether two names of as many words differ in one word only, by one letter changed or two
/// neighbours swapped; in a long word of a name of several words, by two letters exchanged
/// at a distance too ("Vasteger" for "Vestager").
fn one_slip(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() {
        return false;
    }
    let differ: Vec<(&str, &str)> = wa.into_iter().zip(wb).filter(|(x, y)| x != y).collect();
    let several_words = a.contains(' ');
    let [(x, y)] = differ[..] else {
        return false;
    };
    // A letter doubled or not ("Ripol" for "Ripoll").
    if x.chars().count().abs_diff(y.chars().count()) == 1 {
        return undoubled(x).eq(undoubled(y));
    }
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    if x.len() != y.len() {
        return false;
    }
    let at: Vec<usize> = (0..x.len()).filter(|&i| x[i] != y[i]).collect();
    match at[..] {
        [_] => true,
        [i, j] => x[i] == y[j] && x[j] == y[i] && (j == i + 1 || (several_words && x.len() >= 7)),
        _ => false,
    }
}

/// The letters of a word, each run of one letter written once: "ripoll" gives r, i, p, o, l.
fn undoubled(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = None;
    word.chars().filter(move |&c| last.replace(c) != Some(c))
}

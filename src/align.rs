//! Translations read in lockstep: which articles tell the same story (shared anchors: numbers,
//! names, months), and which of their paragraphs correspond, many to many, without crossing.

use crate::corpus::lexicon::fold_phrase;
use crate::model::{Alignment, Article, Dossier, MentionsByParagraph};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Anchors of one paragraph: normalized numbers ("n:14.3"), entity ids ("e:mercor"), months.
type Anchors = HashSet<String>;

/// An anchor found in more articles than this says nothing about which tell the same story.
const MAX_ARTICLES_PER_ANCHOR: usize = 24;
/// Weighted share of anchors two articles need to be versions of one story.
const MIN_SIMILARITY: f64 = 0.7;

pub fn align(d: &Dossier, mentions: &MentionsByParagraph) -> Vec<Alignment> {
    // Entities by article and paragraph, in one pass over the mentions.
    let mut names: Vec<HashMap<usize, Anchors>> = vec![HashMap::default(); d.articles.len()];
    for (&(ai, p), spans) in mentions {
        names[ai].entry(p).or_default().extend(
            spans
                .iter()
                .map(|&(_, _, e)| format!("e:{}", d.entities[e].id)),
        );
    }
    let anchors: Vec<Vec<(usize, Anchors, usize)>> = d
        .articles
        .iter()
        .zip(names)
        .map(|(a, names)| paragraph_anchors(a, names))
        .collect();
    let whole: Vec<Anchors> = anchors
        .iter()
        .map(|ps| ps.iter().flat_map(|p| p.1.iter().cloned()).collect())
        .collect();
    // Inverted index: only articles sharing a telling anchor are compared, never every pair.
    let mut by_anchor: HashMap<&str, Vec<usize>> = HashMap::default();
    for (ai, set) in whole.iter().enumerate() {
        for x in set {
            by_anchor.entry(x.as_str()).or_default().push(ai);
        }
    }
    let n = d.articles.len() as f64;
    let weight = |x: &str| -> f64 {
        let df = by_anchor.get(x).map_or(1, Vec::len) as f64;
        let kind = if x.starts_with("n:") { 2.0 } else { 1.0 };
        kind * (1.0 + (n / df).ln())
    };
    let mut candidates: HashSet<(usize, usize)> = HashSet::default();
    for list in by_anchor
        .values()
        .filter(|l| l.len() >= 2 && l.len() <= MAX_ARTICLES_PER_ANCHOR)
    {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                candidates.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = candidates.into_iter().collect();
    pairs.sort_unstable();
    let totals: HashMap<usize, f64> = pairs
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .map(|a| (a, whole[a].iter().map(|x| weight(x)).sum::<f64>()))
        .collect();
    let mut out = Vec::new();
    for (a, b) in pairs {
        let shared: f64 = whole[a].intersection(&whole[b]).map(|x| weight(x)).sum();
        let sim = shared / totals[&a].min(totals[&b]).max(1.0);
        if sim < MIN_SIMILARITY {
            continue;
        }
        let (pairs, left_only, right_only) = paragraphs(&anchors[a], &anchors[b]);
        // Versions of one text have a counterpart for most paragraphs.
        let shorter = anchors[a].len().min(anchors[b].len()).max(1);
        let paired = anchors[a]
            .len()
            .saturating_sub(left_only.len())
            .min(anchors[b].len().saturating_sub(right_only.len()));
        if pairs.is_empty() || paired * 10 < shorter * 7 {
            continue;
        }
        out.push(Alignment {
            left: d.articles[a].id.clone(),
            right: d.articles[b].id.clone(),
            pairs,
            left_only,
            right_only,
            similarity: (sim * 100.0).round() / 100.0,
        });
    }
    out
}

/// The live paragraphs of an article with their anchors and lengths; `names` holds the
/// entities mentioned in each of its paragraphs.
fn paragraph_anchors(
    a: &Article,
    mut names: HashMap<usize, Anchors>,
) -> Vec<(usize, Anchors, usize)> {
    a.live_paragraphs()
        .map(|p| {
            let mut set = names.remove(&p.index).unwrap_or_default();
            set.extend(numbers(&p.text).into_iter().map(|n| format!("n:{n}")));
            set.extend(months(&p.text).into_iter().map(|m| format!("m:{m}")));
            (p.index, set, p.text.chars().count())
        })
        .collect()
}

/// Numbers written in any of the six languages' ways, normalized: "14,3" and "14.3" are 14.3,
/// "2.400" and "2,400" are 2400. Small numbers (under 10) are too common to anchor anything.
pub fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_alphanumeric())) {
            i += 1;
            continue;
        }
        // Groups of digits joined by single '.', ',' or thin spaces.
        let mut groups: Vec<&str> = Vec::new();
        let mut seps: Vec<u8> = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(&text[start..j]);
            if j + 1 < b.len() && matches!(b[j], b'.' | b',') && b[j + 1].is_ascii_digit() {
                seps.push(b[j]);
                j += 1;
            } else {
                break;
            }
        }
        i = j;
        let (int, frac) = if groups.len() == 1 {
            (groups[0].to_string(), String::new())
        } else if is_thousands(&groups, &seps) {
            (groups.concat(), String::new())
        } else if seps.len() >= 2 && seps[seps.len() - 1] != seps[0] {
            // "1,234.5" or "1.234,5": thousands, then the decimal part.
            (
                groups[..groups.len() - 1].concat(),
                groups[groups.len() - 1].to_string(),
            )
        } else {
            (groups[0].to_string(), groups[1..].concat())
        };
        let Ok(mut value) = format!(
            "{}.{}",
            if int.is_empty() { "0" } else { &int },
            if frac.is_empty() { "0" } else { &frac }
        )
        .parse::<f64>() else {
            continue;
        };
        // "2.4 billion", "2.400 millones", "14,3 milliards", "14.3 mil millones": one amount.
        value *= magnitude(&text[i..]);
        if value >= 10.0 || frac.chars().any(|c| c != '0') {
            out.push(format!("{value:.3e}"));
        }
    }
    out
}

/// The multiplier a scale word after a number gives it ("million", "mil millones", "Mrd.").
fn magnitude(after: &str) -> f64 {
    let words: Vec<String> = after.split_whitespace().take(2).map(fold_phrase).collect();
    let first = words.first().map_or("", String::as_str);
    let second = words.get(1).map_or("", String::as_str);
    match first {
        "mil" if matches!(second, "millones" | "milliones") => 1e9,
        "billion" | "billions" | "bn" | "milliard" | "milliards" | "milliarde" | "milliarden"
        | "mrd" | "miliardo" | "miliardi" | "bilhao" | "bilhoes" | "bi" => 1e9,
        "million" | "millions" | "millones" | "millon" | "mn" | "mio" | "millionen" | "milione"
        | "milioni" | "milhao" | "milhoes" | "mi" => 1e6,
        "thousand" | "mil" | "mille" | "tausend" => 1e3,
        _ => 1.0,
    }
}

/// Whether the separators of a number mark thousands: every group after the first has three
/// digits and the separators agree ("2.400.000", "2,400"), not a decimal ("14.3", "14,35").
fn is_thousands(groups: &[&str], seps: &[u8]) -> bool {
    groups[1..].iter().all(|g| g.len() == 3) && seps.iter().all(|&s| s == seps[0])
}

/// Month names in the six languages, as month numbers.
fn months(text: &str) -> Vec<u8> {
    const NAMES: [&[&str]; 12] = [
        &[
            "january", "janvier", "enero", "januar", "gennaio", "janeiro",
        ],
        &[
            "february",
            "fevrier",
            "febrero",
            "februar",
            "febbraio",
            "fevereiro",
        ],
        &["march", "mars", "marzo", "marz", "marco"],
        &["april", "avril", "abril", "aprile"],
        &["may", "mai", "mayo", "maggio", "maio"],
        &["june", "juin", "junio", "juni", "giugno", "junho"],
        &["july", "juillet", "julio", "juli", "luglio", "julho"],
        &["august", "aout", "agosto"],
        &[
            "september",
            "septembre",
            "septiembre",
            "settembre",
            "setembro",
        ],
        &[
            "october", "octobre", "octubre", "oktober", "ottobre", "outubro",
        ],
        &["november", "novembre", "noviembre", "novembro"],
        &[
            "december",
            "decembre",
            "diciembre",
            "dezember",
            "dicembre",
            "dezembro",
        ],
    ];
    static BY_NAME: std::sync::OnceLock<HashMap<&'static str, u8>> = std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        NAMES
            .iter()
            .enumerate()
            .flat_map(|(m, names)| names.iter().map(move |n| (*n, m as u8 + 1)))
            .collect()
    });
    let mut out = Vec::new();
    let mut buf = [0u8; 10];
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| (3..=10).contains(&w.len()) || !w.is_ascii())
    {
        let month = if w.is_ascii() {
            // Lower-cased on the stack: most words are ASCII and no month.
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).ok().and_then(|l| by_name.get(l))
        } else {
            by_name.get(fold_phrase(w).as_str())
        };
        out.extend(month.copied());
    }
    out
}

/// Align two articles' live paragraphs: a dynamic program over blocks of up to four paragraphs
/// on each side (merges and splits), rewarding shared anchors and lengths in proportion, with
/// paragraphs left alone where one version has no counterpart. No pairs cross.
fn paragraphs(
    a: &[(usize, Anchors, usize)],
    b: &[(usize, Anchors, usize)],
) -> (Vec<[usize; 2]>, Vec<usize>, Vec<usize>) {
    let (n, m) = (a.len(), b.len());
    // Anchors as small numbers, each paragraph's sorted: the program below merges and intersects
    // them thousands of times.
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let (mut pa, mut pb): (Vec<Vec<u32>>, Vec<Vec<u32>>) = (Vec::new(), Vec::new());
    for (side, out) in [(a, &mut pa), (b, &mut pb)] {
        for p in side {
            let mut v: Vec<u32> = Vec::with_capacity(p.1.len());
            for x in &p.1 {
                let next = ids.len() as u32;
                v.push(*ids.entry(x.as_str()).or_insert(next));
            }
            v.sort_unstable();
            out.push(v);
        }
    }
    // An anchor in many paragraphs of the pair (the company on trial) tells little about which
    // two correspond; one in a single paragraph on each side, a lot.
    let mut df = vec![0usize; ids.len()];
    for p in pa.iter().chain(&pb) {
        for &x in p {
            df[x as usize] += 1;
        }
    }
    let mut numeric = vec![false; ids.len()];
    for (x, &i) in &ids {
        numeric[i as usize] = x.starts_with("n:");
    }
    let total = (n + m) as f64;
    let weights: Vec<f64> = (0..ids.len())
        .map(|i| if numeric[i] { 2.0 } else { 1.0 } * (total / df[i] as f64).ln().max(0.1))
        .collect();
    // Every block of up to four paragraphs, `[size - 1][first]`: its anchors, sorted and
    // unique, and its length. Made once; the DP below visits each block many times.
    let blocks = |ids: &[Vec<u32>],
                  side: &[(usize, Anchors, usize)]|
     -> Vec<Vec<(Vec<u32>, f64)>> {
        (1..=4)
            .map(|size| {
                (0..(ids.len() + 1).saturating_sub(size))
                    .map(|i| {
                        let mut v: Vec<u32> = ids[i..i + size].iter().flatten().copied().collect();
                        v.sort_unstable();
                        v.dedup();
                        let len = side[i..i + size].iter().map(|p| p.2).sum::<usize>();
                        (v, len as f64)
                    })
                    .collect()
            })
            .collect()
    };
    let (blocks_a, blocks_b) = (blocks(&pa, a), blocks(&pb, b));
    // (shared weight, union weight) of two sorted id lists.
    let overlap = |x: &[u32], y: &[u32]| -> (f64, f64) {
        let (mut i, mut j, mut shared, mut union) = (0, 0, 0.0, 0.0);
        loop {
            match (x.get(i), y.get(j)) {
                (Some(&p), Some(&q)) if p == q => {
                    shared += weights[p as usize];
                    union += weights[p as usize];
                    i += 1;
                    j += 1;
                }
                (Some(&p), Some(&q)) if p < q => {
                    union += weights[p as usize];
                    i += 1;
                }
                (Some(&p), None) => {
                    union += weights[p as usize];
                    i += 1;
                }
                (_, Some(&q)) => {
                    union += weights[q as usize];
                    j += 1;
                }
                (None, None) => break,
            }
        }
        (shared, union)
    };
    let ratio = (a.iter().map(|p| p.2).sum::<usize>() as f64
        / b.iter().map(|p| p.2).sum::<usize>().max(1) as f64)
        .max(0.01);
    const SKIP: f64 = 2.0;
    const MOVES: [(usize, usize, f64); 8] = [
        (1, 1, 0.0),
        (1, 2, 0.6),
        (2, 1, 0.6),
        (1, 3, 1.2),
        (3, 1, 1.2),
        (2, 2, 2.5),
        (1, 4, 1.8),
        (4, 1, 1.8),
    ];
    let mut cost = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    cost[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let here = cost[i][j];
            if !here.is_finite() {
                continue;
            }
            // Leave a paragraph alone on either side.
            if i < n && here + SKIP < cost[i + 1][j] {
                cost[i + 1][j] = here + SKIP;
                back[i + 1][j] = (1, 0);
            }
            if j < m && here + SKIP < cost[i][j + 1] {
                cost[i][j + 1] = here + SKIP;
                back[i][j + 1] = (0, 1);
            }
            for &(da, db, base) in &MOVES {
                if i + da > n || j + db > m {
                    continue;
                }
                let (anchors_a, len_a) = &blocks_a[da - 1][i];
                let (anchors_b, len_b) = &blocks_b[db - 1][j];
                let (shared, union) = overlap(anchors_a, anchors_b);
                let union = union.max(0.5);
                // Gale and Church: lengths keep their proportion across a translation.
                let length = ((len_a / len_b.max(1.0)) / ratio).ln().abs();
                // Anchors speak in proportion to how many there are: paragraphs without any
                // (a title, a short quote) are matched on their lengths.
                let evidence = (union / 3.0).min(1.0);
                let c = here
                    + base
                    + SKIP * (da + db) as f64 * (1.0 - shared / union) * 0.9 * evidence
                    + length;
                if c < cost[i + da][j + db] {
                    cost[i + da][j + db] = c;
                    back[i + da][j + db] = (da, db);
                }
            }
        }
    }
    let (mut i, mut j) = (n, m);
    let mut pairs = Vec::new();
    let mut left_only = Vec::new();
    let mut right_only = Vec::new();
    while i > 0 || j > 0 {
        let (da, db) = back[i][j];
        match (da, db) {
            (1, 0) => left_only.push(a[i - 1].0),
            (0, 1) => right_only.push(b[j - 1].0),
            _ => {
                for x in &a[i - da..i] {
                    for y in &b[j - db..j] {
                        pairs.push([x.0, y.0]);
                    }
                }
            }
        }
        i -= da;
        j -= db;
    }
    pairs.sort_unstable();
    left_only.reverse();
    right_only.reverse();
    (pairs, left_only, right_only)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_one_anchor_across_languages() {
        let one = |s: &str| numbers(s);
        assert_eq!(one("$ 14.3 mil millones"), one("14,3 milliards de dollars"));
        assert_eq!(one("$2.4 billion"), one("2.400 millones de dólares"));
        assert_eq!(one("2,4 Milliarden Euro"), one("$2.4 billion"));
        assert_eq!(one("200 millions"), one("$ 200 millones"));
        assert_eq!(one("2.400 casas"), one("2,400 homes"));
        assert_eq!(one("14 % et 14%"), ["1.400e1", "1.400e1"]);
        assert_ne!(one("14.3"), one("143"));
        assert!(one("le 3 juin, série B2").is_empty());
    }

    #[test]
    fn months_in_six_languages() {
        assert_eq!(months("en juin, in June, en junio, im Juni"), [6, 6, 6, 6]);
    }
}

//! Folds the long word lists of `assets/lexicon/` at build time into perfect-hash tables
//! (phf), so that the binary neither parses nor hashes them when it starts: hashing a hundred
//! thousand words took most of the time of a small export.

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

#[path = "src/extract/lexicon/filter.rs"]
#[allow(dead_code)]
mod filter;

use std::io::Write;
use std::{env, fs, path::Path};

fn read_list(source: &str) -> Vec<String> {
    let path = format!("assets/lexicon/{source}");
    println!("cargo::rerun-if-changed={path}");
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The folded words of `sources`, sorted, each once.
fn folded(sources: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = sources
        .iter()
        .flat_map(|s| read_list(s))
        .map(|w| fold::fold(w.trim()))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// A static Bloom filter over `words` (see `src/extract/lexicon/filter.rs`).
fn write_filter<'a>(f: &mut fs::File, name: &str, words: impl ExactSizeIterator<Item = &'a str>) {
    let mut bits = vec![0u64; filter::words_for(words.len())];
    let n = bits.len();
    for w in words {
        for p in filter::probes(w, n) {
            bits[p / 64] |= 1 << (p % 64);
        }
    }
    let body: Vec<String> = bits.iter().map(|b| format!("{b:#x}")).collect();
    writeln!(f, "static {name}: [u64; {n}] = [{}];", body.join(",")).unwrap();
}

fn main() {
    println!("cargo::rerun-if-changed=src/fold.rs");
    println!("cargo::rerun-if-changed=src/extract/lexicon/filter.rs");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lists.rs");
    let mut f = fs::File::create(&out).expect("OUT_DIR is writable");
    for (name, sources) in [
        (
            "GIVEN_FAKER",
            &["given_names_faker.txt", "given_names_mimesis.txt"][..],
        ),
        (
            "SURNAMES_FAKER",
            &["surnames_faker.txt", "surnames_mimesis.txt"],
        ),
        ("TOWNS", &["towns_geonames.txt"]),
    ] {
        let words = folded(sources);
        let mut set = phf_codegen::Set::new();
        for w in &words {
            set.entry(w.as_str());
        }
        writeln!(
            f,
            "static {name}: phf::Set<&'static str> = {};",
            set.build()
        )
        .unwrap();
        write_filter(
            &mut f,
            &format!("{name}_FILTER"),
            words.iter().map(String::as_str),
        );
    }
    // Places keep their order, so that a stem finds the places it begins by bisection.
    let mut places = phf_codegen::OrderedSet::new();
    let place_words = folded(&["places.txt", "places_geonames.txt"]);
    for w in &place_words {
        places.entry(w.as_str());
    }
    writeln!(
        f,
        "static PLACES: phf::OrderedSet<&'static str> = {};",
        places.build()
    )
    .unwrap();
    write_filter(
        &mut f,
        "PLACES_FILTER",
        place_words.iter().map(String::as_str),
    );
    // The stems a people's word may have (`Lexicon::demonym_place`): the first four letters or
    // more of a one-word place, short of it by at most four bytes.
    let stems: Vec<&str> = place_words
        .iter()
        .filter(|w| !w.contains(' '))
        .flat_map(|w| {
            (0..=w.len())
                .filter(|&i| w.is_char_boundary(i) && w.len() - i <= 4)
                .map(|i| &w[..i])
                .filter(|stem| stem.chars().count() >= 4)
        })
        .collect();
    write_filter(&mut f, "PLACE_STEMS_FILTER", stems.into_iter());
    // The country of each listed city, state and nation: "name<TAB>code[<TAB>region]", the
    // name folded; the value is the code, and whether the place is a region.
    let mut countries = phf_codegen::Map::new();
    let mut seen = std::collections::HashSet::new();
    for line in read_list("place_countries.txt") {
        let mut fields = line.split('\t');
        let (Some(name), Some(code)) = (fields.next(), fields.next()) else {
            panic!("place_countries.txt: name, tab, code: {line}");
        };
        let region = fields.next() == Some("region");
        let key = fold::fold(name.trim());
        if seen.insert(key.clone()) {
            countries.entry(key, &format!("({code:?}, {region})"));
        }
    }
    writeln!(
        f,
        "static PLACE_COUNTRIES: phf::Map<&'static str, (&'static str, bool)> = {};",
        countries.build()
    )
    .unwrap();
    // wordfreq's "word<TAB>X" lines, X = chr(48 + a bit per language).
    let mut common = phf_codegen::Map::new();
    let mut exact = std::collections::HashMap::new();
    for line in read_list("common_words.tsv") {
        let (word, mask) = line
            .split_once('\t')
            .expect("common_words.tsv: word, tab, mask");
        let mask = mask.bytes().next().map_or(0, |b| b.saturating_sub(48));
        common.entry(word.to_string(), &mask.to_string());
        exact.insert(word.to_string(), mask);
    }
    writeln!(
        f,
        "static COMMON: phf::Map<&'static str, u8> = {};",
        common.build()
    )
    .unwrap();
    // The same words folded, for the names' keys, which lose their accents ("protecao" of
    // "Proteção"): each folded form that is no word as written, with the languages of all the
    // words that fold to it.
    let mut by_fold: std::collections::BTreeMap<String, u8> = std::collections::BTreeMap::new();
    for (word, mask) in &exact {
        let key = fold::fold(word);
        if key != *word && !exact.contains_key(&key) {
            *by_fold.entry(key).or_default() |= mask;
        }
    }
    let mut folded_common = phf_codegen::Map::new();
    for (key, mask) in &by_fold {
        folded_common.entry(key.as_str(), &mask.to_string());
    }
    writeln!(
        f,
        "static COMMON_FOLDED: phf::Map<&'static str, u8> = {};",
        folded_common.build()
    )
    .unwrap();
    // One filter for both tables: a word is looked up in the second when the first lacks it.
    let all: Vec<&str> = exact
        .keys()
        .map(String::as_str)
        .chain(by_fold.keys().map(String::as_str))
        .collect();
    write_filter(&mut f, "COMMON_FILTER", all.into_iter());
}

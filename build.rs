//! Folds and sorts the long word lists of `assets/lexicon/` at build time, and writes beside
//! each the offsets of its lines, so that the binary searches them in place: starting dossier
//! then costs nothing, where hashing a hundred thousand words took most of a small export.

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

use std::{env, fs, path::Path};

/// Output name, the lists it merges, and whether their lines carry a value after a tab.
const LISTS: [(&str, &[&str], bool); 4] = [
    ("given_names_faker", &["given_names_faker.txt"], false),
    ("surnames_faker", &["surnames_faker.txt"], false),
    ("places", &["places.txt", "places_geonames.txt"], false),
    ("common_words", &["common_words.tsv"], true),
];

fn main() {
    println!("cargo::rerun-if-changed=src/fold.rs");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (out, sources, valued) in LISTS {
        // (key, value byte): the value is the first character after the tab.
        let mut lines: Vec<(String, u8)> = Vec::new();
        for source in sources {
            let path = format!("assets/lexicon/{source}");
            println!("cargo::rerun-if-changed={path}");
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            for line in text
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                lines.push(if valued {
                    let (key, value) = line
                        .split_once('\t')
                        .unwrap_or_else(|| panic!("{path}: no tab in {line:?}"));
                    (key.to_string(), value.bytes().next().unwrap_or(b'0'))
                } else {
                    (fold::fold(line.trim()), 0)
                });
            }
        }
        lines.sort_unstable();
        lines.dedup_by(|a, b| a.0 == b.0);
        let mut text = String::new();
        let mut starts = Vec::with_capacity(lines.len() * 4);
        for (key, _) in &lines {
            starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
            text.push_str(key);
        }
        starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
        let write = |ext: &str, bytes: &[u8]| {
            let path = Path::new(&out_dir).join(format!("{out}.{ext}"));
            fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        };
        write("keys", text.as_bytes());
        write("starts", &starts);
        if valued {
            write("values", &lines.iter().map(|l| l.1).collect::<Vec<u8>>());
        }
    }
}

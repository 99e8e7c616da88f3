//! Bench data: a large dossier made from the sample, with the names varied so that no two
//! articles are the same text.

#![allow(dead_code)]

use dossier::corpus::load::{Folder, SourceFile};
use dossier::corpus::sample;

/// Names of the sample replaced per article, so every copy speaks of other people.
const NAMES: [&str; 12] = [
    "Scale AI",
    "Mercor",
    "Eugene Ling",
    "Surya Midha",
    "Alexandr Wang",
    "Joe Osborne",
    "Gil Luria",
    "Jonathan Siddharth",
    "Xuechen Li",
    "Meta",
    "Google",
    "Microsoft",
];
const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ne", "bri", "os", "ta", "gu", "fe", "lan",
    "zo",
];

fn name(seed: &mut u64) -> String {
    let mut word = |n: usize| {
        let mut w = String::new();
        for _ in 0..n {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            w.push_str(SYLLABLES[(*seed >> 60) as usize]);
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    format!("{} {}", word(2), word(3))
}

/// `n` articles cycled from the sample, each with its own names.
pub fn generated(n: usize) -> Folder {
    let base = sample::folder();
    let mut seed = 42u64;
    let files = (0..n)
        .map(|i| {
            let src = &base.files[i % base.files.len()];
            let mut text = String::from_utf8(src.bytes.clone()).unwrap();
            for n in NAMES {
                text = text.replace(n, &name(&mut seed));
            }
            SourceFile {
                name: format!("{i:04}_{}", src.name),
                bytes: text.into_bytes(),
            }
        })
        .collect();
    Folder {
        label: "generated".into(),
        files,
        meta: None,
        warnings: Vec::new(),
    }
}

/// The generated dossier written to a temporary folder, for benchmarks that read from disk.
pub fn generated_on_disk(n: usize) -> (tempfile::TempDir, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = 0;
    for f in generated(n).files {
        bytes += f.bytes.len();
        std::fs::write(dir.path().join(&f.name), &f.bytes).unwrap();
    }
    (dir, bytes)
}

/// Bytes of text the analysis reads: paragraphs that are neither repeats nor boilerplate.
pub fn live_bytes(d: &dossier::model::Dossier) -> usize {
    d.articles
        .iter()
        .flat_map(|a| a.live_paragraphs())
        .map(|p| p.text.len())
        .sum()
}

/// `n` articles that follow one story: the sample's articles again and again with the same
/// parties, each paragraph made distinct ("Ref 12-3.") so none is set aside as a repeat. The
/// shape of a dossier kept on one dispute for a year, where every party has thousands of
/// mentions and every claim is told many times.
pub fn one_story(n: usize) -> Folder {
    let base = sample::folder();
    let files = (0..n)
        .map(|i| {
            let src = &base.files[i % base.files.len()];
            let text = String::from_utf8(src.bytes.clone()).unwrap();
            let text: Vec<String> = text
                .split("\n\n")
                .enumerate()
                .map(|(j, p)| format!("{p} Ref {i}-{j}."))
                .collect();
            SourceFile {
                name: format!("{i:05}_{}", src.name),
                bytes: text.join("\n\n").into_bytes(),
            }
        })
        .collect();
    Folder {
        label: "one story".into(),
        files,
        meta: None,
        warnings: Vec::new(),
    }
}

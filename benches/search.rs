//! The sidebar's fuzzy filter: one keystroke over 10,000 and 100,000 names.
//! Run with `cargo bench --bench search`; figures are kept in docs/benchmarks.md.

use divan::Bencher;
use dossier::search::{Index, Narrowing};

fn main() {
    divan::main();
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ne", "bri", "os", "ta", "gu", "fe", "lan",
    "zo", "mer", "cor", "an", "thro", "pic", "ling", "é", "ñ",
];

/// `n` names like "Lomiren Torvel" or "Sabri Group", with one alias each.
fn names(n: usize) -> Vec<(usize, Vec<String>)> {
    let mut seed = 7u64;
    let mut word = |len: usize| {
        let mut w = String::new();
        for _ in 0..len {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            w.push_str(SYLLABLES[(seed >> 59) as usize % SYLLABLES.len()]);
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    (0..n)
        .map(|i| (i, vec![format!("{} {}", word(2), word(3)), word(3)]))
        .collect()
}

fn index(n: usize) -> Index {
    let names = names(n);
    Index::new(
        names
            .iter()
            .map(|(i, forms)| (*i, forms.iter().map(String::as_str).collect())),
    )
}

/// Typing the fourth letter: "merc" after "mer", narrowing the previous matches.
#[divan::bench(args = [10_000, 100_000])]
fn keystroke_narrowing(b: Bencher, n: usize) {
    let ix = index(n);
    let mut after_three = Narrowing::default();
    ix.search(&mut after_three, "mer");
    b.with_inputs(|| after_three.clone())
        .bench_local_values(|mut narrowing| ix.search(&mut narrowing, "merc"));
}

/// The same query searched from scratch (after a backspace, or a pasted query).
#[divan::bench(args = [10_000, 100_000])]
fn query_from_scratch(b: Bencher, n: usize) {
    let ix = index(n);
    b.bench_local(|| ix.search(&mut Narrowing::default(), "merc"));
}

/// The first letter: most names match it.
#[divan::bench(args = [10_000, 100_000])]
fn first_letter(b: Bencher, n: usize) {
    let ix = index(n);
    b.bench_local(|| ix.search(&mut Narrowing::default(), "m"));
}

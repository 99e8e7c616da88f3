//! Core hot paths: loading, cleaning, segmenting and language identification.
//! Run with `cargo bench --bench core`; figures are kept in docs/benchmarks.md.

mod common;

use divan::{Bencher, counter::BytesCount};
use dossier::corpus;
use dossier::corpus::sample;

fn main() {
    divan::main();
}

#[divan::bench]
fn sample_build(b: Bencher) {
    b.with_inputs(sample::folder)
        .bench_values(|f| corpus::build(f).unwrap());
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn generated_1000_open_from_disk(b: Bencher) {
    let (dir, bytes) = common::generated_on_disk(1000);
    b.counter(BytesCount::new(bytes))
        .bench(|| corpus::open(dir.path()).unwrap());
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn generated_1000_build_in_memory(b: Bencher) {
    let folder = common::generated(1000);
    let bytes: usize = folder.files.iter().map(|f| f.bytes.len()).sum();
    b.counter(BytesCount::new(bytes))
        .with_inputs(|| folder.clone())
        .bench_values(|f| corpus::build(f).unwrap());
}

/// People and organizations over the generated dossier (articles already cleaned).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_entities(b: Bencher) {
    let d = corpus::build(common::generated(1000)).unwrap();
    let bytes: usize = d
        .articles
        .iter()
        .flat_map(|a| a.live_paragraphs())
        .map(|p| p.text.len())
        .sum();
    b.counter(BytesCount::new(bytes))
        .bench(|| dossier::extract::entities(&d, &[]));
}

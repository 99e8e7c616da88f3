//! Core hot paths: loading, cleaning, segmenting and language identification; names.
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

/// Read from disk, decode, clean, segment, identify languages: the first stage.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn generated_1000_load_clean_segment(b: Bencher) {
    let (dir, bytes) = common::generated_on_disk(1000);
    b.counter(BytesCount::new(bytes))
        .bench(|| corpus::build_articles(corpus::load::read_folder(dir.path()).unwrap()).unwrap());
}

/// People and organizations over the generated dossier (articles already cleaned).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_entities(b: Bencher) {
    let (d, _) = corpus::build_articles(common::generated(1000)).unwrap();
    let bytes = common::live_bytes(&d);
    b.counter(BytesCount::new(bytes))
        .bench(|| dossier::extract::entities(&d, &[]));
}

/// Everything `dossier export` computes, from disk.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_open_whole(b: Bencher) {
    let (dir, bytes) = common::generated_on_disk(1000);
    b.counter(BytesCount::new(bytes))
        .bench(|| corpus::open(dir.path()).unwrap());
}

/// Allegations and responses over the generated dossier (articles and names already found).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_claims(b: Bencher) {
    let d = corpus::build(common::generated(1000)).unwrap();
    let paras = dossier::extract::candidates::tokenize_dossier(&d);
    let bytes = common::live_bytes(&d);
    b.counter(BytesCount::new(bytes))
        .bench(|| dossier::extract::claims::claims(&d, &paras, &d.mentions_by_paragraph()));
}

/// `dossier export DIR --format json` over the generated dossier: open, analyse, serialize.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_export_json(b: Bencher) {
    let (dir, bytes) = common::generated_on_disk(1000);
    b.counter(BytesCount::new(bytes))
        .bench(|| dossier::export::to_json(&corpus::open(dir.path()).unwrap()));
}

/// Which articles are versions of one story, and their paragraph pairs, over the generated
/// dossier: through an inverted index of anchors, never every pair of articles.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_alignment(b: Bencher) {
    let d = corpus::build(common::generated(1000)).unwrap();
    b.bench(|| dossier::align::align(&d, &d.mentions_by_paragraph()));
}

/// Writing the JSON of the analysed generated dossier (the last step of `dossier export`).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn generated_1000_serialize_json(b: Bencher) {
    let d = corpus::build(common::generated(1000)).unwrap();
    b.bench(|| dossier::export::write_json(&d, std::io::sink()).unwrap());
}

/// Names over the dev halves of the public benchmark sets, where they lie beside the repository
/// (`../shared/eval/ner`, not shipped): real news text, measured in MB/s of live text. Nothing
/// is measured where the sets are absent.
#[divan::bench(args = ["es", "en", "de", "it", "fr", "fr-wiki", "pt"], sample_count = 20, sample_size = 1)]
fn eval_dev_entities(b: Bencher, set: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/ner")
        .join(format!("{set}-dev/dossier"));
    if !dir.is_dir() {
        return;
    }
    let (d, _) = corpus::build_articles(corpus::load::read_folder(&dir).unwrap()).unwrap();
    let bytes = common::live_bytes(&d);
    b.counter(BytesCount::new(bytes))
        .bench(|| dossier::extract::entities(&d, &[]));
}

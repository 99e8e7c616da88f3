//! Translations in lockstep: which articles are versions of one story, and which paragraphs
//! correspond, on the sample, a translation pair of our own, and an unseen dossier.

mod common;

use common::{expected_text, fixture};
use dossier::corpus;
use dossier::model::{Alignment, Dossier};
use serde::Deserialize;
use std::collections::BTreeSet;

fn alignment<'a>(d: &'a Dossier, left: &str, right: &str) -> &'a Alignment {
    d.alignments
        .iter()
        .find(|a| a.left.starts_with(left) && a.right.starts_with(right))
        .unwrap_or_else(|| {
            panic!(
                "{left} and {right} not aligned: {:?}",
                d.alignments
                    .iter()
                    .map(|a| (&a.left, &a.right))
                    .collect::<Vec<_>>()
            )
        })
}

fn assert_no_crossing(a: &Alignment) {
    for p in &a.pairs {
        for q in &a.pairs {
            assert!(!(p[0] < q[0] && p[1] > q[1]), "{p:?} crosses {q:?}");
        }
    }
}

#[test]
fn the_sample_translations_are_paired_paragraph_by_paragraph() {
    let d = corpus::sample();
    assert_eq!(
        d.alignments.len(),
        1,
        "only the Spanish and the second French article are one text"
    );
    let a = alignment(&d, "000", "004");
    for pair in [[6, 10], [7, 11], [10, 15]] {
        assert!(
            a.pairs.contains(&pair),
            "{pair:?} missing from {:?}",
            a.pairs
        );
    }
    let es = d.article("000_8b4e1523bca8c7fd").unwrap();
    let fr = d.article("004_347e296371e70fdb").unwrap();
    assert!(
        es.paragraphs[6]
            .text
            .starts_with("Mercor ha rechazado públicamente")
    );
    assert!(
        fr.paragraphs[10]
            .text
            .starts_with("Mercor a publiquement repoussé")
    );
    assert!(
        es.paragraphs[7]
            .text
            .starts_with("La compañía afirma que ofreció")
    );
    assert!(
        fr.paragraphs[11]
            .text
            .starts_with("La société prétend qu’elle a offerte")
    );
    assert!(
        es.paragraphs[10]
            .text
            .contains("Google, el cliente más grande")
    );
    assert!(
        fr.paragraphs[15]
            .text
            .starts_with("Google, le plus grand client")
    );
    // The Spanish paragraph that merges four French ones pairs with each of them.
    assert!((11..=14).all(|j| a.pairs.contains(&[7, j])));
    assert_no_crossing(a);
}

#[derive(Deserialize)]
struct Expected {
    pairs: Vec<[usize; 2]>,
}

fn expected(fixture_name: &str) -> Vec<[usize; 2]> {
    let text = expected_text(fixture_name);
    #[derive(Deserialize)]
    struct Nested {
        translation: Expected,
    }
    toml::from_str::<Expected>(&text)
        .map(|e| e.pairs)
        .or_else(|_| toml::from_str::<Nested>(&text).map(|n| n.translation.pairs))
        .unwrap()
}

/// Share of the true pairs found, and share of the pairs found that are true.
fn recall_precision(found: &[[usize; 2]], truth: &[[usize; 2]]) -> (f64, f64) {
    let found: BTreeSet<[usize; 2]> = found.iter().copied().collect();
    let truth: BTreeSet<[usize; 2]> = truth.iter().copied().collect();
    let hit = found.intersection(&truth).count() as f64;
    (hit / truth.len() as f64, hit / found.len().max(1) as f64)
}

#[test]
fn a_translation_pair_of_our_own_and_an_unrelated_article() {
    let d = fixture("translation_pair");
    assert_eq!(
        d.alignments.len(),
        1,
        "the Italian article tells another story"
    );
    let a = alignment(&d, "a_en", "b_es");
    let (recall, precision) = recall_precision(&a.pairs, &expected("translation_pair"));
    assert!(
        recall >= 0.9 && precision >= 0.8,
        "recall {recall:.2}, precision {precision:.2}: {:?}",
        a.pairs
    );
    assert_no_crossing(a);
}

#[test]
fn an_unseen_translation_with_merged_paragraphs() {
    let d = fixture("heldout_battery");
    let a = alignment(&d, "01_en", "02_de");
    let (recall, precision) = recall_precision(&a.pairs, &expected("heldout_battery"));
    assert!(
        recall >= 0.9 && precision >= 0.8,
        "recall {recall:.2}, precision {precision:.2}: {:?}",
        a.pairs
    );
    // The Italian and Portuguese articles tell the story their own way: not versions of it.
    assert!(
        d.alignments
            .iter()
            .all(|x| !x.left.starts_with("03") && !x.right.starts_with("04"))
    );
}

#[test]
fn six_unrelated_articles_are_not_paired() {
    assert!(fixture("six_languages").alignments.is_empty());
}

//! People and organizations: candidates from runs of capitalised words, accepted by evidence
//! (form, context, repetition), merged across their written forms, and every mention found.

pub mod accept;
pub mod aliases;
pub mod candidates;
pub mod claims;
mod complements;
mod enumerations;
mod forms;
mod glued;
mod governments;
mod kind_cues;
pub mod lexicon;
pub mod mentions;
mod merges;
mod nouns;
mod person_merges;
pub mod pieces;
mod products;
mod singles;
mod titles;
pub mod tokens;
mod translations;

use crate::corpus::meta::EntityMeta;
use crate::model::{Dossier, Entity};

/// The entities of a dossier whose articles are loaded and cleaned.
pub fn entities(d: &Dossier, curated: &[EntityMeta]) -> Vec<Entity> {
    entities_of(d, &candidates::tokenize_dossier(d), curated)
}

/// Entities and then claims, sharing one tokenization of the live paragraphs.
/// Then the alignment of translations, on the other core while the claims are read: both only
/// need the names.
pub fn analyse(d: &mut Dossier, curated: &[EntityMeta]) {
    analyse_with(d, curated, &|_| {});
}

/// [`analyse`], telling `progress` each stage as it begins.
pub fn analyse_with(
    d: &mut Dossier,
    curated: &[EntityMeta],
    progress: &dyn Fn(crate::corpus::Stage),
) {
    progress(crate::corpus::Stage::Names);
    let paras = candidates::tokenize_dossier(d);
    d.entities = entities_of(d, &paras, curated);
    progress(crate::corpus::Stage::Claims);
    let shared: &Dossier = d;
    let mentions = shared.mentions_by_paragraph();
    let (claims, alignments) = std::thread::scope(|s| {
        let alignments = s.spawn(|| crate::align::align(shared, &mentions));
        let claims = claims::claims(shared, &paras, &mentions);
        (
            claims,
            alignments.join().expect("alignment thread panicked"),
        )
    });
    d.claims = claims;
    d.alignments = alignments;
}

fn entities_of(
    d: &Dossier,
    paras: &[candidates::ParaTokens],
    curated: &[EntityMeta],
) -> Vec<Entity> {
    let runs = candidates::runs(paras);
    let pieces = pieces::pieces(paras, runs);
    let mut entities = aliases::resolve(d, paras, &pieces, curated);
    governments::add(d, paras, &mut entities);
    entities
}

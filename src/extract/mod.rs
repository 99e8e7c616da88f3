//! People and organizations: candidates from runs of capitalised words, accepted by evidence
//! (form, context, repetition), merged across their written forms, and every mention found.

pub mod accept;
mod acronyms;
pub mod aliases;
mod body_merges;
pub mod candidates;
mod case_counts;
pub mod claims;
mod clusters;
mod codes;
mod complements;
mod declined;
mod enumerations;
mod form_kind;
mod forms;
mod german_nouns;
mod glued;
mod governments;
mod held;
mod judged;
mod kind_cues;
pub mod lexicon;
mod lone_words;
pub mod mentions;
mod merges;
mod nouns;
mod person_merges;
mod person_starts;
pub mod pieces;
mod placing;
mod portfolios;
mod products;
mod run_ends;
mod run_roles;
mod seats;
mod seeds;
mod shown;
mod singles;
mod slips;
mod titles;
pub mod tokens;
mod translations;
mod trims;

use crate::corpus::meta::EntityMeta;
use crate::model::{Dossier, Entity};

/// The entities of a dossier whose articles are loaded and cleaned.
pub fn entities(d: &Dossier, curated: &[EntityMeta]) -> Vec<Entity> {
    entities_of(d, &candidates::tokenize_dossier(d), curated).0
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
    let (parties, products) = entities_of(d, &paras, curated);
    // The claims and the alignment read the products' mentions too; the rows are the parties.
    let rows = parties.len();
    d.entities = parties;
    d.entities.extend(products);
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
    let products = d.entities.split_off(rows);
    d.claims = claims;
    products::forget(&mut d.claims, &products);
    d.alignments = alignments;
}

/// The parties, then the products set apart from them.
fn entities_of(
    d: &Dossier,
    paras: &[candidates::ParaTokens],
    curated: &[EntityMeta],
) -> (Vec<Entity>, Vec<Entity>) {
    let runs = candidates::runs(paras);
    let mut pieces = pieces::pieces(paras, runs);
    enumerations::companies_listed(d, paras, &mut pieces);
    let resolved = aliases::resolve(d, paras, &pieces, curated);
    let (mut parties, products) =
        products::set_apart(resolved.entities, &resolved.product_forms, curated);
    governments::add(d, paras, &mut parties);
    (parties, products)
}

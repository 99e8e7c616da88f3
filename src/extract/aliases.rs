//! Deciding which pieces are names, merging the forms of one name (surnames, short forms, case
//! and accent variants, curated aliases), and placing every mention.

use super::acronyms::{bracketed_acronyms, former_names, merge_acronyms};
use super::candidates::ParaTokens;
use super::case_counts::{CaseCounts, single_counts};
use super::clusters::holder;
use super::enumerations::Listed;
use super::forms::{Heads, add_short_forms, genitives_to_names};
use super::held::cluster_held;
use super::judged::{Judged, PieceForms, judge};
use super::lexicon::{Lexicon, lexicon};
use super::lone_words::{Lone, lone_words};
use super::mentions::{build_entities, curated_phrases, institution_nouns};
use super::merges::{
    merge_appositions, merge_country_prefixes, merge_country_suffixes, merge_legal_forms,
    merge_spellings,
};
use super::person_merges::{
    merge_initialled_surnames, merge_inner_names, merge_middle_names, merge_reversed_names,
    merge_second_surnames, merge_short_given_names, merge_surnames, merge_transliterations,
};
use super::pieces::{Piece, key_of, normal_keys};
use super::seeds::{Seeds, seed};
use super::shown::shown_places;
use super::tokens::{Shape, tokenize};
use crate::corpus::meta::EntityMeta;
use crate::model::{Dossier, Entity, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub fn resolve(
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    curated: &[EntityMeta],
) -> Resolved {
    // How the dossier writes each word is a pass over every token, needed only once the names
    // are accepted: count on the other core meanwhile.
    std::thread::scope(|s| {
        let case = s.spawn(|| CaseCounts::of(paras));
        resolve_with(d, paras, pieces, curated, || {
            case.join().expect("case counting thread panicked")
        })
    })
}

/// The pipeline, in order: each piece's key and repetitions; the clusters the curated names and
/// the institutions seed ([`super::seeds`]); what each piece says of itself
/// ([`super::judged`]); where the dossier shows a piece to be a place or an institution's head
/// alone; the pieces that hold become clusters ([`super::held`]); the merges of full forms;
/// the short forms; the one-word names met alone ([`super::lone_words`]); the merges those
/// allow; then every mention placed ([`super::placing`]) and the entities built.
fn resolve_with<'a>(
    d: &Dossier,
    paras: &'a [ParaTokens],
    pieces: &[Piece],
    curated: &[EntityMeta],
    case: impl FnOnce() -> CaseCounts<'a>,
) -> Resolved {
    let lx = lexicon();
    let mut keys: Vec<String> = pieces.iter().map(|p| key_of(paras, p)).collect();
    genitives_to_names(paras, pieces, &mut keys);
    // A republished copy says a thing twice without saying it again: repetition counts a form
    // once per distinct paragraph text.
    let copies = republished(d, paras);
    let mut repeats: HashMap<&str, usize> = HashMap::default();
    for (p, k) in pieces.iter().zip(&keys) {
        if !p.title_case && !copies[p.para] {
            *repeats.entry(k.as_str()).or_default() += 1;
        }
    }

    let Seeds {
        mut clusters,
        mut full,
        institution_clusters,
        towns,
    } = seed(lx, curated, &keys);
    let mut forms = PieceForms::new(lx, paras, pieces, &keys);
    let Judged {
        strong,
        titles,
        product_forms,
    } = judge(lx, d, paras, pieces, &keys, &repeats, &mut forms);

    // An institution's head alone ("la Federación") where the article, or another of its
    // language, names it in full. German writes every noun with a capital: "die Schule" is no
    // name there.
    let heads = Heads::of(paras, pieces, &keys);
    let head_alone = |p: &Piece, key: &str| {
        let para = &paras[p.para];
        p.width() == 1
            && para.lang != Lang::De
            && para.tokens[p.first].shape == Shape::Capitalized
            && lx.org_prefixes.contains(key)
            && heads.forms(para.article, para.lang, key).is_some()
    };
    let mut places = shown_places(lx, paras, pieces, &keys);
    // Items of a list of places are places too ("Loures e Benavente").
    let listed = super::enumerations::among_places(lx, d, paras, pieces, &keys);
    places.extend(
        keys.iter()
            .zip(&listed)
            .filter(|(_, l)| **l == Listed::Everywhere)
            .map(|(k, _)| k.as_str()),
    );
    let places_in_article: HashSet<(usize, &str)> = (0..pieces.len())
        .filter(|&i| listed[i] == Listed::InArticle)
        .map(|i| (paras[pieces[i].para].article, keys[i].as_str()))
        .collect();
    // A piece the dossier shows to be a place, there or everywhere, unless a cue here makes it
    // a party; an office's town always (the cue by it is the office's noun: "la fiscalía de
    // Valdemora").
    let placed = |i: usize, p: &Piece| {
        towns.contains(keys[i].as_str())
            || ((places.contains(keys[i].as_str())
                || places_in_article.contains(&(paras[p.para].article, keys[i].as_str())))
                && !p.person_cue
                && !p.org_cue)
    };
    // How each word is written across the dossier, counted meanwhile on another thread.
    let case = case();
    let reading = Reading {
        lx,
        d,
        paras,
        pieces,
        keys: &keys,
        case: &case,
        placed: &placed,
        head_alone: &head_alone,
    };
    cluster_held(&reading, &strong, &mut forms, &mut clusters, &mut full);

    merge_legal_forms(&mut clusters, &mut full);
    super::declined::merge_declined(&mut clusters, &mut full);
    merge_country_prefixes(&mut clusters, &mut full);
    merge_country_suffixes(&mut clusters, &mut full);
    super::body_merges::merge_body_complements(&mut clusters, &mut full);
    merge_spellings(&mut clusters, &mut full);
    super::translations::merge_translations(&mut clusters, &mut full);
    merge_short_given_names(&mut clusters, &mut full);
    merge_transliterations(&mut clusters, &mut full);
    merge_second_surnames(&mut clusters, &mut full);
    merge_middle_names(&mut clusters, &mut full);
    merge_inner_names(&mut clusters, &mut full);
    merge_initialled_surnames(&mut clusters, &mut full);
    merge_surnames(&mut clusters, &mut full);
    merge_reversed_names(&mut clusters, &mut full);
    super::merges::merge_initialled_prefixes(&mut clusters, &mut full);

    // Short forms: surnames of people, first words of organizations.
    let mut index = full.clone();
    let cap_mid: HashMap<&str, usize> = single_counts(paras, pieces, &keys, &copies);
    let word_ok = |w: &str, org_head: bool| {
        w.chars().count() >= 2
            && !crate::corpus::lang::is_any_function_word(w)
            && !lx.calendar.contains(w)
            && !lx.is_demonym(w)
            && !lx.event_words.contains(w)
            // "Valdemora" of "Fiscalía de Valdemora" is the town alone.
            && !towns.contains(w)
            // "Internet" of "Internet de Nova Geração" is the internet alone.
            && !lx.capitalised_nouns.contains(w)
            && !case.mostly_lower(w)
            // An organization's first word that is a common word ("Real" of "Real Madrid",
            // "App" of "App Store") stands for it only where the dossier writes it alone.
            && (!org_head || !lx.is_common(w) || cap_mid.get(w).is_some_and(|&n| n >= 2))
    };
    let (mut short, given_forms) = add_short_forms(&mut index, &clusters, word_ok, |w| {
        first_word_goes_alone(lx, &cap_mid, w) && !lx.is_place(w) && !lx.is_common(w)
    });
    // An institution named in full is then "the Commission", "la Comisión", "die Kommission" in
    // the same article: its head word stands for it there.
    for (id, c) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.institution && c.seen > 0)
    {
        for k in &c.keys {
            for w in k.split(' ').filter(|w| lx.org_prefixes.contains(*w)) {
                if !index.contains_key(w) {
                    index.insert(w.to_string(), Some(id));
                    short.insert(w.to_string());
                }
            }
        }
    }

    // After the head words, which the prosecution's forms must not lend to the office
    // ("Ministerio" of "Ministerio Fiscal" is no name of the Department of Justice).
    super::body_merges::merge_prosecution(
        lx,
        &mut clusters,
        &mut index,
        &institution_clusters,
        &keys,
    );

    let Lone {
        singles,
        acronyms,
        teams,
    } = lone_words(
        &reading,
        &titles,
        &cap_mid,
        &mut forms,
        &mut clusters,
        &mut index,
    );

    merge_acronyms(lx, &mut clusters, &mut index, &singles, &acronyms);
    super::merges::merge_web_addresses(&mut clusters, &mut index, &singles);
    // Again with the one-word names: "Superliga" beside "Super League", "al-Khaddami" beside
    // "Yusuf Qaddami".
    super::translations::merge_translations(&mut clusters, &mut index);
    super::person_merges::merge_lone_surnames(&mut clusters, &mut index, true);
    merge_appositions(
        &mut clusters,
        &mut index,
        &[
            bracketed_acronyms(d, paras, pieces, &keys),
            former_names(paras, pieces, &keys),
        ]
        .concat(),
    );
    super::merges::merge_article_prefixes(&mut clusters, &mut index);
    super::body_merges::merge_body_qualifiers(lx, &mut clusters, &mut index, &cap_mid);
    super::merges::strike_hyphened_pairs(&mut clusters, &mut index);

    let mut found = super::placing::Placing {
        lx,
        paras,
        pieces,
        keys: &keys,
        clusters: &clusters,
        index: &index,
        full: &full,
        head_alone: &head_alone,
        heads: &heads,
        cap_mid: &cap_mid,
        case: &case,
        acronyms: &acronyms,
        teams: &teams,
        short: &short,
        given_forms: &given_forms,
    }
    .mentions();
    curated_phrases(lx, paras, &clusters, &mut found);
    let institution_holders: Vec<Option<usize>> = institution_clusters
        .iter()
        .map(|id| id.map(|id| holder(&clusters, id)))
        .collect();
    institution_nouns(lx, paras, &institution_holders, &mut found);

    let entities = build_entities(d, clusters, found);
    Resolved {
        entities,
        product_forms,
    }
}

/// What the passes over the pieces read: the dossier, its pieces and their keys, how each word
/// is written, and where a piece is a place or an institution's head alone.
#[derive(Clone, Copy)]
pub(super) struct Reading<'a, 'c> {
    pub lx: &'a Lexicon,
    pub d: &'a Dossier,
    pub paras: &'a [ParaTokens],
    pub pieces: &'a [Piece],
    pub keys: &'a [String],
    pub case: &'c CaseCounts<'a>,
    /// A piece the dossier shows to be a place, there or everywhere, with no cue of a party; an
    /// office's town the lists lack, whatever the cue.
    pub placed: &'c dyn Fn(usize, &Piece) -> bool,
    /// An institution's head alone ("la Federación") where the article names it in full.
    pub head_alone: &'c dyn Fn(&Piece, &str) -> bool,
}

/// The names of a dossier, and the forms the dossier shows only as products.
pub struct Resolved {
    pub entities: Vec<Entity>,
    pub product_forms: HashSet<String>,
}

/// The key of a written name, tokenized as article text is.
pub fn phrase_key(s: &str) -> String {
    normal_keys(&tokenize(s, &[0]))
}

/// Whether the first word of a person's full name is the name the press goes by ("Shakira" of
/// "Shakira Isabel Mebarak Ripoll"), a name in every article: the dossier writes it alone in
/// mid-sentence again and again, and the hand-made list of given names does not hold it (the
/// broad lists hold stage names too). `mentions::stage_name` asks the like of the forms found,
/// to name the row.
pub(super) fn first_word_goes_alone(
    lx: &Lexicon,
    cap_mid: &HashMap<&str, usize>,
    key: &str,
) -> bool {
    cap_mid.get(key).is_some_and(|&n| n >= 3) && !lx.is_given_name(key)
}

/// For each paragraph, whether an earlier one (in any article) has the same text: a wire story
/// republished by several outlets, or a page saved twice.
pub fn republished(d: &Dossier, paras: &[ParaTokens]) -> Vec<bool> {
    use std::hash::BuildHasher;
    let state = rustc_hash::FxBuildHasher;
    let mut seen: HashSet<u64> = HashSet::default();
    paras
        .iter()
        .map(|p| {
            let text = &d.articles[p.article].paragraphs[p.paragraph].text;
            !seen.insert(state.hash_one(text))
        })
        .collect()
}

//! One-word names met alone, in mid-sentence (or opening a line as an acronym): a form a name
//! already claims counts its evidence there; otherwise the word is a name of its own when its
//! evidence holds, and is not a title, a law, a German noun or a place.

use super::acronyms::law_acronyms;
use super::aliases::Reading;
use super::candidates::ParaTokens;
use super::clusters::{Cluster, Index};
use super::german_nouns::german_nouns_by_use;
use super::judged::PieceForms;
use super::seeds::institution_keys;
use super::shown::products_by_number;
use super::singles::single_is_name;
use super::tokens::Shape;
use crate::model::Dossier;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the pass over single words found.
pub(super) struct Lone<'a> {
    /// Each one-word name to its cluster.
    pub singles: HashMap<&'a str, usize>,
    /// One-word names found only in capitals, and the institutions' acronyms.
    pub acronyms: HashSet<&'a str>,
    /// Teams named after their city (or a word) in results tables.
    pub teams: HashSet<&'a str>,
}

/// The single words of the pieces: `titles` are struck, `cap_mid` counts how often each word
/// is written capitalised in mid-sentence.
pub(super) fn lone_words<'a>(
    r: &Reading<'a, '_>,
    titles: &HashSet<String>,
    cap_mid: &HashMap<&str, usize>,
    forms: &mut PieceForms<'a>,
    clusters: &mut Vec<Cluster>,
    index: &mut Index,
) -> Lone<'a> {
    let Reading {
        lx,
        d,
        paras,
        pieces,
        keys,
        case,
        placed,
        head_alone,
    } = *r;
    let products = products_by_number(paras, pieces, keys);
    let mut singles: HashMap<&str, usize> = HashMap::default();
    // One-word names found only in capitals, and the institutions' acronyms ("EU", "UE"): the
    // same letters in small ones are a word ("Eu ainda tenho", "ue").
    let mut acronyms: HashSet<&str> = lx
        .institutions()
        .iter()
        .flatten()
        .zip(institution_keys().iter().flatten())
        .filter(|(f, _)| f.chars().count() > 1 && f.chars().all(char::is_uppercase))
        .map(|(_, k)| k.as_str())
        .collect();
    // Teams named after their city (or a word) in results tables: the city, or the word,
    // everywhere else.
    let mut teams: HashSet<&str> = HashSet::default();
    let laws = law_acronyms(d, paras);
    let german_nouns = german_nouns_by_use(lx, paras, pieces, keys);
    for (i, p) in pieces.iter().enumerate() {
        if p.width() != 1 || p.title_case {
            continue;
        }
        let tok = &paras[p.para].tokens[p.first];
        // Grammar capitalises a sentence's first letter, not all of them: an acronym opening a
        // line ("IUPEX e UFRB") is one as anywhere else; a dateline's city is not, known or
        // not ("VALMORE, Colo.", "KESTRAU. Die", "OSSBERG 1996-08-30").
        let acronym_first = tok.shape == Shape::AllCaps
            && !lx.is_place(&tok.key)
            && !tok.key.contains('-')
            && !dateline(d, &paras[p.para], p.first);
        if p.initial && !paras[p.para].table_row && !acronym_first {
            continue;
        }
        if let Some(&id) = singles.get(keys[i].as_str()) {
            // The kind of a one-word name is told by all its occurrences, not the first.
            let form = forms.of(i);
            clusters[id].add_evidence(p, &form, &tok.key, case, paras[p.para].lang);
            clusters[id].bare += form.bare;
            continue;
        }
        // A word two names claim alike may still be a name of its own ("Google" beside
        // "Google Shopping" and "Google Search").
        if matches!(index.get(&keys[i]), Some(Some(_))) || head_alone(p, &keys[i]) {
            continue;
        }
        let product = products.contains(keys[i].as_str());
        // A title, a law's acronym, a German noun by its use, or a place shown as one
        // elsewhere (`Reading::placed`).
        let struck = titles.contains(keys[i].as_str())
            || laws.contains(keys[i].as_str())
            || german_nouns.contains(keys[i].as_str())
            || placed(i, p);
        if !struck
            && single_is_name(
                lx,
                p,
                tok,
                &paras[p.para],
                cap_mid.get(keys[i].as_str()).copied().unwrap_or(0),
                case,
                product,
            )
        {
            let form = forms.of(i);
            let mut single = Cluster {
                keys: vec![keys[i].clone()],
                bare: form.bare,
                ..Cluster::default()
            };
            single.add_evidence(p, &form, &tok.key, case, paras[p.para].lang);
            clusters.push(single);
            index.insert(keys[i].clone(), Some(clusters.len() - 1));
            singles.insert(keys[i].as_str(), clusters.len() - 1);
            if tok.shape == Shape::AllCaps {
                acronyms.insert(keys[i].as_str());
            }
            if paras[p.para].table_row
                && (lx.is_place(&tok.key) || lx.is_common_in(&tok.lower, paras[p.para].lang))
            {
                teams.insert(keys[i].as_str());
            }
        }
    }
    Lone {
        singles,
        acronyms,
        teams,
    }
}

/// A dateline's place opening a paragraph: a word followed by a comma, a full stop or a date
/// ("VALMORE, Colo. —", "KESTRAU. Die Stadt …", "OSSBERG 1996-08-30").
fn dateline(d: &Dossier, para: &ParaTokens, first: usize) -> bool {
    let t = &para.tokens;
    if first != 0 {
        return false;
    }
    let text = &d.articles[para.article].paragraphs[para.paragraph].text;
    text[t[0].end..].starts_with([',', '.'])
        || t.get(1).is_some_and(|next| next.shape == Shape::Number)
}

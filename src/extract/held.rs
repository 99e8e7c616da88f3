//! Pieces that hold on their own evidence become clusters, one per written form: unless the
//! piece is another name's word glued on (a surname before, a headline's word after), two
//! names in one run, an institution's head alone, or a place the dossier shows as one.

use super::accept::Evidence;
use super::aliases::Reading;
use super::clusters::{Cluster, Index};
use super::judged::PieceForms;
use super::kind_cues::is_suffix;
use super::tokens::{Shape, Token};
use rustc_hash::FxHashSet as HashSet;

/// Clusters for the pieces whose evidence (`strong`, in the pieces' order) holds, into
/// `clusters` and `full`.
pub(super) fn cluster_held<'a>(
    r: &Reading<'a, '_>,
    strong: &[Evidence],
    forms: &mut PieceForms<'a>,
    clusters: &mut Vec<Cluster>,
    full: &mut Index,
) {
    let Reading {
        lx,
        paras,
        pieces,
        keys,
        case,
        placed,
        head_alone,
        ..
    } = *r;
    // Last words of names that hold, a person's surname perhaps; not a given name ending an
    // organization's or a place's name ("Manuel" of "Colégio Dom Manuel", "Miguel" of "Barra
    // de São Miguel" leave "Manuel Almeida" and "Miguel de Unamuno" names), while a surname
    // there is one ("Governo Renzi", then "Renzi al Nazareno" is no name).
    let org_shaped = |t: &[Token]| {
        t.len() > 1
            && (lx.org_prefixes.contains(t[0].key.as_str())
                || is_suffix(lx, &t[t.len() - 1])
                || !lx.is_given_name(&t[0].key))
            && lx.is_given_name(&t[t.len() - 1].key)
    };
    // Nor a given name after an initial alone ("D. Gianna", Portuguese's "Dona"): the given
    // name it is ("chama-se Gianna Moltrasi").
    let ends_in_surname = |t: &[Token]| {
        !org_shaped(t)
            && !(t.len() == 2
                && t[0].shape == Shape::Initials
                && (lx.is_given_name(&t[1].key) || lx.is_listed_given(&t[1].key)))
    };
    let surnames: HashSet<&str> = pieces
        .iter()
        .zip(strong)
        .filter(|(_, e)| **e == Evidence::Strong)
        .filter_map(|(p, _)| {
            let t = &paras[p.para].tokens[p.first..p.last];
            t.last()
                .filter(|_| ends_in_surname(t))
                .map(|t| t.key.as_str())
        })
        .collect();
    // The first and last words of names that hold. A run that holds only by its form is
    // debris when it opens with another name's last word ("Ling Destren" after "Eugene Ling")
    // or ends with another name's first word ("Hemorrhages Hemor Méta" beside "Meta
    // Platforms").
    // A run that opens like a name holding on its own evidence is that name and a word
    // ("Meta Deal" beside "Meta Platforms").
    let mut firsts: HashSet<&str> = HashSet::default();
    let mut lasts: HashSet<&str> = HashSet::default();
    let mut strong_firsts: HashSet<&str> = HashSet::default();
    for (p, e) in pieces.iter().zip(strong).filter(|(p, _)| p.width() > 1) {
        let t = &paras[p.para].tokens[p.first..p.last];
        match e {
            Evidence::Strong | Evidence::GivenName => {
                firsts.insert(t[0].key.as_str());
                if ends_in_surname(t) {
                    lasts.insert(t[t.len() - 1].key.as_str());
                }
            }
            // "Joana Ferlin": a given name makes the form a person's name, with a surname.
            Evidence::Form if lx.is_given_name(&t[0].key) => {
                lasts.insert(t[t.len() - 1].key.as_str());
            }
            _ => {}
        }
        if *e == Evidence::Strong && !lx.is_given_name(&t[0].key) && t.len() == 2 {
            strong_firsts.insert(t[0].key.as_str());
        }
    }
    // Forms that hold, to tell two names glued in one run ("la Federación Rubén Rivera").
    let standalone: HashSet<&str> = keys
        .iter()
        .zip(strong)
        .filter(|(_, e)| **e != Evidence::None)
        .map(|(k, _)| k.as_str())
        .collect();
    // Words the dossier writes as a run of their own, held or not yet: "PSG", "Mbappé".
    // Built the first time a run of two words opens with an acronym: few dossiers need it.
    let alone_cell: std::cell::OnceCell<HashSet<&str>> = std::cell::OnceCell::new();
    let alone = || {
        alone_cell.get_or_init(|| {
            keys.iter()
                .filter(|k| !k.contains(' '))
                .map(String::as_str)
                .collect()
        })
    };
    for (i, p) in pieces.iter().enumerate() {
        let t = &paras[p.para].tokens[p.first..p.last];
        let ok = match strong[i] {
            Evidence::Strong => true,
            // A given name alone is weaker evidence: it does not hold where the word is the
            // surname of a name found otherwise ("Ling Destren").
            Evidence::GivenName => !surnames.contains(t[0].key.as_str()),
            Evidence::Form => {
                let (a, z) = (t[0].key.as_str(), t[t.len() - 1].key.as_str());
                // Two given names then a surname make a full name by themselves ("Carlos
                // Alberto Ferrão" beside "José Carlos"): double given names are common in
                // Portuguese, Spanish and Italian, and the first is no surname there.
                let double_given = t.len() >= 3
                    && lx.is_given_name(&t[1].key)
                    && !lx.is_given_name(&t[t.len() - 1].key);
                let surname_first = lasts.contains(a) && !firsts.contains(a) && !double_given;
                let name_last = firsts.contains(z) && !lasts.contains(z);
                !surname_first && !name_last && !strong_firsts.contains(a)
            }
            Evidence::None => false,
        };
        let placed = placed(i, p);
        // A name that holds, then a word of the language that the dossier writes small
        // elsewhere: a headline's verb or noun glued on ("Dani Alves Sentenced"). The name
        // alone is matched there later. ("Marine Le Pen" keeps its "Pen".)
        let word_after_name = t.len() >= 3 && {
            let last = &t[t.len() - 1];
            keys[i].rsplit_once(' ').is_some_and(|(head, _)| {
                standalone.contains(head)
                    && !head
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| lx.particles.contains(w))
            }) && last.shape == Shape::Capitalized
                && lx.is_common_in(&last.lower, paras[p.para].lang)
                && case.written_lower(&last.key)
                && !lx.is_listed_surname(&last.key)
                && !is_suffix(lx, last)
                && !lx.org_words.contains(last.key.as_str())
        };
        // A headline's or a sentence's first word glued before a surname the dossier gives a
        // person ("Absueltos Dubois y Lanval", "Acquitted Dubois"): the surname alone is
        // matched there later. Not a given name, nor a word that opens a name elsewhere.
        let word_before_surname = p.initial
            && t.len() == 2
            && t[0].shape == Shape::Capitalized
            && lasts.contains(t[1].key.as_str())
            && !firsts.contains(t[0].key.as_str())
            && !lx.is_given_name(&t[0].key)
            && !lx.is_listed_given(&t[0].key)
            && !lx.is_listed_surname(&t[0].key);
        if !ok
            || placed
            || word_before_surname
            || word_after_name
            || super::glued::glued(lx, &keys[i], &standalone)
            || super::glued::acronym_beside_name(lx, t, paras[p.para].lang, alone)
            || head_alone(p, &keys[i])
        {
            continue;
        }
        let k = keys[i].clone();
        let id = match full.get(&k) {
            Some(Some(id)) => *id,
            _ => {
                clusters.push(Cluster {
                    keys: vec![k.clone()],
                    ..Cluster::default()
                });
                full.insert(k, Some(clusters.len() - 1));
                clusters.len() - 1
            }
        };
        let form = forms.of(i);
        clusters[id].add_evidence(p, &form, &t[0].key, case, paras[p.para].lang);
        clusters[id].seen += 1;
    }
}

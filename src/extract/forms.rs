//! Forms a name is also written in: its short forms (a surname, a company's first word), its
//! German genitive, and the longest known form at a place in the text.

use super::candidates::ParaTokens;
use super::clusters::{Cluster, Index, add_owner, claim};
use super::kind_cues::is_suffix;
use super::lexicon::{Lexicon, lexicon};
use super::pieces::{Piece, normal_key};
use super::tokens::{Shape, Token};
use crate::model::Lang;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Surnames ("Ling", "von Hagen"), given names ("Amber") and short forms ("Scale", "Norrland",
/// "Kestrel Aerial Systems") of the names found, where only one name claims them and `word_ok`
/// allows a one-word form. Returns the one-word forms claimed, and those of them that are given
/// names standing for a person. `goes_alone` tells a first word the press writes alone again
/// and again, a given name no list holds or a stage name ("Lirana" of "Lirana Isabel Mebarol").
pub(super) fn add_short_forms(
    index: &mut Index,
    clusters: &[Cluster],
    word_ok: impl Fn(&str, bool) -> bool,
    goes_alone: impl Fn(&str) -> bool,
) -> (HashSet<String>, HashSet<String>) {
    let lx = lexicon();
    // One-word forms and the clusters proposing them: the word goes to the name met far more
    // often ("Epic" to "Epic Games", not "Epic Sweden"; "Google" to itself, not "Google
    // Shopping"), and to no one where two names are met about as often.
    let mut proposals: HashMap<String, Vec<usize>> = HashMap::default();
    let mut given: HashMap<String, Vec<usize>> = HashMap::default();
    let mut withheld: HashSet<String> = HashSet::default();
    // First surnames, which Portuguese does not write alone ("Vieira" of "João Vieira Pinto" is
    // more likely a Vieira's): they stand for a person only where no name ends with them.
    let mut first_surnames: HashMap<String, Vec<usize>> = HashMap::default();
    let mut claim_word = |_: &mut Index, w: &str, id: usize, org_head: bool| {
        if word_ok(w, org_head) {
            add_owner(&mut proposals, w.to_string(), id);
        }
    };
    // A shipped institution the dossier never names shortens to nothing: "World" is not the
    // World Bank where no article names the bank.
    for (id, c) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.institution || c.seen > 0)
    {
        for k in &c.keys {
            let words: Vec<&str> = k.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            // A newspaper's last word makes it an organization's name too ("Harbourton Times").
            let is_org_form = lx.org_suffixes.contains(*words.last().unwrap())
                || lx.org_prefixes.contains(words[0])
                || lx
                    .newspaper_words
                    .contains(&super::lexicon::fold(words[words.len() - 1]));
            if is_org_form || c.person < 0 {
                // Without the legal suffix, and the first distinctive word.
                let core: Vec<&str> = words
                    .iter()
                    .copied()
                    .filter(|w| !lx.org_suffixes.contains(*w))
                    .collect();
                // A place left once the suffix goes is the place's ("New York" of "New York
                // Times"), not the company's.
                let place = lx.is_place(&core.join(" "));
                // A newspaper by its last word: "the Times", "el Times", "il Times".
                let last = words[words.len() - 1];
                if lx.newspaper_words.contains(&super::lexicon::fold(last)) {
                    claim_word(index, last, id, true);
                }
                if core.len() == 1 && core.len() < words.len() && !place {
                    claim_word(index, core[0], id, false);
                } else if !core.is_empty() && core.len() < words.len() && !place {
                    claim(index, core.join(" "), id, false);
                }
                // Not a place opening the name ("London" of "London Irish", "U.S." of "U.S.
                // Supreme Court"): alone, it is the place. A club's prefix before its town
                // makes the town the club's ("FC Barcelona", "AS Roma"); an institution's
                // does not ("Audiencia de Barcelona", "Landgericht Barcelona": the court sits
                // there, and the town alone is the town).
                // Nor the name before a numeral: "Vilbel II" is the second team, "Neymar II" a
                // case, and neither shortens to the first's name.
                let numbered = core.len() == 2 && matches!(core[1], "ii" | "iii" | "iv");
                if let Some(first) = core
                    .iter()
                    .filter(|_| !numbered)
                    .find(|w| !lx.org_prefixes.contains(**w) && !lx.particles.contains(**w))
                    .filter(|w| {
                        !lx.is_place(w)
                            || (core[0] != **w
                                && core.len() == 2
                                && !lx.is_institution_word(core[0]))
                    })
                {
                    claim_word(index, first, id, true);
                    // A hyphened first word shortens to its first part: "l'UFC" of "UFC-Que
                    // Choisir", "Mercedes" of "Mercedes-Benz Group".
                    if let Some((part, _)) = first.split_once('-')
                        && part.chars().count() >= 2
                    {
                        claim_word(index, part, id, true);
                    }
                }
            } else if c.person > 0 || lx.is_given_name(words[0]) {
                // The surname, with its particles: "Ling", "von Hagen", "de la Fuente"; only of
                // a name that is clearly a person's, by a given name or a role.
                let last = words.len() - 1;
                let mut from = last;
                while from > 1 && lx.particles.contains(words[from - 1]) {
                    from -= 1;
                }
                if from < last {
                    claim(index, words[from..].join(" "), id, false);
                }
                // A second surname that is a place ("Santos" of "Nilo da Costa Santos") is the
                // place, or its club, more often than the person the press calls by the first;
                // and then it is no other person's surname alone either.
                let names = words.iter().filter(|w| !lx.particles.contains(**w)).count();
                // The first surname of two: Spanish shortens "Xavier Estrada Fernández" to
                // "Estrada". Proposed below only where no name ends with the word.
                if let Some(w) = first_surname(lx, &words) {
                    add_owner(&mut first_surnames, w.to_string(), id);
                }
                if names >= 3 && lx.is_place(words[last]) {
                    withheld.insert(words[last].to_string());
                } else {
                    claim_word(index, words[last], id, false);
                }
                // Before a generation the surname is the person's, a place's name or not
                // ("Albuquerque" of "Rogério Albuquerque Neto").
                if last >= 2 && lx.generations.contains(words[last]) {
                    claim_word(index, words[last - 1], id, false);
                }
                // The given name alone ("Amber", "Johnny"): the press shortens a person it has
                // named in full to it, in celebrity and sports coverage above all.
                if (lx.is_listed_given(words[0]) || goes_alone(words[0]))
                    && word_ok(words[0], false)
                {
                    add_owner(&mut given, words[0].to_string(), id);
                }
            }
        }
    }
    for (w, ids) in first_surnames {
        if word_ok(&w, false) {
            proposals.entry(w).or_insert(ids);
        }
    }
    // A given name stands for the one person of the dossier who bears it, and for no one when
    // two do: "Elon" is Elon Musk unless an Elon Varga is met too.
    let mut given_forms: HashSet<String> = HashSet::default();
    for (w, ids) in given {
        if let ([id], false) = (&ids[..], proposals.contains_key(&w)) {
            proposals.insert(w.clone(), vec![*id]);
            given_forms.insert(w);
        }
    }
    let mut short: HashSet<String> = HashSet::default();
    for (w, mut ids) in proposals {
        ids.sort_by_key(|&id| std::cmp::Reverse(clusters[id].seen));
        let winner = match ids[..] {
            _ if withheld.contains(&w) => None,
            [one] => Some(one),
            [a, b, ..] if clusters[a].seen >= 2 * clusters[b].seen.max(1) => Some(a),
            _ => None,
        };
        match (winner, index.get(&w)) {
            // A full form of its own keeps the word.
            (_, Some(Some(_))) => {}
            (Some(id), _) => {
                index.insert(w.clone(), Some(id));
            }
            (None, _) => {
                index.insert(w.clone(), None);
            }
        }
        short.insert(w);
    }
    (short, given_forms)
}

/// The first of a person's two surnames, which Spanish and Portuguese write alone for the
/// person: the first word after the given names that is none, nor a particle, a place or two
/// names hyphened ("Depp-Amber" of a run naming two people), in a name of three words at least
/// that opens with a given name ("La Manga Club" is none) and that a generation or a company's
/// suffix does not end ("John Mills Jr" has one surname).
pub(super) fn first_surname<'k>(lx: &Lexicon, words: &[&'k str]) -> Option<&'k str> {
    let last = *words.last()?;
    if words.len() < 3
        || !lx.is_given_name(words[0])
        || lx.generations.contains(last)
        || lx.org_suffixes.contains(last)
    {
        return None;
    }
    words[1..words.len() - 1]
        .iter()
        .find(|w| !lx.is_given_name(w) && !lx.particles.contains(**w))
        .filter(|w| !lx.is_place(w) && !w.contains('-'))
        .copied()
}

/// German writes a name's genitive with an "s" ("Kendrick Lamars", "OpenAIs"): a form of a
/// German paragraph that is another form of the dossier and an "s" takes that form's key.
pub(super) fn genitives_to_names(paras: &[ParaTokens], pieces: &[Piece], keys: &mut [String]) {
    let stems: Vec<Option<String>> = {
        let known: HashSet<&str> = keys.iter().map(String::as_str).collect();
        pieces
            .iter()
            .zip(keys.iter())
            .map(|(p, k)| {
                let stem = k.strip_suffix('s')?;
                (paras[p.para].lang == Lang::De && stem.len() >= 3 && known.contains(stem))
                    .then(|| stem.to_string())
            })
            .collect()
    };
    for (k, stem) in keys.iter_mut().zip(stems) {
        if let Some(stem) = stem {
            *k = stem;
        }
    }
}

/// German writes a name's genitive with an "s" ("Bergs Angebot", "Veltrons Klage"): a
/// capitalised word that is a known name and an "s" is that name.
pub(super) fn genitive(index: &Index, p: &ParaTokens, k: usize) -> Option<(usize, usize)> {
    let t = &p.tokens[k];
    if p.lang != Lang::De
        || !matches!(t.shape, Shape::Capitalized | Shape::Mixed)
        || t.key.chars().count() < 4
    {
        return None;
    }
    let stem = t.key.strip_suffix('s')?;
    match index.get(normal_key(stem)) {
        Some(Some(id)) => Some((k + 1, *id)),
        _ => None,
    }
}

/// The most words a name is looked up with: longer known forms are never matched.
pub(super) const MAX_NAME_WORDS: usize = 24;

/// The longest known form starting at token `k`, within `[k, end)`.
pub(super) fn longest_match(
    index: &Index,
    t: &[Token],
    k: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let mut key = String::new();
    let mut best = None;
    // No name runs longer than this many words: the bound keeps a long run of capitalised
    // words (a roster, a table pasted from a PDF) linear instead of cubic in its length.
    let end = end.min(k + MAX_NAME_WORDS);
    for (j, tok) in t.iter().enumerate().take(end).skip(k) {
        if j > k {
            key.push(' ');
        }
        key.push_str(normal_key(&tok.key));
        if let Some(Some(id)) = index.get(&key) {
            best = Some((j + 1, *id));
        }
    }
    best
}

/// The forms of the organizations named in full with each institution's head word ("la
/// Federación Valdoriana de Remo", then "la Federación"; "le Tribunal national", then "le
/// Tribunal"), by article and by language. The head alone is then no name of its own: it
/// stands for the one organization its article names so, or, where its article names none,
/// the one form the dossier's articles of its language give (not for a court's word); for none
/// where its article names two ([`head_organization`]).
pub(super) struct Heads<'a> {
    by_article: HashMap<(usize, &'a str), Vec<&'a str>>,
    by_language: HashMap<(Lang, &'a str), Vec<&'a str>>,
}

impl<'a> Heads<'a> {
    pub fn of(paras: &[ParaTokens], pieces: &[Piece], keys: &'a [String]) -> Self {
        let lx = lexicon();
        let mut heads = Heads {
            by_article: HashMap::default(),
            by_language: HashMap::default(),
        };
        for (p, k) in pieces.iter().zip(keys).filter(|(_, k)| k.contains(' ')) {
            // The institution's word among the first two: "Federación" of "Real Federación
            // Española de Fútbol".
            let Some(head) = k
                .split(' ')
                .take(2)
                .find(|w| lx.is_institution_word(w))
                .or_else(|| {
                    k.split_once(' ')
                        .map(|(w, _)| w)
                        .filter(|w| lx.org_prefixes.contains(*w))
                })
            else {
                continue;
            };
            let para = &paras[p.para];
            for forms in [
                heads.by_article.entry((para.article, head)).or_default(),
                heads.by_language.entry((para.lang, head)).or_default(),
            ] {
                if !forms.contains(&k.as_str()) {
                    forms.push(k);
                }
            }
        }
        heads
    }

    /// The forms `head` stands for in `article`, of language `lang`.
    pub fn forms<'k>(&'k self, article: usize, lang: Lang, head: &'k str) -> Option<&'k [&'a str]>
    where
        'a: 'k,
    {
        // The maps' keys live as long as the dossier's; a shorter key looks them up.
        let by_article: &'k HashMap<(usize, &'k str), Vec<&'a str>> = &self.by_article;
        let by_language: &'k HashMap<(Lang, &'k str), Vec<&'a str>> = &self.by_language;
        // Across articles only one form will do: a language whose articles name several bodies
        // so ("Gobierno vasco", "Gobierno de Aragón") leaves the head alone its own name. Nor a
        // court's word: one story goes through several courts, and "la Corte" of one article
        // may be another's appeal court.
        by_article
            .get(&(article, head))
            .or_else(|| {
                by_language
                    .get(&(lang, head))
                    .filter(|forms| forms.len() == 1 && !super::translations::is_court_word(head))
            })
            .map(Vec::as_slice)
    }
}

/// The one organization of the dossier among `forms` (see [`article_heads`]), if one.
pub(super) fn head_organization(
    forms: &[&str],
    index: &Index,
    clusters: &[Cluster],
) -> Option<usize> {
    let mut ids = forms
        .iter()
        .filter_map(|k| index.get(*k).copied().flatten())
        .filter(|&id| clusters[id].seen > 0);
    let first = ids.next()?;
    ids.all(|id| id == first).then_some(first)
}

/// An organization's short form standing inside a longer run of capitalised words that is no
/// name the dossier knows: "World" of "World Series" in "the World Cup", "United" in
/// "Manchester United". The run is another name or an event, not the short form's bearer. Only
/// where the next word is a word of the paragraph's language ("the Meta Deal" in Spanish is the
/// deal with Meta), or a place comes before; a surname stands anywhere ("Ling Destren").
/// A line written In Title Case capitalises every word, and there the short form stands.
pub(super) fn inside_longer_run(
    full: &Index,
    index: &Index,
    clusters: &[Cluster],
    para: &ParaTokens,
    p: &Piece,
    k: usize,
) -> bool {
    let t = &para.tokens;
    let lx = lexicon();
    let capital = |x: &Token| matches!(x.shape, Shape::Capitalized | Shape::AllCaps);
    let key = t[k].key.as_str();
    let organization = match (full.get(key), index.get(key)) {
        (Some(Some(_)), _) => return false,
        (_, Some(Some(id))) => clusters[*id].person < 0,
        _ => false,
    };
    let next_word = k + 1 < p.last
        && capital(&t[k + 1])
        && !is_suffix(lx, &t[k + 1])
        && lx.is_common_in(&t[k + 1].lower, para.lang);
    let after_place = k > p.first && capital(&t[k - 1]) && lx.is_place(&t[k - 1].key);
    organization && !para.title_case && (next_word || after_place)
}

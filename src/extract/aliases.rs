//! Deciding which pieces are names, merging the forms of one name (surnames, short forms, case
//! and accent variants, curated aliases), and placing every mention.

use super::accept::{
    Evidence, Forms, accepted, evidence, headline_words, listed_evidence, republished,
    title_case_name,
};
use super::acronyms::{bracketed_acronyms, law_acronyms, merge_acronyms};
use super::candidates::ParaTokens;
use super::case_counts::{CaseCounts, single_counts};
use super::enumerations::Listed;
use super::forms::{add_short_forms, article_heads, genitives_to_names};
use super::german_nouns::german_nouns_by_use;
use super::kind_cues::is_suffix;
use super::lexicon::{Lexicon, lexicon};
use super::mentions::{build_entities, curated_phrases, institution_nouns};
use super::merges::{
    merge_appositions, merge_country_prefixes, merge_country_suffixes, merge_legal_forms,
    merge_spellings,
};
use super::person_merges::{
    merge_middle_names, merge_reversed_names, merge_second_surnames, merge_short_given_names,
    merge_surnames, merge_transliterations,
};
use super::pieces::{Piece, key_of, normal_keys};
use super::singles::{products, shown_places, single_is_name};
use super::tokens::{Shape, Token, tokenize};
use crate::corpus::meta::EntityMeta;
use crate::model::{Dossier, Entity, EntityKind, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One entity being assembled.
#[derive(Default)]
pub struct Cluster {
    pub curated_name: Option<String>,
    pub curated_kind: Option<EntityKind>,
    /// Evidence: positive for a person, negative for an organization.
    pub person: i32,
    /// The part of `person` that only the broad lists of names give: weaker than the names the
    /// cluster is listed with ([`super::mentions::build_entities`]).
    pub listed: i32,
    /// What decides when `person` is nought: the lean of bare one-word forms ([`Form::bare`]).
    pub bare: i32,
    /// Occurrences with a company's word by them, and with a person's role or title: what
    /// speaks against the broad lists of names ([`super::mentions::build_entities`]).
    pub org_cues: u32,
    pub person_cues: u32,
    /// Full forms (several tokens, or the one word it is known by).
    pub keys: Vec<String>,
    /// How many times a full form was met.
    pub seen: usize,
    /// One of the institutions of `assets/lexicon/institutions.toml`.
    pub institution: bool,
    /// The cluster that took this one's forms in a merge: a short form that named this one
    /// ("Johnson" of "Johnson & Johnson") names that one now.
    pub moved_to: Option<usize>,
}

/// The cluster that holds cluster `id`'s forms after the merges.
pub(super) fn holder(clusters: &[Cluster], mut id: usize) -> usize {
    while let Some(next) = clusters[id].moved_to {
        id = next;
    }
    id
}

impl Cluster {
    fn count_cues(&mut self, p: &Piece) {
        self.org_cues += u32::from(p.org_cue);
        self.person_cues += u32::from(p.person_cue);
    }
}

/// Index from a folded form to the cluster it names; `None` where two clusters claim it.
pub(super) type Index = HashMap<String, Option<usize>>;

pub(super) fn claim(index: &mut Index, key: String, cluster: usize, strong: bool) {
    match index.get(&key) {
        Some(Some(c)) if *c == cluster => {}
        Some(Some(_)) | Some(None) if !strong => {
            index.insert(key, None);
        }
        Some(Some(_)) | Some(None) => {}
        None => {
            index.insert(key, Some(cluster));
        }
    }
}

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

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut full: Index = HashMap::default();

    // Curated names first: the user's word wins.
    for c in curated {
        let id = clusters.len();
        clusters.push(Cluster {
            curated_name: Some(c.name.clone()),
            curated_kind: c.kind.as_deref().and_then(parse_kind),
            ..Cluster::default()
        });
        for form in std::iter::once(&c.name).chain(&c.aliases) {
            let k = phrase_key(form);
            if !k.is_empty() {
                clusters[id].keys.push(k.clone());
                full.insert(k, Some(id));
            }
        }
    }
    // Then the institutions every language names its own way ("European Commission",
    // "Comisión Europea", "EU-Kommission"): one organization, named as the dossier writes it.
    let mut local: Vec<(String, usize)> = Vec::new();
    let mut institution_clusters: Vec<Option<usize>> = vec![None; lx.institutions().len()];
    for (i, forms) in institution_keys().iter().enumerate() {
        let keys: Vec<String> = forms
            .iter()
            .filter(|k| !k.is_empty() && !full.contains_key(*k))
            .cloned()
            .collect();
        if keys.is_empty() {
            continue;
        }
        let id = clusters.len();
        institution_clusters[i] = Some(id);
        for k in &keys {
            full.insert(k.clone(), Some(id));
        }
        if lx.is_local_institution(i) {
            local.extend(keys.iter().map(|k| (k.clone(), id)));
        }
        clusters.push(Cluster {
            curated_kind: Some(EntityKind::Organization),
            keys,
            institution: true,
            ..Cluster::default()
        });
    }
    // Its office in a town is the institution itself: "Fiscalía de Sevilla", "Staatsanwaltschaft
    // Köln", "Procura di Milano" are the prosecution of the case.
    for key in keys.iter().collect::<HashSet<_>>() {
        if !full.contains_key(key.as_str())
            && let Some(id) = office_in_town(lx, key, &local)
        {
            clusters[id].keys.push(key.clone());
            full.insert(key.clone(), Some(id));
        }
    }

    // Names that stand on their form or their context. A given name alone is weaker evidence:
    // it does not hold where the word is the surname of a name found otherwise ("Ling Destren").
    // What each written form says by its words, worked out once per form when first asked.
    let mut forms = Forms::default();
    let mut form_of = |i: usize| {
        let p = &pieces[i];
        let para = &paras[p.para];
        forms.get(
            lx,
            keys[i].as_str(),
            &para.tokens[p.first..p.last],
            para.lang,
        )
    };
    // Works: things the parties make, not parties. Products are found as names, for the claims
    // read their mentions ("Quillon causes harm" is said against its maker), and set apart after.
    let mut titles = super::titles::titles(lx, paras, pieces, &keys);
    let product_forms = super::products::product_keys(lx, d, paras, pieces, &keys);
    // A product written with its maker ("Quillon de Vantorix") is two names: the maker's is
    // found on its own.
    titles.extend(
        product_forms
            .iter()
            .filter(|k| k.split(' ').any(|w| lx.particles.contains(w)))
            .cloned(),
    );
    // Words of the language that the dossier writes together in small letters elsewhere
    // ("inteligencia artificial"), capitalised twice by one writer ("A Inteligência Artificial
    // …, de Inteligência Artificial"): a term the writer honours, not a name however often.
    // Only the pairs of such runs are looked for in small letters: one pass, no set of every
    // pair of the dossier.
    let term_words = |p: &Piece| {
        let para = &paras[p.para];
        let t = &para.tokens[p.first..p.last];
        t.len() >= 2
            && t.iter().all(|x| {
                x.shape == Shape::Capitalized
                    && lx.is_common_in(&x.lower, para.lang)
                    && !lx.is_given_name(&x.key)
                    && !lx.is_place(&x.key)
                    // A title the paper keeps ("Le Monde", "Il Giornale", "El País").
                    && !crate::corpus::lang::is_any_function_word(&x.lower)
                    && !lx.newspaper_words.contains(x.key.as_str())
            })
    };
    let terms: Vec<bool> = pieces.iter().map(term_words).collect();
    let pairs_of = |p: &Piece| {
        paras[p.para].tokens[p.first..p.last]
            .windows(2)
            .map(|w| (w[0].key.as_str(), w[1].key.as_str()))
    };
    let wanted: HashSet<(&str, &str)> = pieces
        .iter()
        .zip(&terms)
        .filter(|(_, term)| **term)
        .flat_map(|(p, _)| pairs_of(p))
        .collect();
    let small_pairs = lower_pairs(paras, &wanted);
    let written_small =
        |i: usize| terms[i] && pairs_of(&pieces[i]).all(|w| small_pairs.contains(&w));
    let strong: Vec<Evidence> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if titles.contains(keys[i].as_str())
                || headline_words(lx, &paras[p.para], p, &repeats)
                || super::singles::names_an_illness(lx, &paras[p.para].tokens, p.first, p.last)
            {
                Evidence::None
            } else if p.title_case {
                title_case_name(
                    lx,
                    &paras[p.para].tokens[p.first..p.last],
                    paras[p.para].lang,
                )
            } else {
                accepted(
                    lx,
                    p,
                    &paras[p.para].tokens[p.first..p.last],
                    if written_small(i) {
                        0
                    } else {
                        repeats.get(keys[i].as_str()).copied().unwrap_or(0)
                    },
                    &paras[p.para],
                    || form_of(i),
                )
            }
        })
        .collect();
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
        .zip(&strong)
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
    for (p, e) in pieces.iter().zip(&strong).filter(|(p, _)| p.width() > 1) {
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
        .zip(&strong)
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
    // An institution's head alone ("la Federación") where the article names it in full.
    // German writes every noun with a capital: "die Schule" is no name there.
    let heads = article_heads(paras, pieces, &keys);
    let head_alone = |p: &Piece, key: &str| {
        p.width() == 1
            && paras[p.para].lang != Lang::De
            && paras[p.para].tokens[p.first].shape == Shape::Capitalized
            && lx.org_prefixes.contains(key)
            && heads.contains_key(&(paras[p.para].article, key))
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
    // a party.
    let placed = |i: usize, p: &Piece| {
        (places.contains(keys[i].as_str())
            || places_in_article.contains(&(paras[p.para].article, keys[i].as_str())))
            && !p.person_cue
            && !p.org_cue
    };
    // How each word is written across the dossier, counted meanwhile on another thread.
    let case = case();
    for (i, p) in pieces.iter().enumerate() {
        let t = &paras[p.para].tokens[p.first..p.last];
        let ok = match strong[i] {
            Evidence::Strong => true,
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
        let form = form_of(i);
        clusters[id].person += evidence(p, &form, &t[0].key, &case, paras[p.para].lang);
        clusters[id].listed += listed_evidence(&form, &t[0].key, &case);
        clusters[id].count_cues(p);
        clusters[id].seen += 1;
    }

    merge_legal_forms(&mut clusters, &mut full);
    merge_country_prefixes(&mut clusters, &mut full);
    merge_country_suffixes(&mut clusters, &mut full);
    merge_spellings(&mut clusters, &mut full);
    super::translations::merge_translations(&mut clusters, &mut full);
    merge_short_given_names(&mut clusters, &mut full);
    merge_transliterations(&mut clusters, &mut full);
    merge_second_surnames(&mut clusters, &mut full);
    merge_middle_names(&mut clusters, &mut full);
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
    super::merges::merge_prosecution(lx, &mut clusters, &mut index, &institution_clusters, &keys);

    // Single words met alone: a known short form, or a name of its own when the evidence holds.
    let products = products(paras, pieces, &keys);
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
    let german_nouns = german_nouns_by_use(lx, paras, pieces, &keys);
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
            let form = form_of(i);
            clusters[id].person += evidence(p, &form, &tok.key, &case, paras[p.para].lang);
            clusters[id].listed += listed_evidence(&form, &tok.key, &case);
            clusters[id].count_cues(p);
            clusters[id].bare += form.bare;
            continue;
        }
        // A word two names claim alike may still be a name of its own ("Google" beside
        // "Google Shopping" and "Google Search").
        if matches!(index.get(&keys[i]), Some(Some(_))) || head_alone(p, &keys[i]) {
            continue;
        }
        let product = products.contains(keys[i].as_str());
        // A title, or a place shown as one elsewhere, unless a cue here makes it a party.
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
                &case,
                product,
            )
        {
            let form = form_of(i);
            clusters.push(Cluster {
                keys: vec![keys[i].clone()],
                person: evidence(p, &form, &tok.key, &case, paras[p.para].lang),
                listed: listed_evidence(&form, &tok.key, &case),
                bare: form.bare,
                org_cues: p.org_cue.into(),
                person_cues: p.person_cue.into(),
                ..Cluster::default()
            });
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

    merge_acronyms(lx, &mut clusters, &mut index, &singles, &acronyms);
    super::merges::merge_web_addresses(&mut clusters, &mut index, &singles);
    // Again with the one-word names: "Superliga" beside "Super League".
    super::translations::merge_translations(&mut clusters, &mut index);
    merge_appositions(
        &mut clusters,
        &mut index,
        &bracketed_acronyms(d, paras, pieces, &keys),
    );
    super::merges::merge_article_prefixes(&mut clusters, &mut index);
    super::merges::merge_body_qualifiers(lx, &mut clusters, &mut index, &cap_mid);
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

/// The names of a dossier, and the forms the dossier shows only as products.
pub struct Resolved {
    pub entities: Vec<Entity>,
    pub product_forms: HashSet<String>,
}

fn parse_kind(s: &str) -> Option<EntityKind> {
    match s.to_ascii_lowercase().as_str() {
        "person" => Some(EntityKind::Person),
        "organization" | "organisation" | "company" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The key of a written name, tokenized as article text is.
pub fn phrase_key(s: &str) -> String {
    normal_keys(&tokenize(s, &[0]))
}

/// The keys of the shipped institutions' forms, in the list's order: worked out once.
pub(super) fn institution_keys() -> &'static [Vec<String>] {
    static CELL: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        lexicon()
            .institutions()
            .iter()
            .map(|forms| forms.iter().map(|f| phrase_key(f)).collect())
            .collect()
    })
}

/// The institution whose form `key` opens, a town's name (after a particle, or none) closing it.
fn office_in_town(lx: &Lexicon, key: &str, local: &[(String, usize)]) -> Option<usize> {
    local.iter().find_map(|(form, id)| {
        let rest = key.strip_prefix(form.as_str())?.strip_prefix(' ')?;
        let town = match rest.split_once(' ') {
            Some((particle, town)) if lx.particles.contains(particle) => town,
            _ => rest,
        };
        lx.is_place(town).then_some(*id)
    })
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

/// Those of the `wanted` pairs of words the dossier writes side by side in small letters
/// somewhere, folded.
fn lower_pairs<'a>(
    paras: &'a [ParaTokens],
    wanted: &HashSet<(&'a str, &'a str)>,
) -> HashSet<(&'a str, &'a str)> {
    if wanted.is_empty() {
        return HashSet::default();
    }
    paras
        .iter()
        .flat_map(|p| p.tokens.windows(2))
        .filter(|w| w[0].shape == Shape::Lower && w[1].shape == Shape::Lower && !w[1].break_before)
        .map(|w| (w[0].key.as_str(), w[1].key.as_str()))
        .filter(|pair| wanted.contains(pair))
        .collect()
}

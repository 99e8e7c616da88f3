//! Placing mentions: curated phrases in context, overlaps resolved, and the entities built with
//! their names, aliases and ids.

use super::candidates::ParaTokens;
use super::clusters::Cluster;
use super::lexicon::{Lexicon, fold, lexicon};
use super::pieces::normal_key;
use super::tokens::{Shape, Token};
use crate::model::{Dossier, Entity, EntityKind, Mention};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// Mentions found per (article, paragraph): (start, end, cluster).
pub type Found = BTreeMap<(usize, usize), Vec<(usize, usize, usize)>>;

/// Curated forms with lower-case words ("la escala", "l'échelle de l'IA") match anywhere as a
/// phrase. A curated form that is one common word ("échelle") counts only where the text makes it
/// a name: written with a capital in mid-sentence, or followed by "AI".
pub fn curated_phrases(
    lx: &Lexicon,
    paras: &[ParaTokens],
    clusters: &[Cluster],
    found: &mut Found,
) {
    let mut phrases: Vec<(Vec<String>, usize)> = Vec::new();
    for (id, c) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.curated_name.is_some())
    {
        for k in &c.keys {
            phrases.push((k.split(' ').map(str::to_string).collect(), id));
        }
    }
    if phrases.is_empty() {
        return;
    }
    for p in paras {
        let t = &p.tokens;
        for k in 0..t.len() {
            for (words, id) in &phrases {
                if k + words.len() > t.len()
                    || !t[k..k + words.len()]
                        .iter()
                        .zip(words)
                        .all(|(x, w)| normal_key(&x.key) == *w)
                {
                    continue;
                }
                let end = k + words.len();
                if lx.is_common(&t[end - 1].lower) && in_idiom(t, k, end) {
                    continue;
                }
                if words.len() == 1 {
                    let x = &t[k];
                    let capital_mid = x.shape != Shape::Lower && !x.initial;
                    let before_ai = t
                        .get(end)
                        .is_some_and(|n| !n.break_before && normal_key(&n.key) == "ai");
                    if lx.is_common(&x.lower) && !capital_mid && !before_ai {
                        continue;
                    }
                }
                found.entry((p.article, p.paragraph)).or_default().push((
                    t[k].start,
                    t[end - 1].end,
                    *id,
                ));
            }
        }
    }
}

/// Phrases by their first word: the words, and the cluster they name.
type ByFirstWord<'a> = HashMap<&'a str, Vec<(&'a [String], usize)>>;

/// The nouns in small letters that name an institution ("prosecutors", "la fiscalía"), as its
/// mentions: `clusters[i]` is institution `i`'s cluster.
pub fn institution_nouns(
    lx: &Lexicon,
    paras: &[ParaTokens],
    clusters: &[Option<usize>],
    found: &mut Found,
) {
    // By language, the phrases by their first word: most paragraphs hold none of them.
    let mut by_lang: HashMap<crate::model::Lang, ByFirstWord> = HashMap::default();
    for p in paras {
        if by_lang.contains_key(&p.lang) {
            continue;
        }
        let mut first: ByFirstWord = HashMap::default();
        for (i, id) in clusters.iter().enumerate() {
            let Some(id) = *id else { continue };
            for words in lx.institution_nouns(i, p.lang) {
                first
                    .entry(words[0].trim_end_matches('\''))
                    .or_default()
                    .push((words.as_slice(), id));
            }
        }
        by_lang.insert(p.lang, first);
    }
    for p in paras {
        let first = &by_lang[&p.lang];
        if first.is_empty() {
            continue;
        }
        let t = &p.tokens;
        for k in 0..t.len() {
            let Some(phrases) = first.get(t[k].key.trim_end_matches('\'')) else {
                continue;
            };
            for &(words, id) in phrases {
                let Some(here) = t.get(k..k + words.len()) else {
                    continue;
                };
                let matches = here.iter().zip(words).all(|(x, w)| {
                    (x.shape == Shape::Lower || x.initial)
                        && x.key.trim_end_matches('\'') == w.trim_end_matches('\'')
                });
                if matches && here[1..].iter().all(|x| !x.break_before) {
                    found.entry((p.article, p.paragraph)).or_default().push((
                        here[0].start,
                        here[words.len() - 1].end,
                        id,
                    ));
                }
            }
        }
    }
}

/// A common noun used as the common noun it is: "à l'échelle", "a escala", "l'échelle de
/// l'industrie" (but "l'échelle de l'IA" names a company).
fn in_idiom(t: &[Token], k: usize, end: usize) -> bool {
    const AT: [&str; 8] = ["a", "au", "en", "em", "su", "in", "at", "on"];
    const OF: [&str; 11] = [
        "de", "d", "of", "di", "da", "do", "des", "du", "del", "della", "dos",
    ];
    let before = k
        .checked_sub(1)
        .map(|i| &t[i])
        .filter(|_| !t[k].break_before);
    let at = before.is_some_and(|b| AT.contains(&b.key.as_str()));
    let mut j = end;
    let of = t
        .get(j)
        .is_some_and(|n| !n.break_before && OF.contains(&n.key.trim_end_matches('\'')));
    if of {
        j += 1;
        while t.get(j).is_some_and(|n| {
            n.elided
                || matches!(
                    n.key.as_str(),
                    "la" | "le" | "les" | "el" | "los" | "las" | "the"
                )
        }) {
            j += 1;
        }
    }
    at || (of && t.get(j).is_some_and(|n| n.shape == Shape::Lower))
}

pub fn build_entities(d: &Dossier, clusters: Vec<Cluster>, mut found: Found) -> Vec<Entity> {
    let lx = lexicon();
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); clusters.len()];
    let mut forms: Vec<HashMap<String, usize>> = vec![HashMap::default(); clusters.len()];
    // The enumerations: names side by side in one list ("OpenAI, Anthropic, Meta et Google").
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for ((ai, pi), spans) in found.iter_mut() {
        // Longest first at each start; no overlaps.
        spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let text = &d.articles[*ai].paragraphs[*pi].text;
        let mut last_end = 0;
        let mut list: Vec<usize> = Vec::new();
        // Whether a conjunction joins the list, and where it starts: a role, a body's name and
        // a name between commas are the role's holder in apposition ("der Präsident der Vantrox
        // GmbH, Reinhold Kestner, sagte"), not a list.
        let mut joined = false;
        let mut start = 0;
        let mut close = |list: &mut Vec<usize>, joined: &mut bool, start: usize, end: usize| {
            let was_joined = std::mem::take(joined);
            let apposition = list.len() == 2
                && !was_joined
                && text[end..].trim_start().starts_with(',')
                && after_role(lx, &text[..start]);
            if apposition {
                list.clear();
            } else {
                lists.push(std::mem::take(list));
            }
        };
        for &(s, e, id) in spans.iter() {
            if s < last_end {
                continue;
            }
            // An institution's noun in small letters ("los fiscales, Varenne robó") lists
            // nothing: a comma after it sets off a clause.
            let noun = text[s..e]
                .split_whitespace()
                .next()
                .is_some_and(|w| !w.chars().any(char::is_uppercase));
            if !list.is_empty() {
                match enumerates(&text[last_end..s]) {
                    Some(and) if !noun => joined |= and,
                    _ => close(&mut list, &mut joined, start, last_end),
                }
            }
            if !noun {
                if list.is_empty() {
                    start = s;
                }
                list.push(id);
            }
            last_end = e;
            mentions[id].push(Mention {
                article: d.articles[*ai].id.clone(),
                paragraph: *pi,
                start: s,
                end: e,
            });
            *forms[id].entry(text[s..e].to_string()).or_default() += 1;
        }
        close(&mut list, &mut joined, start, last_end);
    }
    // A name its evidence leaves undecided leans to the kind of the names it is listed with: the
    // items of one list are mostly of one kind ("F. Ody, Sigg et Chuard", "OpenAI, Anthropic
    // et Google"). Each list gives one vote.
    let mut listed_lean: Vec<i32> = vec![0; clusters.len()];
    // The same vote from the others of the list only, where the undecided count by how they
    // stand ("Google said"): what overrules the broad lists of names alone.
    let mut others_lean: Vec<i32> = vec![0; clusters.len()];
    for list in lists.iter().filter(|l| l.len() > 1) {
        let lean: i32 = list.iter().map(|&id| firm_lean(&clusters[id])).sum();
        let stand = |id: usize| match firm_lean(&clusters[id]) {
            0 => clusters[id].bare.signum(),
            lean => lean,
        };
        let all: i32 = list.iter().map(|&id| stand(id)).sum();
        for &id in list {
            listed_lean[id] += lean.signum();
            others_lean[id] += (all - stand(id)).signum();
        }
    }
    // The surnames of the people found: a given name and one of them is a relative's name
    // ("Alberta Pilliod" beside "Alva Pilliod"), even where the given name is a place too.
    let family: HashSet<&str> = clusters
        .iter()
        .filter(|c| c.person > 0 || c.curated_kind == Some(EntityKind::Person))
        .flat_map(|c| &c.keys)
        .filter_map(|k| k.rsplit_once(' ').map(|(_, last)| last))
        .filter(|last| last.chars().count() > 2)
        .collect();
    let relative = |c: &Cluster| {
        c.org_cues == 0
            && c.keys.iter().any(|k| {
                k.split_once(' ').is_some_and(|(first, last)| {
                    family.contains(last)
                        && !last.contains(' ')
                        && (lx.is_given_name(first) || lx.is_listed_given(first))
                        && !lx.org_prefixes.contains(first)
                        && !lx.org_suffixes.contains(last)
                        && !lx.is_place(last)
                })
            })
    };
    let relatives: Vec<bool> = clusters
        .iter()
        .map(|c| c.person <= 0 && relative(c))
        .collect();
    let mut out: Vec<Entity> = Vec::new();
    for (id, c) in clusters.into_iter().enumerate() {
        if mentions[id].is_empty() {
            continue;
        }
        let lean = match c.person {
            _ if relatives[id] => 1,
            // A news agency, wherever it stands ("Com Ansa", "Lusa said").
            _ if c.keys.iter().any(|k| lx.news_agencies.contains(k.as_str())) => -1,
            0 => c.bare + listed_lean[id],
            // Only the broad lists of names call it a person ("Apple" is a surname there), and
            // the rest of its evidence says a company: the names it is listed with decide, when
            // more than one list says so ("Google, Microsoft and Apple").
            _ if lists_alone_say_person(&c) && listed_lean[id] < -1 => listed_lean[id],
            // …or when one list says so and the word stands where companies stand (bare in
            // English): "Google, TikTok, Meta, Apple and Twitter".
            _ if c.person > 0
                && c.person <= c.listed
                && others_lean[id] < 0
                && c.bare + others_lean[id] < -1 =>
            {
                -1
            }
            // Only the broad lists say a person, and company nouns stand by it more often than
            // a role does: a company ("der Chemie-Riese Borvex", "Borvex said" elsewhere).
            _ if lists_alone_say_person(&c) && c.org_cues >= 2 && c.org_cues > c.person_cues => -1,
            evidence => evidence,
        };
        let kind = c.curated_kind.unwrap_or(if lean > 0 {
            EntityKind::Person
        } else {
            EntityKind::Organization
        });
        let name = c
            .curated_name
            .clone()
            .or_else(|| c.institution.then(|| shipped_name(&forms[id])).flatten())
            .unwrap_or_else(|| best_form(&forms[id], kind, c.institution));
        let mut aliases: Vec<String> = forms[id].keys().filter(|f| **f != name).cloned().collect();
        aliases.sort();
        out.push(Entity {
            id: String::new(),
            name,
            kind,
            aliases,
            mentions: std::mem::take(&mut mentions[id]),
        });
    }
    out.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.name.cmp(&b.name))
    });
    let mut used: HashSet<String> = HashSet::default();
    for e in &mut out {
        let base = slug(&e.name);
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
    out
}

/// The kind a cluster's evidence gives it, for the names listed with it: where only the broad
/// lists of names make it a person, what else is known of it.
fn firm_lean(c: &Cluster) -> i32 {
    if lists_alone_say_person(c) {
        -1
    } else {
        c.person.signum()
    }
}

/// A person by the broad lists of names alone, against the rest of the evidence, which says a
/// company.
fn lists_alone_say_person(c: &Cluster) -> bool {
    c.person > 0 && c.person < c.listed
}

/// Whether a role's word stands among the last three words of `before`, with no comma between:
/// "Der Präsident der ", "the chief executive of ".
fn after_role(lx: &Lexicon, before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with(','))
        .any(|w| lx.is_role_word(&fold(w)))
}

/// The text between two names of one enumeration: a comma, a conjunction, or both; whether a
/// conjunction is there.
fn enumerates(gap: &str) -> Option<bool> {
    const AND: [&str; 11] = [
        "and", "or", "et", "ou", "y", "o", "e", "und", "oder", "&", "ed",
    ];
    let gap = gap.trim();
    let word = gap.strip_prefix(',').unwrap_or(gap).trim();
    if gap.len() > 6 {
        None
    } else if word.is_empty() && gap == "," {
        Some(false)
    } else {
        AND.contains(&word).then_some(true)
    }
}

/// The name to show: a person's fullest form; an organization's most written form, preferring
/// ordinary capitals ("xAI" and "Scale" over "XAI" and "SCALE").
fn best_form(forms: &HashMap<String, usize>, kind: EntityKind, institution: bool) -> String {
    let lx = lexicon();
    // A word or words in capitals for emphasis ("SCALE" beside "Scale"); not an acronym
    // ("RFEF"), which is no word of any language, nor one the word lists hold in most languages
    // for how often the press writes it ("UEFA", "FIFA", beside the "Fifa" of the Portuguese
    // press).
    let shouting = |f: &str| {
        let lower = f.to_lowercase();
        f.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && f.chars().filter(|c| c.is_alphabetic()).count() > 3
            && (f.contains(' ')
                || (lx.is_common(&lower)
                    && forms.keys().any(|g| g != f && g.to_lowercase() == lower)))
    };
    // An organization's full legal name, when the dossier writes it ("Flinkstrom AG").
    let legal = |f: &str| {
        f.split_whitespace()
            .last()
            .is_some_and(|w| lx.legal_suffixes.contains(fold(w).trim_end_matches('.')))
    };
    let canonical = |f: &str| usize::from(lx.is_institution_name(&fold(f)));
    forms
        .iter()
        .max_by_key(|(f, n)| {
            let words = f.split_whitespace().count();
            let lead = match kind {
                EntityKind::Person => (words, **n),
                EntityKind::Organization if legal(f) => (usize::MAX, words),
                // An institution by its full name ("European Commission", not "Commission"),
                // the shipped list's own first where the dossier writes it: one row reads the
                // same in every dossier, whatever language leads.
                EntityKind::Organization if institution => (canonical(f) * 1000 + words, **n),
                // A newspaper's last word alone ("Times") shortens its name, not names it; so
                // does an institution's noun alone ("Tribunal" beside "District Court for the
                // District of Columbia").
                EntityKind::Organization
                    if lx.newspaper_words.contains(&fold(f))
                        || lx.is_institution_word(&fold(f)) =>
                {
                    (0, words)
                }
                EntityKind::Organization => (**n, words),
            };
            (
                // A name as written with a capital, not an institution's noun in small
                // letters ("prosecutors", "la fiscalía"); the capital may come later in its
                // first word ("xAI", "eBay").
                // Not where an article at a sentence start has the only capital ("A
                // promotoria", "Los fiscales").
                f.split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().any(|c| !c.is_lowercase()))
                    && !f.split_once(' ').is_some_and(|(article, rest)| {
                        crate::corpus::lang::is_any_function_word(&article.to_lowercase())
                            && !rest.chars().any(char::is_uppercase)
                    }),
                !shouting(f),
                // A surname in full over its initial ("Jens Hadler", not "Jens H.").
                !f.split_whitespace()
                    .last()
                    .is_some_and(|w| super::pieces::is_initial(w) && f.contains(' ')),
                // A German adjective's case ending is the sentence's ("des Europäischen
                // Fußballverbands"): the name reads in the nominative ("Europäische").
                !f.split_whitespace().next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    ["en", "em", "es"].iter().any(|end| w.ends_with(end))
                        && super::nouns::german_adjective(&w)
                }),
                lead,
                f.chars().any(char::is_lowercase),
                std::cmp::Reverse((*f).clone()),
            )
        })
        .map(|(f, _)| {
            stage_name(forms, f).unwrap_or_else(|| {
                if f.chars().any(char::is_uppercase) {
                    f.clone()
                } else {
                    capitalised(f)
                }
            })
        })
        .unwrap_or_default()
}

/// A shipped institution the dossier names only by its nouns ("los fiscales", "prosecutors",
/// "i pubblici ministeri"), never by one of its names: its list's first name ("Prosecution"),
/// as it reads in every dossier, rather than one language's noun.
fn shipped_name(forms: &HashMap<String, usize>) -> Option<String> {
    let lx = lexicon();
    // Named by a name somewhere ("Ministério Público de Manhattan"): that shows.
    if forms
        .keys()
        .map(|f| fold(f))
        .any(|key| lx.institution_of(&key).is_some() || lx.is_institution_name(&key))
    {
        return None;
    }
    let institution = forms.keys().find_map(|f| {
        let key = fold(f);
        (0..lx.institutions().len()).find(|&i| {
            crate::model::Lang::KNOWN.iter().any(|&lang| {
                lx.institution_nouns(i, lang)
                    .iter()
                    .any(|words| key.split(' ').eq(words.iter().map(String::as_str)))
            })
        })
    })?;
    lx.institutions()[institution].first().cloned()
}

/// A name shown with its first letter a capital: an institution the dossier names only by
/// its nouns ("la fiscalía") is shown as a name ("La fiscalía").
pub(super) fn capitalised(f: &str) -> String {
    let mut c = f.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The name a person goes by, when the press writes the first word of the full name alone
/// several times as often as the full name ("Shakira" beside "Shakira Isabel Mebarak Ripoll");
/// people are otherwise called by their surname, so the first word alone is a stage name.
fn stage_name(forms: &HashMap<String, usize>, full: &str) -> Option<String> {
    let (first, _) = full.split_once(' ')?;
    let alone = forms.get(first).copied().unwrap_or(0);
    let whole = forms.get(full).copied().unwrap_or(0);
    (alone >= 5 && alone >= 3 * whole.max(1)).then(|| first.to_string())
}

pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::{best_form, enumerates};
    use crate::model::EntityKind;

    #[test]
    fn an_acronym_in_capitals_is_the_name_a_word_in_capitals_is_not() {
        let forms = |list: &[(&str, usize)]| {
            list.iter()
                .map(|&(f, n)| (f.to_string(), n))
                .collect::<rustc_hash::FxHashMap<_, _>>()
        };
        let org = EntityKind::Organization;
        assert_eq!(
            best_form(&forms(&[("RFEF", 9), ("Rfef", 3)]), org, false),
            "RFEF"
        );
        assert_eq!(
            best_form(&forms(&[("SCALE", 9), ("Scale", 3)]), org, false),
            "Scale"
        );
        // An acronym every press writes, which some write as a word ("a Fifa").
        assert_eq!(
            best_form(&forms(&[("FIFA", 9), ("Fifa", 3)]), org, false),
            "FIFA"
        );
        // An acronym the word lists hold ("uefa" is frequent), never written otherwise, over a
        // German genitive of the full name.
        assert_eq!(
            best_form(
                &forms(&[("UEFA", 5), ("Europäischen Fußballverbands", 1)]),
                org,
                true
            ),
            "UEFA"
        );
        // An institution's noun alone, however often written, only shortens the full name.
        assert_eq!(
            best_form(
                &forms(&[("Tribunal", 3), ("District Court for Varnessa", 1)]),
                org,
                false
            ),
            "District Court for Varnessa"
        );
    }

    #[test]
    fn only_a_comma_or_a_conjunction_joins_two_names_in_a_list() {
        for gap in [", ", ","] {
            assert_eq!(enumerates(gap), Some(false), "{gap:?}");
        }
        for gap in [" et ", ", and ", " und ", " y ", " e "] {
            assert_eq!(enumerates(gap), Some(true), "{gap:?}");
        }
        for gap in [" said ", " of ", " y de ", "; ", " (", " contre "] {
            assert_eq!(enumerates(gap), None, "{gap:?}");
        }
    }
}

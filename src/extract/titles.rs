//! Titles of works (films, series, books, songs), which are no people and no companies: a
//! form the dossier sets alone between quotation marks at least half the times it writes it,
//! or one a word before it names as a work ("la saga Piratas del Caribe", "l'acteur de Brumes
//! du Nord"). A title is struck wherever its form stands. A party quoted now and then is no
//! work: "le procès « Open Arms »" beside forty mentions of the charity unquoted.

use super::accept::quoted_from;
use super::candidates::ParaTokens;
use super::kind_cues::is_suffix;
use super::lexicon::Lexicon;
use super::pieces::{Piece, normal_keys};
use super::tokens::{Shape, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The keys of the pieces that are titles, and of their quoted extents.
pub fn titles(
    lx: &Lexicon,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> HashSet<String> {
    let mut titles: HashSet<String> = HashSet::default();
    // How often each form is written, and quoted: (quoted, all).
    let mut quoted: HashMap<&str, (usize, usize)> = HashMap::default();
    for (p, k) in pieces.iter().zip(keys) {
        let count = quoted.entry(k.as_str()).or_default();
        count.1 += 1;
        if p.width() > 1 && quoted_from(&paras[p.para], p).is_some() {
            count.0 += 1;
        }
    }
    let mostly_quoted = |k: &str| quoted.get(k).is_some_and(|&(q, all)| 2 * q >= all);
    // Where a title named by the word before it runs to, in its paragraph: it goes on through
    // the small words inside it ("Pirati dei Caraibi", "Pirates of the Caribbean").
    let mut span: Option<(usize, usize)> = None;
    for (p, k) in pieces.iter().zip(keys) {
        let t = &paras[p.para].tokens;
        let words = &t[p.first..p.last];
        // Its context or its words make it a company's: the press quotes newspapers' names
        // too (der „Lakeside Herald“), and a club is no film. A performer's "of" reads as an
        // office's ("the actor of" as "the chief of"): there the work's word decides.
        // "The Brumes actress": an actor's word right after the name names a work too (not
        // "star", which a team's name stands before: "the Lakers star").
        let named = named_as_work(lx, t, p.first)
            || t.get(p.last).is_some_and(|x| {
                x.shape == Shape::Lower && !x.break_before && ACTORS.contains(&x.key.as_str())
            });
        let company = (p.org_cue && !named)
            || is_suffix(lx, &words[words.len() - 1])
            || lx.org_prefixes.contains(words[0].key.as_str())
            || (p.width() > 1
                && lx
                    .newspaper_words
                    .contains(words[words.len() - 1].key.as_str()));
        if span.is_some_and(|(para, end)| para == p.para && p.first < end) {
            titles.insert(k.clone());
            continue;
        }
        if company {
            continue;
        }
        // A brand every press writes ("la série Netflix") is its maker, not the work.
        let brand = p.width() == 1 && lx.common_mask(&words[0].lower).count_ones() >= 4;
        if p.width() > 1
            && mostly_quoted(k)
            && let Some(from) = quoted_from(&paras[p.para], p)
        {
            titles.insert(k.clone());
            titles.insert(normal_keys(&t[from..p.last]));
        } else if named && !brand && !names_a_party(lx, k, words) {
            titles.insert(k.clone());
            span = Some((p.para, title_end(t, p.last)));
        }
    }
    titles
}

/// An actor's word in the six languages: the name right before it is a work's ("the Brumes
/// actress").
const ACTORS: [&str; 9] = [
    "actor", "actress", "acteur", "actrice", "actriz", "attore", "attrice", "ator", "atriz",
];

/// Whether a name after a work's or a performer's word still names a party: "the star of Lina
/// Strand's show", "the star of Manchester City", "the novel Rushdie wrote", "the star of the
/// NBA" (a person's name, a club's with its town first, a writer's, an acronym).
fn names_a_party(lx: &Lexicon, key: &str, words: &[Token]) -> bool {
    lx.is_given_name(&words[0].key)
        || lx.is_place(&words[0].key)
        || lx.is_place(key)
        || (words.len() == 1 && lx.is_listed_surname(&words[0].key))
        || words.iter().any(|x| x.shape == Shape::AllCaps)
}

/// A work's noun just before the name ("the film", "la saga", "il romanzo"), or a performer's
/// and "of" ("l'acteur de", "the star of", "l'attore di").
fn named_as_work(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    // A small word, and the next word after it at once or after an opening quotation mark
    // ("dell'attore dei ‘Pirati dei Caraibi’").
    let small =
        |i: usize| t[i].shape == Shape::Lower && (!t[i + 1].break_before || t[i + 1].opens_quote);
    if first >= 1 && small(first - 1) && lx.work_words.contains(t[first - 1].key.as_str()) {
        return true;
    }
    // An elided "d'" or "dell'" keeps its letters only.
    const OF: [&str; 11] = [
        "of", "de", "d", "du", "di", "del", "dell", "da", "do", "dei", "von",
    ];
    // "la película de 2011 The Rum Diary": the work, its year, then its title.
    if first >= 3
        && t[first - 1].shape == Shape::Number
        && !t[first].break_before
        && small(first - 2)
        && OF.contains(&t[first - 2].key.as_str())
        && small(first - 3)
        && lx.work_words.contains(t[first - 3].key.as_str())
    {
        return true;
    }
    first >= 2
        && small(first - 1)
        && small(first - 2)
        && OF.contains(&t[first - 1].key.as_str())
        && lx.performer_words.contains(t[first - 2].key.as_str())
}

/// Past the last capitalised word of a title that goes on through small words.
fn title_end(t: &[Token], mut end: usize) -> usize {
    let mut k = end;
    while k < t.len() && !t[k].break_before {
        if t[k].shape != Shape::Lower {
            k += 1;
            end = k;
        } else if t[k].key.chars().count() <= 3 {
            k += 1;
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::lexicon;
    use crate::extract::tokens::tokenize;

    fn named(text: &str, word: &str) -> bool {
        let t = tokenize(text, &[0]);
        let first = t.iter().position(|x| x.key == word).unwrap();
        named_as_work(lexicon(), &t, first)
    }

    #[test]
    fn a_work_or_a_performer_names_a_title() {
        assert!(named("He starred in the film Brumes with her.", "brumes"));
        assert!(named("La star d'Aquavelo a cité le mannequin.", "aquavelo"));
        assert!(named("Avec l'acteur de Brumes du Nord.", "brumes"));
        assert!(named("L'attore di Brume del Nord aveva citato.", "brume"));
        assert!(named("A favore dell’attore dei ‘Brume del Nord’.", "brume"));
        // An interpreter's "of" names a person.
        assert!(!named("L'interprete di Lorna Vell ha tradotto.", "lorna"));
        assert!(named(
            "En la película de 2011 Brumas del Norte ambos actuaron.",
            "brumas"
        ));
        assert!(!named("Un film de Lucas Ferrand.", "lucas"));
        assert!(!named("Un film de 2011 de Lucas Ferrand.", "lucas"));
    }
}

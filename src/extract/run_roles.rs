//! Roles and job titles inside a run of capitalised words: where a role parts two names ("…
//! Editor Tomas Brandley"), where a title that goes on after a role ends ("Chief Legal Officer
//! at Quintara"), and a job title alone ("Managing Director"), which names no one.

use super::candidates::Run;
use super::kind_cues::after_role_and_preposition;
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token};

/// A role written with capitals after the run's first word, as English headlines and captions
/// write it: where it starts and how many words it has. Before a name, that name is capitalised
/// and no word of the language or a given name; at the run's end, the role has two words or more.
pub(super) fn role_inside(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    (first + 1..last).find_map(|k| {
        if !matches!(t[k].shape, Shape::Capitalized | Shape::AllCaps)
            || t[k - 1].shape == Shape::Lower
            || lx.is_given_name(&t[k].key)
        {
            return None;
        }
        let n = lx.role_at(t, k, last)?;
        let ends = k + n == last;
        let named = !ends
            && t[k + n].shape == Shape::Capitalized
            && (lx.is_given_name(&t[k + n].key) || !lx.is_common(&t[k + n].key));
        ((ends && n >= 2) || named).then_some((k, n))
    })
}

/// "Vice President of Regulatory Affairs", "VP of Government Affairs and Public Policy di
/// Quintara": after a role and "of", capitalised common words (of any language: titles are
/// quoted in English), maybe joined by "and", that end in a field of work make the role's title.
/// Returns where the title ends when the run at `first` is part of one; a name past it ("CEO of
/// General Motors" has no field's word) is the employer.
pub(super) fn title_end(lx: &Lexicon, t: &[Token], first: usize) -> Option<usize> {
    const AND: [&str; 7] = ["and", "&", "e", "y", "et", "und", "i"];
    let word = |x: &Token| {
        x.shape == Shape::Capitalized && lx.common_mask(&x.lower) != 0 && !lx.is_given_name(&x.key)
    };
    let joins = |k: usize| {
        AND.contains(&t[k].key.as_str()) && t.get(k + 1).is_some_and(|n| !n.break_before && word(n))
    };
    // Cheap tests first: this runs for every run, and a title's run follows the role's
    // preposition or a conjunction inside the title.
    if first == 0
        || t[first - 1].shape != Shape::Lower
        || !(lx.role_prepositions.contains(t[first - 1].key.as_str())
            || AND.contains(&t[first - 1].key.as_str()))
        || !word(&t[first])
    {
        return None;
    }
    // Back over the title's words to the preposition after the role.
    let mut start = first;
    while !(t[start].break_before || start == 0 || first - start >= 6)
        && (word(&t[start - 1]) || joins(start - 1))
    {
        start -= 1;
    }
    if !after_role_and_preposition(lx, t, start) {
        return None;
    }
    let mut end = None;
    let mut k = start;
    while k < t.len() && k - start < 8 && (k == start || !t[k].break_before) {
        if word(&t[k]) {
            k += 1;
            if lx.title_fields.contains(t[k - 1].key.as_str()) {
                end = Some(k);
            }
        } else if joins(k) {
            k += 1;
        } else {
            break;
        }
    }
    end.filter(|&e| e > first)
}

/// Starts the run past `n` words of a role or a title: what follows it is a person's name, or,
/// after a small word ("CEO de Turing"), a company's.
pub(super) fn skip_role(r: &mut Run, t: &[Token], n: usize) {
    if t.get(r.first + n).is_some_and(|x| x.shape == Shape::Lower) {
        r.org_cue = true;
    } else {
        r.person_cue = true;
    }
    r.first += n;
    r.lead = r.first;
    r.initial = false;
}

/// The words of a title that goes on after a role, up to the preposition before its employer:
/// capitalised words of some language, none a given name, the last a field of work or a role's
/// last word ("Global Affairs", "Legal Officer"), then "of", "di", "at" and the employer, or
/// a person's full name. None where neither follows.
pub(super) fn title_after_role(lx: &Lexicon, t: &[Token], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end.min(from + 4)
        && t[k].shape == Shape::Capitalized
        && lx.common_mask(&t[k].lower) != 0
        && !lx.is_given_name(&t[k].key)
    {
        k += 1;
        let last = t[k - 1].key.as_str();
        let employer_follows = k + 1 < end
            && t[k].shape == Shape::Lower
            && lx.role_prepositions.contains(t[k].key.as_str());
        let person_follows =
            k + 2 <= end && t[k..k + 2].iter().all(|x| x.shape == Shape::Capitalized);
        if (employer_follows || person_follows)
            && (lx.title_fields.contains(last) || lx.ends_a_role(last))
        {
            return k - from;
        }
    }
    0
}

/// A rank, then capitalised common words, none a given name, ending in a role's last word:
/// "Senior Research Fellow", "Chief Operating Officer".
pub(super) fn job_title(lx: &Lexicon, t: &[Token]) -> bool {
    t.len() >= 2
        && lx.title_ranks.contains(t[0].key.as_str())
        && lx.ends_a_role(&t[t.len() - 1].key)
        && t.iter().all(|x| {
            x.shape == Shape::Capitalized
                && lx.common_mask(&x.lower) != 0
                && !lx.is_given_name(&x.key)
                && !lx.org_prefixes.contains(x.key.as_str())
        })
}

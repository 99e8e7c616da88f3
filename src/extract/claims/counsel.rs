//! Counsel: a lawyer or a defence speaks for a client ("les avocats de X", "X's lawyers",
//! "his lawyer", "A defesa da empresa"); a victim's lawyer for no party the dossier names.

use super::context::Context;
use super::cues::lexicon;
use super::disputes::{self, Disputes};
use super::sentences::{POSSESSIVES, Sentence};
use crate::model::{Dossier, EntityKind};

/// The client of "X's lawyers" opening the sentence before the cue at `k`.
pub(super) fn possessive_client(s: &Sentence, k: usize) -> Option<usize> {
    let m = s.mentions.first().filter(|m| m.0 == 0)?;
    lawyer_after(s, m.1).filter(|&at| at < k).map(|_| m.2)
}

/// The index of a lawyer's word right after a name ending at token `end`, past the possessive
/// ("X's lawyers": the tokenizer leaves an "s", or drops it).
pub(super) fn lawyer_after(s: &Sentence, end: usize) -> Option<usize> {
    let t = s.tokens;
    let at = end + usize::from(t.get(end).is_some_and(|x| x.key == "s"));
    t.get(at)
        .is_some_and(|x| lexicon().is_lawyer(&x.key))
        .then_some(at)
}

/// Whether a lawyer's word and a preposition stand before the name at `at` ("les avocats de
/// X", "the lawyers for X", "gli avvocati della X"), or a possessive and a lawyer's word after
/// it ("X's lawyers").
pub(super) fn lawyer_of(s: &Sentence, at: usize) -> bool {
    let t = s.tokens;
    let lx = lexicon();
    let mut i = at;
    if i > 0 && lx.is_determiner(&t[i - 1].key) {
        i -= 1;
    }
    let before = i >= 2 && lx.is_preposition(&t[i - 1].key) && lx.is_lawyer(&t[i - 2].key);
    // Or the possessive after it: "Marisol Quintero's lawyers".
    let end = s
        .mentions
        .iter()
        .find(|m| m.0 == at)
        .map_or(at + 1, |m| m.1);
    before || lawyer_after(s, end).is_some()
}

/// Where a lawyer's word opens the sentence before the cue at `k`, after an article or a
/// possessive ("his lawyer", "seine Anwältin", "la sua difesa", "La defensa del futbolista"):
/// the lawyer word's index.
pub(super) fn defence(s: &Sentence, k: usize) -> Option<usize> {
    let t = s.tokens;
    let lx = lexicon();
    // Portuguese "o", "a" are articles too before a lawyer's word ("O advogado da deputada").
    let pt_article = matches!(t[0].key.as_str(), "o" | "a" | "os" | "as")
        && t.get(1).is_some_and(|x| lx.is_lawyer(&x.key));
    let mut at = usize::from(lx.is_determiner(&t[0].key) || pt_article);
    if t.get(at)
        .is_some_and(|x| POSSESSIVES.contains(&x.key.as_str()))
    {
        at += 1;
    }
    (at > 0 && at < k.min(4) && lx.is_lawyer(&t[at].key)).then_some(at)
}

/// Whom the lawyer at `at` speaks for: the party named just after ("A defesa de Daniel Alves"),
/// no one the dossier knows when it is the victim's ("A lawyer for the victim"), the company
/// that spoke before when a company's word follows ("A defesa da empresa"), else the accused.
pub(super) fn client_of(
    d: &Dossier,
    s: &Sentence,
    at: usize,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    let t = s.tokens;
    let after = at + 1..(at + 4).min(t.len());
    if t[after.clone()]
        .iter()
        .any(|x| VICTIMS.contains(&x.key.as_str()))
    {
        return None;
    }
    // The client after a preposition ("lawyer for X", "A defesa de X"); a name right after the
    // word is the lawyer's own ("Seine Anwältin Ines Guardiola").
    let client = s
        .mentions
        .iter()
        .find(|m| after.contains(&m.0) && m.0 > at + 1 && !t[at + 1].break_before);
    if let Some(m) = client {
        return disputes.side(m.2).map(|_| m.2);
    }
    // "A defesa da empresa", "les avocats du groupe": the company's, as "the company" is.
    let lx = crate::extract::lexicon::lexicon();
    if t[after.clone()].iter().any(|x| lx.is_org_word(&x.key))
        && let Some(company) = super::speakers::latest_company(d, disputes, ctx)
    {
        return Some(company);
    }
    accused_person(d, disputes, ctx)
}

/// A lawyer's word right after a saying verb that follows the reported words: "„…“, erklärte
/// die Rechtsvertreterin", "…, said his lawyer".
pub(super) fn lawyer_after_quote(s: &Sentence, k: usize, n: usize) -> Option<usize> {
    let t = s.tokens;
    let lx = lexicon();
    (t[k].break_before && s.says(k, n))
        .then(|| (k + n..(k + n + 3).min(t.len())).find(|&i| lx.is_lawyer(&t[i].key)))
        .flatten()
        .filter(|&i| {
            !t[i + 1..(i + 4).min(t.len())]
                .iter()
                .any(|x| VICTIMS.contains(&x.key.as_str()))
        })
}

/// The words for the one who accuses in a criminal case, who is no party the dossier names:
/// her lawyer speaks for her, not for the accused.
pub(super) const VICTIMS: [&str; 15] = [
    "victim",
    "victims",
    "victime",
    "victima",
    "opfer",
    "vittima",
    "vitima",
    "complainant",
    "plaignante",
    "plaignant",
    "denunciante",
    "klagerin",
    "accuser",
    "accusatrice",
    "querellante",
];

/// The person on the defending side the article spoke of last, else the first one the
/// disputes name: whom "his lawyer" and an unnamed denier stand for.
pub(super) fn accused_person(d: &Dossier, disputes: &Disputes, ctx: &Context) -> Option<usize> {
    let accused = |e: usize| matches!(disputes.side(e), Some(disputes::Side::Defendant(_)));
    let person = |e: usize| accused(e) && d.entities[e].kind == EntityKind::Person;
    let defendants = || disputes.iter().flat_map(|x| x.defendants.iter().copied());
    ctx.recent
        .iter()
        .rev()
        .copied()
        .find(|&e| person(e))
        .or_else(|| defendants().find(|&e| person(e)))
        // "Le club a rejeté ces accusations": with no accused person, the accused organization.
        .or_else(|| defendants().find(|&e| accused(e)))
}

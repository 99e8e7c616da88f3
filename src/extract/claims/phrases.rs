//! The claim phrases of a sentence as the pass reads them: cues in their sense ("la demanda"
//! is a noun, "segundo trimestre" no source), German separable verbs of saying, a quotation
//! opening on its verb, idioms and hedges.

use super::cues::{Cue, Phrase, lexicon};
use super::descriptors::Descriptors;
use super::pronouns::PRONOUNS;
use super::sentences::{POSSESSIVES, Sentence, past_adverb};
use super::sources::source_of;
use crate::extract::tokens::{Shape, Token};
use crate::model::Lang;

/// The phrases of a sentence: (token, length, what). Outside quotations, but for the words
/// that dismiss a claim, which a response often quotes ("called the lawsuit 'baseless'").
pub(super) fn phrases(s: &Sentence, descriptors: &Descriptors) -> Vec<(usize, usize, Phrase)> {
    let lx = lexicon();
    let t = s.tokens;
    let mut out = Vec::new();
    let mut k = 0;
    while k < t.len() {
        if s.lang == Lang::De
            && !s.in_quote(k)
            && let Some(cue) = separable(t, k)
        {
            out.push((k, 1, Phrase::Cue(cue)));
            k += 1;
            continue;
        }
        let found = lx.phrase_at(t, k, t.len()).filter(|&(n, p)| match p {
            Phrase::Dismiss => true,
            // An idiom opens its sentence or clause ("…, autrement dit il s'agirait …"); else
            // its words are other words ("the regulator that said …").
            Phrase::NotCue => k == 0 || t[k].break_before,
            Phrase::Hedge => !s.in_quote(k) && (k == 0 || t[k].break_before),
            // Quoted words are the speaker's, no cue; but for a verb that opens a quotation
            // right after the subject (`It "asked the Court to stop …"`).
            Phrase::Cue(_) if s.in_quote(k) => quoted_predicate(s, k),
            _ if s.in_quote(k) => false,
            // A cue's word inside a name is the name's ("the New York Court of Appeals"), and
            // before a court's noun it names the court ("the appeals court said").
            Phrase::Cue(_) if s.mentions.iter().any(|m| m.0 <= k && k < m.1) => false,
            Phrase::Cue(Cue::Deny)
                if t.get(k + n).is_some_and(|x| {
                    !x.break_before
                        && lx.is_court_name(&x.key)
                        && (x.shape == Shape::Lower || s.lang == Lang::De)
                }) =>
            {
                false
            }
            // A one-word cue after an article or a demonstrative is the noun: "este fallo",
            // "the claims", "la demanda".
            // A denial stays one as a noun ("la replica del board").
            // So is one after a preposition: "in caso di condanna", "en cas de condamnation".
            Phrase::Cue(Cue::Rule | Cue::Accuse)
                if n == 1
                    && k > 0
                    && (!t[k].break_before || t[k - 1].possessive)
                    && !clitic(t, k)
                    && (lx.is_noun_opener(&t[k - 1].key)
                        || NOUN_PREPOSITIONS.contains(&t[k - 1].key.as_str())
                        || possessed(t, k)) =>
            {
                false
            }
            // A source marker holds with a name or a filing after it: "según la demanda",
            // "segundo a Halvorsen", not "segundo trimestre".
            // "Pour X, …", "Para X, …", "Per X, …" give X's view only opening the sentence.
            Phrase::Source => {
                source_of(s, k + n, descriptors).is_some()
                    && (k == 0 || !matches!(t[k].key.as_str(), "pour" | "para" | "per"))
            }
            // "acusada por X", "accusata di …"; "como acusado" names the defendant.
            Phrase::Accused => t.get(past_adverb(t, k + n)).is_some_and(|x| {
                matches!(
                    x.key.trim_end_matches('\''),
                    "por" | "pela" | "pelo" | "da" | "dal" | "dalla" | "par" | "de" | "di" | "d"
                )
            }),
            _ => true,
        });
        match found {
            Some((n, p)) => {
                out.push((k, n, p));
                k += n;
            }
            // German "»…«, so Solberg": "so" right after a quotation, before a name.
            None if t[k].key == "so"
                && k > 0
                && s.in_quote(k - 1)
                && s.mentions.iter().any(|m| m.0 == k + 1) =>
            {
                out.push((k, 1, Phrase::Cue(Cue::Say)));
                k += 1;
            }
            // A verdict with the accused inside it: "found former footballer X guilty",
            // "declaró a X culpable", "a reconnu X coupable".
            None if VERDICT_OPENERS.contains(&t[k].key.as_str())
                && !s.in_quote(k)
                && t[k + 1..(k + 9).min(t.len())]
                    .iter()
                    .any(|x| VERDICT_CLOSERS.contains(&x.key.as_str())) =>
            {
                out.push((k, 1, Phrase::Cue(Cue::Rule)));
                k += 1;
            }
            None => k += 1,
        }
    }
    out
}

/// Whether the elided article before the word at `k` is a pronoun, the verb's object after
/// its subject: "elle l'accuse", "il l'a condamné" ("l'accuse" after a noun is the charge).
fn clitic(t: &[Token], k: usize) -> bool {
    const SUBJECTS: [&str; 6] = ["il", "elle", "ils", "elles", "on", "qui"];
    k >= 2 && t[k - 1].elided && t[k - 1].key == "l" && SUBJECTS.contains(&t[k - 2].key.as_str())
}

/// Whether the quotation opening at token `k` quotes the sentence's own verb: it follows the
/// subject (a pronoun or a name opening the sentence) with nothing between them: `It "asked the
/// Court to stop …"`, `Epic "seeks to …"`.
fn quoted_predicate(s: &Sentence, k: usize) -> bool {
    let t = s.tokens;
    (1..=4).contains(&k)
        && t[k].opens_quote
        && !t[1..k].iter().any(|x| x.break_before)
        && (PRONOUNS.contains(&t[0].key.as_str())
            || s.mentions.iter().any(|m| m.0 == 0 && m.1 == k))
}

/// A German verb whose particle closes its clause, read with it: "Mbappés Anwälte griffen PSG
/// scharf an", "wies darauf hin, dass …" (pointing out, not rejecting), "Der Verein gab an, dass
/// …", "«…», fasste X, seine Anwältin, zusammen".
fn separable(t: &[Token], k: usize) -> Option<Cue> {
    const VERBS: [(&[&str], &str, Cue); 7] = [
        (&["stufte", "stuften", "stuft"], "ein", Cue::Say),
        (&["griff", "griffen", "greift"], "an", Cue::Accuse),
        (&["prangerte", "prangerten", "prangert"], "an", Cue::Accuse),
        (&["wies", "wiesen", "weist"], "hin", Cue::Say),
        (&["gab", "gaben", "gibt"], "an", Cue::Say),
        (&["fasste", "fassten", "fasst"], "zusammen", Cue::Say),
        (&["stellte", "stellten", "stellt"], "klar", Cue::Say),
    ];
    let &(_, particle, cue) = VERBS
        .iter()
        .find(|(forms, _, _)| forms.contains(&t[k].key.as_str()))?;
    // The particle ends a clause: a break, a conjunction or the sentence's end after it
    // ("griffen X scharf an und sprachen von …").
    let closes = |x: &Token| x.break_before || matches!(x.key.as_str(), "und" | "oder" | "aber");
    (k + 1..(k + 16).min(t.len()))
        .any(|i| t[i].key == particle && t.get(i + 1).is_none_or(closes))
        .then_some(cue)
}

/// Prepositions after which a cue word is a noun ("di condanna", "of fines").
/// Whether a possessive stands before the word at `k`, or before an adjective before it: "its
/// financial rules", "ses ordres".
fn possessed(t: &[Token], k: usize) -> bool {
    let owner = |i: usize| POSSESSIVES.contains(&t[i].key.as_str()) && !t[i + 1].break_before;
    // A name's "'s" owns too: "Apple's rules".
    let owner = |i: usize| owner(i) || t[i].possessive;
    owner(k - 1)
        || (k >= 2 && owner(k - 2) && t[k - 1].shape == crate::extract::tokens::Shape::Lower)
}

const NOUN_PREPOSITIONS: [&str; 22] = [
    "di", "de", "of", "da", "del", "della", "dei", "du", "des", "do", "dos", "per", "pour",
    // Prepositions fused with their article: "nella denuncia", "nel verdetto", "na queixa",
    // "im Urteil", "dans sa plainte" is possessed.
    "nella", "nel", "nello", "dalla", "dal", "na", "im", "zum", "zur",
];

/// Verbs that open a verdict whose end, a few words on, says which ("found … guilty").
const VERDICT_OPENERS: [&str; 7] = [
    "found",
    "finds",
    "declared",
    "declaro",
    "reconnu",
    "dichiarato",
    "declarou",
];

const VERDICT_CLOSERS: [&str; 8] = [
    "guilty",
    "liable",
    "culpable",
    "coupable",
    "colpevole",
    "culpado",
    "culpada",
    "schuldig",
];

//! Who the press says it has its words from: a source marker and what it points at ("según la
//! demanda", "laut Gericht", "selon le syndicat"), German's "hieß es in …" after the words,
//! the agencies of datelines, and the outlets that only report unless they go to law.

use super::cues::{Cue, Phrase, lexicon};
use super::descriptors::Descriptors;
use super::sentences::Sentence;
use crate::model::Lang;

/// Which of the `candidates` (outlets) the dossier shows going to law: the subject of suing
/// or accusing ("The Daily Ledger is suing Orvane", "Le quotidien Ledger a annoncé
/// poursuivre"), or its object ("Orvane sued the Ledger"). An outlet that only reports
/// ("the Ledger reported that Orvane sued Kestrel") has another name between it and the cue.
pub(super) fn litigants(sentences: &[Sentence], candidates: &[bool]) -> Vec<bool> {
    let lx = lexicon();
    let mut out = vec![false; candidates.len()];
    for s in sentences {
        if !s.mentions.iter().any(|m| candidates[m.2]) {
            continue;
        }
        let t = s.tokens;
        for k in 0..t.len() {
            let Some((n, Phrase::Cue(Cue::Sue | Cue::Accuse))) = lx.phrase_at(t, k, t.len()) else {
                continue;
            };
            if s.in_quote(k) {
                continue;
            }
            let subject = s.mentions.iter().rev().find(|m| m.1 <= k);
            let object = s.mentions.iter().find(|m| m.0 >= k + n);
            if let Some(m) = subject.filter(|m| k - m.1 <= 6) {
                out[m.2] |= candidates[m.2];
            }
            if let Some(m) = object.filter(|m| m.0 - (k + n) <= 2) {
                out[m.2] |= candidates[m.2];
            }
        }
    }
    out
}

/// Whether the name at bytes `[from, to)` is a dateline's credit: in parentheses near the
/// sentence's start, a dash after them ("NEW YORK, March 3 (Wire) - …").
pub(super) fn in_dateline(text: &str, start: usize, from: usize, to: usize) -> bool {
    from - start <= 60
        && text[..from].trim_end().ends_with('(')
        && text[to..]
            .trim_start()
            .strip_prefix(')')
            .is_some_and(|rest| rest.trim_start().starts_with(['-', '–', '—']))
}

/// What a source marker ending at token `k` refers to: a name (mention index) or a filing,
/// after at most two small words ("la", "a", "der"), or a noun the dossier writes before one
/// name ("selon le syndicat", where "le syndicat britannique Aerogild" came before).
pub(super) fn source_of(s: &Sentence, k: usize, descriptors: &Descriptors) -> Option<Source> {
    let lx = lexicon();
    for j in k..(k + 3).min(s.tokens.len()) {
        if let Some(m) = s.mentions.iter().find(|m| m.0 == j) {
            return Some(Source::Name(m.2));
        }
        if lx.is_at(s.tokens, j, Phrase::Filing) {
            return Some(Source::Filing);
        }
        if let Some((n, Phrase::AuthorityAnaphor)) = lx.phrase_at(s.tokens, j, s.tokens.len()) {
            return Some(Source::Authority(j + n - 1));
        }
        if lx.is_at(s.tokens, j, Phrase::Court) {
            return Some(Source::Court);
        }
        // "según la abogada del demandante", "selon l'avocat de X": the client.
        if j > k
            && lx.is_lawyer(&s.tokens[j].key)
            && let Some(client) = client_after(s, j + 1)
        {
            return Some(client);
        }
        // "selon le groupe", "segundo os advogados": the party that spoke before.
        if lx.is_at(s.tokens, j, Phrase::CompanyAnaphor)
            || lx.is_at(s.tokens, j, Phrase::RoleAnaphor)
            || (j > k && lx.is_lawyer(&s.tokens[j].key))
        {
            return Some(Source::Anaphor);
        }
        // After an article ("selon le syndicat"), or right after the marker in German ("laut
        // Gewerkschaft"), not "segundo trimestre".
        if (j > k || s.lang == Lang::De)
            && let Some(e) = descriptors.noun(&s.tokens[j], s.lang)
        {
            return Some(Source::Name(e));
        }
        if s.tokens[j].shape != crate::extract::tokens::Shape::Lower || s.tokens[j].key.len() > 3 {
            return None;
        }
    }
    None
}

/// Whom a lawyer's word is for, from token `at` on: a preposition, maybe an article, then a
/// name or the noun of a side ("del demandante", "of the defendant").
fn client_after(s: &Sentence, at: usize) -> Option<Source> {
    let lx = lexicon();
    let t = s.tokens;
    let mut j = at;
    if !t
        .get(j)
        .is_some_and(|x| lx.is_preposition(&x.key) && !x.break_before)
    {
        return None;
    }
    j += 1;
    if t.get(j).is_some_and(|x| lx.is_determiner(&x.key)) {
        j += 1;
    }
    if let Some(m) = s.mentions.iter().find(|m| m.0 == j) {
        return Some(Source::Name(m.2));
    }
    // "del" is a preposition and its article in one.
    let noun = t.get(j).and_then(|x| lx.litigant(&x.key));
    noun.map(Source::Litigant)
}

/// Where German says its reported words were said, after them: "…, hieß es in dem Urteil"
/// (the bench), "heißt es in der Klageschrift" (the filing), "hieß es bei Vardano" (a name).
/// The words before are that source's.
pub(super) fn impersonal_source(s: &Sentence, descriptors: &Descriptors) -> Option<Source> {
    const SAID: [&str; 4] = ["hieß", "hiess", "heißt", "heisst"];
    const WHERE: [&str; 6] = ["in", "im", "bei", "beim", "von", "aus"];
    if s.lang != Lang::De {
        return None;
    }
    let t = s.tokens;
    let i = (1..t.len().saturating_sub(2))
        .find(|&i| t[i + 1].key == "es" && SAID.contains(&t[i].key.as_str()) && !s.in_quote(i))?;
    let at = i + 2;
    if !WHERE.contains(&t[at].key.as_str()) {
        return None;
    }
    let lx = lexicon();
    let decision = (at + 1..(at + 3).min(t.len())).any(|j| lx.is_decision(&t[j].key));
    if decision {
        return Some(Source::Court);
    }
    source_of(s, at + 1, descriptors)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    Name(usize),
    Filing,
    Anaphor,
    /// "according to the regulator": the authority of the dispute; its noun at the index.
    Authority(usize),
    /// "secondo i giudici", "laut Gericht": the bench, so a ruling.
    Court,
    /// "the plaintiff" (true) or "the defendant" (false) of the dispute.
    Litigant(bool),
}

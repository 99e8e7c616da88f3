//! Who a sentence says is accused, and by whom: the agent of a passive ("accused by X"), an
//! accused subject ("X, accused of …", "È accusata di questo X"), and the people an
//! allegation names as accused after its cue.

use super::cues::{Phrase, lexicon};
use super::sentences::Sentence;
use crate::model::Lang;

/// Subject pronouns that open a clause of their own ("indem sie", "because they").
pub(super) const CLAUSE_PRONOUNS: [&str; 8] = [
    "sie", "they", "ils", "elles", "ellos", "ellas", "loro", "eles",
];

/// "accused by X", "accusé par X", "acusada por X", "accusata da X", "acusada pela X",
/// "von X": the agent named just after an accusing verb, which is the accuser.
pub(super) fn passive_agent(s: &Sentence, after: usize) -> Option<usize> {
    const BY: [&str; 11] = [
        "by", "par", "por", "da", "dal", "dalla", "pela", "pelo", "von", "vom", "de",
    ];
    let t = s.tokens;
    let by = (after..(after + 2).min(t.len())).find(|&j| BY.contains(&t[j].key.as_str()))?;
    s.mentions
        .iter()
        .find(|m| (by + 1..=by + 2).contains(&m.0) && !s.in_quote(m.0))
        .map(|m| m.2)
}

/// "Rubiales, accused of assault", "X est accusé de …", "acusado de", "accusato di": the cue
/// at `k` (`n` tokens) is a participle whose subject is the accused, with no agent after it
/// (that case is [`passive_agent`]'s). Not "X accused Y of …" nor "X accuse Y de …".
pub(super) fn accused_subject(s: &Sentence, k: usize, n: usize) -> bool {
    const COPULA: [&str; 17] = [
        "is", "was", "were", "are", "been", "being", "est", "sont", "etait", "ete", "es", "fue",
        "fueron", "era", "e", "fu", "foi",
    ];
    const OF: [&str; 7] = ["of", "with", "de", "d", "di", "del", "della"];
    let t = s.tokens;
    let next = t
        .get(super::sentences::past_adverb(t, k + n))
        .map(|x| x.key.trim_end_matches('\''));
    let of = next.is_some_and(|w| OF.contains(&w));
    let after_copula = k > 0 && COPULA.contains(&t[k - 1].key.as_str());
    // The participles of the lexicon's `accused` list ("acusado", "accusata", "accusée").
    let participle = s
        .phrases
        .iter()
        .any(|&(pk, _, p)| pk == k && p == Phrase::Accused);
    match t[k].key.as_str() {
        "accused" | "charged" | "indicted" => next.is_some_and(|w| w == "of" || w == "with"),
        // German's participle is the passive itself: "Shakira jetzt offiziell angeklagt".
        "angeklagt" => true,
        // The impersonal passive: "Apple wird vorgeworfen, …", "Dem Konzern wurde vorgeworfen".
        "vorgeworfen" => (k.saturating_sub(4)..k).any(|i| {
            matches!(
                t[i].key.as_str(),
                "wird" | "wurde" | "werde" | "werden" | "wurden"
            )
        }),
        _ if participle => of,
        // French "accusé" folds to the verb's own form: only after "est", "a été".
        "accuse" | "accuses" => of && after_copula,
        // "Il est reproché à la star de …": the impersonal passive of the charge.
        "reproche" | "reproches" => after_copula,
        _ => false,
    }
}

/// Whether a prosecutor's title stands right before the name at token `at` ("la procureure
/// Inés Carvallo", "Staatsanwältin Inés Carvallo").
pub(super) fn prosecutor_titled(s: &Sentence, at: usize) -> bool {
    let t = s.tokens;
    (at.saturating_sub(2)..at)
        .any(|i| lexicon().prosecutor_at(t, i) && !t[i + 1..=at].iter().any(|x| x.break_before))
}

/// Whom a cue ending at token `from` accuses: the first name after it and those joined to it
/// ("Kelbridge and its former head of research Tomasz Wierzba"), not a name further on, the victim's or
/// a beneficiary's ("fordert zweieinhalb Jahre Haft … und eine Entschädigung an Hermoso").
pub(super) fn accused_after(s: &Sentence, from: usize) -> Vec<usize> {
    // "and", "as well as", "sowie", "ainsi que", "así como", "nonché", "assim como".
    const AND: [&str; 13] = [
        "and", "et", "y", "und", "e", "ed", "as", "sowie", "ainsi", "como", "come", "nonche",
        "along",
    ];
    // To whom something goes: "an Hermoso", "to the player", "à la joueuse", "alla giocatrice".
    // Spanish and Portuguese "a" marks the accused right after the verb ("acusa a X"), and
    // whom the offence touched further on ("prisión por agresión sexual a Hermoso").
    let to = |i: usize| match (s.lang, s.tokens[i].key.as_str()) {
        (Lang::De, x) => x == "an",
        (Lang::En, x) => x == "to",
        (Lang::Fr, x) => matches!(x, "a" | "au" | "aux" | "pour"),
        (Lang::It, x) => matches!(x, "a" | "al" | "alla" | "ai" | "alle" | "agli"),
        // After "contra" it is the article: "contra a Marrow".
        (Lang::Es | Lang::Pt, x) => {
            i > from && matches!(x, "a" | "al" | "ao") && s.tokens[i - 1].key != "contra"
        }
        _ => false,
    };
    // The preposition opens the name's phrase, up to three words before it ("an die Turnerin
    // Lucía Benavente", "pour la gymnaste X").
    let beneficiary = |m: &&(usize, usize, usize)| {
        let t = s.tokens;
        (m.0.saturating_sub(3).max(from)..m.0)
            .any(|i| to(i) && !t[i + 1..=m.0].iter().any(|x| x.break_before))
    };
    // Within the accusation's clause: not a name in a clause of reason or a relative one after
    // it ("…, ya que Hermoso y sus compañeras afirmaron …").
    const CLAUSE: [&str; 17] = [
        "ya", "porque", "because", "since", "car", "parce", "puisque", "weil", "denn", "perche",
        "poiche", "pois", "who", "which", "qui", "che", "quien",
    ];
    let end = (from + 1..s.tokens.len())
        .find(|&i| s.tokens[i].break_before && CLAUSE.contains(&s.tokens[i].key.as_str()))
        .unwrap_or(s.tokens.len());
    let mut names = s.names_in(from, end).filter(|m| !beneficiary(m));
    let Some(first) = names.next() else {
        return Vec::new();
    };
    let mut out = vec![first.2];
    let mut end = first.1;
    for m in names {
        let between = &s.tokens[end..m.0];
        // Coordinated names: "X and Y", "X, Y und die Firma Z"; not a name further on in the
        // accusation ("accuse X of assault and of pressuring Y", where Y is the victim).
        let joined = between.len() <= 4
            && (between.iter().any(|x| AND.contains(&x.key.as_str()))
                || s.tokens[m.0].break_before && between.is_empty());
        if !joined {
            break;
        }
        out.push(m.2);
        end = m.1;
    }
    out
}

//! The bench: whether a sentence states a court's or an authority's doing rather than a
//! party's claim — a court or judge as the subject of the sentence or of the clause the cue
//! stands in, or a suit rejected in the passive.

use super::cues::{Cue, Phrase, lexicon};
use super::disputes::{self, Disputes};
use super::sentences::Sentence;
use crate::model::Lang;

/// The auxiliaries of the passive in the six languages.
pub(super) const PASSIVE: [&str; 20] = [
    "was", "were", "been", "ete", "fue", "fueron", "sido", "wurde", "wurden", "worden", "stata",
    "stato", "stati", "state", "foi", "foram", "est", "es", "sao",
    // Portuguese "é condenado" and Italian "è condannato", once accents are folded.
    "e",
];

/// A cue that obliges its subject: "will have to pay", "must pay", "deberá pagar", "dovrà
/// versare", "terá de pagar", "devra payer".
fn obliged(cue: &[crate::extract::tokens::Token]) -> bool {
    const MODALS: [&str; 7] = ["must", "debera", "tendra", "dovra", "tera", "devra", "muss"];
    cue.iter().enumerate().any(|(i, x)| {
        MODALS.contains(&x.key.as_str())
            || (matches!(x.key.as_str(), "have" | "has")
                && cue.get(i + 1).is_some_and(|t| t.key == "to"))
    })
}

/// What the bench test found in a sentence.
pub(super) struct Bench {
    /// A court or judge is the subject the cue belongs to.
    pub(super) court_subject: bool,
    /// A suit rejected in the passive ("The lawsuit was dismissed").
    pub(super) suit_rejected: bool,
    /// The cue is in the passive ("Apple has been fined").
    pub(super) passive: bool,
}

/// The bench test of a sentence whose cue stands at `k` (`n` words), its subject at
/// `subject_at`.
pub(super) fn bench(
    s: &Sentence,
    k: usize,
    n: usize,
    cue: Cue,
    subject_at: Option<usize>,
) -> Bench {
    let ph = &s.phrases;
    // A clause may stand before the subject: "Nel respingere la causa, la giudice …".
    let subject_start = |pk: usize| {
        pk <= 4
            || s.tokens[pk].break_before
            || (s.tokens[pk - 1].break_before && lexicon().is_determiner(&s.tokens[pk - 1].key))
    };
    let filing_first = ph.iter().any(|&(pk, _, p)| {
        p == Phrase::Filing
            && pk < k
            && subject_start(pk)
            && !s.tokens[pk + 1..=k].iter().any(|x| x.break_before)
    });
    // Or the subject of the main clause after a fronted one ("Nel respingere la causa, la
    // giudice … ha scritto"): a court opening a clause with a cue after it.
    let court_clause = |pk: usize| {
        pk > k
            && pk <= k + 6
            && (s.tokens[pk].break_before || s.tokens[pk - 1].break_before)
            && s.names_in(k, pk).next().is_none()
    };
    // Or the subject of the clause the cue stands in: "… après qu'un juge fédéral a rejeté la
    // plainte", "after a judge dismissed it".
    const THAT: [&str; 18] = [
        "que", "qu", "that", "after", "when", "apres", "dass", "nachdem", "als", "che", "dopo",
        "quando", "cuando", "despues", "depois", "weil", "because", "since",
    ];
    let court_of_clause = |pk: usize| {
        pk < k
            && k - pk <= 4
            && pk >= 2
            && lexicon().is_determiner_or_article(&s.tokens[pk - 1].key)
            && THAT.contains(&s.tokens[pk - 2].key.as_str())
            && s.names_in(pk, k).next().is_none()
    };
    // Or the court opening the cue's own clause, after one that named a party: "As well as
    // handing Ferraz a sentence, the court said …".
    let court_opens_cue_clause = |pk: usize| {
        pk < k
            && pk > 0
            && (s.tokens[pk].break_before
                || (s.tokens[pk - 1].break_before
                    && lexicon().is_determiner_or_article(&s.tokens[pk - 1].key)))
            && !s.tokens[pk + 1..=k].iter().any(|x| x.break_before)
            && s.names_in(pk, k).next().is_none()
    };
    // Or the court named right after a saying verb that follows its words: "«…», ha scritto il
    // tribunale", "…, gab das Gericht bekannt"; not when someone named before the verb spoke to
    // it ("“…,” Richard Doren, a lawyer for X, told the court").
    // The court may end the noun phrase the verb's article opens ("», dijo el panel de tres
    // jueces"); not a court the speaker stood before ("», sagte er vor dem Landgericht", "…,
    // sagte der 76-Jährige vor Gericht").
    const BEFORE: [&str; 7] = [
        "vor", "before", "devant", "ante", "davanti", "perante", "to",
    ];
    let court_after_say = |pk: usize| {
        let near = (k + n..=k + n + 2).contains(&pk);
        let phrase_end = (k + n + 3..=k + n + 5).contains(&pk)
            && lexicon().is_determiner_or_article(&s.tokens[k + n].key)
            && !BEFORE.contains(&s.tokens[pk - 1].key.as_str())
            && !s.tokens[k + n + 1..=pk].iter().any(|x| x.break_before)
            && s.names_in(k + n, pk).next().is_none();
        s.tokens[k].break_before && (near || phrase_end) && s.says(k, n) && subject_at.is_none()
    };
    // The subject is a judge by the title just before her name, wherever the subject stands
    // ("Das lehnte die Richterin X nun ab").
    let judge_titled = |pk: usize, pn: usize| {
        subject_at.is_some_and(|at| {
            pk < at && pk + pn + 1 >= at && !s.tokens[pk + 1..=at].iter().any(|x| x.break_before)
        })
    };
    let court_subject = ph.iter().any(|&(pk, pn, p)| {
        p == Phrase::Court
            && (judge_titled(pk, pn)
                || court_of_clause(pk)
                || court_after_say(pk)
                || court_opens_cue_clause(pk)
                || (!filing_first
                    // Not a court in a phrase set off before a named subject ("Fora do
                    // tribunal, Aidala disse …").
                    && ((pk < k
                        && subject_start(pk)
                        && subject_at.is_none_or(|at| {
                            pk < at
                                && !(pk > 0
                                    && of_phrase(&s.tokens[pk - 1].key)
                                    && s.tokens[pk + 1..=at].iter().any(|x| x.break_before))
                        }))
                        || court_clause(pk))))
    });
    // "The lawsuit was dismissed", "È stata respinta la causa", "Die Klage wurde abgewiesen": a
    // suit rejected in the passive is the court's doing.
    // German puts the participle last: "Ferrel wurde am Donnerstag wegen … schuldig gesprochen".
    const GERMAN_PASSIVE: [&str; 3] = ["wurde", "wurden", "worden"];
    // A headline that opens with the participle drops its auxiliary: "Respinta la causa di X".
    // The cue may hold its auxiliary itself ("is fined", "has been fined"); a penalty the
    // subject must pay is suffered as a passive is ("Quintero deberá pagar una multa").
    let passive = (s.heading && k == 0)
        || (k.saturating_sub(3)..k + n).any(|i| PASSIVE.contains(&s.tokens[i].key.as_str()))
        || obliged(&s.tokens[k..k + n])
        || (k.saturating_sub(10)..k).any(|i| GERMAN_PASSIVE.contains(&s.tokens[i].key.as_str()));
    let suit_rejected = cue == Cue::Deny
        && passive
        && ph
            .iter()
            .any(|&(pk, _, p)| p == Phrase::Filing && (pk < k || pk <= k + n + 2));
    Bench {
        court_subject,
        suit_rejected,
        passive,
    }
}

/// Whether a folded word has a past participle's ending in its language ("inflitta",
/// "impuesta", "infligée", "imposed"); not a verb that a decision does ("La sentencia prohíbe").
pub(super) fn participle(key: &str, lang: Lang) -> bool {
    let ends: &[&str] = match lang {
        Lang::It => &[
            "ata", "ato", "ate", "ati", "ita", "ito", "uta", "uto", "tta", "tto", "sta", "sto",
            "ssa", "sso",
        ],
        Lang::Es | Lang::Pt => &[
            "ada", "ado", "adas", "ados", "ida", "ido", "idas", "idos", "esta", "esto", "osta",
            "osto",
        ],
        Lang::Fr => &["ee", "ees", "ie", "ies", "ise", "ises", "ite", "ites"],
        Lang::En => &["ed"],
        _ => &[],
    };
    ends.iter().any(|e| key.ends_with(e))
}

/// The authority that decides in a ruling sentence: its subject, the agent of its passive, or
/// an authority's common noun opening it ("the regulator", "Bruxelles"); not a court.
pub(super) fn ruled_by(
    s: &Sentence,
    k: usize,
    n: usize,
    subject: Option<usize>,
    disputes: &Disputes,
) -> Option<usize> {
    let lx = lexicon();
    subject
        .or_else(|| disputes::passive_agent(s, k + n))
        .filter(|&e| disputes.is_authority(e))
        .or_else(|| {
            (0..k.min(4))
                .find_map(|j| match lx.phrase_at(s.tokens, j, k) {
                    Some((pn, Phrase::AuthorityAnaphor)) => Some(j + pn - 1),
                    _ => None,
                })
                .and_then(|noun| disputes.authority_called(&s.tokens[noun].key))
        })
}

/// A preposition that puts a court inside a phrase ("Fora do tribunal", "outside of court"); not
/// one that is an article too ("Das Gericht", "A juíza").
fn of_phrase(key: &str) -> bool {
    let lx = lexicon();
    key != "a" && lx.is_preposition(key) && !lx.is_determiner_or_article(key)
}

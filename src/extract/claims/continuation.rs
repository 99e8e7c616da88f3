//! Sentences with no cue of their own that still carry a claim: the words of a statement
//! announced before, a quotation after a ruling or after a party's claim, German reported
//! speech going on in the subjunctive. Each takes the party of what came before it.

use super::clauses::reported_subjunctive;
use super::context::{Context, Last};
use super::disputes::{Disputes, Side, about_the_dispute, against};
use super::found::Found;
use super::sentences::Sentence;
use crate::model::{ClaimEvidence, ClaimKind};

/// The claim a sentence without a cue goes on with, if any. `statement` is the party of a
/// statement announced in this paragraph; `german` whether the paragraph is German.
pub(super) fn continuation(
    s: &Sentence,
    text: &str,
    statement: Option<usize>,
    german: bool,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<Found> {
    // The words of a statement announced before: its party's.
    if let Some(party) = statement {
        return Some(spoken_by(party, disputes, s));
    }
    // "Habla el abogado de X: «…»", "X: « … »": a quotation after a colon is the words of the
    // party named before it (a lawyer's client, for a lawyer).
    if let Some(party) = colon_speaker(s, text, disputes) {
        return Some(spoken_by(party, disputes, s));
    }
    // A quotation on its own right after a ruling quotes the court.
    if s.quote.is_some()
        && s.starts_with_quote(text)
        && ctx.ruling == Some((s.article, s.paragraph))
    {
        return Some(Found::ruling(disputes, s, String::new(), 0));
    }
    // What the accused allegedly did, in the mood that reports it ("Meta soll gegen Regeln
    // verstoßen haben", "Apple avrebbe limitato", "X aurait copié"): their accuser's claim. In
    // an article about a countersuit the plaintiff is accused too, by the one suing back.
    if let Some((accused, side)) = allegedly(s, disputes)
        && let Some(accuser) = match side {
            Side::Defendant(_) => super::disputes::accuser_of(disputes, accused),
            Side::Plaintiff(_) => ctx.countersuit.get(&s.article).copied(),
        }
    {
        return Some(Found {
            kind: ClaimKind::Allegation,
            party: Some(disputes.actor(accuser)),
            evidence: ClaimEvidence::Passive,
            speaker: None,
            against: vec![accused],
            cue: String::new(),
            from: 0,
        });
    }
    // German reported speech goes on in the subjunctive without a verb of saying ("Die
    // Kommission habe keine Belege vorgelegt"): the speaker of the claim before, in the
    // same article.
    if german && reported_subjunctive(s) && after_ruling(ctx, s) {
        return Some(Found::ruling(disputes, s, String::new(), 0));
    }
    if german
        && reported_subjunctive(s)
        && let Some(l) = ctx.last.filter(|l| l.article == s.article)
    {
        return Some(Found {
            kind: l.kind,
            party: Some(l.party),
            evidence: ClaimEvidence::PreviousClaim,
            speaker: l.speaker,
            against: against(disputes, l.party, s),
            cue: String::new(),
            from: 0,
        });
    }
    // A quotation on its own continues the claim before it, in its paragraph or the one
    // before: « Nous ne permettrons… »
    let Last {
        party,
        speaker,
        kind,
        quoted,
        paragraph,
        ..
    } = ctx
        .last
        .filter(|l| {
            l.article == s.article && (l.paragraph == s.paragraph || l.paragraph + 1 == s.paragraph)
        })
        .filter(|_| s.starts_with_quote(text) || s.within_quote)?;
    // A quotation going on from the speaker's quoted answer is theirs whatever it speaks of
    // ("I am absolutely sure …," X told the court. / "In that moment it was spontaneous.").
    // So is a quotation in the paragraph of the claim it follows ("Rubiales beteuerte, … „Sie
    // drückte mich fest …“"), and a sentence of one the segmenter split.
    let goes_on =
        (quoted && speaker.is_some() && s.starts_with_quote(text)) || paragraph == s.paragraph;
    if kind == ClaimKind::Response && !goes_on && !about_the_dispute(s, party, disputes) {
        return None;
    }
    Some(Found {
        kind,
        party: Some(party),
        evidence: ClaimEvidence::PreviousClaim,
        speaker,
        against: against(disputes, party, s),
        cue: String::new(),
        from: 0,
    })
}

/// Whether the claim before this sentence, in its paragraph or the one before, was a ruling.
pub(super) fn after_ruling(ctx: &Context, s: &Sentence) -> bool {
    ctx.ruling
        .is_some_and(|(a, p)| a == s.article && (p == s.paragraph || p + 1 == s.paragraph))
}

/// The party named before a colon that opens a quotation: "Habla el abogado de X: «…»". Only a
/// party of the dispute, in a short introduction; the quotation must follow the colon at once.
fn colon_speaker(s: &Sentence, text: &str, disputes: &Disputes) -> Option<usize> {
    let sentence = &text[s.start..s.end];
    let colon = sentence.find(':')?;
    let after = sentence[colon + 1..].trim_start();
    if !after.starts_with(['«', '“', '„', '"', '»']) {
        return None;
    }
    let colon_at = s.start + colon;
    let before = s.tokens.partition_point(|t| t.start < colon_at);
    // A short introduction, as headlines and quote leads write it; not a clause telling who
    // said what to whom ("Lorsqu'on lui a demandé s'il parlait de Mercor, Ling aurait répondu :").
    if before > 8 {
        return None;
    }
    s.actors_in(0, before)
        .map(|m| m.2)
        .find(|&e| disputes.side(e).is_some())
}

/// The words of `party`, with no cue of their own: a response from the defence, else an
/// allegation.
fn spoken_by(party: usize, disputes: &Disputes, s: &Sentence) -> Found {
    let kind = match disputes.side(party) {
        Some(Side::Defendant(_)) => ClaimKind::Response,
        _ => ClaimKind::Allegation,
    };
    Found {
        kind,
        party: Some(party),
        evidence: ClaimEvidence::QuoteSpeaker,
        speaker: None,
        against: against(disputes, party, s),
        cue: String::new(),
        from: 0,
    }
}

/// The party a sentence says did something in the mood that reports an allegation, with its
/// side: one named before "soll … haben" (German), or before the conditional perfect of the
/// Romance languages ("avrebbe", "aurait", "habría", "teria"). Not "Apple soll zahlen" (an
/// order), nor a quotation's words.
fn allegedly(s: &Sentence, disputes: &Disputes) -> Option<(usize, Side)> {
    const CONDITIONAL: [&str; 8] = [
        "avrebbe",
        "avrebbero",
        "aurait",
        "auraient",
        "habria",
        "habrian",
        "teria",
        "teriam",
    ];
    let t = s.tokens;
    let verb = t.iter().enumerate().position(|(i, x)| {
        (CONDITIONAL.contains(&x.key.as_str())
            || (matches!(x.key.as_str(), "soll" | "sollen")
                && t[i + 1..]
                    .iter()
                    .any(|y| matches!(y.key.as_str(), "haben" | "sein"))))
            && !s.in_quote(i)
    })?;
    let e = s.actors_in(0, verb).next()?.2;
    Some((e, disputes.side(e)?))
}

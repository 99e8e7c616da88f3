//! Whose side a speaker is on: the filer of a complaint, "the company", a spokesperson,
//! a lawyer's client, or no side at all for a commentator.

use super::Context;
use super::cues::{Phrase, lexicon};
use super::disputes::{Disputes, Side};
use super::sentences::Sentence;
use crate::extract::tokens::Shape;
use crate::model::{Dossier, EntityKind};

/// The plaintiff behind a filing: of the dispute whose defendants the sentence names, else of
/// the claim before, else the first dispute.
pub(super) fn filer(disputes: &Disputes, s: &Sentence, ctx: &Context) -> Option<usize> {
    // In an article about a countersuit, the filing is the countersuit's.
    if let Some(&by) = ctx.countersuit.get(&s.article) {
        return Some(by);
    }
    let named = disputes
        .iter()
        .find(|x| s.mentions.iter().any(|m| x.defendants.contains(&m.2)));
    let before = ctx
        .last
        .and_then(|l| disputes.iter().find(|x| x.plaintiff == l.party));
    named.or(before).or(disputes.first()).map(|x| x.plaintiff)
}

/// "The company …" is the party of the claim before; "a spokesperson …" speaks against the party
/// named after the verb, or, failing that, for the party before.
pub(super) fn anaphor(
    d: &Dossier,
    s: &Sentence,
    after: usize,
    p: Phrase,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    let before = ctx.last.map(|l| l.party);
    if p == Phrase::AuthorityAnaphor {
        // "The regulator said": the authority of the dispute, never the party before it.
        return disputes.authority();
    }
    if p == Phrase::CompanyAnaphor {
        // "The company", "la società": the latest company of the article, not an authority
        // nor a person that spoke last.
        let company =
            ctx.recent.iter().rev().copied().find(|&e| {
                d.entities[e].kind == EntityKind::Organization && !disputes.is_authority(e)
            });
        if company.is_some() {
            return company;
        }
    }
    if p == Phrase::RoleAnaphor {
        let target = s
            .names_in(after, s.tokens.len())
            .map(|m| m.2)
            .find(|&e| disputes.side(e).is_some());
        if let Some(t) = target {
            let opponent = match disputes.side(t)? {
                Side::Plaintiff(di) => disputes[di].defendants.first().copied(),
                Side::Defendant(_) => disputes
                    .iter()
                    .find(|x| x.defendants.contains(&t))
                    .map(|x| x.plaintiff),
            };
            if opponent.is_some() {
                return opponent;
            }
        }
    }
    before
}

/// The side a named speaker is on: an organization itself; a person in the dispute themself; a
/// lawyer their client; anyone else the organization their role names, or the party before.
pub(super) fn party_of(
    d: &Dossier,
    s: &Sentence,
    speaker: usize,
    disputes: &Disputes,
    ctx: &mut Context,
) -> Option<usize> {
    if d.entities[speaker].kind == EntityKind::Organization || disputes.side(speaker).is_some() {
        return Some(speaker);
    }
    if let Some(known) = said_for(d, s, speaker, disputes, ctx) {
        ctx.sides.insert(speaker, known);
        return known;
    }
    if let Some(&known) = ctx.sides.get(&speaker) {
        return known;
    }
    ctx.last.map(|l| l.party).or(Some(speaker))
}

/// What this sentence says of whose side a person speaks for: a lawyer's client, an
/// organization of the dispute named beside them, or none (`Some(None)`) for someone of an
/// organization outside it (an analyst, an investor).
pub(super) fn said_for(
    d: &Dossier,
    s: &Sentence,
    speaker: usize,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<Option<usize>> {
    let lx = lexicon();
    let at = s.mentions.iter().find(|m| m.2 == speaker)?;
    let near = |from: usize, to: usize| {
        s.tokens[from.min(s.tokens.len())..to.min(s.tokens.len())]
            .iter()
            .position(|t| lx.is_lawyer(&t.key))
            .map(|i| i + from)
    };
    let lawyer = near(at.0.saturating_sub(4), at.0).or_else(|| near(at.1, at.1 + 4));
    if let Some(l) = lawyer {
        // The client: a name just after the lawyer word ("lawyer for X", "avvocato di X"), or
        // just before it ("X's lawyer"), else the person the claim before was about.
        let client = s
            .mentions
            .iter()
            .filter(|m| m.2 != speaker && m.0 + 4 >= l && m.0 <= l + 6)
            .map(|m| m.2)
            .find(|&e| d.entities[e].kind == EntityKind::Person || disputes.side(e).is_some());
        if let Some(c) = client {
            return Some(Some(c));
        }
        if let Some(last) = ctx.last {
            return Some(Some(last.party));
        }
    }
    // An official of the authority ("the commission's competition enforcer, Margrethe
    // Vestager", "la comisaria europea Margrethe Vestager"): the authority speaks.
    let official = s.tokens[at.0.saturating_sub(5)..(at.1 + 5).min(s.tokens.len())]
        .iter()
        .any(|t| t.shape == Shape::Lower && lx.is_authority(t.key.trim_end_matches("'s")));
    if official && let Some(authority) = disputes.authority() {
        return Some(Some(authority));
    }
    // An organization of the dispute near the speaker ("Carmen Ibarra, portavoz de Grupo Solmar",
    // "Michael Strand, Kestrel's general counsel").
    let org = s
        .mentions
        .iter()
        .filter(|m| {
            m.2 != speaker && !s.in_quote(m.0) && d.entities[m.2].kind == EntityKind::Organization
        })
        .min_by_key(|m| m.0.abs_diff(at.0))
        .filter(|m| m.0.abs_diff(at.0) <= 6)
        .map(|m| m.2)?;
    Some(disputes.side(org).map(|_| org))
}

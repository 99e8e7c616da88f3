//! The pass over a dossier's sentences in order: the disputes and whom each person speaks for
//! first, then each sentence read with what the sentences before it told (the claim before,
//! the name said last, a quotation waiting for its speaker), and the claims kept.

use super::claim;
use super::clauses;
use super::context::{Context, Last, countersuits, follow_statement};
use super::continuation;
use super::cues::lexicon;
use super::disputes::{Disputes, find_disputes};
use super::found::Found;
use super::pairing;
use super::sentences::{Sentence, sentences};
use super::speakers;
use super::summary::summary;
use crate::extract::candidates::ParaTokens;
use crate::model::{Claim, ClaimKind, Dossier, EntityKind, MentionsByParagraph};

pub fn claims(d: &Dossier, paras: &[ParaTokens], mentions: &MentionsByParagraph) -> Vec<Claim> {
    let (sentences, descriptors) = sentences(d, paras, mentions);
    let mut disputes = find_disputes(d, &sentences);
    let mut out: Vec<Claim> = Vec::new();
    let mut ctx = Context {
        descriptors,
        ..Context::default()
    };
    // Whom each person speaks for, wherever the text says so (not only in claims): "Chiara
    // Bonfanti, analista di Banca Lariana" makes her later quote a commentator's.
    let mut seen = rustc_hash::FxHashSet::default();
    for s in &sentences {
        // A title before a person's first name in the sentence.
        seen.clear();
        for &(at, _, e) in &s.mentions {
            if seen.insert(e)
                && d.entities[e].kind == EntityKind::Person
                && speakers::holds_office(s, at)
            {
                ctx.officials.insert(e);
            }
            if d.entities[e].kind != EntityKind::Person {
                continue;
            }
            // What the sentence says of a lawyer's client, read once for both uses.
            let counsel = speakers::counsel_for(d, s, e, &disputes);
            if let Some(client) = counsel.as_ref().and_then(|c| c.client) {
                ctx.clients.entry(e).or_insert(client);
            }
            if disputes.side(e).is_none()
                && !ctx.sides.contains_key(&e)
                && let Some(known) = speakers::said_for_with(d, s, e, counsel, &disputes, &ctx)
            {
                ctx.sides.insert(e, known);
            }
        }
    }
    ctx.countersuit = countersuits(&sentences, &disputes);
    // Sentences of a quotation that goes on: they wait for the sentence where it closes, which
    // names who spoke ("„… Diese liegt nun vor. …“, fasste X zusammen").
    let mut waiting: Vec<&Sentence> = Vec::new();
    let mut article = None;
    for s in &sentences {
        // The organizations named so far are the article's own, whether or not a claim was
        // read in it yet.
        if article != Some(s.article) {
            ctx.named_orgs.clear();
            article = Some(s.article);
        }
        // A quotation's sentences close within their paragraph; a stray one reads alone.
        if waiting
            .last()
            .is_some_and(|w| (w.article, w.paragraph) != (s.article, s.paragraph))
        {
            read_alone(
                d,
                &std::mem::take(&mut waiting),
                &mut disputes,
                &mut ctx,
                &mut out,
            );
        }
        if ctx.last.is_some_and(|l| l.article != s.article) {
            ctx.last = None;
            ctx.recent.clear();
            ctx.accused_here.clear();
        }
        let text = &d.articles[s.article].paragraphs[s.paragraph].text;
        if s.quote_goes_on && (s.starts_with_quote(text) || s.within_quote) {
            waiting.push(s);
            continue;
        }
        let found = read(d, s, &mut disputes, &mut ctx);
        let held = std::mem::take(&mut waiting);
        match &found {
            Some(c) => {
                for w in held {
                    record(d, w, c.earlier_in_quote(&disputes, w), &mut out, &mut ctx);
                }
            }
            None => read_alone(d, &held, &mut disputes, &mut ctx, &mut out),
        }
        if let Some(c) = found {
            record(d, s, c, &mut out, &mut ctx);
        }
    }
    read_alone(d, &waiting, &mut disputes, &mut ctx, &mut out);
    pairing::pair(&mut out);
    out
}

/// Reads and keeps each sentence on its own, in order: sentences of a quotation whose closing
/// sentence named no speaker, or that never closed in their paragraph.
fn read_alone(
    d: &Dossier,
    sentences: &[&Sentence],
    disputes: &mut Disputes,
    ctx: &mut Context,
    out: &mut Vec<Claim>,
) {
    for &w in sentences {
        if let Some(c) = read(d, w, disputes, ctx) {
            record(d, w, c, out, ctx);
        }
    }
}

/// Reads one sentence's claim, and what it tells the sentences after it: a statement it
/// announces, the name it spoke of last.
fn read(d: &Dossier, s: &Sentence, disputes: &mut Disputes, ctx: &mut Context) -> Option<Found> {
    let text = &d.articles[s.article].paragraphs[s.paragraph].text;
    // A ruling that names no one deciding ("Sanciona o uso de marcas …", "Las infracciones …
    // incluyen … (multa de 45 millones)") is the authority's that decides in this dossier,
    // when no court does.
    // A ruling going on from one just before ("The ruling rejects …", "Eine Herausgabe
    // verletze nicht …") is the same bench's; not one that names a bench by its noun ("Il
    // tribunale ha riconosciuto …"), which may be another.
    let lx = lexicon();
    let names_a_bench =
        || (0..s.tokens.len()).any(|i| !s.in_quote(i) && lx.is_court_name(&s.tokens[i].key));
    // A decision to come is no ruling ("La giudice non ha ancora fissato la data").
    let found = claim(d, s, text, disputes, ctx)
        .filter(|c| !(c.kind == ClaimKind::Ruling && clauses::not_yet(s, s.tokens.len())));
    let found = found.map(|c| match c.speaker {
        None if c.kind == ClaimKind::Ruling => {
            // A court opening the sentence decided, whatever its verb.
            let opening_court = s
                .mentions
                .first()
                .filter(|m| m.0 <= 2 && !s.in_quote(m.0) && disputes.is_court(m.2))
                .map(|m| disputes.actor(m.2));
            let by = ctx
                .ruling_by
                .filter(|_| continuation::after_ruling(ctx, s) && !names_a_bench())
                .or(opening_court)
                .or_else(|| disputes.unnamed_decider().map(|e| disputes.actor(e)));
            c.decided_by(by, disputes)
        }
        _ => c,
    });
    follow_statement(s, text, found.as_ref().and_then(|c| c.party), disputes, ctx);
    if let Some(m) = s.mentions.last() {
        ctx.named = Some((s.article, s.paragraph, m.2));
    }
    for &(_, _, e) in &s.mentions {
        if d.entities[e].kind == EntityKind::Organization {
            ctx.named_orgs.retain(|&x| x != e);
            ctx.named_orgs.push(e);
        }
    }
    ctx.named_in_claim = found.is_some();
    found
}

/// Keeps a claim found in `s`, and remembers it for the sentences after it.
fn record(d: &Dossier, s: &Sentence, c: Found, out: &mut Vec<Claim>, ctx: &mut Context) {
    let text = &d.articles[s.article].paragraphs[s.paragraph].text;
    ctx.ruling = (c.kind == ClaimKind::Ruling).then_some((s.article, s.paragraph));
    ctx.ruling_by = c.speaker.filter(|_| c.kind == ClaimKind::Ruling);
    if c.kind == ClaimKind::Ruling {
        ctx.decided = Some(s.article);
    }
    if c.kind == ClaimKind::Allegation {
        ctx.accused_here.extend(c.against.iter().copied());
    }
    if let Some(party) = c.party {
        ctx.claimants.insert(party);
        ctx.recent.retain(|&p| p != party);
        ctx.recent.push(party);
        ctx.last = Some(Last {
            party,
            speaker: c.speaker,
            kind: c.kind,
            article: s.article,
            paragraph: s.paragraph,
            quoted: s.quote.is_some(),
        });
    }
    let topics = lexicon().topics(s.tokens);
    let e = |i: usize| d.entities[i].id.clone();
    out.push(Claim {
        id: format!("c{}", out.len() + 1),
        kind: c.kind,
        party: c.party.map(e),
        evidence: c.evidence,
        speaker: c.speaker.map(e),
        against: c.against.iter().map(|&i| e(i)).collect(),
        cue: c.cue,
        quote: s.quote.clone(),
        summary: summary(s, text, c.from),
        checked: false,
        article: d.articles[s.article].id.clone(),
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        text: text[s.start..s.end].to_string(),
        answers: Vec::new(),
        group: String::new(),
        topics,
    });
}

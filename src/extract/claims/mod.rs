//! Allegations and responses: sentences with a claim cue (or a quotation), attributed to a
//! speaker and the party whose side they are on, set against the other side of the dispute,
//! and paired with what they answer.

pub mod cues;
mod disputes;
mod pairing;
mod sentences;
mod speakers;

use super::candidates::ParaTokens;
use crate::model::{Claim, ClaimKind, Dossier, EntityKind, MentionsByParagraph};
use cues::{Cue, Phrase, lexicon};
use disputes::{Disputes, Side, about_the_dispute, against, find_disputes};
use rustc_hash::FxHashMap as HashMap;
use sentences::{Sentence, cues, main_cue, sentences};
use speakers::{anaphor, filer, party_of, said_for};

/// The last claim read, which the sentences after it in the same article may continue.
#[derive(Clone, Copy)]
struct Last {
    party: usize,
    speaker: Option<usize>,
    kind: ClaimKind,
    article: usize,
    paragraph: usize,
}

/// What the claim pass remembers from one sentence to the next.
#[derive(Default)]
struct Context {
    /// The last claim, in the article being read only.
    last: Option<Last>,
    /// Whose side each named person spoke for when the text said so ("lawyer for X",
    /// "spokesperson of Y"), or `None` for commentators: kept for their later quotes.
    sides: HashMap<usize, Option<usize>>,
}

pub fn claims(d: &Dossier, paras: &[ParaTokens], mentions: &MentionsByParagraph) -> Vec<Claim> {
    let sentences = sentences(d, paras, mentions);
    let mut disputes = find_disputes(d, &sentences);
    let mut out: Vec<Claim> = Vec::new();
    let mut ctx = Context::default();
    // Whom each person speaks for, wherever the text says so (not only in claims): "Chiara
    // Bonfanti, analista di Banca Lariana" makes her later quote a commentator's.
    for s in &sentences {
        for &(_, _, e) in &s.mentions {
            if d.entities[e].kind == EntityKind::Person
                && disputes.side(e).is_none()
                && !ctx.sides.contains_key(&e)
                && let Some(known) = said_for(d, s, e, &disputes, &ctx)
            {
                ctx.sides.insert(e, known);
            }
        }
    }
    for s in &sentences {
        let text = &d.articles[s.article].paragraphs[s.paragraph].text;
        if ctx.last.is_some_and(|l| l.article != s.article) {
            ctx.last = None;
        }
        let Some(c) = claim(d, s, text, &mut disputes, &mut ctx) else {
            continue;
        };
        ctx.last = Some(Last {
            party: c.party,
            speaker: c.speaker,
            kind: c.kind,
            article: s.article,
            paragraph: s.paragraph,
        });
        let topics = lexicon().topics(s.tokens);
        let e = |i: usize| d.entities[i].id.clone();
        out.push(Claim {
            id: format!("c{}", out.len() + 1),
            kind: c.kind,
            party: e(c.party),
            speaker: c.speaker.map(e),
            against: c.against.iter().map(|&i| e(i)).collect(),
            cue: c.cue,
            quote: s.quote.clone(),
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
    pairing::pair(&mut out);
    out
}

struct Found {
    kind: ClaimKind,
    party: usize,
    speaker: Option<usize>,
    against: Vec<usize>,
    cue: String,
}

fn claim(
    d: &Dossier,
    s: &Sentence,
    text: &str,
    disputes: &mut Disputes,
    ctx: &mut Context,
) -> Option<Found> {
    let ph = &s.phrases;
    let same_paragraph_last = ctx.last.filter(|l| l.paragraph == s.paragraph);
    let Some(((k, n), cue)) = main_cue(ph) else {
        // A quotation on its own continues the claim before it: « Nous ne permettrons… »
        let Last {
            party,
            speaker,
            kind,
            ..
        } = same_paragraph_last.filter(|_| s.quote.is_some() && s.starts_with_quote(text))?;
        if kind == ClaimKind::Response && !about_the_dispute(s, party, disputes) {
            return None;
        }
        let against = against(disputes, party, s);
        return Some(Found {
            kind,
            party,
            speaker,
            against,
            cue: String::new(),
        });
    };
    let cue_text = text[s.tokens[k].start..s.tokens[k + n - 1].end].to_string();
    // The filing as subject ("La plainte allègue"), or as source ("Según la demanda, …").
    let region_filing = ph.iter().any(|&(pk, _, p)| {
        p == Phrase::Filing && (pk < k || (k + n..=k + n + 2).contains(&pk)) && pk <= 6
    });
    let (party, speaker) = if region_filing {
        // "The complaint alleges…": the side that filed it.
        (filer(disputes, s, ctx)?, None)
    } else if let Some(&(_, _, e)) = s.names_in(0, k).next() {
        (party_of(d, s, e, disputes, ctx)?, Some(e))
    } else if let Some(&(_, _, p)) = ph.iter().find(|&&(pk, _, p)| {
        // The subject: at the start, or just after an opening phrase and its comma.
        pk < k
            && (pk == 0 || s.tokens[pk].break_before)
            && matches!(p, Phrase::CompanyAnaphor | Phrase::RoleAnaphor)
    }) {
        (anaphor(s, k + n, p, disputes, ctx)?, None)
    } else if let Some(&(_, _, e)) = s
        .names_in(k + n, (k + n + 8).min(s.tokens.len()))
        .next()
        .filter(|_| lexicon().is_say(s.tokens, k, n))
    {
        // "« … », a déclaré le porte-parole de l'entreprise, Joe Osborne."
        (party_of(d, s, e, disputes, ctx)?, Some(e))
    } else {
        // "It also accuses…": the subject of the claim before, in the same paragraph.
        (same_paragraph_last?.party, None)
    };
    // "X said that Y denies …": the denial is Y's, when Y is in the dispute.
    let denier = cues(ph)
        .find(|c| c.2 == Cue::Deny && c.0 > k)
        .and_then(|(kd, _, _)| s.names_in(k + n, kd).last().map(|m| m.2))
        .filter(|&e| matches!(disputes.side(e), Some(Side::Defendant(_))));
    let party = denier.unwrap_or(party);
    let side = disputes.side(party);
    if side.is_none() && !disputes.is_empty() {
        // Commentators and analysts are no party to the dispute.
        return None;
    }
    // A defendant's words with no word of the dispute in them (their plans, their products)
    // answer nothing.
    if cue == Cue::Say
        && matches!(side, Some(Side::Defendant(_)))
        && !about_the_dispute(s, party, disputes)
    {
        return None;
    }
    let kind = match (if region_filing { Cue::Accuse } else { cue }, side) {
        (Cue::Deny, _) => ClaimKind::Response,
        (Cue::Sue | Cue::Accuse, _) => ClaimKind::Allegation,
        (Cue::Say, Some(Side::Defendant(_))) => ClaimKind::Response,
        (Cue::Say, _) => ClaimKind::Allegation,
    };
    // People an allegation names join the other side of its dispute.
    if kind == ClaimKind::Allegation
        && let Some(Side::Plaintiff(di)) = side
    {
        for &(_, _, e) in s.names_in(k + n, s.tokens.len()) {
            let named_as_accused = cue != Cue::Say && Some(e) != speaker;
            if named_as_accused
                && e != party
                && d.entities[e].kind == EntityKind::Person
                && !disputes[di].defendants.contains(&e)
            {
                disputes.add_defendant(di, e);
            }
        }
    }
    let against = against(disputes, party, s);
    Some(Found {
        kind,
        party,
        speaker,
        against,
        cue: cue_text,
    })
}

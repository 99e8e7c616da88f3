//! Allegations and responses: sentences with a claim cue (or a quotation), attributed to a
//! speaker and the party whose side they are on, set against the other side of the dispute,
//! and paired with what they answer.

mod bench;
mod context;
pub mod cues;
mod descriptors;
mod disputes;
mod found;
mod pairing;
mod sentences;
mod speakers;
mod summary;

use super::candidates::ParaTokens;
use crate::model::{
    Claim, ClaimEvidence, ClaimKind, Dossier, EntityKind, Lang, MentionsByParagraph,
};
use bench::{Bench, bench};
use context::{Context, Last, countersuits, follow_statement};
use cues::{Cue, Phrase, lexicon};
use disputes::{Disputes, Side, about_the_dispute, against, find_disputes};
use found::{Found, named};
use sentences::{
    Sentence, Source, cues, main_cue, negated, reported_subjunctive, sentences, source_of,
};
use speakers::{anaphor, company_of, company_subject, filer, party_of, said_for, subject_after};
use summary::summary;

pub fn claims(d: &Dossier, paras: &[ParaTokens], mentions: &MentionsByParagraph) -> Vec<Claim> {
    let sentences = sentences(d, paras, mentions);
    let mut disputes = find_disputes(d, &sentences);
    let mut out: Vec<Claim> = Vec::new();
    let mut ctx = Context {
        descriptors: descriptors::Descriptors::learn(&sentences),
        ..Context::default()
    };
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
    ctx.countersuit = countersuits(&sentences, &disputes);
    for s in &sentences {
        let text = &d.articles[s.article].paragraphs[s.paragraph].text;
        if ctx.last.is_some_and(|l| l.article != s.article) {
            ctx.last = None;
            ctx.recent.clear();
        }
        let found = claim(d, s, text, &mut disputes, &mut ctx);
        follow_statement(
            s,
            text,
            found.as_ref().and_then(|c| c.party),
            &disputes,
            &mut ctx,
        );
        let Some(c) = found else {
            continue;
        };
        ctx.ruling = (c.kind == ClaimKind::Ruling).then_some((s.article, s.paragraph));
        if let Some(party) = c.party {
            ctx.recent.retain(|&p| p != party);
            ctx.recent.push(party);
            ctx.last = Some(Last {
                party,
                speaker: c.speaker,
                kind: c.kind,
                article: s.article,
                paragraph: s.paragraph,
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
    pairing::pair(&mut out);
    out
}

/// Reads one sentence: its cue (what kind of claim), then who makes it, in the order the
/// evidence is surest: a court, a passive's agent, a source marker, a filing, the speaker after
/// a quotation, the subject before the cue, an anaphor, the claim before; else unattributed.
fn claim(
    d: &Dossier,
    s: &Sentence,
    text: &str,
    disputes: &mut Disputes,
    ctx: &mut Context,
) -> Option<Found> {
    let ph = &s.phrases;
    let german = d.articles[s.article].paragraphs[s.paragraph].language == Lang::De;
    let same_paragraph_last = ctx.last.filter(|l| l.paragraph == s.paragraph);
    let statement = ctx
        .statement
        .filter(|&(a, p, _, _)| a == s.article && p == s.paragraph)
        .map(|(_, _, party, _)| party);
    let Some(((k, n), cue)) = main_cue(s) else {
        // The words of a statement announced before: its party's.
        if let Some(party) = statement {
            let kind = match disputes.side(party) {
                Some(Side::Defendant(_)) => ClaimKind::Response,
                _ => ClaimKind::Allegation,
            };
            return Some(Found {
                kind,
                party: Some(party),
                evidence: ClaimEvidence::QuoteSpeaker,
                speaker: None,
                against: against(disputes, party, s),
                cue: String::new(),
                from: 0,
            });
        }
        // A quotation on its own right after a ruling quotes the court.
        if s.quote.is_some()
            && s.starts_with_quote(text)
            && ctx.ruling == Some((s.article, s.paragraph))
        {
            return Some(Found::ruling(disputes, s, String::new(), 0));
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
            ..
        } = ctx
            .last
            .filter(|l| {
                l.article == s.article
                    && (l.paragraph == s.paragraph || l.paragraph + 1 == s.paragraph)
            })
            .filter(|_| s.starts_with_quote(text) || s.within_quote)?;
        if kind == ClaimKind::Response && !about_the_dispute(s, party, disputes) {
            return None;
        }
        let against = against(disputes, party, s);
        return Some(Found {
            kind,
            party: Some(party),
            evidence: ClaimEvidence::PreviousClaim,
            speaker,
            against,
            cue: String::new(),
            from: 0,
        });
    };
    let cue_text = text[s.tokens[k].start..s.tokens[k + n - 1].end].to_string();
    // German puts the verb second: after a fronted phrase, however long, the subject follows it
    // ("Im Januar beschuldigte Drezzan die Firma …", "In einem Antrag an das Gericht in X
    // erklärte OpenAI …").
    let inverted = || {
        (german
            && (1..=12).contains(&k)
            && !s.tokens[k].break_before
            && s.tokens[0].shape == crate::extract::tokens::Shape::Capitalized
            && !lexicon().is_determiner(&s.tokens[0].key))
        .then(|| s.actors_in(k + n, (k + n + 2).min(s.tokens.len())).next())
        .flatten()
    };
    let first_actor = s.actors_in(0, k).next().or_else(inverted);
    let subject = first_actor.map(|m| m.2);
    let opening = |pk: usize| pk == 0 || (pk <= 6 && s.tokens[pk].break_before);

    // The bench: a ruling verb, or a court or judge as the subject ("a judge in Oslo denied
    // Brightwell's request"), with no party named before it.
    let subject_at = first_actor.map(|m| m.0);
    let Bench {
        court_subject,
        suit_rejected,
        passive,
    } = bench(s, k, n, cue, subject_at);
    // A court named as the subject ("La CJUE estime …", "the Audiencia Nacional rejected …")
    // rules, whatever its verb: a court is never a party.
    let court_named = subject.is_some_and(|e| disputes.is_court(e));
    if cue == Cue::Rule || court_subject || suit_rejected || court_named {
        if cue == Cue::Rule
            && !passive
            && subject.is_some_and(|e| disputes.side(e).is_some() && !disputes.is_authority(e))
        {
            // "Brightwell ordered a review": a party's act, not a ruling; an authority's order
            // or fine is one.
            return None;
        }
        return Some(Found::ruling(disputes, s, cue_text, k));
    }

    let t = s.tokens;
    if cue != Cue::Rule && negated(s, k, n) {
        return None;
    }
    // "Elle a ajouté : « … »" right after a ruling, or a verb with no subject at all
    // ("Además, considera que …", "Argumenta en este sentido …"): the court goes on.
    let opens_with_pronoun = k <= 3 && PRONOUNS.contains(&t[0].key.as_str());
    // No subject: the verb opens the sentence, or follows an opener set off by a comma.
    let no_subject = subject.is_none()
        && k <= 4
        && !ph.iter().any(|p| p.2 == Phrase::Source)
        && (k == 0 || t[k].break_before);
    if (opens_with_pronoun || no_subject) && after_ruling(ctx, s) {
        return Some(Found::ruling(disputes, s, cue_text, k));
    }
    let source = ph
        .iter()
        .find(|&&(pk, _, p)| p == Phrase::Source && opening(pk))
        .map(|&(pk, pn, _)| (pk + pn, source_of(s, pk + pn)));
    // "The complaint alleges", "alleges the complaint"; not "VMG argues that the complaint …",
    // nor "In the filing, OpenAI stressed …", where the filing is where, not who.
    const IN: [&str; 10] = [
        "in", "en", "dans", "im", "nella", "nel", "na", "no", "em", "into",
    ];
    let in_filing = |pk: usize| {
        (pk.saturating_sub(3)..pk).any(|i| IN.contains(&s.tokens[i].key.as_str()))
            && subject_at.is_some_and(|at| at > pk)
    };
    let filing_subject = ph.iter().any(|&(pk, _, p)| {
        p == Phrase::Filing
            && (pk < k || (k + n..=k + n + 2).contains(&pk))
            && pk <= 6
            && subject_at.is_none_or(|at| pk < at)
            && !in_filing(pk)
    });
    // The speaker after the verb, when the verb follows the reported words ("…», a déclaré
    // X", "—dijo X", "»…«, so X"); not a name further on in "Analysts said the fine would dent
    // Vestra's cash".
    let said_after = || {
        s.actors_in(k + n, (k + n + 8).min(s.tokens.len()))
            .next()
            .map(|m| m.2)
            .filter(|_| {
                s.tokens[k].break_before
                    && (lexicon().is_say(s.tokens, k, n) || s.tokens[k].key == "so")
            })
    };
    let subject_anaphor = ph.iter().find(|&&(pk, _, p)| {
        pk < k
            && opening(pk)
            && matches!(
                p,
                Phrase::CompanyAnaphor | Phrase::RoleAnaphor | Phrase::AuthorityAnaphor
            )
    });
    let after_quote_anaphor = ph.iter().find(|&&(pk, _, p)| {
        s.tokens[k].break_before
            && (k + n..=k + n + 1).contains(&pk)
            && lexicon().is_say(s.tokens, k, n)
            && matches!(p, Phrase::RoleAnaphor | Phrase::AuthorityAnaphor)
    });
    // "…, it said", "…, a-t-il ajouté", "…, sagte er", "…, dijo.": the speaker is the one the
    // text spoke of before, not a name inside the reported words.
    let pronoun = |i: usize| t.get(i).is_some_and(|x| PRONOUNS.contains(&x.key.as_str()));
    let trailing_pronoun = cue == Cue::Say
        && k > 0
        // "…, it said" or "…, sagte er"
        && ((t[k - 1].break_before && pronoun(k - 1)) || (t[k].break_before && pronoun(k + n)))
        && s.names_in(k + n, (k + n + 3).min(t.len())).next().is_none();
    let mut from = k;
    // The pronoun of "…, it said" or of "It also said …", by its gender where English marks it.
    let pronoun_at = if trailing_pronoun {
        (k.saturating_sub(1)..(k + n + 1).min(t.len())).find(|&i| pronoun(i))
    } else {
        (k <= 3 && pronoun(0)).then_some(0)
    };
    let by_pronoun = pronoun_at.and_then(|i| {
        let kind = match t[i].key.as_str() {
            "it" => EntityKind::Organization,
            "he" | "she" => EntityKind::Person,
            _ => return None,
        };
        ctx.recent
            .iter()
            .rev()
            .copied()
            .find(|&p| d.entities[p].kind == kind)
    });
    let (party, speaker, evidence) = if let Some(p) = by_pronoun {
        if trailing_pronoun {
            from = 0;
        }
        (Some(p), None, ClaimEvidence::Anaphor)
    } else if let Some(l) = ctx.last.filter(|_| trailing_pronoun) {
        from = 0;
        (Some(l.party), None, ClaimEvidence::Anaphor)
    } else if let Some(agent) = match cue {
        Cue::Accuse => disputes::passive_agent(s, k + n),
        // "la causa intentata da X", "the lawsuit filed by X": the phrase ends with its "by".
        Cue::Sue => {
            disputes::passive_agent(s, k + n).or_else(|| disputes::passive_agent(s, k + n - 1))
        }
        _ => None,
    } {
        (
            party_of(d, s, agent, disputes, ctx),
            Some(agent),
            ClaimEvidence::Passive,
        )
    } else if let Some((after, Some(src))) = source {
        // The claim goes on after what the marker refers to: "Laut Klageschrift luden …",
        // "Según la demanda, los químicos …".
        let lx = lexicon();
        from = (after..s.tokens.len())
            .find(|&j| {
                s.tokens[j].break_before
                    || (j > after
                        && (s.mentions.iter().any(|m| m.1 == j)
                            || lx.is_at(s.tokens, j - 1, Phrase::Filing)))
            })
            .unwrap_or(after);
        match src {
            Source::Name(e) => (
                party_of(d, s, e, disputes, ctx),
                Some(e),
                ClaimEvidence::SourceMarker,
            ),
            Source::Filing => (filer(disputes, s, ctx), None, ClaimEvidence::Filing),
            Source::Anaphor => (ctx.last.map(|l| l.party), None, ClaimEvidence::Anaphor),
            Source::Authority => (disputes.authority(), None, ClaimEvidence::Anaphor),
        }
    } else if filing_subject {
        // "The complaint alleges…": the side that filed it.
        (filer(disputes, s, ctx), None, ClaimEvidence::Filing)
    } else if let Some(e) = said_after()
        .filter(|_| s.starts_with_quote(text) || text[s.start..].starts_with(['—', '–']))
    {
        // "« … », a déclaré le porte-parole de l'entreprise, Joe Osborne."
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::QuoteSpeaker,
        )
    } else if let Some(&(pk, _, p)) = subject_anaphor.filter(|a| subject_after(s, a.0, k)) {
        // "The company that Tomas Ekdahl founded said", "L'azienda di Tomas Ekdahl sostiene":
        // the company of the person named inside its description.
        let named = s.names_in(pk, k).next().map(|m| m.2);
        let of_named = named.and_then(|e| company_of(d, e, disputes, ctx));
        (
            of_named.or_else(|| anaphor(d, s, k + n, p, disputes, ctx)),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(e) = subject.filter(|_| disputes::accused_subject(s, k, n)) {
        // "Rubiales, accused of assault": the subject is the accused; the accuser is the other
        // side of its dispute, or no one the text names.
        (
            disputes::accuser_of(disputes, e),
            None,
            ClaimEvidence::Passive,
        )
    } else if let Some(e) = subject {
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::Subject,
        )
    } else if let Some(&(_, _, p)) = subject_anaphor {
        (
            anaphor(d, s, k + n, p, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(e) = company_subject(d, s, k, disputes, ctx) {
        // "The iPhone-maker said", "Le géant de la tech aurait …", "Der US-Konzern verlangt":
        // a company word opening the sentence is the latest company of the article.
        (Some(e), None, ClaimEvidence::Anaphor)
    } else if let Some(e) = ctx.descriptors.subject(s, k) {
        // "Le chanteur affirme …", "El sello argumenta …": the name the dossier describes so.
        (
            party_of(d, s, e, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(e) = said_after() {
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::QuoteSpeaker,
        )
    } else if let Some(&(_, _, p)) = after_quote_anaphor {
        // "„…“, sagte ein Sprecher des Unternehmens": the role speaks for the party before.
        (
            anaphor(d, s, k + n, p, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(party) = statement {
        (Some(party), None, ClaimEvidence::QuoteSpeaker)
    } else if let Some(l) = same_paragraph_last {
        // "It also accuses…": the subject of the claim before, in the same paragraph.
        (Some(l.party), None, ClaimEvidence::PreviousClaim)
    } else {
        (None, None, ClaimEvidence::Unattributed)
    };

    // "X said that Y denies …": the denial is Y's, when Y is in the dispute.
    let denier = cues(ph)
        .find(|c| c.2 == Cue::Deny && c.0 > k)
        .and_then(|(kd, _, _)| s.names_in(k + n, kd).last().map(|m| m.2))
        .filter(|&e| matches!(disputes.side(e), Some(Side::Defendant(_))));
    let party = denier.or(party);
    // The court goes on speaking ("Elle souligne …", "Ihre Regeln seien …"): its ruling.
    if party.is_some_and(|e| disputes.is_court(e)) {
        return Some(Found::ruling(disputes, s, cue_text, k));
    }
    let Some(party) = party else {
        // Nobody the text names: an accusation or a denial still shows, marked unattributed;
        // a bare saying is no claim.
        if cue == Cue::Say || disputes.is_empty() {
            return None;
        }
        let kind = if cue == Cue::Deny {
            ClaimKind::Response
        } else {
            ClaimKind::Allegation
        };
        let named = named(s);
        return Some(Found {
            kind,
            party: None,
            evidence: ClaimEvidence::Unattributed,
            speaker,
            against: named,
            cue: cue_text,
            from,
        });
    };
    let side = disputes.side(party);
    // Commentators and analysts are no party to the dispute; but whoever denies an accusation
    // is one ("Ferrel denied any wrongdoing", where only a court and the prosecution accuse
    // him), and so is a person the dossier names again and again (the victim who testifies).
    let main_person = d.entities[party].kind == EntityKind::Person
        && speakers::named_often(d, party)
        // An analyst named often is an analyst still ("Jonas Pihl, an analyst at …").
        && ctx.sides.get(&party) != Some(&None);
    if side.is_none() && !disputes.is_empty() && cue != Cue::Deny && !main_person {
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
    // The defendant accusing the plaintiff answers the suit ("OpenAI accused Musk of
    // harassment in its filing"), unless the article tells of its countersuit; there the
    // plaintiff's words answer the countersuit.
    let countersuer = ctx.countersuit.get(&s.article).copied();
    let defendant = matches!(side, Some(Side::Defendant(_)));
    let countersues = ph.iter().any(|p| p.2 == Phrase::Countersue);
    let answers_the_suit = defendant && countersuer.is_none() && !countersues;
    let answers_the_countersuit =
        countersuer.is_some_and(|c| c != party) && matches!(side, Some(Side::Plaintiff(_)));
    let kind = match (
        if evidence == ClaimEvidence::Filing {
            Cue::Accuse
        } else {
            cue
        },
        side,
    ) {
        (Cue::Deny, _) => ClaimKind::Response,
        (Cue::Accuse | Cue::Say, _) if answers_the_countersuit => ClaimKind::Response,
        (Cue::Accuse, _) if answers_the_suit => ClaimKind::Response,
        (Cue::Sue | Cue::Accuse | Cue::Rule, _) => ClaimKind::Allegation,
        (Cue::Say, _) if countersuer == Some(party) => ClaimKind::Allegation,
        (Cue::Say, Some(Side::Defendant(_))) => ClaimKind::Response,
        (Cue::Say, _) => ClaimKind::Allegation,
    };
    // People an allegation names join the other side of its dispute; not those of "X was
    // accused of pressuring Y", where Y is whom the accused wronged.
    if kind == ClaimKind::Allegation
        && evidence != ClaimEvidence::Passive
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
        party: Some(party),
        evidence,
        speaker,
        against,
        cue: cue_text,
        from,
    })
}

/// Whether the claim before this sentence, in its paragraph or the one before, was a ruling.
fn after_ruling(ctx: &Context, s: &Sentence) -> bool {
    ctx.ruling
        .is_some_and(|(a, p)| a == s.article && (p == s.paragraph || p + 1 == s.paragraph))
}

/// Subject pronouns that stand for the speaker after the reported words.
const PRONOUNS: [&str; 14] = [
    "it", "he", "she", "they", "il", "elle", "ils", "elles", "er", "sie", "es", "lui", "lei", "ela",
];

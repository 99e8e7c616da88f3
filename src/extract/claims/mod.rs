//! Allegations and responses: sentences with a claim cue (or a quotation), attributed to a
//! speaker and the party whose side they are on, set against the other side of the dispute,
//! and paired with what they answer.

mod accused;
mod attribute;
mod bench;
mod clauses;
mod conjugate;
mod context;
mod continuation;
mod counsel;
pub mod cues;
mod descriptors;
mod disputes;
mod found;
mod genders;
mod kind;
mod litigants;
mod pairing;
mod pass;
mod phrases;
mod pronouns;
mod sentences;
mod sources;
mod speakers;
mod suers;
mod summary;

use crate::model::{ClaimEvidence, ClaimKind, Dossier, Lang};
use attribute::{Attribution, CueAt, attribute};
use bench::{Bench, bench, participle, ruled_by};
use clauses::negated;
use context::Context;
use continuation::{after_ruling, continuation};
use cues::{Cue, Phrase, lexicon};
use disputes::{Disputes, Side};
use found::{Found, named};
use kind::Said;
use pronouns::PRONOUNS;
use sentences::{Sentence, cues, main_cue};
use sources::{Source, source_of};

pub use pass::claims;

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
    let lang = s.lang;
    let german = lang == Lang::De;
    let statement = ctx
        .statement
        .filter(|&(a, p, _, _)| a == s.article && p == s.paragraph)
        .map(|(_, _, party, _)| party);
    // The article's own forecast before any cue ("…, it is likely that the case will be
    // settled by a court") claims nothing.
    let hedged = |k: usize| ph.iter().any(|&(pk, _, p)| p == Phrase::Hedge && pk < k);
    if hedged(s.tokens.len()) && main_cue(s).is_none_or(|((k, _), _)| hedged(k)) {
        return None;
    }
    let Some(((k, n), cue)) = main_cue(s) else {
        // A penalty told without a verb ("Viereinhalb Jahre Haft für X", "Previsti 150mila euro
        // di risarcimento"), or what the judgment holds ("Das Urteil geht davon aus, dass …"):
        // the court's.
        // Not in quoted words: "“Este veredicto confirma que …”, apuntaron" is a party's.
        if !disputes.is_empty()
            && !s.starts_with_quote(text)
            && (clauses::penalty(s) || clauses::judgment_says(s))
        {
            // "A Comissão Europeia aplicou uma multa": the authority opening it decided.
            // After a fronted date too ("Le 23 avril, l'Union européenne prononçait une
            // amende"), before the decision it takes.
            let decision = s.tokens.iter().position(|x| lexicon().is_decision(&x.key));
            let by = s
                .actors_in(0, s.tokens.len())
                .next()
                .filter(|m| decision.is_some_and(|at| m.0 < at) && disputes.is_authority(m.2))
                .map(|m| disputes.actor(m.2));
            return Some(Found::ruling(disputes, s, String::new(), 0).decided_by(by, disputes));
        }
        if s.heading {
            return None;
        }
        return continuation(s, text, statement, german, disputes, ctx);
    };
    // A headline states a verdict, a charge or a denial ("Ferraz sentenced to three years",
    // "Rapper Drezzan denies claims"); one that only says something ("What the court said"),
    // or names no one ("La replica dell'azienda"), is a title.
    if s.heading && (cue == Cue::Say || s.mentions.is_empty()) {
        return None;
    }
    // A participle after a decision describes it: "È la quarta multa inflitta al gruppo", "the
    // fine imposed in 2019".
    if cue == Cue::Rule
        && k > 0
        && lexicon().is_decision(&s.tokens[k - 1].key)
        && participle(&s.tokens[k].key, lang)
    {
        return None;
    }
    // A question the article asks ("¿Habrá pacto?", "Will she appeal?") claims nothing.
    if s.quote.is_none() && text[s.start..s.end].trim_end().ends_with('?') {
        return None;
    }
    // A cue in a leading condition is a hypothesis, not a claim: "Si ese recurso es rechazado,
    // …", "If the appeal is dismissed, …", "Wenn das Gericht die Berufung abweist, …".
    if clauses::conditional(s, k, lang) {
        return None;
    }
    let cue_text = text[s.tokens[k].start..s.tokens[k + n - 1].end].to_string();
    // German puts the verb second: after a fronted phrase, however long, the subject follows it
    // ("Im Januar beschuldigte Drezzan die Firma …", "In einem Antrag an das Gericht in X
    // erklärte OpenAI …").
    let inverted = || {
        // Not in a headline, written subject first with its articles dropped
        // ("Pilotengewerkschaft wirft Vantora Air Gefährdung vor").
        (german
            && !s.heading
            && (1..=12).contains(&k)
            && !s.tokens[k].break_before
            && s.tokens[0].shape == crate::extract::tokens::Shape::Capitalized
            // An article opens the subject; but right before the verb it is a demonstrative
            // standing alone, the object ("Das lehnte die Richterin X ab").
            && (k == 1 || !lexicon().is_determiner(&s.tokens[0].key)))
        // The subject right after the verb, or after its article and title ("lehnte die
        // Richterin X ab").
        .then(|| {
            s.actors_in(k + n, s.tokens.len())
                .next()
                .filter(|m| m.0 <= k + n + 2)
        })
        .flatten()
    };
    // A noun for a party opening the verb's clause is its subject, not a name in a phrase
    // fronted before it ("Em um documento apresentado no Tribunal de X, a companhia afirma"),
    // nor the person its description names ("Comme le raconte Y, l'entreprise de Sam Reyes a
    // répondu").
    let anaphor_subject = ph.iter().any(|&(pk, pn, p)| {
        let t = s.tokens;
        let described = |m: &(usize, usize, usize)| {
            m.0 == pk + pn + 1 && m.1 == k && lexicon().is_preposition(&t[pk + pn].key)
        };
        pk > 0
            && pk + pn <= k
            && t[pk].break_before
            && matches!(
                p,
                Phrase::CompanyAnaphor | Phrase::RoleAnaphor | Phrase::AuthorityAnaphor
            )
            && (pk + pn == k || s.mentions.iter().any(described))
    });
    let first_actor = sentences::fronted_subject(s, k)
        .or_else(|| s.actors_in(0, k).next())
        .filter(|_| !anaphor_subject)
        .filter(|m| !(german && object_before_verb(s, m.0)))
        // Not a name inside a clause set off after the subject ("Le chanteur, qui accuse
        // Veltro, affirme …").
        .filter(|m| !(m.0 > 0 && sentences::relative_clause(s, m.0)))
        // Nor the topic before a headline's colon ("Prozess gegen Hallwig: Anklage fordert …").
        .filter(|m| {
            let (from, to) = (s.tokens[m.0].end, s.tokens[k].start);
            from >= to || !text[from..to].contains(':')
        })
        .or_else(inverted);
    let subject = first_actor.map(|m| m.2);

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
    // "Secondo i giudici «…»", "Als strafmildernd wurde laut Gericht angesehen": the bench's.
    let said_where = sources::impersonal_source(s, &ctx.descriptors);
    let court_source = ph.iter().any(|&(pk, pn, p)| {
        p == Phrase::Source
            && !s.in_quote(pk)
            && source_of(s, pk + pn, &ctx.descriptors) == Some(Source::Court)
    }) || said_where == Some(Source::Court);
    if cue == Cue::Rule || court_subject || suit_rejected || court_named || court_source {
        // Headlines drop the auxiliary of the passive: "Bruno Ferraz sentenced", "Ferraz
        // condannato" are verdicts.
        if cue == Cue::Rule
            && !passive
            && !s.heading
            && subject.is_some_and(|e| disputes.side(e).is_some() && !disputes.is_authority(e))
        {
            // "Brightwell ordered a review": a party's act, not a ruling; an authority's order
            // or fine is one.
            return None;
        }
        // An authority's decision is its own act: the schema keeps rulings without a party, so
        // the authority stands as who spoke ("The Commission fined X", "X was fined by the
        // regulator", "Bruselas multa a X").
        // "It also instructed X to …" after the authority's claim: the authority again.
        let by_pronoun = || {
            (k <= 3 && PRONOUNS.contains(&s.tokens[0].key.as_str()))
                .then(|| ctx.last.filter(|l| l.article == s.article))
                .flatten()
                .map(|l| l.party)
                .filter(|&p| disputes.is_authority(p))
        };
        // A court or a judge named as the subject, or in the phrase right after the verb that
        // closes its words ("«…», ha scritto il giudice Reyes", "…, erklärte die New Yorker
        // Richterin Reyes"), decided.
        let bench_named = || {
            let t = s.tokens;
            let phrase_end = (k + n + 1..(k + n + 8).min(t.len()))
                .find(|&i| t[i].break_before)
                .unwrap_or((k + n + 8).min(t.len()));
            subject.filter(|&e| disputes.is_court(e)).or_else(|| {
                s.names_in(k + n, phrase_end)
                    .map(|m| m.2)
                    .find(|&e| disputes.is_court(e))
            })
        };
        let by = ruled_by(s, k, n, subject, disputes)
            .or_else(bench_named)
            .or_else(by_pronoun)
            .or_else(|| {
                // "Apple was fined", "Meta è stata sanzionata": no agent, no one else named
                // before the verb.
                (passive && subject.is_none_or(|e| disputes.side(e).is_some()))
                    .then(|| disputes.unnamed_decider())
                    .flatten()
            })
            .map(|e| disputes.actor(e));
        // "Die Firma habe …, hieß es in dem Urteil": what the bench holds stands before the verb.
        let from = if said_where.is_some() { 0 } else { k };
        return Some(Found::ruling(disputes, s, cue_text, from).decided_by(by, disputes));
    }

    let t = s.tokens;
    if cue != Cue::Rule && negated(s, k, n) {
        return None;
    }
    // An appeal or a denial that only may come is no one's answer yet: "Il pourra faire appel",
    // "Le Pen puede recurrir", "hat die Möglichkeit, in Berufung zu gehen", "Appeals can take
    // months".
    if cue == Cue::Deny && clauses::only_possible(s, k, n) {
        return None;
    }
    // Saying in the passive is what people think, not anyone's claim: "a été largement
    // considéré comme", "was described as".
    let said_of = (k.saturating_sub(2)..k).any(|i| bench::PASSIVE.contains(&t[i].key.as_str()))
        && !t[k.saturating_sub(2)..=k].iter().any(|x| x.break_before);
    if cue == Cue::Say && said_of {
        return None;
    }
    // "Elle a ajouté : « … »" right after a ruling, or a verb with no subject at all
    // ("Además, considera que …", "Argumenta en este sentido …"): the court goes on.
    let opens_with_pronoun = k <= 3 && PRONOUNS.contains(&t[0].key.as_str());
    // No subject: the verb opens the sentence, or follows an opener set off by a comma.
    let no_subject = subject.is_none()
        && k <= 4
        && !ph.iter().any(|p| p.2 == Phrase::Source)
        && (k == 0 || t[k].break_before)
        // Not a speaker named after the verb: "„…“, sagte die Sprecherin von X, Ina Dorsch".
        && s.names_in(k + n, (k + n + 8).min(t.len())).next().is_none();
    if (opens_with_pronoun || no_subject) && after_ruling(ctx, s) {
        return Some(Found::ruling(disputes, s, cue_text, k));
    }
    let at = CueAt {
        k,
        n,
        cue,
        subject: first_actor.map(|m| (m.0, m.2)),
        said_where,
    };
    let Attribution {
        party,
        speaker,
        evidence,
        from,
        counsel,
    } = attribute(d, s, text, &at, statement, disputes, ctx);

    // "X said that Y denies …": the denial is Y's, when Y is in the dispute.
    let denier = cues(ph)
        .find(|c| c.2 == Cue::Deny && c.0 > k)
        .and_then(|(kd, _, _)| s.names_in(k + n, kd).last().map(|m| m.2))
        .filter(|&e| matches!(disputes.side(e), Some(Side::Defendant(_))));
    let party = denier.or(party);
    // A denial or an appeal is the defence's: one credited to the accuser only through someone
    // else who spoke ("Rodolphe Bosselut … ha confirmado que recurrirá", after the prosecution's
    // demand) is the accused's.
    let party = match (cue, party.and_then(|p| disputes.side(p))) {
        // Not the accuser's own lawyer ("A lawyer for the Times, X, said they disagree").
        (Cue::Deny, Some(Side::Plaintiff(di)))
            if speaker.is_some_and(|sp| Some(sp) != party) && !counsel =>
        {
            disputes[di].defendants.first().copied().or(party)
        }
        _ => party,
    };
    // The court goes on speaking ("Elle souligne …", "Ihre Regeln seien …"): its ruling.
    if party.is_some_and(|e| disputes.is_court(e)) {
        return Some(Found::ruling(disputes, s, cue_text, k).decided_by(party, disputes));
    }
    let Some(party) = party else {
        // Nobody the text names: an accusation or a denial still shows, marked unattributed;
        // a bare saying is no claim. Nor is what the press reports from a wire or a paper
        // ("Selon Reuters, la somme exigée à X en fait …").
        let lx = lexicon();
        let press = |name: &str| lx.is_agency(name) || lx.is_outlet(name);
        let reported = (evidence == ClaimEvidence::SourceMarker
            && speaker
                .is_some_and(|e| press(&crate::extract::lexicon::fold(&d.entities[e].name))))
            // The marker stands unread when its name is the press's, no party's.
            || (0..s.tokens.len()).any(|i| {
                matches!(lx.phrase_at(s.tokens, i, s.tokens.len()), Some((n, Phrase::Source))
                    if s.tokens.get(i + n).is_some_and(|x| press(&x.key)))
            });
        if cue == Cue::Say || disputes.is_empty() || reported {
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
    kind::classify(
        d,
        s,
        &at,
        cue_text,
        Said {
            party,
            speaker,
            evidence,
            from,
            counsel,
        },
        disputes,
        ctx,
    )
}

/// German puts the object before the participle: in "Eine junge Frau hatte Ferraz beschuldigt"
/// the sentence opens with its subject, a noun phrase, and the name after the auxiliary is
/// whom she accused.
fn object_before_verb(s: &Sentence, name_at: usize) -> bool {
    const ARTICLES: [&str; 12] = [
        "der", "die", "das", "den", "dem", "ein", "eine", "einer", "einen", "einem", "seine",
        "ihre",
    ];
    let t = s.tokens;
    ARTICLES.contains(&t[0].key.as_str())
        && (1..name_at).any(|i| sentences::AUXILIARIES.contains(&t[i].key.as_str()))
        && !t[1..name_at].iter().any(|x| x.break_before)
}

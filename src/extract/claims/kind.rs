//! What a party's words are to its dispute: an allegation, a response, or nothing at all (a
//! commentator's view, a defendant's plans); and whom they are set against.

use super::attribute::CueAt;
use super::clauses;
use super::context::Context;
use super::cues::{Cue, Phrase, lexicon};
use super::disputes::{self, Disputes, Side, about_the_dispute, against};
use super::found::Found;
use super::sentences::Sentence;
use super::speakers;
use crate::extract::tokens::Token;
use crate::model::{ClaimEvidence, ClaimKind, Dossier, EntityKind, Lang};

/// Who spoke a sentence's words, once the text has named the party they speak for.
pub(super) struct Said {
    pub(super) party: usize,
    pub(super) speaker: Option<usize>,
    pub(super) evidence: ClaimEvidence,
    /// The token the claimed content starts at.
    pub(super) from: usize,
    /// Counsel speaks: whatever they say answers the case.
    pub(super) counsel: bool,
}

/// The claim a party's words make, in the order the evidence settles it: whether the speaker
/// is in the dispute at all, whether a defendant's words answer anything, then the kind from
/// the cue and the side, and the other side it is set against.
pub(super) fn classify(
    d: &Dossier,
    s: &Sentence,
    at: &CueAt,
    cue_text: String,
    said: Said,
    disputes: &mut Disputes,
    ctx: &Context,
) -> Option<Found> {
    let (k, n, cue) = (at.k, at.n, at.cue);
    let Said {
        party,
        speaker,
        evidence,
        from,
        counsel,
    } = said;
    let ph = &s.phrases;
    let side = disputes.side(party);
    // Commentators and analysts are no party to the dispute; but whoever denies an accusation
    // is one ("Ferrel denied any wrongdoing", where only a court and the prosecution accuse
    // him), and so is a person the dossier names again and again (the victim who testifies).
    // An analyst named often is an analyst still ("Jonas Pihl, an analyst at …"); but not a
    // person the story is about, named in most of its articles (the victim who plays for a club
    // outside the dispute).
    let central = d.entities[party].mentions.len() >= 10;
    let main_person = d.entities[party].kind == EntityKind::Person
        && speakers::named_often(d, party)
        && (central || ctx.sides.get(&party) != Some(&None));
    // An organization outside the dispute weighing in on it (a government on a fine, a
    // consumer group on a ruling) takes a side; not the people of one ("Analysts at Nordbank
    // said"), who comment.
    let lx = lexicon();
    let names_decision = s.tokens.iter().any(|x| lx.is_decision(&x.key));
    let names_accuser = s
        .mentions
        .iter()
        .any(|m| m.2 != party && matches!(disputes.side(m.2), Some(Side::Plaintiff(_))));
    let names_party = s
        .mentions
        .iter()
        .any(|m| m.2 != party && disputes.side(m.2).is_some());
    // In an article that has told a decision, an organization speaking up reacts to it.
    let decided_here = ctx.decided == Some(s.article);
    // So does a person holding public office ("sagte Merz", after "Der deutsche Bundeskanzler
    // Friedrich Merz").
    let weighs_in = side.is_none()
        && (d.entities[party].kind == EntityKind::Organization || ctx.officials.contains(&party))
        && evidence != ClaimEvidence::Unattributed
        && !at
            .subject
            .is_some_and(|(i, e)| e == party && people_of(s.tokens, i))
        && (names_decision || names_party || decided_here);
    if side.is_none() && !disputes.is_empty() && cue != Cue::Deny && !main_person && !weighs_in {
        return None;
    }
    // A defendant's words with no word of the dispute in them (their plans, their products)
    // answer nothing; unless the verb argues ("Alves had maintained she could have left"), or
    // they are a quotation going on from its answer just before ("Dans un communiqué,
    // l'entreprise conteste … « Nous avons toujours respecté les règles », a-t-elle ajouté").
    // Or their quoted words in an article that has told the accusation against them ("Le
    // parquet accuse X … « J'en suis absolument sûr », a déclaré X").
    // German reported speech in the Konjunktiv is their words as a quotation is ("Er habe die
    // Frau nur am Arm gehalten, sagte der 76-Jährige").
    let reported = s.quote.is_some() || (s.lang == Lang::De && clauses::reported_subjunctive(s));
    let answering = reported
        && (ctx.last.is_some_and(|l| {
            l.party == party
                && l.kind == ClaimKind::Response
                && l.article == s.article
                && l.paragraph + 1 >= s.paragraph
        }) || ctx.accused_here.contains(&party));
    // Nor when they speak of someone else who has claimed something (the victim whose
    // testimony the prosecution's case rests on: "He said he never asked anyone to pressure
    // Hermoso").
    let names_claimant = s
        .mentions
        .iter()
        .any(|m| m.2 != party && ctx.claimants.contains(&m.2));
    if cue == Cue::Say
        && matches!(side, Some(Side::Defendant(_)))
        && !lexicon().argues(&cue_text)
        && !counsel
        && !answering
        && !names_claimant
        && !clauses::about_a_decision(s, k, n, cue)
        && !about_the_dispute(s, party, disputes)
    {
        return None;
    }
    // An unnamed spokesperson saying something with no word of the dispute and no one of the
    // other side in it tells a fact of the process: "Die Gespräche sollen am 4. März
    // fortgesetzt werden, sagte ein Sprecher der Gewerkschaft".
    if cue == Cue::Say
        && evidence == ClaimEvidence::Anaphor
        && s.quote.is_none()
        && ph.iter().any(|p| p.2 == Phrase::RoleAnaphor)
        && !about_the_dispute(s, party, disputes)
    {
        return None;
    }
    // The defendant accusing the plaintiff answers the suit ("OpenAI accused Musk of
    // harassment in its filing"), unless the article tells of its countersuit. The
    // plaintiff's own words stay its allegations there: it answers the countersuit only by
    // denying it.
    let countersuer = ctx.countersuit.get(&s.article).copied();
    let defendant = matches!(side, Some(Side::Defendant(_)));
    // Suing back, or accusing "in turn" ("X in turn demanded Y pay"): the counterclaim; not
    // a fined company's turn against the authority, which answers the fine ("Meta, por su
    // parte, acusó a la Comisión").
    let against_authority =
        matches!(side, Some(Side::Defendant(di)) if disputes.is_authority(disputes[di].plaintiff));
    let countersues = ph
        .iter()
        .any(|p| p.2 == Phrase::Countersue || (p.2 == Phrase::InTurn && !against_authority));
    // Unless the dossier says it brings claims of its own: then its accusations are those.
    let counterclaims = disputes.counterclaim.contains(&party) && !against_authority;
    let answers_the_suit = defendant && countersuer.is_none() && !countersues && !counterclaims;
    let kind = match (
        if evidence == ClaimEvidence::Filing {
            Cue::Accuse
        } else {
            cue
        },
        side,
    ) {
        (Cue::Deny, _) => ClaimKind::Response,
        // Weighing in against a decision or the accuser answers them.
        (_, None) if weighs_in && (names_decision || names_accuser || decided_here) => {
            ClaimKind::Response
        }
        (Cue::Accuse | Cue::Say, _) if clauses::about_a_decision(s, k, n, cue) => {
            ClaimKind::Response
        }
        // A quotation going on from the speaker's answer just before.
        (Cue::Say, _) if answering => ClaimKind::Response,
        // Speaking of a decision one did not take answers it ("Dorsey said the fine was an
        // attack").
        (Cue::Say, None | Some(Side::Defendant(_))) if clauses::reports_on_a_decision(s, k, n) => {
            ClaimKind::Response
        }
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
        for e in disputes::accused_after(s, k + n) {
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
    let mut against = against(disputes, party, s);
    // Criticising a decision answers whoever took it ("Dorsey criticised the fine").
    if against.is_empty()
        && kind == ClaimKind::Response
        && clauses::about_a_decision(s, k, n, cue)
        && let Some(by) = disputes.decider.or_else(|| disputes.authority())
    {
        against.push(disputes.actor(by));
    }
    Some(Found {
        kind,
        party: Some(disputes.actor(party)),
        evidence,
        speaker,
        against,
        cue: cue_text,
        from,
    })
}

/// Whether the name at `at` follows people's role and a preposition, in the singular or the
/// plural: "Analysts at Nordbank", "un analyste chez", "Experten der Bank".
fn people_of(t: &[Token], at: usize) -> bool {
    let roles = crate::extract::lexicon::lexicon();
    at >= 2
        && roles
            .role_prepositions
            .contains(t[at - 1].key.trim_end_matches('\''))
        && ["", "s", "es", "en", "n"].iter().any(|end| {
            t[at - 2]
                .key
                .strip_suffix(end)
                .is_some_and(|w| roles.is_role_word(w))
        })
}

//! Whose side a speaker is on: the filer of a complaint, "the company", a spokesperson,
//! a lawyer's client, or no side at all for a commentator.

use super::context::Context;
use super::cues::{Phrase, lexicon};
use super::disputes::{Disputes, Side, against};
use super::sentences::{POSSESSIVES, Sentence};
use crate::extract::tokens::Shape;
use crate::model::{Dossier, EntityKind, Lang};

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

/// "The company …" is the party of the claim before; "a spokesperson …" speaks for whom the
/// role names ("a spokesman for the union"), else against the party named after the verb, or,
/// failing that, for the party before. The phrase is `(token, length, what)`.
pub(super) fn anaphor(
    d: &Dossier,
    s: &Sentence,
    after: usize,
    (pk, pn, p): (usize, usize, Phrase),
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    let before = ctx.last.map(|l| l.party);
    if p == Phrase::RoleAnaphor
        && let Some(of) = role_of(d, s, pk + pn, disputes, ctx)
    {
        return of;
    }
    // "A company spokesperson": the latest company, as "the company" is.
    let lx = crate::extract::lexicon::lexicon();
    if p == Phrase::RoleAnaphor
        && s.tokens[pk..pk + pn].iter().any(|x| lx.is_org_word(&x.key))
        && let Some(company) = latest_company(d, disputes, ctx)
    {
        return Some(company);
    }
    if p == Phrase::AuthorityAnaphor {
        // "The regulator said": the authority of the dispute, never the party before it.
        return disputes.authority_called(&s.tokens[pk + pn - 1].key);
    }
    // "The newspaper has claimed": the newspaper that went to law, the one named most; no
    // other company.
    if p == Phrase::CompanyAnaphor
        && s.tokens[pk..pk + pn]
            .iter()
            .any(|x| lexicon().is_newspaper_noun(&x.key))
    {
        return disputes
            .sides
            .keys()
            .copied()
            .filter(|&e| outlet(d, e))
            .max_by_key(|&e| (d.entities[e].mentions.len(), std::cmp::Reverse(e)));
    }
    if p == Phrase::CompanyAnaphor {
        // "The company", "la società": the latest company of the article, not an authority
        // nor a person that spoke last.
        let company = latest_company(d, disputes, ctx);
        if company.is_some() {
            return company;
        }
        // None spoke yet: the accused company, when an authority accuses ("En un comunicado, la
        // compañía ha asegurado …" after the regulator's fine), never the authority itself.
        if disputes.authority().is_some() {
            return disputes
                .iter()
                .flat_map(|x| x.defendants.iter().copied())
                .find(|&e| {
                    d.entities[e].kind == EntityKind::Organization && !disputes.is_authority(e)
                });
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

/// Whom a role speaks for when its complement says so: "a spokesman for the union", "ein
/// Sprecher der Gewerkschaft", "un portavoz de la aerolínea". `Some(None)` when the complement
/// is a noun the dossier cannot tell (one never set before a name): no guess then, as the party
/// before may well be the other side.
fn role_of(
    d: &Dossier,
    s: &Sentence,
    end: usize,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<Option<usize>> {
    let lx = lexicon();
    let t = s.tokens;
    let joined = |j: usize| t.get(j).is_some_and(|x| !x.break_before);
    let mut j = end;
    if joined(j) && lx.is_preposition(&t[j].key) {
        j += 1;
    }
    // German writes the genitive with the article alone ("der Gewerkschaft").
    if joined(j) && lx.is_determiner(&t[j].key) {
        j += 1;
    }
    if j == end || !joined(j) {
        return None;
    }
    if let Some(m) = s.mentions.iter().find(|m| m.0 == j) {
        return Some(Some(m.2));
    }
    let at = |p: Phrase| lx.is_at(t, j - 1, p) || lx.is_at(t, j, p);
    if at(Phrase::CompanyAnaphor) {
        return Some(latest_company(d, disputes, ctx));
    }
    if at(Phrase::AuthorityAnaphor) {
        return Some(disputes.authority_called(&t[j].key));
    }
    Some(ctx.descriptors.noun(&t[j], s.lang))
}

/// The latest company of the article that spoke: not an authority, nor an organization the
/// dossier only ever calls something else (a union, a club).
/// A newspaper by its row's name ("New York Times").
fn outlet(d: &Dossier, e: usize) -> bool {
    lexicon().is_outlet(&crate::extract::lexicon::fold(&d.entities[e].name))
}

/// Before any company has spoken in the article, the company of the disputes it has named
/// that the dossier names most ("Advogados da OpenAI pediram … A companhia afirma …"; not its
/// product named after it); not a newspaper, which is "the newspaper".
pub(super) fn latest_company(d: &Dossier, disputes: &Disputes, ctx: &Context) -> Option<usize> {
    let firm = |e: &usize| {
        d.entities[*e].kind == EntityKind::Organization
            && !disputes.is_authority(*e)
            && !disputes.institution.get(*e).copied().unwrap_or(false)
            && !ctx.descriptors.not_a_firm(*e)
    };
    ctx.recent.iter().rev().copied().find(firm).or_else(|| {
        ctx.named_orgs
            .iter()
            .copied()
            .filter(|e| disputes.side(*e).is_some() && !outlet(d, *e) && firm(e))
            .max_by_key(|&e| d.entities[e].mentions.len())
    })
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
    // A person the dossier names again and again is a party in their own right ("Ferrel
    // denied any wrongdoing" after his accuser's words, though named beside the federation he
    // led); someone named once or twice speaks for the party of the claim before (a
    // spokesperson, a co-founder), or for no one (an analyst of a bank).
    let main = named_often(d, speaker);
    if let Some(known) = said_for(d, s, speaker, disputes, ctx) {
        ctx.sides.insert(speaker, known);
    }
    match ctx.sides.get(&speaker) {
        Some(&Some(known)) => return Some(known),
        Some(None) if !main => return None,
        _ => {}
    }
    // A public office before the name ("Der deutsche Bundeskanzler Friedrich Merz", "Secretary
    // of State Marco Rubio"): the office-holder speaks in his own name, not for whoever spoke
    // before.
    // So does a prosecutor where the dossier names no prosecution to speak for ("Prosecutor
    // Claire Fontane said"): not for the party of the claim before.
    if main
        || s.mentions.iter().find(|m| m.2 == speaker).is_some_and(|m| {
            holds_office(s, m.0)
                || (disputes.authority().is_none() && super::accused::prosecutor_titled(s, m.0))
        })
    {
        return Some(speaker);
    }
    ctx.last.map(|l| l.party).or(Some(speaker))
}

/// Whether a title of public office stands just before the name at token `at` in its phrase,
/// alone or ending a compound ("US-Präsident", "Bundeskanzler", "vice president").
pub(super) fn holds_office(s: &Sentence, at: usize) -> bool {
    const OFFICES: [&str; 30] = [
        "president",
        "presidente",
        "prasident",
        "prasidentin",
        "chancellor",
        "kanzler",
        "kanzlerin",
        "minister",
        "ministre",
        "ministro",
        "ministra",
        "ministerin",
        "secretary",
        "senator",
        "senador",
        "senadora",
        "senatore",
        "senateur",
        "governor",
        "gouverneur",
        "gobernador",
        "governatore",
        "governador",
        "mayor",
        "maire",
        "alcalde",
        "sindaco",
        "prefeito",
        "burgermeister",
        "premier",
    ];
    let t = s.tokens;
    let office = |key: &str| {
        OFFICES.contains(&key)
            || OFFICES
                .iter()
                .any(|o| key.len() > o.len() + 2 && key.ends_with(o))
    };
    (at.saturating_sub(4)..at)
        .rev()
        .take_while(|&i| !t[i + 1].break_before)
        .any(|i| office(&t[i].key))
}

/// Whether the dossier names `e` often enough (four mentions) to be a party of their own rather
/// than someone's voice.
pub(super) fn named_often(d: &Dossier, e: usize) -> bool {
    d.entities[e].mentions.len() >= 4
}

/// A lawyer's word beside a speaker's name, what the sentence says of the lawyer's client.
pub(super) struct Counsel {
    /// The client named beside the lawyer's word ("lawyer for X", "X's lawyer").
    pub(super) client: Option<usize>,
    /// Other lawyers joined to the speaker ("as advogadas X e Y"): no clients.
    co_counsel: Vec<usize>,
}

/// Whether the sentence calls `speaker` a lawyer, and whose.
pub(super) fn counsel_for(
    d: &Dossier,
    s: &Sentence,
    speaker: usize,
    disputes: &Disputes,
) -> Option<Counsel> {
    let lx = lexicon();
    let at = s.mentions.iter().find(|m| m.2 == speaker)?;
    let near = |from: usize, to: usize| {
        s.tokens[from.min(s.tokens.len())..to.min(s.tokens.len())]
            .iter()
            .enumerate()
            .position(|(i, _)| lx.lawyer_at(s.tokens, from + i))
            .map(|i| i + from)
    };
    // Not "X's lawyer Y": there X is the client, and Y the lawyer.
    let owns_lawyer = s.tokens[at.1 - 1].possessive;
    let l = near(at.0.saturating_sub(4), at.0)
        .or_else(|| near(at.1, at.1 + 4).filter(|_| !owns_lawyer))?;
    const AND: [&str; 6] = ["and", "et", "e", "ed", "y", "und"];
    let co_counsel = |m: &&(usize, usize, usize)| {
        m.0 > at.1
            && m.0 <= at.1 + 1
            && s.tokens[at.1..m.0]
                .iter()
                .all(|x| AND.contains(&x.key.as_str()))
    };
    // The client: a name just after the lawyer word ("lawyer for X", "avvocato di X"), or just
    // before it ("X's lawyer"): a party, or a person the dossier names often enough to be one
    // (a name met once there may be the lawyer's firm: "Baun Hedlund attorney Y").
    let client = s
        .mentions
        .iter()
        .filter(|m| m.2 != speaker && m.0 + 4 >= l && m.0 <= l + 6 && !co_counsel(m))
        .map(|m| m.2)
        .find(|&e| {
            disputes.side(e).is_some()
                || (d.entities[e].kind == EntityKind::Person && named_often(d, e))
        });
    Some(Counsel {
        client,
        co_counsel: s.mentions.iter().filter(co_counsel).map(|m| m.2).collect(),
    })
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
    let counsel = counsel_for(d, s, speaker, disputes);
    said_for_with(d, s, speaker, counsel, disputes, ctx)
}

/// [`said_for`], with what [`counsel_for`] found in the sentence already at hand.
pub(super) fn said_for_with(
    d: &Dossier,
    s: &Sentence,
    speaker: usize,
    counsel: Option<Counsel>,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<Option<usize>> {
    let lx = lexicon();
    let at = s.mentions.iter().find(|m| m.2 == speaker)?;
    if let Some(counsel) = counsel {
        if let Some(c) = counsel.client {
            return Some(Some(c));
        }
        // Else the client the dossier gave the other lawyer named with her.
        if let Some(side) = counsel
            .co_counsel
            .iter()
            .find_map(|m| ctx.sides.get(m).copied().flatten())
        {
            return Some(Some(side));
        }
        // Else the client the text names for this lawyer elsewhere ("l'avocat de X, Y" in one
        // article, "o advogado do ex-produtor, Y" in another), else the claim before's party.
        if let Some(&known) = ctx.clients.get(&speaker) {
            return Some(Some(known));
        }
        // A lawyer's side is a client's, never the company named beside her, which may be
        // the other side ("attorney Y, specifically his statement that Quintara officials …").
        return ctx.last.map(|last| Some(last.party));
    }
    // "its chairman, X", "son président, X": a role of the organization that spoke just
    // before, in this paragraph or the one before. Not "el presidente del club, X", where the
    // one that spoke before may be the other side.
    if let Some(last) = ctx.last.filter(|l| {
        l.article == s.article
            && l.paragraph + 1 >= s.paragraph
            && d.entities[l.party].kind == EntityKind::Organization
    }) && role_of_the_one_before(s, at.0)
    {
        return Some(Some(last.party));
    }
    // An official of the authority ("the commission's competition enforcer, Margrethe
    // Vestager", "la comisaria europea Margrethe Vestager"): the authority speaks.
    // Its title stands before the name, or after it set off by a comma; not after a verb ("X
    // reached a deal with prosecutors").
    // A prosecutor's title too ("la procureure", "Staatsanwältin", German with its capital).
    // English writes the prosecuting attorney's office with capitals ("District Attorney").
    let title_word = |i: usize| {
        let t = &s.tokens[i];
        let key = t.key.trim_end_matches("'s");
        (t.shape == Shape::Lower && lx.is_authority(key))
            || ((t.shape == Shape::Lower || (s.lang == Lang::De && t.shape == Shape::Capitalized))
                && lx.is_prosecutor_title(key))
            || lx.prosecutor_at(s.tokens, i)
    };
    let after = &s.tokens[at.1.min(s.tokens.len())..(at.1 + 5).min(s.tokens.len())];
    // Not the subject of a verb that has the name for its object ("Le parquet accuse X").
    let cue_between =
        |from: usize| super::sentences::cues(&s.phrases).any(|c| (from..at.0).contains(&c.0));
    let official = (at.0.saturating_sub(5)..at.0).any(|i| title_word(i) && !cue_between(i + 1))
        || (after.first().is_some_and(|t| t.break_before)
            && (at.1..at.1 + after.len()).any(title_word));
    if official && let Some(authority) = disputes.authority() {
        return Some(Some(authority));
    }
    // A role of a named authority in the name's own phrase: "Elena Sorvino, the Commission's
    // executive vice-president", "la vicepresidente della Commissione Elena Sorvino".
    let t = s.tokens;
    // The name's own phrase: back to the last break before it (none when a comma sets the
    // name off), and after it when a comma opens an apposition, up to the next break.
    let before = if t[at.0].break_before {
        at.0
    } else {
        (at.0.saturating_sub(6)..at.0)
            .rev()
            .find(|&i| t[i].break_before)
            .unwrap_or(at.0.saturating_sub(6))
    };
    let after = if t.get(at.1).is_some_and(|x| x.break_before) {
        (at.1 + 1..(at.1 + 8).min(t.len()))
            .find(|&i| t[i].break_before)
            .unwrap_or((at.1 + 8).min(t.len()))
    } else {
        at.1
    };
    let zone = [before..at.0, at.1..after];
    let in_zone = |i: usize| zone.iter().any(|z| z.contains(&i));
    let roles = crate::extract::lexicon::lexicon();
    let role = zone
        .iter()
        .flat_map(|z| &t[z.clone()])
        .any(|x| roles.is_role_word(&x.key));
    if role
        && let Some(m) = s
            .mentions
            .iter()
            .find(|m| m.2 != speaker && in_zone(m.0) && disputes.is_authority(m.2))
    {
        return Some(Some(m.2));
    }
    // An organization in the name's phrase, with a role or "of" before it ("Carmen Ibarra,
    // portavoz de Grupo Solmar", "Michael Strand, Kestrel's general counsel", "Jonas Pihl of
    // Nordbank"); not one the sentence merely names near the speaker ("EU fines X, Dorsey
    // threatens").
    let org = s
        .mentions
        .iter()
        // A court beside a name judges the person, it does not employ them ("the court found
        // Tomás Ferrel guilty").
        .filter(|m| {
            m.2 != speaker
                && in_zone(m.0)
                && !s.in_quote(m.0)
                && d.entities[m.2].kind == EntityKind::Organization
                && !disputes.is_court(m.2)
                // Dealing with the prosecution is no working for it ("X fez um acordo com o
                // Ministério Público"); its officials are found by their titles above.
                && !disputes.is_authority(m.2)
                && (role
                    || m.0.checked_sub(1).is_some_and(|p| {
                        roles
                            .role_prepositions
                            .contains(t[p].key.trim_end_matches('\''))
                    }))
        })
        .min_by_key(|m| m.0.abs_diff(at.0))
        .map(|m| m.2)?;
    Some(disputes.side(org).map(|_| org))
}

/// Whether the name at `at` follows a role with a possessive, in its own noun phrase, and no
/// name: "its chairman", "son président", "il suo presidente".
fn role_of_the_one_before(s: &Sentence, at: usize) -> bool {
    let t = s.tokens;
    let from = at.saturating_sub(5);
    // The phrase before the name: back to the last break, the name's own comma aside.
    let start = (from + 1..at)
        .rev()
        .find(|&i| t[i].break_before)
        .unwrap_or(from);
    let phrase = &t[start..at];
    let ents = crate::extract::lexicon::lexicon();
    let role = phrase.iter().any(|x| ents.is_role_word(&x.key));
    let owner = phrase.iter().any(|x| POSSESSIVES.contains(&x.key.as_str()));
    role && owner && s.names_in(start, at).next().is_none()
}

/// The company a sentence opens with by a word for one, with no name before the cue: an
/// article, then a company word among the next three words ("the iPhone-maker", "le géant de
/// la tech", "la compañía de la manzana"). The latest company of the article, not an authority.
pub(super) fn company_subject(
    d: &Dossier,
    s: &Sentence,
    k: usize,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    let t = s.tokens;
    let ents = crate::extract::lexicon::lexicon();
    // The article that the French "a" and "il" are not: Portuguese "a", "o", Italian "il".
    let lang = s.lang;
    let opener = lexicon().is_noun_opener(&t[0].key)
        || super::descriptors::opens_noun_phrase(&t[0].key, lang);
    if k < 2
        || !opener
        || s.names_in(0, k).next().is_some()
        || !t[1..k.min(4)]
            .iter()
            // "iphone-maker", "us-konzern": a compound whose last part is a company word.
            .any(|x| crate::extract::kind_cues::is_company_noun(ents, &x.key))
    {
        return None;
    }
    let company =
        |e: &usize| d.entities[*e].kind == EntityKind::Organization && !disputes.is_authority(*e);
    // The latest company that spoke, or else the company the latest speaker is against ("O
    // cantor processou a editora … A editora afirma").
    ctx.recent.iter().rev().copied().find(company).or_else(|| {
        let last = *ctx.recent.last()?;
        against(disputes, last, s).into_iter().find(company)
    })
}

/// Whether the first name before the cue stands inside the anaphor's description ("the
/// company that X founded", "l'azienda di X"): the anaphor, not the name, is the subject.
pub(super) fn subject_after(s: &Sentence, anaphor: usize, cue: usize) -> bool {
    s.names_in(0, cue).next().is_none_or(|m| m.0 > anaphor)
}

/// The company a person speaks for or leads, as the dossier says it.
pub(super) fn company_of(
    d: &Dossier,
    person: usize,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    if d.entities[person].kind == EntityKind::Organization {
        return Some(person);
    }
    ctx.sides
        .get(&person)
        .copied()
        .flatten()
        .or_else(|| disputes.side(person).map(|_| person))
}

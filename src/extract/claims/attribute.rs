//! Whose claim a sentence with a cue is: the evidence is tried in the order it is surest: a
//! pronoun for the latest party, a passive's agent, a source marker, a filing, the speaker
//! after a quotation, the subject before the cue, an anaphor ("the company"), the claim before;
//! else no one, and the row says so.

use super::context::Context;
use super::counsel::{
    accused_person, client_of, defence, lawyer_after_quote, lawyer_of, possessive_client,
};
use super::cues::{Cue, Phrase, lexicon};
use super::descriptors;
use super::disputes::{self, Disputes};
use super::genders;
use super::pronouns::{
    PRONOUNS, Pronoun, THEY, age_pronoun, age_word, meant_by, pronoun_word, the_latter, we_in_quote,
};
use super::sentences::{POSSESSIVES, Sentence};
use super::sources::{Source, source_of};
use super::speakers::{anaphor, company_of, company_subject, filer, party_of, subject_after};
use crate::model::{ClaimEvidence, ClaimKind, Dossier, EntityKind, Lang};

/// The cue a sentence is read by: `n` tokens at `k`, and the first actor named before it (or
/// right after a German verb in second place), as (token, entity).
pub(super) struct CueAt {
    pub(super) k: usize,
    pub(super) n: usize,
    pub(super) cue: Cue,
    pub(super) subject: Option<(usize, usize)>,
    /// Where German says the words were said, after them ("…, hieß es bei X").
    pub(super) said_where: Option<Source>,
}

/// Who makes the claim and how the text says so.
pub(super) struct Attribution {
    pub(super) party: Option<usize>,
    pub(super) speaker: Option<usize>,
    pub(super) evidence: ClaimEvidence,
    /// The token the claimed content starts at.
    pub(super) from: usize,
    /// Counsel speaks ("La defensa ha asegurado", "les avocats de X ont qualifié"): whatever
    /// they say answers the case.
    pub(super) counsel: bool,
}

/// A phrase that opens the sentence, or a clause set off early in it.
pub(super) fn opening(s: &Sentence, pk: usize) -> bool {
    pk == 0 || (pk <= 6 && s.tokens[pk].break_before)
}

/// Reads the party of one sentence; `statement` is the party of a statement announced in its
/// paragraph.
pub(super) fn attribute(
    d: &Dossier,
    s: &Sentence,
    text: &str,
    at: &CueAt,
    statement: Option<usize>,
    disputes: &Disputes,
    ctx: &mut Context,
) -> Attribution {
    let CueAt { k, n, cue, .. } = *at;
    let subject_at = at.subject.map(|m| m.0);
    let subject = at.subject.map(|m| m.1);
    let ph = &s.phrases;
    let t = s.tokens;
    let opening = |pk: usize| opening(s, pk);
    // A verb with no subject (Spanish, Italian and Portuguese drop it: "Asimismo, ha asegurado
    // que …") goes on with the speaker before, in its paragraph or the one before.
    // So does a verb closing a quotation with no one after it ("«…», apuntaron.", "“…”,
    // añadió, deseando …").
    let verb_first = subject.is_none()
        && ((k <= 4 && (k == 0 || t[k].break_before)) || bare_after_quote(s, k, n));
    let lang = s.lang;
    let last_here = ctx.last.filter(|l| {
        l.article == s.article
            && (l.paragraph == s.paragraph || (verb_first && l.paragraph + 1 == s.paragraph))
    });
    // Not when the sentence names that party as someone else would ("l'offre de Mercor", "la
    // réponse de Mercor à nous"): the other side speaks of it, and when it says "we" in its
    // quotation, it is that other side.
    let names_last = last_here.is_some_and(|l| s.mentions.iter().any(|m| m.2 == l.party));
    let same_paragraph_last = last_here.filter(|_| !names_last);
    let other_side = last_here
        .filter(|_| names_last && we_in_quote(s))
        .and_then(|l| disputes::opponent(disputes, l.party));
    // German may say where the words were said after them: "…, hieß es bei X".
    let source = ph
        .iter()
        .find(|&&(pk, _, p)| p == Phrase::Source && opening(pk))
        .map(|&(pk, pn, _)| (pk + pn, source_of(s, pk + pn, &ctx.descriptors)))
        .or_else(|| at.said_where.map(|src| (0, Some(src))));
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
    }) && !speaker_closes_german(s, k, n, lang);
    // The speaker after the verb, when the verb follows the reported words ("…», a déclaré
    // X", "—dijo X", "»…«, so X"); not a name further on in "Analysts said the fine would dent
    // Vestra's cash".
    // The verb may follow its auxiliary ("«…», ha replicato X"); a verb of answering after a
    // quotation names its speaker as a verb of saying does.
    let after_break = t[k].break_before
        || (k > 0 && t[k - 1].break_before && AUXILIARIES.contains(&t[k - 1].key.as_str()));
    let after_quote_anaphor = ph.iter().find(|&&(pk, _, p)| {
        s.tokens[k].break_before
            && (k + n..=k + n + 1).contains(&pk)
            && s.says(k, n)
            && matches!(
                p,
                Phrase::RoleAnaphor | Phrase::AuthorityAnaphor | Phrase::CompanyAnaphor
            )
    });
    let said_after = || {
        let mut actors = s.actors_in(k + n, (k + n + 8).min(s.tokens.len()));
        let first = actors.next();
        // "afirmou o presidente da SEC, Gary Gensler": the person the role belongs to, named
        // after a comma, speaks (for the organization, as her role says).
        let person_after = actors.next().filter(|m| {
            t[m.0].break_before
                && d.entities[m.2].kind == EntityKind::Person
                && first.is_some_and(|f| d.entities[f.2].kind == EntityKind::Organization)
        });
        person_after
            .or(first)
            // Not a name past the speaker the verb names by a noun ("», ha spiegato Bruxelles,
            // ordinando ad Apple di …"); but the noun's own name after a comma ("», sagte eine
            // Sprecherin von Voltara, Miriam Kessler").
            .filter(|m| {
                after_quote_anaphor.is_none_or(|a| {
                    // Before the noun, or in its own phrase ("eine Sprecherin von Voltara"),
                    // or its name after a comma.
                    m.0 <= a.0
                        || (m.0 <= a.0 + a.1 + 3
                            && !t[a.0 + 1..=m.0].iter().any(|x| x.break_before))
                        || t[m.0].break_before
                })
            })
            .map(|m| m.2)
            .filter(|_| {
                after_break
                    && (s.says(k, n)
                        || s.tokens[k].key == "so"
                        || (cue == Cue::Deny && s.starts_with_quote(text)))
            })
    };
    // "His accuser, who testified …, said Ferraz had …": a noun phrase opening the sentence is
    // its subject, and the name after the verb is inside the reported words.
    let noun_phrase_first =
        descriptors::opens_noun_phrase(&t[0].key, lang) || POSSESSIVES.contains(&t[0].key.as_str());
    let subject_anaphor = ph.iter().find(|&&(pk, pn, p)| {
        pk < k
            // Opening the sentence, or right before the verb after a fronted phrase ("A luglio
            // la procura aveva chiesto …"), not a preposition's complement ("People familiar
            // with the company said").
            && (opening(pk)
                || (pk + pn == k && pk <= 8 && !lexicon().is_complement(t, pk))
                // The clause's subject after a long fronted phrase set off by a comma ("Em um
                // documento apresentado no Tribunal … (26.fev.2024), a companhia afirma").
                || (pk + pn == k && t[pk].break_before && !s.in_quote(pk))
                // Right after the quotation it speaks: '"…," the spokesperson added'.
                || (pk + pn == k && pk > 0 && t[pk].break_before && s.in_quote(pk - 1)))
            && matches!(
                p,
                Phrase::CompanyAnaphor | Phrase::RoleAnaphor | Phrase::AuthorityAnaphor
            )
    });
    // "…, it said", "…, a-t-il ajouté", "…, sagte er", "…, dijo.": the speaker is the one the
    // text spoke of before, not a name inside the reported words.
    // French inverts the pronoun after the verb: "a-t-elle ajouté", "estime-t-il".
    // A person described by her age after the verb stands for her as a pronoun would: "„…“,
    // sagte der 34-Jährige", '"…," said the 34-year-old', "ha detto la 45enne".
    let aged = (t[k].break_before && k + n + 1 < t.len() && age_word(&t[k + n + 1].key))
        .then(|| age_pronoun(&t[k + n].key))
        .flatten();
    let word_at = |i: usize| match aged {
        Some(p) if i == k + n => p,
        _ => pronoun_word(&t[i].key),
    };
    // Italian "il" is the article ("ha dichiarato il quotidiano"), Spanish "es" a verb.
    let other_word = |w: &str| matches!((s.lang, w), (Lang::It, "il") | (Lang::Es, "es"));
    let pronoun = |i: usize| {
        i < t.len()
            && (PRONOUNS.contains(&word_at(i)) || word_at(i) == "person")
            && !other_word(word_at(i))
    };
    let trailing_pronoun = cue == Cue::Say
        && k > 0
        // "…, it said" or "…, sagte er"
        && ((t[k - 1].break_before && pronoun(k - 1)) || (t[k].break_before && pronoun(k + n)))
        // Not an article before the speaker's name ("…», ha detto il presidente Desmond
        // Okafor": Italian "il" is no pronoun).
        && !s.mentions.iter().any(|m| (k + n..k + n + 4).contains(&m.0));
    let mut from = k;
    // The pronoun of "…, it said" or of "It also said …", by its gender where English marks it.
    // A pronoun opening the sentence, or its clause after an opener ("Durante o julgamento, ele
    // negou …"), with no name before the cue.
    let clause_pronoun = || {
        (0..k.min(7))
            .filter(|&i| i == 0 || t[i].break_before)
            .find(|&i| pronoun(i) && k - i <= 3)
            .filter(|_| s.names_in(0, k).next().is_none())
    };
    let pronoun_at = if trailing_pronoun {
        (k.saturating_sub(1)..(k + n + 1).min(t.len())).find(|&i| pronoun(i))
    } else if (k <= 3 && pronoun(0)) || (k <= 4 && the_latter(t).is_some()) {
        Some(0)
    } else {
        clause_pronoun()
    };
    let by_pronoun = pronoun_at.and_then(|i| {
        // "Ce dernier", "esta última": a pronoun in two words.
        let latter = (i == 0).then(|| the_latter(t)).flatten();
        let pronoun = Pronoun {
            at: i,
            word: latter.unwrap_or_else(|| word_at(i)),
            latter: latter.is_some(),
            trailing: trailing_pronoun,
        };
        meant_by(d, s, pronoun, disputes, ctx)
    });
    // "They argued that …" after "Prosecutors said …": the party of the claim before, in its
    // paragraph or the one before.
    let they = (k <= 3 && THEY.contains(&t[0].key.as_str()))
        .then(|| {
            ctx.last
                .filter(|l| l.article == s.article && l.paragraph + 1 >= s.paragraph)
                .map(|l| l.party)
        })
        .flatten();
    // A lawyer's word opening the sentence, or before the subject's preposition ("les avocats
    // de X").
    let counsel = defence(s, k);
    let counsel_of_subject = subject_at.is_some_and(|at| lawyer_of(s, at));
    let mut by_counsel = false;
    let (party, speaker, evidence) = if let Some((p, speaker)) = by_pronoun {
        if trailing_pronoun {
            from = 0;
        }
        (Some(p), speaker, ClaimEvidence::Anaphor)
    } else if let Some(l) = ctx.last.filter(|l| {
        // "…», a-t-elle déclaré" is not the man who spoke before.
        let want = pronoun_at.and_then(|i| genders::of_pronoun(word_at(i)));
        trailing_pronoun && !matches!((want, genders::of(d, l.party)), (Some(w), Some(g)) if w != g)
    }) {
        from = 0;
        (Some(l.party), None, ClaimEvidence::Anaphor)
    } else if let Some(p) = they {
        (Some(p), None, ClaimEvidence::Anaphor)
    } else if let Some(client) = possessive_client(s, k).filter(|&e| disputes.side(e).is_some()) {
        // "Marisol Quintero's lawyers said": the client's side.
        by_counsel = true;
        (Some(client), None, ClaimEvidence::Anaphor)
    } else if let Some(client) = counsel.and_then(|at| client_of(d, s, at, disputes, ctx)) {
        // "His lawyer said", "Seine Anwältin kündigte an", "La sua difesa aveva chiesto": the
        // accused's side, whoever the lawyer is.
        by_counsel = true;
        // The lawyer named in the subject ("Il suo avvocato, Arthur Aidala, ha definito …")
        // is who spoke.
        let lawyer = counsel.and_then(|at| {
            s.names_in(at + 1, k)
                .map(|m| m.2)
                .find(|&e| e != client && d.entities[e].kind == EntityKind::Person)
        });
        (Some(client), lawyer, ClaimEvidence::Anaphor)
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
            Source::Litigant(plaintiff) => (
                disputes.first_litigant(plaintiff),
                None,
                ClaimEvidence::Anaphor,
            ),
            Source::Authority(noun) => (
                disputes.authority_called(&s.tokens[noun].key),
                None,
                ClaimEvidence::Anaphor,
            ),
            // Read as a ruling before the party is sought.
            Source::Court => (None, None, ClaimEvidence::Court),
        }
    } else if filing_subject {
        // "The complaint alleges…": the side that filed it.
        (filer(disputes, s, ctx), None, ClaimEvidence::Filing)
    } else if let Some(e) = said_after()
        // Or a noun the dossier set before one name, right after the verb ("«…», ha ripetuto
        // l'attore", '"…," said the actor').
        // Not a company's noun there, which the anaphor reads ("«…», ha dichiarato il
        // quotidiano": the newspaper that went to law).
        .or_else(|| {
            (after_break && s.says(k, n) && after_quote_anaphor.is_none())
                .then(|| ctx.descriptors.after_verb(s, k + n))
                .flatten()
        })
        .filter(|_| {
            s.starts_with_quote(text)
                || text[s.start..].starts_with(['—', '–'])
                || speaker_closes_german(s, k, n, lang)
        })
    {
        // "« … », a déclaré le porte-parole de l'entreprise, Joe Osborne."
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::QuoteSpeaker,
        )
    } else if let Some(&(pk, pn, p)) = subject_anaphor.filter(|a| subject_after(s, a.0, k)) {
        // "The company that Tomas Ekdahl founded said", "L'azienda di Tomas Ekdahl sostiene":
        // the company of the person named inside its description.
        // A person after a preposition in a company's description ("l'entreprise de Sam
        // Altman") leads it, and is not it: the company is the one "the company" means.
        let named = s.names_in(pk, k).next();
        let leader = named.is_some_and(|m| {
            p == Phrase::CompanyAnaphor
                && d.entities[m.2].kind == EntityKind::Person
                && m.0 > 0
                && lexicon().is_preposition(&t[m.0 - 1].key)
        });
        let of_named = named
            .filter(|_| !leader)
            .and_then(|m| company_of(d, m.2, disputes, ctx));
        let meant = of_named.or_else(|| anaphor(d, s, k + n, (pk, pn, p), disputes, ctx));
        // "L'azienda californiana è accusata di …": the company is the accused, and its
        // accuser makes the claim.
        if disputes::accused_subject(s, k, n) {
            (
                meant.and_then(|e| disputes::accuser_of(disputes, e)),
                None,
                ClaimEvidence::Passive,
            )
        } else {
            (meant, None, ClaimEvidence::Anaphor)
        }
    } else if let Some(e) = subject
        .or_else(|| ctx.descriptors.subject(s, k, lang))
        .filter(|_| disputes::accused_subject(s, k, n))
    {
        // "Rubiales, accused of assault": the subject is the accused; the accuser is the other
        // side of its dispute, or no one the text names.
        (
            disputes::accuser_of(disputes, e),
            None,
            ClaimEvidence::Passive,
        )
    } else if subject.is_none() && disputes::accused_subject(s, k, n) {
        // "È accusata di questo X", "A artista é acusada de …": the accused after the cue or
        // described; no one sued, so the prosecution the dossier names, if any, accuses.
        (disputes.authority(), None, ClaimEvidence::Passive)
    } else if let Some(e) = subject {
        by_counsel = counsel_of_subject;
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::Subject,
        )
    } else if let Some(&phrase) = subject_anaphor {
        (
            anaphor(d, s, k + n, phrase, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(e) = company_subject(d, s, k, disputes, ctx) {
        // "The iPhone-maker said", "Le géant de la tech aurait …", "Der US-Konzern verlangt":
        // a company word opening the sentence is the latest company of the article.
        (Some(e), None, ClaimEvidence::Anaphor)
    } else if let Some(e) = ctx
        .descriptors
        .subject(s, k, lang)
        .or_else(|| ctx.descriptors.inverted_subject(s, k, n))
    {
        // "Le chanteur affirme …", "El sello argumenta …": the name the dossier describes so;
        // in German also after the verb ("In einem Brief erklärte die Gewerkschaft, …").
        (
            party_of(d, s, e, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(e) = said_after().filter(|_| !noun_phrase_first) {
        (
            party_of(d, s, e, disputes, ctx),
            Some(e),
            ClaimEvidence::QuoteSpeaker,
        )
    } else if let Some(p) = lawyer_after_quote(s, k, n)
        .and_then(|_| ctx.last.filter(|l| l.article == s.article).map(|l| l.party))
    {
        // "„…“, erklärte die Rechtsvertreterin": the lawyer of the side that spoke before.
        (Some(p), None, ClaimEvidence::Anaphor)
    } else if let Some(&phrase) = after_quote_anaphor {
        // "„…“, sagte ein Sprecher des Unternehmens": the role speaks for the party before.
        (
            anaphor(d, s, k + n, phrase, disputes, ctx),
            None,
            ClaimEvidence::Anaphor,
        )
    } else if let Some(party) = statement {
        (Some(party), None, ClaimEvidence::QuoteSpeaker)
    } else if let Some(l) = same_paragraph_last.filter(|l| {
        // Not a suit or an accusation right after the other side's answer: "X wies die
        // Vorwürfe zurück. Sie hatte Anzeige erstattet" is not X suing.
        !(l.kind == ClaimKind::Response && matches!(cue, Cue::Sue | Cue::Accuse))
    }) {
        // "It also accuses…": the subject of the claim before, in the same paragraph.
        (Some(l.party), None, ClaimEvidence::PreviousClaim)
    } else if let Some(p) = other_side {
        // "… l'offre de Mercor …: « Nous ne permettons à personne … »", after Mercor spoke.
        (Some(p), None, ClaimEvidence::Anaphor)
    } else if let Some(e) = (cue == Cue::Deny
        && (noun_phrase_first || pronoun(0) || clause_noun_phrase(s, k)))
    .then(|| accused_person(d, disputes, ctx))
    .flatten()
    {
        // "The 38-year-old had denied the charges", "Il corridore ha sempre negato", "À cet
        // égard, l'ancien dirigeant a minimisé …": a denial by someone the text describes but
        // does not name is the accused's.
        (Some(e), None, ClaimEvidence::Anaphor)
    } else {
        (None, None, ClaimEvidence::Unattributed)
    };
    Attribution {
        party,
        speaker,
        evidence,
        from,
        counsel: by_counsel,
    }
}

/// German sets the reporting clause after the reported words, verb first: "Die Firma setze
/// die Sicherheit aufs Spiel, sagte Ellison", "…, erklärte die BAPG." The name right after the
/// verb, ending the sentence with no clause after it, is the speaker, whatever opens the
/// sentence (not "Sein Anwalt, der …, sagte, Ferraz habe …", where a clause follows).
fn speaker_closes_german(s: &Sentence, k: usize, n: usize, lang: Lang) -> bool {
    let t = s.tokens;
    lang == Lang::De
        && t[k].break_before
        && s.actors_in(k + n, (k + n + 2).min(t.len()))
            .next()
            .is_some_and(|m| !t[m.0].break_before && t[m.1..].iter().all(|x| !x.break_before))
}

/// Whether a noun phrase opens the clause of the cue at `k` after a fronted phrase set off by
/// a comma: "À cet égard, l'ancien dirigeant a minimisé …".
fn clause_noun_phrase(s: &Sentence, k: usize) -> bool {
    let t = s.tokens;
    (1..k).find(|&i| t[i].break_before).is_some_and(|i| {
        descriptors::opens_noun_phrase(&t[i].key, s.lang) && s.names_in(i, k).next().is_none()
    })
}

/// Auxiliaries a verb of saying may follow after a quotation ("«…», ha replicato X"), in the
/// pluperfect too ("«…», avait déclaré X").
const AUXILIARIES: [&str; 20] = [
    "ha", "hanno", "a", "ont", "han", "hat", "has", "tem", "avait", "avaient", "had", "hatte",
    "hatten", "aveva", "avevano", "habia", "habian", "tinha", "tinham", "havia",
];

/// Whether the verb at `[k, k + n)` follows a quotation (its auxiliary too: "», ha aggiunto")
/// and ends its clause, naming no speaker: "«…», apuntaron.", "“…”, añadió, deseando …".
fn bare_after_quote(s: &Sentence, k: usize, n: usize) -> bool {
    let t = s.tokens;
    let at = if k > 0 && AUXILIARIES.contains(&t[k - 1].key.as_str()) {
        k - 1
    } else {
        k
    };
    at > 0
        && t[at].break_before
        && s.in_quote(at - 1)
        && t.get(k + n).is_none_or(|x| x.break_before)
}

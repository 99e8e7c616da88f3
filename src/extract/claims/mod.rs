//! Allegations and responses: sentences with a claim cue (or a quotation), attributed to a
//! speaker and the party whose side they are on, set against the other side of the dispute,
//! and paired with what they answer.

pub mod cues;
mod pairing;

use super::candidates::ParaTokens;
use super::tokens::Token;
use crate::corpus::segment::quote_spans;
use crate::model::{Claim, ClaimKind, Dossier, EntityKind, MentionsByParagraph};
use cues::{Cue, Phrase, lexicon};
use rustc_hash::FxHashMap as HashMap;

/// One dispute: who sued whom. Defendants grow as allegations name more people.
#[derive(Clone, Debug, Default)]
struct Dispute {
    plaintiff: usize,
    defendants: Vec<usize>,
}

/// The disputes of a dossier, with each party's side at hand.
#[derive(Default)]
struct Disputes {
    list: Vec<Dispute>,
    sides: HashMap<usize, Side>,
}

impl std::ops::Deref for Disputes {
    type Target = [Dispute];

    fn deref(&self) -> &[Dispute] {
        &self.list
    }
}

impl Disputes {
    fn side(&self, e: usize) -> Option<Side> {
        self.sides.get(&e).copied()
    }

    fn add_defendant(&mut self, di: usize, e: usize) {
        if !self.list[di].defendants.contains(&e) {
            self.list[di].defendants.push(e);
            self.sides.entry(e).or_insert(Side::Defendant(di));
        }
    }

    fn plaintiff_dispute(&mut self, plaintiff: usize) -> usize {
        match self.list.iter().position(|x| x.plaintiff == plaintiff) {
            Some(i) => i,
            None => {
                self.list.push(Dispute {
                    plaintiff,
                    defendants: Vec::new(),
                });
                let i = self.list.len() - 1;
                // A plaintiff's side wins over having been named a defendant elsewhere.
                self.sides.insert(plaintiff, Side::Plaintiff(i));
                i
            }
        }
    }
}

/// A sentence being read: its tokens, the names in it, and the quotations.
struct Sentence<'a> {
    article: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    tokens: &'a [Token],
    /// (first token, last token exclusive, entity) of each mention.
    mentions: Vec<(usize, usize, usize)>,
    /// Token ranges inside quotation marks.
    quoted: Vec<(usize, usize)>,
    quote: Option<String>,
    /// Its claim phrases: (token, length, what).
    phrases: Vec<(usize, usize, Phrase)>,
}

impl Sentence<'_> {
    fn in_quote(&self, k: usize) -> bool {
        self.quoted.iter().any(|&(s, e)| s <= k && k < e)
    }

    fn starts_with_quote(&self, text: &str) -> bool {
        text[self.start..].starts_with(['«', '“', '„', '"', '”', '‹'])
    }

    /// Names outside quotations within `[from, to)`.
    fn names_in(&self, from: usize, to: usize) -> impl Iterator<Item = &(usize, usize, usize)> {
        self.mentions
            .iter()
            .filter(move |&&(s, e, _)| s >= from && e <= to && !self.in_quote(s))
    }
}

/// What the claim pass remembers from one sentence to the next.
#[derive(Default)]
struct Context {
    /// Party, speaker and kind of the last claim, with its article and paragraph.
    last: Option<(usize, Option<usize>, ClaimKind, usize, usize)>,
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
        let Some(c) = claim(d, s, text, &mut disputes, &mut ctx) else {
            if ctx.last.is_some_and(|l| l.3 != s.article) {
                ctx.last = None;
            }
            continue;
        };
        ctx.last = Some((c.party, c.speaker, c.kind, s.article, s.paragraph));
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

/// Live body sentences with their names and quotations, in dossier order.
fn sentences<'a>(
    d: &Dossier,
    paras: &'a [ParaTokens],
    mentions: &MentionsByParagraph,
) -> Vec<Sentence<'a>> {
    let mut out = read_sentences(d, paras, mentions);
    // Looking up claim phrases is the costly part, and each sentence's own: use every core.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = out.len().div_ceil(threads).max(64);
    std::thread::scope(|scope| {
        for part in out.chunks_mut(chunk) {
            scope.spawn(move || part.iter_mut().for_each(|s| s.phrases = phrases(s)));
        }
    });
    out
}

fn read_sentences<'a>(
    d: &Dossier,
    paras: &'a [ParaTokens],
    mentions: &MentionsByParagraph,
) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    for p in paras.iter().filter(|p| !p.heading) {
        let para = &d.articles[p.article].paragraphs[p.paragraph];
        let quotes = quote_spans(&para.text);
        let names = mentions.get(&(p.article, p.paragraph));
        for s in &para.sentences {
            let first = p.tokens.partition_point(|t| t.start < s.start);
            let last = p.tokens.partition_point(|t| t.start < s.end);
            let tokens = &p.tokens[first..last];
            let index_of = |byte: usize| tokens.partition_point(|t| t.start < byte);
            let in_sentence = |&&(qs, qe): &&(usize, usize)| qs >= s.start && qe <= s.end;
            let quoted: Vec<(usize, usize)> = quotes
                .iter()
                .filter(in_sentence)
                .map(|&(qs, qe)| (index_of(qs), index_of(qe)))
                .collect();
            let quote = quotes.iter().find(in_sentence).map(|&(qs, qe)| {
                para.text[qs..qe]
                    .trim_matches(|c: char| "«»“”„\"‹› ".contains(c))
                    .to_string()
            });
            let mut mentions: Vec<(usize, usize, usize)> = names
                .into_iter()
                .flatten()
                .filter(|&&(ms, me, _)| ms >= s.start && me <= s.end)
                .map(|&(ms, me, e)| (index_of(ms), index_of(me), e))
                .collect();
            mentions.sort();
            out.push(Sentence {
                article: p.article,
                paragraph: p.paragraph,
                start: s.start,
                end: s.end,
                tokens,
                mentions,
                quoted,
                quote,
                phrases: Vec::new(),
            });
        }
    }
    out
}

/// The phrases of a sentence: (token, length, what).
fn phrases(s: &Sentence) -> Vec<(usize, usize, Phrase)> {
    let lx = lexicon();
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.tokens.len() {
        match lx.phrase_at(s.tokens, k, s.tokens.len()) {
            Some((n, p)) if !s.in_quote(k) => {
                out.push((k, n, p));
                k += n;
            }
            _ => k += 1,
        }
    }
    out
}

fn cues(phrases: &[(usize, usize, Phrase)]) -> impl Iterator<Item = (usize, usize, Cue)> + '_ {
    phrases.iter().filter_map(|&(k, n, p)| match p {
        Phrase::Cue(c) => Some((k, n, c)),
        _ => None,
    })
}

/// The first cue of a sentence (its subject stands before it), and the strongest, which sets
/// the kind: suing, then denying, accusing, saying.
fn main_cue(phrases: &[(usize, usize, Phrase)]) -> Option<((usize, usize), Cue)> {
    let (k, n, _) = cues(phrases).next()?;
    let strongest = cues(phrases).map(|(_, _, c)| c).max()?;
    Some(((k, n), strongest))
}

/// Who sues whom: the subject of each suing sentence, against the names after the verb.
fn find_disputes(d: &Dossier, sentences: &[Sentence]) -> Disputes {
    let mut out = Disputes::default();
    for s in sentences {
        let ph = &s.phrases;
        let Some((k, n, _)) = cues(ph).find(|c| c.2 == Cue::Sue) else {
            continue;
        };
        let Some(plaintiff) = s.names_in(0, k).map(|m| m.2).next() else {
            continue;
        };
        let defendants: Vec<usize> = s
            .names_in(k + n, s.tokens.len())
            .map(|m| m.2)
            .filter(|&e| e != plaintiff)
            .collect();
        if defendants.is_empty()
            || d.entities[plaintiff].kind != EntityKind::Organization
                && d.entities[plaintiff].kind != EntityKind::Person
        {
            continue;
        }
        let i = out.plaintiff_dispute(plaintiff);
        for e in defendants {
            out.add_defendant(i, e);
        }
    }
    out
}

struct Found {
    kind: ClaimKind,
    party: usize,
    speaker: Option<usize>,
    against: Vec<usize>,
    cue: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Plaintiff(usize),
    Defendant(usize),
}

fn claim(
    d: &Dossier,
    s: &Sentence,
    text: &str,
    disputes: &mut Disputes,
    ctx: &mut Context,
) -> Option<Found> {
    let ph = &s.phrases;
    let same_paragraph_last = ctx.last.filter(|l| l.3 == s.article && l.4 == s.paragraph);
    let Some(((k, n), cue)) = main_cue(ph) else {
        // A quotation on its own continues the claim before it: « Nous ne permettrons… »
        let (party, speaker, kind, _, _) =
            same_paragraph_last.filter(|_| s.quote.is_some() && s.starts_with_quote(text))?;
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
        let (party, _, _, _, _) = same_paragraph_last?;
        (party, None)
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

/// Whether a sentence touches the dispute: it names the other side, or speaks of its subjects.
fn about_the_dispute(s: &Sentence, party: usize, disputes: &Disputes) -> bool {
    let others = against(disputes, party, s);
    s.mentions.iter().any(|m| others.contains(&m.2)) || !lexicon().topics(s.tokens).is_empty()
}

/// The other side: defendants named in the sentence (all of them if none is), or the plaintiff.
fn against(disputes: &Disputes, party: usize, s: &Sentence) -> Vec<usize> {
    match disputes.side(party) {
        Some(Side::Plaintiff(di)) => {
            let all = &disputes[di].defendants;
            let named: Vec<usize> = all
                .iter()
                .copied()
                .filter(|e| s.mentions.iter().any(|m| m.2 == *e))
                .collect();
            if named.is_empty() { all.clone() } else { named }
        }
        Some(Side::Defendant(_)) => disputes
            .iter()
            .filter(|x| x.defendants.contains(&party))
            .map(|x| x.plaintiff)
            .collect(),
        None => {
            s.mentions
                .iter()
                .map(|m| m.2)
                .filter(|&e| e != party)
                .fold(Vec::new(), |mut v, e| {
                    if !v.contains(&e) {
                        v.push(e);
                    }
                    v
                })
        }
    }
}

/// The plaintiff behind a filing: of the dispute whose defendants the sentence names, else of
/// the claim before, else the first dispute.
fn filer(disputes: &Disputes, s: &Sentence, ctx: &Context) -> Option<usize> {
    let named = disputes
        .iter()
        .find(|x| s.mentions.iter().any(|m| x.defendants.contains(&m.2)));
    let before = ctx
        .last
        .filter(|l| l.3 == s.article)
        .and_then(|l| disputes.iter().find(|x| x.plaintiff == l.0));
    named.or(before).or(disputes.first()).map(|x| x.plaintiff)
}

/// "The company …" is the party of the claim before; "a spokesperson …" speaks against the party
/// named after the verb, or, failing that, for the party before.
fn anaphor(
    s: &Sentence,
    after: usize,
    p: Phrase,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<usize> {
    let before = ctx.last.filter(|l| l.3 == s.article).map(|l| l.0);
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
fn party_of(
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
    ctx.last
        .filter(|l| l.3 == s.article)
        .map(|l| l.0)
        .or(Some(speaker))
}

/// What this sentence says of whose side a person speaks for: a lawyer's client, an
/// organization of the dispute named beside them, or none (`Some(None)`) for someone of an
/// organization outside it (an analyst, an investor).
fn said_for(
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
        if let Some(last) = ctx.last.filter(|l| l.3 == s.article) {
            return Some(Some(last.0));
        }
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

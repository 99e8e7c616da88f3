//! What the claim pass remembers from one sentence to the next, and what it learns of each
//! article before reading its claims (a countersuit told in its lead).

use super::cues::{Cue, Phrase};
use super::descriptors;
use super::disputes::{self, Disputes, Side};
use super::sentences::Sentence;
use crate::model::ClaimKind;
use rustc_hash::FxHashMap as HashMap;

/// The last claim read, which the sentences after it in the same article may continue.
#[derive(Clone, Copy)]
pub(super) struct Last {
    pub(super) party: usize,
    pub(super) speaker: Option<usize>,
    pub(super) kind: ClaimKind,
    pub(super) article: usize,
    pub(super) paragraph: usize,
    /// Whether it quoted its speaker's words.
    pub(super) quoted: bool,
}

/// What the claim pass remembers from one sentence to the next.
#[derive(Default)]
pub(super) struct Context {
    /// The last claim, in the article being read only.
    pub(super) last: Option<Last>,
    /// Everyone who has made a claim so far, in any article.
    pub(super) claimants: rustc_hash::FxHashSet<usize>,
    /// Whom an allegation of the article being read is against so far.
    pub(super) accused_here: rustc_hash::FxHashSet<usize>,
    /// Articles that tell of a countersuit, with the defendant who sues back: there its
    /// accusations and its filing are allegations, and the plaintiff's words answer them.
    pub(super) countersuit: HashMap<usize, usize>,
    /// The article being read, once it has told a decision: reactions there answer it.
    pub(super) decided: Option<usize>,
    /// The entity named last in the sentences read so far: (article, paragraph, entity).
    pub(super) named: Option<(usize, usize, usize)>,
    /// The organizations the article being read has named so far, the latest last: "the
    /// company" before any company has spoken is the party among them named last.
    pub(super) named_orgs: Vec<usize>,
    /// Whether the sentence read last was a claim: a person it named spoke, or was spoken of.
    pub(super) named_in_claim: bool,
    /// The nouns the dossier puts before each name, for "the singer …" later.
    pub(super) descriptors: descriptors::Descriptors,
    /// A statement announced with a colon ("A spokesperson for UMG released the following
    /// statement:"): (article, paragraph, party) of the paragraph it goes on in, and how many
    /// paragraphs it may still take.
    pub(super) statement: Option<(usize, usize, usize, usize)>,
    /// The parties of the claims read so far in the article being read, the latest last: "it"
    /// stands for the latest company, "he" and "she" for the latest person.
    pub(super) recent: Vec<usize>,
    /// Where the last ruling was read (article, paragraph), while no party's claim followed:
    /// "Elle a ajouté : « … »" after it is the court's still.
    pub(super) ruling: Option<(usize, usize)>,
    /// The court, judge or authority that decided that ruling, when the text named it.
    pub(super) ruling_by: Option<usize>,
    /// Whose side each named person spoke for when the text said so ("lawyer for X",
    /// "spokesperson of Y"), or `None` for commentators: kept for their later quotes.
    pub(super) sides: HashMap<usize, Option<usize>>,
    /// The client the text names for each lawyer somewhere ("l'avocat de X, Y"): theirs where
    /// another sentence calls them a lawyer and names no client.
    pub(super) clients: HashMap<usize, usize>,
    /// People the dossier titles with a public office somewhere ("US-Präsident X", "Secretary
    /// of State X"): they weigh in as an organization does.
    pub(super) officials: rustc_hash::FxHashSet<usize>,
}

impl Context {
    /// The entity named last before sentence `s`, in its paragraph or the one before.
    pub(super) fn named_last(&self, s: &Sentence) -> Option<usize> {
        self.named
            .filter(|&(a, p, _)| a == s.article && p + 1 >= s.paragraph)
            .map(|(_, _, e)| e)
    }
}

/// The articles about a countersuit, with who sues back: their lead (first three paragraphs
/// read) tells of it, a defendant before the word ("OpenAI countersued", "en respuesta, OpenAI
/// presentó una contrademanda") or suing. An article that mentions one in passing further down
/// is still about the suit.
pub(super) fn countersuits(sentences: &[Sentence], disputes: &Disputes) -> HashMap<usize, usize> {
    let mut out = HashMap::default();
    let mut lead: HashMap<usize, usize> = HashMap::default();
    for s in sentences {
        let first = *lead.entry(s.article).or_insert(s.paragraph);
        if s.paragraph > first + 2 {
            continue;
        }
        let Some(&(k, n, _)) = s
            .phrases
            .iter()
            .find(|p| p.2 == Phrase::Countersue || p.2 == Phrase::Cue(Cue::Sue))
        else {
            continue;
        };
        // "… do processo movido por Elon Musk": the suit of the one named after "by".
        if disputes::passive_agent(s, k + n)
            .or_else(|| disputes::passive_agent(s, k + n - 1))
            .is_some()
        {
            continue;
        }
        let countersue = s.phrases.iter().any(|p| p.2 == Phrase::Countersue);
        let defendant = |e: usize| matches!(disputes.side(e), Some(Side::Defendant(_)));
        let by = s
            .actors_in(0, k)
            .map(|m| m.2)
            .next()
            .filter(|&e| defendant(e))
            .or_else(|| {
                countersue
                    .then(|| s.mentions.iter().map(|m| m.2).find(|&e| defendant(e)))
                    .flatten()
            });
        if let Some(by) = by {
            out.entry(s.article).or_insert(by);
        }
    }
    out
}

/// Keeps track of a statement announced with a colon: it is the next paragraph, and the ones
/// after it until its quotation closes (at most six).
pub(super) fn follow_statement(
    s: &Sentence,
    text: &str,
    party: Option<usize>,
    disputes: &Disputes,
    ctx: &mut Context,
) {
    let sentence = text[s.start..s.end].trim_end();
    let last_of_paragraph = s.end >= text.trim_end().len();
    if sentence.ends_with(':') && last_of_paragraph {
        let speaker = party.or_else(|| {
            s.mentions
                .iter()
                .map(|m| m.2)
                .find(|&e| disputes.side(e).is_some())
        });
        ctx.statement = speaker.map(|p| (s.article, s.paragraph + 1, p, 6));
        return;
    }
    if let Some((article, paragraph, party, left)) = ctx.statement
        && article == s.article
        && paragraph == s.paragraph
        && last_of_paragraph
    {
        let closed = text.trim_end().ends_with(['”', '»', '"']) || left <= 1;
        ctx.statement = (!closed).then_some((article, paragraph + 1, party, left - 1));
    } else if ctx
        .statement
        .is_some_and(|(a, p, _, _)| a != s.article || p < s.paragraph)
    {
        ctx.statement = None;
    }
}

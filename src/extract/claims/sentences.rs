//! Sentences as the claim pass reads them: tokens, names, quotations and claim phrases.

use super::cues::{Cue, Phrase, entities_named, lexicon};
use super::descriptors::Descriptors;
use super::phrases::phrases;
use super::pronouns::PRONOUNS;
use super::sources::{in_dateline, litigants};
use crate::corpus::segment::{quote_spans, sentences_through_quotes};
use crate::extract::candidates::ParaTokens;
use crate::extract::tokens::Token;
use crate::model::{Dossier, Lang, MentionsByParagraph};

/// A sentence being read: its tokens, the names in it, and the quotations.
pub(super) struct Sentence<'a> {
    pub(super) article: usize,
    pub(super) paragraph: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) tokens: &'a [Token],
    /// (first token, last token exclusive, entity) of each mention.
    pub(super) mentions: Vec<(usize, usize, usize)>,
    /// Token ranges inside quotation marks.
    pub(super) quoted: Vec<(usize, usize)>,
    /// It stands inside a quotation opened in a sentence before it ("“Not only … illogical. We
    /// have invested …”": the second sentence).
    pub(super) within_quote: bool,
    /// Its quotation goes on past its end, into the next sentence ("„Der Verein gab an …": the
    /// one who spoke is named where the quotation closes).
    pub(super) quote_goes_on: bool,
    pub(super) quote: Option<String>,
    /// Its claim phrases: (token, length, what).
    pub(super) phrases: Vec<(usize, usize, Phrase)>,
    /// It is a headline or subheading: a claim there needs a cue stronger than saying.
    pub(super) heading: bool,
    /// The language of its paragraph.
    pub(super) lang: Lang,
}

impl Sentence<'_> {
    pub(super) fn in_quote(&self, k: usize) -> bool {
        self.quoted.iter().any(|&(s, e)| s <= k && k < e)
    }

    /// Whether the phrase at `[k, k + n)` is a verb of saying, as the sentence read it (a
    /// German separable verb too: "„…“, fasste X zusammen").
    pub(super) fn says(&self, k: usize, n: usize) -> bool {
        self.phrases
            .iter()
            .any(|&(pk, pn, p)| pk == k && pn == n && p == Phrase::Cue(Cue::Say))
    }

    /// Whether it opens with quoted words: a quotation mark, or the words of a quotation opened
    /// in a sentence before it.
    pub(super) fn starts_with_quote(&self, text: &str) -> bool {
        self.within_quote || text[self.start..].starts_with(['«', '“', '„', '"', '”', '‹'])
    }

    /// Names outside quotations within `[from, to)`.
    pub(super) fn names_in(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        self.mentions
            .iter()
            .filter(move |&&(s, e, _)| s >= from && e <= to && !self.in_quote(s))
    }
}

impl Sentence<'_> {
    /// Names within `[from, to)` that can speak or act: outside quotations and not a
    /// preposition's complement ("l'offre de Mercor").
    pub(super) fn actors_in(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        let lx = lexicon();
        self.names_in(from, to)
            .filter(move |m| !lx.is_complement(self.tokens, m.0))
    }
}

/// Live body sentences with their names and quotations, in dossier order, and the nouns the
/// dossier puts before its names (a source marker may point at one: "selon le syndicat").
pub(super) fn sentences<'a>(
    d: &Dossier,
    paras: &'a [ParaTokens],
    mentions: &MentionsByParagraph,
) -> (Vec<Sentence<'a>>, Descriptors) {
    let mut out = read_sentences(d, paras, mentions);
    // News agencies in datelines and credits are no party: their names leave the claim pass,
    // those the lexicon lists and any named in a dateline ("NEW YORK (Wire) -"). So do the
    // outlets that report the story, but not one that goes to law in it.
    let lx = lexicon();
    let agency = entities_named(d, |n| lx.is_agency(n));
    let outlet = entities_named(d, |n| lx.is_outlet(n));
    let litigant = litigants(&out, &outlet);
    let never: Vec<bool> = (0..agency.len())
        .map(|e| agency[e] || (outlet[e] && !litigant[e]))
        .collect();
    for s in &mut out {
        let text = &d.articles[s.article].paragraphs[s.paragraph].text;
        let (t, start) = (s.tokens, s.start);
        s.mentions
            .retain(|m| !never[m.2] && !in_dateline(text, start, t[m.0].start, t[m.1 - 1].end));
    }
    let descriptors = Descriptors::learn(d, &out);
    // Looking up claim phrases is the costly part, and each sentence's own: use every core.
    let found = crate::parallel::map_ranges(out.len(), 64, |r| {
        out[r].iter().map(|s| phrases(s, &descriptors)).collect()
    });
    for (s, p) in out.iter_mut().zip(found) {
        s.phrases = p;
    }
    (out, descriptors)
}

pub(super) fn read_sentences<'a>(
    d: &Dossier,
    paras: &'a [ParaTokens],
    mentions: &MentionsByParagraph,
) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    for p in paras {
        let para = &d.articles[p.article].paragraphs[p.paragraph];
        // The title reads as a headline even when nothing marked it as one.
        let heading = p.heading || para.text.trim() == d.articles[p.article].title.trim();
        let quotes = quote_spans(&para.text);
        let names = mentions.get(&(p.article, p.paragraph));
        // Each sentence of a quotation is a claim of its own: the paragraph's sentences with
        // those inside quotations split too (read only where a quotation is).
        let spans = if quotes.is_empty() {
            para.sentences.iter().map(|s| (s.start, s.end)).collect()
        } else {
            sentences_through_quotes(&para.text)
        };
        for (start, end) in spans {
            let first = p.tokens.partition_point(|t| t.start < start);
            let last = p.tokens.partition_point(|t| t.start < end);
            let tokens = &p.tokens[first..last];
            let index_of = |byte: usize| tokens.partition_point(|t| t.start < byte);
            // The part of each quotation within this sentence.
            let parts: Vec<(usize, usize)> = quotes
                .iter()
                .filter(|&&(qs, qe)| qs < end && qe > start)
                .map(|&(qs, qe)| (qs.max(start), qe.min(end)))
                .collect();
            let quoted: Vec<(usize, usize)> = parts
                .iter()
                .map(|&(qs, qe)| (index_of(qs), index_of(qe)))
                .collect();
            let within_quote = quotes.iter().any(|&(qs, qe)| qs < start && qe > start);
            let quote_goes_on = quotes.iter().any(|&(qs, qe)| qs < end && qe > end);
            let quote = parts.first().map(|&(qs, qe)| {
                para.text[qs..qe]
                    .trim_matches(|c: char| "«»“”„\"‹› ".contains(c))
                    .to_string()
            });
            let mut mentions: Vec<(usize, usize, usize)> = names
                .into_iter()
                .flatten()
                .filter(|&&(ms, me, _)| ms >= start && me <= end)
                .map(|&(ms, me, e)| (index_of(ms), index_of(me), e))
                .collect();
            mentions.sort();
            let mentions = outermost(mentions);
            out.push(Sentence {
                article: p.article,
                paragraph: p.paragraph,
                start,
                end,
                tokens,
                mentions,
                quoted,
                within_quote,
                quote_goes_on,
                quote,
                phrases: Vec::new(),
                heading,
                lang: para.language,
            });
        }
    }
    out
}

/// Mentions sorted by (first, last) with those inside a longer one dropped: a name inside a
/// longer one is the longer one's ("Trump" in "Trump-Regierung"). One sweep: a mention is
/// inside another when one that starts before it ends at or after its end, or one that starts
/// with it ends after it. Linear after the sort, however many names a sentence holds.
fn outermost(mentions: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(mentions.len());
    // The furthest end among mentions that start before the current group's start.
    let mut before = 0;
    for group in mentions.chunk_by(|a, b| a.0 == b.0) {
        let furthest = group.last().map_or(0, |m| m.1);
        out.extend(
            group
                .iter()
                .filter(|m| before < m.1 && furthest <= m.1)
                .copied(),
        );
        before = before.max(furthest);
    }
    out
}

/// Possessives that open "his lawyer", "seine Anwältin", "la sua difesa", "o seu advogado",
/// "its rules".
pub(super) const POSSESSIVES: [&str; 27] = [
    "his", "her", "its", "their", "son", "sa", "ses", "leur", "leurs", "su", "sus", "sein",
    "seine", "seiner", "seinen", "seinem", "ihr", "ihre", "ihrer", "ihren", "ihrem", "suo", "sua",
    "suoi", "sue", "seu", "seus",
];

/// The claim cues among the phrases: a source marker is a saying, a counter-suit an
/// accusation, a dismissing word a denial.
pub(super) fn cues(
    phrases: &[(usize, usize, Phrase)],
) -> impl Iterator<Item = (usize, usize, Cue)> + '_ {
    phrases.iter().filter_map(|&(k, n, p)| match p {
        Phrase::Cue(c) => Some((k, n, c)),
        Phrase::Source => Some((k, n, Cue::Say)),
        Phrase::Countersue | Phrase::Accused => Some((k, n, Cue::Accuse)),
        Phrase::Dismiss => Some((k, n, Cue::Deny)),
        _ => None,
    })
}

/// The first cue of a sentence (its subject stands before it), and the strongest, which sets
/// the kind: suing, then denying, accusing, saying.
pub(super) fn main_cue(s: &Sentence) -> Option<((usize, usize), Cue)> {
    // A suit named by its plaintiff ("auf die Klage von Musk reagiert", "the lawsuit filed by
    // X") is what the sentence speaks of, not what it does, when it does something else.
    let named_suit = |c: &(usize, usize, Cue)| {
        c.2 == Cue::Sue && BY.contains(&s.tokens[c.0 + c.1 - 1].key.as_str())
    };
    let others = cues(&s.phrases).any(|c| !named_suit(&c));
    // A cue inside a relative clause set off by commas tells of someone else's act ("L'ancien
    // champion, contre lequel le parquet avait requis six ans, avait affirmé …"): the verb of
    // the main clause, when there is one, makes the claim.
    let main_clause = cues(&s.phrases).any(|c| !relative_clause(s, c.0));
    let cue_list = || {
        cues(&s.phrases)
            .filter(move |c| !(others && named_suit(c)))
            .filter(move |c| !(main_clause && relative_clause(s, c.0)))
            .filter(move |c| !restrictive_relative(s, c.0))
    };
    // A dismissing word inside the quotation sets the kind, not where the subject ends.
    let (k, n, _) = cue_list()
        .find(|c| !s.in_quote(c.0))
        .or_else(|| cue_list().next())?;
    let strongest = cue_list().map(|(_, _, c)| c).max()?;
    Some(((k, n), strongest))
}

/// Whether the cue at `k` is the verb of a relative clause after another cue: "the guild said
/// managers had threatened pilots who refused extra shifts" (the pilots refused, the guild
/// denies nothing). Only the relative words that are nothing else ("que", "che", "die" are
/// also "that" and "the").
fn restrictive_relative(s: &Sentence, k: usize) -> bool {
    const WHO: [&str; 5] = ["who", "which", "qui", "quien", "quienes"];
    let earlier_cue = |at: usize| cues(&s.phrases).any(|c| c.0 < at && !s.in_quote(c.0));
    let t = s.tokens;
    (k > 0 && WHO.contains(&t[k - 1].key.as_str()) && earlier_cue(k - 1))
        || subordinate_ruling(s, k) && earlier_cue(k)
}

/// Whether a ruling verb at `k` stands in a clause of "que", "that" with a pronoun for subject:
/// "a demandé la relaxe … pour le baiser qu'il avait infligé à X" tells what he did, not what
/// a court decided.
fn subordinate_ruling(s: &Sentence, k: usize) -> bool {
    const THAT: [&str; 6] = ["que", "qu", "that", "che", "dass", "quel"];
    let t = s.tokens;
    s.phrases
        .iter()
        .any(|&(pk, _, p)| pk == k && p == Phrase::Cue(Cue::Rule))
        && (k.saturating_sub(4)..k.saturating_sub(1)).any(|i| {
            THAT.contains(&t[i].key.trim_end_matches('\''))
                && PRONOUNS.contains(&t[i + 1].key.as_str())
        })
}

/// Whether the token at `k` stands in a relative clause set off by commas: its clause opens with
/// a relative word (within two words: "contre lequel", "who", "che", "die") and closes before
/// the sentence ends.
pub(super) fn relative_clause(s: &Sentence, k: usize) -> bool {
    const RELATIVE: [&str; 28] = [
        "who", "whom", "which", "whose", "qui", "lequel", "laquelle", "lesquels", "dont", "quien",
        "quienes", "cual", "cuales", "che", "cui", "quale", "quali", "der", "die", "das", "deren",
        "dessen", "welche", "welcher", "quem", "qual", "quais", "cuyo",
    ];
    let t = s.tokens;
    let Some(open) = (1..=k).rev().find(|&i| t[i].break_before) else {
        return false;
    };
    // "tanto che", "de sorte que", "so dass": a clause of consequence, whose subject acts.
    const SO: [&str; 6] = ["tanto", "cosi", "sorte", "tal", "assim", "so"];
    (open..(open + 2).min(k + 1)).any(|i| {
        RELATIVE.contains(&t[i].key.as_str()) && !(i > 0 && SO.contains(&t[i - 1].key.as_str()))
    }) && t[k + 1..].iter().any(|x| x.break_before)
}

/// The words that bring in the agent of a passive: "by", "von", "da", "por", "par".
const BY: [&str; 9] = [
    "by", "von", "da", "dal", "dalla", "por", "par", "pela", "pelo",
];

/// The index of the word at `i`, or after it when it is an adverb that may stand between a
/// participle and its complement ("é acusada ainda de", "is also accused of").
pub(super) fn past_adverb(t: &[Token], i: usize) -> usize {
    const ADVERBS: [&str; 12] = [
        "also",
        "ainda",
        "tambem",
        "tambien",
        "anche",
        "aussi",
        "auch",
        "inoltre",
        "ademas",
        "egalement",
        "further",
        "pure",
    ];
    if t.get(i).is_some_and(|x| ADVERBS.contains(&x.key.as_str())) {
        i + 1
    } else {
        i
    }
}

/// German auxiliaries, the verb in second place before a participle at the clause's end.
pub(super) const AUXILIARIES: [&str; 14] = [
    "hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sind", "wird", "wurde",
    "will", "soll", "kann",
];

/// A German sentence opening with a prepositional phrase puts its verb second and the subject
/// right after it; names inside the opening phrase are not the subject ("Im Prozess gegen den
/// Chef der Nordmark Bank, Ulrich Hallwig, hat die Staatsanwaltschaft vier Jahre gefordert").
/// The verb in second place is an auxiliary before the cue at `k`, or the cue itself.
pub(super) fn fronted_subject<'s>(s: &'s Sentence, k: usize) -> Option<&'s (usize, usize, usize)> {
    const PREPOSITIONS: [&str; 22] = [
        "im", "in", "nach", "bei", "beim", "gegen", "vor", "am", "an", "auf", "mit", "seit",
        "wegen", "trotz", "wahrend", "zum", "zur", "vom", "uber", "unter", "aus", "fur",
    ];
    let t = s.tokens;
    if s.lang != Lang::De || s.heading || !PREPOSITIONS.contains(&t[0].key.as_str()) {
        return None;
    }
    let verb = (1..k)
        .find(|&i| AUXILIARIES.contains(&t[i].key.as_str()))
        .unwrap_or(k);
    // The subject's name, or its article first ("hat die Staatsanwaltschaft").
    s.actors_in(verb + 1, (verb + 4).min(t.len()))
        .next()
        .filter(|m| m.0 <= verb + 2)
}

#[cfg(test)]
mod tests {
    use super::outermost;

    #[test]
    fn a_name_inside_a_longer_one_is_dropped_and_no_other() {
        // Every small set of spans, against the plain definition: a span is dropped when
        // another starts at or before it, ends at or after it, and is longer.
        let spans: Vec<(usize, usize)> = (0..5)
            .flat_map(|a| (a + 1..6).map(move |b| (a, b)))
            .collect();
        for mask in 0u32..(1 << 12) {
            let mut m: Vec<(usize, usize, usize)> = spans
                .iter()
                .take(12)
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(i, &(a, b))| (a, b, i % 3))
                .collect();
            m.sort();
            let inside = |x: &(usize, usize, usize), o: &(usize, usize, usize)| {
                o != x && o.0 <= x.0 && x.1 <= o.1 && o.1 - o.0 > x.1 - x.0
            };
            let want: Vec<_> = m
                .iter()
                .filter(|x| !m.iter().any(|o| inside(x, o)))
                .copied()
                .collect();
            assert_eq!(outermost(m.clone()), want, "{m:?}");
        }
        // Two names on the same words both stay.
        assert_eq!(
            outermost(vec![(0, 2, 0), (0, 2, 1)]),
            [(0, 2, 0), (0, 2, 1)]
        );
    }
}

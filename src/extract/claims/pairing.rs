//! Responses paired with the allegations they answer, and the same claim told by several
//! articles grouped.

use crate::model::{Claim, ClaimKind};
use rustc_hash::FxHashMap as HashMap;

/// Topics every claim of a dispute shares ("accusations", "illegal"): they tell a claim from a
/// fact, not which allegation a response answers.
const GENERIC: [&str; 2] = ["wrongdoing", "litigation"];

fn subjects(c: &Claim) -> Vec<&str> {
    c.topics
        .iter()
        .map(String::as_str)
        .filter(|t| !GENERIC.contains(t))
        .collect()
}

pub fn pair(claims: &mut [Claim]) {
    // A response answers the allegations of its own article that are against its party and
    // share its subject; a bare denial ("Mercor rejected the accusations") answers all of
    // them. Never the allegations of the whole dossier: a story told a thousand times would
    // give each denial a thousand answers.
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, a) in claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == ClaimKind::Allegation && c.party.is_some())
    {
        by_article.entry(a.article.as_str()).or_default().push(i);
    }
    let answers: Vec<Vec<String>> = claims
        .iter()
        .map(|r| {
            let Some(party) = r.party.as_deref().filter(|_| r.kind == ClaimKind::Response) else {
                return Vec::new();
            };
            let rs = subjects(r);
            by_article
                .get(r.article.as_str())
                .into_iter()
                .flatten()
                .map(|&i| &claims[i])
                .filter(|a| {
                    a.party.as_deref() != Some(party)
                        && a.against.iter().any(|x| x == party)
                        && (rs.is_empty() || subjects(a).iter().any(|t| rs.contains(t)))
                })
                .map(|a| a.id.clone())
                .collect()
        })
        .collect();
    for (c, a) in claims.iter_mut().zip(answers) {
        c.answers = a;
    }
    // The same claim in several articles. Each claim is compared only with the latest groups
    // that share one of its figures or subjects (or its shape, for a quotation or a bare
    // answer), a bounded number: grouping a dossier that tells one story ten thousand times
    // stays linear.
    let features: Vec<Features> = claims.iter().map(Features::of).collect();
    let mut groups: Vec<usize> = (0..claims.len()).collect();
    let mut index: HashMap<(&Party, Token), Vec<usize>> = HashMap::default();
    // (group, article): a claim never joins a group its own article already tells.
    let mut told: rustc_hash::FxHashSet<(usize, &str)> = Default::default();
    for i in 0..claims.len() {
        let (c, f) = (&claims[i], &features[i]);
        let article = c.article.as_str();
        let party = &f.party;
        let found = f
            .tokens()
            .filter_map(|t| index.get(&(party, t)))
            .flat_map(|list| list.iter().rev().take(CANDIDATES))
            .copied()
            .filter(|&g| {
                !told.contains(&(g, article)) && same_claim(c, f, &claims[g], &features[g])
            })
            .min();
        match found {
            Some(g) => groups[i] = g,
            None => {
                for t in f.tokens() {
                    index.entry((party, t)).or_default().push(i);
                }
            }
        }
        told.insert((groups[i], article));
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.group = format!("g{}", groups[i] + 1);
    }
}

/// How many of the latest groups sharing a feature a claim is compared with.
const CANDIDATES: usize = 24;

/// Kind, party and speaker: only claims alike in these can be one claim.
type Party = (ClaimKind, Option<String>, Option<String>);

/// What a claim is looked up by.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Token {
    Number(String),
    Subject(String),
    Quote,
    Bare,
}

/// What grouping compares of a claim, computed once.
struct Features {
    party: Party,
    numbers: Vec<String>,
    subjects: Vec<String>,
    quote_len: usize,
}

impl Features {
    fn of(c: &Claim) -> Features {
        Features {
            party: (c.kind, c.party.clone(), c.speaker.clone()),
            numbers: numbers(&c.text).into_iter().map(String::from).collect(),
            subjects: subjects(c).into_iter().map(String::from).collect(),
            quote_len: c.quote.as_ref().map_or(0, |q| q.chars().count()),
        }
    }

    fn tokens(&self) -> impl Iterator<Item = Token> + '_ {
        let shape = if !self.numbers.is_empty() || !self.subjects.is_empty() {
            None
        } else if self.quote_len > 0 {
            Some(Token::Quote)
        } else {
            Some(Token::Bare)
        };
        self.numbers
            .iter()
            .cloned()
            .map(Token::Number)
            .chain(self.subjects.iter().cloned().map(Token::Subject))
            .chain(shape)
    }
}

fn same_claim(a: &Claim, fa: &Features, b: &Claim, fb: &Features) -> bool {
    if a.article == b.article || fa.party != fb.party {
        return false;
    }
    // Numbers survive translation: two claims that both cite figures and share none are two
    // claims ("since 2021" against "1.2 billion").
    let (na, nb) = (&fa.numbers, &fb.numbers);
    if !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.contains(n)) {
        return false;
    }
    let (x, y) = (&fa.subjects, &fb.subjects);
    let shared = x.iter().filter(|t| y.contains(t)).count();
    let union = x.len() + y.len() - shared;
    if union == 0 {
        // No subject the lexicon knows: the same figures, or two bare answers ("Mercor rejected
        // the accusations"). Two allegations with nothing in common stay two rows.
        let bare = |c: &Claim| c.kind == ClaimKind::Response && c.quote.is_none();
        // One speaker's quotation in two languages: about as long in each.
        let (qa, qb) = (fa.quote_len, fb.quote_len);
        let one_quote =
            a.speaker.is_some() && qa > 0 && qb > 0 && qa * 10 <= qb * 14 && qb * 10 <= qa * 14;
        let figures = !na.is_empty();
        return na == nb && (figures || one_quote || (bare(a) && bare(b)));
    }
    // One speaker quoted on one subject in two articles (translations of one quotation).
    let same_quote = a.speaker.is_some() && a.quote.is_some() && b.quote.is_some() && shared > 0;
    // Most of their subjects in common.
    same_quote || shared * 5 >= union * 3
}

/// The runs of digits of a text, sorted: "1,2 mil milhões em 2021" gives 1, 2, 2021.
fn numbers(text: &str) -> Vec<&str> {
    let mut v: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

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

/// Kind, party and speaker: claims told alike by several articles share these.
type GroupKey<'a> = (ClaimKind, Option<&'a str>, Option<&'a str>);

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
    // The same claim in several articles: compared only within its kind, party and speaker.
    let mut groups: Vec<usize> = (0..claims.len()).collect();
    let mut buckets: HashMap<GroupKey, Vec<usize>> = HashMap::default();
    for i in 0..claims.len() {
        let c = &claims[i];
        let bucket = buckets
            .entry((c.kind, c.party.as_deref(), c.speaker.as_deref()))
            .or_default();
        if let Some(&j) = bucket.iter().find(|&&j| same_claim(c, &claims[j])) {
            groups[i] = j;
        } else {
            bucket.push(i);
        }
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.group = format!("g{}", groups[i] + 1);
    }
}

fn same_claim(a: &Claim, b: &Claim) -> bool {
    if a.article == b.article || a.kind != b.kind || a.party != b.party || a.speaker != b.speaker {
        return false;
    }
    // Numbers survive translation: two claims that both cite figures and share none are two
    // claims ("since 2021" against "1.2 billion").
    let (na, nb) = (numbers(&a.text), numbers(&b.text));
    if !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.contains(n)) {
        return false;
    }
    let (x, y) = (subjects(a), subjects(b));
    let shared = x.iter().filter(|t| y.contains(t)).count();
    let union = x.len() + y.len() - shared;
    if union == 0 {
        // No subject the lexicon knows: the same figures, or two bare answers ("Mercor rejected
        // the accusations"). Two allegations with nothing in common stay two rows.
        let bare = |c: &Claim| c.kind == ClaimKind::Response && c.quote.is_none();
        // One speaker's quotation in two languages: about as long in each.
        let quote_len = |c: &Claim| c.quote.as_ref().map_or(0, |q| q.chars().count());
        let (qa, qb) = (quote_len(a), quote_len(b));
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

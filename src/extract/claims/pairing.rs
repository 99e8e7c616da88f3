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
    let (x, y) = (subjects(a), subjects(b));
    let shared = x.iter().filter(|t| y.contains(t)).count();
    let union = x.len() + y.len() - shared;
    // One speaker quoted on one subject in two articles (translations of one quotation).
    let same_quote = a.speaker.is_some() && a.quote.is_some() && b.quote.is_some() && shared > 0;
    // Most of their subjects in common, or both bare ("Mercor rejected the accusations").
    same_quote
        || (union == 0 && a.quote.is_none() == b.quote.is_none())
        || (union > 0 && shared * 5 >= union * 3)
}

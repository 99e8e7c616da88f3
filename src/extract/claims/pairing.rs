//! Responses paired with the allegations they answer, and the same claim told by several
//! articles grouped.

use crate::model::{Claim, ClaimKind};

/// Topics every claim of a dispute shares ("accusations", "illegal"): they tell a claim from a
/// fact, not which allegation a response answers.
const GENERIC: [&str; 1] = ["wrongdoing"];

fn subjects(c: &Claim) -> Vec<&str> {
    c.topics
        .iter()
        .map(String::as_str)
        .filter(|t| !GENERIC.contains(t))
        .collect()
}

pub fn pair(claims: &mut [Claim]) {
    // A response answers the allegations of the other side that share its subject; a bare
    // denial ("Mercor rejected the accusations") answers those of its own article.
    let answers: Vec<Vec<String>> = claims
        .iter()
        .map(|r| {
            if r.kind != ClaimKind::Response {
                return Vec::new();
            }
            claims
                .iter()
                .filter(|a| a.kind == ClaimKind::Allegation)
                .filter(|a| r.against.contains(&a.party) && a.against.contains(&r.party))
                .filter(|a| {
                    let (rs, as_) = (subjects(r), subjects(a));
                    let shared = rs.iter().any(|t| as_.contains(t));
                    shared || (rs.is_empty() && a.article == r.article)
                })
                .map(|a| a.id.clone())
                .collect()
        })
        .collect();
    for (c, a) in claims.iter_mut().zip(answers) {
        c.answers = a;
    }
    // The same claim in several articles: same kind, party, speaker, other side and subjects,
    // or the same quotation.
    let mut groups: Vec<usize> = (0..claims.len()).collect();
    for i in 0..claims.len() {
        for j in 0..i {
            if groups[j] == j && same_claim(&claims[i], &claims[j]) {
                groups[i] = j;
                break;
            }
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

//! Responses paired with the allegations they answer, and the same claim told by several
//! articles grouped.

use crate::model::{Claim, ClaimKind, Dossier};

pub fn pair(d: &Dossier, claims: &mut [Claim]) {
    let _ = d;
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
                    let shared = r.topics.iter().any(|t| a.topics.contains(t));
                    shared || (r.topics.is_empty() && a.article == r.article)
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
    if a.article == b.article || a.kind != b.kind || a.party != b.party {
        return false;
    }
    let same_subject = a.speaker == b.speaker
        && a.against == b.against
        && !a.topics.is_empty()
        && a.topics == b.topics;
    let same_quote = match (&a.quote, &b.quote) {
        (Some(x), Some(y)) => {
            a.speaker.is_some()
                && a.speaker == b.speaker
                && x.chars().count().abs_diff(y.chars().count()) * 3 < x.chars().count().max(1)
        }
        _ => false,
    };
    same_subject || same_quote
}

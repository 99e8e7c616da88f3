//! The brief a journalist pastes: the parties, each party's allegations with the responses to
//! them and their citations, then rulings and what no party is known to have said. Read from
//! the same [`Dossier`] the screens show; the articles follow it in `export::to_markdown`.

use crate::model::{Claim, ClaimKind, Dossier};
use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write as _;

/// Lookups the brief makes for every claim, built once.
struct Index<'a> {
    d: &'a Dossier,
    articles: HashMap<&'a str, usize>,
    entities: HashMap<&'a str, usize>,
    /// Claims by group, in dossier order: the same claim told by several articles.
    groups: HashMap<&'a str, Vec<usize>>,
    /// Responses (the first of their group) by the group of the allegations they answer.
    answered_by: std::collections::HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(d: &'a Dossier) -> Index<'a> {
        let mut groups: HashMap<&str, Vec<usize>> = HashMap::default();
        for (i, c) in d.claims.iter().enumerate() {
            groups.entry(c.group.as_str()).or_default().push(i);
        }
        Index {
            d,
            articles: d
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i))
                .collect(),
            entities: d
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.as_str(), i))
                .collect(),
            groups,
            answered_by: d.answers_by_group(),
        }
    }

    fn name(&self, id: &str) -> String {
        self.entities
            .get(id)
            .map_or(id.to_string(), |&i| self.d.entities[i].name.clone())
    }

    /// "(Le Monde, 003 ¶5)", or "(fr · 003 ¶5)" when the outlet is not known.
    fn citation(&self, c: &Claim) -> String {
        match self
            .articles
            .get(c.article.as_str())
            .map(|&i| &self.d.articles[i])
        {
            Some(a) => match &a.source {
                Some(src) => format!("({src}, {} ¶{})", a.short_id(), c.paragraph),
                None => format!("({} · {} ¶{})", a.language, a.short_id(), c.paragraph),
            },
            None => format!("({} ¶{})", c.article, c.paragraph),
        }
    }

    /// The claim's line: who → whom, what, and every article that tells it.
    fn line(&self, c: &Claim) -> String {
        let against: Vec<String> = c.against.iter().map(|a| self.name(a)).collect();
        let mut who: Vec<String> = Vec::new();
        match (&c.speaker, &c.party) {
            (Some(s), Some(p)) if s != p => who.push(self.name(s)),
            // The authority that decided.
            (Some(s), None) if c.kind == ClaimKind::Ruling => who.push(self.name(s)),
            _ => {}
        }
        if !against.is_empty() {
            who.push(format!("→ {}", against.join(", ")));
        }
        let cites: Vec<String> = self
            .groups
            .get(c.group.as_str())
            .into_iter()
            .flatten()
            .map(|&i| self.citation(&self.d.claims[i]))
            .collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!("{}: ", who.join(" "))
        };
        format!("{who}“{}” {}", one_line(&c.summary), cites.join(" "))
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn brief(d: &Dossier) -> String {
    let ix = Index::new(d);
    let first = d.group_firsts();
    let mut out = String::new();
    // Parties in order of their first claim.
    let mut parties: Vec<&str> = Vec::new();
    for c in &d.claims {
        if let Some(p) = c.party.as_deref()
            && !parties.contains(&p)
        {
            parties.push(p);
        }
    }
    if !parties.is_empty() {
        out.push_str("\n## Parties\n\n");
        for p in &parties {
            let count = |k: ClaimKind| {
                d.claims
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| first[*i] && c.kind == k && c.party.as_deref() == Some(p))
                    .count()
            };
            let kind = ix
                .entities
                .get(p)
                .map_or("", |&i| match d.entities[i].kind {
                    crate::model::EntityKind::Person => "person",
                    crate::model::EntityKind::Organization => "organization",
                });
            let _ = writeln!(
                out,
                "- **{}** ({kind}): {} allegations, {} responses",
                ix.name(p),
                count(ClaimKind::Allegation),
                count(ClaimKind::Response)
            );
        }
    }
    let mut shown_under = vec![false; d.claims.len()];
    for p in &parties {
        let alleged: Vec<usize> = (0..d.claims.len())
            .filter(|&i| {
                first[i]
                    && d.claims[i].kind == ClaimKind::Allegation
                    && d.claims[i].party.as_deref() == Some(p)
            })
            .collect();
        if alleged.is_empty() {
            continue;
        }
        let _ = write!(out, "\n## {} alleges\n\n", ix.name(p));
        for i in alleged {
            let c = &d.claims[i];
            let _ = writeln!(out, "- {}", ix.line(c));
            // Each response once, under the first allegation it answers.
            for &r in ix.answered_by.get(c.group.as_str()).into_iter().flatten() {
                if !shown_under[r] {
                    shown_under[r] = true;
                    let who = d.claims[r]
                        .party
                        .as_deref()
                        .map_or("?".into(), |x| ix.name(x));
                    let _ = writeln!(out, "  - *{who} responds:* {}", ix.line(&d.claims[r]));
                }
            }
        }
    }
    // Responses that answer no allegation found in their article stand on their own.
    let lone: Vec<usize> = (0..d.claims.len())
        .filter(|&i| {
            first[i]
                && !shown_under[i]
                && d.claims[i].kind == ClaimKind::Response
                && d.claims[i].party.is_some()
        })
        .collect();
    if !lone.is_empty() {
        out.push_str("\n## Other responses\n\n");
        for i in lone {
            let c = &d.claims[i];
            let who = ix.name(c.party.as_deref().unwrap_or_default());
            let _ = writeln!(out, "- **{who}:** {}", ix.line(c));
        }
    }
    section(&mut out, &ix, &first, "Rulings", |c| {
        c.kind == ClaimKind::Ruling
    });
    section(
        &mut out,
        &ix,
        &first,
        "Unattributed: the text does not say who",
        |c| c.kind != ClaimKind::Ruling && c.party.is_none(),
    );
    out
}

fn section(
    out: &mut String,
    ix: &Index,
    first: &[bool],
    title: &str,
    keep: impl Fn(&Claim) -> bool,
) {
    let rows: Vec<&Claim> =
        ix.d.claims
            .iter()
            .enumerate()
            .filter(|(i, c)| first[*i] && keep(c))
            .map(|(_, c)| c)
            .collect();
    if rows.is_empty() {
        return;
    }
    let _ = write!(out, "\n## {title}\n\n");
    for c in rows {
        let _ = writeln!(out, "- {}", ix.line(c).trim_start_matches("→ "));
    }
}

//! The allegations-and-responses pane: rows grouped by party and kind, filtered by the chosen
//! entity and by kind, and the jump from a claim to its source sentence.

use super::{App, Focus};
use crate::model::{ClaimKind, Dossier};
use crate::tui::action::Action;
use std::collections::BTreeMap;
use std::collections::{HashMap, HashSet};

/// Responses shown under each allegation; all of them stand in their party's section.
const MAX_ANSWERS_SHOWN: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimFilter {
    Both,
    Allegations,
    Responses,
}

/// One line of the pane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimRow {
    /// "Scale AI — alleges (12)"; "Rulings (2)" and "Unattributed (3)" have no party.
    Header {
        party: Option<usize>,
        kind: ClaimKind,
        count: usize,
    },
    /// A claim (index into `Dossier::claims`); `answer` when shown under the allegation it answers.
    Claim { claim: usize, answer: bool },
}

pub struct ClaimsPane {
    pub shown: bool,
    pub filter: ClaimFilter,
    pub rows: Vec<ClaimRow>,
    /// Index into `rows` (always a claim row when there is one).
    pub cursor: usize,
    pub offset: usize,
    /// For each claim group, how many articles and languages tell it: counted once, for a
    /// group may hold thousands of claims in a dossier that follows one story.
    told: HashMap<String, (usize, usize)>,
}

impl ClaimsPane {
    pub fn new(d: &Dossier, shown: bool) -> ClaimsPane {
        let mut pane = ClaimsPane {
            shown,
            filter: ClaimFilter::Both,
            rows: Vec::new(),
            cursor: 0,
            offset: 0,
            told: told_counts(d),
        };
        pane.rebuild(d, None);
        pane
    }

    /// The claim under the cursor.
    pub fn current(&self) -> Option<usize> {
        match self.rows.get(self.cursor) {
            Some(ClaimRow::Claim { claim, .. }) => Some(*claim),
            _ => None,
        }
    }

    /// Rows for the filter and the chosen entity: each party's allegations, each followed by the
    /// responses that answer it, then each party's responses. A claim told by several articles
    /// shows once.
    pub fn rebuild(&mut self, d: &Dossier, entity: Option<&str>) {
        let keep = |c: &crate::model::Claim| {
            let kind_ok = match self.filter {
                ClaimFilter::Both => true,
                ClaimFilter::Allegations => c.kind == ClaimKind::Allegation,
                ClaimFilter::Responses => c.kind == ClaimKind::Response,
            };
            let about = entity.is_none_or(|e| {
                c.party.as_deref() == Some(e)
                    || c.speaker.as_deref() == Some(e)
                    || c.against.iter().any(|a| a == e)
            });
            kind_ok && about
        };
        // The first claim of each group stands for the group.
        let firsts = d.group_firsts();
        let first_of_group = |i: usize| firsts[i];
        let entity_index: std::collections::HashMap<&str, usize> = d
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut sections: BTreeMap<(Option<usize>, ClaimKind), Vec<usize>> = BTreeMap::new();
        let mut order: Vec<(Option<usize>, ClaimKind)> = Vec::new();
        for (i, c) in d.claims.iter().enumerate() {
            if !keep(c) || !first_of_group(i) {
                continue;
            }
            let party = c
                .party
                .as_deref()
                .and_then(|p| entity_index.get(p).copied());
            // Unattributed claims of either kind stand together.
            let kind = match (party, c.kind) {
                (None, ClaimKind::Response) => ClaimKind::Allegation,
                (_, k) => k,
            };
            let key = (party.filter(|_| c.kind != ClaimKind::Ruling), kind);
            if !sections.contains_key(&key) {
                order.push(key);
            }
            sections.entry(key).or_default().push(i);
        }
        // A response answering the claim that five articles tell shows once, under its row.
        let answered_by = d.answers_by_group();
        // The parties' allegations, then their responses, in order of their first claim; then
        // rulings; then what no party is known to have said.
        order.sort_by_key(|&(party, kind)| match (party, kind) {
            (Some(_), ClaimKind::Allegation) => 0,
            (Some(_), ClaimKind::Response) => 1,
            (_, ClaimKind::Ruling) => 2,
            (None, _) => 3,
        });
        self.rows.clear();
        let mut under: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for key in order {
            // A party's responses already shown under what they answer are not listed again.
            let claims: Vec<usize> = sections[&key]
                .iter()
                .copied()
                .filter(|i| key.1 != ClaimKind::Response || !under.contains(i))
                .collect();
            if claims.is_empty() {
                continue;
            }
            self.rows.push(ClaimRow::Header {
                party: key.0,
                kind: key.1,
                count: claims.len(),
            });
            for &i in &claims {
                self.rows.push(ClaimRow::Claim {
                    claim: i,
                    answer: false,
                });
                if key.0.is_some() && key.1 == ClaimKind::Allegation {
                    // The answers most to the point first: those that share its subject.
                    let mut answers: Vec<usize> = answered_by
                        .get(d.claims[i].group.as_str())
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&j| keep(&d.claims[j]) && first_of_group(j) && !under.contains(&j))
                        .collect();
                    answers.sort_by_key(|&j| {
                        std::cmp::Reverse(
                            d.claims[j]
                                .topics
                                .iter()
                                .filter(|t| d.claims[i].topics.contains(t))
                                .count(),
                        )
                    });
                    // A response stands under the first allegation it answers only.
                    for j in answers.into_iter().take(MAX_ANSWERS_SHOWN) {
                        under.insert(j);
                        self.rows.push(ClaimRow::Claim {
                            claim: j,
                            answer: true,
                        });
                    }
                }
            }
        }
        self.cursor = self
            .rows
            .iter()
            .position(|r| matches!(r, ClaimRow::Claim { .. }))
            .unwrap_or(0);
        self.offset = 0;
    }

    fn move_cursor(&mut self, delta: isize, rows: usize) {
        let claim_rows: Vec<usize> = (0..self.rows.len())
            .filter(|&i| matches!(self.rows[i], ClaimRow::Claim { .. }))
            .collect();
        let Some(at) = claim_rows.iter().position(|&i| i == self.cursor) else {
            return;
        };
        let to = at.saturating_add_signed(delta).min(claim_rows.len() - 1);
        self.cursor = claim_rows[to];
        let rows = rows.max(1);
        // Keep the section header in view above the first claim.
        let top = if to == 0 { 0 } else { self.cursor };
        if top < self.offset {
            self.offset = top;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
    }
}

/// Articles and languages that tell each claim group: "told by 3 articles in 2 languages".
fn told_counts(d: &Dossier) -> HashMap<String, (usize, usize)> {
    let language: HashMap<&str, crate::model::Lang> = d
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.language))
        .collect();
    let mut seen: HashMap<&str, (HashSet<&str>, HashSet<crate::model::Lang>)> = HashMap::new();
    for c in &d.claims {
        let (articles, langs) = seen.entry(c.group.as_str()).or_default();
        if articles.insert(c.article.as_str())
            && let Some(&l) = language.get(c.article.as_str())
        {
            langs.insert(l);
        }
    }
    seen.into_iter()
        .map(|(g, (a, l))| (g.to_string(), (a.len(), l.len())))
        .collect()
}

impl ClaimsPane {
    /// How many articles and languages tell the claim's group.
    pub fn told_by(&self, d: &Dossier, claim: usize) -> (usize, usize) {
        self.told
            .get(d.claims[claim].group.as_str())
            .copied()
            .unwrap_or((1, 1))
    }
}

impl App {
    /// Rows of the claims list on screen.
    pub fn claims_rows(&self) -> usize {
        self.screen()
            .claims
            .map_or(1, |r| usize::from(r.height.saturating_sub(2)))
    }

    pub(super) fn refresh_claims(&mut self) {
        let entity = self
            .selection
            .as_ref()
            .map(|s| self.dossier.entities[s.entity].id.clone());
        self.claims.rebuild(&self.dossier, entity.as_deref());
    }

    pub(super) fn cycle_claim_filter(&mut self) {
        self.claims.filter = match self.claims.filter {
            ClaimFilter::Both => ClaimFilter::Allegations,
            ClaimFilter::Allegations => ClaimFilter::Responses,
            ClaimFilter::Responses => ClaimFilter::Both,
        };
        self.refresh_claims();
    }

    /// Keys while the claims pane has the keyboard. Returns whether the action was the pane's.
    pub(super) fn update_claims(&mut self, action: Action) -> bool {
        let rows = self.claims_rows();
        if let Some(delta) = super::step(action, rows) {
            self.claims.move_cursor(delta, rows);
            return true;
        }
        match action {
            Action::Cite => self.cite(),
            _ => return false,
        }
        true
    }

    /// Show the claim's source: its article in its column, scrolled to the sentence, which is
    /// highlighted.
    pub fn cite(&mut self) {
        let Some(i) = self.claims.current() else {
            return;
        };
        let c = &self.dossier.claims[i];
        let Some(article) = self.dossier.article_index(&c.article) else {
            return;
        };
        let (paragraph, start, end) = (c.paragraph, c.start, c.end);
        self.cited = Some((article, paragraph, start, end));
        self.show_place(article, paragraph, start);
        self.message = Some(citation(&self.dossier, i));
        // The pane keeps the keyboard: the reader can go on down the list.
        self.pane_focus = Focus::Claims;
    }
}

/// "fr · 003 ¶5"
pub fn citation(d: &Dossier, i: usize) -> String {
    let c = &d.claims[i];
    match d.article(&c.article) {
        Some(a) => format!("{} · {} ¶{}", a.language, a.short_id(), c.paragraph),
        None => format!("{} ¶{}", c.article, c.paragraph),
    }
}

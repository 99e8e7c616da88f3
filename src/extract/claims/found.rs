//! One claim as the pass finds it, before it becomes a [`crate::model::Claim`].

use super::cues::Phrase;
use super::disputes::{Disputes, against};
use super::sentences::Sentence;
use crate::model::{ClaimEvidence, ClaimKind};

/// One claim as the pass finds it: its kind, the side it is on and how that was found.
pub(super) struct Found {
    pub(super) kind: ClaimKind,
    pub(super) party: Option<usize>,
    pub(super) evidence: ClaimEvidence,
    pub(super) speaker: Option<usize>,
    pub(super) against: Vec<usize>,
    pub(super) cue: String,
    /// The token the claimed content starts at.
    pub(super) from: usize,
}

impl Found {
    /// The bench's doing: no party, concerning everyone the sentence names but the courts.
    pub(super) fn ruling(disputes: &Disputes, s: &Sentence, cue: String, from: usize) -> Found {
        Found {
            kind: ClaimKind::Ruling,
            party: None,
            evidence: ClaimEvidence::Court,
            speaker: None,
            // Not a name in a clause about someone else ("…, derrière X qui en compte trois, a
            // été condamnée").
            against: s
                .mentions
                .iter()
                .filter(|m| !disputes.is_court(m.2) && !aside(s, **m, from))
                .map(|m| m.2)
                .fold(Vec::new(), push_new),
            cue,
            from,
        }
    }

    /// The authority that decided a ruling, as its speaker; not among those it concerns.
    pub(super) fn decided_by(mut self, who: Option<usize>, disputes: &Disputes) -> Found {
        if let Some(who) = who {
            self.against.retain(|&e| disputes.actor(e) != who);
            self.speaker = Some(who);
        }
        self
    }

    /// The same claim for an earlier sentence of its quotation (the speaker is named where the
    /// quotation closes: "„Der Verein gab an, … Diese liegt nun vor. …“, fasste X zusammen"):
    /// against whom it is read in that sentence; a sentence that dismisses answers.
    pub(super) fn earlier_in_quote(&self, disputes: &Disputes, s: &Sentence) -> Found {
        let dismisses = s.phrases.iter().any(|p| p.2 == Phrase::Dismiss);
        Found {
            kind: if dismisses && self.kind == ClaimKind::Allegation {
                ClaimKind::Response
            } else {
                self.kind
            },
            party: self.party,
            evidence: self.evidence,
            speaker: self.speaker,
            against: match self.party {
                Some(p) => against(disputes, p, s),
                None => self.against.clone(),
            },
            cue: self.cue.clone(),
            from: 0,
        }
    }
}

/// Everyone a sentence names, once each, in order.
pub(super) fn named(s: &Sentence) -> Vec<usize> {
    s.mentions.iter().map(|m| m.2).fold(Vec::new(), push_new)
}

fn push_new(mut v: Vec<usize>, e: usize) -> Vec<usize> {
    if !v.contains(&e) {
        v.push(e);
    }
    v
}

/// Whether the mention `m` stands in an aside set off by commas before the cue at `k`, with
/// words of its own beside the name ("…, derrière Paul Verrier qui en compte trois, a été
/// condamnée"); a name alone between commas is an apposition ("Le footballeur, Dani Alves, a
/// été condamné").
fn aside(s: &Sentence, m: (usize, usize, usize), k: usize) -> bool {
    let t = s.tokens;
    let Some(open) = (1..=m.0).rev().find(|&i| t[i].break_before) else {
        return false;
    };
    let Some(close) = (m.1..=k.min(t.len() - 1)).find(|&i| t[i].break_before) else {
        return false;
    };
    close - open > m.1 - m.0
}

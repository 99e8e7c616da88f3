//! One claim as the pass finds it, before it becomes a [`crate::model::Claim`].

use super::disputes::Disputes;
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
            against: named(s)
                .into_iter()
                .filter(|&e| !disputes.is_court(e))
                .collect(),
            cue,
            from,
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

//! Parties named by their place in the case: "plaintiff John Barnes", "der Kläger Dewayne
//! Johnson", "la demandada X". Verdict stories name the plaintiff so and never say that he
//! sued; the noun alone puts him on his side.

use super::cues::{Cue, Phrase, lexicon};
use super::disputes::Disputes;
use super::sentences::Sentence;
use crate::extract::tokens::Shape;
use crate::model::{Dossier, EntityKind};

/// The names the dossier titles plaintiff and defendant, each once, in the order met.
pub(super) fn titled(sentences: &[Sentence]) -> (Vec<usize>, Vec<usize>) {
    let lx = lexicon();
    let (mut plaintiffs, mut defendants) = (Vec::new(), Vec::new());
    for s in sentences {
        for &(at, _, e) in &s.mentions {
            // The noun right before the name, maybe with a comma between ("the plaintiff,
            // John Barnes").
            let Some(side) = at
                .checked_sub(1)
                .filter(|&i| !complement(s, i))
                .and_then(|i| lx.litigant(&s.tokens[i].key))
            else {
                continue;
            };
            let list = if side {
                &mut plaintiffs
            } else {
                &mut defendants
            };
            if !list.contains(&e) {
                list.push(e);
            }
        }
    }
    (plaintiffs, defendants)
}

/// Puts the titled parties no sentence set on a side into the disputes: a titled defendant
/// joins the dossier's first dispute; a titled plaintiff sues those defended in any dispute
/// and named more than once, and the titled defendants.
pub(super) fn join(d: &Dossier, sentences: &[Sentence], out: &mut Disputes) {
    let (plaintiffs, titled_defendants) = titled(sentences);
    let party = |out: &Disputes, e: usize| {
        matches!(
            d.entities[e].kind,
            EntityKind::Person | EntityKind::Organization
        ) && !out.is_court(e)
            && !out.is_authority(e)
            && out.side(e).is_none()
    };
    let mut defended: Vec<usize> = out
        .list
        .iter()
        .flat_map(|x| x.defendants.iter().copied())
        .filter(|&e| d.entities[e].mentions.len() >= 2)
        .collect();
    for &e in &titled_defendants {
        if party(out, e) {
            if let Some(first) = out.list.first().map(|x| x.plaintiff) {
                let di = out.plaintiff_dispute(first);
                out.add_defendant(di, e);
            }
            defended.push(e);
        }
    }
    // No dispute names anyone defending: whom the rulings that name a titled plaintiff are
    // against ("awarded plaintiff X $90 million against Y", "condenó a Y a pagar al
    // demandante X").
    if defended.is_empty() {
        for s in sentences {
            let Some(&(k, n, _)) = s.phrases.iter().find(|p| p.2 == Phrase::Cue(Cue::Rule)) else {
                continue;
            };
            if !s.mentions.iter().any(|m| plaintiffs.contains(&m.2)) {
                continue;
            }
            for m in s.names_in(k + n, s.tokens.len()) {
                if !plaintiffs.contains(&m.2) && party(out, m.2) && !defended.contains(&m.2) {
                    defended.push(m.2);
                }
            }
        }
    }
    defended.dedup();
    for p in plaintiffs {
        if party(out, p) && !defended.is_empty() {
            let di = out.plaintiff_dispute(p);
            for &e in defended.iter().filter(|&&e| e != p) {
                out.add_defendant(di, e);
            }
        }
    }
}

/// Whether the noun at `i` is another noun's complement: "la abogada del demandante, X",
/// "the lawyer of the plaintiff, X", "die Anwältin der Klägerin, X" name the lawyer.
fn complement(s: &Sentence, i: usize) -> bool {
    const OF: [&str; 17] = [
        "of", "de", "d", "del", "du", "des", "di", "della", "dello", "dei", "degli", "delle", "do",
        "da", "dos", "das", "von",
    ];
    let t = s.tokens;
    let of = |j: usize| OF.contains(&t[j].key.as_str());
    let german_genitive = |j: usize| {
        t[j].key == "der" && j > 0 && t[j - 1].shape == Shape::Capitalized && !t[j].break_before
    };
    i > 0
        && (of(i - 1)
            || german_genitive(i - 1)
            || (i > 1 && of(i - 2) && lexicon().is_determiner(&t[i - 1].key)))
}

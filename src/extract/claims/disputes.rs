//! Who sues whom, and which side of a dispute each party is on.

use super::accused::{CLAUSE_PRONOUNS, prosecutor_titled};
pub(super) use super::accused::{accused_after, accused_subject, passive_agent};
use super::cues::{Cue, Phrase, entities_named, lexicon};
use super::sentences::Sentence;
use super::suers::Suers;
use crate::model::{Dossier, EntityKind, Lang};
use rustc_hash::FxHashMap as HashMap;

/// One dispute: who sued whom. Defendants grow as allegations name more people.
#[derive(Clone, Debug, Default)]
pub(super) struct Dispute {
    pub(super) plaintiff: usize,
    pub(super) defendants: Vec<usize>,
}

/// The disputes of a dossier, with each party's side at hand.
#[derive(Default)]
pub(super) struct Disputes {
    pub(super) list: Vec<Dispute>,
    pub(super) sides: HashMap<usize, Side>,
    /// Which entities are authorities (a regulator, a ministry), by entity index.
    pub(super) authority: Vec<bool>,
    /// For each authority, the folded words of its names and how often the dossier names it:
    /// "la Comisión" is the one called a commission, "the regulator" the one most named.
    pub(super) authority_names: HashMap<usize, (Vec<String>, usize)>,
    /// The authority that decides in this dossier ("The Commission fined X"), when no court is
    /// said to: "X was fined" is then its decision.
    pub(super) decider: Option<usize>,
    /// Whether a court is the subject of a decision somewhere.
    pub(super) court_decides: bool,
    /// Which entities are institutions of the shipped list (a court, the EU, the White House):
    /// never "the company".
    pub(super) institution: Vec<bool>,
    /// The entity that acts for another, both named in the dossier: the European Commission
    /// for "the EU fined" and "l'UE accuse".
    pub(super) acting: HashMap<usize, usize>,
    /// The parties the dossier says sue back or move second ("X countersued", "X in turn
    /// demanded"): their accusations are claims of their own, not answers.
    pub(super) counterclaim: rustc_hash::FxHashSet<usize>,
    /// Which entities are courts, by their name ("Audiencia Nacional", "Landgericht Köln"):
    /// never a party.
    pub(super) court: Vec<bool>,
}

impl std::ops::Deref for Disputes {
    type Target = [Dispute];

    fn deref(&self) -> &[Dispute] {
        &self.list
    }
}

impl Disputes {
    pub(super) fn is_authority(&self, e: usize) -> bool {
        self.authority.get(e).copied().unwrap_or(false)
    }

    pub(super) fn is_court(&self, e: usize) -> bool {
        self.court.get(e).copied().unwrap_or(false)
    }

    /// The authority of the disputes, for "the regulator" and "l'autorité": the most named of
    /// those that accuse or decide.
    pub(super) fn authority(&self) -> Option<usize> {
        let weight = |e: usize| self.authority_names.get(&e).map_or(0, |n| n.1);
        // The first found wins a tie.
        self.list
            .iter()
            .enumerate()
            .map(|(i, x)| (i, x.plaintiff))
            .filter(|&(_, p)| self.is_authority(p))
            .max_by_key(|&(i, p)| (weight(p), std::cmp::Reverse(i)))
            .map(|(_, p)| p)
            // Else an authority the dossier names at all: "the prosecution requested" where
            // "la Fiscalía" is named once and accuses no one by name.
            .or_else(|| self.authority.iter().position(|&a| a))
    }

    /// The authority an anaphor's noun names ("la Comisión", "the commission"): one whose name
    /// holds the word, else the authority of the disputes ("the regulator", "Bruselas").
    pub(super) fn authority_called(&self, word: &str) -> Option<usize> {
        let called = |e: &usize| {
            self.authority_names
                .get(e)
                .is_some_and(|n| n.0.iter().any(|w| w == word))
        };
        let weight = |e: &usize| self.authority_names.get(e).map_or(0, |n| n.1);
        let named = self.list.iter().map(|x| x.plaintiff).find(called);
        named
            .or_else(|| {
                self.authority_names
                    .keys()
                    .copied()
                    .filter(called)
                    .max_by_key(|&e| (weight(&e), std::cmp::Reverse(e)))
            })
            .or_else(|| self.authority())
    }

    /// Who acts when `e` is said to: its executive if the dossier names it, else itself.
    pub(super) fn actor(&self, e: usize) -> usize {
        self.acting.get(&e).copied().unwrap_or(e)
    }

    /// Who decided what a passive tells without its agent ("Apple was fined"): the authority
    /// that decides in this dossier, when no court does.
    pub(super) fn unnamed_decider(&self) -> Option<usize> {
        self.decider.filter(|_| !self.court_decides)
    }

    /// "The plaintiff" (true) or "the defendant": the main dispute's, the one read first.
    pub(super) fn first_litigant(&self, plaintiff: bool) -> Option<usize> {
        let main = self.list.first()?;
        if plaintiff {
            Some(main.plaintiff)
        } else {
            main.defendants.first().copied()
        }
    }

    pub(super) fn side(&self, e: usize) -> Option<Side> {
        self.sides.get(&e).copied()
    }

    pub(super) fn add_defendant(&mut self, di: usize, e: usize) {
        if !self.list[di].defendants.contains(&e) {
            self.list[di].defendants.push(e);
            self.sides.entry(e).or_insert(Side::Defendant(di));
        }
    }

    pub(super) fn plaintiff_dispute(&mut self, plaintiff: usize) -> usize {
        match self.list.iter().position(|x| x.plaintiff == plaintiff) {
            Some(i) => i,
            None => {
                self.list.push(Dispute {
                    plaintiff,
                    defendants: Vec::new(),
                });
                let i = self.list.len() - 1;
                // The first side a party is found on holds: a defendant that sues back is still
                // the defendant whose answers are responses.
                self.sides.entry(plaintiff).or_insert(Side::Plaintiff(i));
                i
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Plaintiff(usize),
    Defendant(usize),
}

/// For each entity that is an institution acting through another the dossier names too, that
/// other one.
fn acting(d: &Dossier) -> HashMap<usize, usize> {
    let lx = crate::extract::lexicon::lexicon();
    let institution = |e: &crate::model::Entity| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .find_map(|n| lx.institution_of(&crate::extract::lexicon::fold(n)))
    };
    let of: Vec<Option<usize>> = d.entities.iter().map(institution).collect();
    of.iter()
        .enumerate()
        .filter_map(|(e, i)| {
            let to = lx.acts_through((*i)?)?;
            Some((e, of.iter().position(|&j| j == Some(to))?))
        })
        .collect()
}

/// Who sues whom: the subject of each suing sentence, against the names after the verb; then,
/// for parties no suit names, who accuses whom ("X accuses Y", "Y is accused by X").
pub(super) fn find_disputes(d: &Dossier, sentences: &[Sentence]) -> Disputes {
    let lx = lexicon();
    // A news agency is no authority, whatever its name says ("Agence France-Presse").
    let agency = entities_named(d, |n| lx.is_agency(n));
    let authority: Vec<bool> = entities_named(d, |n| lx.is_authority(n))
        .into_iter()
        .zip(&agency)
        .map(|(a, g)| a && !g)
        .collect();
    let mut out = Disputes {
        acting: acting(d),
        institution: entities_named(d, |n| {
            crate::extract::lexicon::lexicon().is_institution_form(n)
        }),
        authority_names: d
            .entities
            .iter()
            .enumerate()
            .filter(|(i, _)| authority[*i])
            .map(|(i, e)| {
                let words = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .flat_map(|n| {
                        crate::extract::lexicon::fold(n)
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                (i, (words, e.mentions.len()))
            })
            .collect(),
        authority,
        court: judges(d, sentences)
            .into_iter()
            .zip(&d.entities)
            .map(|(judge, e)| judge || lx.is_court_name(&e.name))
            .collect(),
        ..Disputes::default()
    };
    // Suits first, then accusations, then an authority's decisions against those it fines or
    // orders: it is on the accusing side of what it sanctions.
    // A suit told in many articles is the dossier's main one; a countersuit, told less often,
    // must not make its plaintiff the defendant's: suits are read by how much the dossier says
    // their plaintiff sued, most first.
    // Where the dossier names no prosecution, the prosecutor it names by her title
    // ("District Attorney Carla Voss") accuses whom the court convicts.
    let prosecutor = sentences.iter().find_map(|s| {
        s.mentions
            .iter()
            .find(|m| d.entities[m.2].kind == EntityKind::Person && prosecutor_titled(s, m.0))
            .map(|m| m.2)
    });
    let suers = Suers::count(sentences);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(suers.suer(i).map_or(0, |e| suers.weight(e))));
    // An authority's decisions before other accusations: a complaint to it ("Spotify
    // complained to the Commission") must not put it on the defending side.
    for pass in [Cue::Sue, Cue::Rule, Cue::Accuse] {
        for s in order.iter().map(|&i| &sentences[i]) {
            let Some((k, n, _)) = s
                .phrases
                .iter()
                .find(|&&(_, _, p)| {
                    p == Phrase::Cue(pass) || (pass == Cue::Accuse && p == Phrase::Accused)
                })
                .copied()
            else {
                continue;
            };
            // Attacking a decision answers whoever took it; it accuses no one named after it
            // ("White House attacks fine on Corvane").
            if pass == Cue::Accuse && super::clauses::about_a_decision(s, k, n, pass) {
                continue;
            }
            // The subject of the cue's own clause: not a name before a pronoun that opens the
            // clause of the cue ("… stützten Rubiales Version, indem sie behaupteten …").
            let pronoun_clause = (1..k).any(|i| {
                s.tokens[i].break_before
                    && s.tokens[i..(i + 3).min(k)]
                        .iter()
                        .any(|x| CLAUSE_PRONOUNS.contains(&x.key.as_str()))
            });
            let subject = super::sentences::fronted_subject(s, k)
                .or_else(|| s.actors_in(0, k).next())
                .filter(|_| !pronoun_clause)
                // A prosecutor by her title accuses for the prosecution ("La procureure Inés
                // Carvallo a requis …").
                .map(|m| match out.authority() {
                    Some(a) if prosecutor_titled(s, m.0) => a,
                    _ => m.2,
                });
            if pass == Cue::Rule {
                out.court_decides |= subject.is_some_and(|e| out.is_court(e));
                if let Some(authority) = subject.filter(|&e| out.is_authority(e)) {
                    // The one it fines or orders, named first: not the complainant the
                    // sentence may name after it ("… after a complaint by Spotify").
                    let fined = s
                        .names_in(k + n, s.tokens.len())
                        .map(|m| m.2)
                        .take(1)
                        .collect();
                    add(d, &mut out, authority, fined);
                    out.decider.get_or_insert(authority);
                } else if let Some(convicted) = s
                    .actors_in(0, k)
                    .next()
                    // The subject opening the sentence or its clause, not a name in a clause
                    // about someone else ("…, derrière Lionel Messi qui en compte 44, a été
                    // condamné").
                    .filter(|m| m.0 <= 3 || s.tokens[m.0].break_before)
                    // Not a prosecutor by her title, nor a name whose clause ends before the
                    // verb ("Bragg will retry Weinstein after his conviction was overturned").
                    .filter(|m| !prosecutor_titled(s, m.0) && !subordinate_between(s, m.1, k))
                    .map(|m| m.2)
                    .filter(|&e| !out.is_court(e) && !pronoun_clause)
                    // Not a decision that is the object of another verb ("White House calls EU
                    // fines extortion").
                    && !s.phrases.iter().any(|&(pk, _, p)| pk < k && matches!(p, Phrase::Cue(_)))
                    && let Some(prosecution) =
                        out.authority.iter().position(|&a| a).or(prosecutor)
                    && (s.heading || super::bench::bench(s, k, n, pass, Some(0)).passive)
                {
                    // "Le Pen a été condamnée", "Alves sentenced": the convicted is the
                    // accused of the prosecution the dossier names, though no one sued.
                    add(d, &mut out, prosecution, vec![convicted]);
                }
            } else if let Some(agent) =
                passive_agent(s, k + n).or_else(|| passive_agent(s, k + n - 1))
            {
                // "accused by X", and "la causa intentata da X contro Y": the accused stand
                // before the verb or after the agent.
                let accused: Vec<usize> = s
                    .names_in(0, k)
                    .chain(s.names_in(k + n, s.tokens.len()))
                    .map(|m| m.2)
                    .filter(|&e| e != agent)
                    .collect();
                add(d, &mut out, agent, accused);
            } else if let Some(subject) = subject.filter(|_| !accused_subject(s, k, n)) {
                let mut objects = accused_after(s, k + n);
                // German ends the clause with the participle: the accused stand between the
                // subject and it ("BAPG hat der Fluggesellschaft Vantora Air vorgeworfen, …").
                let lang = s.lang;
                if objects.is_empty() && lang == Lang::De {
                    // After the subject: not a name in a phrase fronted before it.
                    let after_subject = s
                        .mentions
                        .iter()
                        .find(|m| m.2 == subject)
                        .map_or(0, |m| m.1);
                    objects = s
                        .names_in(after_subject, k)
                        .map(|m| m.2)
                        .filter(|&e| e != subject)
                        .collect();
                    // Or whom the fronted phrase names as accused: "Im Prozess gegen den Chef
                    // der Nordmark Bank, Ulrich Hallwig, hat die Staatsanwaltschaft …".
                    if objects.is_empty()
                        && let Some(against) = (0..k).find(|&i| s.tokens[i].key == "gegen")
                    {
                        objects = accused_after(s, against + 1)
                            .into_iter()
                            .filter(|&e| e != subject)
                            .collect();
                    }
                }
                // Going to court against an authority or a court is an appeal: the subject
                // answers the decision, it starts no dispute of its own.
                let appeal = pass == Cue::Sue
                    && !objects.is_empty()
                    && objects
                        .iter()
                        .any(|&e| out.is_authority(e) || out.is_court(e));
                if appeal {
                    continue;
                }
                // The countersuit told in plain words, or the counterclaim ("X in turn
                // demanded Y pay"): its plaintiff is the first suit's defendant.
                match objects.first() {
                    Some(&first) if suers.sues_back(subject, first) => {
                        add(d, &mut out, first, vec![subject]);
                    }
                    _ => add(d, &mut out, subject, objects),
                }
            }
        }
    }
    super::litigants::join(d, sentences, &mut out);
    out.counterclaim = suers.counterclaim;
    out
}

/// The other side of `e`'s dispute: its plaintiff, or its first defendant.
pub(super) fn opponent(disputes: &Disputes, e: usize) -> Option<usize> {
    match disputes.side(e)? {
        Side::Plaintiff(di) => disputes[di].defendants.first().copied(),
        Side::Defendant(di) => Some(disputes[di].plaintiff),
    }
}

/// Who accuses `e`, as far as the disputes tell: the plaintiff of the dispute it defends.
pub(super) fn accuser_of(disputes: &Disputes, e: usize) -> Option<usize> {
    match disputes.side(e) {
        Some(Side::Defendant(di)) => Some(disputes[di].plaintiff),
        // "She is accused of …" where no one sued her: the prosecution, when the dossier names
        // one; a civil party would have been named suing.
        _ => disputes.authority(),
    }
}

fn add(d: &Dossier, out: &mut Disputes, plaintiff: usize, defendants: Vec<usize>) {
    // A court is no party: "an action against the court's ruling" starts no dispute of its.
    if out.is_court(plaintiff) {
        return;
    }
    // An authority is accused by no one here: a private party names it as whom it turned to.
    let by_authority = out.is_authority(plaintiff);
    let defendants: Vec<usize> = defendants
        .into_iter()
        .filter(|&e| e != plaintiff && (by_authority || !out.is_authority(e)))
        .collect();
    {
        if defendants.is_empty()
            || d.entities[plaintiff].kind != EntityKind::Organization
                && d.entities[plaintiff].kind != EntityKind::Person
            // An accuser already on the defending side of a suit accuses back: no new dispute.
            || matches!(out.side(plaintiff), Some(Side::Defendant(_)))
        {
            return;
        }
        let i = out.plaintiff_dispute(plaintiff);
        for e in defendants {
            out.add_defendant(i, e);
        }
    }
}

/// Whether a sentence touches the dispute: it names the other side, or speaks of its subjects.
pub(super) fn about_the_dispute(s: &Sentence, party: usize, disputes: &Disputes) -> bool {
    let others = against(disputes, party, s);
    s.mentions.iter().any(|m| others.contains(&m.2)) || !lexicon().topics(s.tokens).is_empty()
}

/// The other side: defendants named in the sentence (all of them if none is), or the plaintiff.
pub(super) fn against(disputes: &Disputes, party: usize, s: &Sentence) -> Vec<usize> {
    match disputes.side(party) {
        Some(Side::Plaintiff(di)) => {
            let all = &disputes[di].defendants;
            let named: Vec<usize> = all
                .iter()
                .copied()
                .filter(|e| s.mentions.iter().any(|m| m.2 == *e))
                .collect();
            if named.is_empty() { all.clone() } else { named }
        }
        Some(Side::Defendant(_)) => disputes
            .iter()
            .filter(|x| x.defendants.contains(&party))
            .map(|x| x.plaintiff)
            .collect(),
        None => {
            s.mentions
                .iter()
                .map(|m| m.2)
                .filter(|&e| e != party)
                .fold(Vec::new(), |mut v, e| {
                    if !v.contains(&e) {
                        v.push(e);
                    }
                    v
                })
        }
    }
}

/// Which entities are judges: people the dossier titles so somewhere, the title right before
/// the name or one word before it ("Judge Ona Reyes", "la juge fédérale Ona Reyes",
/// "Richterin Reyes"). A judge is the bench, as a court is.
fn judges(d: &Dossier, sentences: &[Sentence]) -> Vec<bool> {
    let lx = lexicon();
    let mut out = vec![false; d.entities.len()];
    for s in sentences {
        let t = s.tokens;
        for &(at, _, e) in &s.mentions {
            if out[e] || d.entities[e].kind != EntityKind::Person || s.in_quote(at) {
                continue;
            }
            let titled = |i: usize| lx.is_judge_title(&t[i].key) && !t[i + 1].break_before;
            out[e] = (at >= 1 && titled(at - 1))
                || (at >= 2
                    && titled(at - 2)
                    && t[at - 1].shape == crate::extract::tokens::Shape::Lower
                    && !t[at - 1].break_before);
        }
    }
    out
}

/// Whether a conjunction that opens another clause stands between tokens `from` and `to`:
/// "after", "dopo", "nachdem", "après", "tras", "depois", "when", "because".
fn subordinate_between(s: &Sentence, from: usize, to: usize) -> bool {
    const OPENERS: [&str; 16] = [
        "after", "when", "because", "since", "apres", "quand", "lorsque", "tras", "cuando",
        "nachdem", "als", "weil", "dopo", "quando", "depois", "porque",
    ];
    s.tokens[from.min(to)..to]
        .iter()
        .any(|x| OPENERS.contains(&x.key.as_str()))
}

//! The claim lexicon (`assets/lexicon/claims.toml`) and its matching on folded words.

use crate::extract::tokens::Token;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const CLAIMS: &str = include_str!("../../../assets/lexicon/claims.toml");

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    /// Saying: the side decides the kind. Lowest priority.
    Say,
    Accuse,
    Deny,
    /// Starting a dispute.
    Sue,
    /// A court's or an authority's decision. Highest priority.
    Rule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    Cue(Cue),
    /// "according to", "según", "laut": the claim is the words of what follows.
    Source,
    /// "countersued": the defendant's allegation, not a new dispute.
    Countersue,
    /// "autrement dit", "that said": an idiom holding a cue's word, no cue.
    NotCue,
    /// "it is likely that", "es probable que": the article's own forecast, no one's claim.
    Hedge,
    /// "in turn", "por su parte", "seinerseits": the one named before moves second.
    InTurn,
    /// "acusada", "accusata": accusing when the accuser or the charge follows.
    Accused,
    /// "baseless", "sans fondement": dismissing the other side's claims.
    Dismiss,
    Filing,
    CompanyAnaphor,
    RoleAnaphor,
    /// "the regulator", "l'autorité": an authority already named.
    AuthorityAnaphor,
    /// "judge", "court", "Gericht": the bench.
    Court,
}

pub struct Lexicon {
    /// Phrases by their first word: (words, what they are).
    phrases: HashMap<String, Vec<(Vec<String>, Phrase)>>,
    pub lawyers: Vec<String>,
    /// The nouns for a plaintiff and for a defendant, folded: "der Kläger X".
    plaintiffs: Vec<String>,
    /// The nouns of a newspaper: "the newspaper", "il quotidiano".
    newspaper_nouns: Vec<String>,
    defendants: Vec<String>,
    authorities: Vec<String>,
    /// The words for a court, folded: "tribunal", "gericht".
    courts: Vec<String>,
    /// A judge's titles before her name, folded: "judge", "richterin".
    judge_titles: Vec<String>,
    complement_prepositions: Vec<String>,
    determiners: Vec<String>,
    /// Nouns for organizations that are no company, folded: "union", "verein", "liga".
    not_companies: Vec<String>,
    /// A prosecutor's titles, folded: "procureure", "staatsanwaltin", "fiscal".
    prosecutor_titles: Vec<String>,
    /// Nouns for a decision, folded: "fine", "sentencia", "Urteil".
    decisions: rustc_hash::FxHashSet<String>,
    suits: rustc_hash::FxHashSet<String>,
    /// Topic names, and the word starts that name them by their first three letters.
    pub topics: Vec<String>,
    topic_starts: HashMap<String, Vec<(usize, String)>>,
}

#[derive(Deserialize)]
struct File {
    sue: Vec<String>,
    accuse: Vec<String>,
    deny: Vec<String>,
    say: Vec<String>,
    source: Vec<String>,
    countersue: Vec<String>,
    not_cues: Vec<String>,
    hedges: Vec<String>,
    in_turn: Vec<String>,
    accused: Vec<String>,
    dismiss: Vec<String>,
    rule: Vec<String>,
    court: Vec<String>,
    judge_titles: Vec<String>,
    judgments: Vec<String>,
    filing: Vec<String>,
    company_anaphors: Vec<String>,
    newspaper_nouns: Vec<String>,
    not_companies: Vec<String>,
    prosecutor_titles: Vec<String>,
    decisions: Vec<String>,
    suits: Vec<String>,
    role_anaphors: Vec<String>,
    lawyers: Vec<String>,
    plaintiffs: Vec<String>,
    defendants: Vec<String>,
    authorities: Vec<String>,
    authority_anaphors: Vec<String>,
    complement_prepositions: Vec<String>,
    determiners: Vec<String>,
    topics: BTreeMap<String, Vec<String>>,
    /// Regular verbs by cue and conjugation class, their forms written out when read.
    #[serde(default)]
    conjugate: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

pub fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    CELL.get_or_init(|| {
        let f: File = toml::from_str(CLAIMS).expect("assets/lexicon/claims.toml is valid");
        let mut phrases: HashMap<String, Vec<(Vec<String>, Phrase)>> = HashMap::default();
        let groups = [
            (&f.sue, Phrase::Cue(Cue::Sue)),
            (&f.accuse, Phrase::Cue(Cue::Accuse)),
            (&f.deny, Phrase::Cue(Cue::Deny)),
            (&f.say, Phrase::Cue(Cue::Say)),
            (&f.rule, Phrase::Cue(Cue::Rule)),
            (&f.source, Phrase::Source),
            (&f.countersue, Phrase::Countersue),
            (&f.not_cues, Phrase::NotCue),
            (&f.hedges, Phrase::Hedge),
            (&f.in_turn, Phrase::InTurn),
            (&f.accused, Phrase::Accused),
            (&f.dismiss, Phrase::Dismiss),
            (&f.court, Phrase::Court),
            (&f.judgments, Phrase::Court),
            (&f.filing, Phrase::Filing),
            (&f.company_anaphors, Phrase::CompanyAnaphor),
            (&f.authority_anaphors, Phrase::AuthorityAnaphor),
            (&f.role_anaphors, Phrase::RoleAnaphor),
        ];
        for (list, what) in groups {
            for p in list {
                // Words as the tokenizer cuts them: "l'azienda" is "l" and "azienda" (an elided
                // article is a token of its own, compared without its apostrophe).
                let words: Vec<String> = crate::extract::lexicon::fold(p)
                    .split_whitespace()
                    .flat_map(|w| match w.split_once('\'') {
                        Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                            vec![a.to_string(), b.to_string()]
                        }
                        _ => vec![w.to_string()],
                    })
                    .collect();
                if let Some(first) = words.first().cloned() {
                    phrases.entry(first).or_default().push((words, what));
                }
            }
        }
        // Regular verbs listed once as infinitives: each form the lists above do not already
        // hold (they win: "acusado" stays the participle that needs its accuser after it).
        let listed: HashSet<String> = phrases
            .values()
            .flatten()
            .filter(|(w, _)| w.len() == 1)
            .map(|(w, _)| w[0].clone())
            .collect();
        for (cue, classes) in &f.conjugate {
            let what = match cue.as_str() {
                "say" => Phrase::Cue(Cue::Say),
                "accuse" => Phrase::Cue(Cue::Accuse),
                "deny" => Phrase::Cue(Cue::Deny),
                other => panic!("assets/lexicon/claims.toml: no cue {other} to conjugate"),
            };
            for (class, lemmas) in classes {
                for lemma in lemmas {
                    let lemma = crate::extract::lexicon::fold(lemma);
                    let forms = super::conjugate::forms(class, &lemma);
                    assert!(
                        !forms.is_empty(),
                        "assets/lexicon/claims.toml: {lemma} is no verb of class {class}"
                    );
                    for form in forms {
                        if !listed.contains(&form) {
                            let entry = phrases.entry(form.clone()).or_default();
                            if !entry.iter().any(|(w, _)| w.len() == 1) {
                                entry.push((vec![form], what));
                            }
                        }
                    }
                }
            }
        }
        for list in phrases.values_mut() {
            // Longest first, so "ha rechazado" wins over "ha".
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let mut topic_starts: HashMap<String, Vec<(usize, String)>> = HashMap::default();
        for (i, starts) in f.topics.values().enumerate() {
            for start in starts {
                let head: String = start.chars().take(3).collect();
                topic_starts
                    .entry(head)
                    .or_default()
                    .push((i, start.clone()));
            }
        }
        Lexicon {
            phrases,
            lawyers: f
                .lawyers
                .iter()
                .map(|w| crate::extract::lexicon::fold(w))
                .collect(),
            plaintiffs: f.plaintiffs,
            newspaper_nouns: f.newspaper_nouns,
            defendants: f.defendants,
            authorities: f.authorities,
            courts: f
                .court
                .iter()
                .map(|c| crate::extract::lexicon::fold(c))
                .collect(),
            judge_titles: f.judge_titles,
            complement_prepositions: f.complement_prepositions,
            determiners: f.determiners,
            not_companies: f.not_companies,
            prosecutor_titles: f.prosecutor_titles,
            decisions: f.decisions.into_iter().collect(),
            suits: f.suits.into_iter().collect(),
            topics: f.topics.into_keys().collect(),
            topic_starts,
        }
    })
}

/// For each entity of the dossier, whether one of its names, folded, passes `test` (an agency,
/// an authority).
pub fn entities_named(d: &crate::model::Dossier, test: impl Fn(&str) -> bool) -> Vec<bool> {
    d.entities
        .iter()
        .map(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| test(&crate::extract::lexicon::fold(n)))
        })
        .collect()
}

impl Lexicon {
    /// Whether a folded word is a prosecutor's title.
    /// A prosecutor's title at token `i`: "prosecutor", "procureure", or the American
    /// attorney who prosecutes ("District Attorney", "Attorney General", "U.S. Attorney").
    pub fn prosecutor_at(&self, t: &[Token], i: usize) -> bool {
        self.is_prosecutor_title(&t[i].key) || prosecuting_attorney(t, i)
    }

    /// A lawyer's word at token `i`, not a prosecutor's ("District Attorney Alvin Bragg").
    pub fn lawyer_at(&self, t: &[Token], i: usize) -> bool {
        self.is_lawyer(&t[i].key) && !prosecuting_attorney(t, i)
    }

    pub fn is_prosecutor_title(&self, key: &str) -> bool {
        self.prosecutor_titles.iter().any(|n| n == key)
    }

    /// Whether a folded noun names a decision: a fine, a ruling, a sentence.
    pub fn is_decision(&self, key: &str) -> bool {
        // A compound's last part: "EU-Strafen", "anti-trust-fine".
        let key = key.rsplit('-').next().unwrap_or(key);
        self.decisions.contains(key)
    }

    /// Whether a folded noun names a suit: "lawsuit", "demanda", "Klage".
    pub fn is_suit(&self, key: &str) -> bool {
        self.suits.contains(key)
    }

    /// Whether a folded noun names an organization that is no company: a union, a club.
    pub fn is_not_company(&self, key: &str) -> bool {
        self.not_companies.iter().any(|n| n == key)
    }

    /// The phrase starting at token `k` (before `end`), with its length.
    pub fn phrase_at(&self, t: &[Token], k: usize, end: usize) -> Option<(usize, Phrase)> {
        let key = t.get(k)?.key.trim_end_matches('\'');
        self.phrases.get(key)?.iter().find_map(|(words, what)| {
            let n = words.len();
            (k + n <= end
                && t[k..k + n]
                    .iter()
                    .zip(words)
                    .all(|(x, w)| x.key.trim_end_matches('\'') == w.as_str()))
            .then_some((n, *what))
        })
    }

    /// Whether a phrase of kind `what` starts at token `k`, whichever kind matched first there
    /// ("denuncia" is a filing and an Italian accusing verb).
    pub fn is_at(&self, t: &[Token], k: usize, what: Phrase) -> bool {
        let Some(key) = t.get(k).map(|x| x.key.trim_end_matches('\'')) else {
            return false;
        };
        self.phrases
            .get(key)
            .into_iter()
            .flatten()
            .any(|(words, p)| {
                *p == what
                    && k + words.len() <= t.len()
                    && t[k..k + words.len()]
                        .iter()
                        .zip(words)
                        .all(|(x, w)| x.key.trim_end_matches('\'') == w.as_str())
            })
    }

    /// A news agency or wire ("Reuters", "EFE", "dpa"), by an entity's name or alias, folded:
    /// it reports, it is never a party.
    pub fn is_agency(&self, folded_name: &str) -> bool {
        crate::extract::lexicon::lexicon()
            .news_agencies
            .contains(folded_name)
    }

    /// An outlet by a word newspapers are named with ("El País", "Süddeutsche Zeitung",
    /// "Corriere della Sera"): the press reports, it is no party unless it goes to law itself.
    pub fn is_outlet(&self, folded_name: &str) -> bool {
        let words = &crate::extract::lexicon::lexicon().newspaper_words;
        folded_name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.contains(w))
    }

    /// A newspaper's noun ("newspaper", "quotidiano"), folded.
    pub fn is_newspaper_noun(&self, key: &str) -> bool {
        self.newspaper_nouns.iter().any(|w| w == key)
    }

    /// Whether a word is a preposition that makes the name after it a complement.
    pub fn is_preposition(&self, key: &str) -> bool {
        self.complement_prepositions.iter().any(|p| p == key)
    }

    /// The side a noun names a party by: "plaintiff" (true), "defendant" (false).
    pub fn litigant(&self, key: &str) -> Option<bool> {
        let has = |l: &[String]| l.iter().any(|w| w == key);
        if has(&self.plaintiffs) {
            Some(true)
        } else if has(&self.defendants) {
            Some(false)
        } else {
            None
        }
    }

    pub fn is_lawyer(&self, key: &str) -> bool {
        // "avocats", "lawyers": the plural speaks for the client too.
        let one = key.strip_suffix('s').unwrap_or(key);
        self.lawyers.iter().any(|l| l == key || l == one)
    }

    /// Whether a name, folded, is an authority's: a word of it is one ("European Commission",
    /// "Autorité de la concurrence"), or ends one ("Bundeskartellamt").
    pub fn is_authority(&self, folded_name: &str) -> bool {
        folded_name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                self.authorities.iter().any(|a| {
                    w == a || (a.len() >= 6 && w.len() > a.len() && w.ends_with(a.as_str()))
                })
            })
    }

    /// Whether a name is a court's: "Tribunal General de la Unión Europea", "Landgericht Köln".
    /// Whether a saying verb argues a case ("maintained", "insisted", "a soutenu"): what a
    /// defendant argues answers the case whatever its words.
    pub fn argues(&self, cue: &str) -> bool {
        const ARGUE: [&str; 30] = [
            "maintained",
            "maintains",
            "insisted",
            "insists",
            "argued",
            "argues",
            "contended",
            "testified",
            "maintient",
            "soutient",
            "a soutenu",
            "insiste",
            "a insiste",
            "sostuvo",
            "mantuvo",
            "mantiene",
            "insistio",
            "argumento",
            "beharrte",
            "beteuerte",
            "bekraftigte",
            "ha sostenuto",
            "sostiene",
            "ha insistito",
            "sustentou",
            "manteve",
            "insistiu",
            "alegou",
            "avait affirme",
            "a affirme",
        ];
        let key = crate::extract::lexicon::fold(cue);
        ARGUE.contains(&key.as_str())
    }

    pub fn is_court_name(&self, name: &str) -> bool {
        crate::extract::lexicon::fold(name)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                self.courts
                    .iter()
                    .any(|c| c == w || (c.len() >= 7 && w.ends_with(c.as_str())))
            })
    }

    /// Whether a folded word is a judge's title ("Judge Ona Reyes", "la juge", "Richterin").
    pub fn is_judge_title(&self, key: &str) -> bool {
        self.judge_titles.iter().any(|t| t == key)
    }

    /// An article or demonstrative before a noun: "the", "la", "die".
    pub fn is_determiner(&self, key: &str) -> bool {
        let key = key.trim_end_matches('\'');
        self.determiners.iter().any(|d| d == key)
    }

    /// What opens a noun phrase: an article or a demonstrative ("the", "este", "cette", "dieser").
    pub fn is_noun_opener(&self, key: &str) -> bool {
        const DEMONSTRATIVES: [&str; 20] = [
            "this", "that", "these", "ce", "cette", "ces", "este", "esta", "estos", "estas",
            "dieser", "diese", "dieses", "questo", "questa", "quel", "quella", "esse", "essa",
            "seu",
        ];
        // "a" is an article in English and Portuguese but "has" in French ("a rejeté"); "il"
        // is Italian's article and French's "he" ("il affirme").
        !matches!(key, "a" | "il")
            && (self.is_determiner_or_article(key) || DEMONSTRATIVES.contains(&key))
    }

    /// A determiner or an indefinite article: "the", "un", "ein", "una".
    pub fn is_determiner_or_article(&self, key: &str) -> bool {
        const INDEFINITE: [&str; 12] = [
            "a", "an", "un", "une", "una", "uno", "ein", "eine", "einer", "um", "uma", "einem",
        ];
        self.is_determiner(key) || INDEFINITE.contains(&key)
    }

    /// Whether the name starting at token `at` is a preposition's complement ("l'offre de
    /// Mercor", "un giro para Meta", "of the Commission"), and so neither speaks nor acts;
    /// unless a role or a spokesperson stands before the preposition ("the lawyers of Mercor",
    /// "un portavoz de Mercor", "le PDG de Mercor").
    pub fn is_complement(&self, t: &[Token], at: usize) -> bool {
        let key = |i: usize| t[i].key.trim_end_matches('\'');
        let mut p = at;
        if p > 0 && !t[p].break_before && self.determiners.iter().any(|d| d == key(p - 1)) {
            p -= 1;
        }
        // A preposition that opens the sentence or a clause is no complement's: "Para Meta,
        // …" gives Meta's view, and Portuguese "A Rotafácil negou" opens with an article.
        if p == 0
            || t[p].break_before
            || t[p - 1].break_before
            || !self.complement_prepositions.iter().any(|w| w == key(p - 1))
        {
            return false;
        }
        let prep = p - 1;
        let ents = crate::extract::lexicon::lexicon();
        // Sources speak for whom they are of: "Fuentes de Ferrovia", "sources at X".
        const SOURCES: [&str; 6] = ["fuentes", "sources", "fonti", "fontes", "fonte", "fuente"];
        let role = |i: usize| {
            let k = key(i);
            self.is_lawyer(k)
                || ents.is_role_word(k.strip_suffix('s').unwrap_or(k))
                || SOURCES.contains(&k)
        };
        // "les avocats de", "o diretor jurídico da": a role up to two words before.
        let spoken_for = ents.role_before(t, prep)
            || (prep > 0 && !t[prep].break_before && role(prep - 1))
            || (prep > 1 && !t[prep].break_before && !t[prep - 1].break_before && role(prep - 2));
        !spoken_for
    }

    /// The topics the words of a sentence touch, in topic order.
    pub fn topics(&self, t: &[Token]) -> Vec<String> {
        let mut hit = vec![false; self.topics.len()];
        for x in t {
            // Words are looked up by their first three letters.
            let Some((end, _)) = x
                .key
                .char_indices()
                .nth(3)
                .or((x.key.chars().count() == 3).then_some((x.key.len(), ' ')))
            else {
                continue;
            };
            for (i, start) in self.topic_starts.get(&x.key[..end]).into_iter().flatten() {
                if x.key.starts_with(start.as_str()) {
                    hit[*i] = true;
                }
            }
        }
        self.topics
            .iter()
            .zip(hit)
            .filter(|(_, h)| *h)
            .map(|(name, _)| name.clone())
            .collect()
    }
}

/// "District Attorney", "State's Attorney", "U.S. Attorney", "Attorney General": an attorney
/// who prosecutes, not anyone's lawyer.
fn prosecuting_attorney(t: &[Token], i: usize) -> bool {
    const OFFICES: [&str; 7] = [
        "district", "state", "states", "state's", "county", "us", "u.s",
    ];
    t[i].key == "attorney"
        && ((i > 0 && OFFICES.contains(&t[i - 1].key.trim_end_matches('.')))
            || t.get(i + 1).is_some_and(|x| x.key == "general"))
}

//! The analysed dossier: one immutable value built once by [`crate::corpus`], then read by the
//! export and the reader. Field names follow the export schema in `design.md`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// A language dossier can tell apart. `Und` is "undetermined": too little text to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
    De,
    It,
    Pt,
    #[serde(rename = "und")]
    Und,
}

impl Lang {
    /// The languages with a lexicon, in a fixed order used to index score tables.
    pub const KNOWN: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It, Lang::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Und => "und",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::KNOWN
            .into_iter()
            .chain([Lang::Und])
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    pub fn index(self) -> Option<usize> {
        Lang::KNOWN.iter().position(|&l| l == self)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Something wrong with one file that did not stop the rest of the dossier from loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    /// Line and column in the file, counted from 1, when the mistake has a place.
    pub place: Option<(usize, usize)>,
    pub message: String,
}

impl Warning {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            file: file.into(),
            place: None,
            message: message.into(),
        }
    }

    /// "file" or "file:line:column".
    pub fn location(&self) -> String {
        match self.place {
            Some((line, col)) => format!("{}:{line}:{col}", self.file),
            None => self.file.clone(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)
    }
}

/// Exported as the line a person reads: "dossier.toml:4:1: unknown field …".
impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Sentence {
    /// Byte offsets into the paragraph's text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub language: Lang,
}

#[derive(Clone, Debug, Serialize)]
pub struct Paragraph {
    /// Position in file order, counting every paragraph (duplicates and boilerplate included).
    pub index: usize,
    pub text: String,
    pub language: Lang,
    pub heading: bool,
    /// Index of the earlier paragraph of the same article that this one repeats.
    pub duplicate_of: Option<usize>,
    pub boilerplate: bool,
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// A paragraph that carries the story: not a repeat, not publisher boilerplate.
    pub fn is_live(&self) -> bool {
        self.duplicate_of.is_none() && !self.boilerplate
    }

    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Article {
    /// The file name without its extension.
    pub id: String,
    pub file: String,
    pub title: String,
    pub language: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    pub fn live_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.is_live())
    }

    /// The short form used in citations: the leading digits of the id ("003"), or the whole id.
    pub fn short_id(&self) -> &str {
        let digits = self
            .id
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(self.id.len());
        if digits > 0 {
            &self.id[..digits]
        } else {
            &self.id
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
}

/// Where a name stands: a byte range of one paragraph's text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Mention {
    /// The article's id.
    pub article: String,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// A person or organization, with every way the dossier writes its name.
#[derive(Clone, Debug, Serialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Other written forms, without the name itself.
    pub aliases: Vec<String>,
    /// In article, paragraph and offset order.
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// Languages of the articles that mention it, in dossier order.
    /// Linear in the articles and the mentions: the sidebar asks it of every row it draws, and
    /// a party of a one-story dossier is mentioned in thousands of articles.
    pub fn languages(&self, d: &Dossier) -> Vec<Lang> {
        let mentioned: std::collections::HashSet<&str> =
            self.mentions.iter().map(|m| m.article.as_str()).collect();
        let mut out = Vec::new();
        for a in &d.articles {
            if mentioned.contains(a.id.as_str()) && !out.contains(&a.language) {
                out.push(a.language);
            }
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// An accusation or demand against another party.
    Allegation,
    /// An answer, denial or rebuttal.
    Response,
    /// A court's or an authority's decision (a judgment, an order, a fine): no party's claim.
    Ruling,
}

/// How a claim's party was found, so the reader can judge it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimEvidence {
    /// The name before the cue: "Quintara denied the allegations".
    Subject,
    /// The speaker after a quotation: "« … », a déclaré X".
    QuoteSpeaker,
    /// A source marker: "according to X", "según X", "laut X".
    SourceMarker,
    /// The agent of a passive: "Y is accused by X of …".
    Passive,
    /// The filing, standing for the side that filed it: "the complaint alleges".
    Filing,
    /// "The company", "a spokesperson", "it": the party the text spoke of before.
    Anaphor,
    /// A quotation or sentence that goes on with the claim before it.
    PreviousClaim,
    /// A court or a judge: a ruling, no party.
    Court,
    /// The text does not settle who speaks: no party.
    Unattributed,
}

/// Who alleges or answers what against whom, with the sentence that says so.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    /// Entity id of the side the claim is on; `None` for a ruling, or when the text does not
    /// settle it (unattributed).
    pub party: Option<String>,
    /// How the party was found.
    pub evidence: ClaimEvidence,
    /// Entity id of who says it, when the text names them.
    pub speaker: Option<String>,
    /// Entity ids of the other side.
    pub against: Vec<String>,
    /// The word that made it a claim, as written.
    pub cue: String,
    /// The quoted words, without their marks.
    pub quote: Option<String>,
    /// What is claimed: the quotation, or the sentence from its cue on ("denied the
    /// allegations", "accuses Y of copying …"), without the dateline or the speaker's
    /// description before it.
    pub summary: String,
    /// Confirmed by the user (a correction kept in `dossier.toml`).
    pub checked: bool,
    pub article: String,
    pub paragraph: usize,
    /// Byte range of the source sentence in the paragraph's text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Ids of the claims this one responds to.
    pub answers: Vec<String>,
    /// The same claim told by several articles shares a group id.
    pub group: String,
    /// What it is about (documents, clients, …), to pair answers with allegations.
    pub topics: Vec<String>,
}

/// Two articles that tell one story, and which of their paragraphs correspond.
#[derive(Clone, Debug, Serialize)]
pub struct Alignment {
    pub left: String,
    pub right: String,
    /// (left paragraph, right paragraph) index pairs, in order, none crossing; a paragraph
    /// merged on one side pairs with each of its parts on the other.
    pub pairs: Vec<[usize; 2]>,
    /// Paragraphs found in one version only.
    pub left_only: Vec<usize>,
    pub right_only: Vec<usize>,
    /// Weighted share of the anchors the two articles have in common, 0 to 1.
    pub similarity: f64,
}

/// Mentions by (article index, paragraph), each (start, end, entity index).
pub type MentionsByParagraph = HashMap<(usize, usize), Vec<(usize, usize, usize)>>;

/// Everything dossier knows about one folder of articles.
#[derive(Clone, Debug, Serialize)]
pub struct Dossier {
    pub title: String,
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub alignments: Vec<Alignment>,
    pub warnings: Vec<Warning>,
}

impl Dossier {
    /// For each claim, whether it is the first of its group: the one that stands for the same
    /// claim told by several articles.
    pub fn group_firsts(&self) -> Vec<bool> {
        let mut seen = std::collections::HashSet::new();
        self.claims
            .iter()
            .map(|c| seen.insert(c.group.as_str()))
            .collect()
    }

    /// The responses answering each group of allegations, each response given as the first
    /// claim of its own group, once: what shows beneath the group's one row. Linear in the
    /// claims and their answers.
    pub fn answers_by_group(&self) -> HashMap<&str, Vec<usize>> {
        let firsts = self.group_firsts();
        let index: HashMap<&str, usize> = self
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let group_first: HashMap<&str, usize> = self
            .claims
            .iter()
            .enumerate()
            .filter(|&(i, _)| firsts[i])
            .map(|(i, c)| (c.group.as_str(), i))
            .collect();
        let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
        // A claim told a thousand times gathers many responders: a set keeps them once
        // without scanning its list each time.
        let mut seen = std::collections::HashSet::new();
        for c in &self.claims {
            let responder = group_first[c.group.as_str()];
            for &a in c.answers.iter().filter_map(|a| index.get(a.as_str())) {
                let group = self.claims[a].group.as_str();
                if seen.insert((group, responder)) {
                    out.entry(group).or_default().push(responder);
                }
            }
        }
        out
    }

    /// Languages present, in order of first appearance by article file name.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs: Vec<Lang> = Vec::new();
        for a in &self.articles {
            if !langs.contains(&a.language) {
                langs.push(a.language);
            }
        }
        langs
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    /// Every mention, by (article index, paragraph): (start, end, entity index).
    pub fn mentions_by_paragraph(&self) -> MentionsByParagraph {
        let article_of: HashMap<&str, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let mut out = MentionsByParagraph::new();
        for (ei, e) in self.entities.iter().enumerate() {
            for m in &e.mentions {
                if let Some(&a) = article_of.get(m.article.as_str()) {
                    out.entry((a, m.paragraph))
                        .or_default()
                        .push((m.start, m.end, ei));
                }
            }
        }
        out
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

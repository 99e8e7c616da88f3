//! Word lists shipped as data under `assets/lexicon/`, parsed once on first use.

pub use crate::fold::push_folded;
use crate::model::Lang;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::sync::OnceLock;

const STOPWORDS: &str = include_str!("../../assets/lexicon/stopwords.toml");
const BOILERPLATE: &str = include_str!("../../assets/lexicon/boilerplate.toml");
const ABBREVIATIONS: &str = include_str!("../../assets/lexicon/abbreviations.toml");

/// Weight of each function word for each known language (index of [`Lang::KNOWN`]).
pub struct Stopwords {
    pub weights: HashMap<String, [f32; 6]>,
}

pub struct Boilerplate {
    pub whole: HashSet<String>,
    /// One automaton for every `contains` phrase: a paragraph is searched once, not per phrase.
    pub contains: aho_corasick::AhoCorasick,
    /// A wire's credit line opens with one of these: the paragraph names its writers and
    /// editors, no party ("Writing by …; Editing by …").
    pub credits: Vec<String>,
}

pub struct Abbreviations {
    pub titles: HashSet<String>,
    pub words: HashSet<String>,
    pub months: HashSet<String>,
}

pub fn stopwords() -> &'static Stopwords {
    static CELL: OnceLock<Stopwords> = OnceLock::new();
    CELL.get_or_init(|| {
        let table: HashMap<String, String> =
            toml::from_str(STOPWORDS).expect("assets/lexicon/stopwords.toml is valid");
        let mut langs_of: HashMap<String, Vec<usize>> = HashMap::default();
        for (code, words) in &table {
            let lang = Lang::from_code(code)
                .and_then(Lang::index)
                .expect("known language code");
            for w in words.split_whitespace() {
                let w = normalize_apostrophe(w);
                let entry = langs_of.entry(w).or_default();
                if !entry.contains(&lang) {
                    entry.push(lang);
                }
            }
        }
        // A word shared by k languages says 1/k as much about each of them.
        let weights = langs_of
            .into_iter()
            .map(|(w, langs)| {
                let mut row = [0.0; 6];
                for &l in &langs {
                    row[l] = 1.0 / langs.len() as f32;
                }
                (w, row)
            })
            .collect();
        Stopwords { weights }
    })
}

pub fn boilerplate() -> &'static Boilerplate {
    static CELL: OnceLock<Boilerplate> = OnceLock::new();
    CELL.get_or_init(|| {
        #[derive(Deserialize)]
        struct File {
            whole: Vec<String>,
            contains: Vec<String>,
            credits: Vec<String>,
        }
        let f: File =
            toml::from_str(BOILERPLATE).expect("assets/lexicon/boilerplate.toml is valid");
        Boilerplate {
            whole: f.whole.iter().map(|s| fold_phrase(s)).collect(),
            // A contiguous NFA: a DFA of these phrases takes longer to build than a small
            // export takes to search with the NFA.
            contains: aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(f.contains.iter().map(|s| fold_phrase(s)))
                .expect("boilerplate phrases build an automaton"),
            credits: f.credits.iter().map(|s| fold_phrase(s)).collect(),
        }
    })
}

pub fn abbreviations() -> &'static Abbreviations {
    static CELL: OnceLock<Abbreviations> = OnceLock::new();
    CELL.get_or_init(|| {
        #[derive(Deserialize)]
        struct File {
            titles: Vec<String>,
            words: Vec<String>,
            months: Vec<String>,
        }
        let f: File =
            toml::from_str(ABBREVIATIONS).expect("assets/lexicon/abbreviations.toml is valid");
        Abbreviations {
            titles: f.titles.into_iter().collect(),
            words: f.words.into_iter().collect(),
            months: f.months.into_iter().collect(),
        }
    })
}

/// Typographic apostrophes become ASCII so "l’" and "l'" are one word.
pub fn normalize_apostrophe(s: &str) -> String {
    s.replace(['’', 'ʼ', '`'], "'")
}

/// Lower case, accents removed, every run of non-alphanumeric characters (apostrophes kept)
/// made one space: the form in which phrases and paragraphs are compared.
pub fn fold_phrase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let c = if matches!(c, '’' | 'ʼ') { '\'' } else { c };
        if c.is_alphanumeric() || c == '\'' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                for l in c.to_lowercase() {
                    push_folded(&mut out, l);
                }
            }
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_phrase_removes_case_accents_and_punctuation() {
        assert_eq!(fold_phrase("Voir l’original !"), "voir l'original");
        assert_eq!(fold_phrase("  Publicité  "), "publicite");
        assert_eq!(fold_phrase("Straße—Œuvre"), "strasse oeuvre");
    }

    #[test]
    fn lexicons_parse_and_share_weights() {
        let sw = stopwords();
        let the = sw.weights["the"];
        assert_eq!(the[0], 1.0);
        // "de" is French, Spanish, Portuguese and Italian? No: Italian writes "di". Three languages.
        let de = sw.weights["de"];
        assert!((de[1] - 1.0 / 3.0).abs() < 1e-6, "{de:?}");
        assert!(boilerplate().whole.contains("voir l'original"));
        assert!(
            boilerplate()
                .contains
                .is_match("x cette page peut inclure du contenu de tiers y")
        );
        assert!(abbreviations().titles.contains("mme"));
    }
}

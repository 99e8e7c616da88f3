//! Fuzzy lookup over names and aliases (fuzzy-matcher's skim algorithm), ignoring case and
//! accents, narrowing the previous matches as the query grows.

use crate::corpus::lexicon::push_folded;
use fuzzy_matcher::skim::SkimMatcherV2;

/// One searchable string: a name or an alias of an entity.
struct Entry {
    entity: usize,
    display: String,
    folded: String,
}

/// The best match of one entity for a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entity: usize,
    pub score: i64,
    /// The name or alias that matched.
    pub text: String,
}

pub struct Index {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

/// The last query and the entries it matched: a longer query only looks among them.
#[derive(Clone, Debug, Default)]
pub struct Narrowing {
    last: Option<(String, Vec<u32>)>,
}

impl Narrowing {
    /// Forget the last query (it got shorter or changed).
    pub fn reset(&mut self) {
        self.last = None;
    }
}

fn fold_with_origin(s: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let before = folded.len();
        for l in c.to_lowercase() {
            push_folded(&mut folded, l);
        }
        origin.extend(std::iter::repeat_n(i, folded[before..].chars().count()));
    }
    (folded, origin)
}

/// A query as the index compares it: folded, without spaces.
fn pattern(query: &str) -> String {
    fold_with_origin(query.trim())
        .0
        .chars()
        .filter(|c| *c != ' ')
        .collect()
}

/// Whether `needle`'s chars appear in `hay` in order: the cheap test every fuzzy match passes.
fn subsequence(hay: &str, needle: &str) -> bool {
    let mut it = hay.chars();
    needle.chars().all(|n| it.any(|h| h == n))
}

impl Index {
    /// `names`: (entity, name and aliases) for each entity.
    pub fn new<'a>(names: impl IntoIterator<Item = (usize, Vec<&'a str>)>) -> Index {
        let mut entries = Vec::new();
        for (entity, forms) in names {
            for f in forms {
                entries.push(Entry {
                    entity,
                    display: f.to_string(),
                    folded: fold_with_origin(f).0,
                });
            }
        }
        Index {
            entries,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// Entities matching `query`, best first, each with its best-matching form. `narrowing`
    /// remembers the previous query's matches, so typing one more letter only looks among them.
    pub fn search(&self, narrowing: &mut Narrowing, query: &str) -> Vec<Hit> {
        let pattern = pattern(query);
        // A longer query matches only among the entries the shorter one matched.
        let pool: Vec<u32> = match &narrowing.last {
            Some((prev, matched)) if !prev.is_empty() && pattern.starts_with(prev.as_str()) => {
                matched.clone()
            }
            _ => (0..self.entries.len() as u32).collect(),
        };
        let mut best: Vec<Option<Hit>> = Vec::new();
        let mut matched = Vec::new();
        for i in pool {
            let e = &self.entries[i as usize];
            if !subsequence(&e.folded, &pattern) {
                continue;
            }
            let Some(score) = self
                .matcher
                .fuzzy(&e.folded, &pattern, false)
                .map(|(s, _)| s)
            else {
                continue;
            };
            matched.push(i);
            if best.len() <= e.entity {
                best.resize(e.entity + 1, None);
            }
            if best[e.entity].as_ref().is_none_or(|h| score > h.score) {
                best[e.entity] = Some(Hit {
                    entity: e.entity,
                    score,
                    text: e.display.clone(),
                });
            }
        }
        narrowing.last = Some((pattern.clone(), matched));
        let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.entity.cmp(&b.entity)));
        hits
    }

    /// Char positions of `query`'s characters in `text` (for highlighting a hit on screen).
    pub fn positions(&self, text: &str, query: &str) -> Vec<usize> {
        let (folded, origin) = fold_with_origin(text);
        let pattern = pattern(query);
        let mut out: Vec<usize> = self
            .matcher
            .fuzzy(&folded, &pattern, true)
            .map(|(_, pos)| pos.into_iter().map(|p| origin[p]).collect())
            .unwrap_or_default();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(ix: &Index, q: &str) -> Vec<Hit> {
        ix.search(&mut Narrowing::default(), q)
    }

    fn index() -> Index {
        Index::new([
            (0, vec!["Scale AI", "Échelle AI", "la escala"]),
            (1, vec!["Mercor"]),
            (2, vec!["Eugene Ling", "Ling"]),
            (3, vec!["Microsoft"]),
        ])
    }

    fn names(hits: &[Hit]) -> Vec<usize> {
        hits.iter().map(|h| h.entity).collect()
    }

    #[test]
    fn accents_case_and_aliases() {
        let ix = index();
        let hits = search(&ix, "echelle");
        assert_eq!(names(&hits), [0]);
        assert_eq!(hits[0].text, "Échelle AI");
        assert_eq!(names(&search(&ix, "SCALE")), [0]);
    }

    #[test]
    fn typos_still_find() {
        let ix = index();
        assert_eq!(names(&search(&ix, "mrcor")), [1]);
        assert_eq!(names(&search(&ix, "eugn ling")), [2]);
    }

    #[test]
    fn narrowing_gives_the_same_answer_as_a_fresh_search() {
        let ix = index();
        let mut narrowing = Narrowing::default();
        for q in ["m", "mi", "mic", "micr"] {
            assert_eq!(ix.search(&mut narrowing, q), search(&ix, q), "{q}");
        }
        assert_eq!(names(&ix.search(&mut narrowing, "micr")), [3]);
        // A different query starts over.
        assert_eq!(names(&ix.search(&mut narrowing, "ling")), [2]);
    }

    #[test]
    fn highlight_positions_map_to_the_written_form() {
        let ix = index();
        assert_eq!(ix.positions("Échelle AI", "ech"), [0, 1, 2]);
        assert_eq!(ix.positions("Mercor", "mrcor"), [0, 2, 3, 4, 5]);
    }
}

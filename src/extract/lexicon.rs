//! Word lists for names, from `assets/lexicon/`, loaded once: common words per language
//! (wordfreq), given names, places, and the words around names (roles, suffixes, particles).
//! The queries live by what they answer: `words` (the languages' words, the name lists),
//! `places`, `roles`, `institutions`; the rest here.

use super::tokens::Token;
pub use crate::fold::{fold, fold_into};
use crate::model::Lang;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod filter;
mod institutions;
mod places;
mod roles;
mod words;

const ENTITIES: &str = include_str!("../../assets/lexicon/entities.toml");
const GIVEN: &str = include_str!("../../assets/lexicon/given_names.txt");
const INSTITUTIONS: &str = include_str!("../../assets/lexicon/institutions.toml");

/// [`fold`], borrowing where the text is folded already (a token's key): plain lower-case
/// ASCII needs no copy.
fn folded(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
    {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// `word` without the ending `end`, if it has it. The same as `str::strip_suffix`, but compared
/// byte by byte: the endings the word lists are tried with are a few bytes, and the rules try
/// dozens on each word, where a call to `memcmp` for each cost more than the comparison.
pub fn without_end<'a>(word: &'a str, end: &str) -> Option<&'a str> {
    let cut = word.len().checked_sub(end.len())?;
    let tail = &word.as_bytes()[cut..];
    // `end` is whole UTF-8, so a match starts on a character's boundary.
    (tail.iter().zip(end.as_bytes()).all(|(a, b)| a == b)).then(|| &word[..cut])
}

/// What follows the last `sep` (an ASCII byte) in `word`, if it holds one: `rsplit_once`'s
/// second half, by a byte loop, which on words this short costs less than the search.
pub fn after_last(word: &str, sep: u8) -> Option<&str> {
    debug_assert!(sep.is_ascii());
    word.bytes().rposition(|b| b == sep).map(|i| &word[i + 1..])
}

/// What a word glues after its last hyphen, where something stands before it ("based" of
/// "California-based").
fn hyphen_tail(key: &str) -> Option<&str> {
    after_last(key, b'-').filter(|tail| tail.len() + 1 < key.len())
}

// The long lists, folded by `build.rs` into perfect-hash tables: places (hand-made, and
// GeoNames' cities, countries and states, CC BY 4.0, `scripts/make_places.py`, sorted); given
// names and surnames of every Latin-script locale of Faker (MIT, `scripts/make_given_names.py`),
// broad so that they weigh a name's kind and never make a name; wordfreq's common words (CC BY-SA
// 4.0, `scripts/make_common_words.py`) with a bit per language of [`Lang::KNOWN`].
include!(concat!(env!("OUT_DIR"), "/lists.rs"));

pub struct Lexicon {
    pub particles: HashSet<String>,
    pub org_suffixes: HashSet<String>,
    /// Folded, with and without a final dot.
    pub legal_suffixes: HashSet<String>,
    pub org_prefixes: HashSet<String>,
    /// Those of `org_prefixes` that are only words when they stand alone ("Museo", "Radio").
    pub house_prefixes: HashSet<String>,
    pub honorifics: HashSet<String>,
    /// A generation after a person's name: "Filho", "Jr.", "Sobrinho".
    pub generations: HashSet<String>,
    /// Honours and offices written after a person's name ("KC", "MP"): not part of it.
    pub post_nominals: HashSet<String>,
    /// Family ties ("mother", "Witwe", "figlio"): the name beside one is a person's.
    pub kin: HashSet<String>,
    /// Role phrases, each as folded words, by their first and by their last word.
    roles_by_first: HashMap<String, Vec<Vec<String>>>,
    roles_by_last: HashMap<String, Vec<Vec<String>>>,
    pub org_words: HashSet<String>,
    /// Words newspapers are named with, folded: "times", "zeitung".
    pub newspaper_words: HashSet<String>,
    pub role_prepositions: HashSet<String>,
    pub acronyms: HashSet<String>,
    /// Months and days, capitalised in English and German.
    pub calendar: HashSet<String>,
    /// Labels of a contact line: "Tel", "Telefax", "E-mail".
    pub contact_words: HashSet<String>,
    /// "Internet", "Web": nouns written with a capital, never a party alone.
    pub capitalised_nouns: HashSet<String>,
    /// Nouns of an illness named after a person: "lymphoma", "síndrome", "Krankheit".
    pub disease_nouns: HashSet<String>,
    /// Fields of work that end a job title: "Affairs", "Communications".
    pub title_fields: HashSet<String>,
    /// Nouns for places: "commune", "isla", "town".
    pub place_nouns: HashSet<String>,
    /// Offices of a town, which "of" and the town follow: "fiscalía", "mayor", "sindaco".
    pub town_offices: HashSet<String>,
    /// Magnitudes ("Millionen", "Mrd."): amounts, never the start of a name.
    pub amount_words: HashSet<String>,
    law_first: HashSet<String>,
    law_last: HashSet<String>,
    law_tails: Vec<String>,
    law_acronyms: HashSet<String>,
    /// Brazil's states' codes, written in brackets after a town ("Mariana (MG)").
    pub state_codes_pt: HashSet<String>,
    /// News agencies and wires, folded ("reuters", "agencia lusa").
    pub news_agencies: HashSet<String>,
    /// Nouns that refer back to a body already named ("da entidade"): no part of a name.
    pub referring_nouns: HashSet<String>,
    /// Nouns of works ("film", "saga") and of their performers ("actor", "star"): what follows
    /// them is a title.
    pub work_words: HashSet<String>,
    pub performer_words: HashSet<String>,
    /// Nouns of products ("browser", "système d'exploitation"), folded, words joined by a space;
    /// and the first and last words of those nouns, to look no further where they are not.
    pub product_nouns: HashSet<String>,
    /// The product nouns that tell a product only right beside its name, not in apposition
    /// ("product", "brand"); they are in `product_nouns` too.
    pub product_nouns_beside: HashSet<String>,
    pub product_firsts: HashSet<String>,
    pub product_lasts: HashSet<String>,
    /// Nouns of a company that owns others ("owner", "maison mère", "Mutterkonzern"): the last
    /// word, folded.
    pub owner_nouns: HashSet<String>,
    /// Nouns of a product's maker: "maker", "fabricant", "Hersteller".
    pub maker_nouns: HashSet<String>,
    /// "Store", "Pay": a name ending so is a product.
    pub product_tails: HashSet<String>,
    /// "Senior", "Chief", "Managing": ranks that open an English job title.
    pub title_ranks: HashSet<String>,
    /// Words that make a name a street, a square or a landmark: first ("Place Vauban") or last
    /// ("Eiffel Tower").
    pub landmark_heads: HashSet<String>,
    /// Features of the land that open a place's name before a particle ("Isla de Tovar").
    pub feature_heads: HashSet<String>,
    pub water_heads: HashSet<String>,
    pub landmark_tails: HashSet<String>,
    /// "-based", "-owned": a hyphenated word ending so is an adjective.
    adjective_tails: HashSet<String>,
    /// "-based", "-born": the tails of those adjectives only a place takes.
    place_adjective_tails: HashSet<String>,
    /// Words of events, states and competitions: "Guerre", "Republic", "Cup".
    pub event_words: HashSet<String>,
    pub event_tails: HashSet<String>,
    pub games_nouns: HashSet<String>,
    pub games_qualifiers: HashSet<String>,
    /// Articles and fused prepositions, folded, by language code.
    articles: HashMap<String, HashSet<String>>,
    indefinite_articles: HashMap<String, HashSet<String>>,
    /// Peoples' words the endings do not find, with their country: "irish" → "ireland".
    demonyms: HashMap<String, String>,
    /// Familiar forms of given names and the full names they stand for: "dani" → "daniel".
    nicknames: HashMap<String, Vec<String>>,
    given: HashSet<String>,
    /// Each institution's forms in the six languages.
    institutions: Vec<Vec<String>>,
    /// For each institution, whether it has an office in every town that is still the one
    /// institution of a case ("Fiscalía de Sevilla" is the prosecution).
    local_institutions: Vec<bool>,
    /// For each institution, the phrases in small letters that name it, by language code,
    /// folded word by word.
    institution_nouns: Vec<HashMap<String, Vec<Vec<String>>>>,
    /// Every institution's forms, folded.
    institution_forms: HashSet<String>,
    /// Each folded form's institution.
    institution_of: HashMap<String, usize>,
    /// For each institution, the one that acts for it.
    acting: Vec<Option<usize>>,
    /// Per institution, whether it is a named office that prosecutes.
    prosecutors: Vec<bool>,
    /// The institution that is the prosecution named by its nouns.
    prosecution: Option<usize>,
    /// Each institution's first form, folded: the name its row goes by.
    institution_names: HashSet<String>,
}

#[derive(Deserialize)]
struct File {
    particles: Vec<String>,
    org_suffixes: Vec<String>,
    legal_suffixes: Vec<String>,
    org_prefixes: Vec<String>,
    honorifics: Vec<String>,
    generations: Vec<String>,
    post_nominals: Vec<String>,
    kin: Vec<String>,
    person_roles: Vec<String>,
    org_words: Vec<String>,
    newspaper_words: Vec<String>,
    role_prepositions: Vec<String>,
    acronyms: Vec<String>,
    calendar: Vec<String>,
    contact_words: Vec<String>,
    capitalised_nouns: Vec<String>,
    disease_nouns: Vec<String>,
    title_fields: Vec<String>,
    place_nouns: Vec<String>,
    town_offices: Vec<String>,
    amount_words: Vec<String>,
    law_first: Vec<String>,
    law_last: Vec<String>,
    law_tails: Vec<String>,
    law_acronyms: Vec<String>,
    state_codes_pt: Vec<String>,
    news_agencies: Vec<String>,
    referring_nouns: Vec<String>,
    work_words: Vec<String>,
    performer_words: Vec<String>,
    product_nouns: Vec<String>,
    product_nouns_beside: Vec<String>,
    owner_nouns: Vec<String>,
    maker_nouns: Vec<String>,
    product_tails: Vec<String>,
    title_ranks: Vec<String>,
    landmark_heads: Vec<String>,
    feature_heads: Vec<String>,
    water_heads: Vec<String>,
    landmark_tails: Vec<String>,
    adjective_tails: Vec<String>,
    place_adjective_tails: Vec<String>,
    house_prefixes: Vec<String>,
    event_words: Vec<String>,
    event_tails: Vec<String>,
    games_nouns: Vec<String>,
    games_qualifiers: Vec<String>,
    articles: HashMap<String, Vec<String>>,
    indefinite_articles: HashMap<String, Vec<String>>,
    demonyms: HashMap<String, String>,
    nicknames: HashMap<String, Vec<String>>,
}

fn folded_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

/// Folded, each with and without its final dot ("inc." and "inc", "s.a." and "s.a").
fn dotted_set(words: &[String]) -> HashSet<String> {
    words
        .iter()
        .flat_map(|w| {
            let f = fold(w);
            let bare = f.trim_end_matches('.').to_string();
            [format!("{bare}."), bare]
        })
        .collect()
}

fn list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    CELL.get_or_init(|| {
        let f: File = toml::from_str(ENTITIES).expect("assets/lexicon/entities.toml is valid");
        #[derive(Deserialize)]
        struct Institutions {
            institution: Vec<Institution>,
        }
        #[derive(Deserialize)]
        struct Institution {
            aliases: Vec<String>,
            #[serde(default)]
            local: bool,
            /// The nouns in small letters that name it too, by language: "prosecutors", "la
            /// fiscalía".
            #[serde(default)]
            nouns: BTreeMap<String, Vec<String>>,
            /// The institution that acts for this one: the Commission fines and accuses for
            /// the European Union.
            #[serde(default)]
            acts_through: Option<String>,
            /// A named office that prosecutes ("Department of Justice").
            #[serde(default)]
            prosecutes: bool,
            /// The prosecution named by its nouns, whatever the office.
            #[serde(default)]
            prosecution: bool,
        }
        let parsed = toml::from_str::<Institutions>(INSTITUTIONS)
            .expect("assets/lexicon/institutions.toml is valid")
            .institution;
        let local_institutions: Vec<bool> = parsed.iter().map(|i| i.local).collect();
        let prosecutors: Vec<bool> = parsed.iter().map(|i| i.prosecutes).collect();
        let prosecution = parsed.iter().position(|i| i.prosecution);
        let institution_nouns: Vec<HashMap<String, Vec<Vec<String>>>> = parsed
            .iter()
            .map(|i| {
                i.nouns
                    .iter()
                    .map(|(lang, phrases)| {
                        let words = phrases
                            .iter()
                            .map(|p| p.split(' ').map(fold).collect())
                            .collect();
                        (lang.clone(), words)
                    })
                    .collect()
            })
            .collect();
        let acting: Vec<Option<usize>> = parsed
            .iter()
            .map(|i| {
                let to = fold(i.acts_through.as_deref()?);
                parsed
                    .iter()
                    .position(|j| j.aliases.first().is_some_and(|f| fold(f) == to))
            })
            .collect();
        let institutions: Vec<Vec<String>> = parsed.into_iter().map(|i| i.aliases).collect();
        let product_nouns_beside = folded_set(&f.product_nouns_beside);
        let product_nouns: HashSet<String> = folded_set(&f.product_nouns)
            .into_iter()
            .chain(product_nouns_beside.iter().cloned())
            .collect();
        Lexicon {
            particles: folded_set(&f.particles),
            org_suffixes: dotted_set(&f.org_suffixes),
            legal_suffixes: dotted_set(&f.legal_suffixes),
            org_prefixes: folded_set(&f.org_prefixes)
                .into_iter()
                .chain(folded_set(&f.house_prefixes))
                .collect(),
            house_prefixes: folded_set(&f.house_prefixes),
            honorifics: folded_set(&f.honorifics),
            generations: folded_set(&f.generations),
            post_nominals: folded_set(&f.post_nominals),
            kin: folded_set(&f.kin),
            roles_by_first: roles::index_roles(&f.person_roles, |r| r.first()),
            roles_by_last: roles::index_roles(&f.person_roles, |r| r.last()),
            org_words: folded_set(&f.org_words),
            newspaper_words: folded_set(&f.newspaper_words),
            role_prepositions: folded_set(&f.role_prepositions),
            acronyms: folded_set(&f.acronyms),
            calendar: folded_set(&f.calendar),
            contact_words: folded_set(&f.contact_words),
            capitalised_nouns: folded_set(&f.capitalised_nouns),
            disease_nouns: folded_set(&f.disease_nouns),
            title_fields: folded_set(&f.title_fields),
            place_nouns: folded_set(&f.place_nouns),
            town_offices: folded_set(&f.town_offices),
            amount_words: folded_set(&f.amount_words),
            law_first: folded_set(&f.law_first),
            law_last: folded_set(&f.law_last),
            law_tails: f.law_tails.iter().map(|w| fold(w)).collect(),
            law_acronyms: folded_set(&f.law_acronyms),
            state_codes_pt: folded_set(&f.state_codes_pt),
            news_agencies: folded_set(&f.news_agencies),
            referring_nouns: folded_set(&f.referring_nouns),
            work_words: folded_set(&f.work_words),
            performer_words: folded_set(&f.performer_words),
            product_firsts: product_nouns
                .iter()
                .filter_map(|n| n.split(' ').next().map(str::to_string))
                .collect(),
            product_lasts: product_nouns
                .iter()
                .filter_map(|n| n.rsplit(' ').next().map(str::to_string))
                .collect(),
            product_nouns,
            product_nouns_beside,
            owner_nouns: folded_set(&f.owner_nouns),
            maker_nouns: folded_set(&f.maker_nouns),
            product_tails: folded_set(&f.product_tails),
            title_ranks: folded_set(&f.title_ranks),
            landmark_heads: folded_set(&f.landmark_heads),
            feature_heads: folded_set(&f.feature_heads),
            water_heads: folded_set(&f.water_heads),
            landmark_tails: folded_set(&f.landmark_tails),
            adjective_tails: folded_set(&f.adjective_tails),
            place_adjective_tails: folded_set(&f.place_adjective_tails),
            event_words: folded_set(&f.event_words),
            event_tails: folded_set(&f.event_tails),
            games_nouns: folded_set(&f.games_nouns),
            games_qualifiers: folded_set(&f.games_qualifiers),
            demonyms: f.demonyms,
            nicknames: f.nicknames,
            articles: f
                .articles
                .iter()
                .map(|(lang, words)| (lang.clone(), folded_set(words)))
                .collect(),
            indefinite_articles: f
                .indefinite_articles
                .iter()
                .map(|(lang, words)| (lang.clone(), folded_set(words)))
                .collect(),
            // A given name that is also a function word ("Segun", "Will") is the word.
            given: list(GIVEN)
                .filter(|g| !crate::corpus::lang::is_any_function_word(&g.to_lowercase()))
                .map(fold)
                .collect(),
            institution_forms: institutions.iter().flatten().map(|f| fold(f)).collect(),
            institution_names: institutions
                .iter()
                .filter_map(|i| i.first())
                .map(|f| fold(f))
                .collect(),
            institution_of: institutions
                .iter()
                .enumerate()
                .flat_map(|(i, forms)| forms.iter().map(move |f| (fold(f), i)))
                .collect(),
            institutions,
            local_institutions,
            prosecutors,
            prosecution,
            institution_nouns,
            acting,
        }
    })
}

impl Lexicon {
    /// A word made an adjective by its hyphenated tail: "California-based", "state-owned".
    pub fn is_hyphen_adjective(&self, t: &Token) -> bool {
        t.key.len() > 4
            && hyphen_tail(&t.key).is_some_and(|tail| {
                self.adjective_tails.contains(tail)
                    // Any English participle glued so in small letters ("Epic-requested",
                    // "Meta-sponsored"; not "Bankman-Fried"), and a people's word after
                    // another's ("Franco-Lebanese").
                    || (tail.len() > 4
                        && ((t.small_tail
                            && tail.ends_with("ed")
                            && self.is_common_in(tail, Lang::En))
                            || (self.is_demonym(tail) && !self.is_place(tail))))
            })
    }

    /// An adjective only a place takes, by its hyphenated tail: "Louis-based", "York-born".
    pub fn is_place_adjective(&self, key: &str) -> bool {
        hyphen_tail(key).is_some_and(|tail| self.place_adjective_tails.contains(tail))
    }

    /// A country's word before a role or an institution's name: a place, its people's word, or
    /// an acronym written with or without dots ("U.S. President", "French Minister", "US
    /// Securities and Exchange Commission").
    pub fn is_country_word(&self, key: &str) -> bool {
        self.is_place(key)
            || self.is_demonym(key)
            || self.acronyms.contains(key.replace('.', "").as_str())
    }

    /// A word for a company ("startup", "Konzern"), in the singular or a regular plural
    /// ("entreprises", "companies", "Konzerne", "aziende").
    pub fn is_org_word(&self, key: &str) -> bool {
        let has = |w: &str| self.org_words.contains(w);
        // The stem with another ending, inline (no allocation for a word of 24 bytes or less).
        let has_with = |stem: &str, end: char| {
            let mut w = compact_str::CompactString::from(stem);
            w.push(end);
            has(&w)
        };
        has(key)
            || ["s", "es", "e", "n"]
                .iter()
                .any(|end| without_end(key, end).is_some_and(has))
            || without_end(key, "ies").is_some_and(|stem| has_with(stem, 'y'))
            || without_end(key, "e").is_some_and(|stem| has_with(stem, 'a'))
            // Italian plurals: "gruppi" of "gruppo", "produttori" of "produttore".
            || without_end(key, "i").is_some_and(|stem| has_with(stem, 'o') || has_with(stem, 'e'))
    }

    /// Words naming a law, a regulation or an agreement (`law_first` and the rest in
    /// entities.toml): "Reglamento General de Protección de Datos", "Digital Markets Act",
    /// "EU-US-Übereinkunft". English and German put the law's word last, the Romance languages
    /// first.
    pub fn is_law(&self, keys: &[&str], lang: Lang) -> bool {
        let (Some(first), Some(last)) = (keys.first(), keys.last()) else {
            return false;
        };
        (keys.len() > 1 && !matches!(lang, Lang::En | Lang::De) && self.law_first.contains(*first))
            // "Jude Law", "Ana Code": a given name and a surname.
            || (keys.len() > 1
                && self.law_last.contains(*last)
                && !(keys.len() == 2 && self.is_given_name(first)))
            || self.law_compound(last)
            || (keys.len() == 1 && self.law_acronyms.contains(*first))
    }

    /// A law's noun, written before or after the law's own name, or a compound ending in one:
    /// what an acronym right after it abbreviates ("Digital-Gesetz DMA", "la ley LSSI").
    pub fn is_law_noun(&self, key: &str) -> bool {
        self.law_first.contains(key) || self.law_last.contains(key) || self.law_compound(key)
    }

    /// A compound or a hyphenated word ending in a law's noun: "Grundverordnung", "EU-US-
    /// Übereinkunft"; the bare noun ("Gesetz") is a word, not a law's name.
    fn law_compound(&self, word: &str) -> bool {
        let tail = word.rsplit('-').next().unwrap_or(word);
        self.law_tails
            .iter()
            .any(|t| tail.ends_with(t.as_str()) && (tail.len() > t.len() || word != tail))
    }

    /// The last word of a tournament's name ("US Open", "Madrid Masters"); alone it is the
    /// tournament too. Elsewhere in a name it is a word ("Open Society").
    pub fn ends_tournament(&self, key: &str) -> bool {
        matches!(key, "open" | "masters")
    }

    /// An article, or a preposition fused with one, of `lang`: "la", "della", "zum".
    pub fn is_article(&self, word: &str, lang: Lang) -> bool {
        self.articles
            .get(lang.code())
            .is_some_and(|a| a.contains(word))
    }

    /// "una", "a", "ein": what stands before a common noun, never before an institution's name.
    pub fn is_indefinite_article(&self, word: &str, lang: Lang) -> bool {
        self.indefinite_articles
            .get(lang.code())
            .is_some_and(|a| a.contains(word))
    }
}

#[cfg(test)]
mod tests;

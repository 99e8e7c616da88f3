//! Words that stand for someone named before: subject pronouns ("il" of "a-t-il"), "the
//! latter" ("ce dernier", "celui-ci"), a person described by her age ("der 34-Jährige"),
//! "they", and "we" in a quotation.

use super::sentences::Sentence;
use crate::extract::tokens::Token;

/// Subject pronouns that stand for the speaker after the reported words.
pub(super) const PRONOUNS: [&str; 16] = [
    "it", "he", "she", "they", "il", "elle", "ils", "elles", "er", "sie", "es", "lui", "lei",
    "ela", "ele", "egli",
];

/// Pronouns that can only be a person: the latest person of the article is meant. (French
/// "il" and "elle", German "er" and "sie" may stand for "le groupe", "die Firma".)
pub(super) const PERSON_PRONOUNS: [&str; 8] =
    ["he", "she", "ele", "ela", "egli", "lui", "lei", "person"];

/// Whether a folded word describes a person by her age: "34-jahrige", "34-year-old",
/// "45enne".
pub(super) fn age_word(key: &str) -> bool {
    let digits = key.trim_start_matches(|c: char| c.is_ascii_digit());
    digits.len() < key.len()
        && ["-jahrige", "-jahriger", "-jahrigen", "-year-old", "enne"].contains(&digits)
}

/// The pronoun an article before an age stands for: the gender it marks ("der", "il" → he;
/// "die", "la" → she), or a person of either ("the").
pub(super) fn age_pronoun(article: &str) -> Option<&'static str> {
    match article {
        "der" | "il" | "le" | "el" | "o" | "lo" => Some("he"),
        "die" | "la" | "a" => Some("she"),
        "the" => Some("person"),
        _ => None,
    }
}

/// The pronoun of a French inverted verb ("il" of "a-t-il"), or the word itself.
pub(super) fn pronoun_word(key: &str) -> &str {
    key.split_once("-t-").map_or(key, |(_, p)| p)
}

/// "The latter" opening the sentence, as the pronoun it stands for: "Ce dernier se défend",
/// "Esta última negó", "Quest'ultimo ha respinto", "Celui-ci affirme".
pub(super) fn the_latter(t: &[Token]) -> Option<&'static str> {
    let (a, b) = (t.first()?.key.as_str(), t.get(1)?.key.as_str());
    match (a, b) {
        ("ce", "dernier") | ("este", "ultimo") | ("quest", "ultimo") | ("celui-ci", _) => {
            Some("he")
        }
        ("cette", "derniere") | ("esta", "ultima") | ("quest", "ultima") | ("celle-ci", _) => {
            Some("she")
        }
        _ => None,
    }
}

/// Pronouns for several: the party of the claim before ("They argued …").
pub(super) const THEY: [&str; 7] = ["they", "ils", "elles", "ellos", "loro", "eles", "elas"];

/// Whether the sentence's quotation speaks as "we": "nous", "notre", "our", "nuestra", "unser".
pub(super) fn we_in_quote(s: &Sentence) -> bool {
    const WE: [&str; 22] = [
        "we", "our", "us", "nous", "notre", "nos", "nosotros", "nuestra", "nuestro", "nuestros",
        "wir", "unser", "unsere", "uns", "noi", "nostra", "nostro", "nostri", "nossa", "nosso",
        "nossos", "ci",
    ];
    s.tokens
        .iter()
        .enumerate()
        .any(|(i, x)| s.in_quote(i) && WE.contains(&x.key.as_str()))
}

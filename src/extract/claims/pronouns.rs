//! Words that stand for someone named before: subject pronouns ("il" of "a-t-il"), "the
//! latter" ("ce dernier", "celui-ci"), a person described by her age ("der 34-Jährige"),
//! "they", and "we" in a quotation.

use super::context::Context;
use super::counsel::accused_person;
use super::disputes::Disputes;
use super::genders;
use super::sentences::Sentence;
use crate::extract::tokens::Token;
use crate::model::{Dossier, EntityKind};

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

/// A pronoun read in a sentence: its token, its word (the pronoun an age or "ce dernier" stands
/// for), whether it is "the latter", and whether it follows the reported words ("…, it said").
#[derive(Clone, Copy)]
pub(super) struct Pronoun<'a> {
    pub(super) at: usize,
    pub(super) word: &'a str,
    pub(super) latter: bool,
    pub(super) trailing: bool,
}

/// Whom a pronoun stands for, and who spoke when the text says so: "the latter" the person
/// named last; a pronoun of either kind the person just named whose given name says its gender;
/// after a quotation the person the sentence before introduced, else the one who spoke just
/// before; else the latest party of its kind and gender, or the accused.
pub(super) fn meant_by(
    d: &Dossier,
    s: &Sentence,
    pronoun: Pronoun<'_>,
    disputes: &Disputes,
    ctx: &Context,
) -> Option<(usize, Option<usize>)> {
    let Pronoun {
        at: i,
        word: key,
        latter,
        trailing: trailing_pronoun,
    } = pronoun;
    let t = s.tokens;
    // "The latter" is the person named last, whoever spoke before: "X conteste les
    // accusations de Y. Celui-ci affirme …" is Y.
    if latter
        && let Some(p) = ctx.named_last(s)
        && d.entities[p].kind == EntityKind::Person
        && genders::of(d, p).is_none_or(|g| genders::of_pronoun(key) == Some(g))
    {
        return Some((p, None));
    }
    // French "il" and "elle" may stand for a company; after a quotation they are its
    // speaker, a person ("« … », a-t-elle déclaré au tribunal").
    let quoted_speaker = matches!(key, "il" | "elle") && trailing_pronoun && s.quote.is_some();
    // "… was Hermoso zurückwies. Sie erstattete Anzeige", "… l'ancien dirigeant. Il a
    // décrit …": a pronoun that may stand for a noun of either kind stands for the person
    // named last just before it, when her given name says the pronoun's gender; German
    // "sie" only before a verb in the singular ("sie erstattete", not "sie erstatteten").
    if !trailing_pronoun
        && let Some(p) = ctx.named_last(s)
        && let Some(g) = genders::of(d, p)
    {
        let singular = |j: usize| t.get(j).is_some_and(|x| !x.key.ends_with('n'));
        let fits = match key {
            "il" | "er" => g == genders::Gender::Male,
            "elle" => g == genders::Gender::Female,
            "sie" => g == genders::Gender::Female && singular(i + 1),
            _ => false,
        };
        if fits {
            return Some((p, None));
        }
    }
    let kind = match key {
        "it" => EntityKind::Organization,
        x if PERSON_PRONOUNS.contains(&x) || quoted_speaker => EntityKind::Person,
        _ => return None,
    };
    // "She said" is the latest woman who spoke, not the man who spoke after her; a name
    // that says neither may be either.
    let want = genders::of_pronoun(key);
    let fits = |p: usize, exact: bool| {
        d.entities[p].kind == kind
            && match (want, genders::of(d, p)) {
                (Some(w), Some(g)) => w == g,
                (Some(_), None) => !exact,
                (None, _) => true,
            }
    };
    let latest = |exact: bool| ctx.recent.iter().rev().copied().find(|&p| fits(p, exact));
    // "ele negou" where no person has spoken yet: the accused, the article's person.
    let accused = |exact: bool| {
        (kind == EntityKind::Person)
            .then(|| accused_person(d, disputes, ctx))?
            .filter(|&p| fits(p, exact))
    };
    // "“…,” Richard Doren, a lawyer for X, told the court. He warned …": the person who
    // spoke just before, for the party he spoke for.
    let spoke_before = || {
        ctx.last
            .filter(|l| l.article == s.article && l.paragraph + 1 >= s.paragraph)
            .filter(|l| l.speaker.is_some_and(|sp| fits(sp, true)))
            .map(|l| l.party)
    };
    // "Wisner macht diese Haltung fast wütend. „…“, sagte der 34-Jährige": the person the
    // sentence just before spoke of, when it told no claim, not the one who spoke before.
    // A lawyer so introduced speaks for her client ("Rellicks Anwältin Marta Olwen").
    let introduced = || {
        ctx.named_last(s)
            .filter(|&p| trailing_pronoun && !ctx.named_in_claim && fits(p, true))
            .filter(|_| ctx.named.is_some_and(|(_, para, _)| para == s.paragraph))
            .map(|p| match ctx.sides.get(&p) {
                Some(&Some(client)) => (client, Some(p)),
                _ => (p, None),
            })
    };
    let party = |p: Option<usize>| p.map(|p| (p, None));
    introduced()
        .or_else(|| party(spoke_before()))
        .or_else(|| party(latest(true)))
        .or_else(|| party(accused(true)))
        .or_else(|| party(latest(false)))
        .or_else(|| party(accused(false)))
}

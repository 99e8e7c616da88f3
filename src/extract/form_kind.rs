//! Person or organization evidence of a form's words alone, wherever it stands: a given name
//! first, a legal form or a newspaper's word last, an article and a word of the language, a
//! place among the words ([`super::accept::Form`] keeps what it gives).

use super::kind_cues::is_suffix;
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token};
use crate::model::Lang;

/// A word ending in a web domain's ending: "binance.com", "quintara.io".
fn web_address(key: &str) -> bool {
    const COUNTRIES: [&str; 6] = ["co", "us", "de", "fr", "es", "it"];
    key.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty() && (GENERIC_WEB_ENDINGS.contains(&tld) || COUNTRIES.contains(&tld))
    })
}

/// The web endings no country owns: "Corvane.com" is Corvane's site ([`super::merges`]), where
/// "Corvane.US" is as often an affiliate.
pub(super) const GENERIC_WEB_ENDINGS: [&str; 5] = ["com", "net", "org", "io", "ai"];

/// Person (positive) or organization (negative) evidence of a piece's words; `broad` also
/// reads the broad lists of given names and surnames.
pub(super) fn form_kind(lx: &Lexicon, t: &[Token], lang: Lang, broad: bool) -> i32 {
    // "&" joins no person's names, whatever they are: "Procter & Gamble", "Johnson & Johnson",
    // a firm of partners ("Vendel & Pike").
    if t.iter().any(|x| x.key == "&") {
        return -8;
    }
    let mut e = 0;
    if t.len() > 1 && is_suffix(lx, &t[t.len() - 1]) {
        e -= 4;
    }
    // "Bundes" and a kind of body ("Bundesanwaltschaft") is the state's body, one word as it is.
    if lx.org_prefixes.contains(t[0].key.as_str())
        || (t.len() == 1 && super::translations::federal_body(&t[0].key))
    {
        e -= 4;
    }
    // A German adjective with its capital before a body's noun: "Nordische Landesbank",
    // "Internationale Bund" (German writes no adjective with a capital in a person's name).
    if lang == Lang::De
        && t.len() >= 2
        && t[0].shape == Shape::Capitalized
        && super::nouns::german_adjective(&t[0].lower)
    {
        e -= 4;
    }
    // A newspaper's word last: "Le Monde", "Harbourton Times" (not a surname after a given
    // name: "Sidónio Pais", "Antonio Folha").
    let last = &t[t.len() - 1];
    if t.len() > 1
        && lx.newspaper_words.contains(last.key.as_str())
        && (crate::corpus::lang::is_any_function_word(&t[0].lower)
            || !(lx.is_listed_surname(&last.key) || lx.is_given_name(&t[0].key)))
    {
        e -= 4;
    }
    // A web address names a company or a site, never a person: "Binance.com", "Amazon.de".
    if t.iter().any(|x| web_address(&x.key)) {
        e -= 4;
    }
    if t.iter().any(|x| {
        matches!(x.shape, Shape::Mixed | Shape::AllCaps)
            && !lx.org_suffixes.contains(x.key.as_str())
    }) {
        e -= 2;
    }
    // A first word that is a given name: of the hand-made list, or, when `broad`, of the broad
    // one, place names and function words left out ("Les Allemands").
    // A given name of the broad lists that is a word in four languages or more is more often a
    // brand ("Meta"); a surname so common stays a surname ("Silva").
    let listed = |x: &Token, surname: bool| {
        broad
            && x.shape == Shape::Capitalized
            && ((lx.is_listed_given(&x.key) && lx.common_mask(&x.lower).count_ones() < 4)
                || (surname && lx.is_listed_surname(&x.key)))
            && !lx.is_place(&x.key)
            && !crate::corpus::lang::is_any_function_word(&x.lower)
    };
    // Before a surname of the broad lists (even one that is a town too: "Pereira"), a
    // capitalised word that names no institution, club or place is taken for a given name the
    // lists lack ("Rogério Silva", "Moacir Pereira"; not "Real Madrid").
    let before_surname = broad
        && t.len() == 2
        && t[1].shape == Shape::Capitalized
        && lx.is_listed_surname(&t[1].key)
        // A place that is a given name of the lists too opens a person's name before a surname
        // that is no place ("Kent Walker", "Florence Marlow").
        && (!lx.is_place(&t[0].key) || (lx.is_listed_given(&t[0].key) && !lx.is_place(&t[1].key)))
        && !lx.is_demonym(&t[0].key)
        && !lx.org_prefixes.contains(t[0].key.as_str())
        && !lx.org_words.contains(t[0].key.as_str());
    // A given name of the broad lists that is a word or a place too ("Roman", "Paris"), before
    // a word no list knows, opens a person's name ("Roman Safrankov"): a company's name is
    // seldom a given name and a coinage.
    // Worked out only where nothing else made the first word a given name.
    let before_coinage = || {
        broad
        && t.len() == 2
        && t[0].shape == Shape::Capitalized
        && t[1].shape == Shape::Capitalized
        // Not a hyphened place or saint's name ("Paris Saint-Germain").
        && !t[1].key.contains('-')
        && lx.common_mask(&t[1].lower) == 0
        && lx.is_listed_given(&t[0].key)
        && !lx.is_place(&t[1].key)
        && !lx.is_town(&t[1].key)
        && !lx.org_prefixes.contains(t[0].key.as_str())
        && !lx.org_words.contains(t[0].key.as_str())
        // A place's or a river's noun opens a company's name as often ("Rio Varden").
        && !lx.place_nouns.contains(t[0].key.as_str())
        && !lx.water_heads.contains(t[0].key.as_str())
    };
    // A surname cut to its initial after a capitalised word: the press names the accused so
    // ("Hanno J.", "Thorsten D."), never a company.
    let initialled = t.len() == 2
        && t[1].shape == Shape::Initials
        && super::pieces::is_initial(&t[1].key)
        && !lx.is_place(&t[0].key);
    let given = t.len() > 1
        && t[0].shape == Shape::Capitalized
        && (lx.is_given_name(&t[0].key)
            || listed(&t[0], false)
            || before_surname
            || initialled
            || before_coinage());
    if given {
        e += 3;
    }
    // A generation after the name is a person's: "Odilon Ramalho Filho", "Tavinho Jr".
    let generation = t.len() > 1 && lx.generations.contains(last.key.as_str());
    if generation {
        e += 3;
    }
    if t.iter()
        .any(|x| lx.particles.contains(x.key.as_str()) && x.shape == Shape::Lower)
    {
        e += 1;
    }
    if t.len() == 1 {
        // A place that acts is its club or its government ("Lille beat Nantes"); a word of
        // the broad lists leans to a person. Otherwise the word alone tells nothing: its cues
        // decide, and without any, [`Form::bare`].
        return if lx.is_place(&t[0].key) {
            e - 2
        } else if listed(&t[0], true) {
            e + 2
        } else {
            e
        };
    }
    // "Di Marzio", "Van Dijk": a capitalised particle opens a surname; but an article before a
    // word of the language names a title, a paper or a house ("Le Monde", "La Stampa", "El
    // País"), which the names of people written so seldom are ("Le Pen").
    if lx.particles.contains(t[0].key.as_str()) && t[0].shape == Shape::Capitalized {
        // The article and its word may be of another language than the text's: "la testata
        // francese Le Parisien".
        let titled = t.len() == 2
            && t[1].shape == Shape::Capitalized
            && Lang::KNOWN.iter().any(|&l| {
                lx.is_article(&t[0].key, l)
                    && (lx.is_common_in(&t[1].lower, l) || lx.is_demonym(&t[1].key))
            })
            && !lx.is_listed_surname(&t[1].key);
        return if titled { e - 4 } else { e + 3 };
    }
    // Several words: a person's when they are names; an institution's when one of them is a
    // word of the language or a place ("Consejo Regulador", "Leeds United", "Junta de
    // Andalucía").
    let worded = t.iter().any(|x| {
        x.shape == Shape::Capitalized
            && (lx.is_common_in(&x.lower, lang) || lx.is_common(&x.lower))
            && !lx.is_given_name(&x.key)
            && !listed(x, true)
            && !lx.particles.contains(x.key.as_str())
            && !lx.generations.contains(x.key.as_str())
    });
    // A place that is also a given name or a surname tells nothing ("Gaspar", "Tavira").
    let placed = t.iter().any(|x| {
        x.shape == Shape::Capitalized
            && lx.is_place(&x.key)
            && !lx.is_given_name(&x.key)
            && !lx.is_listed_given(&x.key)
            && !lx.is_listed_surname(&x.key)
    });
    if !given && (worded || placed) {
        e - 2
    } else {
        e + 1
    }
}

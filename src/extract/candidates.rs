//! Runs of name-like words in live paragraphs, with the context that tells what they are.

use super::complements::{
    after_firm_noun, and_then_article, conjoined_company, institution_complement,
    institution_in_full, numbered,
};
use super::kind_cues::is_suffix;
use super::lexicon::{Lexicon, after_last, lexicon};
#[cfg(test)]
use super::tokens::tokenize;
use super::tokens::{Shape, Token, tokenize_with};
use crate::model::{Dossier, Lang};
use compact_str::CompactString;

/// One paragraph's tokens, kept for the mention pass.
pub struct ParaTokens {
    pub article: usize,
    pub paragraph: usize,
    pub heading: bool,
    /// Written In Title Case: capitals there say nothing about names.
    pub title_case: bool,
    /// A row of a table: names and numbers, no prose ("Hartford 4 BOSTON 2").
    pub table_row: bool,
    pub lang: Lang,
    pub tokens: Vec<Token>,
}

/// A run of name-like tokens: tokens[first..last] of a paragraph.
#[derive(Clone, Debug)]
pub struct Run {
    /// Index into the `ParaTokens` list.
    pub para: usize,
    /// Where a surname particle stands before the run ("von" of "von Hagen"): mentions may
    /// start there when the longer form is a known name.
    pub lead: usize,
    pub first: usize,
    pub last: usize,
    /// Grammar capitalised its first word: sentence or quotation start.
    pub initial: bool,
    /// In a line written In Title Case, where capitals tell nothing.
    pub title_case: bool,
    pub person_cue: bool,
    pub org_cue: bool,
    /// An article stands just before it ("la Fiat", "die Telekom").
    pub article: bool,
}

impl Run {
    /// How many tokens it spans.
    pub fn width(&self) -> usize {
        self.last - self.first
    }
}

/// Every live paragraph's tokens.
pub fn tokenize_dossier(d: &Dossier) -> Vec<ParaTokens> {
    // Articles tokenize independently: split them over the cores.
    let mut paras = crate::parallel::map_ranges(d.articles.len(), 16, |r| tokenize_articles(d, r));
    stray_capitals(d, &mut paras);
    super::german_nouns::compounds_named_elsewhere(d, &mut paras);
    paras
}

/// A word opening with two capitals where one is meant ("Kylian MBappé") where the dossier
/// also writes it plainly ("Mbappé") is that word mistyped, not a brand's inner capital
/// ("OpenAI"): it reads as the plain word, so it neither splits the name nor makes it a company.
fn stray_capitals(d: &Dossier, paras: &mut [ParaTokens]) {
    // Two capitals, then small letters only: "MBappé", not an acronym that mixes its case
    // ("PdL", "UdC").
    let opens_capital = |p: &ParaTokens, t: &Token| {
        if t.shape != Shape::Mixed {
            return false;
        }
        let para = &d.articles[p.article].paragraphs[p.paragraph].text;
        let mut cs = para[t.start..t.end].chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.next().is_some_and(char::is_uppercase)
            && cs.clone().count() >= 3
            && cs.all(char::is_lowercase)
    };
    // The mixed words first: few in any dossier.
    let mixed: rustc_hash::FxHashSet<CompactString> = paras
        .iter()
        .flat_map(|p| p.tokens.iter().filter(move |t| opens_capital(p, t)))
        .map(|t| t.key.clone())
        .collect();
    if mixed.is_empty() {
        return;
    }
    let plain: rustc_hash::FxHashSet<CompactString> = paras
        .iter()
        .flat_map(|p| p.tokens.iter())
        .filter(|t| t.shape == Shape::Capitalized && mixed.contains(&t.key))
        .map(|t| t.key.clone())
        .collect();
    if plain.is_empty() {
        return;
    }
    for p in paras.iter_mut() {
        let stray: Vec<usize> = (0..p.tokens.len())
            .filter(|&i| opens_capital(p, &p.tokens[i]) && plain.contains(&p.tokens[i].key))
            .collect();
        for i in stray {
            p.tokens[i].shape = Shape::Capitalized;
        }
    }
}

fn tokenize_articles(d: &Dossier, articles: std::ops::Range<usize>) -> Vec<ParaTokens> {
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    for ai in articles {
        for p in d.articles[ai].live_paragraphs() {
            let starts: Vec<usize> = p.sentences.iter().map(|s| s.start).collect();
            let mut tokens = tokenize_with(&p.text, &starts, &mut scratch);
            if p.language == Lang::De {
                super::german_nouns::nouns_in_compounds(&mut tokens);
            }
            if p.language == Lang::Pt {
                verbs_with_pronouns(&mut tokens);
            }
            tickers(&mut tokens);
            let title_case = is_title_case(&tokens, p);
            out.push(ParaTokens {
                article: ai,
                paragraph: p.index,
                heading: p.heading || title_case,
                title_case,
                table_row: is_table_row(&tokens),
                lang: p.language,
                tokens,
            });
        }
    }
    out
}

/// Portuguese joins a verb's pronoun to it with a hyphen: "Aluga-se", "Diz-lhe", "Vendem-se",
/// "Encontrou-o". Capitalised at a line's start, such a verb is no name.
fn verbs_with_pronouns(tokens: &mut [Token]) {
    const PRONOUNS: [&str; 17] = [
        "se", "lhe", "lhes", "me", "te", "nos", "vos", "o", "a", "os", "as", "lo", "la", "los",
        "las", "no", "na",
    ];
    for t in tokens.iter_mut().filter(|t| t.namelike()) {
        if let Some((verb, pronoun)) = t.lower.rsplit_once('-')
            && verb.chars().count() >= 3
            && PRONOUNS.contains(&pronoun)
        {
            t.shape = Shape::Lower;
        }
    }
}

/// A wire's stock code after a company's name ("Corvane BA.N", "Quellwerk QWKG.DE"): two to
/// five capitals or digits, a dot and the exchange's one or two letters. No name, and no part
/// of the one before it ("U.S." has one letter before its dot).
fn tickers(tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        if matches!(t.shape, Shape::AllCaps | Shape::Initials | Shape::Mixed)
            && let Some((code, exchange)) = t.key.split_once('.')
            && (2..=5).contains(&code.len())
            && (1..=2).contains(&exchange.len())
            && code.chars().all(|c| c.is_ascii_alphanumeric())
            && exchange.chars().all(|c| c.is_ascii_alphabetic())
        {
            t.shape = Shape::Lower;
        }
    }
}

/// A line written In Title Case ("Quintara Sues Berg Over Patents"): the common words of its
/// language are capitalised too. A short line in sentence case (a byline, a results line, a
/// headline) names people as any sentence does, so only title case turns names off. German
/// capitalises its nouns and never writes title case.
fn is_title_case(tokens: &[Token], p: &crate::model::Paragraph) -> bool {
    if p.language == Lang::De || p.sentences.len() != 1 || p.text.len() > 300 {
        return false;
    }
    // Most lines are prose, with more words in lower case than capitalised: no title case,
    // and no need to look their words up.
    let long = |t: &&Token| t.lower.len() > 3;
    let lower = tokens
        .iter()
        .filter(long)
        .filter(|t| t.shape == Shape::Lower)
        .count();
    let upper = tokens
        .iter()
        .filter(long)
        .filter(|t| t.shape != Shape::Lower)
        .count();
    if lower > upper {
        return false;
    }
    let lx = lexicon();
    let (mut words, mut capitalised) = (0, 0);
    // Given names, surnames and places are capitalised in any line ("Árbitros: Miguel Castro
    // (Argentina) e Alfonso Bove (Itália)", "Aldo de Almeida Pereira, Presidente"): only the
    // language's other words tell title case. Not English surnames: English writes title case,
    // and its lists of surnames hold its words ("Young", "Price", "Hill").
    for t in tokens.iter().skip(1) {
        if t.lower.chars().count() > 3
            && lx.is_common_in(&t.lower, p.language)
            && !lx.is_listed_given(&t.key)
            && !(p.language != Lang::En && lx.is_listed_surname(&t.key))
            && !lx.is_place(&t.key)
        {
            words += 1;
            capitalised += usize::from(t.shape != Shape::Lower);
        }
    }
    words >= 2 && capitalised * 10 >= words * 7
}

/// Names standing beside numbers with no prose around them: a results or standings row
/// ("Hartford 4 BOSTON 2", "Ajax 18 5 2 11 30"). Each capitalised word there is a name, even
/// the first and even a city's, since a team carries its city's name.
fn is_table_row(tokens: &[Token]) -> bool {
    let numbers = tokens.iter().filter(|t| t.shape == Shape::Number).count();
    let lower = tokens.iter().filter(|t| t.shape == Shape::Lower).count();
    let names = tokens.iter().filter(|t| t.namelike()).count();
    numbers >= 2 && names >= 1 && lower == 0 && tokens.len() <= 40
}

/// Runs of name-like tokens, joined by particles and "&", broken by punctuation.
pub fn runs(paras: &[ParaTokens]) -> Vec<Run> {
    let lx = lexicon();
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let t = &p.tokens;
        let mut i = 0;
        while i < t.len() {
            if !starts_run(lx, t, i) {
                i += 1;
                continue;
            }
            let first = i;
            let mut j = i + 1;
            // Partners' names listed after a firm's noun go on past their commas: "die Kanzlei
            // Baum, Hedlung, Aristei & Goldman".
            let firm = after_firm_noun(t, first);
            while j < t.len()
                && (!t[j].break_before
                    || plural_possessive(t, j)
                    || (firm
                        && !t[j].initial
                        && t[j].namelike()
                        && t[j - 1].namelike()
                        && !lx.is_place(&t[j].key)
                        && t[j].start == t[j - 1].end + 2))
            {
                if contact_label(lx, t, j)
                    || adjective_alone(lx, t, j)
                    // A legal form closes the company's name: "der Vantrox GmbH Reinhold
                    // Kestner" is the company, then its head.
                    || (j > first + 1
                        && t[j].shape == Shape::Capitalized
                        && legal_form(lx, &t[j - 1])
                        && lx.is_listed_given(&t[j].key))
                    || german_body_then_object(lx, t, first, j, p.lang)
                    || capitals_after_name(lx, t, first, j, p.lang)
                {
                    break;
                } else if t[j].namelike() || is_suffix(lx, &t[j]) {
                    j += 1;
                } else if let Some(n) = particles_then_name(lx, t, j)
                    && !person_of_company(lx, t, first, n)
                    && !beyond_full_name(lx, t, first, j, n, p.lang)
                    && !of_an_acronym(t, first, n)
                    && !preposition_al(lx, t, first, j, n, p.lang)
                    && !another_institution(lx, t, first, j, n)
                    && !german_noun_of(lx, t, first, j, p.lang)
                    && !product_beside(lx, t, first, j, n)
                {
                    j = n + 1;
                } else if let Some(n) = institution_complement(lx, t, first, j, p.lang) {
                    // Before the article after "and" parts two names: it may open the second
                    // noun of a body's complement ("de los Mercados y la Competencia").
                    j = n;
                } else if and_then_article(t, j) {
                    // "Radio France e Le Monde": two names.
                    break;
                } else if let Some(n) = conjoined_company(lx, t, first, j, p.lang) {
                    j = n;
                } else if let Some(n) = institution_in_full(lx, t, first, j) {
                    j = n;
                } else if let Some(n) = numbered(lx, t, first, j) {
                    j = n;
                } else {
                    break;
                }
            }
            // "New York-born", "St. Louis-based" (the abbreviation's dot outside the word):
            // the words before belong to the place the adjective is made of, not to a name.
            if t.get(j).is_some_and(|x| {
                lx.is_place_adjective(&x.key)
                    && (!x.break_before || (x.start <= t[j - 1].end + 2 && t[j - 1].key.len() <= 3))
            }) {
                i = j + 1;
                continue;
            }
            // "Quarrow Robotics, Inc.", "Efacec Automação e Robótica, S.A.": the legal form
            // after a comma is the company's; not a word opening the next sentence that is one
            // too ("… Rita Moreira. As outras …": "AS" is Norway's).
            if t.get(j).is_some_and(|x| {
                legal_form(lx, x)
                    && x.start <= t[j - 1].end + 2
                    && !(x.initial && x.shape == Shape::Capitalized)
            }) {
                j += 1;
            }
            out.push(Run {
                para: pi,
                lead: first,
                first,
                last: j,
                initial: t[first].initial,
                title_case: p.title_case,
                person_cue: false,
                org_cue: false,
                article: false,
            });
            i = j;
        }
    }
    out
}

/// A contact line's label after a name, before a colon or a number: "Maria Matos Tel: 218 …",
/// "Selma Santiago Telefax (21) …" ("Tel Aviv" goes on).
fn contact_label(lx: &Lexicon, t: &[Token], j: usize) -> bool {
    lx.contact_words.contains(t[j].key.as_str())
        && t.get(j + 1)
            .is_none_or(|n| n.break_before || n.shape == Shape::Number)
}

pub(super) fn legal_form(lx: &Lexicon, x: &Token) -> bool {
    x.shape != Shape::Lower && lx.legal_suffixes.contains(x.key.trim_end_matches('.'))
}

/// A product's noun on either side of the small words ("Quillbox de la App Store de Vextra"):
/// a product and its maker or its store, three names, not one.
fn product_beside(lx: &Lexicon, t: &[Token], first: usize, j: usize, n: usize) -> bool {
    let noun = |words: &[Token]| {
        let mut key = String::new();
        for w in words {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&w.key);
        }
        // Not a noun that tells a product only right beside it ("marques", "marca"), which a
        // surname may be too ("Marques da Silva").
        lx.product_nouns.contains(&key) && !lx.product_nouns_beside.contains(&key)
    };
    (1..=2).any(|w| (j >= first + w && noun(&t[j - w..j])) || t.get(n..n + w).is_some_and(&noun))
}

/// English plurals that take "'s" open a name they are part of: "the Women's World Cup",
/// "Children's Hospital"; alone, "Women" is no name.
fn plural_possessive(t: &[Token], j: usize) -> bool {
    let before = &t[j - 1];
    before.possessive
        && before.shape == Shape::Capitalized
        && matches!(before.key.as_str(), "women" | "men" | "children" | "people")
        && t[j].shape == Shape::Capitalized
        // Only the possessive's "'s" and a space between ("’" takes three bytes).
        && t[j].start <= before.end + 5
}

/// A word in capitals after two or more capitalised words is no part of their name: the
/// body's acronym set beside it ("der Europäischen Fußball-Union UEFA"), or a headline's
/// shouted word ("Marco Vellani FINALLY resigns"). A legal form stays ("Deutsche Bank AG").
/// Only where the words before make a body ("Union", "Federation") or the capitals spell a
/// word of the language: "Banca San Paolo IMI" and "Benedetto XVI" stay whole.
fn capitals_after_name(lx: &Lexicon, t: &[Token], first: usize, j: usize, lang: Lang) -> bool {
    let shouted = || t[j].key.chars().count() >= 4 && lx.is_common_in(&t[j].lower, lang);
    let body = || {
        t[first..j].iter().any(|x| {
            let word = after_last(&x.key, b'-').unwrap_or(&x.key);
            lx.is_institution_word(word) || lx.is_org_word(word)
        })
    };
    j >= first + 2
        && t[j].shape == Shape::AllCaps
        && t[first..j].iter().all(|x| x.shape == Shape::Capitalized)
        && !is_suffix(lx, &t[j])
        && !legal_form(lx, &t[j])
        && (shouted() || body())
}

/// A hyphened adjective ("California-based", "Franco-Lebanese") that stands before a noun, not
/// inside a body's name: "the Inter-American Court of Human Rights", "the Franco-German
/// Brigade" go on to the body's word.
fn adjective_alone(lx: &Lexicon, t: &[Token], i: usize) -> bool {
    lx.is_hyphen_adjective(&t[i])
        && (t[i].small_tail
            || !t[i + 1..]
                .iter()
                .take(3)
                .take_while(|x| !x.break_before && x.shape == Shape::Capitalized)
                .any(|x| lx.org_prefixes.contains(x.key.as_str())))
}

fn starts_run(lx: &Lexicon, t: &[Token], i: usize) -> bool {
    if t[i].elided || t[i].shape == Shape::Number {
        return false;
    }
    if t[i].namelike() {
        return !adjective_alone(lx, t, i);
    }
    // Surname particles before a capitalised word, mid-sentence: "von Hagen", "van der Linde".
    const LEADING: [&str; 13] = [
        "von", "van", "ter", "ten", "zu", "di", "de", "del", "della", "da", "do", "dos", "du",
    ];
    // Cheap tests first: this runs for every lower-case word.
    t.get(i + 1)
        .is_some_and(|n| !n.break_before && matches!(n.shape, Shape::Capitalized | Shape::Lower))
        && LEADING.contains(&t[i].key.as_str())
        && particles_then_name(lx, t, i).is_some_and(|n| t[n].shape == Shape::Capitalized)
}

/// Italian and Spanish "al" ("to the") between two names: "Tavinho al Barcellona", "dal Santos
/// al Barcellona", where a place or a body follows it, or no given name comes before it. After a
/// given name it is an Arabic name's article ("Bashar al Asad", "Mohamed al Fayed").
fn preposition_al(lx: &Lexicon, t: &[Token], first: usize, j: usize, n: usize, lang: Lang) -> bool {
    matches!(lang, Lang::It | Lang::Es)
        && n == j + 1
        && t[j].key == "al"
        && (lx.is_place(&t[n].key)
            || lx.org_prefixes.contains(t[n].key.as_str())
            || !t[first..j].iter().any(|x| lx.is_listed_given(&x.key)))
}

/// After one or more particles from `i` ("van der", "de la"), the index of the name-like
/// token that follows them without a break.
fn particles_then_name(lx: &Lexicon, t: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    // "d'" and "l'" elided join too: "Raiders d'Oakland", "Jazz de l'Utah", "Jeanne d'Arc".
    while j < t.len()
        && j < i + 3
        && (lx.particles.contains(t[j].key.as_str())
            || (t[j].elided && matches!(t[j].key.as_str(), "d" | "l")))
        && t[j].shape == Shape::Lower
        && (j == i || !t[j].break_before)
    {
        j += 1;
    }
    // An article alone does not join two names: "Anna Berg der EU", "Rui Sousa do PSD" are a
    // name and what follows it, where "van der Linde" and "de la Fuente" are one name.
    let article_alone = j == i + 1
        && ARTICLES.contains(&t[i].key.as_str())
        && !i
            .checked_sub(1)
            .is_some_and(|b| lx.particles.contains(t[b].key.as_str()));
    // Nor does a particle before a whole other name: "Llamada de Pedro Ferreira".
    let full_name_after = lx.is_given_name(&t[j.min(t.len() - 1)].key)
        && t.get(j + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized);
    (j > i
        && j < t.len()
        && !t[j].break_before
        && t[j].namelike()
        && !t[j].initial
        && !article_alone
        && !full_name_after)
        .then_some(j)
}

/// "Priya Venkataraman von Harrowgate Capital": a person's name, then "von" and a company's
/// (a name ending in a company word). The particle separates them.
fn person_of_company(lx: &Lexicon, t: &[Token], first: usize, n: usize) -> bool {
    t[first..n].iter().any(|x| lx.is_given_name(&x.key))
        && t[n..]
            .iter()
            .enumerate()
            .take_while(|(i, x)| x.namelike() && (*i == 0 || !x.break_before))
            .any(|(_, x)| is_suffix(lx, x))
}

/// Whether the particles from `j` to the name at `n` say where the whole name before them works
/// or comes from, rather than go on with a surname: two particles ("Jonas Pihl von der
/// Nordbank"); a place after one in Spanish, Portuguese or Italian ("Susan Varga de
/// California"; French names carry a place after "de": "Henri Dupuy de Lôme"); Italian "di" or
/// English "of", with which neither writes a surname ("Oscar Camps di Open Arms", "Anna Berg of
/// Quintara").
fn beyond_full_name(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    n: usize,
    lang: Lang,
) -> bool {
    let said = n - j >= 2
        || (matches!(lang, Lang::Es | Lang::Pt | Lang::It)
            && lx.is_place(&t[n].key)
            && !lx.is_listed_surname(&t[n].key))
        || (n == j + 1
            && matches!(
                (lang, t[j].key.as_str()),
                (Lang::It, "di" | "del" | "della" | "dello" | "dell" | "dei") | (Lang::En, "of")
            ));
    said && after_full_name(lx, t, first, j)
}

/// "Jonas Pihl von der Nordbank", "Ana Ruiz de la Junta": a given name and a surname are a
/// whole name, and what a particle and an article add after them is where the person works or
/// comes from. (The caller asks only for two particles: "Ana Nunes de Almeida" keeps its second
/// surname; "María José de la Fuente" has given names only before the particle.)
fn after_full_name(lx: &Lexicon, t: &[Token], first: usize, j: usize) -> bool {
    // The run may open with words a later step strips ("Der Analyst Jonas Pihl").
    (first..j)
        .find(|&g| lx.is_given_name(&t[g].key))
        .is_some_and(|g| {
            t[g + 1..j]
                .iter()
                .any(|x| x.shape == Shape::Capitalized && !lx.is_given_name(&x.key))
        })
}

/// "Edupage da RNP", "secretário do PSD": a name, then "de" and an organization's acronym, are
/// two names ("PC do B" stays one: its letter is no acronym).
fn of_an_acronym(t: &[Token], first: usize, n: usize) -> bool {
    t[n].shape == Shape::AllCaps && t[first].shape != Shape::AllCaps
}

/// German "Partei von Le Pen", "Regierung von Quintana": an institution's noun, which German
/// writes with a capital, then "von" and whose it is; no one name.
fn german_noun_of(lx: &Lexicon, t: &[Token], first: usize, j: usize, lang: Lang) -> bool {
    let noun = |x: &Token| {
        lx.is_german_noun(&x.lower) && !lx.is_listed_given(&x.key) && !lx.is_listed_surname(&x.key)
    };
    lang == Lang::De
        && j == first + 1
        && t[j].key == "von"
        && (lx.is_institution_word(&t[first].key)
            // Two nouns: "wegen unrechtmäßiger Nutzung von Inhalten".
            || (noun(&t[first]) && t.get(j + 1).is_some_and(noun)))
}

/// A German body of one word, then a capitalised word that is no town of it: the sentence's
/// object ("hat das Bundeskartellamt Quintara eine Strafe auferlegt"), not one name ("das
/// Landgericht Offenburg" is).
fn german_body_then_object(lx: &Lexicon, t: &[Token], first: usize, j: usize, lang: Lang) -> bool {
    lang == Lang::De
        && j == first + 1
        && t[first].shape == Shape::Capitalized
        && t[j].shape == Shape::Capitalized
        && super::german_nouns::german_body_compound(&t[first].key)
        && !super::kind_cues::german_office_in_town(lx, t, first)
        && !lx.is_place(&t[j].key)
        && !lx.is_town(&t[j].key)
}

/// "Flyers de Philadelphie de la Ligue nationale", "Raiders d'Oakland de la NFL": a name, then
/// "de" and an institution's head, are two names, unless the run is an institution's own
/// ("Tribunal de Justicia de la Unión Europea").
fn another_institution(lx: &Lexicon, t: &[Token], first: usize, j: usize, n: usize) -> bool {
    let head =
        |x: &Token| x.shape == Shape::Capitalized && lx.org_prefixes.contains(x.key.as_str());
    head(&t[n]) && !t[first..j].iter().any(head)
}

/// Particles that are articles too.
const ARTICLES: [&str; 6] = ["der", "den", "des", "das", "le", "la"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portuguese_verb_with_its_pronoun_is_no_name() {
        let mut t = tokenize(
            "Aluga-se casa. Diz-lhe Ana-Rita que Vila-Nova ganhou.",
            &[0, 15],
        );
        verbs_with_pronouns(&mut t);
        let names: Vec<&str> = t
            .iter()
            .filter(|x| x.namelike())
            .map(|x| x.key.as_str())
            .collect();
        assert_eq!(names, ["ana-rita", "vila-nova"]);
    }
}

//! Runs of name-like words in live paragraphs, with the context that tells what they are.

use super::complements::{
    after_firm_noun, and_then_article, conjoined_company, institution_complement,
    institution_in_full, numbered,
};
use super::kind_cues::is_suffix;
use super::lexicon::lexicon;
use super::run_ends::{
    adjective_alone, another_institution, beyond_full_name, capitals_after_name, contact_label,
    country_of_a_name, german_body_then_object, german_noun_of, legal_form, of_an_acronym,
    particles_then_name, person_of_company, plural_possessive, preposition_al, product_beside,
    starts_run,
};
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
                    && !country_of_a_name(lx, t, first, j, n)
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

//! From runs to pieces: runs trimmed of what grammar capitalised (sentence openers, titles,
//! role acronyms) and split where a known single-word name is glued to another ("Elon Musk XAI").

use super::candidates::{ParaTokens, Run};
use super::kind_cues::{
    heads_it, is_suffix, org_apposition, org_cue, person_cue, town_before_region,
};
use super::lexicon::{Lexicon, lexicon};
use super::person_starts::{find_person_start, person_starts_at};
use super::portfolios::portfolio_words;
use super::run_roles::{job_title, role_inside, skip_role, title_after_role, title_end};
use super::tokens::Shape;
use super::tokens::Token;
use super::trims::{trim_closing, trim_opening};
use crate::corpus::lang::is_any_function_word;
use crate::model::Lang;
use rustc_hash::FxHashSet as HashSet;

pub type Piece = Run;

/// The comparison key of tokens: folded words, with the AI suffix written one way (IA, KI).
pub fn key_of(paras: &[ParaTokens], p: &Piece) -> String {
    normal_keys(&paras[p.para].tokens[p.first..p.last])
}

/// A word that is one letter, maybe with its dot: an initial ("H.", "J").
pub(crate) fn is_initial(word: &str) -> bool {
    word.trim_end_matches('.').chars().count() == 1
}

/// Tokens' folded words joined by spaces, with the AI suffix written one way.
pub fn normal_keys(t: &[Token]) -> String {
    joined(t, normal_key)
}

/// Tokens' folded words joined by spaces, as written.
pub fn run_key(t: &[Token]) -> String {
    joined(t, |k| k)
}

/// Tokens' folded words as the word lists write them, an elided article glued to the next
/// word ("stati uniti d'america").
pub fn listed_key(t: &[Token]) -> String {
    let mut out = String::with_capacity(24);
    for (i, tok) in t.iter().enumerate() {
        if i > 0 && !t[i - 1].elided {
            out.push(' ');
        }
        out.push_str(&tok.key);
        if tok.elided {
            out.push('\'');
        }
    }
    out
}

fn joined(t: &[Token], key: impl Fn(&str) -> &str) -> String {
    let mut out = String::with_capacity(24);
    for tok in t {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(key(&tok.key));
    }
    out
}

pub fn normal_key(k: &str) -> &str {
    match k.trim_end_matches('.') {
        "ia" | "ki" => "ai",
        other => other,
    }
}

/// The pieces of `runs`, in one pass over them: what the dossier attests in mid-sentence first;
/// then each run loses a job title or a portfolio, what grammar or a role capitalised in front
/// and what follows a name behind (`trims.rs`); starts where a person's name does
/// (`person_starts.rs`); parts at a role inside it; gathers its cues; and splits where
/// two names are glued ("Microsoft & Amazon", "Elon Musk XAI").
pub fn pieces(paras: &[ParaTokens], runs: Vec<Run>) -> Vec<Piece> {
    let lx = lexicon();
    // Single words written with an inner capital ("xAI", "OpenAI") are names on their own.
    let atoms: HashSet<String> = paras
        .iter()
        .flat_map(|p| p.tokens.iter())
        .filter(|t| t.shape == Shape::Mixed && !lx.org_suffixes.contains(t.key.as_str()))
        .map(|t| normal_key(&t.key).to_string())
        .collect();
    // Runs written in mid-sentence: at a sentence start, the same words are the same name
    // ("Blue Anode AB sued…"), not a capitalised common word before one.
    let mut mid_keys: HashSet<String> = HashSet::default();
    // Single words written alone in mid-sentence: a one-word name ("Shakira"), which a full
    // name after it continues ("Shakira Isabel Mebarak") rather than a descriptor.
    let mut alone: HashSet<&str> = HashSet::default();
    // Single words the dossier writes as a run of their own, anywhere: two of them on either
    // side of "&" are two names ("Microsoft & Amazon"), where one company's name repeats or
    // holds a word never met alone ("Johnson & Johnson", "Procter & Gamble").
    let mut single: HashSet<&str> = HashSet::default();
    for r in &runs {
        if r.width() == 1 {
            single.insert(&paras[r.para].tokens[r.first].key);
        }
        // German capitalises nouns mid-sentence too, so only other languages attest a name.
        if r.initial || paras[r.para].lang == Lang::De {
            continue;
        }
        if r.width() == 1 {
            alone.insert(&paras[r.para].tokens[r.first].key);
        }
        // The run and its leading parts: "Blue Anode" is attested by "Blue Anode AB"; and
        // its first word alone, which German opens with too ("beschuldigte Drake UMG").
        for end in r.first + 1..=r.last {
            mid_keys.insert(run_key(&paras[r.para].tokens[r.first..end]));
        }
    }
    let runs = super::nouns::split_genitives(lx, paras, runs);
    let mut out = Vec::new();
    for mut r in runs {
        let p = &paras[r.para];
        let t = &p.tokens;
        // A job title alone, in English words that other languages quote ("Senior Research
        // Fellow dell'Ispi", "Managing Director"): no name.
        if job_title(lx, &t[r.first..r.last]) {
            continue;
        }
        // A minister's portfolio is the minister's ("il ministro dell'Interno Brenta"): the
        // words go, and a name after them is a person's.
        let office = portfolio_words(lx, t, r.first, r.last);
        if office > 0 {
            if office == r.width() {
                continue;
            }
            r.first += office;
            r.lead = r.first;
            r.initial = false;
            r.person_cue = true;
        }
        // A role just before the run may go on in it as a title ("Chief" + "Legal Officer
        // Jenna Moltrow").
        if r.first > 0 && !t[r.first].break_before && lx.role_before(t, r.first) {
            let n = title_after_role(lx, t, r.first, r.last);
            if n > 0 {
                skip_role(&mut r, t, n);
            }
        }
        trim_opening(lx, p, &mut r, &mid_keys);
        if !trim_closing(lx, p, &mut r) {
            continue;
        }
        find_person_start(lx, p, &mut r, &alone);
        // A role inside the run parts two names: "Mundo Gráfico Editor Tomas Brandley" is the
        // paper, then its editor. A role of several words ending it is no name's part
        // ("Parliament Vice President"); one word there may be a surname ("Julie Bishop").
        if let Some((k, n)) = role_inside(lx, t, r.first, r.last) {
            if k + n == r.last {
                r.last = k;
            } else {
                out.push(Run {
                    first: r.first,
                    last: k,
                    lead: r.lead,
                    person_cue: false,
                    ..r.clone()
                });
                person_starts_at(&mut r, k + n);
            }
        }
        if town_before_region(lx, t, r.first, r.last, p.lang) {
            continue;
        }
        if let Some(end) = title_end(lx, t, r.first) {
            if end >= r.last {
                continue;
            }
            // The employer after the title and its preposition: "… Public Policy di Quintara".
            let n = end - r.first;
            skip_role(&mut r, t, n);
            if r.org_cue {
                r.first += 1;
                r.lead = r.first;
            }
        }
        let pronoun = super::kind_cues::english_pronoun(lx, t, r.first, r.last, p.lang);
        r.person_cue |= person_cue(lx, t, r.first, r.last)
            || byline(lx, t, &r, p.lang)
            || pronoun == Some(true);
        r.org_cue |= pronoun == Some(false)
            || org_cue(lx, t, r.first)
            || (r.lead != r.first
                && !lx.role_prepositions.contains(t[r.lead].key.as_str())
                && org_cue(lx, t, r.lead))
            || super::kind_cues::feminine_company(lx, t, r.first, r.last, p.lang)
            || heads_it(lx, t, r.last)
            || super::kind_cues::and_its_head(lx, t, r.first, r.last)
            || org_apposition(lx, t, r.first, r.last, p.lang);
        // "the Trump administration", "the Vennari family": the article is the noun's after
        // the name, and tells nothing of the name.
        let eponymous = t.get(r.last).is_some_and(|n| {
            n.shape == Shape::Lower
                && matches!(
                    n.key.as_str(),
                    "administration" | "government" | "campaign" | "family" | "era" | "presidency"
                )
        });
        r.article = r.first > 0
            && !t[r.first].break_before
            && t[r.first - 1].shape == Shape::Lower
            && lx.is_article(&t[r.first - 1].key, p.lang)
            && !eponymous;
        if r.width() == 3
            && t[r.first + 1].key == "&"
            && t[r.first].key != t[r.first + 2].key
            && single.contains(t[r.first].key.as_str())
            && single.contains(t[r.first + 2].key.as_str())
        {
            let (a, b) = (r.first, r.first + 2);
            out.push(Run {
                first: a,
                last: a + 1,
                lead: r.lead,
                ..r.clone()
            });
            out.push(Run {
                first: b,
                last: b + 1,
                lead: b,
                initial: false,
                article: false,
                ..r
            });
            continue;
        }
        // Split around atoms inside a longer run, but a club's prefix before its town stays
        // with it ("VfL Heppenheim", "VfB Stuttgart").
        let club = r.width() == 2 && lx.is_place(&t[r.first + 1].key);
        let mut start = r.first;
        for (k, tok) in t.iter().enumerate().take(r.last).skip(r.first) {
            if k >= start
                && r.width() > 1
                && !club
                && atoms.contains(normal_key(&tok.key))
                && !is_suffix(lx, tok)
            {
                if k > start {
                    out.push(Run {
                        first: start,
                        last: k,
                        lead: start.min(r.lead),
                        ..r.clone()
                    });
                }
                // A legal suffix stays with the name it follows: "AmpereWerk GmbH".
                let mut end = k + 1;
                while end < r.last && is_suffix(lx, &t[end]) {
                    end += 1;
                }
                out.push(Run {
                    first: k,
                    last: end,
                    lead: k,
                    initial: r.initial && k == r.first,
                    ..r.clone()
                });
                start = end;
            }
        }
        if start < r.last {
            let lead = if start == r.first { r.lead } else { start };
            out.push(Run {
                first: start,
                lead,
                initial: r.initial && start == r.first,
                ..r
            });
        }
    }
    out
}

/// A line that is only a name of two or three words, one of them no word of the language: a
/// byline, a speaker or an author in a programme ("Moacir Palmeira" on its own line), which
/// names a person. A line of common words ("Poder Local", "Associated Press") or with an
/// institution's word tells nothing.
fn byline(lx: &Lexicon, t: &[Token], r: &Run, lang: Lang) -> bool {
    let words = &t[r.first..r.last];
    r.first == 0
        && r.last == t.len()
        && (2..=3).contains(&words.len())
        && words.iter().all(|x| x.shape == Shape::Capitalized)
        && words
            .iter()
            .any(|x| !lx.is_common_in(&x.lower, lang) && !lx.is_place(&x.key))
        && !words.iter().any(|x| {
            is_suffix(lx, x)
                || lx.org_prefixes.contains(x.key.as_str())
                || lx.org_words.contains(x.key.as_str())
                || lx.is_place(&x.key)
        })
}

/// An organization noun, alone or as the last part of a compound ("Lkw-Hersteller"); German
/// glues it on without a hyphen too ("Muttergesellschaft", "Softwarekonzern").
pub(super) fn is_org_word(lx: &Lexicon, key: &str, lang: Lang) -> bool {
    super::kind_cues::is_company_noun(lx, key)
        || (lang == Lang::De
            && key
                .char_indices()
                .skip(3)
                .any(|(i, _)| key.len() - i >= 5 && lx.is_org_word(&key[i..])))
}

/// A given name of the broad lists that opens a sentence before a surname: "Reginaldo Tavernas
/// pertence …", where the language also writes the given name as a word (wordfreq counts
/// names). A function word is still grammar's ("Will", "May").
pub(super) fn given_before_surname(lx: &Lexicon, t: &[Token], k: usize, lang: Lang) -> bool {
    let Some(next) = t.get(k + 1) else {
        return false;
    };
    t[k].shape == Shape::Capitalized
        && next.shape == Shape::Capitalized
        && !next.break_before
        && !is_any_function_word(&t[k].lower)
        && !lx.is_place(&t[k].key)
        && !lx.is_place(&next.key)
        && if lx.is_listed_given(&t[k].key) {
            lx.is_listed_surname(&next.key) || !lx.is_common_in(&next.lower, lang)
        } else {
            // Two surnames ("Ribeiro Teles defendeu …"); not in German, where many surnames
            // are nouns too ("Freund", "Koch").
            lang != Lang::De && lx.is_listed_surname(&t[k].key) && lx.is_listed_surname(&next.key)
        }
}

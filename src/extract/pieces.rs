//! From runs to pieces: runs trimmed of what grammar capitalised (sentence openers, titles,
//! role acronyms) and split where a known single-word name is glued to another ("Elon Musk XAI").

use super::candidates::{ParaTokens, Run};
use super::german_nouns::after_german_determiner;
use super::kind_cues::{
    after_role_and_preposition, heads_it, is_suffix, org_apposition, org_cue, person_cue,
    portfolio_words, town_before_region,
};
use super::lexicon::{Lexicon, lexicon};
use super::run_roles::{job_title, role_inside, skip_role, title_after_role, title_end};
use super::tokens::Shape;
use super::tokens::Token;
use crate::corpus::lang::is_any_function_word;
use crate::model::Lang;
use rustc_hash::FxHashSet as HashSet;

pub type Piece = Run;

/// The comparison key of tokens: folded words, with the AI suffix written one way (IA, KI).
pub fn key_of(paras: &[ParaTokens], p: &Piece) -> String {
    normal_keys(&paras[p.para].tokens[p.first..p.last])
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
        loop {
            if r.first >= r.last {
                break;
            }
            let k = &t[r.first];
            let more = r.width() > 1;
            // "Secretaria Municipal de Saúde", "Junta Directiva": an institution's head that is
            // also a role ("secretária") heads an institution when no name follows it.
            let heads_institution = lx.org_prefixes.contains(k.key.as_str())
                && k.shape == Shape::Capitalized
                && t[r.first + 1..r.last].iter().all(|x| {
                    x.shape == Shape::Lower
                        || (lx.is_word_of(&x.lower, p.lang) && !lx.is_given_name(&x.key))
                });
            if heads_institution && more {
                r.org_cue = true;
                break;
            } else if r.width() > 2
                // A country before a role is the role's ("U.S. President Harlan Dorsey",
                // "French Minister X"): both go, the name follows.
                && lx.is_country_word(&k.key)
                && lx
                    .role_at(t, r.first + 1, r.last)
                    .is_some_and(|n| r.first + 1 + n < r.last)
            {
                r.first += 1;
                r.lead = r.first;
                continue;
            } else if let Some(n) = lx.role_at(t, r.first, r.last).filter(|_| more) {
                // "Sprecherin Miriam Kessler", "Chief Executive Tim Cook", and "CEO de Turing",
                // where the role makes what follows a company. A title may go on past the role
                // in words of any language ("President Global Affairs di Quintara", "Chief
                // Legal Officer at Quintara"): the employer follows it.
                let n = n + title_after_role(lx, t, r.first + n, r.last);
                skip_role(&mut r, t, n);
                continue;
            } else if more
                && (lx.honorifics.contains(k.key.as_str())
                    // An English judge's title: "Justice O'Farrell", "Mrs Justice Cockerill";
                    // not a body's name ("Justice Department", "Justice Ministry").
                    || (k.key == "justice"
                        && t[r.first + 1].shape == Shape::Capitalized
                        && !lx.org_prefixes.contains(t[r.first + 1].key.as_str())
                        && !lx.is_org_word(&t[r.first + 1].key)))
            {
                r.person_cue = true;
            } else if (k.shape == Shape::AllCaps
                || (k.shape == Shape::Capitalized && k.key.len() >= 3))
                && lx.acronyms.contains(k.key.as_str())
                && more
                && !is_suffix(lx, &t[r.first + 1])
            {
                // "d'IA Scale AI": a common acronym glued in front of a name; so one that
                // Italian writes as a word ("la nave della Ong Open Arms").
            } else if more
                && k.shape == Shape::Capitalized
                && !lx.org_prefixes.contains(k.key.as_str())
                && is_org_word(lx, &k.key, p.lang)
            {
                // Only German writes the noun with a capital in mid-sentence: elsewhere the
                // capital makes it the name's own first word, and a company's when it is a word
                // of the language before a name ("da Rede Quintela"; not "Marques da Silva",
                // "Group A", "Empresa Municipal").
                if !(p.lang == Lang::De || r.initial || r.title_case) {
                    r.org_cue |= lx.is_word_of(&k.lower, p.lang)
                        && !lx.is_listed_surname(&k.key)
                        && t[r.first + 1..r.last].iter().any(|x| {
                            x.namelike()
                                && x.key.chars().count() > 1
                                && !lx.is_word_of(&x.lower, p.lang)
                        });
                    break;
                }
                // "Konzern Siemens", "Lkw-Hersteller Tidvatten Trucks AB"
                r.org_cue = true;
            } else if more
                && p.lang == Lang::De
                && matches!(k.key.as_str(), "partei" | "gewerkschaft")
                && t[r.first + 1].shape == Shape::Capitalized
                && !lx.is_common_in(&t[r.first + 1].lower, Lang::De)
            {
                // "die Partei Lega", "die Gewerkschaft Verdi": the kind of body, then its name
                // in another language or its own word ("Partei der Arbeit" keeps its noun).
                r.org_cue = true;
            } else if k.shape == Shape::AllCaps
                && more
                && (r.initial || (r.first > 0 && t[r.first - 1].shape == Shape::AllCaps))
                && t[r.first + 1].shape == Shape::Capitalized
                && k.key.len() >= 3
                && lx.is_common_in(&k.lower, p.lang)
                && !lx.acronyms.contains(k.key.as_str())
                && !lx.org_prefixes.contains(k.key.as_str())
            {
                // "POP STAR Shakira": a lede's first words in capitals, then the name.
            } else if k.shape == Shape::Lower && more {
                // A particle opening the run: "de Scale" is Scale, but "von Hagen" may be a surname.
                r.first += 1;
                continue;
            } else if more && p.lang == Lang::En && matches!(k.key.as_str(), "a" | "an") {
                // English's indefinite article opens no name, wherever a capital falls on it
                // ('… for free," An Apple spokesperson said').
            } else if more
                && (r.initial || p.lang == Lang::De || is_any_function_word(&k.lower))
                && !surname_particle(lx, t, r.first)
                && (is_any_function_word(&k.lower)
                    || is_grammar_capital(lx, &k.lower, p)
                    // "den Entwickleraccount von Epic Games": a noun after its article, then
                    // "von" and the name it belongs to.
                    || (p.lang == Lang::De
                        && after_german_determiner(t, r.first)
                        && t.get(r.first + 1).is_some_and(|n| n.key == "von")))
                && !mid_keys.contains(&run_key(&t[r.first..r.last]))
                && !(p.lang == Lang::De && !r.initial && mid_keys.contains(k.key.as_str()))
                && !lx.is_given_name(&k.key)
                && !given_before_surname(lx, t, r.first, p.lang)
                // Portuguese "são" is a verb too, but before a given name a saint's word opens
                // a place's or a club's name ("O São Caetano Futebol Clube venceu").
                && !(is_saint(&k.key) && lx.is_given_name(&t[r.first + 1].key))
                // A body's word then "de" opening a line opens its name ("Instituto de
                // Geociências", "Banco do Brasil"), outside German, which capitalises it anyway.
                && !(p.lang != Lang::De
                    && lx.org_prefixes.contains(k.key.as_str())
                    && t[r.first + 1].shape == Shape::Lower
                    && lx.particles.contains(t[r.first + 1].key.as_str()))
                // A partner's surname after a firm's noun, a noun too ("Kanzlei Baum, …").
                && !super::complements::after_firm_noun(t, r.first)
                // A newspaper's title keeps its article in any language's text: "El País",
                // "Le Monde", "La Stampa" quoted in German or at a sentence's start; where the
                // article and the word are of one language, which few others share ("El Times"
                // is Spanish's article before a word every press writes).
                && !(r.width() == 2
                    && super::complements::NAME_ARTICLES.contains(&k.key.as_str())
                    && lx.newspaper_words.contains(t[r.first + 1].key.as_str())
                    && lx.common_mask(&t[r.first + 1].lower).count_ones() <= 3
                    && [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It, Lang::Pt]
                        .into_iter()
                        .any(|l| {
                            crate::corpus::lang::is_function_word(&k.lower, l)
                                && lx.is_common_in(&t[r.first + 1].lower, l)
                        }))
                // "San Francisco County": the word opens a place's name.
                && !lx.is_place(&run_key(&t[r.first..(r.first + 2).min(r.last)]))
                && (is_any_function_word(&k.lower) || keeps_a_name(lx, t, r.first + 1, r.last))
            {
                // "La cofundadora", "Die Voltara GmbH", "Die Gruppe": grammar capitalised the
                // word; an article goes even when what follows is a common word. German
                // capitalises nouns and place adjectives too: "Münchner Start-up Flinkstrom AG".
            } else {
                break;
            }
            r.first += 1;
            r.lead = r.first;
            r.initial = false;
        }
        while r.last > r.first
            && lx.particles.contains(t[r.last - 1].key.as_str())
            && t[r.last - 1].shape == Shape::Lower
        {
            r.last -= 1;
        }
        // An honour or an office after a person's full name: "Anna Berg KC".
        if r.width() >= 3
            && t[r.last - 1].shape == Shape::AllCaps
            && lx.post_nominals.contains(t[r.last - 1].key.as_str())
            && t[r.last - 2].shape == Shape::Capitalized
        {
            r.last -= 1;
        }
        // German names a body's country in the genitive after it: "die erste Liga Spaniens",
        // "die Regierung Frankreichs". The country is no part of the noun's name; a party's
        // own name keeps it ("Kommunistische Partei Österreichs"), and a club's genitive is the
        // whole club's ("Viktoria Aschaffenburgs").
        if r.width() == 2
            && p.lang == Lang::De
            && lx.is_common_in(&t[r.first].lower, Lang::De)
            && !lx.is_given_name(&t[r.first].key)
            && t[r.last - 1].shape == Shape::Capitalized
            && t[r.last - 1]
                .key
                .strip_suffix('s')
                .is_some_and(|stem| stem.chars().count() >= 4 && lx.is_place(stem))
        {
            r.last -= 1;
        }
        // English puts the people's adjective before its noun: "Former Spanish soccer boss",
        // "the French tech group". A run ending in one before a word in small letters ends
        // before it.
        if p.lang == Lang::En
            && r.width() >= 2
            && lx.is_demonym(&t[r.last - 1].key)
            && lx.is_common_in(&t[r.last - 1].lower, p.lang)
            && t.get(r.last)
                .is_some_and(|x| x.shape == Shape::Lower && !x.break_before)
        {
            r.last -= 1;
            // What is left is a common word the sentence opened with ("Former").
            if r.width() == 1 && lx.is_common_in(&t[r.first].lower, p.lang) {
                continue;
            }
        }
        if r.first >= r.last {
            continue;
        }
        // German names a person by their people before the name: "die Kolumbianerin Shakira",
        // "der Italiener Marco Vell".
        if r.width() >= 2
            && p.lang == Lang::De
            && t[r.first].shape == Shape::Capitalized
            && (t[r.first].key.ends_with("in") || t[r.first].key.ends_with("er"))
            && lx.is_demonym(&t[r.first].key)
            && t[r.first + 1].shape == Shape::Capitalized
        {
            let next = r.first + 1;
            person_starts_at(&mut r, next);
        }
        // A place glued before a person's full name: "della capitale Usa Amit Verlan", "the
        // Ohio Anna Berg": the person starts at the given name.
        if r.width() >= 3
            && t[r.first].shape != Shape::Lower
            && lx.is_place(&t[r.first].key)
            // A saint opens a place's or a house's name: "San Francisco de Sales".
            && !is_saint(&t[r.first].key)
            && !lx.is_given_name(&t[r.first].key)
            && !lx.is_listed_surname(&t[r.first].key)
            && t[r.first + 1].shape == Shape::Capitalized
            && lx.is_given_name(&t[r.first + 1].key)
        {
            let next = r.first + 1;
            person_starts_at(&mut r, next);
        } else if let Some(k) =
            (r.first + 2..=(r.first + 3).min(r.last.saturating_sub(2))).find(|&k| {
                // So after a place of two or three words: "São Paulo Ricky Martin".
                t[k].shape == Shape::Capitalized
                    && lx.is_listed_given(&t[k].key)
                    && t[k + 1].shape == Shape::Capitalized
                    && t[r.first..k].iter().all(|x| x.shape == Shape::Capitalized)
                    && lx.is_place(&run_key(&t[r.first..k]))
            })
        {
            person_starts_at(&mut r, k);
        }
        // A nationality before a person's full name: "Russian Roman Safin", "Spaniard Ana Vidal".
        if r.width() >= 3
            && t[r.first].shape == Shape::Capitalized
            && lx.is_demonym(&t[r.first].key)
            && t[r.first + 1].shape == Shape::Capitalized
            && lx.is_listed_given(&t[r.first + 1].key)
            // "the German Marshall Fund": an institution's word ends it, no surname.
            && !lx.is_common_in(&t[r.last - 1].lower, p.lang)
        {
            let next = r.first + 1;
            person_starts_at(&mut r, next);
        }
        // A descriptor glued before a person's full name: "Queenslander Daniel Herbert",
        // "Allrounder Christian Groß", "Grünen-Vormann Dieter Rückriegel". A given name inside
        // the run, followed by another name and not following a given name or a particle,
        // starts the name.
        // An acronym glued on the same way: "il legale della FTC Daniel Matheson".
        // A surname may open with a particle: "Tribunal Supremo de Brasil Alexandre de Moraes".
        // A generation last ("Lavoisier Maia Sobrinho") follows a whole name: a given name of
        // the lists inside it is its surname, and the word before it the given name.
        let generation = r.width() >= 3 && lx.generations.contains(t[r.last - 1].key.as_str());
        if let Some(k) = (r.first + 1..r.last.saturating_sub(1))
            .filter(|_| !generation)
            .find(|&k| {
                t[k].shape == Shape::Capitalized
                && lx.is_given_name(&t[k].key)
                && (t[k + 1].shape == Shape::Capitalized
                    || (k + 2 < r.last
                        && t[k + 1].shape == Shape::Lower
                        && lx.particles.contains(t[k + 1].key.as_str())
                        && t[k + 2].shape == Shape::Capitalized
                        // Not after a given name of the broad lists ("Luiz Inácio Lula da Silva").
                        && !lx.is_listed_given(&t[k - 1].key)))
                // A saint's given name is a place's, a club's or a church's ("São Paulo Futebol
                // Clube", "São José do Rio Preto", "Santa María de Guadalupe").
                && !is_saint(&t[k - 1].key)
                && (t[k - 1].shape == Shape::Capitalized
                    // A body's complement in small letters ends it: "Parti national
                    // britannique Nick Griffin".
                    || (t[k - 1].shape == Shape::Lower
                        && k > r.first + 1
                        && !lx.particles.contains(t[k - 1].key.as_str()))
                    || (k == r.first + 1
                        && t[k - 1].shape == Shape::AllCaps
                        && t[k - 1].key.chars().count() >= 2
                        && !is_suffix(lx, &t[k - 1])))
                && !lx.is_given_name(&t[k - 1].key)
                && !lx.org_prefixes.contains(t[k - 1].key.as_str())
                && !(k == r.first + 1
                    && t[r.first].shape != Shape::AllCaps
                    && one_word_name(lx, &t[r.first], &alone))
                // "Teatro Municipal Maria Matos", "Escola Básica Rui Lopes": a house named
                // after a person keeps the name (a body's name before a person's is often their
                // office: "Regione Siciliana Raffaele Lombardo").
                && !t[r.first..k]
                    .iter()
                    .any(|x| lx.house_prefixes.contains(x.key.as_str()))
            })
        {
            person_starts_at(&mut r, k);
        }
        // The employer glued before its person after a role and its preposition: "el jugador
        // del PSG Tavinho", "o dirigente do Santos Odilon Ramalho". The employer is a name the
        // dossier writes alone elsewhere; the person starts at a one-word name written alone
        // too, or at two words or more that are no words of the language nor places.
        let name_words = |from: usize| {
            r.last >= from + 2
                && t[from..r.last].iter().all(|x| {
                    x.shape == Shape::Capitalized
                        && (lx.is_given_name(&x.key) || !lx.is_common_in(&x.lower, p.lang))
                        && !lx.is_place(&x.key)
                        && !lx.org_prefixes.contains(x.key.as_str())
                        && !is_suffix(lx, x)
                })
        };
        let alone_name = |x: &Token| {
            alone.contains(x.key.as_str())
                && !lx.is_common_in(&x.lower, p.lang)
                && !lx.is_place(&x.key)
        };
        if r.width() >= 2
            && after_role_and_preposition(lx, t, r.first)
            && (alone.contains(t[r.first].key.as_str())
                || (t[r.first].shape == Shape::AllCaps && t[r.first].key.chars().count() >= 2))
            && !lx.is_given_name(&t[r.first].key)
            // A body's word names a house after a person: "della Fondazione Antonella Rossi".
            && !lx.org_prefixes.contains(t[r.first].key.as_str())
            && t[r.first + 1].shape == Shape::Capitalized
            && (alone_name(&t[r.first + 1]) || name_words(r.first + 1))
        {
            let next = r.first + 1;
            person_starts_at(&mut r, next);
        }
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
        r.person_cue |= person_cue(lx, t, r.first, r.last) || byline(lx, t, &r, p.lang);
        r.org_cue |= org_cue(lx, t, r.first)
            || (r.lead != r.first
                && !lx.role_prepositions.contains(t[r.lead].key.as_str())
                && org_cue(lx, t, r.lead))
            || super::kind_cues::feminine_company(lx, t, r.first, r.last, p.lang)
            || heads_it(lx, t, r.last)
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

/// A word the dossier writes alone in mid-sentence and that is no word of a language nor a
/// place: a one-word name ("Shakira"), which the full name after it continues.
fn one_word_name(lx: &Lexicon, x: &Token, alone: &HashSet<&str>) -> bool {
    alone.contains(x.key.as_str()) && lx.common_mask(&x.lower) == 0 && !lx.is_place(&x.key)
}

/// What came before token `k` in the run described the person whose name starts there: a
/// people, a place, a role glued on.
fn person_starts_at(r: &mut Run, k: usize) {
    r.first = k;
    r.lead = k;
    r.initial = false;
    r.person_cue = true;
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

/// A surname's particle written with a capital before the rest of the name: "Von Hagen
/// bestritt", "Di Marzio ha", "Del Olmo dijo". Articles are not: "La Comisión", "Die Gruppe".
fn surname_particle(lx: &Lexicon, t: &[Token], k: usize) -> bool {
    const ARTICLES: [&str; 9] = ["le", "la", "der", "den", "das", "des", "die", "el", "&"];
    t[k].shape == Shape::Capitalized
        && lx.particles.contains(t[k].key.as_str())
        && !ARTICLES.contains(&t[k].key.as_str())
        && t.get(k + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized)
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

/// Whether tokens `[from, end)` still hold a word that is no common word: stripping before them
/// leaves a name.
fn keeps_a_name(lx: &Lexicon, t: &[Token], from: usize, end: usize) -> bool {
    t[from..end]
        .iter()
        .any(|x| x.shape != Shape::Lower && !lx.is_common(&x.lower) && !is_suffix(lx, x))
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

/// A capitalised word that is only capitalised because it opens the sentence: a function word
/// or a common word of the paragraph's language.
pub fn is_grammar_capital(lx: &Lexicon, lower: &str, p: &ParaTokens) -> bool {
    if is_any_function_word(lower) || lx.is_common_in(lower, p.lang) {
        return true;
    }
    // German nouns inflect and compound: "Investors", "Klägerin", "Kartellrechtsfall".
    if p.lang == Lang::De && lx.is_german_noun(lower) {
        return true;
    }
    // An English verb's "-ing" form too rare for the common list opens a sentence
    // ("Subtracting Heard's award…"); a surname ending so ("Fielding") is on the lists.
    p.lang == Lang::En
        && lower.len() >= 8
        && lower.ends_with("ing")
        && !lx.is_listed_surname(lower)
        && !lx.is_listed_given(lower)
}

/// The word for a saint, which opens the names of places and churches: "San Francisco de
/// Sales", "São José do Rio Preto".
fn is_saint(key: &str) -> bool {
    matches!(
        key,
        "san" | "santa" | "santo" | "sao" | "saint" | "sainte" | "st"
    )
}

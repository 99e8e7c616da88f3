//! The evidence that a piece of text is a name, and of which kind.

use super::candidates::{ParaTokens, is_suffix};
use super::lexicon::Lexicon;
use super::pieces::{Piece, is_grammar_capital};
use super::tokens::{Shape, Token};
use crate::model::Lang;
use rustc_hash::FxHashMap as HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    None,
    /// Only a given name in front.
    GivenName,
    /// Only its form: capitalised words, one of them no common word.
    Form,
    Strong,
}

/// What the words of a piece say by themselves, wherever it stands: worked out once for each
/// written form, since a dossier about one story writes the same names again and again.
#[derive(Clone, Copy)]
pub struct Form {
    /// Never a name: a place, or common words written in capitals.
    pub not_a_name: bool,
    /// Several capitalised words, one of them no common word (or a given name), not all places,
    /// and in German no noun among them: "Hiroshige Yanagimoto", "Doosan Bears".
    pub name_shaped: bool,
    /// Person (positive) or organization (negative) evidence of the words alone.
    pub kind: i32,
    /// What the broad lists of given names and surnames add to `kind` ("Agostinho Neto",
    /// "Dixon"): counted only where the dossier does not write the first word in small letters,
    /// for those lists hold words too ("Will", "Echo").
    pub listed: i32,
    /// The kind a one-word name leans to when nothing else tells it: where the language puts
    /// an article before companies and not before people ("la Fiat", "die Telekom", and the
    /// article counts against a person in [`evidence`]), a bare word is more often a surname;
    /// English writes both bare ("Exxon said", "Blewett said"), and there it leans to a
    /// company.
    pub bare: i32,
}

impl Form {
    pub fn of(lx: &Lexicon, t: &[Token], lang: Lang) -> Form {
        let capitals: Vec<&Token> = t.iter().filter(|x| x.shape != Shape::Lower).collect();
        let not_a_name = t.len() > 1
            && (lx.is_place(&super::pieces::run_key(t))
                || t.iter()
                    .all(|x| x.shape == Shape::AllCaps && lx.is_common(&x.lower))
                // "Seconde Guerre mondiale", "République tchèque", "World Cup".
                || capitals.iter().any(|x| lx.event_words.contains(x.key.as_str())));
        // A given name counts as no common word: "Celso Daniel".
        let uncommon = capitals.iter().any(|x| {
            x.shape == Shape::Capitalized
                && (!lx.is_common_in(&x.lower, lang) || lx.is_given_name(&x.key))
        });
        // German capitalises its nouns: there no word of the run may be a noun ("Apples
        // Vorgehen", "Brüsseler Behörde").
        // A given name in front makes the rest a surname, even one that is a noun too ("Hans
        // Lange", "Petra Becker").
        let nouns = lang == Lang::De
            && !lx.is_given_name(&t[0].key)
            && capitals.iter().any(|x| lx.is_german_noun(&x.lower));
        let name_shaped = capitals.len() >= 2
            && uncommon
            && !nouns
            && !capitals.iter().all(|x| lx.is_place(&x.key));
        let kind = form_kind(lx, t, lang, false);
        Form {
            not_a_name,
            name_shaped,
            kind,
            listed: form_kind(lx, t, lang, true) - kind,
            bare: match (t.len(), lang) {
                (1, Lang::En | Lang::Und) => -1,
                // A word of some language that no list knows as a name is a brand's ("Google",
                // "Anthropic"), not a surname's.
                (1, _) if lx.common_mask(&t[0].lower) != 0 && !lx.is_listed_surname(&t[0].key) => {
                    -1
                }
                (1, _) => 1,
                _ => 0,
            },
        }
    }
}

/// [`Form`]s remembered by written form, worked out the first time one is asked for.
#[derive(Default)]
pub struct Forms<'a> {
    memo: HashMap<(&'a str, Lang, u64), Form>,
}

impl<'a> Forms<'a> {
    pub fn get(&mut self, lx: &Lexicon, key: &'a str, t: &[Token], lang: Lang) -> Form {
        let shapes = t
            .iter()
            .fold(0u64, |h, x| h.rotate_left(3) ^ x.shape as u64);
        *self
            .memo
            .entry((key, lang, shapes))
            .or_insert_with(|| Form::of(lx, t, lang))
    }
}

/// Whether a piece of several words is a name: by a legal suffix or prefix, an inner capital, a
/// role around it, or by being written the same way twice; or, more weakly, by a given name.
pub fn accepted(
    lx: &Lexicon,
    p: &Piece,
    t: &[Token],
    repeats: usize,
    para: &ParaTokens,
    form: impl FnOnce() -> Form,
) -> Evidence {
    let words = t.iter().filter(|x| x.shape != Shape::Lower).count();
    // An institution's head and what follows it: "Ligue nationale de hockey", "Banque mondiale".
    if t.len() > 1
        && t[0].shape == Shape::Capitalized
        && lx.org_prefixes.contains(t[0].key.as_str())
    {
        return Evidence::Strong;
    }
    if para.table_row && words > 1 && !lx.calendar.contains(t[0].key.as_str()) {
        return Evidence::Strong;
    }
    if words == 1 {
        let atom = t.len() == 1
            && t[0].shape == Shape::Mixed
            && !lx.org_suffixes.contains(t[0].key.as_str());
        return if atom {
            Evidence::Strong
        } else {
            Evidence::None
        };
    }
    let form = form();
    if form.not_a_name {
        return Evidence::None;
    }
    let suffix = is_suffix(lx, &t[t.len() - 1]) && !t.iter().all(|x| is_suffix(lx, x));
    let prefix = lx.org_prefixes.contains(t[0].key.as_str());
    let mixed = t
        .iter()
        .any(|x| x.shape == Shape::Mixed && !lx.org_suffixes.contains(x.key.as_str()));
    if suffix || prefix || mixed || repeats >= 2 || p.person_cue || p.org_cue {
        return Evidence::Strong;
    }
    // At a sentence start the first word must not be a word grammar capitalised.
    let opener_ok =
        !p.initial || lx.is_given_name(&t[0].key) || !is_grammar_capital(lx, &t[0].lower, para);
    if form.name_shaped && opener_ok && !quoted_title(para, p) {
        return Evidence::Form;
    }
    // A given name opens a name even at a sentence start, unless it is a function word there
    // ("Will", "Do").
    let given = t[0].shape == Shape::Capitalized
        && lx.is_given_name(&t[0].key)
        && !(p.initial && crate::corpus::lang::is_any_function_word(&t[0].lower));
    if given {
        Evidence::GivenName
    } else {
        Evidence::None
    }
}

/// Person (positive) or organization (negative) evidence of one occurrence: its words'
/// ([`Form::kind`]) and the role or company word around it.
pub fn evidence(p: &Piece, form: &Form, word: &str, case: &CaseCounts) -> i32 {
    let mut e = form.kind;
    if form.listed != 0 && !case.written_lower(word) {
        e += form.listed;
    }
    if p.person_cue {
        e += 3;
    }
    if p.org_cue {
        e -= 5;
    }
    // The press writes people's names bare and many organizations' after an article.
    if p.article && p.width() == 1 {
        e -= 3;
    }
    e
}

/// Person (positive) or organization (negative) evidence of a piece's words; `broad` also
/// reads the broad lists of given names and surnames.
fn form_kind(lx: &Lexicon, t: &[Token], lang: Lang, broad: bool) -> i32 {
    let mut e = 0;
    if t.len() > 1 && is_suffix(lx, &t[t.len() - 1]) {
        e -= 4;
    }
    if lx.org_prefixes.contains(t[0].key.as_str()) {
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
    let listed = |x: &Token, surname: bool| {
        broad
            && x.shape == Shape::Capitalized
            && (lx.is_listed_given(&x.key) || (surname && lx.is_listed_surname(&x.key)))
            && !lx.is_place(&x.key)
            && !crate::corpus::lang::is_any_function_word(&x.lower)
    };
    let given = t.len() > 1
        && t[0].shape == Shape::Capitalized
        && (lx.is_given_name(&t[0].key) || listed(&t[0], false));
    if given {
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
    // "Di Marzio", "Van Dijk": a capitalised particle opens a surname.
    if lx.particles.contains(t[0].key.as_str()) && t[0].shape == Shape::Capitalized {
        return e + 3;
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

/// How often each single word stands capitalised in the middle of a sentence.
pub fn single_counts<'a>(
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &'a [String],
    copies: &[bool],
) -> HashMap<&'a str, usize> {
    let mut m: HashMap<&str, usize> = HashMap::default();
    let mut shouts: HashMap<usize, bool> = HashMap::default();
    for (p, k) in pieces.iter().zip(keys) {
        let para = &paras[p.para];
        let counted = match para.tokens[p.first].shape {
            Shape::Capitalized => !p.initial,
            // An acronym counts wherever it stands, but not in a line written all in capitals.
            Shape::AllCaps => !*shouts.entry(p.para).or_insert_with(|| shouting(para)),
            _ => false,
        };
        if p.width() == 1 && !p.title_case && counted && !copies[p.para] {
            *m.entry(k.as_str()).or_default() += 1;
        }
    }
    m
}

/// How the dossier writes each word: in lower case, with a capital in mid-sentence, and all in
/// capitals (outside lines written all in capitals).
pub struct CaseCounts<'a> {
    counts: HashMap<&'a str, (usize, usize)>,
    capitals: HashMap<&'a str, usize>,
}

impl<'a> CaseCounts<'a> {
    pub fn of(paras: &'a [ParaTokens]) -> Self {
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
        let mut capitals: HashMap<&str, usize> = HashMap::default();
        for p in paras {
            let shouting = shouting(p);
            for t in &p.tokens {
                match t.shape {
                    Shape::Lower => counts.entry(t.key.as_str()).or_default().0 += 1,
                    Shape::Capitalized if !t.initial => {
                        counts.entry(t.key.as_str()).or_default().1 += 1
                    }
                    Shape::AllCaps if !shouting => {
                        *capitals.entry(t.key.as_str()).or_default() += 1
                    }
                    _ => {}
                }
            }
        }
        CaseCounts { counts, capitals }
    }

    /// Written in lower case more often than with a capital in mid-sentence: such a word is a
    /// name only where capitals say so, never as a short form standing for a whole name ("die"
    /// of "Die Gruppe", "conseil" of "Le Conseil").
    pub fn mostly_lower(&self, key: &str) -> bool {
        self.counts
            .get(key)
            .is_some_and(|(lower, capital)| lower > capital)
    }

    pub fn written_lower(&self, key: &str) -> bool {
        self.counts.get(key).is_some_and(|(lower, _)| *lower > 0)
    }

    /// Written in small letters (lower case, or capitalised in mid-sentence) at least as often
    /// as all in capitals: "LEAGUE" beside "league" is emphasis, "EFE" beside one "efe" is an
    /// acronym.
    pub fn mostly_small(&self, key: &str) -> bool {
        let small = self.counts.get(key).map_or(0, |(l, c)| l + c);
        small > 0 && small >= self.capitals.get(key).copied().unwrap_or(0)
    }
}

/// A paragraph written all in capitals: its capitals tell nothing.
pub fn shouting(para: &ParaTokens) -> bool {
    let words = para.tokens.iter().filter(|t| t.shape != Shape::Number);
    let (mut all, mut caps) = (0, 0);
    for t in words {
        all += 1;
        caps += usize::from(t.shape == Shape::AllCaps);
    }
    all >= 3 && caps * 2 > all
}

/// A capitalised word alone in mid-sentence that no longer name explains.
pub fn single_is_name(
    lx: &Lexicon,
    p: &Piece,
    tok: &Token,
    para: &ParaTokens,
    capitalised: usize,
    case: &CaseCounts,
    product: bool,
) -> bool {
    if para.table_row {
        return tok.key.chars().count() >= 2
            && !lx.calendar.contains(tok.key.as_str())
            && !crate::corpus::lang::is_any_function_word(&tok.lower)
            && matches!(
                tok.shape,
                Shape::Capitalized | Shape::AllCaps | Shape::Mixed
            );
    }
    match tok.shape {
        Shape::Mixed => !lx.org_suffixes.contains(tok.key.as_str()),
        Shape::AllCaps => {
            let len = tok.key.chars().count();
            let roman = tok.key.chars().all(|c| "ivxlcdm".contains(c));
            !lx.acronyms.contains(tok.key.as_str())
                && !lx.org_suffixes.contains(tok.key.as_str())
                && !roman
                && (2..=8).contains(&len)
                && !shouting(para)
                && !lx.calendar.contains(tok.key.as_str())
                // An ordinary word in capitals for emphasis ("LEAGUE", "DIVISION") is written
                // in small letters elsewhere; an acronym never is.
                && !case.mostly_small(&tok.key)
                // Seen twice, or an unmistakable acronym: no word of any language ("FIFA"), or
                // no vowel to say it with ("PSB": the word lists hold acronyms in small letters).
                && (capitalised >= 2
                    || p.org_cue
                    || (len >= 3
                        && (lx.common_mask(&tok.lower) == 0 || !tok.key.contains(is_vowel))
                        && !lx.is_place(&tok.key)))
        }
        Shape::Capitalized => {
            if tok.key.chars().count() < 2
                || lx.acronyms.contains(tok.key.as_str())
                || lx.event_words.contains(tok.key.as_str())
                || lx.is_place(&tok.key)
                || lx.is_demonym(&tok.key)
                || lx.calendar.contains(tok.key.as_str())
                || lx.org_suffixes.contains(tok.key.as_str())
                || lx.honorifics.contains(tok.key.as_str())
                || lx.is_given_name(&tok.key)
            {
                return false;
            }
            if para.lang == Lang::De && german_noun(lx, para, p) {
                return false;
            }
            let cue = p.org_cue || p.person_cue;
            // German capitalises every noun: a word met once, with nothing around it that makes
            // it a name, is more likely a rare noun ("Sommerfest", "Andrang") than a name.
            if para.lang == Lang::De && !cue && capitalised < 2 && german_noun_ending(&tok.lower) {
                return false;
            }
            // Nor a word met once right after an article ("ein Abo"): a noun.
            if para.lang == Lang::De && !cue && capitalised < 2 && p.article {
                return false;
            }
            // An abstract noun's ending is never a name's, however often it is met
            // ("Belegung", "Umschulung", "Gesellschaft").
            if para.lang == Lang::De && super::pieces::abstract_noun(&tok.lower) {
                return false;
            }
            // A German word with a town's ending that no list knows as a surname is a town
            // ("Gelnhausen", "Jügesheim", "Rodgau" aside): "-hausen", "-heim", "-ingen".
            if para.lang == Lang::De
                && !cue
                && town_ending(&tok.lower)
                && !lx.is_listed_surname(&tok.key)
            {
                return false;
            }
            // An institution written with its capital in mid-sentence: "el Gobierno", "il
            // Governo", "la Junta".
            if lx.org_prefixes.contains(tok.key.as_str())
                && !lx.house_prefixes.contains(tok.key.as_str())
            {
                return true;
            }
            // A place by its shape ("Saint-Brévin", "Villers-sur-Orgeval") or by the noun
            // before it ("la commune de Trévillac"); in French, a word after an article or "en"
            // or any language's "in" ("la Prusse", "en Calvorie", "in Vellano"), which a surname
            // never follows; a word of three letters or fewer met once ("(Fr)", OCR debris).
            if place_shaped(&tok.lower)
                || after_place_noun(lx, &para.tokens, p.first)
                || (!cue && after_article_or_locative(para, p.first))
                || (!cue && tok.key.chars().count() <= 3 && capitalised < 2)
            {
                return false;
            }
            // A word of the paragraph's own language, capitalised: English writes "Swedish" and
            // "April" so. Only a role or company word around it makes it a name.
            // Unless the dossier writes it with a capital again and again, never in lower case:
            // then it is a name that is also a word ("Reuters", "Apple").
            if is_common_word(lx, &tok.lower, Some(para.lang)) {
                return cue || (capitalised >= 3 && !case.written_lower(&tok.key) && !product);
            }
            // A common word of another language ("Exodus" in French): a name when written
            // capitalised more than once and never in lower case.
            if is_common_word(lx, &tok.lower, None) {
                return cue || (capitalised >= 2 && !case.written_lower(&tok.key) && !product);
            }
            true
        }
        Shape::Initials | Shape::Lower | Shape::Number => false,
    }
}

/// Endings of German towns' names that surnames seldom have.
fn town_ending(lower: &str) -> bool {
    [
        "hausen", "heim", "ingen", "dorf", "stadt", "rode", "hofen", "leben", "weiler",
    ]
    .iter()
    .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The endings that make German nouns ("Verwaltung", "Gesellschaft", "Kommunalpolitik"): a
/// capitalised word with one, met once, is a noun the word lists lack.
fn german_noun_ending(lower: &str) -> bool {
    const ENDINGS: [&str; 25] = [
        "ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ei",
        "ment", "enz", "anz", "ur", "ik", "ie", "chen", "lein", "ler", "ner", "er", "en", "e",
        "ern",
    ];
    ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// A run standing alone between quotation marks, maybe after an article: the title of a film,
/// a song or a book ("Tainted Love", « Le Petit Parisien »), not a person or a company.
pub fn quoted_title(para: &ParaTokens, p: &Piece) -> bool {
    quoted_from(para, p).is_some()
}

/// Where the quotation around a quoted title opens: a word or two before the piece when an
/// article or a capitalised word was trimmed off it ("« Petites Lumières Lointaines »", “Not
/// Like Us”).
pub fn quoted_from(para: &ParaTokens, p: &Piece) -> Option<usize> {
    let t = &para.tokens;
    let mut i = p.first;
    let opens = loop {
        if t[i].opens_quote {
            break true;
        }
        if t[i].break_before || i == 0 || i + 2 < p.first {
            break false;
        }
        i -= 1;
    };
    (opens && t[p.last - 1].quote_after).then_some(i)
}

/// "Saint-Nizier", "Val-de-Travers", "Bar-sur-Seine": the linking words of a place's name.
fn place_shaped(lower: &str) -> bool {
    const SAINTS: [&str; 6] = ["saint-", "sainte-", "st-", "ste-", "san-", "santa-"];
    const LINKS: [&str; 11] = [
        "-de-", "-du-", "-des-", "-sur-", "-sous-", "-en-", "-lès-", "-les-", "-la-", "-aux-",
        "-le-",
    ];
    SAINTS.iter().any(|s| lower.starts_with(s)) || LINKS.iter().any(|l| lower.contains(l))
}

/// A noun for a place just before `t[k]`, maybe with "de"/"of" between: "la commune de
/// Trévillac", "l'île de Morbano", "the town of Eastcombe", "mont Mayon".
fn after_place_noun(lx: &Lexicon, t: &[Token], k: usize) -> bool {
    const OF: [&str; 9] = ["de", "d", "du", "des", "of", "di", "del", "da", "do"];
    if t[k].break_before {
        return false;
    }
    let mut i = k;
    if i > 0 && OF.contains(&t[i - 1].key.as_str()) && !t[i - 1].break_before {
        i -= 1;
    }
    i > 0 && t[i - 1].shape == Shape::Lower && lx.place_nouns.contains(t[i - 1].key.as_str())
}

/// A word a surname never follows: in French an article or a locative ("la Prusse", "du
/// Landeron", "au Timor", "en Calvorie", "à Rodez"), which mark a place, a country, a
/// newspaper or a club; elsewhere the preposition "in" ("en Ourel", "em Trevana", "in
/// Vellano").
fn after_article_or_locative(para: &ParaTokens, k: usize) -> bool {
    // Not "d'": "d'Arc" of "Jeanne d'Arc" opens a surname.
    // "a" is "à" folded.
    const ARTICLES: [&str; 11] = [
        "le", "la", "l", "les", "du", "des", "au", "aux", "en", "dans", "a",
    ];
    let locative: &[&str] = match para.lang {
        Lang::Fr => &ARTICLES,
        // "en Ourel", "em Trevana", "no Brasil", "in Vellano": a place.
        Lang::Es => &["en"],
        Lang::Pt => &["em", "no", "na", "nos", "nas"],
        Lang::It | Lang::En => &["in"],
        Lang::De => &["in", "aus", "nach"],
        _ => &[],
    };
    k > 0
        && !para.tokens[k].break_before
        && para.tokens[k - 1].shape == Shape::Lower
        && locative.contains(&para.tokens[k - 1].key.as_str())
}

/// A common word of `lang` (of any language when `None`); a hyphenated word is common when
/// all its parts are ("Swedish-Dutch").
fn is_common_word(lx: &Lexicon, lower: &str, lang: Option<Lang>) -> bool {
    let one = |w: &str| match lang {
        Some(l) => {
            lx.is_common(w) && lx.is_common_in(w, l) || crate::corpus::lang::is_function_word(w, l)
        }
        None => lx.is_common(w),
    };
    one(lower)
        || (lower.contains('-') && lower.split('-').all(|part| !part.is_empty() && one(part)))
}

/// German capitalises every noun: one after a determiner or a possessive ("die Klage", "Mein
/// Mandant", "im Verein") or with a noun's form ([`Lexicon::is_german_noun`]) is a noun.
fn german_noun(lx: &Lexicon, para: &ParaTokens, p: &Piece) -> bool {
    let tok = &para.tokens[p.first];
    after_german_determiner(&para.tokens, p.first) || lx.is_german_noun(&tok.lower)
}

/// A German determiner or possessive just before `t[k]`, maybe with an adjective between:
/// "die Klage", "die elektrischen Antriebe", "Mein Mandant".
pub fn after_german_determiner(t: &[Token], k: usize) -> bool {
    const DETERMINERS: [&str; 21] = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "kein", "keine", "am", "im", "zum", "zur", "vom", "beim", "ins",
    ];
    let determiner = |x: &Token| {
        DETERMINERS.contains(&x.lower.as_str())
            || ["mein", "dein", "sein", "ihr", "unser", "euer", "eur"]
                .iter()
                .any(|p| x.lower.starts_with(p) && x.lower.len() <= p.len() + 2)
    };
    if t[k].break_before {
        return false;
    }
    let before = |n: usize| k.checked_sub(n).map(|i| &t[i]);
    before(1).is_some_and(determiner)
        || (before(1).is_some_and(|x| x.shape == Shape::Lower && !x.break_before)
            && before(2).is_some_and(determiner))
}

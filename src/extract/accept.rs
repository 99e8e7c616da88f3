//! The evidence that a piece of text is a name, and of which kind.

use super::candidates::ParaTokens;
use super::case_counts::CaseCounts;
use super::form_kind::form_kind;
use super::kind_cues::{german_office_in_town, is_suffix};
use super::lexicon::Lexicon;
use super::pieces::Piece;
use super::tokens::{Shape, Token};
use super::trims::is_grammar_capital;
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

/// A noun that opens the name of a river, a lake, an island or a village in the paragraph's
/// language (folded): "Rio" only in Portuguese and Spanish, where English writes it for a
/// company too ("Rio Tinto").
fn settlement_or_water(key: &str, lang: Lang) -> bool {
    match lang {
        Lang::Pt => matches!(key, "rio" | "lago" | "ilha" | "vila" | "aldeia" | "riacho"),
        Lang::Es => matches!(key, "rio" | "lago" | "isla" | "villa"),
        Lang::It => matches!(key, "fiume" | "lago" | "isola" | "borgo"),
        Lang::Fr => matches!(key, "lac" | "ile"),
        Lang::En => matches!(key, "lake"),
        _ => false,
    }
}

impl Form {
    pub fn of(lx: &Lexicon, t: &[Token], lang: Lang) -> Form {
        let capitals: Vec<&Token> = t.iter().filter(|x| x.shape != Shape::Lower).collect();
        let listed_key = (t.len() > 1).then(|| super::pieces::listed_key(t));
        let listed_key = listed_key.as_deref().unwrap_or_default();
        let not_a_name = t.len() > 1
            && (lx.is_place(listed_key)
                // A town of several words is one as a whole: "Arcos de Valdevez".
                || lx.is_town(listed_key)
                || lx.heads_a_place(listed_key)
                || t.iter()
                    .all(|x| x.shape == Shape::AllCaps && lx.is_common(&x.lower))
                // "Seconde Guerre mondiale", "République tchèque", "World Cup".
                || capitals.iter().any(|x| lx.event_words.contains(x.key.as_str()))
                || games(lx, t)
                || (t[t.len() - 1].shape == Shape::Capitalized
                    && lx.event_tails.contains(t[t.len() - 1].key.as_str())
                    && !lx.is_given_name(&t[0].key))
                // "État de Virginie", "State of Ohio": a place's noun, then the place's name.
                || (t.len() == 3
                    && lx.place_nouns.contains(t[0].key.as_str())
                    && t[1].shape == Shape::Lower
                    && lx.particles.contains(t[1].key.as_str())))
            // "Rio Mandovi", "Vila Tressa", "Lago di Vellano": a river's, a lake's, an
            // island's or a village's noun of the language opens a place's name, unless an
            // institution's or a company's word says it is a body named after the place.
            || (t.len() > 1
                && t[0].shape == Shape::Capitalized
                && settlement_or_water(&t[0].key, lang)
                && !t[1..].iter().any(|x| {
                    lx.org_prefixes.contains(x.key.as_str())
                        || is_suffix(lx, x)
                        || lx.is_org_word(&x.key)
                }))
            // "the Spanish NGO", "l'ONG espagnole": a people's word and an acronym of the
            // prose describe a party, they name none.
            || (t.iter().all(|x| {
                lx.is_demonym(&x.key)
                    || lx.acronyms.contains(x.key.as_str())
                    || x.shape == Shape::Lower
            }) && t.iter().any(|x| lx.acronyms.contains(x.key.as_str())))
            // "US Open", "Madrid Masters": a tournament ("Open Society" stays a name); so is
            // "Open d'Australie", "Abierto de Australia": the tournament's word, a
            // preposition, a place.
            || lx.ends_tournament(&t[t.len() - 1].key)
            || (t.len() >= 3
                && matches!(t[0].key.as_str(), "open" | "abierto" | "aberto" | "masters")
                && (t[1].elided || t[1].shape == Shape::Lower)
                && lx.is_place(&super::pieces::listed_key(&t[2..])))
            // "Millionen Dollar Schadensersatz": an amount opens no name.
            || lx.amount_words.contains(t[0].key.as_str())
            // "General Data Protection Regulation", "Ley de Servicios Digitales": a law.
            || lx.is_law(&t.iter().map(|x| x.key.as_str()).collect::<Vec<_>>(), lang);
        // A given name counts as no common word: "Celso Daniel".
        // So does a name on the broad lists that every language's press writes, common only
        // for being a name: "Santos", "Silva".
        // A rare word with an adjective's ending is a word of the language all the same
        // ("Potencial Hidráulico"), unless a body's or a place's word stands in the run
        // ("Politécnica de Huesca", "Centro de Actividades Pedagógicas").
        let body = capitals.iter().any(|x| {
            lx.is_place(&x.key)
                || lx.is_org_word(&x.key)
                || lx.org_prefixes.contains(x.key.as_str())
        });
        let uncommon = capitals.iter().any(|x| {
            (x.shape == Shape::Capitalized
                && ((!lx.is_common_in(&x.lower, lang)
                    && (body || !super::nouns::derived_adjective(&x.lower, lang)))
                    || lx.is_given_name(&x.key)
                    || (lx.common_mask(&x.lower).count_ones() >= 4
                        && (lx.is_listed_surname(&x.key) || lx.is_listed_given(&x.key)))))
                // An acronym with no vowel is no word, however often the press writes it (as
                // for one word alone in `singles`): "CNN Business", "NBC News", beside a word in
                // ordinary capitals (not a table's head, "L PCT GB").
                || (x.shape == Shape::AllCaps
                    && x.key.chars().count() >= 3
                    && !x.key.contains(super::codes::is_vowel)
                    && !lx.acronyms.contains(x.key.as_str())
                    && capitals
                        .iter()
                        .any(|y| y.shape == Shape::Capitalized && y.key.chars().count() >= 2))
        });
        // German capitalises its nouns: there no word of the run may be a noun ("Apples
        // Vorgehen", "Brüsseler Behörde").
        // A given name in front makes the rest a surname, even one that is a noun too ("Hans
        // Lange", "Petra Becker").
        let nouns = lang == Lang::De
            && !lx.is_given_name(&t[0].key)
            // Nor a given name of the broad lists before a surname ("Gerlinde", a "Linde").
            && !(t.len() == 2 && super::pieces::given_before_surname(lx, t, 0, lang))
            && capitals.iter().any(|x| lx.is_german_noun(&x.lower));
        // Two surnames of the lists side by side are a person's name even when the language
        // writes each as a word too ("Dias Gomes", "Rocha Pereira"): a surname common enough
        // to be a frequent word is still a surname beside another.
        let surnames = capitals.len() >= 2
            && t.len() == capitals.len()
            && capitals.iter().all(|x| {
                x.shape == Shape::Capitalized
                    && lx.is_listed_surname(&x.key)
                    && !lx.is_place(&x.key)
                    && !lx.org_prefixes.contains(x.key.as_str())
            });
        // "&" between capitalised words is a name's however common the words ("Marks &
        // Spencer"), or two names glued ("Microsoft & Amazon"), which `pieces` parts where the
        // dossier writes each alone.
        let ampersand = t.iter().any(|x| x.key == "&");
        let name_shaped = capitals.len() >= 2
            && (uncommon || surnames || ampersand)
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
                // Two English words run together, which no list knows as a name, are a brand's
                // coinage ("Starlink", "Dropbox"), not a surname.
                (1, _) if english_compound(lx, &t[0]) => -1,
                (1, _) => 1,
                _ => 0,
            },
        }
    }
}

/// A capitalised word made of two English words of four letters or more ("Starlink"), on no
/// list of names or places.
fn english_compound(lx: &Lexicon, t: &Token) -> bool {
    let k = t.key.as_str();
    t.shape == Shape::Capitalized
        && k.is_ascii()
        && k.len() >= 8
        && !lx.is_listed_surname(k)
        && !lx.is_listed_given(k)
        && !lx.is_place(k)
        && (4..=k.len() - 4).any(|i| {
            let (a, b) = (&k[..i], &k[i..]);
            lx.is_common_in(a, Lang::En)
                && lx.is_common_in(b, Lang::En)
                && !lx.is_given_name(a)
                && !lx.is_listed_surname(a)
        })
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
    // An institution's head and what follows it: "Ligue nationale de hockey", "Banque mondiale";
    // a German court or office and its town: "Landgericht Offenburg".
    if t.len() > 1
        && t[0].shape == Shape::Capitalized
        && (lx.org_prefixes.contains(t[0].key.as_str())
            || (t.len() > 2 && super::german_nouns::german_body_before_complement(t, 0, para.lang))
            || (t.len() == 2 && para.lang == Lang::De && german_office_in_town(lx, t, 0)))
    {
        return Evidence::Strong;
    }
    if para.table_row && words > 1 && !lx.calendar.contains(t[0].key.as_str()) {
        return Evidence::Strong;
    }
    if words == 1 {
        let atom = t.len() == 1
            && t[0].shape == Shape::Mixed
            && !lx.org_suffixes.contains(t[0].key.as_str())
            && !super::codes::model_code(&t[0].key)
            && !super::codes::prefixed(&t[0].key)
            && !super::codes::unit_or_law(lx, para, p.first);
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
    // A German adjective written with its capital mid-sentence opens a name: "der Oberste
    // Gerichtshof", "die Deutsche Bank".
    if t.len() >= 2 && super::german_nouns::named_adjective(lx, &para.tokens, p.first, para.lang) {
        return Evidence::Strong;
    }
    // German capitalises its nouns, and a headline strings them without articles: "Milliarden
    // Euro Strafe gegen …", "räumt vor Gericht Steuerhinterziehung ein". Nouns alone make no
    // name, however often the headline is repeated.
    if para.lang == Lang::De
        && !p.person_cue
        && t.iter().all(|x| {
            x.shape == Shape::Capitalized
                && (lx.is_common_in(&x.lower, Lang::De) || super::nouns::abstract_noun(&x.lower))
                && !lx.is_place(&x.key)
        })
        && !lx.is_given_name(&t[0].key)
    {
        return Evidence::None;
    }
    let suffix = is_suffix(lx, &t[t.len() - 1]) && !t.iter().all(|x| is_suffix(lx, x));
    // English puts an institution's word last: "Financial Conduct Authority", "Competition and
    // Markets Authority", "Supreme Court"; or last before the state or the field it serves:
    // "Supreme Court of Canada", "High Court of Australia", "Appeals Court for the Ninth
    // Circuit".
    let head_last = para.lang == Lang::En
        && !p.initial
        && words >= 2
        && t.iter().enumerate().any(|(j, x)| {
            x.shape == Shape::Capitalized
                && lx.is_institution_word(&x.key)
                && (j + 1 == t.len()
                    || (j >= 1
                        && matches!(t[j + 1].key.as_str(), "of" | "for")
                        && t[..j].iter().all(|w| w.shape == Shape::Capitalized)))
        });
    // The Romance languages may put a rank before the body's word: "Haute Cour de Londres",
    // "Suprema Corte", "Superior Tribunal de Justiça", "Haut Conseil".
    const RANKS: [&str; 10] = [
        "haut",
        "haute",
        "alto",
        "alta",
        "supremo",
        "suprema",
        "superior",
        "superiore",
        "gran",
        "grand",
    ];
    let ranked = words >= 2
        && t[0].shape == Shape::Capitalized
        && RANKS.contains(&t[0].key.as_str())
        && t[1].shape == Shape::Capitalized
        && lx.org_prefixes.contains(t[1].key.as_str());
    let prefix = lx.org_prefixes.contains(t[0].key.as_str()) || head_last || ranked;
    // A surname with Arabic's article ("al-Khaddami") stands alone as a brand's mixed case does.
    let mixed = t.iter().any(|x| {
        (x.shape == Shape::Mixed && !lx.org_suffixes.contains(x.key.as_str()))
            || super::tokens::arabic_article(&x.key)
    });
    if suffix || prefix || mixed || repeats >= 2 || p.person_cue || p.org_cue {
        return Evidence::Strong;
    }
    // At a sentence start the first word must not be a word grammar capitalised.
    let opener_ok = !p.initial
        || lx.is_given_name(&t[0].key)
        || (t.len() == 2 && super::pieces::given_before_surname(lx, t, 0, para.lang))
        || !is_grammar_capital(lx, &t[0].lower, para);
    // A newspaper quoted by its title is the paper, no work: laut „El País“.
    let paper = lx.newspaper_words.contains(t[t.len() - 1].key.as_str());
    if form.name_shaped && opener_ok && (paper || !quoted_title(para, p)) {
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
pub fn evidence(p: &Piece, form: &Form, word: &str, case: &CaseCounts, lang: Lang) -> i32 {
    let mut e = form.kind + listed_evidence(form, word, case, lang);
    if p.person_cue {
        e += 3;
    }
    if p.org_cue {
        e -= 5;
    }
    // The press writes people's names bare and many organizations' after an article; the
    // Portuguese article stands before people's names too ("o Sartre", "a Joana"), so there it
    // weighs less.
    if p.article && p.width() == 1 {
        e -= if lang == Lang::Pt { 1 } else { 3 };
    }
    e
}

/// The part of [`evidence`] that only the broad lists of given names and surnames give
/// ("Apple" is a surname there too).
pub fn listed_evidence(form: &Form, word: &str, case: &CaseCounts, lang: Lang) -> i32 {
    if form.listed != 0 && !case.written_lower_in(word, lang) {
        form.listed
    } else {
        0
    }
}

/// A sports event by its games: their noun beside an Olympic or a season's word, a place or a
/// year ("Summer Games", "Jeux de Paris", "Olympischen Spielen", "Games 2024"); and French's
/// "JO" in capitals ("les JO de Tokyo"), not the given name "Jo".
fn games(lx: &Lexicon, t: &[Token]) -> bool {
    let noun = |x: &Token| x.shape != Shape::Lower && lx.games_nouns.contains(x.key.as_str());
    let beside = |x: &Token| {
        lx.games_qualifiers.contains(x.key.as_str())
            || (x.shape == Shape::Capitalized && lx.is_place(&x.key))
            || (x.shape == Shape::Number && x.key.len() == 4)
    };
    (t.iter().any(noun) && t.iter().any(beside))
        || t.iter().any(|x| x.shape == Shape::AllCaps && x.key == "jo")
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

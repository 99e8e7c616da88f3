//! What each piece says of itself before any is clustered: a name by its form or its context,
//! by a given name in front only, or none at all (a work's title, a headline's words, an
//! illness, capitalised words the dossier writes small elsewhere).

use super::accept::{Evidence, Form, Forms, accepted};
use super::candidates::ParaTokens;
use super::kind_cues::is_suffix;
use super::lexicon::Lexicon;
use super::pieces::Piece;
use super::tokens::Shape;
use super::tokens::Token;
use crate::model::Dossier;
use crate::model::Lang;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What each written form says by its words, worked out once per form when first asked.
pub(super) struct PieceForms<'a> {
    lx: &'a Lexicon,
    paras: &'a [ParaTokens],
    pieces: &'a [Piece],
    keys: &'a [String],
    memo: Forms<'a>,
}

impl<'a> PieceForms<'a> {
    pub fn new(
        lx: &'a Lexicon,
        paras: &'a [ParaTokens],
        pieces: &'a [Piece],
        keys: &'a [String],
    ) -> Self {
        PieceForms {
            lx,
            paras,
            pieces,
            keys,
            memo: Forms::default(),
        }
    }

    /// The form of piece `i`.
    pub fn of(&mut self, i: usize) -> Form {
        let p = &self.pieces[i];
        let para = &self.paras[p.para];
        self.memo.get(
            self.lx,
            self.keys[i].as_str(),
            &para.tokens[p.first..p.last],
            para.lang,
        )
    }
}

/// Each piece's own evidence, and the forms that are works rather than parties.
pub(super) struct Judged {
    /// In the pieces' order.
    pub strong: Vec<Evidence>,
    /// Works' titles, and products written with their maker: never a name.
    pub titles: HashSet<String>,
    /// The forms the dossier shows only as products.
    pub product_forms: HashSet<String>,
}

/// Names that stand on their form or their context, or only on a given name in front (which
/// [`super::held`] weighs against the surnames found). `repeats` counts each form once per
/// distinct paragraph text.
pub(super) fn judge<'a>(
    lx: &Lexicon,
    d: &Dossier,
    paras: &'a [ParaTokens],
    pieces: &'a [Piece],
    keys: &'a [String],
    repeats: &HashMap<&str, usize>,
    forms: &mut PieceForms<'a>,
) -> Judged {
    // Works: things the parties make, not parties. Products are found as names, for the claims
    // read their mentions ("Quillon causes harm" is said against its maker), and set apart after.
    let mut titles = super::titles::titles(lx, paras, pieces, keys);
    let product_forms = super::products::product_keys(lx, d, paras, pieces, keys);
    // A product written with its maker ("Quillon de Vantorix") is two names: the maker's is
    // found on its own.
    titles.extend(
        product_forms
            .iter()
            .filter(|k| k.split(' ').any(|w| lx.particles.contains(w)))
            .cloned(),
    );
    // Words of the language that the dossier writes together in small letters elsewhere
    // ("inteligencia artificial"), capitalised twice by one writer ("A Inteligência Artificial
    // …, de Inteligência Artificial"): a term the writer honours, not a name however often.
    // Only the pairs of such runs are looked for in small letters: one pass, no set of every
    // pair of the dossier.
    let term_words = |p: &Piece| {
        let para = &paras[p.para];
        let t = &para.tokens[p.first..p.last];
        t.len() >= 2
            && t.iter().all(|x| {
                x.shape == Shape::Capitalized
                    && lx.is_common_in(&x.lower, para.lang)
                    && !lx.is_given_name(&x.key)
                    && !lx.is_place(&x.key)
                    // A title the paper keeps ("Le Monde", "Il Giornale", "El País").
                    && !crate::corpus::lang::is_any_function_word(&x.lower)
                    && !lx.newspaper_words.contains(x.key.as_str())
            })
    };
    let terms: Vec<bool> = pieces.iter().map(term_words).collect();
    let pairs_of = |p: &Piece| {
        paras[p.para].tokens[p.first..p.last]
            .windows(2)
            .map(|w| (w[0].key.as_str(), w[1].key.as_str()))
    };
    let wanted: HashSet<(&str, &str)> = pieces
        .iter()
        .zip(&terms)
        .filter(|(_, term)| **term)
        .flat_map(|(p, _)| pairs_of(p))
        .collect();
    let small_pairs = lower_pairs(paras, &wanted);
    let written_small =
        |i: usize| terms[i] && pairs_of(&pieces[i]).all(|w| small_pairs.contains(&w));
    let strong: Vec<Evidence> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if titles.contains(keys[i].as_str())
                || headline_words(lx, &paras[p.para], p, repeats)
                || super::singles::names_an_illness(lx, &paras[p.para].tokens, p.first, p.last)
            {
                Evidence::None
            } else if p.title_case {
                title_case_name(
                    lx,
                    &paras[p.para].tokens[p.first..p.last],
                    paras[p.para].lang,
                )
            } else {
                accepted(
                    lx,
                    p,
                    &paras[p.para].tokens[p.first..p.last],
                    if written_small(i) {
                        0
                    } else {
                        repeats.get(keys[i].as_str()).copied().unwrap_or(0)
                    },
                    &paras[p.para],
                    || forms.of(i),
                )
            }
        })
        .collect();
    Judged {
        strong,
        titles,
        product_forms,
    }
}

/// Those of the `wanted` pairs of words the dossier writes side by side in small letters
/// somewhere, folded.
fn lower_pairs<'a>(
    paras: &'a [ParaTokens],
    wanted: &HashSet<(&'a str, &'a str)>,
) -> HashSet<(&'a str, &'a str)> {
    if wanted.is_empty() {
        return HashSet::default();
    }
    paras
        .iter()
        .flat_map(|p| p.tokens.windows(2))
        .filter(|w| w[0].shape == Shape::Lower && w[1].shape == Shape::Lower && !w[1].break_before)
        .map(|w| (w[0].key.as_str(), w[1].key.as_str()))
        .filter(|pair| wanted.contains(pair))
        .collect()
}

/// Words of a headline quoted in prose, ending with an acronym the dossier writes alone too
/// ("Drake Sues UMG for Defamation" inside a French sentence): a name, a verb and a company,
/// not one name. A company's own acronym ends its name only before a legal form.
pub(super) fn headline_words(
    lx: &Lexicon,
    para: &ParaTokens,
    p: &Piece,
    repeats: &HashMap<&str, usize>,
) -> bool {
    let t = &para.tokens[p.first..p.last];
    let last = &t[t.len() - 1];
    t.len() >= 3
        && last.shape == Shape::AllCaps
        && !is_suffix(lx, last)
        && !p.org_cue
        && t[1..t.len() - 1]
            .iter()
            .any(|x| x.shape == Shape::Capitalized && !lx.org_prefixes.contains(x.key.as_str()))
        && repeats.get(last.key.as_str()).is_some_and(|&n| n > 0)
}

/// In a line written In Title Case every word has its capital, so only a name's own words tell
/// it: a known given name, then one or two words that are no word of the language nor a place
/// ("Testimony of Adolfo Quarenghi", "Depoimento de Liamara Tosquel").
pub(super) fn title_case_name(lx: &Lexicon, t: &[Token], lang: Lang) -> Evidence {
    // A surname of the broad lists is one even where it is a word or a town too ("Silva",
    // "Almeida") once a given name stands before it.
    let surname = |x: &Token| {
        x.shape == Shape::Capitalized
            && ((!lx.is_common_in(&x.lower, lang) && !lx.is_place(&x.key))
                || lx.is_listed_surname(&x.key))
    };
    if (2..=3).contains(&t.len())
        && t[0].shape == Shape::Capitalized
        && lx.is_given_name(&t[0].key)
        && t[1..].iter().all(surname)
    {
        Evidence::GivenName
    } else {
        Evidence::None
    }
}

//! Products and platforms, which are no parties: a name the dossier sets beside a product's
//! noun ("the browser Quillon", "navegador Quillon", "le système d'exploitation Vextra", "the
//! Quillon browser"), lists among what a company owns ("owner of Vextra, Quillon and
//! Merivel") or names as what a maker makes ("the Quillon maker"), and never shows as a company
//! or a person. Coverage of a company names its browsers, phones and apps in every article; a
//! reader does not want them beside the parties.

use super::aliases::phrase_key;
use super::candidates::ParaTokens;
use super::lexicon::Lexicon;
use super::pieces::{Piece, run_key};
use super::tokens::{Shape, Token};
use crate::corpus::meta::EntityMeta;
use crate::model::{Claim, ClaimEvidence, Dossier, Entity, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The keys of the forms the dossier shows only as products.
pub fn product_keys(
    lx: &Lexicon,
    d: &Dossier,
    paras: &[ParaTokens],
    pieces: &[Piece],
    keys: &[String],
) -> HashSet<String> {
    // What each piece shows: a product (beside a product's noun, in its owner's list, made by a
    // maker) or a party (a company's or a person's cue: "Quillon Inc.", "CEO of Quillon").
    // A maker's noun before the name reads as a company's cue ("il produttore degli
    // Quillon"), but it is the maker's, not the name's.
    let shows_product = |p: &Piece| {
        let para = &paras[p.para];
        let made = made_by(lx, para, p.first, p.last);
        let tail = &para.tokens[p.last - 1];
        // German writes the noun with a capital, inside the run: "das Steroid Quillex".
        let head = &para.tokens[p.first];
        let product = made
            || (p.width() > 1 && lx.product_tails.contains(tail.key.as_str()))
            || (para.lang == Lang::De
                && p.width() > 1
                && !(p.org_cue || p.person_cue)
                && lx.product_nouns.contains(head.key.as_str()))
            || (!(p.org_cue || p.person_cue)
                && (noun_before(lx, para, p.first)
                    || noun_after(lx, para, p.last)
                    || noun_in_apposition(lx, para, p.last)
                    || owned_in_list(lx, para, p.first, p.last)));
        (product, made)
    };
    // Products are few: find their forms first, then weigh them against a party's cue among
    // those only. One stray cue ("l'herbicide de la société, le Quillon") does not outweigh
    // a product's nouns in every language; more cues than product's nouns do.
    let mut products: HashMap<&str, usize> = HashMap::default();
    for (p, k) in pieces.iter().zip(keys) {
        if shows_product(p).0 {
            *products.entry(k.as_str()).or_default() += 1;
        }
    }
    // A name joined by "and" or "or" to a product the nouns showed ("ChatGPT e Copilot",
    // "Roundup e Ranger Pro") is one more of the same kind, when nothing marks it a party.
    // Only the products the nouns showed spread so: one step, not along a whole list; and
    // only to a name met in passing (two or three times), not to one the dossier is about
    // ("Instagram and WhatsApp" in coverage of Instagram's purchase).
    let shown: HashSet<&str> = products.keys().copied().collect();
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for k in keys {
        *seen.entry(k.as_str()).or_default() += 1;
    }
    for (w, k) in pieces.windows(2).zip(keys.windows(2)) {
        let (a, b) = (&w[0], &w[1]);
        let t = &paras[a.para].tokens;
        let joined = a.para == b.para
            && b.first == a.last + 1
            && t[a.last].shape == Shape::Lower
            && LIST_JOINS.contains(&t[a.last].key.as_str())
            && !t[a.last].break_before
            && !t[b.first].break_before;
        if !joined {
            continue;
        }
        for (product, other, piece) in [(&k[0], &k[1], b), (&k[1], &k[0], a)] {
            if shown.contains(product.as_str())
                && !(piece.org_cue || piece.person_cue)
                && seen[other.as_str()] <= 3
            {
                *products.entry(other.as_str()).or_default() += 1;
            }
        }
    }
    // A brand in the shape of "iPhone", "iOS", "eSIM" (a small letter, then a capital), met
    // in passing and never shown as a party, names a device or a system: companies written so
    // ("eBay") are parties the dossier names again and again.
    for (p, k) in pieces.iter().zip(keys) {
        let para = &paras[p.para];
        let word = &para.tokens[p.first];
        let text = &d.articles[para.article].paragraphs[para.paragraph].text;
        let mut chars = text[word.start..word.end].chars();
        if p.width() == 1
            && word.shape == Shape::Mixed
            && chars.next().is_some_and(|c| c.is_lowercase())
            && chars.next().is_some_and(|c| c.is_uppercase())
            && !(p.org_cue || p.person_cue)
            && seen[k.as_str()] <= 3
        {
            *products.entry(k.as_str()).or_default() += 1;
        }
    }
    // A brand written in the plural ("iPhones" beside "iPhone") is a thing one owns several
    // of; German "Apples" is a genitive, and is left out.
    let brands: HashSet<&str> = pieces
        .iter()
        .zip(keys)
        .filter(|(p, _)| {
            p.width() == 1
                && paras[p.para].lang != Lang::De
                && paras[p.para].tokens[p.first].shape == Shape::Mixed
        })
        .map(|(_, k)| k.as_str())
        .collect();
    for &k in &brands {
        if let Some(one) = k.strip_suffix('s')
            && brands.contains(one)
        {
            *products.entry(k).or_default() += 1;
            *products.entry(one).or_default() += 1;
        }
    }
    if products.is_empty() {
        return HashSet::default();
    }
    let mut parties: HashMap<&str, usize> = HashMap::default();
    for (p, k) in pieces.iter().zip(keys) {
        let para = &paras[p.para];
        if products.contains_key(k.as_str())
            && (((p.org_cue || p.person_cue) && !shows_product(p).1)
                || speaks(para, p.first, p.last))
        {
            *parties.entry(k.as_str()).or_default() += 1;
        }
    }
    products.retain(|k, n| parties.get(k).is_none_or(|cues| *cues < *n));
    products.into_keys().map(str::to_string).collect()
}

/// A name that says, denies or accuses, right before or after the verb ("Quillon said",
/// "a déclaré Quillon", "Quillon bestreitet"), acts as a party: a device does not, and "Quillon
/// devices" does not make the maker one.
fn speaks(para: &ParaTokens, first: usize, last: usize) -> bool {
    use super::claims::cues::{Phrase, lexicon};
    let t = &para.tokens;
    let cue_at = |k: usize| {
        matches!(
            lexicon().phrase_at(t, k, t.len()),
            Some((_, Phrase::Cue(_)))
        )
    };
    (t.get(last).is_some_and(|x| !x.break_before) && cue_at(last))
        || (first > 0 && !t[first].break_before && cue_at(first - 1))
}

/// The words that join the names of a list: "and" and "or" in six languages.
const LIST_JOINS: [&str; 13] = [
    "and", "or", "et", "ou", "y", "o", "e", "ed", "und", "oder", "i", "&", "u",
];

/// A product's noun of one to three words just before the name, in apposition: no "of"
/// between ("the browser of Quillon" is its maker's).
fn noun_before(lx: &Lexicon, para: &ParaTokens, first: usize) -> bool {
    // The word that names it may stand between: "a spray called Quillon", "ein Spray namens
    // Quillon".
    const CALLED: [&str; 12] = [
        "called",
        "named",
        "appele",
        "appelee",
        "llamado",
        "llamada",
        "chiamato",
        "chiamata",
        "namens",
        "chamado",
        "chamada",
        "denominado",
    ];
    let t = &para.tokens;
    if t[first].break_before || first == 0 {
        return false;
    }
    let first = if first >= 2 && CALLED.contains(&t[first - 1].key.as_str()) {
        first - 1
    } else {
        first
    };
    if t[first].break_before || !lx.product_lasts.contains(t[first - 1].key.as_str()) {
        return false;
    }
    (1..=3.min(first)).any(|n| {
        let words = &t[first - n..first];
        words.iter().all(|w| noun_word(para.lang, w))
            && words[1..].iter().all(|w| !w.break_before)
            && lx.product_nouns.contains(&run_key(words))
    })
}

/// A product's noun just after the name, as English and German put it ("the Quillon browser",
/// "das Quillon Betriebssystem").
fn noun_after(lx: &Lexicon, para: &ParaTokens, last: usize) -> bool {
    if !matches!(para.lang, Lang::En | Lang::De) {
        return false;
    }
    let t = &para.tokens;
    if !t
        .get(last)
        .is_some_and(|w| lx.product_firsts.contains(w.key.as_str()))
    {
        return false;
    }
    (1..=2).any(|n| {
        t.get(last..last + n).is_some_and(|words| {
            words
                .iter()
                .all(|w| noun_word(para.lang, w) && !w.break_before)
                && lx.product_nouns.contains(&run_key(words))
        })
    })
}

/// A product's noun in apposition after the name, behind a comma and an article: "Quillon,
/// the browser", "Quillon, la tienda de aplicaciones de …", "Quillon, le système
/// d'exploitation".
fn noun_in_apposition(lx: &Lexicon, para: &ParaTokens, last: usize) -> bool {
    let t = &para.tokens;
    let Some(article) = t.get(last) else {
        return false;
    };
    if !article.break_before
        || article.shape != Shape::Lower
        || !lx.is_article(&article.key, para.lang)
    {
        return false;
    }
    (1..=3).any(|n| {
        t.get(last + 1..last + 1 + n).is_some_and(|words| {
            words
                .iter()
                .all(|w| noun_word(para.lang, w) && !w.break_before)
                && {
                    let key = run_key(words);
                    lx.product_nouns.contains(&key) && !lx.product_nouns_beside.contains(&key)
                }
        })
    })
}

/// A name in the list of what a company owns ("owner of Vextra, Quillon and Merivel", "maison
/// mère de Vextra, Quillon et Merivel", "proprietario di Vextra, Quillon e Merivel"): its brands
/// and platforms. A list of two names at least, so that "the owner of Quintara" (a company
/// bought whole) stays a party.
fn owned_in_list(lx: &Lexicon, para: &ParaTokens, first: usize, last: usize) -> bool {
    const AND: [&str; 8] = ["and", "et", "y", "e", "und", "ed", "i", "&"];
    const OF: [&str; 11] = [
        "of", "de", "du", "des", "do", "da", "dos", "di", "del", "della", "von",
    ];
    let t = &para.tokens;
    // Back over the names before it in the list, to the preposition that opens the list.
    let mut k = first;
    let mut names = 1;
    while k > 0 && first - k < 12 {
        let prev = &t[k - 1];
        if prev.shape == Shape::Lower && AND.contains(&prev.key.as_str()) && !t[k].break_before {
            k -= 1;
        } else if prev.namelike() && (t[k].break_before || AND.contains(&t[k].key.as_str())) {
            // The last word of the name before, across a comma or a conjunction.
            k -= 1;
            names += 1;
            while k > 0 && t[k - 1].namelike() && !t[k].break_before {
                k -= 1;
            }
        } else {
            break;
        }
    }
    // On over the names after it.
    let mut j = last;
    while j + 1 < t.len() && j - last < 12 {
        let and = t[j].shape == Shape::Lower && AND.contains(&t[j].key.as_str());
        let next = if and { j + 1 } else { j };
        if !(and || t[j].break_before) || !t[next].namelike() || (and && t[next].break_before) {
            break;
        }
        names += 1;
        j = next + 1;
        while j < t.len() && t[j].namelike() && !t[j].break_before {
            j += 1;
        }
    }
    names >= 2
        && k >= 2
        && !t[k].break_before
        && OF.contains(&t[k - 1].key.as_str())
        && !t[k - 1].break_before
        && noun_word(para.lang, &t[k - 2])
        && lx.owner_nouns.contains(t[k - 2].key.as_str())
}

/// What a maker makes: "the maker of the Quillon", "fabricant de l'Quillon", "produttore degli
/// Quillon", and in English and German the noun after it ("the Quillon maker",
/// "Quillon-Hersteller" aside).
fn made_by(lx: &Lexicon, para: &ParaTokens, first: usize, last: usize) -> bool {
    const OF: [&str; 14] = [
        "of", "de", "du", "des", "do", "da", "dos", "di", "del", "della", "degli", "dei", "dell",
        "von",
    ];
    let t = &para.tokens;
    if t[first].break_before {
        return false;
    }
    // The preposition just before, or before an article ("of the", "de l'"; "degli" is both),
    // then the maker's noun.
    let of_at = |k: usize| {
        k >= 2
            && OF.contains(&t[k - 1].key.as_str())
            && !t[k - 1].break_before
            && !t[k].break_before
            && noun_word(para.lang, &t[k - 2])
            && lx.maker_nouns.contains(t[k - 2].key.as_str())
    };
    let article_before = first > 0
        && t[first - 1].shape == Shape::Lower
        && lx.is_article(&t[first - 1].key, para.lang);
    let before = of_at(first) || (article_before && of_at(first - 1));
    let after = matches!(para.lang, Lang::En | Lang::De)
        && t.get(last).is_some_and(|n| {
            !n.break_before && noun_word(para.lang, n) && lx.maker_nouns.contains(n.key.as_str())
        });
    before || after
}

/// A word of a noun phrase: small, or capitalised as German writes its nouns.
fn noun_word(lang: Lang, w: &Token) -> bool {
    w.shape == Shape::Lower || (lang == Lang::De && w.shape == Shape::Capitalized && !w.initial)
}

/// Sets the products apart from the parties: the rows with a form the dossier shows only as a
/// product, unless `dossier.toml` lists the name (the user's word wins).
pub fn set_apart(
    entities: Vec<Entity>,
    forms: &HashSet<String>,
    curated: &[EntityMeta],
) -> (Vec<Entity>, Vec<Entity>) {
    if forms.is_empty() {
        return (entities, Vec::new());
    }
    let listed: HashSet<String> = curated.iter().map(|c| phrase_key(&c.name)).collect();
    // A row is a product where its name is shown as one, or another way of writing it ("Ranger
    // Pro" in "Roundup e Ranger Pro" makes the row "RangerPro" a product). Not where a product
    // went into a party's row under another name: "Google Play" in the row "Google" is the
    // maker's product, and the row is the maker; "Fortnite" in the row "Epic" too.
    let spelled = |k: &str| -> String { k.chars().filter(|c| c.is_alphanumeric()).collect() };
    entities.into_iter().partition(|e| {
        let key = phrase_key(&e.name);
        let name = spelled(&key);
        let another_spelling = |k: &String| forms.contains(k) && spelled(k) == name;
        listed.contains(&key)
            || !(forms.contains(&key)
                || e.aliases
                    .iter()
                    .map(|n| phrase_key(n))
                    .any(|k| another_spelling(&k)))
    })
}

/// Forgets the products the claims were read with: a product is no side and no speaker, and
/// a claim against a product is against the parties it names besides.
pub fn forget(claims: &mut [Claim], products: &[Entity]) {
    if products.is_empty() {
        return;
    }
    let ids: HashSet<&str> = products.iter().map(|e| e.id.as_str()).collect();
    let gone = |id: &Option<String>| id.as_deref().is_some_and(|i| ids.contains(i));
    for c in claims {
        if gone(&c.party) {
            c.party = None;
            c.evidence = ClaimEvidence::Unattributed;
        }
        if gone(&c.speaker) {
            c.speaker = None;
        }
        c.against.retain(|a| !ids.contains(a.as_str()));
    }
}

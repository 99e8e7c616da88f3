//! The words around a run that tell what it names: a company's suffix or noun, a role or a
//! title before a person, an apposition ("the seed giant, Pearland"); a minister's portfolio
//! is in `portfolios.rs`.

use super::lexicon::{Lexicon, after_last};
use super::tokens::{Shape, Token};
use crate::model::Lang;

pub fn is_suffix(lx: &Lexicon, t: &Token) -> bool {
    lx.org_suffixes.contains(t.key.as_str()) && t.shape != Shape::Lower
}

/// A role phrase ends just before `first` ("le PDG Alexandr Wang", "Sprecherin Miriam Kessler",
/// "the spokesperson, Joe Osborne"), or starts just after the run ("Joe Osborne, spokesperson"),
/// or a courtesy title opens the run.
pub fn person_cue(lx: &Lexicon, t: &[Token], first: usize, last: usize) -> bool {
    // "Joe Osborne, spokesperson" / "Gil Luria, un analyste": a role after a comma, maybe after
    // an article.
    // Not a possessive's "s": "Veltrix's head of regulatory affairs" is the company's head.
    // Not a role that introduces the next name: "citado pela Quellnet, o juiz O'Connor".
    let role_after = t.get(last).is_some_and(|n| n.break_before)
        && !t[last - 1].possessive
        && (0..=1).any(|skip| {
            lx.role_at(t, last + skip, t.len()).is_some_and(|n| {
                !t.get(last + skip + n)
                    .is_some_and(|x| !x.break_before && x.shape == Shape::Capitalized)
            })
        });
    // "le porte-parole de l'entreprise, Joe Osborne": a role a few words before, then a comma;
    // German writes it with a capital ("den Chef der Bank, Ulrich Hallwig").
    // A family tie stands so too: "a mãe do menino, Zulmira Passos", "his widow Anna Berg".
    // Not a company's "mother" ("la maison mère de Fastbook, Instaflix et ChatApp").
    let kin = |i: usize| {
        lx.kin.contains(t[i].key.as_str())
            && !(i > 0 && HOUSES_OF_KIN.contains(&t[i - 1].key.as_str()))
    };
    let apposition = (t[first].break_before
        && (first.saturating_sub(5)..first).any(|i| {
            matches!(t[i].shape, Shape::Lower | Shape::Capitalized)
                && (lx.is_role_word(&t[i].key) || kin(i))
        }))
        || (first > 0 && t[first - 1].shape == Shape::Lower && kin(first - 1));
    // A government named after its head: "l'administration Corbel", "il governo Corbel",
    // "the Corbel administration".
    let heads_government = (first > 0
        && !t[first].break_before
        && t[first - 1].shape == Shape::Lower
        && super::governments::is_government_noun(&t[first - 1].key))
        || t.get(last).is_some_and(|n| {
            !n.break_before
                && n.shape == Shape::Lower
                && super::governments::is_government_noun(&n.key)
        });
    lx.role_before(t, first)
        || role_after
        || heads_government
        || apposition
        || lx.honorifics.contains(t[first].key.as_str())
}

/// Company nouns before a word of kin that make it the parent company: "maison mère", "société
/// mère", "casa madre", "empresa madre", "parent company" aside (folded).
const HOUSES_OF_KIN: [&str; 8] = [
    "maison",
    "societe",
    "casa",
    "empresa",
    "compania",
    "companhia",
    "societa",
    "groupe",
];

/// The pronoun English takes a party up with tells its kind: "Morgan Stanley, which …" and
/// "Morgan Stanley cut its rating" are a company, "Elena Marsh, who heads …" a person.
/// `Some(true)` for a person, `Some(false)` for an organization, after the run
/// `t[first..last]`. "Its" and "which" take up things too ("the token held its value"): they
/// tell a company only from a person whose given name opens it.
pub fn english_pronoun(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    last: usize,
    lang: Lang,
) -> Option<bool> {
    if lang != Lang::En {
        return None;
    }
    let given = last - first >= 2 && lx.is_listed_given(&t[first].key);
    let next = t.get(last)?;
    if next.break_before && next.shape == Shape::Lower {
        // British English takes a team or a company up with "who" too, with a plural verb
        // ("Feyenoord, who have two games in hand"): only a verb in the singular tells a person.
        let singular = t.get(last + 1).is_some_and(|v| {
            matches!(v.key.as_str(), "is" | "was" | "has")
                || (v.key.ends_with('s') && !v.key.ends_with("ss") && v.key.len() > 3)
        });
        return match next.key.as_str() {
            "who" if singular => Some(true),
            "which" if given => Some(false),
            _ => None,
        };
    }
    // The run's own verb, then "its": "Morgan Stanley raised its forecast".
    let its = t.get(last + 1)?;
    (given
        && !next.break_before
        && next.shape == Shape::Lower
        && !crate::corpus::lang::is_function_word(&next.lower, Lang::En)
        && !its.break_before
        && its.key == "its")
        .then_some(false)
}

/// The head of an organization after a possessive: "Veltrix's chief executive", "Orvanta's
/// head of policy". Not a lawyer or a spokesperson, whom people have too.
pub fn heads_it(lx: &Lexicon, t: &[Token], last: usize) -> bool {
    const HEADS: [&str; 9] = [
        "ceo",
        "chief",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "vice",
        "board",
    ];
    t[last - 1].possessive
        && t.get(last).is_some_and(|x| HEADS.contains(&x.key.as_str()))
        && lx.role_at(t, last, t.len()).is_some()
}

/// "And" and a possessive, then the head only a company has, after the name: "Quelmo et son
/// PDG", "Quelmo y su presidente", "Quelmo and its chief executive", "Quelmo e il suo
/// amministratore delegato" (a person has a lawyer or a boss, not a chief executive; a country
/// has a president, and is no company).
pub fn and_its_head(lx: &Lexicon, t: &[Token], first: usize, last: usize) -> bool {
    const AND: [&str; 5] = ["and", "et", "y", "e", "und"];
    const ITS: [&str; 10] = [
        "its", "son", "sa", "su", "sus", "seu", "sua", "suo", "sein", "seinen",
    ];
    const HEADS: [&str; 16] = [
        "ceo",
        "pdg",
        "president",
        "presidente",
        "chairman",
        "founder",
        "fondateur",
        "fondatrice",
        "fundador",
        "fundadora",
        "fondatore",
        "amministratore",
        "vorstandschef",
        "konzernchef",
        "firmenchef",
        "chief",
    ];
    let Some(and) = t.get(last) else {
        return false;
    };
    let mut k = last + 1;
    // Italian and Portuguese put an article before the possessive: "e il suo", "e o seu".
    if t.get(k)
        .is_some_and(|x| matches!(x.key.as_str(), "il" | "la" | "o" | "a"))
    {
        k += 1;
    }
    and.shape == Shape::Lower
        && AND.contains(&and.key.as_str())
        && t.get(k)
            .is_some_and(|x| x.shape == Shape::Lower && ITS.contains(&x.key.as_str()))
        && t.get(k + 1)
            .is_some_and(|x| !x.break_before && HEADS.contains(&x.key.as_str()))
        // A country has its president too: "la France et son président".
        && !lx.is_country_word(&super::pieces::listed_key(&t[first..last]))
}

/// An organization word ("la société rivale Mercor"), or a role with a preposition ("CEO de
/// Turing", "analista en D.A. Davidson"), or "chez", just before the run. A given name and a
/// surname after the role name the holder's superior, a person ("il portavoce di Angela
/// Merkel").
pub fn org_cue(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    let full_name = lx.is_given_name(&t[first].key)
        && t.get(first + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized);
    company_noun_before(lx, t, first) || (after_role_and_preposition(lx, t, first) && !full_name)
}

/// Shares are a company's: "shares of Quintara", "les actions de", "le azioni di", "die Aktie
/// von", "las acciones de", "as ações da" (folded).
fn shares_of(t: &[Token], first: usize) -> bool {
    const SHARES: [&str; 10] = [
        "shares", "stock", "actions", "action", "acciones", "azioni", "aktie", "aktien", "acoes",
        "acao",
    ];
    const OF: [&str; 10] = [
        "of", "de", "du", "des", "di", "del", "della", "von", "da", "do",
    ];
    first >= 2
        && !t[first].break_before
        && OF.contains(&t[first - 1].key.as_str())
        && t[first - 1].shape == Shape::Lower
        && SHARES.contains(&t[first - 2].key.as_str())
}

/// A company's noun just before token `first`, or "chez": "la société rivale Mercor", "des
/// Chemie-Riesen Borvex". Unlike a role's preposition ("alcalde de Barcelona"), it never makes
/// a town's government of a place.
pub fn company_noun_before(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    if first == 0 {
        return false;
    }
    let prev = &t[first - 1];
    if t[first].break_before {
        // "son ancien distributeur, Lumen Diffusion"
        return lx.is_org_word(&prev.key);
    }
    // A government's noun before a name is its head's ("l'administration Corbel", "governo
    // Corbel"), not a company's cue.
    if super::governments::is_government_noun(&prev.key) {
        return false;
    }
    prev.key == "chez"
        || is_company_noun(lx, &prev.key)
        // The word between first: it is cheaper to test than the noun.
        || (first >= 2
            && prev.shape == Shape::Lower
            && !lx.role_prepositions.contains(prev.key.as_str())
            // An adjective or "such as" between ("la société rivale Mercor", "Riesen wie
            // Borvex"), not a conjunction or a place's preposition ("the company, and Moscow",
            // "la società in Olanda", "les studios d'Hollywood").
            && !NOT_BETWEEN.contains(&prev.lower.as_str())
            && is_company_noun(lx, &t[first - 2].key)
            // The noun itself, not the last word of a company's name ("della Ethiopian
            // Airlines diversi Paesi").
            && !(first >= 3
                && t[first - 2].shape != Shape::Lower
                && !t[first - 2].break_before
                && t[first - 3].namelike()))
        || such_as(lx, t, first)
        || shares_of(t, first)
        // The noun and its trade: "la multinacional de alimentación Mondelez", "il gruppo di
        // moda Vellari".
        || (first >= 3
            && prev.shape == Shape::Lower
            && !crate::corpus::lang::is_any_function_word(&prev.lower)
            && matches!(t[first - 2].key.as_str(), "de" | "di" | "da" | "do" | "of")
            && !t[first - 2].break_before
            && is_company_noun(lx, &t[first - 3].key))
}

/// Companies' noun, then "such as" and a few small words before the name: "otros grupos
/// mediáticos como el alemán Quellwerk", "des groupes comme le géant Quellwerk", "companies
/// such as Quellwerk".
pub(super) fn such_as(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    const SUCH_AS: [&str; 5] = ["como", "comme", "wie", "come", "like"];
    // The small words back from the name, without a break: at most four.
    let small = t[..first]
        .iter()
        .rev()
        .take(4)
        .take_while(|x| x.shape == Shape::Lower)
        .count();
    (1..=small).any(|n| {
        let k = first - n;
        let such = SUCH_AS.contains(&t[k].key.as_str())
            || (t[k].key == "as" && k > 0 && t[k - 1].key == "such");
        let before = k - usize::from(t[k].key == "as");
        such && (1..=2)
            .filter_map(|m| before.checked_sub(m))
            .any(|j| is_company_noun(lx, &t[j].key))
            && !t[k..first].iter().skip(1).any(|x| x.break_before)
    })
}

/// A company's noun, maybe ending a compound: "des Chemie-Riesen Borvex".
pub fn is_company_noun(lx: &Lexicon, key: &str) -> bool {
    lx.is_org_word(key)
        || after_last(key, b'-').is_some_and(|tail| lx.is_org_word(tail))
        // A German compound on such a noun: "Investigativmagazin", "Pharmakonzern".
        || GERMAN_HEADS
            .iter()
            .any(|h| key.len() > h.len() + 3 && key.ends_with(h))
}

/// A German office named with its town: a court's, an agency's or a ministry's noun, alone or
/// closing a compound, maybe in the genitive, then a place ("Landgericht Offenburg",
/// "Verwaltungsgerichts Freiburg", "Arbeitsamt Wiesbaden"): one body's name.
pub fn german_office_in_town(lx: &Lexicon, t: &[Token], k: usize) -> bool {
    let office = super::german_nouns::german_body_compound;
    let Some(town) = t.get(k + 1) else {
        return false;
    };
    let key = t[k].key.as_str();
    t[k].shape == Shape::Capitalized
        && town.shape == Shape::Capitalized
        && !town.break_before
        && (office(key) || key.strip_suffix('s').is_some_and(office))
        && (lx.is_place(&town.key) || lx.is_town(&town.key))
        // Not a date's first word that the gazetteer holds as a town too ("die Behörde Ende
        // Oktober", "Ende vergangenen Jahres").
        && !matches!(town.key.as_str(), "ende" | "anfang" | "mitte" | "beginn")
}

/// Company and press nouns that close German compounds, long enough to end no other word.
const GERMAN_HEADS: [&str; 6] = [
    "magazin",
    "zeitung",
    "konzern",
    "verlag",
    "hersteller",
    "unternehmen",
];

/// Words between a company's noun and a capitalised word that part them.
const NOT_BETWEEN: [&str; 30] = [
    "and", "or", "but", "y", "o", "pero", "et", "ou", "mais", "und", "oder", "aber", "e", "ma",
    "mas", "in", "en", "em", "im", "nel", "nella", "à", "d", "dans", "near", "près", "bei",
    "vicino", "cerca", "perto",
];

/// A company's noun, folded, that the Romance languages set after a name without an article.
const BARE_COMPANY_NOUNS: [&str; 12] = [
    "empresa",
    "compania",
    "companhia",
    "societe",
    "societa",
    "azienda",
    "entreprise",
    "grupo",
    "gruppo",
    "groupe",
    "multinacional",
    "multinazionale",
];

/// "Of" and an article in one word, folded, outside German (whose "das" is an article alone).
const OF_AND_ARTICLE: [&str; 12] = [
    "del", "della", "dello", "dei", "degli", "delle", "du", "des", "do", "da", "dos", "das",
];

/// An organization's noun in apposition, after its article: after the name ("Quintara, una
/// filial de Borvex", "Quintara, the seed giant") or a few words before it and a comma ("le
/// géant de l'agrochimie, Quintara"). Not where a role stands there too ("the company's
/// lawyer, Joe Osborne" is a person), nor a word of grammar after the comma.
pub fn org_apposition(lx: &Lexicon, t: &[Token], first: usize, last: usize, lang: Lang) -> bool {
    // The article, at most one word, then the noun: "una filial", "the seed giant".
    let noun_after_article = |w: &[Token]| {
        w.first().is_some_and(|a| {
            a.shape == Shape::Lower && lx.is_article(a.key.trim_end_matches('\''), lang)
        }) && w[1..]
            .iter()
            .take(2)
            .take_while(|x| x.shape == Shape::Lower && !x.break_before)
            // Not the company's possessive: "the company's general counsel" is a person.
            .any(|x| lx.is_org_word(&x.key) && !x.possessive)
    };
    let role = |x: &Token| lx.is_role_word(&x.key);
    // An apposition closes soon ("Quintara, una filial de Borvex, ha…"); a clause goes on
    // ("Selon Bruxelles, le groupe a favorisé sa propre plateforme …").
    let closes =
        |from: usize| t.len() <= from + 4 || t[from + 1..from + 5].iter().any(|x| x.break_before);
    // Romance languages set a company's noun after a name without its article ("A Vemta,
    // empresa dona do Fastbook, foi multada").
    let bare_company_noun = |x: &Token| {
        x.shape == Shape::Lower
            && !matches!(lang, Lang::En | Lang::De)
            && BARE_COMPANY_NOUNS.contains(&x.key.as_str())
    };
    let after = t.get(last).is_some_and(|n| n.break_before) && {
        let window = &t[last..(last + 3).min(t.len())];
        (noun_after_article(window) || bare_company_noun(&window[0]))
            // Not after an article glued to "of": "Dorien Vankemaar, del grupo de …" says
            // whose group she is in ("del grupo Vitícolas" before a name still names it).
            && !(lang != Lang::De && OF_AND_ARTICLE.contains(&window[0].key.as_str()))
            && !window.iter().any(role)
            && closes(last + window.len() - 1)
    };
    let before = t[first].break_before
        && first > 0
        && !crate::corpus::lang::is_any_function_word(&t[first].lower)
        && {
            let window = &t[first.saturating_sub(5)..first];
            (0..window.len()).any(|i| noun_after_article(&window[i..]))
                && !window.iter().any(|x| role(x) || x.break_before)
        };
    after || before
}

/// A role and its preposition just before token `first`: "CEO de Turing", "Vice President of
/// Regulatory Affairs".
pub fn after_role_and_preposition(lx: &Lexicon, t: &[Token], first: usize) -> bool {
    first > 0
        && lx
            .role_prepositions
            .contains(t[first - 1].key.trim_end_matches('\''))
        && lx.role_before(t, first - 1)
        && !super::portfolios::portfolio(lx, t, first)
}

/// Portuguese names a company with the feminine article of "a empresa": "da Corvane", "na
/// Petrovia", "pela Corvane", "com a Corvane". Not a given name ("a Dilma"), nor a place the
/// gazetteer knows ("da Bahia"), nor a word of the language; "a" alone is a preposition too
/// ("pediu a Moraes"), so only after another preposition.
pub fn feminine_company(lx: &Lexicon, t: &[Token], first: usize, last: usize, lang: Lang) -> bool {
    const AFTER_PREPOSITION: [&str; 6] = ["com", "contra", "para", "sobre", "entre", "que"];
    if lang != Lang::Pt || last != first + 1 || first == 0 || t[first].break_before {
        return false;
    }
    let (art, x) = (&t[first - 1], &t[first]);
    let article = match art.key.as_str() {
        "da" | "na" | "pela" => true,
        "a" => {
            first >= 2
                && !art.break_before
                && AFTER_PREPOSITION.contains(&t[first - 2].key.as_str())
        }
        _ => false,
    };
    article
        && art.shape == Shape::Lower
        && (first < 2 || !t[first - 2].namelike() || art.break_before)
        && x.shape == Shape::Capitalized
        && !lx.is_given_name(&x.key)
        && !lx.is_place(&x.key)
        // "da Constituição", "na Lista": a noun of the language with its capital.
        // (A brand every press writes, "boeing", is a word of four languages or more.)
        && !(lx.is_common_in(&x.lower, Lang::Pt) && lx.is_common(&x.lower))
}

/// A town named before its region after a comma: "à Forth Worth, au Texas", "in Benicia,
/// California", "em Lavras, Minas Gerais". The region must be a place the lists know, and the
/// town follow a preposition of place ("a stake in Quintara, a California start-up" has a noun
/// after the region, and is the company's).
pub fn town_before_region(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    last: usize,
    lang: Lang,
) -> bool {
    const AT: [&str; 8] = ["in", "at", "near", "en", "em", "bei", "nahe", "pres"];
    const BEFORE_REGION: [&str; 14] = [
        "au", "en", "in", "im", "nel", "nello", "nella", "no", "na", "em", "el", "la", "the",
        "dans",
    ];
    // Cheap tests first: this runs for every run.
    if first == 0
        || t[first - 1].shape != Shape::Lower
        // "a" is "à" folded; Spanish and Portuguese "a" is "to" ("demandó a Quintara, en …").
        || !(AT.contains(&t[first - 1].key.as_str())
            || (t[first - 1].key == "a" && matches!(lang, Lang::Fr | Lang::It)))
        || !t.get(last).is_some_and(|x| x.break_before)
    {
        return false;
    }
    let mut k = last;
    if t[k].shape == Shape::Lower && BEFORE_REGION.contains(&t[k].key.as_str()) {
        k += 1;
    }
    let from = k;
    while k < t.len() && k - from < 3 && (k == from || !t[k].break_before) && t[k].namelike() {
        k += 1;
    }
    k > from
        && t.get(k).is_none_or(|x| x.break_before)
        && lx.is_place(&super::pieces::run_key(&t[from..k]))
}

//! How an organization's name runs on past its capitalised words: an institution's complement
//! in small words ("Banque mondiale", "Ministerio de Hacienda"), a conjunction inside a company's
//! or an institution's name ("Competition and Markets Authority"), and the shipped
//! institutions' names in full ("Agence mondiale antidopage").

use super::lexicon::Lexicon;
use super::run_ends::legal_form;
use super::tokens::{Shape, Token};
use crate::model::Lang;

/// An institution of the shipped list whose name goes on in small words past the run
/// ("Agence mondiale antidopage", "Comitato olimpico internazionale"): where it ends.
pub(super) fn institution_in_full(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
) -> Option<usize> {
    // Cheap test first: only a run headed by an institution's word can be one, after the
    // article a sentence opens with ("Le Ministère public demande …").
    let head = (first..j).find(|&i| {
        lx.org_prefixes.contains(t[i].key.as_str()) || lx.org_words.contains(t[i].key.as_str())
    })?;
    (j + 1..=(j + 3).min(t.len()))
        .take_while(|&end| !t[end - 1].break_before)
        .filter(|&end| lx.is_institution_form(&super::pieces::run_key(&t[head..end])))
        .last()
}

/// Whether a body's word with its capital stands in the run: "Juzgado", "Agenzia", or a
/// German compound ending in one ("Gerichtshof", "Bundesamt", "Bundesanstalt").
fn headed_by_body(lx: &Lexicon, run: &[Token]) -> bool {
    run.iter().any(|x| {
        x.shape == Shape::Capitalized
            && (lx.org_prefixes.contains(x.key.as_str())
                || super::german_nouns::german_body_compound(&x.key))
    })
}

/// A body numbered among its kind goes on through its number: "Juzgado Central de Instrucción
/// Número 1", "Juzgado de Instrucción número 4", "Tribunal n.º 2". Where the name ends.
pub(super) fn numbered(lx: &Lexicon, t: &[Token], first: usize, j: usize) -> Option<usize> {
    const NUMBER: [&str; 5] = ["numero", "nº", "n.º", "num", "nr"];
    let at = |k: usize| t.get(k).filter(|x| !x.break_before);
    if !headed_by_body(lx, &t[first..j]) {
        return None;
    }
    // The number's word already in the run ("… Instrucción Número"), or next.
    if NUMBER.contains(&t[j - 1].key.as_str()) && t[j].shape == Shape::Number {
        return Some(j + 1);
    }
    (NUMBER.contains(&t[j].key.as_str()) && at(j + 1)?.shape == Shape::Number).then_some(j + 2)
}

/// The definite articles that may open a name in the six languages: "Le Monde", "The Times".
pub(super) const NAME_ARTICLES: [&str; 16] = [
    "le", "la", "les", "el", "los", "las", "il", "lo", "the", "der", "die", "das", "o", "a", "os",
    "as",
];

/// Whether a conjunction at `j` is followed by an article, which opens another name: "Radio
/// France e Le Monde", "Quintara and The Lantern".
pub(super) fn and_then_article(t: &[Token], j: usize) -> bool {
    const AND: [&str; 7] = ["and", "e", "y", "et", "und", "ed", "&"];
    AND.contains(&t[j].key.as_str())
        && t.get(j + 1)
            .is_some_and(|x| NAME_ARTICLES.contains(&x.key.as_str()))
}

/// A law firm's noun in the singular, folded.
const FIRM: [&str; 8] = [
    "firm",
    "kanzlei",
    "cabinet",
    "bufete",
    "despacho",
    "escritorio",
    "sozietat",
    "studio",
];

/// Whether the run at `first` follows a law firm's noun ("the law firm Arnold and Itkin"), or
/// opens with it, as German capitalises it ("Kanzlei Brenner und Vogt"): its partners' names
/// then make one firm.
pub(super) fn after_firm_noun(t: &[Token], first: usize) -> bool {
    (first > 0 && !t[first].break_before && FIRM.contains(&t[first - 1].key.as_str()))
        || (matches!(t[first].key.as_str(), "kanzlei" | "sozietat")
            && t.get(first + 1)
                .is_some_and(|n| !n.break_before && n.namelike()))
}

/// "Automação e Robótica, S.A.", "Harlow and Pike Ltd": a conjunction inside a company's name,
/// told by the legal form that ends it; "Competition and Markets Authority", "Food and Drug
/// Administration": inside an institution's, told by the institution's word that ends it after
/// words of the language. Returns where the name ends, or where its legal form stands.
pub(super) fn conjoined_company(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    lang: Lang,
) -> Option<usize> {
    const AND: [&str; 5] = ["and", "e", "y", "et", "und"];
    if !AND.contains(&t[j].key.as_str()) {
        return None;
    }
    let mut k = j + 1;
    while t.get(k).is_some_and(|x| !x.break_before && x.namelike()) {
        k += 1;
    }
    if k == j + 1 {
        return None;
    }
    if t.get(k)
        .is_some_and(|x| legal_form(lx, x) && x.start <= t[k - 1].end + 2)
    {
        return Some(k);
    }
    // A firm's noun in the singular before it: partners' names joined by "and" are one firm
    // ("the law firm Arnold and Itkin", "el bufete Halm y Roder").
    if k <= j + 3 && after_firm_noun(t, first) {
        return Some(k);
    }
    let word = |x: &Token| {
        x.shape == Shape::Capitalized && lx.common_mask(&x.lower) != 0 && !lx.is_given_name(&x.key)
    };
    // A brand then the nouns of its trade on both sides of "and": "Vantora Automação e
    // Robótica", "Marlow Energy and Trading", "Brisela Servicios y Logística". The brand is no
    // word and no given name; a trade's word is a company's last word ("Energy", "Robotics"),
    // or a word of the paragraph's own language that few others share, or a noun of an act by
    // its ending ("Automação") — not English words, which brands borrow ("Quintara Robotics
    // and Apple" are two), nor names wordfreq counts in every language ("Google"). German
    // capitalises every noun: there the legal form above must tell it.
    let trade = |x: &Token| {
        let mask = lx.common_mask(&x.lower);
        x.shape == Shape::Capitalized
            && !lx.is_given_name(&x.key)
            && !lx.is_institution_word(&x.key)
            && !lx.org_prefixes.contains(x.key.as_str())
            && !lx.is_place(&x.key)
            && (lx.org_suffixes.contains(x.key.as_str())
                || (lang != Lang::En && lx.is_common_in(&x.lower, lang) && mask.count_ones() <= 3)
                || (mask == 0 && super::nouns::abstract_noun_in(&x.lower, lang)))
    };
    // The legal form may close it: "Brisela Indústria e Comércio Ltda.".
    let end = if legal_form(lx, &t[k - 1]) { k - 1 } else { k };
    // The article a sentence opens with is no part of it ("A Vantora Automação …").
    let first = if t[first].initial && crate::corpus::lang::is_any_function_word(&t[first].lower) {
        first + 1
    } else {
        first
    };
    if lang != Lang::De
        && j >= first + 2
        && end > j + 1
        && end <= j + 3
        && matches!(
            t[first].shape,
            Shape::Capitalized | Shape::AllCaps | Shape::Mixed
        )
        && lx.common_mask(&t[first].lower) == 0
        && !lx.is_given_name(&t[first].key)
        && !lx.is_place(&t[first].key)
        && t[first + 1..j].iter().all(trade)
        && t[j + 1..end].iter().all(trade)
    {
        return Some(k);
    }
    let institution = lx.is_institution_word(&t[k - 1].key);
    // The country may open it: "U.S. Securities and Exchange Commission".
    let opens = |x: &Token| word(x) || lx.is_country_word(&x.key);
    // Two words at least after "and" ("and Markets Authority"): "House and Senate" are two.
    if institution
        && k >= j + 3
        && t[first..j].iter().all(opens)
        && t[first..j].iter().any(word)
        && t[j + 1..k - 1].iter().all(word)
    {
        return Some(k);
    }
    // An institution's name made of words of the language goes on past "and" in more such
    // capitalised words: "Ministério da Agricultura e Pescas", "Ministry of Trade and
    // Industry". Another institution's word after it makes two ("Comisión y Parlamento"), and
    // a name before it ends it ("Instituto Cervantes y Telefónica").
    let headed = t[first..j]
        .iter()
        .any(|x| x.shape == Shape::Capitalized && lx.is_institution_word(&x.key));
    let own_words = |x: &Token| x.shape == Shape::Lower || word(x);
    (headed
        && t[first..j].iter().all(own_words)
        && k <= j + 4
        && t[j + 1..k].iter().all(|x| {
            x.shape == Shape::Capitalized
                && !lx.is_given_name(&x.key)
                && !lx.org_prefixes.contains(x.key.as_str())
        })
        && !lx.is_place(&super::pieces::run_key(&t[j + 1..k])))
    .then_some(k)
}

/// An institution's name goes on past its capitalised head in lower case: "Ligue nationale de
/// hockey", "Union européenne", "Banque mondiale", "Ministerio de Hacienda", "Office of Fair
/// Trading". The end of what `t[j..]` adds to a run `t[first..j]` holding such a head: an
/// adjective (by its ending, in the languages that write adjectives small), or "de"/"of" and a
/// noun or a name.
pub(super) fn institution_complement(
    lx: &Lexicon,
    t: &[Token],
    first: usize,
    j: usize,
    lang: Lang,
) -> Option<usize> {
    // An elided "d’" or "dell’" is keyed without its apostrophe ("Corte d’appello").
    const OF: [&str; 22] = [
        "de", "du", "des", "d", "di", "del", "della", "dello", "dell", "dei", "degli", "delle",
        "do", "da", "dos", "das", "of", "for", "fur", "para", "pour", "per",
    ];
    const ARTICLES: [&str; 15] = [
        "la", "l", "le", "les", "the", "el", "los", "las", "lo", "il", "der", "a", "o", "os", "as",
    ];
    const AND: [&str; 6] = ["e", "y", "et", "and", "und", "i"];
    // Cheap tests first: this runs at the end of every run.
    if j >= t.len() || t[j].break_before || t[j].shape != Shape::Lower {
        return None;
    }
    if !headed_by_body(lx, &t[first..j]) {
        return None;
    }
    // A name written in capitals past its body's word ("Tribunale Federale Penale") is whole:
    // a writer who capitalises its words does not go on in small nouns, which are the
    // sentence's ("davanti al Tribunale Federale Penale dell'accusa di pagamento"). (A
    // people's adjective after it still says whose body it is: "Corte Suprema brasiliana".)
    let capitalised_past_head = t[first..j]
        .iter()
        .skip_while(|x| !lx.org_prefixes.contains(x.key.as_str()))
        .skip(1)
        .any(|x| x.shape == Shape::Capitalized);
    let small_adjectives = !matches!(lang, Lang::En | Lang::De);
    let noun = |x: &Token| {
        x.shape == Shape::Lower
            && x.lower.chars().count() >= 3
            && !crate::corpus::lang::is_any_function_word(&x.lower)
    };
    // Only adjectives that name a scope or a people belong to the name: "Union européenne",
    // "Banque mondiale", "Ligue nationale"; "Gobierno regional" is the Gobierno.
    // A scope's word needs no other test: "la Cour suprême", "la Corte suprema".
    // A country's people's word is one whatever its ending: "la Federcalcio spagnola", "la
    // Fédération espagnole" (a province's, "Diputación alavesa", qualifies the body).
    // Right after the body's word, an adjective by its ending says which body of its kind, in
    // the languages that write a name's adjectives small: "la Federazione calcistica
    // spagnola", "l'Agence spatiale", "la Corte costituzionale". (Spanish and Portuguese
    // capitalise theirs: "el Gobierno regional" is the Gobierno.)
    let after_head = matches!(lang, Lang::It | Lang::Fr)
        && t[j - 1].shape == Shape::Capitalized
        && lx.org_prefixes.contains(t[j - 1].key.as_str())
        && !capitalised_past_head;
    if small_adjectives
        && noun(&t[j])
        && (scope_adjective(&t[j].key, &t[j].lower)
            || (super::nouns::adjective_ending(&t[j].lower) && lx.is_demonym(&t[j].key))
            || super::governments::country_concept(&t[j].key, true).is_some()
            || (after_head
                && (super::nouns::adjective_ending(&t[j].lower)
                    || super::nouns::derived_adjective(&t[j].lower, lang))))
    {
        return Some(j + 1);
    }
    // Inside the name's small words, an adjective goes on with them: "Parquet national
    // financier", "Autorité des marchés financiers" (the word before is the name's own small
    // word, which the passes before took for its complement).
    if small_adjectives
        && noun(&t[j])
        && t[j - 1].shape == Shape::Lower
        && !crate::corpus::lang::is_any_function_word(&t[j - 1].lower)
        // Adverbs and prepositions that end as adjectives do.
        && !matches!(t[j].key.as_str(), "derriere" | "arriere" | "hier" | "naguere" | "guere")
        && ([t[j].lower.as_str(), t[j].lower.trim_end_matches(['s', 'x'])]
            .iter()
            .any(|w| super::nouns::adjective_ending(w))
            // Italian plurals: "relazioni sindacali" of "sindacale".
            || (lang == Lang::It
                && t[j].lower.strip_suffix('i').is_some_and(|stem| {
                    super::nouns::adjective_ending(&format!("{stem}e"))
                })))
    {
        return Some(j + 1);
    }
    // "Secretaría de Industria y Turismo", "Department of Trade and Industry": "and" between
    // two capitalised common words goes on with the institution's name; between names
    // ("la Comisión y Google") it joins two parties.
    if AND.contains(&t[j].key.as_str()) {
        // A word of the paragraph's own language, whatever other languages share it
        // ("Rural", "Social", "Bem-Estar").
        let word = |x: &Token| {
            x.shape == Shape::Capitalized
                && !x.initial
                && lx.is_word_of(&x.lower, lang)
                && !lx.is_given_name(&x.key)
                && !lx.org_prefixes.contains(x.key.as_str())
        };
        // Only inside the complement ("of Trade and Industry"): "Banco Mundial e Comunidade
        // Europeia" are two.
        let in_complement = t[first..j].iter().any(|x| OF.contains(&x.key.as_str()));
        let next = t.get(j + 1).filter(|x| !x.break_before)?;
        if !in_complement {
            return None;
        }
        if word(&t[j - 1]) && word(next) {
            return Some(j + 2);
        }
        // The second of two nouns with its own article, as the first had: "de los Mercados y
        // la Competencia", "de l'informatique et des libertés" (in small letters where the
        // first is).
        let after = t.get(j + 2).filter(|x| !x.break_before)?;
        let small_noun = |x: &Token| {
            x.shape == Shape::Lower
                && x.lower.chars().count() >= 4
                && !crate::corpus::lang::is_any_function_word(&x.lower)
                && !infinitive(&x.lower, lang)
        };
        let article = ARTICLES.contains(&next.key.as_str())
            || matches!(
                next.key.as_str(),
                "des" | "du" | "dei" | "delle" | "degli" | "del"
            );
        // Not a place before "and" ("Banco do Brasil e a República de Angola").
        let parallel = (word(&t[j - 1]) && !lx.is_place(&t[j - 1].key) && word(after))
            || (small_adjectives && small_noun(&t[j - 1]) && small_noun(after));
        // The second noun closes the name: more capitals after it open another body's ("of
        // Arbitration and the European Tariff Board").
        let closes = !t
            .get(j + 3)
            .is_some_and(|x| !x.break_before && x.namelike());
        return (article && parallel && closes).then_some(j + 3);
    }
    // Portuguese "das" and "da" are German's "das" (the) and "da" (there, since); English
    // "do" is a verb.
    let article_there = match lang {
        Lang::De => matches!(t[j].key.as_str(), "das" | "da"),
        Lang::En => t[j].key == "do",
        _ => false,
    };
    // "in" inside a complement, before a field with its capital: "Agencia Internacional para
    // la Integridad en el Tenis" (a place there is where the body sits: "… en Madrid").
    let field_in = matches!(lang, Lang::Es | Lang::Fr | Lang::It | Lang::Pt)
        && matches!(
            t[j].key.as_str(),
            "en" | "in" | "nel" | "nello" | "no" | "na"
        )
        && t[first..j].iter().any(|x| OF.contains(&x.key.as_str()))
        && {
            let at = j
                + 1
                + usize::from(
                    t.get(j + 1)
                        .is_some_and(|a| ARTICLES.contains(&a.key.as_str())),
                );
            t.get(at).is_some_and(|x| {
                !x.break_before
                    && x.shape == Shape::Capitalized
                    && !lx.is_place(&x.key)
                    && !lx.is_town(&x.key)
                    && !lx.calendar.contains(x.key.as_str())
            })
        };
    if !(OF.contains(&t[j].key.as_str()) || field_in) || article_there {
        return None;
    }
    let mut k = j + 1;
    if t.get(k)
        .is_some_and(|x| !x.break_before && ARTICLES.contains(&x.key.as_str()))
    {
        k += 1;
    }
    let x = t.get(k).filter(|x| !x.break_before)?;
    // "el Gobierno de Donald Trump", "o Governo de Lula da Silva": a whole person's name after
    // the head is whose body it is, not the body's name.
    if lx.is_given_name(&x.key)
        && t.get(k + 1)
            .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalized)
    {
        return None;
    }
    let name = x.namelike() && !x.initial;
    // "para" and "for" take a name ("Comissão para a Igualdade"), or an abstract noun after its
    // article ("Conseil européen pour la protection des données", "Agenzia nazionale per le
    // telecomunicazioni"); never a verb or another small noun ("para acogerse", "condamné par
    // le Tribunal pour corruption").
    let purpose = matches!(t[j].key.as_str(), "para" | "pour" | "per");
    let object = small_adjectives
        && !capitalised_past_head
        && noun(x)
        && !infinitive(&x.lower, lang)
        // "o Comitê Disciplinar da entidade": the body the text spoke of, not the name's word.
        && !lx.referring_nouns.contains(x.key.as_str())
        // The noun of a locution ("ce Parlement du côté de la loi", "al lado de").
        && !LOCUTION_NOUNS.contains(&x.key.as_str())
        && (!purpose || (k > j + 1 && abstract_noun(&x.lower, lang)));
    // An ordinal numbers the noun after it, which belongs to the name too: "la Cour du
    // cinquième circuit", "la Corte d'appello del quinto circuito".
    if object && ordinal(&x.key) && t.get(k + 1).is_some_and(|n| !n.break_before && noun(n)) {
        return Some(k + 2);
    }
    (name || object).then_some(k + 1)
}

/// The nouns of locutions that "of" opens and "of" closes, folded: "du côté de", "au nom de",
/// "de la part de", "al lado de", "por parte de", "a nome di": no body's complement.
const LOCUTION_NOUNS: [&str; 7] = ["cote", "cotes", "nom", "part", "lado", "parte", "nome"];

/// An ordinal number in a word, in the languages that write it small in a body's name
/// (folded: "cinquieme", "quinto", "decima").
fn ordinal(key: &str) -> bool {
    const WORDS: [&str; 36] = [
        "premier", "premiere", "second", "seconde", "primo", "prima", "secondo", "seconda",
        "terzo", "terza", "quarto", "quarta", "quinto", "quinta", "sesto", "sesta", "settimo",
        "ottavo", "nono", "decimo", "primer", "primero", "primera", "segundo", "segunda", "tercer",
        "tercero", "tercera", "cuarto", "sexto", "septimo", "octavo", "noveno", "primeiro",
        "terceiro", "oitavo",
    ];
    key.ends_with("ieme")
        || key.ends_with("esimo")
        || key.ends_with("esima")
        || WORDS.contains(&key)
}

/// A noun of a field or a quality ("protection", "telecomunicazioni"), singular or plural.
fn abstract_noun(lower: &str, lang: Lang) -> bool {
    let singular = match lang {
        Lang::It => lower
            .strip_suffix("zioni")
            .map(|stem| format!("{stem}zione")),
        Lang::Pt => lower.strip_suffix("ções").map(|stem| format!("{stem}ção")),
        Lang::Es => lower
            .strip_suffix("ciones")
            .map(|stem| format!("{stem}ción")),
        _ => lower.strip_suffix('s').map(str::to_string),
    };
    super::nouns::abstract_noun_in(lower, lang)
        || singular.is_some_and(|s| super::nouns::abstract_noun_in(&s, lang))
}

/// National, international, world, federal, general, supreme, central, and the fields courts
/// and bodies serve (penal, civil, administrative, public, disciplinary, arbitral, anti-doping,
/// Olympic): in any of the languages that write them small. Each stem takes only an
/// adjective's endings: verbs share the stems ("a União Europeia constitui", "la Comisión
/// federa", "o Governo publica"), and follow a body's name in small letters as often.
fn scope_adjective(key: &str, lower: &str) -> bool {
    // The endings of the adjectives of the six languages, in the gender and number of each.
    const AL: &[&str] = &["al", "ale", "ali", "ales", "aux", "ais"];
    const PLAIN: &[&str] = &["", "e", "i", "es", "s"];
    const ICO: &[&str] = &["", "o", "a", "i", "he", "os", "as", "e", "es"];
    const IVE: &[&str] = &[
        "ivo", "iva", "ivi", "ive", "ivos", "ivas", "if", "ifs", "ives",
    ];
    const ONAL: &[&str] = &[
        "cional",
        "cionales",
        "tionnel",
        "tionnelle",
        "tionnels",
        "tionnelles",
        "zionale",
        "zionali",
        "tional",
        "cionais",
    ];
    // With the district a court serves: "Corte distrettuale settentrionale", "Tribunal
    // Distrital". (Not "regional", "provincial": "Gobierno regional" is the Gobierno.)
    const STEMS: [(&str, &[&str]); 33] = [
        // Italian's regulators: "Autorità garante della concorrenza".
        ("garant", &["e", "i"]),
        ("penal", PLAIN),
        ("civil", PLAIN),
        ("administrat", IVE),
        ("amministrat", IVE),
        ("public", ICO),
        ("pubblic", ICO),
        (
            "disciplin",
            &["are", "ar", "aire", "ari", "ary", "ares", "aires"],
        ),
        ("arbitra", &["l", "le", "li", "les", "ux"]),
        ("antidop", &["ing", "aje", "agem", "age", "aggio"]),
        ("olimpic", ICO),
        ("olympi", &["que", "ques", "c", "an"]),
        ("militar", PLAIN),
        ("elettoral", PLAIN),
        ("distrett", &["uale", "uali"]),
        ("distrit", &["al", "ales"]),
        ("settentrional", PLAIN),
        ("septentrional", PLAIN),
        ("constitu", ONAL),
        ("costitu", ONAL),
        ("superieur", PLAIN),
        ("nation", AL),
        ("nacion", AL),
        ("nazion", AL),
        ("internation", AL),
        ("internacion", AL),
        ("internazion", AL),
        ("mondial", PLAIN),
        ("mundial", PLAIN),
        ("feder", AL),
        ("general", PLAIN),
        ("suprem", &["o", "a", "e", "i", "os", "as", "es"]),
        ("central", PLAIN),
    ];
    // Spanish and Portuguese write the adjective "pública", "público" with its accent, and
    // the verb "publica", "publico" without.
    if key.starts_with("public") && ["o", "a"].contains(&&key[6..]) && !lower.contains('ú') {
        return false;
    }
    STEMS.iter().any(|(stem, tails)| {
        key.strip_prefix(stem)
            .is_some_and(|tail| tails.contains(&tail))
    })
}

/// "de considerar", "di fare": a verb after the preposition, not the institution's object.
fn infinitive(lower: &str, lang: Lang) -> bool {
    let endings: &[&str] = match lang {
        Lang::Es | Lang::Pt => &["ar", "er", "ir"],
        Lang::It => &["are", "ere", "ire"],
        Lang::Fr => &["er", "ir", "re"],
        _ => &[],
    };
    // With its pronoun glued on ("di avvicinarsi", "de acogerse"), where Italian's "-are"
    // loses its "e".
    const CLITICS: [&str; 8] = ["si", "se", "lo", "la", "le", "ne", "los", "las"];
    let bare = CLITICS.iter().find_map(|c| {
        lower
            .strip_suffix(c)
            .filter(|_| matches!(lang, Lang::It | Lang::Es))
    });
    endings.iter().any(|e| lower.ends_with(e))
        || bare.is_some_and(|w| ["ar", "er", "ir"].iter().any(|e| w.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn an_article_after_a_conjunction_opens_another_name() {
        let t = tokenize("Radio Vantoria e Le Quotidien", &[0]);
        assert!(and_then_article(&t, 2));
        let t = tokenize("Secretaría de Industria y Turismo", &[0]);
        assert!(!and_then_article(&t, 3));
    }

    #[test]
    fn a_scope_adjective_takes_an_adjectives_endings_only() {
        for adj in [
            "suprema",
            "supreme",
            "nacional",
            "nationaux",
            "federale",
            "public",
            "constitucional",
            "costituzionale",
            "internationale",
            "mondiale",
            "penale",
            "administrativo",
            // Portuguese plurals: "os tribunais federais", "nacionais", "constitucionais".
            "federais",
            "nacionais",
            "constitucionais",
        ] {
            assert!(scope_adjective(adj, adj), "{adj}");
        }
        // Verbs share the stems: "a União Europeia constitui", "o Governo publica".
        for verb in [
            "constitui",
            "constitue",
            "federa",
            "publica",
            "generaliza",
            "nations",
        ] {
            assert!(!scope_adjective(verb, verb), "{verb}");
        }
        assert!(scope_adjective("publica", "pública"));
    }
}

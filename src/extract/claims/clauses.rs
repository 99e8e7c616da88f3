//! What a sentence's clauses tell beside its claim: a penalty or a judgment told without a
//! verb of the court, German reported speech, a condition, a negation, a mere possibility, a
//! decision spoken of.

use super::cues::{Cue, lexicon};
use super::sentences::Sentence;
use crate::model::Lang;

/// A German sentence in the subjunctive of reported speech: one of these verbs among its first
/// words, outside quotations ("habe", "sei", "könne").
pub(super) fn reported_subjunctive(s: &Sentence) -> bool {
    // Only the forms no indicative shares once accents are folded ("hätte" is "hatte").
    const KONJUNKTIV: [&str; 13] = [
        "habe",
        "sei",
        "seien",
        "konne",
        "musse",
        "solle",
        "wolle",
        "durfe",
        "werde",
        "gebe",
        "bedeute",
        "verstosse",
        "gelte",
    ];
    s.tokens.iter().enumerate().take(8).any(|(i, t)| {
        (KONJUNKTIV.contains(&t.key.as_str()) || konjunktiv_form(s.tokens, i)) && !s.in_quote(i)
    })
}

/// Whether the word at `i` is a verb's Konjunktiv I by its form: written small, ending in
/// "-e" where the indicative has "-t" or "-et" ("verletze" / "verletzt", "liege", "basiere"),
/// after its subject and not before a noun; not a frequent word (a past: "hatte", "wurde"; an
/// adjective: "reiche"), nor a determiner ("eine", "keine").
fn konjunktiv_form(t: &[crate::extract::tokens::Token], i: usize) -> bool {
    use crate::extract::tokens::Shape;
    const DETERMINERS: [&str; 12] = [
        "eine", "keine", "meine", "seine", "ihre", "unsere", "diese", "jede", "welche", "alle",
        "beide", "ohne",
    ];
    let x = &t[i];
    let Some(stem) = x.key.strip_suffix('e') else {
        return false;
    };
    let lx = crate::extract::lexicon::lexicon();
    // A frequent word ending so is another form: a past ("hatte", "wurde"), an adjective.
    i >= 1
        && x.shape == Shape::Lower
        && stem.chars().count() >= 3
        && !DETERMINERS.contains(&x.key.as_str())
        && !lx.is_common_in(&x.key, Lang::De)
        && t.get(i + 1).is_some_and(|n| n.shape == Shape::Lower)
        && [format!("{stem}t"), format!("{stem}et")]
            .iter()
            .any(|w| lx.is_common_in(w, Lang::De))
}

/// Modals of possibility: a penalty that "can" follow, an appeal that "puede" come.
const MAY: [&str; 14] = [
    "can", "could", "may", "pourrait", "peut", "puede", "pueden", "podria", "potrebbe", "puo",
    "poderia", "pode", "kann", "konnte",
];

/// Whether a sentence states a penalty: years in prison ("four years in prison", "nove anni di
/// reclusione", "viereinhalb Jahre Haft"), or an amount to pay ("150mila euro di risarcimento",
/// "une amende de 5 000 euros"); not one risked, asked for or possible ("risks up to eight
/// years in prison", "rischia otto anni").
pub(super) fn penalty(s: &Sentence) -> bool {
    const YEARS: [&str; 9] = [
        "years", "ans", "annees", "anos", "jahre", "jahren", "anni", "year", "jahr",
    ];
    const PRISON: [&str; 13] = [
        "prison",
        "jail",
        "carcel",
        "prision",
        "haft",
        "gefangnis",
        "freiheitsstrafe",
        "carcere",
        "reclusione",
        "prisao",
        "cadeia",
        "bewahrung",
        "condicional",
    ];
    const PAY: [&str; 11] = [
        "fine",
        "amende",
        "multa",
        "geldstrafe",
        "risarcimento",
        "indemnizacion",
        "indemnisation",
        "damages",
        "schadensersatz",
        "indenizacao",
        "strafzahlung",
    ];
    // What the law allows, what was risked or asked, and what was paid already.
    const POSSIBLE: [&str; 42] = [
        "risk",
        "risks",
        "risked",
        "faces",
        "facing",
        "face",
        "rischia",
        "rischiava",
        "arriesga",
        "enfrenta",
        "encourt",
        "risque",
        "droht",
        "drohen",
        "drohte",
        "riskiert",
        "would",
        "arrisca",
        "maximum",
        "maxima",
        "maximale",
        "maximo",
        "massima",
        "massimo",
        "hochststrafe",
        "punishable",
        "between",
        "entre",
        "zwischen",
        "up",
        "hasta",
        "bis",
        "fino",
        "jusqu",
        "ate",
        "already",
        "ya",
        "bereits",
        "gia",
        "seeking",
        "seeks",
        "sought",
    ];
    let t = s.tokens;
    let has = |list: &[&str]| t.iter().any(|x| list.contains(&x.key.as_str()));
    // Most sentences name no penalty: the prison and money words are looked for first.
    let prison = has(&PRISON);
    let pay = has(&PAY);
    if !prison && !pay {
        return false;
    }
    let number = || t.iter().any(|x| x.key.bytes().any(|c| c.is_ascii_digit()));
    ((prison && has(&YEARS)) || (pay && number())) && !has(&POSSIBLE) && !has(&MAY)
}

/// Whether a sentence opens with the judgment, or its court, as its subject, saying what it
/// holds ("Das Urteil geht davon aus", "Esta sentencia dictada por …", "Le tribunal a reconnu
/// X coupable"); not when it is still to come ("The verdict is expected on Friday", "The court
/// will hear the appeal").
pub(super) fn judgment_says(s: &Sentence) -> bool {
    const JUDGMENT: [&str; 36] = [
        "verdict",
        "judgment",
        "judgement",
        "ruling",
        "jugement",
        "arret",
        "sentencia",
        "fallo",
        "veredicto",
        "urteil",
        "sentenza",
        "verdetto",
        "sentenca",
        "decisao",
        "acordao",
        "court",
        "tribunal",
        "gericht",
        "landgericht",
        "tribunale",
        "corte",
        "judge",
        "juge",
        "juez",
        "jueza",
        "richter",
        "richterin",
        "giudice",
        "juiz",
        "juiza",
        "judges",
        "juges",
        "jueces",
        "giudici",
        "juizes",
        "audiencia",
    ];
    // Still to come, only when and where it fell ("Das Urteil fiel vor dem Landgericht", "Ce
    // jugement intervient après deux mois de procès"), or who sits on the court ("El tribunal es
    // formado por …").
    const TO_COME: [&str; 47] = [
        "expected",
        "will",
        "wird",
        "sera",
        "sara",
        "prevista",
        "previsto",
        "esperada",
        "esperado",
        "attendu",
        "erwartet",
        "atteso",
        "fiel",
        "fallt",
        "intervient",
        "intervenu",
        "came",
        "comes",
        "arrives",
        "arrived",
        "llega",
        "llego",
        "arriva",
        "giunge",
        "chega",
        "chegou",
        "delivered",
        "verlesen",
        "tombe",
        "handed",
        "might",
        "could",
        "hear",
        "hears",
        "heard",
        "formado",
        "formada",
        "composed",
        "compose",
        "compuesto",
        "composto",
        "besteht",
        "presided",
        "presidido",
        "presieduto",
        "preside",
        "presidida",
    ];
    let t = s.tokens;
    let lx = lexicon();
    let head = usize::from(
        t.first()
            .is_some_and(|x| lx.is_determiner(&x.key) || DEMONSTRATIVES.contains(&x.key.as_str())),
    );
    t.get(head)
        .is_some_and(|x| JUDGMENT.contains(&x.key.as_str()))
        && !t.iter().any(|x| TO_COME.contains(&x.key.as_str()))
}

/// "This", "cette", "esta", "dieses", "questa": a demonstrative opening a noun phrase.
const DEMONSTRATIVES: [&str; 14] = [
    "this", "that", "cette", "ce", "esta", "este", "dieses", "diese", "dieser", "questa", "questo",
    "essa", "esse", "aquella",
];

/// Whether a modal of possibility stands just before the cue at `k` (`n` words) or just after
/// it, or a noun of possibility before it: "pourra faire appel", "puede recurrir", "Appeals can
/// take months", "die Möglichkeit, … in Berufung zu gehen".
pub(super) fn only_possible(s: &Sentence, k: usize, n: usize) -> bool {
    // And the future of being able: "pourra", "podrá", "potrà".
    const WILL_BE_ABLE: [&str; 8] = [
        "might", "pourra", "podra", "potra", "podera", "konnen", "pourront", "podran",
    ];
    const POSSIBILITY: [&str; 6] = [
        "possibility",
        "possibilite",
        "posibilidad",
        "possibilita",
        "possibilidade",
        "moglichkeit",
    ];
    let t = s.tokens;
    let near = k.saturating_sub(3)..(k + n + 2).min(t.len());
    t[near]
        .iter()
        .any(|x| MAY.contains(&x.key.as_str()) || WILL_BE_ABLE.contains(&x.key.as_str()))
        || t[..k].iter().any(|x| POSSIBILITY.contains(&x.key.as_str()))
}

/// Whether the cue at `k` (`n` words) has a decision for its object: "criticised the fine",
/// "a dénoncé une amende", "calificó la sanción de injusta", "kritisierte die Strafe". Whoever
/// criticises a decision answers it; they accuse no one of anything new.
pub(super) fn about_a_decision(s: &Sentence, k: usize, n: usize, cue: Cue) -> bool {
    // Of the verbs of saying, those that call their object something ("called the fine
    // unfair", "calificó la sanción de injusta", "definendo la decisione sbagliata"); "said
    // the fine would deter others" tells what the fine does.
    const CALL: [&str; 13] = [
        "call",
        "cham",
        "describ",
        "qualifi",
        "calific",
        "defin",
        "classific",
        "bezeichn",
        "nannte",
        "nennt",
        "tax",
        "brand",
        "label",
    ];
    const POSSESSIVES: [&str; 10] = [
        "his", "her", "its", "their", "sa", "son", "su", "sua", "seine", "ihre",
    ];
    // Demonstratives and small numbers before the noun: "ces deux amendes", "these fines",
    // "die beiden Strafen", "queste multe".
    const BEFORE_NOUN: [&str; 28] = [
        "this", "these", "that", "those", "both", "two", "ce", "cet", "cette", "ces", "deux",
        "este", "esta", "estos", "estas", "dos", "duas", "diese", "dieser", "diesen", "beiden",
        "zwei", "questa", "queste", "questo", "questi", "due", "essa",
    ];
    // Asking for a decision is a demand, not an answer to one: "la Procura chiede una
    // condanna", "réclame une amende", "fordert eine Strafe".
    const DEMANDS: [&str; 16] = [
        "demand", "request", "seek", "sought", "call", "reclam", "exig", "requi", "solicit", "pid",
        "ped", "chied", "fordert", "verlang", "beantrag", "asked",
    ];
    let lx = lexicon();
    let t = s.tokens;
    let starts = |stems: &[&str]| {
        t[k..k + n]
            .iter()
            .any(|x| stems.iter().any(|d| x.key.starts_with(d)))
    };
    let calls = cue == Cue::Say && starts(&CALL);
    if !(cue == Cue::Accuse || calls) || starts(&DEMANDS) {
        return false;
    }
    t.iter()
        .enumerate()
        .skip(k + n)
        .take(4)
        .find(|(_, x)| {
            !(lx.is_determiner_or_article(&x.key)
                || x.key == "a"
                || POSSESSIVES.contains(&x.key.as_str())
                || BEFORE_NOUN.contains(&x.key.as_str()))
        })
        .is_some_and(|(i, x)| {
            !t[k + n..=i].iter().any(|y| y.break_before) && lx.is_decision(&x.key)
        })
}

/// Whether the words a verb of saying at `k` (`n` words) reports open on a decision: "said
/// the fine was an attack", "a estimé que l'amende était injuste", "sagte, die Strafe sei
/// ungerecht". Whoever is not the one who decided speaks of it to answer it.
pub(super) fn reports_on_a_decision(s: &Sentence, k: usize, n: usize) -> bool {
    const THAT: [&str; 5] = ["that", "que", "qu", "che", "dass"];
    let lx = lexicon();
    let t = s.tokens;
    // The reported words open after "that" when a time or place comes first ("said on
    // Saturday that the fine …"), else right after the verb.
    let from = (k + n..(k + n + 5).min(t.len()))
        .find(|&i| THAT.contains(&t[i].key.as_str()))
        .map_or(k + n, |i| i + 1);
    t.iter()
        .skip(from)
        .take(3)
        .find(|x| !lx.is_determiner_or_article(&x.key))
        .is_some_and(|x| lx.is_decision(&x.key))
}

/// Whether the cue at `k` stands in a condition opening the sentence, before its first comma
/// ("Si ese recurso es rechazado, …", "If the appeal is dismissed, …"). Italian and Portuguese
/// "se" is a condition too; Spanish "se" is the reflexive ("Se declaró culpable").
pub(super) fn conditional(s: &Sentence, k: usize, lang: Lang) -> bool {
    let t = s.tokens;
    let opens = match t.first().map(|x| x.key.as_str()) {
        Some("if" | "si" | "wenn" | "falls" | "qualora" | "caso") => true,
        Some("se") => matches!(lang, Lang::It | Lang::Pt),
        _ => false,
    };
    opens && !t[1..=k.min(t.len() - 1)].iter().any(|x| x.break_before)
}

/// Whether the cue at `k` (`n` words) is negated: a "not" within three words before it with no
/// comma between, or right after it, outside quotations ("has not yet formally rejected", "ne
/// poursuit pas", "kommentierte nicht").
pub(super) fn negated(s: &Sentence, k: usize, n: usize) -> bool {
    let t = s.tokens;
    // "A Blue Anode não comentou", "n'a pas commenté", "has not rejected": no claim made.
    const NOT: [&str; 8] = ["not", "never", "nao", "no", "non", "nicht", "pas", "jamais"];
    let negated = |i: usize| {
        t.get(i)
            .is_some_and(|x| NOT.contains(&x.key.as_str()) && !s.in_quote(i))
    };
    // "has not yet formally rejected", "ne poursuit pas": within three words, no comma between.
    let before = (1..=3)
        .any(|d| k >= d && negated(k - d) && !t[k - d + 1..=k].iter().any(|x| x.break_before));
    let after = t.get(k + n).is_some_and(|x| !x.break_before) && negated(k + n);
    before || after
}

/// Whether the cue at `k` is told as not done yet: "La giudice non ha ancora fissato la data",
/// "has not yet ruled", "n'a pas encore tranché", "todavía no ha decidido", "ainda não
/// decidiu", "hat noch nicht entschieden". A decision to come is no ruling. With no cue (`k`
/// past the end), anywhere outside quotations.
pub(super) fn not_yet(s: &Sentence, k: usize) -> bool {
    const NOT: [&str; 6] = ["not", "nao", "no", "non", "nicht", "pas"];
    const YET: [&str; 6] = ["yet", "ancora", "encore", "noch", "todavia", "ainda"];
    let t = s.tokens;
    let (from, to) = if k < t.len() {
        (k.saturating_sub(4), k)
    } else {
        (0, t.len())
    };
    (from..to).any(|i| {
        YET.contains(&t[i].key.as_str())
            && !s.in_quote(i)
            && (i.saturating_sub(2)..(i + 3).min(t.len())).any(|j| NOT.contains(&t[j].key.as_str()))
            && (k >= t.len() || !t[i + 1..=k].iter().any(|x| x.break_before))
    })
}

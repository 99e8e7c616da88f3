//! The third-person forms of regular verbs, so that the claim lexicon can list a reporting verb
//! once, as its infinitive, and still read the form a writer chose ("qualifiées", "avançou",
//! "sottolineano", "calificaron"). Forms are folded as the tokenizer folds words (lower case, no
//! accents), which also merges forms that differ only by an accent ("déclare", "déclaré").

/// The forms of `lemma` (folded) in conjugation `class`: present, simple past, imperfect and
/// the participle in every gender and number, third person singular and plural. An unknown
/// class, or a lemma without its class's ending, gives nothing.
pub fn forms(class: &str, lemma: &str) -> Vec<String> {
    let (ending, suffixes): (&str, &[&str]) = match class {
        "fr_er" => (
            "er",
            &["e", "ent", "ee", "es", "ees", "ait", "aient", "a", "erent"],
        ),
        "es_ar" => (
            "ar",
            &[
                "a", "an", "o", "aron", "aba", "aban", "ado", "ada", "ados", "adas",
            ],
        ),
        "es_ir" => ("ir", &["e", "en", "io", "ieron", "ia", "ian", "ido", "ida"]),
        "it_are" => (
            "are",
            &[
                "a", "ano", "o", "arono", "ava", "avano", "ato", "ata", "ati", "ate",
            ],
        ),
        "it_isc" => (
            "ire",
            &[
                "isce", "iscono", "i", "irono", "iva", "ivano", "ito", "ita", "iti",
            ],
        ),
        "pt_ar" => (
            "ar",
            &["a", "am", "ou", "aram", "ava", "avam", "ado", "ada"],
        ),
        "pt_er" => ("er", &["e", "em", "eu", "eram", "ia", "iam", "ido", "ida"]),
        "pt_ir" => ("ir", &["e", "em", "iu", "iram", "ia", "iam", "ido", "ida"]),
        "en" => return english(lemma),
        _ => return Vec::new(),
    };
    let Some(stem) = lemma.strip_suffix(ending).filter(|s| !s.is_empty()) else {
        return Vec::new();
    };
    suffixes.iter().map(|s| format!("{stem}{s}")).collect()
}

/// "state" → "states", "stated", "stating"; "deny" → "denies", "denied", "denying"; "stress"
/// → "stresses", "stressed", "stressing". The gerund tells the claim of the clause's subject
/// ("Apple spent the hearing arguing that …"). Verbs that double their last consonant ("rebut")
/// are listed in full instead.
fn english(lemma: &str) -> Vec<String> {
    if let Some(stem) = lemma.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return vec![
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ];
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        return vec![
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        ];
    }
    let s = if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        "es"
    } else {
        "s"
    };
    vec![
        format!("{lemma}{s}"),
        format!("{lemma}ed"),
        format!("{lemma}ing"),
    ]
}

#[cfg(test)]
mod tests {
    use super::forms;

    fn has(class: &str, lemma: &str, form: &str) -> bool {
        forms(class, lemma).iter().any(|f| f == form)
    }

    #[test]
    fn romance_classes_give_their_third_persons_and_participles() {
        assert!(has("fr_er", "qualifier", "qualifiees"));
        assert!(has("fr_er", "avancer", "avancent"));
        assert!(has("es_ar", "calificar", "calificaron"));
        assert!(has("es_ir", "insistir", "insistio"));
        assert!(has("it_are", "sottolineare", "sottolineano"));
        assert!(has("it_isc", "ribadire", "ribadisce"));
        assert!(has("pt_ar", "avancar", "avancou"));
        assert!(has("pt_er", "defender", "defendeu"));
        assert!(has("pt_ir", "garantir", "garantiu"));
    }

    #[test]
    fn english_forms_follow_the_spelling_rules() {
        assert_eq!(forms("en", "state"), ["states", "stated", "stating"]);
        assert_eq!(forms("en", "deny"), ["denies", "denied", "denying"]);
        assert_eq!(forms("en", "stress"), ["stresses", "stressed", "stressing"]);
        assert_eq!(forms("en", "add"), ["adds", "added", "adding"]);
    }

    #[test]
    fn a_lemma_without_its_class_ending_or_an_unknown_class_gives_nothing() {
        assert!(forms("fr_er", "dire").is_empty());
        assert!(forms("de", "sagen").is_empty());
    }
}

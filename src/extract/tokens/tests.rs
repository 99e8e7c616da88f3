use super::*;

fn words(text: &str) -> Vec<(&str, Shape)> {
    tokenize(text, &[0])
        .into_iter()
        .map(|t| (&text[t.start..t.end], t.shape))
        .collect()
}

/// The words of `text` whose token passes `test`.
fn words_where(text: &str, test: fn(&Token) -> bool) -> Vec<&str> {
    tokenize(text, &[0])
        .iter()
        .filter(|x| test(x))
        .map(|x| &text[x.start..x.end])
        .collect()
}

/// Words inside an address are small, whatever their capitals; the words around it keep
/// theirs, before, between and after several addresses.
#[test]
fn words_inside_addresses_are_small() {
    let text = "Veja https://a.pt/Contactos.Novos e Quintara \
                mailto:x@y.pt?subject=Sair.Ja Velmora pic.twitter.com/Qxyrbtw \
                (bit.ly/Korvan) Foto Lena Varga/Agência Brasil";
    assert_eq!(
        words_where(text, |x| x.shape == Shape::Capitalized),
        [
            "Veja", "Quintara", "Velmora", "Foto", "Lena", "Varga", "Agência", "Brasil"
        ]
    );
}

#[test]
fn shapes() {
    use Shape::*;
    assert_eq!(
        words("L’analyste chez D.A. Davidson, xAI et OpenAI GmbH à 14.3 IBM Jean-Luc"),
        [
            ("L’", Capitalized),
            ("analyste", Lower),
            ("chez", Lower),
            ("D.A.", Initials),
            ("Davidson", Capitalized),
            ("xAI", Mixed),
            ("et", Lower),
            ("OpenAI", Mixed),
            ("GmbH", Mixed),
            ("à", Lower),
            ("14.3", Number),
            ("IBM", AllCaps),
            ("Jean-Luc", Capitalized),
        ]
    );
    // The plural of an acronym is a common noun.
    assert_eq!(
        words("SCCs NGOs UBS"),
        [("SCCs", Lower), ("NGOs", Lower), ("UBS", AllCaps)]
    );
}

#[test]
fn elisions_possessives_and_suffix_dots() {
    let t = "Mercor’s rival l’échelle AI and Kestrel Aerial Systems Inc. sued O’Brien.";
    let w: Vec<&str> = words(t).into_iter().map(|(w, _)| w).collect();
    assert_eq!(
        w,
        [
            "Mercor",
            "rival",
            "l’",
            "échelle",
            "AI",
            "and",
            "Kestrel",
            "Aerial",
            "Systems",
            "Inc.",
            "sued",
            "O’Brien"
        ]
    );
    let toks = tokenize(t, &[0]);
    assert!(toks[2].elided && !toks[3].break_before);
    assert_eq!(toks[9].key, "inc.");
}

/// Italian writers often set a space after an elision: "dell' Economia" elides all the same,
/// and the word after follows unbroken; a closing quote after another word stays a break.
#[test]
fn an_elision_with_a_space_after_it_still_elides() {
    let t = "il ministro dell' Economia e l' Antitrust, e il suo 'voto' finale.";
    let toks = tokenize(t, &[0]);
    let at = |w: &str| toks.iter().position(|x| &t[x.start..x.end] == w).unwrap();
    assert!(toks[at("dell'")].elided && !toks[at("Economia")].break_before);
    assert!(toks[at("l'")].elided && !toks[at("Antitrust")].break_before);
    assert!(!toks[at("voto")].elided);
}

#[test]
fn sentence_and_quote_initials_and_breaks() {
    let t = "Il a dit : « Nous partons », puis Mercor, Google et Meta.";
    assert_eq!(words_where(t, |x| x.initial), ["Il", "Nous"]);
    assert_eq!(
        words_where(t, |x| x.break_before),
        ["Il", "Nous", "puis", "Google"]
    );
    // A single quote opens one too; an apostrophe inside a word does not.
    let t = "He said, 'Justice is not political,' and O'Brien's team agreed.";
    assert_eq!(words_where(t, |x| x.initial), ["He", "Justice"]);
}

#[test]
fn a_capitalised_titles_dot_opens_no_sentence() {
    let t = "Agradecemos ao Dr. Ruy Tavelo e ao Prof. Lena Orvaz. Ela veio.";
    assert_eq!(words_where(t, |x| x.initial), ["Agradecemos", "Ela"]);
}

#[test]
fn an_ampersand_between_spaces_is_a_word_and_joins() {
    let t = "Vendel & Pike and AT&T, R&D & more";
    let w: Vec<&str> = words(t).into_iter().map(|(w, _)| w).collect();
    assert_eq!(
        w,
        ["Vendel", "&", "Pike", "and", "AT&T", "R&D", "&", "more"]
    );
    let toks = tokenize(t, &[0]);
    assert!(!toks[1].break_before && !toks[2].break_before);
    assert_eq!(toks[1].shape, Shape::Lower);
}

#[test]
fn an_arabic_article_with_its_hyphen_keeps_the_name_capitalised() {
    assert_eq!(shape("al-Assad"), Shape::Capitalized);
    assert_eq!(shape("el-Sisi"), Shape::Capitalized);
    // A brand's small opening stays a brand's.
    assert_eq!(shape("eBay"), Shape::Mixed);
    assert_eq!(shape("al-qaida"), Shape::Lower);
}

/// Two sentences that lost the space between them ("Euro.Der") are two words, the second
/// opening its sentence; initials, a short abbreviation and a host stay whole.
#[test]
fn a_full_stop_glued_to_the_next_sentence_parts_the_words() {
    let text = "rund 4 Milliarden Euro.Der Konzern in St.Gallen, J.R. Tolkien und quintara.com";
    let ws: Vec<&str> = words(text).into_iter().map(|(w, _)| w).collect();
    assert!(ws.contains(&"Euro") && ws.contains(&"Der"), "{ws:?}");
    assert!(
        ws.contains(&"St.Gallen") && ws.contains(&"quintara.com"),
        "{ws:?}"
    );
    let der = tokenize(text, &[0])
        .into_iter()
        .find(|t| &text[t.start..t.end] == "Der");
    assert!(
        der.is_some_and(|t| t.break_before),
        "the glued word opens a sentence"
    );
}

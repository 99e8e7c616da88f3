use super::*;

#[test]
fn every_listed_word_passes_its_filter() {
    // A filter that turned a listed word away would silently change the lists.
    for (list, bits) in [
        (
            GIVEN_FAKER.iter().copied().collect::<Vec<_>>(),
            &GIVEN_FAKER_FILTER[..],
        ),
        (
            SURNAMES_FAKER.iter().copied().collect(),
            &SURNAMES_FAKER_FILTER[..],
        ),
        (PLACES.iter().copied().collect(), &PLACES_FILTER[..]),
        (COMMON.keys().copied().collect(), &COMMON_FILTER[..]),
        (COMMON_FOLDED.keys().copied().collect(), &COMMON_FILTER[..]),
    ] {
        assert!(list.len() > 1000);
        assert!(list.iter().all(|w| filter::may_hold(bits, w)));
    }
    // And it turns most other words away, or it saves nothing.
    let strangers = (0..10_000).map(|i| format!("qzx{i}vw"));
    let passed = strangers
        .filter(|w| filter::may_hold(&COMMON_FILTER, w))
        .count();
    assert!(passed < 300, "{passed} of 10,000 strangers passed");
}

#[test]
fn without_end_is_strip_suffix() {
    for (word, end) in [
        ("irlandesa", "esa"),
        ("irlandesa", "a"),
        ("irlandesa", ""),
        ("esa", "irlandesa"),
        ("Ärzte", "e"),
        ("italiano", "ana"),
        ("façade", "çade"),
    ] {
        assert_eq!(
            without_end(word, end),
            word.strip_suffix(end),
            "{word} - {end}"
        );
    }
}

#[test]
fn lists_load_and_answer() {
    let lx = lexicon();
    assert!(lx.is_common_in("échelle", Lang::Fr));
    assert!(lx.is_common("theft"));
    assert!(!lx.is_common("google"), "written by every press: a name");
    assert!(!lx.is_common("mercor"));
    assert!(lx.is_given_name("Joe") && lx.is_given_name("jose") && lx.is_given_name("José"));
    assert!(lx.is_place("Californie") && lx.is_place("états-unis"));
    assert!(lx.org_suffixes.contains("gmbh") && lx.org_suffixes.contains("s.p.a."));
    assert!(lx.is_role_word("porte-parole") && !lx.is_role_word("mercor"));
    assert_eq!(fold("Échelle’s"), "echelle's");
    for plural in [
        "entreprises",
        "companies",
        "konzerne",
        "aziende",
        "empresas",
        "gruppi",
    ] {
        assert!(lx.is_org_word(plural), "{plural}");
    }
    assert!(!lx.is_org_word("analysts"));
    assert!(lx.is_article("della", Lang::It) && lx.is_article("zum", Lang::De));
    assert!(!lx.is_article("da", Lang::It) && lx.is_article("da", Lang::Pt));
}

//! What a headline, a wire's credit line and an event's name wrap around a name: a word shouted
//! in capitals, a body's acronym set beside it, the agency's writers, a tournament. Each class
//! seen on real coverage, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_found_as, dossier, mentions, row_of, rows_with};

/// A headline shouts a word in capitals after the name ("… FINALLY resigns") or a country's
/// possessive before it ("ITALY'S disgraced chief …"): neither is part of a name.
#[test]
fn a_word_shouted_in_a_headline_is_no_part_of_a_name() {
    let d = dossier(&[(
        "en.txt",
        "Marco Vellani FINALLY resigns as federation chief\n\n\
         ITALY'S disgraced football chief Marco Vellani has finally resigned. Vellani said on \
         Monday that he would fight on in court.\n",
    )]);
    assert_eq!(rows_with(&d, ""), ["Marco Vellani"]);
    assert_found_as(&d, &["Marco Vellani"], EntityKind::Person);
}

/// German sets a body's acronym beside its name, with no bracket: "der Europäischen
/// Ruder-Union ERFU". The acronym is the body's, and both are one row.
#[test]
fn an_acronym_set_beside_a_bodys_name_is_the_same_body() {
    let d = dossier(&[(
        "de.txt",
        "Der Verband\n\n\
         Vellani ist auch Vizepräsident der Europäischen Ruder-Union ERFU. Die ERFU äußerte sich \
         am Montag nicht zu den Vorwürfen.\n",
    )]);
    let union = row_of(&d, "ERFU");
    assert_eq!(row_of(&d, "Europäischen Ruder-Union"), union);
    assert!(
        rows_with(&d, "Union ERFU").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
}

/// A wire's credit line names its writers and editors, who are no party to the story.
#[test]
fn the_writers_of_a_wire_credit_line_are_no_rows() {
    let d = dossier(&[(
        "en.txt",
        "Federation chief suspended\n\n\
         Marco Vellani said on Monday that he would appeal against the suspension.\n\n\
         Writing by Tomas Brecken; Editing by Ulla Farnsworth and Kip Harlowe\n",
    )]);
    assert_eq!(rows_with(&d, ""), ["Marco Vellani"]);
}

/// A tournament is no body: "the Women's World Cup" (whose "Women" is no name either), "i
/// Mondiali di Calcio di Sidney".
#[test]
fn a_tournament_is_no_row() {
    let d = dossier(&[
        (
            "en.txt",
            "The kiss\n\n\
             A member of Spain's Women's National Team said the kiss was not consensual. The \
             row overshadowed the Women's World Cup medal ceremony, Marco Vellani said.\n",
        ),
        (
            "it.txt",
            "Il bacio\n\n\
             La nazionale ha vinto i Mondiali di Calcio di Sidney. Marco Vellani ha chiesto \
             scusa.\n",
        ),
    ]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(
        !texts
            .iter()
            .any(|t| t == "Women" || t.starts_with("Mondiali")),
        "{texts:?}"
    );
    assert_found_as(&d, &["Marco Vellani"], EntityKind::Person);
}

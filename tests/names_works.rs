//! Works (films, series, books) and the labels of trials, which name no party: a title named by
//! a performer's word before or after it, and two names joined into one by a hyphen. Each class
//! reproduced with invented names.

mod support;

use support::{dossier, rows_with};

/// A title quoted after a performer's word and its preposition ("dell'attore dei ‘Brume del
/// Nord’"), or a title right before a performer's word ("the Quellmark actress"), is a work.
#[test]
fn a_title_beside_a_performers_word_is_a_work() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nLa giuria ha dato ragione a Dario Kovel: 15 milioni di dollari a favore \
             dell’attore dei ‘Brume del Nord’.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe Quellmark actress Lena Varga was found liable on all three counts. A \
             petition asks the studio to remove Varga from Quellmark.\n",
        ),
    ]);
    assert!(rows_with(&d, "Brume").is_empty(), "{:?}", rows_with(&d, ""));
    assert!(
        rows_with(&d, "Quellmark").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(rows_with(&d, "Varga"), vec!["Lena Varga"]);
}

/// "the Lena Varga-Dario Kovel trial": two names the dossier writes apart, joined by a hyphen,
/// are the label of their trial, no third person; a hyphen inside one name stays.
#[test]
fn two_names_joined_by_a_hyphen_are_no_third_party() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe verdict in the Lena Varga-Dario Kovel defamation trial was reached on \
         Wednesday. Lena Varga lost; Dario Kovel won. Ana-Rosa Kovel, his daughter, watched.\n",
    )]);
    let mut rows = rows_with(&d, "");
    rows.sort();
    assert_eq!(rows, vec!["Ana-Rosa Kovel", "Dario Kovel", "Lena Varga"]);
}

/// A team's name before "star" stays the team's: "the Quellmark star Dario Kovel" names a club,
/// not a work.
#[test]
fn a_name_before_star_is_no_work() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe Quellmark star Dario Kovel was suspended on Monday. Quellmark said it would \
         appeal, and Quellmark fans protested.\n",
    )]);
    assert_eq!(rows_with(&d, "Quellmark"), vec!["Quellmark"]);
}

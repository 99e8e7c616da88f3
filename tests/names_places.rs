//! Places in real news are never people or companies, nor the short form of one: each class
//! seen on real coverage and benchmarks, reproduced with invented names.

mod support;

use support::{dossier, mentions};

/// A club or a court named after its place: the place alone stays the place's ("London" of
/// "London Irish", "U.S." of "U.S. Supreme Court").
#[test]
fn a_place_opening_an_organization_is_not_its_short_form() {
    let d = dossier(&[(
        "a.txt",
        "Rugby results\n\n\
         Lisbon Wanderers beat Harrowfield Rovers 21-13 on Saturday before a full ground.\n\n\
         The coach of Lisbon Wanderers, Tomas Quellberg, said the team had grown since May.\n\n\
         The match in Lisbon drew more supporters than any other this season, officials said.\n\n\
         Quellberg flew back to Lisbon on Sunday, where the club will hold its annual meeting.\n\n\
         Lawyers for Brandvale Corp. said the U.S. Supreme Court would hear the case in March.\n\n\
         Trade between the U.S. and its neighbours rose in the second quarter, figures showed.\n",
    )]);
    let found = mentions(&d);
    assert!(
        found.iter().any(|(t, _)| t == "Lisbon Wanderers"),
        "the club is found: {found:?}"
    );
    for place in ["Lisbon", "U.S."] {
        assert!(
            !found.iter().any(|(t, _)| t == place),
            "{place} alone is a place, not a name: {found:?}"
        );
    }
}

/// A short form inside a longer run of capitalised words is part of another name or of an
/// event ("World" of "World Series" in "the World Cup"; "Union" in "RUGBY UNION"), not its
/// bearer.
#[test]
fn a_short_form_inside_a_longer_capitalised_run_is_not_a_mention() {
    let d = dossier(&[(
        "a.txt",
        "Brightwater under pressure\n\n\
         Brightwater Holdings Ltd. said on Monday that it would contest the fine in court.\n\n\
         Brightwater said the regulator had misread the accounts of the last three years.\n\n\
         Crowds filled the harbour for the Brightwater Cup, a race older than the company.\n",
    )]);
    let found = mentions(&d);
    assert!(
        found.iter().filter(|(t, _)| t == "Brightwater").count() == 2,
        "only the Brightwaters that stand alone are the company: {found:?}"
    );
}

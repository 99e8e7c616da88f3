//! German bodies as the press names them: an adjective written with its capital opens the name
//! ("der Internationale Bund"), "für" and a noun go on with it ("Gerichtshof für
//! Menschenrechte"), the genitive is the same body ("des Europäischen Parlaments"), and a noun
//! after the body's acronym is the sentence's. Each class seen on real coverage, reproduced
//! with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_found_as, dossier, found, row_of, rows_with};

/// German writes its adjectives small: one with its capital after an article, mid-sentence,
/// opens a body's name met once; not a role ("der Vorländische Präsident"), nor a headline run
/// into the text with no article before it.
#[test]
fn a_capitalised_german_adjective_opens_a_bodys_name() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nAm Montag hat der Vorländische Gerichtshof für Menschenrechte die Klage von \
         Quintara abgewiesen. Die Nordische Landesbank hatte zuvor gezahlt, und der \
         Internationale Bund für Sozialarbeit protestierte. Am Dienstag sprach der Vorländische \
         Präsident in Berlin.\n\n\
         Sturz auf der Flucht Mutmaßlicher Taschendieb sprang über das Geländer, wie die Polizei \
         mitteilte.\n",
    )]);
    let rows = rows_with(&d, "");
    assert_found_as(
        &d,
        &[
            "Vorländische Gerichtshof für Menschenrechte",
            "Nordische Landesbank",
            "Internationale Bund für Sozialarbeit",
        ],
        EntityKind::Organization,
    );
    assert!(
        rows.iter()
            .all(|r| !r.contains("Präsident") && !r.contains("Taschendieb")),
        "{rows:?}"
    );
}

/// A German federal office and "für" its field is one name ("das Bundesamt für
/// Datensicherheit"), and its genitive in another article is the same body as its English
/// name ("des Europäischen Parlaments", "the European Parliament").
#[test]
fn a_german_offices_field_and_genitive_belong_to_it() {
    let d = dossier(&[
        (
            "de.txt",
            "Titel\n\nAm Montag hat das Bundesamt für Datensicherheit vor Quintara gewarnt. Die \
             Abgeordneten des Europäischen Parlaments forderten eine Untersuchung.\n",
        ),
        (
            "en.txt",
            "Title\n\nOn Monday, members of the European Parliament called for an inquiry into \
             Quintara. The hearing continues next week.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert_eq!(
        found(&d, "Bundesamt für Datensicherheit"),
        Some(EntityKind::Organization),
        "{rows:?}"
    );
    assert_eq!(
        row_of(&d, "Europäischen Parlaments"),
        row_of(&d, "European Parliament"),
        "{rows:?}"
    );
}

/// A body, its acronym, then a noun of the sentence: "beim Vorländischen Schiedsgericht VSG
/// Beschwerde eingelegt". The noun is no part of the name.
#[test]
fn a_german_noun_after_a_bodys_acronym_is_the_sentences() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDie Agentur hat am Samstag beim Vorländischen Schiedsgericht VSG Beschwerde \
         gegen den Freispruch eingelegt, wie sie mitteilte.\n",
    )]);
    let rows = rows_with(&d, "");
    assert!(rows.iter().all(|r| !r.contains("Beschwerde")), "{rows:?}");
}

/// A German body of one word, then the sentence's object with its capital: two names ("hat
/// das Bundeskartellamt Quintara eine Strafe auferlegt"); a court and its town stay one
/// ("das Landgericht Offenburg").
#[test]
fn a_german_body_then_its_object_are_two_names() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nAm Montag hat das Bundeskartellamt Quintara eine Strafe auferlegt, und das \
         Landgericht Offenburg hat die Klage abgewiesen.\n",
    )]);
    let rows = rows_with(&d, "");
    assert!(
        rows.iter().all(|r| *r != "Bundeskartellamt Quintara"),
        "{rows:?}"
    );
    assert_eq!(
        found(&d, "Bundeskartellamt"),
        Some(EntityKind::Organization),
        "{rows:?}"
    );
    assert_eq!(
        found(&d, "Landgericht Offenburg"),
        Some(EntityKind::Organization),
        "{rows:?}"
    );
}

/// A body's compound after an adjective with its capital is its name ("der Deutsche
/// Fußball-Bund"), and the same body declined ("des Deutschen Tennis-Bundes", "dem
/// Internationalen Schachverband") is one row with it.
#[test]
fn a_bodys_compound_after_its_adjective_is_one_row_in_every_case() {
    let text = "Der Vorländische Tennis-Bund hat Beschwerde eingelegt, und der Internationale \
                Schachverband schloss sich an. Der Präsident des Vorländischen Tennis-Bundes, \
                Reinhold Kestner, wies die Vorwürfe des Internationalen Schachverbandes zurück.";
    let d = dossier(&[(
        "de.txt",
        &format!("{text}\n\nDie Verhandlung wird fortgesetzt. {text}\n"),
    )]);
    assert_found_as(
        &d,
        &["Vorländische Tennis-Bund", "Vorländischen Tennis-Bundes"],
        EntityKind::Organization,
    );
    assert_eq!(
        row_of(&d, "Vorländische Tennis-Bund"),
        row_of(&d, "Vorländischen Tennis-Bundes")
    );
    assert_eq!(
        row_of(&d, "Internationale Schachverband"),
        row_of(&d, "Internationalen Schachverbandes")
    );
    assert_eq!(found(&d, "Reinhold Kestner"), Some(EntityKind::Person));
}

/// German quotes an English body's name as it is: "die Bank of Arvelia", "die University of
/// Tressfeld" are whole names, not a German noun and a place.
#[test]
fn an_english_bodys_name_with_of_is_whole_in_german() {
    let de = "Vantrox und die Bank of Arvelia stritten, und die University of Tressfeld klagte, \
              sagte Anna Kolbe.";
    let d = dossier(&[(
        "de.txt",
        &format!("{de}\n\nDie Verhandlung geht weiter. {de}\n"),
    )]);
    assert_found_as(
        &d,
        &["Bank of Arvelia", "University of Tressfeld"],
        EntityKind::Organization,
    );
}

//! People the press of sport and celebrity names its own way: a generation after the name, a
//! business role before it, the employer glued before it, "al" between a player and a club, a
//! stage name beside the full name and its variants. Seen on real coverage of a transfer case
//! and a singer's tax trial, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{dossier, found, row_of, rows_with};

/// "Filho", "Júnior", "Sobrinho" after a name make it a person's, however common the words;
/// a given name of the lists before the generation is the surname there, and the word before
/// it no descriptor ("Orlandino Maia Sobrinho", Maia being a given name too).
#[test]
fn a_generation_after_a_name_makes_it_a_persons() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nSegundo a acusação, o pagamento foi aprovado por Odilon Ramalho Filho em \
         2013, e pelo seu sócio, Orlandino Maia Sobrinho, em 2014.\n",
    )]);
    assert_eq!(found(&d, "Odilon Ramalho Filho"), Some(EntityKind::Person));
    assert_eq!(
        found(&d, "Orlandino Maia Sobrinho"),
        Some(EntityKind::Person)
    );
}

/// A businessman, a tycoon, an "empresário": a role of a person in every language.
#[test]
fn a_business_role_before_a_name_says_a_person() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nO empresário Delcir Manga, dono do grupo, acusou o clube de fraude.\n",
    )]);
    assert_eq!(found(&d, "Delcir Manga"), Some(EntityKind::Person));
}

/// "el jugador del PSG Tavinho", "el dirigente del Santos Odilon Ramalho": after a role and its
/// preposition, the employer the dossier names alone elsewhere (or an acronym), then the
/// person. A foundation named after a person keeps the name ("della Fondazione Anna Rossi").
#[test]
fn an_employer_glued_before_a_person_after_a_role_is_not_the_name() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nEl fiscal acusó al jugador del PSG Tavinho de fraude y al dirigente del \
             Santos Odilon Ramalho de estafa.\n\nAyer el Santos negó todo. Según la fiscalía, \
             Tavinho cobró.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nHa parlato la presidente della Fondazione Anna Rossi, nata nel 1990.\n",
        ),
    ]);
    assert_eq!(found(&d, "Tavinho"), Some(EntityKind::Person));
    assert_eq!(found(&d, "Odilon Ramalho"), Some(EntityKind::Person));
    assert!(rows_with(&d, "PSG Tavinho").is_empty());
    assert!(rows_with(&d, "Santos Odilon").is_empty());
    assert_eq!(
        found(&d, "Fondazione Anna Rossi"),
        Some(EntityKind::Organization)
    );
}

/// Italian and Spanish "al" (to the) between a player and a club, or two clubs, joins no
/// name; after a given name it is an Arabic name's article.
#[test]
fn al_between_a_player_and_a_club_joins_no_name() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nIl trasferimento di Tavinho al Barcellona fu pagato dal Santos al \
         Barcellona nel 2013, secondo Tavinho.\n\nIl presidente Bashar al Asad ha parlato con \
         Tavinho.\n",
    )]);
    assert!(
        rows_with(&d, " al Barcellona").is_empty(),
        "{:?}",
        d.entities
    );
    assert_eq!(found(&d, "Tavinho"), Some(EntityKind::Person));
    assert_eq!(found(&d, "Bashar al Asad"), Some(EntityKind::Person));
}

/// A singer the press calls by one name, named in full with one or two surnames and a slip
/// of a doubled letter: one row.
#[test]
fn a_stage_name_its_full_name_and_their_variants_are_one_row() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLa chanteuse Lirana Isabel Mebarol Ripol a payé sa dette. Selon la \
             presse, Lirana a payé.\n\nLa star Lirana Mebarol nie tout, et les avocats de \
             Lirana parlent.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl juez citó a Lirana Isabel Mebarol Ripoll el lunes, y luego a Lirana \
             otra vez.\n",
        ),
    ]);
    let row = row_of(&d, "Lirana Mebarol");
    for form in [
        "Lirana",
        "Lirana Isabel Mebarol Ripol",
        "Lirana Isabel Mebarol Ripoll",
    ] {
        assert_eq!(row_of(&d, form), row, "{form}: {:?}", d.entities);
    }
}

/// A case or a second team numbered after a name ("el caso Tavinho II", "Vilbel II") does not
/// take the name alone, which stays the person's.
#[test]
fn a_name_with_a_numeral_does_not_take_the_name_alone() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nEl juez archivó el caso Tavinho II el lunes. El delantero Tavinho dijo que \
         Tavinho nunca cobró, y los abogados de Tavinho lo repitieron.\n",
    )]);
    assert_eq!(found(&d, "Tavinho"), Some(EntityKind::Person));
    assert_ne!(row_of(&d, "Tavinho"), row_of(&d, "Tavinho II"));
}

/// A show named after its noun is a work, no party ("the show The Stage"); a currency's short
/// sign before its amount is no name ("Rs 1,94,000").
#[test]
fn a_show_and_a_currency_sign_are_no_parties() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nShe will also pay a fine of 24 million euros (Rs 1,94,37,68,415), money she \
         earned on tour and on the show The Stage, prosecutors said.\n",
    )]);
    assert!(rows_with(&d, "Rs").is_empty(), "{:?}", d.entities);
    assert!(rows_with(&d, "Stage").is_empty(), "{:?}", d.entities);
}

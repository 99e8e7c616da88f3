//! A person the press calls by one name ("the singer Corinna") and names in full once
//! ("Corinna Maribel Otxoa Ferrand"): one row, and the one name is a mention in every article,
//! not only in those that give the full name. Seen on real coverage of a singer's trial.

mod support;

use dossier::model::EntityKind;
use support::{PARA, dossier, rows_with};

fn singer_dossier() -> dossier::model::Dossier {
    dossier(&[
        (
            "a.txt",
            &format!(
                "Singer on trial\n\n{PARA}\n\nThe prosecution asks eight years for Corinna \
                 Maribel Otxoa Ferrand, a singer. The charges were denied by Corinna on Monday.\n"
            ),
        ),
        (
            "b.txt",
            &format!(
                "Deal in court\n\n{PARA}\n\nThe lawyers of Corinna met the judge. Fans waited for \
                 Corinna outside, and a friend of Corinna spoke to reporters.\n"
            ),
        ),
        (
            "c.txt",
            &format!(
                "Verdict\n\n{PARA}\n\nThe court fined Corinna on Tuesday, and the lawyers said \
                 Corinna would pay.\n"
            ),
        ),
    ])
}

#[test]
fn a_one_word_name_before_the_full_name_is_part_of_it() {
    let d = singer_dossier();
    let rows = rows_with(&d, "Corinna");
    assert_eq!(rows.len(), 1, "one row: {:?}", d.entities);
    let row = d.entities.iter().find(|e| e.name == rows[0]).unwrap();
    assert_eq!(row.kind, EntityKind::Person);
    // Named as the press calls her, six times to the full name's once; the full name stays.
    assert_eq!(row.name, "Corinna");
    assert!(
        row.aliases
            .iter()
            .any(|a| a == "Corinna Maribel Otxoa Ferrand"),
        "{row:?}"
    );
}

#[test]
fn the_one_word_name_is_a_mention_in_every_article() {
    let d = singer_dossier();
    let e = d
        .entities
        .iter()
        .find(|e| e.aliases.iter().any(|a| a.contains("Otxoa")))
        .expect("the singer is found");
    for a in &d.articles {
        assert!(
            e.mentions.iter().any(|m| m.article == a.id),
            "{} mentions the singer: {:?}",
            a.id,
            e.mentions
        );
    }
}

#[test]
fn a_descriptor_before_a_full_name_is_still_cut_off() {
    // A word the dossier does not write alone stays a descriptor ("Queenslander Daniel Herbert").
    let d = dossier(&[(
        "a.txt",
        &format!("{PARA}\n\nThe Glenmorrian Daniel Herbert won the race on Sunday.\n"),
    )]);
    assert!(
        d.entities.iter().any(|e| e.name == "Daniel Herbert"),
        "{:?}",
        d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn the_prosecution_of_a_town_is_the_prosecution_of_the_case() {
    // "Fiscalía de Sevilla", "Staatsanwaltschaft Sevilla" and "die Staatsanwaltschaft": one row.
    let d = dossier(&[
        (
            "a.txt",
            &format!(
                "Caso Quintero\n\n{PARA}\n\nLa Fiscalía de Sevilla pide ocho años de prisión para la cantante.\n"
            ),
        ),
        (
            "b.txt",
            &format!(
                "Fall Quintero\n\n{PARA}\n\nIm Juli hat die Staatsanwaltschaft Sevilla offiziell \
                 Anklage erhoben. Die Staatsanwaltschaft fordert acht Jahre Haft.\n"
            ),
        ),
    ]);
    let rows = rows_with(&d, "Fiscal");
    assert_eq!(rows.len(), 1, "{:?}", d.entities);
    let row = d.entities.iter().find(|e| e.name == rows[0]).unwrap();
    assert!(
        row.aliases
            .iter()
            .any(|a| a == "Staatsanwaltschaft Sevilla"),
        "{row:?}"
    );
}

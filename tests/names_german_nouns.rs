//! German writes every noun with a capital: a rare noun met once is no name. Each class seen on
//! real coverage, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_mentioned, dossier, found, mentions, rows_with};

/// A noun after an adjective in its strong form, with no article ("schweres Geschütz",
/// "erfolgreicher Mandant"), is a noun; a name after an adverb that ends so stays a name
/// ("ferner Ruiz").
#[test]
fn a_german_noun_after_a_strong_adjective_is_not_a_name() {
    let d = dossier(&[(
        "de.txt",
        "Der Anwalt Tilo Brandauer fährt schweres Geschütz auf. Er vertritt den Gärtner, seinen \
         erfolgreicher Mandant aus dem ersten Prozess. Im Team sind ferner Okafor und Brandauer.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for junk in ["Geschütz", "Mandant"] {
        assert!(!texts.iter().any(|t| t == junk), "{junk} found: {texts:?}");
    }
    assert_eq!(found(&d, "Okafor"), Some(EntityKind::Person));
}

/// German "das" is the article, not Portuguese "das" (of the): "vom Gericht das Geschäft mit
/// Tablets" holds no name "Gericht das Geschäft".
#[test]
fn a_german_article_after_an_institution_word_joins_nothing() {
    let d = dossier(&[(
        "de.txt",
        "Quintara bemängelt unter anderem, dass vom Gericht das Geschäft mit Tablets als eigener \
         Markt betrachtet wurde. Die Firma Quintara will dagegen vorgehen.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t.contains("Geschäft")), "{texts:?}");
    assert!(found(&d, "Quintara").is_some(), "{texts:?}");
}

/// A capitalised word met only in German, each time after an article, a determiner or an
/// inflected adjective ("der Kieselgur", "verunreinigtem Kieselgur"), is a noun the word lists
/// lack, however often it is met; a company named bare beside it stays.
#[test]
fn a_word_always_used_as_a_noun_is_no_name() {
    let d = dossier(&[(
        "de.txt",
        "Die Klägerin wirft dem Hersteller Velmora vor, über Jahrzehnte Risiken verschwiegen zu \
         haben.\n\nEin Sprecher erklärte, der Kieselgur des Produkts erfülle alle Vorschriften. \
         Velmora habe seit Jahren von verunreinigtem Kieselgur gewusst, sagen die Anwälte. Die \
         Klage betrifft Artikel, die das Kieselgur enthalten.\n",
    )]);
    assert_eq!(found(&d, "Kieselgur"), None);
    assert!(found(&d, "Velmora").is_some());
}

/// A word met once beside "und" and a noun that an adjective or an article shows to be one
/// ("von maßloser Gier und Hybris") is a noun too.
#[test]
fn a_word_coordinated_with_a_noun_in_use_is_no_name() {
    let d = dossier(&[(
        "de.txt",
        "Die Richterin sagte, das Handeln des Gründers sei von maßloser Gier und Hybris \
         geprägt gewesen. Sein Verteidiger Jonas Berkhahn will in Berufung gehen.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t == "Hybris"), "{texts:?}");
    assert!(found(&d, "Jonas Berkhahn").is_some(), "{texts:?}");
}

/// The noun in use may follow: "von Hybris und der Gier".
#[test]
fn a_word_coordinated_with_a_noun_after_it_is_no_name() {
    let d = dossier(&[(
        "de.txt",
        "Die Richterin sagte, sein Handeln sei von Hybris und der Gier geprägt gewesen. Sein \
         Verteidiger Jonas Berkhahn will in Berufung gehen.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t == "Hybris"), "{texts:?}");
    assert!(found(&d, "Jonas Berkhahn").is_some(), "{texts:?}");
}

/// German names a body's country in the genitive after it ("in der ersten Liga Spaniens"): the
/// country is no part of the body's name.
#[test]
fn a_countrys_genitive_after_a_bodys_noun_is_no_part_of_its_name() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nEr pfiff zwischen 1977 und 1992 in der ersten Liga Spaniens. Die Liga hat \
         Anzeige erstattet.\n\nAuch die Liga Spaniens äußerte sich \
         nicht.\n",
    )]);
    assert!(found(&d, "Liga Spaniens").is_none());
    assert!(
        rows_with(&d, "Spaniens").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
}

/// A town's adjective before a noun only places the body ("die Brüsseler Behörde", "die
/// Dresdner Behörde" of Dresden): no row of its own beside the body's name.
#[test]
fn a_towns_adjective_before_a_noun_is_no_name() {
    let text = "Die Brüsseler Behörde verhängte eine Strafe gegen Vantrox, sagte Anna Kolbe. \
                Die Dresdner Behörde schwieg.";
    let d = dossier(&[(
        "de.txt",
        &format!("{text}\n\nDie Verhandlung wird fortgesetzt. {text}\n"),
    )]);
    assert_mentioned(&d, "Anna Kolbe");
    let rows = rows_with(&d, "");
    assert!(
        rows.iter()
            .all(|r| !r.contains("Behörde") && !r.contains("Brüsseler")),
        "{rows:?}"
    );
}

/// Two German nouns joined by "von" are no noble's name ("wegen unrechtmäßiger Nutzung von
/// Inhalten"); a given name before "von" still opens one ("Richard von Weilstein").
#[test]
fn two_nouns_joined_by_von_are_no_name() {
    let de = "Quintara steht vor Klagen wegen unrechtmäßiger Nutzung von Inhalten, sagte \
              Richard von Weilstein.";
    let d = dossier(&[(
        "de.txt",
        &format!("{de}\n\nDie Verhandlung geht weiter. {de}\n"),
    )]);
    assert!(
        rows_with(&d, "Nutzung").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(found(&d, "Richard von Weilstein"), Some(EntityKind::Person));
}

/// A compound whose head has an abstract noun's ending is a noun, whether or not the word lists
/// hold it: "Musikstreaming-Abonnements", "Daten-Verarbeitungen".
#[test]
fn a_compound_with_an_abstract_head_is_a_noun() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDie Kommission wirft dem Konzern vor, höhere Preise für \
         Musikstreaming-Abonnements durchgesetzt zu haben. Auch Cloud-Verarbeitungen seien \
         betroffen, sagte Lena Harwig.\n",
    )]);
    assert_eq!(rows_with(&d, ""), ["Lena Harwig"]);
}

/// German "zu" before a noun is the preposition of a sentence ("verurteilte … zu Haftstrafen"),
/// not a noble's particle: the name ends before it.
#[test]
fn zu_before_a_noun_ends_the_name() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDas Landgericht verurteilte Jonas Jeltrup zu Bewährungsstrafen und Jens Halvert \
         zu Geldstrafen.\n",
    )]);
    let mut rows = rows_with(&d, "");
    rows.sort();
    assert_eq!(rows, ["Jens Halvert", "Jonas Jeltrup"]);
}

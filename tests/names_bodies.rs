//! Courts, prosecutors and federations as the press of six languages names them: the name
//! runs on through its words in small letters, and one body is one row whatever the language
//! or the country's form. Each class seen on real coverage, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_found_as, dossier, found, row_of, rows_with};

/// A court named in each language, its country as a name ("du Brésil", "de Brasil") or as its
/// people's word ("suizo", "Brazilian"), and the court's fields in small letters ("pénal
/// fédéral", "penale federale"), or compounded in one German word.
fn courts() -> dossier::model::Dossier {
    dossier(&[
        (
            "fr.txt",
            "Le procès de Marc Dubrel s'achève\n\n\
             Le Tribunal pénal fédéral a acquitté vendredi l'ancien président de la \
             fédération, Marc Dubrel, et son adjoint Pierre Lanvay. La Cour suprême du Brésil \
             a confirmé un autre jugement.\n\n\
             Le Ministère public de la Confédération peut faire appel.\n",
        ),
        (
            "it.txt",
            "Assolti Dubrel e Lanvay\n\n\
             Il Tribunale penale federale ha assolto venerdì l'ex presidente Marc Dubrel e il \
             suo vice Pierre Lanvay. La Corte suprema del Brasile aveva deciso altrimenti.\n\n\
             Il Ministero pubblico della Confederazione può ricorrere.\n",
        ),
        (
            "es.txt",
            "Absueltos Dubrel y Lanvay en Suiza\n\n\
             El Tribunal Penal Federal suizo absolvió este viernes a Marc Dubrel y a Pierre \
             Lanvay. La Corte Suprema de Brasil ya había fallado.\n\n\
             La Fiscalía de la Confederación puede recurrir la sentencia.\n",
        ),
        (
            "de.txt",
            "Freispruch für Dubrel\n\n\
             Das Bundesstrafgericht in Bellinzona hat Marc Dubrel und Pierre Lanvay \
             freigesprochen.\n\n\
             Die Bundesanwaltschaft kann gegen das Urteil Berufung einlegen.\n",
        ),
        (
            "en.txt",
            "Court acquits Dubrel\n\n\
             Switzerland's Federal Criminal Court on Friday acquitted Marc Dubrel and Pierre \
             Lanvay. The Brazilian Supreme Court had ruled otherwise.\n",
        ),
    ])
}

#[test]
fn a_court_is_one_row_whatever_the_language_and_the_countrys_form() {
    let d = courts();
    let federal = row_of(&d, "Federal Criminal Court");
    for form in [
        "Tribunal pénal fédéral",
        "Tribunale penale federale",
        "Tribunal Penal Federal suizo",
        "Bundesstrafgericht",
    ] {
        assert_eq!(row_of(&d, form), federal, "{form}");
    }
    let supreme = row_of(&d, "Brazilian Supreme Court");
    for form in [
        "Cour suprême du Brésil",
        "Corte suprema del Brasile",
        "Corte Suprema de Brasil",
    ] {
        assert_eq!(row_of(&d, form), supreme, "{form}");
    }
    assert_ne!(federal, supreme);
    assert_eq!(
        found(&d, "Bundesanwaltschaft"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_prosecutors_office_named_as_a_public_ministry_is_one_row() {
    let d = courts();
    let office = row_of(&d, "Ministère public de la Confédération");
    assert_eq!(
        row_of(&d, "Ministero pubblico della Confederazione"),
        office
    );
    assert_eq!(row_of(&d, "Fiscalía de la Confederación"), office);
    assert_eq!(d.entities[office].kind, EntityKind::Organization);
}

#[test]
fn a_headlines_first_word_before_a_surname_is_no_part_of_the_name() {
    let d = courts();
    assert!(
        rows_with(&d, "Absueltos").is_empty(),
        "{:?}",
        rows_with(&d, "Absueltos")
    );
    assert_eq!(found(&d, "Marc Dubrel"), Some(EntityKind::Person));
}

#[test]
fn a_bodys_name_goes_on_in_small_letters_through_its_country_and_its_purpose() {
    let d = dossier(&[
        (
            "fr.txt",
            "La fédération suspend son président\n\n\
             La Fédération espagnole de football a suspendu Luis Garvel. Le Conseil européen \
             pour la protection des données a publié un avis.\n",
        ),
        (
            "it.txt",
            "Sospeso Garvel\n\n\
             La Federcalcio spagnola ha sospeso il presidente Luis Garvel. L'Agenzia nazionale \
             per le telecomunicazioni ha ordinato il blocco della rete. Il giudice ha vietato \
             all'ex presidente della Federcalcio spagnola di avvicinarsi alla calciatrice.\n",
        ),
        (
            "pt.txt",
            "Suspenso o presidente\n\n\
             Luis Garvel, presidente da Real Federação Espanhola de Futebol, foi suspenso. Já a \
             Federação Espanhola se colocou ao lado do seu mandatário.\n",
        ),
    ]);
    // The short form lies inside the federation's every other form, which are one by then.
    assert_eq!(
        row_of(&d, "Federação Espanhola"),
        row_of(&d, "Real Federação Espanhola de Futebol")
    );
    assert_eq!(
        row_of(&d, "Federação Espanhola"),
        row_of(&d, "Fédération espagnole de football")
    );
    // A verb with its pronoun after "di" is no part of the name.
    assert!(rows_with(&d, "avvicinarsi").is_empty());
    assert_eq!(
        found(&d, "Agenzia nazionale per le telecomunicazioni"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        found(&d, "Conseil européen pour la protection des données"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        row_of(&d, "Fédération espagnole de football"),
        row_of(&d, "Federcalcio spagnola")
    );
    // Only an abstract noun after its article is the body's purpose: a charge is not.
    let charge = dossier(&[(
        "fr.txt",
        "Condamné\n\n\
         Marc Dubrel a été condamné par le Tribunal pour corruption, et le Tribunal pour la \
         deuxième fois a refusé sa demande.\n",
    )]);
    assert!(
        rows_with(&charge, "corruption").is_empty() && rows_with(&charge, "fois").is_empty(),
        "{:?}",
        charge.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_body_in_small_letters_then_a_persons_name_parts_them() {
    let d = dossier(&[(
        "fr.txt",
        "Élections\n\n\
         Le chef du Parti national britannique Nicolas Garvel a perdu son siège.\n",
    )]);
    assert_eq!(found(&d, "Nicolas Garvel"), Some(EntityKind::Person));
}

#[test]
fn a_bodys_acronym_written_as_a_word_in_brackets_is_that_body() {
    let d = dossier(&[(
        "it.txt",
        "Multa a Ferronova\n\n\
         L'Autorità garante della vigilanza (Agvb) ha inflitto una sanzione a Ferronova Servizi. \
         Secondo l'Agvb, la società avrebbe ostacolato i concorrenti.\n",
    )]);
    assert_eq!(
        row_of(&d, "Autorità garante della vigilanza"),
        row_of(&d, "Agvb")
    );
}

#[test]
fn a_numbered_court_keeps_its_number() {
    let d = dossier(&[(
        "es.txt",
        "Juez cita a Garvel\n\n\
         La fiscalía ha pedido al titular del Juzgado Central de Instrucción Número 1 que Luis \
         Garvel comparezca cada quince días. El Juzgado de Instrucción número 4 archivó otra \
         causa contra él.\n",
    )]);
    assert_eq!(
        found(&d, "Juzgado Central de Instrucción Número 1"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        found(&d, "Juzgado de Instrucción número 4"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_court_by_its_city_is_the_one_court_of_that_city_the_dossier_names() {
    let d = dossier(&[
        (
            "en.txt",
            "Verdict in Lyon\n\n\
             On Monday the Lyon Criminal Court found Claire Vendome guilty of embezzlement. \
             He said, 'Justice is not political,' as he left.\n",
        ),
        (
            "pt.txt",
            "Vendome condenada\n\n\
             Claire Vendome foi hoje condenada pelo Tribunal de Lyon. \"A presidente (do \
             tribunal, NDLR) foi clara\", disse o advogado.\n",
        ),
    ]);
    assert_eq!(
        row_of(&d, "Tribunal de Lyon"),
        row_of(&d, "Lyon Criminal Court")
    );
    // An editor's note and a quotation's first word are no names.
    assert!(rows_with(&d, "NDLR").is_empty());
    assert!(rows_with(&d, "Justice").is_empty());
}

#[test]
fn the_commission_as_the_press_calls_it_is_the_commission() {
    let d = dossier(&[
        (
            "es.txt",
            "Multa a Brixel\n\n\
             La Comisión Europea multó a Brixel. El Ejecutivo comunitario está listo para \
             defender su caso.\n",
        ),
        (
            "it.txt",
            "Multa a Brixel\n\n\
             L'esecutivo comunitario ha multato Brixel per abuso di posizione dominante.\n",
        ),
    ]);
    assert_eq!(
        row_of(&d, "Ejecutivo comunitario"),
        row_of(&d, "Comisión Europea")
    );
    assert_eq!(rows_with(&d, "Ejecutivo").len(), 1);
}

/// A court named by the word after its noun ("el Supremo" of "el Tribunal Supremo") is that
/// court, one row; a name the press writes alone more often than after a noun stays its own.
#[test]
fn a_court_by_its_qualifier_alone_is_the_court() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nEl Tribunal Supremo admitió el recurso de Velmora S.A. el martes.\n\n\
         Velmora recurrirá ante el Supremo la sentencia de marzo.\n",
    )]);
    assert_eq!(rows_with(&d, "Supremo"), vec!["Tribunal Supremo"]);
}

/// The press's short names for the European Parliament ("la Eurocámara", "l'Eurocamera", "das
/// Europaparlament") are the institution, one row with its full names.
#[test]
fn the_european_parliaments_short_names_are_the_institution() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nLa Eurocámara suspendió a la vicepresidenta Ilona Marakis.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nL'Eurocamera ha revocato l'immunità di Ilona Marakis.\n",
        ),
        (
            "de.txt",
            "Titel\n\nDas Europaparlament hob die Immunität von Ilona Marakis auf.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe European Parliament stripped Ilona Marakis of her post.\n",
        ),
    ]);
    assert_eq!(rows_with(&d, "Euro"), vec!["European Parliament"]);
    let row = &d.entities[row_of(&d, "European Parliament")];
    assert_eq!(row.mentions.len(), 4, "{:?}", row.aliases);
}

/// An investigating judge's court by its number and town, as each language writes it
/// ("Juzgado de Instrucción número 3 de Vellano", "Tribunal de Instrução número 3 de Vellano",
/// "Tribunale Numero 3 di Vellano", "Examining Court"): one court. Another number is another
/// court.
#[test]
fn a_numbered_investigating_court_is_one_row_across_languages() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nEl Juzgado de Instrucción número 3 de Vellano citó al club. El Juzgado \
             de Instrucción número 5 de Vellano archivó otra causa.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO Tribunal de Instrução número 3 de Vellano ouviu o clube.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nIl Tribunale Numero 3 di Vellano ha convocato il club.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe order of the Examining Court number 3 of Vellano was published.\n",
        ),
    ]);
    let rows = rows_with(&d, "3");
    assert_eq!(rows.len(), 1, "{:?}", rows_with(&d, ""));
    assert_eq!(
        row_of(&d, "Tribunale Numero 3 di Vellano"),
        row_of(&d, "Tribunal de Instrução número 3 de Vellano")
    );
    assert_ne!(
        row_of(&d, "Juzgado de Instrucción número 5 de Vellano"),
        row_of(&d, "Tribunale Numero 3 di Vellano")
    );
}

/// A German court or office is named with its town, in any case ("das Landgericht
/// Offenburg", "des Verwaltungsgerichts Freiburg", "das Arbeitsamt Wiesbaden"): one body,
/// though the town's name ends as a noun does ("-burg").
#[test]
fn a_german_court_with_its_town_is_one_body() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nGestern hat das Landgericht Offenburg entschieden. Ein Sprecher des \
         Verwaltungsgerichts Freiburg bestätigte den Eingang der Klage. Das Arbeitsamt \
         Wiesbaden reagierte mit Befremden.\n",
    )]);
    for body in [
        "Landgericht Offenburg",
        "Verwaltungsgerichts Freiburg",
        "Arbeitsamt Wiesbaden",
    ] {
        assert_eq!(found(&d, body), Some(EntityKind::Organization), "{body}");
    }
}

/// An acronym in brackets after a person's name is their party or employer, met once or
/// more: "Landrat Uwe Brettschneider (CDU)".
#[test]
fn an_acronym_in_brackets_after_a_name_is_an_organization() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nLandrat Uwe Brettschneider (CDU) wies die Vorwürfe zurück: Man habe nach \
         Recht und Gesetz gehandelt, sagte er am Dienstag in Wendlingen.\n",
    )]);
    assert_eq!(found(&d, "CDU"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Uwe Brettschneider"), Some(EntityKind::Person));
}

/// A body's name that opens with a hyphened people's word goes on to the body's word ("the
/// Inter-American Court of Human Rights"), and is one row with its translation.
#[test]
fn a_hyphened_peoples_word_opens_a_bodys_name() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nThe lawyer said he would take the case to the Inter-American Court of \
             Human Rights, as the Franco-Lebanese businessman had done.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO advogado disse que vai recorrer à Corte Interamericana de Direitos \
             Humanos.\n",
        ),
    ]);
    let rows = rows_with(&d, "Inter-American Court of Human Rights");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows_with(&d, "Corte Interamericana"), rows);
}

/// A body's name written in capitals past its noun is whole: the small words after it are the
/// sentence's ("davanti al Tribunale Regionale Penale dell'accusa di frode"), while a name in
/// small words goes on ("la Corte d'appello").
#[test]
fn a_capitalised_body_name_takes_no_small_words_after_it() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nGli ex dirigenti dovranno rispondere davanti al Tribunale Regionale Penale \
         dell'accusa di frode fiscale, versata nel 2019. La Corte d'appello di Valdora ha \
         respinto il ricorso.\n",
    )]);
    let rows = rows_with(&d, "Tribunale");
    assert_eq!(rows, vec!["Tribunale Regionale Penale"]);
    assert_eq!(rows_with(&d, "Corte").len(), 1, "{:?}", rows_with(&d, ""));
    assert!(
        rows_with(&d, "Corte")[0].starts_with("Corte d"),
        "{:?}",
        rows_with(&d, "")
    );
}

/// A body named with its town in one language and with its country or nation in another is
/// one body where the dossier seats no other of its kind elsewhere in that country ("Haute
/// Cour de Londres", "Tribunal Superior da Inglaterra"; "Corte Federale di Melbourne", "Cour
/// fédérale australienne"); courts of two towns of one country stay two.
#[test]
fn a_body_seated_in_a_town_and_in_its_country_is_one() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLa Haute Cour de Londres a rejeté la demande de la société Varnholt. La \
             Cour fédérale australienne avait déjà tranché. Le Tribunal de Paris et le Tribunal \
             de Nanterre examinent deux autres plaintes.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO Tribunal Superior da Inglaterra rejeitou o pedido da Varnholt.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLa Corte Federale di Melbourne ha respinto il ricorso della Varnholt.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    let holding = |part: &str| rows_with(&d, part).len();
    assert_eq!(holding("Londres"), 1, "{rows:?}");
    assert_eq!(
        rows_with(&d, "Londres"),
        rows_with(&d, "Inglaterra"),
        "{rows:?}"
    );
    assert_eq!(
        rows_with(&d, "Melbourne"),
        rows_with(&d, "australienne"),
        "{rows:?}"
    );
    assert_ne!(
        rows_with(&d, "Paris"),
        rows_with(&d, "Nanterre"),
        "{rows:?}"
    );
    assert_eq!(holding("Paris"), 1, "{rows:?}");
    assert_eq!(holding("Nanterre"), 1, "{rows:?}");
}

/// A rank before a body's word opens its name in the Romance languages, met once: "o Superior
/// Tribunal de Justiça", "la Suprema Corte degli Stati Uniti", "le Haut Conseil".
#[test]
fn a_rank_before_a_bodys_word_opens_its_name() {
    let d = dossier(&[
        (
            "pt.txt",
            "Título\n\nNa segunda-feira, o Superior Tribunal de Justiça rejeitou o recurso da \
             Varnholt.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLunedì la Suprema Corte degli Stati Uniti ha respinto il ricorso della \
             Varnholt.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLundi, le Haut Conseil de la concurrence a rejeté la demande de \
             Varnholt.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &[
            "Superior Tribunal de Justiça",
            "Suprema Corte degli Stati Uniti",
            "Haut Conseil de la concurrence",
        ],
        EntityKind::Organization,
    );
}

/// The state's bodies as each press names them once, mid-sentence: a German federal body
/// after its article ("hat der Bundesgerichtshof"), a Portuguese body's word hyphened to
/// "Geral" ("a Procuradoria-Geral da República"), a guard corps ("la Guardia Civil"), and a
/// French name that goes on in small words past its complement ("l'Autorité des marchés
/// financiers", "le Parquet national financier").
#[test]
fn state_bodies_named_once_mid_sentence_are_found_whole() {
    let d = dossier(&[
        (
            "de.txt",
            "Titel\n\nAm Montag hat der Bundesgerichtshof die Revision der Varnholt AG verworfen, \
             wie aus einer Mitteilung hervorgeht.\n",
        ),
        (
            "pt.txt",
            "Título\n\nNa segunda-feira, a Procuradoria-Geral da República denunciou a Varnholt, \
             segundo um comunicado publicado no seu site.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl lunes, la Guardia Civil registró la sede de Varnholt, según un \
             comunicado publicado en su página web.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLundi, l'Autorité des marchés financiers a sanctionné Varnholt et le \
             Parquet national financier a ouvert une enquête, selon un communiqué publié hier \
             soir.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &[
            "Bundesgerichtshof",
            "Procuradoria-Geral da República",
            "Guardia Civil",
            "Autorité des marchés financiers",
            "Parquet national financier",
        ],
        EntityKind::Organization,
    );
}

/// English puts a body's word before the state or the field it serves, and the name is found
/// met once: "the Supreme Court of Canada", "the High Court of Australia".
#[test]
fn an_english_bodys_word_before_of_and_its_state_makes_a_name() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nOn Monday, the Supreme Court of Canada rejected the appeal, and the High \
         Court of Australia heard another one. The hearing continues next week.\n",
    )]);
    let rows = rows_with(&d, "");
    for name in ["Supreme Court of Canada", "High Court of Australia"] {
        assert_eq!(
            found(&d, name),
            Some(EntityKind::Organization),
            "{name}: {rows:?}"
        );
    }
}

/// English calls many councils a board, and a court's number may be written as a word: one
/// row for "European Data Protection Board" and "Conseil européen de la protection des
/// données", one for "Court of Instruction Number One" and "Juzgado de Instrucción número 1".
#[test]
fn a_board_and_a_council_or_a_number_and_its_figure_are_one_body() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nOn Monday, the European Data Protection Board ordered Quintara to pay a \
             fine, and the Vorsay Court of Instruction Number One opened a case against \
             Quintara.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLundi, le Conseil européen de la protection des données a ordonné à \
             Quintara de payer une amende.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl lunes, el Juzgado de Instrucción número 1 de Vorsay abrió una causa \
             contra Quintara.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert_eq!(
        row_of(&d, "European Data Protection Board"),
        row_of(&d, "Conseil européen de la protection des données"),
        "{rows:?}"
    );
    assert_eq!(
        row_of(&d, "Vorsay Court of Instruction Number One"),
        row_of(&d, "Juzgado de Instrucción número 1 de Vorsay"),
        "{rows:?}"
    );
}

/// An acronym in brackets after a body named as part of another is the other's: "Comité
/// Técnico de Árbitros da Federação Vorlandesa de Futebol (FVF)" gives the federation its
/// letters, not the committee.
#[test]
fn a_bracketed_acronym_of_the_body_a_name_is_part_of_is_that_bodys() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nO antigo vice-presidente do Comité Técnico de Árbitros da Federação \
         Vorlandesa de Futebol (FVF) foi acusado. A FVF não comentou o caso, segundo um \
         comunicado publicado no seu site.\n",
    )]);
    let rows = rows_with(&d, "");
    assert_ne!(
        row_of(&d, "FVF"),
        row_of(
            &d,
            "Comité Técnico de Árbitros da Federação Vorlandesa de Futebol"
        ),
        "{rows:?}"
    );
}

/// A body's complement goes on through an Italian adjective in the plural ("Consiglio nazionale
/// per le relazioni sindacali"), and stops at a locution's noun ("ce Parlement du côté de la
/// loi" is the Parliament).
#[test]
fn a_complement_takes_plural_adjectives_and_stops_at_a_locution() {
    let it = "Il Consiglio nazionale per le relazioni sindacali ha respinto il ricorso di Marta \
              Vellani.";
    let fr = "Les responsables trouveront ce Parlement du côté de la loi, a dit Anna Kolbe.";
    let d = dossier(&[
        ("it.txt", &format!("{it}\n\nL'udienza continua. {it}\n")),
        ("fr.txt", &format!("{fr}\n\nL'audience reprendra. {fr}\n")),
    ]);
    assert_found_as(
        &d,
        &["Consiglio nazionale per le relazioni sindacali"],
        EntityKind::Organization,
    );
    let rows = rows_with(&d, "");
    assert!(rows.iter().all(|r| !r.contains("côté")), "{rows:?}");
}

/// "In" and a field with its capital go on with a body's complement ("Agencia Internacional para
/// la Integridad en el Ajedrez"); a town after it is where the body sits, not its name.
#[test]
fn a_complements_field_after_in_belongs_to_the_body() {
    let es = "La Agencia Internacional para la Integridad en el Ajedrez (AIIA) sancionó a Tomás \
              Verlander, y el Tribunal de Arbitraje de Ginebra en Madrid lo confirmó.";
    let d = dossier(&[("es.txt", &format!("{es}\n\nLa vista continuará. {es}\n"))]);
    assert_found_as(
        &d,
        &["Agencia Internacional para la Integridad en el Ajedrez"],
        EntityKind::Organization,
    );
    let rows = rows_with(&d, "");
    assert!(rows.iter().all(|r| !r.ends_with("Madrid")), "{rows:?}");
}

/// An institution's word alone ("la Federación") in an article that does not name the body in
/// full is the one body the dossier's other articles of its language name so.
#[test]
fn an_institutions_word_alone_is_the_one_body_its_language_names_so() {
    let d = dossier(&[
        (
            "a_es.txt",
            "Título\n\nLa Real Federación Valdoriana de Remo respaldó a su presidente, Marco \
             Vellani.\n",
        ),
        (
            "b_es.txt",
            "Título\n\nEl comité suspendió a Vellani de su cargo al frente de la Federación \
             durante tres meses.\n",
        ),
    ]);
    assert!(
        rows_with(&d, "").iter().all(|r| *r != "Federación"),
        "{:?}",
        rows_with(&d, "")
    );
    let body = row_of(&d, "Real Federación Valdoriana de Remo");
    assert_eq!(row_of(&d, "Federación"), body);
}

/// The prosecution named by its noun ("la Fiscalía", "le parquet", "die Staatsanwaltschaft")
/// is the one office the dossier names by that noun and its seat.
#[test]
fn the_prosecution_by_its_noun_is_the_one_office_named_with_its_seat() {
    let d = dossier(&[
        (
            "a_es.txt",
            "Título\n\nLa Fiscalía de la Audiencia Provincial de Vellano ha presentado una querella \
             contra Marco Vellani. La Fiscalía pide dos años de cárcel.\n",
        ),
        (
            "b_es.txt",
            "Título\n\nLa Fiscalía solicitaba para Marco Vellani dos años de prisión.\n",
        ),
        (
            "c_fr.txt",
            "Titre\n\nLe parquet a demandé deux ans de prison contre Marco Vellani.\n",
        ),
    ]);
    let office = rows_with(&d, "Fiscalía");
    assert_eq!(
        office,
        ["Fiscalía de la Audiencia Provincial de Vellano"],
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(
        row_of(&d, "Le parquet"),
        row_of(&d, "Fiscalía de la Audiencia Provincial de Vellano")
    );
}

/// The Commission goes by its initials ("the EC") and, in the Italian press, by its
/// competition role ("l'Antitrust Ue"): one row.
#[test]
fn the_commission_by_its_initials_and_its_competition_role_is_one_row() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nThe European Commission fined Orlyx 1.8 billion euros. The EC said Orlyx had \
             abused its position for a decade, and the EC ordered it to stop.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nL'Antitrust Ue ha deciso una multa record contro Orlyx. Orlyx farà \
             ricorso.\n",
        ),
    ]);
    let commission = row_of(&d, "European Commission");
    assert_eq!(row_of(&d, "EC"), commission);
    assert_eq!(row_of(&d, "Antitrust Ue"), commission);
}

/// The Portuguese, Italian and Spanish press write a famous acronym as a word ("a Fifa e a
/// Uefa"): the same body as the "FIFA" of elsewhere, named as most write it.
#[test]
fn an_acronym_written_as_a_word_is_the_same_body() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nFIFA suspended Marco Vellani for ninety days. FIFA said the UEFA vice \
             president must not contact the player. UEFA did not comment.\n",
        ),
        (
            "pt.txt",
            "Título\n\n\"Ele mudou a comunicação da federação com a Fifa e a Uefa\", disse Ana \
             Quelhas.\n",
        ),
    ]);
    assert_eq!(row_of(&d, "Fifa"), row_of(&d, "FIFA"));
    assert_eq!(row_of(&d, "Uefa"), row_of(&d, "UEFA"));
    assert!(
        rows_with(&d, "").contains(&"FIFA"),
        "{:?}",
        rows_with(&d, "")
    );
}

/// "and the" before a second body's name in capitals parts two bodies ("the European Court of
/// Arbitration and the European Tariff Board"), where the second noun of one complement closes
/// the name ("de los Mercados y la Competencia").
#[test]
fn and_the_before_another_bodys_name_parts_two_bodies() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nFor more than a decade the company has simply ignored the rulings of the \
         European Court of Arbitration and the European Tariff Board, said Tomas Verlaine, \
         who brought the complaint.\n",
    )]);
    assert_found_as(
        &d,
        &["European Court of Arbitration", "European Tariff Board"],
        EntityKind::Organization,
    );
    assert!(
        rows_with(&d, " and the ").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    let d = dossier(&[(
        "es.txt",
        "Título\n\nLa Comisión Nacional de los Mercados y la Competencia multó a Veltron. \
         El Banco do Ardel e a República de Angola firmaron.\n",
    )]);
    assert_eq!(
        found(&d, "Comisión Nacional de los Mercados y la Competencia"),
        Some(EntityKind::Organization)
    );
    assert!(
        rows_with(&d, "República").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
}

/// A court named in full and then without the kind of court after its word ("Tribunal de
/// Apelaciones del Noveno Circuito", "Tribunal del Noveno Circuito") is one row.
#[test]
fn a_body_named_without_its_kind_is_the_body_named_in_full() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nEl Tribunal de Apelaciones del Noveno Circuito confirmó la sentencia contra \
         Veltron. El Tribunal del Noveno Circuito rechazó después el recurso de Veltron.\n",
    )]);
    assert_eq!(
        row_of(&d, "Tribunal de Apelaciones del Noveno Circuito"),
        row_of(&d, "Tribunal del Noveno Circuito")
    );
}

/// A body's former name after its name, a comma and "formerly" ("Velaqua, antes FIRA", "Orbix,
/// formerly Quellnet") is the same body: one row.
#[test]
fn a_bodys_former_name_after_formerly_is_the_same_body() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nLa Federación de Remo (Velaqua, antes FIRA) aceptó la explicación. La FIRA \
             no sancionó a nadie. Velaqua lo confirmó después.\n",
        ),
        (
            "en.txt",
            "Title\n\nOrbix, formerly Quellnet, said it would appeal. Quellnet had denied the \
             claims in 2021, and Orbix repeated the denial on Monday.\n",
        ),
    ]);
    assert_eq!(row_of(&d, "Velaqua"), row_of(&d, "FIRA"));
    assert_eq!(row_of(&d, "Orbix"), row_of(&d, "Quellnet"));
}

/// "ex" before a club after another is a coach's former club, not the first club's former name
/// ("l'allenatore del Velmonte, ex Orbica"): two clubs.
#[test]
fn a_former_club_after_ex_is_another_club() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nL'allenatore del Velmonte, ex Orbica, ha parlato. Il Velmonte ha vinto e \
         l'Orbica ha perso. Velmonte e Orbica giocano a marzo.\n",
    )]);
    assert_ne!(row_of(&d, "Velmonte"), row_of(&d, "Orbica"));
}

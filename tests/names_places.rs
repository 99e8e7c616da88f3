//! Places in real news are never people or companies, nor the short form of one; institutions
//! are one name in full and one row across languages. Each class seen on real coverage and
//! benchmarks, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_mentioned, assert_no_mention, dossier, found, mentions, rows_with};

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
    assert_mentioned(&d, "Lisbon Wanderers");
    for place in ["Lisbon", "U.S."] {
        assert_no_mention(&d, place, |t| t == place);
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

/// One regulator named in each language, with its country as a place ("de Irlanda"), as its
/// people's word ("Irlandesa") or as "the country" ("del país"), is one row.
#[test]
fn one_regulator_in_several_languages_with_its_country_is_one_row() {
    let d = dossier(&[
        (
            "en.txt",
            "Regulator fines Tessaly\n\nThe Data Protection Commission fined Tessaly Systems on \
             Monday for moving records abroad.\n",
        ),
        (
            "es.txt",
            "Multa a Tessaly\n\nLa Comisión de Protección de Datos de Irlanda multó a Tessaly \
             Systems el lunes.\n\nLa Comisión de Protección de Datos del país dijo que la \
             empresa había ignorado las advertencias.\n",
        ),
        (
            "pt.txt",
            "Multa à Tessaly\n\nA Comissão Irlandesa de Proteção de Dados multou a Tessaly \
             Systems na segunda-feira.\n",
        ),
    ]);
    let mut rows = rows_with(&d, "Prote");
    rows.extend(rows_with(&d, "Commission"));
    rows.sort_unstable();
    rows.dedup();
    assert_eq!(rows.len(), 1, "one row for the regulator: {rows:?}");
}

/// A local court named by its town ("el juzgado de Villaverde de Almar", "im Amtsgericht von
/// …"): the town is a place wherever it stands, not a person.
#[test]
fn the_town_of_a_local_court_is_a_place() {
    let d = dossier(&[(
        "es.txt",
        "Juicio aplazado\n\nLa cantante Marisela Quintero declaró ante el juzgado de \
         Villaverde de Almar por videoconferencia.\n\nEl titular del juzgado de instrucción 2 \
         de Villaverde de Almar aplazó la vista.\n\nQuintero volverá a Villaverde de Almar en \
         mayo.\n",
    )]);
    assert_mentioned(&d, "Marisela Quintero");
    assert_no_mention(&d, "Villaverde", |t| t.contains("Villaverde"));
}

/// A country glued before a person's full name ("della capitale Usa Amit Verlan") is not part
/// of the name.
#[test]
fn a_place_glued_before_a_full_name_is_not_part_of_it() {
    let d = dossier(&[(
        "it.txt",
        "Sentenza su Tessaly\n\nLo ha deciso il giudice federale della capitale Usa Amit P. \
         Verlan, che ha ascoltato le parti per dieci settimane.\n\nVerlan ha fissato una nuova \
         udienza per marzo.\n",
    )]);
    assert_mentioned(&d, "Amit P. Verlan");
    assert_no_mention(&d, "Usa", |t| t.starts_with("Usa"));
}

/// A ministry's department in English and Spanish is one row ("Department of Justice",
/// "Departamento de Justicia").
#[test]
fn a_department_in_two_languages_is_one_row() {
    let d = dossier(&[
        (
            "en.txt",
            "Tessaly sued\n\nThe Department of Justice sued Tessaly Systems on Monday, saying it \
             had shut rivals out of the market.\n",
        ),
        (
            "es.txt",
            "Demanda contra Tessaly\n\nEl Departamento de Justicia demandó el lunes a Tessaly \
             Systems por cerrar el mercado a sus rivales.\n",
        ),
    ]);
    let rows = rows_with(&d, "Depart");
    assert_eq!(rows.len(), 1, "{rows:?}");
}

/// A French, Spanish or Italian court goes on past its capital with its scope in small letters
/// ("la Cour suprême", "la Corte suprema"): one name, not the head alone.
#[test]
fn a_court_and_its_scope_in_small_letters_are_one_name() {
    let d = dossier(&[(
        "fr.txt",
        "Tessaly fera appel\n\nTessaly Systems compte porter l'affaire devant les plus hautes \
         juridictions, dont la Cour suprême.\n",
    )]);
    assert_mentioned(&d, "Cour suprême");
    assert_no_mention(&d, "Cour alone", |t| t == "Cour");
}

#[test]
fn a_place_with_an_elided_article_is_a_place() {
    // "negli Stati Uniti d'America": the word list writes the place with its "d'" glued on.
    let d = dossier(&[(
        "it.txt",
        "Tessaly Systems ha trasferito i dati dei suoi clienti presso i propri server negli \
         Stati Uniti d'America, secondo il garante.\n",
    )]);
    assert_no_mention(&d, "a place", |t| t.contains("Stati"));
}

#[test]
fn streets_squares_landmarks_and_a_places_noun_alone_are_no_parties() {
    let d = dossier(&[
        (
            "a.txt",
            "Supporters of Irene Castelmar gathered near the Corvane Tower on Sunday, then \
             marched down Varden Street to the court.\n\nCastelmar said the State had no case.\n",
        ),
        (
            "b.txt",
            "Les partisans d'Irene Castelmar se sont réunis place Vauclair, puis Place Orvande. \
             L'aide d'Etat que cet Etat doit récupérer, selon Castelmar, est illégale.\n",
        ),
        (
            "c.txt",
            "Os apoiantes de Irene Castelmar reuniram-se na Praça Belmonte e na Rua Ardosa, \
             disse Castelmar.\n",
        ),
    ]);
    assert_eq!(found(&d, "Irene Castelmar"), Some(EntityKind::Person));
    for place in [
        "Corvane Tower",
        "Varden Street",
        "Place Orvande",
        "Praça Belmonte",
        "Rua Ardosa",
        "Etat",
        "State",
    ] {
        assert_eq!(found(&d, place), None, "{place}");
    }
}

#[test]
fn a_courts_town_alone_is_the_town_not_the_court() {
    let d = dossier(&[
        (
            "a.txt",
            "La Audiencia de Barcelona condenó ayer a Irene Castelmar. La Audiencia de \
             Barcelona le impuso cuatro años. Castelmar vive en Barcelona desde 2010 y \
             trabajó en Barcelona para el FC Barcelona.\n",
        ),
        (
            "b.txt",
            "Das Landgericht Barcelona verurteilte Irene Castelmar am Donnerstag. Castelmar \
             lebt seit Jahren in Barcelona.\n",
        ),
    ]);
    assert_no_mention(&d, "the town alone", |t| t == "Barcelona");
    assert_mentioned(&d, "Audiencia de Barcelona");
}

/// A government is one organization whatever the language, named by its country ("the US
/// government", "le gouvernement américain", "o governo dos EUA", "die US-Regierung") or by the
/// head the dossier calls that country's president ("the Dorsey administration"); with no
/// country or head beside it, "the government" names nothing.
#[test]
fn a_government_is_one_row_in_every_language() {
    let d = dossier(&[
        (
            "a.txt",
            "US President Harlan Dorsey attacked the fine. The US government said the fine was \
             unfair, and the Dorsey administration threatened tariffs.\n",
        ),
        (
            "b.txt",
            "Le gouvernement américain a dénoncé l'amende. O governo dos EUA afirmou que a multa \
             é injusta. Die US-Regierung kritisierte die Strafe.\n",
        ),
        (
            "c.txt",
            "The government said nothing about the case of Mara Quell.\n",
        ),
    ]);
    let govs: Vec<_> = d
        .entities
        .iter()
        .filter(|e| e.name.ends_with("government"))
        .collect();
    assert_eq!(govs.len(), 1, "{govs:?}");
    let us = govs[0];
    assert_eq!(us.name, "US government");
    assert_eq!(us.kind, EntityKind::Organization);
    for form in [
        "Dorsey administration",
        "gouvernement américain",
        "governo dos EUA",
        "US-Regierung",
    ] {
        assert!(
            us.aliases.iter().any(|a| a == form),
            "{form}: {:?}",
            us.aliases
        );
    }
    assert_eq!(us.mentions.len(), 5);
    assert_eq!(found(&d, "Harlan Dorsey"), Some(EntityKind::Person));
}

/// A town no gazetteer knows, listed with towns it does know, is a town too ("Delegações em
/// Lisboa, Porto, Coimbra e Valdremoz"); a company or a person listed beside a town stays a
/// party, and so does a club named for a town among towns.
#[test]
fn a_word_in_a_list_of_towns_is_a_town() {
    let d = dossier(&[(
        "pt.txt",
        "A Tavelmar abriu delegações em Lisboa, Porto, Coimbra e Valdremoz no ano passado.\n\n\
         A empresa vende a clientes em Braga e Ossarelo, disse a Tavelmar em comunicado.\n\n\
         A Tavelmar e a Quirova assinaram o acordo em Lisboa, disse o ministro Rui Tavares.\n\n\
         No domingo, Lisboa, Porto e Ferrandes City jogaram o torneio de verão da região.\n",
    )]);
    for town in ["Valdremoz", "Ossarelo"] {
        assert_no_mention(&d, town, |t| t == town);
    }
    assert_eq!(found(&d, "Tavelmar"), Some(EntityKind::Organization));
    assert!(found(&d, "Quirova").is_some());
    assert_eq!(found(&d, "Rui Tavares"), Some(EntityKind::Person));
    assert!(found(&d, "Ferrandes City").is_some());
}

/// Parks, gardens, beaches, mountain ranges and monasteries are places, not parties: "o Parque
/// Nacional da Quelva", "no Jardim Orvalho", "as Serras do Tarvel".
#[test]
fn parks_gardens_ranges_and_monasteries_are_no_parties() {
    let d = dossier(&[(
        "pt.txt",
        "Criado em 1971, o Parque Nacional da Quelva engloba as Serras do Tarvel, disse a \
         Quintela Turismo.\n\n\
         Ribeiro Falcato defendeu, no Jardim Orvalho, a política da Quintela Turismo para o \
         Mosteiro de Valdrenha.\n",
    )]);
    for place in [
        "Parque Nacional da Quelva",
        "Serras do Tarvel",
        "Jardim Orvalho",
        "Mosteiro de Valdrenha",
    ] {
        assert_eq!(found(&d, place), None, "{place}: {:?}", rows_with(&d, ""));
    }
    assert!(found(&d, "Quintela Turismo").is_some());
}

/// A feature of the land before a particle names a place ("Barra de São Mirou", "Isla de
/// Tovar"), as does a place's greater area ("Grande Vellano"); a surname that is such a word
/// stays a person's ("Marta Barra"). A Portuguese verb with its pronoun opening a line
/// ("Aluga-se") is no name.
#[test]
fn features_of_the_land_greater_areas_and_verbs_with_pronouns_are_no_parties() {
    let d = dossier(&[(
        "pt.txt",
        "Casas de praia

         A Quintela Turismo abriu hotéis na Barra de São Mirou e na Isla de Tovar, e outro na          Grande Maceió, disse a diretora Marta Barra.

         Aluga-se casa com vista para o mar, perto da Barra de São Mirou.
",
    )]);
    for place in [
        "Barra de São Mirou",
        "Isla de Tovar",
        "Grande Maceió",
        "Aluga-se",
    ] {
        assert_eq!(found(&d, place), None, "{place}: {:?}", rows_with(&d, ""));
    }
    assert_eq!(found(&d, "Marta Barra"), Some(EntityKind::Person));
    assert!(found(&d, "Quintela Turismo").is_some());
}

/// An island named in English keeps its last word in German text, where "Island" alone is
/// Iceland: "Harkers Island" is a place, and "Harkers" no person.
#[test]
fn an_island_keeps_its_last_word_in_german() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nHarvey beschrieb seine Haft auf Harkers Island als seelenerdrückend, sagte \
         Anwalt Arthur Quell.\n",
    )]);
    assert!(found(&d, "Arthur Quell").is_some());
    assert_no_mention(&d, "Harkers", |t| t == "Harkers");
}

/// A town the lists lack, named before its region after a comma ("à Vorth Wellam, au Texas",
/// "a Brenicia, nella California", "in Sallow Creek, California"), is a place; a company
/// after "in" and before a noun of its region ("a stake in Quintara, a California start-up")
/// and the object of Spanish "a" ("demandó a Quintara, en California") stay the company.
#[test]
fn a_town_named_before_its_region_is_a_place() {
    let d = dossier(&[
        (
            "fr.txt",
            "Le juge fédéral Corin Dale, basé à Vorth Wellam, au Texas, a estimé que Quintara \
             avait menti.\n",
        ),
        (
            "it.txt",
            "Tessa Marl lavorava come giardiniere a Brenicia, nella California, e accusa \
             Quintara.\n",
        ),
        (
            "en.txt",
            "A jury in Sallow Creek, California, found against Quintara. Norvik took a stake in \
             Quintara, a California start-up.\n",
        ),
        (
            "es.txt",
            "Tessa Marl demandó a Quintara, en California, por el herbicida.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    for town in ["Vorth Wellam", "Brenicia", "Sallow Creek"] {
        assert!(!rows.iter().any(|r| r.contains(town)), "{town}: {rows:?}");
    }
    let quintara = d
        .entities
        .iter()
        .find(|e| e.name == "Quintara")
        .expect("Quintara");
    assert_eq!(quintara.mentions.len(), 5, "{rows:?}");
}

/// One court in Spanish and Portuguese, as the press renders a "tribunal correctionnel": the
/// correctional court and the criminal court of one town are one row.
#[test]
fn a_correctional_and_a_criminal_court_of_one_town_are_one_row() {
    let d = dossier(&[
        (
            "es.txt",
            "El Tribunal Correccional de Vorsay condenó a Corin Dale a cinco años de prisión.\n",
        ),
        (
            "pt.txt",
            "O Tribunal Criminal de Vorsay condenou Corin Dale a cinco anos de prisão.\n",
        ),
    ]);
    let courts = rows_with(&d, "Tribunal");
    assert_eq!(courts.len(), 1, "{courts:?}");
}

/// A word after "in" and before a comma or the sentence's end is a place, wherever else it
/// stands without a cue for a party ("the regional court of Tressfeld"), in every language.
#[test]
fn a_word_after_in_and_before_a_stop_is_a_place_everywhere() {
    let d = dossier(&[
        (
            "en.txt",
            "The trial of Velmora began on Monday in Tressfeld, 19 miles from the carmaker's \
             headquarters. Velmora denies the claims.\n",
        ),
        (
            "it.txt",
            "Il processo contro Velmora si è aperto al tribunale regionale di Tressfeld, \
             competente per la sede dell'azienda.\n",
        ),
        (
            "pt.txt",
            "O julgamento começou no tribunal regional de Tressfeld, a 30 quilômetros da sede da \
             Velmora.\n",
        ),
    ]);
    assert_eq!(found(&d, "Tressfeld"), None);
    assert!(found(&d, "Velmora").is_some());
}

/// A country's government is named as the English press names it: "French government", not
/// "France government".
#[test]
fn a_governments_row_is_named_with_its_peoples_word() {
    let d = dossier(&[(
        "fr.txt",
        "Le gouvernement français a défendu Velmora. Le gouvernement français n'a pas commenté \
         la décision du juge.\n",
    )]);
    assert!(
        d.entities.iter().any(|e| e.name == "French government"),
        "{:?}",
        d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// A river's, a lake's or a village's noun opens a place's name ("as margens do Rio Tessano",
/// "os moradores de Vila Morenta"), however the words after it read.
#[test]
fn a_rivers_or_a_villages_noun_opens_a_place() {
    let d = dossier(&[(
        "pt.txt",
        "A fábrica da Velmora despejou resíduos nas margens do Rio Tessano, perto da igreja. Os \
         moradores de Vila Morenta dizem que a água mudou de cor.\n",
    )]);
    let rows = rows_with(&d, "");
    assert!(!rows.iter().any(|r| r.contains("Tessano")), "{rows:?}");
    assert!(!rows.iter().any(|r| r.contains("Morenta")), "{rows:?}");
    assert!(rows.contains(&"Velmora"), "{rows:?}");
}

/// The noun opens a place's name only in its own language: English writes "Rio" for a company
/// ("Rio Varden said …"), where Portuguese "o Rio Tessano" is a river.
#[test]
fn a_rivers_noun_of_another_language_opens_no_place() {
    let d = dossier(&[(
        "en.txt",
        "The miner Rio Varden said the claims were baseless. Regulators fined Rio Varden in \
         March, and Rio Varden will appeal.\n",
    )]);
    assert_eq!(found(&d, "Rio Varden"), Some(EntityKind::Organization));
}

/// A place of two words glued before a person's full name ("de São Paulo Rui Veltran")
/// leaves the person's name.
#[test]
fn a_place_of_two_words_before_a_full_name_is_cut_off() {
    let d = dossier(&[(
        "pt.txt",
        "Show\n\n\
         O cantor se apresentou em São Paulo. Ontem, no palco de São Paulo Rui Veltran cantou \
         para vinte mil pessoas.\n",
    )]);
    assert_eq!(found(&d, "Rui Veltran"), Some(EntityKind::Person));
    assert!(rows_with(&d, "Paulo Rui").is_empty());
}

/// Towns of fifteen to fifty thousand people where the six languages are spoken are places,
/// not people or companies, wherever they stand ("Canudos", "Melgaço", "Baunatal",
/// "Terracina", "Dreux"); a given name or a surname the lists hold keeps a town of that size
/// out of the gazetteer, so a person named so stays a person.
#[test]
fn small_towns_where_the_six_languages_are_spoken_are_places() {
    let d = dossier(&[
        (
            "pt.txt",
            "Título\n\nA empresa Vantoril abriu fábricas em Canudos e Melgaço, disse o \
             diretor Tomé Brasilino.\n\nCanudos recebeu a primeira fábrica.\n",
        ),
        (
            "de.txt",
            "Titel\n\nDie Firma Quellhof verlegt ihr Lager von Baunatal nach Butzbach.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nIl sindaco ha parlato a Terracina con Gino Ravasco.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLa société Brivane ferme son usine de Dreux, a dit Marc Pinto.\n",
        ),
    ]);
    for town in [
        "Canudos",
        "Melgaço",
        "Baunatal",
        "Butzbach",
        "Terracina",
        "Dreux",
    ] {
        assert!(found(&d, town).is_none(), "{town} became a name");
    }
    assert_eq!(found(&d, "Marc Pinto"), Some(EntityKind::Person));
    assert_eq!(found(&d, "Gino Ravasco"), Some(EntityKind::Person));
    // A town of several words is one as a whole.
    let d = dossier(&[(
        "es.txt",
        "Título\n\nLa empresa Vantoril abrió una fábrica en San Fernando de Henares, según \
         dijo su director.\n",
    )]);
    assert!(rows_with(&d, "Henares").is_empty(), "{:?}", d.entities);
    // So a city of five words ("São José do Rio Preto").
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nA empresa Vantoril abriu uma fábrica em São José do Rio Preto no ano \
         passado.\n",
    )]);
    assert!(rows_with(&d, "Rio Preto").is_empty(), "{:?}", d.entities);
}

/// A company named like a small town abroad keeps its short form in every article: the town
/// list only says what a word alone is, never what a longer name's first word is.
#[test]
fn a_company_named_like_a_small_town_keeps_its_short_form() {
    let d = dossier(&[
        (
            "a.txt",
            "Suit filed\n\nBaunatal Systems sued the Harrowgate Ledger on Monday, saying the \
             paper had copied its reports.\n",
        ),
        (
            "b.txt",
            "Reply\n\nBaunatal denied the allegations on Tuesday and said it would fight.\n",
        ),
    ]);
    assert_eq!(
        found(&d, "Baunatal Systems"),
        Some(EntityKind::Organization)
    );
    assert_mentioned(&d, "Baunatal Systems");
    let row = d
        .entities
        .iter()
        .find(|e| e.name == "Baunatal Systems")
        .unwrap();
    assert!(
        row.mentions.iter().any(|m| m.article.starts_with('b')),
        "the short form in b.txt is no mention: {:?}",
        row.mentions
    );
}

/// The code of a Brazilian state in brackets after a town, as the Brazilian press writes it
/// ("Mariana (MG)"), is part of the place, not a body, however often it is written; a party's
/// acronym after a deputy's name stays a party.
#[test]
fn a_state_code_after_a_town_is_no_body() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nA barragem da Velmora rompeu em Ouro Preto (MG), em 2015. A Velmora nega.\n\n\
         Moradores de Mariana (MG) e de Ouro Preto (MG) esperam a indenização. O deputado \
         Tomás Varela (PT) pediu uma CPI, e o PT apoiou.\n",
    )]);
    assert_no_mention(&d, "a state's code", |t| t == "MG");
    assert_mentioned(&d, "PT");
    assert!(rows_with(&d, "Velmora").contains(&"Velmora"));
}

/// A people's noun that no ending gives ("the 34-year-old Serb") is a people, no party.
#[test]
fn a_peoples_noun_is_no_party() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe minister cancelled the 34-year-old Serb's visa on Friday. The Swedes \
         protested, and the Serb appealed.\n",
    )]);
    assert_eq!(rows_with(&d, ""), Vec::<&str>::new());
}

/// A gulf or a sea named by its word and an adjective ("Golfo Pérsico", "Mare Adriatico", "the
/// Arabian Gulf") is a place, and so is a listed French town written without its hyphens
/// ("Saint Gilles" for "Saint-Gilles").
#[test]
fn a_body_of_water_and_a_town_without_its_hyphen_are_places() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nEl dinero llegó desde el Golfo Pérsico, según la fiscal Irene Vallbona.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLe navi nel Mare Adriatico sono ferme, ha detto Paolo Ferrandi.\n",
        ),
        (
            "en.txt",
            "Title\n\nShe was held in the prison of Saint Gilles, near the Arabian Gulf \
             envoy's office, said Tomas Brandley.\n",
        ),
    ]);
    for place in [
        "Golfo Pérsico",
        "Mare Adriatico",
        "Saint Gilles",
        "Arabian Gulf",
    ] {
        assert!(found(&d, place).is_none(), "{place} taken for a name");
    }
    assert!(found(&d, "Irene Vallbona").is_some());
}

/// Two places, or a place and a bloc's short letters, joined by a hyphen are the label of talks,
/// a match or a scandal ("lo scandalo UE-Qatar", "il vertice Lisboa-Madrid"): no party.
#[test]
fn places_joined_by_a_hyphen_are_no_party() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nLo scandalo UE-Qatar si allarga, ha detto Paolo Ferrandi. Il vertice \
         Lisboa-Madrid è saltato.\n\nFerrandi ha parlato dello scandalo UE-Qatar a Bruxelles.\n",
    )]);
    assert!(found(&d, "UE-Qatar").is_none());
    assert!(found(&d, "Lisboa-Madrid").is_none());
    assert!(found(&d, "Paolo Ferrandi").is_some());
}

/// The government alone with its capital ("el Gobierno", "il Governo") is the one government
/// the dossier names by its country; where it names two, it is neither's.
#[test]
fn the_government_alone_is_the_dossiers_one_government() {
    let one = dossier(&[
        (
            "en.txt",
            "Title\n\nThe Australian government cancelled the visa of Tomas Brandley.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl Gobierno canceló el visado de Tomas Brandley por segunda vez.\n",
        ),
    ]);
    let gov: Vec<&str> = one
        .entities
        .iter()
        .filter(|e| e.name.contains("overn") || e.name.contains("obierno"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(gov, vec!["Australian government"]);
    let two = dossier(&[
        (
            "en.txt",
            "Title\n\nThe Australian government and the French government clashed.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl Gobierno canceló el visado de Tomas Brandley por segunda vez.\n",
        ),
    ]);
    assert!(
        two.entities
            .iter()
            .all(|e| e.aliases.iter().all(|a| a != "Gobierno"))
    );
}

/// A hotel, a stadium, an airport or a park by its last word ("the Park Hotel", "Wembley
/// Stadium", "Vellmar Park") is a place; a hotel, a stadium or an airport whatever word opens
/// it.
#[test]
fn a_venue_by_its_last_word_is_a_place() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe player was held at the Park Hotel in Carlton. Tomas Brandley met him at \
         Vellmar Stadium, then at Vellmar Park.\n",
    )]);
    for place in ["Park Hotel", "Vellmar Stadium", "Vellmar Park"] {
        assert!(found(&d, place).is_none(), "{place} taken for a name");
    }
    assert!(found(&d, "Tomas Brandley").is_some());
}

/// A state by its kind ("la imagen del Emirato", "l'Emirato") is the country, no party.
#[test]
fn a_state_by_its_kind_is_no_party() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nLos sobornos buscaban favorecer la imagen del Emirato, según la fiscal \
         Irene Vallbona. El Emirato lo niega.\n",
    )]);
    assert!(found(&d, "Emirato").is_none());
    assert!(found(&d, "Irene Vallbona").is_some());
}

/// A town named after its region, shortened by the press to its own words ("Las Rozas" of the
/// listed "Las Rozas de Madrid"), is the town.
#[test]
fn a_town_without_its_region_is_the_town() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nLa Guardia Civil è entrata nella sede del comitato a Las Rozas, ha detto \
         Paolo Ferrandi.\n",
    )]);
    assert!(found(&d, "Las Rozas").is_none());
    assert!(found(&d, "Paolo Ferrandi").is_some());
}

/// A prosecution's office sits in a town, listed or not: "Procura di Castelvero", "la fiscalía
/// de Valdemora", "le parquet de Ronvillers" are the one prosecution of the case, and the town
/// alone ("il tribunale di Castelvero", "el juez de Valdemora") is no party nor its short form.
#[test]
fn a_prosecution_office_in_an_unlisted_town_is_the_prosecution() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nLa Fiscalía de Valdemora investiga los pagos de la empresa Norsid.\n\n\
             El juez de Valdemora citó a Iker Valdano. La fiscalía de Valdemora pidió prisión.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLa Procura di Castelvero indaga sui pagamenti della società Norsid.\n\n\
             Secondo la procura di Castelvero, Iker Valdano avrebbe ricevuto denaro. Il \
             tribunale di Castelvero deciderà a maggio.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLe parquet de Ronvillers enquête sur les paiements de la société Norsid.\n\n\
             Selon le parquet de Ronvillers, Iker Valdano aurait reçu de l'argent.\n",
        ),
    ]);
    for town in ["Valdemora", "Castelvero", "Ronvillers"] {
        assert_no_mention(&d, town, |t| t == town);
    }
    let offices: Vec<&str> = ["Fiscalía de Valdemora", "Procura di Castelvero"]
        .iter()
        .flat_map(|form| rows_with(&d, form))
        .collect();
    assert_eq!(offices.len(), 2, "{offices:?}");
    assert_eq!(offices[0], offices[1], "one prosecution: {offices:?}");
    assert_eq!(found(&d, "Iker Valdano"), Some(EntityKind::Person));
}

/// A mayor's "of" names a town ("the mayor of Eastbrook", "il sindaco di Ventimonte", "o
/// prefeito de Vilarinho"); without it the word is the mayor's own name ("il sindaco
/// Marandi"). An Italian village's noun opens a place's name ("a Borgo San Fele").
#[test]
fn a_mayors_town_and_a_village_are_places() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nThe mayor of Eastbrook, Paul Rigg, asked for answers.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nIl sindaco di Ventimonte, Paola Ruggeri, ha chiesto chiarezza. La \
             proposta è stata accolta dal sindaco Marandi. La Guardia di Finanza ha sequestrato \
             documenti nella sede del club a Borgo San Fele.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO prefeito de Vilarinho, Paulo Rego, pediu explicações.\n",
        ),
    ]);
    for place in ["Eastbrook", "Ventimonte", "Vilarinho", "Borgo San Fele"] {
        assert_eq!(found(&d, place), None, "{place}");
    }
    for person in ["Paul Rigg", "Paola Ruggeri", "Paulo Rego", "Marandi"] {
        assert_eq!(found(&d, person), Some(EntityKind::Person), "{person}");
    }
}

/// The prosecution named with its country's people's word ("Ministério Público italiano") is
/// the one prosecution of the case.
#[test]
fn a_prosecution_by_its_country_is_the_prosecution() {
    let d = dossier(&[
        (
            "pt.txt",
            "Título\n\nSegundo o Ministério Público italiano, o clube inflacionou as contas. O \
             Ministério Público pede o julgamento de Aurelio Ferravalle.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLa Procura chiede il rinvio a giudizio di Aurelio Ferravalle.\n",
        ),
    ]);
    let rows = rows_with(&d, "Ministério Público");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows_with(&d, "Procura"), rows);
}

/// Only a place is "near": "un parc éolien près d'Oberhaslach", "a site near Eastbrook".
#[test]
fn a_word_after_near_is_a_place() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLe groupe Nordkamm reproche au district d'avoir retardé un parc éolien \
             près d'Oberhaslach.\n",
        ),
        (
            "de.txt",
            "Titel\n\nNordkamm will einen Windpark bei Oberhaslach bauen, sagte Saskia van der \
             Meulen.\n",
        ),
        (
            "en.txt",
            "Title\n\nTolland hid test results from a site near Eastbrook, Brevant said.\n",
        ),
    ]);
    for place in ["Oberhaslach", "Eastbrook"] {
        assert_eq!(found(&d, place), None, "{place}");
    }
}

/// A people's word in "-i" ("the Qatari foreign ministry") is no name, and Italian's "Paese"
/// with its capital before "of" and a place ("un Paese del Golfo Arvelico") is no body.
#[test]
fn peoples_words_in_i_and_a_country_noun_before_a_place_are_no_names() {
    let en = "The Qatari foreign ministry and the Kuwaiti embassy responded, said Anna Kolbe.";
    let it = "Per difendere gli interessi di un Paese del Golfo Persico e dei Paesi del Maghreb, \
              disse Anna Kolbe.";
    let d = dossier(&[
        ("en.txt", &format!("{en}\n\nThe hearing continues. {en}\n")),
        ("it.txt", &format!("{it}\n\nL'udienza continua. {it}\n")),
    ]);
    assert_mentioned(&d, "Anna Kolbe");
    let rows = rows_with(&d, "");
    assert!(
        rows.iter()
            .all(|r| !["Qatari", "Kuwaiti"].contains(r) && !r.starts_with("Paese")),
        "{rows:?}"
    );
}

/// A name followed by the region it lies in is a town: "a Calusco Alto, in provincia di
/// Bergamo", "en Ourel, en la provincia de Teruel".
#[test]
fn a_name_located_in_its_province_is_a_place() {
    let it = "Altri soldi sono stati trovati nella casa dell'ex deputato a Calusco Alto, in \
              provincia di Bergamo, disse Anna Kolbe.";
    let es = "La empresa tiene su sede en Villar de Ourel, en la provincia de Teruel, dijo Ana \
              Kolbe.";
    let d = dossier(&[
        ("it.txt", &format!("{it}\n\nL'udienza continua. {it}\n")),
        ("es.txt", &format!("{es}\n\nLa vista continuará. {es}\n")),
    ]);
    assert_mentioned(&d, "Anna Kolbe");
    assert_eq!(found(&d, "Calusco Alto"), None);
    assert_eq!(found(&d, "Villar de Ourel"), None);
}

/// A country with its president stays a place ("la France et son président"), a place's own
/// name keeps its "Pays" ("le Pays de Galles"), and a person before "a county commissioner"
/// stays a person: none of these is read as a company or a town.
#[test]
fn countries_and_people_keep_their_nature_beside_the_new_cues() {
    let fr = "La France et son président ont salué la décision, comme le Pays de Galles, a dit \
              Anna Kolbe.";
    let en = "John Brackett, a county commissioner, said the firm had lied.";
    let d = dossier(&[
        ("fr.txt", &format!("{fr}\n\nL'audience reprendra. {fr}\n")),
        ("en.txt", &format!("{en}\n\nThe hearing continues. {en}\n")),
    ]);
    assert_eq!(found(&d, "France"), None);
    assert!(
        rows_with(&d, "Galles").iter().all(|r| *r != "Galles"),
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(found(&d, "John Brackett"), Some(EntityKind::Person));
}

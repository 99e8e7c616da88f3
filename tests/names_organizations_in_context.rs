//! An organization among the words around it on real coverage of a minister's trial and a
//! dam's collapse: a person and their charity joined by "di", the charity's acronym written as
//! a word, its name quoted now and then, a role alone, a dam by its noun. Reproduced with
//! invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_found_as, dossier, found, row_of, rows_with};

/// Italian and English write no surname with a small "di" or "of" after a whole name: the
/// person and the organization are two rows, and the organization keeps its mentions.
#[test]
fn a_person_then_di_and_their_charity_are_two_names() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nAlla lettura era presente Tomas Varga di Open Harbour, che ha parlato. \
             La nave di Open Harbour era al largo.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe founder Tomas Varga of Open Harbour spoke. The Open Harbour ship was \
             at sea, Open Harbour said.\n",
        ),
    ]);
    assert_eq!(found(&d, "Tomas Varga"), Some(EntityKind::Person));
    assert_eq!(found(&d, "Open Harbour"), Some(EntityKind::Organization));
    assert_ne!(row_of(&d, "Tomas Varga"), row_of(&d, "Open Harbour"));
    assert!(rows_with(&d, " di Open").is_empty() && rows_with(&d, " of Open").is_empty());
}

/// A common acronym Italian writes as a word ("la Ong") glued before a name is not part of
/// it; a name quoted once ("le procès « Open Harbour »") beside many unquoted mentions is
/// the organization, no work's title.
#[test]
fn an_acronym_written_as_a_word_and_a_name_quoted_once_leave_the_organization() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nLa nave della Ong Open Harbour era al largo. Il fondatore di Open \
             Harbour ha parlato, e Open Harbour ha fatto ricorso.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLe procès « Open Harbour » s'est ouvert. Le navire d'Open Harbour est \
             resté au large.\n",
        ),
    ]);
    assert_eq!(rows_with(&d, "Open Harbour"), ["Open Harbour"]);
    assert!(rows_with(&d, "Ong").is_empty());
}

/// A role alone with its capital is no party ("Italy's Minister of Transport"); a body's word
/// that is a role too stays the body ("el Ejecutivo"). A dam named by its noun is a place.
#[test]
fn a_role_alone_and_a_dam_are_no_parties() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nSalvo Renni, Italy's Minister of Transport, spoke. The Interior Minister \
             was there. The Fundora dam collapsed in 2015.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl Ejecutivo aprobó la ley, y el Ejecutivo la defendió ante la barragem \
             de Fundora.\n",
        ),
    ]);
    assert!(rows_with(&d, "Minister").is_empty(), "{:?}", d.entities);
    assert!(rows_with(&d, "Fundora").is_empty(), "{:?}", d.entities);
    assert_eq!(found(&d, "Ejecutivo"), Some(EntityKind::Organization));
}

/// A high court in every language ("High Court", "Haute Cour", "Tribunal Superior", "Alta
/// Corte") of one town is one row; an English judge's title before the surname is the judge
/// ("Justice Orrin" is Edda Orrin), where "Justice Department" stays a body.
#[test]
fn a_high_court_across_languages_and_a_judges_title() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLa Haute Cour de Londres a statué. La Haute Cour de Londres a dit que \
             Valcor était responsable.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO Tribunal Superior de Londres decidiu que a Valcor era responsável.\n",
        ),
        (
            "en.txt",
            "Title\n\nJudge Edda Orrin ruled. Justice Orrin said Valcor was liable. The Justice \
             Department agreed.\n",
        ),
    ]);
    assert_eq!(
        row_of(&d, "Haute Cour de Londres"),
        row_of(&d, "Tribunal Superior de Londres")
    );
    assert_eq!(row_of(&d, "Edda Orrin"), row_of(&d, "Orrin"));
    assert!(
        rows_with(&d, "Justice Orrin").is_empty(),
        "{:?}",
        d.entities
    );
    assert_eq!(
        found(&d, "Justice Department"),
        Some(EntityKind::Organization)
    );
}

/// A news agency is an organization wherever it stands, even alone in a credit line that says
/// nothing of its kind ("Com Lusa", "(Com Ansa)").
#[test]
fn a_news_agency_in_a_credit_is_an_organization() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nA Velmora S.A. negou as acusações do Ministério Público na terça-feira.\n\n\
         (*) Com Ansa\n",
    )]);
    assert_eq!(found(&d, "Ansa"), Some(EntityKind::Organization));
}

/// A minister's portfolios listed after the office are the office's, every item of the list,
/// small words inside an item too: "ministro da Imigração, Cidadania, Serviços para Migrantes e
/// Assuntos Multiculturais" names no body. The name after a portfolio and a comma is the
/// minister's, whole ("el ministro de Hacienda, Fulgencio Lozaneda").
#[test]
fn a_list_of_portfolios_after_a_minister_names_no_body() {
    let es = dossier(&[(
        "es.txt",
        "Título\n\nEl ministro de Hacienda, Fulgencio Lozaneda, pidió hoy calma. Lozaneda \
         habló después con la prensa.\n",
    )]);
    assert_eq!(rows_with(&es, ""), vec!["Fulgencio Lozaneda"]);
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nNo fim da audiência, o advogado revelou que o Ministro da Imigração, Tomás \
         Varela, vai decidir. O governo disse que o Ministro da Imigração, Cidadania, Serviços \
         para Migrantes e Assuntos Multiculturais vai recorrer.\n\n\
         A decisão foi tomada pelo ministro da Imigração de cancelar o visto.\n",
    )]);
    assert_eq!(rows_with(&d, ""), vec!["Tomás Varela"]);
}

/// A tournament named by its word, a preposition and its country ("l'Open d'Australie", "el
/// Abierto de Australia"), or a Grand Slam in French ("un 21e Grand Chelem"), is an event.
#[test]
fn a_tournament_of_a_country_is_no_body() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLe joueur Dario Kovel voulait disputer l'Open d'Australie et gagner un \
             21e Grand Chelem. L'Open d'Australie commence lundi.\n",
        ),
        (
            "es.txt",
            "Título\n\nKovel no podrá jugar el Abierto de Australia, que empieza el lunes. El \
             Abierto de Australia es el primer torneo del año.\n",
        ),
    ]);
    assert_eq!(rows_with(&d, ""), vec!["Dario Kovel"]);
}

/// A people's word and an acronym of the prose ("the Spanish NGO", "the Spanish NGO's
/// vessel") describe a party; they name none.
#[test]
fn a_peoples_word_and_a_common_acronym_name_no_party() {
    let d = dossier(&[
        (
            "a.txt",
            "Title\n\nProsecutors charged the minister over his order to block the Spanish NGO \
             ship Mar Sereno from docking in August.\n",
        ),
        (
            "b.txt",
            "Title\n\nHe denied the landing of 147 people rescued by the Spanish NGO's vessel, \
             Mar Sereno.\n",
        ),
    ]);
    assert!(rows_with(&d, "NGO").is_empty(), "{:?}", rows_with(&d, ""));
}

/// German names the kind of body before the name ("der rechten Partei Alleanza", "die
/// Gewerkschaft Unione"): the body is the name alone, one row with its other languages'
/// mentions, even where the name is an Italian body's word.
#[test]
fn a_german_bodys_kind_before_its_name_is_no_part_of_it() {
    let d = dossier(&[
        (
            "de.txt",
            "Titel\n\nDer Chef der rechten Partei Alleanza soll im August das Schiff am \
             Einlaufen gehindert haben.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nIl leader della Alleanza è stato assolto. Esulta la Alleanza.\n",
        ),
    ]);
    assert_eq!(rows_with(&d, "Alleanza"), vec!["Alleanza"]);
}

/// A broadcaster named by its word and its name ("Channel Seven", "Radio Vellmar", "Rádio
/// Quintela") is an organization, though its name is a number's word or a surname.
#[test]
fn a_broadcasters_word_opens_an_organizations_name() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe minister told Channel Seven that the visa was void. Ilona Marakis spoke \
         to Radio Vellmar, and Rádio Quintela aired the hearing.\n",
    )]);
    for name in ["Channel Seven", "Radio Vellmar", "Rádio Quintela"] {
        assert_eq!(found(&d, name), Some(EntityKind::Organization), "{name}");
    }
}

/// A magazine or a paper by its noun before its name ("das Investigativmagazin Vellberg", "o
/// jornal Quintela", "the weekly Ostrander") is an organization, in a German compound too.
#[test]
fn a_press_noun_before_a_name_makes_it_an_organization() {
    let d = dossier(&[
        (
            "de.txt",
            "Titel\n\nWie das Investigativmagazin Vellberg berichtet, wurde Ilona Marakis \
             festgenommen.\n",
        ),
        (
            "pt.txt",
            "Título\n\nDe acordo com o jornal Quintela, Ilona Marakis foi detida.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vellberg"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Quintela"), Some(EntityKind::Organization));
}

/// English takes a party up with a pronoun that tells its kind: "Morgan Stanley cut its
/// rating" and "Warren Fenwick, which …" are companies, though both open with given names;
/// "Tessa Grund, who heads …" is a person; a team "who have" is not.
#[test]
fn an_english_pronoun_after_a_name_tells_its_kind() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nShares of Varnholt fell 4% after Morgan Stanley cut its rating, according to \
         a note seen by reporters on Monday. Warren Fenwick, which advised Varnholt, declined \
         to comment. Tessa Grund, who heads the fund, said the fall was expected.\n",
    )]);
    assert_eq!(found(&d, "Morgan Stanley"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Warren Fenwick"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Tessa Grund"), Some(EntityKind::Person));
}

/// Italian and French write a body's adjectives small right after its word ("la Federazione
/// calcistica vorlandese", "l'Agence spatiale"), and an international body opens with its kind
/// ("l'Organisation mondiale de la santé"); Spanish capitalises the adjectives of a name, so
/// "el Gobierno regional" is the Gobierno.
#[test]
fn a_bodys_small_adjectives_belong_to_its_name_where_the_language_writes_them_so() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nLunedì la Federazione calcistica vorlandese ha sospeso Varnholt per tre \
             mesi, secondo un comunicato.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLundi, l'Organisation mondiale de la santé a averti Quintara, et l'Agence \
             spatiale a suspendu son contrat.\n",
        ),
        (
            "es.txt",
            "Título\n\nEl lunes, el Gobierno regional multó a Quintara, según un comunicado \
             publicado en su página web.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &[
            "Federazione calcistica vorlandese",
            "Organisation mondiale de la santé",
            "Agence spatiale",
            "Gobierno",
        ],
        EntityKind::Organization,
    );
}

/// A body seated by a town in one language, by its nation's people's word in another ("la
/// Haute Cour anglaise") or by two nations of one kingdom ("the High Court of England and
/// Wales"), is one body where the dossier seats no other of its kind there.
#[test]
fn a_body_seated_by_its_nations_word_or_two_nations_is_one() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLundi, la Haute Cour de Londres a condamné Quintara. Selon la Haute Cour \
             anglaise, la société savait.\n",
        ),
        (
            "en.txt",
            "Title\n\nOn Monday, the High Court of England and Wales found Quintara liable. The \
             hearing continues next week.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    let london = row_of(&d, "Haute Cour de Londres");
    assert_eq!(row_of(&d, "Haute Cour anglaise"), london, "{rows:?}");
    assert_eq!(
        row_of(&d, "High Court of England and Wales"),
        london,
        "{rows:?}"
    );
}

/// A body's complement of two nouns, each with its article: "de los Mercados y la
/// Competencia", "de l'informatique et des libertés". Two bodies joined so stay two ("la
/// Comisión de Justicia y la Fiscalía").
#[test]
fn a_complement_of_two_nouns_with_their_articles_is_one_name() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nEl lunes, la Comisión Vorlandesa de los Mercados y la Competencia multó a \
             Quintara, y la Comisión de Justicia y la Fiscalía pidieron datos.\n",
        ),
        (
            "fr.txt",
            "Titre\n\nLundi, la Commission vorlandaise de l'informatique et des libertés a \
             sanctionné Quintara, selon un communiqué.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &[
            "Comisión Vorlandesa de los Mercados y la Competencia",
            "Commission vorlandaise de l'informatique et des libertés",
            "Comisión de Justicia",
            "Fiscalía",
        ],
        EntityKind::Organization,
    );
}

/// Shares are a company's in every language: a name met once after "the shares of" is a
/// company, though bare names lean to people outside English.
#[test]
fn a_name_after_its_shares_is_a_company() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLes actions de Quintara ont chuté de 5 % après la décision.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLe azioni di Varnholt sono scese del 5% dopo la sentenza.\n",
        ),
        (
            "de.txt",
            "Titel\n\nDie Aktie von Brendoria fiel nach dem Urteil um 5 Prozent.\n",
        ),
        (
            "es.txt",
            "Título\n\nLas acciones de Tolvane cayeron un 5% tras la sentencia.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    for name in ["Quintara", "Varnholt", "Brendoria", "Tolvane"] {
        assert_eq!(
            found(&d, name),
            Some(EntityKind::Organization),
            "{name}: {rows:?}"
        );
    }
}

/// A role, the body it is held in, and a name between commas: the name is the role's holder,
/// a person, not one more item of a list of bodies ("der Präsident der Vantrox GmbH, Reinhold
/// Kestner, sagte"); and a legal form closes the company's name before a person's ("der
/// Vantrox GmbH Renate Kolbe").
#[test]
fn the_holder_of_a_role_in_a_company_is_a_person() {
    let text = "Der Präsident der Vantrox GmbH, Reinhold Kestner, wies die Vorwürfe zurück. \
                Die Geschäftsführerin der Quelmo AG Renate Kolbe schwieg.";
    let d = dossier(&[(
        "de.txt",
        &format!("{text}\n\nDie Verhandlung wird fortgesetzt. {text}\n"),
    )]);
    assert_found_as(&d, &["Vantrox GmbH", "Quelmo AG"], EntityKind::Organization);
    assert_found_as(
        &d,
        &["Reinhold Kestner", "Renate Kolbe"],
        EntityKind::Person,
    );
}

/// A news site's noun before its name makes it an organization ("la web Politiqa", "o site
/// Politiqa"), and "del grupo" after a person says whose group she is in, not what she is
/// ("la holandesa Dorien Vankemaar, del grupo de Conservadores").
#[test]
fn a_sites_noun_names_a_company_and_a_members_group_keeps_her_a_person() {
    let es = "Se abstuvo la holandesa Dorien Vankemaar, del grupo de Conservadores, según \
              informa la web Politiqa.";
    let pt = "De acordo com o site Politiqa, a eurodeputada não pôde ser ouvida.";
    let d = dossier(&[
        ("es.txt", &format!("{es}\n\nLa vista continuará. {es}\n")),
        ("pt.txt", &format!("{pt}\n\nA audiência continuará. {pt}\n")),
    ]);
    assert_found_as(&d, &["Politiqa"], EntityKind::Organization);
    assert_found_as(&d, &["Dorien Vankemaar"], EntityKind::Person);
}

/// The Romance languages set a company's noun after a name without its article ("A Vemta,
/// empresa detentora do Fastbook, …"): the name is a company's, and what it holds are its
/// products.
#[test]
fn a_companys_noun_without_its_article_after_a_name_makes_a_company() {
    let pt = "A Vemta, empresa detentora do Fastbook, do ChatApp e do Instaflix, foi multada, \
              disse Ana Kolbe.";
    let d = dossier(&[("pt.txt", &format!("{pt}\n\nA audiência continuará. {pt}\n"))]);
    assert_found_as(&d, &["Vemta"], EntityKind::Organization);
}

/// A former head's glued "ex" is still a role before its company ("el expresidente de
/// Quelmo"), and "and its chief executive" after a name makes it a company in every language;
/// "and his lawyer" does not.
#[test]
fn a_company_is_told_by_its_former_head_and_its_chief_executive() {
    let es = "La Audiencia Nacional ha citado al expresidente de Quelmo, Ramiro Castañeda. La \
              fiscalía investiga a Dorvane y su presidente, Ana Quiroga.";
    let fr = "Le parquet vise Vestrel et son PDG, Hugues Ravanel. Le juge a entendu Paul Dorin \
              et son avocat.";
    let d = dossier(&[
        ("es.txt", &format!("{es}\n\nLa vista continuará. {es}\n")),
        ("fr.txt", &format!("{fr}\n\nL'audience reprendra. {fr}\n")),
    ]);
    assert_found_as(
        &d,
        &["Quelmo", "Dorvane", "Vestrel"],
        EntityKind::Organization,
    );
    assert_found_as(
        &d,
        &[
            "Ramiro Castañeda",
            "Ana Quiroga",
            "Hugues Ravanel",
            "Paul Dorin",
        ],
        EntityKind::Person,
    );
}

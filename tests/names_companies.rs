//! Companies told by the nouns around them: a company that bears a town's name or a surname of
//! the broad lists is still the company where the dossier calls it one. Each class seen on real
//! coverage, reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{assert_found_as, assert_no_mention, dossier, found, mentions, row_of, rows_with};

/// A town lends a company its name (as seeds and carmakers have it): the gazetteer says place,
/// the company's noun in apposition or just before says company, and the word is then the
/// company wherever it stands.
#[test]
fn a_company_named_like_a_town_is_the_company_where_a_noun_says_so() {
    let d = dossier(&[
        (
            "es.txt",
            "Condena por el herbicida\n\n\
             Un jurado ordenó a Pearland, una filial de Borvex, pagar 80 millones de dólares a \
             un jardinero. Pearland dijo que apelará la decisión.\n",
        ),
        (
            "fr.txt",
            "Le verdict contre l'agrochimiste\n\n\
             Une avocate du géant de l'agrochimie, Pearland, a déclaré que l'entreprise ferait \
             appel. Pearland fait face à des milliers de plaintes.\n",
        ),
        (
            "en.txt",
            "Herbicide verdict\n\n\
             The jury found that Pearland failed to warn of the risk. Pearland's lawyers said \
             they would appeal.\n",
        ),
    ]);
    assert_eq!(found(&d, "Pearland"), Some(EntityKind::Organization));
}

/// The noun must stand by the town: a conjunction or a preposition between them parts them,
/// and a clause that goes on after a comma is no apposition.
#[test]
fn a_town_after_a_company_noun_and_a_conjunction_stays_a_place() {
    let d = dossier(&[
        (
            "en.txt",
            "Smelter cuts jobs\n\n\
             Half the jobs of the region depend on the company, and Eindhoven has said it will \
             not help.\n",
        ),
        (
            "pt.txt",
            "Multa recorde\n\n\
             É a quarta multa aplicada à empresa por Eindhoven numa década.\n",
        ),
        (
            "fr.txt",
            "Amende\n\n\
             Selon Eindhoven, le groupe a favorisé sa propre plateforme depuis des années, au \
             détriment de ses concurrents.\n",
        ),
    ]);
    assert_no_mention(&d, "Eindhoven", |t| t == "Eindhoven");
}

/// A company known by one word that the broad lists hold as a surname: where company nouns
/// stand by it and no role or given name ever does, it is the company ("der Chemie-Riese
/// Brenner", "la multinazionale Brenner"), however often it is met bare.
#[test]
fn a_company_known_by_a_surname_is_a_company_where_its_nouns_say_so() {
    let d = dossier(&[
        (
            "de.txt",
            "Urteil gegen Brenner\n\n\
             Der Chef des deutschen Chemie-Riesen Brenner sagte, man werde Berufung einlegen. \
             Brenner gibt sich uneinsichtig. Brenner will vor das Oberste Gericht ziehen.\n",
        ),
        (
            "it.txt",
            "Condanna confermata\n\n\
             La Corte ha respinto il ricorso della multinazionale Brenner. Secondo Brenner i \
             prodotti sono sicuri. Brenner dovrà pagare.\n",
        ),
        (
            "es.txt",
            "Fallo\n\n\
             El tribunal ordenó al grupo alemán Brenner pagar 20 millones. Brenner dijo que \
             apelará. Según Brenner, el fallo es injusto.\n",
        ),
    ]);
    assert_eq!(found(&d, "Brenner"), Some(EntityKind::Organization));
}

/// One company written with one, two or no legal words ("Tavelmar Holdings Limited",
/// "Tavelmar Holdings", "Tavelmar"), and a newspaper with its article and legal form ("The
/// Daily Quorrel Co."), is one row.
#[test]
fn a_company_with_stacked_legal_words_is_one_row() {
    let d = dossier(&[(
        "a.txt",
        "Tavelmar said on Monday it would fight the charges brought by the regulator.\n\n\
         The regulator sued Tavelmar Holdings Limited and its founder in federal court.\n\n\
         Tavelmar Holdings runs the largest exchange, and Tavelmar denied wrongdoing.\n\n\
         The Daily Quorrel Co. sued Tavelmar as well, and the Daily Quorrel said it would win.\n",
    )]);
    assert_eq!(
        rows_with(&d, "Tavelmar").len(),
        1,
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(
        rows_with(&d, "Daily Quorrel").len(),
        1,
        "{:?}",
        rows_with(&d, "")
    );
}

/// A company named by its web address is a company, even on a given name ("Marlena.com"),
/// and an institution written with its country before it is the one written without ("U.S.
/// Securities and Exchange Commission" beside "Securities and Exchange Commission").
#[test]
fn a_web_address_is_a_company_and_a_country_before_an_institution_is_the_same_row() {
    let d = dossier(&[
        (
            "pt.txt",
            "A SEC processou a Tavelmar na segunda-feira num tribunal federal.\n\n\
             A U.S. Securities and Exchange Commission disse que a Tavelmar enganou os clientes.\n\n\
             A Securities and Exchange Commission pediu o congelamento dos bens.\n",
        ),
        (
            "it.txt",
            "Secondo la Sec, Marlena.com e la sua piattaforma hanno violato le regole per anni.\n\n\
             I clienti di Marlena.com erano americani, ha detto Gurbin Trell.\n",
        ),
    ]);
    assert_eq!(
        rows_with(&d, "Securities").len(),
        1,
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(found(&d, "Marlena.com"), Some(EntityKind::Organization));
}

/// A product or a company written with its words apart and together ("Quorra Max" and
/// "QuorraMax") is one row.
#[test]
fn words_written_apart_and_together_are_one_row() {
    let d = dossier(&[(
        "en.txt",
        "Tavelmar sold QuorraMax to farmers for a decade, the complaint says.\n\n\
         Farmers who sprayed Quorra Max said Tavelmar hid the risks of QuorraMax.\n\n\
         Tavelmar said Quorra Max was safe when used as directed.\n",
    )]);
    assert_eq!(rows_with(&d, "Quorra").len(), 1, "{:?}", rows_with(&d, ""));
}

/// Names after companies' noun and "such as" are companies, even one that opens with a given
/// name ("otros grupos mediáticos como el alemán Axel Quellwerk").
#[test]
fn a_name_after_companies_such_as_is_a_company() {
    let d = dossier(&[(
        "es.txt",
        "El acuerdo contrasta con otros grupos mediáticos como el alemán Axel Quellwerk o la \
         agencia Tordal, que cerraron acuerdos.\n\n\
         Tordal no respondió a las preguntas del diario.\n",
    )]);
    assert_eq!(found(&d, "Axel Quellwerk"), Some(EntityKind::Organization));
}

/// A party named beside a town in a pair ("entre Washington et Corvane") is no town: the pair
/// makes a place of it in that article at most, and the other articles name the party.
#[test]
fn a_party_paired_with_a_town_stays_a_party_elsewhere() {
    let d = dossier(&[
        (
            "a_fr.txt",
            "Accord\n\nSelon un arrangement conclu début 2021 entre Washington et Corvane, le \
             groupe a reconnu que ses employés avaient menti.\n",
        ),
        (
            "b_en.txt",
            "Deal\n\nThe Justice Department submitted an agreement with Corvane on Wednesday.\n\n\
             Corvane said it would comply.\n",
        ),
    ]);
    assert!(found(&d, "Corvane").is_some(), "{:?}", mentions(&d));
}

/// Portuguese names a company with the feminine article of "a empresa" ("da Corvane", "na
/// Corvane", "com a Corvane"): a company, even where the lists know the word as a surname (of another
/// country: a Portuguese surname after "a" may be a woman).
#[test]
fn the_portuguese_feminine_article_names_a_company() {
    let d = dossier(&[(
        "pt.txt",
        "Acordo\n\nO acordo com a Lindqvist foi assinado ontem. O presidente da Lindqvist disse \
         que a multa aplicada à empresa é justa, e os trabalhadores da Lindqvist aplaudiram.\n\n\
         Na Lindqvist ninguém comentou. Segundo Ana Quirino, a Lindqvist vai pagar.\n",
    )]);
    assert_eq!(found(&d, "Lindqvist"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Ana Quirino"), Some(EntityKind::Person));
}

/// A company's noun counts as a cue two words before a name only as a noun, not as the last word
/// of another company's name: "della Quellon Airlines diversi Paesi" names no company "Paesi".
#[test]
fn the_last_word_of_a_companys_name_is_no_cue_for_the_next_word() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nDopo il disastro della Quellon Airlines diversi Paesi, Italia compresa, \
         avevano deciso di bloccare i voli.\n",
    )]);
    assert!(found(&d, "Quellon Airlines").is_some());
    assert_no_mention(&d, "Paesi", |t| t == "Paesi");
}

/// A court named after a city whose name the languages translate ("New Corvale", "Nueva
/// Corvale", "Nova Corvale") is one row in every language.
#[test]
fn a_court_named_after_a_translated_city_is_one_row() {
    let d = dossier(&[
        (
            "a_en.txt",
            "Title\n\nThe New Corvale Court of Appeals overturned the conviction of Piet Varga.\n",
        ),
        (
            "b_es.txt",
            "Título\n\nEl Tribunal de Apelaciones de Nueva Corvale anuló la condena de Piet \
             Varga.\n",
        ),
        (
            "c_pt.txt",
            "Título\n\nO Tribunal de Apelações de Nova Corvale anulou a condenação de Piet \
             Varga.\n",
        ),
    ]);
    let rows = rows_with(&d, "Corvale");
    assert_eq!(rows.len(), 1, "{rows:?}");
}

/// "Corvane.com" is Corvane, where the dossier names Corvane too; "Corvane.US", a country's
/// ending, stays a row of its own (an affiliate as often as a site).
#[test]
fn a_web_address_is_the_company_of_its_name() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe regulator sued Corvane and its affiliate Corvane.US on Monday. \
         Investors kept using Corvane.com, which served customers in Europe, Corvane said.\n",
    )]);
    let rows = rows_with(&d, "Corvane");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows.contains(&"Corvane") && rows.contains(&"Corvane.US"),
        "{rows:?}"
    );
}

/// A court named by the part of a state it serves ("Northern District of Corvale", "Corte
/// distrettuale settentrionale del Corvale") is one row in every language; and one numbered by
/// an ordinal in small letters keeps the noun the ordinal numbers ("la Cour du cinquième
/// circuit", not "Cour du cinquième").
#[test]
fn a_court_by_its_district_or_its_number_is_whole_and_one_row() {
    let d = dossier(&[
        (
            "a_en.txt",
            "Title\n\nJudge Karl Benning of the District Court for the Northern District of \
             Corvale approved the request of Veltrax.\n",
        ),
        (
            "b_it.txt",
            "Titolo\n\nVeltrax ha 30 giorni, ha deliberato il giudice Karl Benning della Corte \
             distrettuale settentrionale del Corvale.\n",
        ),
        (
            "c_fr.txt",
            "Titre\n\nLes familles ont demandé à la Cour du cinquième circuit d'annuler la \
             décision favorable à Veltrax.\n",
        ),
    ]);
    let rows = rows_with(&d, "Corvale");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        found(&d, "Cour du cinquième circuit"),
        Some(EntityKind::Organization)
    );
}

/// A row is never named by an article's capital at a sentence start ("A promotoria") where the
/// dossier also writes the body by a name ("Ministério Público").
#[test]
fn a_row_is_not_named_by_a_sentence_starts_article() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nA promotoria pediu sete anos de prisão para Tavio Brenner. A promotoria \
         disse que Brenner mentiu.\n\nO Ministério Público recorreu da decisão. A promotoria \
         vai recorrer.\n",
    )]);
    let rows = rows_with(&d, "Ministério Público");
    assert_eq!(rows, ["Ministério Público"]);
}

/// A programme lists each speaker above the acronyms of their institutions: the acronyms open
/// their lines, and a line of acronyms is no headline in capitals. A dateline's town opening a
/// paragraph in capitals is no acronym.
#[test]
fn acronyms_opening_a_line_are_names_and_a_datelines_town_is_not() {
    let d = dossier(&[(
        "pt.txt",
        "Programa do seminário\n\n\
         O seminário reuniu pesquisadores de várias casas em Salvador, segundo a coordenação.\n\n\
         Debatedores:\n\nMarcos Tavares Lima\n\nIUPEX e IRZ/PUCA\n\nRenata Sobral\n\n\
         Núcleo de estudos rurais, UFRB\n\n\
         VALMORE, Bahia. A prefeitura anunciou o novo calendário das aulas na semana passada.\n",
    )]);
    for acronym in ["IUPEX", "IRZ", "PUCA", "UFRB"] {
        assert_eq!(
            found(&d, acronym),
            Some(EntityKind::Organization),
            "{acronym}"
        );
    }
    assert_eq!(found(&d, "VALMORE"), None);
}

/// Partners' names joined by "and" after a firm's noun in the singular are one firm ("the law
/// firm Brenner and Vogt", "el bufete Halm y Roder"); after a plural ("the firms Quintara
/// and Velmora") they are two.
#[test]
fn partners_names_after_a_firms_noun_are_one_firm() {
    let d = dossier(&[
        (
            "en.txt",
            "Plaintiffs have higher levels of the solvent than most people, the law firm Brenner \
             and Vogt said in a statement. The firms Quintara and Velmora declined to comment.\n",
        ),
        (
            "es.txt",
            "Los demandantes están representados por el bufete Halm y Roder, dijo Quintara.\n",
        ),
    ]);
    let rows = support::rows_with(&d, "");
    for firm in ["Brenner and Vogt", "Halm y Roder", "Quintara", "Velmora"] {
        assert!(rows.contains(&firm), "{firm}: {rows:?}");
    }
    assert_eq!(found(&d, "Halm y Roder"), Some(EntityKind::Organization));
}

/// An acronym and a word joined by a hyphen open one name ("QFC-Que Voter", a consumer group),
/// which "l'QFC" then shortens; a conjunction before an article joins no two names ("Radio
/// Vantoria e Le Quotidien").
#[test]
fn an_acronym_hyphened_to_a_word_opens_one_name_and_an_article_opens_another() {
    let d = dossier(&[
        (
            "fr.txt",
            "L'association QFC-Que Voter a assigné Quintara Waters devant le tribunal. \
             QFC-Que Voter demande le retrait des bouteilles, selon l'QFC.\n",
        ),
        (
            "en.txt",
            "Consumer group QFC-Que Voter, which sued Quintara Waters, said it would appeal.\n",
        ),
        (
            "it.txt",
            "Dopo l'inchiesta di Radio Vantoria e Le Quotidien, il rapporto accusa Quintara \
             Waters.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert_eq!(rows_with(&d, "QFC"), ["QFC-Que Voter"], "{rows:?}");
    let group = d
        .entities
        .iter()
        .find(|e| e.name == "QFC-Que Voter")
        .unwrap();
    assert_eq!(group.mentions.len(), 4, "{rows:?}");
    assert!(!rows.iter().any(|r| r.contains(" e ")), "{rows:?}");
}

/// The items of a list after a company's noun in the plural are companies, each of them ("des
/// marques Vantorix, Ferrandi, Lucchesi et Morel", brands named like surnames); after a noun in the singular, the next item
/// may be a person ("la société Quintara et Corin Dale").
#[test]
fn the_items_after_a_plural_company_noun_are_companies() {
    let d = dossier(&[(
        "fr.txt",
        "Le groupe doit indemniser les clients des marques Vantorix, Ferrandi, Lucchesi et \
         Morel, selon Quintara. La société Quintara et Corin Dale ont fait appel.\n",
    )]);
    for company in ["Ferrandi", "Lucchesi", "Morel"] {
        assert_eq!(
            found(&d, company),
            Some(EntityKind::Organization),
            "{company}"
        );
    }
    assert_ne!(found(&d, "Corin Dale"), Some(EntityKind::Organization));
}

/// A brand then the nouns of its trade on both sides of "and" is one company: "Vantora
/// Automação e Robótica", "Marlow Energy and Trading", a legal form closing it or not. A brand
/// after "and" is another company ("Quintara Robotics and Google").
#[test]
fn a_brand_and_its_trades_joined_by_and_are_one_company() {
    let d = dossier(&[
        (
            "pt.txt",
            "A lista de clientes da VANTORA Automação e Robótica é extensa. Segundo o jornal, a \
             Brisela Indústria e Comércio Ltda. pagou a multa que os procuradores lhe aplicaram.\n",
        ),
        (
            "en.txt",
            "The regulator said Marlow Energy and Trading had paid the fine, while Quintara \
             Robotics and Google denied the claims made by the regulator last week.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    for name in [
        "VANTORA Automação e Robótica",
        "Brisela Indústria e Comércio Ltda.",
        "Marlow Energy and Trading",
        "Quintara Robotics",
        "Google",
    ] {
        assert!(rows.contains(&name), "{name}: {rows:?}");
        assert_eq!(found(&d, name), Some(EntityKind::Organization), "{name}");
    }
}

/// "&" between spaces joins one company's name ("Johnson & Johnson", "Procter & Gamble"),
/// which is a company's however its words read, and its acronym is the same row.
#[test]
fn an_ampersand_joins_one_companys_name() {
    let d = dossier(&[(
        "en.txt",
        "A jury ordered Harlow & Harlow (H&H) to pay 966 million dollars, and H&H said it would \
         appeal. Harlow & Harlow denied the claims. The plaintiffs said Vendel & Pike also sold the \
         powder.\n",
    )]);
    let rows = rows_with(&d, "");
    for name in ["Harlow & Harlow", "Vendel & Pike"] {
        assert!(rows.contains(&name), "{name}: {rows:?}");
        assert_eq!(found(&d, name), Some(EntityKind::Organization), "{name}");
    }
    assert!(!rows.contains(&"H&H"), "{rows:?}");
}

/// An article before a word of the language names a paper or a house, not a person: "selon Le
/// Matin" is a company's row; "Le Brenn", where the word is none, stays a person.
#[test]
fn an_article_before_a_word_of_the_language_names_a_paper() {
    let d = dossier(&[(
        "fr.txt",
        "Selon Le Matin, la société Velmora a caché les résultats. Interrogé par Le Matin, le \
         député Le Brenn a demandé une enquête, et Le Brenn a écrit au ministre.\n",
    )]);
    assert_eq!(found(&d, "Le Matin"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Le Brenn"), Some(EntityKind::Person));
}

/// A company of one compound word goes by the initials of its parts ("VW" of "Volkswagen"):
/// "Brennwagen" and "BW" are one row.
#[test]
fn a_compound_companys_initials_are_the_same_row() {
    let d = dossier(&[
        (
            "de.txt",
            "Der Autobauer Brennwagen muss sich vor Gericht verantworten. BW weist die Vorwürfe \
             zurück, sagte ein Sprecher von Brennwagen.\n",
        ),
        (
            "en.txt",
            "Consumers sued Brennwagen over emissions. BW denied wrongdoing, and BW shares fell \
             after the hearing.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert!(rows.contains(&"Brennwagen"), "{rows:?}");
    assert!(!rows.contains(&"BW"), "{rows:?}");
}

/// Partners' names listed with commas after a firm's noun are one firm, even where a name is a
/// noun too ("die Kanzlei Linde, Hallweg, Aristo & Vogt"); two names the dossier writes alone
/// on either side of "&" are two ("Quintara & Velmora").
#[test]
fn a_firms_partners_listed_with_commas_are_one_firm_and_two_known_names_stay_two() {
    let d = dossier(&[
        (
            "de.txt",
            "Der Anwalt, der für die renommierte Kanzlei Linde, Hallweg, Aristo & Vogt arbeitet, \
             fährt schweres Geschütz auf.\n",
        ),
        (
            "en.txt",
            "The plaintiffs are represented by the law firm Brenner, Hallweg, Aristo & Vogt.\n\n\
             Quintara said the deal was fair. Velmora declined to comment. The regulator also \
             looked at Quintara & Velmora last year.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    for name in [
        "Linde, Hallweg, Aristo & Vogt",
        "Brenner, Hallweg, Aristo & Vogt",
        "Quintara",
        "Velmora",
    ] {
        assert!(rows.contains(&name), "{name}: {rows:?}");
    }
    assert!(!rows.iter().any(|r| r.contains("Quintara &")), "{rows:?}");
}

/// A company's short form names it after its acronym has merged with it: "Marrow" of "Marrow &
/// Marrow" is that company once "M&M" and the full name are one row, not a row of its own.
#[test]
fn a_short_form_follows_its_name_into_a_merge() {
    let d = dossier(&[(
        "es.txt",
        "El grupo Marrow & Marrow (M&M) perdió el juicio en Houston, según el tribunal.\n\n\
         El jurado dijo que el talco Marrow causó cáncer a dos mujeres. M&M apelará, dijo \
         Marrow & Marrow.\n\nLos alegatos sobre el talco de Marrow siguen. M&M lo niega.\n",
    )]);
    let rows = rows_with(&d, "Marrow");
    assert_eq!(rows.len(), 1, "{rows:?}");
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        texts.iter().filter(|t| *t == "Marrow").count(),
        2,
        "{texts:?}"
    );
}

/// A word the broad lists know as a surname ("Orchard"), named once in English in a list of
/// companies and nowhere else: the list and the bare word say company, as in "Google, TikTok,
/// Meta, Apple and Twitter".
#[test]
fn a_listed_surname_in_one_list_of_companies_is_a_company() {
    let d = dossier(&[(
        "en.txt",
        "Regulators tighten the rules\n\n\
         Tech groups including Zentrixa, Quibblo, Vantorix, Orchard and Pellomax face the new \
         rules on data transfers. Zentrixa said it would appeal. Quibblo declined to comment, \
         and Vantorix said it was studying the decision. Pellomax did not answer.\n",
    )]);
    assert_eq!(found(&d, "Orchard"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Zentrixa"), Some(EntityKind::Organization));
}

/// The country's adjective is the press's, not the body's: the "Irish Data Protection
/// Commission" is the "Data Protection Commission" written elsewhere, with its acronym and its
/// translations, even where those already make one row.
#[test]
fn a_body_with_its_country_adjective_before_it_is_the_body() {
    let d = dossier(&[
        (
            "en.txt",
            "Record fine\n\n\
             The Irish Data Protection Commission started the investigation in 2020 and found \
             that Pellomax failed to protect its users.\n",
        ),
        (
            "it.txt",
            "Multa\n\n\
             La decisione deriva dall'indagine condotta su Pellomax da parte della Data \
             Protection Commission (DPC), il garante irlandese.\n",
        ),
        (
            "pt.txt",
            "Multa recorde\n\n\
             A Pellomax foi multada em mil milhões de euros. A multa foi imposta pela Comissão \
             de Proteção de Dados.\n\n\
             Além da multa, a Comissão exige a suspensão da transferência de dados.\n",
        ),
        (
            "es.txt",
            "Multa\n\n\
             La Comisión de Protección de Datos de Irlanda (DPC) ha impuesto una multa a \
             Pellomax.\n\n\
             Según la DPC, la compañía siguió transfiriendo datos.\n",
        ),
    ]);
    let rows = rows_with(&d, "Data Protection Commission");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows_with(&d, "DPC"), rows);
}

/// Two English words run together ("Cloudlink"), on no list of names, are a brand's coinage:
/// written bare in other languages, a company, where an unknown word would lean to a surname.
#[test]
fn two_english_words_run_together_are_a_company() {
    let d = dossier(&[
        (
            "de.txt",
            "Sperre\n\nDer Richter ließ die Konten von Cloudlink sperren. Cloudlink wies die \
             Vorwürfe zurück.\n",
        ),
        (
            "it.txt",
            "Blocco\n\nIl giudice ha bloccato i conti di Cloudlink. Cloudlink non ha \
             commentato.\n",
        ),
    ]);
    assert_eq!(found(&d, "Cloudlink"), Some(EntityKind::Organization));
}

/// "NY Times" is the "New York Times": a name whose first word is the initials of another's
/// first words, the rest the same, is that name.
#[test]
fn a_name_opening_with_initials_of_another_is_that_name() {
    let d = dossier(&[
        (
            "en.txt",
            "Lawsuit\n\nThe New Haven Ledger sued Quibblo on Tuesday. The New Haven Ledger says \
             millions of its articles were copied.\n",
        ),
        (
            "pt.txt",
            "Quibblo processada pelo NH Ledger\n\n\
             Segundo o NH Ledger, o jornal é o primeiro a processar a Quibblo.\n",
        ),
    ]);
    let rows = rows_with(&d, "Ledger");
    assert_eq!(rows.len(), 1, "{rows:?}");
}

/// A body's name goes on in small words after "de" ("Ministério da Saúde"), but not into a
/// noun that refers back to the body the text named ("o Comitê Disciplinar da entidade", "el
/// Comité de Apelación de la federación").
#[test]
fn a_noun_referring_back_to_a_body_is_no_part_of_its_committee() {
    let d = dossier(&[
        (
            "pt.txt",
            "Suspensão\n\nA decisão foi tomada pelo Comitê Disciplinar da entidade e anunciada \
             neste sábado, disse a Velmora.\n",
        ),
        (
            "es.txt",
            "Recurso\n\nEl Comité de Apelación de la federación rechazó el recurso de Velmora.\n",
        ),
    ]);
    assert_no_mention(&d, "a referring noun", |t| {
        t.ends_with("entidade") || t.ends_with("federación")
    });
    assert_eq!(
        found(&d, "Comitê Disciplinar"),
        Some(EntityKind::Organization)
    );
}

/// A club named after a saint's city keeps the saint ("São Lucas Futebol Clube", not a person
/// "Lucas Futebol Clube"), and a Portuguese verb in "-eu" after it ("venceu") is no people's
/// adjective that would run on in the name.
#[test]
fn a_saints_club_keeps_the_saint_and_stops_before_the_verb() {
    let d = dossier(&[(
        "pt.txt",
        "Final\n\nO São Lucas Futebol Clube venceu o jogo ontem. A Velmora patrocina a equipa.\n\n\
         O São Caetano Futebol Clube perdeu.\n",
    )]);
    // "são" is a verb too, but not before a given name.
    assert_eq!(
        found(&d, "São Caetano Futebol Clube"),
        Some(EntityKind::Organization),
        "{:?}",
        mentions(&d)
    );
    assert_eq!(
        found(&d, "São Lucas Futebol Clube"),
        Some(EntityKind::Organization),
        "{:?}",
        mentions(&d)
    );
    assert_no_mention(&d, "the verb", |t| t.contains("venceu"));
}

/// A broadcaster's acronym with no vowel before an ordinary word ("MVP Business", as "CNN
/// Business") is a name, however often the press writes the acronym; a table's head of such
/// acronyms ("W L PCT GB") is none.
#[test]
fn a_vowelless_acronym_before_a_word_makes_a_name() {
    let d = dossier(&[(
        "en.txt",
        "Interview\n\nSpeaking to MVP Business, he said the deal was dead.\n\n\
         W L PCT GB\n\n12 4 .750 -\n",
    )]);
    assert_eq!(
        found(&d, "MVP Business"),
        Some(EntityKind::Organization),
        "{:?}",
        mentions(&d)
    );
    assert_no_mention(&d, "a table's head", |t| t.contains("PCT"));
}

/// A newspaper by its last word after its article ("The Times") is the newspaper the dossier
/// names in full, not a second row.
#[test]
fn a_newspaper_by_its_article_and_last_word_is_the_newspaper() {
    let d = dossier(&[
        (
            "en.txt",
            "Harbourton Times sues Brixel\n\n\
             The Harbourton Times sued Brixel on Wednesday. Brixel copied millions of The \
             Times's articles, the complaint says, and the Times wants damages.\n",
        ),
        (
            "pt.txt",
            "Jornal processa a Brixel\n\n\
             O jornal Harbourton Times processou a Brixel. A empresa usou o investimento do The \
             Times em jornalismo, segundo a queixa.\n",
        ),
    ]);
    let rows = rows_with(&d, "Times");
    assert_eq!(rows.len(), 1, "{rows:?}");
}

/// A company's noun and its trade before a name ("la multinacional de alimentación
/// Varnelli") make the name a company's, even one no list knows.
#[test]
fn a_company_noun_and_its_trade_before_a_name_make_a_company() {
    let d = dossier(&[
        (
            "es.txt",
            "Multa récord\n\n\
             La comisaria anunció una sanción a la multinacional de alimentación Varnelli.\n",
        ),
        (
            "it.txt",
            "Multa\n\n\
             La Commissione ha multato il gruppo di moda Ostrelli per intese sui prezzi.\n",
        ),
    ]);
    assert_eq!(found(&d, "Varnelli"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Ostrelli"), Some(EntityKind::Organization));
}

/// A newspaper's title keeps its article when the article and the word are of one language,
/// in that language's text and quoted in another's: "El Heraldo"-like titles stay whole
/// ("El País" quoted in German), where "el Times" is Spanish's article before an English word.
#[test]
fn a_newspapers_title_keeps_its_own_article() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDie Sängerin hat gezahlt, wie die spanische Tageszeitung \"El País\" unter \
         Berufung auf die Anklage berichtet. Sie werte dies laut \"El País\" als mildernden \
         Umstand.\n",
    )]);
    assert_eq!(found(&d, "El País"), Some(EntityKind::Organization));
    assert!(found(&d, "País").is_none());
}

/// A title of an article and a people's word is a newspaper's, in any language's text: "la
/// testata francese Le Lyonnais", "the French daily Le Marseillais", not a person "Le Pen".
#[test]
fn an_article_and_a_peoples_word_are_a_newspapers_title_in_any_language() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nCome riporta la testata francese Le Lyonnais, sono in totale undici gli \
             imputati.\n",
        ),
        (
            "en.txt",
            "Title\n\nAs the French daily Le Marseillais reported, eleven people are on trial.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &["Le Lyonnais", "Le Marseillais"],
        EntityKind::Organization,
    );
}

/// An acronym inside a club's name gives all its letters to the club's acronym: "FCV" is the
/// "FC Vellmar" the dossier names in full. A league's word before a number is a division, no
/// body ("Ligue 1").
#[test]
fn a_clubs_acronym_is_the_club_and_a_numbered_league_is_no_party() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe Ligue 1 champions are due back. Fans of FC Vellmar cheered, and the FCV \
         said it would appeal the ruling against FC Vellmar.\n",
    )]);
    assert_eq!(rows_with(&d, "FCV"), ["FC Vellmar"]);
    assert!(rows_with(&d, "Ligue").is_empty());
}

/// A newspaper's word with its capital after an article in mid-sentence is the paper ("a Folha
/// confirmou", "selon le Figaro"); German capitalises such words as nouns ("in der Zeit").
#[test]
fn a_newspapers_word_after_an_article_is_the_paper() {
    let d = dossier(&[
        (
            "pt.txt",
            "Título\n\nOntem a Folha confirmou os entendimentos com a empresa Vantoril.\n",
        ),
        (
            "de.txt",
            "Titel\n\nIn der Zeit nach dem Urteil schwieg die Firma Vantoril.\n",
        ),
    ]);
    assert_eq!(found(&d, "Folha"), Some(EntityKind::Organization));
    assert!(found(&d, "Zeit").is_none());
}

/// A supplier's or an operator's noun closing a German compound before a name is no part of
/// it: "der Energieversorger Nordkamm Energie GmbH" is Nordkamm Energie GmbH.
#[test]
fn a_german_suppliers_noun_is_no_part_of_the_name() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDer Energieversorger Nordkamm Energie GmbH hat den Landkreis verklagt. \
         Nordkamm Energie wirft der Verwaltung Verzögerungen vor.\n",
    )]);
    assert_eq!(rows_with(&d, "Energieversorger"), Vec::<&str>::new());
    assert_eq!(
        found(&d, "Nordkamm Energie GmbH"),
        Some(EntityKind::Organization)
    );
}

/// A German compound on a common noun is a noun ("US-Konzern"), but one that a legal form
/// closes is a company's name ("die Hansa-Logistik GmbH", "Norddeutsche Landes-Energie AG"),
/// and so is the plain compound where the dossier writes it without the form.
#[test]
fn a_german_compound_closed_by_a_legal_form_is_a_company() {
    let d = dossier(&[(
        "de.txt",
        "Titel\n\nDie Kanzlei verklagte die Qwertz-Logistik GmbH und die Norddeutsche \
         Landes-Energie AG auf Schadenersatz. Ein Sprecher von Qwertz-Logistik wies die \
         Vorwürfe zurück, der US-Konzern schwieg.\n",
    )]);
    assert_found_as(
        &d,
        &[
            "Qwertz-Logistik GmbH",
            "Norddeutsche Landes-Energie AG",
            "Qwertz-Logistik",
        ],
        EntityKind::Organization,
    );
    assert_eq!(rows_with(&d, "Qwertz").len(), 1, "{:?}", rows_with(&d, ""));
    assert!(
        rows_with(&d, "US-Konzern").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
}

/// Every item of a list after a company's noun and "such as" is a company, in German with
/// "unter anderem" between and in Italian after a noun in the plural ("produttori"), even
/// where the first item is a word the dictionaries hold.
#[test]
fn the_items_after_makers_such_as_are_companies() {
    let d = dossier(&[
        (
            "de.txt",
            "Titel\n\nAndroid wird von Herstellern wie unter anderem Kompass, Pelmo oder \
             Zirvana genutzt, teilte die Behörde mit.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nIl sistema è usato da produttori come Vantrox, Quelmo e Dirvana, ha \
             detto la commissione.\n",
        ),
    ]);
    assert_found_as(
        &d,
        &["Pelmo", "Zirvana", "Vantrox", "Quelmo", "Dirvana"],
        EntityKind::Organization,
    );
}

/// A parent company's "mother" is no family tie: what "la maison mère de" lists are its
/// products ("Fastbook, Instaflix et ChatApp"), no people; a mother's child stays a person.
#[test]
fn a_parent_companys_list_holds_products_not_people() {
    let fr = "Une amende à la société Vemta, maison mère de Fastbook, Instaflix et ChatApp. La \
              mère de l'enfant, Zulmira Passos, a témoigné.";
    let d = dossier(&[("fr.txt", &format!("{fr}\n\nL'audience reprendra. {fr}\n"))]);
    assert!(
        rows_with(&d, "Instaflix").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(found(&d, "Zulmira Passos"), Some(EntityKind::Person));
}

/// A maker's name before a device's noun ("Orlyx device users") reads as a product; where the
/// name also says and denies, it is the party, everywhere.
#[test]
fn a_maker_that_speaks_is_a_party_whatever_its_devices() {
    let d = dossier(&[(
        "en.txt",
        "The fine\n\n\
         The Commission fined Orlyx 1.8 billion euros. Orlyx device users were restricted in \
         where they could buy subscriptions. Orlyx said it would appeal, and Orlyx denied \
         abusing its position.\n",
    )]);
    assert_eq!(rows_with(&d, "Orlyx"), ["Orlyx"]);
    assert_eq!(d.entities[row_of(&d, "Orlyx")].mentions.len(), 4);
}

/// A product the dossier names after its maker ("the Vextra Play app store") is no reason to
/// set the maker apart as a product; nor is the game a maker is known by, glued before its name
/// ("Quillbox-maker Dravon Games").
#[test]
fn a_maker_named_with_its_products_stays_a_party() {
    let d = dossier(&[
        (
            "a_en.txt",
            "Title\n\nThe jury found that Vextra turned its Vextra Play app store into an illegal \
             monopoly. Vextra said it would appeal. When Quillbox-maker Dravon Games sued Vextra \
             and Orlyx in 2020, Dravon had a win.\n",
        ),
        (
            "b_en.txt",
            "Title\n\nOrlyx blocked the popular video game Quillbox from its store. Dravon Games \
             said the fees were unfair, and Dravon Games launched its own store. Quillbox \
             returned in May, when Quillbox drew ten million players.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert!(rows.contains(&"Vextra"), "{rows:?}");
    assert!(rows.contains(&"Dravon Games"), "{rows:?}");
    assert!(
        !rows_with(&d, "Quillbox").contains(&"Dravon Games"),
        "{rows:?}"
    );
    assert_no_mention(&d, "the maker's product", |t| t.contains("-maker"));
}

/// A product's noun parts the small words around it: "Quillbox de la App Store de Vextra" is a
/// game, a store and its maker, not one name.
#[test]
fn a_products_noun_parts_the_names_around_it() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nOrlyx retiró Quillbox de la App Store de Vextra en 2020. Vextra dijo que \
         apelará la decisión.\n",
    )]);
    assert!(
        rows_with(&d, "App Store").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    assert!(found(&d, "Vextra").is_some(), "{:?}", rows_with(&d, ""));
}

/// A company named by a word of the language ("Crown"), which the dossier writes as a name again
/// and again and never small, is the company in every language's text, though a longer name
/// opens with it ("Crown Alstrada", the planned venture).
#[test]
fn a_company_named_by_a_word_is_found_in_that_words_language() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLa Commission a interdit la fusion entre Alstrada et Crown. La nouvelle \
             société Crown Alstrada aurait dominé le marché. Crown a regretté la décision.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe Commission blocked the merger of Alstrada and Crown on Wednesday. The \
             deal would have put the rail unit of Crown and Alstrada together. A company fully \
             controlled by Crown would have run it.\n",
        ),
    ]);
    let crown = d
        .entities
        .iter()
        .find(|e| e.name == "Crown")
        .expect("a Crown row");
    let en = d.articles.iter().find(|a| a.file == "en.txt").unwrap();
    let english = crown.mentions.iter().filter(|m| m.article == en.id).count();
    assert_eq!(english, 3, "{:?}", rows_with(&d, ""));
}

/// Two companies joined by a hyphen are the label of their merger ("Fusion Alstrada-Crownwell"),
/// no row of its own; a compound given name stays ("Jean-Henri Favrel").
#[test]
fn two_companies_joined_by_a_hyphen_are_a_label() {
    let d = dossier(&[
        (
            "fr.txt",
            "Fusion Alstrada-Crownwell : Bruxelles interdit le projet\n\nLa Commission a interdit \
             la fusion entre Alstrada et Crownwell. Alstrada a regretté la décision, et \
             Crownwell aussi. Jean-Henri Favrel, analyste, n'est pas surpris.\n",
        ),
        (
            "it.txt",
            "Ue blocca fusione Alstrada-Crownwell\n\nLa Commissione ha bloccato la fusione tra \
             Alstrada e Crownwell.\n",
        ),
    ]);
    assert!(
        rows_with(&d, "Alstrada-").is_empty(),
        "{:?}",
        rows_with(&d, "")
    );
    assert_eq!(found(&d, "Jean-Henri Favrel"), Some(EntityKind::Person));
}

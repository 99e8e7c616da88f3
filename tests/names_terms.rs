//! What real coverage writes in capitals that names no party: laws and their acronyms, units
//! after amounts, German headlines of nouns, and the words glued before a name (a people's noun
//! in German, a lede's capitals). Each class reproduced with invented names.

mod support;

use dossier::model::EntityKind;
use support::{PARA, assert_mentioned, assert_no_mention, dossier, found, mentions, rows_with};

#[test]
fn a_law_and_its_acronym_are_no_party() {
    let d = dossier(&[
        (
            "a.txt",
            &format!(
                "Port fined\n\n{PARA}\n\nThe regulator fined Quintara Shipping under the Harbour \
                 Safety Act (HSA), which took effect in 2019.\n\nQuintara Shipping said the HSA \
                 had never been applied to a ferry before.\n"
            ),
        ),
        (
            "b.txt",
            "Multa al puerto\n\nEl regulador multó a Quintara Shipping según el Reglamento de \
             Puertos Limpios (RPL), vigente desde 2019.\n\nQuintara Shipping dijo que el RPL \
             nunca se había aplicado a un ferry.\n",
        ),
    ]);
    assert_mentioned(&d, "Quintara Shipping");
    for law in [
        "Harbour Safety Act",
        "HSA",
        "Reglamento de Puertos Limpios",
        "RPL",
    ] {
        assert_no_mention(&d, law, |t| t == law);
    }
}

/// A law whose name ends in "Law" or "Code" and its acronym in brackets, and an acronym right
/// after a law's noun ("Digital-Gesetz DMX"), name no party; "Jude Law" stays a person.
#[test]
fn a_law_named_law_and_an_acronym_after_a_laws_noun_are_no_party() {
    let d = dossier(&[
        (
            "en.txt",
            &format!(
                "Ruling\n\n{PARA}\n\nThe jury found that Vantorix violated Calvera's Fair \
                 Trading Law (FTL). The court held that Quintara prevailed on the FTL claim. \
                 The actor Stuart Law watched the trial.\n"
            ),
        ),
        (
            "de.txt",
            "Urteil\n\nIn der EU gibt es mit dem Digital-Gesetz DMX eigene Regeln für große \
             Plattformen, sagte Quintara.\n",
        ),
    ]);
    for law in ["Fair Trading Law", "FTL", "DMX"] {
        assert_no_mention(&d, law, |t| t == law);
    }
    assert_eq!(found(&d, "Stuart Law"), Some(EntityKind::Person));
}

#[test]
fn a_word_most_languages_share_is_no_name_where_it_is_also_written_small() {
    // "Internet" and "Marketing" are words in every language of the reader: written small
    // elsewhere in the dossier, their capital says nothing. "Google" is a word of as many
    // languages, but the dossier never writes it small.
    let d = dossier(&[(
        "a.txt",
        &format!(
            "{PARA}\n\nQuintara Shipping sells its tickets over the Internet, and its Marketing \
             team works with Google on the adverts.\n\nMost passengers book on the internet \
             now, the marketing director said, and Google sends them there.\n"
        ),
    )]);
    assert_mentioned(&d, "Quintara Shipping");
    assert_mentioned(&d, "Google");
    for word in ["Internet", "Marketing"] {
        assert_no_mention(&d, word, |t| t == word);
    }
}

#[test]
fn a_contact_lines_label_is_not_glued_to_the_name() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "{PARA}\n\nReservas no Teatro Quintela com Marta Quelhas Tel: 218 000 111 ou com \
             Rui Farvela Telefax (21) 2750000 até sexta-feira.\n"
        ),
    )]);
    assert_mentioned(&d, "Marta Quelhas");
    assert_mentioned(&d, "Rui Farvela");
    assert_no_mention(&d, "a name with its label", |t| t.contains("Tel"));
}

#[test]
fn an_amount_abbreviation_after_a_number_is_no_name() {
    let d = dossier(&[(
        "a.txt",
        "Amende record\n\nLe régulateur a infligé à Quintara Shipping une amende de 1,2 Md€ \
         mercredi, la plus lourde de son histoire.\n\nQuintara Shipping conteste l'amende de \
         1,2 Md€ devant le tribunal administratif.\n",
    )]);
    assert_no_mention(&d, "Md", |t| t == "Md");
}

#[test]
fn a_german_headline_of_nouns_is_no_name() {
    let d = dossier(&[
        (
            "a.txt",
            "1,2 Milliarden Euro Strafe gegen Quintara\n\nDie Behörde hat gegen den Reeder \
             Quintara eine Strafe von 1,2 Milliarden Euro verhängt, teilte sie am Montag mit.\n",
        ),
        (
            "b.txt",
            "1,2 Milliarden Euro Strafe für Quintara\n\nQuintara kündigte an, gegen die \
             Entscheidung der Behörde vorzugehen, wie ein Sprecher am Dienstag sagte.\n",
        ),
    ]);
    assert_no_mention(&d, "Strafe", |t| t.contains("Strafe"));
}

/// German names a person by their people before the name ("die Kolumbianerin …"): the row is
/// the person's name alone.
#[test]
fn a_peoples_noun_before_a_name_is_not_the_name() {
    let d = dossier(&[(
        "a.txt",
        "Prozess in Lissabon\n\nDie Kolumbianerin Vennari hat am Montag vor Gericht \
         ausgesagt, sie habe von den Zahlungen nichts gewusst.\n\nVennari bestritt jede \
         Verantwortung, sagte ihr Anwalt.\n\nDas Gericht will im Mai über Vennari \
         entscheiden.\n",
    )]);
    let found = mentions(&d);
    assert_no_mention(&d, "Kolumbianerin", |t| t.starts_with("Kolumbianerin"));
    assert!(
        d.entities.iter().any(|e| e.name == "Vennari"),
        "the row is named Vennari: {found:?}"
    );
}

#[test]
fn a_ledes_capitals_are_not_glued_to_the_name() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "Singer settles\n\nPOP STAR Marisela Quintero has cut a deal with prosecutors at \
             the start of her trial.\n\n{PARA}\n\nQuintero left the court without a word.\n"
        ),
    )]);
    assert_eq!(found(&d, "Marisela Quintero"), Some(EntityKind::Person));
    assert_no_mention(&d, "STAR", |t| t.contains("STAR"));
}

/// "the Varga administration": the article is the administration's, and the name stays a
/// person's.
#[test]
fn a_name_before_its_administration_is_a_person() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "Case revived\n\n{PARA}\n\nThe case was filed in the last days of the Varga \
             administration, lawyers said.\n\nIt had started under the Varga administration and \
             went on under its successor.\n"
        ),
    )]);
    assert_eq!(found(&d, "Varga"), Some(EntityKind::Person));
}

/// A company whose name is also a rare given name and a word of several languages ("Meta"),
/// named bare in a list of companies, is a company.
#[test]
fn a_brand_that_is_also_a_given_name_is_a_company() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "Suits multiply\n\n{PARA}\n\nLawsuits were filed in the following years against \
             Meta, Tessaly and Brightwater as well as smaller rivals.\n"
        ),
    )]);
    assert_eq!(found(&d, "Meta"), Some(EntityKind::Organization));
}

/// A given name that is a place too ("Kent") before a surname opens a person's name, even where
/// the press puts the speaker after the quotation.
#[test]
fn a_given_name_that_is_a_place_opens_a_persons_name() {
    let d = dossier(&[(
        "fr.txt",
        "Tessaly fera appel\n\n« Nous ferons appel de cette décision », a réagi Kent Wallace, \
         l'un des dirigeants de Tessaly Systems.\n",
    )]);
    assert_eq!(found(&d, "Kent Wallace"), Some(EntityKind::Person));
}

/// A German compound of a prefix and a common noun describes someone named elsewhere ("ein
/// US-Richter", "der US-Online-Konzern"); an institution's compound stays a name.
#[test]
fn a_german_descriptor_compound_is_no_name() {
    let d = dossier(&[(
        "de.txt",
        "Urteil gegen Tessaly\n\nIm Streit mit dem US-Justizministerium entschied ein \
         US-Richter, dass Tessaly Systems ein Monopol hat. Der US-Online-Konzern will Berufung \
         einlegen.\n",
    )]);
    assert_mentioned(&d, "US-Justizministerium");
    assert_no_mention(&d, "a descriptor", |t| {
        t == "US-Richter" || t == "US-Online-Konzern"
    });
}

#[test]
fn a_german_company_noun_glued_into_a_compound_is_cut_off() {
    // "Muttergesellschaft": German glues the company noun on without a hyphen; the name
    // starts after it, even where it is a word too ("Kompass").
    let d = dossier(&[(
        "de.txt",
        "Urteil gegen Tessaly\n\nDas Urteil bedeute einen Rückschlag für Tessaly und seine \
         Muttergesellschaft Kompass Inc.\n",
    )]);
    assert_mentioned(&d, "Kompass Inc.");
    assert_no_mention(&d, "a company noun glued on", |t| {
        t.contains("gesellschaft") || t.contains("konzern")
    });
}

#[test]
fn a_time_zone_after_an_hour_is_no_name() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "{PARA}\n\nThe court in Valdoria opens the hearing on Quintara Shipping at 0900 GMT \
             on Monday.\n"
        ),
    )]);
    assert_mentioned(&d, "Quintara Shipping");
    assert_no_mention(&d, "GMT", |t| t == "GMT");
}

#[test]
fn a_field_of_work_ending_a_job_title_is_no_name() {
    // "Regulatory Affairs" finishes the title; after "chief executive of", a company's name of
    // common words stays the employer.
    let d = dossier(&[(
        "a.txt",
        &format!(
            "{PARA}\n\nThe Vice President of Regulatory Affairs at Tessaly, Lorna Quell, said \
             the ruling was wrong. The chief executive of General Motors agreed.\n"
        ),
    )]);
    assert_mentioned(&d, "Lorna Quell");
    assert_mentioned(&d, "General Motors");
    assert_no_mention(&d, "a field of work", |t| t.contains("Affairs"));
}

/// "VP" is a role like "CEO", and a title may join two fields with "and", in English words
/// inside an Italian sentence too; the employer after the title stays a company.
#[test]
fn a_vp_and_a_title_of_two_fields_are_no_names() {
    let d = dossier(&[
        (
            "en.txt",
            "\"We plan to challenge the verdict,\" Corin Dale, VP of Government Affairs and \
             Public Policy, said after the ruling against Quintara.\n",
        ),
        (
            "it.txt",
            "Corin Dale, VP of Affairs and Public Policy di Quintara, ha già annunciato che \
             l'azienda farà ricorso.\n",
        ),
    ]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for junk in ["VP", "Affairs", "Policy"] {
        assert!(!texts.iter().any(|t| t.contains(junk)), "{junk}: {texts:?}");
    }
    assert_eq!(
        found(&d, "Quintara"),
        Some(EntityKind::Organization),
        "{texts:?}"
    );
    assert_eq!(
        found(&d, "Corin Dale"),
        Some(EntityKind::Person),
        "{texts:?}"
    );
}

#[test]
fn a_product_named_beside_its_noun_is_no_party() {
    let d = dossier(&[
        (
            "a.txt",
            &format!(
                "{PARA}\n\nThe court ordered Vantorix to share data but let it keep the Quillon \
                 browser, which Vantorix built in 2009.\n\nVantorix said it would appeal.\n"
            ),
        ),
        (
            "b.txt",
            "El juez no obligó a Vantorix a vender su navegador Quillon ni el sistema operativo \
             Merivel, según el fallo de ayer.\n\nVantorix dijo que recurrirá la decisión ante el \
             tribunal de apelaciones.\n",
        ),
        (
            "c.txt",
            "Le juge n'a pas contraint Vantorix à céder Quillon ou Merivel, son système \
             d'exploitation. La société Zimbora, qui édite l'application Zimbora, s'en réjouit.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vantorix"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Quillon"), None);
    assert_eq!(found(&d, "Merivel"), None);
    // A company that is also its app, shown as a company, stays.
    assert_eq!(found(&d, "Zimbora"), Some(EntityKind::Organization));
}

/// A product, a programme, a brand and a powder named by their nouns ("the Tressa Earn
/// product", "das „Tressa Earn“ Programm", "the Corvel and Lunaro brands", "el polvo Brisa")
/// are things a company sells, not parties; the company stays.
#[test]
fn a_product_a_programme_a_brand_and_a_powder_are_no_parties() {
    let d = dossier(&[
        (
            "a.txt",
            &format!(
                "{PARA}\n\nThe regulator said Vantorix sold the Tressa Earn product without a \
                 licence. Vantorix, which also owns the Corvel and Lunaro brands, denied it.\n"
            ),
        ),
        (
            "b.txt",
            "Die Klage gegen Vantorix betrifft das „Tressa Earn“ Programm. Vantorix wies die \
             Vorwürfe zurück.\n",
        ),
        (
            "c.txt",
            "Las demandantes dicen que el polvo Brisa de Vantorix les causó daños. Vantorix lo \
             niega.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vantorix"), Some(EntityKind::Organization));
    for product in ["Tressa Earn", "Corvel", "Brisa"] {
        assert_eq!(found(&d, product), None, "{product}: {:?}", mentions(&d));
    }
}

/// A game, the system the phones run on and a store in apposition: things a company makes,
/// named by their nouns in each language, however often the coverage names them.
#[test]
fn a_game_a_phone_system_and_a_store_in_apposition_are_no_parties() {
    let d = dossier(&[
        (
            "en.txt",
            &format!(
                "{PARA}\n\nThe jury found that the tech company Vantorix abused its power on Droxa devices. \
                 Vantorix said it would appeal.\n"
            ),
        ),
        (
            "es.txt",
            "Vantorix retiró el popular juego Skyrend de su tienda, y el fallo cambia la forma \
             en que usamos los teléfonos Droxa. El fallo dice que Quillmart, la tienda de \
             aplicaciones de Vantorix, es un monopolio. Quillmart cobra comisiones altas.\n",
        ),
        (
            "it.txt",
            "Il giudice ha dato ragione alla società che ha creato il gioco Skyrend, contro \
             Vantorix e i suoi dispositivi Droxa.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vantorix"), Some(EntityKind::Organization));
    for product in ["Skyrend", "Droxa", "Quillmart"] {
        assert_eq!(found(&d, product), None, "{product}");
    }
}

/// A product the coverage names by its nouns in every language stays a product where one
/// sentence sets a company's noun beside it; the claims still read it (a claim against the
/// product is against the maker it names), and no claim points to a row that is not there.
#[test]
fn a_product_outweighs_one_stray_company_cue_and_claims_name_only_rows() {
    let d = dossier(&[
        (
            "en.txt",
            &format!(
                "{PARA}\n\nThe plaintiffs accuse Vantorix of hiding that the Quillon weedkiller \
                 causes cancer. Vantorix denied that Quillon causes cancer.\n"
            ),
        ),
        (
            "es.txt",
            "El jurado concluyó que el herbicida Quillon de Vantorix causó el cáncer del \
             jardinero. La empresa Vantorix recurrirá.\n",
        ),
        (
            "fr.txt",
            "Le plaignant accuse le désherbant Quillon. Selon l'avocat, l'herbicide de la \
             société, le Quillon, était la cause principale de sa maladie.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vantorix"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Quillon"), None);
    // The maker named after its product is found on its own.
    assert!(
        mentions(&d).iter().filter(|(m, _)| m == "Vantorix").count() >= 3,
        "{:?}",
        mentions(&d)
    );
    let ids: Vec<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
    for c in &d.claims {
        let named = c.party.iter().chain(&c.speaker).chain(&c.against);
        for id in named {
            assert!(ids.contains(&id.as_str()), "{id} in {:?}", c.text);
        }
    }
}

#[test]
fn the_brands_listed_after_their_owner_are_no_parties() {
    let d = dossier(&[
        (
            "a.txt",
            "Regulators fined Quintara, the owner of Vextra, Pellux and Dorrin, on Monday. \
             A spokesperson for Quintara said it would appeal.\n",
        ),
        (
            "b.txt",
            "A Quintara, dona do Vextra, Pellux e Dorrin, foi multada. O Vextra continua a \
             funcionar na Europa.\n",
        ),
        (
            "c.txt",
            "Quintara, maison mère de Vextra, Pellux et Dorrin, va faire appel. La société \
             Halvern, propriétaire de Tessaro, s'en réjouit.\n",
        ),
    ]);
    assert_eq!(found(&d, "Quintara"), Some(EntityKind::Organization));
    for brand in ["Vextra", "Pellux", "Dorrin"] {
        assert_eq!(found(&d, brand), None, "{brand}");
    }
    // A company owned whole, named alone after its owner, stays a party.
    assert!(found(&d, "Tessaro").is_some());
}

#[test]
fn a_german_institution_then_a_noun_is_no_name() {
    let d = dossier(&[(
        "a.txt",
        "Quintara will vor dem europäischen Gericht Berufung einlegen, sagte ein Sprecher. \
         Auch beim Ministerium Klage zu erheben, sei möglich, hieß es am Montag.\n\nDie \
         Sozialdemokratische Partei Österreichs wollte sich nicht äußern.\n",
    )]);
    assert_no_mention(&d, "Berufung", |t| t.contains("Berufung"));
    assert_no_mention(&d, "Klage", |t| t.contains("Klage"));
}

#[test]
fn a_hyphenated_adjective_and_a_two_letter_credit_are_no_names() {
    let d = dossier(&[
        (
            "a.txt",
            &format!(
                "{PARA}\n\nThe Brussels-based European Commission ordered the Delvara-based \
                 company Quintara Systems to repay the aid, said Margo Tellier (Reuters/jW).\n\n\
                 Quintara Systems said it would appeal.\n"
            ),
        ),
        (
            "b.txt",
            "Le Parlement européen a salué mardi la décision contre Quintara Systems, qui doit \
             rembourser l'aide reçue pendant dix ans.\n",
        ),
    ]);
    assert_eq!(
        found(&d, "European Commission"),
        Some(EntityKind::Organization)
    );
    assert_no_mention(&d, "a -based adjective", |t| t.contains("-based"));
    assert_eq!(found(&d, "jW"), None);
    assert_eq!(
        found(&d, "Parlement européen"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_makers_product_a_quoted_job_title_and_a_german_noun_of_are_no_names() {
    let d = dossier(&[
        (
            "a.txt",
            "Bruxelles aveva ordinato al produttore degli Quillon di rimborsare la somma, ha \
             spiegato Nadia Ferrante, Senior Research Fellow dell'Ostvi.\n",
        ),
        (
            "b.txt",
            "The court told the Quillon maker to repay the aid, Vantorix Holdings said on \
             Tuesday.\n",
        ),
        (
            "c.txt",
            "Die Partei von Irene Castelmar will Berufung einlegen, sagte Irene Castelmar am \
             Montag in Valmont.\n",
        ),
        (
            "d.txt",
            "Moreover, the Vextra creator disputed the claim, and the Merivel developer did \
             too, Vantorix Holdings said.\n",
        ),
    ]);
    assert_eq!(found(&d, "Quillon"), None);
    // What a creator creates, or a developer develops, is a product too.
    assert_eq!(found(&d, "Vextra"), None);
    assert_eq!(found(&d, "Merivel"), None);
    assert_eq!(found(&d, "Nadia Ferrante"), Some(EntityKind::Person));
    assert_no_mention(&d, "a job title", |t| t.contains("Fellow"));
    assert_eq!(found(&d, "Ostvi"), Some(EntityKind::Organization));
    assert_no_mention(&d, "a party of someone", |t| t.contains("Partei"));
    assert_eq!(found(&d, "Irene Castelmar"), Some(EntityKind::Person));
}

#[test]
fn a_store_a_payment_service_and_a_brand_in_the_plural_are_products() {
    let d = dossier(&[
        (
            "a.txt",
            "The Commission fined Vantorix over rules in its Vantorix Store that kept rivals \
             from telling qPad users about cheaper offers. Vantorix Pay was not part of the \
             case, Vantorix said.\n",
        ),
        (
            "b.txt",
            "Les utilisateurs de qPads ne pouvaient pas payer ailleurs, selon la Commission. \
             Vantorix conteste la décision.\n",
        ),
    ]);
    assert_eq!(found(&d, "Vantorix"), Some(EntityKind::Organization));
    for product in ["Vantorix Store", "Vantorix Pay", "qPad", "qPads"] {
        assert_eq!(found(&d, product), None, "{product}");
    }
}

#[test]
fn a_links_code_is_no_name() {
    let d = dossier(&[(
        "a.txt",
        &format!(
            "{PARA}\n\nI made a video with my thoughts on the ruling against Vantorix. \
             pic.twitter.com/qzRTm4Lk9W\n\nVantorix said it would appeal.\n"
        ),
    )]);
    assert_no_mention(&d, "a link's code", |t| t.contains("qzRTm4Lk9W"));
}

#[test]
fn the_internet_is_no_party() {
    let d = dossier(&[(
        "a.txt",
        "Le offerte erano disponibili su Internet, ha detto Vantorix. Su Internet, Vantorix \
         vende da anni. Secondo Vantorix, Internet ha cambiato tutto.\n",
    )]);
    assert_eq!(found(&d, "Internet"), None);
    assert!(found(&d, "Vantorix").is_some());
}

/// An office's portfolio after the title is no employer: "la comisaria de Tecnología",
/// "Secretary of State", "le ministre de l'Économie" name no company; "CEO of Turnwell" does.
#[test]
fn a_ministers_portfolio_is_no_company() {
    let d = dossier(&[(
        "a.txt",
        "La comisaria de Tecnología, Irene Valdés, defendió la multa. El ministro de Economía, \
         Tomás Ríos, la apoyó. Secretary of State Marco Bellamy criticised it, as did the CEO \
         of Turnwell, Ada Kerr.\n",
    )]);
    for word in ["Tecnología", "Economía", "State"] {
        assert_eq!(found(&d, word), None, "{word}");
    }
    assert_eq!(found(&d, "Turnwell"), Some(EntityKind::Organization));
    assert_eq!(found(&d, "Irene Valdés"), Some(EntityKind::Person));
}

/// A portfolio that every language's press writes ("Sport") is still the minister's after the
/// title: "il ministro dello Sport", "the minister for Sport"; a name after the office and
/// another word is no portfolio ("Interior Minister in Varello's government").
#[test]
fn a_portfolio_every_press_writes_is_no_name() {
    let d = dossier(&[
        (
            "it.txt",
            "Titolo\n\nIl ministro dello Sport, Carlo Benedetti, ha detto di seguire la vicenda.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe minister for Sport, Carl Benning, said he followed the case. He was \
             Interior Minister in Varello's first government; Giulio Varello backed him.\n",
        ),
    ]);
    assert_eq!(found(&d, "Sport"), None);
    assert_eq!(found(&d, "Carlo Benedetti"), Some(EntityKind::Person));
    assert_eq!(found(&d, "Carl Benning"), Some(EntityKind::Person));
    // Only small words of "of" stand between the office and its portfolio: "in" does not.
    assert!(found(&d, "Varello").is_some());
}

/// The first word of a list's item is capitalised by the list, as a sentence's first word is
/// by grammar: "-Extrai", "f) Tomador", "1.8 - Turbina" are no names.
#[test]
fn the_first_word_of_a_list_item_is_no_name() {
    let d = dossier(&[(
        "pt.txt",
        "O programa da Vellumar faz tudo sozinho: -Extrai endereços da rede -Arquiva os envios \
         de cada dia.\n\n\
         As regras do imposto são estas: e) base de cálculo da obra f) Tomador residente no \
         exterior.\n\n\
         1.8 - Turbina - máquina que a Vellumar instala nas centrais do norte do país.\n\n\
         A Vellumar vendeu a turbina e o programa a dez clientes, disse a empresa.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for junk in ["Extrai", "Arquiva", "Tomador", "Turbina"] {
        assert!(!texts.iter().any(|t| t == junk), "{junk} found: {texts:?}");
    }
    assert!(found(&d, "Vellumar").is_some());
}

/// An institution's name made of words of its language goes on past "and": "Ministério da
/// Agricultura e Pescas" is one row; "Instituto Cervantes y Telefónica" are two.
#[test]
fn an_institution_named_with_and_is_one_name() {
    let d = dossier(&[(
        "pt.txt",
        "O Ministério da Agricultura e Pescas multou a Tavelmar em março, segundo o jornal.\n\n\
         A Tavelmar recorreu da multa do Ministério da Agricultura e Pescas no tribunal.\n",
    )]);
    assert_eq!(
        found(&d, "Ministério da Agricultura e Pescas"),
        Some(EntityKind::Organization)
    );
    assert!(found(&d, "Pescas").is_none());
    let d = dossier(&[(
        "es.txt",
        "El acuerdo entre el Instituto Quelvares y Ostrafónica se firmó ayer en la sede.\n\n\
         Ostrafónica dijo que el Instituto Quelvares recibirá los fondos en mayo.\n",
    )]);
    assert!(found(&d, "Ostrafónica").is_some());
    assert!(found(&d, "Instituto Quelvares y Ostrafónica").is_none());
}

/// A rare noun capitalised in a heading or a glossary's entry, written in small letters more
/// often elsewhere, is no name: "Glicerina" beside "a glicerina".
#[test]
fn a_rare_word_written_mostly_small_is_no_name() {
    let d = dossier(&[(
        "pt.txt",
        "O creme da Vellumar contém Glicerina e óleo de amêndoa, segundo o rótulo.\n\n\
         A glicerina hidrata a pele; a glicerina vegetal é a mais usada pela Vellumar.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t == "Glicerina"), "{texts:?}");
    assert!(found(&d, "Vellumar").is_some());
}

/// A place made an adjective ("the St. Louis-based seed maker") leaves no name behind, and an
/// acronym in brackets after the words in small letters it abbreviates ("temporary
/// restraining order (TRO)") is a term wherever the dossier writes it.
#[test]
fn a_place_adjective_and_a_terms_acronym_are_no_names() {
    let d = dossier(&[(
        "en.txt",
        "Farmers want their day in court against the St. Louis-based seed maker Quintara.\n\n\
         The regulator asked for a temporary restraining order (TRO) against Quintara.\n\n\
         The judge refused the TRO on Friday, Quintara said in a statement.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for junk in ["St", "St.", "TRO"] {
        assert!(!texts.iter().any(|t| t == junk), "{junk} found: {texts:?}");
    }
    assert!(found(&d, "Quintara").is_some());
}

/// The goods a dispute is about, named beside their noun, are no parties: a weedkiller, a
/// token, a stablecoin ("the QNB token", "le désherbant Quillup").
#[test]
fn a_weedkiller_and_a_token_beside_their_nouns_are_no_parties() {
    let d = dossier(&[
        (
            "en.txt",
            "The regulator's claims about sales of the QNB token and the QUSD stablecoin were \
             dismissed, Tavelmar said.\n\n\
             QNB fell after the ruling, and QUSD held its value.\n",
        ),
        (
            "fr.txt",
            "Le jury estime que le désherbant Quillup a causé son cancer, selon Tavelmar.\n\n\
             Tavelmar affirme que Quillup est sûr et fera appel.\n",
        ),
    ]);
    for product in ["QNB", "QUSD", "Quillup"] {
        assert!(
            found(&d, product).is_none(),
            "{product}: {:?}",
            rows_with(&d, "")
        );
    }
    assert!(found(&d, "Tavelmar").is_some());
}

/// A name that opens with "Internet" lends it no short form: "a Internet" alone stays the
/// internet, however the dossier names a project after it.
#[test]
fn the_internet_is_no_short_form_of_a_project_named_after_it() {
    let d = dossier(&[(
        "pt.txt",
        "O governo anunciou o projeto da Internet de Nova Geração com a Quelmar Sistemas.\n\n\
         A Internet de Nova Geração ligará as universidades, disse a Quelmar Sistemas.\n\n\
         Hoje a Internet chega a metade das casas, e a Quelmar vende o acesso à Internet.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t == "Internet"), "{texts:?}");
    assert!(found(&d, "Quelmar Sistemas").is_some());
}

/// An amount with its unit glued on ("300.000km", "28GB") is no name; "3M" keeps its company.
#[test]
fn an_amount_with_its_unit_glued_on_is_no_name() {
    let d = dossier(&[(
        "pt.txt",
        "O carro da Quelmar já fez 300.000km e o disco tem 28GB, disse a empresa.\n\n\
         A Quelmar comprou os discos à 3M no ano passado, segundo o jornal.\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for junk in ["300.000km", "28GB"] {
        assert!(!texts.iter().any(|t| t == junk), "{junk} found: {texts:?}");
    }
    assert!(found(&d, "Quelmar").is_some());
}

/// Italian writes an institution's complement small after an elided or articled "of": "la
/// Corte d’appello", "il Ministero dei trasporti" are one name each, not a bare "Corte".
#[test]
fn an_italian_institution_goes_on_past_an_elided_of() {
    let d = dossier(&[(
        "it.txt",
        "Giovedì la Corte d’appello ha annullato la condanna di Marco Tellini, e il Ministero \
         dei trasporti ha sospeso la licenza della Vellumar.\n\n\
         La difesa di Tellini ha detto che la Vellumar non ha colpe.\n",
    )]);
    assert_eq!(found(&d, "Corte d’appello"), Some(EntityKind::Organization));
    assert_eq!(
        found(&d, "Ministero dei trasporti"),
        Some(EntityKind::Organization)
    );
    assert!(rows_with(&d, "Corte").iter().all(|r| *r != "Corte"));
    assert!(rows_with(&d, "Ministero").iter().all(|r| *r != "Ministero"));
}

/// After an indefinite article an institution's word, or a surname that is a word, is the
/// word: "una Borsa americana" (an exchange), "un Tribunal" (a court), not a party.
#[test]
fn a_word_after_an_indefinite_article_is_no_party() {
    let d = dossier(&[(
        "it.txt",
        "«Non siamo una Borsa americana, e nemmeno un Tribunal», ha detto Piero Vanni, portavoce \
         della Vellumar.\n\nLa Vellumar ha detto che si difenderà.\n",
    )]);
    assert_eq!(found(&d, "Piero Vanni"), Some(EntityKind::Person));
    for word in ["Borsa", "Tribunal"] {
        assert_no_mention(&d, word, |t| t == word);
    }
}

/// The same body with its country after it in two forms ("Usa", "degli Stati Uniti") is one
/// row; the same words with a state after them ("di Calvoria") are another court.
#[test]
fn a_body_with_its_country_in_two_forms_is_one_row() {
    let d = dossier(&[(
        "it.txt",
        "Diserbo: la Corte suprema Usa respinge il ricorso di Vellstrom\n\n\
         La Corte Suprema degli Stati Uniti ha respinto il ricorso della Vellstrom. In \
         precedenza la Corte Suprema di Calvoria aveva confermato la condanna.\n",
    )]);
    let rows = rows_with(&d, "Corte");
    assert!(
        rows.contains(&"Corte Suprema degli Stati Uniti")
            && rows.contains(&"Corte Suprema di Calvoria"),
        "{rows:?}"
    );
    assert_eq!(rows.len(), 2, "{rows:?}");
}

/// An abstract noun by its ending, capitalised alone in a heading or a list, is no name:
/// "Cooperativismo", "Neurologia", "Bombagem", "Realismo", "Claridade", in any language but
/// German (which has its own test); institutions' words with such endings stay names.
#[test]
fn an_abstract_noun_alone_is_no_name() {
    let d = dossier(&[
        (
            "pt.txt",
            "Temas do congresso: Cooperativismo, Neurologia e Bombagem. A revista Claridade \
             e o Realismo ficaram para o fim.\n\n\
             A Vellumar pagou o congresso, disse Ana Quirino, da Associação.\n",
        ),
        (
            "es.txt",
            "El congreso, que pagaron el Ayuntamiento y la Diputación de Varnera, tuvo dos \
             temas: Cooperativismo y Sociología.\n\n\
             La Vellumar pagó la cena, dijo Ana Quirino.\n",
        ),
    ]);
    for word in [
        "Cooperativismo",
        "Neurologia",
        "Bombagem",
        "Realismo",
        "Sociología",
    ] {
        assert_no_mention(&d, word, |t| t == word);
    }
    for name in ["Ayuntamiento", "Diputación de Varnera", "Ana Quirino"] {
        assert!(found(&d, name).is_some(), "{name}");
    }
}

/// Rare adjectives by their ending ("-ico", "-ivo", "-ável") make a glossary's capitalised
/// term no name, alone or in a run; a body's or a place's word beside them keeps the name
/// ("Politécnica de Varnera", with an invented town the gazetteer cannot know, keeps it by
/// "Escola").
#[test]
fn a_glossarys_terms_of_rare_adjectives_are_no_names() {
    let d = dossier(&[(
        "pt.txt",
        "O estudo da Vellumar mede o Potencial Teórico Hidráulico Bruto de cada bacia e o \
         volume de Armazenamento Inativo da represa.\n\n\
         Ano Hidrológico - período de doze meses. A Escola Politécnica de Varnera fez o \
         estudo, disse Ana Quirino.\n",
    )]);
    for term in [
        "Potencial Teórico Hidráulico Bruto",
        "Inativo",
        "Hidrológico",
    ] {
        assert_no_mention(&d, term, |t| t.contains(term));
    }
    for name in ["Vellumar", "Escola Politécnica de Varnera", "Ana Quirino"] {
        assert!(found(&d, name).is_some(), "{name}: {:?}", mentions(&d));
    }
}

/// A court with the district it serves written small after it is one name: "la Corte
/// distrettuale settentrionale del Varnessa".
#[test]
fn a_court_with_its_district_is_one_name() {
    let d = dossier(&[(
        "it.txt",
        "Lo ha deciso il giudice Marco Tellini della Corte distrettuale settentrionale del \
         Varnessa, secondo la Vellumar.\n",
    )]);
    assert!(
        found(&d, "Corte distrettuale settentrionale del Varnessa").is_some(),
        "{:?}",
        rows_with(&d, "Corte")
    );
}

/// A wire's stock code after a company's name ("Corvane BA.N") is no part of the name.
#[test]
fn a_stock_code_after_a_name_is_not_part_of_it() {
    let d = dossier(&[(
        "fr.txt",
        "Titre\n\nLes victimes des deux crashs de Corvane BA.N 717 ont saisi la justice aux \
         U.S. contre Corvane.\n",
    )]);
    assert!(found(&d, "Corvane").is_some(), "{:?}", mentions(&d));
    assert!(rows_with(&d, "BA.N").is_empty());
}

/// A court's word alone ("la Corte", "el Tribunal") is the court its article names in full;
/// where the article names none, no reader can tell which court it is, and it is no row.
#[test]
fn a_courts_word_alone_is_the_court_its_article_names_or_none() {
    let d = dossier(&[
        (
            "a_it.txt",
            "Titolo\n\nIl Times chiede alla Corte il risarcimento dei danni, secondo la \
             Vellumar.\n",
        ),
        (
            "b_it.txt",
            "Titolo\n\nLo ha deciso la Corte distrettuale settentrionale del Varnessa. La Corte \
             ha respinto il ricorso della Vellumar.\n",
        ),
    ]);
    let rows = rows_with(&d, "Corte");
    assert_eq!(
        rows,
        ["Corte distrettuale settentrionale del Varnessa"],
        "{rows:?}"
    );
    let court = d.entities.iter().find(|e| e.name == rows[0]).unwrap();
    assert_eq!(court.mentions.len(), 2);
}

/// The prosecution named only by its nouns ("Los fiscales", "prosecutors", "i pubblici
/// ministeri") is one row named as the shipped list names it, "Prosecution", not by one
/// language's noun with the capital a sentence gave it.
#[test]
fn the_prosecution_named_by_its_nouns_only_is_the_prosecution() {
    let d = dossier(&[
        (
            "a_es.txt",
            "Título\n\nLos fiscales alegaron que Corvane engañó a los reguladores, dijo Ana \
             Quirino.\n",
        ),
        (
            "b_en.txt",
            "Title\n\nProsecutors said Corvane misled regulators, according to Ana Quirino.\n",
        ),
    ]);
    let rows: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(rows.contains(&"Prosecution"), "{rows:?}");
    assert!(
        !rows.iter().any(|r| r.eq_ignore_ascii_case("los fiscales")),
        "{rows:?}"
    );
}

/// Where the dossier names the office that prosecutes ("the Justice Department"), the
/// prosecution named by its nouns ("prosecutors", "los fiscales") is that office: one accuser,
/// one row.
#[test]
fn the_prosecution_is_the_named_office_that_prosecutes() {
    let d = dossier(&[
        (
            "a_en.txt",
            "Title\n\nThe Justice Department charged Corvane with fraud on Monday. Prosecutors \
             said Corvane misled regulators, according to Ana Quirino.\n",
        ),
        (
            "b_es.txt",
            "Título\n\nLos fiscales alegaron que Corvane engañó a los reguladores, según el \
             Departamento de Justicia de Estados Unidos.\n\nEl Ministerio no quiso comentar.\n",
        ),
    ]);
    let rows: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!rows.contains(&"Prosecution"), "{rows:?}");
    // The prosecution's forms lend the office no head word: "Ministerio" (of "Ministerio
    // Fiscal") is not the Department of Justice.
    let justice = d.entities.iter().find(|e| e.name.contains("Justic"));
    assert!(
        justice.is_some_and(|e| !e.aliases.iter().any(|a| a == "Ministerio")),
        "{justice:?}"
    );
    let office = rows_with(&d, "Justice");
    assert_eq!(office.len(), 1, "{rows:?}");
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(texts.iter().any(|t| t == "Prosecutors"), "{texts:?}");
}

/// A prosecution the dossier names with a capital ("según la Fiscalía") is that body, beside a
/// Department of Justice named too: two rows.
#[test]
fn a_prosecution_named_with_a_capital_stays_itself() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nSegún la Fiscalía, Corvane engañó a los reguladores; el Departamento de \
         Justicia de Estados Unidos abrió otra investigación.\n\nLos fiscales pidieron una \
         multa.\n",
    )]);
    let justice = d.entities.iter().find(|e| e.name.contains("Justicia"));
    assert!(
        justice.is_some_and(|e| !e.aliases.iter().any(|a| a == "Fiscalía")),
        "{:?}",
        d.entities
    );
    assert!(found(&d, "Fiscalía").is_some(), "{:?}", d.entities);
}

/// A contact line of numbers is read as a table's row, where every capitalised word is a name;
/// not its label ("Tel: (021) 224 85 77").
#[test]
fn a_contact_lines_label_among_numbers_is_no_name() {
    let d = dossier(&[(
        "pt.txt",
        "O debate será no centro, disse a organização da Vellumar.\n\nTel: (021) 224 85 77 \
         Fax: 224 85 78\n",
    )]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    for label in ["Tel", "Fax"] {
        assert!(!texts.iter().any(|t| t == label), "{label}: {texts:?}");
    }
}

/// A body's word then "de" opening a line opens the body's name ("Instituto de Quelvária"), not
/// a word grammar capitalised before a person "Quelvária".
#[test]
fn a_bodys_word_opening_a_line_opens_its_name() {
    let d = dossier(&[(
        "pt.txt",
        "O debate será no centro, disse a organização.\n\nInstituto de Quelvária\n",
    )]);
    assert_eq!(
        found(&d, "Instituto de Quelvária"),
        Some(EntityKind::Organization),
        "{:?}",
        mentions(&d)
    );
    assert_eq!(found(&d, "Quelvária"), None);
}

/// An illness named after a person names no party: "non-Hodgkin lymphoma", "linfoma de
/// Hodgkin", "síndrome de Down", "doença de Parkinson".
#[test]
fn an_illness_named_after_a_person_is_no_party() {
    let d = dossier(&[
        (
            "en.txt",
            "Title\n\nThe weedkiller caused Mr. Varga to develop non-Hodgkin lymphoma, and \
             Hodgkin lymphoma in his wife, said Corvane.\n",
        ),
        (
            "pt.txt",
            "Título\n\nO jovem tem síndrome de Down e doença de Parkinson, disse a Corvane. \
             A Corvane nega o linfoma de Hodgkin.\n",
        ),
    ]);
    assert!(found(&d, "Corvane").is_some());
    for word in ["Hodgkin", "Down", "Parkinson"] {
        assert_no_mention(&d, word, |t| t == word);
    }
}

/// A minister's portfolio is the minister's, not a body's name nor part of the next name ("il
/// ministro dell'Interno Brenta"); a group "of" states is no company ("un gruppo di Stati").
#[test]
fn a_portfolio_and_a_group_of_things_are_no_party() {
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nLa Corvex ha raggiunto un accordo con un gruppo di Stati che avevano citato \
         in giudizio la Corvex.\n\nNel 2011 Paolo Brenta, allora ministro dell’Interno e \
         presidente del partito, ha negato. Il ministro dell’Interno Brenta ha parlato.\n",
    )]);
    assert_eq!(found(&d, "Brenta"), Some(EntityKind::Person));
    assert!(rows_with(&d, "Interno").is_empty(), "{:?}", mentions(&d));
    assert!(rows_with(&d, "Stati").is_empty(), "{:?}", mentions(&d));
}

/// Words glued to a name by a hyphen that make an adjective of it ("Corvex-requested",
/// "Franco-Lebanese") are no party.
#[test]
fn hyphenated_adjectives_are_no_party() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nJudge Karl Benning approved the Corvex-requested changes two days after the \
         death in Beirut of Franco-Lebanese businessman Ziad Tarrafi. \"We plan to challenge \
         the verdict,\" Wilson Whitby, VP of Government Affairs and Public Policy, said. The \
         founder, Sam Brinkman-Fried, declined to comment.\n",
    )]);
    assert_eq!(found(&d, "Wilson Whitby"), Some(EntityKind::Person));
    // A surname's capital after the hyphen keeps it a name.
    assert_eq!(found(&d, "Sam Brinkman-Fried"), Some(EntityKind::Person));
    for part in ["requested", "Franco"] {
        assert!(rows_with(&d, part).is_empty(), "{part}: {:?}", mentions(&d));
    }
}

/// An acronym after an indefinite article is a common noun, whatever language its letters come
/// from ("chiede un TRO e il blocco", "obtenir une OTR contre"); "an QFB agent" qualifies a noun
/// and stays the body's.
#[test]
fn an_acronym_after_an_indefinite_article_is_a_term() {
    let d = dossier(&[
        (
            "it.txt",
            "Il giudice ha respinto la richiesta della Velmora di un TRO e del blocco dei beni.\n\n\
             Secondo la Velmora, il TRO era necessario per proteggere i clienti di Quintara.\n",
        ),
        (
            "en.txt",
            "An QFB agent met the Quintara board, the QFB said on Monday.\n",
        ),
    ]);
    let texts: Vec<String> = mentions(&d).into_iter().map(|(t, _)| t).collect();
    assert!(!texts.iter().any(|t| t == "TRO"), "{texts:?}");
    for name in ["Velmora", "Quintara", "QFB"] {
        assert!(found(&d, name).is_some(), "{name}: {texts:?}");
    }
}

/// A name joined by "and" to a product the nouns show ("il chatbot Vextra e Quillix") is a
/// product too when the dossier names it in passing; one it names again and again stays a row
/// ("the photo app Pixelle and Quorra", Quorra then bought and sued).
#[test]
fn a_name_listed_with_a_product_in_passing_is_one_too() {
    let d = dossier(&[
        (
            "it.txt",
            "Secondo la denuncia, le risposte fornite dal chatbot Vextra e Quillix contengono \
             copie degli articoli di Tavelmar. Tavelmar ha fatto causa a Norvik.\n",
        ),
        (
            "en.txt",
            "Norvik bought the photo app Pixelle and Quorra in 2012. Quorra said the deal was \
             fair. The regulator says Norvik bought Quorra to end a threat. Quorra's founders \
             left in 2018, and Quorra grew.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert!(!rows.contains(&"Quillix"), "{rows:?}");
    for party in ["Tavelmar", "Norvik", "Quorra"] {
        assert!(rows.contains(&party), "{party}: {rows:?}");
    }
}

/// A brand written "iPhone" or "iOS" (a small letter, then a capital) and met in passing is a
/// device or a system; one the dossier names again and again ("eQuorra said …") is a party.
#[test]
fn a_brand_in_the_shape_of_iphone_met_in_passing_is_no_party() {
    let d = dossier(&[
        (
            "en.txt",
            "Vantorix lost to eQuorra in court. Unlike iVex, the Quill system is open, eQuorra \
             said. eQuorra will ask for damages, and eQuorra expects to win.\n",
        ),
        (
            "de.txt",
            "Das Gericht habe die Konkurrenz mit dem iVex-Telefon und Vantorix' iPulse nicht \
             berücksichtigt, sagte eQuorra.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    for product in ["iVex", "iPulse"] {
        assert!(!rows.contains(&product), "{product}: {rows:?}");
    }
    for party in ["eQuorra", "Vantorix"] {
        assert!(rows.contains(&party), "{party}: {rows:?}");
    }
}

/// A product's row goes whichever way of writing it the nouns showed: "Quill Pro" listed with
/// the weedkiller Quillup makes the row "QuillPro" a product.
#[test]
fn a_product_shown_in_one_spelling_is_a_product_in_all() {
    let d = dossier(&[
        (
            "it.txt",
            "Vantorix è finita alla sbarra per il diserbante Quillup e Quill Pro, secondo Tessa \
             Marl. Il diserbante Quillup è il più venduto.\n",
        ),
        (
            "es.txt",
            "Tessa Marl acusa a Vantorix: su versión profesional QuillPro le causó el cáncer.\n",
        ),
        (
            "pt.txt",
            "Tessa Marl diz que o QuillPro da Vantorix lhe causou cancro.\n",
        ),
    ]);
    let rows = rows_with(&d, "");
    assert!(!rows.iter().any(|r| r.starts_with("Quill")), "{rows:?}");
    assert!(rows.contains(&"Vantorix"), "{rows:?}");
}

/// A scandal named in "-gate" after a word or a place ("Solventgate", "Vorsaygate") is no
/// party.
#[test]
fn a_scandal_in_gate_is_no_party() {
    let d = dossier(&[(
        "en.txt",
        "The Solventgate trial against Quintara opened on Monday. Quintara said Solventgate was \
         behind it, and Solventgate cost Quintara billions.\n",
    )]);
    let rows = rows_with(&d, "");
    assert!(!rows.contains(&"Solventgate"), "{rows:?}");
    assert!(rows.contains(&"Quintara"), "{rows:?}");
}

/// A unit with a capital inside, after an amount ("1,2 MdsE", "3 GHz", "40 kWh"), is no party;
/// after a year the same shape is a company ("En 2023 Quibblo AI…" stays a name).
#[test]
fn a_mixed_case_unit_after_an_amount_is_no_party() {
    let d = dossier(&[(
        "fr.txt",
        "Amende record\n\n\
         La société Pellomax écope d'une amende de 1,2 MdsE. Sa puce tourne à 3 GHz et \
         consomme 40 kWh par jour.\n\n\
         En 2023 VelloAI a signé un accord avec Pellomax.\n",
    )]);
    assert!(found(&d, "MdsE").is_none(), "{:?}", mentions(&d));
    assert!(found(&d, "GHz").is_none(), "{:?}", mentions(&d));
    assert!(found(&d, "kWh").is_none(), "{:?}", mentions(&d));
    assert_eq!(found(&d, "VelloAI"), Some(EntityKind::Organization));
}

/// The acronym of a law every press writes alone, in its language's form ("as regras do RGPD",
/// "gegen die DSGVO"), with no long name beside it: no party.
#[test]
fn a_known_law_acronym_alone_is_no_party() {
    let d = dossier(&[
        (
            "pt.txt",
            "Multa\n\nA Pellomax terá de cumprir as regras do RGPD num prazo de seis meses, \
             disse a Comissão.\n",
        ),
        (
            "de.txt",
            "Strafe\n\nPellomax habe gegen die DSGVO verstoßen, teilte die Behörde mit.\n",
        ),
    ]);
    assert!(found(&d, "RGPD").is_none(), "{:?}", mentions(&d));
    assert!(found(&d, "DSGVO").is_none(), "{:?}", mentions(&d));
}

/// The capitals inside a web or mail address name no one: a scraped page's "mailto:…?subject=
/// Rejeitar.E-mails" or "https://…/Contactos.Novos" is no person.
#[test]
fn capitals_inside_an_address_are_no_party() {
    let d = dossier(&[(
        "pt.txt",
        "Contactos\n\nPara deixar de receber informações envie o email \
         mailto:info@bancozeta.pt?subject=Rejeitar.E-mails ou visite \
         https://www.bancozeta.pt/Contactos.Novos hoje. A Bancozeta agradece.\n",
    )]);
    assert_no_mention(&d, "inside an address", |t| t.contains('.'));
    assert!(found(&d, "Bancozeta").is_some(), "{:?}", mentions(&d));
}

/// A project goes by its name as a product does ("o projeto Orvalho", "the Orvalho project"):
/// no party.
#[test]
fn a_project_named_beside_its_noun_is_no_party() {
    let d = dossier(&[
        (
            "pt.txt",
            "Rede nova\n\nO projeto Orvalho terá um custo alto. A equipa do projeto Orvalho \
             trabalha com a Velmora.\n",
        ),
        (
            "en.txt",
            "New network\n\nThe Orvalho project will cost more than planned, Velmora said.\n",
        ),
    ]);
    assert!(found(&d, "Orvalho").is_none(), "{:?}", mentions(&d));
    assert!(found(&d, "Velmora").is_some(), "{:?}", mentions(&d));
}

/// Words of the language that one writer capitalises twice as a term ("Inteligência
/// Artificial"), and the dossier writes small elsewhere, are no name; a paper's title in
/// ordinary words stays one, however often its words are written small.
#[test]
fn a_term_capitalised_by_one_writer_is_no_name_where_the_dossier_writes_it_small() {
    let d = dossier(&[
        (
            "pt.txt",
            "Jornal processa a Brixel\n\n\
             A Inteligência Artificial tem tomado conta das notícias. O jornal Le Monde diz que \
             a Brixel usou os seus artigos no treino de tecnologias de Inteligência Artificial.\n",
        ),
        (
            "pt2.txt",
            "Brixel responde\n\n\
             A Brixel disse que a inteligência artificial precisa de dados. O Le Monde não \
             comentou.\n",
        ),
        (
            "fr.txt",
            "Brixel\n\n\
             Partout dans le monde, les journaux poursuivent Brixel, selon Le Monde.\n",
        ),
    ]);
    assert!(
        rows_with(&d, "Inteligência").is_empty(),
        "{:?}",
        rows_with(&d, "Intelig")
    );
    assert_eq!(found(&d, "Le Monde"), Some(EntityKind::Organization));
}

/// The substance and the remedy of a doping case are things, not parties: a steroid, a spray
/// called so, "das Steroid …".
#[test]
fn a_substance_and_a_remedy_are_no_parties() {
    let d = dossier(&[
        (
            "en.txt",
            "Agency appeals\n\n\
             The agency appealed against the decision to clear Luca Varnek, who tested positive \
             for the banned steroid Quillex. His physiotherapist Marco Dellari had used a spray \
             called Traventil on a cut.\n",
        ),
        (
            "de.txt",
            "Dopingfall Varnek\n\n\
             Luca Varnek war zweimal positiv auf das anabole Steroid Quillex getestet worden. \
             Sein Physiotherapeut habe ein Spray namens Traventil benutzt.\n",
        ),
    ]);
    for thing in ["Quillex", "Traventil"] {
        assert!(
            rows_with(&d, thing).is_empty(),
            "{thing}: {:?}",
            rows_with(&d, thing)
        );
    }
    assert_eq!(found(&d, "Luca Varnek"), Some(EntityKind::Person));
}

/// A prefix glued to a role or an acronym has an inner capital but names no one: "ex-CEO",
/// "anti-EU", "co-CEO".
#[test]
fn a_prefix_glued_to_a_role_or_an_acronym_is_no_name() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nThe company accused its ex-CEO of selling shares, and an anti-EU group \
         protested. Its co-CEO, Dana Whitlock, declined to comment.\n",
    )]);
    for junk in ["ex-CEO", "anti-EU", "co-CEO"] {
        assert_eq!(found(&d, junk), None, "{junk}");
    }
    assert_eq!(found(&d, "Dana Whitlock"), Some(EntityKind::Person));
}

/// An acronym in brackets after the small words it abbreviates, a word of grammar between
/// them, is a term wherever the article writes it ("milhões de euros (ME)"); the sign of a rank
/// before its figure ("the world No. 1") is no name either.
#[test]
fn a_terms_acronym_and_a_number_sign_are_no_names() {
    let pt = "A multa de 4,3 mil milhões de euros (ME) foi revista para 4,1 mil ME pelo tribunal, \
              disse Ana Quelhas. A Vantrox pagará 2 mil ME.";
    let en = "The world No. 1 triumphed earlier this month. Tomas Verlander is the world's No. 1 \
              player, said Anna Kolbe.";
    let d = dossier(&[
        (
            "pt.txt",
            &format!("{pt}\n\nA audiência continua na capital. {pt}\n"),
        ),
        (
            "en.txt",
            &format!("{en}\n\nThe hearing continues in the capital. {en}\n"),
        ),
    ]);
    assert_mentioned(&d, "Ana Quelhas");
    assert_mentioned(&d, "Anna Kolbe");
    for junk in ["ME", "No"] {
        assert!(
            rows_with(&d, junk).iter().all(|r| *r != junk),
            "{junk}: {:?}",
            rows_with(&d, "")
        );
    }
}

/// A wire's closing lines: its time and zone glued ("1613ET") is no name, and its newswires'
/// name is a company's ("Harlow Jones Newswires").
#[test]
fn a_wires_time_stamp_is_no_name_and_its_newswires_are_a_company() {
    let en = "The hearing was adjourned until March, said Anna Kolbe.\n\n02-27-24 1613ET\n\n\
              Harlow Jones Newswires";
    let d = dossier(&[("en.txt", &format!("Title\n\n{en}\n"))]);
    assert!(rows_with(&d, "1613").is_empty(), "{:?}", rows_with(&d, ""));
    assert_eq!(
        found(&d, "Harlow Jones Newswires"),
        Some(EntityKind::Organization)
    );
}

/// A term's acronym that counts its word of grammar ("freedom of information (FOI)") is a term
/// too, as one that leaves it out ("milhões de euros (ME)").
#[test]
fn a_terms_acronym_may_count_its_word_of_grammar() {
    let en = "Quintara filed a freedom of information (FOI) request, and the FOI office refused, \
              said Anna Kolbe.";
    let d = dossier(&[("en.txt", &format!("{en}\n\nThe hearing continues. {en}\n"))]);
    assert_mentioned(&d, "Anna Kolbe");
    assert!(rows_with(&d, "FOI").is_empty(), "{:?}", rows_with(&d, ""));
}

/// A time zone's letters after a clock time ("9 a.m. PT") name no party.
#[test]
fn a_time_zone_after_a_clock_time_is_no_name() {
    let d = dossier(&[(
        "en.txt",
        "Title\n\nQuillbox will return at 9 a.m. PT on Friday, Dravon said. The update ends at 11 \
         a.m. PT.\n",
    )]);
    assert!(rows_with(&d, "PT").is_empty(), "{:?}", rows_with(&d, ""));
}

/// A time zone's letters in brackets after the zone's name ("hora del Pacífico (PT)") name no
/// party either, nor do they make the same letters after a clock time one.
#[test]
fn a_time_zone_in_brackets_after_its_name_is_no_name() {
    let d = dossier(&[(
        "es.txt",
        "Título\n\nEl incumplimiento antes de las 5 p.m. hora del Pacífico (PT) del día \
         señalado conllevará una audiencia el 27 de mayo a las 9 a.m. PT, en la que el \
         directivo de Veltron comparecerá.\n",
    )]);
    assert!(rows_with(&d, "PT").is_empty(), "{:?}", rows_with(&d, ""));
}

/// A word of the language met once as the head of a phrase that goes on in small letters is a
/// piece of that phrase: "ante la Sala de lo penal", "delle Corti d'appello", "le chef des
/// Affaires mondiales de Veltron". A surname that takes a verb stays ("ma Cocco replica").
#[test]
fn a_word_heading_a_phrase_in_small_letters_is_no_name() {
    let d = dossier(&[
        (
            "es.txt",
            "Título\n\nEl caso llegó ante la Sala de lo penal del Tribunal Supremo, que confirmó \
             la condena contra Veltron por fraude fiscal.\n",
        ),
        (
            "it.txt",
            "Titolo\n\nLa decisione del Nono Circuito delle Corti d'appello ha confermato la \
             sentenza contro Veltron, che aveva fatto ricorso.\n",
        ),
        (
            "fr.txt",
            "Titre\n\n« Nous ferons appel », ont écrit Tomas Verlaine, le chef des Affaires \
             mondiales de Veltron, et sa directrice juridique.\n",
        ),
    ]);
    for piece in ["Sala", "Corti", "Affaires"] {
        assert!(
            rows_with(&d, piece).is_empty(),
            "{piece}: {:?}",
            rows_with(&d, "")
        );
    }
    let d = dossier(&[(
        "it.txt",
        "Titolo\n\nGiorgi porta avanti i rosanero al settimo minuto ma Cocco replica due minuti \
         dopo siglando il pareggio.\n",
    )]);
    assert_mentioned(&d, "Cocco");
}

/// A word of the language with a prefix glued on opens a sentence as grammar capitalised it:
/// "Ex-diretores da Veltron" are the company's former directors, not a name.
#[test]
fn a_prefixed_word_of_the_language_opening_a_sentence_is_no_name() {
    let d = dossier(&[(
        "pt.txt",
        "Título\n\nEx-diretores da Veltron condenados por fraude no escândalo do diesel. A \
         Veltron não comentou a decisão.\n",
    )]);
    assert!(rows_with(&d, "Ex-").is_empty(), "{:?}", rows_with(&d, ""));
    assert_eq!(
        found(&d, "Veltron"),
        Some(dossier::model::EntityKind::Organization)
    );
}

/// A sports event by its games ("les JO de Tokyo", "Jeux de Paris", "Summer Games", "Olympischen
/// Spielen", "Jogos Olímpicos de Tóquio") is no party; the games' noun alone may name a company.
#[test]
fn olympic_games_are_an_event_not_a_party() {
    let d = dossier(&[
        (
            "fr.txt",
            "Titre\n\nLes nageurs avaient été blanchis avant les JO de Tokyo en 2021. Ils veulent \
             prendre part aux Jeux de Paris cet été, selon Veltron.\n",
        ),
        (
            "en.txt",
            "Title\n\nThe swimmers want to compete at this year's Summer Games in Paris, the \
             agency said.\n",
        ),
        (
            "de.txt",
            "Titel\n\nDie Schwimmer hatten bei den Olympischen Spielen in Tokio Medaillen \
             gewonnen.\n",
        ),
        (
            "pt.txt",
            "Título\n\nOs nadadores competiram nos Jogos Olímpicos de Tóquio, segundo a Veltron.\n",
        ),
    ]);
    for event in ["JO", "Jeux", "Games", "Spielen", "Jogos"] {
        assert!(
            rows_with(&d, event).is_empty(),
            "{event}: {:?}",
            rows_with(&d, "")
        );
    }
}

//! Allegations and responses: the sample's (a table a careful reader made), the six-language
//! and the unseen dossiers' (checked against their expected lists), plain facts, pairing.

mod common;
mod support;

use common::{expected_text, fixture};
use dossier::corpus;
use dossier::model::{Claim, ClaimKind, Dossier};
use serde::Deserialize;
use std::sync::OnceLock;

fn sample() -> &'static Dossier {
    static D: OnceLock<Dossier> = OnceLock::new();
    D.get_or_init(corpus::sample)
}

fn find<'a>(d: &'a Dossier, article: &str, starts: &str) -> Option<&'a Claim> {
    let trim = |s: &str| {
        s.trim_start_matches(['«', '“', '„', '"', '”', ' '])
            .to_string()
    };
    d.claims
        .iter()
        .find(|c| c.article.starts_with(article) && trim(&c.text).starts_with(&trim(starts)))
}

use ClaimKind::{Allegation as A, Response as R};

/// Sentence → kind and party, as a careful reader of the sample sees them.
const SAMPLE: [(&str, &str, ClaimKind, &str); 24] = [
    (
        "000",
        "La escala gigante de marcas de datos AI",
        A,
        "scale-ai",
    ),
    ("000", "según la queja, ling", A, "scale-ai"),
    ("000", "La demanda alega que Ling", A, "scale-ai"),
    ("000", "Mercor ha rechazado públicamente", R, "mercor"),
    ("000", "La cofundadora Surya Midha declaró", R, "mercor"),
    ("000", "La compañía afirma que ofreció", R, "mercor"),
    (
        "000",
        "Un portavoz caracterizó la oferta de Mercor",
        A,
        "scale-ai",
    ),
    (
        "003",
        "La startup d'IA Scale AI a déposé une plainte",
        A,
        "scale-ai",
    ),
    ("003", "Scale AI affirme que Ling", A, "scale-ai"),
    ("003", "L'entreprise demande au tribunal", A, "scale-ai"),
    ("003", "« Scale est devenu le leader", A, "scale-ai"),
    ("003", "« Nous ne permettrons à personne", A, "scale-ai"),
    ("003", "Le procès allègue que Ling", A, "scale-ai"),
    (
        "003",
        "Plus accablant encore, Scale AI affirme",
        A,
        "scale-ai",
    ),
    ("003", "La plainte affirme en outre", A, "scale-ai"),
    ("003", "La semaine dernière, xAI a poursuivi", A, "xai"),
    ("003", "La plainte allègue que Li a vendu", A, "xai"),
    ("004", "La nouvelle n’atteigne qu’un jour", A, "scale-ai"),
    ("004", "Échelle Ai allègue de Theft", A, "scale-ai"),
    (
        "004",
        "La plainte allègue que l’ancien exécutif",
        A,
        "scale-ai",
    ),
    ("004", "Mercor a publiquement repoussé", R, "mercor"),
    ("004", "La cofondatrice Surya Midha a déclaré", R, "mercor"),
    ("004", "La société prétend qu’elle a offerte", R, "mercor"),
    ("004", "Pour l’échelle de l’offre de Mercor", A, "scale-ai"),
];

#[test]
fn nine_in_ten_of_the_sample_claims_found_with_their_party() {
    let d = sample();
    let mut right = 0;
    let mut report = Vec::new();
    for (article, starts, kind, party) in SAMPLE {
        match find(d, article, starts) {
            Some(c) if c.kind == kind && c.party.as_deref() == Some(party) => right += 1,
            Some(c) => report.push(format!(
                "{starts}: {:?} {:?} instead of {kind:?} {party}",
                c.kind, c.party
            )),
            None => report.push(format!("{starts}: not found")),
        }
    }
    assert!(
        right * 10 >= SAMPLE.len() * 9,
        "{right}/{}:\n{}",
        SAMPLE.len(),
        report.join("\n")
    );
}

#[test]
fn plain_facts_and_commentary_are_not_claims() {
    let d = sample();
    for (article, starts) in [
        ("000", "En julio, solo un mes después"),
        ("000", "las consecuencias fueron valientes"),
        ("000", "Esta pérdida de confianza"),
        ("000", "Como el CEO de Turing"),
        ("003", "Cette action en justice intervient"),
        ("003", "Des acteurs majeurs comme OpenAI"),
        ("003", "J'ai été témoin"),
        ("004", "Analyste chez D.A. Davidson"),
        ("004", "Google, le plus grand client"),
        ("004", "Le client Exodus a laissé"),
    ] {
        assert!(
            find(d, article, starts).is_none(),
            "{starts} taken as a claim"
        );
    }
    // Nor is anything taken from a repeated block or from boilerplate (a headline is read: "X
    // sues Y" states the suit).
    for c in &d.claims {
        let p = &d.article(&c.article).unwrap().paragraphs[c.paragraph];
        assert!(p.is_live(), "{} from paragraph {}", c.id, c.paragraph);
        assert_eq!(&p.text[c.start..c.end], c.text);
    }
}

#[test]
fn speakers_spokespersons_and_quotes() {
    let d = sample();
    let midha = find(d, "000", "La cofundadora Surya Midha declaró").unwrap();
    assert_eq!(midha.speaker.as_deref(), Some("surya-midha"));
    assert_eq!(
        midha.party.as_deref(),
        Some("mercor"),
        "a co-founder speaks for her company"
    );
    assert!(
        midha
            .quote
            .as_deref()
            .unwrap()
            .starts_with("Si bien Mercor ha contratado")
    );
    assert_eq!(midha.cue, "declaró");
    let osborne = find(d, "003", "« Scale est devenu le leader").unwrap();
    assert_eq!(
        (
            osborne.speaker.as_deref(),
            osborne.party.as_deref().unwrap_or("")
        ),
        (Some("joe-osborne"), "scale-ai")
    );
    let complaint = find(d, "003", "Le procès allègue que Ling").unwrap();
    assert_eq!(
        complaint.speaker, None,
        "the complaint speaks, not a person"
    );
    assert!(complaint.against.contains(&"eugene-ling".to_string()));
    let sue = find(d, "003", "La startup d'IA Scale AI a déposé une plainte").unwrap();
    assert!(
        sue.against.contains(&"mercor".to_string())
            && sue.against.contains(&"eugene-ling".to_string())
    );
}

#[test]
fn responses_answer_allegations_and_translations_group() {
    let d = sample();
    let rejected = find(d, "000", "Mercor ha rechazado públicamente").unwrap();
    let answered: Vec<&Claim> = rejected
        .answers
        .iter()
        .map(|id| d.claims.iter().find(|c| &c.id == id).unwrap())
        .collect();
    assert!(!answered.is_empty());
    assert!(
        answered
            .iter()
            .all(|a| a.kind == A && a.party.as_deref() == Some("scale-ai"))
    );
    // Midha's statement, told in Spanish and French, is one claim told twice.
    let es = find(d, "000", "La cofundadora Surya Midha declaró").unwrap();
    let fr = find(d, "004", "La cofondatrice Surya Midha a déclaré").unwrap();
    assert_eq!(es.group, fr.group);
    assert_ne!(es.group, rejected.group);
}

#[derive(Deserialize)]
struct Expected {
    claim: Vec<ExpectedClaim>,
    not_claim: Vec<NotClaim>,
}

#[derive(Deserialize)]
struct ExpectedClaim {
    article: String,
    kind: String,
    party: String,
    sentence_starts: String,
}

#[derive(Deserialize)]
struct NotClaim {
    article: String,
    sentence_starts: String,
}

fn matches_the_expected_claims(name: &str, allowed_misses: usize) {
    let d = fixture(name);
    let expected: Expected = toml::from_str(&expected_text(name)).unwrap();
    let fold = dossier::extract::lexicon::fold;
    let mut report = Vec::new();
    for x in &expected.claim {
        let got = find(&d, &x.article, &x.sentence_starts);
        let ok = got.is_some_and(|c| {
            let kind = match c.kind {
                A => "allegation",
                R => "response",
                ClaimKind::Ruling => "ruling",
            };
            // A ruling has no party; the authority that decided is its speaker, which an
            // expected party names.
            let who = match c.kind {
                ClaimKind::Ruling if !x.party.is_empty() => {
                    c.party.as_deref().or(c.speaker.as_deref())
                }
                _ => c.party.as_deref(),
            };
            let party_ok = match who.and_then(|p| d.entity(p)) {
                Some(party) => std::iter::once(&party.name)
                    .chain(&party.aliases)
                    .any(|n| fold(n) == fold(&x.party)),
                None => x.party.is_empty(),
            };
            kind == x.kind && party_ok
        });
        if !ok {
            report.push(format!(
                "{} {}: {:?}",
                x.article,
                x.sentence_starts,
                got.map(|c| (c.kind, &c.party))
            ));
        }
    }
    assert!(
        report.len() <= allowed_misses,
        "{} of {} wrong:\n{}",
        report.len(),
        expected.claim.len(),
        report.join("\n")
    );
    for n in &expected.not_claim {
        assert!(
            find(&d, &n.article, &n.sentence_starts).is_none(),
            "{} {} taken as a claim",
            n.article,
            n.sentence_starts
        );
    }
}

#[test]
fn six_languages_with_spokespersons_lawyers_quotes_and_denials() {
    matches_the_expected_claims("six_languages", 2);
}

#[test]
fn an_unseen_machine_translated_dossier() {
    // One allegation's subject is a translated company name ("die blaue Anode"), which only a
    // curated alias in dossier.toml can resolve.
    matches_the_expected_claims("heldout_battery", 2);
}

#[test]
fn each_class_of_attribution_in_six_languages() {
    // Speakers after quotations, denials and dismissals, passives, source markers, filings,
    // counter-suits, rulings, agencies in datelines, a company described by its founder,
    // and "second quarter" that is no "according to".
    matches_the_expected_claims("claim_classes", 0);
}

#[test]
fn an_authority_accuses_fines_and_is_answered() {
    // A commission that accuses is a party ("according to the regulator", "Laut der Behörde");
    // its fine is a ruling; the company's answers are responses, also through "the company
    // called the fine 'unjustified'"; analysts and share prices are no claims. One miss left:
    // a German quote by "ein Sprecher" with no word of the dispute in it.
    matches_the_expected_claims("authority_case", 1);
}

#[test]
fn one_claim_told_in_several_languages_is_one_group_and_two_claims_are_two() {
    let d = fixture("authority_case");
    let group = |article: &str, starts: &str| find(&d, article, starts).unwrap().group.clone();
    // The same figure, the same claim: "since 2021" in German, English and Portuguese.
    let since = group("de_strafe", "Laut der Behörde");
    assert_eq!(since, group("en_fine", "The Commission said Vestra"));
    assert_eq!(since, group("pt_multa", "Segundo o regulador"));
    // The same speaker's quotation in three languages.
    let quote = group("en_fine", "\"Vestra has abused");
    assert_eq!(quote, group("fr_amende", "« Vestra a abusé"));
    // Two allegations of the same party with nothing in common stay two rows.
    assert_ne!(since, group("de_strafe", "Die Kommission wirft"));
    assert_ne!(since, group("en_fine", "According to the regulator"));
}

#[test]
fn a_response_answers_only_its_own_article() {
    let d = fixture("claim_classes");
    for c in d.claims.iter().filter(|c| c.kind == R) {
        for a in &c.answers {
            let answered = d.claims.iter().find(|x| &x.id == a).unwrap();
            assert_eq!(answered.article, c.article, "{} answers {}", c.id, a);
        }
    }
}

#[test]
fn rulings_have_no_party_and_summaries_start_at_the_claim() {
    let d = fixture("claim_classes");
    let ruling = find(&d, "en_case", "In March a judge").unwrap();
    assert_eq!(
        (ruling.kind, ruling.party.as_deref()),
        (ClaimKind::Ruling, None)
    );
    let dateline = find(&d, "en_case", "OSLO (Reuters)").unwrap();
    // From the auxiliary of the compound tense: "has sued Brightwell …".
    assert!(
        dateline.summary.starts_with("has sued Brightwell"),
        "{}",
        dateline.summary
    );
    let dash = find(&d, "es_demanda", "—No hemos").unwrap();
    assert_eq!(dash.summary, "No hemos copiado nada");
    assert!(
        d.entities.iter().all(|e| e.id != "reuters")
            || d.claims
                .iter()
                .all(|c| c.party.as_deref() != Some("reuters"))
    );
}

#[test]
fn a_label_answers_a_singer_and_a_judge_rules_in_six_languages() {
    // Known misses: "El sello argumenta …" and "La disquera calificó …": a company's words
    // that name nothing of the dispute are taken for its other business.
    matches_the_expected_claims("label_case", 2);
}

#[test]
fn a_trial_convicts_acquits_and_bans_and_the_accused_denies_in_six_languages() {
    // Verdicts and acquittals, active and passive, a ban by the judgment, the athlete's
    // testimony, the accused's denials (he is named beside the federation he led, which made
    // him a bystander before), the prosecution's demands, and "Ferrel was accused of assault"
    // as the prosecution's ("Le Ministère public demande …" joins its row, the article that
    // opens the sentence no longer hiding the institution), and "The court found Ferrel guilty",
    // with the name between "found" and "guilty".
    matches_the_expected_claims("trial_case", 0);
}

#[test]
fn a_court_reasons_and_goes_on_without_a_subject_in_four_languages() {
    // The court named as the subject of any verb rules; the sentences after it with no subject,
    // or in German reported speech, are its ruling still. Known miss: "The federation said it
    // would study the judgment", a body's reaction named by its common noun.
    matches_the_expected_claims("judgment_case", 1);
}

#[test]
fn parties_named_by_their_roles_in_a_trial_in_six_languages() {
    // The prosecution as a common noun, the accused's lawyer and defence by a possessive, the
    // accused by a description or a pronoun, the accused as the object before a German
    // participle, the court opening the cue's clause after a clause naming the accused, and
    // headlines with a verdict. The accuser is never named: her two statements ("His accuser
    // … said Ferraz had …", "La denunciante declaró …") are missed, not given to the accused.
    matches_the_expected_claims("trial_roles", 2);
}

#[test]
fn a_woman_convicted_and_banned_in_four_languages() {
    // Feminine French participles, a ban as the verdict, the prosecution named once and then by
    // its common noun, "farà ricorso", and a Spanish sentence with no subject that goes on with
    // the speaker of the paragraph before.
    matches_the_expected_claims("ban_case", 0);
}

#[test]
fn a_plea_deal_a_penalty_and_a_charge_in_the_passive_in_four_languages() {
    // Settling, admitting, bargaining are the accused's answers; the charge in the passive with
    // no accuser is the prosecution's, also when the accused is named by a description ("The
    // singer is accused of", "A cantora é acusada de"); a penalty with no court is a ruling; a
    // newspaper cited as a source is no party; dealing with the prosecution is not speaking for
    // it.
    matches_the_expected_claims("plea_case", 0);
}

/// A union against an airline, in six languages: a source marker before a noun the dossier set
/// before a name ("Selon le syndicat"), an organization by the last word of its name ("the
/// guild said"), "a démenti", the German speaker after the reported words ("…, erklärte die
/// BAPG"), German accused before the participle, a headline read subject first, a spokesman
/// of someone the dossier cannot tell, a relative clause's verb, German nouns and compounds
/// learned as descriptors. The file's header lists the five still missed.
#[test]
fn a_union_against_an_airline_in_six_languages() {
    matches_the_expected_claims("union_case", 5);
}

/// A wire story in English and Spanish: a plaintiff "is seeking" damages (its demand, no
/// penalty a court set), a relative clause of denial leaves the main verb to speak, and an
/// agency credited in the dateline ("NEW YORK (Wire) -") is never the party.
#[test]
fn a_wire_story_of_one_company_suing_another() {
    matches_the_expected_claims("wire_case", 0);
}

/// A competition authority fines a company, in four languages: reporting verbs after their
/// auxiliary, "a-t-elle ajouté", "Fuentes de X", "the company" never the authority, a quotation
/// going on from the company's answer. The file's header lists the one still missed.
#[test]
fn a_fine_and_the_companys_answers_in_four_languages() {
    matches_the_expected_claims("fine_case", 1);
}

/// A regulator fines a company and a head of state attacks the fine, in six languages: an
/// official in her own phrase speaks for her authority, the fine names the authority that
/// decided, the company's head of regulatory affairs answers for it, criticising a decision
/// answers it, a country before a title is no part of the name.
#[test]
fn a_head_of_state_answers_a_regulators_fine() {
    matches_the_expected_claims("state_reaction", 1);
}

/// The EU fines two platforms and the White House answers: the EU acts through the
/// Commission, a passive fine is the deciding authority's, the reporting mood tells the
/// accuser's claim, a seat of government answers a fine, "X's rules" is no ruling. A ruling
/// that names no one deciding is the authority's that decides in the dossier ("Die Europäische
/// Union" opening a sentence is not found as a name, yet its fine is the Commission's).
#[test]
fn the_eu_fines_platforms_and_the_white_house_answers() {
    matches_the_expected_claims("platform_fines", 0);
}

/// A studio's suit told only as "X's lawsuit", "la demanda de X", and the platform's
/// countersuit told in plain words ("apresentou uma queixa contra", "visant à contre-attaquer"):
/// the studio stays the plaintiff, the platform's answers are responses, and the countersuit's
/// claims its allegations where an article tells of it.
#[test]
fn a_countersuit_told_in_plain_words_keeps_the_first_suits_sides() {
    matches_the_expected_claims("countersuit_case", 0);
}

/// Each sentence of a quotation is a claim of the one who spoke it, whether the speaker is named
/// where the quotation closes („…. …“, sagte X) or before it opens (X told reporters: "…. …").
#[test]
fn every_sentence_of_a_quotation_is_its_speakers() {
    matches_the_expected_claims("long_quotes", 0);
}

/// A player's wage claim against his club, told only through the rulings that order the club
/// to pay and the club's claim "in turn": the player is the plaintiff, the club's demand its
/// counterclaim, demands rejected in the passive the court's; a name mistyped with two capitals
/// ("Teo MArlin") stays the player's.
#[test]
fn a_wage_claim_told_through_its_rulings() {
    matches_the_expected_claims("wage_claim", 0);
    let d = fixture("wage_claim");
    let marlin: Vec<_> = d
        .entities
        .iter()
        .filter(|e| e.name.contains("arlin") || e.aliases.iter().any(|a| a.contains("arlin")))
        .collect();
    assert_eq!(marlin.len(), 1, "one row for the player: {marlin:?}");
    assert_eq!(marlin[0].kind, dossier::model::EntityKind::Person);
}

/// A defendant testifies over several quoted paragraphs, in three languages: his quotations
/// answer the accusation told before them, the victim named after it is not accused, a short
/// Spanish paragraph stays Spanish. One miss left: the rider's Spanish "no aceptó nada" is read
/// as a denial.
#[test]
fn a_defendant_testifies() {
    matches_the_expected_claims("testimony", 1);
}

/// A German fraud trial: the subject after the verb in second place when a prepositional
/// phrase opens the sentence, a headline's topic before its colon, a capitalised role before a
/// comma, the speaker after the reported words before a filing named in them.
#[test]
fn a_german_fraud_trial() {
    matches_the_expected_claims("bank_trial", 0);
}

/// An assault trial in three languages: a prosecutor by her title speaks for the prosecution,
/// the victim named in the demand is not the accused, testimony is the witness's allegation.
#[test]
fn a_prosecutor_by_her_title_and_a_victim_named_in_the_demand() {
    matches_the_expected_claims("assault_trial", 0);
}

/// A league against a football club, in six languages: the charges as written are the
/// accuser's filing, "has charged" accuses, "its rules" is no ruling, "the club" denying is the
/// accused club, "son président, X" speaks for the club before, Italian "il" is no pronoun.
/// The file's header lists the seven still wrong.
#[test]
fn a_league_against_a_club_in_six_languages() {
    matches_the_expected_claims("league_case", 7);
}

#[test]
fn a_name_in_a_clause_about_someone_else_is_not_the_convicted() {
    // "…, derrière Paul Verrier qui en compte trois, a aussi été condamnée": the verdict is the
    // politician's; Verrier must not join the accused, nor be whom the prosecution accuses.
    let d = fixture("ban_case");
    let verrier = d.entities.iter().find(|e| e.name == "Paul Verrier");
    let verrier = verrier.map(|e| e.id.as_str()).unwrap_or("paul-verrier");
    for c in &d.claims {
        assert!(
            !c.against.iter().any(|a| a == verrier),
            "{} is against Verrier: {}",
            c.id,
            c.text
        );
    }
}

/// A name right after the verb of a quotation and a speaker's noun after the name ('"…," said
/// Veltrix the spokesperson'): the speaker is the name; reading it once panicked on a slice
/// running backwards.
#[test]
fn a_name_before_the_speakers_noun_after_a_quotation() {
    let d = support::dossier(&[(
        "a.txt",
        "Title here\n\nVeltrix sued Orvanta on Monday.\n\n\"We will win,\" said Veltrix the spokesperson.\n",
    )]);
    let c = find(&d, "a", "We will win").expect("the quotation is a claim");
    assert_eq!(c.party.as_deref(), Some("veltrix"));
}

/// A newspaper sues an AI company, in four languages: an outlet that goes to law is a party
/// (it sues, "Le quotidien … a annoncé poursuivre"), one that only reports is not; a person
/// titled a judge anywhere is the bench, her decisions and her words rulings with her as who
/// decided ("Oyelaran wrote that …", "Oyelaran wies … zurück").
#[test]
fn a_newspaper_sues_and_a_judge_rules_in_four_languages() {
    matches_the_expected_claims("press_suit", 0);
}

/// A jury finds for a gardener against a weedkiller's maker, in six languages: a jury is the
/// bench; a bench named after the verb speaks its quotation; a person described by her age
/// after the verb, and "celui-ci", are the one named before; German reported speech goes on
/// in a Konjunktiv I known by its form, as the judge's ruling.
#[test]
fn a_jury_decides_and_the_speakers_are_described_in_six_languages() {
    matches_the_expected_claims("jury_verdict", 0);
}

/// A verdict story that never says the plaintiff sued, in three languages: the noun before
/// his name ("plaintiff", "Kläger", "demandante") puts him on his side against whom the ruling
/// is; damages awarded are a ruling; a person introduced just before a quotation and
/// described by her age after it is its speaker, and a lawyer speaks for her client.
#[test]
fn a_verdict_names_the_plaintiff_by_his_title() {
    matches_the_expected_claims("verdict_titles", 0);
}

/// A newspaper sues an AI company, in four languages: "the company" before any company has
/// spoken in its article is the company of the dispute the article named, after a long fronted
/// phrase too; described and accused, its accuser claims.
#[test]
fn the_company_before_any_company_spoke() {
    matches_the_expected_claims("company_before_speaking", 1);
    // The lawyer named in the subject is who spoke, for her client.
    let (party, speaker) = party_and_speaker(
        "company_before_speaking",
        "01_en",
        "A lawyer for the Austral Times",
    );
    assert_eq!(
        (party.as_deref(), speaker.as_deref()),
        (Some("austral-times"), Some("iris-danver"))
    );
}

/// A conviction overturned on appeal: a cue's word inside a court's name is the court's; a
/// district attorney is a prosecutor, and accuses whom the court convicted where no
/// prosecution is named.
#[test]
fn an_appeals_court_rules_and_a_district_attorney_prosecutes() {
    matches_the_expected_claims("appeals_court", 0);
}

/// A fraud trial where no article names a prosecution office, in four languages: the
/// prosecution named by its nouns in small letters is one row and accuses; the defence, and
/// pleading not guilty, answer it.
#[test]
fn a_prosecution_named_only_by_its_nouns_accuses() {
    matches_the_expected_claims("unnamed_prosecution", 0);
}

/// A regulator against a broker: an official named after a comma behind his role speaks the
/// quotation before the verb, for the regulator; a judge approving a settlement rules.
#[test]
fn an_official_behind_his_role_speaks_and_a_judge_approves() {
    matches_the_expected_claims("regulator_speakers", 0);
    let (_, speaker) = party_and_speaker("regulator_speakers", "01_pt", "Alegamos que a Vantrex");
    assert_eq!(speaker.as_deref(), Some("tomas-brandao"));
}

/// The party and the speaker of the claim of a fixture's sentence, which must be one.
fn party_and_speaker(name: &str, article: &str, starts: &str) -> (Option<String>, Option<String>) {
    let d = fixture(name);
    let c = find(&d, article, starts).unwrap_or_else(|| panic!("{starts} is no claim"));
    (c.party.clone(), c.speaker.clone())
}

/// An app sues a government over a ban, in three languages: the government is one row whether
/// the names find it by its capitals ("Gobierno de EE.UU.") or the government list does ("die
/// US-Regierung"), and its officials speak for it ("U.S. officials warned").
#[test]
fn a_government_is_one_party_and_its_officials_speak_for_it() {
    matches_the_expected_claims("state_ban", 0);
}

/// An actor tried for sexual assault, in four languages: his reported words in the German
/// Konjunktiv answer the accusation as a quotation does, and the court he spoke before does not
/// rule them. The file's header lists the two still missed.
#[test]
fn an_actor_tried_answers_in_reported_speech() {
    matches_the_expected_claims("actor_trial", 2);
}

/// An actor on trial where no accuser is a name, in four languages: "the actor" is the actor,
/// "X's lawyer Y" makes X the client (once every word of X's became the lawyer's), and a
/// prosecutor by her title speaks in her own name. The file's header lists the three missed.
#[test]
fn a_trial_with_no_named_accuser_keeps_each_speaker_on_their_side() {
    matches_the_expected_claims("unnamed_accuser", 3);
}

/// "Die Firma habe …, hieß es in dem Urteil": what the bench holds stands before the verb, and
/// the row shows it, not "hieß es in dem Urteil".
#[test]
fn a_ruling_said_after_its_words_shows_the_words() {
    let d = fixture("jury_verdict");
    let c = find(&d, "03_de", "Die Firma habe").expect("the ruling is found");
    assert_eq!(c.kind, ClaimKind::Ruling);
    assert!(c.summary.starts_with("Die Firma habe"), "{}", c.summary);
}

/// A court opening a sentence the pass reads as a ruling decided it, even where the verb is
/// lost ("La Corte Suprema … ha ricorso presentato …", a word dropped by the paper).
#[test]
fn a_court_opening_a_ruling_decided_it() {
    let d = support::dossier(&[(
        "a_it.txt",
        "Diserbo: la Corte suprema Usa respinge il ricorso di Vellstrom\n\n\
         Marco Tellini ha fatto causa a Vellstrom nel 2019, sostenendo che il diserbante Tallow \
         gli ha causato un linfoma.\n\n\
         La Corte Suprema degli Stati Uniti ha ricorso presentato dal gigante chimico tedesco \
         Vellstrom per ribaltare una sentenza storica che collegava il diserbante Tallow al \
         cancro.\n",
    )]);
    let ruling = find(&d, "a_it", "La Corte Suprema degli Stati Uniti").expect("a ruling");
    assert_eq!(ruling.kind, ClaimKind::Ruling);
    assert_eq!(
        ruling.speaker.as_deref(),
        Some("corte-suprema-degli-stati-uniti")
    );
}

/// A lawyer speaks for the client the dossier names for him, wherever a sentence calls him a
/// lawyer without naming one ("O advogado da autora, Y, insistiu …" after the company spoke),
/// and never for the company named in his apposition, which may be the other side ("attorney
/// Y, specifically his statement that Corlan officials …"), nor for a name met once beside
/// the lawyer's word (his firm).
#[test]
fn a_lawyer_keeps_the_client_the_dossier_names_for_him() {
    let d = support::dossier(&[
        (
            "1_en.txt",
            "Corlan weighs its appeal\n\n\
             Tessa Marl sued Corlan Industries in 2022, alleging that its solvent caused her \
             illness.\n\n\
             Corlan said one motion might address conduct during the trial by Fenwick Hale \
             attorney Owen Brackett, specifically his statement that Corlan officials hid \
             reports.\n\n\
             Owen Brackett said Corlan must stop hiding the reports from the public.\n",
        ),
        (
            "2_en.txt",
            "Jury sides with Tessa Marl\n\n\
             The lawyer for Tessa Marl, Owen Brackett, said the documents proved that Corlan \
             Industries hid the risk.\n",
        ),
        (
            "3_pt.txt",
            "Corlan vai recorrer\n\n\
             A Corlan Industries afirmou que o solvente é seguro e que vai recorrer.\n\n\
             O advogado da autora, Owen Brackett, insistiu que a Corlan Industries escondeu os \
             riscos durante anos.\n",
        ),
    ]);
    for (article, starts) in [
        ("1_en", "Owen Brackett said Corlan"),
        ("2_en", "The lawyer for Tessa Marl"),
        ("3_pt", "O advogado da autora"),
    ] {
        let c = find(&d, article, starts).unwrap_or_else(|| panic!("{starts} is no claim"));
        assert_eq!(
            (c.kind, c.party.as_deref()),
            (ClaimKind::Allegation, Some("tessa-marl")),
            "{starts}"
        );
    }
}

/// A news agency is never a party, though its name holds an authority's word ("Agence
/// France-Presse"): a president's government named in an AP dateline's sentence did not make
/// the agency the accuser.
#[test]
fn a_news_agency_is_no_authority_and_no_party() {
    let d = support::dossier(&[
        (
            "1_en.txt",
            "Water row\n\n\
             PARIS (AP) — The government of President Corin Dale covered up the illegal \
             treatment of water by Quintara Waters, a Senate inquiry commission said Monday.\n\n\
             Quintara Waters denied any wrongdoing, its lawyers said.\n",
        ),
        (
            "2_fr.txt",
            "Eaux en bouteille\n\n\
             L'Agence France-Presse (AFP) a pu consulter le rapport. Selon l'AFP, Quintara \
             Waters a traité ses eaux.\n\n\
             Le gouvernement a démenti, a indiqué l'AFP.\n",
        ),
    ]);
    let agency = d
        .entities
        .iter()
        .find(|e| e.name == "AFP")
        .map(|e| e.id.clone());
    assert!(agency.is_some(), "the agency is still a row");
    for c in &d.claims {
        assert_ne!(c.party, agency, "{}", c.text);
    }
}

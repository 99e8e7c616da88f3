//! The sample dossier: every fact the foundation issue names, checked on the real seeds.

use dossier::corpus;
use dossier::model::{Article, Dossier, Lang, Paragraph};
use std::sync::OnceLock;

fn sample() -> &'static Dossier {
    static D: OnceLock<Dossier> = OnceLock::new();
    D.get_or_init(corpus::sample)
}

fn article(id_prefix: &str) -> &'static Article {
    sample()
        .articles
        .iter()
        .find(|a| a.id.starts_with(id_prefix))
        .expect("article")
}

fn find<'a>(a: &'a Article, starts: &str) -> Vec<&'a Paragraph> {
    a.paragraphs
        .iter()
        .filter(|p| p.text.starts_with(starts))
        .collect()
}

#[test]
fn three_articles_in_name_order_with_their_languages() {
    let d = sample();
    let ids: Vec<&str> = d.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_8b4e1523bca8c7fd",
            "003_055324eaa51cc88e",
            "004_347e296371e70fdb"
        ]
    );
    let langs: Vec<Lang> = d.articles.iter().map(|a| a.language).collect();
    assert_eq!(langs, [Lang::Es, Lang::Fr, Lang::Fr]);
    assert_eq!(d.languages(), [Lang::Es, Lang::Fr]);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert_eq!(
        d.title,
        "Scale AI v. Mercor: the data-labelling espionage suit"
    );
}

#[test]
fn embedded_files_match_the_assets_folder() {
    let mut on_disk: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/dossier"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
            .collect();
    on_disk.sort();
    assert_eq!(on_disk, corpus::sample::file_names());
    let from_disk = corpus::open(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/dossier"
    )))
    .unwrap();
    assert_eq!(
        dossier::export::to_json(&from_disk),
        dossier::export::to_json(sample())
    );
}

#[test]
fn one_paragraph_per_line_in_the_second_french_seed() {
    let a = article("003");
    assert_eq!(a.paragraphs.len(), 25);
    assert!(
        a.paragraphs[0]
            .text
            .starts_with("La startup d'IA Scale AI a déposé une plainte")
    );
    assert_eq!(
        a.paragraphs[1].text,
        "Allégations de vol de documents confidentiels"
    );
}

#[test]
fn headings_are_marked() {
    let a = article("003");
    let headings: Vec<&str> = a
        .paragraphs
        .iter()
        .filter(|p| p.heading && p.is_live())
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Allégations de vol de documents confidentiels",
            "Inquiétudes d'espionnage à l'échelle de l'industrie",
            "Scale AI poursuit un ancien employé pour espionnage industriel",
        ]
    );
    let es = article("000");
    assert!(find(es, "El efecto dominó")[0].heading);
    assert!(find(es, "una acusación de espionaje corporativo")[0].heading);
    assert!(!find(es, "Mercor ha rechazado")[0].heading);
}

#[test]
fn the_repeated_block_points_at_its_first_copy() {
    let a = article("003");
    for (i, p) in a.paragraphs.iter().enumerate() {
        let expected = if i >= 14 { Some(i - 14) } else { None };
        assert_eq!(p.duplicate_of, expected, "paragraph {i}: {}", p.text);
    }
    for p in &a.paragraphs[14..] {
        assert_eq!(p.text, a.paragraphs[p.duplicate_of.unwrap()].text);
    }
}

#[test]
fn publisher_boilerplate_is_marked_not_deleted() {
    let a = article("003");
    let marked: Vec<usize> = a
        .paragraphs
        .iter()
        .filter(|p| p.boilerplate)
        .map(|p| p.index)
        .collect();
    assert_eq!(marked, [11, 12]);
    assert_eq!(a.paragraphs[11].text, "Voir l'original");
    assert!(
        a.paragraphs[12]
            .text
            .starts_with("Cette page peut inclure du contenu de tiers")
    );
    // The Spanish seed ends with a lone ".".
    let es = article("000");
    assert!(es.paragraphs.last().unwrap().boilerplate);
    // Nothing else in the dossier is boilerplate.
    let total: usize = sample()
        .articles
        .iter()
        .map(|a| a.paragraphs.iter().filter(|p| p.boilerplate).count())
        .sum();
    assert_eq!(total, 3);
}

#[test]
fn titles_from_dossier_toml_or_the_article_itself() {
    assert_eq!(
        article("000").title,
        "Scale AI demanda a Mercor por espionaje corporativo"
    );
    // Not named in dossier.toml: the title line just after the disclaimer.
    assert_eq!(
        article("003").title,
        "Scale AI poursuit un ancien employé pour espionnage industriel"
    );
    assert_eq!(
        article("003").source.as_deref(),
        Some("Gate (republished), French")
    );
}

fn sentences_of(p: &Paragraph) -> Vec<&str> {
    p.sentences.iter().map(|s| p.sentence_text(s)).collect()
}

#[test]
fn sentences_keep_initials_amounts_and_quotes_whole() {
    let fr = article("004");
    let p = find(fr, "Analyste chez D.A. Davidson")[0];
    assert!(
        sentences_of(p)[0].starts_with("Analyste chez D.A. Davidson, Gil Luria, a fait remarquer")
    );
    let es = article("000");
    let p = find(es, "La escala gigante")[0];
    let s = sentences_of(p);
    assert_eq!(s.len(), 2);
    assert!(
        s[0].contains("$ 14.3 mil millones de Meta") && s[0].ends_with("espionaje corporativo.")
    );
    let quote = find(article("003"), "« Scale est devenu")[0];
    assert_eq!(
        sentences_of(quote),
        [
            "« Scale est devenu le leader de l'industrie grâce à la force de nos idées, de notre innovation et de notre exécution, » a déclaré le porte-parole de l'entreprise, Joe Osborne.",
            "« Nous ne permettrons à personne de prendre des raccourcis illégaux aux dépens de notre entreprise. »",
        ]
    );
    // The unbalanced quote of the Spanish seed (opened with ”) stays in one sentence.
    let midha = find(es, "Mercor ha rechazado")[0];
    let s = sentences_of(midha);
    assert_eq!(s.len(), 2);
    assert!(
        s[1].starts_with("La cofundadora Surya Midha declaró:”Si bien")
            && s[1].ends_with("diferente”.")
    );
}

#[test]
fn sentence_offsets_are_byte_ranges_on_char_boundaries() {
    for a in &sample().articles {
        for p in &a.paragraphs {
            let mut last = 0;
            for s in &p.sentences {
                assert!(s.start >= last && s.start < s.end && s.end <= p.text.len());
                assert!(p.text.is_char_boundary(s.start) && p.text.is_char_boundary(s.end));
                last = s.end;
            }
        }
    }
}

#[test]
fn english_sentences_inside_french_articles() {
    let a = article("004");
    assert_eq!(a.language, Lang::Fr);
    let p = find(a, "Échelle Ai allègue de Theft of Trade Secrets")[0];
    let langs: Vec<(Lang, &str)> = p
        .sentences
        .iter()
        .map(|s| (s.language, p.sentence_text(s)))
        .collect();
    assert_eq!(langs[0].0, Lang::Fr);
    assert!(
        langs[1]
            .1
            .starts_with("Mercor’s soaring valuation amid legal threats highlights")
    );
    assert_eq!(langs[1].0, Lang::En);
    let heading = find(a, "A Tale of Two Trajectories")[0];
    assert_eq!(heading.sentences[0].language, Lang::En);
    // Everything else in the French articles is French.
    let english: usize = sample()
        .articles
        .iter()
        .filter(|a| a.language == Lang::Fr)
        .flat_map(|a| a.live_paragraphs())
        .flat_map(|p| p.sentences.iter())
        .filter(|s| s.language != Lang::Fr)
        .count();
    assert_eq!(english, 2);
}

#[test]
fn no_control_characters_anywhere() {
    for a in &sample().articles {
        for p in &a.paragraphs {
            assert!(!p.text.chars().any(|c| c.is_control()), "{}", p.text);
        }
    }
}

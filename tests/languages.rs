//! Language identification on a dossier of our own: one article in each supported language.

use dossier::corpus;
use dossier::model::Lang;
use std::path::Path;

#[test]
fn six_languages_one_article_each() {
    let d = corpus::open(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/six_languages"
    )))
    .unwrap();
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    let langs: Vec<(&str, Lang)> = d
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.language))
        .collect();
    assert_eq!(
        langs,
        [
            ("de_klage", Lang::De),
            ("en_lawsuit", Lang::En),
            ("es_demanda", Lang::Es),
            ("fr_plainte", Lang::Fr),
            ("it_causa", Lang::It),
            ("pt_processo", Lang::Pt),
        ]
    );
    // Nearly every sentence carries its article's language (names and numbers alone may not).
    for a in &d.articles {
        let sentences: Vec<_> = a
            .live_paragraphs()
            .flat_map(|p| p.sentences.iter())
            .collect();
        let own = sentences
            .iter()
            .filter(|s| s.language == a.language)
            .count();
        assert!(
            own * 100 >= sentences.len() * 95,
            "{}: {own}/{} sentences",
            a.id,
            sentences.len()
        );
    }
}

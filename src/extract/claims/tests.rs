use crate::corpus;
use crate::model::ClaimKind;

#[test]
fn sample_claims_overview() {
    let d = corpus::sample();
    for c in &d.claims {
        eprintln!(
            "{} {:?} {} {:?} {:?} [{}] {}",
            c.id,
            c.kind,
            c.party,
            c.speaker,
            c.against,
            c.cue,
            &c.text[..c.text.len().min(90)]
        );
    }
    assert!(d.claims.iter().any(|c| c.kind == ClaimKind::Response));
}

#[test]
fn debug_fixture() {
    let d = corpus::open(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/six_languages"
    )))
    .unwrap();
    let paras = crate::extract::candidates::tokenize_dossier(&d);
    let sentences = super::sentences(&d, &paras);
    for s in &sentences {
        let text = &d.articles[s.article].paragraphs[s.paragraph].text[s.start..s.end];
        if text.starts_with("Nach Darstellung") || text.starts_with("Michael Strand") {
            let ph = super::phrases(s);
            eprintln!(
                "{text}\n  phrases {:?}\n  mentions {:?}",
                ph.iter()
                    .map(|(k, n, p)| (
                        &text[s.tokens[*k].start - s.start..s.tokens[k + n - 1].end - s.start],
                        p
                    ))
                    .collect::<Vec<_>>(),
                s.mentions
                    .iter()
                    .map(|m| d.entities[m.2].name.clone())
                    .collect::<Vec<_>>()
            );
        }
    }
}

//! The scriptable view of a dossier: JSON in the schema of `design.md`, and Markdown for people.
//! Both read the same [`Dossier`] value the screens show.

use crate::model::Dossier;
use std::fmt::Write as _;

pub fn to_json(d: &Dossier) -> String {
    let mut out = Vec::new();
    write_json(d, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// The JSON document, the dossier itself, written as it is made (no copy of the whole text in
/// memory).
pub fn write_json(d: &Dossier, out: impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(out, d).map_err(|e| match e.io_error_kind() {
        Some(kind) => std::io::Error::new(kind, e),
        None => std::io::Error::other(e),
    })
}

/// Markdown: the brief (parties, their allegations with the responses to them, rulings,
/// unattributed claims, each with its citations), then the articles' live paragraphs with the
/// paragraph numbers the citations point to.
pub fn to_markdown(d: &Dossier) -> String {
    let mut out = format!("# {}\n", d.title);
    out.push_str(&crate::brief::brief(d));
    out.push_str("\n## Articles\n");
    for a in &d.articles {
        let _ = write!(out, "\n### {} ({}, `{}`)\n", a.title, a.language, a.file);
        if let Some(src) = &a.source {
            let _ = writeln!(out, "\n_Source: {src}_");
        }
        for p in a.live_paragraphs() {
            if p.heading {
                let _ = write!(out, "\n#### {}\n", p.text);
            } else {
                let _ = write!(out, "\n{} ¶{}\n", p.text, p.index);
            }
        }
    }
    if !d.warnings.is_empty() {
        out.push_str("\n## Warnings\n\n");
        for w in &d.warnings {
            let _ = writeln!(out, "- {w}");
        }
    }
    out
}

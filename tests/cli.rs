//! The command line: export schema, help, version, exit statuses and messages.

use serde_json::Value;
use std::process::{Command, Output};

fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn export_json_follows_the_design_schema() {
    let out = dossier(&["export", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["title"],
        "Scale AI v. Mercor: the data-labelling espionage suit"
    );
    for key in ["entities", "claims", "alignments"] {
        assert!(v[key].is_array(), "{key}");
    }
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3);
    let a = &articles[1];
    assert_eq!(a["id"], "003_055324eaa51cc88e");
    assert_eq!(a["file"], "003_055324eaa51cc88e.txt");
    assert_eq!(a["language"], "fr");
    assert_eq!(
        a["title"],
        "Scale AI poursuit un ancien employé pour espionnage industriel"
    );
    let p = &a["paragraphs"][14];
    assert_eq!(p["index"], 14);
    assert_eq!(p["duplicate_of"], 0);
    assert_eq!(p["boilerplate"], false);
    assert_eq!(p["heading"], false);
    assert_eq!(p["language"], "fr");
    assert_eq!(a["paragraphs"][0]["duplicate_of"], Value::Null);
    assert_eq!(a["paragraphs"][11]["boilerplate"], true);
    let s = &a["paragraphs"][0]["sentences"][0];
    let text = a["paragraphs"][0]["text"].as_str().unwrap();
    let (start, end) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    assert!(text[start..end].ends_with("les accusant d'espionnage industriel."));
    assert_eq!(s["language"], "fr");
    // People and organizations, each mention a byte range of a paragraph's text.
    let scale = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "scale-ai")
        .unwrap();
    assert_eq!(scale["name"], "Scale AI");
    assert_eq!(scale["kind"], "organization");
    assert!(
        scale["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Échelle AI")
    );
    let m = &scale["mentions"][0];
    let article = articles.iter().find(|a| a["id"] == m["article"]).unwrap();
    let text = article["paragraphs"][m["paragraph"].as_u64().unwrap() as usize]["text"]
        .as_str()
        .unwrap();
    let (start, end) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "La escala");
    // Claims: the schema's fields, each citing a sentence of a paragraph.
    let claims = v["claims"].as_array().unwrap();
    assert!(claims.len() >= 20);
    let c = claims
        .iter()
        .find(|c| c["speaker"] == "surya-midha")
        .unwrap();
    assert_eq!(c["kind"], "response");
    assert_eq!(c["party"], "mercor");
    assert_eq!(c["against"][0], "scale-ai");
    assert!(c["cue"].is_string() && c["quote"].is_string() && c["answers"].is_array());
    let article = articles.iter().find(|a| a["id"] == c["article"]).unwrap();
    let text = article["paragraphs"][c["paragraph"].as_u64().unwrap() as usize]["text"]
        .as_str()
        .unwrap();
    let (start, end) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], c["text"].as_str().unwrap());
    for id in c["answers"].as_array().unwrap() {
        let answered = claims.iter().find(|x| x["id"] == *id).unwrap();
        assert_eq!(answered["kind"], "allegation");
    }
}

#[test]
fn export_markdown() {
    let out = dossier(&["export", "--format", "markdown"]);
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Scale AI v. Mercor"));
    assert!(md.contains("### Scale AI poursuit un ancien employé pour espionnage industriel (fr, `003_055324eaa51cc88e.txt`)"));
    assert!(
        md.contains("## Parties") && md.contains("## Scale AI alleges"),
        "the brief comes first"
    );
    assert!(
        md.contains("*Mercor responds:*"),
        "responses stand under what they answer"
    );
    assert!(
        !md.contains("Cette page peut inclure"),
        "boilerplate stays out of the Markdown"
    );
}

#[test]
fn help_and_version() {
    let help = dossier(&["--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(help.status.success());
    assert!(text.contains("export") && text.contains("--config"));
    let version = dossier(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("dossier {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn without_a_terminal_the_reader_points_to_export() {
    let out = dossier(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("use `dossier export [DIR]`"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_and_empty_folders_exit_2() {
    let out = dossier(&["/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("dossier: cannot open dossier folder /no/such/folder:"),
        "{}",
        stderr(&out)
    );
    let empty = tempfile::tempdir().unwrap();
    let out = dossier(&["export", empty.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no readable article in"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn warnings_go_to_stderr_during_export() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Un texto en español, con el tribunal y la empresa.",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), "").unwrap();
    let out = dossier(&["export", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(
        stderr(&out).trim(),
        "dossier: warning: b.txt: empty file; skipped"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["warnings"][0], "b.txt: empty file; skipped");
}

#[test]
fn bad_config_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "[layout]\nsidebar_width = 32\ncolumn_width = 10\n").unwrap();
    let out = dossier(&["--config", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let expected = format!(
        "dossier: {}:3:1: unknown field `column_width`",
        cfg.display()
    );
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
}

//! Broken files are reported by name and the rest of the dossier still loads; a folder that
//! cannot be a dossier is an error. Nothing is ever written into the folder.

use dossier::corpus;
use dossier::error::Error;
use std::fs;
use std::path::Path;
use std::time::SystemTime;

const GOOD: &str = "Die Klägerin wirft dem Unternehmen vor, vertrauliche Unterlagen kopiert zu haben.\n\n\
                    Das Unternehmen bestritt die Vorwürfe am Montag.\n";

fn folder_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn warning_for<'a>(d: &'a dossier::model::Dossier, file: &str) -> &'a str {
    d.warnings
        .iter()
        .find(|w| w.file == file)
        .map(|w| w.message.as_str())
        .unwrap_or_else(|| panic!("no warning for {file}: {:?}", d.warnings))
}

#[test]
fn each_broken_file_is_named_and_the_rest_loads() {
    let dir = folder_with(&[
        ("a_good.txt", GOOD.as_bytes()),
        ("b_empty.txt", b""),
        ("c_binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"),
        (
            "d_latin1.txt",
            b"Le caf\xe9 cr\xe8me co\xfbte deux euros \xe0 la gare.\n",
        ),
        ("notes.pdf", b"%PDF-1.4"),
        // Random bytes without a NUL: not an article either.
        (
            "f_noise.txt",
            &[
                0x9d, 0xe4, 0x12, 0x8f, 0xb3, 0x07, 0xfe, 0x54, 0x62, 0x55, 0xa7, 0xc3, 0x1f, 0x88,
                0x90, 0xe1, 0x5c, 0xd2, 0x03, 0xaa, 0xbb, 0x91, 0x16, 0xf4,
            ],
        ),
        (
            "dossier.toml",
            b"title = \"Klage\"\n[[article]]\nfile = \"a_good.txt\"\nsorce = \"x\"\n",
        ),
    ]);
    // A link to nothing: an article that cannot be read.
    std::os::unix::fs::symlink(
        dir.path().join("missing"),
        dir.path().join("e_dangling.txt"),
    )
    .unwrap();
    let d = corpus::open(dir.path()).unwrap();
    let ids: Vec<&str> = d.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a_good", "d_latin1"]);
    assert_eq!(warning_for(&d, "b_empty.txt"), "empty file; skipped");
    assert!(warning_for(&d, "c_binary.txt").starts_with("binary file"));
    assert!(warning_for(&d, "d_latin1.txt").contains("not UTF-8; decoded as windows-1252"));
    assert!(warning_for(&d, "e_dangling.txt").starts_with("cannot be read"));
    assert!(
        warning_for(&d, "f_noise.txt").starts_with("binary file"),
        "{:?}",
        d.warnings
    );
    let toml = d
        .warnings
        .iter()
        .find(|w| w.file == "dossier.toml")
        .unwrap();
    assert_eq!(
        toml.to_string(),
        "dossier.toml:4:1: unknown field `sorce`, expected one of `file`, `title`, `source`, `notes`, `language`; ignored"
    );
    assert!(
        warning_for(&d, "f_noise.txt").starts_with("binary file"),
        "{:?}",
        d.warnings
    );
    assert!(
        d.warnings.iter().all(|w| w.file != "notes.pdf"),
        "other files are not articles"
    );
    assert_eq!(
        d.articles[1].paragraphs[0].text,
        "Le café crème coûte deux euros à la gare."
    );
    assert_eq!(d.articles[0].language, dossier::model::Lang::De);
    // The broken dossier.toml is ignored whole: the title falls back to the folder's name.
    assert_ne!(d.title, "Klage");
}

#[test]
fn a_file_over_the_size_limit_is_skipped_unread() {
    let dir = folder_with(&[("a.txt", GOOD.as_bytes())]);
    let big = fs::File::create(dir.path().join("big.txt")).unwrap();
    big.set_len(corpus::load::MAX_FILE_BYTES + 1).unwrap();
    let d = corpus::open(dir.path()).unwrap();
    assert_eq!(d.articles.len(), 1);
    assert_eq!(
        warning_for(&d, "big.txt"),
        "20.0 MiB is over the 20 MiB limit; skipped"
    );
    // A message that starts with a figure is not taken for a line and column.
    let w = d.warnings.iter().find(|w| w.file == "big.txt").unwrap();
    assert_eq!(
        w.to_string(),
        "big.txt: 20.0 MiB is over the 20 MiB limit; skipped"
    );
}

#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder_with(&[("a.txt", GOOD.as_bytes()), ("locked.txt", GOOD.as_bytes())]);
    let locked = dir.path().join("locked.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let d = corpus::open(dir.path()).unwrap();
    if fs::read(&locked).is_err() {
        assert!(warning_for(&d, "locked.txt").starts_with("cannot be read"));
        assert_eq!(d.articles.len(), 1);
    } else {
        // Running as root: permissions do not stop reading, and the file loads.
        assert_eq!(d.articles.len(), 2);
    }
}

#[test]
fn missing_empty_or_useless_folders_are_errors() {
    let missing = corpus::open(Path::new("/no/such/dossier")).unwrap_err();
    assert!(matches!(missing, Error::OpenDir { .. }));
    assert!(
        missing
            .to_string()
            .starts_with("cannot open dossier folder /no/such/dossier:")
    );
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        corpus::open(empty.path()),
        Err(Error::NoArticles { .. })
    ));
    let useless = folder_with(&[("a.txt", b""), ("b.md", b"\0\0")]);
    assert!(matches!(
        corpus::open(useless.path()),
        Err(Error::NoArticles { .. })
    ));
    let file = folder_with(&[("a.txt", GOOD.as_bytes())]);
    assert!(matches!(
        corpus::open(&file.path().join("a.txt")),
        Err(Error::NotADir { .. })
    ));
}

#[test]
fn escape_sequences_in_articles_never_survive() {
    let dir = folder_with(&[(
        "evil.txt",
        b"Titre\x1b]0;owned\x07 propre\n\nLe texte \x1b[2J\x1b[31mrouge\x9b.\n",
    )]);
    let d = corpus::open(dir.path()).unwrap();
    for p in &d.articles[0].paragraphs {
        assert!(!p.text.chars().any(char::is_control), "{:?}", p.text);
    }
    let json = dossier::export::to_json(&d);
    assert!(
        !json.contains('\u{1b}') && !json.contains("\\u001b"),
        "{json}"
    );
}

fn snapshot(dir: &Path) -> Vec<(String, u64, SystemTime)> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                m.len(),
                m.modified().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn opening_and_exporting_write_nothing_into_the_folder() {
    let dir = folder_with(&[
        ("a.txt", GOOD.as_bytes()),
        ("dossier.toml", b"title = \"T\"\n"),
    ]);
    let before = snapshot(dir.path());
    let d = corpus::open(dir.path()).unwrap();
    let _ = dossier::export::to_json(&d);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("export")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(snapshot(dir.path()), before);
}

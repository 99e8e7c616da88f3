//! Reading a dossier folder: which files are articles, their bytes, their text encoding, and
//! what goes wrong with each of them. Nothing here writes to the folder.

use crate::error::Error;
use crate::model::Warning;
use std::fs;
use std::path::Path;

/// Larger files are skipped with a warning: no news article is this long.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// One article file as found, before decoding.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What a folder holds: its article files in name order, its `dossier.toml`, and the warnings
/// about files that could not be taken.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    pub label: String,
    pub files: Vec<SourceFile>,
    pub meta: Option<String>,
    pub warnings: Vec<Warning>,
}

pub fn is_article_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !name.starts_with('.') && (lower.ends_with(".txt") || lower.ends_with(".md"))
}

/// The folder's entries, or why it cannot be read as a dossier: checked before the reader takes
/// the terminal, so a wrong path is reported plainly.
pub fn open_folder(path: &Path) -> Result<fs::ReadDir, Error> {
    let meta = fs::metadata(path).map_err(|source| Error::OpenDir {
        path: path.into(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(Error::NotADir { path: path.into() });
    }
    fs::read_dir(path).map_err(|source| Error::OpenDir {
        path: path.into(),
        source,
    })
}

pub fn read_folder(path: &Path) -> Result<Folder, Error> {
    let entries = open_folder(path)?;
    let mut folder = Folder {
        label: path
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| sanitize(&n.to_string_lossy())))
            .unwrap_or_else(|| path.display().to_string()),
        ..Folder::default()
    };
    // (name as shown, path, size): names reach the screen, so no control characters in them.
    let mut names: Vec<(String, std::path::PathBuf, u64)> = Vec::new();
    for entry in entries.flatten() {
        let name = sanitize(&entry.file_name().to_string_lossy()).replace('\n', " ");
        let path = entry.path();
        match path.metadata() {
            Ok(m) if m.is_file() => names.push((name, path, m.len())),
            Ok(_) => {}
            Err(e) if is_article_name(&name) => {
                folder.warn(&name, &format!("cannot be read ({e}); skipped"))
            }
            Err(_) => {}
        }
    }
    names.sort();
    for (name, file_path, size) in names {
        if name == super::meta::FILE_NAME {
            match fs::read(&file_path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => folder.meta = Some(text),
                    Err(_) => folder.warn(&name, "not UTF-8 text; ignored"),
                },
                Err(e) => folder.warn(&name, &format!("cannot be read ({e}); ignored")),
            }
            continue;
        }
        if !is_article_name(&name) {
            continue;
        }
        if size > MAX_FILE_BYTES {
            let mib = size as f64 / (1024.0 * 1024.0);
            let limit = MAX_FILE_BYTES / (1024 * 1024);
            folder.warn(
                &name,
                &format!("{mib:.1} MiB is over the {limit} MiB limit; skipped"),
            );
            continue;
        }
        match fs::read(&file_path) {
            Ok(bytes) => folder.files.push(SourceFile { name, bytes }),
            Err(e) => folder.warn(&name, &format!("cannot be read ({e}); skipped")),
        }
    }
    Ok(folder)
}

impl Folder {
    pub fn warn(&mut self, file: &str, message: &str) {
        self.warnings.push(Warning::new(file, message));
    }
}

/// The file's text, or the reason it cannot be an article. A legacy encoding is detected and
/// reported; control characters are removed so no escape sequence reaches a terminal.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    let (text, note) = if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        let note = (enc != encoding_rs::UTF_8).then(|| format!("decoded as {}", enc.name()));
        if had_errors {
            return Err(format!("invalid {} text", enc.name()));
        }
        (text.into_owned(), note)
    } else if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes); skipped".into());
    } else {
        match std::str::from_utf8(bytes) {
            Ok(t) => (t.to_string(), None),
            Err(_) => {
                let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                det.feed(bytes, true);
                let enc = det.guess(None, chardetng::Utf8Detection::Deny);
                let (text, _, _) = enc.decode(bytes);
                // Any bytes decode in a legacy encoding: text is mostly letters and spaces.
                let plain = text
                    .chars()
                    .filter(|c| {
                        c.is_alphanumeric()
                            || c.is_whitespace()
                            || c.is_ascii_punctuation()
                            || "«»“”‘’„–—…".contains(*c)
                    })
                    .count();
                if plain * 100 < text.chars().count() * 75 {
                    return Err("binary file (not text in any encoding); skipped".into());
                }
                (
                    text.into_owned(),
                    Some(format!("not UTF-8; decoded as {}", enc.name())),
                )
            }
        }
    };
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls * 3 > text.chars().count().max(1) {
        return Err("binary file (mostly control characters); skipped".into());
    }
    let clean = sanitize(&text);
    if clean.trim().is_empty() {
        return Err("empty file; skipped".into());
    }
    Ok((clean, note))
}

/// Newlines made `\n`; control characters (but newline and tab) and bidirectional overrides
/// removed, so article text can be printed to a terminal as it is.
pub fn sanitize(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter(|&c| {
            (!c.is_control() || c == '\n' || c == '\t')
                && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_and_latin1_is_detected() {
        assert_eq!(
            decode("café".as_bytes()).unwrap(),
            ("café".to_string(), None)
        );
        let latin1 = b"Le caf\xe9 cr\xe8me est servi \xe0 la terrasse du march\xe9.";
        let (text, note) = decode(latin1).unwrap();
        assert_eq!(text, "Le café crème est servi à la terrasse du marché.");
        assert!(note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Grüße".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let (text, note) = decode(&bytes).unwrap();
        assert_eq!(text, "Grüße");
        assert_eq!(note.as_deref(), Some("decoded as UTF-16LE"));
    }

    #[test]
    fn rejects_binary_and_empty() {
        assert!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
                .unwrap_err()
                .contains("binary")
        );
        assert!(decode(b" \n\n\t ").unwrap_err().contains("empty"));
        assert!(decode(&[0x1b; 40]).unwrap_err().contains("binary"));
    }

    #[test]
    fn control_sequences_are_removed() {
        let (text, _) = decode(b"Title\x1b[2J\x1b]0;pwned\x07 end\r\nnext\xc2\x9b").unwrap();
        assert_eq!(text, "Title[2J]0;pwned end\nnext");
        assert_eq!(sanitize("a\u{202E}b\u{0085}c"), "abc");
    }
}

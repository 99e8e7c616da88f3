//! Loading and cleaning: from a folder of files to the articles of a [`Dossier`].

pub mod clean;
pub mod lang;
pub mod lexicon;
pub mod load;
pub mod meta;
pub mod sample;
pub mod segment;

use crate::error::Error;
use crate::model::{Article, Dossier, Lang, Paragraph, Sentence, Warning};
use lang::Scores;
use load::{Folder, SourceFile};
use meta::Meta;
use std::path::Path;

/// A stage of opening a dossier, for a progress display: each is reported as it begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading the files of the folder.
    Reading,
    /// Decoding, cleaning and segmenting the articles.
    Cleaning,
    /// People and organizations.
    Names,
    /// Allegations and responses, and the alignment of translations.
    Claims,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Reading => "reading files",
            Stage::Cleaning => "cleaning articles",
            Stage::Names => "finding people and companies",
            Stage::Claims => "reading claims and aligning translations",
        }
    }
}

/// Open the dossier in a folder. Broken files become warnings; only a folder that cannot be read,
/// or holds no readable article, is an error.
pub fn open(path: &Path) -> Result<Dossier, Error> {
    open_with(path, &|_| {})
}

/// [`open`], telling `progress` each stage as it begins.
pub fn open_with(path: &Path, progress: &dyn Fn(Stage)) -> Result<Dossier, Error> {
    progress(Stage::Reading);
    let folder = load::read_folder(path)?;
    build_with(folder, progress).ok_or_else(|| Error::NoArticles { path: path.into() })
}

/// [`open_with`], also handing `articles` the dossier once its articles are read and cleaned,
/// before names, claims and alignment: a reader can show them while the rest is worked out.
pub fn open_in_stages(
    path: &Path,
    progress: &dyn Fn(Stage),
    articles: &dyn Fn(&Dossier),
) -> Result<Dossier, Error> {
    progress(Stage::Reading);
    let folder = load::read_folder(path)?;
    progress(Stage::Cleaning);
    let (mut d, meta) =
        build_articles(folder).ok_or_else(|| Error::NoArticles { path: path.into() })?;
    articles(&d);
    crate::extract::analyse_with(&mut d, &meta.entities, progress);
    Ok(d)
}

/// The embedded sample dossier.
pub fn sample() -> Dossier {
    build(sample::folder()).expect("the embedded sample has articles")
}

/// Analyse the files of a folder; `None` when not one article could be read.
pub fn build(folder: Folder) -> Option<Dossier> {
    build_with(folder, &|_| {})
}

/// [`build`], telling `progress` each stage as it begins.
pub fn build_with(folder: Folder, progress: &dyn Fn(Stage)) -> Option<Dossier> {
    progress(Stage::Cleaning);
    let (mut d, meta) = build_articles(folder)?;
    crate::extract::analyse_with(&mut d, &meta.entities, progress);
    Some(d)
}

/// The articles alone, cleaned and segmented, with the parsed `dossier.toml`: the first stage,
/// before names are looked for.
pub fn build_articles(folder: Folder) -> Option<(Dossier, Meta)> {
    let Folder {
        label,
        files,
        meta,
        mut warnings,
    } = folder;
    let meta = match meta.as_deref().map(|text| (text, Meta::parse(text))) {
        Some((_, Ok(m))) => m,
        Some((text, Err(e))) => {
            warnings.push(Warning {
                place: crate::error::toml_place(text, &e),
                ..Warning::new(
                    meta::FILE_NAME,
                    format!("{}; ignored", e.message().trim_end()),
                )
            });
            Meta::default()
        }
        None => Meta::default(),
    };
    // Articles are independent until entities are merged.
    let results = crate::parallel::map_ranges(files.len(), 8, |r| {
        files[r].iter().map(|f| article(f, &meta)).collect()
    });
    let mut articles = Vec::with_capacity(files.len());
    for (file, result) in files.iter().zip(results) {
        match result {
            Ok((a, note)) => {
                if let Some(message) = note {
                    warnings.push(Warning::new(&file.name, message));
                }
                articles.push(a);
            }
            Err(message) => warnings.push(Warning::new(&file.name, message)),
        }
    }
    if articles.is_empty() {
        return None;
    }
    let d = Dossier {
        title: meta.title.clone().unwrap_or(label),
        articles,
        entities: Vec::new(),
        claims: Vec::new(),
        alignments: Vec::new(),
        warnings,
    };
    Some((d, meta))
}

fn article(file: &SourceFile, meta: &Meta) -> Result<(Article, Option<String>), String> {
    let (text, note) = load::decode(&file.bytes)?;
    let id = file
        .name
        .rsplit_once('.')
        .map_or(file.name.as_str(), |(stem, _)| stem)
        .to_string();
    let markdown = file.name.to_ascii_lowercase().ends_with(".md");
    let raw = clean::paragraphs(&text, markdown);
    let own_title = clean::title(&raw);
    let scored: Vec<Scored> = raw.into_iter().map(Scored::new).collect();
    let m = meta.article(&file.name, &id);
    let language = m
        .and_then(|m| m.language)
        .unwrap_or_else(|| article_language(&scored));
    let paragraphs = scored
        .into_iter()
        .enumerate()
        .map(|(index, p)| p.into_paragraph(index, language))
        .collect();
    let article = Article {
        title: m.and_then(|m| m.title.clone()).unwrap_or(own_title),
        source: m.and_then(|m| m.source.clone()),
        notes: m.and_then(|m| m.notes.clone()),
        file: file.name.clone(),
        id,
        language,
        paragraphs,
    };
    Ok((article, note))
}

/// A paragraph cut and split into sentences, with the language evidence of each sentence.
struct Scored {
    raw: clean::RawParagraph,
    spans: Vec<(usize, usize)>,
    scores: Vec<Scores>,
    total: Scores,
}

impl Scored {
    fn new(raw: clean::RawParagraph) -> Scored {
        let spans = segment::sentences(&raw.text);
        let scores: Vec<Scores> = spans
            .iter()
            .map(|&(s, e)| lang::score(&raw.text[s..e]))
            .collect();
        let mut total = Scores::default();
        scores.iter().for_each(|s| total.add(s));
        Scored {
            raw,
            spans,
            scores,
            total,
        }
    }

    /// Short text with little evidence takes the language around it: a sentence its paragraph's,
    /// a paragraph its article's.
    fn into_paragraph(self, index: usize, article_lang: Lang) -> Paragraph {
        let language = self.total.confident().unwrap_or(article_lang);
        let sentences = self
            .spans
            .iter()
            .zip(&self.scores)
            .map(|(&(start, end), s)| Sentence {
                start,
                end,
                language: s.confident().unwrap_or(language),
            })
            .collect();
        let raw = self.raw;
        Paragraph {
            index,
            language,
            heading: raw.heading,
            duplicate_of: raw.duplicate_of,
            boilerplate: raw.boilerplate,
            sentences,
            text: raw.text,
        }
    }
}

/// The language with the most live text behind it; with no clear paragraph, the sum of all evidence.
fn article_language(paragraphs: &[Scored]) -> Lang {
    let mut bytes = [0usize; 6];
    let mut all = Scores::default();
    for p in paragraphs.iter().filter(|p| p.raw.is_live()) {
        all.add(&p.total);
        if let Some(i) = p.total.confident().and_then(Lang::index) {
            bytes[i] += p.raw.text.len();
        }
    }
    let (i, &n) = bytes
        .iter()
        .enumerate()
        .max_by_key(|&(_, n)| *n)
        .expect("six languages");
    if n > 0 {
        Lang::KNOWN[i]
    } else {
        all.best().unwrap_or(Lang::Und)
    }
}

//! `dossier.toml`: what the user knows about the dossier (title, sources, curated names).

use crate::model::Lang;
use serde::Deserialize;

pub const FILE_NAME: &str = "dossier.toml";

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    #[serde(default, rename = "article")]
    pub articles: Vec<ArticleMeta>,
    /// Curated people and organizations, read by the entity stage.
    #[serde(default, rename = "entity")]
    pub entities: Vec<EntityMeta>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// The article's file name, with or without its extension.
    pub file: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub notes: Option<String>,
    #[serde(default, deserialize_with = "lang_code")]
    pub language: Option<Lang>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityMeta {
    pub name: String,
    pub kind: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

fn lang_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
    let code = String::deserialize(d)?;
    Lang::from_code(&code).map(Some).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown language `{code}`: expected one of en, fr, es, de, it, pt"
        ))
    })
}

impl Meta {
    /// Parse the file. Its strings reach the screen, so control characters are removed
    /// (TOML can write them as escapes).
    pub fn parse(text: &str) -> Result<Meta, toml::de::Error> {
        let mut m: Meta = toml::from_str(text)?;
        let clean = |s: &mut String| *s = super::load::sanitize(s).replace('\n', " ");
        m.title.iter_mut().for_each(clean);
        for a in &mut m.articles {
            a.title
                .iter_mut()
                .chain(a.source.iter_mut())
                .chain(a.notes.iter_mut())
                .for_each(clean);
        }
        for e in &mut m.entities {
            clean(&mut e.name);
            e.aliases.iter_mut().for_each(clean);
        }
        Ok(m)
    }

    pub fn article(&self, file: &str, id: &str) -> Option<&ArticleMeta> {
        self.articles
            .iter()
            .find(|a| a.file == file || a.file == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_articles_and_entities() {
        let m = Meta::parse(
            "title = \"T\"\n[[article]]\nfile = \"a.txt\"\nsource = \"El País\"\nlanguage = \"es\"\n\
             [[entity]]\nname = \"Scale AI\"\nkind = \"organization\"\naliases = [\"la escala\"]\n",
        )
        .unwrap();
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.article("x", "a").map(|a| a.language), None);
        assert_eq!(
            m.article("a.txt", "a").and_then(|a| a.language),
            Some(Lang::Es)
        );
        assert_eq!(m.entities[0].aliases, ["la escala"]);
    }

    #[test]
    fn escapes_in_strings_are_removed() {
        let m = Meta::parse("title = \"A\\u001b[31mB\"\n").unwrap();
        assert_eq!(m.title.as_deref(), Some("A[31mB"));
    }

    #[test]
    fn bad_values_name_the_place() {
        let text = "[[article]]\nfile = \"a.txt\"\nlanguage = \"xx\"\n";
        let err = crate::error::toml_error(FILE_NAME, text, &Meta::parse(text).unwrap_err());
        assert!(
            err.starts_with("dossier.toml:3:12: unknown language `xx`"),
            "{err}"
        );
        let text = "titel = \"T\"\n";
        let err = crate::error::toml_error(FILE_NAME, text, &Meta::parse(text).unwrap_err());
        assert!(
            err.starts_with("dossier.toml:1:1: unknown field `titel`"),
            "{err}"
        );
    }
}

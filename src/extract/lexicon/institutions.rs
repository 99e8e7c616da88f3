//! The institutions of `assets/lexicon/institutions.toml` and the words that open a body's
//! name: which form names which institution, in which language, and who acts for it.

use super::Lexicon;
use crate::model::Lang;

impl Lexicon {
    /// An institution's word ("Gobierno", "Federación", "Authority"), not a house's that is a
    /// word alone ("Museu", "Teatro", "Club").
    pub fn is_institution_word(&self, key: &str) -> bool {
        self.org_prefixes.contains(key) && !self.house_prefixes.contains(key)
    }

    /// Each institution's forms in the six languages (`assets/lexicon/institutions.toml`).
    pub fn institutions(&self) -> &[Vec<String>] {
        &self.institutions
    }

    /// The institution a folded form names, if any.
    pub fn institution_of(&self, folded: &str) -> Option<usize> {
        self.institution_of.get(folded).copied()
    }

    /// The institution that acts for institution `i` ("European Commission" for the EU).
    pub fn acts_through(&self, i: usize) -> Option<usize> {
        self.acting.get(i).copied().flatten()
    }

    /// The phrases in small letters that name institution `i` in `lang`, folded.
    pub fn institution_nouns(&self, i: usize, lang: Lang) -> &[Vec<String>] {
        self.institution_nouns
            .get(i)
            .and_then(|m| m.get(lang.code()))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether institution `i` (of [`Self::institutions`]) names its town's office after it.
    pub fn is_local_institution(&self, i: usize) -> bool {
        self.local_institutions.get(i).copied().unwrap_or(false)
    }

    /// A form of an institution, folded ("eu-kommission").
    pub fn is_institution_form(&self, folded: &str) -> bool {
        self.institution_forms.contains(folded)
    }

    /// The name an institution's row goes by (its first form in the shipped list), folded.
    pub fn is_institution_name(&self, folded: &str) -> bool {
        self.institution_names.contains(folded)
    }

    /// The prosecution named by its nouns ("prosecutors", "la fiscalía"), whatever the office.
    pub fn prosecution(&self) -> Option<usize> {
        self.prosecution
    }

    /// Whether institution `i` is a named office that prosecutes ("Department of Justice").
    pub fn prosecutes(&self, i: usize) -> bool {
        self.prosecutors.get(i).copied().unwrap_or(false)
    }
}

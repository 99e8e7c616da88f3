//! Places and the peoples' words for them: the place list (bisected by prefix, since it is
//! sorted), demonyms by their endings or the short ones' table, and the spelling one place's
//! names share across languages.

use super::{
    Lexicon, PLACE_COUNTRIES, PLACE_STEMS_FILTER, PLACES, PLACES_FILTER, TOWNS, TOWNS_FILTER,
    filter, folded, without_end,
};

/// The places of the list that begin with `prefix`, in the list's order (found by bisection:
/// the list is sorted).
fn places_from(prefix: &str) -> impl Iterator<Item = &'static str> + '_ {
    let index = |i| PLACES.index(i).copied().unwrap_or_default();
    let (mut lo, mut hi) = (0, PLACES.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if index(mid) < prefix {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (lo..PLACES.len())
        .map(index)
        .take_while(move |p| p.starts_with(prefix))
}

impl Lexicon {
    pub fn is_place(&self, name: &str) -> bool {
        let name = folded(name);
        let listed = |n: &str| filter::may_hold(&PLACES_FILTER, n) && PLACES.contains(n);
        // The press drops the hyphens of a French place's name as often as not: "Saint Gilles"
        // is the "Saint-Gilles" of the list. The filter is asked first, without the copy.
        listed(&name)
            || (name.contains(' ')
                && filter::may_hold_hyphened(&PLACES_FILTER, &name)
                && PLACES.contains(name.replace(' ', "-").as_str()))
    }

    /// A name of two words or more that a listed place's name opens before a particle: "Las
    /// Rozas" of "Las Rozas de Madrid", as the press shortens a town named after its region.
    pub fn heads_a_place(&self, name: &str) -> bool {
        let name = folded(name);
        if !name.contains(' ') {
            return false;
        }
        places_from(&name)
            .filter(|p| p.as_bytes().get(name.len()) == Some(&b' '))
            .take(8)
            .any(|p| {
                p[name.len() + 1..]
                    .split(' ')
                    .next()
                    .is_some_and(|w| self.particles.contains(w))
            })
    }

    /// A town of 15,000 to 50,000 people where one of the six languages is spoken, named like
    /// no person or brand ("Melgaço", "Baunatal"): a word alone that is one is the town. Unlike
    /// [`Lexicon::is_place`], it says nothing of a longer name: a company named like a town
    /// abroad keeps its short form ("Quillon" of "Quillon AI").
    pub fn is_town(&self, name: &str) -> bool {
        let name = folded(name);
        filter::may_hold(&TOWNS_FILTER, &name) && TOWNS.contains(name.as_ref())
    }

    /// A German adjective of a town, folded: the town and "-er" ("brusseler", "pariser"), or
    /// a town in "-en" that drops its "e" ("munchner" of München, "dresdner"). German writes
    /// it with its capital before a body's noun that it only places ("die Brüsseler Behörde").
    pub fn is_town_adjective(&self, lower: &str) -> bool {
        let Some(stem) = without_end(lower, "er").filter(|s| s.chars().count() >= 4) else {
            return false;
        };
        self.is_place(stem)
            || without_end(stem, "n").is_some_and(|s| {
                let mut town = compact_str::CompactString::from(s);
                town.push_str("en");
                self.is_place(&town)
            })
    }

    /// A word naming the people of a place: "British", "Syrians", "Australian", "española",
    /// "italiano", "français". Its stem, without the ending, opens a place's name that runs at
    /// most four letters past it (Brit-ain, Austral-ia, Engl-and).
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonym_place(word).is_some()
    }

    /// The country (ISO 3166 code) a listed city, US state or nation of the United Kingdom lies
    /// in, and whether the place is such a region: "Londres" is in "GB", and "Inglaterra" is
    /// a region of "GB".
    pub fn place_country(&self, name: &str) -> Option<(&'static str, bool)> {
        PLACE_COUNTRIES.get(folded(name).as_ref()).copied()
    }

    /// One spelling for a place's names that share their first five letters, and for its
    /// people's word: "Irland", "Irlanda", "Irlande", "irlandesa" all give "irland" (the
    /// first in the list's order), so that "de Irlanda" and "Irlandesa" qualify a body alike.
    pub fn place_family(&self, word: &str) -> Option<&'static str> {
        let place = if self.is_place(word) {
            folded(word).into_owned()
        } else {
            self.demonym_place(word)?.to_string()
        };
        let prefix: String = place.chars().take(5).collect();
        if prefix.chars().count() < 5 {
            return None;
        }
        places_from(&prefix).find(|p| !p.contains(' '))
    }

    /// The place a demonym names the people of, as the place list first writes it ("irlandesa"
    /// and "irlandese": "irlanda").
    pub fn demonym_place(&self, word: &str) -> Option<&'static str> {
        // German nouns of a people too: "Kolumbianerin", "Italiener", "Spanierin".
        // Not Portuguese "-eu", which ends as many verbs in the past ("venceu", "perdeu") as
        // peoples ("europeu" is in the table).
        const ENDINGS: [&str; 36] = [
            "ians", "ans", "ian", "an", "ish", "ese", "eses", "ais", "aise", "ois", "oise", "ien",
            "ienne", "een", "eenne", "ain", "aine", "eo", "ea", "eia", "ano", "ana", "anos",
            "anas", "ola", "ol", "aner", "anerin", "ener", "enerin", "ierin", "anern", "esa",
            "esas", "esi", "esen",
        ];
        let word = folded(word);
        // The table's German adjectives end in "-isch", and take an ending ("irischen").
        // A byte loop: on words this short, cheaper than setting up a substring search.
        let endings: &[&str] = if word.as_bytes().windows(4).any(|w| w == b"isch") {
            &["", "e", "en", "er", "es"]
        } else {
            &[""]
        };
        let irregular = endings.iter().find_map(|end| {
            let country = self.demonyms.get(without_end(&word, end)?)?;
            places_from(country).find(|p| *p == country.as_str())
        });
        if irregular.is_some() {
            return irregular;
        }
        let key = word
            .strip_suffix('s')
            .filter(|k| k.len() > 4)
            .unwrap_or(&word);
        // English names the peoples of Arabic and Persian countries with their name and "-i"
        // ("Qatari", "Kuwaiti", "Omani"): the stem is the country's whole name, no town's (the
        // surname "Marandi" is of Marand).
        if let Some(stem) = without_end(key, "i").filter(|s| s.len() >= 4)
            && filter::may_hold(&PLACE_STEMS_FILTER, stem)
            && let Some(place) = places_from(stem).find(|p| *p == stem)
            && self.place_country(stem).is_none()
            && !self.is_listed_surname(&word)
        {
            return Some(place);
        }
        // Every ending closes on one of these letters: most words end on none of them, and
        // skip the endings one by one.
        if !key
            .as_bytes()
            .last()
            .is_some_and(|b| b"snheoalri".contains(b))
        {
            return None;
        }
        // A surname of the lists needs a longer stem: the endings would make "Kaplan" the
        // people of some "Kapl…" (where "francese" is still France's). Asked only of a stem
        // that may open a place.
        let mut shortest = None;
        ENDINGS.iter().find_map(|end| {
            let stem = without_end(key, end)?;
            if stem.len() < 4 || !filter::may_hold(&PLACE_STEMS_FILTER, stem) {
                return None;
            }
            let shortest =
                *shortest.get_or_insert_with(|| if self.is_listed_surname(&word) { 5 } else { 4 });
            if stem.chars().count() < shortest {
                return None;
            }
            places_from(stem).find(|p| p.len() <= stem.len() + 4 && !p.contains(' '))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon;

    #[test]
    fn a_place_and_its_peoples_word_are_one_family() {
        let lx = lexicon();
        let family = lx.place_family("Irlanda");
        assert!(family.is_some());
        assert_eq!(lx.place_family("irlandesa"), family);
        assert_eq!(lx.place_family("Irlande"), family);
        assert_eq!(lx.place_family("Tessaly"), None);
    }

    #[test]
    fn a_peoples_word_in_i_is_its_places_whole_name_and_i() {
        let lx = lexicon();
        for word in ["Qatari", "Kuwaiti", "Yemeni"] {
            assert!(lx.is_demonym(word), "{word}");
        }
        // A surname or a word that ends so is no people's: its stem is no country, or the
        // lists hold it as a surname ("Omani" too, which is then a surname first).
        for word in ["Ferrari", "Giorgi", "Bondi", "Marandi", "Tiberi", "Tomei"] {
            assert!(!lx.is_demonym(word), "{word}");
        }
    }

    #[test]
    fn short_peoples_words_name_their_country() {
        let lx = lexicon();
        for (word, country) in &lx.demonyms {
            assert_eq!(lx.demonym_place(word), Some(country.as_str()), "{word}");
        }
        assert_eq!(lx.demonym_place("Irish"), Some("ireland"));
        assert_eq!(lx.demonym_place("irischen"), Some("irland"));
        assert_eq!(lx.demonym_place("Irishman"), None);
    }
}

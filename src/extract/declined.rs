//! German declines a body's name whole: "der Deutsche Fußball-Bund", "des Deutschen
//! Fußball-Bundes", "dem Deutschen Fußball-Bund". Each case is one row with the nominative.

use super::clusters::{Cluster, Index, absorb_found};
use rustc_hash::FxHashMap as HashMap;

/// Merges each name opened by a German adjective into the cluster of its nominative ("deutsche
/// fussball-bund"), where the dossier writes that: one lookup per key, no pairs compared.
pub(super) fn merge_declined(clusters: &mut [Cluster], full: &mut Index) {
    let mut nominative: HashMap<String, usize> = HashMap::default();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| is_nominative(k)) {
            if let Some(u) = undeclined(k) {
                nominative.entry(u).or_insert(id);
            }
        }
    }
    if nominative.is_empty() {
        return;
    }
    let mut pairs = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        for k in c.keys.iter().filter(|k| !is_nominative(k)) {
            if let Some(&into) = undeclined(k).and_then(|u| nominative.get(&u))
                && into != id
                && c.curated_name.is_none()
            {
                pairs.push((id, into));
            }
        }
    }
    absorb_found(clusters, full, pairs);
}

/// A name whose first word, an adjective, ends as the nominative does: "deutsche fussball-bund".
fn is_nominative(key: &str) -> bool {
    key.split_once(' ')
        .is_some_and(|(first, _)| first.ends_with('e'))
}

/// A German name of two words or more opened by an adjective, folded, with its case taken
/// off: each adjective in "-e", the last word without a genitive's "-es" or "-s"
/// ("deutschen fussball-bundes" and "deutsche fussball-bund" both "deutsche fussball-bund").
fn undeclined(key: &str) -> Option<String> {
    let (first, _) = key.split_once(' ')?;
    if !super::nouns::german_adjective(first) {
        return None;
    }
    let words: Vec<&str> = key.split(' ').collect();
    let mut out = String::with_capacity(key.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if i + 1 < words.len() && super::nouns::german_adjective(w) {
            let stem = ["en", "er", "es", "em", "e"]
                .iter()
                .find_map(|e| w.strip_suffix(e))
                .unwrap_or(w);
            out.push_str(stem);
            out.push('e');
        } else if i + 1 == words.len() {
            let stem = w
                .strip_suffix("es")
                .filter(|s| s.chars().count() >= 4)
                .or_else(|| w.strip_suffix('s').filter(|s| s.chars().count() >= 4))
                .unwrap_or(w);
            out.push_str(stem);
        } else {
            out.push_str(w);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::undeclined;

    #[test]
    fn every_case_of_a_declined_name_has_the_nominatives_key() {
        let nominative = undeclined("deutsche fussball-bund");
        assert_eq!(nominative.as_deref(), Some("deutsche fussball-bund"));
        for case in ["deutschen fussball-bundes", "deutschen fussball-bund"] {
            assert_eq!(undeclined(case), nominative, "{case}");
        }
        assert_eq!(
            undeclined("internationalen schachverbandes").as_deref(),
            Some("internationale schachverband")
        );
        // No adjective first: no declension to take off.
        assert_eq!(undeclined("vantrox gmbh"), None);
        assert_eq!(undeclined("landesbank"), None);
    }
}

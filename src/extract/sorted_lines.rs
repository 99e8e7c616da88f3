//! A word list as `build.rs` writes it: the keys sorted byte-wise and run together, the offset
//! where each starts, and optionally one byte of value per key. Searched in place, so opening a
//! dossier neither parses nor hashes the list.

pub struct SortedLines {
    keys: &'static str,
    /// Little-endian u32 offsets into `keys`: one per key and one past the last.
    starts: &'static [u8],
    values: &'static [u8],
}

impl SortedLines {
    pub const fn new(keys: &'static str, starts: &'static [u8], values: &'static [u8]) -> Self {
        SortedLines {
            keys,
            starts,
            values,
        }
    }

    fn len(&self) -> usize {
        (self.starts.len() / 4).saturating_sub(1)
    }

    fn start(&self, i: usize) -> usize {
        let b = &self.starts[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    }

    fn key(&self, i: usize) -> &'static str {
        &self.keys[self.start(i)..self.start(i + 1)]
    }

    /// The first key that is not below `key`.
    fn lower_bound(&self, key: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.key(mid) < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn position(&self, key: &str) -> Option<usize> {
        let i = self.lower_bound(key);
        (i < self.len() && self.key(i) == key).then_some(i)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// The byte of value of `key`.
    pub fn value(&self, key: &str) -> Option<u8> {
        self.position(key).and_then(|i| self.values.get(i).copied())
    }

    /// The keys that begin with `prefix`, in order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        (self.lower_bound(prefix)..self.len())
            .map(|i| self.key(i))
            .take_while(move |k| k.starts_with(prefix))
    }
}

/// The [`SortedLines`] that `build.rs` made of `assets/lexicon/{name}`.
#[macro_export]
macro_rules! built_list {
    ($name:literal) => {
        $crate::extract::sorted_lines::SortedLines::new(
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".keys")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".starts")),
            &[],
        )
    };
    ($name:literal, valued) => {
        $crate::extract::sorted_lines::SortedLines::new(
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".keys")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".starts")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".values")),
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(offsets: &[u32]) -> &'static [u8] {
        Box::leak(offsets.iter().flat_map(|o| o.to_le_bytes()).collect())
    }

    #[test]
    fn finds_keys_values_and_prefixes() {
        let l = SortedLines::new("alphabetabetamaxgamma", starts(&[0, 5, 9, 16, 21]), b"1234");
        assert_eq!(l.value("alpha"), Some(b'1'));
        assert_eq!(l.value("betamax"), Some(b'3'));
        assert!(l.contains("gamma") && l.contains("beta"));
        assert!(!l.contains("bet") && !l.contains("delta") && !l.contains("zeta"));
        assert_eq!(
            l.with_prefix("bet").collect::<Vec<_>>(),
            ["beta", "betamax"]
        );
        assert!(!SortedLines::new("", starts(&[0]), &[]).contains("a"));
    }

    #[test]
    fn the_built_lists_are_folded_and_sorted() {
        let places = crate::built_list!("places");
        assert!(places.len() > 20_000);
        assert!(places.contains("sao paulo") && places.contains("zurich"));
        let common = crate::built_list!("common_words", valued);
        assert!(common.len() > 90_000 && common.value("the").is_some());
        for l in [places, common] {
            assert!((1..l.len()).all(|i| l.key(i - 1) < l.key(i)));
        }
    }
}

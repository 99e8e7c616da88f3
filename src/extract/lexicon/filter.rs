//! A Bloom filter in front of each long word list, made by `build.rs` as a static bit array.
//! Most lookups of the name rules are of words a list lacks (the tails of a German compound,
//! every capitalised word against the places); the filter tells most of those in a few
//! nanoseconds, where the perfect-hash table hashes with SipHash and compares. A word the
//! filter lets through is looked up in the table as before, so answers never change.
//!
//! Free of the rest of the crate: `build.rs` includes this file to set the bits.

/// The filter of a list of `n` words has a power of two bits, about sixteen per word, so that
/// a word not in the list passes both probes about once in a hundred.
#[allow(dead_code)] // only build.rs sizes the filters
pub fn words_for(n: usize) -> usize {
    (n * 16).next_power_of_two().div_ceil(64)
}

/// The two bits `word` sets in a filter of `words` 64-bit words: FNV-1a, then a mix so that
/// the high half is as good as the low.
pub fn probes(word: &str, words: usize) -> [usize; 2] {
    probes_of(word.bytes(), words)
}

fn probes_of(bytes: impl Iterator<Item = u8>, words: usize) -> [usize; 2] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let mask = (words * 64 - 1) as u64;
    [(h & mask) as usize, ((h >> 32) & mask) as usize]
}

/// Whether `word` may be in the list whose filter is `bits`; false means it is not.
pub fn may_hold(bits: &[u64], word: &str) -> bool {
    all_set(bits, probes(word, bits.len()))
}

/// Whether `word` with its spaces made hyphens may be in the list: asked without the copy.
pub fn may_hold_hyphened(bits: &[u64], word: &str) -> bool {
    let bytes = word.bytes().map(|b| if b == b' ' { b'-' } else { b });
    all_set(bits, probes_of(bytes, bits.len()))
}

/// Whether both probes' bits are set.
fn all_set(bits: &[u64], probes: [usize; 2]) -> bool {
    probes.iter().all(|&p| bits[p / 64] & (1 << (p % 64)) != 0)
}

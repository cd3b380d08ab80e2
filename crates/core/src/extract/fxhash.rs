//! A small, fast, non-cryptographic hasher (the multiply-rotate "Fx" hash of rustc) for the extraction
//! engine's string tables: gazetteer phrases and the lexicon, looked up once or more per token.
//!
//! Invariant: only used for in-memory maps built from the program's own lists and the model file, never
//! for anything persisted or for keys an attacker could choose to degrade a long-lived map (a document's
//! words are only ever looked up, never inserted).

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hasher state.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `HashMap` with the Fx hasher.
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// `HashSet` with the Fx hasher.
pub type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hash_differs_by_content() {
        let mut m: FxHashMap<String, u8> = FxHashMap::default();
        m.insert("new york".into(), 2);
        m.insert("iran".into(), 1);
        assert_eq!(m.get("new york"), Some(&2));
        assert_eq!(m.get("iran"), Some(&1));
        assert_eq!(m.get("iraq"), None);
        let h = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(h("abcdefgh"), h("abcdefgi"));
        assert_ne!(h("ab"), h("ab\0"));
    }
}

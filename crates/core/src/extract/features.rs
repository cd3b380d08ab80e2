//! Feature extraction for the sequence tagger, shared by training and inference.
//!
//! Invariants:
//! - Features are 32-bit hashes of (template id, strings); 0 is never produced (it marks empty table slots).
//! - The same words always give the same features: no randomness, no dependence on anything but the
//!   sentence's words and the built-in gazetteer. Bump [`FEATURE_VERSION`] whenever this file changes
//!   what it emits, so that old weight files are rejected instead of silently misread.

use super::fxhash::{FxHashMap, FxHashSet};
use super::gazetteer::{Gazetteer, CLASS_NAMES};
use super::tokenize::is_cjk;
use std::ops::Range;

/// Version of the feature templates, stored in model files.
pub const FEATURE_VERSION: u8 = 4;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[derive(Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new(template: u8) -> Self {
        let mut h = Hasher(FNV_OFFSET);
        h.byte(template);
        h
    }
    #[inline]
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(FNV_PRIME);
    }
    // Not inlined: sentence_features_with hashes ~30 strings a token, and with a copy of this loop at
    // each of them the function grows so large that V8's register allocator spills constantly (it ran at
    // half the native speed in the extraction worker).
    #[inline(never)]
    fn str(mut self, s: &str) -> Self {
        for &b in s.as_bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn num(mut self, n: u8) -> Self {
        self.byte(n);
        self
    }
    fn finish(self) -> u32 {
        let h = self.0 ^ (self.0 >> 29);
        let v = (h ^ (h >> 32)) as u32;
        if v == 0 {
            1
        } else {
            v
        }
    }
}

/// Lower-cased words that are usually written in lower case (learnt from the training text and stored in
/// the model): a capitalised one at the start of a sentence is most likely not a name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    words: FxHashSet<String>,
    /// Word clusters (see [`Clusters`]); empty for a model trained without them.
    pub(crate) clusters: Clusters,
}

/// Why a cluster table could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClusterError {
    #[error("cluster table line {line}: {why}")]
    Line { line: usize, why: String },
}

/// Word clusters at three nested granularities (fine ⊂ mid ⊂ coarse), keyed by the normalised word's
/// hash (the tagger's word feature), so that words never seen in training still share evidence with
/// words of similar use. Built by `scripts/clusters.py` from word vectors; stored in the model file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clusters {
    fine: FxHashMap<u32, u16>,
    mid_of: Vec<u8>,
    coarse_of: Vec<u8>,
}

/// Cluster ids of a word: fine, mid, coarse.
type ClusterIds = (u16, u8, u8);

impl Clusters {
    /// Reads `word<TAB>fine<TAB>mid<TAB>coarse` lines (fine < 65,535, mid and coarse < 256; a fine cluster
    /// always in the same mid one, and a mid one in the same coarse one).
    pub fn from_tsv(src: &str) -> Result<Clusters, ClusterError> {
        let mut c = Clusters::default();
        for (k, line) in src.lines().enumerate() {
            let bad = |why: &str| ClusterError::Line { line: k + 1, why: why.to_string() };
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let [w, a, b, d] = f.as_slice() else { return Err(bad("expected word and three cluster ids")) };
            let (Ok(fine), Ok(mid), Ok(coarse)) = (a.parse::<u16>(), b.parse::<u8>(), d.parse::<u8>()) else {
                return Err(bad("cluster ids are not numbers in range"));
            };
            if fine == u16::MAX {
                return Err(bad("fine cluster id too large"));
            }
            let (fi, mi) = (usize::from(fine), usize::from(mid));
            if c.mid_of.len() <= fi {
                c.mid_of.resize(fi + 1, u8::MAX);
            }
            if c.coarse_of.len() <= mi {
                c.coarse_of.resize(mi + 1, u8::MAX);
            }
            if (c.mid_of[fi] != u8::MAX && c.mid_of[fi] != mid)
                || (c.coarse_of[mi] != u8::MAX && c.coarse_of[mi] != coarse)
            {
                return Err(bad("clusters do not nest"));
            }
            c.mid_of[fi] = mid;
            c.coarse_of[mi] = coarse;
            c.fine.insert(word_key(&normalise(w)), fine);
        }
        Ok(c)
    }

    pub fn len(&self) -> usize {
        self.fine.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fine.is_empty()
    }

    fn get(&self, key: u32) -> Option<ClusterIds> {
        let &f = self.fine.get(&key)?;
        let m = *self.mid_of.get(usize::from(f))?;
        Some((f, m, *self.coarse_of.get(usize::from(m))?))
    }

    /// Appends the table: counts, the fine → mid and mid → coarse maps, delta-coded sorted keys, fine ids.
    pub(crate) fn write(&self, out: &mut Vec<u8>, varint: impl Fn(&mut Vec<u8>, u32)) {
        let mut keys: Vec<(u32, u16)> = self.fine.iter().map(|(&k, &v)| (k, v)).collect();
        crate::sort::sort_by_key(&mut keys, |k| k.0);
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.mid_of.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.mid_of);
        out.extend_from_slice(&(self.coarse_of.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.coarse_of);
        let mut prev = 0;
        for &(k, _) in &keys {
            varint(out, k - prev);
            prev = k;
        }
        for &(_, v) in &keys {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// The table from its parts as [`Clusters::write`] lays them out (the reader checks the sizes).
    pub(crate) fn from_parts(keys: Vec<u32>, fine: &[u8], mid_of: Vec<u8>, coarse_of: Vec<u8>) -> Option<Clusters> {
        if fine.len() != 2 * keys.len() {
            return None;
        }
        let ids = fine.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let c = Clusters { fine: keys.into_iter().zip(ids).collect(), mid_of, coarse_of };
        let nested =
            c.fine.values().all(|&f| c.mid_of.get(usize::from(f)).is_some_and(|&m| usize::from(m) < c.coarse_of.len()));
        nested.then_some(c)
    }
}

/// The normalised word as the features see it (lower case, digits → 0, ’ → ').
fn normalise(w: &str) -> String {
    let mut s = String::new();
    push_norm(&mut s, w);
    s
}

/// Hash of a normalised word: its word feature (template 1), which also keys the cluster table.
fn word_key(norm: &str) -> u32 {
    Hasher::new(1).str(norm).finish()
}

impl Lexicon {
    pub fn new(words: impl IntoIterator<Item = String>) -> Self {
        Lexicon { words: words.into_iter().collect(), clusters: Clusters::default() }
    }

    /// The lexicon with a cluster table.
    pub fn with_clusters(mut self, clusters: Clusters) -> Self {
        self.clusters = clusters;
        self
    }
    pub fn contains(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }
    /// Words in sorted order (for serialisation).
    pub fn sorted(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.words.iter().map(String::as_str).collect();
        crate::sort::sort(&mut v);
        v
    }
    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Builds the lexicon from training sentences: words seen in lower case at least `min` times and more
    /// than twice as often in lower case as capitalised in the middle of a sentence.
    pub fn learn<'a>(sentences: impl Iterator<Item = &'a [String]>, min: u32) -> Lexicon {
        let mut counts: std::collections::HashMap<String, (u32, u32)> = std::collections::HashMap::new();
        for words in sentences {
            for (i, w) in words.iter().enumerate() {
                let Some(c) = w.chars().next() else { continue };
                if c.is_lowercase() {
                    counts.entry(w.to_lowercase()).or_default().0 += 1;
                } else if c.is_uppercase() && i > 0 && !opens_sentence(&words[i - 1]) {
                    counts.entry(w.to_lowercase()).or_default().1 += 1;
                }
            }
        }
        Lexicon::new(counts.into_iter().filter(|(_, (lo, cap))| *lo >= min && *lo > 2 * *cap).map(|(w, _)| w))
    }
}

/// Per-token strings the templates draw on, as byte ranges into [`FeatureScratch::buf`].
#[derive(Debug, Clone)]
struct Info {
    norm: Range<usize>,
    shape: Range<usize>,
    short: Range<usize>,
    gaz_class: u8,
    gaz_pos: u8,
    common: bool,
    /// The word feature's hash (template 1).
    key: u32,
    cluster: Option<ClusterIds>,
}

/// Reusable buffers of [`sentence_features_with`]: the per-token strings of a sentence live in one
/// `String`, so computing features allocates nothing once the buffers have grown.
#[derive(Debug, Default)]
pub struct FeatureScratch {
    buf: String,
    infos: Vec<Info>,
    ann: Vec<(u8, u8)>,
    key: String,
}

fn char_class(c: char) -> char {
    if is_cjk(c) {
        'C'
    } else if c.is_ascii_digit() {
        'd'
    } else if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else {
        c
    }
}

/// Appends the shape of `w` (character classes, runs cut at 3) and then its short shape (runs collapsed)
/// to `buf`; returns the two ranges.
fn push_shapes(buf: &mut String, w: &str) -> (Range<usize>, Range<usize>) {
    let a = buf.len();
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars() {
        let k = char_class(c);
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 3 {
            buf.push(k);
        }
    }
    let b = buf.len();
    let mut last = '\0';
    for c in w.chars() {
        let k = char_class(c);
        if k != last {
            last = k;
            buf.push(k);
        }
    }
    (a..b, b..buf.len())
}

#[cfg(test)]
fn shapes(w: &str) -> (String, String) {
    let mut buf = String::new();
    let (a, b) = push_shapes(&mut buf, w);
    (buf[a].to_string(), buf[b].to_string())
}

/// Appends the normalised word (lower case, digits → 0, ’ → ') to `buf`.
fn push_norm(buf: &mut String, w: &str) -> Range<usize> {
    let a = buf.len();
    if w.is_ascii() {
        buf.extend(w.bytes().map(|b| if b.is_ascii_digit() { '0' } else { char::from(b.to_ascii_lowercase()) }));
    } else {
        for c in w.chars() {
            if c.is_ascii_digit() {
                buf.push('0');
            } else if c == '’' {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
    a..buf.len()
}

fn prefix(s: &str, n: usize) -> &str {
    match crate::text::byte_of_char(s, n) {
        Some(b) => &s[..b],
        None => s,
    }
}

/// The last `n` characters of `s` (all of it when shorter).
fn suffix(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    match crate::text::byte_of_char_from_end(s, n - 1) {
        Some(b) => &s[b..],
        None => s,
    }
}

/// Tokens after which the next word starts a sentence-like unit (quotes, brackets, colons, dashes).
pub fn opens_sentence(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'" | "``" | "(" | ":" | "—" | "–" | "-" | "--" | "[")
}

/// Computes the features of every token of a sentence. `out` receives all features; `offsets[i]..offsets[i+1]`
/// are the features of token `i` (so `offsets.len() == words.len() + 1`).
pub fn sentence_features(words: &[&str], gaz: &Gazetteer, lex: &Lexicon, out: &mut Vec<u32>, offsets: &mut Vec<usize>) {
    sentence_features_with(words, gaz, lex, &mut FeatureScratch::default(), out, offsets);
}

/// [`sentence_features`] with reused buffers.
pub fn sentence_features_with(
    words: &[&str],
    gaz: &Gazetteer,
    lex: &Lexicon,
    sc: &mut FeatureScratch,
    out: &mut Vec<u32>,
    offsets: &mut Vec<usize>,
) {
    out.clear();
    offsets.clear();
    gaz.annotate_into(words, &mut sc.ann, &mut sc.key);
    sc.buf.clear();
    sc.infos.clear();
    // Two sentinels on each side (the words "<s>" before the sentence, "</s>" after it; no gazetteer
    // class, not common, no cluster): a neighbour at i ± 1 or i ± 2 is `infos[i + 2 ± k]`, no branch.
    sc.buf.push_str("<s></s>");
    let sentinel = |r: Range<usize>| Info {
        norm: r.clone(),
        shape: r.clone(),
        short: r,
        gaz_class: 0,
        gaz_pos: 0,
        common: false,
        key: 0,
        cluster: None,
    };
    sc.infos.extend([sentinel(0..3), sentinel(0..3)]);
    for (w, &(gaz_class, gaz_pos)) in words.iter().zip(&sc.ann) {
        let (shape, short) = push_shapes(&mut sc.buf, w);
        let norm = push_norm(&mut sc.buf, w);
        let common = lex.contains(&sc.buf[norm.clone()]);
        let key = word_key(&sc.buf[norm.clone()]);
        let cluster = if lex.clusters.is_empty() { None } else { lex.clusters.get(key) };
        sc.infos.push(Info { norm, shape, short, gaz_class, gaz_pos, common, key, cluster });
    }
    sc.infos.extend([sentinel(3..7), sentinel(3..7)]);
    let (buf, infos) = (sc.buf.as_str(), &sc.infos[..]);
    // `at(i)`: the token at sentence position i (−2 ≤ i < n + 2; sentinels outside the sentence).
    let at = |i: isize| &infos[(i + 2) as usize];
    let nrm = |i: isize| &buf[at(i).norm.clone()];
    let shp = |i: isize| &buf[at(i).shape.clone()];
    let sht = |i: isize| &buf[at(i).short.clone()];
    for (i, w) in words.iter().enumerate() {
        offsets.push(out.len());
        let info = &infos[i + 2];
        let (norm, shape, short) = (&buf[info.norm.clone()], &buf[info.shape.clone()], &buf[info.short.clone()]);
        let ii = i as isize;
        out.push(Hasher::new(0).finish());
        out.push(info.key);
        let mut push = |h: Hasher| out.push(h.finish());
        if *w != norm {
            push(Hasher::new(2).str(w));
        }
        push(Hasher::new(3).str(nrm(ii - 1)));
        push(Hasher::new(4).str(nrm(ii + 1)));
        push(Hasher::new(5).str(nrm(ii - 2)));
        push(Hasher::new(6).str(nrm(ii + 2)));
        push(Hasher::new(7).str(prefix(norm, 3)));
        push(Hasher::new(8).str(suffix(norm, 3)));
        push(Hasher::new(9).str(suffix(norm, 2)));
        push(Hasher::new(10).str(suffix(norm, 4)));
        push(Hasher::new(11).str(prefix(norm, 2)));
        push(Hasher::new(12).str(shape));
        push(Hasher::new(13).str(shp(ii - 1)));
        push(Hasher::new(14).str(shp(ii + 1)));
        push(Hasher::new(15).str(sht(ii - 1)).str(short).str(sht(ii + 1)));
        push(Hasher::new(16).str(nrm(ii - 1)).str(norm));
        push(Hasher::new(17).str(norm).str(nrm(ii + 1)));
        let first = i == 0 || opens_sentence(words[i - 1]);
        push(Hasher::new(18).str(if first { "1" } else { "0" }).str(short));
        for (name, bit) in CLASS_NAMES {
            if info.gaz_class & bit != 0 {
                push(Hasher::new(19).str(name).num(info.gaz_pos));
                push(Hasher::new(20).str(name));
            }
            if at(ii - 1).gaz_class & bit != 0 {
                push(Hasher::new(21).str(name));
            }
            if at(ii + 1).gaz_class & bit != 0 {
                push(Hasher::new(22).str(name));
            }
        }
        push(Hasher::new(23).str(nrm(ii - 1)).str(shape));
        push(Hasher::new(24).str(shape).str(nrm(ii + 1)));
        push(Hasher::new(25).str(suffix(nrm(ii - 1), 3)).str(short));
        for (name, bit) in CLASS_NAMES {
            if at(ii - 2).gaz_class & bit != 0 {
                push(Hasher::new(28).str(name));
            }
            if at(ii + 2).gaz_class & bit != 0 {
                push(Hasher::new(29).str(name));
            }
        }
        push(Hasher::new(30).str(nrm(ii - 1)).str(nrm(ii + 1)));
        push(Hasher::new(31).str(sht(ii - 2)).str(sht(ii - 1)).str(short));
        push(Hasher::new(32).str(short).str(sht(ii + 1)).str(sht(ii + 2)));
        if !lex.clusters.is_empty() {
            // Clusters of the word and its neighbours, at the granularity each position can afford.
            let cl = |i: isize| at(i).cluster;
            match info.cluster {
                Some((f, m, c)) => {
                    push(Hasher::new(36).num(f as u8).num((f >> 8) as u8));
                    push(Hasher::new(37).num(m));
                    push(Hasher::new(38).num(c));
                    push(Hasher::new(43).num(f as u8).num((f >> 8) as u8).str(short));
                }
                None => push(Hasher::new(36).num(0xff).num(0xff)),
            }
            let mid = |x: Option<ClusterIds>| x.map_or(0xff, |c| c.1);
            let coarse = |x: Option<ClusterIds>| x.map_or(0xff, |c| c.2);
            push(Hasher::new(39).num(mid(cl(ii - 1))));
            push(Hasher::new(40).num(mid(cl(ii + 1))));
            push(Hasher::new(41).num(coarse(cl(ii - 2))));
            push(Hasher::new(42).num(coarse(cl(ii + 2))));
            push(Hasher::new(44).num(coarse(cl(ii - 1))).num(coarse(info.cluster)));
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if cap {
            push(Hasher::new(26).num(u8::from(first)).num(u8::from(info.common)));
            let next_common = at(ii + 1).common;
            let prev_common = at(ii - 1).common;
            push(Hasher::new(27).num(u8::from(info.common)).num(u8::from(prev_common)).num(u8::from(next_common)));
        }
    }
    offsets.push(out.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_determinism() {
        assert_eq!(shapes("Alaghezi"), ("Xxxx".to_string(), "Xx".to_string()));
        assert_eq!(shapes("1,000.50"), ("d,ddd.dd".to_string(), "d,d.d".to_string()));
        assert_eq!(shapes("阿拉格齐").1, "C");
        let g = Gazetteer::new();
        let lex = Lexicon::new(["and".to_string()]);
        let (mut a, mut oa, mut b, mut ob) = (vec![], vec![], vec![], vec![]);
        sentence_features(&["Iran", "and", "Oman"], &g, &lex, &mut a, &mut oa);
        sentence_features(&["Iran", "and", "Oman"], &g, &lex, &mut b, &mut ob);
        assert_eq!(a, b);
        assert_eq!(oa.len(), 4);
        assert!(a.iter().all(|&f| f != 0));
        // Words of one cluster share the cluster features; a table that does not nest is refused.
        let c = Clusters::from_tsv("london\t0\t0\t1\nparis\t0\t0\t1\ntuesday\t2\t1\t0\n").unwrap();
        assert_eq!(c.len(), 3);
        let lc = Lexicon::new(["and".to_string()]).with_clusters(c);
        let (mut x, mut ox, mut y, mut oy) = (vec![], vec![], vec![], vec![]);
        sentence_features(&["in", "London", "today"], &g, &lc, &mut x, &mut ox);
        sentence_features(&["in", "Paris", "today"], &g, &lc, &mut y, &mut oy);
        let (fx, fy) = (&x[ox[1]..ox[2]], &y[oy[1]..oy[2]]);
        let shared = fx.iter().filter(|f| fy.contains(f)).count();
        sentence_features(&["in", "London", "today"], &g, &lex, &mut b, &mut ob);
        let plain = &b[ob[1]..ob[2]];
        assert!(shared > plain.iter().filter(|f| fy.contains(f)).count(), "cluster features are shared");
        assert!(Clusters::from_tsv("a\t0\t0\t0\nb\t0\t1\t0\n").is_err(), "fine 0 in two mid clusters");
        assert!(matches!(Clusters::from_tsv("a\tx\t0\t0\n"), Err(ClusterError::Line { line: 1, .. })));
        assert!(Clusters::from_tsv("a\t0\t0\n").is_err());
        // Different words give different word features.
        sentence_features(&["Iraq", "and", "Oman"], &g, &lex, &mut b, &mut ob);
        assert_ne!(a[oa[0]..oa[1]], b[ob[0]..ob[1]]);
    }
}

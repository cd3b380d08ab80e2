//! The statistical tagger: BILOU tags over entity labels, hashed sparse features, constrained Viterbi,
//! and the versioned binary weight format (`ner-v1.bin`).
//!
//! Invariants:
//! - Decoding only produces valid BILOU sequences (no I/L without a B of the same label, no dangling B/I).
//! - `Model::from_bytes(&m.to_bytes())` gives a model that tags identically; malformed bytes give a
//!   [`ModelError`], never a panic.
//! - Span scores are in [0, 1].

use super::features::{sentence_features, sentence_features_with, Clusters, FeatureScratch, Lexicon, FEATURE_VERSION};
use super::gazetteer::Gazetteer;
use std::ops::Range;

/// Entity labels the tagger predicts (OntoNotes names).
pub const ENTITY_LABELS: [&str; 7] = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"];

const MAGIC: &[u8; 4] = b"SPNR";
/// Version of the binary layout.
pub const FORMAT_VERSION: u8 = 2;
/// Upper bound on the decompressed payload, against corrupt or hostile files.
const MAX_PAYLOAD: usize = 256 << 20;

/// Why a weight file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("not a Spandrel tagger model (bad magic bytes)")]
    BadMagic,
    #[error("model file format version {0} is not supported (this build reads version {FORMAT_VERSION})")]
    UnsupportedVersion(u8),
    #[error("model was trained with feature version {found}, this build computes version {expected}; retrain it")]
    FeatureVersion { found: u8, expected: u8 },
    #[error("model was trained with a different gazetteer (fingerprint {found:08x}, this build has {expected:08x}); retrain it")]
    Gazetteer { found: u32, expected: u32 },
    #[error("model file is truncated while reading {0}")]
    Truncated(&'static str),
    #[error("model file is corrupt: {0}")]
    Corrupt(String),
}

/// Number of BILOU tags for `n` labels.
pub fn n_tags(n_labels: usize) -> usize {
    1 + 4 * n_labels
}

/// Tag id: 0 is O; label `e` with position p (0 B, 1 I, 2 L, 3 U) is `1 + 4e + p`.
pub fn tag(e: usize, pos: usize) -> usize {
    1 + 4 * e + pos
}

fn pos_of(t: usize) -> Option<(usize, usize)> {
    (t > 0).then(|| ((t - 1) / 4, (t - 1) % 4))
}

/// Whether tag `b` may follow tag `a` (`a == None` at the sentence start).
pub fn allowed(a: Option<usize>, b: usize) -> bool {
    let inside_a = a.and_then(pos_of).filter(|&(_, p)| p <= 1);
    match (inside_a, pos_of(b)) {
        (Some((ea, _)), Some((eb, pb))) => ea == eb && (pb == 1 || pb == 2),
        (Some(_), None) => false,
        (None, Some((_, pb))) => pb == 0 || pb == 3,
        (None, None) => true,
    }
}

fn may_end(t: usize) -> bool {
    pos_of(t).is_none_or(|(_, p)| p >= 2)
}

/// BILOU tags for spans over `n` tokens.
pub fn spans_to_tags(n: usize, spans: &[(Range<usize>, usize)]) -> Vec<usize> {
    let mut tags = vec![0; n];
    for (r, e) in spans {
        if r.is_empty() || r.end > n {
            continue;
        }
        if r.len() == 1 {
            tags[r.start] = tag(*e, 3);
        } else {
            tags[r.start] = tag(*e, 0);
            for t in &mut tags[r.start + 1..r.end - 1] {
                *t = tag(*e, 1);
            }
            tags[r.end - 1] = tag(*e, 2);
        }
    }
    tags
}

/// Spans of a valid BILOU sequence.
pub fn tags_to_spans(tags: &[usize]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        match pos_of(t) {
            Some((e, 3)) => out.push((i..i + 1, e)),
            Some((_, 0)) => start = Some(i),
            Some((e, 2)) => {
                if let Some(s) = start.take() {
                    out.push((s..i + 1, e));
                }
            }
            _ => {}
        }
    }
    out
}

/// Constrained Viterbi. `emit` is `n × nt` scores, `trans` is `(nt + 1) × nt` (row `nt` = start).
pub fn viterbi(emit: &[f32], trans: &[f32], nt: usize) -> Vec<usize> {
    let mut lattice = Lattice::default();
    let mut tags = Vec::new();
    lattice.decode(emit, trans, nt, &mut tags);
    tags
}

/// The Viterbi lattice's buffers, reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct Lattice {
    score: Vec<f32>,
    back: Vec<u16>,
    /// Tags that may precede O, B or U: O, then L and U of each label, in increasing order.
    ends: Vec<usize>,
    /// Per predecessor in `ends`: transition weights to each target in `outside` (O, B, U of each label).
    trow: Vec<f32>,
    outside: Vec<usize>,
    /// Best score and predecessor (index into `ends`) so far of each target in `outside`.
    best: Vec<f32>,
    arg: Vec<u32>,
}

impl Lattice {
    /// Best valid BILOU path into `tags` (see [`viterbi`]). Only allowed transitions are scored: O, B and U
    /// follow O, L or U (of any label); I and L of a label follow its B or I. Predecessors are visited in
    /// increasing tag order and the first best one wins, as in a full scan over every pair.
    ///
    /// In wasm this function is compiled with 128-bit SIMD (every browser of the last three years has it),
    /// so the target loop runs four lanes at a time as it does with AVX natively: the same comparisons in
    /// the same order, the same result bits. Only the extraction worker's module contains it, not the app
    /// shell.
    #[cfg_attr(target_arch = "wasm32", target_feature(enable = "simd128"))]
    pub fn decode(&mut self, emit: &[f32], trans: &[f32], nt: usize, tags: &mut Vec<usize>) {
        tags.clear();
        let n = emit.len() / nt;
        if n == 0 {
            return;
        }
        debug_assert_eq!((nt - 1) % 4, 0, "nt = 1 + 4 × labels");
        let labels = (nt - 1) / 4;
        self.ends.clear();
        self.ends.push(0);
        self.outside.clear();
        self.outside.push(0);
        for e in 0..labels {
            self.ends.extend([3 + 4 * e, 4 + 4 * e]);
            self.outside.extend([1 + 4 * e, 4 + 4 * e]);
        }
        // Rows padded to a multiple of 8 targets (padding never wins: −∞) so the target loop has no remainder.
        let m = self.outside.len().next_multiple_of(8);
        self.trow.clear();
        for &a in &self.ends {
            self.trow.extend(self.outside.iter().map(|&b| trans[a * nt + b]));
            self.trow.resize(self.trow.len().next_multiple_of(8), f32::NEG_INFINITY);
        }
        self.best.clear();
        self.best.resize(m, f32::NEG_INFINITY);
        self.arg.clear();
        self.arg.resize(m, 0);
        self.score.clear();
        self.score.resize(n * nt, f32::NEG_INFINITY);
        self.back.clear();
        self.back.resize(n * nt, 0);
        let (score, back) = (&mut self.score[..], &mut self.back[..]);
        let (ends, outside, trow) = (&self.ends[..], &self.outside[..], &self.trow[..]);
        let (best_o, arg_o) = (&mut self.best[..], &mut self.arg[..]);
        for t in 0..nt {
            if allowed(None, t) {
                score[t] = emit[t] + trans[nt * nt + t];
            }
        }
        for i in 1..n {
            let (done, rest) = score.split_at_mut(i * nt);
            let prev = &done[(i - 1) * nt..];
            let cur = &mut rest[..nt];
            let em = &emit[i * nt..(i + 1) * nt];
            let bk = &mut back[i * nt..(i + 1) * nt];
            // All targets outside an entity at once, predecessor after predecessor (in increasing order, a
            // later one replaces the best only when strictly better): a loop over targets that vectorises.
            best_o.fill(f32::NEG_INFINITY);
            arg_o.fill(0);
            for (&a, row) in ends.iter().zip(trow.chunks_exact(m)) {
                let p = prev[a];
                for ((b, g), &t) in best_o.iter_mut().zip(arg_o.iter_mut()).zip(row) {
                    let v = p + t;
                    let better = v > *b;
                    *b = if better { v } else { *b };
                    *g = if better { a as u32 } else { *g };
                }
            }
            for ((&b, &best), &arg) in outside.iter().zip(best_o.iter()).zip(arg_o.iter()) {
                cur[b] = best + em[b];
                bk[b] = arg as u16;
            }
            // Targets inside an entity (I, L of label e): predecessors B and I of the same label.
            for e in 0..labels {
                let (bt, it) = (1 + 4 * e, 2 + 4 * e);
                for b in [2 + 4 * e, 3 + 4 * e] {
                    let vb = prev[bt] + trans[bt * nt + b];
                    let vi = prev[it] + trans[it * nt + b];
                    let (best, arg) = if vi > vb {
                        (vi, it)
                    } else if vb > f32::NEG_INFINITY {
                        (vb, bt)
                    } else {
                        (f32::NEG_INFINITY, 0)
                    };
                    cur[b] = best + em[b];
                    bk[b] = arg as u16;
                }
            }
        }
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0;
        for t in 0..nt {
            let s = score[(n - 1) * nt + t];
            if may_end(t) && s > best {
                best = s;
                arg = t;
            }
        }
        tags.resize(n, 0);
        tags[n - 1] = arg;
        for i in (1..n).rev() {
            tags[i - 1] = back[i * nt + tags[i]] as usize;
        }
    }
}

/// Buffers for tagging sentences (features, emissions, lattice, path, confidences): one per document keeps
/// tagging free of allocation once they have grown to the longest sentence.
#[derive(Debug, Default)]
pub struct Scratch {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    emit: Vec<f32>,
    lattice: Lattice,
    tags: Vec<usize>,
    features: FeatureScratch,
}

impl Scratch {
    /// The token features of the sentence last tagged with these buffers: all features, and per token `i`
    /// the range `offsets[i]..offsets[i + 1]` into them.
    pub fn features(&self) -> (&[u32], &[usize]) {
        (&self.feats, &self.offsets)
    }
}

/// Sparse weights: hashed feature → list of (tag, quantised weight), stored flat (no allocation per row).
#[derive(Debug, Clone, Default)]
struct Table {
    /// Feature keys in strictly increasing order (the serialised order).
    keys: Vec<u32>,
    /// Row `i` is `entries[starts[i]..starts[i + 1]]`; `starts.len() == keys.len() + 1`.
    starts: Vec<u32>,
    /// (tag, weight) pairs of all rows, row after row.
    entries: Vec<(u8, i8)>,
    /// Open addressing slots (key, start << 8 | len); key 0 = empty; capacity a power of two.
    slots: Vec<(u32, u32)>,
}

impl Table {
    /// Indexes the rows given as sorted unique keys, row starts and entries.
    fn new(keys: Vec<u32>, starts: Vec<u32>, entries: Vec<(u8, i8)>) -> Table {
        // At least 1.5 slots per row (load ≤ 2/3): the shipped model's 143k rows fit 262,144 slots, 2 MB,
        // half the cache footprint of 2 slots per row, for slightly longer probe runs.
        let cap = (keys.len() + keys.len() / 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); cap];
        for (i, &key) in keys.iter().enumerate() {
            let mut k = (key as usize) & (cap - 1);
            while slots[k].0 != 0 && slots[k].0 != key {
                k = (k + 1) & (cap - 1);
            }
            let len = (starts[i + 1] - starts[i]).min(255);
            slots[k] = (key, (starts[i] << 8) | len);
        }
        Table { keys, starts, entries, slots }
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    /// Entries of row `i` (in key order).
    fn row(&self, i: usize) -> &[(u8, i8)] {
        &self.entries[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    #[inline]
    fn get(&self, key: u32) -> &[(u8, i8)] {
        let mask = self.slots.len() - 1;
        let mut k = (key as usize) & mask;
        loop {
            let (kk, v) = self.slots[k];
            if kk == key {
                let s = (v >> 8) as usize;
                return &self.entries[s..s + (v & 0xff) as usize];
            }
            if kk == 0 {
                return &[];
            }
            k = (k + 1) & mask;
        }
    }
}

/// A loaded tagger: weights, transitions, labels and the gazetteer its features need.
#[derive(Debug, Clone)]
pub struct Model {
    labels: Vec<String>,
    nt: usize,
    scale: f32,
    temperature: f32,
    trans: Vec<f32>,
    table: Table,
    pub(crate) gaz: Gazetteer,
    lex: Lexicon,
    /// Row `a` (row `nt` = sentence start): the tags allowed after `a`, in increasing order.
    succ: Vec<Vec<u8>>,
}

/// A tagged span of one sentence: token range, label index, score.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedSpan {
    pub tokens: Range<usize>,
    pub label: usize,
    pub score: f32,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).ok_or(ModelError::Truncated(what))?;
        let s = self.b.get(self.pos..end).ok_or(ModelError::Truncated(what))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, what: &'static str) -> Result<u8, ModelError> {
        Ok(self.take(1, what)?[0])
    }
    fn u32(&mut self, what: &'static str) -> Result<u32, ModelError> {
        let s = self.take(4, what)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self, what: &'static str) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32(what)?))
    }
    fn varint(&mut self, what: &'static str) -> Result<u32, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8(what)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| ModelError::Corrupt(format!("{what} overflows")));
            }
        }
        Err(ModelError::Corrupt(format!("{what}: varint too long")))
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Model {
    /// Assembles a model from trained parts (used by the trainer).
    pub(crate) fn from_parts(
        labels: Vec<String>,
        scale: f32,
        temperature: f32,
        trans: Vec<f32>,
        mut rows: Vec<(u32, Vec<(u8, i8)>)>,
        lex: Lexicon,
    ) -> Model {
        crate::sort::sort_by_key(&mut rows, |r| r.0);
        rows.dedup_by_key(|r| r.0);
        let mut starts = Vec::with_capacity(rows.len() + 1);
        let mut entries = Vec::new();
        for (_, row) in &rows {
            starts.push(entries.len() as u32);
            entries.extend_from_slice(&row[..row.len().min(255)]);
        }
        starts.push(entries.len() as u32);
        let keys = rows.into_iter().map(|r| r.0).collect();
        Model::assemble(labels, scale, temperature, trans, Table::new(keys, starts, entries), lex)
    }

    fn assemble(
        labels: Vec<String>,
        scale: f32,
        temperature: f32,
        trans: Vec<f32>,
        table: Table,
        lex: Lexicon,
    ) -> Model {
        let nt = n_tags(labels.len());
        let succ = (0..=nt)
            .map(|a| {
                let prev = (a < nt).then_some(a);
                (0..nt).filter(|&b| allowed(prev, b)).map(|b| b as u8).collect()
            })
            .collect();
        Model { table, labels, nt, scale, temperature, trans, gaz: Gazetteer::new(), lex, succ }
    }

    /// Entity labels this model predicts, indexed by [`TaggedSpan::label`].
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of stored feature rows and non-zero weights.
    pub fn size(&self) -> (usize, usize) {
        (self.table.len(), self.table.entries.len())
    }

    /// Parses a weight file (see [`Model::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(4, "magic").map_err(|_| ModelError::BadMagic)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let version = r.u8("version")?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let fv = r.u8("feature version")?;
        if fv != FEATURE_VERSION {
            return Err(ModelError::FeatureVersion { found: fv, expected: FEATURE_VERSION });
        }
        let gf = r.u32("gazetteer fingerprint")?;
        if gf != super::gazetteer::fingerprint() {
            return Err(ModelError::Gazetteer { found: gf, expected: super::gazetteer::fingerprint() });
        }
        let n_labels = r.u8("label count")? as usize;
        if n_labels == 0 || n_labels > 60 {
            return Err(ModelError::Corrupt(format!("{n_labels} labels")));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = r.u8("label name")? as usize;
            let name = r.take(len, "label name")?;
            let name = std::str::from_utf8(name).map_err(|_| ModelError::Corrupt("label name is not UTF-8".into()))?;
            labels.push(name.to_string());
        }
        let nt = n_tags(n_labels);
        let scale = r.f32("scale")?;
        let temperature = r.f32("temperature")?;
        if !(scale.is_finite() && scale > 0.0 && temperature.is_finite() && temperature > 0.0) {
            return Err(ModelError::Corrupt("scale or temperature is not a positive number".into()));
        }
        let mut trans = Vec::with_capacity((nt + 1) * nt);
        for _ in 0..(nt + 1) * nt {
            let v = r.f32("transitions")?;
            if !v.is_finite() {
                return Err(ModelError::Corrupt("transition weight is not finite".into()));
            }
            trans.push(v);
        }
        let raw_len = r.u32("payload length")? as usize;
        if raw_len > MAX_PAYLOAD {
            return Err(ModelError::Corrupt(format!("payload of {raw_len} bytes is too large")));
        }
        let payload = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes[r.pos..], raw_len)
            .map_err(|e| ModelError::Corrupt(format!("cannot decompress weights: {e:?}")))?;
        if payload.len() != raw_len {
            return Err(ModelError::Corrupt("payload length mismatch".into()));
        }
        let mut p = Reader { b: &payload, pos: 0 };
        let n_rows = p.u32("row count")? as usize;
        if n_rows > raw_len {
            return Err(ModelError::Corrupt("row count larger than the payload".into()));
        }
        let mut keys = Vec::with_capacity(n_rows);
        let mut key: u32 = 0;
        for _ in 0..n_rows {
            key = key.wrapping_add(p.varint("feature keys")?);
            keys.push(key);
        }
        let lens = p.take(n_rows, "row lengths")?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        let tags = p.take(total, "tags")?;
        let vals = p.take(total, "weights")?;
        if keys.first() == Some(&0) || keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(ModelError::Corrupt("feature keys are not strictly increasing".into()));
        }
        if let Some(&t) = tags.iter().find(|&&t| t as usize >= nt) {
            return Err(ModelError::Corrupt(format!("tag {t} out of range")));
        }
        let mut starts = Vec::with_capacity(n_rows + 1);
        let mut at = 0u32;
        starts.push(0);
        for &l in lens {
            at += u32::from(l);
            starts.push(at);
        }
        let entries: Vec<(u8, i8)> = tags.iter().zip(vals).map(|(&t, &v)| (t, v as i8)).collect();
        let table = Table::new(keys, starts, entries);
        let n_clusters = p.u32("cluster count")? as usize;
        if n_clusters > raw_len {
            return Err(ModelError::Corrupt("cluster count larger than the payload".into()));
        }
        let n_mid = p.u32("cluster map")? as usize;
        let mid_of = p.take(n_mid, "cluster map")?.to_vec();
        let n_coarse = p.u32("cluster map")? as usize;
        let coarse_of = p.take(n_coarse, "cluster map")?.to_vec();
        let mut ckeys = Vec::with_capacity(n_clusters);
        let mut key: u32 = 0;
        for _ in 0..n_clusters {
            key = key.wrapping_add(p.varint("cluster keys")?);
            ckeys.push(key);
        }
        let fine = p.take(2 * n_clusters, "cluster ids")?;
        let clusters = Clusters::from_parts(ckeys, fine, mid_of, coarse_of)
            .ok_or_else(|| ModelError::Corrupt("cluster ids out of range".into()))?;
        let n_words = p.u32("lexicon size")? as usize;
        let lex_bytes = p.take(p.b.len() - p.pos, "lexicon")?;
        let lex_str = std::str::from_utf8(lex_bytes).map_err(|_| ModelError::Corrupt("lexicon is not UTF-8".into()))?;
        let words: Vec<String> = lex_str.split('\n').filter(|w| !w.is_empty()).map(String::from).collect();
        if words.len() != n_words {
            return Err(ModelError::Corrupt(format!("lexicon has {} words, header says {n_words}", words.len())));
        }
        Ok(Model::assemble(labels, scale, temperature, trans, table, Lexicon::new(words).with_clusters(clusters)))
    }

    /// Serialises the model: magic `SPNR`, format version, feature version, gazetteer fingerprint, labels, scale, temperature,
    /// transitions (f32 LE), then a deflated payload of delta-coded keys, row lengths, tags and i8 weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(FORMAT_VERSION);
        out.push(FEATURE_VERSION);
        out.extend_from_slice(&super::gazetteer::fingerprint().to_le_bytes());
        out.push(self.labels.len() as u8);
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        for v in &self.trans {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let mut payload = Vec::new();
        let t = &self.table;
        payload.extend_from_slice(&(t.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &t.keys {
            put_varint(&mut payload, k - prev);
            prev = k;
        }
        payload.extend((0..t.len()).map(|i| t.row(i).len() as u8));
        payload.extend(t.entries.iter().map(|e| e.0));
        payload.extend(t.entries.iter().map(|e| e.1 as u8));
        self.lex.clusters.write(&mut payload, put_varint);
        let words = self.lex.sorted();
        payload.extend_from_slice(&(words.len() as u32).to_le_bytes());
        payload.extend_from_slice(words.join("\n").as_bytes());
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend(miniz_oxide::deflate::compress_to_vec(&payload, 9));
        out
    }

    /// Emission scores (`n × nt`) of a sentence from precomputed features.
    fn emissions(&self, feats: &[u32], offsets: &[usize], out: &mut Vec<f32>) {
        let nt = self.nt;
        let n = offsets.len().saturating_sub(1);
        out.clear();
        out.resize(n * nt, 0.0);
        // Indexed by a u8 tag: no bounds check in the inner loop (tags are < nt ≤ 241).
        let mut acc = [0i32; 256];
        for (i, o) in out.chunks_exact_mut(nt).enumerate() {
            acc[..nt].fill(0);
            for &f in &feats[offsets[i]..offsets[i + 1]] {
                for &(t, v) in self.table.get(f) {
                    acc[usize::from(t)] += i32::from(v);
                }
            }
            for (o, a) in o.iter_mut().zip(&acc[..nt]) {
                *o = *a as f32 * self.scale;
            }
        }
    }

    /// Whether a lower-cased word is usually written in lower case (learnt lexicon).
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.lex.contains(lower)
    }

    pub(crate) fn set_temperature(&mut self, t: f32) {
        self.temperature = t;
    }

    /// Per entity token of the best path: score margin of the chosen tag over the best other allowed tag.
    pub(crate) fn margins(&self, words: &[&str]) -> Vec<f32> {
        if words.is_empty() {
            return Vec::new();
        }
        let (mut feats, mut offsets, mut emit) = (Vec::new(), Vec::new(), Vec::new());
        sentence_features(words, &self.gaz, &self.lex, &mut feats, &mut offsets);
        self.emissions(&feats, &offsets, &mut emit);
        let nt = self.nt;
        let tags = viterbi(&emit, &self.trans, nt);
        let mut out = Vec::with_capacity(tags.len());
        for (i, &t) in tags.iter().enumerate() {
            let prev = if i == 0 { None } else { Some(tags[i - 1]) };
            let row = prev.unwrap_or(nt);
            let s = |b: usize| emit[i * nt + b] + self.trans[row * nt + b];
            let other = (0..nt).filter(|&b| b != t && allowed(prev, b)).map(s).fold(f32::NEG_INFINITY, f32::max);
            if other.is_finite() && t != 0 {
                out.push((s(t) - other).max(0.0));
            }
        }
        out
    }

    /// Tags one sentence of words, returning entity spans with scores.
    pub fn tag_words(&self, words: &[&str]) -> Vec<TaggedSpan> {
        let mut out = Vec::new();
        self.tag_words_with(words, &mut Scratch::default(), &mut out);
        out
    }

    /// [`Model::tag_words`] into `out` (cleared first), with buffers reused across calls.
    pub fn tag_words_with(&self, words: &[&str], sc: &mut Scratch, out: &mut Vec<TaggedSpan>) {
        out.clear();
        if words.is_empty() {
            return;
        }
        sentence_features_with(words, &self.gaz, &self.lex, &mut sc.features, &mut sc.feats, &mut sc.offsets);
        self.emissions(&sc.feats, &sc.offsets, &mut sc.emit);
        let nt = self.nt;
        sc.lattice.decode(&sc.emit, &self.trans, nt, &mut sc.tags);
        let (emit, tags) = (&sc.emit, &sc.tags);
        // Token confidence: softmax over the tags allowed after the chosen previous tag, computed only for
        // the tokens of a span (the others are never read).
        let conf = |i: usize| {
            let t = tags[i];
            let row = if i == 0 { nt } else { tags[i - 1] };
            let em = &emit[i * nt..(i + 1) * nt];
            let tr = &self.trans[row * nt..(row + 1) * nt];
            let s = |b: usize| (em[b] + tr[b]) / self.temperature;
            let me = s(t);
            let z: f32 = self.succ[row].iter().map(|&b| libm::expf(s(b as usize) - me)).sum();
            if z > 0.0 && z.is_finite() {
                1.0 / z
            } else {
                0.0
            }
        };
        for (r, e) in tags_to_spans(tags) {
            let score = r.clone().map(conf).sum::<f32>() / r.len() as f32;
            out.push(TaggedSpan { tokens: r, label: e, score: score.clamp(0.0, 1.0) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trip_and_constraints() {
        let spans = vec![(0..2, 1), (3..4, 0), (5..8, 2)];
        let tags = spans_to_tags(8, &spans);
        assert_eq!(tags_to_spans(&tags), spans);
        for w in tags.windows(2) {
            assert!(allowed(Some(w[0]), w[1]));
        }
        assert!(!allowed(None, tag(0, 1)));
        assert!(!allowed(Some(tag(0, 0)), tag(1, 2)));
        assert!(!allowed(Some(tag(0, 0)), 0));
    }

    #[test]
    fn viterbi_respects_constraints() {
        let nt = n_tags(2);
        // Emissions strongly prefer an I tag at the start, which is invalid.
        let mut emit = vec![0.0; 2 * nt];
        emit[tag(0, 1)] = 10.0;
        emit[nt + tag(0, 2)] = 10.0;
        let trans = vec![0.0; (nt + 1) * nt];
        let tags = viterbi(&emit, &trans, nt);
        assert!(allowed(None, tags[0]));
        assert!(allowed(Some(tags[0]), tags[1]));
        assert_eq!(tags, vec![tag(0, 0), tag(0, 2)]);
    }

    #[test]
    fn bytes_round_trip_and_errors() {
        let labels: Vec<String> = ENTITY_LABELS.iter().map(|s| s.to_string()).collect();
        let nt = n_tags(labels.len());
        let trans = (0..(nt + 1) * nt).map(|i| (i % 7) as f32 * 0.1).collect();
        let rows = vec![(5u32, vec![(1u8, 3i8), (4, -2)]), (900, vec![(0, 1)])];
        let clusters = Clusters::from_tsv("the\t3\t1\t0\nlondon\t0\t0\t1\nparis\t0\t0\t1\n").unwrap();
        let lex = Lexicon::new(["the".to_string(), "looking".to_string()]).with_clusters(clusters);
        let m = Model::from_parts(labels, 0.5, 1.0, trans, rows, lex.clone());
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b).expect("round trip");
        assert_eq!(m2.to_bytes(), b);
        assert_eq!(m2.size(), (2, 3));
        assert_eq!(m2.lex, lex);
        assert_eq!(Model::from_bytes(b"nope").unwrap_err(), ModelError::BadMagic);
        let mut v = b.clone();
        v[4] = 9;
        assert_eq!(Model::from_bytes(&v).unwrap_err(), ModelError::UnsupportedVersion(9));
        for cut in [5, 20, b.len() - 3] {
            assert!(Model::from_bytes(&b[..cut]).is_err());
        }
    }
}

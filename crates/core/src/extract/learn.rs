//! Suggestions that learn from the annotator: a workspace-level second-stage tagger on top of the shipped
//! pipeline, over the project's own (open) label set.
//!
//! The shipped pipeline (tagger, patterns, alias and title rules) runs once per text ([`Prepared`]); its
//! output does not depend on what was learned. The [`Learner`] is a BILOU tagger over the project's labels
//! whose features are the shipped model's token features plus the shipped pipeline's own decision for the
//! token and its neighbours (label and BILOU position, score bucket, decision × word). Its score of a path
//! is a fixed prior (the shipped decision, renamed through the [`LabelMap`], worth [`PRIOR`] per token) plus
//! learned weights, so a learner that has not changed any weight decodes exactly the shipped path.
//!
//! Learning is a passive-aggressive latent structured perceptron under partial supervision: in a sentence
//! with at least one known decision, the weights move towards the best path consistent with what is known
//! (known spans fixed, rejected spans forbidden, the rest of a done document outside any entity) and away
//! from the unconstrained best path, by the smallest step that makes the first beat the second by a margin.
//! In a document not marked done, undecided tokens are not negatives: their target is the shipped decision
//! wherever it fits the known spans (so a few positives of a new label cannot spread it over every word),
//! and tokens inside a rejected span are left to the learner. Sentences without any decision take no part.
//! Suggestions use the averaged weights.
//!
//! Invariants:
//! - A learner without updates ([`Learner::is_pristine`]) suggests exactly the shipped suggestions whose
//!   label the map keeps, renamed, with their scores; so does any sentence whose learned path equals the
//!   shipped path. [`Learner::reset`] returns to that state.
//! - Deterministic: the same observations in the same order give the same weights and suggestions (no
//!   randomness, no clock, no hash-map iteration order reaches the output or the bytes).
//! - `Learner::from_bytes(&l.to_bytes())` suggests and goes on learning exactly as `l`; malformed bytes give
//!   a [`LearnError`], never a panic.
//! - Suggestions keep the invariants of [`Suggestion`]: non-empty spans inside the text, scores in [0, 1],
//!   sorted by (start, end, label), no duplicate (span, label).

use super::fxhash::{FxHashMap, FxHashSet};
use super::tagger::{allowed, tag, tags_to_spans, Lattice, Model, Scratch};
use super::tokenize::{sentences, tokenize};
use super::{sentence_spans_with, window_end, window_start, Suggestion};
use crate::model::{DocStatus, Document, Span, SpanState};
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// Score of the shipped decision per token: what a learned correction has to outweigh.
pub const PRIOR: f32 = 1.0;
/// Largest passive-aggressive step (PA-I aggressiveness; the measured steps are far below it).
const MAX_STEP: f32 = 1.0;
/// Margin (per square root of the differing tokens) the target path must win by after a step.
const MARGIN: f32 = 2.0;
/// Steps per observed sentence at most: a sentence is stepped on again while its best path still disagrees
/// with what is known (measured: 3 learns new labels faster than 1 and costs little, more gains nothing).
const STEPS: usize = 3;
/// Suggestions use the averaged weights (the mean over all observed sentences), which are far more stable
/// than the last ones under noisy, partial supervision (measured on WikiANN: corrections 0.61× instead of
/// 0.88× of the shipped model's).
const AVERAGED: bool = true;
/// A token nobody decided about: its target is the shipped decision where that fits the known spans
/// (what the annotator left alone is taken as it was shown, so a few positives of a new label cannot spread
/// it over every undecided word).
const FREE: usize = usize::MAX;
/// A token inside a rejected span: its target is whatever the learner finds best apart from the rejection.
const UNANCHORED: usize = usize::MAX - 1;
/// Bonus of the shipped decision on [`FREE`] tokens in the target path: larger than any learned score.
const ANCHOR: f32 = 1.0e4;
/// Softmax temperature of the learner's token confidences, in units of [`PRIOR`].
const TEMPERATURE: f32 = 0.5;
/// Most project labels a learner handles (tags are stored in a byte: 1 + 4 × 63 = 253).
pub const MAX_LABELS: usize = 63;

const MAGIC: &[u8; 4] = b"SPLR";
/// Version of the learner's byte layout.
pub const FORMAT_VERSION: u8 = 1;
/// Upper bound on the decompressed payload, against corrupt or hostile input.
const MAX_PAYLOAD: usize = 256 << 20;

/// Why learning or loading learned state failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LearnError {
    #[error("a workspace can teach suggestions at most {MAX_LABELS} labels; `{0}` is one too many")]
    TooManyLabels(String),
    #[error("not learned suggestion state (bad magic bytes)")]
    BadMagic,
    #[error("learned state format version {0} is not supported (this build reads version {FORMAT_VERSION})")]
    UnsupportedVersion(u8),
    #[error("learned state was made with feature version {found}, this build computes {expected}; it must be rebuilt from the annotations")]
    FeatureVersion { found: u8, expected: u8 },
    #[error("learned state is truncated while reading {0}")]
    Truncated(&'static str),
    #[error("learned state is corrupt: {0}")]
    Corrupt(String),
}

/// Which shipped labels the project uses, under which of its own names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelMap {
    /// Shipped label → project label.
    pub rename: BTreeMap<String, String>,
    /// Whether shipped labels absent from `rename` are kept under their own name (else they are dropped).
    pub keep_others: bool,
}

impl LabelMap {
    /// Every shipped label under its own name (a workspace that did not rename anything).
    pub fn identity() -> Self {
        LabelMap { rename: BTreeMap::new(), keep_others: true }
    }

    /// Only the listed shipped labels, renamed; all others are dropped.
    pub fn only<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        LabelMap {
            rename: pairs.into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect(),
            keep_others: false,
        }
    }

    /// The project label of a shipped label, if the project uses it.
    pub fn get<'a>(&'a self, shipped: &'a str) -> Option<&'a str> {
        match self.rename.get(shipped) {
            Some(p) => Some(p),
            None if self.keep_others => Some(shipped),
            None => None,
        }
    }
}

/// A span with a label, in code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelledSpan {
    pub span: Span,
    pub label: String,
}

/// What the annotator has decided about one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// Spans known to be right with their label and edges: accepted, added, relabelled or resized.
    pub known: Vec<LabelledSpan>,
    /// Span + label pairs known to be wrong (rejected suggestions).
    pub rejected: Vec<LabelledSpan>,
    /// The text is fully annotated: every token outside `known` is outside any entity.
    pub done: bool,
}

impl Feedback {
    /// A document's decisions: accepted spans (manual ones are accepted) are known, rejected ones are
    /// wrong, pending suggestions say nothing; a document marked done is fully labelled.
    pub fn from_document(doc: &Document) -> Feedback {
        let mut fb = Feedback { done: doc.status == DocStatus::Done, ..Feedback::default() };
        for a in doc.annotations.values() {
            let s = LabelledSpan { span: a.span, label: a.label.clone() };
            match a.state {
                SpanState::Accepted => fb.known.push(s),
                SpanState::Rejected => fb.rejected.push(s),
                SpanState::Suggested => {}
            }
        }
        fb
    }

    /// Whether this says anything at all (a learner learns nothing from empty feedback).
    pub fn is_empty(&self) -> bool {
        self.known.is_empty() && self.rejected.is_empty() && !self.done
    }
}

/// One sentence of a [`Prepared`] text.
#[derive(Debug, Clone)]
struct PSentence {
    /// Token indices into the prepared arrays.
    toks: Range<usize>,
    /// The shipped pipeline's spans: sentence-relative token range, shipped label, score.
    shipped: Vec<(Range<usize>, String, f32)>,
    /// Fingerprint of the sentence's words (counts distinct spans the annotator taught).
    hash: u64,
}

/// A text run through the shipped pipeline once: tokens, token features and shipped spans per sentence.
/// Independent of any learner, so a worker can keep it per open document and recompute suggestions
/// after each update without tagging again.
#[derive(Debug, Clone)]
pub struct Prepared {
    sents: Vec<PSentence>,
    /// Code point range of each token.
    tok_cp: Vec<(u32, u32)>,
    /// Features of token `i`: `feats[offs[i]..offs[i + 1]]` (the shipped model's, then the shipped decision's).
    feats: Vec<u32>,
    offs: Vec<u32>,
    words: usize,
}

impl Prepared {
    /// Runs the shipped pipeline over the whole text.
    pub fn new(model: &Model, text: &Text) -> Prepared {
        let n = text.len_utf8();
        Prepared::window(model, text, 0..n, 0..n + 1)
    }

    /// Runs the shipped pipeline over the sentences whose first token starts inside the code point range
    /// (as [`Model::extract_range`]).
    pub fn range(model: &Model, text: &Text, cp: Range<usize>) -> Prepared {
        let len = text.len_cp();
        let (a, b) = (cp.start.min(len), cp.end.min(len));
        let (Ok(ba), Ok(bb)) = (text.cp_to_byte(a), text.cp_to_byte(b)) else { return Prepared::empty() };
        if a >= b {
            return Prepared::empty();
        }
        let s = text.as_str();
        let keep_end = if b == len { s.len() + 1 } else { bb };
        Prepared::window(model, text, window_start(s, ba)..window_end(s, bb), ba..keep_end)
    }

    fn empty() -> Prepared {
        Prepared { sents: Vec::new(), tok_cp: Vec::new(), feats: Vec::new(), offs: vec![0], words: 0 }
    }

    fn window(model: &Model, text: &Text, window: Range<usize>, keep: Range<usize>) -> Prepared {
        let mut p = Prepared::empty();
        let Some(s) = text.as_str().get(window.clone()) else { return p };
        let toks = tokenize(s);
        let mut scratch = Scratch::default();
        let mut tagged = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let mut cps: Vec<(u32, u32)> = Vec::new();
        let mut shipped_tags: Vec<(u32, u8, u8)> = Vec::new();
        for r in sentences(s, &toks) {
            let first = toks[r.start].start + window.start;
            if !keep.contains(&first) {
                continue;
            }
            let stoks = &toks[r];
            cps.clear();
            let ok = stoks.iter().all(|t| match text.byte_range_to_cp(t.start + window.start..t.end + window.start) {
                Ok(c) => {
                    cps.push((c.start as u32, c.end as u32));
                    true
                }
                Err(_) => false,
            });
            if !ok {
                continue;
            }
            words.clear();
            words.extend(stoks.iter().map(|t| t.text(s)));
            let shipped = sentence_spans_with(Some(model), &words, &mut scratch, &mut tagged);
            let (base, base_offs) = scratch.features();
            // The shipped decision per token (first span wins where the pipeline's spans overlap).
            shipped_tags.clear();
            shipped_tags.resize(words.len(), (0, 0, 0));
            for (r, label, score) in &shipped {
                if r.is_empty() || r.end > words.len() || r.clone().any(|i| shipped_tags[i].0 != 0) {
                    continue;
                }
                let lh = hash_str(label);
                let bucket = ((score.clamp(0.0, 1.0) * 4.0) as u8).min(3);
                for i in r.clone() {
                    let pos = if r.len() == 1 {
                        4
                    } else if i == r.start {
                        1
                    } else if i + 1 == r.end {
                        3
                    } else {
                        2
                    };
                    shipped_tags[i] = (lh, pos, bucket);
                }
            }
            let start = p.tok_cp.len();
            for i in 0..words.len() {
                let fs = &base[base_offs[i]..base_offs[i + 1]];
                p.feats.extend_from_slice(fs);
                let at = |k: isize| -> (u32, u8) {
                    let j = i as isize + k;
                    if j < 0 || j as usize >= words.len() {
                        (u32::MAX, 0)
                    } else {
                        let t = shipped_tags[j as usize];
                        (t.0, t.1)
                    }
                };
                let (l0, p0) = at(0);
                let word = fs.get(1).copied().unwrap_or(0);
                p.feats.push(mix(&[0xa0, l0, u32::from(p0)]));
                p.feats.push(mix(&[0xa1, at(-1).0, u32::from(at(-1).1)]));
                p.feats.push(mix(&[0xa2, at(1).0, u32::from(at(1).1)]));
                p.feats.push(mix(&[0xa3, at(-2).0]));
                p.feats.push(mix(&[0xa4, at(2).0]));
                p.feats.push(mix(&[0xa5, l0, u32::from(shipped_tags[i].2)]));
                p.feats.push(mix(&[0xa6, l0, u32::from(p0), word]));
                let (lm, pm, lp, pp) = (at(-1).0, at(-1).1, at(1).0, at(1).1);
                p.feats.push(mix(&[0xa7, lm, u32::from(pm), l0, u32::from(p0), lp, u32::from(pp)]));
                p.offs.push(p.feats.len() as u32);
            }
            p.tok_cp.extend_from_slice(&cps);
            p.words += words.len();
            let mut h = Fnv64::new();
            for w in &words {
                h.bytes(w.as_bytes());
                h.bytes(&[0xff]);
            }
            p.sents.push(PSentence { toks: start..p.tok_cp.len(), shipped, hash: h.0 });
        }
        p
    }

    /// Number of tokens (words) covered.
    pub fn words(&self) -> usize {
        self.words
    }

    /// Number of sentences covered.
    pub fn sentences(&self) -> usize {
        self.sents.len()
    }

    fn sentence_cp(&self, s: &PSentence) -> Range<usize> {
        if s.toks.is_empty() {
            return 0..0;
        }
        self.tok_cp[s.toks.start].0 as usize..self.tok_cp[s.toks.end - 1].1 as usize
    }
}

/// What one [`Learner::observe`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ObserveReport {
    /// Sentences with at least one known decision.
    pub sentences: usize,
    /// Of those, sentences whose suggestions disagreed with the decisions, so that the weights changed.
    pub updated: usize,
}

/// Buffers reused across the sentences of one call.
#[derive(Default)]
struct Work {
    emit: Vec<f32>,
    masked: Vec<f32>,
    prior: Vec<usize>,
    lattice: Lattice,
    best: Vec<usize>,
    target: Vec<usize>,
    trans: Vec<f32>,
}

/// How unsure a learner is about a text ([`Learner::uncertainty`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Uncertainty {
    /// The largest doubt of one token (0: sure of every token). "Most informative first" ranks by this:
    /// measured with `spandrel simulate --order uncertain`, the total below picks long, inconsistently
    /// annotated lists on Wikipedia text and learns less than corpus order there.
    pub max: f32,
    /// The sum of the tokens' doubts.
    pub total: f32,
    /// Tokens read.
    pub tokens: usize,
    /// The entity spans of the learner's best reading, in text order.
    pub spans: Vec<Span>,
}

/// The workspace-level learner (see the module documentation).
#[derive(Debug, Clone)]
pub struct Learner {
    map: LabelMap,
    /// Project labels; label `e` has tags `1 + 4e ..= 4 + 4e`.
    labels: Vec<String>,
    nt: usize,
    /// Feature → row; row `r` is `w[r * nt..(r + 1) * nt]`.
    rows: FxHashMap<u32, u32>,
    keys: Vec<u32>,
    w: Vec<f32>,
    /// Transitions `(nt + 1) × nt`, row `nt` = sentence start.
    trans: Vec<f32>,
    /// Averaging: `u` sums `clock × change` of each weight (`tu` of each transition); the averaged weight
    /// is `w - u / clock`.
    u: Vec<f32>,
    tu: Vec<f32>,
    /// Sentences observed so far, plus one.
    clock: f32,
    updates: u64,
    /// Fingerprints of the distinct spans taught (known) and rejected.
    taught: FxHashSet<u64>,
    rejected: FxHashSet<u64>,
}

impl Learner {
    /// A learner that suggests what the shipped pipeline does, renamed by `map`.
    pub fn new(map: LabelMap) -> Learner {
        let mut l = Learner {
            map,
            labels: Vec::new(),
            nt: 1,
            rows: FxHashMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            trans: vec![0.0; 2],
            u: Vec::new(),
            tu: vec![0.0; 2],
            clock: 1.0,
            updates: 0,
            taught: FxHashSet::default(),
            rejected: FxHashSet::default(),
        };
        let mut project: Vec<String> = l.map.rename.values().cloned().collect();
        if l.map.keep_others {
            let shipped = super::ENTITY_LABELS.iter().chain(super::patterns::PATTERN_LABELS.iter());
            project.extend(shipped.filter(|s| !l.map.rename.contains_key(**s)).map(|s| s.to_string()));
        }
        for p in project {
            // A map naming more project labels than a learner holds keeps the first ones.
            if l.label_id(&p).is_none() {
                break;
            }
        }
        l
    }

    /// Forgets everything learned: suggestions are the shipped ones again (the label map is kept).
    pub fn reset(&mut self) {
        *self = Learner::new(self.map.clone());
    }

    /// Whether nothing was learned (suggestions are exactly the shipped ones, renamed).
    pub fn is_pristine(&self) -> bool {
        self.updates == 0
    }

    /// The label map suggestions start from.
    pub fn map(&self) -> &LabelMap {
        &self.map
    }

    /// Project labels known so far (mapped shipped labels, then taught ones in order of first appearance).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Distinct spans the annotator taught (known spans observed), for "shipped model + N of your spans".
    pub fn taught_spans(&self) -> usize {
        self.taught.len()
    }

    /// Distinct rejected span + label pairs observed.
    pub fn rejected_spans(&self) -> usize {
        self.rejected.len()
    }

    /// Sentence updates made so far.
    pub fn updates(&self) -> u64 {
        self.updates
    }

    /// Number of learned feature rows (memory is about `rows × (1 + 4 × labels) × 4` bytes).
    pub fn rows(&self) -> usize {
        self.keys.len()
    }

    /// The id of a project label, adding it (and re-laying out the weights) when new.
    fn label_id(&mut self, label: &str) -> Option<usize> {
        if let Some(i) = self.labels.iter().position(|l| l == label) {
            return Some(i);
        }
        if self.labels.len() >= MAX_LABELS {
            return None;
        }
        self.labels.push(label.to_string());
        let (old, nt) = (self.nt, 1 + 4 * self.labels.len());
        let rows = |v: &[f32]| {
            let mut out = vec![0.0; v.len() / old * nt];
            for (r, row) in v.chunks_exact(old).enumerate() {
                out[r * nt..r * nt + old].copy_from_slice(row);
            }
            out
        };
        let trans = |v: &[f32]| {
            let mut out = vec![0.0; (nt + 1) * nt];
            for a in 0..=old {
                let to = if a == old { nt } else { a };
                out[to * nt..to * nt + old].copy_from_slice(&v[a * old..(a + 1) * old]);
            }
            out
        };
        (self.w, self.u) = (rows(&self.w), rows(&self.u));
        (self.trans, self.tu) = (trans(&self.trans), trans(&self.tu));
        self.nt = nt;
        Some(self.labels.len() - 1)
    }

    fn project_label(&self, shipped: &str) -> Option<usize> {
        let p = self.map.get(shipped)?;
        self.labels.iter().position(|l| l == p)
    }

    /// Suggestions for a whole text (runs the shipped pipeline; see [`Learner::suggest_prepared`]).
    pub fn suggest(&self, model: &Model, text: &Text) -> Vec<Suggestion> {
        self.suggest_prepared(&Prepared::new(model, text))
    }

    /// Suggestions for the sentences whose first token starts in the code point range `cp`.
    pub fn suggest_range(&self, model: &Model, text: &Text, cp: Range<usize>) -> Vec<Suggestion> {
        self.suggest_prepared(&Prepared::range(model, text, cp))
    }

    /// Suggestions for a prepared text.
    pub fn suggest_prepared(&self, p: &Prepared) -> Vec<Suggestion> {
        let mut out = Vec::new();
        let mut wk = Work::default();
        self.suggest_trans(&mut wk.trans);
        for s in &p.sents {
            self.suggest_sentence(p, s, &mut wk, &mut out);
        }
        crate::sort::sort_by(&mut out, |a, b| (a.span, &a.label).cmp(&(b.span, &b.label)));
        out.dedup_by(|a, b| a.span == b.span && a.label == b.label);
        out
    }

    /// How unsure the suggestions of a prepared text are, for "most informative first" (see
    /// [`crate::active`]). While the learner is pristine, a token's doubt is one minus the shipped
    /// score of the shipped span it is in (0 outside); once it has learned, one minus the confidence
    /// of the token's best entity class (or outside) over the next best, from the learner's emission
    /// scores through the suggestions' temperature (no decoding, so that thousands of documents are
    /// ranked again after each step). The spans returned are the runs of tokens whose best class is
    /// an entity (the shipped spans while pristine), in text order.
    pub fn uncertainty(&self, p: &Prepared) -> Uncertainty {
        let mut out = Uncertainty::default();
        let mut wk = Work::default();
        let nt = self.nt;
        let mut doubt: Vec<f32> = Vec::new();
        for s in &p.sents {
            if s.toks.is_empty() {
                continue;
            }
            doubt.clear();
            doubt.resize(s.toks.len(), 0.0);
            if self.is_pristine() {
                for (r, label, score) in &s.shipped {
                    if self.map.get(label).is_some() && !r.is_empty() && r.end <= s.toks.len() {
                        for d in &mut doubt[r.clone()] {
                            *d = d.max(1.0 - score.clamp(0.0, 1.0));
                        }
                    }
                }
                for (r, label, _) in &s.shipped {
                    if self.map.get(label).is_some() && !r.is_empty() && r.end <= s.toks.len() {
                        out.spans.push(Self::cp_of(p, s, r));
                    }
                }
            } else {
                // Per token, from the emissions alone (no decoding: a ranking reads thousands of
                // documents after each learning step): the margin between the best entity class (or
                // outside) and the best other one, through the suggestions' temperature.
                self.prior_path(s, &mut wk.prior);
                self.emissions(p, s, &wk.prior, AVERAGED, &mut wk.emit);
                let classes = (nt - 1) / 4;
                let mut run: Option<(usize, usize)> = None;
                for (i, d) in doubt.iter_mut().enumerate() {
                    let row = &wk.emit[i * nt..(i + 1) * nt];
                    let (mut best, mut best_class, mut second) = (row[0], usize::MAX, f32::NEG_INFINITY);
                    for e in 0..classes {
                        let v = row[1 + 4 * e..5 + 4 * e].iter().copied().fold(f32::NEG_INFINITY, f32::max);
                        if v > best {
                            second = best;
                            (best, best_class) = (v, e);
                        } else if v > second {
                            second = v;
                        }
                    }
                    let margin = if second.is_finite() { best - second } else { f32::INFINITY };
                    let conf = 1.0 / (1.0 + libm::expf(-margin / TEMPERATURE));
                    *d = d.max(1.0 - conf);
                    // Runs of tokens of one entity class are what an annotator would be asked about.
                    match run {
                        Some((_, e)) if e == best_class => {}
                        Some((start, _)) => {
                            out.spans.push(Self::cp_of(p, s, &(start..i)));
                            run = (best_class != usize::MAX).then_some((i, best_class));
                        }
                        None => run = (best_class != usize::MAX).then_some((i, best_class)),
                    }
                }
                if let Some((start, _)) = run {
                    out.spans.push(Self::cp_of(p, s, &(start..doubt.len())));
                }
            }
            out.tokens += doubt.len();
            for &d in &doubt {
                out.total += d;
                out.max = out.max.max(d);
            }
        }
        out.spans.sort();
        out.spans.dedup();
        out
    }

    fn cp_of(p: &Prepared, s: &PSentence, r: &Range<usize>) -> Span {
        Span::new(p.tok_cp[s.toks.start + r.start].0 as usize, p.tok_cp[s.toks.start + r.end - 1].1 as usize)
    }

    fn shipped_suggestions(&self, p: &Prepared, s: &PSentence, out: &mut Vec<Suggestion>) {
        for (r, label, score) in &s.shipped {
            if let Some(l) = self.map.get(label) {
                if !r.is_empty() && r.end <= s.toks.len() {
                    out.push(Suggestion {
                        span: Self::cp_of(p, s, r),
                        label: l.to_string(),
                        score: score.clamp(0.0, 1.0),
                    });
                }
            }
        }
    }

    /// The shipped decision as a tag path over the project labels (first span wins where spans overlap).
    fn prior_path(&self, s: &PSentence, prior: &mut Vec<usize>) {
        let n = s.toks.len();
        prior.clear();
        prior.resize(n, 0);
        for (r, label, _) in &s.shipped {
            let Some(e) = self.project_label(label) else { continue };
            if r.is_empty() || r.end > n || prior[r.clone()].iter().any(|&t| t != 0) {
                continue;
            }
            if r.len() == 1 {
                prior[r.start] = tag(e, 3);
            } else {
                prior[r.start] = tag(e, 0);
                for t in &mut prior[r.start + 1..r.end - 1] {
                    *t = tag(e, 1);
                }
                prior[r.end - 1] = tag(e, 2);
            }
        }
    }

    /// Emission scores of a sentence: learned weights (averaged ones when `averaged`) plus the prior.
    fn emissions(&self, p: &Prepared, s: &PSentence, prior: &[usize], averaged: bool, out: &mut Vec<f32>) {
        let nt = self.nt;
        out.clear();
        out.resize(s.toks.len() * nt, 0.0);
        let inv = 1.0 / self.clock;
        for (k, o) in out.chunks_exact_mut(nt).enumerate() {
            let i = s.toks.start + k;
            for f in &p.feats[p.offs[i] as usize..p.offs[i + 1] as usize] {
                if let Some(&r) = self.rows.get(f) {
                    let r = r as usize * nt;
                    if averaged {
                        for ((a, b), c) in o.iter_mut().zip(&self.w[r..r + nt]).zip(&self.u[r..r + nt]) {
                            *a += b - c * inv;
                        }
                    } else {
                        for (a, b) in o.iter_mut().zip(&self.w[r..r + nt]) {
                            *a += b;
                        }
                    }
                }
            }
            o[prior[k]] += PRIOR;
        }
    }

    /// The transitions suggestions use (averaged when configured).
    fn suggest_trans(&self, out: &mut Vec<f32>) {
        out.clear();
        if AVERAGED {
            let inv = 1.0 / self.clock;
            out.extend(self.trans.iter().zip(&self.tu).map(|(a, b)| a - b * inv));
        } else {
            out.extend_from_slice(&self.trans);
        }
    }

    fn suggest_sentence(&self, p: &Prepared, s: &PSentence, wk: &mut Work, out: &mut Vec<Suggestion>) {
        if self.is_pristine() || s.toks.is_empty() {
            return self.shipped_suggestions(p, s, out);
        }
        self.prior_path(s, &mut wk.prior);
        self.emissions(p, s, &wk.prior, AVERAGED, &mut wk.emit);
        wk.lattice.decode(&wk.emit, &wk.trans, self.nt, &mut wk.best);
        if wk.best == wk.prior {
            return self.shipped_suggestions(p, s, out);
        }
        let nt = self.nt;
        let (emit, tags, trans) = (&wk.emit, &wk.best, &wk.trans);
        let conf = |i: usize| {
            let t = tags[i];
            let row = if i == 0 { nt } else { tags[i - 1] };
            let prev = (i > 0).then(|| tags[i - 1]);
            let sc = |b: usize| (emit[i * nt + b] + trans[row * nt + b]) / TEMPERATURE;
            let me = sc(t);
            let z: f32 = (0..nt).filter(|&b| allowed(prev, b)).map(|b| libm::expf(sc(b) - me)).sum();
            if z > 0.0 && z.is_finite() {
                1.0 / z
            } else {
                0.0
            }
        };
        for (r, e) in tags_to_spans(tags) {
            let label = &self.labels[e];
            // A span the shipped pipeline also gave keeps its score.
            let shipped = s.shipped.iter().find(|(sr, sl, _)| *sr == r && self.map.get(sl) == Some(label.as_str()));
            let score = match shipped {
                Some((_, _, sc)) => *sc,
                None => r.clone().map(conf).sum::<f32>() / r.len() as f32,
            };
            out.push(Suggestion { span: Self::cp_of(p, s, &r), label: label.clone(), score: score.clamp(0.0, 1.0) });
        }
    }

    /// Learns from what the annotator decided about a text (runs the shipped pipeline first).
    pub fn observe(&mut self, model: &Model, text: &Text, fb: &Feedback) -> Result<ObserveReport, LearnError> {
        self.observe_prepared(&Prepared::new(model, text), fb)
    }

    /// Learns from the decisions about a prepared text. Only sentences with a known decision (or all
    /// sentences of a done text) take part; the others are unknown, not negative. Observing the same
    /// feedback again changes nothing where the suggestions already agree with it.
    pub fn observe_prepared(&mut self, p: &Prepared, fb: &Feedback) -> Result<ObserveReport, LearnError> {
        for l in fb.known.iter().chain(&fb.rejected) {
            if self.label_id(&l.label).is_none() {
                return Err(LearnError::TooManyLabels(l.label.clone()));
            }
        }
        let mut report = ObserveReport::default();
        let mut wk = Work::default();
        // Per token of a sentence: fixed tag (known spans, done text), FREE or UNANCHORED.
        let mut fixed: Vec<usize> = Vec::new();
        let mut forbid: Vec<(usize, usize)> = Vec::new();
        for s in &p.sents {
            let n = s.toks.len();
            if n == 0 {
                continue;
            }
            let cp = p.sentence_cp(s);
            let touches = |l: &LabelledSpan| l.span.start < cp.end && cp.start < l.span.end;
            let any = fb.known.iter().chain(&fb.rejected).any(touches);
            if !any && !fb.done {
                continue;
            }
            let free = if fb.done { 0 } else { FREE };
            fixed.clear();
            fixed.resize(n, free);
            let tok_range = |l: &LabelledSpan| -> Option<Range<usize>> {
                let hit = |k: usize| {
                    let (a, b) = p.tok_cp[s.toks.start + k];
                    (a as usize) < l.span.end && l.span.start < b as usize
                };
                let a = (0..n).find(|&k| hit(k))?;
                let b = (a..n).rev().find(|&k| hit(k))?;
                Some(a..b + 1)
            };
            // A span whose edges fall inside tokens (an unspaced script the tokeniser keeps in one
            // run) cannot be taught as tokens: its tokens are left to the learner, not made its label.
            let aligned = |l: &LabelledSpan, r: &Range<usize>| {
                p.tok_cp[s.toks.start + r.start].0 as usize == l.span.start
                    && p.tok_cp[s.toks.start + r.end - 1].1 as usize == l.span.end
            };
            let mut known_here: Vec<Range<usize>> = Vec::new();
            for l in fb.known.iter().filter(|l| touches(l)) {
                let Some(r) = tok_range(l) else { continue };
                if !aligned(l, &r) {
                    for f in &mut fixed[r] {
                        *f = UNANCHORED;
                    }
                    continue;
                }
                if known_here.iter().any(|k| k.start < r.end && r.start < k.end) {
                    continue;
                }
                let Some(e) = self.labels.iter().position(|x| *x == l.label) else { continue };
                for k in r.clone() {
                    fixed[k] = if r.len() == 1 {
                        tag(e, 3)
                    } else if k == r.start {
                        tag(e, 0)
                    } else if k + 1 == r.end {
                        tag(e, 2)
                    } else {
                        tag(e, 1)
                    };
                }
                self.taught.insert(span_key(s.hash, &r, &l.label));
                known_here.push(r);
            }
            forbid.clear();
            for l in fb.rejected.iter().filter(|l| touches(l)) {
                let Some(r) = tok_range(l).filter(|r| aligned(l, r)) else { continue };
                let Some(e) = self.labels.iter().position(|x| *x == l.label) else { continue };
                self.rejected.insert(span_key(s.hash, &r, &l.label));
                // No span of this label may start where the rejected one starts or end where it ends
                // (unless a known span says otherwise).
                if known_here.iter().any(|k| k.start < r.end && r.start < k.end) {
                    continue;
                }
                forbid.extend([
                    (r.start, tag(e, 0)),
                    (r.start, tag(e, 3)),
                    (r.end - 1, tag(e, 2)),
                    (r.end - 1, tag(e, 3)),
                ]);
                // Inside a rejected span the shipped decision is no default: those tokens are left free.
                for f in &mut fixed[r] {
                    if *f == FREE {
                        *f = UNANCHORED;
                    }
                }
            }
            report.sentences += 1;
            if self.update_sentence(p, s, &fixed, &forbid, &mut wk) {
                report.updated += 1;
                for _ in 1..STEPS {
                    if !self.update_sentence(p, s, &fixed, &forbid, &mut wk) {
                        break;
                    }
                }
            }
            self.clock += 1.0;
        }
        Ok(report)
    }

    /// One passive-aggressive step on a sentence; whether the weights changed.
    fn update_sentence(
        &mut self,
        p: &Prepared,
        s: &PSentence,
        fixed: &[usize],
        forbid: &[(usize, usize)],
        wk: &mut Work,
    ) -> bool {
        let nt = self.nt;
        let n = s.toks.len();
        self.prior_path(s, &mut wk.prior);
        self.emissions(p, s, &wk.prior, false, &mut wk.emit);
        wk.lattice.decode(&wk.emit, &self.trans, nt, &mut wk.best);
        wk.masked.clear();
        wk.masked.extend_from_slice(&wk.emit);
        for (k, &f) in fixed.iter().enumerate() {
            let row = &mut wk.masked[k * nt..(k + 1) * nt];
            match f {
                UNANCHORED => {}
                // Undecided text keeps the shipped decision wherever it fits the known spans.
                FREE => row[wk.prior[k]] += ANCHOR,
                f => {
                    for (t, v) in row.iter_mut().enumerate() {
                        if t != f {
                            *v = f32::NEG_INFINITY;
                        }
                    }
                }
            }
        }
        for &(k, t) in forbid {
            wk.masked[k * nt + t] = f32::NEG_INFINITY;
        }
        wk.lattice.decode(&wk.masked, &self.trans, nt, &mut wk.target);
        let (best, target) = (&wk.best, &wk.target);
        // A contradictory set of constraints leaves no valid path: learn nothing from it.
        let consistent = target.iter().enumerate().all(|(k, &t)| wk.masked[k * nt + t].is_finite());
        if !consistent || best == target {
            return false;
        }
        let path_score = |tags: &[usize]| -> f32 {
            let mut sum = 0.0;
            for (k, &t) in tags.iter().enumerate() {
                let row = if k == 0 { nt } else { tags[k - 1] };
                sum += wk.emit[k * nt + t] + self.trans[row * nt + t];
            }
            sum
        };
        let mut diff = 0usize;
        let mut norm = 0usize;
        for k in 0..n {
            let i = s.toks.start + k;
            if best[k] != target[k] {
                diff += 1;
                norm += 2 * (p.offs[i + 1] - p.offs[i]) as usize;
            }
            let (pb, pt) = if k == 0 { (nt, nt) } else { (best[k - 1], target[k - 1]) };
            if (pb, best[k]) != (pt, target[k]) {
                norm += 2;
            }
        }
        let loss = path_score(best) - path_score(target) + MARGIN * (diff as f32).sqrt();
        if norm == 0 || loss <= 0.0 {
            return false;
        }
        let step = (loss / norm as f32).min(MAX_STEP);
        let cs = step * self.clock;
        for k in 0..n {
            let i = s.toks.start + k;
            let (pb, pt) = if k == 0 { (nt, nt) } else { (best[k - 1], target[k - 1]) };
            if (pb, best[k]) != (pt, target[k]) {
                self.trans[pt * nt + target[k]] += step;
                self.trans[pb * nt + best[k]] -= step;
                self.tu[pt * nt + target[k]] += cs;
                self.tu[pb * nt + best[k]] -= cs;
            }
            if best[k] == target[k] {
                continue;
            }
            for j in p.offs[i] as usize..p.offs[i + 1] as usize {
                let f = p.feats[j];
                let r = match self.rows.get(&f) {
                    Some(&r) => r as usize,
                    None => {
                        let r = self.keys.len();
                        self.rows.insert(f, r as u32);
                        self.keys.push(f);
                        self.w.resize(self.w.len() + nt, 0.0);
                        self.u.resize(self.u.len() + nt, 0.0);
                        r
                    }
                };
                self.w[r * nt + target[k]] += step;
                self.w[r * nt + best[k]] -= step;
                self.u[r * nt + target[k]] += cs;
                self.u[r * nt + best[k]] -= cs;
            }
        }
        self.updates += 1;
        true
    }

    /// Rebuilds a learner from a workspace's annotations, document after document (deterministic: the
    /// same documents in the same order give the same learner as observing them one by one).
    pub fn rebuild<'a>(
        model: &Model,
        map: LabelMap,
        docs: impl IntoIterator<Item = (&'a Text, &'a Feedback)>,
    ) -> Result<Learner, LearnError> {
        let mut l = Learner::new(map);
        for (text, fb) in docs {
            if !fb.is_empty() {
                l.observe(model, text, fb)?;
            }
        }
        Ok(l)
    }

    /// Compact bytes of the learned state (magic `SPLR`, versions, label map, labels, counters, then a
    /// deflated payload of the taught-span fingerprints, transitions and the sparse rows).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(FORMAT_VERSION);
        out.push(super::features::FEATURE_VERSION);
        let mut pl = Vec::new();
        put_varint(&mut pl, self.map.rename.len() as u64);
        for (a, b) in &self.map.rename {
            put_str(&mut pl, a);
            put_str(&mut pl, b);
        }
        pl.push(u8::from(self.map.keep_others));
        put_varint(&mut pl, self.labels.len() as u64);
        for l in &self.labels {
            put_str(&mut pl, l);
        }
        put_varint(&mut pl, self.updates);
        pl.extend_from_slice(&self.clock.to_le_bytes());
        for set in [&self.taught, &self.rejected] {
            let mut v: Vec<u64> = set.iter().copied().collect();
            v.sort_unstable();
            put_varint(&mut pl, v.len() as u64);
            for h in v {
                pl.extend_from_slice(&h.to_le_bytes());
            }
        }
        let nz: Vec<usize> = (0..self.trans.len()).filter(|&i| self.trans[i] != 0.0 || self.tu[i] != 0.0).collect();
        put_varint(&mut pl, nz.len() as u64);
        for i in nz {
            put_varint(&mut pl, i as u64);
            pl.extend_from_slice(&self.trans[i].to_le_bytes());
            pl.extend_from_slice(&self.tu[i].to_le_bytes());
        }
        let mut order: Vec<usize> = (0..self.keys.len()).collect();
        order.sort_unstable_by_key(|&r| self.keys[r]);
        put_varint(&mut pl, order.len() as u64);
        let mut prev = 0u32;
        for &r in &order {
            put_varint(&mut pl, u64::from(self.keys[r] - prev));
            prev = self.keys[r];
            let at = r * self.nt;
            let nz: Vec<usize> = (0..self.nt).filter(|&t| self.w[at + t] != 0.0 || self.u[at + t] != 0.0).collect();
            pl.push(nz.len() as u8);
            for t in nz {
                pl.push(t as u8);
                pl.extend_from_slice(&self.w[at + t].to_le_bytes());
                pl.extend_from_slice(&self.u[at + t].to_le_bytes());
            }
        }
        out.extend_from_slice(&(pl.len() as u32).to_le_bytes());
        out.extend(miniz_oxide::deflate::compress_to_vec(&pl, 6));
        out
    }

    /// Parses [`Learner::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Learner, LearnError> {
        if bytes.get(..4) != Some(MAGIC) {
            return Err(LearnError::BadMagic);
        }
        let version = *bytes.get(4).ok_or(LearnError::Truncated("version"))?;
        if version != FORMAT_VERSION {
            return Err(LearnError::UnsupportedVersion(version));
        }
        let fv = *bytes.get(5).ok_or(LearnError::Truncated("feature version"))?;
        if fv != super::features::FEATURE_VERSION {
            return Err(LearnError::FeatureVersion { found: fv, expected: super::features::FEATURE_VERSION });
        }
        let len = bytes.get(6..10).ok_or(LearnError::Truncated("payload length"))?;
        let raw_len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
        if raw_len > MAX_PAYLOAD {
            return Err(LearnError::Corrupt(format!("payload of {raw_len} bytes is too large")));
        }
        let pl = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes[10..], raw_len)
            .map_err(|e| LearnError::Corrupt(format!("cannot decompress: {e:?}")))?;
        if pl.len() != raw_len {
            return Err(LearnError::Corrupt("payload length mismatch".into()));
        }
        let mut r = Reader { b: &pl, pos: 0 };
        let n_map = r.count("label map")?;
        let mut rename = BTreeMap::new();
        for _ in 0..n_map {
            let a = r.str("label map")?;
            let b = r.str("label map")?;
            rename.insert(a, b);
        }
        let keep_others = match r.u8("label map")? {
            0 => false,
            1 => true,
            k => return Err(LearnError::Corrupt(format!("flag {k}"))),
        };
        let n_labels = r.count("labels")?;
        if n_labels > MAX_LABELS {
            return Err(LearnError::Corrupt(format!("{n_labels} labels")));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let l = r.str("labels")?;
            if labels.contains(&l) {
                return Err(LearnError::Corrupt(format!("label {l:?} twice")));
            }
            labels.push(l);
        }
        let nt = 1 + 4 * labels.len();
        let updates = r.varint("counters")?;
        let clock = r.f32("counters")?;
        if clock < 1.0 {
            return Err(LearnError::Corrupt(format!("clock {clock}")));
        }
        let mut sets = [FxHashSet::default(), FxHashSet::default()];
        for set in &mut sets {
            let n = r.count("span fingerprints")?;
            for _ in 0..n {
                let b = r.take(8, "span fingerprints")?;
                set.insert(u64::from_le_bytes(b.try_into().map_err(|_| LearnError::Truncated("span fingerprints"))?));
            }
        }
        let mut trans = vec![0.0; (nt + 1) * nt];
        let mut tu = vec![0.0; (nt + 1) * nt];
        let n_trans = r.count("transitions")?;
        for _ in 0..n_trans {
            let i = r.count("transitions")?;
            let (v, a) = (r.f32("transitions")?, r.f32("transitions")?);
            if i >= trans.len() {
                return Err(LearnError::Corrupt(format!("transition {i} out of range")));
            }
            (trans[i], tu[i]) = (v, a);
        }
        let n_rows = r.count("rows")?;
        let mut keys = Vec::with_capacity(n_rows);
        let mut w = vec![0.0; n_rows * nt];
        let mut u = vec![0.0; n_rows * nt];
        let mut rows = FxHashMap::default();
        let mut key = 0u32;
        for i in 0..n_rows {
            let d = u32::try_from(r.varint("rows")?).map_err(|_| LearnError::Corrupt("feature key".into()))?;
            key = key.checked_add(d).ok_or_else(|| LearnError::Corrupt("feature key overflows".into()))?;
            if (i > 0 && d == 0) || rows.insert(key, i as u32).is_some() {
                return Err(LearnError::Corrupt("feature keys are not strictly increasing".into()));
            }
            keys.push(key);
            let m = r.u8("rows")?;
            for _ in 0..m {
                let t = r.u8("rows")? as usize;
                let (v, a) = (r.f32("rows")?, r.f32("rows")?);
                if t >= nt {
                    return Err(LearnError::Corrupt(format!("tag {t} out of range")));
                }
                (w[i * nt + t], u[i * nt + t]) = (v, a);
            }
        }
        if r.pos != pl.len() {
            return Err(LearnError::Corrupt("trailing bytes".into()));
        }
        let [taught, rejected] = sets;
        Ok(Learner {
            map: LabelMap { rename, keep_others },
            labels,
            nt,
            rows,
            keys,
            w,
            trans,
            u,
            tu,
            clock,
            updates,
            taught,
            rejected,
        })
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], LearnError> {
        let end = self.pos.checked_add(n).ok_or(LearnError::Truncated(what))?;
        let s = self.b.get(self.pos..end).ok_or(LearnError::Truncated(what))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, what: &'static str) -> Result<u8, LearnError> {
        Ok(self.take(1, what)?[0])
    }
    fn f32(&mut self, what: &'static str) -> Result<f32, LearnError> {
        let s = self.take(4, what)?;
        let v = f32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(LearnError::Corrupt(format!("{what}: weight is not finite")))
        }
    }
    fn varint(&mut self, what: &'static str) -> Result<u64, LearnError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8(what)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LearnError::Corrupt(format!("{what}: varint too long")))
    }
    /// A count or index, bounded by the payload size (nothing can have more items than bytes).
    fn count(&mut self, what: &'static str) -> Result<usize, LearnError> {
        let v = self.varint(what)?;
        usize::try_from(v)
            .ok()
            .filter(|&n| n <= self.b.len() * 8)
            .ok_or_else(|| LearnError::Corrupt(format!("{what}: count {v} too large")))
    }
    fn str(&mut self, what: &'static str) -> Result<String, LearnError> {
        let n = self.count(what)?;
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| LearnError::Corrupt(format!("{what}: not UTF-8")))
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

fn hash_str(s: &str) -> u32 {
    let mut h = Fnv64::new();
    h.bytes(s.as_bytes());
    (h.0 ^ (h.0 >> 32)) as u32
}

/// Hash of a shipped-decision feature (template byte ≥ 0xa0, distinct from the shipped model's templates);
/// never 0.
fn mix(parts: &[u32]) -> u32 {
    let mut h = Fnv64::new();
    for p in parts {
        h.bytes(&p.to_le_bytes());
    }
    let v = (h.0 ^ (h.0 >> 29)) as u32 ^ (h.0 >> 32) as u32;
    v.max(1)
}

fn span_key(sentence: u64, r: &Range<usize>, label: &str) -> u64 {
    let mut h = Fnv64(sentence);
    h.bytes(&(r.start as u64).to_le_bytes());
    h.bytes(&(r.end as u64).to_le_bytes());
    h.bytes(label.as_bytes());
    h.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_growth_keeps_weights() {
        let mut l = Learner::new(LabelMap::only([("PERSON", "per")]));
        assert_eq!(l.labels(), ["per"]);
        l.keys.push(7);
        l.rows.insert(7, 0);
        l.w = vec![0.5, 1.0, 2.0, 3.0, 4.0];
        l.trans[5 * 5 + 1] = 9.0;
        assert_eq!(l.label_id("DRUG"), Some(1));
        assert_eq!(l.nt, 9);
        assert_eq!(&l.w[..9], &[0.5, 1.0, 2.0, 3.0, 4.0, 0.0, 0.0, 0.0, 0.0]);
        // The start row moved from row 5 to row 9.
        assert_eq!(l.trans[9 * 9 + 1], 9.0);
        assert_eq!(l.label_id("per"), Some(0));
    }

    #[test]
    fn malformed_bytes_are_errors() {
        let b = Learner::new(LabelMap::identity()).to_bytes();
        assert!(Learner::from_bytes(&b).is_ok());
        assert_eq!(Learner::from_bytes(b"nope").unwrap_err(), LearnError::BadMagic);
        for cut in 0..b.len() {
            assert!(Learner::from_bytes(&b[..cut]).is_err(), "cut at {cut}");
        }
        let mut v = b.clone();
        v[4] = 9;
        assert_eq!(Learner::from_bytes(&v).unwrap_err(), LearnError::UnsupportedVersion(9));
    }
}

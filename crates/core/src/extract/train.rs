//! Training the tagger: a structured averaged perceptron with constrained Viterbi decoding.
//!
//! Invariants:
//! - Deterministic: the same sentences, config and seed give byte-identical models (no hash-map iteration
//!   order or clock is used; shuffling uses a seeded SplitMix64).
//! - Features come from [`super::features::sentence_features`], exactly as at inference time.

use super::features::{sentence_features, Clusters, Lexicon};
use super::gazetteer::Gazetteer;
use super::score::SplitMix;
use super::tagger::{n_tags, spans_to_tags, viterbi, Model};
use std::collections::HashMap;
use std::ops::Range;

/// One training sentence: words and entity spans (token ranges, label index into the config's labels).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainSentence {
    pub words: Vec<String>,
    pub spans: Vec<(Range<usize>, usize)>,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub labels: Vec<String>,
    pub epochs: usize,
    pub seed: u64,
    /// Features seen fewer times than this in the training data are ignored.
    pub min_count: u32,
    /// Quantised weights with a magnitude below this are dropped from the model.
    pub min_weight: i8,
    /// Quantile of |weight| mapped to the largest i8 value (larger weights are clamped).
    pub clip_quantile: f64,
    /// Word clusters for the cluster features (empty: none), stored in the model.
    pub clusters: Clusters,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            labels: super::tagger::ENTITY_LABELS.iter().map(|s| s.to_string()).collect(),
            epochs: 10,
            seed: 42,
            min_count: 2,
            min_weight: 1,
            clip_quantile: 1.0,
            clusters: Clusters::default(),
        }
    }
}

struct Prepared {
    rows: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<usize>,
}

/// Trains a model. `progress(epoch, wrong_sentences)` is called after each epoch.
pub fn train(sents: &[TrainSentence], cfg: &TrainConfig, mut progress: impl FnMut(usize, usize)) -> Model {
    let nt = n_tags(cfg.labels.len());
    let gaz = Gazetteer::new();
    let lex = Lexicon::learn(sents.iter().map(|s| s.words.as_slice()), 3).with_clusters(cfg.clusters.clone());
    let (mut feats, mut offsets) = (Vec::new(), Vec::new());
    // Pass 1: count features.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        sentence_features(&words, &gaz, &lex, &mut feats, &mut offsets);
        for &f in &feats {
            *counts.entry(f).or_insert(0) += 1;
        }
    }
    // Pass 2: row ids in order of first appearance (deterministic).
    let mut row_of: HashMap<u32, u32> = HashMap::new();
    let mut keys: Vec<u32> = Vec::new();
    let mut data = Vec::with_capacity(sents.len());
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        sentence_features(&words, &gaz, &lex, &mut feats, &mut offsets);
        let mut rows = Vec::with_capacity(feats.len());
        let mut offs = Vec::with_capacity(offsets.len());
        for i in 0..words.len() {
            offs.push(rows.len());
            for &f in &feats[offsets[i]..offsets[i + 1]] {
                if counts.get(&f).copied().unwrap_or(0) < cfg.min_count {
                    continue;
                }
                let r = *row_of.entry(f).or_insert_with(|| {
                    keys.push(f);
                    (keys.len() - 1) as u32
                });
                rows.push(r);
            }
        }
        offs.push(rows.len());
        let valid: Vec<(Range<usize>, usize)> =
            s.spans.iter().filter(|(r, e)| r.end <= words.len() && *e < cfg.labels.len()).cloned().collect();
        data.push(Prepared { rows, offsets: offs, gold: spans_to_tags(words.len(), &valid) });
    }
    drop(counts);
    let n_rows = keys.len();
    let mut w = vec![0f32; n_rows * nt];
    let mut u = vec![0f64; n_rows * nt];
    let mut tw = vec![0f32; (nt + 1) * nt];
    let mut tu = vec![0f64; (nt + 1) * nt];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(cfg.seed);
    let mut emit = Vec::new();
    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next_u64() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut wrong = 0;
        for &k in &order {
            let d = &data[k];
            let n = d.gold.len();
            if n == 0 {
                continue;
            }
            emissions(&w, nt, &d.rows, &d.offsets, &mut emit);
            let pred = viterbi(&emit, &tw, nt);
            if pred != d.gold {
                wrong += 1;
                for i in 0..n {
                    let (g, p) = (d.gold[i], pred[i]);
                    if g != p {
                        for &r in &d.rows[d.offsets[i]..d.offsets[i + 1]] {
                            let r = r as usize * nt;
                            w[r + g] += 1.0;
                            u[r + g] += c;
                            w[r + p] -= 1.0;
                            u[r + p] -= c;
                        }
                    }
                    let gp = if i == 0 { nt } else { d.gold[i - 1] };
                    let pp = if i == 0 { nt } else { pred[i - 1] };
                    if (gp, g) != (pp, p) {
                        tw[gp * nt + g] += 1.0;
                        tu[gp * nt + g] += c;
                        tw[pp * nt + p] -= 1.0;
                        tu[pp * nt + p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        progress(epoch + 1, wrong);
    }
    // Averaging: avg = w - u / c.
    let avg: Vec<f32> = w.iter().zip(&u).map(|(&a, &b)| (f64::from(a) - b / c) as f32).collect();
    let tavg: Vec<f32> = tw.iter().zip(&tu).map(|(&a, &b)| (f64::from(a) - b / c) as f32).collect();
    drop((w, u));
    // Quantise: the 99.9th percentile of |w| maps to 127.
    let mut mags: Vec<f32> = avg.iter().map(|v| v.abs()).filter(|&v| v > 0.0).collect();
    let clip = if mags.is_empty() {
        1.0
    } else {
        let k = ((mags.len() as f64) * cfg.clip_quantile.clamp(0.5, 1.0)) as usize;
        let k = k.min(mags.len() - 1);
        *mags.select_nth_unstable_by(k, f32::total_cmp).1
    };
    drop(mags);
    let scale = (clip / 127.0).max(f32::MIN_POSITIVE);
    let mut rows = Vec::new();
    for (r, &key) in keys.iter().enumerate() {
        let entries: Vec<(u8, i8)> = (0..nt)
            .filter_map(|t| {
                let q = (avg[r * nt + t] / scale).round().clamp(-127.0, 127.0) as i8;
                (q.unsigned_abs() >= cfg.min_weight.unsigned_abs().max(1)).then_some((t as u8, q))
            })
            .collect();
        if !entries.is_empty() {
            rows.push((key, entries));
        }
    }
    let mut model = Model::from_parts(cfg.labels.clone(), scale, 1.0, tavg, rows, lex);
    let t = calibrate(&model, sents);
    model.set_temperature(t);
    model
}

fn emissions(w: &[f32], nt: usize, rows: &[u32], offsets: &[usize], out: &mut Vec<f32>) {
    let n = offsets.len() - 1;
    out.clear();
    out.resize(n * nt, 0.0);
    for i in 0..n {
        let o = &mut out[i * nt..(i + 1) * nt];
        for &r in &rows[offsets[i]..offsets[i + 1]] {
            let r = r as usize * nt;
            for (a, b) in o.iter_mut().zip(&w[r..r + nt]) {
                *a += b;
            }
        }
    }
}

/// Temperature so that a token whose margin over the runner-up tag is the median margin on
/// (a sample of) the training data gets confidence 0.9.
fn calibrate(model: &Model, sents: &[TrainSentence]) -> f32 {
    let mut margins = Vec::new();
    for s in sents.iter().step_by((sents.len() / 2000).max(1)) {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        margins.extend(model.margins(&words));
    }
    if margins.is_empty() {
        return 1.0;
    }
    let k = margins.len() / 2;
    let m = *margins.select_nth_unstable_by(k, f32::total_cmp).1;
    (m / 9f32.ln()).max(1e-3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(words: &str, spans: &[(Range<usize>, usize)]) -> TrainSentence {
        TrainSentence { words: words.split(' ').map(String::from).collect(), spans: spans.to_vec() }
    }

    #[test]
    fn tiny_training_learns_and_is_deterministic() {
        // label 0 = PERSON, 2 = GPE
        let data = vec![
            sent("Mr. Smith visited Paris today .", &[(1..2, 0), (3..4, 2)]),
            sent("Mr. Jones visited Rome .", &[(1..2, 0), (3..4, 2)]),
            sent("Mr. Brown left Berlin yesterday .", &[(1..2, 0), (3..4, 2)]),
            sent("They visited Madrid .", &[(2..3, 2)]),
            sent("Mr. Green said nothing .", &[(1..2, 0)]),
        ];
        let cfg = TrainConfig { epochs: 8, min_count: 1, ..TrainConfig::default() };
        let m = train(&data, &cfg, |_, _| {});
        let m2 = train(&data, &cfg, |_, _| {});
        assert_eq!(m.to_bytes(), m2.to_bytes());
        let spans = m.tag_words(&["Mr.", "White", "visited", "Paris", "."]);
        let got: Vec<(Range<usize>, usize)> = spans.iter().map(|s| (s.tokens.clone(), s.label)).collect();
        assert_eq!(got, vec![(1..2, 0), (3..4, 2)]);
        assert!(spans.iter().all(|s| (0.0..=1.0).contains(&s.score)));
        let back = Model::from_bytes(&m.to_bytes()).expect("loads");
        assert_eq!(back.tag_words(&["Mr.", "White", "visited", "Paris", "."]), spans);
    }
}

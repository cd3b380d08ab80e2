//! Span-level scores of an extractor against gold data: precision, recall and F1 from match counts, and
//! bootstrap confidence intervals over the evaluation's units (sentences or documents).
//!
//! Invariants:
//! - Scores are micro-averaged over units: the counts of every unit are summed before dividing.
//! - The bootstrap is deterministic: the same counts, number of resamples and seed give the same interval;
//!   `lo <= hi`, both in [0, 1] (the point estimate is usually, not always, inside).

use std::ops::AddAssign;

/// Matches of predicted against gold spans: true positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

impl Counts {
    /// Precision, recall and F1 (each 0 when undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }

    pub fn f1(&self) -> f64 {
        self.prf().2
    }
}

/// Seeded SplitMix64: a small, well-mixed generator for resampling (no dependence on a clock).
#[derive(Debug, Clone)]
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform index below `n` (`n > 0`), by multiply-shift (bias below 2⁻³² for the sizes used here).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }
}

/// A percentile bootstrap interval of micro F1: `resamples` times, draw as many units as there are, with
/// replacement, and score their summed counts; the interval holds the central `level` of those scores
/// (e.g. 0.95). `None` when there are no units or no resamples.
pub fn bootstrap_f1(units: &[Counts], resamples: usize, level: f64, seed: u64) -> Option<(f64, f64)> {
    if units.is_empty() || resamples == 0 {
        return None;
    }
    let mut rng = SplitMix(seed);
    let mut scores: Vec<f64> = (0..resamples)
        .map(|_| {
            let mut c = Counts::default();
            for _ in 0..units.len() {
                c += units[rng.below(units.len())];
            }
            c.f1()
        })
        .collect();
    scores.sort_by(f64::total_cmp);
    let tail = (1.0 - level.clamp(0.0, 1.0)) / 2.0;
    let at = |q: f64| scores[((q * resamples as f64).floor() as usize).min(resamples - 1)];
    Some((at(tail), at(1.0 - tail)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn prf_of_counts() {
        assert_eq!(c(0, 0, 0).prf(), (0.0, 0.0, 0.0));
        let (p, r, f) = c(3, 1, 2).prf();
        assert!((p - 0.75).abs() < 1e-12 && (r - 0.6).abs() < 1e-12);
        assert!((f - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }

    #[test]
    fn identical_units_give_a_point_interval() {
        let units = vec![c(2, 1, 1); 50];
        let (lo, hi) = bootstrap_f1(&units, 200, 0.95, 7).unwrap();
        assert!((lo - c(2, 1, 1).f1()).abs() < 1e-12 && (hi - lo).abs() < 1e-12);
    }

    #[test]
    fn interval_is_deterministic_contains_the_estimate_and_narrows_with_more_units() {
        // Half the units perfect, half all wrong: F1 0.5 overall.
        let mixed: Vec<Counts> = (0..40).map(|i| if i % 2 == 0 { c(1, 0, 0) } else { c(0, 1, 1) }).collect();
        let a = bootstrap_f1(&mixed, 500, 0.95, 1).unwrap();
        assert_eq!(a, bootstrap_f1(&mixed, 500, 0.95, 1).unwrap());
        assert!(a.0 < 0.5 && 0.5 < a.1 && a.0 >= 0.0 && a.1 <= 1.0, "{a:?}");
        let many: Vec<Counts> = mixed.iter().cycle().take(4000).copied().collect();
        let b = bootstrap_f1(&many, 500, 0.95, 1).unwrap();
        assert!(b.1 - b.0 < (a.1 - a.0) / 3.0, "{a:?} vs {b:?}");
        assert!(b.0 < 0.5 && 0.5 < b.1);
        assert_eq!(bootstrap_f1(&[], 10, 0.95, 1), None);
    }
}

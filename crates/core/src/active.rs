//! "Most informative first": the order in which the queue asks an annotator about documents when it
//! follows the learner's doubt ([`crate::extract::learn::Learner::uncertainty`]) instead of the corpus
//! order, with diversity, so that the same entity string is not asked about again and again.
//!
//! A candidate's worth is its uncertainty times its novelty: `0.25 + 0.75 × n`, where `n` is the mean,
//! over its distinct entity strings, of `1 / (1 + times the string was already annotated or already
//! placed earlier in this order)` (1 for a candidate without strings). [`greedy_order`] places the
//! worthiest candidate first, then the worthiest given that one, and so on (lazily: worths only fall)
//! for the first [`GREEDY_PLACES`], then the rest by worth.
//! [`informative_order`] takes every [`EXPLORE_EVERY`]-th place from the corpus order instead, so the
//! learner also sees typical documents: measured with `spandrel simulate --order uncertain` on WikiANN
//! and GMB, pure uncertainty picked fragments and lists whose annotation the learner could not
//! generalise from, and fell below corpus order on Wikipedia text.
//!
//! Invariants:
//! - Pure and deterministic: the same candidates and history give the same order; ties go to the
//!   candidate given first (the corpus order).
//! - Every candidate appears exactly once.
//! - Novelty only lowers a worth, never below a quarter of the uncertainty: diversity reorders documents
//!   of similar doubt, it does not bury a very uncertain one.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// The order the queue walks (a workspace preference).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QueueOrder {
    /// [`informative_order`], re-ranked after each learning step.
    Informative,
    /// The corpus order (import order); also what an unknown stored word reads as.
    #[default]
    #[serde(other)]
    Corpus,
}

impl QueueOrder {
    /// The form value and stored word.
    pub fn value(self) -> &'static str {
        match self {
            QueueOrder::Corpus => "corpus",
            QueueOrder::Informative => "informative",
        }
    }

    /// From a form value; anything else is the corpus order.
    pub fn from_value(v: &str) -> QueueOrder {
        if v == "informative" {
            QueueOrder::Informative
        } else {
            QueueOrder::Corpus
        }
    }
}

/// One document of the queue, as the ranking sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Candidate {
    /// The learner's doubt about it (larger: less sure).
    pub uncertainty: f32,
    /// Its entity strings as the learner reads them, [`normalise`]d.
    pub strings: Vec<String>,
}

impl Candidate {
    /// A document as the learner reads it (`Learner::uncertainty` of its prepared `text`): its largest
    /// token doubt, and the text of its entity spans, normalised.
    pub fn of(u: &crate::extract::learn::Uncertainty, text: &crate::text::Text) -> Candidate {
        let strings = u.spans.iter().filter_map(|s| text.slice_cp(s.range()).ok()).map(normalise).collect();
        Candidate { uncertainty: u.max, strings }
    }
}

/// How many times each normalised entity string was annotated already.
pub type Seen = HashMap<String, u32>;

/// The form under which entity strings are compared: lower case, inner whitespace collapsed.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Counts the entity strings of annotated documents into `seen`.
pub fn note_seen<'a>(seen: &mut Seen, strings: impl IntoIterator<Item = &'a str>) {
    for s in strings {
        *seen.entry(normalise(s)).or_insert(0) += 1;
    }
}

/// The worth rule: `uncertainty × (0.25 + 0.75 × novelty)`, novelty being the mean of `1 / (1 + seen)`
/// over the counts of a candidate's distinct strings (1 without strings).
fn worth_of(uncertainty: f32, seen_counts: impl ExactSizeIterator<Item = u32>) -> f32 {
    let u = if uncertainty.is_finite() { uncertainty.max(0.0) } else { 0.0 };
    let n = seen_counts.len();
    let novelty = if n == 0 { 1.0 } else { seen_counts.map(|c| 1.0 / (1.0 + c as f32)).sum::<f32>() / n as f32 };
    u * (0.25 + 0.75 * novelty)
}

/// A candidate's worth given what was seen.
pub fn worth(c: &Candidate, seen: &Seen) -> f32 {
    let mut distinct: Vec<&String> = c.strings.iter().collect();
    distinct.sort();
    distinct.dedup();
    worth_of(c.uncertainty, distinct.into_iter().map(|s| seen.get(s).copied().unwrap_or(0)))
}

struct Entry {
    worth: f32,
    index: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Worthier first; among equals, the earlier candidate.
    fn cmp(&self, other: &Self) -> Ordering {
        self.worth.total_cmp(&other.worth).then_with(|| other.index.cmp(&self.index))
    }
}

/// Places of [`greedy_order`] chosen one after another (each lowering the worth of the documents that
/// share its strings); past them the rest follows by worth, as the queue is ranked again after each
/// learning step long before it gets there.
pub const GREEDY_PLACES: usize = 256;

/// Every this many places of [`informative_order`], one comes from the corpus order.
pub const EXPLORE_EVERY: usize = 2;

/// The queue's order: [`greedy_order`], with every [`EXPLORE_EVERY`]-th place (the 2nd, 4th, …) given to
/// the first candidate in corpus order (index order) not yet placed.
pub fn informative_order(candidates: &[Candidate], seen: &Seen) -> Vec<usize> {
    let greedy = greedy_order(candidates, seen);
    let mut placed = vec![false; candidates.len()];
    let mut out = Vec::with_capacity(candidates.len());
    let (mut g, mut corpus) = (greedy.iter(), 0usize);
    while out.len() < candidates.len() {
        let next = if (out.len() + 1).is_multiple_of(EXPLORE_EVERY) {
            while corpus < placed.len() && placed[corpus] {
                corpus += 1;
            }
            Some(corpus)
        } else {
            g.by_ref().copied().find(|&i| !placed[i])
        };
        match next {
            Some(i) if i < placed.len() => {
                placed[i] = true;
                out.push(i);
            }
            _ => break,
        }
    }
    // Whatever is left (one source ran dry first), in greedy order.
    out.extend(greedy.into_iter().filter(|&i| !placed[i]).collect::<Vec<_>>());
    out
}

/// The indices of `candidates` by worth alone (see the module documentation). `seen` holds the strings
/// of documents already annotated.
pub fn greedy_order(candidates: &[Candidate], seen: &Seen) -> Vec<usize> {
    // Strings as small numbers, each candidate's distinct ones once; counts of what was seen.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut count: Vec<u32> = Vec::new();
    let strings: Vec<Vec<usize>> = candidates
        .iter()
        .map(|c| {
            let mut v: Vec<usize> = c
                .strings
                .iter()
                .map(|s| {
                    let next = ids.len();
                    let id = *ids.entry(s.as_str()).or_insert(next);
                    if id == count.len() {
                        count.push(seen.get(s.as_str()).copied().unwrap_or(0));
                    }
                    id
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let worth_now =
        |i: usize, count: &[u32]| -> f32 { worth_of(candidates[i].uncertainty, strings[i].iter().map(|&s| count[s])) };
    let mut heap: BinaryHeap<Entry> =
        (0..candidates.len()).map(|index| Entry { worth: worth_now(index, &count), index }).collect();
    let mut out = Vec::with_capacity(candidates.len());
    while out.len() < GREEDY_PLACES {
        let Some(top) = heap.pop() else { break };
        let now = worth_now(top.index, &count);
        // Worths only fall as strings are seen: a stale entry is put back with its current worth.
        if now < top.worth {
            if let Some(next) = heap.peek() {
                if (Entry { worth: now, index: top.index }) < *next {
                    heap.push(Entry { worth: now, index: top.index });
                    continue;
                }
            }
        }
        for &s in &strings[top.index] {
            count[s] += 1;
        }
        out.push(top.index);
    }
    // Past the greedy places (re-ranked after each learning step long before they are reached), by
    // the worth each had then.
    let mut rest: Vec<Entry> = heap.into_vec();
    for e in &mut rest {
        e.worth = worth_now(e.index, &count);
    }
    rest.sort_unstable_by(|a, b| b.cmp(a));
    out.extend(rest.into_iter().map(|e| e.index));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(u: f32, strings: &[&str]) -> Candidate {
        Candidate { uncertainty: u, strings: strings.iter().map(|s| normalise(s)).collect() }
    }

    #[test]
    fn the_queue_order_is_stored_as_a_word_and_an_unknown_word_is_the_corpus_order() {
        assert_eq!(serde_json::to_string(&QueueOrder::Informative).unwrap(), "\"informative\"");
        assert_eq!(serde_json::from_str::<QueueOrder>("\"informative\"").unwrap(), QueueOrder::Informative);
        assert_eq!(serde_json::from_str::<QueueOrder>("\"shuffled\"").unwrap(), QueueOrder::Corpus);
        for o in [QueueOrder::Corpus, QueueOrder::Informative] {
            assert_eq!(QueueOrder::from_value(o.value()), o);
        }
    }

    #[test]
    fn the_most_uncertain_comes_first_and_ties_keep_the_corpus_order() {
        let cands = [c(1.0, &[]), c(3.0, &[]), c(2.0, &[]), c(3.0, &[])];
        assert_eq!(greedy_order(&cands, &Seen::new()), vec![1, 3, 2, 0]);
        // Every second place goes to the corpus order.
        assert_eq!(informative_order(&cands, &Seen::new()), vec![1, 0, 3, 2]);
    }

    #[test]
    fn a_string_already_asked_about_is_not_asked_again_at_once() {
        // Three documents about "Tuesday", one a little less uncertain about "Oslo".
        let cands = [c(4.0, &["Tuesday"]), c(4.0, &["tuesday"]), c(4.0, &["TUESDAY "]), c(3.0, &["Oslo"])];
        let order = greedy_order(&cands, &Seen::new());
        assert_eq!(order[0], 0);
        assert_eq!(order[1], 3, "after one Tuesday, Oslo is worth more than a second Tuesday: {order:?}");
        assert_eq!(order.len(), 4);
        // Strings annotated before count too.
        let mut seen = Seen::new();
        note_seen(&mut seen, ["Tuesday"]);
        assert_eq!(greedy_order(&cands, &seen)[0], 3);
    }

    #[test]
    fn novelty_never_buries_a_much_more_uncertain_document() {
        let mut seen = Seen::new();
        for _ in 0..50 {
            note_seen(&mut seen, ["Paris"]);
        }
        let cands = [c(1.0, &["Rome"]), c(10.0, &["Paris"])];
        assert_eq!(greedy_order(&cands, &seen), vec![1, 0]);
        assert!((worth(&cands[1], &seen) - 10.0 * (0.25 + 0.75 / 51.0)).abs() < 1e-5);
    }

    #[test]
    fn every_candidate_appears_once_and_the_order_is_deterministic() {
        let cands: Vec<Candidate> =
            (0..500).map(|i| c((i * 7919 % 97) as f32 / 10.0, &[["a", "b", "c", "d"][i % 4]])).collect();
        for order in [greedy_order(&cands, &Seen::new()), informative_order(&cands, &Seen::new())] {
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..500).collect::<Vec<_>>());
        }
        assert_eq!(informative_order(&cands, &Seen::new()), informative_order(&cands, &Seen::new()));
        assert_eq!(informative_order(&[], &Seen::new()), Vec::<usize>::new());
        assert_eq!(informative_order(&[c(1.0, &[])], &Seen::new()), vec![0]);
        // Not-a-number doubt counts as none.
        assert_eq!(greedy_order(&[c(f32::NAN, &[]), c(0.5, &[])], &Seen::new()), vec![1, 0]);
    }
}

//! Who annotates which document of a team project: automatic assignment with overlap, and the
//! per-annotator queue that follows from it.
//!
//! A lead asks for each document to go to one annotator, and for a share of them (the overlap) to go
//! to `k` annotators, so that agreement can be measured on those. [`assign`] answers with the
//! annotators of every document.
//!
//! Invariants:
//! - Deterministic: the same documents, annotators, earlier assignment and rule give the same answer,
//!   whatever the order the annotators are listed in.
//! - Stable: a document keeps the annotators it had (those still in the team); only documents without
//!   enough annotators get new ones. Adding documents or members never moves an earlier assignment.
//! - Balanced: each new slot goes to the annotator with the fewest documents (ties broken by a hash of
//!   the document and the annotator, so no one is always first); from an empty assignment every
//!   annotator's load is within one document of every other's.
//! - A document's annotators are distinct, and at most as many as there are annotators.
//! - The overlapped documents are `round(share × documents)` (counting those already overlapped),
//!   chosen by a hash of their id, so they are spread over the corpus rather than its start.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many annotators a document gets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// The share of documents (0.0–1.0) that go to `overlap_k` annotators.
    pub overlap_share: f64,
    /// Annotators per overlapped document (at least 2 to mean anything).
    pub overlap_k: usize,
}

impl Default for Rule {
    fn default() -> Self {
        Rule { overlap_share: 0.0, overlap_k: 2 }
    }
}

/// Why an assignment cannot be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AssignError {
    #[error("there is no annotator to assign documents to")]
    NoAnnotators,
    #[error("the overlap share must be between 0 and 100 %, not {0}")]
    BadShare(f64),
    #[error("the annotators per overlapped document must be at least 2, not {0}")]
    BadOverlapK(usize),
}

/// FNV-1a over the parts, with a separator: a stable hash (the same on every platform and run).
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    // Final mix (splitmix64's), so nearby inputs spread over the whole range.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The annotators of every document, in corpus order: `docs` gives each document's id and its current
/// annotators (empty when unassigned), `annotators` the team. Annotators no longer in the team lose
/// their documents, which go to others.
pub fn assign(
    docs: &[(String, Vec<String>)],
    annotators: &[String],
    rule: Rule,
) -> Result<Vec<(String, Vec<String>)>, AssignError> {
    if !(0.0..=1.0).contains(&rule.overlap_share) || rule.overlap_share.is_nan() {
        return Err(AssignError::BadShare(rule.overlap_share * 100.0));
    }
    if rule.overlap_k < 2 {
        return Err(AssignError::BadOverlapK(rule.overlap_k));
    }
    let team: BTreeSet<&str> = annotators.iter().map(|a| a.trim()).filter(|a| !a.is_empty()).collect();
    if team.is_empty() {
        return Err(AssignError::NoAnnotators);
    }
    let k = rule.overlap_k.min(team.len());
    // Keep what stands: each document's annotators still in the team, without repeats.
    let mut out: Vec<(String, Vec<String>)> = docs
        .iter()
        .map(|(id, had)| {
            let mut seen = BTreeSet::new();
            let kept = had.iter().filter(|a| team.contains(a.as_str()) && seen.insert(a.as_str())).cloned().collect();
            (id.clone(), kept)
        })
        .collect();
    // Which documents are overlapped: those already overlapped, then the new ones with the smallest
    // hash until the share is reached.
    let target = (rule.overlap_share * docs.len() as f64).round() as usize;
    let overlapped_now = if k >= 2 { out.iter().filter(|(_, a)| a.len() >= 2).count() } else { 0 };
    let mut candidates: Vec<(u64, usize)> =
        out.iter().enumerate().filter(|(_, (_, a))| a.len() < 2).map(|(i, (id, _))| (hash(&[id]), i)).collect();
    candidates.sort_unstable();
    let mut want = vec![1usize; out.len()];
    for (i, (_, a)) in out.iter().enumerate() {
        if a.len() >= 2 {
            want[i] = a.len().min(k).max(2).min(team.len());
        }
    }
    if k >= 2 {
        for &(_, i) in candidates.iter().take(target.saturating_sub(overlapped_now)) {
            want[i] = k;
        }
    }
    // Fill the missing slots, each to the least loaded annotator not yet on the document.
    let mut load: HashMap<&str, usize> = team.iter().map(|a| (*a, 0)).collect();
    for (_, a) in &out {
        for x in a {
            if let Some(n) = load.get_mut(x.as_str()) {
                *n += 1;
            }
        }
    }
    let team: Vec<&str> = team.into_iter().collect();
    for (i, (id, assigned)) in out.iter_mut().enumerate() {
        while assigned.len() < want[i] {
            let pick = team
                .iter()
                .filter(|a| !assigned.iter().any(|x| x == **a))
                .min_by_key(|a| (load[**a], hash(&[id, a])))
                .copied();
            let Some(a) = pick else { break };
            *load.get_mut(a).expect("every team member has a load") += 1;
            assigned.push(a.to_owned());
        }
    }
    Ok(out)
}

/// Per annotator: how many documents are assigned to them, and how many of those to others as well.
pub fn loads(assigned: &[(String, Vec<String>)]) -> BTreeMap<String, (usize, usize)> {
    let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (_, a) in assigned {
        for x in a {
            let e = out.entry(x.clone()).or_default();
            e.0 += 1;
            if a.len() > 1 {
                e.1 += 1;
            }
        }
    }
    out
}

/// Whether `user`'s queue holds a document assigned to `assigned`: in a project that assigns (some
/// document has annotators), a document is in the queues of its annotators only; in one that does not,
/// every document is in every queue.
pub fn in_queue(assigned: &[String], user: &str, project_assigns: bool) -> bool {
    !project_assigns || assigned.iter().any(|a| a == user)
}

/// Parses a list of account names as a lead types it: separated by commas, spaces or new lines;
/// repeats dropped, order kept.
pub fn parse_names(s: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    s.split(|c: char| c == ',' || c.is_whitespace())
        .map(str::trim)
        .filter(|n| !n.is_empty() && seen.insert(n.to_owned()))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh(n: usize) -> Vec<(String, Vec<String>)> {
        (1..=n).map(|i| (format!("doc-{i}"), Vec::new())).collect()
    }
    fn team(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("ann{i}")).collect()
    }
    fn rule(share: f64) -> Rule {
        Rule { overlap_share: share, overlap_k: 2 }
    }

    #[test]
    fn forty_documents_two_annotators_quarter_overlap() {
        let a = assign(&fresh(40), &team(2), rule(0.25)).unwrap();
        let overlapped = a.iter().filter(|(_, x)| x.len() == 2).count();
        assert_eq!(overlapped, 10);
        assert!(a.iter().all(|(_, x)| !x.is_empty() && x.len() <= 2));
        let l = loads(&a);
        // 40 + 10 slots over 2 annotators: 25 each.
        assert_eq!(l["ann1"].0, 25);
        assert_eq!(l["ann2"].0, 25);
        // The overlapped documents are spread, not the first ten.
        let first_ten = a.iter().take(10).filter(|(_, x)| x.len() == 2).count();
        assert!(first_ten < 10);
    }

    #[test]
    fn balanced_within_one_and_deterministic_whatever_the_member_order() {
        for (n, m, share) in [(10_000, 20, 0.2), (37, 3, 0.0), (101, 7, 0.5), (5, 9, 1.0)] {
            let a = assign(&fresh(n), &team(m), rule(share)).unwrap();
            let l = loads(&a);
            let (min, max) = (l.values().map(|v| v.0).min().unwrap(), l.values().map(|v| v.0).max().unwrap());
            assert!(max - min <= 1, "{n} docs, {m} annotators: {min}..{max}");
            let mut rev = team(m);
            rev.reverse();
            assert_eq!(assign(&fresh(n), &rev, rule(share)).unwrap(), a);
            for (_, x) in &a {
                let distinct: BTreeSet<&String> = x.iter().collect();
                assert_eq!(distinct.len(), x.len());
            }
        }
    }

    #[test]
    fn adding_documents_or_members_keeps_what_was_assigned() {
        let first = assign(&fresh(30), &team(3), rule(0.2)).unwrap();
        let mut more = first.clone();
        more.extend((31..=40).map(|i| (format!("doc-{i}"), Vec::new())));
        let second = assign(&more, &team(4), rule(0.2)).unwrap();
        assert_eq!(&second[..30], &first[..], "earlier documents keep their annotators");
        // The new member gets the new documents first (fewest documents).
        let l = loads(&second);
        assert!(l["ann4"].0 >= 5, "{l:?}");
        assert_eq!(second.iter().filter(|(_, x)| x.len() == 2).count(), 8);
    }

    #[test]
    fn a_member_who_leaves_hands_their_documents_to_others() {
        let first = assign(&fresh(12), &team(3), rule(0.0)).unwrap();
        let second = assign(&first, &team(2), rule(0.0)).unwrap();
        assert!(second.iter().all(|(_, x)| x.len() == 1 && x[0] != "ann3"));
        for ((_, before), (_, after)) in first.iter().zip(&second) {
            if before[0] != "ann3" {
                assert_eq!(before, after);
            }
        }
    }

    #[test]
    fn bad_rules_and_empty_teams_are_refused_with_a_message() {
        assert_eq!(assign(&fresh(3), &[], rule(0.2)), Err(AssignError::NoAnnotators));
        assert_eq!(assign(&fresh(3), &[" ".into()], rule(0.2)), Err(AssignError::NoAnnotators));
        assert!(assign(&fresh(3), &team(2), rule(1.5)).unwrap_err().to_string().contains("between 0 and 100 %"));
        assert!(assign(&fresh(3), &team(2), Rule { overlap_share: 0.2, overlap_k: 1 }).is_err());
        // One annotator: overlap cannot happen, every document still gets them.
        let a = assign(&fresh(3), &team(1), rule(1.0)).unwrap();
        assert!(a.iter().all(|(_, x)| x == &vec!["ann1".to_owned()]));
    }

    #[test]
    fn queues_and_names() {
        assert!(in_queue(&[], "alice", false));
        assert!(!in_queue(&[], "alice", true));
        assert!(in_queue(&["bob".into(), "alice".into()], "alice", true));
        assert_eq!(parse_names(" alice, bob\ncora  alice,,"), vec!["alice", "bob", "cora"]);
    }
}

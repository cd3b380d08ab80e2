//! Inter-annotator agreement over annotation sets of the same text, and adjudication of their differences.
//!
//! Invariants:
//! - Annotation sets are multisets of (code point span, label); the second set `b` is the reference
//!   (precision = share of `a` found in `b`, recall = share of `b` found in `a`).
//! - Matching is one-to-one and deterministic: exact pairs (same span and label) first, then, for overlap
//!   scores, remaining spans of the same label are paired greedily by largest overlap, in span order.
//!   Hence overlap tp ≥ exact tp, and per-label counts add up to the global counts.
//! - Empty denominators are vacuous: precision with no `a` span is 1, recall with no `b` span is 1,
//!   F1 is 0 when precision + recall = 0; kappa is 1 when there are no tokens or chance agreement is total.
//! - Nothing here converts offsets: tokens are counted in code points by walking the text's chars.

use crate::model::{Document, Span, SpanState};
use crate::text::Text;
use std::collections::BTreeMap;

/// Label given to tokens that no span covers, in [`token_kappa`].
pub const OUTSIDE: &str = "O";

/// Precision, recall and F1 with the counts they come from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    /// Scores from counts, with the vacuous conventions of this module.
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let ratio = |num: usize, den: usize| if den == 0 { 1.0 } else { num as f64 / den as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { precision, recall, f1, tp, fp, fn_ }
    }
}

/// Span-level agreement of `a` against the reference `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanScores {
    pub exact: Prf,
    pub overlap: Prf,
    /// Label → (exact, overlap), for every label used by either side.
    pub per_label: BTreeMap<String, (Prf, Prf)>,
}

/// Agreement between two named annotators (the second is the reference).
#[derive(Debug, Clone, PartialEq)]
pub struct PairScores {
    pub a: String,
    pub b: String,
    pub spans: SpanScores,
    pub kappa: f64,
}

/// How two annotation sets differ at one place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum DisagreementKind {
    /// Only annotator A marked this span (no B span of the same label overlaps it).
    OnlyA { label: String },
    /// Only annotator B marked this span.
    OnlyB { label: String },
    /// Same span, different labels.
    LabelDiffers { a: String, b: String },
    /// Same label, overlapping but different spans.
    BoundaryDiffers { label: String, a_span: Span, b_span: Span },
}

/// One difference; `span` covers everything involved (the hull of both spans for a boundary difference).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Disagreement {
    pub span: Span,
    pub kind: DisagreementKind,
}

/// An adjudicator's decision on one disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    A,
    B,
    Both,
    Neither,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdjudicationError {
    #[error("decision for disagreement #{index}, but there are only {count} disagreements")]
    UnknownDisagreement { index: usize, count: usize },
    #[error("disagreement #{index} has two decisions")]
    DuplicateDecision { index: usize },
}

/// The accepted annotations of a document as an annotation set.
pub fn accepted_spans(doc: &Document) -> Vec<(Span, String)> {
    doc.annotations.values().filter(|a| a.state == SpanState::Accepted).map(|a| (a.span, a.label.clone())).collect()
}

/// Index pairs (into `a`, into `b`).
type Pairs = Vec<(usize, usize)>;

/// One-to-one matching of two span lists of one label. Returns (exact pairs, extra overlap pairs) as
/// indices into `a` and `b`; overlap pairs exclude the exact ones.
fn match_spans(a: &[Span], b: &[Span]) -> (Pairs, Pairs) {
    let mut order_a: Vec<usize> = (0..a.len()).collect();
    crate::sort::sort_by_key(&mut order_a, |&i| (a[i], i));
    let mut order_b: Vec<usize> = (0..b.len()).collect();
    crate::sort::sort_by_key(&mut order_b, |&j| (b[j], j));
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];

    // Exact: merge the two sorted lists.
    let mut exact = Vec::new();
    let (mut x, mut y) = (0, 0);
    while x < order_a.len() && y < order_b.len() {
        let (i, j) = (order_a[x], order_b[y]);
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                exact.push((i, j));
                used_a[i] = true;
                used_b[j] = true;
                x += 1;
                y += 1;
            }
        }
    }

    // Overlap: greedy by largest overlap, ties to the earliest b span.
    let mut overlap = Vec::new();
    for &i in &order_a {
        if used_a[i] {
            continue;
        }
        let mut best: Option<(usize, usize)> = None; // (overlap length, j)
        for &j in &order_b {
            if used_b[j] || !a[i].overlaps(&b[j]) {
                continue;
            }
            let len = a[i].end.min(b[j].end) - a[i].start.max(b[j].start);
            if best.is_none_or(|(l, _)| len > l) {
                best = Some((len, j));
            }
        }
        if let Some((_, j)) = best {
            used_a[i] = true;
            used_b[j] = true;
            overlap.push((i, j));
        }
    }
    (exact, overlap)
}

/// Groups an annotation set by label.
fn by_label(set: &[(Span, String)]) -> BTreeMap<&str, Vec<Span>> {
    let mut m: BTreeMap<&str, Vec<Span>> = BTreeMap::new();
    for (s, l) in set {
        m.entry(l.as_str()).or_default().push(*s);
    }
    m
}

/// Exact and overlap precision/recall/F1 of `a` against the reference `b`, globally and per label.
pub fn span_agreement(a: &[(Span, String)], b: &[(Span, String)]) -> SpanScores {
    let (ga, gb) = (by_label(a), by_label(b));
    let mut labels: Vec<&str> = ga.keys().chain(gb.keys()).copied().collect();
    crate::sort::sort(&mut labels);
    labels.dedup();
    let empty = Vec::new();
    let mut per_label = BTreeMap::new();
    let (mut tp_e, mut tp_o) = (0, 0);
    for l in labels {
        let sa = ga.get(l).unwrap_or(&empty);
        let sb = gb.get(l).unwrap_or(&empty);
        let (ex, ov) = match_spans(sa, sb);
        let (te, to) = (ex.len(), ex.len() + ov.len());
        tp_e += te;
        tp_o += to;
        per_label.insert(
            l.to_owned(),
            (Prf::from_counts(te, sa.len() - te, sb.len() - te), Prf::from_counts(to, sa.len() - to, sb.len() - to)),
        );
    }
    SpanScores {
        exact: Prf::from_counts(tp_e, a.len() - tp_e, b.len() - tp_e),
        overlap: Prf::from_counts(tp_o, a.len() - tp_o, b.len() - tp_o),
        per_label,
    }
}

/// Code point ranges of tokens: maximal runs of alphanumeric characters, and each other non-space character.
fn tokens(text: &Text) -> Vec<Span> {
    let mut out = Vec::new();
    let mut run: Option<usize> = None;
    let mut n = 0;
    for (i, c) in text.as_str().chars().enumerate() {
        n = i + 1;
        if c.is_alphanumeric() {
            run.get_or_insert(i);
            continue;
        }
        if let Some(s) = run.take() {
            out.push(Span::new(s, i));
        }
        if !c.is_whitespace() {
            out.push(Span::new(i, i + 1));
        }
    }
    if let Some(s) = run {
        out.push(Span::new(s, n));
    }
    out
}

/// Each token's label: that of the overlapping span with the earliest start, then the longest, then the
/// smallest label name; [`OUTSIDE`] when no span overlaps it.
fn token_labels<'a>(toks: &[Span], set: &'a [(Span, String)]) -> Vec<&'a str> {
    let mut order: Vec<&(Span, String)> = set.iter().filter(|(s, _)| !s.is_empty()).collect();
    crate::sort::sort_by(&mut order, |(s, l), (t, m)| {
        (s.start, std::cmp::Reverse(s.end), l).cmp(&(t.start, std::cmp::Reverse(t.end), m))
    });
    let mut labels: Vec<Option<&str>> = vec![None; toks.len()];
    for (s, l) in order {
        // First token that ends after the span starts; tokens are sorted and disjoint.
        let mut k = toks.partition_point(|t| t.end <= s.start);
        while k < toks.len() && toks[k].start < s.end {
            labels[k].get_or_insert(l.as_str());
            k += 1;
        }
    }
    labels.into_iter().map(|l| l.unwrap_or(OUTSIDE)).collect()
}

/// Cohen's kappa over the tokens of `text`, each token labelled by the spans covering it (or [`OUTSIDE`]).
pub fn token_kappa(text: &Text, a: &[(Span, String)], b: &[(Span, String)]) -> f64 {
    let toks = tokens(text);
    if toks.is_empty() {
        return 1.0;
    }
    let (la, lb) = (token_labels(&toks, a), token_labels(&toks, b));
    let n = toks.len() as f64;
    let agree = la.iter().zip(&lb).filter(|(x, y)| x == y).count() as f64;
    let mut marg: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (x, y) in la.iter().zip(&lb) {
        marg.entry(x).or_default().0 += 1;
        marg.entry(y).or_default().1 += 1;
    }
    let po = agree / n;
    let pe: f64 = marg.values().map(|&(ca, cb)| (ca as f64 / n) * (cb as f64 / n)).sum();
    if pe >= 1.0 {
        return 1.0;
    }
    (po - pe) / (1.0 - pe)
}

/// Everything two annotators do not agree on, sorted by position. Exact agreements are not listed.
///
/// Pairing order: same span with different labels → [`DisagreementKind::LabelDiffers`]; then same label,
/// overlapping spans (greedy by largest overlap) → `BoundaryDiffers`; whatever is left is `OnlyA` / `OnlyB`
/// (so overlapping spans with different labels and boundaries appear as one `OnlyA` and one `OnlyB`).
pub fn disagreements(a: &[(Span, String)], b: &[(Span, String)]) -> Vec<Disagreement> {
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut out = Vec::new();

    // Per label: exact pairs are agreements, overlap pairs are boundary differences (decided after labels).
    let index = |set: &[(Span, String)]| {
        let mut m: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (k, (_, l)) in set.iter().enumerate() {
            m.entry(l.clone()).or_default().push(k);
        }
        m
    };
    let (ia, ib) = (index(a), index(b));
    for (l, ka) in &ia {
        let Some(kb) = ib.get(l) else { continue };
        let sa: Vec<Span> = ka.iter().map(|&k| a[k].0).collect();
        let sb: Vec<Span> = kb.iter().map(|&k| b[k].0).collect();
        for (i, j) in match_spans(&sa, &sb).0 {
            used_a[ka[i]] = true;
            used_b[kb[j]] = true;
        }
    }

    // Same span, different label: pair each unused A item with the unused B item at that span whose label
    // sorts first.
    let mut free_b: BTreeMap<Span, Vec<usize>> = BTreeMap::new();
    for j in (0..b.len()).filter(|&j| !used_b[j]) {
        free_b.entry(b[j].0).or_default().push(j);
    }
    for v in free_b.values_mut() {
        // Popped from the back: sort by descending (label, index).
        crate::sort::sort_by(v, |&x, &y| (&b[y].1, y).cmp(&(&b[x].1, x)));
    }
    let mut order_a: Vec<usize> = (0..a.len()).collect();
    crate::sort::sort_by(&mut order_a, |&x, &y| (a[x].0, &a[x].1, x).cmp(&(a[y].0, &a[y].1, y)));
    for &i in &order_a {
        if used_a[i] {
            continue;
        }
        if let Some(j) = free_b.get_mut(&a[i].0).and_then(Vec::pop) {
            used_a[i] = true;
            used_b[j] = true;
            out.push(Disagreement {
                span: a[i].0,
                kind: DisagreementKind::LabelDiffers { a: a[i].1.clone(), b: b[j].1.clone() },
            });
        }
    }

    // Same label, overlapping spans.
    for (l, ka) in &ia {
        let Some(kb) = ib.get(l) else { continue };
        let ka: Vec<usize> = ka.iter().copied().filter(|&k| !used_a[k]).collect();
        let kb: Vec<usize> = kb.iter().copied().filter(|&k| !used_b[k]).collect();
        let sa: Vec<Span> = ka.iter().map(|&k| a[k].0).collect();
        let sb: Vec<Span> = kb.iter().map(|&k| b[k].0).collect();
        // No exact pairs are left, so every pair is an overlap pair.
        let (exact, overlap) = match_spans(&sa, &sb);
        for (i, j) in exact.into_iter().chain(overlap) {
            used_a[ka[i]] = true;
            used_b[kb[j]] = true;
            let (x, y) = (sa[i], sb[j]);
            out.push(Disagreement {
                span: Span::new(x.start.min(y.start), x.end.max(y.end)),
                kind: DisagreementKind::BoundaryDiffers { label: l.clone(), a_span: x, b_span: y },
            });
        }
    }

    for (k, (s, l)) in a.iter().enumerate() {
        if !used_a[k] {
            out.push(Disagreement { span: *s, kind: DisagreementKind::OnlyA { label: l.clone() } });
        }
    }
    for (k, (s, l)) in b.iter().enumerate() {
        if !used_b[k] {
            out.push(Disagreement { span: *s, kind: DisagreementKind::OnlyB { label: l.clone() } });
        }
    }
    crate::sort::sort(&mut out);
    out
}

/// Scores for every pair of annotators (i < j, the later one as reference). Fewer than two sets → empty.
pub fn pairwise(text: &Text, sets: &[(String, Vec<(Span, String)>)]) -> Vec<PairScores> {
    let mut out = Vec::new();
    for (i, (na, sa)) in sets.iter().enumerate() {
        for (nb, sb) in &sets[i + 1..] {
            out.push(PairScores {
                a: na.clone(),
                b: nb.clone(),
                spans: span_agreement(sa, sb),
                kappa: token_kappa(text, sa, sb),
            });
        }
    }
    out
}

/// Whether an annotator worked on their version of a document, rather than only opened it: they made a
/// decision (a span accepted, added or rejected) or marked the document done or skipped. Suggestions the
/// engine made when the document opened are nobody's work, so a version that holds only those is no
/// version to compare or to curate (a version marked done with no span is: "nothing here" is an answer).
pub fn worked_on(doc: &Document) -> bool {
    matches!(doc.status, crate::model::DocStatus::Done | crate::model::DocStatus::Skipped)
        || doc.annotations.values().any(|a| a.state != SpanState::Suggested)
}

/// The versions a curator compares: those [`worked_on`], in the order given.
pub fn worked_versions(versions: Vec<(String, Document)>) -> Vec<(String, Document)> {
    versions.into_iter().filter(|(_, d)| worked_on(d)).collect()
}

/// Agreement among versions of one document (each annotator's, as a curator sees them): the scores of every
/// pair of their accepted spans, in the order given (the later one of a pair is the reference, as in
/// [`pairwise`]). Versions nobody [`worked_on`] are left out, and so, since offsets only mean the same
/// words over the same text, is a version whose text differs from the first one's.
pub fn versions_agreement(versions: &[(String, Document)]) -> Vec<PairScores> {
    let worked: Vec<&(String, Document)> = versions.iter().filter(|(_, d)| worked_on(d)).collect();
    let Some((_, first)) = worked.first() else { return Vec::new() };
    let sets: Vec<(String, Vec<(Span, String)>)> = worked
        .iter()
        .filter(|(_, d)| d.text == first.text)
        .map(|(name, d)| (name.clone(), accepted_spans(d)))
        .collect();
    pairwise(&first.text, &sets)
}

/// The adjudicated annotation set: every exact agreement, plus for each decided disagreement (by its index
/// in [`disagreements`]`(a, b)`) the version(s) chosen. Undecided disagreements are left out (as `Neither`).
/// The result is sorted and free of duplicates.
pub fn adjudicated_spans(
    a: &[(Span, String)],
    b: &[(Span, String)],
    decisions: &[(usize, Choice)],
) -> Result<Vec<(Span, String)>, AdjudicationError> {
    let diffs = disagreements(a, b);
    let mut chosen: Vec<Option<Choice>> = vec![None; diffs.len()];
    for &(index, choice) in decisions {
        let slot = chosen.get_mut(index).ok_or(AdjudicationError::UnknownDisagreement { index, count: diffs.len() })?;
        if slot.replace(choice).is_some() {
            return Err(AdjudicationError::DuplicateDecision { index });
        }
    }

    // Agreements: exact matches, one per matched pair.
    let mut out: Vec<(Span, String)> = Vec::new();
    let (ga, gb) = (by_label(a), by_label(b));
    for (l, sa) in &ga {
        if let Some(sb) = gb.get(l) {
            out.extend(match_spans(sa, sb).0.into_iter().map(|(i, _)| (sa[i], (*l).to_owned())));
        }
    }

    for (d, choice) in diffs.iter().zip(chosen) {
        let (take_a, take_b) = match choice.unwrap_or(Choice::Neither) {
            Choice::A => (true, false),
            Choice::B => (false, true),
            Choice::Both => (true, true),
            Choice::Neither => (false, false),
        };
        let (va, vb) = match &d.kind {
            DisagreementKind::OnlyA { label } => (Some((d.span, label.clone())), None),
            DisagreementKind::OnlyB { label } => (None, Some((d.span, label.clone()))),
            DisagreementKind::LabelDiffers { a, b } => (Some((d.span, a.clone())), Some((d.span, b.clone()))),
            DisagreementKind::BoundaryDiffers { label, a_span, b_span } => {
                (Some((*a_span, label.clone())), Some((*b_span, label.clone())))
            }
        };
        out.extend(va.filter(|_| take_a));
        out.extend(vb.filter(|_| take_b));
    }
    crate::sort::sort(&mut out);
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_splits_runs_and_punctuation() {
        let t = Text::from("Iran’s  talks—2026!");
        // "Iran" ’ "s" "talks" — "2026" !
        let want = [(0, 4), (4, 5), (5, 6), (8, 13), (13, 14), (14, 18), (18, 19)];
        let got: Vec<(usize, usize)> = tokens(&t).iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn prf_conventions() {
        let both_empty = Prf::from_counts(0, 0, 0);
        assert_eq!((both_empty.precision, both_empty.recall, both_empty.f1), (1.0, 1.0, 1.0));
        let none_found = Prf::from_counts(0, 0, 3);
        assert_eq!((none_found.precision, none_found.recall, none_found.f1), (1.0, 0.0, 0.0));
        let all_wrong = Prf::from_counts(0, 2, 2);
        assert_eq!(all_wrong.f1, 0.0);
    }

    #[test]
    fn versions_of_one_document_are_scored_pairwise() {
        use crate::model::{Annotation, Origin};
        let text = "Ada Lovelace met Charles Babbage in London.";
        let version = |spans: &[(usize, usize, &str)], state: SpanState| {
            let mut d = Document::new("d", "T", text, 1);
            for (i, &(s, e, l)) in spans.iter().enumerate() {
                let id = i as u64 + 1;
                d.annotations.insert(
                    id,
                    Annotation {
                        id,
                        span: Span::new(s, e),
                        label: l.into(),
                        note: String::new(),
                        attributes: BTreeMap::new(),
                        origin: Origin::Manual,
                        state,
                        rev: 0,
                    },
                );
            }
            d
        };
        let alice = version(&[(0, 3, "PERSON"), (36, 42, "GPE")], SpanState::Accepted);
        let bob = version(&[(0, 3, "PERSON")], SpanState::Accepted);
        // Cora only opened the document: the engine's suggestions are not her version, so she is no pair.
        let cora = version(&[(0, 3, "PERSON"), (17, 24, "PERSON")], SpanState::Suggested);
        let opened_only = versions_agreement(&[
            ("alice".into(), alice.clone()),
            ("bob".into(), bob.clone()),
            ("cora".into(), cora.clone()),
        ]);
        let names: Vec<(&str, &str)> = opened_only.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
        assert_eq!(names, [("alice", "bob")]);
        assert!(versions_agreement(&[("cora".into(), cora.clone()), ("dan".into(), cora.clone())]).is_empty());
        // Marked done with no span accepted, it is a version: "nothing here" is an answer.
        let mut cora = cora;
        cora.status = crate::model::DocStatus::Done;
        let scores = versions_agreement(&[("alice".into(), alice), ("bob".into(), bob), ("cora".into(), cora)]);
        let names: Vec<(&str, &str)> = scores.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
        assert_eq!(names, [("alice", "bob"), ("alice", "cora"), ("bob", "cora")]);
        let ab = &scores[0];
        // Alice's 2 spans against Bob's 1: one exact match.
        assert_eq!((ab.spans.exact.tp, ab.spans.exact.fp, ab.spans.exact.fn_), (1, 1, 0));
        assert!((ab.spans.exact.f1 - 2.0 / 3.0).abs() < 1e-12);
        // 8 tokens (7 words and "."), they differ on "London": po = 7/8, pe = 1/64 + 42/64, κ = 13/21.
        assert!((ab.kappa - 13.0 / 21.0).abs() < 1e-12, "{}", ab.kappa);
        assert_eq!(scores[2].spans.exact.f1, 0.0, "bob's span against none");

        let other = Document::new("d", "T", "Another text altogether.", 1);
        let mixed = versions_agreement(&[
            ("alice".into(), version(&[(0, 3, "PERSON")], SpanState::Accepted)),
            ("old".into(), other),
            ("bob".into(), version(&[(0, 3, "PERSON")], SpanState::Accepted)),
        ]);
        assert_eq!(mixed.len(), 1, "the version over another text is left out");
        assert_eq!((mixed[0].a.as_str(), mixed[0].b.as_str(), mixed[0].kappa), ("alice", "bob", 1.0));
        assert!(versions_agreement(&[]).is_empty());
    }
}

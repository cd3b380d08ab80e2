//! Counts of a document's annotations the side panel shows — per label and review state, and how
//! many pending suggestions reach a score threshold — kept up to date from each edit's touched ids
//! instead of scanning the document after every change.
//!
//! Owns: per label, the number of accepted, suggested (pending) and rejected annotations and the
//! review scores ([`Origin::score_or_one`](crate::model::Origin::score_or_one)) of its pending
//! suggestions, sorted; the totals over all labels; the number of relations; and, per annotation id,
//! what that annotation contributed (its label, state and score), so an update needs only the
//! document after the edit and the ids it touched — never the annotations as they were before.
//!
//! Invariants:
//! - A [`DocStats`] built by [`DocStats::of`] and updated with every change after it
//!   ([`DocStats::apply`], [`DocStats::apply_edit`]) is always equal (`==`) to `DocStats::of(doc)` of
//!   the current document. An update whose touched ids miss an annotation that changed breaks this:
//!   pass every id of [`Applied`]'s `created`, `changed` and `removed` (relations ids may be
//!   included; they are ignored). A document replaced wholesale (merge, reload) gets a new `of`.
//! - Labels without annotations are absent, as in [`crate::index::label_counts`]; labels are listed in
//!   byte order of their names.
//! - "Score ≥ t" follows `>=` on `f32`: a NaN score passes no threshold and a NaN threshold is passed
//!   by none.
//! - Costs: `of` O(n log n); an update O(k (log n + p)) for k touched ids and p pending suggestions of
//!   the labels involved (a sorted insert), or O(n log n) for more than 256 ids (the score lists
//!   rebuilt once); threshold queries O(log p) per label.

use crate::edit::Applied;
use crate::index::LabelCount;
use crate::model::{Annotation, Document, Id, SpanState};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What one annotation adds to the counts.
#[derive(Debug, Clone)]
struct Seen {
    label: Arc<str>,
    state: SpanState,
    /// [`crate::model::Origin::score_or_one`]; used only while `state` is `Suggested`.
    score: f32,
}

impl PartialEq for Seen {
    /// Scores compare by bits, so equal documents give equal stats even with NaN scores.
    fn eq(&self, other: &Seen) -> bool {
        self.label == other.label && self.state == other.state && self.score.to_bits() == other.score.to_bits()
    }
}

/// Counts of one label.
#[derive(Debug, Clone, Default, PartialEq)]
struct PerLabel {
    count: LabelCount,
    /// Review scores of this label's pending suggestions, ascending by `f32::total_cmp`, NaN left out.
    scores: Vec<f32>,
}

/// Annotation counts of one document, per label and review state; see the module documentation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocStats {
    labels: BTreeMap<Arc<str>, PerLabel>,
    total: LabelCount,
    relations: usize,
    seen: BTreeMap<Id, Seen>,
}

impl DocStats {
    /// Counts every annotation of `doc` (a full scan: when a document opens or is replaced).
    pub fn of(doc: &Document) -> DocStats {
        let mut stats = DocStats { relations: doc.relations.len(), ..DocStats::default() };
        for a in doc.annotations.values() {
            stats.add(a, false);
        }
        stats.sort_scores();
        stats
    }

    /// Follows a change of `doc` (given as it is after the change) that touched the annotations
    /// `touched` (created, changed or removed; other ids are ignored, repeats are harmless).
    pub fn apply(&mut self, doc: &Document, touched: &[Id]) {
        // Many touched ids (suggestions arriving, accept all): the score lists are rebuilt once at
        // the end rather than kept sorted one insert at a time (which is quadratic).
        let bulk = touched.len() > BULK;
        for &id in touched {
            self.forget(id, !bulk);
            if let Some(a) = doc.annotations.get(&id) {
                self.add(a, !bulk);
            }
        }
        if bulk {
            self.sort_scores();
        }
        self.relations = doc.relations.len();
    }

    /// [`DocStats::apply`] with the ids of what an [`crate::edit::Editor`] command, undo or redo did.
    pub fn apply_edit(&mut self, doc: &Document, applied: &Applied) {
        for ids in [&applied.created, &applied.changed, &applied.removed] {
            self.apply(doc, ids);
        }
    }

    /// The stats after a change, leaving these as they are (costs a copy: O(n)); see [`DocStats::apply`].
    pub fn with_changes(&self, doc: &Document, touched: &[Id]) -> DocStats {
        let mut next = self.clone();
        next.apply(doc, touched);
        next
    }

    /// Counts of `label` per state (all zero when no annotation has it).
    pub fn count(&self, label: &str) -> LabelCount {
        self.labels.get(label).map(|p| p.count).unwrap_or_default()
    }

    /// Counts over all labels per state.
    pub fn totals(&self) -> LabelCount {
        self.total
    }

    /// Every label some annotation has, in byte order, with its counts.
    pub fn labels(&self) -> impl Iterator<Item = (&str, LabelCount)> + '_ {
        self.labels.iter().map(|(l, p)| (&**l, p.count))
    }

    /// The labels with pending suggestions, in byte order, with how many each has.
    pub fn pending_by_label(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        self.labels().filter(|(_, c)| c.suggested > 0).map(|(l, c)| (l, c.suggested))
    }

    /// Number of annotations of `label`, whatever their state.
    pub fn label_count(&self, label: &str) -> usize {
        self.count(label).total()
    }

    /// Number of annotations.
    pub fn spans(&self) -> usize {
        self.seen.len()
    }

    /// Number of relations.
    pub fn relations(&self) -> usize {
        self.relations
    }

    /// Number of annotations of `label` (`None`: any label) in `state` (`None`: any state) — the
    /// span list's filters.
    pub fn matching(&self, label: Option<&str>, state: Option<SpanState>) -> usize {
        let c = label.map_or(self.total, |l| self.count(l));
        match state {
            None => c.total(),
            Some(SpanState::Accepted) => c.accepted,
            Some(SpanState::Suggested) => c.suggested,
            Some(SpanState::Rejected) => c.rejected,
        }
    }

    /// Pending suggestions of `label` (`None`: of every label).
    pub fn pending(&self, label: Option<&str>) -> usize {
        self.matching(label, Some(SpanState::Suggested))
    }

    /// Accepted annotations of `label` (`None`: of every label).
    pub fn accepted(&self, label: Option<&str>) -> usize {
        self.matching(label, Some(SpanState::Accepted))
    }

    /// Rejected annotations of `label` (`None`: of every label).
    pub fn rejected(&self, label: Option<&str>) -> usize {
        self.matching(label, Some(SpanState::Rejected))
    }

    /// Pending suggestions of `label` (`None`: of every label) whose score
    /// ([`crate::model::Origin::score_or_one`]) is at least `t`: what "Accept N above" accepts, the
    /// count of [`crate::corpus::shown_suggestions`] with `Some(t)`.
    pub fn pending_at_least(&self, label: Option<&str>, t: f32) -> usize {
        let at_least = |p: &PerLabel| p.scores.len() - p.scores.partition_point(|&s| s < t);
        if t.is_nan() {
            return 0;
        }
        match label {
            Some(l) => self.labels.get(l).map_or(0, at_least),
            None => self.labels.values().map(at_least).sum(),
        }
    }

    /// Counts `a` (in place of what its id contributed before, if anything). `sorted`: keep its
    /// label's score list sorted now (else [`DocStats::sort_scores`] must run before the stats are read).
    fn add(&mut self, a: &Annotation, sorted: bool) {
        self.forget(a.id, sorted);
        let label = match self.labels.get_key_value(a.label.as_str()) {
            Some((l, _)) => l.clone(),
            None => Arc::from(a.label.as_str()),
        };
        let seen = Seen { label, state: a.state, score: a.origin.score_or_one() };
        let per = self.labels.entry(seen.label.clone()).or_default();
        bump(&mut per.count, seen.state, true);
        bump(&mut self.total, seen.state, true);
        if sorted && seen.state == SpanState::Suggested && !seen.score.is_nan() {
            let at = per.scores.partition_point(|s| s.total_cmp(&seen.score).is_lt());
            per.scores.insert(at, seen.score);
        }
        self.seen.insert(a.id, seen);
    }

    /// Takes back what annotation `id` contributed, if it was counted. `sorted`: as for
    /// [`DocStats::add`].
    fn forget(&mut self, id: Id, sorted: bool) {
        let Some(old) = self.seen.remove(&id) else { return };
        bump(&mut self.total, old.state, false);
        let Some(per) = self.labels.get_mut(&old.label) else { return };
        bump(&mut per.count, old.state, false);
        if sorted && old.state == SpanState::Suggested && !old.score.is_nan() {
            let at = per.scores.partition_point(|s| s.total_cmp(&old.score).is_lt());
            if per.scores.get(at).is_some_and(|s| s.total_cmp(&old.score).is_eq()) {
                per.scores.remove(at);
            }
        }
        if per.count.total() == 0 {
            self.labels.remove(&old.label);
        }
    }
}

impl DocStats {
    /// Rebuilds every label's score list from what each annotation contributed: O(n log n).
    fn sort_scores(&mut self) {
        for per in self.labels.values_mut() {
            per.scores.clear();
        }
        for seen in self.seen.values() {
            if seen.state == SpanState::Suggested && !seen.score.is_nan() {
                if let Some(per) = self.labels.get_mut(&seen.label) {
                    per.scores.push(seen.score);
                }
            }
        }
        for per in self.labels.values_mut() {
            per.scores.sort_unstable_by(f32::total_cmp);
        }
    }
}

/// Above this many touched ids, an update rebuilds the score lists once instead of inserting.
const BULK: usize = 256;

/// Adds one to (or takes one from) the count of `state`.
fn bump(c: &mut LabelCount, state: SpanState, up: bool) {
    let n = match state {
        SpanState::Accepted => &mut c.accepted,
        SpanState::Suggested => &mut c.suggested,
        SpanState::Rejected => &mut c.rejected,
    };
    *n = if up { *n + 1 } else { n.saturating_sub(1) };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Command, Editor, NewSpan};
    use crate::model::{Origin, Span};

    fn new_span(start: usize, label: &str, state: SpanState, score: Option<f32>) -> NewSpan {
        let origin = match score {
            Some(score) => Origin::Extracted { engine: "t".into(), score },
            None => Origin::Manual,
        };
        NewSpan { span: Span::new(start, start + 2), label: label.into(), origin, state, note: String::new() }
    }

    fn editor() -> Editor {
        let mut ed = Editor::new(Document::new("d", "t", "abcdefghijklmnopqrstuvwxyz", 0));
        let spans = vec![
            new_span(0, "GPE", SpanState::Suggested, Some(0.9)),
            new_span(2, "GPE", SpanState::Suggested, Some(0.4)),
            new_span(4, "GPE", SpanState::Accepted, None),
            new_span(6, "ORG", SpanState::Suggested, None),
            new_span(8, "ORG", SpanState::Rejected, Some(0.2)),
            new_span(10, "PER", SpanState::Suggested, Some(0.4)),
        ];
        ed.apply(Command::AddSpans(spans), 1).unwrap();
        ed
    }

    #[test]
    fn full_scan_counts() {
        let ed = editor();
        let s = DocStats::of(ed.doc());
        assert_eq!(s.spans(), 6);
        assert_eq!(s.count("GPE"), LabelCount { accepted: 1, suggested: 2, rejected: 0 });
        assert_eq!(s.count("ORG"), LabelCount { accepted: 0, suggested: 1, rejected: 1 });
        assert_eq!(s.count("NONE"), LabelCount::default());
        assert_eq!(s.totals(), LabelCount { accepted: 1, suggested: 4, rejected: 1 });
        assert_eq!(s.labels().map(|(l, c)| (l, c.total())).collect::<Vec<_>>(), [("GPE", 3), ("ORG", 2), ("PER", 1)]);
        assert_eq!(s.pending_by_label().collect::<Vec<_>>(), [("GPE", 2), ("ORG", 1), ("PER", 1)]);
        assert_eq!(s.label_count("ORG"), 2);
        assert_eq!(s.matching(None, None), 6);
        assert_eq!(s.matching(Some("GPE"), Some(SpanState::Accepted)), 1);
        assert_eq!((s.pending(None), s.accepted(None), s.rejected(None)), (4, 1, 1));
        assert_eq!(s.pending(Some("GPE")), 2);
        // Agrees with index::label_counts.
        let c = crate::index::label_counts(ed.doc());
        assert!(s.labels().eq(c.iter().map(|(l, c)| (l.as_str(), *c))));
    }

    #[test]
    fn thresholds_count_scores_at_or_above() {
        let s = DocStats::of(editor().doc());
        // Pending scores: GPE 0.9, 0.4; ORG none (counts as 1.0); PER 0.4. The rejected 0.2 is not pending.
        assert_eq!(s.pending_at_least(None, 0.0), 4);
        assert_eq!(s.pending_at_least(None, 0.4), 4);
        assert_eq!(s.pending_at_least(None, 0.41), 2);
        assert_eq!(s.pending_at_least(None, 1.0), 1);
        assert_eq!(s.pending_at_least(None, 1.01), 0);
        assert_eq!(s.pending_at_least(Some("GPE"), 0.5), 1);
        assert_eq!(s.pending_at_least(Some("ORG"), 1.0), 1);
        assert_eq!(s.pending_at_least(Some("NONE"), 0.0), 0);
        assert_eq!(s.pending_at_least(None, f32::NAN), 0);
        assert_eq!(s.pending_at_least(None, f32::NEG_INFINITY), 4);
        let doc = editor().into_doc();
        for t in [0.0, 0.4, 0.5, 1.0] {
            assert_eq!(s.pending_at_least(None, t), crate::corpus::shown_suggestions(&doc, None, Some(t)).len());
        }
    }

    #[test]
    fn edits_undo_and_redo_follow_the_document() {
        let mut ed = editor();
        let mut s = DocStats::of(ed.doc());
        let steps = [
            Command::SetState { ids: vec![1, 2], state: SpanState::Accepted },
            Command::Relabel { id: 4, label: "GPE".into() },
            Command::RelabelAll { from: "GPE".into(), to: "LOC".into() },
            Command::AddRelation { from: 1, to: 2, kind: "r".into() },
            Command::RemoveSpans(vec![1, 6]),
        ];
        for cmd in steps {
            let applied = ed.apply(cmd, 2).unwrap();
            s.apply_edit(ed.doc(), &applied);
            assert_eq!(s, DocStats::of(ed.doc()));
        }
        assert_eq!(s.count("LOC"), LabelCount { accepted: 2, suggested: 1, rejected: 0 });
        assert_eq!(s.count("GPE"), LabelCount::default());
        assert_eq!(s.labels().count(), 2);
        while let Some(applied) = ed.undo(3) {
            let next = s.with_changes(ed.doc(), &[applied.created, applied.changed, applied.removed].concat());
            assert_eq!(next, DocStats::of(ed.doc()));
            s = next;
        }
        assert_eq!(s.relations(), 0);
        while let Some(applied) = ed.redo(4) {
            s.apply_edit(ed.doc(), &applied);
            assert_eq!(s, DocStats::of(ed.doc()));
        }
        assert_eq!(s.relations(), 0, "the relation went with span 1");
    }

    #[test]
    fn bulk_changes_keep_the_stats_equal_to_a_full_scan() {
        // More touched ids than BULK: the score lists are rebuilt once, and must come out as the
        // one-by-one updates and a full scan give them.
        let text = "ab ".repeat(1200);
        let mut ed = Editor::new(Document::new("d", "t", text.as_str(), 0));
        let labels = ["GPE", "ORG", "PER"];
        let spans: Vec<NewSpan> = (0..1000)
            .map(|i| {
                let score = if i % 97 == 0 { Some(f32::NAN) } else { Some(((i * 37) % 101) as f32 / 100.0) };
                NewSpan { span: Span::new(i * 3, i * 3 + 2), ..new_span(0, labels[i % 3], SpanState::Suggested, score) }
            })
            .collect();
        let mut s = DocStats::of(ed.doc());
        let steps = [
            Command::AddSpans(spans),
            Command::SetState { ids: (1..=600).collect(), state: SpanState::Accepted },
            Command::SetState { ids: (100..=400).collect(), state: SpanState::Suggested },
            Command::RemoveSpans((300..=900).step_by(2).collect()),
        ];
        for cmd in steps {
            let applied = ed.apply(cmd, 2).unwrap();
            assert!(applied.created.len() + applied.changed.len() + applied.removed.len() > BULK);
            s.apply_edit(ed.doc(), &applied);
            assert_eq!(s, DocStats::of(ed.doc()));
            let doc = ed.doc().clone();
            for t in [0.0, 0.3, 0.77, 1.0] {
                assert_eq!(s.pending_at_least(None, t), crate::corpus::shown_suggestions(&doc, None, Some(t)).len());
            }
        }
        // A small change after a bulk one keeps the lists sorted for binary search.
        let applied = ed.apply(Command::SetState { ids: vec![999], state: SpanState::Rejected }, 3).unwrap();
        s.apply_edit(ed.doc(), &applied);
        assert_eq!(s, DocStats::of(ed.doc()));
    }

    #[test]
    fn nan_scores_are_pending_but_pass_no_threshold() {
        let mut ed = Editor::new(Document::new("d", "t", "abcdef", 0));
        let spans = vec![new_span(0, "X", SpanState::Suggested, Some(f32::NAN))];
        let applied = ed.apply(Command::AddSpans(spans), 1).unwrap();
        let mut s = DocStats::default();
        s.apply_edit(ed.doc(), &applied);
        assert_eq!((s.pending(None), s.pending_at_least(None, f32::NEG_INFINITY)), (1, 0));
        let applied = ed.apply(Command::RemoveSpans(vec![1]), 2).unwrap();
        s.apply_edit(ed.doc(), &applied);
        assert_eq!(s, DocStats::default());
    }
}

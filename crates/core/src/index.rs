//! Span queries the UI needs while rendering and navigating: interval index, stacking levels,
//! per-label counts, and render segments.
//!
//! Invariants:
//! - Offsets are code points; ranges are half-open. A span overlaps `a..b` iff
//!   `span.start < b && a < span.end` (so touching spans do not overlap, and an empty query
//!   range `a..a` matches only spans strictly around `a`).
//! - Every function is deterministic: results are ordered by (start, longer first, id) unless
//!   stated otherwise, so equal inputs give equal outputs.
//! - A [`SpanIndex`] is a snapshot: rebuild it after the document changes (O(n log n)), or derive
//!   the next one from the spans that changed ([`SpanIndex::with_changes`], O(n)).
//! - Empty or reversed spans (invalid in a document) are ignored rather than causing a panic.

use crate::model::{Document, Id, Span, SpanState};
use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::ops::Range;

/// One indexed span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    start: usize,
    end: usize,
    id: Id,
}

/// Static interval index over spans: a sorted array seen as an implicit balanced binary tree,
/// each node augmented with the largest `end` in its subtree.
///
/// Queries cost O(log n + k) for k results.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// Sorted by (start, Reverse(end), id).
    entries: Vec<Entry>,
    /// `max_end[i]`: largest `end` in the subtree rooted at `i` (see [`SpanIndex::subtree`]).
    max_end: Vec<usize>,
}

impl SpanIndex {
    /// Indexes every annotation of `doc`, whatever its state.
    pub fn new(doc: &Document) -> Self {
        Self::from_spans(doc.annotations.values().map(|a| (a.id, a.span)))
    }

    /// Indexes the given spans; empty or reversed ones are skipped.
    pub fn from_spans(spans: impl IntoIterator<Item = (Id, Span)>) -> Self {
        let mut entries: Vec<Entry> = spans
            .into_iter()
            .filter(|(_, s)| s.start < s.end)
            .map(|(id, s)| Entry { start: s.start, end: s.end, id })
            .collect();
        entries.sort_unstable_by_key(|e| (e.start, Reverse(e.end), e.id));
        let mut max_end = vec![0; entries.len()];
        fill_max_end(&entries, &mut max_end, 0, entries.len());
        SpanIndex { entries, max_end }
    }

    /// The index after the spans of `touched` changed (created, moved or removed; their new
    /// offsets are looked up in `spans`), and the offsets they had before. Costs O(n + k log n)
    /// for k touched spans instead of a full rebuild's sort; large changes rebuild.
    pub fn with_changes(&self, touched: &[Id], spans: impl Fn(Id) -> Option<Span>) -> (SpanIndex, Vec<Span>) {
        let touched: std::collections::BTreeSet<Id> = touched.iter().copied().collect();
        let mut before = Vec::new();
        let mut entries: Vec<Entry> = Vec::with_capacity(self.entries.len() + touched.len());
        for e in &self.entries {
            if touched.contains(&e.id) {
                before.push(Span::new(e.start, e.end));
            } else {
                entries.push(*e);
            }
        }
        let key = |e: &Entry| (e.start, Reverse(e.end), e.id);
        let added = touched.iter().filter_map(|&id| spans(id).map(|s| Entry { start: s.start, end: s.end, id }));
        let added: Vec<Entry> = added.filter(|e| e.start < e.end).collect();
        if added.len() > 64 {
            entries.extend(added);
            entries.sort_unstable_by_key(key);
        } else {
            for e in added {
                let at = entries.partition_point(|x| key(x) < key(&e));
                entries.insert(at, e);
            }
        }
        let mut max_end = vec![0; entries.len()];
        fill_max_end(&entries, &mut max_end, 0, entries.len());
        (SpanIndex { entries, max_end }, before)
    }

    /// Every indexed id in document order: by start, the longer span first, then by id.
    pub fn ids_in_order(&self) -> impl Iterator<Item = Id> + '_ {
        self.entries.iter().map(|e| e.id)
    }

    /// Number of indexed spans.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Ids of the spans overlapping `range`, ordered by (start, longer first, id).
    pub fn overlapping(&self, range: Range<usize>) -> Vec<Id> {
        self.overlapping_spans(range).into_iter().map(|(id, _)| id).collect()
    }

    /// The spans overlapping `range` with their offsets, ordered by (start, longer first, id).
    pub fn overlapping_spans(&self, range: Range<usize>) -> Vec<(Id, Span)> {
        let mut out = Vec::new();
        self.collect(0, self.entries.len(), range.start, range.end, &mut out);
        out
    }

    /// Ids of the spans covering position `pos` (`start <= pos < end`), outermost first.
    pub fn at(&self, pos: usize) -> Vec<Id> {
        // Covering `pos` is overlapping `pos..pos + 1`.
        self.overlapping(pos..pos.saturating_add(1))
    }

    /// Render segments of `range`; see [`segments`]. Uses the index to find the spans, so the cost
    /// depends on the size of the range, not of the document.
    pub fn segments(&self, text_len_cp: usize, range: Range<usize>) -> Vec<Segment> {
        let end = range.end.min(text_len_cp);
        if range.start >= end {
            return Vec::new();
        }
        segments_of(self.overlapping_spans(range.start..end), range.start..end)
    }

    /// In-order walk of the implicit tree over `entries[lo..hi]` (root at the midpoint).
    fn collect(&self, lo: usize, hi: usize, a: usize, b: usize, out: &mut Vec<(Id, Span)>) {
        if lo >= hi {
            return;
        }
        let mid = lo + (hi - lo) / 2;
        if self.max_end[mid] <= a {
            // Nothing in this subtree ends after `a`.
            return;
        }
        self.collect(lo, mid, a, b, out);
        let e = self.entries[mid];
        if e.start < b {
            if a < e.end {
                out.push((e.id, Span::new(e.start, e.end)));
            }
            // Right subtree starts at or after e.start: only worth visiting if e.start < b.
            self.collect(mid + 1, hi, a, b, out);
        }
    }
}

/// Fills `max_end` for the implicit subtree over `entries[lo..hi]`; returns its maximum.
fn fill_max_end(entries: &[Entry], max_end: &mut [usize], lo: usize, hi: usize) -> usize {
    if lo >= hi {
        return 0;
    }
    let mid = lo + (hi - lo) / 2;
    let m =
        entries[mid].end.max(fill_max_end(entries, max_end, lo, mid)).max(fill_max_end(entries, max_end, mid + 1, hi));
    max_end[mid] = m;
    m
}

/// Assigns each span a stacking level so that overlapping spans never share a level, and a span
/// that contains another gets a lower (outer) level than it. Spans are taken in order of
/// (start, longer first, id); each gets the lowest free level above every active span that
/// contains it. Deterministic. Levels saturate at `u8::MAX` (more than 255 nested spans would
/// share the top level). Empty spans get level 0.
pub fn layout_levels(spans: &[(Id, Span)]) -> BTreeMap<Id, u8> {
    let mut order: Vec<(Id, Span)> = spans.to_vec();
    order.sort_unstable_by_key(|(id, s)| (s.start, Reverse(s.end), *id));
    let mut out = BTreeMap::new();
    // Spans still open at the current start: (end, level).
    let mut active: Vec<(usize, u8)> = Vec::new();
    for (id, s) in order {
        if s.start >= s.end {
            out.insert(id, 0);
            continue;
        }
        active.retain(|&(end, _)| end > s.start);
        let floor = active.iter().filter(|&&(end, _)| end >= s.end).map(|&(_, l)| l.saturating_add(1)).max();
        let mut level = floor.unwrap_or(0);
        while level < u8::MAX && active.iter().any(|&(_, l)| l == level) {
            level += 1;
        }
        active.push((s.end, level));
        out.insert(id, level);
    }
    out
}

/// How many annotations of one label are in each review state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LabelCount {
    pub accepted: usize,
    pub suggested: usize,
    pub rejected: usize,
}

impl LabelCount {
    pub fn total(&self) -> usize {
        self.accepted + self.suggested + self.rejected
    }
}

/// Annotation counts per label (labels without annotations are absent).
pub fn label_counts(doc: &Document) -> BTreeMap<String, LabelCount> {
    // Count under borrowed names; allocate one String per distinct label at the end.
    let mut counts: BTreeMap<&str, LabelCount> = BTreeMap::new();
    for a in doc.annotations.values() {
        let c = counts.entry(a.label.as_str()).or_default();
        match a.state {
            SpanState::Accepted => c.accepted += 1,
            SpanState::Suggested => c.suggested += 1,
            SpanState::Rejected => c.rejected += 1,
        }
    }
    counts.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// A maximal piece of text covered by a constant set of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// Covering span ids, ascending; empty for uncovered text.
    pub ids: Vec<Id>,
}

/// Cuts `range` (clamped to `0..text_len_cp`) into consecutive, non-empty, maximal segments
/// where the set of covering spans is constant; together they cover the clamped range exactly,
/// uncovered stretches included (with no ids). Scans `spans` once (O(n)) plus
/// O(k log k) for the k spans in the range; for repeated viewport queries use
/// [`SpanIndex::segments`].
pub fn segments(text_len_cp: usize, spans: &[(Id, Span)], range: Range<usize>) -> Vec<Segment> {
    let end = range.end.min(text_len_cp);
    if range.start >= end {
        return Vec::new();
    }
    let inside = spans.iter().filter(|(_, s)| s.start < s.end && s.start < end && range.start < s.end).copied();
    segments_of(inside.collect(), range.start..end)
}

/// Sweep over the span edges that fall inside `range`.
fn segments_of(spans: Vec<(Id, Span)>, range: Range<usize>) -> Vec<Segment> {
    // Events: (position, is_start, id); ends sort before starts at the same position.
    let mut events: Vec<(usize, bool, Id)> = Vec::with_capacity(spans.len() * 2);
    for (id, s) in &spans {
        events.push((s.start.max(range.start), true, *id));
        events.push((s.end.min(range.end), false, *id));
    }
    events.sort_unstable();
    let mut active: Vec<Id> = Vec::new();
    let mut out: Vec<Segment> = Vec::new();
    let mut pos = range.start;
    let mut i = 0;
    while pos < range.end {
        while i < events.len() && events[i].0 <= pos {
            let (_, is_start, id) = events[i];
            if is_start {
                if let Err(k) = active.binary_search(&id) {
                    active.insert(k, id);
                }
            } else if let Ok(k) = active.binary_search(&id) {
                active.remove(k);
            }
            i += 1;
        }
        let next = events.get(i).map_or(range.end, |e| e.0.min(range.end));
        match out.last_mut() {
            Some(last) if last.ids == active => last.range.end = next,
            _ => out.push(Segment { range: pos..next, ids: active.clone() }),
        }
        pos = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: usize, b: usize) -> Span {
        Span::new(a, b)
    }

    #[test]
    fn overlap_and_at() {
        let spans = vec![(1, s(0, 10)), (2, s(2, 4)), (3, s(4, 6)), (4, s(8, 20)), (5, s(2, 9))];
        let ix = SpanIndex::from_spans(spans.clone());
        assert_eq!(ix.ids_in_order().collect::<Vec<_>>(), vec![1, 5, 2, 3, 4]);
        assert_eq!(ix.overlapping(3..5), vec![1, 5, 2, 3]);
        assert_eq!(ix.overlapping(10..12), vec![4]);
        assert_eq!(ix.at(4), vec![1, 5, 3]);
        assert_eq!(ix.at(20), Vec::<Id>::new());
    }

    #[test]
    fn levels_nest_outer_first() {
        let spans = vec![(7, s(2, 4)), (1, s(0, 10)), (2, s(3, 12)), (3, s(12, 13))];
        let l = layout_levels(&spans);
        assert_eq!(l[&1], 0);
        // 7 starts first, so it takes level 1; 2 overlaps both 1 and 7.
        assert_eq!(l[&7], 1);
        assert_eq!(l[&2], 2);
        assert_eq!(l[&3], 0);
    }

    #[test]
    fn segments_cover_range() {
        let spans = vec![(1, s(0, 10)), (2, s(2, 4)), (3, s(4, 6))];
        let seg = segments(12, &spans, 1..12);
        let want = vec![
            Segment { range: 1..2, ids: vec![1] },
            Segment { range: 2..4, ids: vec![1, 2] },
            Segment { range: 4..6, ids: vec![1, 3] },
            Segment { range: 6..10, ids: vec![1] },
            Segment { range: 10..12, ids: vec![] },
        ];
        assert_eq!(seg, want);
        assert_eq!(SpanIndex::from_spans(spans).segments(12, 1..99), want);
    }

    #[test]
    fn counts_per_label_and_state() {
        let mut doc = Document::new("d", "t", "abcdef", 0);
        for (id, label, state) in
            [(1, "A", SpanState::Accepted), (2, "A", SpanState::Rejected), (3, "B", SpanState::Suggested)]
        {
            let a = crate::model::Annotation {
                id,
                span: s(0, id as usize),
                label: label.into(),
                note: String::new(),
                attributes: BTreeMap::new(),
                origin: crate::model::Origin::Manual,
                state,
                rev: 0,
            };
            doc.annotations.insert(id, a);
        }
        let c = label_counts(&doc);
        assert_eq!(c["A"], LabelCount { accepted: 1, suggested: 0, rejected: 1 });
        assert_eq!(c["B"].total(), 1);
        assert_eq!(c.len(), 2);
    }
}

//! Corpus work: the order of a workspace's documents, where the annotator stands in it, what comes
//! next, and the Documents table as a plain-data view (filter, sort, pages).
//!
//! Invariants:
//! - The corpus order is [`IndexEntry::order_key`] (`seq`, then creation time, then id): documents
//!   imported together keep their file order, and the order never depends on modification times.
//! - Positions are 1-based and dense: the `k`-th document in corpus order is at position `k`.
//! - [`Corpus::next_to_do`] never returns the document it starts from, and returns only documents
//!   whose status [`DocStatus::is_to_do`]; it searches forward in corpus order and wraps around.
//! - [`Corpus::ranked`] keeps the same documents: only the order of those still to do changes.
//! - [`Corpus::queue`] is the corpus of one annotator: in a project that assigns documents, only
//!   theirs (position, progress and what comes next follow it); otherwise the whole corpus.
//! - [`table`] is a pure function of the entries and the query: the same inputs give the same rows.
//! - [`done_next`] is the whole "Done → next" rule as plain data: it never accepts a suggestion below
//!   the threshold, never touches a decided span, and never names the document it starts from.

use crate::model::{DocStatus, Document, Id, SpanState};
use crate::storage::IndexEntry;
use std::collections::HashMap;

/// The documents of a workspace in corpus order, with their statuses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    ids: Vec<String>,
    status: Vec<DocStatus>,
    pos: HashMap<String, usize>,
}

/// How far the annotator is: documents done (and skipped) of all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub skipped: usize,
    pub total: usize,
}

impl Progress {
    /// Done documents as a fraction of all, in [0, 1] (0 for an empty corpus).
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

impl Corpus {
    /// Orders `entries` (in any order) into the corpus.
    pub fn new(entries: &[IndexEntry]) -> Corpus {
        let mut sorted: Vec<&IndexEntry> = entries.iter().collect();
        sorted.sort_unstable_by(|a, b| a.order_key().cmp(&b.order_key()));
        let ids: Vec<String> = sorted.iter().map(|e| e.id.clone()).collect();
        let status = sorted.iter().map(|e| e.status).collect();
        let pos = ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
        Corpus { ids, status, pos }
    }

    /// `user`'s queue: in a project that assigns documents ([`crate::assign`]), the documents assigned
    /// to them, in corpus order; otherwise (or for no user) every document.
    pub fn queue(entries: &[IndexEntry], user: Option<&str>) -> Corpus {
        let Some(user) = user else { return Corpus::new(entries) };
        let assigns = entries.iter().any(|e| !e.assigned.is_empty());
        if !assigns {
            return Corpus::new(entries);
        }
        let mine: Vec<IndexEntry> =
            entries.iter().filter(|e| crate::assign::in_queue(&e.assigned, user, assigns)).cloned().collect();
        Corpus::new(&mine)
    }

    /// The same documents with those still to do in `ranking`'s order: first every document not to do
    /// (done, skipped) in corpus order, then those to do that `ranking` does not name (the open one,
    /// which is left out of rankings, and any added since) in corpus order, then the ones to do as
    /// `ranking` lists them. So from the open document, [`Corpus::next_to_do`] goes to the first of the
    /// ranking. Ids of `ranking` not in the corpus, or not to do, are ignored.
    pub fn ranked(&self, ranking: &[String]) -> Corpus {
        let mut placed = vec![false; self.ids.len()];
        let mut order: Vec<usize> = Vec::with_capacity(self.ids.len());
        for (i, s) in self.status.iter().enumerate() {
            if !s.is_to_do() {
                placed[i] = true;
                order.push(i);
            }
        }
        let named: std::collections::HashSet<usize> =
            ranking.iter().filter_map(|id| self.pos.get(id).copied()).collect();
        for (i, p) in placed.iter_mut().enumerate() {
            if !*p && !named.contains(&i) {
                *p = true;
                order.push(i);
            }
        }
        for id in ranking {
            if let Some(&i) = self.pos.get(id) {
                if !placed[i] {
                    placed[i] = true;
                    order.push(i);
                }
            }
        }
        let ids: Vec<String> = order.iter().map(|&i| self.ids[i].clone()).collect();
        let status = order.iter().map(|&i| self.status[i]).collect();
        let pos = ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
        Corpus { ids, status, pos }
    }

    /// The ids still to do, in this corpus's order.
    pub fn to_do(&self) -> Vec<&str> {
        self.ids.iter().zip(&self.status).filter(|(_, s)| s.is_to_do()).map(|(id, _)| id.as_str()).collect()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids in corpus order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The 1-based position of `id`, if it is in the corpus.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.pos.get(id).map(|i| i + 1)
    }

    pub fn progress(&self) -> Progress {
        let mut p = Progress { total: self.ids.len(), ..Progress::default() };
        for s in &self.status {
            match s {
                DocStatus::Done => p.done += 1,
                DocStatus::Skipped => p.skipped += 1,
                _ => {}
            }
        }
        p
    }

    /// The document after `id` in corpus order (none after the last).
    pub fn next(&self, id: &str) -> Option<&str> {
        let i = *self.pos.get(id)?;
        self.ids.get(i + 1).map(String::as_str)
    }

    /// The document before `id` in corpus order (none before the first).
    pub fn prev(&self, id: &str) -> Option<&str> {
        let i = *self.pos.get(id)?;
        i.checked_sub(1).map(|j| self.ids[j].as_str())
    }

    /// The first document still to do after `from` in corpus order, wrapping around to the start;
    /// from a document not in the corpus (or none), the first one to do. Never `from` itself.
    pub fn next_to_do(&self, from: Option<&str>) -> Option<&str> {
        self.upcoming_to_do(from, 1).into_iter().next()
    }

    /// Up to `n` documents still to do after `from`, in the order [`Corpus::next_to_do`] would
    /// reach them (what to prepare ahead).
    pub fn upcoming_to_do(&self, from: Option<&str>, n: usize) -> Vec<&str> {
        let len = self.ids.len();
        let start = from.and_then(|id| self.pos.get(id).copied());
        let first = start.map_or(0, |i| i + 1);
        (0..len)
            .map(|k| (first + k) % len)
            .filter(|&i| Some(i) != start && self.status[i].is_to_do())
            .take(n)
            .map(|i| self.ids[i].as_str())
            .collect()
    }
}

/// The pending suggestions of `doc` the review shows: of `label` (all labels for `None`), scored at
/// least `min_score` ([`crate::model::Origin::score_or_one`]: manual suggestions count as score 1), in id order.
pub fn shown_suggestions(doc: &Document, label: Option<&str>, min_score: Option<f32>) -> Vec<Id> {
    doc.annotations
        .values()
        .filter(|a| a.state == SpanState::Suggested)
        .filter(|a| label.is_none_or(|l| a.label == l))
        .filter(|a| min_score.is_none_or(|m| a.origin.score_or_one() >= m))
        .map(|a| a.id)
        .collect()
}

/// What "Done → next" does, in this order: accept `accept`, mark the document done if `mark_done`,
/// save, then open `next` (or say that nothing is left to do when it is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoneNext {
    /// The suggestions shown (at or above the score threshold), accepted as one step; empty: none.
    pub accept: Vec<Id>,
    /// Whether the document still has to be marked done (it is not already).
    pub mark_done: bool,
    /// The document to open next: the first one still to do after `doc` in corpus order, wrapping
    /// around ([`Corpus::next_to_do`]); `None` when every other document is done or skipped.
    pub next: Option<String>,
}

/// The "Done → next" rule for the open document `doc`, with suggestions shown from `threshold` up.
pub fn done_next(corpus: &Corpus, doc: &Document, threshold: f32) -> DoneNext {
    DoneNext {
        accept: shown_suggestions(doc, None, Some(threshold)),
        mark_done: doc.status != DocStatus::Done,
        next: corpus.next_to_do(Some(&doc.id)).map(str::to_owned),
    }
}

/// Which documents the table shows, by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    Any,
    /// Every status but done.
    NotDone,
    /// New or in progress (what the queue still visits).
    ToDo,
    Is(DocStatus),
}

impl StatusFilter {
    pub fn admits(self, s: DocStatus) -> bool {
        match self {
            StatusFilter::Any => true,
            StatusFilter::NotDone => s != DocStatus::Done,
            StatusFilter::ToDo => s.is_to_do(),
            StatusFilter::Is(t) => s == t,
        }
    }

    /// The filter's name in a form control (`any`, `notdone`, `todo` or a status name).
    pub fn value(self) -> &'static str {
        match self {
            StatusFilter::Any => "any",
            StatusFilter::NotDone => "notdone",
            StatusFilter::ToDo => "todo",
            StatusFilter::Is(s) => status_value(s),
        }
    }

    pub fn from_value(v: &str) -> Option<StatusFilter> {
        Some(match v {
            "any" => StatusFilter::Any,
            "notdone" => StatusFilter::NotDone,
            "todo" => StatusFilter::ToDo,
            other => StatusFilter::Is(status_from_value(other)?),
        })
    }
}

/// A status as a form value: [`DocStatus::as_str`], the one spelling (stored and exported too).
pub fn status_value(s: DocStatus) -> &'static str {
    s.as_str()
}

/// The status a form value names ([`DocStatus`]'s `FromStr`: legacy spellings such as `in-progress`
/// are read too).
pub fn status_from_value(v: &str) -> Option<DocStatus> {
    v.parse().ok()
}

/// A status as the user reads it ([`DocStatus::name`]).
pub fn status_name(s: DocStatus) -> &'static str {
    s.name()
}

/// What the table is sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Position,
    /// Most recently modified first.
    Modified,
}

/// What the Documents table asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableQuery {
    pub status: StatusFilter,
    /// Only documents with at least one (non-rejected) span of this label.
    pub label: Option<String>,
    /// Only documents whose title or text start contains this, ignoring case (empty: all).
    pub text: String,
    pub sort: SortKey,
    /// 0-based page.
    pub page: usize,
    pub page_size: usize,
}

impl Default for TableQuery {
    fn default() -> Self {
        TableQuery {
            status: StatusFilter::Any,
            label: None,
            text: String::new(),
            sort: SortKey::Position,
            page: 0,
            page_size: 25,
        }
    }
}

/// Suggestion counts shown for a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pending {
    /// As stored: suggestions accepted and still pending.
    Stored { accepted: usize, pending: usize },
    /// Not tagged yet, but the engine's suggestions were computed ahead: this many are waiting.
    Computed(usize),
    /// Not tagged yet and not computed yet.
    Unknown,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// 1-based corpus position.
    pub position: usize,
    pub entry: IndexEntry,
    pub suggestions: Pending,
}

/// One page of the table, with what the filter matched.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableView {
    pub rows: Vec<TableRow>,
    /// How many documents the filter matched (their ids: [`matching_ids`]).
    pub matching: usize,
    /// The page shown (clamped to the pages there are).
    pub page: usize,
    pub pages: usize,
}

/// The entries `query` matches, in the table's order, with their corpus positions. `entries` in
/// any order; sorted by id (as the workspace lists them) they are found by binary search.
fn matches<'a>(corpus: &Corpus, entries: &'a [IndexEntry], query: &TableQuery) -> Vec<(usize, &'a IndexEntry)> {
    let needle = query.text.trim().to_lowercase();
    let sorted = entries.windows(2).all(|w| w[0].id < w[1].id);
    let by_id: HashMap<&str, &IndexEntry> =
        if sorted { HashMap::new() } else { entries.iter().map(|e| (e.id.as_str(), e)).collect() };
    let find = |id: &str| -> Option<&'a IndexEntry> {
        if sorted {
            entries.binary_search_by(|e| e.id.as_str().cmp(id)).ok().map(|i| &entries[i])
        } else {
            by_id.get(id).copied()
        }
    };
    let mut hits: Vec<(usize, &IndexEntry)> = corpus
        .ids()
        .iter()
        .enumerate()
        .filter_map(|(i, id)| find(id).map(|e| (i + 1, e)))
        .filter(|(_, e)| query.status.admits(e.status))
        .filter(|(_, e)| query.label.as_ref().is_none_or(|l| e.label_counts.get(l).is_some_and(|n| *n > 0)))
        .filter(|(_, e)| needle.is_empty() || e.search_key.contains(&needle))
        .collect();
    if query.sort == SortKey::Modified {
        // Stable: equal times keep corpus order.
        hits.sort_by_key(|h| std::cmp::Reverse(h.1.modified));
    }
    hits
}

/// The table for `query`: filtered, sorted and cut to one page. `computed` has the pending
/// suggestion counts computed ahead for documents not tagged yet.
pub fn table(
    corpus: &Corpus,
    entries: &[IndexEntry],
    query: &TableQuery,
    computed: &HashMap<String, usize>,
) -> TableView {
    let hits = matches(corpus, entries, query);
    let size = query.page_size.max(1);
    let pages = hits.len().div_ceil(size).max(1);
    let page = query.page.min(pages - 1);
    let rows = hits
        .iter()
        .skip(page * size)
        .take(size)
        .map(|(position, e)| TableRow {
            position: *position,
            entry: (*e).clone(),
            suggestions: if e.extracted {
                Pending::Stored { accepted: e.accepted_suggestions, pending: e.pending_suggestions }
            } else {
                computed.get(&e.id).map_or(Pending::Unknown, |n| Pending::Computed(*n))
            },
        })
        .collect();
    TableView { rows, matching: hits.len(), page, pages }
}

/// The ids of every document `query` matches, in the table's order (for bulk actions).
pub fn matching_ids(corpus: &Corpus, entries: &[IndexEntry], query: &TableQuery) -> Vec<String> {
    matches(corpus, entries, query).into_iter().map(|(_, e)| e.id.clone()).collect()
}

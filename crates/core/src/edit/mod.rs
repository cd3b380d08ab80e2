//! Editing: every change to a document is a [`Command`] applied through an [`Editor`], which keeps
//! unbounded undo and redo.
//!
//! Invariants:
//! - A command either succeeds completely or changes nothing (a failed command is rolled back).
//! - After every command the model invariants hold for what the command touched: spans satisfy
//!   `start < end <= len_cp` and sit on grapheme boundaries, no two annotations share span and
//!   label, relations link two distinct existing annotations, removing an annotation removes its
//!   relations.
//! - History stores per-command patches (the prior values of what was touched), never document
//!   copies, so a command on a 10k-span document costs what it touches plus O(n) checks at most.
//! - Undo restores the exact prior content, `rev`s and `next_id` included; only `modified` is set
//!   to the time of the undo/redo. Every command that changes an annotation increments its `rev` by
//!   one. A command that changes nothing is not recorded and leaves the redo stack alone; any
//!   recorded command clears it.

use crate::model::{Annotation, DocStatus, Document, Id, Origin, Relation, Span, SpanState};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// A span to create.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSpan {
    pub span: Span,
    pub label: String,
    pub origin: Origin,
    pub state: SpanState,
    pub note: String,
}

impl NewSpan {
    /// A manual, accepted span without a note.
    pub fn manual(span: Span, label: impl Into<String>) -> Self {
        NewSpan { span, label: label.into(), origin: Origin::Manual, state: SpanState::Accepted, note: String::new() }
    }
}

/// One user-level change.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    AddSpan(NewSpan),
    /// Bulk add (e.g. accepted suggestions): exact duplicates, of existing annotations or within the
    /// batch, are skipped silently and counted in [`Applied::skipped`]. Any invalid item fails all.
    AddSpans(Vec<NewSpan>),
    /// Removes annotations together with every relation touching them.
    RemoveSpans(Vec<Id>),
    /// The engine's suggestions changed (it learned from the annotator): removes these pending
    /// suggestions and adds these, as one step. Only suggestions still pending may be removed.
    /// See [`suggestion_update`].
    ReplaceSuggestions {
        remove: Vec<Id>,
        add: Vec<NewSpan>,
    },
    Relabel {
        id: Id,
        label: String,
    },
    /// Renames a label on every annotation carrying it; fails if that would create a duplicate.
    RelabelAll {
        from: String,
        to: String,
    },
    Resize {
        id: Id,
        span: Span,
    },
    SetState {
        ids: Vec<Id>,
        state: SpanState,
    },
    SetNote {
        id: Id,
        note: String,
    },
    /// `None` removes the attribute.
    SetAttribute {
        id: Id,
        key: String,
        value: Option<String>,
    },
    AddRelation {
        from: Id,
        to: Id,
        kind: String,
    },
    RemoveRelations(Vec<Id>),
    SetDocLabels(BTreeSet<String>),
    SetStatus(DocStatus),
    SetTitle(String),
}

/// Why a command was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("the selection {start}..{end} is empty: select at least one character")]
    EmptySpan { start: usize, end: usize },
    #[error("the span {start}..{end} reaches past the end of the text ({len} characters)")]
    OutOfRange { start: usize, end: usize, len: usize },
    #[error("the span {start}..{end} cuts a character in two at position {pos}; extend it to whole characters")]
    SplitsGrapheme { start: usize, end: usize, pos: usize },
    #[error("annotation #{existing} already marks {start}..{end} as {label}")]
    Duplicate { start: usize, end: usize, label: String, existing: Id },
    #[error("annotation #{0} does not exist (it may have been removed)")]
    UnknownAnnotation(Id),
    #[error("relation #{0} does not exist (it may have been removed)")]
    UnknownRelation(Id),
    #[error("a relation cannot link annotation #{0} to itself")]
    SelfRelation(Id),
    #[error("a “{kind}” relation from #{from} to #{to} already exists")]
    DuplicateRelation { from: Id, to: Id, kind: String },
    #[error("the label name is empty")]
    EmptyLabel,
    #[error("the relation type is empty")]
    EmptyRelationType,
    #[error("the attribute name is empty")]
    EmptyAttributeKey,
    #[error("item {} of the batch: {source}", .index + 1)]
    InBatch { index: usize, source: Box<EditError> },
    #[error("annotation {0} is not a pending suggestion")]
    NotASuggestion(Id),
}

/// What a command, undo or redo did, for re-rendering and for screen-reader announcements.
///
/// Annotation and relation ids share one namespace per document, so both appear in these lists;
/// look an id up in `doc.annotations` / `doc.relations` to tell them apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    pub created: Vec<Id>,
    pub changed: Vec<Id>,
    pub removed: Vec<Id>,
    /// Duplicates skipped by [`Command::AddSpans`].
    pub skipped: usize,
    /// One human sentence, e.g. "Added GPE “Tehran”" or "Undid: Removed 3 spans".
    pub description: String,
}

/// Prior values of everything one command touched; applying it swaps them back in.
#[derive(Debug, Clone)]
struct Change {
    annotations: Vec<(Id, Option<Annotation>)>,
    relations: Vec<(Id, Option<Relation>)>,
    title: Option<String>,
    status: Option<DocStatus>,
    doc_labels: Option<BTreeSet<String>>,
    next_id: Id,
    description: String,
}

impl Change {
    /// Writes the recorded values into `doc` and returns the inverse change plus what happened.
    fn swap_into(self, doc: &mut Document) -> (Change, Applied) {
        let mut applied = Applied::default();
        let annotations = self
            .annotations
            .into_iter()
            .map(|(id, prior)| {
                let current = put(&mut doc.annotations, id, prior);
                classify(&mut applied, id, current.is_some(), doc.annotations.contains_key(&id));
                (id, current)
            })
            .collect();
        let relations = self
            .relations
            .into_iter()
            .map(|(id, prior)| {
                let current = put(&mut doc.relations, id, prior);
                classify(&mut applied, id, current.is_some(), doc.relations.contains_key(&id));
                (id, current)
            })
            .collect();
        let title = self.title.map(|t| std::mem::replace(&mut doc.title, t));
        let status = self.status.map(|s| std::mem::replace(&mut doc.status, s));
        let doc_labels = self.doc_labels.map(|l| std::mem::replace(&mut doc.doc_labels, l));
        let next_id = std::mem::replace(&mut doc.next_id, self.next_id);
        let inverse =
            Change { annotations, relations, title, status, doc_labels, next_id, description: self.description };
        (inverse, applied)
    }
}

/// Sets `map[id]` to `value` (removing it for `None`) and returns the previous value.
fn put<T>(map: &mut BTreeMap<Id, T>, id: Id, value: Option<T>) -> Option<T> {
    match value {
        Some(v) => map.insert(id, v),
        None => map.remove(&id),
    }
}

fn classify(applied: &mut Applied, id: Id, before: bool, after: bool) {
    match (before, after) {
        (false, true) => applied.created.push(id),
        (true, false) => applied.removed.push(id),
        (true, true) => applied.changed.push(id),
        (false, false) => {}
    }
}

/// A command in progress: mutates the document and remembers the first prior value of
/// everything it touches, so it can be committed as a [`Change`] or rolled back.
struct Tx<'a> {
    doc: &'a mut Document,
    anns: BTreeMap<Id, Option<Annotation>>,
    rels: BTreeMap<Id, Option<Relation>>,
    title: Option<String>,
    status: Option<DocStatus>,
    doc_labels: Option<BTreeSet<String>>,
    next_id: Id,
}

impl<'a> Tx<'a> {
    fn new(doc: &'a mut Document) -> Self {
        let next_id = doc.next_id;
        Tx { doc, anns: BTreeMap::new(), rels: BTreeMap::new(), title: None, status: None, doc_labels: None, next_id }
    }

    fn ann(&self, id: Id) -> Result<&Annotation, EditError> {
        self.doc.annotations.get(&id).ok_or(EditError::UnknownAnnotation(id))
    }

    fn ann_mut(&mut self, id: Id) -> Result<&mut Annotation, EditError> {
        if !self.doc.annotations.contains_key(&id) {
            return Err(EditError::UnknownAnnotation(id));
        }
        self.anns.entry(id).or_insert_with(|| self.doc.annotations.get(&id).cloned());
        self.doc.annotations.get_mut(&id).ok_or(EditError::UnknownAnnotation(id))
    }

    fn fresh_id(&mut self) -> Id {
        let id = self.doc.next_id;
        self.doc.next_id += 1;
        id
    }

    fn create_ann(&mut self, n: NewSpan) -> Id {
        let id = self.fresh_id();
        self.anns.entry(id).or_insert(None);
        let a = Annotation {
            id,
            span: n.span,
            label: n.label,
            note: n.note,
            attributes: BTreeMap::new(),
            origin: n.origin,
            state: n.state,
            rev: 0,
        };
        self.doc.annotations.insert(id, a);
        id
    }

    fn remove_ann(&mut self, id: Id) -> Result<Annotation, EditError> {
        self.ann(id)?;
        self.anns.entry(id).or_insert_with(|| self.doc.annotations.get(&id).cloned());
        self.doc.annotations.remove(&id).ok_or(EditError::UnknownAnnotation(id))
    }

    fn create_rel(&mut self, from: Id, to: Id, kind: String) -> Id {
        let id = self.fresh_id();
        self.rels.entry(id).or_insert(None);
        self.doc.relations.insert(id, Relation { id, from, to, kind });
        id
    }

    fn remove_rel(&mut self, id: Id) -> Result<Relation, EditError> {
        if !self.doc.relations.contains_key(&id) {
            return Err(EditError::UnknownRelation(id));
        }
        self.rels.entry(id).or_insert_with(|| self.doc.relations.get(&id).cloned());
        self.doc.relations.remove(&id).ok_or(EditError::UnknownRelation(id))
    }

    /// Puts every prior value back.
    fn rollback(self) {
        for (id, prior) in self.anns {
            put(&mut self.doc.annotations, id, prior);
        }
        for (id, prior) in self.rels {
            put(&mut self.doc.relations, id, prior);
        }
        if let Some(t) = self.title {
            self.doc.title = t;
        }
        if let Some(s) = self.status {
            self.doc.status = s;
        }
        if let Some(l) = self.doc_labels {
            self.doc.doc_labels = l;
        }
        self.doc.next_id = self.next_id;
    }

    /// Drops no-op records, bumps the `rev` of changed annotations, and returns the change to
    /// record (or `None` when nothing changed) with a summary of what happened.
    fn commit(self, description: String) -> (Option<Change>, Applied) {
        let doc = self.doc;
        let mut applied = Applied { description, ..Applied::default() };
        let mut annotations = Vec::new();
        for (id, prior) in self.anns {
            let current = doc.annotations.get_mut(&id);
            match (&prior, current) {
                (None, None) => continue,
                (Some(p), Some(c)) if p == c => continue,
                (Some(p), Some(c)) => c.rev = p.rev.wrapping_add(1),
                _ => {}
            }
            classify(&mut applied, id, prior.is_some(), doc.annotations.contains_key(&id));
            annotations.push((id, prior));
        }
        let mut relations = Vec::new();
        for (id, prior) in self.rels {
            let current = doc.relations.get(&id);
            if prior.as_ref() == current {
                continue;
            }
            classify(&mut applied, id, prior.is_some(), current.is_some());
            relations.push((id, prior));
        }
        let title = self.title.filter(|t| *t != doc.title);
        let status = self.status.filter(|s| *s != doc.status);
        let doc_labels = self.doc_labels.filter(|l| *l != doc.doc_labels);
        let nothing = annotations.is_empty()
            && relations.is_empty()
            && title.is_none()
            && status.is_none()
            && doc_labels.is_none()
            && self.next_id == doc.next_id;
        if nothing {
            return (None, applied);
        }
        let change = Change {
            annotations,
            relations,
            title,
            status,
            doc_labels,
            next_id: self.next_id,
            description: applied.description.clone(),
        };
        (Some(change), applied)
    }
}

/// A document plus its undo and redo history.
#[derive(Debug, Clone)]
pub struct Editor {
    doc: Document,
    undo: Vec<Change>,
    redo: Vec<Change>,
    /// After a [`Editor::rebase`], undo and redo never set `next_id` below this (ids the other
    /// writer used stay taken).
    id_floor: Id,
}

impl Editor {
    pub fn new(doc: Document) -> Self {
        Editor { doc, undo: Vec::new(), redo: Vec::new(), id_floor: 0 }
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    pub fn into_doc(self) -> Document {
        self.doc
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What undo would revert, e.g. for a tooltip "Undo: Added GPE “Tehran”".
    pub fn undo_description(&self) -> Option<&str> {
        self.undo.last().map(|c| c.description.as_str())
    }

    /// What redo would re-apply.
    pub fn redo_description(&self) -> Option<&str> {
        self.redo.last().map(|c| c.description.as_str())
    }

    /// Applies `cmd`. On error nothing changed. When something changed, `doc.modified` becomes
    /// `now_ms`, the change is recorded for undo and the redo stack is cleared.
    pub fn apply(&mut self, cmd: Command, now_ms: i64) -> Result<Applied, EditError> {
        let mut tx = Tx::new(&mut self.doc);
        let (description, skipped) = match run(&mut tx, cmd) {
            Ok(r) => r,
            Err(e) => {
                tx.rollback();
                return Err(e);
            }
        };
        let (change, mut applied) = tx.commit(description);
        applied.skipped = skipped;
        match change {
            Some(change) => {
                self.doc.modified = now_ms;
                self.undo.push(change);
                self.redo.clear();
            }
            None if skipped > 0 => {
                applied.description = format!("Nothing added: {}", plural(skipped, "duplicate span", "duplicate spans"))
            }
            None => applied.description = "Nothing to change".to_owned(),
        }
        Ok(applied)
    }

    /// Reverts the last recorded command; `None` when there is nothing to undo.
    /// Replaces the document with `merged`, the same document after a three-way merge with another
    /// writer's version, and keeps the history of this editor's own edits. Undo and redo entries
    /// about anything the merge changed (an annotation or relation by id, the title, the status,
    /// the document labels) are dropped, so undo never reverts the other writer's edit; the rest
    /// stay undoable. Ids stay above every id of the merged document.
    pub fn rebase(&mut self, merged: Document) {
        let old = std::mem::replace(&mut self.doc, merged);
        let new = &self.doc;
        // An annotation of ours that the merge moved to another id (the other writer used its id
        // for something else) is found by content, and its history follows it.
        let same_content = |a: &Annotation, b: &Annotation| Annotation { id: b.id, rev: b.rev, ..a.clone() } == *b;
        let mut moved: BTreeMap<Id, Id> = BTreeMap::new();
        for (id, a) in &old.annotations {
            if new.annotations.get(id) == Some(a) {
                continue;
            }
            let to = new.annotations.iter().find(|(nid, b)| {
                !old.annotations.contains_key(nid) && !moved.values().any(|m| m == *nid) && same_content(a, b)
            });
            if let Some((nid, _)) = to {
                moved.insert(*id, *nid);
            }
        }
        let ann_same = |id: &Id| match moved.get(id) {
            Some(nid) => new.annotations.contains_key(nid),
            None => old.annotations.get(id) == new.annotations.get(id),
        };
        let rel_same = |id: &Id| old.relations.get(id) == new.relations.get(id);
        let title_same = old.title == new.title;
        let status_same = old.status == new.status;
        let labels_same = old.doc_labels == new.doc_labels;
        for stack in [&mut self.undo, &mut self.redo] {
            for c in stack.iter_mut() {
                c.annotations.retain(|(id, _)| ann_same(id));
                for (id, prior) in c.annotations.iter_mut() {
                    if let Some(&nid) = moved.get(id) {
                        *id = nid;
                        if let Some(a) = prior.as_mut() {
                            a.id = nid;
                        }
                    }
                }
                c.relations.retain(|(id, _)| rel_same(id));
                if !title_same {
                    c.title = None;
                }
                if !status_same {
                    c.status = None;
                }
                if !labels_same {
                    c.doc_labels = None;
                }
            }
            stack.retain(|c| {
                !(c.annotations.is_empty()
                    && c.relations.is_empty()
                    && c.title.is_none()
                    && c.status.is_none()
                    && c.doc_labels.is_none())
            });
        }
        self.id_floor = self.id_floor.max(self.doc.next_id);
    }

    pub fn undo(&mut self, now_ms: i64) -> Option<Applied> {
        let change = self.undo.pop()?;
        let (inverse, mut applied) = change.swap_into(&mut self.doc);
        self.doc.next_id = self.doc.next_id.max(self.id_floor);
        applied.description = format!("Undid: {}", inverse.description);
        self.doc.modified = now_ms;
        self.redo.push(inverse);
        Some(applied)
    }

    /// Re-applies the last undone command; `None` when there is nothing to redo.
    pub fn redo(&mut self, now_ms: i64) -> Option<Applied> {
        let change = self.redo.pop()?;
        let (inverse, mut applied) = change.swap_into(&mut self.doc);
        self.doc.next_id = self.doc.next_id.max(self.id_floor);
        applied.description = format!("Redid: {}", inverse.description);
        self.doc.modified = now_ms;
        self.undo.push(inverse);
        Some(applied)
    }
}

/// Checks a span against the text: non-empty, in range, on grapheme boundaries.
/// The command for "the user labelled this range with this label": a new manual span, or, when a
/// suggested or rejected annotation already has exactly this span and label, accepting it (the user
/// confirmed the suggestion; a duplicate would be refused).
/// How `doc`'s pending suggestions follow a new set from the engine (`fresh`, e.g. after it learned
/// from the annotator): pending extracted suggestions that are not in `fresh` are withdrawn, and
/// suggestions of `fresh` whose span and label no annotation has yet (accepted, rejected or pending)
/// are added, so nothing the annotator decided is touched or suggested again. `None` when nothing
/// changes.
pub fn suggestion_update(doc: &Document, fresh: Vec<NewSpan>) -> Option<Command> {
    let wanted: HashSet<(Span, &str)> = fresh.iter().map(|n| (n.span, n.label.as_str())).collect();
    let remove: Vec<Id> = doc
        .annotations
        .values()
        .filter(|a| a.state == SpanState::Suggested && matches!(a.origin, Origin::Extracted { .. }))
        .filter(|a| !wanted.contains(&(a.span, a.label.as_str())))
        .map(|a| a.id)
        .collect();
    let have: HashSet<(Span, &str)> = doc.annotations.values().map(|a| (a.span, a.label.as_str())).collect();
    let add: Vec<NewSpan> = fresh.iter().filter(|n| !have.contains(&(n.span, n.label.as_str()))).cloned().collect();
    (!remove.is_empty() || !add.is_empty()).then_some(Command::ReplaceSuggestions { remove, add })
}

pub fn label_range(doc: &Document, span: Span, label: &str) -> Command {
    let existing = doc.annotations.values().find(|a| a.span == span && a.label == label);
    match existing {
        Some(a) if a.state != SpanState::Accepted => Command::SetState { ids: vec![a.id], state: SpanState::Accepted },
        _ => Command::AddSpan(NewSpan::manual(span, label)),
    }
}

pub fn validate_span(doc: &Document, span: Span) -> Result<(), EditError> {
    let (start, end) = (span.start, span.end);
    if start >= end {
        return Err(EditError::EmptySpan { start, end });
    }
    let len = doc.text.len_cp();
    if end > len {
        return Err(EditError::OutOfRange { start, end, len });
    }
    for pos in [start, end] {
        if !doc.text.is_grapheme_boundary(pos).map_err(|_| EditError::OutOfRange { start, end, len })? {
            return Err(EditError::SplitsGrapheme { start, end, pos });
        }
    }
    Ok(())
}

fn check_label(label: &str) -> Result<(), EditError> {
    if label.trim().is_empty() {
        Err(EditError::EmptyLabel)
    } else {
        Ok(())
    }
}

/// Fails if another annotation (not `except`) already has this span and label.
fn check_duplicate(doc: &Document, span: Span, label: &str, except: Option<Id>) -> Result<(), EditError> {
    match doc.annotations.values().find(|a| Some(a.id) != except && a.span == span && a.label == label) {
        Some(a) => {
            Err(EditError::Duplicate { start: span.start, end: span.end, label: label.to_owned(), existing: a.id })
        }
        None => Ok(()),
    }
}

/// The covered text of a span in quotes, shortened for announcements.
fn quote(doc: &Document, span: Span) -> String {
    const MAX: usize = 40;
    let s = doc.covered(span).unwrap_or("");
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("“{out}”")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn state_word(s: SpanState) -> &'static str {
    match s {
        SpanState::Accepted => "accepted",
        SpanState::Suggested => "suggested",
        SpanState::Rejected => "rejected",
    }
}

/// Dedupes ids, keeping first occurrences in order.
fn unique(ids: Vec<Id>) -> Vec<Id> {
    let mut seen = HashSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

/// Executes a command inside a transaction; returns (description, duplicates skipped).
fn run(tx: &mut Tx<'_>, cmd: Command) -> Result<(String, usize), EditError> {
    match cmd {
        Command::AddSpan(n) => {
            check_label(&n.label)?;
            validate_span(tx.doc, n.span)?;
            check_duplicate(tx.doc, n.span, &n.label, None)?;
            let desc = format!("Added {} {}", n.label, quote(tx.doc, n.span));
            tx.create_ann(n);
            Ok((desc, 0))
        }
        Command::AddSpans(items) => {
            let mut seen: HashSet<(Span, String)> =
                tx.doc.annotations.values().map(|a| (a.span, a.label.clone())).collect();
            let (mut added, mut skipped) = (0, 0);
            for (index, n) in items.into_iter().enumerate() {
                let wrap = |e| EditError::InBatch { index, source: Box::new(e) };
                check_label(&n.label).map_err(wrap)?;
                validate_span(tx.doc, n.span).map_err(wrap)?;
                if !seen.insert((n.span, n.label.clone())) {
                    skipped += 1;
                    continue;
                }
                tx.create_ann(n);
                added += 1;
            }
            let mut desc = format!("Added {}", plural(added, "span", "spans"));
            if skipped > 0 {
                desc.push_str(&format!(", skipped {}", plural(skipped, "duplicate", "duplicates")));
            }
            Ok((desc, skipped))
        }
        Command::RemoveSpans(ids) => {
            let ids = unique(ids);
            let doomed: HashSet<Id> = ids.iter().copied().collect();
            let rel_ids: Vec<Id> = tx
                .doc
                .relations
                .values()
                .filter(|r| doomed.contains(&r.from) || doomed.contains(&r.to))
                .map(|r| r.id)
                .collect();
            let mut desc = match ids.as_slice() {
                [id] => {
                    let a = tx.ann(*id)?;
                    format!("Removed {} {}", a.label, quote(tx.doc, a.span))
                }
                _ => format!("Removed {}", plural(ids.len(), "span", "spans")),
            };
            for id in ids {
                tx.remove_ann(id)?;
            }
            for id in &rel_ids {
                tx.remove_rel(*id)?;
            }
            if !rel_ids.is_empty() {
                desc.push_str(&format!(" and {}", plural(rel_ids.len(), "relation", "relations")));
            }
            Ok((desc, 0))
        }
        Command::ReplaceSuggestions { remove, add } => {
            for id in &remove {
                if tx.ann(*id)?.state != SpanState::Suggested {
                    return Err(EditError::NotASuggestion(*id));
                }
            }
            let (n_remove, n_add) = (remove.len(), add.len());
            if !remove.is_empty() {
                run(tx, Command::RemoveSpans(remove))?;
            }
            let (_, skipped) = if add.is_empty() { (String::new(), 0) } else { run(tx, Command::AddSpans(add))? };
            let desc = format!("Suggestions updated: {} new, {} withdrawn", n_add - skipped, n_remove);
            Ok((desc, skipped))
        }
        Command::Relabel { id, label } => {
            check_label(&label)?;
            let span = tx.ann(id)?.span;
            check_duplicate(tx.doc, span, &label, Some(id))?;
            let desc = format!("Relabelled {} as {label}", quote(tx.doc, span));
            tx.ann_mut(id)?.label = label;
            Ok((desc, 0))
        }
        Command::RelabelAll { from, to } => {
            check_label(&to)?;
            if from == to {
                return Ok((String::new(), 0));
            }
            let taken: BTreeMap<Span, Id> =
                tx.doc.annotations.values().filter(|a| a.label == to).map(|a| (a.span, a.id)).collect();
            let ids: Vec<(Id, Span)> =
                tx.doc.annotations.values().filter(|a| a.label == from).map(|a| (a.id, a.span)).collect();
            for (id, span) in &ids {
                if let Some(&existing) = taken.get(span) {
                    return Err(EditError::Duplicate { start: span.start, end: span.end, label: to, existing });
                }
                tx.ann_mut(*id)?.label.clone_from(&to);
            }
            Ok((format!("Relabelled {} from {from} to {to}", plural(ids.len(), "span", "spans")), 0))
        }
        Command::Resize { id, span } => {
            validate_span(tx.doc, span)?;
            let label = tx.ann(id)?.label.clone();
            check_duplicate(tx.doc, span, &label, Some(id))?;
            let desc = format!("Resized {label} to {}", quote(tx.doc, span));
            tx.ann_mut(id)?.span = span;
            Ok((desc, 0))
        }
        Command::SetState { ids, state } => {
            let ids = unique(ids);
            let desc = match ids.as_slice() {
                [id] => {
                    let a = tx.ann(*id)?;
                    format!("Marked {} {} as {}", a.label, quote(tx.doc, a.span), state_word(state))
                }
                _ => format!("Marked {} as {}", plural(ids.len(), "span", "spans"), state_word(state)),
            };
            for id in ids {
                if tx.ann(id)?.state != state {
                    tx.ann_mut(id)?.state = state;
                }
            }
            Ok((desc, 0))
        }
        Command::SetNote { id, note } => {
            let a = tx.ann(id)?;
            let what = if note.is_empty() { "Removed the note on" } else { "Updated the note on" };
            let desc = format!("{what} {} {}", a.label, quote(tx.doc, a.span));
            if a.note != note {
                tx.ann_mut(id)?.note = note;
            }
            Ok((desc, 0))
        }
        Command::SetAttribute { id, key, value } => {
            if key.trim().is_empty() {
                return Err(EditError::EmptyAttributeKey);
            }
            let a = tx.ann(id)?;
            let target = format!("{} {}", a.label, quote(tx.doc, a.span));
            if a.attributes.get(&key) == value.as_ref() {
                return Ok((String::new(), 0));
            }
            let attrs = &mut tx.ann_mut(id)?.attributes;
            let desc = match value {
                Some(v) => {
                    let d = format!("Set {key} = {v} on {target}");
                    attrs.insert(key, v);
                    d
                }
                None => {
                    let d = format!("Removed {key} from {target}");
                    attrs.remove(&key);
                    d
                }
            };
            Ok((desc, 0))
        }
        Command::AddRelation { from, to, kind } => {
            if kind.trim().is_empty() {
                return Err(EditError::EmptyRelationType);
            }
            let a = tx.ann(from)?;
            let b = tx.ann(to)?;
            if from == to {
                return Err(EditError::SelfRelation(from));
            }
            if tx.doc.relations.values().any(|r| r.from == from && r.to == to && r.kind == kind) {
                return Err(EditError::DuplicateRelation { from, to, kind });
            }
            let desc = format!("Linked {} to {} as {kind}", quote(tx.doc, a.span), quote(tx.doc, b.span));
            tx.create_rel(from, to, kind);
            Ok((desc, 0))
        }
        Command::RemoveRelations(ids) => {
            let ids = unique(ids);
            let desc = format!("Removed {}", plural(ids.len(), "relation", "relations"));
            for id in ids {
                tx.remove_rel(id)?;
            }
            Ok((desc, 0))
        }
        Command::SetDocLabels(labels) => {
            let desc = if labels.is_empty() {
                "Cleared the document labels".to_owned()
            } else {
                format!("Document labels: {}", labels.iter().cloned().collect::<Vec<_>>().join(", "))
            };
            let prior = std::mem::replace(&mut tx.doc.doc_labels, labels);
            tx.doc_labels.get_or_insert(prior);
            Ok((desc, 0))
        }
        Command::SetStatus(status) => {
            let word = match status {
                DocStatus::New => "new",
                DocStatus::InProgress => "in progress",
                DocStatus::Done => "done",
                DocStatus::Skipped => "skipped",
            };
            let prior = std::mem::replace(&mut tx.doc.status, status);
            tx.status.get_or_insert(prior);
            Ok((format!("Marked the document as {word}"), 0))
        }
        Command::SetTitle(title) => {
            let desc = format!("Renamed the document to “{title}”");
            let prior = std::mem::replace(&mut tx.doc.title, title);
            tx.title.get_or_insert(prior);
            Ok((desc, 0))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggestions_follow_the_engine_without_touching_decisions() {
        use crate::model::Origin;
        let mut ed = Editor::new(Document::new("d", "t", "Ali met Bob in Rome and Oslo.", 0));
        let sug = |a: usize, b: usize, l: &str| NewSpan {
            span: Span::new(a, b),
            label: l.into(),
            origin: Origin::Extracted { engine: "e".into(), score: 0.9 },
            state: SpanState::Suggested,
            note: String::new(),
        };
        ed.apply(Command::AddSpans(vec![sug(0, 3, "PERSON"), sug(8, 11, "PERSON"), sug(15, 19, "GPE")]), 1).unwrap();
        let id = |ed: &Editor, a: usize| ed.doc().annotations.values().find(|x| x.span.start == a).unwrap().id;
        let (ali, bob) = (id(&ed, 0), id(&ed, 8));
        ed.apply(Command::SetState { ids: vec![ali], state: SpanState::Accepted }, 2).unwrap();
        ed.apply(Command::SetState { ids: vec![bob], state: SpanState::Rejected }, 3).unwrap();
        // The engine now suggests Ali and Bob again (decided: left alone), Oslo (new), not Rome.
        let fresh = vec![sug(0, 3, "PERSON"), sug(8, 11, "PERSON"), sug(24, 28, "GPE")];
        let cmd = suggestion_update(ed.doc(), fresh.clone()).unwrap();
        let applied = ed.apply(cmd, 4).unwrap();
        assert_eq!(applied.description, "Suggestions updated: 1 new, 1 withdrawn");
        let mut now: Vec<(usize, &str, SpanState)> =
            ed.doc().annotations.values().map(|a| (a.span.start, a.label.as_str(), a.state)).collect();
        now.sort_by_key(|x| x.0);
        assert_eq!(
            now,
            [(0, "PERSON", SpanState::Accepted), (8, "PERSON", SpanState::Rejected), (24, "GPE", SpanState::Suggested)]
        );
        // Nothing more to do with the same set; one undo brings Rome back.
        assert!(suggestion_update(ed.doc(), fresh).is_none());
        ed.undo(5).unwrap();
        assert!(ed.doc().annotations.values().any(|a| a.span.start == 15));
        // Only pending suggestions can be withdrawn.
        let bad = Command::ReplaceSuggestions { remove: vec![ali], add: vec![] };
        assert_eq!(ed.apply(bad, 5).unwrap_err(), EditError::NotASuggestion(ali));
    }

    #[test]
    fn labelling_a_suggested_range_accepts_the_suggestion() {
        let mut ed = Editor::new(Document::new("d", "t", "Iran and Oman", 0));
        let sug = NewSpan {
            span: Span::new(0, 4),
            label: "GPE".into(),
            origin: Origin::Extracted { engine: "x".into(), score: 0.9 },
            state: SpanState::Suggested,
            note: String::new(),
        };
        let id = ed.apply(Command::AddSpan(sug), 1).unwrap().created[0];
        let cmd = label_range(ed.doc(), Span::new(0, 4), "GPE");
        assert_eq!(cmd, Command::SetState { ids: vec![id], state: SpanState::Accepted });
        ed.apply(cmd, 2).unwrap();
        assert_eq!(ed.doc().annotations[&id].state, SpanState::Accepted);
        // Another label, or an already accepted span, gives a new span / a duplicate error.
        assert!(matches!(label_range(ed.doc(), Span::new(0, 4), "ORG"), Command::AddSpan(_)));
        assert!(ed.apply(label_range(ed.doc(), Span::new(0, 4), "GPE"), 3).is_err());
    }

    use super::*;

    fn editor() -> Editor {
        Editor::new(Document::new("d", "T", "Tehran’s talks in Muscat 👨\u{200d}👩\u{200d}👧 end", 0))
    }

    #[test]
    fn add_undo_redo_roundtrip() {
        let mut ed = editor();
        let before = ed.doc().clone();
        let a = ed.apply(Command::AddSpan(NewSpan::manual(Span::new(0, 6), "GPE")), 5).unwrap();
        assert_eq!(a.created, vec![1]);
        assert_eq!(a.description, "Added GPE “Tehran”");
        assert_eq!(ed.doc().modified, 5);
        let after = ed.doc().clone();
        let u = ed.undo(6).unwrap();
        assert_eq!(u.removed, vec![1]);
        assert_eq!(u.description, "Undid: Added GPE “Tehran”");
        assert_eq!(ed.doc().annotations, before.annotations);
        assert_eq!(ed.doc().next_id, before.next_id);
        let r = ed.redo(7).unwrap();
        assert_eq!(r.created, vec![1]);
        assert_eq!(ed.doc().annotations, after.annotations);
        assert!(!ed.can_redo());
    }

    #[test]
    fn rejects_bad_spans_and_changes_nothing() {
        let mut ed = editor();
        let len = ed.doc().text.len_cp();
        let add = |s, e| Command::AddSpan(NewSpan::manual(Span::new(s, e), "X"));
        assert_eq!(ed.apply(add(3, 3), 1), Err(EditError::EmptySpan { start: 3, end: 3 }));
        assert_eq!(ed.apply(add(0, len + 1), 1), Err(EditError::OutOfRange { start: 0, end: len + 1, len }));
        // The family emoji starts at 25; 27 is inside it.
        assert_eq!(ed.apply(add(25, 27), 1), Err(EditError::SplitsGrapheme { start: 25, end: 27, pos: 27 }));
        ed.apply(add(0, 6), 1).unwrap();
        assert_eq!(
            ed.apply(add(0, 6), 2),
            Err(EditError::Duplicate { start: 0, end: 6, label: "X".into(), existing: 1 })
        );
        let snapshot = ed.doc().clone();
        let batch =
            Command::AddSpans(vec![NewSpan::manual(Span::new(9, 14), "X"), NewSpan::manual(Span::new(5, 2), "X")]);
        let err = ed.apply(batch, 3).unwrap_err();
        assert_eq!(err.to_string(), "item 2 of the batch: the selection 5..2 is empty: select at least one character");
        assert_eq!(*ed.doc(), snapshot);
        assert_eq!(ed.undo_description(), Some("Added X “Tehran”"));
    }

    #[test]
    fn remove_takes_relations_and_revs_bump() {
        let mut ed = editor();
        let spans = vec![NewSpan::manual(Span::new(0, 6), "GPE"), NewSpan::manual(Span::new(18, 24), "GPE")];
        let a = ed.apply(Command::AddSpans(spans.clone()), 1).unwrap();
        assert_eq!(a.created, vec![1, 2]);
        let again = ed.apply(Command::AddSpans(spans), 2).unwrap();
        assert_eq!((again.created.len(), again.skipped), (0, 2));
        assert_eq!(
            ed.apply(Command::AddRelation { from: 1, to: 1, kind: "r".into() }, 2),
            Err(EditError::SelfRelation(1))
        );
        ed.apply(Command::AddRelation { from: 1, to: 2, kind: "r".into() }, 2).unwrap();
        ed.apply(Command::Relabel { id: 2, label: "LOC".into() }, 3).unwrap();
        assert_eq!(ed.doc().annotations[&2].rev, 1);
        let r = ed.apply(Command::RemoveSpans(vec![2]), 4).unwrap();
        assert_eq!(r.removed, vec![2, 3]);
        assert!(ed.doc().relations.is_empty());
        ed.undo(5);
        assert_eq!(ed.doc().relations.len(), 1);
        assert_eq!(ed.doc().annotations[&2].label, "LOC");
        assert_eq!(ed.doc().annotations[&2].rev, 1);
    }
}

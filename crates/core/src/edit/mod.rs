//! Editing: every change to a document is a [`Command`] applied through an [`Editor`], which keeps
//! unbounded undo and redo.
//!
//! Layout: this file holds the public types and the [`Editor`]; `commands` has one function per
//! command (checks and mutation), `tx` the transaction and undo record, `describe` every English
//! sentence about what was done.
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

mod commands;
mod describe;
mod tx;

use crate::model::{Annotation, DocStatus, Document, Id, Origin, Span, SpanState};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use tx::{Change, Tx};

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
    /// Accepts a pending suggestion under another label, as one step (review mode's "relabel").
    AcceptAs {
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
    /// Sets the document's reading direction (`None`: each paragraph's own, see [`crate::bidi`]).
    SetDirection(Option<crate::bidi::Direction>),
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

impl Applied {
    /// Every annotation the change created, changed or removed.
    pub fn touched(&self) -> impl Iterator<Item = Id> + '_ {
        self.created.iter().chain(&self.changed).chain(&self.removed).copied()
    }

    /// Whether the change left every annotation as it was (duplicates only, say).
    pub fn is_empty(&self) -> bool {
        self.created.is_empty() && self.changed.is_empty() && self.removed.is_empty()
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
        let (description, skipped) = match commands::run(&mut tx, cmd) {
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
            None if skipped > 0 => applied.description = describe::nothing_added(skipped),
            None => applied.description = describe::nothing_to_change(),
        }
        Ok(applied)
    }

    /// Applies `cmd` as part of how the document was opened rather than as a user's step (the
    /// engine's first suggestions arriving): nothing is recorded, and the undo and redo stacks are
    /// emptied, since their entries were made against the document before this change. On error
    /// nothing changed, the stacks included.
    pub fn apply_unrecorded(&mut self, cmd: Command, now_ms: i64) -> Result<Applied, EditError> {
        let applied = self.apply(cmd, now_ms)?;
        self.undo.clear();
        self.redo.clear();
        Ok(applied)
    }

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

    /// Reverts the last recorded command; `None` when there is nothing to undo.
    pub fn undo(&mut self, now_ms: i64) -> Option<Applied> {
        let change = self.undo.pop()?;
        let (inverse, mut applied) = change.swap_into(&mut self.doc);
        self.doc.next_id = self.doc.next_id.max(self.id_floor);
        applied.description = describe::undid(&inverse.description);
        self.doc.modified = now_ms;
        self.redo.push(inverse);
        Some(applied)
    }

    /// Re-applies the last undone command; `None` when there is nothing to redo.
    pub fn redo(&mut self, now_ms: i64) -> Option<Applied> {
        let change = self.redo.pop()?;
        let (inverse, mut applied) = change.swap_into(&mut self.doc);
        self.doc.next_id = self.doc.next_id.max(self.id_floor);
        applied.description = describe::redid(&inverse.description);
        self.doc.modified = now_ms;
        self.undo.push(inverse);
        Some(applied)
    }
}

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

/// The command for "the user labelled this range with this label": a new manual span, or, when a
/// suggested or rejected annotation already has exactly this span and label, accepting it (the user
/// confirmed the suggestion; a duplicate would be refused).
pub fn label_range(doc: &Document, span: Span, label: &str) -> Command {
    let existing = doc.annotations.values().find(|a| a.span == span && a.label == label);
    match existing {
        Some(a) if a.state != SpanState::Accepted => Command::SetState { ids: vec![a.id], state: SpanState::Accepted },
        _ => Command::AddSpan(NewSpan::manual(span, label)),
    }
}

/// Checks a span against the text: non-empty, in range, on grapheme boundaries.
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

#[cfg(test)]
mod tests;

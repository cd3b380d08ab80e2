//! The open document's link to storage: which stored version it is based on, and how another
//! writer's version (another tab) is reconciled with the edits made here.
//!
//! Invariants:
//! - Another writer's value is recognised by its content, not only by its revision: two tabs that
//!   both write revision N+1 over revision N are detected ([`Workspace::load_if_changed`] and
//!   [`Workspace::save_doc`] compare the stored value with the one this workspace last read or wrote).
//! - The merge base is the last version both sides had: after a write of ours that another writer
//!   overwrote at the same revision, that is the version *before* our write, so neither side's
//!   edits are mistaken for deletions by the other.
//! - Nothing is lost: the merged document keeps both sides' work, and what the merge could not
//!   place is listed ([`MergeResult::leftovers`]) so the app can set it aside and say what it was.

use super::merge::{merge, MergeResult};
use super::schema::StoredDoc;
use crate::model::Document;

/// What the open document is based on in storage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocSession {
    /// The stored revision the open document was loaded at or last saved as.
    pub revision: u64,
    /// That stored version (the base of the next merge).
    base: Option<Document>,
    /// The version before our last write, and its revision: the base when another writer
    /// overwrote our write at the same revision.
    before_write: Option<(u64, Document)>,
}

/// The outcome of reconciling with another writer's version.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciled {
    /// The merged document and what could not be placed.
    pub merged: MergeResult,
    /// The stored revision the merge is based on (save over it next).
    pub revision: u64,
    /// Whether the merged document differs from the stored one (then it must be saved).
    pub needs_save: bool,
}

impl DocSession {
    /// A session for a document just loaded (or created) at `revision`.
    pub fn opened(doc: &Document, revision: u64) -> Self {
        DocSession { revision, base: Some(doc.clone()), before_write: None }
    }

    /// A session with no stored version (storage unavailable, a read-only view).
    pub fn detached() -> Self {
        DocSession::default()
    }

    /// Records that `doc` was written as `revision`.
    pub fn saved(&mut self, doc: &Document, revision: u64) {
        let previous = self.base.replace(doc.clone());
        self.before_write = previous.map(|p| (self.revision, p));
        self.revision = revision;
    }

    /// The base to merge `stored` with: the version before our last write when `stored` replaced
    /// that write at the same revision (a concurrent writer based on the same version as we were),
    /// else the version we last had.
    fn base_for(&self, stored: &StoredDoc) -> Option<&Document> {
        match &self.before_write {
            Some((rev, before)) if stored.revision <= self.revision && *rev < stored.revision => Some(before),
            _ => self.base.as_ref(),
        }
    }

    /// Merges the document as edited here (`ours`) with another writer's stored version, three-way
    /// over the right base, and moves the session onto the stored version.
    pub fn reconcile(&mut self, ours: &Document, stored: StoredDoc) -> Reconciled {
        let base = self.base_for(&stored).cloned().unwrap_or_else(|| stored.doc.clone());
        let merged = merge(&base, ours, &stored.doc);
        let needs_save = merged.doc != stored.doc;
        self.revision = stored.revision;
        self.base = Some(stored.doc);
        self.before_write = None;
        Reconciled { merged, revision: self.revision, needs_save }
    }
}

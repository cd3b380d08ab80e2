//! The transaction behind every command ([`Tx`]) and the undo record it leaves ([`Change`]).
//!
//! Invariants:
//! - A [`Tx`] remembers the first prior value of everything it touches, so [`Tx::rollback`] restores
//!   the document exactly and [`Tx::commit`] records only what really changed.
//! - A [`Change`] holds prior values only (never document copies); [`Change::swap_into`] applies it
//!   and returns its exact inverse.

use super::{Applied, EditError, NewSpan};
use crate::bidi::Direction;
use crate::model::{Annotation, DocStatus, Document, Id, Relation};
use std::collections::{BTreeMap, BTreeSet};

/// Prior values of everything one command touched; applying it swaps them back in.
#[derive(Debug, Clone)]
pub(super) struct Change {
    pub(super) annotations: Vec<(Id, Option<Annotation>)>,
    pub(super) relations: Vec<(Id, Option<Relation>)>,
    pub(super) title: Option<String>,
    pub(super) status: Option<DocStatus>,
    pub(super) doc_labels: Option<BTreeSet<String>>,
    pub(super) direction: Option<Option<Direction>>,
    pub(super) next_id: Id,
    pub(super) description: String,
}

impl Change {
    /// Writes the recorded values into `doc` and returns the inverse change plus what happened.
    pub(super) fn swap_into(self, doc: &mut Document) -> (Change, Applied) {
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
        let direction = self.direction.map(|d| std::mem::replace(&mut doc.direction, d));
        let next_id = std::mem::replace(&mut doc.next_id, self.next_id);
        let inverse = Change {
            annotations,
            relations,
            title,
            status,
            doc_labels,
            direction,
            next_id,
            description: self.description,
        };
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
pub(super) struct Tx<'a> {
    pub(super) doc: &'a mut Document,
    anns: BTreeMap<Id, Option<Annotation>>,
    rels: BTreeMap<Id, Option<Relation>>,
    pub(super) title: Option<String>,
    pub(super) status: Option<DocStatus>,
    pub(super) doc_labels: Option<BTreeSet<String>>,
    pub(super) direction: Option<Option<Direction>>,
    next_id: Id,
}

impl<'a> Tx<'a> {
    pub(super) fn new(doc: &'a mut Document) -> Self {
        let next_id = doc.next_id;
        Tx {
            doc,
            anns: BTreeMap::new(),
            rels: BTreeMap::new(),
            title: None,
            status: None,
            doc_labels: None,
            direction: None,
            next_id,
        }
    }

    pub(super) fn ann(&self, id: Id) -> Result<&Annotation, EditError> {
        self.doc.annotations.get(&id).ok_or(EditError::UnknownAnnotation(id))
    }

    pub(super) fn ann_mut(&mut self, id: Id) -> Result<&mut Annotation, EditError> {
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

    pub(super) fn create_ann(&mut self, n: NewSpan) -> Id {
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

    pub(super) fn remove_ann(&mut self, id: Id) -> Result<Annotation, EditError> {
        self.ann(id)?;
        self.anns.entry(id).or_insert_with(|| self.doc.annotations.get(&id).cloned());
        self.doc.annotations.remove(&id).ok_or(EditError::UnknownAnnotation(id))
    }

    pub(super) fn create_rel(&mut self, from: Id, to: Id, kind: String) -> Id {
        let id = self.fresh_id();
        self.rels.entry(id).or_insert(None);
        self.doc.relations.insert(id, Relation { id, from, to, kind });
        id
    }

    pub(super) fn remove_rel(&mut self, id: Id) -> Result<Relation, EditError> {
        if !self.doc.relations.contains_key(&id) {
            return Err(EditError::UnknownRelation(id));
        }
        self.rels.entry(id).or_insert_with(|| self.doc.relations.get(&id).cloned());
        self.doc.relations.remove(&id).ok_or(EditError::UnknownRelation(id))
    }

    /// Puts every prior value back.
    pub(super) fn rollback(self) {
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
        if let Some(d) = self.direction {
            self.doc.direction = d;
        }
        self.doc.next_id = self.next_id;
    }

    /// Drops no-op records, bumps the `rev` of changed annotations, and returns the change to
    /// record (or `None` when nothing changed) with a summary of what happened.
    pub(super) fn commit(self, description: String) -> (Option<Change>, Applied) {
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
        let direction = self.direction.filter(|d| *d != doc.direction);
        let nothing = annotations.is_empty()
            && relations.is_empty()
            && title.is_none()
            && status.is_none()
            && doc_labels.is_none()
            && direction.is_none()
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
            direction,
            next_id: self.next_id,
            description: applied.description.clone(),
        };
        (Some(change), applied)
    }
}

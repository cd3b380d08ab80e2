//! Three-way merge of two versions of a document edited from a common base (e.g. in two tabs).
//!
//! Invariants:
//! - Never silently drops work: every annotation or relation present on either side and not deleted by
//!   the other side is in the result, or is listed in [`MergeResult::conflicts`] with its full content.
//! - Annotations are matched by id; an id used for different things on the two sides is renumbered on
//!   "theirs" side with fresh ids above every id of base, ours and theirs.
//! - The result satisfies the model invariants (no duplicate span+label, relations point at existing
//!   annotations, `next_id` above every id).
//! - Offsets are not rebased: if only one side changed the text, the other side's annotations keep their
//!   offsets and are recorded as conflicts when they no longer fit the text.

use crate::model::{Annotation, DocStatus, Document, Id, Relation};
use crate::text::Text;
use std::collections::{BTreeMap, BTreeSet};

/// Which version a conflict entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Something the merge could not reconcile automatically. Nothing listed here is lost: either both
/// versions are in the document, or the one left out is carried in full in this record.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeConflict {
    /// Both sides edited annotation `id` differently. Ours stays under `id`; theirs was added as
    /// `theirs_kept_as`, or is only recorded here (`None`) when it has the same span and label as another.
    AnnotationEdited { id: Id, ours: Annotation, theirs: Annotation, theirs_kept_as: Option<Id> },
    /// One side edited an annotation the other deleted; the edited version was kept.
    AnnotationEditedAndDeleted { kept: Annotation, edited_by: Side },
    /// An annotation had the same span and label as another one in the result and was folded into it.
    AnnotationFolded { dropped: Annotation, into: Id, side: Side },
    /// An annotation no longer fits the merged text and was left out.
    AnnotationOutsideText { annotation: Annotation, side: Side },
    /// Both sides edited relation `id` differently; as for annotations.
    RelationEdited { id: Id, ours: Relation, theirs: Relation, theirs_kept_as: Option<Id> },
    /// One side edited a relation the other deleted; the edited version was kept.
    RelationEditedAndDeleted { kept: Relation, edited_by: Side },
    /// A relation lost an end (the annotation was deleted on the other side) and was left out.
    RelationDropped { relation: Relation, missing: Id, side: Side },
    /// Both sides changed the title; ours was kept.
    Title { ours: String, theirs: String },
    /// Both sides changed the status; ours was kept.
    Status { ours: DocStatus, theirs: DocStatus },
    /// Both sides changed the text; ours was kept (theirs is here in full).
    Text { theirs: Text },
}

/// The merged document and what needs the user's attention.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeResult {
    pub doc: Document,
    pub conflicts: Vec<MergeConflict>,
}

impl MergeConflict {
    /// A short sentence for the user saying what happened (user strings isolated for display).
    pub fn describe(&self) -> String {
        use crate::display::quoted;
        let ann = |a: &Annotation| format!("{} {}", a.label, quoted(&format!("{}..{}", a.span.start, a.span.end)));
        match self {
            MergeConflict::AnnotationEdited { ours, theirs_kept_as: Some(_), .. } => {
                format!("span {} was changed in both tabs; both versions are kept", ann(ours))
            }
            MergeConflict::AnnotationEdited { ours, theirs, theirs_kept_as: None, .. } => {
                format!(
                    "span {} was changed in both tabs; the other tab's version ({}) was set aside",
                    ann(ours),
                    ann(theirs)
                )
            }
            MergeConflict::AnnotationEditedAndDeleted { kept, .. } => {
                format!("span {} was deleted in one tab and changed in the other; it was kept", ann(kept))
            }
            MergeConflict::AnnotationFolded { dropped, .. } => {
                format!("span {} was added in both tabs; it is kept once", ann(dropped))
            }
            MergeConflict::AnnotationOutsideText { annotation, .. } => {
                format!("span {} no longer fits the text; it was set aside", ann(annotation))
            }
            MergeConflict::RelationEdited { ours, theirs_kept_as, .. } => match theirs_kept_as {
                Some(_) => format!("relation {} was changed in both tabs; both versions are kept", quoted(&ours.kind)),
                None => {
                    format!("relation {} was changed in both tabs; the other version was set aside", quoted(&ours.kind))
                }
            },
            MergeConflict::RelationEditedAndDeleted { kept, .. } => {
                format!("relation {} was deleted in one tab and changed in the other; it was kept", quoted(&kept.kind))
            }
            MergeConflict::RelationDropped { relation, .. } => {
                format!("relation {} lost one of its spans; it was set aside", quoted(&relation.kind))
            }
            MergeConflict::Title { ours, theirs } => {
                format!(
                    "the title was changed in both tabs; {} is kept, {} was set aside",
                    quoted(ours),
                    quoted(theirs)
                )
            }
            MergeConflict::Status { .. } => "the status was changed in both tabs; this tab's is kept".to_owned(),
            MergeConflict::Text { .. } => {
                "the text was changed in both tabs; this tab's is kept, the other was set aside".to_owned()
            }
        }
    }

    /// Whether something of this conflict is not in the merged document (and must be kept aside).
    pub fn left_out(&self) -> bool {
        matches!(
            self,
            MergeConflict::AnnotationEdited { theirs_kept_as: None, .. }
                | MergeConflict::AnnotationOutsideText { .. }
                | MergeConflict::RelationEdited { theirs_kept_as: None, .. }
                | MergeConflict::RelationDropped { .. }
                | MergeConflict::Title { .. }
                | MergeConflict::Status { .. }
                | MergeConflict::Text { .. }
        )
    }

    fn leftover_json(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            MergeConflict::AnnotationEdited { theirs, .. } => json!({"kind": "span", "span": theirs}),
            MergeConflict::AnnotationOutsideText { annotation, .. } => json!({"kind": "span", "span": annotation}),
            MergeConflict::AnnotationFolded { dropped, .. } => json!({"kind": "span", "span": dropped}),
            MergeConflict::AnnotationEditedAndDeleted { kept, .. } => json!({"kind": "span", "span": kept}),
            MergeConflict::RelationEdited { theirs, .. } => json!({"kind": "relation", "relation": theirs}),
            MergeConflict::RelationEditedAndDeleted { kept, .. } => json!({"kind": "relation", "relation": kept}),
            MergeConflict::RelationDropped { relation, .. } => json!({"kind": "relation", "relation": relation}),
            MergeConflict::Title { theirs, .. } => json!({"kind": "title", "title": theirs}),
            MergeConflict::Status { theirs, .. } => json!({"kind": "status", "status": theirs}),
            MergeConflict::Text { theirs } => json!({"kind": "text", "text": theirs.as_str()}),
        }
    }
}

impl MergeResult {
    /// What the merge could not place in the document, as one JSON value to keep aside (`None` when
    /// everything is in the document). Also names the document and explains every entry.
    pub fn leftovers(&self) -> Option<String> {
        let left: Vec<&MergeConflict> = self.conflicts.iter().filter(|c| c.left_out()).collect();
        if left.is_empty() {
            return None;
        }
        let items: Vec<serde_json::Value> = left
            .iter()
            .map(|c| {
                let mut v = c.leftover_json();
                v["what"] = serde_json::Value::String(c.describe());
                v
            })
            .collect();
        let out = serde_json::json!({
            "set_aside_by": "spandrel merge",
            "document": self.doc.id,
            "title": self.doc.title,
            "items": items,
        });
        Some(out.to_string())
    }
}

fn pick3<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> (T, bool) {
    if ours == theirs || theirs == base {
        (ours.clone(), false)
    } else if ours == base {
        (theirs.clone(), false)
    } else {
        (ours.clone(), true)
    }
}

struct Builder {
    doc: Document,
    next: Id,
    conflicts: Vec<MergeConflict>,
    /// Result id of every annotation id as seen by ours / theirs, when it differs.
    ours_map: BTreeMap<Id, Id>,
    theirs_map: BTreeMap<Id, Id>,
}

impl Builder {
    fn used(&self, id: Id) -> bool {
        self.doc.annotations.contains_key(&id) || self.doc.relations.contains_key(&id)
    }

    fn fresh(&mut self) -> Id {
        let id = self.next;
        self.next += 1;
        id
    }

    fn fits(&self, a: &Annotation) -> bool {
        a.span.start < a.span.end && a.span.end <= self.doc.text.len_cp()
    }

    /// Inserts an annotation (preferring id `want`), folding duplicates. Returns the result id or `None`.
    fn add_annotation(&mut self, mut a: Annotation, want: Option<Id>, side: Side, report_fold: bool) -> Option<Id> {
        if !self.fits(&a) {
            self.conflicts.push(MergeConflict::AnnotationOutsideText { annotation: a, side });
            return None;
        }
        if let Some(other) = self.doc.annotations.values().find(|x| x.span == a.span && x.label == a.label) {
            let into = other.id;
            let same = Annotation { id: into, rev: other.rev, ..a.clone() } == *other;
            if !same && report_fold {
                self.conflicts.push(MergeConflict::AnnotationFolded { dropped: a, into, side });
            }
            return Some(into);
        }
        let id = match want {
            Some(w) if !self.used(w) => w,
            _ => self.fresh(),
        };
        a.id = id;
        self.doc.annotations.insert(id, a);
        Some(id)
    }

    /// Inserts a relation; with `fold_into`, an identical relation among those ids absorbs it.
    fn add_relation(&mut self, mut r: Relation, want: Option<Id>, fold_into: Option<&BTreeSet<Id>>) -> Option<Id> {
        if let Some(ours) = fold_into {
            let same = |x: &&Relation| ours.contains(&x.id) && x.from == r.from && x.to == r.to && x.kind == r.kind;
            if let Some(other) = self.doc.relations.values().find(same) {
                return Some(other.id);
            }
        }
        let id = match want {
            Some(w) if !self.used(w) => w,
            _ => self.fresh(),
        };
        r.id = id;
        self.doc.relations.insert(id, r);
        Some(id)
    }
}

fn max_id(d: &Document) -> Id {
    let a = d.annotations.keys().next_back().copied().unwrap_or(0);
    let r = d.relations.keys().next_back().copied().unwrap_or(0);
    d.next_id.max(a + 1).max(r + 1)
}

/// Three-way merge of `ours` and `theirs`, both derived from `base`. Ours wins ties, and the id, creation
/// time and the order of preference for renumbering come from ours.
///
/// The steps, in order (conflicts are listed in the order the steps find them): the document's own fields
/// ([`merged_fields`]), annotations kept as ours has them with theirs' queued ([`Builder::anchor_ours`],
/// [`Builder::queue_theirs_only`]), theirs' annotations renumbered where needed ([`Builder::add_theirs`]),
/// then relations with their ends mapped to the result ids ([`Builder::queue_relations`],
/// [`Builder::add_relations`]).
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> MergeResult {
    let mut conflicts = Vec::new();
    let doc = merged_fields(base, ours, theirs, &mut conflicts);
    let mut b = Builder {
        doc,
        next: max_id(base).max(max_id(ours)).max(max_id(theirs)),
        conflicts,
        ours_map: BTreeMap::new(),
        theirs_map: BTreeMap::new(),
    };
    let mut theirs_queue = b.anchor_ours(base, ours, theirs);
    b.queue_theirs_only(base, ours, theirs, &mut theirs_queue);
    b.add_theirs(ours, theirs_queue);
    let (rel_queue, rel_conflicts) = b.queue_relations(base, ours, theirs);
    b.add_relations(base, ours, rel_queue, rel_conflicts);
    let top = b.doc.annotations.keys().chain(b.doc.relations.keys()).max().map_or(0, |m| m + 1);
    b.doc.next_id = b.next.max(top);
    MergeResult { doc: b.doc, conflicts: b.conflicts }
}

/// The merged document without annotations and relations: text, title, status, document labels, tokens
/// and source, each merged three-way; conflicts on text, title and status go to `conflicts`.
fn merged_fields(base: &Document, ours: &Document, theirs: &Document, conflicts: &mut Vec<MergeConflict>) -> Document {
    let text = if ours.text == theirs.text || theirs.text == base.text {
        ours.text.clone()
    } else if ours.text == base.text {
        theirs.text.clone()
    } else {
        conflicts.push(MergeConflict::Text { theirs: theirs.text.clone() });
        ours.text.clone()
    };
    let (title, c) = pick3(&base.title, &ours.title, &theirs.title);
    if c {
        conflicts.push(MergeConflict::Title { ours: ours.title.clone(), theirs: theirs.title.clone() });
    }
    let (status, c) = pick3(&base.status, &ours.status, &theirs.status);
    if c {
        conflicts.push(MergeConflict::Status { ours: ours.status, theirs: theirs.status });
    }
    let doc_labels: BTreeSet<String> = ours
        .doc_labels
        .union(&theirs.doc_labels)
        .filter(|l| !base.doc_labels.contains(*l) || (ours.doc_labels.contains(*l) && theirs.doc_labels.contains(*l)))
        .cloned()
        .collect();
    // Tokens belong to a text: the side whose text was kept.
    let tokens = if text == ours.text { ours.tokens.clone() } else { theirs.tokens.clone() };
    // The structure describes a text: the side whose text was kept.
    let structure = if text == ours.text { ours.structure.clone() } else { theirs.structure.clone() };
    Document {
        id: ours.id.clone(),
        title,
        text,
        created: ours.created,
        modified: ours.modified.max(theirs.modified),
        status,
        annotations: BTreeMap::new(),
        relations: BTreeMap::new(),
        doc_labels,
        next_id: 0,
        seq: ours.seq,
        source: if ours.source == base.source { theirs.source.clone() } else { ours.source.clone() },
        tokens,
        // Who the document is assigned to is the lead's to say: a side that changed it wins.
        assigned: if ours.assigned == base.assigned { theirs.assigned.clone() } else { ours.assigned.clone() },
        // A side that changed the direction wins (ours when both did).
        direction: if ours.direction == base.direction { theirs.direction } else { ours.direction },
        structure,
    }
}

/// A relation waiting to be added: the relation as its side has it, the id it wants (`None`: a fresh
/// one), and the side.
type QueuedRelation = (Relation, Option<Id>, Side);

impl Builder {
    /// Adds ours' annotation `o` under its id, noting where it went.
    fn keep_ours(&mut self, id: Id, o: &Annotation) {
        let r = self.add_annotation(o.clone(), Some(id), Side::Ours, true);
        note_map(&mut self.ours_map, id, r);
    }

    /// Phase 1: annotations anchored on ours (kept as ours has them). Theirs' versions of the same ids
    /// are returned queued with how they relate to ours.
    fn anchor_ours(&mut self, base: &Document, ours: &Document, theirs: &Document) -> Vec<(Annotation, Queued)> {
        let mut theirs_queue = Vec::new();
        for (&id, o) in &ours.annotations {
            let bv = base.annotations.get(&id);
            match (bv, theirs.annotations.get(&id)) {
                (_, Some(t)) if t == o => self.keep_ours(id, o),
                (Some(bv), Some(t)) if o == bv => theirs_queue.push((t.clone(), Queued::Shared)),
                (Some(bv), Some(t)) => {
                    self.keep_ours(id, o);
                    if t == bv {
                        continue;
                    }
                    // Edited on both sides: theirs' version is kept as a copy (decided below).
                    self.conflicts.push(MergeConflict::AnnotationEdited {
                        id,
                        ours: o.clone(),
                        theirs: t.clone(),
                        theirs_kept_as: None,
                    });
                    theirs_queue.push((t.clone(), Queued::EditCopy));
                }
                (None, Some(t)) => {
                    // Both sides created an annotation with the same id: keep both.
                    self.keep_ours(id, o);
                    theirs_queue.push((t.clone(), Queued::New));
                }
                (Some(bv), None) if o == bv => {} // deleted by theirs
                (Some(_), None) => {
                    self.conflicts
                        .push(MergeConflict::AnnotationEditedAndDeleted { kept: o.clone(), edited_by: Side::Ours });
                    self.keep_ours(id, o);
                }
                (None, None) => self.keep_ours(id, o),
            }
        }
        theirs_queue
    }

    /// Phase 1, theirs' side: annotations only theirs has are queued, unless ours deleted them unchanged.
    fn queue_theirs_only(
        &mut self,
        base: &Document,
        ours: &Document,
        theirs: &Document,
        queue: &mut Vec<(Annotation, Queued)>,
    ) {
        for (&id, t) in &theirs.annotations {
            if ours.annotations.contains_key(&id) {
                continue;
            }
            match base.annotations.get(&id) {
                Some(bv) if bv == t => {} // deleted by ours
                Some(_) => {
                    self.conflicts
                        .push(MergeConflict::AnnotationEditedAndDeleted { kept: t.clone(), edited_by: Side::Theirs });
                    queue.push((t.clone(), Queued::Shared));
                }
                None => queue.push((t.clone(), Queued::New)),
            }
        }
    }

    /// Phase 2: theirs' annotations, renumbered where needed.
    fn add_theirs(&mut self, ours: &Document, queue: Vec<(Annotation, Queued)>) {
        for (t, how) in queue {
            let theirs_id = t.id;
            let clash = ours.annotations.contains_key(&theirs_id);
            let want = if how == Queued::EditCopy || (how == Queued::New && clash) { None } else { Some(theirs_id) };
            let r = self.add_annotation(t, want, Side::Theirs, how != Queued::EditCopy);
            match how {
                Queued::Shared => {
                    note_map(&mut self.ours_map, theirs_id, r);
                    note_map(&mut self.theirs_map, theirs_id, r);
                }
                Queued::New => note_map(&mut self.theirs_map, theirs_id, r),
                Queued::EditCopy => {
                    let slot = self.conflicts.iter_mut().find_map(|c| match c {
                        MergeConflict::AnnotationEdited { id, theirs_kept_as, .. } if *id == theirs_id => {
                            Some(theirs_kept_as)
                        }
                        _ => None,
                    });
                    if let Some(slot) = slot {
                        *slot = r.filter(|&x| x != theirs_id);
                    }
                }
            }
        }
    }

    /// Phase 3, first half: every relation to add, in order, and the relations both sides edited
    /// differently (id, ours, theirs).
    fn queue_relations(
        &mut self,
        base: &Document,
        ours: &Document,
        theirs: &Document,
    ) -> (Vec<QueuedRelation>, Vec<(Id, Relation, Relation)>) {
        let mut rel_queue: Vec<QueuedRelation> = Vec::new();
        let mut rel_conflicts = Vec::new();
        for (&id, o) in &ours.relations {
            let bv = base.relations.get(&id);
            match (bv, theirs.relations.get(&id)) {
                (_, Some(t)) if t == o => rel_queue.push((o.clone(), Some(id), Side::Ours)),
                (Some(bv), Some(t)) if o == bv => rel_queue.push((t.clone(), Some(id), Side::Theirs)),
                (Some(bv), Some(t)) => {
                    rel_queue.push((o.clone(), Some(id), Side::Ours));
                    if t != bv {
                        rel_conflicts.push((id, o.clone(), t.clone()));
                        rel_queue.push((t.clone(), None, Side::Theirs));
                    }
                }
                (None, Some(t)) => {
                    rel_queue.push((o.clone(), Some(id), Side::Ours));
                    rel_queue.push((t.clone(), None, Side::Theirs));
                }
                (Some(bv), None) if o == bv => {}
                (Some(_), None) => {
                    self.conflicts
                        .push(MergeConflict::RelationEditedAndDeleted { kept: o.clone(), edited_by: Side::Ours });
                    rel_queue.push((o.clone(), Some(id), Side::Ours));
                }
                (None, None) => rel_queue.push((o.clone(), Some(id), Side::Ours)),
            }
        }
        for (&id, t) in &theirs.relations {
            if ours.relations.contains_key(&id) {
                continue;
            }
            match base.relations.get(&id) {
                Some(bv) if bv == t => {}
                Some(_) => {
                    self.conflicts
                        .push(MergeConflict::RelationEditedAndDeleted { kept: t.clone(), edited_by: Side::Theirs });
                    rel_queue.push((t.clone(), Some(id), Side::Theirs));
                }
                None => rel_queue.push((t.clone(), Some(id), Side::Theirs)),
            }
        }
        (rel_queue, rel_conflicts)
    }

    /// Phase 3, second half: adds the queued relations with their ends mapped to result ids, dropping
    /// (and listing) those that lost an end, then lists the relations both sides edited.
    fn add_relations(
        &mut self,
        base: &Document,
        ours: &Document,
        queue: Vec<QueuedRelation>,
        rel_conflicts: Vec<(Id, Relation, Relation)>,
    ) {
        let ours_map: BTreeMap<Id, Option<Id>> = self.ours_map.iter().map(|(&k, &v)| (k, Some(v))).collect();
        let theirs_map: BTreeMap<Id, Option<Id>> = self.theirs_map.iter().map(|(&k, &v)| (k, Some(v))).collect();
        let mut kept_as: BTreeMap<Id, Option<Id>> = BTreeMap::new();
        let mut from_ours: BTreeSet<Id> = BTreeSet::new();
        for (r, want, side) in queue {
            let original_id = r.id;
            let mapped = match side {
                Side::Ours => map_relation(&r, &ours_map),
                Side::Theirs => map_relation(&r, &theirs_map),
            };
            let missing = mapped.as_ref().err().copied().or_else(|| {
                let m = mapped.as_ref().ok()?;
                [m.from, m.to].into_iter().find(|e| !self.doc.annotations.contains_key(e))
            });
            if let Some(missing) = missing {
                self.conflicts.push(MergeConflict::RelationDropped { relation: r, missing, side });
                continue;
            }
            let Ok(mapped) = mapped else { continue };
            // A relation both sides created independently is kept once.
            let fold = (side == Side::Theirs && !ours.relations.contains_key(&original_id)).then_some(&from_ours);
            let got = self.add_relation(mapped, want, fold);
            if side == Side::Ours && !base.relations.contains_key(&original_id) {
                if let Some(g) = got {
                    from_ours.insert(g);
                }
            }
            if want.is_none() && side == Side::Theirs {
                kept_as.insert(original_id, got);
            }
        }
        for (id, o, t) in rel_conflicts {
            let theirs_kept_as = kept_as.get(&id).copied().flatten().filter(|&x| x != id);
            self.conflicts.push(MergeConflict::RelationEdited { id, ours: o, theirs: t, theirs_kept_as });
        }
    }
}

/// A relation with its ends mapped through `m` (ids not in `m` stay); `Err` names an end mapped to nothing.
fn map_relation(r: &Relation, m: &BTreeMap<Id, Option<Id>>) -> Result<Relation, Id> {
    let f = |x: Id| m.get(&x).copied().unwrap_or(Some(x)).ok_or(x);
    Ok(Relation { from: f(r.from)?, to: f(r.to)?, ..r.clone() })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Queued {
    /// The same annotation as ours' (same id, ours unchanged or deleted): theirs' version wins.
    Shared,
    /// Created by theirs only; theirs' relations refer to it by its old id.
    New,
    /// Theirs' conflicting edit of an annotation ours also edited: kept as a copy if possible.
    EditCopy,
}

fn note_map(m: &mut BTreeMap<Id, Id>, from: Id, to: Option<Id>) {
    if let Some(to) = to {
        if to != from {
            m.insert(from, to);
        }
    }
}

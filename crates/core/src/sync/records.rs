//! The data model of a team project on the sync server: which records exist, their ids, their JSON, and
//! how a local [`Document`] is split into them and joined back; plus the three-way merge of each kind.
//!
//! A project is one Kinto bucket with four collections:
//! - `documents`: one record per document (`d<doc>`): title, text, creation time, import metadata. Leads write.
//! - `annotations`: one record per document and annotator (`a<doc>-<user>`): spans, relations, document
//!   labels, status. Only its annotator may write it (record permission `write: [account:<user>]`).
//! - `gold`: one record per document (`g<doc>`): the adjudicated version, written by curators.
//! - `schema`: one record `labels`: the project's label schema. Leads write.
//!
//! Invariants:
//! - Record ids are a pure function of (document id, annotator) and are valid Kinto ids
//!   (`[a-zA-Z0-9][a-zA-Z0-9_-]*`); the encoding is injective, so two documents never share a record.
//! - [`join`] of the records made by [`DocRecord::of`] and [`AnnotationRecord::of`] gives the document back
//!   (everything the model keeps).
//! - Merges never drop work silently: they use [`crate::storage::merge`] and report its conflicts.

use crate::model::{as_vec, Annotation, DocStatus, Document, Id, Label, LabelSchema, Relation, Span};
use crate::storage::merge::{merge, MergeConflict};
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One of the project's collections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Collection {
    Schema,
    Documents,
    Annotations,
    Gold,
}

impl Collection {
    pub const ALL: [Collection; 4] =
        [Collection::Schema, Collection::Documents, Collection::Annotations, Collection::Gold];

    pub fn as_str(self) -> &'static str {
        match self {
            Collection::Schema => "schema",
            Collection::Documents => "documents",
            Collection::Annotations => "annotations",
            Collection::Gold => "gold",
        }
    }

    pub fn parse(s: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A record's address inside the project.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RecordKey {
    pub collection: Collection,
    pub id: String,
}

impl RecordKey {
    pub fn new(collection: Collection, id: impl Into<String>) -> Self {
        RecordKey { collection, id: id.into() }
    }
    pub fn document(doc: &str) -> Self {
        RecordKey::new(Collection::Documents, document_record_id(doc))
    }
    pub fn annotation(doc: &str, user: &str) -> Self {
        RecordKey::new(Collection::Annotations, annotation_record_id(doc, user))
    }
    pub fn gold(doc: &str) -> Self {
        RecordKey::new(Collection::Gold, gold_record_id(doc))
    }
    pub fn schema() -> Self {
        RecordKey::new(Collection::Schema, SCHEMA_RECORD_ID)
    }
}

impl std::fmt::Display for RecordKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.collection.as_str(), self.id)
    }
}

/// The id of the schema record.
pub const SCHEMA_RECORD_ID: &str = "labels";

/// Encodes any string into `[a-zA-Z0-9_]*`: ASCII letters and digits stay, every other byte of its UTF-8
/// becomes `_xx` (two lowercase hex digits). Injective, and never produces `-`.
pub fn encode_id_part(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    out
}

/// The id of a document's record in `documents`.
pub fn document_record_id(doc: &str) -> String {
    format!("d{}", encode_id_part(doc))
}

/// The id of `user`'s annotation record of document `doc` in `annotations`.
pub fn annotation_record_id(doc: &str, user: &str) -> String {
    format!("a{}-{}", encode_id_part(doc), encode_id_part(user))
}

/// The id of a document's gold record in `gold`.
pub fn gold_record_id(doc: &str) -> String {
    format!("g{}", encode_id_part(doc))
}

/// A document's text and metadata (the `documents` collection).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub doc: String,
    pub title: String,
    pub text: Text,
    pub created: i64,
    pub modified: i64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source: BTreeMap<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Span>,
    /// The document's place in the corpus (`Document::seq`), so every member walks the project's
    /// documents in the order the lead imported them (0: no order, as written by older clients).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seq: u64,
    /// The accounts the lead assigned the document to ([`crate::assign`]); empty: no one in particular.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned: Vec<String>,
    /// The reading direction set for the whole document (`Document::direction`); none: each
    /// paragraph's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<crate::bidi::Direction>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl DocRecord {
    pub fn of(d: &Document) -> Self {
        DocRecord {
            doc: d.id.clone(),
            title: d.title.clone(),
            text: d.text.clone(),
            created: d.created,
            modified: d.modified,
            source: d.source.clone(),
            tokens: d.tokens.clone(),
            seq: d.seq,
            assigned: d.assigned.clone(),
            direction: d.direction,
        }
    }
}

/// One person's annotations of one document (the `annotations` and `gold` collections). In `gold`,
/// `annotator` is the curator who wrote it last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnotationRecord {
    pub doc: String,
    pub annotator: String,
    #[serde(default)]
    pub status: DocStatus,
    pub modified: i64,
    #[serde(with = "as_vec")]
    pub annotations: BTreeMap<Id, Annotation>,
    #[serde(default, with = "as_vec")]
    pub relations: BTreeMap<Id, Relation>,
    #[serde(default)]
    pub doc_labels: BTreeSet<String>,
    pub next_id: Id,
}

impl AnnotationRecord {
    pub fn of(d: &Document, annotator: &str) -> Self {
        AnnotationRecord {
            doc: d.id.clone(),
            annotator: annotator.to_owned(),
            status: d.status,
            modified: d.modified,
            annotations: d.annotations.clone(),
            relations: d.relations.clone(),
            doc_labels: d.doc_labels.clone(),
            next_id: d.next_id,
        }
    }

    /// No annotations yet (the base of a record created on both sides).
    pub fn empty(doc: &str, annotator: &str) -> Self {
        AnnotationRecord {
            doc: doc.to_owned(),
            annotator: annotator.to_owned(),
            status: DocStatus::New,
            modified: 0,
            annotations: BTreeMap::new(),
            relations: BTreeMap::new(),
            doc_labels: BTreeSet::new(),
            next_id: 1,
        }
    }
}

/// The label schema record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchemaRecord {
    pub schema: LabelSchema,
}

/// A document as one person sees it: the shared text and metadata with that person's annotations.
pub fn join(doc: &DocRecord, ann: Option<&AnnotationRecord>) -> Document {
    let mut d = Document::new(doc.doc.clone(), doc.title.clone(), doc.text.clone(), doc.created);
    d.modified = doc.modified;
    d.source = doc.source.clone();
    d.tokens = doc.tokens.clone();
    d.seq = doc.seq;
    d.assigned = doc.assigned.clone();
    d.direction = doc.direction;
    if let Some(a) = ann {
        d.status = a.status;
        d.modified = d.modified.max(a.modified);
        d.annotations = a.annotations.clone();
        d.relations = a.relations.clone();
        d.doc_labels = a.doc_labels.clone();
        d.next_id = a.next_id;
    }
    d
}

/// What a merge could not place automatically (described for the user), and the JSON of what was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeReport {
    pub conflicts: Vec<String>,
    pub leftovers: Option<String>,
}

fn report_of(doc: &Document, conflicts: Vec<MergeConflict>) -> MergeReport {
    let result = crate::storage::merge::MergeResult { doc: doc.clone(), conflicts };
    MergeReport {
        conflicts: result.conflicts.iter().map(MergeConflict::describe).collect(),
        leftovers: result.leftovers(),
    }
}

/// A text long enough for every span of the records, for merging annotations whose document text is not known.
fn stand_in_text(records: &[&AnnotationRecord]) -> Text {
    let end = records.iter().flat_map(|r| r.annotations.values()).map(|a| a.span.end).max().unwrap_or(0);
    Text::from(" ".repeat(end))
}

/// Three-way merge of annotation (or gold) records: `base` is the version both sides started from (`None`
/// when both created it), `ours` the local one, `theirs` the server's. `text` is the document's text when
/// known. The result keeps `ours`' annotator.
pub fn merge_annotations(
    base: Option<&AnnotationRecord>,
    ours: &AnnotationRecord,
    theirs: &AnnotationRecord,
    text: Option<&Text>,
) -> (AnnotationRecord, MergeReport) {
    let empty = AnnotationRecord::empty(&ours.doc, &ours.annotator);
    let base = base.unwrap_or(&empty);
    let text = text.cloned().unwrap_or_else(|| stand_in_text(&[base, ours, theirs]));
    let as_doc = |r: &AnnotationRecord| {
        let shell = DocRecord {
            doc: ours.doc.clone(),
            title: String::new(),
            text: text.clone(),
            created: 0,
            modified: 0,
            source: BTreeMap::new(),
            tokens: Vec::new(),
            seq: 0,
            assigned: Vec::new(),
            direction: None,
        };
        join(&shell, Some(r))
    };
    let m = merge(&as_doc(base), &as_doc(ours), &as_doc(theirs));
    let mut out = AnnotationRecord::of(&m.doc, &ours.annotator);
    out.modified = ours.modified.max(theirs.modified);
    keep_server_ids(&mut out, base, theirs);
    let report = report_of(&m.doc, m.conflicts);
    (out, report)
}

/// Core's merge renumbers the "theirs" side when both sides created an annotation (or relation) under the
/// same id. In sync, theirs is the server's version, whose ids other clients already hold in their bases:
/// renumbered there, an annotation would look new to them, and one they deleted would come back. So ids
/// are swapped back: the server's annotations keep their ids and ours take the fresh ones (a renaming of
/// ids only; relations follow their annotations).
fn keep_server_ids(m: &mut AnnotationRecord, base: &AnnotationRecord, theirs: &AnnotationRecord) {
    for (&tid, ta) in &theirs.annotations {
        if base.annotations.contains_key(&tid) || m.annotations.get(&tid) == Some(ta) {
            continue;
        }
        let same = |a: &Annotation| Annotation { id: ta.id, ..a.clone() } == *ta;
        let Some(mid) = m.annotations.iter().find(|(_, a)| same(a)).map(|(&k, _)| k) else { continue };
        let (x, y) = (m.annotations.remove(&tid), m.annotations.remove(&mid));
        for (a, id) in [(x, mid), (y, tid)] {
            if let Some(mut a) = a {
                a.id = id;
                m.annotations.insert(id, a);
            }
        }
        let swap = |v: &mut Id| {
            if *v == tid {
                *v = mid;
            } else if *v == mid {
                *v = tid;
            }
        };
        for r in m.relations.values_mut() {
            swap(&mut r.from);
            swap(&mut r.to);
        }
    }
    for (&tid, tr) in &theirs.relations {
        if base.relations.contains_key(&tid) || m.relations.get(&tid) == Some(tr) {
            continue;
        }
        let same = |r: &Relation| Relation { id: tr.id, ..r.clone() } == *tr;
        let Some(mid) = m.relations.iter().find(|(_, r)| same(r)).map(|(&k, _)| k) else { continue };
        let (x, y) = (m.relations.remove(&tid), m.relations.remove(&mid));
        for (r, id) in [(x, mid), (y, tid)] {
            if let Some(mut r) = r {
                r.id = id;
                m.relations.insert(id, r);
            }
        }
    }
}

/// Three-way merge of document records (text, title, metadata), as for [`merge_annotations`].
pub fn merge_documents(base: Option<&DocRecord>, ours: &DocRecord, theirs: &DocRecord) -> (DocRecord, MergeReport) {
    let base_doc = base.map(|b| join(b, None)).unwrap_or_else(|| join(theirs, None));
    let m = merge(&base_doc, &join(ours, None), &join(theirs, None));
    let report = report_of(&m.doc, m.conflicts);
    (DocRecord::of(&m.doc), report)
}

/// Three-way merge of a list keyed by `key`: an item deleted on one side and unchanged on the other goes;
/// an item changed on one side takes that change; changed on both, ours wins. Ours' order first, then
/// theirs' additions.
fn merge_list<T: Clone + PartialEq, K: PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) -> Vec<T> {
    let find = |list: &[T], k: &K| list.iter().find(|x| key(x) == *k).cloned();
    let mut out = Vec::new();
    for o in ours {
        let k = key(o);
        match (find(base, &k), find(theirs, &k)) {
            (Some(b), None) if b == *o => {} // deleted by theirs
            (Some(b), Some(t)) if b == *o => out.push(t),
            _ => out.push(o.clone()),
        }
    }
    for t in theirs {
        let k = key(t);
        if find(ours, &k).is_some() {
            continue;
        }
        match find(base, &k) {
            Some(b) if b == *t => {} // deleted by ours
            _ => out.push(t.clone()),
        }
    }
    out
}

/// Three-way merge of label schemas, label by label (by name), and of the relation types and document labels.
pub fn merge_schemas(base: Option<&LabelSchema>, ours: &LabelSchema, theirs: &LabelSchema) -> LabelSchema {
    let empty = LabelSchema {
        labels: Vec::new(),
        relation_types: Vec::new(),
        doc_labels: Vec::new(),
        doc_labels_multi: false,
        guidelines: String::new(),
    };
    let base = base.unwrap_or(&empty);
    LabelSchema {
        labels: merge_list(&base.labels, &ours.labels, &theirs.labels, |l: &Label| l.name.clone()),
        relation_types: merge_list(&base.relation_types, &ours.relation_types, &theirs.relation_types, |s| s.clone()),
        doc_labels: merge_list(&base.doc_labels, &ours.doc_labels, &theirs.doc_labels, |s| s.clone()),
        doc_labels_multi: if ours.doc_labels_multi == base.doc_labels_multi {
            theirs.doc_labels_multi
        } else {
            ours.doc_labels_multi
        },
        guidelines: if ours.guidelines == base.guidelines {
            theirs.guidelines.clone()
        } else {
            ours.guidelines.clone()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Origin, SpanState};

    fn ann(id: Id, start: usize, end: usize, label: &str) -> Annotation {
        Annotation {
            id,
            span: Span::new(start, end),
            label: label.into(),
            note: String::new(),
            attributes: BTreeMap::new(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        }
    }

    fn is_kinto_id(s: &str) -> bool {
        let mut cs = s.chars();
        cs.next().is_some_and(|c| c.is_ascii_alphanumeric())
            && cs.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    }

    #[test]
    fn record_ids_are_valid_kinto_ids_and_distinct() {
        let docs = ["doc-1700000000-1", "a-b", "a_b", "ab", "é", "x y", "", "a-"];
        let users = ["alice", "b-ob", "b_ob", "bob"];
        let mut seen = BTreeSet::new();
        for d in docs {
            for id in [document_record_id(d), gold_record_id(d)] {
                assert!(is_kinto_id(&id), "{id}");
                assert!(seen.insert(id));
            }
            for u in users {
                let id = annotation_record_id(d, u);
                assert!(is_kinto_id(&id), "{id}");
                assert!(seen.insert(id.clone()), "{id} given twice");
            }
        }
        assert_eq!(document_record_id("doc-17-1"), "ddoc_2d17_2d1");
    }

    #[test]
    fn split_and_join_give_the_document_back() {
        let mut d = Document::new("doc-1", "Title", "Ada Lovelace wrote", 5);
        d.modified = 9;
        d.annotations.insert(1, ann(1, 0, 3, "PERSON"));
        d.relations.insert(3, Relation { id: 3, from: 1, to: 1, kind: "alias_of".into() });
        d.doc_labels.insert("relevant".into());
        d.status = DocStatus::Done;
        d.next_id = 4;
        d.tokens = vec![Span::new(0, 3)];
        d.direction = Some(crate::bidi::Direction::Rtl);
        let back = join(&DocRecord::of(&d), Some(&AnnotationRecord::of(&d, "alice")));
        assert_eq!(back, d);
        // And through JSON, as the server stores them.
        let doc_json = serde_json::to_value(DocRecord::of(&d)).unwrap();
        let ann_json = serde_json::to_value(AnnotationRecord::of(&d, "alice")).unwrap();
        let back = join(&serde_json::from_value(doc_json).unwrap(), Some(&serde_json::from_value(ann_json).unwrap()));
        assert_eq!(back, d);
    }

    #[test]
    fn annotation_merge_keeps_both_sides_additions() {
        let base = AnnotationRecord::empty("d", "alice");
        let mut ours = base.clone();
        ours.annotations.insert(1, ann(1, 0, 3, "PERSON"));
        ours.next_id = 2;
        let mut theirs = base.clone();
        theirs.annotations.insert(1, ann(1, 4, 8, "ORG"));
        theirs.next_id = 2;
        let text = Text::from("Ada Lovelace");
        let (m, report) = merge_annotations(Some(&base), &ours, &theirs, Some(&text));
        let labels: BTreeSet<&str> = m.annotations.values().map(|a| a.label.as_str()).collect();
        assert_eq!(labels, BTreeSet::from(["PERSON", "ORG"]));
        assert!(m.next_id > *m.annotations.keys().max().unwrap());
        assert!(report.leftovers.is_none(), "{report:?}");
        // Without the text, a stand-in keeps every span.
        let (m2, _) = merge_annotations(None, &ours, &theirs, None);
        assert_eq!(m2.annotations.len(), 2);
    }

    #[test]
    fn annotation_merge_keeps_the_servers_ids_when_both_sides_created_one() {
        // Both created id 1; the server's (theirs) keeps it, ours is renumbered, its relation follows.
        let base = AnnotationRecord::empty("d", "alice");
        let mut ours = base.clone();
        ours.annotations.insert(1, ann(1, 0, 3, "PERSON"));
        ours.annotations.insert(2, ann(2, 4, 12, "PERSON"));
        ours.relations.insert(3, Relation { id: 3, from: 1, to: 2, kind: "alias_of".into() });
        ours.next_id = 4;
        let mut theirs = base.clone();
        theirs.annotations.insert(1, ann(1, 17, 24, "PERSON"));
        theirs.relations.insert(2, Relation { id: 2, from: 1, to: 1, kind: "self".into() });
        theirs.next_id = 3;
        let text = Text::from("Ada Lovelace met Charles Babbage in London.");
        let (m, _) = merge_annotations(Some(&base), &ours, &theirs, Some(&text));
        assert_eq!(m.annotations[&1].span, Span::new(17, 24), "the server's annotation keeps id 1");
        assert_eq!(m.relations[&2].kind, "self", "and the server's relation its id");
        let ada = m.annotations.values().find(|a| a.span == Span::new(0, 3)).unwrap();
        let lovelace = m.annotations.values().find(|a| a.span == Span::new(4, 12)).unwrap();
        assert_ne!(ada.id, 1);
        let alias = m.relations.values().find(|r| r.kind == "alias_of").unwrap();
        assert_eq!((alias.from, alias.to), (ada.id, lovelace.id), "our relation follows our annotations");
        assert_eq!(m.relations[&2].from, 1);
        assert_eq!(m.annotations.len(), 3);
        assert!(m.next_id > *m.annotations.keys().chain(m.relations.keys()).max().unwrap());
        for (id, a) in &m.annotations {
            assert_eq!(*id, a.id);
        }

        // Later, a client that held the server's version deletes that annotation: it stays deleted.
        let mut deleting = theirs.clone();
        deleting.annotations.clear();
        deleting.relations.clear();
        let (after, _) = merge_annotations(Some(&theirs), &deleting, &m, Some(&text));
        assert!(after.annotations.values().all(|a| a.span != Span::new(17, 24)), "{:?}", after.annotations);
        assert_eq!(after.annotations.len(), 2);
    }

    #[test]
    fn schema_merge_is_three_way_by_label_name() {
        let base = LabelSchema::default();
        let mut ours = base.clone();
        ours.labels.retain(|l| l.name != "TIME");
        ours.labels.push(Label {
            name: "DRUG".into(),
            color: "#aabbcc".into(),
            hotkey: None,
            description: String::new(),
        });
        let mut theirs = base.clone();
        theirs.labels[0].color = "#000000".into();
        theirs.relation_types.push("treats".into());
        let m = merge_schemas(Some(&base), &ours, &theirs);
        assert!(m.label("TIME").is_none());
        assert!(m.label("DRUG").is_some());
        assert_eq!(m.labels[0].color, "#000000");
        assert!(m.relation_types.contains(&"treats".to_owned()));
    }

    #[test]
    fn the_corpus_order_travels_with_the_document_record() {
        // Twenty documents imported together: the same creation time, ids that sort as text 1, 10, 11 …
        let docs: Vec<Document> = (1..=20u64)
            .map(|i| {
                let mut d = Document::new(format!("doc-1000-{i}"), format!("D{i}"), "Text.", 1000);
                d.seq = i;
                d
            })
            .collect();
        let seen: Vec<crate::storage::IndexEntry> = docs
            .iter()
            .map(|d| {
                let rec: DocRecord = serde_json::from_value(serde_json::to_value(DocRecord::of(d)).unwrap()).unwrap();
                crate::storage::IndexEntry::of(&join(&rec, None), 1)
            })
            .collect();
        let corpus = crate::corpus::Corpus::new(&seen);
        let want: Vec<String> = (1..=20).map(|i| format!("doc-1000-{i}")).collect();
        assert_eq!(corpus.ids(), want.as_slice());
        // An older client's record has no seq: it still reads.
        let old = serde_json::json!({"doc": "d", "title": "T", "text": "x", "created": 1, "modified": 1});
        assert_eq!(serde_json::from_value::<DocRecord>(old).unwrap().seq, 0);
    }
}

//! Three-way merge of documents edited in two tabs.

use proptest::prelude::*;
use spandrel_core::model::DocStatus;
use spandrel_core::storage::merge::Side;
use spandrel_core::storage::{merge, validate_document, MergeConflict};
use spandrel_core::{Annotation, Document, Id, Origin, Relation, Span, SpanState};
use std::collections::BTreeMap;

const TEXT: &str = "Ada Lovelace wrote to Charles Babbage from London in 1843 about the engine.";
const LABELS: [&str; 3] = ["PERSON", "GPE", "DATE"];

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

fn add(d: &mut Document, start: usize, end: usize, label: &str) -> Option<Id> {
    if start >= end || end > d.text.len_cp() || d.has_duplicate(Span::new(start, end), label, None) {
        return None;
    }
    let id = d.next_id;
    d.next_id += 1;
    d.annotations.insert(id, ann(id, start, end, label));
    Some(id)
}

fn relate(d: &mut Document, from: Id, to: Id, kind: &str) -> Id {
    let id = d.next_id;
    d.next_id += 1;
    d.relations.insert(id, Relation { id, from, to, kind: kind.into() });
    id
}

fn delete(d: &mut Document, id: Id) {
    d.annotations.remove(&id);
    d.relations.retain(|_, r| r.from != id && r.to != id);
}

fn base() -> Document {
    let mut d = Document::new("doc", "Letter", TEXT, 0);
    add(&mut d, 0, 12, "PERSON"); // 1 Ada Lovelace
    add(&mut d, 22, 37, "PERSON"); // 2 Charles Babbage
    add(&mut d, 43, 49, "GPE"); // 3 London
    relate(&mut d, 1, 2, "related_to"); // 4
    d.doc_labels.insert("relevant".into());
    d
}

#[test]
fn additions_on_both_sides_with_the_same_id_are_both_kept() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    assert_eq!(add(&mut ours, 53, 57, "DATE"), Some(5));
    assert_eq!(add(&mut theirs, 4, 12, "PERSON"), Some(5));
    relate(&mut theirs, 5, 3, "located_in"); // 6 in theirs
    let m = merge(&b, &ours, &theirs);
    validate_document(&m.doc).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.doc.annotations[&5].label, "DATE");
    let lovelace = m.doc.annotations.values().find(|a| a.span == Span::new(4, 12)).unwrap();
    assert!(lovelace.id > 6, "renumbered above every id: {}", lovelace.id);
    // Theirs' relation follows the renumbered annotation.
    let rel = m.doc.relations.values().find(|r| r.kind == "located_in").unwrap();
    assert_eq!((rel.from, rel.to), (lovelace.id, 3));
    assert!(m.doc.next_id > *m.doc.annotations.keys().chain(m.doc.relations.keys()).max().unwrap());
}

#[test]
fn same_annotation_edited_differently_keeps_both() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    ours.annotations.get_mut(&3).unwrap().label = "LOC".into();
    theirs.annotations.get_mut(&3).unwrap().label = "FAC".into();
    let m = merge(&b, &ours, &theirs);
    validate_document(&m.doc).unwrap();
    assert_eq!(m.doc.annotations[&3].label, "LOC");
    match &m.conflicts[..] {
        [MergeConflict::AnnotationEdited { id: 3, theirs_kept_as: Some(copy), theirs, .. }] => {
            assert_eq!(theirs.label, "FAC");
            assert_eq!(m.doc.annotations[copy].label, "FAC");
            assert_eq!(m.doc.annotations[copy].span, Span::new(43, 49));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn edits_that_cannot_coexist_are_recorded_in_full() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    ours.annotations.get_mut(&1).unwrap().note = "mathematician".into();
    theirs.annotations.get_mut(&1).unwrap().note = "poet's daughter".into();
    let m = merge(&b, &ours, &theirs);
    assert_eq!(m.doc.annotations[&1].note, "mathematician");
    assert_eq!(m.doc.annotations.len(), 3, "same span and label cannot be there twice");
    match &m.conflicts[..] {
        [MergeConflict::AnnotationEdited { id: 1, theirs_kept_as: None, theirs, .. }] => {
            assert_eq!(theirs.note, "poet's daughter")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn edit_against_delete_keeps_the_edit_and_says_so() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    delete(&mut ours, 2);
    theirs.annotations.get_mut(&2).unwrap().state = SpanState::Rejected;
    let m = merge(&b, &ours, &theirs);
    validate_document(&m.doc).unwrap();
    assert_eq!(m.doc.annotations[&2].state, SpanState::Rejected);
    assert!(matches!(&m.conflicts[..], [MergeConflict::AnnotationEditedAndDeleted { edited_by: Side::Theirs, .. }]));
    // The relation ours deleted together with annotation 2 stays deleted (theirs did not change it).
    assert!(m.doc.relations.is_empty());
}

#[test]
fn deletion_on_one_side_is_applied() {
    let b = base();
    let mut ours = b.clone();
    delete(&mut ours, 3);
    let m = merge(&b, &ours, &b);
    assert!(m.conflicts.is_empty());
    assert!(!m.doc.annotations.contains_key(&3));
    let m = merge(&b, &b, &ours);
    assert!(!m.doc.annotations.contains_key(&3));
}

#[test]
fn relation_to_an_annotation_deleted_elsewhere_is_reported() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    delete(&mut ours, 3);
    let r = relate(&mut theirs, 1, 3, "located_in");
    let m = merge(&b, &ours, &theirs);
    validate_document(&m.doc).unwrap();
    assert!(m.conflicts.iter().any(
        |c| matches!(c, MergeConflict::RelationDropped { relation, missing: 3, side: Side::Theirs } if relation.id == r)
    ));
}

#[test]
fn scalars_and_doc_labels_merge_three_way() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    ours.title = "Ours".into();
    theirs.status = DocStatus::Done;
    theirs.doc_labels.remove("relevant");
    theirs.doc_labels.insert("needs review".into());
    ours.doc_labels.insert("urgent".into());
    theirs.modified = 77;
    let m = merge(&b, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!((m.doc.title.as_str(), m.doc.status, m.doc.modified), ("Ours", DocStatus::Done, 77));
    assert_eq!(m.doc.doc_labels.iter().map(String::as_str).collect::<Vec<_>>(), ["needs review", "urgent"]);

    theirs.title = "Theirs".into();
    let m = merge(&b, &ours, &theirs);
    assert_eq!(m.doc.title, "Ours");
    assert!(matches!(&m.conflicts[..], [MergeConflict::Title { .. }]));

    // The document's direction: the side that set it wins; ours when both did.
    use spandrel_core::bidi::Direction;
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    theirs.direction = Some(Direction::Rtl);
    assert_eq!(merge(&b, &ours, &theirs).doc.direction, Some(Direction::Rtl));
    ours.direction = Some(Direction::Ltr);
    assert_eq!(merge(&b, &ours, &theirs).doc.direction, Some(Direction::Ltr));
    theirs.direction = None;
    assert_eq!(merge(&b, &theirs, &b).doc.direction, None);
}

#[test]
fn text_changed_on_one_side_drops_nothing_silently() {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    theirs.text = "Ada".into();
    theirs.annotations.retain(|&id, _| id == 1);
    theirs.annotations.get_mut(&1).unwrap().span = Span::new(0, 3);
    theirs.relations.clear();
    add(&mut ours, 53, 57, "DATE");
    let m = merge(&b, &ours, &theirs);
    validate_document(&m.doc).unwrap();
    assert_eq!(m.doc.text.as_str(), "Ada");
    assert!(m.conflicts.iter().any(|c| matches!(c, MergeConflict::AnnotationOutsideText { side: Side::Ours, annotation } if annotation.label == "DATE")));
}

#[derive(Debug, Clone)]
enum Op {
    Add(usize, usize, usize),
    Delete(usize),
    Relabel(usize, usize),
    Move(usize, usize),
    Note(usize, u8),
    Relate(usize, usize, usize),
    Unrelate(usize),
    Title(u8),
    Status(u8),
    Tag(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let n = TEXT.chars().count();
    prop_oneof![
        3 => (0..n, 1..12usize, 0..3usize).prop_map(|(s, l, k)| Op::Add(s, l, k)),
        2 => any::<usize>().prop_map(Op::Delete),
        1 => (any::<usize>(), 0..3usize).prop_map(|(i, k)| Op::Relabel(i, k)),
        1 => (any::<usize>(), 0..n).prop_map(|(i, s)| Op::Move(i, s)),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(i, x)| Op::Note(i, x)),
        2 => (any::<usize>(), any::<usize>(), 0..2usize).prop_map(|(a, b, k)| Op::Relate(a, b, k)),
        1 => any::<usize>().prop_map(Op::Unrelate),
        1 => any::<u8>().prop_map(Op::Title),
        1 => (0..3u8).prop_map(Op::Status),
        1 => (0..3usize).prop_map(Op::Tag),
    ]
}

fn nth_ann(d: &Document, i: usize) -> Option<Id> {
    let n = d.annotations.len();
    (n > 0).then(|| *d.annotations.keys().nth(i % n).unwrap())
}

fn apply(d: &mut Document, ops: &[Op]) {
    let n = d.text.len_cp();
    for o in ops {
        match *o {
            Op::Add(s, l, k) => {
                add(d, s, (s + l).min(n), LABELS[k]);
            }
            Op::Delete(i) => {
                if let Some(id) = nth_ann(d, i) {
                    delete(d, id);
                }
            }
            Op::Relabel(i, k) | Op::Move(i, k) => {
                let Some(id) = nth_ann(d, i) else { continue };
                let mut a = d.annotations[&id].clone();
                if matches!(o, Op::Relabel(..)) {
                    a.label = LABELS[k].into();
                } else {
                    let len = a.span.len();
                    a.span = Span::new(k.min(n - len), k.min(n - len) + len);
                }
                if !d.has_duplicate(a.span, &a.label, Some(id)) {
                    a.rev += 1;
                    d.annotations.insert(id, a);
                }
            }
            Op::Note(i, x) => {
                if let Some(id) = nth_ann(d, i) {
                    let a = d.annotations.get_mut(&id).unwrap();
                    a.note = format!("note {x}");
                    a.rev += 1;
                }
            }
            Op::Relate(a, b, k) => {
                if let (Some(x), Some(y)) = (nth_ann(d, a), nth_ann(d, b)) {
                    relate(d, x, y, ["related_to", "part_of"][k]);
                }
            }
            Op::Unrelate(i) => {
                let n = d.relations.len();
                if n > 0 {
                    let id = *d.relations.keys().nth(i % n).unwrap();
                    d.relations.remove(&id);
                }
            }
            Op::Title(x) => d.title = format!("title {x}"),
            Op::Status(x) => d.status = [DocStatus::New, DocStatus::InProgress, DocStatus::Done][x as usize],
            Op::Tag(k) => {
                let t = ["relevant", "irrelevant", "needs review"][k].to_string();
                if !d.doc_labels.remove(&t) {
                    d.doc_labels.insert(t);
                }
            }
        }
    }
}

/// (span, label) of an annotation: how work is recognised after renumbering.
fn key(a: &Annotation) -> (Span, String) {
    (a.span, a.label.clone())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merge_never_loses_work(base_ops in prop::collection::vec(op(), 0..8),
                              ours_ops in prop::collection::vec(op(), 0..10),
                              theirs_ops in prop::collection::vec(op(), 0..10)) {
        let mut b = Document::new("d", "t", TEXT, 0);
        apply(&mut b, &base_ops);
        let (mut ours, mut theirs) = (b.clone(), b.clone());
        apply(&mut ours, &ours_ops);
        apply(&mut theirs, &theirs_ops);
        let m = merge(&b, &ours, &theirs);
        prop_assert!(validate_document(&m.doc).is_ok(), "{:?}", validate_document(&m.doc));
        let present: Vec<_> = m.doc.annotations.values().map(key).collect();
        for side in [&ours, &theirs] {
            for a in side.annotations.values() {
                let created = !b.annotations.contains_key(&a.id);
                let changed = b.annotations.get(&a.id).is_some_and(|x| x != a);
                if created || changed {
                    // Work done on this side survives (or is recorded in full as a conflict).
                    let recorded = m.conflicts.iter().any(|c| matches!(c,
                        MergeConflict::AnnotationEdited { theirs, .. } if theirs == a));
                    prop_assert!(present.contains(&key(a)) || recorded, "lost {:?}", a);
                }
            }
            // Relations created on this side survive with the same ends, or are reported. An end is the
            // same if it has the same span and label, or is the same annotation (same id, kept by ours
            // when both sides edited it).
            let same_end = |res: Id, orig: Id| res == orig || key(&m.doc.annotations[&res]) == key(&side.annotations[&orig]);
            for r in side.relations.values().filter(|r| !b.relations.contains_key(&r.id)) {
                let kept = m.doc.relations.values().any(|x| x.kind == r.kind && same_end(x.from, r.from) && same_end(x.to, r.to));
                let reported = m.conflicts.iter().any(|c| matches!(c,
                    MergeConflict::RelationDropped { relation, .. } if relation == r));
                prop_assert!(kept || reported, "relation lost: {:?}", r);
            }
        }
        // Deletions on one side with no change on the other are applied.
        for (id, a) in &b.annotations {
            if !ours.annotations.contains_key(id) && theirs.annotations.get(id) == Some(a) {
                prop_assert!(!m.doc.annotations.contains_key(id));
            }
        }
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_side(base_ops in prop::collection::vec(op(), 0..8),
                                                             ops in prop::collection::vec(op(), 0..10)) {
        let mut b = Document::new("d", "t", TEXT, 0);
        apply(&mut b, &base_ops);
        let mut x = b.clone();
        apply(&mut x, &ops);
        for m in [merge(&b, &x, &b), merge(&b, &b, &x), merge(&b, &x, &x)] {
            prop_assert!(m.conflicts.is_empty());
            prop_assert_eq!(&m.doc.annotations, &x.annotations);
            prop_assert_eq!(&m.doc.relations, &x.relations);
            prop_assert_eq!(&m.doc.doc_labels, &x.doc_labels);
            prop_assert_eq!((&m.doc.title, m.doc.status), (&x.title, x.status));
        }
    }
}

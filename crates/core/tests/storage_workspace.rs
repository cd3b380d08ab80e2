//! Workspace persistence: quota, quarantine, conflicts, round trips, index repair.

use spandrel_core::model::DocStatus;
use spandrel_core::storage::*;
use spandrel_core::{Annotation, Document, Origin, Relation, Span, SpanState};
use std::collections::BTreeMap;

fn ann(id: u64, start: usize, end: usize, label: &str, origin: Origin, state: SpanState) -> Annotation {
    Annotation {
        id,
        span: Span::new(start, end),
        label: label.into(),
        note: String::new(),
        attributes: BTreeMap::new(),
        origin,
        state,
        rev: 0,
    }
}

fn sample(id: &str) -> Document {
    let mut d = Document::new(id, format!("Title of {id}"), "Ada Lovelace met Babbage in London 😀 in 1833.", 1000);
    d.annotations.insert(1, ann(1, 0, 12, "PERSON", Origin::Manual, SpanState::Accepted));
    let ex = Origin::Extracted { engine: "rules".into(), score: 0.75 };
    d.annotations.insert(2, ann(2, 17, 24, "PERSON", ex.clone(), SpanState::Suggested));
    d.annotations.insert(3, ann(3, 28, 34, "GPE", ex, SpanState::Accepted));
    d.relations.insert(4, Relation { id: 4, from: 1, to: 2, kind: "related_to".into() });
    d.doc_labels.insert("relevant".into());
    d.next_id = 5;
    d
}

fn open(store: MemoryStore) -> (Workspace<MemoryStore>, LoadReport) {
    Workspace::load(store).expect("load")
}

#[test]
fn save_then_load_round_trips_and_indexes() {
    let (mut ws, report) = open(MemoryStore::new());
    assert!(report.index.is_empty());
    let d = sample("a");
    let rev = ws.save_doc(&d, 0).unwrap();
    assert_eq!(rev, 1);
    let (ws2, report) = open(ws.into_store());
    assert!(report.quarantined.is_empty(), "{:?}", report.quarantined);
    assert_eq!(report.index.len(), 1);
    let e = &report.index[0];
    assert_eq!((e.id.as_str(), e.title.as_str(), e.revision), ("a", "Title of a", 1));
    assert_eq!(e.label_counts.get("PERSON"), Some(&2));
    assert_eq!((e.pending_suggestions, e.accepted_suggestions), (1, 1));
    assert_eq!(e.chars, d.text.len_cp());
    let got = ws2.load_doc("a").unwrap();
    assert_eq!(got.doc, d);
    assert_eq!(got.revision, 1);
}

#[test]
fn every_kind_of_edit_round_trips() {
    let (mut ws, _) = open(MemoryStore::new());
    let mut d = sample("e");
    let mut rev = ws.save_doc(&d, 0).unwrap();
    type Edit = Box<dyn Fn(&mut Document)>;
    let edits: Vec<Edit> = vec![
        Box::new(|d| d.title = "Renamed ✓".into()),
        Box::new(|d| d.status = DocStatus::Done),
        Box::new(|d| {
            d.annotations.insert(5, ann(5, 40, 44, "DATE", Origin::Manual, SpanState::Accepted));
            d.next_id = 6;
        }),
        Box::new(|d| {
            d.relations.remove(&4);
            d.annotations.remove(&2);
        }),
        Box::new(|d| {
            let a = d.annotations.get_mut(&3).unwrap();
            a.state = SpanState::Rejected;
            a.rev += 1;
        }),
        Box::new(|d| {
            let a = d.annotations.get_mut(&1).unwrap();
            a.note = "first programmer\n\"quoted\"".into();
            a.attributes.insert("wikidata".into(), "Q7259".into());
            a.span = Span::new(4, 12);
            a.label = "ORG".into();
            a.rev += 1;
        }),
        Box::new(|d| {
            d.doc_labels.clear();
            d.doc_labels.insert("needs review".into());
        }),
        Box::new(|d| d.modified = 99_999),
        Box::new(|d| {
            d.relations.insert(6, Relation { id: 6, from: 3, to: 1, kind: "part_of".into() });
            d.next_id = 7;
        }),
    ];
    for (i, edit) in edits.iter().enumerate() {
        edit(&mut d);
        rev = ws.save_doc(&d, rev).unwrap_or_else(|e| panic!("edit {i}: {e}"));
        let (ws2, report) = open(ws.into_store());
        assert!(report.quarantined.is_empty());
        let got = ws2.load_doc("e").unwrap();
        assert_eq!(got.doc, d, "edit {i}");
        assert_eq!(got.revision, rev);
        assert_eq!(ws2.entry("e").unwrap(), &IndexEntry::of(&d, rev), "edit {i}");
        ws = ws2;
    }
}

#[test]
fn quota_exceeded_changes_nothing() {
    let mut store = MemoryStore::with_quota(4000);
    store.set("app/other", "x").unwrap();
    let (mut ws, _) = open(store);
    let d = sample("a");
    let rev = ws.save_doc(&d, 0).unwrap();
    let before = ws.store().snapshot();

    // A much bigger version of the same document does not fit: the doc key write fails.
    let mut big = d.clone();
    big.text = "x".repeat(3000).into();
    big.annotations.clear();
    big.relations.clear();
    let err = ws.save_doc(&big, rev).unwrap_err();
    assert!(matches!(err, StorageError::QuotaExceeded { .. }), "{err:?}");
    assert!(err.to_string().contains("nothing saved before was changed"), "{err}");
    assert_eq!(ws.store().snapshot(), before);

    // A new document that does not fit either.
    let mut other = big.clone();
    other.id = "b".into();
    assert!(matches!(ws.save_doc(&other, 0), Err(StorageError::QuotaExceeded { .. })));
    assert_eq!(ws.store().snapshot(), before);
    assert_eq!(ws.load_doc("a").unwrap().doc, d);
    assert_eq!(ws.list().len(), 1);
}

#[test]
fn a_save_writes_only_the_document_key() {
    let (mut ws, _) = open(MemoryStore::new());
    for i in 0..20 {
        ws.save_doc(&sample(&format!("d{i}")), 0).unwrap();
    }
    let before = ws.store().snapshot();
    let mut d = ws.load_doc("d3").unwrap().doc;
    d.status = DocStatus::Done;
    d.annotations.get_mut(&2).unwrap().state = SpanState::Accepted;
    ws.save_doc(&d, 1).unwrap();
    let after = ws.store().snapshot();
    let changed: Vec<&String> = after.keys().filter(|k| before.get(*k) != after.get(*k)).collect();
    assert_eq!(changed, [&doc_key("d3")]);
    assert_eq!(ws.entry("d3").unwrap().status, DocStatus::Done);
    // A new title also rewrites the stored titles (ids and titles only, no counts).
    d.title = "changed".into();
    ws.save_doc(&d, 2).unwrap();
    let index = ws.store().get(INDEX_KEY).unwrap().unwrap();
    assert!(index.contains("\"title\":\"changed\"") && !index.contains("label_counts"), "{index}");
}

#[test]
fn a_failed_document_write_changes_nothing() {
    let (mut ws, _) = open(MemoryStore::new());
    let d = sample("a");
    let rev = ws.save_doc(&d, 0).unwrap();
    let before = ws.store().snapshot();
    let mut d2 = d.clone();
    d2.title = "changed".into();
    ws.store_mut().fail_sets_to(Some(&doc_key("a")));
    assert!(matches!(ws.save_doc(&d2, rev), Err(StorageError::Store { .. })));
    assert_eq!(ws.store().snapshot(), before);
    assert_eq!(ws.entry("a").unwrap().title, "Title of a");
    ws.store_mut().fail_sets_to(None);
    assert_eq!(ws.save_doc(&d2, rev).unwrap(), 2);
}

#[test]
fn conflicting_revision_is_refused_with_stored_doc() {
    let (mut tab1, _) = open(MemoryStore::new());
    let d = sample("a");
    let r1 = tab1.save_doc(&d, 0).unwrap();
    let mut theirs = d.clone();
    theirs.title = "from tab 2".into();
    let r2 = tab1.save_doc(&theirs, r1).unwrap();
    assert_eq!(r2, 2);
    let mut ours = d.clone();
    ours.status = DocStatus::Done;
    let before = tab1.store().snapshot();
    match tab1.save_doc(&ours, r1) {
        Err(StorageError::Conflict { stored }) => {
            assert_eq!(stored.revision, 2);
            assert_eq!(stored.doc, theirs);
            let m = merge(&d, &ours, &stored.doc);
            assert!(m.conflicts.is_empty());
            assert_eq!(m.doc.title, "from tab 2");
            assert_eq!(m.doc.status, DocStatus::Done);
            assert_eq!(tab1.store().snapshot(), before);
            assert_eq!(tab1.save_doc(&m.doc, stored.revision).unwrap(), 3);
        }
        other => panic!("expected conflict, got {other:?}"),
    }
}

#[test]
fn corrupt_and_future_docs_are_quarantined_others_load() {
    let (mut ws, _) = open(MemoryStore::new());
    for id in ["good", "garbage", "future", "wrongid", "badspan"] {
        ws.save_doc(&sample(id), 0).unwrap();
    }
    let mut store = ws.into_store();
    store.set(&doc_key("garbage"), "{\"v\":2,\"revision\":1,\"doc\":{tru").unwrap();
    let future = store.get(&doc_key("future")).unwrap().unwrap().replacen("\"v\":2", "\"v\":3", 1);
    store.set(&doc_key("future"), &future).unwrap();
    let wrong = store.get(&doc_key("good")).unwrap().unwrap();
    store.set(&doc_key("wrongid"), &wrong).unwrap();
    let bad = store.get(&doc_key("badspan")).unwrap().unwrap().replace("\"end\":12", "\"end\":1200");
    store.set(&doc_key("badspan"), &bad).unwrap();
    let raws: BTreeMap<String, String> = store.snapshot();

    let (ws, report) = open(store);
    let ids: Vec<_> = report.index.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["good"]);
    assert_eq!(report.quarantined.len(), 4, "{:#?}", report.quarantined);
    for q in &report.quarantined {
        let id = q.key.strip_prefix(DOC_PREFIX).unwrap();
        // The title when the value is still JSON, else the id.
        let name = format!("Title of {id}");
        assert!(q.reason.contains(&name), "reason should name the document: {}", q.reason);
        let rk = q.recovery_key.as_ref().unwrap();
        assert_eq!(ws.store().get(rk).unwrap().as_ref(), raws.get(&q.key), "raw kept verbatim");
        assert_eq!(ws.store().get(&q.key).unwrap(), None);
    }
    let future_q = report.quarantined.iter().find(|q| q.key.ends_with("/future")).unwrap();
    assert!(future_q.reason.contains("newer version"), "{}", future_q.reason);
    let garbage_q = report.quarantined.iter().find(|q| q.key.ends_with("/garbage")).unwrap();
    assert!(garbage_q.reason.contains("not valid JSON"), "{}", garbage_q.reason);
    assert_eq!(ws.load_doc("good").unwrap().doc, sample("good"));
    assert!(matches!(ws.load_doc("garbage"), Err(StorageError::NotFound { .. })));

    let rec = ws.recovery_entries().unwrap();
    assert_eq!(rec.len(), 4);
    // The index was rewritten without the quarantined documents.
    let (mut ws, report) = open(ws.into_store());
    assert!(report.quarantined.is_empty());
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    assert_eq!(ws.list().len(), 1);
    ws.discard_recovery(&rec[0].0).unwrap();
    assert_eq!(ws.recovery_entries().unwrap().len(), 3);
    assert!(ws.discard_recovery(&doc_key("good")).is_err(), "only recovery keys may be discarded");
    assert!(ws.load_doc("good").is_ok());
}

#[test]
fn corrupt_index_and_settings_are_quarantined_and_rebuilt() {
    let (mut ws, _) = open(MemoryStore::new());
    ws.save_doc(&sample("a"), 0).unwrap();
    ws.save_doc(&sample("b"), 0).unwrap();
    let mut store = ws.into_store();
    store.set(INDEX_KEY, "not json").unwrap();
    store.set(SETTINGS_KEY, "{\"v\":7}").unwrap();
    let (ws, report) = open(store);
    assert_eq!(report.quarantined.len(), 2);
    assert_eq!(report.index.len(), 2);
    assert_eq!(report.settings, Settings::default());
    assert_eq!(
        ws.recovery_entries().unwrap().iter().map(|(_, r)| r.as_str()).collect::<Vec<_>>(),
        ["not json", "{\"v\":7}"]
    );
    let (_, report) = open(ws.into_store());
    assert!(report.quarantined.is_empty());
    assert_eq!(report.index.len(), 2);
}

#[test]
fn index_is_repaired_from_documents() {
    let (mut ws, _) = open(MemoryStore::new());
    ws.save_doc(&sample("a"), 0).unwrap();
    ws.save_doc(&sample("b"), 0).unwrap();
    let mut store = ws.into_store();
    // An index written by an older version lacks "b" and lists a phantom "z".
    let entry = |id: &str| IndexEntry::of(&sample(id), 1);
    let old_index = serde_json::json!({"v": 2, "docs": [entry("a"), entry("z")]}).to_string();
    store.set(INDEX_KEY, &old_index).unwrap();
    let (ws, report) = open(store);
    let ids: Vec<_> = ws.list().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(report.notes.len(), 1, "{:?}", report.notes);
    assert!(report.notes.iter().any(|n| n.contains("Title of z")));
    // Rewritten as this version stores it: the ids and titles of a and b.
    let index = ws.store().get(INDEX_KEY).unwrap().unwrap();
    assert_eq!(index, r#"{"v":2,"docs":[{"id":"a","title":"Title of a"},{"id":"b","title":"Title of b"}]}"#);
}

#[test]
fn workspace_operations() {
    let (mut ws, _) = open(MemoryStore::new());
    let d = sample("a");
    ws.save_doc(&d, 0).unwrap();
    assert_eq!(ws.rename_doc("a", "New title", 2000).unwrap(), 2);
    assert_eq!(ws.set_status("a", DocStatus::InProgress, 3000).unwrap(), 3);
    let got = ws.load_doc("a").unwrap();
    assert_eq!((got.doc.title.as_str(), got.doc.status, got.doc.modified), ("New title", DocStatus::InProgress, 3000));
    assert_eq!(ws.entry("a").unwrap().title, "New title");

    assert_eq!(ws.duplicate_doc("a", "a2", 4000).unwrap(), 1);
    let copy = ws.load_doc("a2").unwrap().doc;
    assert_eq!(copy.title, "New title (copy)");
    assert_eq!((copy.created, copy.modified), (4000, 4000));
    assert_eq!(copy.annotations, got.doc.annotations);
    assert!(matches!(ws.duplicate_doc("a", "a2", 5000), Err(StorageError::AlreadyExists { .. })));
    assert!(matches!(ws.rename_doc("nope", "x", 0), Err(StorageError::NotFound { .. })));

    ws.delete_doc("a").unwrap();
    assert!(matches!(ws.load_doc("a"), Err(StorageError::NotFound { .. })));
    assert!(matches!(ws.delete_doc("a"), Err(StorageError::NotFound { .. })));
    let (ws, _) = open(ws.into_store());
    assert_eq!(ws.list().into_iter().map(|e| e.id).collect::<Vec<_>>(), ["a2"]);

    let (used, quota) = ws.usage().unwrap();
    let expected: usize = ws.store().snapshot().iter().map(|(k, v)| entry_bytes(k, v)).sum();
    assert_eq!((used, quota), (expected, None));
}

#[test]
fn settings_round_trip_and_keep_unknown_preferences() {
    let (mut ws, report) = open(MemoryStore::new());
    assert_eq!(report.settings, Settings::default());
    let mut s = Settings::default();
    s.preferences.score_threshold = 0.8;
    s.preferences.other.insert("theme".into(), serde_json::json!("dark"));
    s.schema.labels.truncate(3);
    ws.save_settings(&s).unwrap();
    assert_eq!(ws.load_settings().unwrap(), s);
    let (ws, report) = open(ws.into_store());
    assert_eq!(report.settings, s);
    assert_eq!(ws.settings(), &s);
    let raw = ws.store().get(SETTINGS_KEY).unwrap().unwrap();
    assert!(raw.starts_with("{\"v\":2,"), "{raw}");
}

#[test]
fn invalid_documents_are_refused_before_writing() {
    let (mut ws, _) = open(MemoryStore::new());
    let mut d = sample("a");
    d.annotations.insert(9, ann(9, 3, 3000, "PERSON", Origin::Manual, SpanState::Accepted));
    d.next_id = 10;
    let err = ws.save_doc(&d, 0).unwrap_err();
    assert!(matches!(err, StorageError::InvalidDocument { .. }));
    assert!(err.to_string().contains("annotation 9"), "{err}");
    let mut d = sample("a");
    d.annotations.get_mut(&2).unwrap().origin = Origin::Extracted { engine: "x".into(), score: f32::NAN };
    assert!(matches!(ws.save_doc(&d, 0), Err(StorageError::InvalidDocument { .. })));
    assert!(ws.store().is_empty());
}

#[test]
fn quota_is_counted_in_utf16_units() {
    let mut s = MemoryStore::with_quota(20);
    s.set("k", "😀😀").unwrap(); // 1 + 4 units = 10 bytes
    assert_eq!(s.size_bytes().unwrap(), 10);
    let err = s.set("k", "😀😀😀😀😀").unwrap_err(); // 1 + 10 units = 22 bytes
    assert_eq!(err, StoreError::QuotaExceeded { key: "k".into(), needed: 2 });
    assert_eq!(s.get("k").unwrap().as_deref(), Some("😀😀"));
    s.set("k", "abcdefghi").unwrap(); // exactly 20
    s.remove("k").unwrap();
    assert_eq!(s.size_bytes().unwrap(), 0);
}

#[test]
fn newer_layout_keys_are_left_alone() {
    let mut store = MemoryStore::new();
    store.set("spandrel/v3/doc/x", "{\"v\":3}").unwrap();
    let (ws, report) = open(store);
    assert!(report.notes.iter().any(|n| n.contains("v3")));
    assert_eq!(ws.store().get("spandrel/v3/doc/x").unwrap().as_deref(), Some("{\"v\":3}"));
}

#[test]
fn saving_over_an_unreadable_value_keeps_a_recovery_copy() {
    let mut store = MemoryStore::new();
    store.set(&doc_key("a"), "garbage").unwrap();
    // Opened before the bad value appeared (e.g. written by another tab), so it was not quarantined.
    let (mut ws, _) = open(MemoryStore::new());
    *ws.store_mut() = store;
    // A failed save over it changes nothing, not even the recovery area.
    ws.store_mut().fail_sets_to(Some(&doc_key("a")));
    let before = ws.store().snapshot();
    assert!(ws.save_doc(&sample("a"), 0).is_err());
    assert_eq!(ws.store().snapshot(), before);
    ws.store_mut().fail_sets_to(None);
    assert_eq!(ws.save_doc(&sample("a"), 0).unwrap(), 1);
    let rec = ws.recovery_entries().unwrap();
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0].1, "garbage");
    assert_eq!(ws.load_doc("a").unwrap().doc, sample("a"));
}

#[test]
fn opening_after_load_sees_what_is_stored_now() {
    // Load keeps the newest document as it parsed it; opening it must still give the store's
    // current value when another tab wrote in between.
    let (mut ws, _) = open(MemoryStore::new());
    let mut old = sample("old");
    old.modified = 10;
    let mut new = sample("new");
    new.modified = 20;
    ws.save_doc(&old, 0).unwrap();
    ws.save_doc(&new, 0).unwrap();
    let store = ws.into_store();

    let (ws, _) = open(store.clone());
    assert_eq!(ws.load_doc("new").unwrap().doc, new);
    assert_eq!(ws.load_doc("new").unwrap().doc, new, "a second open parses again");
    assert_eq!(ws.load_doc("old").unwrap().doc, old);

    let (mut ws, _) = open(store.clone());
    // Another tab saves a changed "new" after this tab loaded.
    let (mut other, _) = open(store);
    let mut changed = new.clone();
    changed.title = "Changed elsewhere".into();
    other.save_doc(&changed, 1).unwrap();
    let raw = other.store().get("spandrel/v2/doc/new").unwrap().unwrap();
    ws.store_mut().set("spandrel/v2/doc/new", &raw).unwrap();
    let got = ws.load_doc("new").unwrap();
    assert_eq!(got.doc.title, "Changed elsewhere");
    assert_eq!(got.revision, 2);
}

#[test]
fn repeated_saves_still_see_other_writers() {
    // Saving over the value this workspace wrote last skips re-reading it; a value written by
    // someone else in between must still be read and refused as a conflict.
    let (mut ws, _) = open(MemoryStore::new());
    let mut d = sample("a");
    let mut rev = 0;
    for n in 0..5 {
        d.title = format!("edit {n}");
        rev = ws.save_doc(&d, rev).unwrap();
        assert_eq!(rev, n + 1);
        assert_eq!(ws.load_doc("a").unwrap().doc.title, format!("edit {n}"));
    }
    // Another tab, opened on a copy of this store, saves revision 6; its value lands in our store.
    let (mut other, _) = open(ws.store().clone());
    let mut theirs = d.clone();
    theirs.title = "theirs".into();
    assert_eq!(other.save_doc(&theirs, rev).unwrap(), rev + 1);
    let raw = other.store().get("spandrel/v2/doc/a").unwrap().unwrap();
    ws.store_mut().set("spandrel/v2/doc/a", &raw).unwrap();
    d.title = "ours".into();
    match ws.save_doc(&d, rev) {
        Err(StorageError::Conflict { stored }) => {
            assert_eq!(stored.revision, rev + 1);
            assert_eq!(stored.doc.title, "theirs");
        }
        other => panic!("expected conflict, got {other:?}"),
    }
    // Saving on top of theirs works and counts on from their revision.
    assert_eq!(ws.save_doc(&d, rev + 1).unwrap(), rev + 2);
    // A value garbled behind our back is still kept aside before being overwritten.
    ws.store_mut().set("spandrel/v2/doc/a", "{garbled").unwrap();
    assert_eq!(ws.save_doc(&d, rev + 2).unwrap(), rev + 3);
    let kept: Vec<String> = ws.store().keys().unwrap().into_iter().filter(|k| k.contains("recover")).collect();
    assert_eq!(kept.len(), 1, "one recovery copy: {kept:?}");
}

#[test]
fn suggestions_saved_before_a_forget_are_brought_up_to_date_on_open() {
    let (mut ws, _) = open(MemoryStore::new());
    let mut d = sample("f");
    d.modified = 5_000;
    ws.save_doc(&d, 0).unwrap();
    let stored = ws.load_doc("f").unwrap().doc;
    // Never forgotten: nothing to bring up to date.
    assert!(!ws.suggestions_predate_forget(&stored).unwrap());
    ws.forget_learned(stored.modified + 1).unwrap();
    assert!(ws.suggestions_predate_forget(&stored).unwrap(), "saved before the forget, with a pending suggestion");
    // Saved again after the forget (its suggestions follow the engine of then): up to date.
    let mut later = stored.clone();
    later.modified = stored.modified + 10;
    assert!(!ws.suggestions_predate_forget(&later).unwrap());
    // Only decided spans: nothing pending to bring up to date.
    let mut decided = stored.clone();
    decided.annotations.retain(|_, a| a.state != SpanState::Suggested);
    assert!(!ws.suggestions_predate_forget(&decided).unwrap());
}

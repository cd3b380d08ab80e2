//! Version 1 → version 2 migration, on fixture data, through the pure function and through a store.

use spandrel_core::model::DocStatus;
use spandrel_core::storage::*;
use spandrel_core::{Origin, SpanState};

/// A v1 workspace: offsets are UTF-16 code units, as the old app took them from the DOM.
const V1_CLEAN: &str = r##"{
  "v": 1,
  "labels": [{"name": "PER", "color": "#ffb3ba"}, {"name": "LOC", "color": "#baffc9"}],
  "threshold": 0.7,
  "docs": [
    {"id": "d1", "title": "Emoji letter", "text": "😀😀 Ada wrote from Paris to 𝔅abbage.",
     "created": 10, "modified": 20, "done": true, "tags": ["relevant"],
     "spans": [[5, 8, "PER"], [20, 25, "LOC"], [29, 37, "PER"]]},
    {"id": "d2", "title": "Plain", "text": "No spans here.", "created": 30, "modified": 40, "done": false,
     "spans": []},
    {"id": "d3", "title": "Started", "text": "Muscat, Oman", "created": 50, "modified": 60, "done": false,
     "spans": [[0, 6, "GPE"]], "tags": ["urgent"]}
  ]
}"##;

/// Same, plus spans the new format cannot represent.
const V1_LOSSY: &str = r##"{
  "v": 1,
  "labels": [{"name": "PER"}],
  "docs": [
    {"id": "x", "title": "Broken spans", "text": "😀 Ada and Bob",
     "spans": [[1, 5, "PER"], [3, 6, "PER"], [3, 6, "PER"], [12, 99, "PER"], [4, 4, "PER"]]}
  ]
}"##;

/// Slices `text` by UTF-16 code units (an independent oracle for the migration).
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[test]
fn pure_migration_keeps_every_span_on_the_same_characters() {
    let fixture: serde_json::Value = serde_json::from_str(V1_CLEAN).unwrap();
    let m = migrate_v1(V1_CLEAN).unwrap();
    assert!(m.notes.is_empty(), "{:?}", m.notes);
    assert_eq!(m.docs.len(), 3);
    for (doc, old) in m.docs.iter().zip(fixture["docs"].as_array().unwrap()) {
        assert_eq!(doc.id, old["id"].as_str().unwrap());
        assert_eq!(doc.title, old["title"].as_str().unwrap());
        let text = old["text"].as_str().unwrap();
        assert_eq!(doc.text.as_str(), text);
        assert_eq!(doc.created, old["created"].as_i64().unwrap());
        assert_eq!(doc.modified, old["modified"].as_i64().unwrap());
        let spans = old["spans"].as_array().unwrap();
        assert_eq!(doc.annotations.len(), spans.len());
        for (a, s) in doc.annotations.values().zip(spans) {
            let (start, end) = (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize);
            assert_eq!(doc.covered(a.span).unwrap(), utf16_slice(text, start, end), "doc {}", doc.id);
            assert_eq!(a.label, s[2].as_str().unwrap());
            assert_eq!((&a.origin, a.state), (&Origin::Manual, SpanState::Accepted));
        }
        validate_document(doc).unwrap();
    }
    assert_eq!(m.docs[0].covered(m.docs[0].annotations[&1].span), Some("Ada"));
    assert_eq!(m.docs[0].covered(m.docs[0].annotations[&3].span), Some("𝔅abbage"));
    assert_eq!(
        m.docs.iter().map(|d| d.status).collect::<Vec<_>>(),
        [DocStatus::Done, DocStatus::New, DocStatus::InProgress]
    );
    assert!(m.docs[0].doc_labels.contains("relevant"));
    assert!(m.docs[2].doc_labels.contains("urgent"));
    assert_eq!(m.settings.preferences.score_threshold, 0.7);
    let names: Vec<_> = m.settings.schema.labels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["PER", "LOC", "GPE"], "labels used but not declared are added");
    assert!(m.settings.schema.doc_labels.contains(&"urgent".to_string()));
    assert_eq!(migrate_v1(V1_CLEAN).unwrap(), m, "deterministic");
}

#[test]
fn unrepresentable_spans_are_listed_not_silently_dropped() {
    let m = migrate_v1(V1_LOSSY).unwrap();
    let d = &m.docs[0];
    let covered: Vec<_> = d.annotations.values().map(|a| d.covered(a.span).unwrap()).collect();
    assert_eq!(covered, ["Ada"], "only the one valid span survives");
    assert_eq!(m.notes.len(), 4, "{:#?}", m.notes);
    assert!(m.notes.iter().any(|n| n.contains("1..5") && n.contains("surrogate")), "{:?}", m.notes);
    assert!(m.notes.iter().any(|n| n.contains("12..99")));
    assert!(m.notes.iter().any(|n| n.contains("duplicate")));
    assert!(m.notes.iter().any(|n| n.contains("empty")));
}

#[test]
fn unreadable_v1_is_an_error() {
    assert!(migrate_v1("{\"v\":1,\"docs\":[{\"title\":3}]}").is_err());
    assert!(migrate_v1("{\"v\":2}").is_err());
    assert!(migrate_v1("nope").is_err());
}

fn v1_store(raw: &str) -> MemoryStore {
    let mut s = MemoryStore::new();
    s.set(V1_KEY, raw).unwrap();
    s
}

#[test]
fn load_migrates_a_v1_store_and_removes_the_old_key_last() {
    let expected = migrate_v1(V1_CLEAN).unwrap();
    let (ws, report) = Workspace::load(v1_store(V1_CLEAN)).unwrap();
    assert_eq!(report.migrated_from, Some(1));
    assert!(report.quarantined.is_empty());
    assert_eq!(report.settings, expected.settings);
    assert_eq!(report.index.len(), 3);
    for d in &expected.docs {
        let got = ws.load_doc(&d.id).unwrap();
        assert_eq!(&got.doc, d);
        assert_eq!(got.revision, 1);
    }
    assert_eq!(ws.store().get(V1_KEY).unwrap(), None);
    assert!(ws.recovery_entries().unwrap().is_empty(), "nothing was lost, so no copy is kept");
    // Every value is versioned JSON.
    for (k, v) in ws.store().snapshot() {
        let j: serde_json::Value = serde_json::from_str(&v).unwrap();
        assert_eq!(j["v"], 2, "{k}");
    }
    let (_, again) = Workspace::load(ws.into_store()).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.index, report.index);
}

#[test]
fn lossy_migration_keeps_the_original_in_recovery() {
    let (ws, report) = Workspace::load(v1_store(V1_LOSSY)).unwrap();
    assert_eq!(report.migrated_from, Some(1));
    assert!(report.notes.iter().any(|n| n.contains("kept under")), "{:?}", report.notes);
    let rec = ws.recovery_entries().unwrap();
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0].1, V1_LOSSY);
    assert!(rec[0].0.ends_with(V1_KEY));
}

#[test]
fn interrupted_migration_never_loses_the_old_data() {
    let (clean, _) = Workspace::load(v1_store(V1_CLEAN)).unwrap();
    let clean = clean.into_store().snapshot();
    for n in 0..8 {
        let mut store = v1_store(V1_CLEAN);
        store.fail_writes_after(Some(n));
        if let Err(e) = Workspace::load(&mut store) {
            // The crash happened before the old key was removed: the upgrade is reported as failed.
            if store.get(V1_KEY).unwrap().is_some() {
                assert!(e.to_string().contains(V1_KEY), "the error names the old key: {e}");
            }
        }
        // Nothing lost: the old key is intact, or every migrated document is fully written.
        match store.get(V1_KEY).unwrap() {
            Some(v1) => assert_eq!(v1, V1_CLEAN),
            None => {
                for id in ["d1", "d2", "d3"] {
                    assert_eq!(store.get(&doc_key(id)).unwrap(), clean.get(&doc_key(id)).cloned(), "{id}");
                }
            }
        }
        let mut healed = store;
        healed.fail_writes_after(None);
        let (ws, _) = Workspace::load(healed).unwrap();
        assert_eq!(ws.into_store().snapshot(), clean, "after {n} successful writes");
    }
}

#[test]
fn migration_that_does_not_fit_changes_nothing() {
    let mut store = v1_store(V1_CLEAN);
    let used = store.size_bytes().unwrap();
    store.set_quota(Some(used + 600));
    let before = store.snapshot();
    let err = match Workspace::load(&mut store) {
        Err(e) => e,
        Ok(_) => panic!("should not fit"),
    };
    assert!(matches!(err, StorageError::MigrationFailed { .. }), "{err:?}");
    assert!(err.to_string().contains("old data is untouched"), "{err}");
    assert_eq!(store.snapshot(), before, "the failed attempt removed what it wrote");
    store.set_quota(None);
    let (_, report) = Workspace::load(&mut store).unwrap();
    assert_eq!(report.migrated_from, Some(1));
}

#[test]
fn migration_does_not_overwrite_existing_v2_documents() {
    let mut store = v1_store(V1_CLEAN);
    // A v2 document "d1" with different content already exists (e.g. created by a newer tab).
    {
        let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
        let d = spandrel_core::Document::new("d1", "Newer", "other text", 5);
        ws.save_doc(&d, 0).unwrap();
        for (k, v) in ws.store().snapshot() {
            store.set(&k, &v).unwrap();
        }
    }
    let (ws, report) = Workspace::load(store).unwrap();
    assert_eq!(ws.load_doc("d1").unwrap().doc.title, "Newer");
    assert_eq!(ws.load_doc("d1-v1-2").unwrap().doc.title, "Emoji letter");
    assert!(report.notes.iter().any(|n| n.contains("d1-v1-2")), "{:?}", report.notes);
    assert_eq!(report.index.len(), 4);
}

//! Adding many documents at once (drop, open, Import): all or nothing, one id rule, and a rollback
//! that cannot be completed is reported, never hidden. Also: what a two-tab merge cannot place is
//! kept and described.

use spandrel_core::storage::*;
use spandrel_core::Document;

fn docs(n: usize) -> Vec<Document> {
    (0..n).map(|i| Document::new("", format!("Doc {i}"), format!("Text number {i}."), 7)).collect()
}

#[test]
fn ids_follow_one_rule_and_skip_taken_ones() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let first = ws.add_new(docs(2), 7).unwrap();
    assert_eq!(first, ["doc-7-1", "doc-7-2"]);
    let more = ws.add_new(docs(1), 7).unwrap();
    assert_eq!(more, ["doc-7-3"]);
    assert_eq!(ws.fresh_id(7, &["doc-7-4".into()]), "doc-7-5");
}

#[test]
fn a_failure_takes_back_what_was_added() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    ws.store_mut().fail_sets_to(Some("spandrel/v2/doc/doc-7-3"));
    let err = ws.add_new(docs(3), 7).unwrap_err();
    assert_eq!((err.title.as_str(), err.added_before, err.left_behind.len()), ("Doc 2", 2, 0));
    assert!(err.to_string().contains("nothing was added"), "{err}");
    let docs_left: Vec<String> = ws.store().snapshot().into_keys().filter(|k| k.starts_with(DOC_PREFIX)).collect();
    assert!(docs_left.is_empty(), "nothing is left half-imported: {docs_left:?}");
    assert!(ws.list().is_empty());
}

#[test]
fn a_rollback_that_fails_is_reported_with_the_documents_left_behind() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    // Two documents are written (one key each), then every write fails: the third cannot be saved
    // and the first two cannot be deleted again.
    ws.store_mut().fail_writes_after(Some(2));
    let err = ws.add_new(docs(3), 7).unwrap_err();
    let left: Vec<&str> = err.left_behind.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(left, ["doc-7-2", "doc-7-1"]);
    let msg = err.to_string();
    assert!(msg.contains("could not be taken back") && msg.contains("doc-7-1"), "{msg}");
}

#[test]
fn what_a_merge_cannot_place_is_kept_and_described() {
    let base = Document::new("d", "Talks", "Ali met Bob.", 0);
    let mut ours = base.clone();
    ours.title = "Talks (ours)".into();
    let mut theirs = base.clone();
    theirs.title = "Talks (theirs)".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.doc.title, "Talks (ours)");
    let kept = merged.leftovers().expect("the other title is kept aside");
    let v: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(v["items"][0]["title"], "Talks (theirs)");
    assert!(merged.conflicts[0].describe().contains("Talks (theirs)"));
    // Set aside in the workspace, it is listed with the other set-aside entries.
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let key = ws.set_aside("d", &kept).unwrap();
    assert!(ws.recovery_entries().unwrap().iter().any(|(k, raw)| *k == key && *raw == kept));
    // A merge with nothing left out keeps nothing aside.
    assert!(merge(&base, &ours, &base).leftovers().is_none());
}

#[test]
fn documents_added_together_keep_their_order_after_the_ones_there() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let a = ws.add_new(docs(12), 7).unwrap();
    // Ids do not sort numerically ("doc-7-10" < "doc-7-2"); the sequence numbers do.
    let b = ws.add_new(docs(3), 5).unwrap();
    let seqs: Vec<u64> = a.iter().chain(&b).map(|id| ws.entry(id).unwrap().seq).collect();
    assert_eq!(seqs, (1..=15).collect::<Vec<u64>>());
    let corpus = spandrel_core::corpus::Corpus::new(&ws.list());
    let order: Vec<&String> = a.iter().chain(&b).collect();
    assert_eq!(corpus.ids().iter().collect::<Vec<_>>(), order);
    // The order survives a reload.
    let (ws2, _) = Workspace::load(ws.into_store()).unwrap();
    assert_eq!(spandrel_core::corpus::Corpus::new(&ws2.list()).ids().iter().collect::<Vec<_>>(), order);
}

#[test]
fn an_import_in_steps_is_all_or_nothing() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    ws.add_new(docs(2), 1).unwrap();
    let before = ws.store().snapshot();
    let mut job = AddJob::new(&ws, docs(10), 7);
    assert!(!job.step(&mut ws, 4).unwrap());
    assert!(!job.step(&mut ws, 4).unwrap());
    ws.store_mut().fail_sets_to(Some("spandrel/v2/doc/doc-7-9"));
    let err = job.step(&mut ws, 4).unwrap_err();
    assert_eq!(err.added_before, 8);
    assert_eq!(ws.store().snapshot(), before, "nothing of the import is left");
    assert_eq!(ws.list().len(), 2);
    // Abort after some steps takes them back too.
    ws.store_mut().fail_sets_to(None);
    let mut job = AddJob::new(&ws, docs(5), 9);
    job.step(&mut ws, 3).unwrap();
    assert!(job.abort(&mut ws).is_empty());
    assert_eq!(ws.store().snapshot(), before);
}

#[test]
fn room_for_counts_what_an_import_needs() {
    let (mut ws, _) = Workspace::load(MemoryStore::with_quota(200_000)).unwrap();
    let batch = docs(50);
    let (needed, free) = ws.room_for(&batch).unwrap();
    assert_eq!(free, Some(200_000));
    let before = ws.store().size_bytes().unwrap();
    ws.add_new(batch, 7).unwrap();
    let used = ws.store().size_bytes().unwrap() - before;
    // An estimate that never falls short, and not by much.
    assert!(needed >= used && needed <= used + used / 5, "needed {needed}, used {used}");
}

#[test]
fn the_document_last_open_is_remembered() {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let ids = ws.add_new(docs(3), 7).unwrap();
    assert_eq!(ws.last_open(), None);
    ws.set_last_open(&ids[1]).unwrap();
    let (ws, _) = Workspace::load(ws.into_store()).unwrap();
    assert_eq!(ws.last_open().as_deref(), Some(ids[1].as_str()));
    // It is the one handed over without a second parse.
    assert_eq!(ws.load_doc(&ids[1]).unwrap().doc.id, ids[1]);
}

#[test]
fn another_tabs_write_is_taken_into_the_list() {
    let (mut a, _) = Workspace::load(MemoryStore::new()).unwrap();
    let ids = a.add_new(docs(2), 7).unwrap();
    let (mut b, _) = Workspace::load(a.store().clone()).unwrap();
    b.set_status(&ids[0], spandrel_core::model::DocStatus::Done, 9).unwrap();
    b.delete_doc(&ids[1]).unwrap();
    *a.store_mut() = b.store().clone();
    assert!(a.reload_entry(&ids[0]).unwrap());
    assert_eq!(a.entry(&ids[0]).unwrap().status, spandrel_core::model::DocStatus::Done);
    assert!(a.reload_entry(&ids[1]).unwrap());
    assert!(a.entry(&ids[1]).is_none());
    assert!(!a.reload_entry(&ids[0]).unwrap(), "unchanged since read");
}

#[test]
fn another_tabs_write_read_by_load_if_changed_is_still_listed() {
    let (mut a, _) = Workspace::load(MemoryStore::new()).unwrap();
    let ids = a.add_new(docs(1), 7).unwrap();
    let (mut b, _) = Workspace::load(a.store().clone()).unwrap();
    b.rename_doc(&ids[0], "Renamed", 9).unwrap();
    *a.store_mut() = b.store().clone();
    // The open document takes the other tab's version first (and remembers it) …
    let theirs = a.load_if_changed(&ids[0]).unwrap().expect("changed");
    assert_eq!(theirs.doc.title, "Renamed");
    // … and the list still takes it in.
    assert!(a.reload_entry(&ids[0]).unwrap());
    assert_eq!(a.entry(&ids[0]).unwrap().title, "Renamed");
    assert_eq!(a.entry(&ids[0]).unwrap().revision, theirs.revision);
    assert!(!a.reload_entry(&ids[0]).unwrap(), "unchanged since read");
}

#[test]
fn suggestions_learn_from_decided_documents_since_the_last_forget() {
    use spandrel_core::{Annotation, Origin, Span, SpanState};
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let ids = ws.add_new(docs(4), 7).unwrap();
    assert!(ws.learn_sources().unwrap().is_empty(), "nothing decided yet");
    let decide = |ws: &mut Workspace<MemoryStore>, id: &str, now: i64, state: SpanState| {
        let sd = ws.load_doc(id).unwrap();
        let mut d = sd.doc;
        let a = Annotation {
            id: d.next_id,
            span: Span::new(0, 4),
            label: "X".into(),
            note: String::new(),
            attributes: Default::default(),
            origin: Origin::Extracted { engine: "e".into(), score: 0.5 },
            state,
            rev: 0,
        };
        d.annotations.insert(a.id, a);
        d.next_id += 1;
        d.modified = now;
        ws.save_doc(&d, sd.revision).unwrap();
    };
    decide(&mut ws, &ids[2], 10, SpanState::Rejected);
    decide(&mut ws, &ids[0], 11, SpanState::Accepted);
    decide(&mut ws, &ids[1], 12, SpanState::Suggested);
    ws.set_status(&ids[3], spandrel_core::model::DocStatus::Done, 13).unwrap();
    // Corpus order, only documents with a decision.
    assert_eq!(ws.learn_sources().unwrap(), [ids[0].clone(), ids[2].clone(), ids[3].clone()]);
    ws.forget_learned(12).unwrap();
    let (mut ws, _) = Workspace::load(ws.into_store()).unwrap();
    assert_eq!(ws.learn_forgotten_at().unwrap(), Some(12));
    assert_eq!(ws.learn_sources().unwrap(), [ids[3].clone()]);
    ws.store_mut().set(LEARNED_KEY, "{\"v\":2}").unwrap();
    assert!(ws.learn_sources().is_err());
}

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
    // Two documents are written (document + index each), then every write fails: the third cannot
    // be saved and the first two cannot be deleted again.
    ws.store_mut().fail_writes_after(Some(4));
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

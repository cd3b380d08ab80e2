//! Sync engine scenarios against the in-memory Kinto twin.

use super::fake::{FakeKinto, FAKE_ROOT};
use super::records::{annotation_record_id, document_record_id};
use super::*;
use crate::model::{Annotation, Document, Origin, Span, SpanState};
use crate::storage::MemoryStore;
use std::collections::BTreeMap;

const BUCKET: &str = "proj";

fn server() -> FakeKinto {
    let mut k = FakeKinto::new();
    for u in ["lead", "alice", "bob", "cora"] {
        k.request(&create_account(FAKE_ROOT, u, &format!("pw-{u}"))).unwrap();
    }
    let members = Members {
        leads: vec!["lead".into()],
        annotators: vec!["alice".into(), "bob".into()],
        curators: vec!["cora".into()],
    };
    for r in project_requests(FAKE_ROOT, BUCKET, &members, &Credentials::new("admin", "admin-secret")) {
        let resp = k.request(&r).unwrap();
        assert!(resp.status < 300, "{r:?} → {resp:?}");
    }
    k
}

fn engine(store: MemoryStore, user: &str, role: Role) -> SyncEngine<MemoryStore> {
    let config =
        SyncConfig { server: FAKE_ROOT.into(), bucket: BUCKET.into(), user: user.into(), role, page_size: None };
    SyncEngine::open(store, config, Credentials::new(user, format!("pw-{user}"))).unwrap()
}

fn span(doc: &mut Document, start: usize, end: usize, label: &str) {
    let id = doc.next_id;
    doc.next_id += 1;
    doc.annotations.insert(
        id,
        Annotation {
            id,
            span: Span::new(start, end),
            label: label.into(),
            note: String::new(),
            attributes: BTreeMap::new(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        },
    );
    doc.modified += 1;
}

fn labels(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc.annotations.values().map(|a| format!("{}:{}", a.label, a.span.start)).collect();
    v.sort();
    v
}

/// A lead publishes two documents.
fn published(k: &mut FakeKinto) {
    let mut lead = engine(MemoryStore::new(), "lead", Role::Lead);
    lead.stage_document(&Document::new("d1", "One", "Ada Lovelace met Charles Babbage in London.", 1)).unwrap();
    lead.stage_document(&Document::new("d2", "Two", "Grace Hopper worked at Harvard.", 1)).unwrap();
    lead.stage_schema(&crate::model::LabelSchema::default()).unwrap();
    assert_eq!(run_blocking(&mut lead, k), SyncStatus::Synced);
    assert_eq!(lead.waiting(), 0);
}

#[test]
fn two_annotators_edit_offline_then_both_sync_without_loss() {
    let mut k = server();
    published(&mut k);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    let mut bob = engine(MemoryStore::new(), "bob", Role::Annotator);
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut bob, &mut k), SyncStatus::Synced);
    assert_eq!(alice.document_ids(), vec!["d1", "d2"]);
    assert!(alice.schema().is_some());

    k.offline = true;
    let mut a1 = alice.document("d1").unwrap();
    span(&mut a1, 0, 12, "PERSON");
    alice.stage_document(&a1).unwrap();
    let mut b1 = bob.document("d1").unwrap();
    span(&mut b1, 17, 32, "PERSON");
    span(&mut b1, 36, 42, "GPE");
    bob.stage_document(&b1).unwrap();
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Offline { waiting: 1 });
    assert!(alice.last_error().unwrap().to_string().contains("cannot be reached"));
    assert_eq!(run_blocking(&mut bob, &mut k), SyncStatus::Offline { waiting: 1 });

    // Alice reloads the page while offline: the queue is still there.
    let store = alice.into_store();
    let mut alice = engine(store, "alice", Role::Annotator);
    assert_eq!(alice.waiting(), 1);
    assert_eq!(labels(&alice.document("d1").unwrap()), vec!["PERSON:0"]);

    k.offline = false;
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut bob, &mut k), SyncStatus::Synced);
    let a = k.record(BUCKET, "annotations", &annotation_record_id("d1", "alice")).unwrap();
    let b = k.record(BUCKET, "annotations", &annotation_record_id("d1", "bob")).unwrap();
    assert_eq!(a["annotations"].as_array().unwrap().len(), 1);
    assert_eq!(b["annotations"].as_array().unwrap().len(), 2);
    assert!(k.record(BUCKET, "documents", &document_record_id("d2")).is_some());

    // The curator sees both versions.
    let mut cora = engine(MemoryStore::new(), "cora", Role::Curator);
    assert_eq!(run_blocking(&mut cora, &mut k), SyncStatus::Synced);
    let versions = cora.annotator_versions("d1");
    let who: Vec<&str> = versions.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(who, vec!["alice", "bob"]);
    assert_eq!(labels(&versions[1].1), vec!["GPE:36", "PERSON:17"]);
    // An annotator does not see the other's records.
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(alice.annotator_versions("d1").len(), 1);
}

#[test]
fn the_same_annotator_in_two_clients_is_merged_three_way() {
    let mut k = server();
    published(&mut k);
    let mut tab1 = engine(MemoryStore::new(), "alice", Role::Annotator);
    let mut tab2 = engine(MemoryStore::new(), "alice", Role::Annotator);
    let mut d = tab1.document("d1");
    assert!(d.is_none(), "nothing before the first pull");
    run_blocking(&mut tab1, &mut k);
    d = tab1.document("d1");
    let mut d = d.unwrap();
    span(&mut d, 0, 3, "PERSON");
    tab1.stage_document(&d).unwrap();
    assert_eq!(run_blocking(&mut tab1, &mut k), SyncStatus::Synced);
    run_blocking(&mut tab2, &mut k);

    // Both edit from the same base; tab1 also deletes the shared span, tab2 does not touch it.
    let mut d1 = tab1.document("d1").unwrap();
    d1.annotations.clear();
    span(&mut d1, 4, 12, "PERSON");
    tab1.stage_document(&d1).unwrap();
    let mut d2 = tab2.document("d1").unwrap();
    span(&mut d2, 36, 42, "GPE");
    tab2.stage_document(&d2).unwrap();
    let before = k.requests;
    assert_eq!(run_blocking(&mut tab1, &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut tab2, &mut k), SyncStatus::Synced);
    // tab2 merged on pull: its push needed no 412.
    assert!(k.requests - before <= 12, "{}", k.requests - before);
    let merged = tab2.document("d1").unwrap();
    assert_eq!(labels(&merged), vec!["GPE:36", "PERSON:4"]);
    let events = tab2.take_events();
    assert!(events.iter().any(|e| matches!(e, SyncEvent::Merged { .. })), "{events:?}");
    run_blocking(&mut tab1, &mut k);
    assert_eq!(labels(&tab1.document("d1").unwrap()), vec!["GPE:36", "PERSON:4"]);
}

#[test]
fn a_stale_push_without_pull_meets_412_and_merges() {
    let mut k = server();
    published(&mut k);
    let cfg = |user: &str| SyncConfig {
        server: FAKE_ROOT.into(),
        bucket: BUCKET.into(),
        user: user.into(),
        role: Role::Annotator,
        page_size: None,
    };
    let mut tab1 = engine(MemoryStore::new(), "alice", Role::Annotator);
    run_blocking(&mut tab1, &mut k);
    let mut d = tab1.document("d2").unwrap();
    span(&mut d, 0, 5, "PERSON");
    tab1.stage_document(&d).unwrap();
    run_blocking(&mut tab1, &mut k);
    let mut tab2 = SyncEngine::open(MemoryStore::new(), cfg("alice"), Credentials::new("alice", "pw-alice")).unwrap();
    run_blocking(&mut tab2, &mut k);
    let mut d2 = tab2.document("d2").unwrap();
    span(&mut d2, 23, 30, "ORG");
    tab2.stage_document(&d2).unwrap();
    run_blocking(&mut tab2, &mut k);

    // tab1 pushes on its old base: a request-level check that the answer is 412 and the engine recovers.
    let mut d = tab1.document("d2").unwrap();
    span(&mut d, 13, 19, "PERSON");
    tab1.stage_document(&d).unwrap();
    tab1.start();
    let mut statuses = Vec::new();
    while let Some(req) = tab1.next_request() {
        // Answer list requests with "nothing new" so that only the push sees the change.
        let resp = if req.method == Method::Get && req.url.contains("/records?") {
            Ok(Response::new(200, r#"{"data":[]}"#))
        } else {
            k.request(&req)
        };
        statuses.push(resp.as_ref().map(|r| r.status).unwrap_or(0));
        tab1.on_response(resp);
    }
    assert!(statuses.contains(&412), "{statuses:?}");
    assert_eq!(tab1.status(), SyncStatus::Synced);
    assert_eq!(labels(&tab1.document("d2").unwrap()), vec!["ORG:23", "PERSON:0", "PERSON:13"]);
    let id = annotation_record_id("d2", "alice");
    assert_eq!(k.record(BUCKET, "annotations", &id).unwrap()["annotations"].as_array().unwrap().len(), 3);
}

#[test]
fn change_feeds_are_paged_and_tombstones_remove_documents() {
    let mut k = server();
    k.page_size = 2;
    let mut lead = engine(MemoryStore::new(), "lead", Role::Lead);
    for i in 0..7 {
        lead.stage_document(&Document::new(format!("doc-{i}"), format!("T{i}"), "some text here", 1)).unwrap();
    }
    assert_eq!(run_blocking(&mut lead, &mut k), SyncStatus::Synced);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    let before = k.requests;
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(alice.document_ids().len(), 7);
    assert!(k.requests - before >= 4 + 2, "paging needs several requests, took {}", k.requests - before);

    // Alice annotates doc-3, then the lead removes it.
    let mut d = alice.document("doc-3").unwrap();
    span(&mut d, 0, 4, "PERSON");
    alice.stage_document(&d).unwrap();
    run_blocking(&mut alice, &mut k);
    lead.stage_removal("doc-3").unwrap();
    assert_eq!(run_blocking(&mut lead, &mut k), SyncStatus::Synced);
    assert!(k.record(BUCKET, "documents", &document_record_id("doc-3")).is_none());
    alice.take_events();
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(alice.document_ids().len(), 6);
    assert!(alice.document("doc-3").is_none());
    let events = alice.take_events();
    assert!(
        events.iter().any(|e| matches!(e, SyncEvent::Changed { removed: true, doc: Some(d), .. } if d == "doc-3")),
        "{events:?}"
    );
    // Her annotations of it are still on the server (nothing of hers is deleted).
    assert!(k.record(BUCKET, "annotations", &annotation_record_id("doc-3", "alice")).is_some());
}

#[test]
fn wrong_password_is_a_clear_error_and_keeps_the_queue() {
    let mut k = server();
    published(&mut k);
    let config = SyncConfig {
        server: FAKE_ROOT.into(),
        bucket: BUCKET.into(),
        user: "alice".into(),
        role: Role::Annotator,
        page_size: None,
    };
    let mut alice = SyncEngine::open(MemoryStore::new(), config, Credentials::new("alice", "nope")).unwrap();
    let mut d = Document::new("d1", "One", "Ada", 1);
    span(&mut d, 0, 3, "PERSON");
    alice.stage_document(&d).unwrap();
    match run_blocking(&mut alice, &mut k) {
        SyncStatus::Error { reason: SyncError::WrongPassword { user } } => assert_eq!(user, "alice"),
        other => panic!("{other:?}"),
    }
    assert_eq!(alice.waiting(), 1);
    assert!(alice.status().to_string().contains("did not accept the password"));
}

#[test]
fn writing_without_permission_is_403_and_the_local_copy_stays() {
    let mut k = server();
    published(&mut k);
    // Bob, an annotator, runs with the lead's role: his document edit is refused, his annotations go through.
    let mut bob = engine(MemoryStore::new(), "bob", Role::Lead);
    run_blocking(&mut bob, &mut k);
    let mut d = bob.document("d1").unwrap();
    d.title = "Bob's title".into();
    span(&mut d, 0, 3, "PERSON");
    bob.stage_document(&d).unwrap();
    assert_eq!(bob.waiting(), 2);
    // The first refusal is the read of gold, which names the role chosen as the cause.
    match run_blocking(&mut bob, &mut k) {
        SyncStatus::Error { reason: SyncError::NoReadAccess { what, role } } => {
            assert_eq!((what.as_str(), role.as_str()), ("the project's gold", "a lead"))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(bob.waiting(), 1, "the refused change is kept");
    let refused = bob.refused();
    assert_eq!(refused.len(), 1);
    assert!(refused[0].1.contains("change document “One”"), "named by its title: {}", refused[0].1);
    assert_eq!(bob.document("d1").unwrap().title, "Bob's title");
    assert!(k.record(BUCKET, "annotations", &annotation_record_id("d1", "bob")).is_some());
    assert_eq!(k.record(BUCKET, "documents", &document_record_id("d1")).unwrap()["title"], "One");

    // Alice cannot overwrite Bob's annotation record.
    let url =
        format!("{FAKE_ROOT}/buckets/{BUCKET}/collections/annotations/records/{}", annotation_record_id("d1", "bob"));
    let req = Request::new(Method::Put, url)
        .json(&serde_json::json!({"data": {}}))
        .header("Authorization", Credentials::new("alice", "pw-alice").authorization());
    let resp = k.request(&req).unwrap();
    assert_eq!(resp.status, 403);
    let e = SyncError::from_response(&resp, "bob's annotations of document \"d1\"", "alice", BUCKET);
    assert!(
        e.to_string().starts_with("No permission: the sync server does not let you change bob's annotations"),
        "{e}"
    );
}

#[test]
fn quota_and_server_errors_stop_the_round_and_keep_the_queue() {
    let mut k = server();
    published(&mut k);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    run_blocking(&mut alice, &mut k);
    let mut d = alice.document("d1").unwrap();
    span(&mut d, 0, 3, "PERSON");
    alice.stage_document(&d).unwrap();
    // Three pulls pass, the push meets a 507.
    alice.start();
    let mut n = 0;
    while let Some(req) = alice.next_request() {
        n += 1;
        if n == 4 {
            k.fail_next(507);
        }
        let r = k.request(&req);
        alice.on_response(r);
    }
    assert_eq!(alice.status(), SyncStatus::Error { reason: SyncError::Quota { status: 507 } });
    assert_eq!(alice.waiting(), 1);
    k.fail_next(503);
    assert!(matches!(
        run_blocking(&mut alice, &mut k),
        SyncStatus::Error { reason: SyncError::ServerUnavailable { status: 503, .. } }
    ));
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(alice.waiting(), 0);
}

#[test]
fn gold_is_written_by_curators_and_read_back() {
    let mut k = server();
    published(&mut k);
    let mut cora = engine(MemoryStore::new(), "cora", Role::Curator);
    run_blocking(&mut cora, &mut k);
    let mut g = cora.document("d1").unwrap();
    span(&mut g, 0, 12, "PERSON");
    cora.stage_gold(&g).unwrap();
    assert_eq!(run_blocking(&mut cora, &mut k), SyncStatus::Synced);
    let mut lead = engine(MemoryStore::new(), "lead", Role::Lead);
    run_blocking(&mut lead, &mut k);
    assert_eq!(labels(&lead.gold("d1").unwrap()), vec!["PERSON:0"]);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    assert!(alice.stage_gold(&g).is_err());
    run_blocking(&mut alice, &mut k);
    assert!(alice.gold("d1").is_none(), "annotators do not read gold");
}

#[test]
fn no_password_is_ever_stored_and_changes_made_while_a_request_is_out_are_kept() {
    let mut k = server();
    published(&mut k);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    run_blocking(&mut alice, &mut k);
    let mut d = alice.document("d1").unwrap();
    span(&mut d, 0, 3, "PERSON");
    alice.stage_document(&d).unwrap();
    alice.start();
    let mut sent_put = false;
    while let Some(req) = alice.next_request() {
        let r = k.request(&req);
        if req.method == Method::Put && !sent_put {
            sent_put = true;
            // The user edits again while the PUT is out.
            span(&mut d, 4, 12, "PERSON");
            alice.stage_document(&d).unwrap();
        }
        alice.on_response(r);
    }
    assert!(sent_put);
    assert_eq!(alice.waiting(), 1, "the later edit is still queued");
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    let id = annotation_record_id("d1", "alice");
    assert_eq!(k.record(BUCKET, "annotations", &id).unwrap()["annotations"].as_array().unwrap().len(), 2);
    let config_json = serde_json::to_string(alice.config()).unwrap();
    assert!(!config_json.contains("pw-alice"));
    assert!(!format!("{:?}", Credentials::new("alice", "pw-alice")).contains("pw-alice"));
    for (key, value) in alice.store().snapshot() {
        assert!(!value.contains("pw-alice") && !key.contains("pw-alice"), "{key}");
    }
}

#[test]
fn bad_settings_are_refused_with_a_message() {
    let config = SyncConfig {
        server: "ftp://x".into(),
        bucket: "p".into(),
        user: "a".into(),
        role: Role::Annotator,
        page_size: None,
    };
    let e = SyncEngine::open(MemoryStore::new(), config.clone(), Credentials::new("a", "b")).err().unwrap();
    assert!(e.to_string().contains("must start with http"), "{e}");
    let config = SyncConfig { server: "http://x/v1".into(), bucket: "my project".into(), ..config };
    let e = SyncEngine::open(MemoryStore::new(), config, Credentials::new("a", "b")).err().unwrap();
    assert!(e.to_string().contains("\"my project\""), "{e}");
}

#[test]
fn only_project_documents_are_shared_except_by_leads() {
    let mut k = server();
    published(&mut k);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    assert!(!alice.shares("d1"), "nothing pulled yet");
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert!(alice.shares("d1"));
    assert!(!alice.shares("private-notes"));
    let lead = engine(MemoryStore::new(), "lead", Role::Lead);
    assert!(lead.shares("private-notes"));
}

#[test]
fn one_annotator_in_two_browsers_accepting_a_suggestion_and_adding_a_span_keeps_both() {
    // As in the browser: both open the document, the engine suggests the same spans in both, each saves that
    // (the record is created once, the other merges to the same); offline, one accepts a suggestion, the
    // other adds a span; both sync, in either order.
    for first in [0, 1] {
        let mut k = server();
        published(&mut k);
        let mut tabs = [
            engine(MemoryStore::new(), "alice", Role::Annotator),
            engine(MemoryStore::new(), "alice", Role::Annotator),
        ];
        for t in tabs.iter_mut() {
            assert_eq!(run_blocking(t, &mut k), SyncStatus::Synced);
            let mut d = t.document("d1").unwrap();
            for (s, e, l) in [(0, 12, "PERSON"), (17, 32, "PERSON"), (36, 42, "GPE")] {
                span(&mut d, s, e, l);
                d.annotations.get_mut(&(d.next_id - 1)).unwrap().state = SpanState::Suggested;
            }
            d.modified = 100;
            t.stage_document(&d).unwrap();
            assert_eq!(run_blocking(t, &mut k), SyncStatus::Synced);
        }
        let mut d0 = tabs[0].document("d1").unwrap();
        let london = d0.annotations.values_mut().find(|a| a.label == "GPE").unwrap();
        london.state = SpanState::Accepted;
        london.rev = 1;
        d0.modified = 200;
        tabs[0].stage_document(&d0).unwrap();
        let mut d1 = tabs[1].document("d1").unwrap();
        span(&mut d1, 0, 3, "PERSON");
        d1.modified = 201;
        tabs[1].stage_document(&d1).unwrap();
        let order = if first == 0 { [0, 1, 0, 1] } else { [1, 0, 1, 0] };
        for i in order {
            assert_eq!(run_blocking(&mut tabs[i], &mut k), SyncStatus::Synced);
        }
        for t in &tabs {
            let d = t.document("d1").unwrap();
            let accepted: Vec<String> = d
                .annotations
                .values()
                .filter(|a| a.state == SpanState::Accepted)
                .map(|a| format!("{}:{}", a.label, a.span.start))
                .collect();
            assert_eq!(accepted.len(), 2, "first {first}: {:?}", d.annotations);
        }
    }
}

/// Two browsers of one annotator (`tabs`), both synced over a record holding one span.
fn two_tabs_over_one_span(k: &mut FakeKinto) -> [SyncEngine<MemoryStore>; 2] {
    published(k);
    let mut tabs =
        [engine(MemoryStore::new(), "alice", Role::Annotator), engine(MemoryStore::new(), "alice", Role::Annotator)];
    run_blocking(&mut tabs[0], k);
    let mut d = tabs[0].document("d1").unwrap();
    span(&mut d, 0, 3, "PERSON");
    tabs[0].stage_document(&d).unwrap();
    assert_eq!(run_blocking(&mut tabs[0], k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut tabs[1], k), SyncStatus::Synced);
    tabs
}

/// Runs a round of `e`, letting `meanwhile` act on the server once `e` has pulled and is about to push
/// (its first write is then in flight while `meanwhile` runs: the two race).
fn round_racing(
    e: &mut SyncEngine<MemoryStore>,
    k: &mut FakeKinto,
    meanwhile: impl FnOnce(&mut FakeKinto),
) -> SyncStatus {
    let mut meanwhile = Some(meanwhile);
    e.start();
    while let Some(req) = e.next_request() {
        if req.method != Method::Get {
            if let Some(f) = meanwhile.take() {
                f(k);
                k.racing_writes = 1;
            }
        }
        let out = k.request(&req);
        e.on_response(out);
    }
    e.status()
}

fn accepted(e: &SyncEngine<MemoryStore>) -> Vec<String> {
    labels(&e.document("d1").unwrap())
}

#[test]
fn a_write_replaced_by_a_racing_write_is_merged_back() {
    // Kinto checks If-Match, then writes, without a lock: two writes of the same version can both pass.
    let mut k = server();
    let mut tabs = two_tabs_over_one_span(&mut k);
    let mut d0 = tabs[0].document("d1").unwrap();
    span(&mut d0, 36, 42, "GPE");
    tabs[0].stage_document(&d0).unwrap();
    let mut d1 = tabs[1].document("d1").unwrap();
    d1.annotations.clear(); // tab 2 deletes the first span and adds another
    span(&mut d1, 17, 24, "PERSON");
    tabs[1].stage_document(&d1).unwrap();
    // Tab 2 pulls, then tab 1's write lands while tab 2's is in flight: tab 2's stale If-Match passes.
    let [t0, t1] = &mut tabs;
    assert_eq!(round_racing(t1, &mut k, |k| assert_eq!(run_blocking(t0, k), SyncStatus::Synced)), SyncStatus::Synced);
    let rec = k.record(BUCKET, "annotations", &annotation_record_id("d1", "alice")).unwrap();
    assert_eq!(rec["annotations"].as_array().unwrap().len(), 1, "tab 2 replaced tab 1's write: {rec}");
    // Tab 1 sees a version that does not descend from its write: it merges its write back and sends it.
    assert_eq!(run_blocking(&mut tabs[0], &mut k), SyncStatus::Synced);
    assert_eq!(accepted(&tabs[0]), vec!["GPE:36", "PERSON:17"], "tab 2's delete stands, both additions stay");
    assert_eq!(run_blocking(&mut tabs[1], &mut k), SyncStatus::Synced);
    assert_eq!(accepted(&tabs[1]), vec!["GPE:36", "PERSON:17"]);
    let rec = k.record(BUCKET, "annotations", &annotation_record_id("d1", "alice")).unwrap();
    assert_eq!(rec["annotations"].as_array().unwrap().len(), 2, "{rec}");
    // The merged write names what it was written on: the first version and tab 2's, which replaced tab 1's.
    let parents: Vec<u64> = rec["sync_parents"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
    assert_eq!(parents.len(), 2, "{rec}");
    assert!(parents[0] < parents[1]);
}

#[test]
fn a_racing_write_over_a_pending_change_keeps_the_raced_write() {
    // As above, but tab 1 has edited again before it sees the racing version.
    let mut k = server();
    let mut tabs = two_tabs_over_one_span(&mut k);
    let mut d0 = tabs[0].document("d1").unwrap();
    span(&mut d0, 36, 42, "GPE");
    tabs[0].stage_document(&d0).unwrap();
    let mut d1 = tabs[1].document("d1").unwrap();
    span(&mut d1, 17, 24, "PERSON");
    tabs[1].stage_document(&d1).unwrap();
    let [t0, t1] = &mut tabs;
    assert_eq!(round_racing(t1, &mut k, |k| assert_eq!(run_blocking(t0, k), SyncStatus::Synced)), SyncStatus::Synced);
    let mut d0 = tabs[0].document("d1").unwrap();
    span(&mut d0, 25, 32, "PERSON");
    tabs[0].stage_document(&d0).unwrap();
    assert_eq!(run_blocking(&mut tabs[0], &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut tabs[1], &mut k), SyncStatus::Synced);
    for t in &tabs {
        assert_eq!(accepted(t), vec!["GPE:36", "PERSON:0", "PERSON:17", "PERSON:25"]);
    }
}

#[test]
fn a_later_version_that_descends_from_our_write_is_taken_as_it_is() {
    // No race: tab 2 pulls tab 1's write, deletes a span tab 1 added, pushes. Tab 1 takes that version
    // (the delete stands; nothing is merged back).
    let mut k = server();
    let mut tabs = two_tabs_over_one_span(&mut k);
    let mut d0 = tabs[0].document("d1").unwrap();
    span(&mut d0, 36, 42, "GPE");
    tabs[0].stage_document(&d0).unwrap();
    assert_eq!(run_blocking(&mut tabs[0], &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut tabs[1], &mut k), SyncStatus::Synced);
    let mut d1 = tabs[1].document("d1").unwrap();
    d1.annotations.retain(|_, a| a.label != "GPE");
    tabs[1].stage_document(&d1).unwrap();
    assert_eq!(run_blocking(&mut tabs[1], &mut k), SyncStatus::Synced);
    let requests = k.requests;
    assert_eq!(run_blocking(&mut tabs[0], &mut k), SyncStatus::Synced);
    assert_eq!(accepted(&tabs[0]), vec!["PERSON:0"]);
    assert_eq!(tabs[0].waiting(), 0);
    assert_eq!(k.requests - requests, 3, "three pulls, nothing pushed back");
}

/// Requests of one round that write (PUT or DELETE).
fn writes_in_round(e: &mut SyncEngine<MemoryStore>, k: &mut FakeKinto) -> (usize, SyncStatus) {
    e.start();
    let mut writes = 0;
    while let Some(req) = e.next_request() {
        if req.method != Method::Get {
            writes += 1;
        }
        let outcome = k.request(&req);
        e.on_response(outcome);
    }
    (writes, e.status())
}

#[test]
fn a_refused_change_is_not_sent_again_each_round_until_it_changes_or_the_role_does() {
    let mut k = server();
    published(&mut k);
    // Bob, an annotator, picks "lead" by mistake and renames a document: refused once.
    let store = MemoryStore::new();
    let mut bob = engine(store, "bob", Role::Lead);
    run_blocking(&mut bob, &mut k);
    let mut d = bob.document("d1").unwrap();
    d.title = "Bob's title".into();
    bob.stage_document(&d).unwrap();
    assert_eq!(writes_in_round(&mut bob, &mut k).0, 1);
    // Later rounds do not send it again, and the header keeps saying why.
    for _ in 0..3 {
        let (writes, status) = writes_in_round(&mut bob, &mut k);
        assert_eq!(writes, 0, "a refused change is not re-sent every round");
        assert!(matches!(status, SyncStatus::Error { .. }), "{status:?}");
    }
    assert_eq!(bob.refused().len(), 1);
    // A change of the record sends it again (and it is refused again).
    d.title = "Bob's second title".into();
    bob.stage_document(&d).unwrap();
    assert_eq!(writes_in_round(&mut bob, &mut k).0, 1);
    assert_eq!(writes_in_round(&mut bob, &mut k).0, 0);
    // Asking to try again sends it once more.
    assert_eq!(bob.retry_refused().unwrap(), 1);
    assert_eq!(writes_in_round(&mut bob, &mut k).0, 1);

    // Back to the right role: the lead-only copy of the document is dropped (the browser keeps the
    // document itself), nothing is refused any more, and others' changes keep arriving.
    let store = bob.into_store();
    let mut bob = engine(store, "bob", Role::Annotator);
    assert_eq!(bob.refused(), vec![]);
    assert_eq!(bob.waiting(), 0);
    assert_eq!(run_blocking(&mut bob, &mut k), SyncStatus::Synced);
    assert_eq!(bob.document("d1").unwrap().title, "One");
    let mut alice_doc = bob.document("d2").unwrap();
    alice_doc.title = "Renamed by the lead".into();
    let mut lead = engine(MemoryStore::new(), "lead", Role::Lead);
    run_blocking(&mut lead, &mut k);
    lead.stage_document(&alice_doc).unwrap();
    assert_eq!(run_blocking(&mut lead, &mut k), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut bob, &mut k), SyncStatus::Synced);
    assert_eq!(bob.document("d2").unwrap().title, "Renamed by the lead");
}

#[test]
fn a_role_that_cannot_read_a_feed_is_named_and_the_rest_still_syncs() {
    let mut k = server();
    published(&mut k);
    // Alice picks "curator": the gold feed is refused, but the documents arrive and her work is sent.
    let mut alice = engine(MemoryStore::new(), "alice", Role::Curator);
    let status = run_blocking(&mut alice, &mut k);
    let SyncStatus::Error { reason } = status else { panic!("{status:?}") };
    assert_eq!(
        reason.to_string(),
        "No permission: the sync server does not let you read the project's gold. Your sync settings say you \
         are a curator of this project; choose the role the project's lead gave you (your work is kept here)"
    );
    assert!(reason.keeps_polling());
    assert_eq!(alice.document_ids(), vec!["d1", "d2"]);
    let mut d = alice.document("d1").unwrap();
    span(&mut d, 0, 3, "PERSON");
    alice.stage_document(&d).unwrap();
    run_blocking(&mut alice, &mut k);
    assert_eq!(alice.waiting(), 0, "her annotations were sent despite the unreadable feed");
    assert!(k.record(BUCKET, "annotations", &annotation_record_id("d1", "alice")).is_some());
}

#[test]
fn a_change_check_is_one_request_and_sees_others_changes_but_not_others_private_work() {
    let mut k = server();
    published(&mut k);
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    let mut bob = engine(MemoryStore::new(), "bob", Role::Annotator);
    run_blocking(&mut alice, &mut k);
    run_blocking(&mut bob, &mut k);
    let check = |e: &mut SyncEngine<MemoryStore>, k: &mut FakeKinto| {
        let before = k.requests;
        let req = e.check_request();
        let out = k.request(&req);
        let c = e.on_check(out);
        assert_eq!(k.requests - before, 1);
        c
    };
    assert_eq!(check(&mut alice, &mut k), Check::Changed, "the first check runs a round");
    assert_eq!(check(&mut alice, &mut k), Check::Unchanged);
    // Bob's annotations are private to him and the curators: Alice's check does not wake up for them.
    let mut d = bob.document("d1").unwrap();
    span(&mut d, 0, 3, "PERSON");
    bob.stage_document(&d).unwrap();
    run_blocking(&mut bob, &mut k);
    assert_eq!(check(&mut alice, &mut k), Check::Unchanged);
    // The lead renames a document: Alice's next check sees it.
    let mut lead = engine(MemoryStore::new(), "lead", Role::Lead);
    run_blocking(&mut lead, &mut k);
    let mut d2 = lead.document("d2").unwrap();
    d2.title = "Two, renamed".into();
    lead.stage_document(&d2).unwrap();
    run_blocking(&mut lead, &mut k);
    assert_eq!(check(&mut alice, &mut k), Check::Changed);
    run_blocking(&mut alice, &mut k);
    assert_eq!(alice.document("d2").unwrap().title, "Two, renamed");
    assert_eq!(check(&mut alice, &mut k), Check::Unchanged);
    // Without a history the server cannot be checked cheaply: the app falls back to rounds.
    assert_eq!(alice.on_check(Ok(Response::new(404, "{}"))), Check::Unavailable);
    assert_eq!(alice.on_check(Err(HttpError::Network("down".into()))), Check::Changed);
}

#[test]
fn the_whole_projects_versions_in_one_pass_match_the_per_document_view() {
    let mut k = server();
    published(&mut k);
    for (who, start) in [("alice", 0), ("bob", 4)] {
        let mut e = engine(MemoryStore::new(), who, Role::Annotator);
        run_blocking(&mut e, &mut k);
        let mut d = e.document("d1").unwrap();
        span(&mut d, start, 12, "PERSON");
        e.stage_document(&d).unwrap();
        assert_eq!(run_blocking(&mut e, &mut k), SyncStatus::Synced);
    }
    let mut cora = engine(MemoryStore::new(), "cora", Role::Curator);
    run_blocking(&mut cora, &mut k);
    let g = cora.document("d1").unwrap();
    cora.stage_gold(&g).unwrap();
    run_blocking(&mut cora, &mut k);
    let all = cora.versions_by_doc();
    assert_eq!(all.keys().collect::<Vec<_>>(), vec!["d1"]);
    assert_eq!(all["d1"], cora.annotator_versions("d1"));
    assert_eq!(all["d1"].len(), 2);
    assert_eq!(cora.gold_ids().into_iter().collect::<Vec<_>>(), vec!["d1".to_owned()]);
    assert!(cora.adjudicated_ids().is_empty(), "a gold version not marked done is a draft");
    cora.stage_gold(&crate::team::gold_mark(&g, true, 5)).unwrap();
    run_blocking(&mut cora, &mut k);
    assert_eq!(cora.adjudicated_ids().into_iter().collect::<Vec<_>>(), vec!["d1".to_owned()]);
    // An annotator sees only their own version.
    let mut alice = engine(MemoryStore::new(), "alice", Role::Annotator);
    run_blocking(&mut alice, &mut k);
    assert_eq!(alice.versions_by_doc()["d1"].len(), 1);
}

#[test]
fn a_project_is_set_up_from_requests_and_every_refusal_is_named_with_what_was_made() {
    let mut k = FakeKinto::new();
    for u in ["lena", "alice", "bob", "cora"] {
        k.request(&create_account(FAKE_ROOT, u, &format!("pw-{u}"))).unwrap();
    }
    let members = Members {
        leads: vec!["lena".into()],
        annotators: vec!["alice".into(), "bob".into()],
        curators: vec!["cora".into()],
    };
    let admin = Credentials::new("admin", "admin-secret");
    // A wrong admin password, a member without an account, a bad name: nothing is made.
    let wrong = Credentials::new("admin", "nope");
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &members, &wrong, false);
    assert_eq!(setup_blocking(&mut s, &mut k), Err(SetupError::WrongPassword { user: "admin".into() }));
    let mut typo = members.clone();
    typo.annotators.push("bobb".into());
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &typo, &admin, false);
    let e = setup_blocking(&mut s, &mut k).unwrap_err();
    assert_eq!(e, SetupError::NoSuchAccount { names: vec!["bobb".into()] });
    assert!(e.to_string().contains("no account named \"bobb\""), "{e}");
    let mut s = ProjectSetup::new(FAKE_ROOT, "a team", &members, &admin, false);
    assert!(matches!(setup_blocking(&mut s, &mut k), Err(SetupError::BadName(_))));
    assert!(k.record_ids("team", "documents").is_empty());
    // A member may not create projects.
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &members, &Credentials::new("alice", "pw-alice"), false);
    assert!(
        matches!(setup_blocking(&mut s, &mut k), Err(SetupError::NotAllowed { .. })),
        "an annotator cannot create it"
    );
    // The admin creates it; the lead then publishes and an annotator reads.
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &members, &admin, false);
    assert_eq!(setup_blocking(&mut s, &mut k), Ok(()));
    assert_eq!(s.made().len(), 1 + 3 + 4, "{:?}", s.made());
    let config = |u: &str, role| SyncConfig {
        server: FAKE_ROOT.into(),
        bucket: "team".into(),
        user: u.into(),
        role,
        page_size: None,
    };
    let mut lena =
        SyncEngine::open(MemoryStore::new(), config("lena", Role::Lead), Credentials::new("lena", "pw-lena")).unwrap();
    lena.stage_document(&Document::new("d1", "One", "Ada Lovelace.", 1)).unwrap();
    assert_eq!(run_blocking(&mut lena, &mut k), SyncStatus::Synced);
    let mut alice =
        SyncEngine::open(MemoryStore::new(), config("alice", Role::Annotator), Credentials::new("alice", "pw-alice"))
            .unwrap();
    assert_eq!(run_blocking(&mut alice, &mut k), SyncStatus::Synced);
    assert_eq!(alice.document_ids(), vec!["d1"]);
    // The same name again: refused, the project untouched; with "update", the members change.
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &members, &admin, false);
    assert_eq!(setup_blocking(&mut s, &mut k), Err(SetupError::Exists { bucket: "team".into() }));
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &members, &admin, true);
    assert_eq!(setup_blocking(&mut s, &mut k), Ok(()));
    // A lead reads the members, adds a curator and removes nobody: the project is updated as the lead.
    let read = |k: &mut FakeKinto, who: &Credentials| {
        let answers = crate::sync::read_members(FAKE_ROOT, "team", who).iter().map(|r| k.request(r)).collect();
        crate::sync::members_from("team", &who.user, answers)
    };
    let lena_creds = Credentials::new("lena", "pw-lena");
    assert_eq!(read(&mut k, &lena_creds), Ok(members.clone()));
    let mut more = members.clone();
    more.curators.insert(0, "alice".into());
    let mut s = ProjectSetup::new(FAKE_ROOT, "team", &more, &lena_creds, true);
    assert_eq!(setup_blocking(&mut s, &mut k), Ok(()), "a lead may change the members");
    assert_eq!(read(&mut k, &admin), Ok(more.clone()));
    // An annotator may not read them; a wrong password is named.
    assert_eq!(
        read(&mut k, &Credentials::new("alice", "pw-alice")),
        Err(SetupError::CannotRead { user: "alice".into(), bucket: "team".into() })
    );
    assert_eq!(read(&mut k, &Credentials::new("lena", "nope")), Err(SetupError::WrongPassword { user: "lena".into() }));
    // The server goes away mid-way: the message lists what was made.
    let mut s = ProjectSetup::new(FAKE_ROOT, "other", &members, &admin, false);
    let mut sent = 0;
    let e = loop {
        let Some(req) = s.next_request() else { break s.result().cloned().unwrap().unwrap_err() };
        sent += 1;
        let out = if sent > 6 { Err(HttpError::Network("connection refused".into())) } else { k.request(&req) };
        s.on_response(out);
    };
    let msg = e.to_string();
    assert!(msg.contains("cannot be reached") && msg.contains("made so far: project \"other\", group leads"), "{msg}");
    assert!(msg.contains("update the existing project"), "{msg}");
    // As the message says: set up again with "update" and it is finished, the bucket kept as made.
    let mut s = ProjectSetup::new(FAKE_ROOT, "other", &members, &admin, true);
    assert_eq!(setup_blocking(&mut s, &mut k), Ok(()));
    assert!(!s.made().iter().any(|m| m.starts_with("project")), "{:?}", s.made());
    // "Update" of a project that does not exist yet creates it.
    let mut s = ProjectSetup::new(FAKE_ROOT, "third", &members, &admin, true);
    assert_eq!(setup_blocking(&mut s, &mut k), Ok(()));
    assert_eq!(s.made().len(), 1 + 3 + 4, "{:?}", s.made());
}

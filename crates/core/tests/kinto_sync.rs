//! Sync against a real Kinto server: `SPANDREL_KINTO_URL` (e.g. `http://127.0.0.1:8888/v1`, as printed by
//! `scripts/kinto.sh start`) and `SPANDREL_KINTO_ADMIN_PASSWORD` (default `admin-secret`). Without the URL
//! every test prints that it was skipped and passes: `scripts/test.sh` runs them with a server.
//!
//! Each run uses a fresh project (bucket) and fresh accounts, so runs never see each other's data.

use spandrel_core::model::{Annotation, Document, Origin, Span, SpanState};
use spandrel_core::storage::MemoryStore;
use spandrel_core::sync::records::annotation_record_id;
use spandrel_core::sync::{
    create_account, project_requests, run_blocking, setup_blocking, Check, Credentials, HttpClient, Members, Method,
    ProjectSetup, Request, Response, Role, SetupError, SyncConfig, SyncEngine, SyncError, SyncStatus,
};
use std::collections::BTreeMap;

#[path = "support/project.rs"]
mod project;
#[path = "support/ureq_http.rs"]
mod ureq_http;
use project::Project;
use ureq_http::Client;

/// The engines and server reads these tests use.
trait ProjectTests {
    fn engine(&self, name: &str, role: Role) -> SyncEngine<MemoryStore>;
    fn engine_with(&self, name: &str, role: Role, pw: &str, page: Option<usize>) -> SyncEngine<MemoryStore>;
    fn record(&self, http: &mut Client, collection: &str, id: &str) -> Option<serde_json::Value>;
}

impl ProjectTests for Project {
    fn engine(&self, name: &str, role: Role) -> SyncEngine<MemoryStore> {
        self.engine_with(name, role, &format!("pw-{name}"), None)
    }

    fn engine_with(&self, name: &str, role: Role, pw: &str, page: Option<usize>) -> SyncEngine<MemoryStore> {
        self.engine_as(name, role, pw, page).expect("engine opens")
    }

    /// A record as the admin reads it.
    fn record(&self, http: &mut Client, collection: &str, id: &str) -> Option<serde_json::Value> {
        let url = format!("{}/buckets/{}/collections/{collection}/records/{id}", self.url, self.bucket);
        let req = Request::new(Method::Get, url).header("Authorization", self.admin.authorization());
        let resp = http.request(&req).expect("kinto answers");
        match resp.status {
            200 => Some(serde_json::from_str::<serde_json::Value>(&resp.body).unwrap()["data"].clone()),
            404 => None,
            s => panic!("GET record: {s} {}", resp.body),
        }
    }
}

/// The project of this test, or `None` (with a printed notice) when no server is configured.
fn project(test: &str) -> Option<(Project, Client)> {
    let Ok(url) = std::env::var("SPANDREL_KINTO_URL") else {
        eprintln!("skipped {test}: SPANDREL_KINTO_URL is not set (scripts/kinto.sh start prints it)");
        return None;
    };
    let url = url.trim_end_matches('/').to_owned();
    let admin_pw = std::env::var("SPANDREL_KINTO_ADMIN_PASSWORD").unwrap_or_else(|_| "admin-secret".into());
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let run = format!("{test}-{nanos}").replace('_', "");
    let p = Project { url, bucket: format!("p{run}"), run, admin: Credentials::new("admin", admin_pw) };
    let mut http = Client::new();
    for name in ["lead", "alice", "bob", "cora"] {
        let resp = http.request(&create_account(&p.url, &p.user(name), &format!("pw-{name}"))).expect("kinto answers");
        assert_eq!(resp.status, 201, "account {name}: {}", resp.body);
    }
    let members = Members {
        leads: vec![p.user("lead")],
        annotators: vec![p.user("alice"), p.user("bob")],
        curators: vec![p.user("cora")],
    };
    for r in project_requests(&p.url, &p.bucket, &members, &p.admin) {
        let resp = http.request(&r).expect("kinto answers");
        assert!(resp.status < 300, "{} {}: {} {}", r.method.as_str(), r.url, resp.status, resp.body);
    }
    Some((p, http))
}

fn add_span(doc: &mut Document, start: usize, end: usize, label: &str) {
    let id = doc.next_id;
    doc.next_id += 1;
    let a = Annotation {
        id,
        span: Span::new(start, end),
        label: label.into(),
        note: String::new(),
        attributes: BTreeMap::new(),
        origin: Origin::Manual,
        state: SpanState::Accepted,
        rev: 0,
    };
    doc.annotations.insert(id, a);
    doc.modified += 1;
}

fn labels(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc.annotations.values().map(|a| format!("{}:{}", a.label, a.span.start)).collect();
    v.sort();
    v
}

fn publish(p: &Project, http: &mut Client) {
    let mut lead = p.engine("lead", Role::Lead);
    lead.stage_document(&Document::new("d1", "One", "Ada Lovelace met Charles Babbage in London.", 1)).unwrap();
    lead.stage_document(&Document::new("d2", "Two", "Grace Hopper worked at Harvard.", 1)).unwrap();
    lead.stage_schema(&spandrel_core::model::LabelSchema::default()).unwrap();
    assert_eq!(run_blocking(&mut lead, http), SyncStatus::Synced);
}

#[test]
fn two_annotators_offline_then_online_lose_nothing() {
    let Some((p, mut http)) = project("twoannotators") else { return };
    publish(&p, &mut http);
    let mut alice = p.engine("alice", Role::Annotator);
    let mut bob = p.engine("bob", Role::Annotator);
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut bob, &mut http), SyncStatus::Synced);
    assert_eq!(alice.document_ids(), vec!["d1", "d2"]);

    http.online = false;
    for (engine, spans) in
        [(&mut alice, vec![(0, 12, "PERSON")]), (&mut bob, vec![(17, 32, "PERSON"), (36, 42, "GPE")])]
    {
        for doc_id in ["d1", "d2"] {
            let mut d = engine.document(doc_id).unwrap();
            let len = d.text.len_cp();
            for &(s, e, l) in &spans {
                add_span(&mut d, s, e.min(len), l);
            }
            engine.stage_document(&d).unwrap();
        }
        assert_eq!(run_blocking(engine, &mut http), SyncStatus::Offline { waiting: 2 });
    }
    http.online = true;
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut bob, &mut http), SyncStatus::Synced);
    for doc_id in ["d1", "d2"] {
        let a = p.record(&mut http, "annotations", &annotation_record_id(doc_id, &p.user("alice"))).unwrap();
        let b = p.record(&mut http, "annotations", &annotation_record_id(doc_id, &p.user("bob"))).unwrap();
        assert_eq!(a["annotations"].as_array().unwrap().len(), 1, "{a}");
        assert_eq!(b["annotations"].as_array().unwrap().len(), 2, "{b}");
    }
    let mut cora = p.engine("cora", Role::Curator);
    assert_eq!(run_blocking(&mut cora, &mut http), SyncStatus::Synced);
    assert_eq!(cora.annotator_versions("d1").len(), 2);
    // The curator adjudicates; the gold record reaches another client.
    let mut gold = cora.annotator_versions("d1")[1].1.clone();
    gold.annotations.retain(|_, a| a.label == "GPE");
    cora.stage_gold(&gold).unwrap();
    assert_eq!(run_blocking(&mut cora, &mut http), SyncStatus::Synced);
    let mut lead = p.engine("lead", Role::Lead);
    assert_eq!(run_blocking(&mut lead, &mut http), SyncStatus::Synced);
    assert_eq!(labels(&lead.gold("d1").unwrap()), vec!["GPE:36"]);
}

#[test]
fn one_annotator_in_two_clients_is_merged_three_way() {
    let Some((p, mut http)) = project("twoclients") else { return };
    publish(&p, &mut http);
    let mut tab1 = p.engine("alice", Role::Annotator);
    let mut tab2 = p.engine("alice", Role::Annotator);
    run_blocking(&mut tab1, &mut http);
    let mut d = tab1.document("d1").unwrap();
    add_span(&mut d, 0, 3, "PERSON");
    tab1.stage_document(&d).unwrap();
    assert_eq!(run_blocking(&mut tab1, &mut http), SyncStatus::Synced);
    run_blocking(&mut tab2, &mut http);

    // Concurrent edits from one base: tab1 replaces the span, tab2 adds one.
    let mut d1 = tab1.document("d1").unwrap();
    d1.annotations.clear();
    add_span(&mut d1, 4, 12, "PERSON");
    tab1.stage_document(&d1).unwrap();
    let mut d2 = tab2.document("d1").unwrap();
    add_span(&mut d2, 36, 42, "GPE");
    tab2.stage_document(&d2).unwrap();
    assert_eq!(run_blocking(&mut tab1, &mut http), SyncStatus::Synced);
    // tab2 pushes without pulling first: the real server answers 412 and the engine merges.
    tab2.start();
    let mut statuses = Vec::new();
    while let Some(req) = tab2.next_request() {
        let resp = if req.method == Method::Get && req.url.contains("/records?") {
            Ok(Response::new(200, r#"{"data":[]}"#))
        } else {
            http.request(&req)
        };
        statuses.push(resp.as_ref().map(|r| r.status).unwrap_or(0));
        tab2.on_response(resp);
    }
    assert!(statuses.contains(&412), "{statuses:?}");
    assert_eq!(tab2.status(), SyncStatus::Synced);
    assert_eq!(labels(&tab2.document("d1").unwrap()), vec!["GPE:36", "PERSON:4"]);
    assert_eq!(run_blocking(&mut tab1, &mut http), SyncStatus::Synced);
    assert_eq!(labels(&tab1.document("d1").unwrap()), vec!["GPE:36", "PERSON:4"]);
    let on_server = p.record(&mut http, "annotations", &annotation_record_id("d1", &p.user("alice"))).unwrap();
    assert_eq!(on_server["annotations"].as_array().unwrap().len(), 2, "{on_server}");
}

#[test]
fn another_annotators_record_is_403_and_a_wrong_password_is_401() {
    let Some((p, mut http)) = project("permissions") else { return };
    publish(&p, &mut http);
    let mut bob = p.engine("bob", Role::Annotator);
    run_blocking(&mut bob, &mut http);
    let mut d = bob.document("d1").unwrap();
    add_span(&mut d, 0, 3, "PERSON");
    bob.stage_document(&d).unwrap();
    assert_eq!(run_blocking(&mut bob, &mut http), SyncStatus::Synced);

    let bobs = annotation_record_id("d1", &p.user("bob"));
    let url = format!("{}/buckets/{}/collections/annotations/records/{bobs}", p.url, p.bucket);
    let req = Request::new(Method::Put, url)
        .json(&serde_json::json!({"data": {"annotations": []}}))
        .header("Authorization", Credentials::new(p.user("alice"), "pw-alice").authorization());
    let resp = http.request(&req).unwrap();
    assert_eq!(resp.status, 403, "{}", resp.body);
    let e = SyncError::from_response(&resp, "bob's annotations of document \"d1\"", &p.user("alice"), &p.bucket);
    assert!(
        e.to_string().starts_with("No permission: the sync server does not let you change bob's annotations"),
        "{e}"
    );
    let kept = p.record(&mut http, "annotations", &bobs).unwrap();
    assert_eq!(kept["annotations"].as_array().unwrap().len(), 1);

    // An annotator acting as lead: the document edit is refused (403), the local copy stays.
    let mut bob_as_lead = p.engine("bob", Role::Lead);
    run_blocking(&mut bob_as_lead, &mut http);
    let mut d = bob_as_lead.document("d2").unwrap();
    d.title = "Retitled".into();
    bob_as_lead.stage_document(&d).unwrap();
    // The round names the cause (the role chosen) rather than a refused write of what was only read.
    let status = run_blocking(&mut bob_as_lead, &mut http);
    assert!(
        matches!(&status, SyncStatus::Error { reason: SyncError::NoReadAccess { what, .. } } if what == "the project's gold"),
        "{status:?}"
    );
    assert_eq!(bob_as_lead.document("d2").unwrap().title, "Retitled");
    assert_eq!(bob_as_lead.waiting(), 1);
    let refused = bob_as_lead.refused();
    assert!(refused[0].1.contains("change document “Two”"), "{refused:?}");
    // Not sent again by the next rounds; back as annotator, nothing is refused and sync is clean.
    let before = http.requests;
    run_blocking(&mut bob_as_lead, &mut http);
    assert_eq!(http.requests - before, 4, "one read per feed, no write");
    let store = bob_as_lead.into_store();
    let mut bob = p.engine_over(store, "bob", Role::Annotator, "pw-bob", None).unwrap();
    assert_eq!(run_blocking(&mut bob, &mut http), SyncStatus::Synced);
    assert_eq!(bob.document("d2").unwrap().title, "Two");

    let mut wrong = p.engine_with("alice", Role::Annotator, "not-her-password", None);
    let status = run_blocking(&mut wrong, &mut http);
    assert!(matches!(&status, SyncStatus::Error { reason: SyncError::WrongPassword { .. } }), "{status:?}");
    assert!(status.to_string().contains("did not accept the password"));
}

#[test]
fn paged_feeds_and_tombstones_on_the_real_server() {
    let Some((p, mut http)) = project("paging") else { return };
    let mut lead = p.engine("lead", Role::Lead);
    for i in 0..7 {
        lead.stage_document(&Document::new(format!("doc-{i}"), format!("T{i}"), "some text", 1)).unwrap();
    }
    assert_eq!(run_blocking(&mut lead, &mut http), SyncStatus::Synced);
    let mut alice = p.engine_with("alice", Role::Annotator, "pw-alice", Some(2));
    let before = http.requests;
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    assert_eq!(alice.document_ids().len(), 7);
    assert!(http.requests - before >= 6, "paging took {} requests", http.requests - before);
    lead.stage_removal("doc-4").unwrap();
    assert_eq!(run_blocking(&mut lead, &mut http), SyncStatus::Synced);
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    assert_eq!(alice.document_ids().len(), 6);
    assert!(alice.document("doc-4").is_none());
}

#[test]
fn a_change_check_on_the_real_server_is_one_request_that_sees_the_leads_rename() {
    let Some((p, mut http)) = project("check") else { return };
    publish(&p, &mut http);
    let mut alice = p.engine("alice", Role::Annotator);
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    let check = |e: &mut SyncEngine<MemoryStore>, http: &mut Client| {
        let req = e.check_request();
        let out = http.request(&req);
        e.on_check(out)
    };
    assert_eq!(check(&mut alice, &mut http), Check::Changed, "a first check runs a round");
    assert_eq!(check(&mut alice, &mut http), Check::Unchanged);
    // Bob's work is private: Alice's check stays quiet.
    let mut bob = p.engine("bob", Role::Annotator);
    run_blocking(&mut bob, &mut http);
    let mut d = bob.document("d1").unwrap();
    add_span(&mut d, 0, 3, "PERSON");
    bob.stage_document(&d).unwrap();
    assert_eq!(run_blocking(&mut bob, &mut http), SyncStatus::Synced);
    assert_eq!(check(&mut alice, &mut http), Check::Unchanged);
    // The lead renames a document: the next check sees it, the round brings it.
    let mut lead = p.engine("lead", Role::Lead);
    run_blocking(&mut lead, &mut http);
    let mut d2 = lead.document("d2").unwrap();
    d2.title = "Two, renamed".into();
    lead.stage_document(&d2).unwrap();
    assert_eq!(run_blocking(&mut lead, &mut http), SyncStatus::Synced);
    assert_eq!(check(&mut alice, &mut http), Check::Changed);
    assert_eq!(run_blocking(&mut alice, &mut http), SyncStatus::Synced);
    assert_eq!(alice.document("d2").unwrap().title, "Two, renamed");
    assert_eq!(check(&mut alice, &mut http), Check::Unchanged);
}

#[test]
fn a_project_is_set_up_on_the_real_server_by_its_admin_and_refusals_are_named() {
    let Some((p, mut http)) = project("setup") else { return };
    let members = Members {
        leads: vec![p.user("lead")],
        annotators: vec![p.user("alice"), p.user("bob")],
        curators: vec![p.user("cora")],
    };
    let bucket = format!("{}-new", p.bucket);
    let mut typo = members.clone();
    typo.annotators.push(p.user("nobody"));
    let e = setup_blocking(&mut ProjectSetup::new(&p.url, &bucket, &typo, &p.admin, false), &mut http).unwrap_err();
    assert_eq!(e, SetupError::NoSuchAccount { names: vec![p.user("nobody")] });
    let wrong = Credentials::new("admin", "not-the-password");
    let e = setup_blocking(&mut ProjectSetup::new(&p.url, &bucket, &members, &wrong, false), &mut http).unwrap_err();
    assert!(matches!(e, SetupError::WrongPassword { .. }), "{e:?}");
    let alice = Credentials::new(p.user("alice"), "pw-alice");
    let e = setup_blocking(&mut ProjectSetup::new(&p.url, &bucket, &members, &alice, false), &mut http).unwrap_err();
    assert!(matches!(e, SetupError::NotAllowed { .. }), "{e:?}");
    let mut s = ProjectSetup::new(&p.url, &bucket, &members, &p.admin, false);
    assert_eq!(setup_blocking(&mut s, &mut http), Ok(()));
    // The project works: the lead publishes, an annotator reads.
    let config = |u: &str, role| SyncConfig {
        server: p.url.clone(),
        bucket: bucket.clone(),
        user: p.user(u),
        role,
        page_size: None,
    };
    let mut lead =
        SyncEngine::open(MemoryStore::new(), config("lead", Role::Lead), Credentials::new(p.user("lead"), "pw-lead"))
            .unwrap();
    lead.stage_document(&Document::new("d1", "One", "Ada Lovelace.", 1)).unwrap();
    assert_eq!(run_blocking(&mut lead, &mut http), SyncStatus::Synced);
    let mut a = SyncEngine::open(
        MemoryStore::new(),
        config("alice", Role::Annotator),
        Credentials::new(p.user("alice"), "pw-alice"),
    )
    .unwrap();
    assert_eq!(run_blocking(&mut a, &mut http), SyncStatus::Synced);
    assert_eq!(a.document_ids(), vec!["d1"]);
    let e = setup_blocking(&mut ProjectSetup::new(&p.url, &bucket, &members, &p.admin, false), &mut http).unwrap_err();
    assert_eq!(e, SetupError::Exists { bucket: bucket.clone() });
    assert_eq!(setup_blocking(&mut ProjectSetup::new(&p.url, &bucket, &members, &p.admin, true), &mut http), Ok(()));
}

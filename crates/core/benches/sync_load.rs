//! Load test of team sync against a real Kinto on loopback (a bench: it prints numbers, it times nothing
//! against a target). `scripts/bench.sh sync` starts the server with `scripts/kinto.sh` and runs it:
//!
//!   SPANDREL_KINTO_URL=http://127.0.0.1:<port>/v1 cargo bench -p spandrel-core --bench sync_load
//!
//! The run: a lead publishes `DOCS` documents (default 500) into a fresh project; `CLIENTS` clients (default
//! 20: 10 annotators with two devices each, each device with its own local state, as two browsers) each
//! sync all documents, then make `ROUNDS` rounds of edits concurrently (threads, one connection each):
//! round 1 adds a span to every document, later rounds add a span to, or delete an earlier span of their
//! own from, a pseudo-random half of the documents, and the first device of each annotator moves statuses
//! on; meanwhile the lead retitles documents and reassigns `SPANDREL_LOAD_REASSIGN` (1,000, at most all)
//! of them each round to a changing team with core's `assign`. Both devices of an annotator write the same records, so the
//! server answers 412 and the engine merges three-way. Each client syncs after each round until it is
//! synced; then every client syncs once more (everything pushed is pulled), and once more to check that
//! nothing is left to change.
//!
//! Checked, and the process exits 1 when any is off: every add is on the server and every delete is gone
//! (lost edits = adds missing + deletes come back + statuses not as last set + titles and assignments not
//! as last set);
//! every client's view of every document equals the server's (diverged = client views that differ).
//!
//! Settings (environment): SPANDREL_KINTO_URL (required), SPANDREL_KINTO_ADMIN_PASSWORD (default
//! `admin-secret`), SPANDREL_LOAD_CLIENTS (even, default 20), SPANDREL_LOAD_DOCS (500), SPANDREL_LOAD_ROUNDS (3).

#[path = "../tests/support/project.rs"]
mod project;
#[path = "../tests/support/ureq_http.rs"]
mod ureq_http;

use project::Project;
use spandrel_core::extract::score::SplitMix;
use spandrel_core::model::{Annotation, DocStatus, Document, Origin, Span, SpanState};
use spandrel_core::storage::MemoryStore;
use spandrel_core::sync::records::{annotation_record_id, document_record_id};
use spandrel_core::sync::{
    create_account, project_requests, run_blocking, Credentials, HttpClient, Members, Method, Request, Role,
    SyncEngine, SyncStatus,
};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Barrier};
use std::time::Instant;
use ureq_http::Client;

/// Words per document; a span covers one word ("wNNN", 4 code points, then a space).
const WORDS: usize = 48;
const LABELS: [&str; 2] = ["PERSON", "ORG"];

fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v.parse().unwrap_or_else(|_| fail(&format!("{name}={v} is not a number"))),
        Err(_) => default,
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("sync_load: {msg}");
    std::process::exit(2)
}

fn doc_id(i: usize) -> String {
    format!("doc-{i:04}")
}

fn doc_text(i: usize) -> String {
    (0..WORDS).map(|w| format!("w{:03}", (w + i) % 1000)).collect::<Vec<_>>().join(" ")
}

/// The code point span of word `w`.
fn word(w: usize) -> Span {
    Span::new(w * 5, w * 5 + 4)
}

type SpanKey = (usize, usize, String);

fn spans_of(doc: &Document) -> BTreeSet<SpanKey> {
    doc.annotations
        .values()
        .filter(|a| a.state == SpanState::Accepted)
        .map(|a| (a.span.start, a.span.end, a.label.clone()))
        .collect()
}

fn spans_of_json(record: &serde_json::Value) -> BTreeSet<SpanKey> {
    record["annotations"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter(|a| a["state"] == "accepted")
                .map(|a| {
                    let n = |k: &str| a["span"][k].as_u64().unwrap_or(u64::MAX) as usize;
                    (n("start"), n("end"), a["label"].as_str().unwrap_or("").to_owned())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What one client did, for checking the server afterwards.
#[derive(Default)]
struct Log {
    added: BTreeMap<String, BTreeSet<SpanKey>>,
    deleted: BTreeMap<String, BTreeSet<SpanKey>>,
    /// Last status set per document (only the first device of an annotator sets statuses).
    status: BTreeMap<String, DocStatus>,
    edits: usize,
    requests: usize,
    conflicts: usize,
    merges: usize,
    /// The client's final view: document → (spans, status, title).
    view: BTreeMap<String, (BTreeSet<SpanKey>, DocStatus, String)>,
    /// Records changed by the last check round (should be none).
    late_changes: usize,
    errors: Vec<String>,
    /// Time spent computing assignments (the lead's), ms.
    assign_ms: f64,
}

/// The engine of a user of the load test (`name` is the run's user name; its password is `pw-<name>`).
fn engine(s: &Project, name: &str, role: Role) -> SyncEngine<MemoryStore> {
    s.engine_as(name, role, &format!("pw-{}", s.user(name)), None)
        .unwrap_or_else(|e| fail(&format!("engine for {name}: {e}")))
}

/// Syncs until the engine reports synced (a round may end early on repeated 412s or a busy server).
fn sync(engine: &mut SyncEngine<MemoryStore>, http: &mut Client, log: &mut Log) -> bool {
    for _ in 0..30 {
        let status = run_blocking(engine, http);
        for ev in engine.take_events() {
            if matches!(ev, spandrel_core::sync::SyncEvent::Merged { .. }) {
                log.merges += 1;
            }
        }
        match status {
            SyncStatus::Synced => return true,
            SyncStatus::Error { reason } if !reason.retries_by_itself() => {
                log.errors.push(reason.to_string());
                return false;
            }
            _ => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    log.errors.push(format!("not synced after 30 rounds: {}", engine.status()));
    false
}

fn add_span(doc: &mut Document, span: Span, label: &str) {
    let id = doc.next_id;
    doc.next_id += 1;
    doc.annotations.insert(
        id,
        Annotation {
            id,
            span,
            label: label.into(),
            note: String::new(),
            attributes: BTreeMap::new(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        },
    );
}

/// One annotator device: annotator `a`, device `dev` (0 or 1).
fn client(s: &Project, a: usize, dev: usize, docs: usize, rounds: usize, start: &Barrier, phase: &Barrier) -> Log {
    let user = s.user(&format!("ann{a}"));
    let mut engine = engine(s, &format!("ann{a}"), Role::Annotator);
    let mut http = Client::new();
    let mut log = Log::default();
    let mut rng = SplitMix(0x9E37_79B9_7F4A_7C15 ^ ((a as u64) << 8 | dev as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    sync(&mut engine, &mut http, &mut log);
    let mut next_word: Vec<usize> = vec![dev; docs];
    start.wait();
    for round in 0..rounds {
        for (i, next) in next_word.iter_mut().enumerate() {
            if round > 0 && rng.below(2) == 0 {
                continue;
            }
            let id = doc_id(i);
            let Some(mut d) = engine.document(&id) else {
                log.errors.push(format!("{user} has no document {id}"));
                continue;
            };
            let own: Vec<SpanKey> = log.added.get(&id).into_iter().flatten().cloned().collect();
            let deletable: Vec<SpanKey> = own
                .into_iter()
                .filter(|k| !log.deleted.get(&id).is_some_and(|d| d.contains(k)))
                .filter(|k| spans_of(&d).contains(k))
                .collect();
            if round > 0 && !deletable.is_empty() && rng.below(4) == 0 {
                let k = deletable[rng.below(deletable.len())].clone();
                d.annotations.retain(|_, x| (x.span.start, x.span.end, x.label.clone()) != k);
                log.deleted.entry(id.clone()).or_default().insert(k);
            } else if *next < WORDS {
                let span = word(*next);
                *next += 2;
                add_span(&mut d, span, LABELS[dev]);
                log.added.entry(id.clone()).or_default().insert((span.start, span.end, LABELS[dev].to_owned()));
            }
            if dev == 0 && round > 0 {
                let st = if round + 1 == rounds { DocStatus::Done } else { DocStatus::InProgress };
                d.status = st;
                log.status.insert(id.clone(), st);
            }
            d.modified += 1;
            log.edits += 1;
            if let Err(e) = engine.stage_document(&d) {
                log.errors.push(format!("stage {id}: {e}"));
            }
        }
        sync(&mut engine, &mut http, &mut log);
    }
    // Everyone has pushed: pull what the others pushed, then check that nothing is left to change.
    phase.wait();
    sync(&mut engine, &mut http, &mut log);
    phase.wait();
    run_blocking(&mut engine, &mut http);
    log.late_changes = engine.take_events().len() + engine.waiting();
    log.requests = http.requests;
    log.conflicts = http.conflicts;
    for i in 0..docs {
        let id = doc_id(i);
        if let Some(d) = engine.document(&id) {
            log.view.insert(id, (spans_of(&d), d.status, d.title.clone()));
        }
    }
    log
}

/// The lead: retitles `n` pseudo-random documents per round while the annotators work.
/// What the lead last wrote: titles and assignments by document id.
type LeadWrites = (BTreeMap<String, String>, BTreeMap<String, Vec<String>>);

fn lead(s: &Project, docs: usize, rounds: usize, start: &Barrier, phase: &Barrier) -> (Log, LeadWrites) {
    let mut engine = engine(s, "lead", Role::Lead);
    let mut http = Client::new();
    let mut log = Log::default();
    let mut titles = BTreeMap::new();
    let mut assigned = BTreeMap::new();
    let mut rng = SplitMix(0xD1B5_4A32_D192_ED03);
    sync(&mut engine, &mut http, &mut log);
    start.wait();
    // While the annotators work, the lead (re)assigns `SPANDREL_LOAD_REASSIGN` documents each round to a
    // team that changes (one member leaves each round), with 20% overlap: core's `assign`.
    let reassign = env_usize("SPANDREL_LOAD_REASSIGN", 1000).min(docs);
    let team: Vec<String> = (0..8).map(|i| format!("member-{i}")).collect();
    for round in 0..rounds {
        let ids: Vec<String> = (0..reassign).map(|i| doc_id((i + round * 7) % docs)).collect();
        let current: Vec<(String, Vec<String>)> =
            ids.iter().map(|id| (id.clone(), engine.document(id).map(|d| d.assigned).unwrap_or_default())).collect();
        let rule = spandrel_core::assign::Rule { overlap_share: 0.2, overlap_k: 2 };
        let t = Instant::now();
        let plan = spandrel_core::assign::assign(&current, &team[round.min(team.len() - 1)..], rule)
            .unwrap_or_else(|e| fail(&format!("assign: {e}")));
        log.assign_ms += t.elapsed().as_secs_f64() * 1e3;
        for ((id, who), (_, before)) in plan.into_iter().zip(&current) {
            if &who == before {
                continue;
            }
            let Some(mut d) = engine.document(&id) else { continue };
            d.assigned = who.clone();
            assigned.insert(id.clone(), who);
            log.edits += 1;
            if let Err(e) = engine.stage_document(&d) {
                log.errors.push(format!("stage {id}: {e}"));
            }
        }
        for _ in 0..docs / 10 {
            let id = doc_id(rng.below(docs));
            let Some(mut d) = engine.document(&id) else { continue };
            d.title = format!("Document {id}, version {}", round + 1);
            d.modified += 1;
            titles.insert(id.clone(), d.title.clone());
            log.edits += 1;
            if let Err(e) = engine.stage_document(&d) {
                log.errors.push(format!("stage {id}: {e}"));
            }
        }
        sync(&mut engine, &mut http, &mut log);
    }
    phase.wait();
    phase.wait();
    log.requests = http.requests;
    log.conflicts = http.conflicts;
    (log, (titles, assigned))
}

/// Every record of a collection, as the admin reads it (following `Next-Page`).
fn all_records(s: &Project, http: &mut Client, collection: &str) -> BTreeMap<String, serde_json::Value> {
    let mut url = Some(format!("{}/buckets/{}/collections/{collection}/records?_limit=200", s.url, s.bucket));
    let mut out = BTreeMap::new();
    while let Some(u) = url.take() {
        let req = Request::new(Method::Get, u).header("Authorization", s.admin.authorization());
        let resp = http.request(&req).unwrap_or_else(|e| fail(&format!("listing {collection}: {e}")));
        if resp.status != 200 {
            fail(&format!("listing {collection}: HTTP {} {}", resp.status, resp.body));
        }
        let body: serde_json::Value =
            serde_json::from_str(&resp.body).unwrap_or_else(|e| fail(&format!("listing {collection}: {e}")));
        for r in body["data"].as_array().into_iter().flatten() {
            out.insert(r["id"].as_str().unwrap_or("").to_owned(), r.clone());
        }
        url = resp.header("Next-Page").filter(|n| !n.is_empty()).map(str::to_owned);
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported here.
    let Ok(url) = std::env::var("SPANDREL_KINTO_URL") else {
        fail("SPANDREL_KINTO_URL is not set (scripts/kinto.sh start prints it; scripts/bench.sh sync runs this)")
    };
    let clients = env_usize("SPANDREL_LOAD_CLIENTS", 20);
    let docs = env_usize("SPANDREL_LOAD_DOCS", 500);
    let rounds = env_usize("SPANDREL_LOAD_ROUNDS", 3);
    if clients < 2 || !clients.is_multiple_of(2) || docs == 0 || rounds == 0 {
        fail("SPANDREL_LOAD_CLIENTS must be even and at least 2; DOCS and ROUNDS at least 1");
    }
    let annotators = clients / 2;
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let run = format!("load{nanos}");
    let admin_pw = std::env::var("SPANDREL_KINTO_ADMIN_PASSWORD").unwrap_or_else(|_| "admin-secret".into());
    let s = Project {
        url: url.trim_end_matches('/').to_owned(),
        bucket: format!("p{run}"),
        run,
        admin: Credentials::new("admin", admin_pw),
    };

    // The project: accounts, bucket, groups, collections; then the lead publishes the documents.
    let mut http = Client::new();
    let names: Vec<String> = (0..annotators).map(|a| s.user(&format!("ann{a}"))).collect();
    for u in names.iter().chain([s.user("lead")].iter()) {
        let r = http.request(&create_account(&s.url, u, &format!("pw-{u}"))).unwrap_or_else(|e| fail(&e.to_string()));
        if r.status != 201 {
            fail(&format!("account {u}: HTTP {} {}", r.status, r.body));
        }
    }
    let members = Members { leads: vec![s.user("lead")], annotators: names.clone(), curators: Vec::new() };
    for r in project_requests(&s.url, &s.bucket, &members, &s.admin) {
        let resp = http.request(&r).unwrap_or_else(|e| fail(&e.to_string()));
        if resp.status >= 300 {
            fail(&format!("{} {}: HTTP {} {}", r.method.as_str(), r.url, resp.status, resp.body));
        }
    }
    let t = Instant::now();
    let mut publisher = engine(&s, "lead", Role::Lead);
    for i in 0..docs {
        let d = Document::new(doc_id(i), format!("Document {i}"), doc_text(i), 1);
        publisher.stage_document(&d).unwrap_or_else(|e| fail(&e.to_string()));
    }
    let mut plog = Log::default();
    if !sync(&mut publisher, &mut http, &mut plog) {
        fail(&format!("publishing failed: {:?}", plog.errors));
    }
    let publish_s = t.elapsed().as_secs_f64();
    println!(
        "sync load: Kinto at {}, {clients} clients ({annotators} annotators x 2 devices) + 1 lead, {docs} documents, {rounds} edit rounds",
        s.url
    );
    println!(
        "publish {docs} documents (one lead)      {publish_s:>8.2} s  {:>7.0} requests/s",
        http.requests as f64 / publish_s
    );

    // The concurrent phase: the clock runs from the first edit to the end of the pull that follows them all.
    let start = Barrier::new(clients + 2);
    let phase = Barrier::new(clients + 2);
    let (s, start, phase) = (Arc::new(s), Arc::new(start), Arc::new(phase));
    let mut handles = Vec::new();
    for c in 0..clients {
        let (s, start, phase) = (s.clone(), start.clone(), phase.clone());
        handles.push(std::thread::spawn(move || (c, client(&s, c / 2, c % 2, docs, rounds, &start, &phase))));
    }
    let lead_handle = {
        let (s, start, phase) = (s.clone(), start.clone(), phase.clone());
        std::thread::spawn(move || lead(&s, docs, rounds, &start, &phase))
    };
    start.wait();
    let t = Instant::now();
    phase.wait(); // all edits pushed
    let edit_s = t.elapsed().as_secs_f64();
    phase.wait(); // all pulled
    let converge_s = t.elapsed().as_secs_f64();
    let logs: Vec<(usize, Log)> =
        handles.into_iter().map(|h| h.join().unwrap_or_else(|_| fail("a client thread panicked"))).collect();
    let (lead_log, (titles, assigned)) = lead_handle.join().unwrap_or_else(|_| fail("the lead thread panicked"));

    // The server's final state, as the admin sees it.
    let mut check = Client::new();
    let ann_records = all_records(&s, &mut check, "annotations");
    let doc_records = all_records(&s, &mut check, "documents");

    let mut lost = 0usize;
    let mut lost_examples = Vec::new();
    let mut diverged = 0usize;
    let mut late = 0usize;
    let mut errors: Vec<String> = lead_log.errors.clone();
    let (mut edits, mut requests, mut conflicts, mut merges) =
        (lead_log.edits, lead_log.requests, lead_log.conflicts, lead_log.merges);
    for a in 0..annotators {
        let user = s.user(&format!("ann{a}"));
        let devs: Vec<&Log> = logs.iter().filter(|(c, _)| c / 2 == a).map(|(_, l)| l).collect();
        for i in 0..docs {
            let id = doc_id(i);
            let rec = ann_records.get(&annotation_record_id(&id, &user));
            let on_server = rec.map(spans_of_json).unwrap_or_default();
            let deleted: BTreeSet<SpanKey> =
                devs.iter().flat_map(|l| l.deleted.get(&id).into_iter().flatten()).cloned().collect();
            let expected: BTreeSet<SpanKey> = devs
                .iter()
                .flat_map(|l| l.added.get(&id).into_iter().flatten())
                .filter(|k| !deleted.contains(*k))
                .cloned()
                .collect();
            let missing = expected.difference(&on_server).count();
            let back = deleted.intersection(&on_server).count();
            let want_status = devs[0].status.get(&id).copied().unwrap_or(DocStatus::New);
            let status_ok = rec.and_then(|r| r["status"].as_str()) == Some(want_status.as_str());
            let lost_here = missing + back + usize::from(!status_ok);
            if lost_here > 0 && lost_examples.len() < 5 {
                lost_examples.push(format!(
                    "{id} of {user}: {missing} add(s) missing, {back} delete(s) back, status {:?} (want {})",
                    rec.map(|r| r["status"].clone()),
                    want_status.as_str()
                ));
            }
            lost += lost_here;
            // Each device's view of the document equals the server's records.
            let title = doc_records.get(&document_record_id(&id)).and_then(|r| r["title"].as_str()).unwrap_or("");
            let status = rec.and_then(|r| r["status"].as_str()).unwrap_or("new");
            for l in &devs {
                let same = l
                    .view
                    .get(&id)
                    .is_some_and(|(sp, st, ti)| *sp == on_server && st.as_str() == status && ti == title);
                diverged += usize::from(!same);
            }
        }
    }
    for (id, want) in &titles {
        let got = doc_records.get(&document_record_id(id)).and_then(|r| r["title"].as_str());
        if got != Some(want.as_str()) {
            lost += 1;
            if lost_examples.len() < 5 {
                lost_examples.push(format!("title of {id}: {got:?}, want {want:?}"));
            }
        }
    }
    for (id, want) in &assigned {
        let got: Vec<String> = doc_records
            .get(&document_record_id(id))
            .and_then(|r| r["assigned"].as_array())
            .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        if &got != want {
            lost += 1;
            if lost_examples.len() < 5 {
                lost_examples.push(format!("assignment of {id}: {got:?}, want {want:?}"));
            }
        }
    }
    for (_, l) in &logs {
        edits += l.edits;
        requests += l.requests;
        conflicts += l.conflicts;
        merges += l.merges;
        late += l.late_changes;
        errors.extend(l.errors.iter().cloned());
    }
    let rps = requests as f64 / converge_s;
    println!(
        "lead's reassignments while annotators work: {} documents assigned, last as checked; assign() {:.1} ms in all",
        assigned.len(),
        lead_log.assign_ms
    );
    println!("edit rounds (all clients pushed)          {edit_s:>8.2} s");
    println!("time to converge (all clients pulled)     {converge_s:>8.2} s  {rps:>7.0} requests/s");
    println!(
        "edits {edits}  requests {requests}  412 answers {conflicts}  three-way merges {merges}  records {} annotations + {} documents",
        ann_records.len(),
        doc_records.len()
    );
    println!(
        "lost edits {lost}  diverged client views {diverged}  changes left after convergence {late}  errors {}",
        errors.len()
    );
    for e in lost_examples.iter().chain(errors.iter().take(5)) {
        println!("  {e}");
    }
    if lost > 0 || diverged > 0 || late > 0 || !errors.is_empty() {
        eprintln!("sync_load: FAILED (lost edits, divergent clients, unsettled changes or errors above)");
        std::process::exit(1);
    }
}

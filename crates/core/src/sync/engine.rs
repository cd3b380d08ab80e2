//! The sync engine: a state machine that pulls the project's change feeds and pushes the outbox, one
//! HTTP exchange at a time, without doing IO itself.
//!
//! Driving it: [`SyncEngine::start`] begins a round; then, while [`SyncEngine::next_request`] gives a
//! request, send it (fetch in the browser, any client natively) and hand the outcome to
//! [`SyncEngine::on_response`]. [`run_blocking`] does exactly that with an [`HttpClient`].
//!
//! A round: for each readable collection, `GET records?_sort=last_modified&_since=<ts>` following
//! `Next-Page`; each record (or tombstone, `deleted: true`) replaces the local base, or, when a local
//! change of it waits, is merged three-way into that change. Then every waiting change is sent with
//! `PUT` and `If-Match: "<base last_modified>"` (`If-None-Match: *` when new); a 412 brings the server's
//! version, which is merged the same way, and the change is sent again.
//!
//! Kinto checks `If-Match` and then writes, without a lock, so two writes of the same version can both
//! succeed and the later replaces the earlier. Each write therefore names the versions it was written on
//! (`sync_parents`), and a client keeps what its last write of a record replaced: when a later version
//! that does not descend from its write arrives, it merges its write back in (over the version both
//! were written on) and sends the result.
//!
//! Invariants:
//! - Local work is never dropped: a change leaves the outbox only when the server accepted it (or the
//!   server already has exactly it); errors keep it queued; merges keep both sides (core's merge); a
//!   write replaced by a racing write is merged back.
//! - The password lives only in memory ([`Credentials`] is neither `Serialize` nor shown by `Debug`).
//! - Only one request is in flight; staging changes while it is out is allowed and is not lost.

use super::error::SyncError;
use super::http::{HttpClient, HttpError, Method, Request, Response};
use super::records::{
    join, merge_annotations, merge_documents, merge_schemas, AnnotationRecord, Collection, DocRecord, MergeReport,
    RecordKey, SchemaRecord,
};
use super::state::{state_prefix, SyncState, Synced, Written};
use crate::model::{Document, LabelSchema};
use crate::storage::kv::KvStore;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::VecDeque;

/// What a member of the project may do, which decides what the engine reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads documents and the schema; writes their own annotation records.
    Annotator,
    /// Also reads every annotator's records and writes gold records.
    Curator,
    /// Also writes documents and the schema.
    Lead,
}

impl Role {
    /// The role's name as the settings spell it.
    pub fn name(self) -> &'static str {
        match self {
            Role::Annotator => "annotator",
            Role::Curator => "curator",
            Role::Lead => "lead",
        }
    }

    /// "an annotator", "a curator", "a lead".
    pub fn with_article(self) -> &'static str {
        match self {
            Role::Annotator => "an annotator",
            Role::Curator => "a curator",
            Role::Lead => "a lead",
        }
    }

    /// Whether this role may write records of collection `c` (the project's permissions, see
    /// [`super::setup::project_requests`]).
    pub fn writes(self, c: Collection) -> bool {
        match c {
            Collection::Annotations => true,
            Collection::Gold => self.curates(),
            Collection::Documents | Collection::Schema => self.writes_documents(),
        }
    }

    pub fn writes_documents(self) -> bool {
        self == Role::Lead
    }
    pub fn curates(self) -> bool {
        matches!(self, Role::Curator | Role::Lead)
    }
    fn collections(self) -> Vec<Collection> {
        if self.curates() {
            Collection::ALL.to_vec()
        } else {
            vec![Collection::Schema, Collection::Documents, Collection::Annotations]
        }
    }
}

/// Where and as whom to sync. Serialisable (it holds no password), so the app may remember it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncConfig {
    /// Kinto's root, e.g. `https://example.org/v1` or, same-origin, `/sync/v1` made absolute by the app.
    pub server: String,
    /// The project's bucket id.
    pub bucket: String,
    /// The account name.
    pub user: String,
    pub role: Role,
    /// Records per page of the change feed (`_limit`); the server's default when `None`.
    #[serde(default)]
    pub page_size: Option<usize>,
}

impl SyncConfig {
    pub fn validate(&self) -> Result<(), SyncError> {
        if !(self.server.starts_with("http://") || self.server.starts_with("https://")) {
            return Err(SyncError::BadConfig(format!(
                "the server address \"{}\" must start with http:// or https://",
                self.server
            )));
        }
        let id_ok = |s: &str| {
            s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        };
        if !id_ok(&self.bucket) {
            return Err(SyncError::BadConfig(format!(
                "the project name \"{}\" may only use letters, digits, '_' and '-', starting with a letter or digit",
                self.bucket
            )));
        }
        if self.user.trim().is_empty() {
            return Err(SyncError::BadConfig("the user name is empty".into()));
        }
        Ok(())
    }

    fn root(&self) -> &str {
        self.server.trim_end_matches('/')
    }

    pub fn record_url(&self, k: &RecordKey) -> String {
        format!("{}/buckets/{}/collections/{}/records/{}", self.root(), self.bucket, k.collection.as_str(), k.id)
    }

    fn list_url(&self, c: Collection, since: Option<u64>) -> String {
        let mut url =
            format!("{}/buckets/{}/collections/{}/records?_sort=last_modified", self.root(), self.bucket, c.as_str());
        if let Some(s) = since {
            url.push_str(&format!("&_since={s}"));
        }
        if let Some(n) = self.page_size {
            url.push_str(&format!("&_limit={n}"));
        }
        url
    }
}

/// A user name and password, kept in memory only.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    password: String,
}

impl Credentials {
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials { user: user.into(), password: password.into() }
    }

    /// The `Authorization` header value (HTTP basic auth, as Kinto's accounts plugin expects).
    pub fn authorization(&self) -> String {
        let raw = format!("{}:{}", self.user, self.password);
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(raw))
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("user", &self.user).field("password", &"<hidden>").finish()
    }
}

/// The state shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    /// Nothing waits; the last round reached the server.
    Synced,
    /// A round is running.
    Syncing,
    /// The server could not be reached; `waiting` changes are queued.
    Offline { waiting: usize },
    /// The last round stopped on (or met) this error; the local copy is kept.
    Error { reason: SyncError },
}

impl std::fmt::Display for SyncStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SyncStatus::Synced => write!(f, "synced"),
            SyncStatus::Syncing => write!(f, "syncing…"),
            SyncStatus::Offline { waiting } => write!(f, "offline, {waiting} change(s) waiting"),
            SyncStatus::Error { reason } => write!(f, "sync error: {reason}"),
        }
    }
}

/// What a change check ([`SyncEngine::check_request`]) found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Something changed in the project since the last check (or this is the first one): run a round.
    Changed,
    /// Nothing changed: no round needed.
    Unchanged,
    /// The server keeps no history this client may read (Kinto without `kinto.plugins.history`, or
    /// an account that can read none of it): look for changes with whole rounds instead.
    Unavailable,
}

/// Something the app should reflect: re-read the views of `doc`.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncEvent {
    /// A record came from the server (`removed`: it was deleted there).
    Changed { key: RecordKey, doc: Option<String>, removed: bool },
    /// A local change was merged with the server's version; `report` says what needs attention.
    Merged { key: RecordKey, doc: Option<String>, report: MergeReport },
}

#[derive(Debug, Clone)]
enum Inflight {
    List(Collection),
    Put { key: RecordKey, seq: u64 },
    Get(RecordKey),
}

#[derive(Debug, Default)]
struct Round {
    pull: VecDeque<Collection>,
    next_url: Option<String>,
    max_seen: u64,
    push: VecDeque<RecordKey>,
    /// The push head needs the server's version first (a 412 without it).
    fetch_first: bool,
    attempts: u32,
    refused: Vec<SyncError>,
}

/// How many times one change may meet a 412 in one round before the round gives up on it.
const MAX_ATTEMPTS: u32 = 5;

/// The sync engine of one (server, project, user) over the app's key–value store.
pub struct SyncEngine<S: KvStore> {
    config: SyncConfig,
    credentials: Credentials,
    state: SyncState<S>,
    round: Option<Round>,
    inflight: Option<Inflight>,
    status: SyncStatus,
    /// Why the last round stopped early (kept for the message of [`SyncStatus::Offline`]).
    last_error: Option<SyncError>,
    events: Vec<SyncEvent>,
    /// The newest entry of the project's history seen by a change check.
    checked_to: Option<u64>,
}

/// The record field naming the versions a record was written on top of (see [`Synced::parents`]).
pub const PARENTS_FIELD: &str = "sync_parents";

/// A record as the server sends it: whether it is a tombstone, and the version without Kinto's and
/// sync's own fields.
fn from_server(mut v: Value) -> (bool, Synced) {
    let lm = v.get("last_modified").and_then(Value::as_u64).unwrap_or(0);
    let deleted = v.get("deleted").and_then(Value::as_bool).unwrap_or(false);
    let mut parents = Vec::new();
    if let Some(o) = v.as_object_mut() {
        o.remove("id");
        o.remove("last_modified");
        o.remove("deleted");
        if let Some(Value::Array(p)) = o.remove(PARENTS_FIELD) {
            parents = p.iter().filter_map(Value::as_u64).collect();
        }
    }
    (deleted, Synced::new(lm, v, parents))
}

/// The version `ours` was written on, when `theirs` was written on it too (so it is their common
/// ancestor); `None` when it cannot be told (both sides' content is then kept).
fn common_ancestor(ours: &Synced, theirs: &Synced) -> Option<Value> {
    match (&ours.written, ours.parents.last()) {
        (Some(Written::Over(prev)), Some(p)) if theirs.parents.contains(p) || theirs.last_modified == *p => {
            Some(prev.clone())
        }
        _ => None,
    }
}

fn doc_of(v: &Value) -> Option<String> {
    v.get("doc").and_then(Value::as_str).map(str::to_owned)
}

impl<S: KvStore> SyncEngine<S> {
    /// Opens the engine, loading the outbox and bases this (server, project, user) left in `store`.
    pub fn open(store: S, config: SyncConfig, credentials: Credentials) -> Result<Self, SyncError> {
        config.validate()?;
        if credentials.user != config.user {
            return Err(SyncError::BadConfig(format!(
                "the credentials are for \"{}\" but the settings name \"{}\"",
                credentials.user, config.user
            )));
        }
        let mut state = SyncState::load(store, state_prefix(&config.server, &config.bucket, &config.user))?;
        // Changes this role may not write were queued under another role: the documents and labels a
        // lead publishes are copies of what this browser keeps, so they are dropped; anything else
        // refused under another role is tried again under this one.
        let role = config.role;
        let unwritable: Vec<RecordKey> = state
            .outbox()
            .filter(|(k, _)| {
                !role.writes(k.collection) && matches!(k.collection, Collection::Documents | Collection::Schema)
            })
            .map(|(k, _)| k.clone())
            .collect();
        for k in &unwritable {
            state.clear_pending(k)?;
        }
        state.unblock(|p| p.blocked_role.as_deref() != Some(role.name()))?;
        let status =
            if state.waiting() == 0 { SyncStatus::Synced } else { SyncStatus::Offline { waiting: state.waiting() } };
        Ok(SyncEngine {
            config,
            credentials,
            state,
            round: None,
            inflight: None,
            status,
            last_error: None,
            events: Vec::new(),
            checked_to: None,
        })
    }

    pub fn config(&self) -> &SyncConfig {
        &self.config
    }

    pub fn status(&self) -> SyncStatus {
        self.status.clone()
    }

    /// Why the last round stopped early, if it did (e.g. the server is down while the status says offline).
    pub fn last_error(&self) -> Option<&SyncError> {
        self.last_error.as_ref()
    }

    /// Local changes the server has not accepted yet.
    pub fn waiting(&self) -> usize {
        self.state.waiting()
    }

    /// Changes the server refused, with why (they stay queued, and are not sent again until they change,
    /// the role changes, or [`SyncEngine::retry_refused`]).
    pub fn refused(&self) -> Vec<(RecordKey, String)> {
        self.state.outbox().filter_map(|(k, p)| p.blocked.clone().map(|b| (k.clone(), b))).collect()
    }

    /// Makes every refused change sendable again (the user asks, e.g. after the lead changed their
    /// membership); returns how many. The next round sends them.
    pub fn retry_refused(&mut self) -> Result<usize, SyncError> {
        let n = self.state.unblock(|_| true)?;
        if n > 0 && self.round.is_none() {
            self.status = SyncStatus::Offline { waiting: self.state.waiting() };
        }
        Ok(n)
    }

    /// Events since the last call.
    pub fn take_events(&mut self) -> Vec<SyncEvent> {
        std::mem::take(&mut self.events)
    }

    pub fn store(&self) -> &S {
        self.state.store()
    }

    pub fn into_store(self) -> S {
        self.state.into_store()
    }

    /// What a record is about, for messages: documents by their title (ids mean nothing to people).
    fn describe(&self, k: &RecordKey, data: Option<&Value>) -> String {
        let doc = data.and_then(doc_of);
        let who = data.and_then(|d| d.get("annotator")).and_then(Value::as_str);
        // The title the project knows (the server's), else the one this client gives it.
        let title = |id: &str| -> String {
            let of = |v: Option<&Value>| v.and_then(|d| d.get("title")).and_then(Value::as_str).map(str::to_owned);
            let key = RecordKey::document(id);
            let own = data.filter(|_| k.collection == Collection::Documents);
            let title = of(self.state.base(&key).map(|b| &b.data))
                .or_else(|| of(own))
                .or_else(|| of(self.current(&key).as_ref()));
            crate::display::quoted(title.as_deref().filter(|t| !t.is_empty()).unwrap_or(id))
        };
        match (k.collection, doc, who) {
            (Collection::Annotations, Some(d), Some(w)) => format!("{w}'s annotations of document {}", title(&d)),
            (Collection::Gold, Some(d), _) => format!("the gold annotations of document {}", title(&d)),
            (Collection::Documents, Some(d), _) => format!("document {}", title(&d)),
            (Collection::Schema, _, _) => "the project's label schema".to_owned(),
            _ => format!("record {k}"),
        }
    }

    // ---- local changes ----

    fn current(&self, k: &RecordKey) -> Option<Value> {
        match self.state.pending(k) {
            Some(p) => p.data.clone(),
            None => self.state.base(k).map(|b| b.data.clone()),
        }
    }

    fn stage(&mut self, k: RecordKey, v: Value) -> Result<(), SyncError> {
        if self.current(&k).as_ref() == Some(&v) {
            return Ok(());
        }
        self.state.set_pending(&k, Some(v))?;
        self.note_waiting();
        Ok(())
    }

    fn note_waiting(&mut self) {
        if self.round.is_none() && matches!(self.status, SyncStatus::Synced | SyncStatus::Offline { .. }) {
            self.status = SyncStatus::Offline { waiting: self.state.waiting() };
            if self.state.waiting() == 0 {
                self.status = SyncStatus::Synced;
            }
        }
    }

    fn to_json<T: Serialize>(what: &str, v: &T) -> Result<Value, SyncError> {
        serde_json::to_value(v).map_err(|e| SyncError::BadRecord { what: what.into(), reason: e.to_string() })
    }

    /// Queues the local state of `doc`: the user's annotation record, and (for a lead) the document record.
    /// Call it after every local save; unchanged records are not queued.
    pub fn stage_document(&mut self, doc: &Document) -> Result<(), SyncError> {
        let rec = AnnotationRecord::of(doc, &self.config.user);
        let key = RecordKey::annotation(&doc.id, &self.config.user);
        let untouched = rec.annotations.is_empty()
            && rec.relations.is_empty()
            && rec.doc_labels.is_empty()
            && rec.status == crate::model::DocStatus::New;
        // A document nobody annotated yet (e.g. a lead publishing it) makes no annotation record.
        if !(untouched && self.current(&key).is_none()) {
            let v = Self::to_json("annotation record", &rec)?;
            self.stage(key, v)?;
        }
        if self.config.role.writes_documents() {
            let key = RecordKey::document(&doc.id);
            let mut rec = DocRecord::of(doc);
            // The document's own modification time follows its text and title, not the lead's annotations.
            if let Some(cur) = self.current(&key).and_then(|c| serde_json::from_value::<DocRecord>(c).ok()) {
                let same = DocRecord { modified: cur.modified, ..rec.clone() } == cur;
                if same {
                    return Ok(());
                }
            }
            rec.modified = doc.modified;
            let v = Self::to_json("document record", &rec)?;
            self.stage(key, v)?;
        }
        Ok(())
    }

    /// Queues the curator's adjudicated version of `doc` as its gold record.
    pub fn stage_gold(&mut self, doc: &Document) -> Result<(), SyncError> {
        if !self.config.role.curates() {
            return Err(SyncError::Forbidden { what: format!("the gold annotations of document \"{}\"", doc.id) });
        }
        let v = Self::to_json("gold record", &AnnotationRecord::of(doc, &self.config.user))?;
        self.stage(RecordKey::gold(&doc.id), v)
    }

    /// Queues the project's label schema (leads).
    pub fn stage_schema(&mut self, schema: &LabelSchema) -> Result<(), SyncError> {
        if !self.config.role.writes_documents() {
            return Err(SyncError::Forbidden { what: "the project's label schema".into() });
        }
        let v = Self::to_json("schema record", &SchemaRecord { schema: schema.clone() })?;
        self.stage(RecordKey::schema(), v)
    }

    /// Queues the removal of a document from the project (leads). Annotation records are left alone.
    pub fn stage_removal(&mut self, doc_id: &str) -> Result<(), SyncError> {
        if !self.config.role.writes_documents() {
            return Err(SyncError::Forbidden { what: format!("document \"{doc_id}\"") });
        }
        let k = RecordKey::document(doc_id);
        if self.state.base(&k).is_none() {
            self.state.clear_pending(&k)?;
        } else {
            self.state.set_pending(&k, None)?;
        }
        self.note_waiting();
        Ok(())
    }

    // ---- views ----

    fn parsed<T: serde::de::DeserializeOwned>(&self, k: &RecordKey) -> Option<T> {
        self.current(k).and_then(|v| serde_json::from_value(v).ok())
    }

    /// The document as this user sees it: the shared text with their own annotations. `None` when the
    /// project has no such document (yet).
    pub fn document(&self, doc_id: &str) -> Option<Document> {
        let d: DocRecord = self.parsed(&RecordKey::document(doc_id))?;
        let a: Option<AnnotationRecord> = self.parsed(&RecordKey::annotation(doc_id, &self.config.user));
        Some(join(&d, a.as_ref()))
    }

    /// Whether local document `doc_id` takes part in the project: a lead publishes every document
    /// they save; anyone else syncs only documents the project has (a private document stays local).
    pub fn shares(&self, doc_id: &str) -> bool {
        self.config.role.writes_documents() || self.current(&RecordKey::document(doc_id)).is_some()
    }

    /// The records of collection `c` this client has, synced or waiting, each once, in key order.
    fn keys(&self, c: Collection) -> Vec<RecordKey> {
        let mut keys: Vec<RecordKey> = self.state.bases(c).map(|(k, _)| k.clone()).collect();
        keys.extend(self.state.outbox().filter(|(k, _)| k.collection == c).map(|(k, _)| k.clone()));
        keys.sort();
        keys.dedup();
        keys
    }

    /// Ids of the project's documents (as far as this client knows).
    pub fn document_ids(&self) -> Vec<String> {
        let keys = self.keys(Collection::Documents);
        keys.iter().filter_map(|k| self.current(k).as_ref().and_then(doc_of)).collect()
    }

    /// Every annotator's version of a document this user can read (a curator sees all), by annotator.
    pub fn annotator_versions(&self, doc_id: &str) -> Vec<(String, Document)> {
        let Some(d) = self.parsed::<DocRecord>(&RecordKey::document(doc_id)) else { return Vec::new() };
        let keys = self.keys(Collection::Annotations);
        keys.iter()
            .filter_map(|k| self.parsed::<AnnotationRecord>(k))
            .filter(|a| a.doc == doc_id)
            .map(|a| (a.annotator.clone(), join(&d, Some(&a))))
            .collect()
    }

    /// Every annotator's version of every document this user can read, by document id, in one pass over
    /// the records (for a dashboard over the whole project).
    pub fn versions_by_doc(&self) -> std::collections::BTreeMap<String, Vec<(String, Document)>> {
        let mut docs: std::collections::BTreeMap<String, DocRecord> = std::collections::BTreeMap::new();
        let keys = self.keys(Collection::Documents);
        for k in &keys {
            if let Some(d) = self.parsed::<DocRecord>(k) {
                docs.insert(d.doc.clone(), d);
            }
        }
        let keys = self.keys(Collection::Annotations);
        let mut out: std::collections::BTreeMap<String, Vec<(String, Document)>> = std::collections::BTreeMap::new();
        for a in keys.iter().filter_map(|k| self.parsed::<AnnotationRecord>(k)) {
            if let Some(d) = docs.get(&a.doc) {
                out.entry(a.doc.clone()).or_default().push((a.annotator.clone(), join(d, Some(&a))));
            }
        }
        out
    }

    /// Ids of the documents that have a gold version.
    pub fn gold_ids(&self) -> std::collections::BTreeSet<String> {
        self.keys(Collection::Gold).iter().filter_map(|k| self.current(k).as_ref().and_then(doc_of)).collect()
    }

    /// Ids of the documents whose gold version a curator marked adjudicated ([`crate::team::is_adjudicated`]).
    pub fn adjudicated_ids(&self) -> std::collections::BTreeSet<String> {
        self.keys(Collection::Gold)
            .iter()
            .filter_map(|k| self.parsed::<AnnotationRecord>(k))
            .filter(|g| g.status == crate::model::DocStatus::Done)
            .map(|g| g.doc)
            .collect()
    }

    /// The gold version of a document, if a curator wrote one.
    pub fn gold(&self, doc_id: &str) -> Option<Document> {
        let d: DocRecord = self.parsed(&RecordKey::document(doc_id))?;
        let g: AnnotationRecord = self.parsed(&RecordKey::gold(doc_id))?;
        Some(join(&d, Some(&g)))
    }

    /// The project's label schema, if a lead set one.
    pub fn schema(&self) -> Option<LabelSchema> {
        self.parsed::<SchemaRecord>(&RecordKey::schema()).map(|s| s.schema)
    }

    // ---- the round ----

    /// Begins a sync round (no-op while one runs).
    pub fn start(&mut self) {
        if self.round.is_some() {
            return;
        }
        self.round = Some(Round {
            pull: self.config.role.collections().into(),
            push: self.state.outbox_in_order().into(),
            ..Round::default()
        });
        self.status = SyncStatus::Syncing;
    }

    /// A cheap look for others' changes between rounds: one request for the newest entry of the
    /// project's history (Kinto's history plugin) since the last check. It reads no records, so an
    /// idle client costs the server one small answer per check.
    pub fn check_request(&self) -> Request {
        let mut url = format!(
            "{}/buckets/{}/history?_sort=-last_modified&_limit=1&_fields=last_modified",
            self.config.root(),
            self.config.bucket
        );
        if let Some(ts) = self.checked_to {
            url.push_str(&format!("&_since={ts}"));
        }
        self.authed(Request::new(Method::Get, url))
    }

    /// Reads the answer to [`SyncEngine::check_request`]. A failed request counts as a change, so the
    /// round that follows reports what is wrong (or finds the server back).
    pub fn on_check(&mut self, outcome: Result<Response, HttpError>) -> Check {
        let Ok(resp) = outcome else { return Check::Changed };
        match resp.status {
            200 => {}
            403 | 404 => return Check::Unavailable,
            _ => return Check::Changed,
        }
        let newest = serde_json::from_str::<Value>(&resp.body)
            .ok()
            .and_then(|b| b.get("data").and_then(Value::as_array).map(|d| d.first().cloned()));
        match newest {
            // Not a list: treat it as a change, the round will read the feeds themselves.
            None => Check::Changed,
            Some(None) if self.checked_to.is_some() => Check::Unchanged,
            Some(None) => {
                self.checked_to = Some(0);
                Check::Changed
            }
            Some(Some(entry)) => {
                let ts = entry.get("last_modified").and_then(Value::as_u64).unwrap_or(0);
                self.checked_to = Some(ts.max(self.checked_to.unwrap_or(0)));
                Check::Changed
            }
        }
    }

    /// Whether a round is running.
    pub fn is_syncing(&self) -> bool {
        self.round.is_some()
    }

    fn authed(&self, r: Request) -> Request {
        r.header("Authorization", self.credentials.authorization())
    }

    /// The next request of the running round, or `None` when the round is over (or a request is still
    /// out: answer it first with [`SyncEngine::on_response`]).
    pub fn next_request(&mut self) -> Option<Request> {
        if self.inflight.is_some() {
            return None;
        }
        let round = self.round.as_mut()?;
        if let Some(&c) = round.pull.front() {
            let url = round.next_url.clone().unwrap_or_else(|| self.config.list_url(c, self.state.since(c)));
            self.inflight = Some(Inflight::List(c));
            return Some(self.authed(Request::new(Method::Get, url)));
        }
        while let Some(k) = round.push.front().cloned() {
            if round.fetch_first {
                self.inflight = Some(Inflight::Get(k.clone()));
                return Some(self.authed(Request::new(Method::Get, self.config.record_url(&k))));
            }
            let Some(p) = self.state.pending(&k).cloned() else {
                round.push.pop_front();
                round.attempts = 0;
                continue;
            };
            let url = self.config.record_url(&k);
            let req = match &p.data {
                Some(data) => {
                    let mut data = data.clone();
                    if let Some(o) = data.as_object_mut() {
                        let parents = self.state.base(&k).map(Synced::child_parents).unwrap_or_default();
                        o.insert(PARENTS_FIELD.to_owned(), serde_json::json!(parents));
                    }
                    Request::new(Method::Put, url).json(&serde_json::json!({ "data": data }))
                }
                None => Request::new(Method::Delete, url),
            };
            let req = match self.state.base(&k) {
                Some(b) => req.header("If-Match", format!("\"{}\"", b.last_modified)),
                None => req.header("If-None-Match", "*"),
            };
            self.inflight = Some(Inflight::Put { key: k, seq: p.seq });
            return Some(self.authed(req));
        }
        // The round is over.
        let round = self.round.take()?;
        self.last_error = None;
        let refused = self.refused();
        let sendable = self.state.waiting() - refused.len();
        self.status = match round.refused.into_iter().next() {
            Some(reason) => SyncStatus::Error { reason },
            None if sendable > 0 => SyncStatus::Offline { waiting: self.state.waiting() },
            None => match refused.first() {
                Some((_, first)) => {
                    SyncStatus::Error { reason: SyncError::StillRefused { count: refused.len(), first: first.clone() } }
                }
                None => SyncStatus::Synced,
            },
        };
        None
    }

    /// Hands the outcome of the last request to the engine.
    pub fn on_response(&mut self, outcome: Result<Response, HttpError>) {
        let Some(inflight) = self.inflight.take() else { return };
        let result = match outcome {
            Err(e) => Err(SyncError::Unreachable { reason: e.to_string(), waiting: self.state.waiting() }),
            Ok(resp) => match inflight {
                Inflight::List(c) => self.on_list(c, &resp),
                Inflight::Put { key, seq } => self.on_put(key, seq, &resp),
                Inflight::Get(key) => self.on_get(key, &resp),
            },
        };
        if let Err(e) = result {
            self.round = None;
            self.status = match e {
                SyncError::Unreachable { .. } => SyncStatus::Offline { waiting: self.state.waiting() },
                ref reason => SyncStatus::Error { reason: reason.clone() },
            };
            self.last_error = Some(e);
        }
    }

    fn fail(&self, resp: &Response, what: &str) -> SyncError {
        SyncError::from_response(resp, what, &self.config.user, &self.config.bucket)
    }

    fn bad(what: &str, reason: impl ToString) -> SyncError {
        SyncError::BadRecord { what: what.to_owned(), reason: reason.to_string() }
    }

    fn on_list(&mut self, c: Collection, resp: &Response) -> Result<(), SyncError> {
        if resp.status == 403 {
            // This feed is not readable with this account: the rest of the round goes on (others'
            // changes still arrive, this user's changes are still sent), and the round ends on why.
            let e = SyncError::NoReadAccess {
                what: format!("the project's {}", c.as_str()),
                role: self.config.role.with_article().to_owned(),
            };
            let round = self.round.as_mut().ok_or_else(|| Self::bad("list of records", "no round"))?;
            round.refused.push(e);
            round.pull.pop_front();
            round.next_url = None;
            round.max_seen = 0;
            return Ok(());
        }
        if resp.status != 200 {
            return Err(self.fail(resp, &format!("the project's {}", c.as_str())));
        }
        let body: Value = serde_json::from_str(&resp.body).map_err(|e| Self::bad("list of records", e))?;
        let items =
            body.get("data").and_then(Value::as_array).ok_or_else(|| Self::bad("list of records", "no data"))?;
        let mut max_seen = 0;
        for item in items {
            let id = item.get("id").and_then(Value::as_str).ok_or_else(|| Self::bad("record", "no id"))?.to_owned();
            let (deleted, version) = from_server(item.clone());
            max_seen = max_seen.max(version.last_modified);
            self.apply_remote(&RecordKey::new(c, id), (!deleted).then_some(version))?;
        }
        let round = self.round.as_mut().ok_or_else(|| Self::bad("list of records", "no round"))?;
        round.max_seen = round.max_seen.max(max_seen);
        match resp.header("Next-Page") {
            Some(next) if !next.is_empty() => round.next_url = Some(next.to_owned()),
            _ => {
                let seen = round.max_seen;
                round.pull.pop_front();
                round.next_url = None;
                round.max_seen = 0;
                if seen > self.state.since(c).unwrap_or(0) {
                    self.state.set_since(c, seen)?;
                }
            }
        }
        Ok(())
    }

    /// A server version (or deletion) of `k` arrived.
    fn apply_remote(&mut self, k: &RecordKey, theirs: Option<Synced>) -> Result<(), SyncError> {
        let base = self.state.base(k);
        if let (Some(b), Some(t)) = (base, theirs.as_ref()) {
            if b.last_modified == t.last_modified {
                return Ok(()); // our own write coming back
            }
        }
        if base.is_none() && theirs.is_none() {
            return Ok(());
        }
        if self.state.pending(k).is_some() {
            return self.rebase(k, theirs);
        }
        if let (Some(b), Some(t)) = (base, theirs.as_ref()) {
            if b.written.is_some() && !t.descends_from(b) {
                let t = t.clone();
                return self.merge_back(k, t);
            }
        }
        let doc = theirs.as_ref().map(|t| &t.data).or(base.map(|b| &b.data)).and_then(doc_of);
        let removed = theirs.is_none();
        self.state.set_base(k, theirs)?;
        self.events.push(SyncEvent::Changed { key: k.clone(), doc, removed });
        Ok(())
    }

    /// `theirs` replaced the version this client wrote (the base) without knowing it: Kinto let two writes
    /// of the same version through. Ours is merged into theirs over the version both were written on, and
    /// the result is queued (and sent in this round).
    fn merge_back(&mut self, k: &RecordKey, theirs: Synced) -> Result<(), SyncError> {
        let Some(ours) = self.state.base(k).cloned() else { return Ok(()) };
        let what = self.describe(k, Some(&ours.data));
        let ancestor = common_ancestor(&ours, &theirs);
        let (merged, report) = self.merge_values(k, ancestor.as_ref(), &ours.data, &theirs.data, &what)?;
        let same = merged == theirs.data;
        self.state.set_base(k, Some(theirs))?;
        if !same {
            self.state.set_pending(k, Some(merged))?;
            if let Some(r) = self.round.as_mut() {
                if !r.push.contains(k) {
                    r.push.push_back(k.clone());
                }
            }
        }
        self.events.push(SyncEvent::Merged { key: k.clone(), doc: doc_of(&ours.data), report });
        Ok(())
    }

    /// Merges the pending change of `k` with the server's version `theirs`, which becomes the new base.
    fn rebase(&mut self, k: &RecordKey, theirs: Option<Synced>) -> Result<(), SyncError> {
        let Some(pending) = self.state.pending(k).cloned() else { return Ok(()) };
        let base = self.state.base(k).cloned();
        // The pending change was made over the base; if the base is a write of ours that `theirs` replaced
        // without knowing it, the change is merged over the version both were written on instead.
        let merge_base = match (&base, &theirs) {
            (Some(b), Some(t)) if b.written.is_some() && !t.descends_from(b) => common_ancestor(b, t),
            _ => base.as_ref().map(|b| b.data.clone()),
        };
        let what = self.describe(k, pending.data.as_ref().or(theirs.as_ref().map(|t| &t.data)));
        match (&pending.data, &theirs) {
            (None, None) => {
                self.state.set_base(k, None)?;
                self.state.clear_pending(k)?;
            }
            // Deleting here, or re-creating what the server deleted: the local intent stands.
            (None, Some(_)) | (Some(_), None) => self.state.set_base(k, theirs)?,
            (Some(ours), Some(t)) => {
                let (merged, report) = self.merge_values(k, merge_base.as_ref(), ours, &t.data, &what)?;
                let same = merged == t.data;
                self.state.set_base(k, theirs.clone())?;
                if same {
                    self.state.clear_pending(k)?;
                } else {
                    self.state.rewrite_pending(k, Some(merged))?;
                }
                self.events.push(SyncEvent::Merged { key: k.clone(), doc: doc_of(ours), report });
            }
        }
        Ok(())
    }

    fn merge_values(
        &self,
        k: &RecordKey,
        base: Option<&Value>,
        ours: &Value,
        theirs: &Value,
        what: &str,
    ) -> Result<(Value, MergeReport), SyncError> {
        fn parse<T: serde::de::DeserializeOwned>(v: &Value, what: &str) -> Result<T, SyncError> {
            serde_json::from_value(v.clone())
                .map_err(|e| SyncError::BadRecord { what: what.to_owned(), reason: e.to_string() })
        }
        let none = MergeReport { conflicts: Vec::new(), leftovers: None };
        match k.collection {
            Collection::Annotations | Collection::Gold => {
                let b: Option<AnnotationRecord> = base.map(|b| parse(b, what)).transpose()?;
                let o: AnnotationRecord = parse(ours, what)?;
                let t: AnnotationRecord = parse(theirs, what)?;
                let text = self.parsed::<DocRecord>(&RecordKey::document(&o.doc)).map(|d| d.text);
                let (m, report) = merge_annotations(b.as_ref(), &o, &t, text.as_ref());
                Ok((Self::to_json(what, &m)?, report))
            }
            Collection::Documents => {
                let b: Option<DocRecord> = base.map(|b| parse(b, what)).transpose()?;
                let (m, report) = merge_documents(b.as_ref(), &parse(ours, what)?, &parse(theirs, what)?);
                Ok((Self::to_json(what, &m)?, report))
            }
            Collection::Schema => {
                let b: Option<SchemaRecord> = base.map(|b| parse(b, what)).transpose()?;
                let o: SchemaRecord = parse(ours, what)?;
                let t: SchemaRecord = parse(theirs, what)?;
                let m = merge_schemas(b.as_ref().map(|s| &s.schema), &o.schema, &t.schema);
                Ok((Self::to_json(what, &SchemaRecord { schema: m })?, none))
            }
        }
    }

    fn on_put(&mut self, k: RecordKey, seq: u64, resp: &Response) -> Result<(), SyncError> {
        let what = self.describe(&k, self.state.pending(&k).and_then(|p| p.data.as_ref()));
        match resp.status {
            200 | 201 => {
                let body: Value = serde_json::from_str(&resp.body).map_err(|e| Self::bad(&what, e))?;
                let data = body.get("data").cloned().ok_or_else(|| Self::bad(&what, "no data"))?;
                let (deleted, mut version) = from_server(data);
                version.written = Some(match self.state.base(&k) {
                    Some(b) => Written::Over(b.data.clone()),
                    None => Written::Created,
                });
                self.state.set_base(&k, (!deleted).then_some(version))?;
                if self.state.pending(&k).is_some_and(|p| p.seq == seq) {
                    self.state.clear_pending(&k)?;
                }
                self.next_in_push();
                Ok(())
            }
            404 if self.state.pending(&k).is_some_and(|p| p.data.is_none()) => {
                // Deleting what is already gone.
                self.state.set_base(&k, None)?;
                self.state.clear_pending(&k)?;
                self.next_in_push();
                Ok(())
            }
            412 => {
                let round = self.round.as_mut().ok_or_else(|| Self::bad(&what, "no round"))?;
                round.attempts += 1;
                if round.attempts > MAX_ATTEMPTS {
                    return Err(SyncError::Conflict { what });
                }
                let existing = serde_json::from_str::<Value>(&resp.body)
                    .ok()
                    .and_then(|b| b.pointer("/details/existing").cloned())
                    .filter(Value::is_object);
                match existing {
                    Some(e) => {
                        let (deleted, version) = from_server(e);
                        self.rebase(&k, (!deleted).then_some(version))
                    }
                    None => {
                        round.fetch_first = true;
                        Ok(())
                    }
                }
            }
            403 => {
                let e = self.fail(resp, &what);
                self.state.block_pending(&k, e.to_string(), self.config.role.name())?;
                if let Some(r) = self.round.as_mut() {
                    r.refused.push(e);
                }
                self.next_in_push();
                Ok(())
            }
            _ => Err(self.fail(resp, &what)),
        }
    }

    fn on_get(&mut self, k: RecordKey, resp: &Response) -> Result<(), SyncError> {
        if let Some(r) = self.round.as_mut() {
            r.fetch_first = false;
        }
        let what = self.describe(&k, self.state.pending(&k).and_then(|p| p.data.as_ref()));
        match resp.status {
            200 => {
                let body: Value = serde_json::from_str(&resp.body).map_err(|e| Self::bad(&what, e))?;
                let data = body.get("data").cloned().ok_or_else(|| Self::bad(&what, "no data"))?;
                let (deleted, version) = from_server(data);
                self.rebase(&k, (!deleted).then_some(version))
            }
            404 => self.rebase(&k, None),
            _ => Err(self.fail(resp, &what)),
        }
    }

    fn next_in_push(&mut self) {
        if let Some(r) = self.round.as_mut() {
            r.push.pop_front();
            r.attempts = 0;
            r.fetch_first = false;
        }
    }
}

/// Runs one whole round with a blocking client and returns the status it ended in.
pub fn run_blocking<S: KvStore>(engine: &mut SyncEngine<S>, http: &mut impl HttpClient) -> SyncStatus {
    engine.start();
    while let Some(req) = engine.next_request() {
        let outcome = http.request(&req);
        engine.on_response(outcome);
    }
    engine.status()
}

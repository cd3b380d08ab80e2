//! The workspace: many documents, their index and the settings, kept in a [`KvStore`].
//!
//! Invariants:
//! - Nothing is ever lost: a value that cannot be loaded is moved verbatim to a recovery key (quarantine)
//!   before it leaves the live set; a failed save leaves every previously saved value byte-identical.
//! - An edit's save writes one key, the document's: no workspace-wide value is rewritten per edit, so
//!   an edit costs the same in a corpus of 10 documents and of 10,000. Adding, deleting or renaming
//!   documents also writes the stored titles (once per batch); if that write fails the document
//!   write is undone.
//! - Revisions only grow; saving over a stored revision newer than the caller's is refused with
//!   [`StorageError::Conflict`] carrying the stored document, so the caller can [`super::merge`].
//! - The index (the document list) is derived data held in memory: [`Workspace::load`] builds it from
//!   the document keys, every mutation through the workspace keeps it current and
//!   [`Workspace::reload_entry`] takes in another tab's write. Only ids and titles are stored (to name
//!   a document that cannot be read); load rewrites them when they disagree with the documents.
//! - Corpus order is `(seq, created, id)` ([`IndexEntry::order_key`]); [`Workspace::add_new`] gives
//!   documents added together consecutive `seq` numbers after every document already there.

use super::kv::{KvStore, StoreError};
use super::migrate::{migrate_v1, MigratedV1};
use super::schema::{
    doc_key, doc_record_json, parse_doc_record, parse_recovery_key, parse_settings, parse_titles, recovery_key,
    settings_json, titles_json, IndexEntry, Settings, StoredDoc, TitleEntry, CURRENT_VERSION, DOC_PREFIX, INDEX_KEY,
    LEARNED_KEY, OPEN_KEY, RECOVERY_PREFIX, SETTINGS_KEY, V1_KEY,
};
use crate::model::{DocStatus, Document};
use std::collections::BTreeMap;

/// Why a workspace operation failed. Messages are meant for the user.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error(
        "not enough browser storage to save {what} ({needed} more bytes needed); nothing saved before was \
         changed. Delete or export some documents to free space"
    )]
    QuotaExceeded { what: String, needed: usize },
    #[error(
        "document \"{}\" was changed elsewhere (probably another tab) and is now at revision {}; \
         merge the two versions before saving", stored.doc.id, stored.revision
    )]
    Conflict { stored: Box<StoredDoc> },
    #[error("document \"{id}\" does not exist in this workspace")]
    NotFound { id: String },
    #[error("a document with id \"{id}\" already exists")]
    AlreadyExists { id: String },
    #[error("document \"{id}\" could not be read: {reason}")]
    Corrupt { id: String, reason: String },
    #[error("document \"{id}\" cannot be saved: {reason}")]
    InvalidDocument { id: String, reason: String },
    #[error("could not save {what}: {message}")]
    Store { what: String, message: String },
    #[error(
        "saving {what} failed ({error}) and restoring the previous version also failed ({rollback}); \
         export your work now"
    )]
    RollbackFailed { what: String, error: String, rollback: String },
    #[error("the old workspace could not be upgraded ({reason}); the old data is untouched under \"{key}\"")]
    MigrationFailed { key: String, reason: String },
}

impl StorageError {
    fn from_store(what: impl Into<String>, e: StoreError) -> Self {
        match e {
            StoreError::QuotaExceeded { needed, .. } => StorageError::QuotaExceeded { what: what.into(), needed },
            other => StorageError::Store { what: what.into(), message: other.to_string() },
        }
    }
}

/// Why [`Workspace::add_new`] added nothing.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("“{title}” could not be saved ({cause}); nothing was added{}", rollback_note(.added_before, .left_behind))]
pub struct AddError {
    /// The title of the document that could not be saved.
    pub title: String,
    pub cause: Box<StorageError>,
    /// How many documents had been saved before it (and were taken back).
    pub added_before: usize,
    /// Documents saved before the failure that could not be deleted again, with why.
    pub left_behind: Vec<(String, StorageError)>,
}

/// Documents being added in steps (so a large import never blocks the page for long), all or
/// nothing: a step that fails deletes every document the job saved before, and so does
/// [`AddJob::abort`].
#[derive(Debug)]
pub struct AddJob {
    docs: std::vec::IntoIter<Document>,
    now: i64,
    next_seq: u64,
    /// The ids saved so far, in order.
    pub saved: Vec<String>,
    total: usize,
    /// The `n` of `doc-{now}-{n}` to try first (ids of one job are consecutive, so finding each
    /// is constant time, not a search from 1).
    next_n: u64,
}

impl AddJob {
    /// Prepares adding `docs` (ids and sequence numbers are given as they are saved).
    pub fn new<S: KvStore>(ws: &Workspace<S>, docs: Vec<Document>, now: i64) -> AddJob {
        let total = docs.len();
        AddJob { docs: docs.into_iter(), now, next_seq: ws.next_seq(), saved: Vec::new(), total, next_n: 1 }
    }

    /// How many documents the job adds in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Saves up to `n` more documents. `Ok(true)` once every document is saved. On an error
    /// nothing of the job is left in the store (unless taking a document back failed too, which
    /// the error names).
    pub fn step<S: KvStore>(&mut self, ws: &mut Workspace<S>, n: usize) -> Result<bool, AddError> {
        ws.batch = true;
        let r = self.step_batch(ws, n);
        ws.batch = false;
        let finished = r?;
        if finished {
            // The stored titles, once for the whole job; if they cannot be written, nothing is added.
            if let Err(cause) = ws.write_titles() {
                let added_before = self.saved.len();
                let left_behind = self.abort(ws);
                let title = self.saved.last().cloned().unwrap_or_default();
                return Err(AddError { title, cause: Box::new(cause), added_before, left_behind });
            }
        }
        Ok(finished)
    }

    fn step_batch<S: KvStore>(&mut self, ws: &mut Workspace<S>, n: usize) -> Result<bool, AddError> {
        for _ in 0..n {
            let Some(mut doc) = self.docs.next() else { return Ok(true) };
            let (id, n) = ws.fresh_id_from(self.now, self.next_n);
            doc.id = id;
            self.next_n = n + 1;
            doc.seq = self.next_seq;
            self.next_seq += 1;
            if let Err(cause) = ws.save_doc(&doc, 0) {
                let added_before = self.saved.len();
                let left_behind = self.abort(ws);
                return Err(AddError { title: doc.title.clone(), cause: Box::new(cause), added_before, left_behind });
            }
            self.saved.push(doc.id.clone());
        }
        Ok(self.docs.len() == 0)
    }

    /// Deletes what the job saved so far; returns the documents that could not be deleted.
    pub fn abort<S: KvStore>(&mut self, ws: &mut Workspace<S>) -> Vec<(String, StorageError)> {
        let mut left_behind = Vec::new();
        let was = std::mem::replace(&mut ws.batch, true);
        for id in self.saved.drain(..).rev() {
            if let Err(e) = ws.delete_doc(&id) {
                left_behind.push((id, e));
            }
        }
        ws.batch = was;
        self.docs = Vec::new().into_iter();
        left_behind
    }
}

#[derive(serde::Deserialize)]
struct OpenRecord {
    id: String,
}

fn rollback_note(added_before: &usize, left_behind: &[(String, StorageError)]) -> String {
    if left_behind.is_empty() {
        return String::new();
    }
    let ids: Vec<&str> = left_behind.iter().map(|(id, _)| id.as_str()).collect();
    format!(
        ", but {} of the {added_before} document(s) saved before it could not be taken back ({}: {}); \
         delete them from Documents",
        left_behind.len(),
        ids.join(", "),
        left_behind[0].1
    )
}

/// A value that was moved out of the live set because it could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// The live key the value was stored under.
    pub key: String,
    /// Where the raw value now lives, or `None` if it could not be moved (then it stayed in place).
    pub recovery_key: Option<String>,
    /// A sentence naming the document (or index/settings) and what was wrong.
    pub reason: String,
}

/// What [`Workspace::load`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadReport {
    /// The documents, in id order.
    pub index: Vec<IndexEntry>,
    pub settings: Settings,
    pub quarantined: Vec<Quarantined>,
    /// `Some(1)` if a version 1 workspace was upgraded during this load.
    pub migrated_from: Option<u32>,
    /// Other things the user may want to know (index repairs, migration details, newer data left alone).
    pub notes: Vec<String>,
}

/// A workspace over a key–value store. Cheap to keep around; every mutation goes straight to the store.
pub struct Workspace<S: KvStore> {
    store: S,
    index: BTreeMap<String, IndexEntry>,
    settings: Settings,
    next_recovery: u64,
    /// The most recently modified document as [`Workspace::refresh`] parsed it: the app opens that
    /// document right after loading, and [`Workspace::load_doc`] hands it over (once, and only if
    /// the stored value is still the one parsed, per `known`) instead of parsing it a second time.
    recent: std::sync::Mutex<Option<StoredDoc>>,
    /// Set while an [`AddJob`] saves or takes back documents: the stored titles are written once,
    /// at its end, not per document.
    batch: bool,
    /// For each document id, a hash of the stored value this workspace last read or wrote and its
    /// revision: saving over a value that is still the same skips parsing it again (on a 1 MB
    /// document that parse is most of an autosave). A different value is parsed in full.
    known: std::sync::Mutex<BTreeMap<String, (u64, u64)>>,
}

/// A hash of a stored value, to recognise a value this workspace has already read or written.
fn raw_hash(raw: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    raw.hash(&mut h);
    h.finish()
}

fn doc_what(id: &str) -> String {
    format!("document \"{id}\"")
}

impl<S: KvStore> Workspace<S> {
    /// Opens the workspace: migrates older layouts, quarantines unreadable values, repairs the index.
    /// Fails only if the store itself cannot be used.
    pub fn load(store: S) -> Result<(Self, LoadReport), StorageError> {
        let mut ws = Workspace {
            store,
            index: BTreeMap::new(),
            settings: Settings::default(),
            next_recovery: 1,
            recent: std::sync::Mutex::new(None),
            batch: false,
            known: std::sync::Mutex::new(BTreeMap::new()),
        };
        let report = ws.refresh()?;
        Ok((ws, report))
    }

    /// Re-reads everything from the store (e.g. after a `storage` event from another tab).
    pub fn refresh(&mut self) -> Result<LoadReport, StorageError> {
        let mut report = LoadReport {
            index: Vec::new(),
            settings: Settings::default(),
            quarantined: Vec::new(),
            migrated_from: None,
            notes: Vec::new(),
        };
        let keys = self.keys()?;
        self.next_recovery = keys
            .iter()
            .filter_map(|k| parse_recovery_key(k))
            .map(|(n, _)| n + 1)
            .max()
            .unwrap_or(1)
            .max(self.next_recovery);

        if let Some(raw) = self.get(V1_KEY)? {
            match migrate_v1(&raw) {
                Ok(m) => {
                    self.apply_v1_migration(m, &raw, &mut report)?;
                    report.migrated_from = Some(1);
                }
                Err(e) => {
                    let q = self.quarantine(V1_KEY, &raw, format!("the old workspace (format v1): {e}"))?;
                    report.quarantined.push(q);
                }
            }
        }

        // The stored titles: only used to name unreadable documents (and rewritten below if stale).
        let mut stored_index = BTreeMap::new();
        let stored_raw = self.get(INDEX_KEY)?;
        if let Some(raw) = &stored_raw {
            match parse_titles(raw) {
                Ok(entries) => stored_index = entries.into_iter().map(|e| (e.id.clone(), e)).collect(),
                Err(e) => {
                    let reason = format!("the document list (index) could not be read: {e}; it was rebuilt");
                    report.quarantined.push(self.quarantine(INDEX_KEY, raw, reason)?);
                }
            }
        }

        self.settings = Settings::default();
        if let Some(raw) = self.get(SETTINGS_KEY)? {
            match parse_settings(&raw) {
                Ok(s) => self.settings = s,
                Err(e) => {
                    let reason =
                        format!("the settings (labels and preferences) could not be read: {e}; defaults are used");
                    report.quarantined.push(self.quarantine(SETTINGS_KEY, &raw, reason)?);
                }
            }
        }

        let mut index = BTreeMap::new();
        let mut recent: Option<StoredDoc> = None;
        let open_id = self
            .store
            .get(OPEN_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<OpenRecord>(&raw).ok())
            .map(|r| r.id);
        let mut known = BTreeMap::new();
        for key in self.keys()? {
            if let Some(id) = key.strip_prefix(DOC_PREFIX) {
                let Some(raw) = self.get(&key)? else { continue };
                match parse_doc_record(&raw, id) {
                    Ok(sd) => {
                        index.insert(id.to_owned(), IndexEntry::of(&sd.doc, sd.revision));
                        known.insert(id.to_owned(), (raw_hash(&raw), sd.revision));
                        let is_open = |d: &Document| open_id.as_deref() == Some(d.id.as_str());
                        let better = match &recent {
                            None => true,
                            Some(r) if is_open(&r.doc) => false,
                            Some(r) => is_open(&sd.doc) || sd.doc.modified > r.doc.modified,
                        };
                        if better {
                            recent = Some(sd);
                        }
                    }
                    Err(e) => {
                        let title = stored_index.get(id).map(|e| e.title.clone()).or_else(|| title_in_raw(&raw, id));
                        let name = match title {
                            Some(title) => format!("document \"{title}\" (id {id})"),
                            None => format!("document \"{id}\""),
                        };
                        let reason = format!("{name} could not be loaded: {e}");
                        report.quarantined.push(self.quarantine(&key, &raw, reason)?);
                    }
                }
            } else if let Some(v) = newer_version_prefix(&key) {
                let note = format!("data from a newer Spandrel (format v{v}) was found and left untouched");
                if !report.notes.contains(&note) {
                    report.notes.push(note);
                }
            }
        }

        for (id, e) in stored_index.iter().filter(|(id, _)| !index.contains_key(*id)) {
            if !report.quarantined.iter().any(|q| q.key == doc_key(id)) {
                report.notes.push(format!(
                    "the document list named \"{}\" (id {id}) but its data was not found; it was removed from the list",
                    e.title
                ));
            }
        }
        self.index = index;
        let titles = self.titles();
        let stale = stored_raw.is_none() && !titles.is_empty()
            || stored_raw.is_some()
                && titles.iter().map(|t| (&t.id, &t.title)).ne(stored_index.values().map(|t| (&t.id, &t.title)));
        if stale {
            if let Err(e) = self.write_titles_of(&titles) {
                report
                    .notes
                    .push(format!("the repaired document list could not be saved ({e}); it will be rebuilt next time"));
            }
        }
        *self.recent.lock().unwrap_or_else(|p| p.into_inner()) = recent;
        *self.known.lock().unwrap_or_else(|p| p.into_inner()) = known;
        report.index = self.index.values().cloned().collect();
        report.settings = self.settings.clone();
        Ok(report)
    }

    /// Writes the migrated documents and settings, then (only then) removes the v1 key.
    fn apply_v1_migration(&mut self, m: MigratedV1, raw: &str, report: &mut LoadReport) -> Result<(), StorageError> {
        let mut written: Vec<String> = Vec::new();
        let mut result = Ok(());
        for mut doc in m.docs {
            let orig = doc.id.clone();
            let mut n = 1;
            let mut already_there = false;
            loop {
                let key = doc_key(&doc.id);
                let Some(existing) = self.get(&key)? else { break };
                match parse_doc_record(&existing, &doc.id) {
                    // An interrupted earlier migration already wrote exactly this document.
                    Ok(sd) if sd.doc == doc => {
                        already_there = true;
                        break;
                    }
                    Ok(_) => {
                        n += 1;
                        doc.id = format!("{orig}-v1-{n}");
                    }
                    Err(e) => {
                        let reason = format!("document \"{}\" could not be loaded: {e}", doc.id);
                        report.quarantined.push(self.quarantine(&key, &existing, reason)?);
                        break;
                    }
                }
            }
            if n > 1 {
                report.notes.push(format!(
                    "old document \"{orig}\" was imported as \"{}\" because its id is already used",
                    doc.id
                ));
            }
            if already_there {
                continue;
            }
            let key = doc_key(&doc.id);
            let json = match doc_record_json(&doc, 1) {
                Ok(j) => j,
                Err(reason) => {
                    result = Err(StorageError::MigrationFailed { key: V1_KEY.into(), reason: reason.to_string() });
                    break;
                }
            };
            match self.store.set(&key, &json) {
                Ok(()) => written.push(key),
                Err(e) => {
                    result = Err(StorageError::MigrationFailed { key: V1_KEY.into(), reason: e.to_string() });
                    break;
                }
            }
        }
        if result.is_ok() && self.get(SETTINGS_KEY)?.is_none() {
            match settings_json(&m.settings).map(|j| self.store.set(SETTINGS_KEY, &j)) {
                Ok(Ok(())) => written.push(SETTINGS_KEY.into()),
                Ok(Err(e)) => result = Err(StorageError::MigrationFailed { key: V1_KEY.into(), reason: e.to_string() }),
                Err(reason) => {
                    result = Err(StorageError::MigrationFailed { key: V1_KEY.into(), reason: reason.to_string() })
                }
            }
        }
        if let Err(e) = result {
            // Undo this attempt; the v1 value was never touched.
            for k in written {
                self.store.remove(&k).map_err(|r| StorageError::RollbackFailed {
                    what: "the upgraded workspace".into(),
                    error: e.to_string(),
                    rollback: r.to_string(),
                })?;
            }
            return Err(e);
        }
        report.notes.extend(m.notes.iter().cloned());
        if !m.notes.is_empty() {
            // Something could not be carried over exactly: keep the original for manual recovery.
            let rk = recovery_key(self.next_recovery, V1_KEY);
            self.next_recovery += 1;
            match self.store.set(&rk, raw) {
                Ok(()) => report.notes.push(format!("the original old workspace was kept under \"{rk}\"")),
                Err(e) => {
                    report.notes.push(format!(
                        "the original old workspace could not be copied to recovery ({e}); it was left in place"
                    ));
                    return Ok(());
                }
            }
        }
        self.store.remove(V1_KEY).map_err(|e| StorageError::from_store("the old workspace", e))?;
        Ok(())
    }

    /// Moves `raw` from `key` to a fresh recovery key. Falls back to leaving it in place.
    fn quarantine(&mut self, key: &str, raw: &str, reason: String) -> Result<Quarantined, StorageError> {
        let rk = recovery_key(self.next_recovery, key);
        self.next_recovery += 1;
        let what = format!("the recovery copy of \"{key}\"");
        match self.store.set(&rk, raw) {
            Ok(()) => {
                self.store.remove(key).map_err(|e| StorageError::from_store(what, e))?;
            }
            Err(StoreError::QuotaExceeded { .. }) => {
                // Not enough room for a copy: move it (remove first, restore on failure).
                self.store.remove(key).map_err(|e| StorageError::from_store(what.clone(), e))?;
                if let Err(e) = self.store.set(&rk, raw) {
                    self.store.set(key, raw).map_err(|r| StorageError::RollbackFailed {
                        what: what.clone(),
                        error: e.to_string(),
                        rollback: r.to_string(),
                    })?;
                    return Ok(Quarantined {
                        key: key.into(),
                        recovery_key: None,
                        reason: format!("{reason}; it could not be moved to recovery ({e}) and was left in place"),
                    });
                }
            }
            Err(e) => return Err(StorageError::from_store(what, e)),
        }
        let reason = format!("{reason}; its raw contents were kept under \"{rk}\"");
        Ok(Quarantined { key: key.into(), recovery_key: Some(rk), reason: reason.to_string() })
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.store.get(key).map_err(|e| StorageError::Store { what: format!("\"{key}\""), message: e.to_string() })
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.store.keys().map_err(|e| StorageError::Store { what: "the workspace".into(), message: e.to_string() })
    }

    /// The store (for the app's own keys, or for tests).
    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    pub fn into_store(self) -> S {
        self.store
    }

    /// The documents, in id order (as of the last load or mutation through this workspace).
    pub fn list(&self) -> Vec<IndexEntry> {
        self.index.values().cloned().collect()
    }

    /// The index entry of one document.
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.index.get(id)
    }

    /// Reads a document from the store (always the stored version, never a cache).
    pub fn load_doc(&self, id: &str) -> Result<StoredDoc, StorageError> {
        let raw = self.get(&doc_key(id))?.ok_or_else(|| StorageError::NotFound { id: id.into() })?;
        let cached = self.recent.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(sd) = cached.filter(|sd| sd.doc.id == id) {
            if self.known_revision(id, &raw) == Some(sd.revision) {
                return Ok(sd);
            }
        }
        let sd = parse_doc_record(&raw, id)
            .map_err(|reason| StorageError::Corrupt { id: id.into(), reason: reason.to_string() })?;
        self.remember(id, &raw, sd.revision);
        Ok(sd)
    }

    /// The stored version of `id` if it is not the value this workspace last read or wrote (another
    /// tab wrote it, even at the same revision); `None` when it is unchanged.
    pub fn load_if_changed(&self, id: &str) -> Result<Option<StoredDoc>, StorageError> {
        let raw = self.get(&doc_key(id))?.ok_or_else(|| StorageError::NotFound { id: id.into() })?;
        if self.known_revision(id, &raw).is_some() {
            return Ok(None);
        }
        let sd = parse_doc_record(&raw, id)
            .map_err(|reason| StorageError::Corrupt { id: id.into(), reason: reason.to_string() })?;
        self.remember(id, &raw, sd.revision);
        Ok(Some(sd))
    }

    /// Keeps `content` (what a merge could not place, as JSON) under a recovery key named after
    /// document `id`, listed with the other set-aside entries. Returns the key.
    pub fn set_aside(&mut self, id: &str, content: &str) -> Result<String, StorageError> {
        let rk = recovery_key(self.next_recovery, &format!("{}#merge", doc_key(id)));
        self.next_recovery += 1;
        self.store
            .set(&rk, content)
            .map_err(|e| StorageError::from_store(format!("what the merge of \"{id}\" set aside"), e))?;
        Ok(rk)
    }

    fn remember(&self, id: &str, raw: &str, revision: u64) {
        self.known.lock().unwrap_or_else(|p| p.into_inner()).insert(id.to_owned(), (raw_hash(raw), revision));
    }

    /// The revision of `raw` if it is the value this workspace last read or wrote for `id`.
    fn known_revision(&self, id: &str, raw: &str) -> Option<u64> {
        let known = self.known.lock().unwrap_or_else(|p| p.into_inner()).get(id).copied()?;
        (known.0 == raw_hash(raw)).then_some(known.1)
    }

    /// Saves `doc`, which the caller last loaded (or saved) at `expected_revision` (0 for a new document).
    /// Returns the new revision. On any error nothing previously saved has changed.
    pub fn save_doc(&mut self, doc: &Document, expected_revision: u64) -> Result<u64, StorageError> {
        let id = doc.id.as_str();
        if id.is_empty() {
            return Err(StorageError::InvalidDocument { id: String::new(), reason: "its id is empty".into() });
        }
        super::schema::validate_document(doc)
            .map_err(|reason| StorageError::InvalidDocument { id: id.into(), reason: reason.to_string() })?;
        let key = doc_key(id);
        let old_raw = self.get(&key)?;
        let mut new_rev = expected_revision + 1;
        let mut recovery_copy = None;
        if let Some(raw) = &old_raw {
            // A value this workspace read or wrote and nobody changed since has a known revision;
            // anything else is parsed in full (and kept aside if unreadable).
            let known = self.known_revision(id, raw);
            let stored = match known {
                Some(revision) if revision <= expected_revision => Ok(None),
                _ => parse_doc_record(raw, id).map(Some),
            };
            match stored {
                // A newer revision, or another writer's value at the caller's own revision (two tabs
                // that both saved over the same version): the caller must merge first.
                Ok(Some(stored))
                    if stored.revision > expected_revision
                        || (known.is_none() && expected_revision > 0 && stored.revision == expected_revision) =>
                {
                    // The caller now knows this value: after merging it may save over it.
                    self.remember(id, raw, stored.revision);
                    return Err(StorageError::Conflict { stored: Box::new(stored) });
                }
                Ok(Some(stored)) => new_rev = stored.revision.max(expected_revision) + 1,
                // Known and not newer than the caller's: `expected_revision + 1` is right.
                Ok(None) => {}
                Err(_) => {
                    // Keep the unreadable value before overwriting it.
                    let rk = recovery_key(self.next_recovery, &key);
                    self.next_recovery += 1;
                    self.store
                        .set(&rk, raw)
                        .map_err(|e| StorageError::from_store(format!("a recovery copy of \"{id}\""), e))?;
                    recovery_copy = Some(rk);
                }
            }
        }
        let json = doc_record_json(doc, new_rev)
            .map_err(|reason| StorageError::InvalidDocument { id: id.into(), reason: reason.to_string() })?;
        let titles_change = self.index.get(id).is_none_or(|e| e.title != doc.title);
        let mut result = self.store.set(&key, &json).map_err(|e| StorageError::from_store(doc_what(id), e));
        if result.is_ok() && titles_change && !self.batch {
            let before = self.index.insert(id.to_owned(), IndexEntry::of(doc, new_rev));
            if let Err(e) = self.write_titles() {
                match before {
                    Some(b) => self.index.insert(id.to_owned(), b),
                    None => self.index.remove(id),
                };
                self.restore(&key, old_raw.as_deref(), &doc_what(id), &e)?;
                result = Err(e);
            }
        }
        if let Err(e) = result {
            // The unreadable old value is still live, so its recovery copy is not needed.
            if let Some(rk) = recovery_copy {
                self.restore(&rk, None, &doc_what(id), &e)?;
            }
            return Err(e);
        }
        self.remember(id, &json, new_rev);
        self.index.insert(id.to_owned(), IndexEntry::of(doc, new_rev));
        Ok(new_rev)
    }

    /// Puts `key` back to `old` after a failed multi-key write.
    fn restore(&mut self, key: &str, old: Option<&str>, what: &str, cause: &StorageError) -> Result<(), StorageError> {
        let r = match old {
            Some(v) => self.store.set(key, v),
            None => self.store.remove(key),
        };
        r.map_err(|r| StorageError::RollbackFailed {
            what: what.into(),
            error: cause.to_string(),
            rollback: r.to_string(),
        })
    }

    /// The one id rule ([`super::ids::new_doc_id`]) with every stored document's id (and each of
    /// `also_taken`) taken: the id for documents added by drop, open, paste and Import.
    pub fn fresh_id(&self, now: i64, also_taken: &[String]) -> String {
        super::ids::new_doc_id(now, |id| self.index.contains_key(id) || also_taken.iter().any(|t| t == id))
    }

    /// The [`Workspace::fresh_id`] rule from `n = from` on (every smaller `n` known to be taken):
    /// the id and its `n`.
    pub fn fresh_id_from(&self, now: i64, from: u64) -> (String, u64) {
        super::ids::new_doc_id_from(now, from, |id| self.index.contains_key(id))
    }

    /// Adds new documents, all or nothing: each gets a [`Workspace::fresh_id`] and the next corpus
    /// sequence number (after every document already there, in the order given); if one cannot be
    /// saved, the ones saved before it are deleted again and the error says what failed, including
    /// any document that could not be taken back. Returns the ids, in order.
    pub fn add_new(&mut self, docs: Vec<Document>, now: i64) -> Result<Vec<String>, AddError> {
        let mut job = AddJob::new(self, docs, now);
        job.step(self, usize::MAX)?;
        Ok(job.saved)
    }

    /// The stored titles as the index has them now.
    fn titles(&self) -> Vec<TitleEntry> {
        self.index.values().map(TitleEntry::of).collect()
    }

    fn write_titles_of(&mut self, titles: &[TitleEntry]) -> Result<(), StorageError> {
        let json = titles_json(titles)
            .map_err(|m| StorageError::Store { what: "the document list".into(), message: m.to_string() })?;
        self.store.set(INDEX_KEY, &json).map_err(|e| StorageError::from_store("the document list", e))
    }

    /// Writes the stored titles (after documents were added, deleted or renamed).
    pub fn write_titles(&mut self) -> Result<(), StorageError> {
        let titles = self.titles();
        self.write_titles_of(&titles)
    }

    /// The next free corpus sequence number.
    pub fn next_seq(&self) -> u64 {
        self.index.values().map(|e| e.seq).max().unwrap_or(0) + 1
    }

    /// Bytes that saving `docs` as new documents would add to the store (as [`super::entry_bytes`]
    /// counts them), and the bytes still free if the store knows its quota.
    pub fn room_for(&self, docs: &[Document]) -> Result<(usize, Option<usize>), StorageError> {
        // Ids are given on saving: count each as the longest id of this batch.
        let id = super::ids::doc_id(9_999_999_999_999, docs.len() as u64);
        let key = doc_key(&id);
        let seq = self.next_seq() + docs.len() as u64;
        let mut needed = 0;
        for d in docs {
            let mut d = d.clone();
            d.id.clone_from(&id);
            d.seq = seq;
            let json = doc_record_json(&d, 1)
                .map_err(|reason| StorageError::InvalidDocument { id: d.title.clone(), reason: reason.to_string() })?;
            needed += super::entry_bytes(&key, &json);
            // Its line in the stored titles.
            let line = serde_json::to_string(&TitleEntry::of(&IndexEntry::of(&d, 1))).map_or(0, |j| j.len() + 1);
            needed += 2 * line;
        }
        let (used, quota) = self.usage()?;
        Ok((needed, quota.map(|q| q.saturating_sub(used))))
    }

    /// Takes in a write to document `id` made elsewhere (another tab): its index entry is read again
    /// from the store, or dropped if the document is gone. Returns whether the entry changed.
    pub fn reload_entry(&mut self, id: &str) -> Result<bool, StorageError> {
        let before = self.index.get(id).cloned();
        match self.get(&doc_key(id))? {
            None => {
                self.index.remove(id);
            }
            Some(raw) => {
                // Known and already listed at that revision: nothing to do. A value read through
                // `load_if_changed` (the open document merged with another tab's) is known but not listed yet.
                let listed = |rev: u64| self.index.get(id).is_some_and(|e| e.revision == rev);
                if self.known_revision(id, &raw).is_some_and(listed) {
                    return Ok(false);
                }
                let sd = parse_doc_record(&raw, id)
                    .map_err(|reason| StorageError::Corrupt { id: id.into(), reason: reason.to_string() })?;
                self.index.insert(id.to_owned(), IndexEntry::of(&sd.doc, sd.revision));
            }
        }
        Ok(self.index.get(id) != before.as_ref())
    }

    /// When suggestions were last told to forget what they learned (`None`: never); decisions in
    /// documents not modified since then are not learned from again.
    pub fn learn_forgotten_at(&self) -> Result<Option<i64>, StorageError> {
        match self.get(LEARNED_KEY)? {
            None => Ok(None),
            Some(raw) => super::schema::parse_forget(&raw)
                .map(Some)
                .map_err(|reason| StorageError::Corrupt { id: LEARNED_KEY.into(), reason: reason.to_string() }),
        }
    }

    /// Records that suggestions forgot what they learned, at `now`.
    pub fn forget_learned(&mut self, now: i64) -> Result<(), StorageError> {
        let json = super::schema::forget_json(now);
        self.store.set(LEARNED_KEY, &json).map_err(|e| StorageError::from_store("the forget time of suggestions", e))
    }

    /// Whether `doc`'s pending engine suggestions were made before suggestions last forgot what they
    /// learned (the document was last saved before the "forget"): opening it must bring them back to
    /// the engine as it is now. Decided spans are never part of this (they stay as they are).
    pub fn suggestions_predate_forget(&self, doc: &Document) -> Result<bool, StorageError> {
        let Some(at) = self.learn_forgotten_at()? else { return Ok(false) };
        let pending = doc.annotations.values().any(|a| {
            a.state == crate::model::SpanState::Suggested && matches!(a.origin, crate::model::Origin::Extracted { .. })
        });
        Ok(pending && doc.modified < at)
    }

    /// The documents suggestions learn from, in corpus order: those with a decision, modified after
    /// the last "forget".
    pub fn learn_sources(&self) -> Result<Vec<String>, StorageError> {
        let since = self.learn_forgotten_at()?.unwrap_or(i64::MIN);
        let entries: Vec<IndexEntry> =
            self.index.values().filter(|e| e.decided && e.modified > since).cloned().collect();
        Ok(crate::corpus::Corpus::new(&entries).ids().to_vec())
    }

    /// The document that was open when the workspace was last used, if it still exists.
    pub fn last_open(&self) -> Option<String> {
        let raw = self.store.get(OPEN_KEY).ok().flatten()?;
        let rec: OpenRecord = serde_json::from_str(&raw).ok()?;
        self.index.contains_key(&rec.id).then_some(rec.id)
    }

    /// Remembers which document is open (for the next start).
    pub fn set_last_open(&mut self, id: &str) -> Result<(), StorageError> {
        let json = serde_json::json!({ "v": CURRENT_VERSION, "id": id }).to_string();
        self.store.set(OPEN_KEY, &json).map_err(|e| StorageError::from_store("which document is open", e))
    }

    /// Deletes a document (its key and its index entry).
    pub fn delete_doc(&mut self, id: &str) -> Result<(), StorageError> {
        let key = doc_key(id);
        let old = self.get(&key)?;
        if old.is_none() && !self.index.contains_key(id) {
            return Err(StorageError::NotFound { id: id.into() });
        }
        self.store.remove(&key).map_err(|e| StorageError::from_store(format!("the deletion of \"{id}\""), e))?;
        let before = self.index.remove(id);
        if !self.batch {
            if let Err(e) = self.write_titles() {
                if let Some(b) = before {
                    self.index.insert(id.to_owned(), b);
                }
                self.restore(&key, old.as_deref(), &doc_what(id), &e)?;
                return Err(e);
            }
        }
        self.known.lock().unwrap_or_else(|p| p.into_inner()).remove(id);
        Ok(())
    }

    /// Loads the latest stored version, applies `f`, saves it. Returns the new revision.
    fn modify(&mut self, id: &str, f: impl FnOnce(&mut Document)) -> Result<u64, StorageError> {
        let StoredDoc { mut doc, revision } = self.load_doc(id)?;
        f(&mut doc);
        self.save_doc(&doc, revision)
    }

    /// Changes a document's title. Returns the new revision.
    pub fn rename_doc(&mut self, id: &str, title: &str, now: i64) -> Result<u64, StorageError> {
        self.modify(id, |d| {
            d.title = title.to_owned();
            d.modified = now;
        })
    }

    /// Changes a document's status. Returns the new revision.
    pub fn set_status(&mut self, id: &str, status: DocStatus, now: i64) -> Result<u64, StorageError> {
        self.modify(id, |d| {
            d.status = status;
            d.modified = now;
        })
    }

    /// Copies document `id` to `new_id` (title suffixed with " (copy)"). Returns the copy's revision.
    pub fn duplicate_doc(&mut self, id: &str, new_id: &str, now: i64) -> Result<u64, StorageError> {
        if self.get(&doc_key(new_id))?.is_some() || self.index.contains_key(new_id) {
            return Err(StorageError::AlreadyExists { id: new_id.into() });
        }
        let StoredDoc { mut doc, .. } = self.load_doc(id)?;
        doc.id = new_id.to_owned();
        doc.title = format!("{} (copy)", doc.title);
        doc.created = now;
        doc.modified = now;
        self.save_doc(&doc, 0)
    }

    /// Bytes used by the whole store and the quota, if known.
    pub fn usage(&self) -> Result<(usize, Option<usize>), StorageError> {
        let used = self
            .store
            .size_bytes()
            .map_err(|e| StorageError::Store { what: "the storage usage".into(), message: e.to_string() })?;
        Ok((used, self.store.quota_bytes()))
    }

    /// All quarantined values as (recovery key, raw value), oldest first.
    pub fn recovery_entries(&self) -> Result<Vec<(String, String)>, StorageError> {
        let mut keys: Vec<(u64, String)> =
            self.keys()?.into_iter().filter_map(|k| parse_recovery_key(&k).map(|(n, _)| (n, k.clone()))).collect();
        crate::sort::sort(&mut keys);
        let mut out = Vec::new();
        for (_, k) in keys {
            if let Some(raw) = self.get(&k)? {
                out.push((k, raw));
            }
        }
        Ok(out)
    }

    /// Permanently deletes one quarantined value. Only recovery keys are accepted.
    pub fn discard_recovery(&mut self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(RECOVERY_PREFIX) {
            return Err(StorageError::NotFound { id: key.into() });
        }
        self.store.remove(key).map_err(|e| StorageError::from_store(format!("the removal of \"{key}\""), e))
    }

    /// The settings as of the last load or save.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Reads the settings from the store (defaults if none were saved).
    pub fn load_settings(&self) -> Result<Settings, StorageError> {
        match self.get(SETTINGS_KEY)? {
            None => Ok(Settings::default()),
            Some(raw) => parse_settings(&raw)
                .map_err(|reason| StorageError::Corrupt { id: SETTINGS_KEY.into(), reason: reason.to_string() }),
        }
    }

    /// Saves the settings. On error the stored settings are unchanged.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StorageError> {
        let json = settings_json(settings)
            .map_err(|message| StorageError::Store { what: "the settings".into(), message: message.to_string() })?;
        self.store.set(SETTINGS_KEY, &json).map_err(|e| StorageError::from_store("the settings", e))?;
        self.settings = settings.clone();
        Ok(())
    }
}

/// The title written in a stored value of document `id` that could not be loaded, if it is readable
/// JSON and really is that document's.
fn title_in_raw(raw: &str, id: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    let doc = v.get("doc")?;
    if doc.get("id")?.as_str()? != id {
        return None;
    }
    doc.get("title")?.as_str().map(str::to_owned)
}

/// `Some(n)` if `key` belongs to a newer schema version `spandrel/v{n}/…` with `n` > current.
fn newer_version_prefix(key: &str) -> Option<u32> {
    let rest = key.strip_prefix("spandrel/v")?;
    let (n, _) = rest.split_once('/')?;
    let n: u32 = n.parse().ok()?;
    (n > CURRENT_VERSION).then_some(n)
}

//! The versioned storage schema: key layout, record types and document validation.
//!
//! Invariants:
//! - Every value Spandrel writes (except verbatim quarantine copies) is a JSON object with a `"v"` field
//!   equal to the schema version of its key prefix; anything else is rejected by [`check_version`].
//! - Live keys of version N live under `spandrel/vN/`; quarantined raw values under
//!   `spandrel/recovery/{counter}/{original key}`, stored verbatim.
//! - A document accepted by [`validate_document`] round-trips through JSON unchanged.
//!
//! Key layout (version 2, current):
//! - `spandrel/v2/doc/{id}` — `{"v":2,"revision":R,"doc":{…Document…}}`
//! - `spandrel/v2/open` — `{"v":2,"id":"…"}`: the document open when the workspace was last used
//! - `spandrel/v2/learned` — `{"v":2,"forgotten_at":ms}`: when suggestions were last told to forget
//!   what they learned (what they learned is rebuilt at start from decisions made after that)
//! - `spandrel/v2/index` — `{"v":2,"docs":[{"id":…,"title":…}…]}`: which documents exist and their
//!   titles (cut to [`INDEX_TITLE_CHARS`]), to name a document whose value cannot be read. Written only
//!   when documents are added, deleted or renamed, never per edit; the full list (status, counts) is
//!   derived from the documents at load and kept in memory. Older versions wrote whole entries here.
//! - `spandrel/v2/settings` — `{"v":2,"schema":{…LabelSchema…},"preferences":{"score_threshold":0.5,…}}`
//! - `spandrel/recovery/{n}/{original key}` — the raw bytes of a value that could not be loaded.
//!
//! Version 1 (legacy, see [`super::migrate`]) stored the whole workspace under `spandrel/workspace`.

use crate::model::{DocStatus, Document, LabelSchema, Origin, SpanState};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 2;
/// Prefix of every live key of the current version.
pub const PREFIX: &str = "spandrel/v2/";
/// Prefix of document keys.
pub const DOC_PREFIX: &str = "spandrel/v2/doc/";
/// The workspace index key.
pub const INDEX_KEY: &str = "spandrel/v2/index";
/// The settings key.
pub const SETTINGS_KEY: &str = "spandrel/v2/settings";
/// The key naming the document last open.
pub const OPEN_KEY: &str = "spandrel/v2/open";
/// The key of when suggestions last forgot what they learned (the learned state itself is rebuilt
/// from the documents' decisions at start, never stored).
pub const LEARNED_KEY: &str = "spandrel/v2/learned";
/// Prefix of quarantined values.
pub const RECOVERY_PREFIX: &str = "spandrel/recovery/";
/// The single key of the legacy version 1 layout.
pub const V1_KEY: &str = "spandrel/workspace";

/// The key of document `id`.
pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

/// The recovery key for quarantine number `n` of `original`.
pub fn recovery_key(n: u64, original: &str) -> String {
    format!("{RECOVERY_PREFIX}{n}/{original}")
}

/// Splits a recovery key into its counter and original key.
pub fn parse_recovery_key(key: &str) -> Option<(u64, &str)> {
    let rest = key.strip_prefix(RECOVERY_PREFIX)?;
    let (n, original) = rest.split_once('/')?;
    Some((n.parse().ok()?, original))
}

/// A document as stored, with its revision (incremented on every successful save).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDoc {
    pub doc: Document,
    pub revision: u64,
}

#[derive(Serialize)]
pub(crate) struct DocRecordOut<'a> {
    pub v: u32,
    pub revision: u64,
    pub doc: &'a Document,
}

#[derive(Deserialize)]
pub(crate) struct DocRecordIn {
    pub revision: u64,
    pub doc: Document,
}

/// One line of the workspace index: what the document list shows without loading every document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    pub status: DocStatus,
    /// Non-rejected annotations per label.
    pub label_counts: BTreeMap<String, usize>,
    /// Extracted annotations the user accepted.
    pub accepted_suggestions: usize,
    /// Extracted annotations still waiting for review.
    pub pending_suggestions: usize,
    /// Length of the text in code points.
    pub chars: usize,
    /// Milliseconds since the Unix epoch.
    pub modified: i64,
    pub revision: u64,
    /// Corpus sequence number (see [`Document::seq`]).
    #[serde(default)]
    pub seq: u64,
    /// Milliseconds since the Unix epoch (ties of `seq` are ordered by it).
    #[serde(default)]
    pub created: i64,
    /// Whether the annotator decided anything here (an accepted or rejected span, or status done):
    /// what suggestions learn from.
    #[serde(default)]
    pub decided: bool,
    /// Whether the extraction engine's suggestions were ever added (kept, accepted or rejected):
    /// a document without them is one the engine has not tagged yet.
    #[serde(default)]
    pub extracted: bool,
    /// The title and the start of the text ([`TEXT_HEAD_CHARS`] characters at most), lowercased,
    /// for the list's text filter (in memory only).
    #[serde(default, skip_serializing)]
    pub search_key: String,
    /// The accounts the document is assigned to ([`Document::assigned`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned: Vec<String>,
}

/// How much of a document's text the index keeps for filtering by text.
pub const TEXT_HEAD_CHARS: usize = 1000;

/// What the text filter searches: the title and the text's start, lowercased, one line apart.
pub fn search_key(title: &str, text: &str) -> String {
    let head: String = text.chars().take(TEXT_HEAD_CHARS).collect();
    let mut k = title.to_lowercase();
    k.push('\n');
    k.push_str(&head.to_lowercase());
    k
}

impl IndexEntry {
    /// Summarises a document.
    pub fn of(doc: &Document, revision: u64) -> Self {
        let mut label_counts = BTreeMap::new();
        let (mut accepted, mut pending) = (0, 0);
        let mut extracted = false;
        let mut decided = doc.status == DocStatus::Done;
        for a in doc.annotations.values() {
            extracted |= matches!(a.origin, Origin::Extracted { .. });
            decided |= a.state != SpanState::Suggested;
            if a.state != SpanState::Rejected {
                *label_counts.entry(a.label.clone()).or_insert(0) += 1;
            }
            match (&a.origin, a.state) {
                (_, SpanState::Suggested) => pending += 1,
                (Origin::Extracted { .. }, SpanState::Accepted) => accepted += 1,
                _ => {}
            }
        }
        IndexEntry {
            id: doc.id.clone(),
            title: doc.title.clone(),
            status: doc.status,
            label_counts,
            accepted_suggestions: accepted,
            pending_suggestions: pending,
            chars: doc.text.len_cp(),
            modified: doc.modified,
            revision,
            seq: doc.seq,
            created: doc.created,
            extracted,
            decided,
            search_key: search_key(&doc.title, doc.text.as_str()),
            assigned: doc.assigned.clone(),
        }
    }

    /// The corpus order: `(seq, created, id)`.
    pub fn order_key(&self) -> (u64, i64, &str) {
        (self.seq, self.created, self.id.as_str())
    }
}

#[derive(Serialize)]
pub(crate) struct IndexRecordOut<'a> {
    pub v: u32,
    pub docs: Vec<&'a IndexEntry>,
}

#[derive(Deserialize)]
pub(crate) struct IndexRecordIn {
    pub docs: Vec<IndexEntry>,
}

/// User preferences. Unknown fields (written by other parts of the app) are preserved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// Suggestions scoring below this are hidden.
    #[serde(default = "default_threshold")]
    pub score_threshold: f32,
    /// The order the queue walks (corpus order unless the annotator chose otherwise).
    #[serde(default)]
    pub queue_order: crate::active::QueueOrder,
    /// The interface language the user chose (a tag of `locale::LANGUAGES`); none: the browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

fn default_threshold() -> f32 {
    0.5
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            score_threshold: default_threshold(),
            queue_order: Default::default(),
            language: None,
            other: BTreeMap::new(),
        }
    }
}

/// Workspace-wide settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    pub schema: LabelSchema,
    #[serde(default)]
    pub preferences: Preferences,
}

#[derive(Serialize)]
pub(crate) struct SettingsRecordOut<'a> {
    pub v: u32,
    #[serde(flatten)]
    pub settings: &'a Settings,
}

/// Only the version field of a stored value; every other field is skipped without being built.
#[derive(Deserialize)]
struct VersionField {
    v: Option<serde_json::Value>,
}

/// Why a stored record cannot be read or written: a sentence fragment for the user ("it is not valid
/// JSON (…)", "annotation 3 … is outside the text").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RecordError(pub String);

impl From<String> for RecordError {
    fn from(s: String) -> Self {
        RecordError(s)
    }
}

impl From<&str> for RecordError {
    fn from(s: &str) -> Self {
        RecordError(s.to_owned())
    }
}

/// Checks that `raw` is a JSON object whose `"v"` field equals `expected`. It reads the whole value
/// (so invalid JSON anywhere is reported) but builds nothing else, so checking a large document
/// costs a fraction of parsing it. The error is a sentence fragment explaining what is wrong.
pub fn check_version(raw: &str, expected: u32) -> Result<(), RecordError> {
    let head: VersionField = serde_json::from_str(raw).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => "it is not a JSON object with a \"v\" version field".to_owned(),
        _ => format!("it is not valid JSON ({e})"),
    })?;
    let v = match head.v {
        None => return Err("it has no \"v\" version field".into()),
        Some(v) => v.as_u64().ok_or_else(|| format!("its version field \"v\" is {v}, not a number"))?,
    };
    if v > u64::from(expected) {
        return Err(format!(
            "it was written by a newer version of Spandrel (format v{v}; this build reads v{expected})"
        )
        .into());
    }
    if v != u64::from(expected) {
        return Err(format!("it has format version v{v} where v{expected} was expected").into());
    }
    Ok(())
}

/// Parses a stored document record of the current version and validates it.
pub fn parse_doc_record(raw: &str, expected_id: &str) -> Result<StoredDoc, RecordError> {
    check_version(raw, CURRENT_VERSION)?;
    let rec: DocRecordIn = serde_json::from_str(raw)
        .map_err(|e| RecordError::from(format!("its contents do not match the document format ({e})")))?;
    if rec.doc.id != expected_id {
        return Err(format!("it contains document \"{}\" instead of \"{expected_id}\"", rec.doc.id).into());
    }
    validate_document(&rec.doc)?;
    Ok(StoredDoc { doc: rec.doc, revision: rec.revision })
}

/// Serialises a document record.
pub fn doc_record_json(doc: &Document, revision: u64) -> Result<String, RecordError> {
    serde_json::to_string(&DocRecordOut { v: CURRENT_VERSION, revision, doc })
        .map_err(|e| RecordError::from(format!("it could not be serialised ({e})")))
}

/// How much of a title the stored index keeps.
pub const INDEX_TITLE_CHARS: usize = 40;

/// One line of the stored index: a document and its (cut) title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleEntry {
    pub id: String,
    pub title: String,
}

impl TitleEntry {
    pub fn of(e: &IndexEntry) -> TitleEntry {
        let mut title: String = e.title.chars().take(INDEX_TITLE_CHARS).collect();
        if e.title.chars().nth(INDEX_TITLE_CHARS).is_some() {
            title.push('…');
        }
        TitleEntry { id: e.id.clone(), title }
    }
}

#[derive(Deserialize)]
struct TitlesIn {
    docs: Vec<TitleEntry>,
}

#[derive(Serialize)]
struct TitlesOut<'a> {
    v: u32,
    docs: &'a [TitleEntry],
}

/// Parses the stored index (this version's titles, or an older version's whole entries).
pub fn parse_titles(raw: &str) -> Result<Vec<TitleEntry>, RecordError> {
    check_version(raw, CURRENT_VERSION)?;
    let rec: TitlesIn = serde_json::from_str(raw)
        .map_err(|e| RecordError::from(format!("its contents do not match the index format ({e})")))?;
    Ok(rec.docs)
}

/// Serialises the stored index.
pub fn titles_json(docs: &[TitleEntry]) -> Result<String, RecordError> {
    serde_json::to_string(&TitlesOut { v: CURRENT_VERSION, docs })
        .map_err(|e| RecordError::from(format!("the index could not be serialised ({e})")))
}

/// Parses the stored index of the current version.
pub fn parse_index(raw: &str) -> Result<Vec<IndexEntry>, RecordError> {
    check_version(raw, CURRENT_VERSION)?;
    let rec: IndexRecordIn = serde_json::from_str(raw)
        .map_err(|e| RecordError::from(format!("its contents do not match the index format ({e})")))?;
    Ok(rec.docs)
}

/// Serialises the index (entries in id order).
pub fn index_json(entries: &BTreeMap<String, IndexEntry>) -> Result<String, RecordError> {
    serde_json::to_string(&IndexRecordOut { v: CURRENT_VERSION, docs: entries.values().collect() })
        .map_err(|e| RecordError::from(format!("the index could not be serialised ({e})")))
}

/// Parses stored settings of the current version.
pub fn parse_settings(raw: &str) -> Result<Settings, RecordError> {
    check_version(raw, CURRENT_VERSION)?;
    let settings: Settings = serde_json::from_str(raw)
        .map_err(|e| RecordError::from(format!("its contents do not match the settings format ({e})")))?;
    if !settings.preferences.score_threshold.is_finite() {
        return Err("its score threshold is not a number".into());
    }
    Ok(settings)
}

/// Serialises settings.
pub fn settings_json(settings: &Settings) -> Result<String, RecordError> {
    if !settings.preferences.score_threshold.is_finite() {
        return Err("the score threshold is not a finite number".into());
    }
    serde_json::to_string(&SettingsRecordOut { v: CURRENT_VERSION, settings })
        .map_err(|e| RecordError::from(format!("the settings could not be serialised ({e})")))
}

/// Checks the model invariants that storage relies on; the error names the offending record.
pub fn validate_document(doc: &Document) -> Result<(), RecordError> {
    let len = doc.text.len_cp();
    let mut seen = BTreeSet::new();
    let mut max_id: Option<u64> = None;
    for (&id, a) in &doc.annotations {
        if id != a.id {
            return Err(format!("annotation {} is stored under id {id}", a.id).into());
        }
        if a.span.start >= a.span.end || a.span.end > len {
            return Err(format!(
                "annotation {id} ({}) has span {}..{} outside the text of {len} characters or empty",
                a.label, a.span.start, a.span.end
            )
            .into());
        }
        if let Some(s) = a.origin.score() {
            if !s.is_finite() {
                return Err(format!("annotation {id} ({}) has a score that is not a number", a.label).into());
            }
        }
        if !seen.insert((a.span, a.label.as_str())) {
            return Err(format!(
                "annotation {id} duplicates another {} annotation at {}..{}",
                a.label, a.span.start, a.span.end
            )
            .into());
        }
        max_id = max_id.max(Some(id));
    }
    for (&id, r) in &doc.relations {
        if id != r.id {
            return Err(format!("relation {} is stored under id {id}", r.id).into());
        }
        if doc.annotations.contains_key(&id) {
            return Err(format!("relation {id} has the same id as an annotation").into());
        }
        for end in [r.from, r.to] {
            if !doc.annotations.contains_key(&end) {
                return Err(format!("relation {id} ({}) refers to missing annotation {end}", r.kind).into());
            }
        }
        max_id = max_id.max(Some(id));
    }
    if let Some(max_id) = max_id {
        if doc.next_id <= max_id {
            return Err(format!("its next id {} is not above the largest id in use ({max_id})", doc.next_id).into());
        }
    }
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct ForgetRecord {
    v: u32,
    forgotten_at: i64,
}

/// Serialises when the annotator last told suggestions to forget what they learned.
pub fn forget_json(at_ms: i64) -> String {
    serde_json::to_string(&ForgetRecord { v: CURRENT_VERSION, forgotten_at: at_ms }).unwrap_or_default()
}

/// Parses what [`forget_json`] wrote.
pub fn parse_forget(raw: &str) -> Result<i64, RecordError> {
    check_version(raw, CURRENT_VERSION)?;
    let rec: ForgetRecord = serde_json::from_str(raw)
        .map_err(|e| RecordError::from(format!("its contents do not match the format of a forget time ({e})")))?;
    Ok(rec.forgotten_at)
}

//! Migrations from older storage layouts to the current one (pure functions; the store is touched by
//! [`super::Workspace::load`], which writes all new keys before deleting any old one).
//!
//! Invariants:
//! - A migration never invents or silently drops content: every v1 span either becomes an annotation
//!   covering exactly the same characters, or is listed in [`MigratedV1::notes`].
//! - The conversion is deterministic: migrating the same v1 value twice gives equal results.
//!
//! ## Version 1 layout (legacy)
//!
//! Early builds kept the whole workspace in one key, `spandrel/workspace`:
//!
//! ```json
//! { "v": 1,
//!   "labels": [ { "name": "PER", "color": "#ffb3ba" } ],
//!   "threshold": 0.5,
//!   "docs": [ { "id": "a", "title": "Letter", "text": "…", "created": 0, "modified": 0,
//!               "done": false, "tags": ["relevant"],
//!               "spans": [ [0, 5, "PER"], [10, 12, "ORG"] ] } ] }
//! ```
//!
//! Differences from version 2: span offsets were UTF-16 code units (taken straight from the DOM
//! selection), spans had no id, state, origin, note or attributes (all were manual), there were no
//! relations, `done` was the only status, and labels had no hotkeys or descriptions.

use crate::model::{Annotation, DocStatus, Document, Label, LabelSchema, Origin, Span, SpanState};
use crate::text::Unit;
use serde::Deserialize;
use std::collections::BTreeMap;

use super::schema::{Preferences, Settings};

#[derive(Deserialize)]
struct V1Workspace {
    #[serde(default)]
    labels: Vec<V1Label>,
    #[serde(default)]
    threshold: Option<f32>,
    #[serde(default)]
    docs: Vec<V1Doc>,
}

#[derive(Deserialize)]
struct V1Label {
    name: String,
    #[serde(default)]
    color: Option<String>,
}

#[derive(Deserialize)]
struct V1Doc {
    id: String,
    #[serde(default)]
    title: String,
    text: String,
    #[serde(default)]
    created: i64,
    #[serde(default)]
    modified: i64,
    #[serde(default)]
    done: bool,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    spans: Vec<(usize, usize, String)>,
}

/// The result of converting a version 1 workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct MigratedV1 {
    pub docs: Vec<Document>,
    pub settings: Settings,
    /// One sentence per span or document that could not be carried over unchanged.
    pub notes: Vec<String>,
}

/// Why a version 1 value could not be migrated at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrationError {
    #[error("the old workspace (format v1) could not be read: {0}")]
    Unreadable(String),
}

const FALLBACK_COLOR: &str = "#e8e8e8";

/// Converts the raw value of `spandrel/workspace` (format v1) into version 2 documents and settings.
pub fn migrate_v1(raw: &str) -> Result<MigratedV1, MigrationError> {
    super::schema::check_version(raw, 1).map_err(|e| MigrationError::Unreadable(e.to_string()))?;
    let ws: V1Workspace = serde_json::from_str(raw)
        .map_err(|e| MigrationError::Unreadable(format!("its contents do not match the v1 format ({e})")))?;
    let mut notes = Vec::new();

    let defaults = LabelSchema::default();
    let mut labels: Vec<Label> = Vec::new();
    for l in ws.labels {
        if labels.iter().any(|x| x.name == l.name) {
            continue;
        }
        labels.push(Label {
            name: l.name,
            color: l.color.unwrap_or_else(|| FALLBACK_COLOR.into()),
            hotkey: None,
            description: String::new(),
        });
    }
    let mut doc_labels = defaults.doc_labels.clone();
    let mut seen_ids = BTreeMap::new();
    let mut docs = Vec::new();
    for d in ws.docs {
        if d.id.is_empty() {
            notes.push(format!("document \"{}\" had an empty id and was given id \"untitled\"", d.title));
        }
        let base_id = if d.id.is_empty() { "untitled".to_string() } else { d.id.clone() };
        let count = seen_ids.entry(base_id.clone()).or_insert(0usize);
        *count += 1;
        let id = if *count == 1 { base_id } else { format!("{base_id}-{count}") };
        if *count > 1 {
            notes.push(format!("a second document with id \"{}\" was renamed to \"{id}\"", d.id));
        }
        let mut doc = Document::new(id.clone(), d.title, d.text, d.created);
        doc.modified = d.modified;
        for (start, end, label) in d.spans {
            let cp = match doc.text.range_to_cp(start..end, Unit::Utf16) {
                Ok(r) => r,
                Err(e) => {
                    notes.push(format!("document \"{id}\": span {start}..{end} ({label}) was dropped: {e}"));
                    continue;
                }
            };
            let span = Span::new(cp.start, cp.end);
            if span.is_empty() {
                notes.push(format!("document \"{id}\": empty span {start}..{end} ({label}) was dropped"));
                continue;
            }
            if doc.has_duplicate(span, &label, None) {
                notes.push(format!("document \"{id}\": duplicate span {start}..{end} ({label}) was merged"));
                continue;
            }
            if !labels.iter().any(|l| l.name == label) {
                labels.push(Label {
                    name: label.clone(),
                    color: FALLBACK_COLOR.into(),
                    hotkey: None,
                    description: String::new(),
                });
            }
            let aid = doc.next_id;
            doc.next_id += 1;
            doc.annotations.insert(
                aid,
                Annotation {
                    id: aid,
                    span,
                    label,
                    note: String::new(),
                    attributes: BTreeMap::new(),
                    origin: Origin::Manual,
                    state: SpanState::Accepted,
                    rev: 0,
                },
            );
        }
        for t in d.tags {
            if !doc_labels.contains(&t) {
                doc_labels.push(t.clone());
            }
            doc.doc_labels.insert(t);
        }
        doc.status = if d.done {
            DocStatus::Done
        } else if doc.annotations.is_empty() {
            DocStatus::New
        } else {
            DocStatus::InProgress
        };
        docs.push(doc);
    }
    let mut settings =
        Settings { schema: LabelSchema { labels, doc_labels, ..defaults }, preferences: Preferences::default() };
    if let Some(t) = ws.threshold {
        if t.is_finite() {
            settings.preferences.score_threshold = t;
        } else {
            notes.push("the score threshold was not a number and was reset to the default".into());
        }
    }
    Ok(MigratedV1 { docs, settings, notes })
}

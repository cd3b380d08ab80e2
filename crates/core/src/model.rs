//! The annotation model: documents, label schemas, spans, relations, document labels.
//!
//! Invariants (enforced by the constructors here and by the commands in `edit`):
//! - Span offsets are code points with `start < end <= text.len_cp()` (an empty span is invalid).
//! - No two annotations of a document have the same span and the same label (overlap and nesting are fine).
//! - Every relation's `from` and `to` name annotations of the same document; removing an annotation
//!   removes its relations in the same command.
//! - Ids are per-document counters (`Document::next_id`), never reused, so no randomness is needed.
//! - `Annotation::rev` grows by one on every change of that annotation, so UI rows can be keyed by (id, rev).
//! - A status has one spelling wherever it is written as a word: [`DocStatus::as_str`].
//! - Every new label gets its colour and hotkey by one rule ([`LabelSchema::next_color`],
//!   [`LabelSchema::free_hotkey`]); a label added or renamed by name ([`LabelSchema::add_label`],
//!   [`LabelSchema::rename_label`]) never shares its name, ignoring case, with another label.

use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Identifier of an annotation or relation, unique within a document.
pub type Id = u64;

/// A half-open range of code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// Where an annotation came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    Manual,
    Extracted { engine: String, score: f32 },
}

impl Origin {
    pub fn score(&self) -> Option<f32> {
        match self {
            Origin::Manual => None,
            Origin::Extracted { score, .. } => Some(*score),
        }
    }

    /// The score a review threshold compares ("score ≥ t"): the extraction score, or 1.0 for an
    /// annotation without one (a manual suggestion counts as certain). The one place of this rule.
    pub fn score_or_one(&self) -> f32 {
        self.score().unwrap_or(1.0)
    }
}

/// Review state of an annotation. Manual spans are `Accepted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpanState {
    Suggested,
    Accepted,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: Id,
    pub span: Span,
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    pub origin: Origin,
    pub state: SpanState,
    #[serde(default)]
    pub rev: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    pub id: Id,
    pub from: Id,
    pub to: Id,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub name: String,
    /// `#rrggbb`.
    pub color: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotkey: Option<char>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSchema {
    pub labels: Vec<Label>,
    #[serde(default)]
    pub relation_types: Vec<String>,
    /// Labels that apply to a whole document.
    #[serde(default)]
    pub doc_labels: Vec<String>,
    /// Whether several document labels may be chosen at once.
    #[serde(default)]
    pub doc_labels_multi: bool,
    /// The project's annotation guidelines (plain text, shown as written; each label's own guidance is
    /// its `description`). Synced with the schema, exported and imported with it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guidelines: String,
}

/// Colours given to labels that arrive (with an imported file, an agreement source) without one.
pub const NEW_LABEL_COLORS: [&str; 8] =
    ["#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff", "#ffadad"];

/// Whether `c` is a CSS hex colour of the form `#rgb` or `#rrggbb` (the only colours a schema keeps).
pub fn is_hex_color(c: &str) -> bool {
    let Some(hex) = c.strip_prefix('#') else { return false };
    (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Why a label could not be added or renamed. The schema is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    #[error("the label name is empty")]
    Empty,
    /// Names are compared ignoring case: "drug" and "DRUG" would be two labels a person cannot tell apart.
    #[error("a label named {existing} already exists")]
    Duplicate { name: String, existing: String },
    #[error("there is no label named {0}")]
    Unknown(String),
}

/// The one rule for a new label's looks, whoever adds it (the palette's "New label" field, an imported
/// file, an agreement source): the next colour of [`NEW_LABEL_COLORS`] (by how many labels there are)
/// and the first letter a–z of its name that no label has as hotkey yet, else the first free letter
/// a–z, else none. Names are kept as given (trimmed), never re-cased: an imported label must match the
/// label its annotations carry, and a typed one is what the user typed.
impl LabelSchema {
    /// The colour the next new label gets.
    pub fn next_color(&self) -> &'static str {
        NEW_LABEL_COLORS[self.labels.len() % NEW_LABEL_COLORS.len()]
    }

    /// The hotkey a new label named `name` gets: its first letter (a–z, ignoring case) that no label
    /// uses yet, else the first free letter a–z, else none.
    pub fn free_hotkey(&self, name: &str) -> Option<char> {
        name.chars()
            .map(|c| c.to_ascii_lowercase())
            .chain('a'..='z')
            .find(|c| c.is_ascii_lowercase() && self.by_hotkey(*c).is_none())
    }

    /// The label whose name equals `name` ignoring case, except the one named exactly `except`.
    fn same_name(&self, name: &str, except: Option<&str>) -> Option<&Label> {
        let folded = name.to_lowercase();
        self.labels.iter().find(|l| Some(l.name.as_str()) != except && l.name.to_lowercase() == folded)
    }

    /// Adds a label the user named: trimmed, refused when empty or when a label of the same name
    /// (ignoring case) exists; it gets [`LabelSchema::next_color`] and [`LabelSchema::free_hotkey`].
    pub fn add_label(&mut self, name: &str) -> Result<&Label, LabelError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(LabelError::Empty);
        }
        if let Some(l) = self.same_name(name, None) {
            return Err(LabelError::Duplicate { name: name.to_owned(), existing: l.name.clone() });
        }
        let label = Label {
            name: name.to_owned(),
            color: self.next_color().to_owned(),
            hotkey: self.free_hotkey(name),
            description: String::new(),
        };
        self.labels.push(label);
        Ok(&self.labels[self.labels.len() - 1])
    }

    /// Renames label `old` to `new` (trimmed), keeping its colour, hotkey and description and its
    /// place. Refused when `new` is empty, when `old` does not exist, or when another label has the
    /// name `new` ignoring case (changing only the case of a name is fine). The annotations carrying
    /// `old` are the caller's to relabel (`edit::Command::RelabelAll`).
    pub fn rename_label(&mut self, old: &str, new: &str) -> Result<(), LabelError> {
        let new = new.trim();
        if new.is_empty() {
            return Err(LabelError::Empty);
        }
        if self.label(old).is_none() {
            return Err(LabelError::Unknown(old.to_owned()));
        }
        if let Some(l) = self.same_name(new, Some(old)) {
            return Err(LabelError::Duplicate { name: new.to_owned(), existing: l.name.clone() });
        }
        if let Some(l) = self.labels.iter_mut().find(|l| l.name == old) {
            l.name = new.to_owned();
        }
        Ok(())
    }

    /// Sets the guidance of `label` (its description), or with `None` the project's guidelines; the
    /// text is kept as written but for surrounding white space. Refused for a label that does not exist.
    pub fn set_guidance(&mut self, label: Option<&str>, text: &str) -> Result<(), LabelError> {
        let text = text.trim().to_owned();
        match label {
            None => self.guidelines = text,
            Some(name) => match self.labels.iter_mut().find(|l| l.name == name) {
                Some(l) => l.description = text,
                None => return Err(LabelError::Unknown(name.to_owned())),
            },
        }
        Ok(())
    }

    /// Whether there is any guidance to show: project guidelines or a label's description.
    pub fn has_guidance(&self) -> bool {
        !self.guidelines.is_empty() || self.labels.iter().any(|l| !l.description.is_empty())
    }

    /// Adds the labels named in `names` that the schema lacks, in order, then those of `from_file`'s
    /// own schema it lacks (names match exactly here: annotations already carry them). A label defined
    /// in `from_file` keeps its colour (when it is a valid hex colour), hotkey (when it is alphanumeric
    /// and no label has it yet) and description; the rest follows the one rule for new labels
    /// ([`LabelSchema::next_color`], [`LabelSchema::free_hotkey`]). Returns the names added.
    pub fn add_missing(&mut self, names: &[String], from_file: Option<&LabelSchema>) -> Vec<String> {
        let file_labels: Vec<String> =
            from_file.map(|f| f.labels.iter().map(|l| l.name.clone()).collect()).unwrap_or_default();
        // Guidelines arrive with a file's schema when this schema has none (they are never overwritten).
        if let Some(f) = from_file.filter(|f| self.guidelines.is_empty() && !f.guidelines.is_empty()) {
            self.guidelines = f.guidelines.clone();
        }
        let mut added = Vec::new();
        for name in names.iter().chain(&file_labels) {
            let name = name.trim();
            if name.is_empty() || self.label(name).is_some() {
                continue;
            }
            let palette = self.next_color();
            let mut l = from_file.and_then(|f| f.label(name).cloned()).unwrap_or_else(|| Label {
                name: name.to_owned(),
                color: String::new(),
                hotkey: None,
                description: String::new(),
            });
            l.name = name.to_owned();
            if !is_hex_color(&l.color) {
                l.color = palette.to_owned();
            }
            if l.hotkey.is_none_or(|k| !k.is_alphanumeric() || self.by_hotkey(k).is_some()) {
                l.hotkey = self.free_hotkey(name);
            }
            self.labels.push(l);
            added.push(name.to_owned());
        }
        added
    }

    pub fn label(&self, name: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.name == name)
    }
    pub fn by_hotkey(&self, key: char) -> Option<&Label> {
        let key = key.to_ascii_lowercase();
        self.labels.iter().find(|l| l.hotkey.map(|h| h.to_ascii_lowercase()) == Some(key))
    }
}

impl Default for LabelSchema {
    /// OntoNotes-style entity labels, with colours that keep dark text at ≥ 4.5:1 contrast.
    fn default() -> Self {
        let l = |name: &str, color: &str, key: char, description: &str| Label {
            name: name.into(),
            color: color.into(),
            hotkey: Some(key),
            description: description.into(),
        };
        LabelSchema {
            labels: vec![
                l("PERSON", "#ffb3ba", 'p', "People, including fictional"),
                l("ORG", "#bae1ff", 'o', "Companies, agencies, institutions"),
                l("GPE", "#baffc9", 'g', "Countries, cities, states"),
                l("LOC", "#d5f5b0", 'l', "Non-GPE locations: mountains, seas, regions"),
                l("NORP", "#ffdfba", 'n', "Nationalities, religious or political groups"),
                l("FAC", "#e0c3fc", 'f', "Buildings, airports, highways, bridges"),
                l("EVENT", "#fcd5ce", 'e', "Named events: wars, summits, storms"),
                l("DATE", "#fff5ba", 'd', "Absolute or relative dates or periods"),
                l("TIME", "#f1e3c7", 't', "Times smaller than a day"),
                l("MONEY", "#c7f0e3", 'm', "Monetary values"),
                l("PERCENT", "#dcdcf5", 'c', "Percentages"),
                l("QUANTITY", "#e8e8e8", 'q', "Measurements: weight, distance"),
                l("CARDINAL", "#f0e0f0", 'k', "Numerals that are not another type"),
                l("ORDINAL", "#e0f0f0", 'r', "first, second, 3rd"),
            ],
            relation_types: vec!["related_to".into(), "part_of".into(), "located_in".into(), "alias_of".into()],
            doc_labels: vec!["relevant".into(), "irrelevant".into(), "needs review".into()],
            doc_labels_multi: false,
            guidelines: String::new(),
        }
    }
}

/// Where a document stands. One spelling everywhere a status is written as a word — stored, exported,
/// in form values and URLs: [`DocStatus::as_str`] (`new`, `inprogress`, `done`, `skipped`, the words
/// stored and exported since the first version and in `schema/spandrel-document.schema.json`).
/// Reading ([`FromStr`](std::str::FromStr), serde) also takes the legacy spellings `in-progress`,
/// `in_progress` and `In progress`, ignoring case. [`DocStatus::name`] is the word a person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DocStatus {
    #[default]
    New,
    InProgress,
    Done,
    /// Set aside by the annotator (bulk "mark skipped"): not in the queue of documents to do.
    Skipped,
}

/// A word that names no [`DocStatus`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a document status: expected new, inprogress, done or skipped")]
pub struct UnknownStatus(pub String);

impl DocStatus {
    /// Every status, in workflow order.
    pub const ALL: [DocStatus; 4] = [DocStatus::New, DocStatus::InProgress, DocStatus::Done, DocStatus::Skipped];

    /// Whether the corpus queue (Done → next, Skip) still goes to a document of this status.
    pub fn is_to_do(self) -> bool {
        matches!(self, DocStatus::New | DocStatus::InProgress)
    }

    /// The one spelling: what is stored, exported and used as a form value.
    pub fn as_str(self) -> &'static str {
        match self {
            DocStatus::New => "new",
            DocStatus::InProgress => "inprogress",
            DocStatus::Done => "done",
            DocStatus::Skipped => "skipped",
        }
    }

    /// The status as a person reads it ("In progress").
    pub fn name(self) -> &'static str {
        match self {
            DocStatus::New => "New",
            DocStatus::InProgress => "In progress",
            DocStatus::Done => "Done",
            DocStatus::Skipped => "Skipped",
        }
    }
}

impl std::fmt::Display for DocStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DocStatus {
    type Err = UnknownStatus;

    /// [`DocStatus::as_str`]'s words and the legacy `in-progress`, `in_progress`, `In progress`, in
    /// any case, with surrounding whitespace ignored.
    fn from_str(s: &str) -> Result<Self, UnknownStatus> {
        let key: String = s.trim().chars().filter(|c| !matches!(c, '-' | '_' | ' ')).collect();
        DocStatus::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(&key))
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

impl Serialize for DocStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DocStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A document with its annotations. `annotations` and `relations` are keyed by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub text: Text,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub modified: i64,
    #[serde(default)]
    pub status: DocStatus,
    #[serde(with = "as_vec")]
    pub annotations: BTreeMap<Id, Annotation>,
    #[serde(default, with = "as_vec", skip_serializing_if = "BTreeMap::is_empty")]
    pub relations: BTreeMap<Id, Relation>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub doc_labels: BTreeSet<String>,
    pub next_id: Id,
    /// Where the document stands in the corpus: documents are ordered by `(seq, created, id)`, so
    /// documents added together keep the order they came in (0: added before corpus order existed).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seq: u64,
    /// How the file this document was imported from wrote it, so that export to the same format gives
    /// the file back in its own shape: field and control names, ids, span groups, fields and lines
    /// Spandrel does not model. Keys are `"<format>.<what>"`; per-annotation entries are objects keyed by
    /// the annotation id. Never needed to read the document; a stale entry (deleted annotation) is ignored.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source: BTreeMap<String, serde_json::Value>,
    /// The tokens the document came with (a CoNLL file's), as code point spans in text order, disjoint,
    /// on grapheme boundaries; empty when it came without. Token-based exports write exactly these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Span>,
    /// In a team project, the accounts this document is assigned to (written by the project's lead,
    /// see [`crate::assign`]); empty when it is assigned to no one in particular.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned: Vec<String>,
    /// The reading direction set for the whole document; `None` (the default): each paragraph reads
    /// in the direction of its first strong character ([`crate::bidi::paragraph_direction`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<crate::bidi::Direction>,
    /// A rich document's structure (blocks and marks over the text, and the file it came from:
    /// [`crate::rich`]); `None` for plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure: Option<crate::rich::Structure>,
}

impl Document {
    pub fn new(id: impl Into<String>, title: impl Into<String>, text: impl Into<Text>, now: i64) -> Self {
        Document {
            id: id.into(),
            title: title.into(),
            text: text.into(),
            created: now,
            modified: now,
            status: DocStatus::New,
            annotations: BTreeMap::new(),
            relations: BTreeMap::new(),
            doc_labels: BTreeSet::new(),
            next_id: 1,
            seq: 0,
            source: BTreeMap::new(),
            tokens: Vec::new(),
            assigned: Vec::new(),
            direction: None,
            structure: None,
        }
    }

    /// The covered text of a span, or `None` if the span is out of range.
    pub fn covered(&self, span: Span) -> Option<&str> {
        self.text.slice_cp(span.range()).ok()
    }

    /// Whether an annotation with this exact span and label exists (ignoring `except`).
    pub fn has_duplicate(&self, span: Span, label: &str, except: Option<Id>) -> bool {
        self.annotations.values().any(|a| Some(a.id) != except && a.span == span && a.label == label)
    }
}

/// Anything keyed by an `id` field, so maps can be stored as JSON arrays.
pub trait HasId {
    fn id(&self) -> Id;
}
impl HasId for Annotation {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Relation {
    fn id(&self) -> Id {
        self.id
    }
}

/// Serialises a `BTreeMap<Id, T>` as a JSON array of `T` (ordered by id).
pub mod as_vec {
    use super::{HasId, Id};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<T: Serialize, S: Serializer>(m: &BTreeMap<Id, T>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(m.values())
    }
    pub fn deserialize<'de, T: Deserialize<'de> + HasId, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<Id, T>, D::Error> {
        let v: Vec<T> = Vec::deserialize(d)?;
        let mut m = BTreeMap::new();
        for t in v {
            let id = t.id();
            if m.insert(id, t).is_some() {
                return Err(serde::de::Error::custom(format!("duplicate id {id}")));
            }
        }
        Ok(m)
    }
}

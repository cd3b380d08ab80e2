//! Import and export: Spandrel JSON, spaCy, doccano, Prodigy, Label Studio, brat, CoNLL-2003 and W3C Web
//! Annotation.
//!
//! Invariants:
//! - Every format states its offset unit; conversion happens only here at the edge, through [`Text`].
//!   Inside, offsets are code points, as everywhere in Spandrel.
//! - Import never panics on any bytes. It returns either a complete result or an [`ImportReport`] listing
//!   every problem with its place ("line 3", "record 2 entity 1 field start_offset", "file x.ann line 4").
//!   Nothing is imported partially unless [`ImportOptions::allow_partial`] asks for it.
//! - Imported documents and annotations get fresh ids: `id_prefix` + index, and `Document::next_id` counters.
//! - Export never shifts an offset: a span either comes back at the same code points or is reported lost
//!   by the format's documented lossiness (README-formats.md).
//! - Every imported span edge lies on an extended grapheme cluster boundary: [`finish`] refuses (or, with
//!   [`ImportOptions::snap_to_graphemes`], widens with a warning) an edge inside an emoji, flag or accent,
//!   for every format in one place.
//! - A document remembers in [`Document::source`] the names and shape its file used (field names, control
//!   names, ids, span groups, lines it cannot model), and export to that same format writes them back.

mod brat;
mod conll;
mod doccano;
mod labelstudio;
mod prodigy;
mod spacy;
mod spandrel;
mod tokens;
mod util;
mod w3c;

pub use conll::representable as conll_representable;

use crate::model::{Annotation, DocStatus, Document, Id, Label, LabelSchema, Origin, Relation, Span, SpanState};
use crate::text::{Text, Unit};
use crate::words::{WordBreaks, WordBreaksError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A file format Spandrel reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Spandrel's own versioned JSON (lossless).
    Spandrel,
    /// spaCy training data: `[[text, {"entities": [[s, e, L]]}], ...]`.
    Spacy,
    /// spaCy `Doc.to_json()`: `{"text", "ents", "spans", "tokens"}`.
    SpacyDoc,
    /// doccano sequence-labelling JSONL: `{"text", "label": [[s, e, L]]}`.
    Doccano,
    /// doccano relation JSONL: `{"text", "entities": [...], "relations": [...]}`.
    DoccanoRel,
    /// Prodigy JSONL: `{"text", "tokens": [...], "spans": [{start, end, label, token_start, token_end}], "answer"}`.
    Prodigy,
    /// Label Studio tasks JSON.
    LabelStudio,
    /// brat standoff: `.txt` + `.ann` pairs.
    Brat,
    /// CoNLL-2003 with IOB2 tags.
    Conll,
    /// W3C Web Annotation JSON-LD.
    W3c,
}

impl Format {
    pub const ALL: [Format; 10] = [
        Format::Spandrel,
        Format::Spacy,
        Format::SpacyDoc,
        Format::Doccano,
        Format::DoccanoRel,
        Format::Prodigy,
        Format::LabelStudio,
        Format::Brat,
        Format::Conll,
        Format::W3c,
    ];

    /// Parses a user-facing name ("spandrel", "spacy", "spacy-doc", "doccano", "doccano-rel",
    /// "prodigy", "labelstudio", "brat", "conll", "w3c"); case-insensitive, `-`/`_` optional.
    pub fn from_name(name: &str) -> Option<Format> {
        let n: String = name.chars().filter(|c| *c != '-' && *c != '_').flat_map(char::to_lowercase).collect();
        Some(match n.as_str() {
            "spandrel" | "json" => Format::Spandrel,
            "spacy" | "spacytrain" => Format::Spacy,
            "spacydoc" | "spacyjson" => Format::SpacyDoc,
            "doccano" => Format::Doccano,
            "doccanorel" | "doccanorelation" | "doccanorelations" => Format::DoccanoRel,
            "prodigy" => Format::Prodigy,
            "labelstudio" | "ls" => Format::LabelStudio,
            "brat" => Format::Brat,
            "conll" | "conll2003" | "iob" | "iob2" => Format::Conll,
            "w3c" | "webannotation" | "jsonld" => Format::W3c,
            _ => return None,
        })
    }

    /// The canonical name accepted by [`Format::from_name`].
    pub fn name(self) -> &'static str {
        match self {
            Format::Spandrel => "spandrel",
            Format::Spacy => "spacy",
            Format::SpacyDoc => "spacy-doc",
            Format::Doccano => "doccano",
            Format::DoccanoRel => "doccano-rel",
            Format::Prodigy => "prodigy",
            Format::LabelStudio => "labelstudio",
            Format::Brat => "brat",
            Format::Conll => "conll",
            Format::W3c => "w3c",
        }
    }

    /// File extension (without dot) of the main file. brat writes `.txt` + `.ann` pairs.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Spandrel | Format::Spacy | Format::SpacyDoc | Format::LabelStudio => "json",
            Format::Doccano | Format::DoccanoRel | Format::Prodigy => "jsonl",
            Format::Brat => "ann",
            Format::Conll => "conll",
            Format::W3c => "jsonld",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Spandrel | Format::Spacy | Format::SpacyDoc | Format::LabelStudio => "application/json",
            Format::Doccano | Format::DoccanoRel | Format::Prodigy => "application/jsonl",
            Format::Brat | Format::Conll => "text/plain",
            Format::W3c => "application/ld+json",
        }
    }

    /// The offset unit the format's files use when Spandrel writes them.
    pub fn unit(self) -> Unit {
        Unit::CodePoint
    }

    /// Whether export → import gives back every span, label, note, relation and state.
    pub fn is_lossless(self) -> bool {
        matches!(self, Format::Spandrel)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What to export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Also write annotations still in the `Suggested` state.
    pub include_suggestions: bool,
    /// Also write annotations in the `Rejected` state.
    pub include_rejected: bool,
    /// Word boundaries per document id, for the token-based formats (CoNLL, spacy-doc): in the browser,
    /// `Intl.Segmenter`'s. A document without an entry is segmented by [`crate::words::native`].
    pub word_breaks: BTreeMap<String, WordBreaks>,
}

impl ExportOptions {
    /// Everything, whatever its state.
    pub fn all() -> Self {
        ExportOptions { include_suggestions: true, include_rejected: true, ..Default::default() }
    }
    fn keeps(&self, state: SpanState) -> bool {
        match state {
            SpanState::Accepted => true,
            SpanState::Suggested => self.include_suggestions,
            SpanState::Rejected => self.include_rejected,
        }
    }
}

/// One written file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("document \"{doc}\": annotation {id} has offsets {start}..{end} outside the text")]
    BadSpan { doc: String, id: Id, start: usize, end: usize },
    #[error("{format} holds exactly one document per file set, and there are none to export")]
    Empty { format: Format },
    #[error("could not write JSON: {0}")]
    Json(String),
    #[error("document \"{doc}\": {source}")]
    Words { doc: String, source: WordBreaksError },
}

/// How to read files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// Force the offset unit instead of the format's own (or the detected) one.
    pub unit: Option<Unit>,
    /// Import the valid records and spans, and return the problems as warnings.
    pub allow_partial: bool,
    /// `created` / `modified` of imported documents (milliseconds since the epoch).
    pub now_ms: i64,
    /// Imported document `i` (0-based) gets id `format!("{id_prefix}{i}")`.
    pub id_prefix: String,
    /// brat: split a discontinuous annotation into one span per fragment (with a warning) instead of failing.
    pub split_discontinuous: bool,
    /// Longest line (JSONL, CoNLL, brat) accepted, in bytes: [`MAX_LINE_BYTES`] by default (the browser's
    /// limit); the command line sets `usize::MAX` (any line that fits in memory).
    pub max_line_bytes: usize,
    /// Widen a span edge that falls inside an extended grapheme cluster (an emoji sequence, a flag, a letter
    /// with combining accents) to the whole cluster, with a warning, instead of refusing the import.
    pub snap_to_graphemes: bool,
}

/// Default longest line: 8 MiB, the limit of the web app (a longer line is refused with this limit named).
pub const MAX_LINE_BYTES: usize = 8 << 20;

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            unit: None,
            allow_partial: false,
            now_ms: 0,
            id_prefix: "doc-".into(),
            split_discontinuous: false,
            max_line_bytes: MAX_LINE_BYTES,
            snap_to_graphemes: false,
        }
    }
}

/// One thing wrong with the input, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// "line 3", "record 2 entity 1 field start_offset", "file x.ann line 4".
    pub location: String,
    pub message: String,
}

impl Problem {
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { location: location.into(), message: message.into() }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.location.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.location, self.message)
        }
    }
}

/// What an import produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportResult {
    pub documents: Vec<Document>,
    /// Span labels absent from the workspace schema: those the spans use (in order of first use), then
    /// those the file's own schema defines (Spandrel JSON). Their colours and hotkeys are in
    /// [`ImportResult::schema`]; [`ImportResult::labels_to_add`] gives them as whole labels.
    pub new_labels: Vec<String>,
    /// Relation types absent from the schema.
    pub new_relation_types: Vec<String>,
    /// Document labels absent from the schema.
    pub new_doc_labels: Vec<String>,
    /// The schema stored in the file (Spandrel JSON only).
    pub schema: Option<LabelSchema>,
    /// Things worth knowing that did not stop the import (and, with `allow_partial`, the skipped parts).
    pub warnings: Vec<Problem>,
}

impl ImportResult {
    /// The labels to add to the workspace schema: each of [`ImportResult::new_labels`] with the colour,
    /// hotkey and description the file's schema gives it (validated on import), or else no colour (the
    /// caller picks one) and no hotkey.
    pub fn labels_to_add(&self) -> Vec<Label> {
        self.new_labels
            .iter()
            .map(|name| {
                self.schema.as_ref().and_then(|s| s.label(name).cloned()).unwrap_or_else(|| Label {
                    name: name.clone(),
                    color: String::new(),
                    hotkey: None,
                    description: String::new(),
                })
            })
            .collect()
    }
}

/// Why an import was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{} problem(s) in the input; first: {}", problems.len(), problems.first().map(|p| p.to_string()).unwrap_or_default())]
pub struct ImportReport {
    pub problems: Vec<Problem>,
    /// What would have been imported with `allow_partial` (boxed to keep `Result` small).
    pub valid_part: Option<Box<ImportResult>>,
}

/// Why a conversion failed: the input's problems, or the export's error.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConvertError {
    #[error("cannot import {format} input, {} problem(s):{}", .report.problems.len(), .report.problems.iter().map(|p| format!("\n  {p}")).collect::<String>())]
    Import { format: Format, report: ImportReport },
    #[error("{0}")]
    Export(#[from] ExportError),
}

/// A conversion: the exported files and the import's warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub files: Vec<ExportFile>,
    pub warnings: Vec<Problem>,
}

/// Converts `files` read as `from` to `to`: import, then the file's labels joined to a default schema as the app
/// would add them ([`LabelSchema::add_missing`]), then export. The one conversion of the CLI's `convert` and the
/// Python package's `convert`.
pub fn convert(
    from: Format,
    files: &[(String, Vec<u8>)],
    to: Format,
    import_opts: &ImportOptions,
    export_opts: &ExportOptions,
) -> Result<Converted, ConvertError> {
    let result = import(from, files, &LabelSchema::default(), import_opts)
        .map_err(|report| ConvertError::Import { format: from, report })?;
    let mut schema = result.schema.clone().unwrap_or_default();
    schema.add_missing(&result.new_labels, None);
    schema.relation_types.extend(result.new_relation_types.iter().cloned());
    schema.doc_labels.extend(result.new_doc_labels.iter().cloned());
    let files = export(to, &result.documents, &schema, export_opts)?;
    Ok(Converted { files, warnings: result.warnings })
}

/// Exports documents in `format`.
pub fn export(
    format: Format,
    docs: &[Document],
    schema: &LabelSchema,
    opts: &ExportOptions,
) -> Result<Vec<ExportFile>, ExportError> {
    for d in docs {
        for a in d.annotations.values() {
            if a.span.is_empty() || d.text.slice_cp(a.span.range()).is_err() {
                return Err(ExportError::BadSpan { doc: d.id.clone(), id: a.id, start: a.span.start, end: a.span.end });
            }
        }
    }
    match format {
        Format::Spandrel => spandrel::export(docs, schema, opts),
        Format::Spacy => spacy::export_train(docs, opts),
        Format::SpacyDoc => spacy::export_doc(docs, opts),
        Format::Doccano => doccano::export(docs, opts, false),
        Format::DoccanoRel => doccano::export(docs, opts, true),
        Format::Prodigy => prodigy::export(docs, opts),
        Format::LabelStudio => labelstudio::export(docs, opts),
        Format::Brat => brat::export(docs, opts),
        Format::Conll => conll::export(docs, opts),
        Format::W3c => w3c::export(docs, opts),
    }
}

/// Imports `files` (name, bytes) written in `format`.
pub fn import(
    format: Format,
    files: &[(String, Vec<u8>)],
    schema: &LabelSchema,
    opts: &ImportOptions,
) -> Result<ImportResult, ImportReport> {
    let mut sink = Sink::default();
    if files.is_empty() {
        sink.problem(Problem::new("", "no input files"));
    }
    match format {
        Format::Brat => brat::import(files, opts, &mut sink),
        Format::W3c => w3c::import(files, opts, &mut sink),
        _ => {
            let many = files.len() > 1;
            for (name, bytes) in files {
                let prefix = if many { format!("file {name} ") } else { String::new() };
                match format {
                    Format::Spandrel => spandrel::import(bytes, &prefix, &mut sink),
                    Format::Spacy | Format::SpacyDoc => spacy::import(bytes, &prefix, opts, &mut sink),
                    Format::Doccano | Format::DoccanoRel => doccano::import(bytes, &prefix, opts, &mut sink),
                    Format::Prodigy => prodigy::import(bytes, &prefix, opts, &mut sink),
                    Format::LabelStudio => labelstudio::import(bytes, &prefix, &mut sink),
                    Format::Conll => conll::import(bytes, &prefix, opts, &mut sink),
                    Format::Brat | Format::W3c => {}
                }
            }
        }
    }
    finish(sink, schema, opts)
}

/// Guesses the format of a file from its name and first bytes.
pub fn detect_format(name: &str, bytes: &[u8]) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "ann" => return Some(Format::Brat),
        "conll" | "iob" | "iob2" | "bio" | "conll03" => return Some(Format::Conll),
        "jsonld" => return Some(Format::W3c),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(1 << 20)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(head);
    let text = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    let t = text.trim_start();
    if t.starts_with("-DOCSTART-") {
        return Some(Format::Conll);
    }
    if ext == "jsonl"
        || (t.starts_with('{')
            && first_line_is_object(t)
            && t.lines().filter(|l| !l.trim().is_empty()).nth(1).is_some_and(|l| l.trim_start().starts_with('{')))
    {
        let first = t.lines().next().unwrap_or("");
        return Some(sniff_jsonl_line(first));
    }
    if t.starts_with('{') {
        // Look at the keys near the start without parsing the whole file.
        let window = &t[..t.floor_char_boundary(4096)];
        if window.contains("\"@context\"") || window.contains("\"Annotation") {
            return Some(Format::W3c);
        }
        if window.contains("\"format\"") && window.contains("\"spandrel\"") {
            return Some(Format::Spandrel);
        }
        // One Label Studio task object (as its task API and single-task exports give it).
        if window.contains("\"data\"")
            && ["\"annotations\"", "\"predictions\"", "\"completions\""].iter().any(|k| window.contains(k))
        {
            return Some(Format::LabelStudio);
        }
        // One record on one line (a one-line JSONL file named .json); an object without a text is
        // no annotation record at all.
        if first_line_is_object(t) && window.contains("\"text\"") {
            return Some(sniff_jsonl_line(t.lines().next().unwrap_or("")));
        }
        if window.contains("\"ents\"") || window.contains("\"tokens\"") {
            return Some(Format::SpacyDoc);
        }
        if window.contains("\"entities\"") || window.contains("\"label\"") {
            return Some(sniff_jsonl_line(t.lines().next().unwrap_or("")));
        }
        return None;
    }
    if let Some(rest) = t.strip_prefix('[') {
        let rest = rest.trim_start();
        if rest.starts_with('[') {
            return Some(Format::Spacy);
        }
        let window = &rest[..rest.floor_char_boundary(4096)];
        if window.contains("\"data\"") {
            return Some(Format::LabelStudio);
        }
        if window.contains("\"@context\"") || window.contains("\"TextualBody\"") {
            return Some(Format::W3c);
        }
        if window.contains("\"ents\"") {
            return Some(Format::SpacyDoc);
        }
        return None;
    }
    if ext == "txt" {
        return Some(Format::Brat);
    }
    // Token-per-line with a tag column.
    let tagged = t.lines().take(20).filter(|l| !l.trim().is_empty()).all(|l| {
        let last = l.split_whitespace().last().unwrap_or("");
        l.split_whitespace().count() >= 2 && (last == "O" || last.starts_with("B-") || last.starts_with("I-"))
    });
    if tagged && !t.is_empty() {
        return Some(Format::Conll);
    }
    None
}

fn first_line_is_object(t: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(t.lines().next().unwrap_or("")).is_ok_and(|v| v.is_object())
}

/// Tells the JSON Lines dialects apart by the first record's fields: spaCy `Doc` objects (`ents`, or
/// `cats` as an object: textcat data), Prodigy tasks (`_input_hash`, `_task_hash`, `answer`, a `spans`
/// list with `tokens`; spaCy's `spans` is an object of groups), doccano with relations, and doccano.
fn sniff_jsonl_line(line: &str) -> Format {
    let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    let has = |k: &str| v.get(k).is_some();
    if has("ents") || v.get("cats").is_some_and(serde_json::Value::is_object) {
        Format::SpacyDoc
    } else if has("_input_hash")
        || has("_task_hash")
        || has("answer")
        || (v.get("spans").is_some_and(serde_json::Value::is_array) && has("tokens"))
        // Older Prodigy recipes: `"spans": [[start, end, label], ...]`.
        || v.get("spans").and_then(|s| s.get(0)).is_some_and(serde_json::Value::is_array)
    {
        Format::Prodigy
    } else if has("relations") || v.get("entities").and_then(|e| e.get(0)).is_some_and(serde_json::Value::is_object) {
        Format::DoccanoRel
    } else if v.is_null() {
        // Not one JSON object per line: fall back on words.
        if line.contains("\"ents\"") {
            Format::SpacyDoc
        } else if line.contains("\"entities\"") || line.contains("\"relations\"") {
            Format::DoccanoRel
        } else {
            Format::Doccano
        }
    } else {
        Format::Doccano
    }
}

// ---------------------------------------------------------------------------------------------------------
// Shared import machinery: parsers produce `RawDoc`s; `finish` converts units, validates and builds documents.

/// How a raw document's offsets are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitRule {
    Fixed(Unit),
    /// Code points or UTF-16, whichever makes the quotes match (doccano, Label Studio).
    Detect,
}

#[derive(Debug, Clone)]
pub(crate) struct RawSpan {
    /// Id used by relations and notes in the file.
    pub key: Option<String>,
    pub start: usize,
    pub end: usize,
    /// Covered text as the file states it, checked against the text.
    pub quote: Option<String>,
    pub label: String,
    pub note: String,
    pub attributes: BTreeMap<String, String>,
    pub state: SpanState,
    pub origin: Origin,
    pub loc: String,
    /// Per-annotation entries for [`Document::source`] (`"<format>.<what>"` → value).
    pub source: BTreeMap<String, serde_json::Value>,
}

impl RawSpan {
    pub fn new(loc: String, start: usize, end: usize, label: String) -> Self {
        RawSpan {
            key: None,
            start,
            end,
            quote: None,
            label,
            note: String::new(),
            attributes: BTreeMap::new(),
            state: SpanState::Accepted,
            origin: Origin::Manual,
            loc,
            source: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct RawRel {
    pub from: String,
    pub to: String,
    pub kind: String,
    pub loc: String,
    /// Per-relation entries for [`Document::source`], keyed there by the relation id.
    pub source: BTreeMap<String, serde_json::Value>,
}

impl RawRel {
    pub fn new(from: String, to: String, kind: String, loc: String) -> Self {
        RawRel { from, to, kind, loc, source: BTreeMap::new() }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct RawDoc {
    pub loc: String,
    pub title: String,
    pub text: String,
    pub unit: UnitRule,
    pub spans: Vec<RawSpan>,
    pub relations: Vec<RawRel>,
    pub doc_labels: Vec<String>,
    pub status: DocStatus,
    pub created: Option<i64>,
    pub modified: Option<i64>,
    /// Document-level entries for [`Document::source`].
    pub source: BTreeMap<String, serde_json::Value>,
    /// Tokens of the file as code point spans, kept with the document so that a token-based export
    /// writes them again.
    pub tokens: Vec<Span>,
    /// A rich document's structure, already checked against the text (`crate::rich::Structure::check`).
    pub structure: Option<crate::rich::Structure>,
}

impl RawDoc {
    pub fn new(loc: String, title: String, text: String, unit: UnitRule) -> Self {
        RawDoc {
            loc,
            title,
            text,
            unit,
            spans: Vec::new(),
            relations: Vec::new(),
            doc_labels: Vec::new(),
            status: DocStatus::New,
            created: None,
            modified: None,
            source: BTreeMap::new(),
            tokens: Vec::new(),
            structure: None,
        }
    }
}

#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub docs: Vec<RawDoc>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    pub schema: Option<LabelSchema>,
}

impl Sink {
    pub fn problem(&mut self, p: Problem) {
        self.problems.push(p);
    }
    pub fn warn(&mut self, p: Problem) {
        self.warnings.push(p);
    }
}

fn push_new(list: &mut Vec<String>, known: bool, name: &str) {
    if !known && !list.iter().any(|l| l == name) {
        list.push(name.to_owned());
    }
}

/// Scores a unit for a raw document: (quotes matching, spans convertible, span edges on word boundaries).
fn unit_score(text: &Text, spans: &[RawSpan], unit: Unit) -> (usize, usize, usize) {
    let (mut quotes, mut valid, mut aligned) = (0, 0, 0);
    for s in spans {
        let Ok(r) = text.range_to_cp(s.start..s.end, unit) else { continue };
        if r.is_empty() {
            continue;
        }
        valid += 1;
        let covered = text.slice_cp(r.clone()).unwrap_or("");
        if s.quote.as_deref() == Some(covered) {
            quotes += 1;
        }
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let start_ok = r.start == 0 || !(word(text.char_at(r.start - 1)) && word(text.char_at(r.start)));
        let end_ok = !(word(text.char_at(r.end - 1)) && word(text.char_at(r.end)));
        aligned += usize::from(start_ok) + usize::from(end_ok);
    }
    (quotes, valid, aligned)
}

fn choose_unit(text: &Text, raw: &RawDoc, opts: &ImportOptions, warnings: &mut Vec<Problem>) -> Unit {
    if let Some(u) = opts.unit {
        return u;
    }
    match raw.unit {
        UnitRule::Fixed(u) => u,
        UnitRule::Detect => {
            if text.len_cp() == text.len_utf16() || raw.spans.is_empty() {
                return Unit::CodePoint;
            }
            let cp = unit_score(text, &raw.spans, Unit::CodePoint);
            let u16 = unit_score(text, &raw.spans, Unit::Utf16);
            // Quotes decide when the file has them; word alignment only breaks ties without quotes.
            let has_quotes = raw.spans.iter().any(|s| s.quote.is_some());
            let better = if has_quotes { (u16.0, u16.1) > (cp.0, cp.1) } else { (u16.1, u16.2) > (cp.1, cp.2) };
            if better {
                warnings.push(Problem::new(
                    raw.loc.clone(),
                    "offsets read as UTF-16 code units (browser counting): they fit the text better than code points",
                ));
                Unit::Utf16
            } else {
                Unit::CodePoint
            }
        }
    }
}

/// Records per-annotation (or per-relation) source entries under the new id.
fn add_source(doc: &mut BTreeMap<String, serde_json::Value>, entries: BTreeMap<String, serde_json::Value>, id: Id) {
    for (k, v) in entries {
        let slot = doc.entry(k).or_insert_with(|| serde_json::Value::Object(Default::default()));
        if let serde_json::Value::Object(m) = slot {
            m.insert(id.to_string(), v);
        }
    }
}

/// Checks that both edges of `r` (code points) lie between extended grapheme clusters; with
/// `snap_to_graphemes` a split cluster is taken whole (with a warning), else the message says which
/// edge, at which offset, splits which characters.
fn grapheme_edges(
    text: &Text,
    r: std::ops::Range<usize>,
    s: &RawSpan,
    unit: Unit,
    opts: &ImportOptions,
    warnings: &mut Vec<Problem>,
) -> Result<std::ops::Range<usize>, Problem> {
    let inside = |cp: usize| !text.is_grapheme_boundary(cp).unwrap_or(true);
    if !inside(r.start) && !inside(r.end) {
        return Ok(r);
    }
    let start = text.grapheme_floor(r.start).unwrap_or(r.start);
    let end = text.grapheme_ceil(r.end).unwrap_or(r.end);
    let (edge, at, given) = if inside(r.start) { ("start", r.start, s.start) } else { ("end", r.end, s.end) };
    let cluster_at = if edge == "start" {
        start..text.grapheme_ceil(at).unwrap_or(at)
    } else {
        text.grapheme_floor(at).unwrap_or(at)..end
    };
    let cluster = text.slice_cp(cluster_at.clone()).unwrap_or("");
    if opts.snap_to_graphemes {
        warnings.push(Problem::new(
            s.loc.clone(),
            format!(
                "span {}..{} ({unit}) split the character {cluster:?}; widened to {start}..{end} (code points)",
                s.start, s.end
            ),
        ));
        return Ok(start..end);
    }
    Err(Problem::new(
        s.loc.clone(),
        format!(
            "span {}..{} ({unit}): its {edge} offset {given} falls inside the character {cluster:?} \
         (code points {}..{}); a span edge must lie between whole characters (import with snapping to \
         widen it to {start}..{end})",
            s.start, s.end, cluster_at.start, cluster_at.end
        ),
    ))
}

fn finish(sink: Sink, schema: &LabelSchema, opts: &ImportOptions) -> Result<ImportResult, ImportReport> {
    let Sink { docs, mut problems, mut warnings, schema: file_schema } = sink;
    let mut out = ImportResult { schema: file_schema.clone(), ..Default::default() };
    // A label the file's own schema defines is still new to the workspace: it must be added, with its colour.
    let label_known = |l: &str| schema.label(l).is_some();
    let rel_known = |r: &str| {
        schema.relation_types.iter().any(|x| x == r)
            || file_schema.as_ref().is_some_and(|s| s.relation_types.iter().any(|x| x == r))
    };
    let doc_label_known = |r: &str| {
        schema.doc_labels.iter().any(|x| x == r)
            || file_schema.as_ref().is_some_and(|s| s.doc_labels.iter().any(|x| x == r))
    };
    for raw in docs {
        let text = Text::new(raw.text.clone());
        let unit = choose_unit(&text, &raw, opts, &mut warnings);
        let idx = out.documents.len();
        let now = opts.now_ms;
        let mut doc = Document::new(format!("{}{}", opts.id_prefix, idx), raw.title.clone(), text, now);
        doc.created = raw.created.unwrap_or(now);
        doc.modified = raw.modified.unwrap_or(doc.created);
        doc.status = raw.status;
        doc.source = raw.source;
        let mut keys: HashMap<String, Id> = HashMap::new();
        let mut seen: HashSet<(Span, String)> = HashSet::new();
        let mut dropped_keys: BTreeSet<String> = BTreeSet::new();
        for s in raw.spans {
            let r = match doc.text.range_to_cp(s.start..s.end, unit) {
                Ok(r) => r,
                Err(e) => {
                    problems.push(Problem::new(s.loc, format!("offsets {}..{} ({unit}): {e}", s.start, s.end)));
                    if let Some(k) = s.key {
                        dropped_keys.insert(k);
                    }
                    continue;
                }
            };
            let r = match grapheme_edges(&doc.text, r, &s, unit, opts, &mut warnings) {
                Ok(r) => r,
                Err(problem) => {
                    problems.push(problem);
                    if let Some(k) = s.key {
                        dropped_keys.insert(k);
                    }
                    continue;
                }
            };
            let span = Span::new(r.start, r.end);
            let mut bad = None;
            if span.is_empty() {
                bad = Some(format!("span {}..{} is empty", s.start, s.end));
            } else if s.label.trim().is_empty() {
                bad = Some("label is empty".to_owned());
            } else if let Some(q) = &s.quote {
                let covered = doc.covered(span).unwrap_or("");
                if covered != q {
                    bad = Some(format!(
                        "quoted text {:?} does not match the text at {}..{} ({unit}), which is {:?}",
                        util::clip(q),
                        s.start,
                        s.end,
                        util::clip(covered)
                    ));
                }
            }
            if bad.is_none() && !seen.insert((span, s.label.clone())) {
                bad = Some(format!(
                    "duplicate: the same span {}..{} with label {:?} appears twice",
                    s.start, s.end, s.label
                ));
            }
            if let Some(msg) = bad {
                problems.push(Problem::new(s.loc, msg));
                if let Some(k) = s.key {
                    dropped_keys.insert(k);
                }
                continue;
            }
            push_new(&mut out.new_labels, label_known(&s.label), &s.label);
            let id = doc.next_id;
            doc.next_id += 1;
            if let Some(k) = s.key {
                if keys.insert(k.clone(), id).is_some() {
                    problems.push(Problem::new(
                        s.loc.clone(),
                        format!("id {k:?} is used by two annotations, so relations to it are ambiguous"),
                    ));
                }
            }
            add_source(&mut doc.source, s.source, id);
            doc.annotations.insert(
                id,
                Annotation {
                    id,
                    span,
                    label: s.label,
                    note: s.note,
                    attributes: s.attributes,
                    origin: s.origin,
                    state: s.state,
                    rev: 0,
                },
            );
        }
        for r in raw.relations {
            let lookup = |k: &str| keys.get(k).copied();
            match (lookup(&r.from), lookup(&r.to)) {
                (Some(from), Some(to)) => {
                    if r.kind.trim().is_empty() {
                        problems.push(Problem::new(r.loc, "relation type is empty"));
                        continue;
                    }
                    push_new(&mut out.new_relation_types, rel_known(&r.kind), &r.kind);
                    let id = doc.next_id;
                    doc.next_id += 1;
                    add_source(&mut doc.source, r.source, id);
                    doc.relations.insert(id, Relation { id, from, to, kind: r.kind });
                }
                (from, _) => {
                    let missing = if from.is_none() { &r.from } else { &r.to };
                    let why =
                        if dropped_keys.contains(missing) { "which was not imported" } else { "which does not exist" };
                    problems.push(Problem::new(r.loc, format!("relation refers to annotation {missing:?}, {why}")));
                }
            }
        }
        for l in raw.doc_labels {
            push_new(&mut out.new_doc_labels, doc_label_known(&l), &l);
            doc.doc_labels.insert(l);
        }
        doc.structure = raw.structure;
        match tokens::check(&doc.text, &raw.tokens) {
            Ok(()) => doc.tokens = raw.tokens,
            // The text and spans are fine without them: export then tokenises afresh.
            Err(e) => warnings.push(Problem::new(format!("{} field tokens", raw.loc), format!("{e}; tokens not kept"))),
        }
        out.documents.push(doc);
    }
    // Labels the file's schema defines and the workspace lacks join it too, even when no span uses them.
    if let Some(fs) = &file_schema {
        for l in &fs.labels {
            push_new(&mut out.new_labels, label_known(&l.name), &l.name);
        }
    }
    // Report in reading order: "line 9" before "line 10", each file together.
    crate::sort::sort_by(&mut problems, |a, b| util::natural_cmp(&a.location, &b.location));
    if problems.is_empty() {
        out.warnings = warnings;
        Ok(out)
    } else if opts.allow_partial {
        problems.extend(warnings);
        out.warnings = problems;
        Ok(out)
    } else {
        out.warnings = warnings;
        Err(ImportReport { problems, valid_part: Some(Box::new(out)) })
    }
}

// ---------------------------------------------------------------------------------------------------------
// Shared export helpers.

/// The annotations of `doc` that `opts` keeps, by id.
pub(crate) fn kept<'a>(doc: &'a Document, opts: &ExportOptions) -> Vec<&'a Annotation> {
    doc.annotations.values().filter(|a| opts.keeps(a.state)).collect()
}

/// The relations whose both ends are kept.
pub(crate) fn kept_relations<'a>(doc: &'a Document, opts: &ExportOptions) -> Vec<&'a Relation> {
    let ok = |id: &Id| doc.annotations.get(id).is_some_and(|a| opts.keeps(a.state));
    doc.relations.values().filter(|r| ok(&r.from) && ok(&r.to)).collect()
}

/// The non-overlapping subset used where spans cannot overlap (spaCy `ents`, CoNLL):
/// sorted by start, then longest first; a span is kept when it starts at or after the end of the last kept one.
pub(crate) fn non_overlapping<'a>(anns: &[&'a Annotation]) -> (Vec<&'a Annotation>, Vec<&'a Annotation>) {
    let mut sorted: Vec<&Annotation> = anns.to_vec();
    crate::sort::sort_by(&mut sorted, |a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
            .then(a.label.cmp(&b.label))
            .then(a.id.cmp(&b.id))
    });
    let (mut keep, mut rest) = (Vec::new(), Vec::new());
    let mut last_end = 0;
    for a in sorted {
        if keep.is_empty() || a.span.start >= last_end {
            last_end = a.span.end;
            keep.push(a);
        } else {
            rest.push(a);
        }
    }
    (keep, rest)
}

pub(crate) fn to_json<T: Serialize>(v: &T) -> Result<String, ExportError> {
    serde_json::to_string_pretty(v).map_err(|e| ExportError::Json(e.to_string()))
}

pub(crate) fn to_json_line<T: Serialize>(v: &T) -> Result<String, ExportError> {
    serde_json::to_string(v).map_err(|e| ExportError::Json(e.to_string()))
}

/// A file-system friendly, unique stem for each document (title, else id): letters, digits, `-`, `_` and
/// `.` are kept, anything else (path separators, spaces) becomes `_`.
pub(crate) fn stems(docs: &[Document]) -> Vec<String> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            let base = if d.title.trim().is_empty() { d.id.as_str() } else { d.title.as_str() };
            let mut s: String = base
                .chars()
                .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
                .take(80)
                .collect();
            // Dots stay (corpus names such as `esp.train-doc-29`), but never a hidden or `..` name.
            while s.starts_with('.') {
                s.replace_range(0..1, "_");
            }
            if s.trim_matches(|c| c == '_' || c == '.').is_empty() {
                s = format!("doc{}", i + 1);
            }
            let mut cand = s.clone();
            let mut n = 2;
            while !seen.insert(cand.clone()) {
                cand = format!("{s}-{n}");
                n += 1;
            }
            cand
        })
        .collect()
}

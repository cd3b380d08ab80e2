//! Share by link: a whole annotated document travels in the URL fragment, with no server.
//!
//! Invariants:
//! - A link is `base64url-no-pad( VERSION byte ++ zlib(best compression, payload) )`; the zlib Adler-32
//!   checksum makes a cut or altered link fail with a typed [`ShareError`] instead of a silently wrong document.
//! - Rejected spans are never shared; suggested spans only when [`ShareOptions::include_suggestions`] is set.
//!   Only labels actually used by a shared span travel, each with its `#rrggbb` colour.
//! - [`decode_share`] never panics and never trusts the link: sizes are capped ([`MAX_PAYLOAD_BYTES`]), every
//!   span is checked against the text through [`Text`], every relation must name shared spans, and the result
//!   satisfies the model invariants (non-empty in-range spans, no duplicate span+label, valid relations).
//! - Everything decoded is plain data (strings, numbers); this module never produces HTML.
//!
//! Payload v1 (after inflating), integers are unsigned LEB128 varints, strings are `len ++ UTF-8`:
//! `status:u8, title:str, text:str, labels:n×(name:str, rgb:3 bytes),
//!  spans:n×(start-delta, len, label-index, flags:u8, [note:str], [attrs:n×(k:str,v:str)], [engine:str, score:f32le]),
//!  relation-kinds:n×str, relations:n×(from-span, to-span, kind-index), doc-labels:n×str
//!  [, structure:str]`: a rich document's structure (JSON of [`crate::rich::Structure`]) only when it has one;
//!  links without it (plain text, and every link made before rich documents) end after the document labels.
//! Spans are sorted by (start, end, label); `start-delta` is relative to the previous span's start.

use crate::model::{Annotation, DocStatus, Document, Id, Label, LabelSchema, Origin, Relation, Span, SpanState};
use crate::text::Text;
use base64::Engine as _;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Format version carried as the first decoded byte of every link.
pub const VERSION: u8 = 1;
/// Links up to this many characters paste safely into chat apps and e-mail.
pub const SAFE_LINK_LEN_CHAT: usize = 32_000;
/// Browsers (Chromium's limit) refuse URLs longer than this.
pub const MAX_LINK_LEN_BROWSER: usize = 2_000_000;
/// The inflated payload may not exceed this many bytes (stops "zip bombs").
pub const MAX_PAYLOAD_BYTES: usize = 8 * 1024 * 1024;
/// Colour given to a shared label whose schema entry is missing or whose colour is not `#rrggbb`.
pub const FALLBACK_COLOR: &str = "#e8e8e8";

const FLAG_SUGGESTED: u8 = 1;
const FLAG_NOTE: u8 = 2;
const FLAG_ATTRS: u8 = 4;
const FLAG_EXTRACTED: u8 = 8;
const KNOWN_FLAGS: u8 = FLAG_SUGGESTED | FLAG_NOTE | FLAG_ATTRS | FLAG_EXTRACTED;

/// What to put in a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShareOptions {
    /// Also share spans still in the `Suggested` state (rejected spans are never shared).
    pub include_suggestions: bool,
}

/// Why a link could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the link carries no document (the part after '#' is empty)")]
    Empty,
    #[error("the link is damaged: character {pos} after '#' is not allowed in a share link")]
    BadBase64 { pos: usize },
    #[error("this link was made by a newer or unknown version of Spandrel (format {0}); update the app")]
    UnsupportedVersion(u8),
    #[error("the link is cut short; copy the whole link again")]
    Truncated,
    #[error("this is not a Spandrel share link: it does not start as one does (damaged, or from another tool)")]
    NotALink,
    #[error("the link is damaged and cannot be unpacked: {0}")]
    Decompress(String),
    #[error("the shared document is larger than {limit} bytes once unpacked, which Spandrel refuses")]
    TooLarge { limit: usize },
    #[error("the link is damaged: field '{0}' is invalid")]
    Malformed(String),
    #[error("the link is damaged: span #{index} is invalid ({reason})")]
    InvalidSpan { index: usize, reason: String },
    #[error("the link is damaged: relation #{index} is invalid ({reason})")]
    InvalidRelation { index: usize, reason: String },
    #[error("annotation {id} cannot be shared: {reason}")]
    BadAnnotation { id: Id, reason: String },
}

/// A document read back from a link.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedDoc {
    /// Fresh document: id `shared-<now_ms>`, created/modified `now_ms`, annotation ids 1.. in span order,
    /// relation ids after them.
    pub doc: Document,
    /// The labels the shared spans use, with their colours (no hotkeys or descriptions travel).
    pub schema_labels: Vec<Label>,
    /// The relation types the shared relations use.
    pub relation_types: Vec<String>,
}

impl SharedDoc {
    /// A label schema able to display this document: its labels, relation types and document labels.
    pub fn schema(&self) -> LabelSchema {
        LabelSchema {
            labels: self.schema_labels.clone(),
            relation_types: self.relation_types.clone(),
            doc_labels: self.doc.doc_labels.iter().cloned().collect(),
            doc_labels_multi: self.doc.doc_labels.len() > 1,
            guidelines: String::new(),
        }
    }
}

/// How well a link of a given length will travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAdvice {
    Ok,
    LongForChat,
    TooLongForBrowser,
}

impl LinkAdvice {
    /// A sentence to show next to the "copy link" button.
    pub fn message(&self) -> &'static str {
        match self {
            LinkAdvice::Ok => "This link can be pasted anywhere.",
            LinkAdvice::LongForChat => {
                "This link is long: chat apps and e-mail may cut it. Prefer sending it as a file, or share without suggestions."
            }
            LinkAdvice::TooLongForBrowser => {
                "This document is too large for a link: browsers refuse it. Export it as a file instead."
            }
        }
    }
}

impl std::fmt::Display for LinkAdvice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Advice for a link (or fragment) of `len` characters.
pub fn link_advice(len: usize) -> LinkAdvice {
    if len <= SAFE_LINK_LEN_CHAT {
        LinkAdvice::Ok
    } else if len <= MAX_LINK_LEN_BROWSER {
        LinkAdvice::LongForChat
    } else {
        LinkAdvice::TooLongForBrowser
    }
}

// ---------------------------------------------------------------- encoding

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// `#rrggbb` → three bytes, or `None` if the colour has another form.
fn parse_rgb(c: &str) -> Option<[u8; 3]> {
    let hex = c.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn status_code(s: DocStatus) -> u8 {
    match s {
        DocStatus::New => 0,
        DocStatus::InProgress => 1,
        DocStatus::Done => 2,
        DocStatus::Skipped => 3,
    }
}

/// Packs `doc` into a link fragment (without the leading `#`).
pub fn encode_share(doc: &Document, schema: &LabelSchema, opts: &ShareOptions) -> Result<String, ShareError> {
    let text = &doc.text;
    // Shared annotations, validated and sorted by (start, end, label, id).
    let mut shared: Vec<&Annotation> = Vec::new();
    for a in doc.annotations.values() {
        let keep = match a.state {
            SpanState::Accepted => true,
            SpanState::Suggested => opts.include_suggestions,
            SpanState::Rejected => false,
        };
        if !keep {
            continue;
        }
        if a.span.is_empty() || a.span.end > text.len_cp() {
            return Err(ShareError::BadAnnotation {
                id: a.id,
                reason: format!(
                    "span {}..{} does not fit the text ({} characters)",
                    a.span.start,
                    a.span.end,
                    text.len_cp()
                ),
            });
        }
        if a.label.is_empty() {
            return Err(ShareError::BadAnnotation { id: a.id, reason: "its label is empty".into() });
        }
        shared.push(a);
    }
    crate::sort::sort_by(&mut shared, |x, y| (x.span, &x.label, x.id).cmp(&(y.span, &y.label, y.id)));
    // Model invariant: no duplicate span+label. Keep the first one should a document break it.
    shared.dedup_by(|y, x| x.span == y.span && x.label == y.label);

    let mut label_index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut labels: Vec<&str> = Vec::new();
    for a in &shared {
        if !label_index.contains_key(a.label.as_str()) {
            label_index.insert(a.label.as_str(), labels.len());
            labels.push(a.label.as_str());
        }
    }
    let span_index: BTreeMap<Id, usize> = shared.iter().enumerate().map(|(i, a)| (a.id, i)).collect();

    let mut out = Vec::with_capacity(text.len_utf8() + 16 * shared.len() + 64);
    out.push(status_code(doc.status));
    put_str(&mut out, &doc.title);
    put_str(&mut out, text.as_str());

    put_varint(&mut out, labels.len() as u64);
    let fallback = parse_rgb(FALLBACK_COLOR).unwrap_or([0xe8, 0xe8, 0xe8]);
    for name in &labels {
        put_str(&mut out, name);
        let rgb = schema.label(name).and_then(|l| parse_rgb(&l.color)).unwrap_or(fallback);
        out.extend_from_slice(&rgb);
    }

    put_varint(&mut out, shared.len() as u64);
    let mut prev_start = 0usize;
    for a in &shared {
        put_varint(&mut out, (a.span.start - prev_start) as u64);
        prev_start = a.span.start;
        put_varint(&mut out, a.span.len() as u64);
        put_varint(&mut out, label_index[a.label.as_str()] as u64);
        let mut flags = 0u8;
        if a.state == SpanState::Suggested {
            flags |= FLAG_SUGGESTED;
        }
        if !a.note.is_empty() {
            flags |= FLAG_NOTE;
        }
        if !a.attributes.is_empty() {
            flags |= FLAG_ATTRS;
        }
        if matches!(a.origin, Origin::Extracted { .. }) {
            flags |= FLAG_EXTRACTED;
        }
        out.push(flags);
        if !a.note.is_empty() {
            put_str(&mut out, &a.note);
        }
        if !a.attributes.is_empty() {
            put_varint(&mut out, a.attributes.len() as u64);
            for (k, v) in &a.attributes {
                put_str(&mut out, k);
                put_str(&mut out, v);
            }
        }
        if let Origin::Extracted { engine, score } = &a.origin {
            put_str(&mut out, engine);
            let score = if score.is_finite() { *score } else { 0.0 };
            out.extend_from_slice(&score.to_le_bytes());
        }
    }

    // Relations whose two ends are shared.
    let rels: Vec<(usize, usize, &str)> = doc
        .relations
        .values()
        .filter_map(|r| Some((*span_index.get(&r.from)?, *span_index.get(&r.to)?, r.kind.as_str())))
        .collect();
    let mut kinds: Vec<&str> = Vec::new();
    for (_, _, k) in &rels {
        if !kinds.contains(k) {
            kinds.push(k);
        }
    }
    put_varint(&mut out, kinds.len() as u64);
    for k in &kinds {
        put_str(&mut out, k);
    }
    put_varint(&mut out, rels.len() as u64);
    for (from, to, k) in &rels {
        put_varint(&mut out, *from as u64);
        put_varint(&mut out, *to as u64);
        put_varint(&mut out, kinds.iter().position(|x| x == k).unwrap_or(0) as u64);
    }

    put_varint(&mut out, doc.doc_labels.len() as u64);
    for l in &doc.doc_labels {
        put_str(&mut out, l);
    }

    if let Some(s) = &doc.structure {
        let json = serde_json::to_string(s).map_err(|e| ShareError::Malformed(format!("structure: {e}")))?;
        put_str(&mut out, &json);
    }

    if out.len() > MAX_PAYLOAD_BYTES {
        return Err(ShareError::TooLarge { limit: MAX_PAYLOAD_BYTES });
    }
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&miniz_oxide::deflate::compress_to_vec_zlib(&out, 10));
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

// ---------------------------------------------------------------- decoding

/// A low-level read failure, given a field name by the caller.
enum Short {
    Eof,
    Overflow,
    Utf8,
}

impl Short {
    fn at(self, field: impl std::fmt::Display) -> ShareError {
        ShareError::Malformed(match self {
            Short::Eof => format!("{field}: data ends early"),
            Short::Overflow => format!("{field}: number too large"),
            Short::Utf8 => format!("{field}: not valid UTF-8"),
        })
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }
    fn byte(&mut self) -> Result<u8, Short> {
        let b = *self.buf.get(self.pos).ok_or(Short::Eof)?;
        self.pos += 1;
        Ok(b)
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], Short> {
        if n > self.remaining() {
            return Err(Short::Eof);
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn varint(&mut self) -> Result<u64, Short> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(Short::Overflow);
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Short::Overflow)
    }
    fn usize(&mut self) -> Result<usize, Short> {
        usize::try_from(self.varint()?).map_err(|_| Short::Overflow)
    }
    /// A count of items each taking at least one byte, so it cannot exceed what is left.
    fn count(&mut self) -> Result<usize, Short> {
        let n = self.usize()?;
        if n > self.remaining() {
            return Err(Short::Eof);
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<&'a str, Short> {
        let n = self.usize()?;
        std::str::from_utf8(self.bytes(n)?).map_err(|_| Short::Utf8)
    }
}

/// Keeps the base64 part of a pasted fragment or whole URL: after the first `#`, trimmed, without `=` padding.
fn payload_part(fragment: &str) -> &str {
    let s = match fragment.find('#') {
        Some(i) => &fragment[i + 1..],
        None => fragment,
    };
    s.trim().trim_end_matches('=')
}

/// Reads a link fragment (with or without the leading `#`; a whole URL works too; whitespace inside is ignored).
pub fn decode_share(fragment: &str, now_ms: i64) -> Result<SharedDoc, ShareError> {
    let s = payload_part(fragment);
    if s.is_empty() {
        return Err(ShareError::Empty);
    }
    // Mail and chat apps wrap long links: whitespace inside is dropped; anything else outside the alphabet is
    // reported at its character position.
    if let Some(pos) =
        s.chars().position(|c| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c.is_ascii_whitespace()))
    {
        return Err(ShareError::BadBase64 { pos });
    }
    let cleaned: String;
    let s = if s.bytes().any(|b| b.is_ascii_whitespace()) {
        cleaned = s.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        cleaned.as_str()
    } else {
        s
    };
    // The start says whether this is a share link at all: a version byte, then a zlib header. Only a
    // link that starts right and then stops early is "cut short".
    if s.len() >= 4 {
        let head =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&s[..4]).map_err(|_| ShareError::NotALink)?;
        let zlib_ok = head[1] & 0x0f == 8 && (u16::from(head[1]) * 256 + u16::from(head[2])) % 31 == 0;
        // A later version would be a small number; anything else is not one of our links.
        if head[0] != VERSION && (head[0] > 15 || (!zlib_ok && head[0] == 0)) {
            return Err(ShareError::NotALink);
        }
        if head[0] == VERSION && !zlib_ok {
            return Err(ShareError::Decompress("the link's contents are not in the expected form".into()));
        }
    }
    if s.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    // The alphabet is checked above; what is left are length and last-symbol errors: the shape of a cut link.
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s).map_err(|e| match e {
        base64::DecodeError::InvalidByte(pos, _) => ShareError::BadBase64 { pos },
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => ShareError::Truncated,
        base64::DecodeError::InvalidPadding => ShareError::BadBase64 { pos: s.len() },
    })?;
    let (&version, packed) = bytes.split_first().ok_or(ShareError::Empty)?;
    if version != VERSION {
        return Err(ShareError::UnsupportedVersion(version));
    }
    if packed.is_empty() {
        return Err(ShareError::Truncated);
    }
    use miniz_oxide::inflate::TINFLStatus;
    let raw =
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_PAYLOAD_BYTES).map_err(|e| {
            match e.status {
                TINFLStatus::HasMoreOutput => ShareError::TooLarge { limit: MAX_PAYLOAD_BYTES },
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => ShareError::Truncated,
                TINFLStatus::Adler32Mismatch => {
                    ShareError::Decompress("checksum mismatch: the link was altered or cut".into())
                }
                other => ShareError::Decompress(format!("invalid compressed data ({other:?})")),
            }
        })?;
    parse_payload(&raw, now_ms)
}

fn parse_payload(raw: &[u8], now_ms: i64) -> Result<SharedDoc, ShareError> {
    let mut r = Reader { buf: raw, pos: 0 };
    let status = match r.byte().map_err(|e| e.at("status"))? {
        0 => DocStatus::New,
        1 => DocStatus::InProgress,
        2 => DocStatus::Done,
        3 => DocStatus::Skipped,
        n => return Err(ShareError::Malformed(format!("status: unknown value {n}"))),
    };
    let title = r.str().map_err(|e| e.at("title"))?.to_owned();
    let text = Text::from(r.str().map_err(|e| e.at("text"))?);
    let mut doc = Document::new(format!("shared-{now_ms}"), title, text, now_ms);
    doc.status = status;

    let n_labels = r.count().map_err(|e| e.at("labels"))?;
    let mut schema_labels: Vec<Label> = Vec::with_capacity(n_labels);
    let mut seen = HashSet::new();
    for i in 0..n_labels {
        let name = r.str().map_err(|e| e.at(format!("labels[{i}].name")))?;
        if name.is_empty() {
            return Err(ShareError::Malformed(format!("labels[{i}].name: empty")));
        }
        if !seen.insert(name) {
            return Err(ShareError::Malformed(format!("labels[{i}].name: '{name}' appears twice")));
        }
        let rgb = r.bytes(3).map_err(|e| e.at(format!("labels[{i}].color")))?;
        schema_labels.push(Label {
            name: name.to_owned(),
            color: format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]),
            hotkey: None,
            description: String::new(),
        });
    }

    let n_spans = r.count().map_err(|e| e.at("spans"))?;
    let len_cp = doc.text.len_cp();
    let mut ids: Vec<Id> = Vec::with_capacity(n_spans);
    let mut span_label: HashSet<(Span, usize)> = HashSet::with_capacity(n_spans);
    let mut prev_start = 0usize;
    for i in 0..n_spans {
        let f = |field: &str| format!("spans[{i}].{field}");
        let bad = |reason: String| ShareError::InvalidSpan { index: i, reason };
        let delta = r.usize().map_err(|e| e.at(f("start")))?;
        let len = r.usize().map_err(|e| e.at(f("length")))?;
        let li = r.usize().map_err(|e| e.at(f("label")))?;
        let flags = r.byte().map_err(|e| e.at(f("flags")))?;
        let start = prev_start.checked_add(delta).ok_or_else(|| bad("start overflows".into()))?;
        prev_start = start;
        let end = start.checked_add(len).ok_or_else(|| bad("end overflows".into()))?;
        if len == 0 {
            return Err(bad(format!("empty span at {start}")));
        }
        // Checked through Text: the range must be a valid code point range of this text.
        if end > len_cp || doc.text.slice_cp(start..end).is_err() {
            return Err(bad(format!("{start}..{end} is past the end of the text ({len_cp} characters)")));
        }
        let label = schema_labels
            .get(li)
            .ok_or_else(|| bad(format!("label #{li} does not exist ({} labels)", schema_labels.len())))?
            .name
            .clone();
        let span = Span::new(start, end);
        if !span_label.insert((span, li)) {
            return Err(bad(format!("{start}..{end} '{label}' appears twice")));
        }
        if flags & !KNOWN_FLAGS != 0 {
            return Err(ShareError::Malformed(format!("{}: unknown bits {flags:#04x}", f("flags"))));
        }
        let note =
            if flags & FLAG_NOTE != 0 { r.str().map_err(|e| e.at(f("note")))?.to_owned() } else { String::new() };
        let mut attributes = BTreeMap::new();
        if flags & FLAG_ATTRS != 0 {
            let n = r.count().map_err(|e| e.at(f("attributes")))?;
            for j in 0..n {
                let k = r.str().map_err(|e| e.at(format!("spans[{i}].attributes[{j}].key")))?;
                let v = r.str().map_err(|e| e.at(format!("spans[{i}].attributes[{j}].value")))?;
                attributes.insert(k.to_owned(), v.to_owned());
            }
        }
        let origin = if flags & FLAG_EXTRACTED != 0 {
            let engine = r.str().map_err(|e| e.at(f("engine")))?.to_owned();
            let b = r.bytes(4).map_err(|e| e.at(f("score")))?;
            let score = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            if !score.is_finite() {
                return Err(ShareError::Malformed(format!("{}: not a finite number", f("score"))));
            }
            Origin::Extracted { engine, score }
        } else {
            Origin::Manual
        };
        let state = if flags & FLAG_SUGGESTED != 0 { SpanState::Suggested } else { SpanState::Accepted };
        let id = doc.next_id;
        doc.next_id += 1;
        ids.push(id);
        doc.annotations.insert(id, Annotation { id, span, label, note, attributes, origin, state, rev: 0 });
    }

    let n_kinds = r.count().map_err(|e| e.at("relation_types"))?;
    let mut relation_types: Vec<String> = Vec::with_capacity(n_kinds);
    for i in 0..n_kinds {
        let k = r.str().map_err(|e| e.at(format!("relation_types[{i}]")))?;
        if k.is_empty() {
            return Err(ShareError::Malformed(format!("relation_types[{i}]: empty")));
        }
        relation_types.push(k.to_owned());
    }
    let n_rels = r.count().map_err(|e| e.at("relations"))?;
    for i in 0..n_rels {
        let bad = |reason: String| ShareError::InvalidRelation { index: i, reason };
        let from = r.usize().map_err(|e| e.at(format!("relations[{i}].from")))?;
        let to = r.usize().map_err(|e| e.at(format!("relations[{i}].to")))?;
        let k = r.usize().map_err(|e| e.at(format!("relations[{i}].type")))?;
        let from = *ids.get(from).ok_or_else(|| bad(format!("it starts at span #{from}, which does not exist")))?;
        let to = *ids.get(to).ok_or_else(|| bad(format!("it ends at span #{to}, which does not exist")))?;
        let kind = relation_types.get(k).ok_or_else(|| bad(format!("relation type #{k} does not exist")))?.clone();
        let id = doc.next_id;
        doc.next_id += 1;
        doc.relations.insert(id, Relation { id, from, to, kind });
    }

    let n_doc_labels = r.count().map_err(|e| e.at("doc_labels"))?;
    let mut doc_labels = BTreeSet::new();
    for i in 0..n_doc_labels {
        let l = r.str().map_err(|e| e.at(format!("doc_labels[{i}]")))?;
        if l.is_empty() {
            return Err(ShareError::Malformed(format!("doc_labels[{i}]: empty")));
        }
        doc_labels.insert(l.to_owned());
    }
    doc.doc_labels = doc_labels;

    if r.remaining() != 0 {
        let json = r.str().map_err(|e| e.at("structure"))?;
        let s: crate::rich::Structure =
            serde_json::from_str(json).map_err(|e| ShareError::Malformed(format!("structure: {e}")))?;
        s.check(doc.text.len_cp()).map_err(|e| ShareError::Malformed(format!("structure: {e}")))?;
        doc.structure = Some(s);
    }
    if r.remaining() != 0 {
        return Err(ShareError::Malformed(format!("end: {} unexpected trailing bytes", r.remaining())));
    }
    Ok(SharedDoc { doc, schema_labels, relation_types })
}

#[cfg(test)]
mod garbage_tests {
    use super::*;

    #[test]
    fn a_long_garbage_link_is_not_called_cut_short() {
        // 2 MB of characters from the link alphabet, of a length that a cut link could have.
        let garbage: String = (0..2_000_001u32).map(|i| if i % 7 == 0 { 'x' } else { 'Q' }).collect();
        assert_eq!(decode_share(&garbage, 0), Err(ShareError::NotALink));
        let real = encode_share(
            &Document::new("d", "T", "Ali met Bob.", 0),
            &crate::LabelSchema::default(),
            &ShareOptions::default(),
        )
        .unwrap();
        assert!(decode_share(&real, 0).is_ok());
        assert_eq!(
            decode_share(&real[..real.len() - 3], 0)
                .err()
                .map(|e| matches!(e, ShareError::Truncated | ShareError::Decompress(_))),
            Some(true)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_round_trip_and_overflow() {
        for v in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            let mut r = Reader { buf: &out, pos: 0 };
            assert_eq!(r.varint().ok(), Some(v));
            assert_eq!(r.remaining(), 0);
        }
        let too_big = [0xff; 11];
        let mut r = Reader { buf: &too_big, pos: 0 };
        assert!(matches!(r.varint(), Err(Short::Overflow)));
    }

    #[test]
    fn rgb_parsing() {
        assert_eq!(parse_rgb("#ffb3ba"), Some([0xff, 0xb3, 0xba]));
        assert_eq!(parse_rgb("red"), None);
        assert_eq!(parse_rgb("#ffb3b"), None);
        assert_eq!(parse_rgb("#ffé3b"), None);
    }

    #[test]
    fn advice_thresholds() {
        assert_eq!(link_advice(SAFE_LINK_LEN_CHAT), LinkAdvice::Ok);
        assert_eq!(link_advice(SAFE_LINK_LEN_CHAT + 1), LinkAdvice::LongForChat);
        assert_eq!(link_advice(MAX_LINK_LEN_BROWSER), LinkAdvice::LongForChat);
        assert_eq!(link_advice(MAX_LINK_LEN_BROWSER + 1), LinkAdvice::TooLongForBrowser);
    }
}

//! spaCy: training tuples `[[text, {"entities": [[s, e, L]], "spans": {"sc": [...]}, "cats": {...}}], ...]`
//! and `Doc.to_json()` objects `{"text", "ents": [{start, end, label}], "spans": {"sc": [...]}, "cats", "tokens"}`.
//!
//! Invariants:
//! - Offsets are code points (Python `str` indices), as `doc.char_span(start, end)` expects.
//! - `entities`/`ents` never overlap: the non-overlapping subset (first by start, then longest) goes there,
//!   every other kept span goes to the `sc` span group; import reads both back, so no span is lost.
//! - Holds spans, labels and document labels (`cats` ≥ 0.5); notes, attributes, relations, states and
//!   scores are not written; on import every span is a manual, accepted one.

use super::tokens::{breaks_for, doc_tokens};
use super::util::{self, arr, obj, offset, offset_field, str_field, string};
use super::{
    kept, non_overlapping, to_json, ExportError, ExportFile, ExportOptions, Problem, RawDoc, RawSpan, Sink, UnitRule,
};
use super::{to_json_line, ImportOptions};
use crate::model::{Annotation, Document};
use crate::text::Unit;
use serde_json::{json, Map, Value};
use std::collections::HashSet;

fn cats(d: &Document) -> Value {
    Value::Object(d.doc_labels.iter().map(|l| (l.clone(), json!(1.0))).collect())
}

pub fn export_train(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = Vec::new();
    for d in docs {
        let anns = kept(d, opts);
        let (ents, rest) = non_overlapping(&anns);
        let triple = |a: &&Annotation| json!([a.span.start, a.span.end, a.label]);
        let mut o = Map::new();
        o.insert("entities".into(), Value::Array(ents.iter().map(triple).collect()));
        if !rest.is_empty() {
            o.insert("spans".into(), json!({ "sc": rest.iter().map(triple).collect::<Vec<_>>() }));
        }
        if !d.doc_labels.is_empty() {
            o.insert("cats".into(), cats(d));
        }
        out.push(json!([d.text.as_str(), o]));
    }
    Ok(vec![ExportFile { name: "train.spacy.json".into(), content: to_json(&out)? }])
}

/// Token boundaries for `Doc.to_json()`: the tokens of `formats::tokens` (whole graphemes, one per
/// segmenter word in scripts written without spaces, or the ones the document came with), further split at
/// every span edge so that `Doc.from_json` can rebuild every entity. As in spaCy, one space after a token is
/// its trailing space and any other whitespace is a token of its own (`Doc.from_json` insists on that).
fn tokens(d: &Document, anns: &[&Annotation], opts: &ExportOptions) -> Result<Vec<Value>, ExportError> {
    let s = d.text.as_str();
    let mut cuts: Vec<usize> = Vec::new();
    for a in anns {
        if let (Ok(b0), Ok(b1)) = (d.text.cp_to_byte(a.span.start), d.text.cp_to_byte(a.span.end)) {
            cuts.push(b0);
            cuts.push(b1);
        }
    }
    crate::sort::sort(&mut cuts);
    cuts.dedup();
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let words = breaks_for(d, &opts.word_breaks).map_err(|source| ExportError::Words { doc: d.id.clone(), source })?;
    for r in doc_tokens(d, &words) {
        let (Ok(t_start), Ok(t_end)) = (d.text.cp_to_byte(r.start), d.text.cp_to_byte(r.end)) else { continue };
        let t = crate::extract::tokenize::Token { start: t_start, end: t_end };
        let mut start = t.start;
        let first = cuts.partition_point(|&c| c <= t.start);
        let inner = cuts[first..].iter().copied().take_while(|&c| c < t.end);
        for piece_end in inner.chain(std::iter::once(t.end)) {
            if start < piece_end {
                pieces.push((start, piece_end));
            }
            start = piece_end;
        }
    }
    let mut bytes: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    let mut pos = 0;
    let gap = |pos: usize, next: usize, after_word: bool, out: &mut Vec<(usize, usize)>| {
        let from = if after_word && s.as_bytes().get(pos) == Some(&b' ') { pos + 1 } else { pos };
        if from < next {
            out.push((from, next));
        }
    };
    for (a, b) in pieces {
        gap(pos, a, !bytes.is_empty(), &mut bytes);
        bytes.push((a, b));
        pos = b;
    }
    gap(pos, s.len(), !bytes.is_empty(), &mut bytes);
    Ok(bytes
        .into_iter()
        .filter_map(|(a, b)| Some((d.text.byte_to_cp(a).ok()?, d.text.byte_to_cp(b).ok()?)))
        .enumerate()
        .map(|(i, (a, b))| json!({"id": i, "start": a, "end": b}))
        .collect())
}

pub fn export_doc(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = Vec::new();
    for d in docs {
        let anns = kept(d, opts);
        let (ents, rest) = non_overlapping(&anns);
        let obj_of = |a: &&Annotation| json!({"start": a.span.start, "end": a.span.end, "label": a.label});
        let mut o = Map::new();
        o.insert("text".into(), json!(d.text.as_str()));
        o.insert("ents".into(), Value::Array(ents.iter().map(obj_of).collect()));
        if !rest.is_empty() {
            let sc: Vec<Value> = rest
                .iter()
                .map(|a| json!({"start": a.span.start, "end": a.span.end, "label": a.label, "kb_id": ""}))
                .collect();
            o.insert("spans".into(), json!({ "sc": sc }));
        }
        if !d.doc_labels.is_empty() {
            o.insert("cats".into(), cats(d));
        }
        o.insert("tokens".into(), Value::Array(tokens(d, &anns, opts)?));
        out.push(Value::Object(o));
    }
    // Compact, as spaCy writes it: the token list is long.
    let content = if out.len() == 1 { to_json_line(&out[0])? } else { to_json_line(&out)? };
    Ok(vec![ExportFile { name: "docs.spacy.json".into(), content }])
}

/// Reads either shape: a training list, one `Doc.to_json()` object, a list of them, or JSON Lines of them.
pub fn import(bytes: &[u8], prefix: &str, opts: &ImportOptions, sink: &mut Sink) {
    let body = util::strip_bom(bytes);
    let v = match util::parse_json(body, prefix) {
        Ok(v) => v,
        Err(p) => {
            // Maybe JSON Lines of Doc objects.
            let first = body.iter().position(|&b| b == b'\n').map_or(body, |p| &body[..p]);
            let looks_jsonl = serde_json::from_slice::<Value>(first).is_ok_and(|v| v.is_object());
            if !looks_jsonl {
                return sink.problem(p);
            }
            let mut probs = Vec::new();
            for (no, line) in util::lines(body, prefix, opts.max_line_bytes, &mut probs) {
                if line.trim().is_empty() {
                    continue;
                }
                let loc = format!("{prefix}line {no}");
                match serde_json::from_str::<Value>(line) {
                    Ok(v) => doc_object(&v, &loc, sink),
                    Err(e) => probs.push(util::json_problem(&e, prefix, no - 1)),
                }
            }
            sink.problems.extend(probs);
            return;
        }
    };
    match &v {
        Value::Object(_) => doc_object(&v, &format!("{prefix}top level"), sink),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let loc = format!("{prefix}record {}", i + 1);
                match item {
                    Value::Array(_) => train_item(item, &loc, sink),
                    Value::Object(_) => doc_object(item, &loc, sink),
                    other => sink.problem(Problem::new(
                        loc,
                        format!("expected [text, {{\"entities\": …}}] or a Doc object, found {}", util::kind(other)),
                    )),
                }
            }
        }
        other => sink.problem(Problem::new(
            format!("{prefix}top level"),
            format!("expected a list of training examples or a Doc object, found {}", util::kind(other)),
        )),
    }
}

fn triple(v: &Value, loc: &str) -> Result<(usize, usize, String), Problem> {
    match v {
        Value::Array(a) if a.len() >= 3 => Ok((
            offset(&a[0], &format!("{loc} start"))?,
            offset(&a[1], &format!("{loc} end"))?,
            string(&a[2], &format!("{loc} label"))?.to_owned(),
        )),
        Value::Array(a) => Err(Problem::new(loc, format!("expected [start, end, label], found {} item(s)", a.len()))),
        Value::Object(o) => {
            Ok((offset_field(o, "start", loc)?, offset_field(o, "end", loc)?, str_field(o, "label", loc)?.to_owned()))
        }
        other => Err(Problem::new(loc, format!("expected [start, end, label], found {}", util::kind(other)))),
    }
}

struct Collector<'a> {
    raw: RawDoc,
    seen: HashSet<(usize, usize, String)>,
    sink: &'a mut Sink,
}

impl Collector<'_> {
    /// `merge`: a span already seen in `ents` is skipped silently (span groups often repeat the entities).
    fn add(&mut self, v: &Value, loc: String, merge: bool) {
        match triple(v, &loc) {
            Ok((s, e, l)) => {
                if !self.seen.insert((s, e, l.clone())) && merge {
                    return;
                }
                self.raw.spans.push(RawSpan::new(loc, s, e, l));
            }
            Err(p) => self.sink.problem(p),
        }
    }
    fn list(&mut self, v: Option<&Value>, loc: &str, what: &str, merge: bool) {
        let Some(v) = v else { return };
        if v.is_null() {
            return;
        }
        match arr(v, &format!("{loc} field {what}")) {
            Ok(items) => {
                for (j, e) in items.iter().enumerate() {
                    self.add(e, format!("{loc} {what} {}", j + 1), merge);
                }
            }
            Err(p) => self.sink.problem(p),
        }
    }
    fn groups(&mut self, v: Option<&Value>, loc: &str) {
        let Some(v) = v else { return };
        match obj(v, &format!("{loc} field spans")) {
            Ok(groups) => {
                for (key, g) in groups {
                    self.list(Some(g), loc, &format!("spans.{key}"), true);
                }
            }
            Err(p) => self.sink.problem(p),
        }
    }
    fn cats(&mut self, v: Option<&Value>, loc: &str) {
        let Some(v) = v else { return };
        match obj(v, &format!("{loc} field cats")) {
            Ok(c) => {
                for (k, score) in c {
                    match util::number(score, &format!("{loc} cats {k}")) {
                        Ok(x) if x >= 0.5 => self.raw.doc_labels.push(k.clone()),
                        Ok(_) => {}
                        Err(p) => self.sink.problem(p),
                    }
                }
            }
            Err(p) => self.sink.problem(p),
        }
    }
}

fn train_item(v: &Value, loc: &str, sink: &mut Sink) {
    let Some(a) = v.as_array().filter(|a| a.len() == 2) else {
        return sink.problem(Problem::new(loc, "expected a pair [text, {\"entities\": [...]}]"));
    };
    let text = match string(&a[0], &format!("{loc} text")) {
        Ok(t) => t,
        Err(p) => return sink.problem(p),
    };
    let ann = match obj(&a[1], &format!("{loc} annotations")) {
        Ok(o) => o,
        Err(p) => return sink.problem(p),
    };
    let raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let mut c = Collector { raw, seen: HashSet::new(), sink };
    c.list(ann.get("entities"), loc, "entity", false);
    c.groups(ann.get("spans"), loc);
    c.cats(ann.get("cats"), loc);
    let raw = c.raw;
    sink.docs.push(raw);
}

fn doc_object(v: &Value, loc: &str, sink: &mut Sink) {
    let o = match obj(v, loc) {
        Ok(o) => o,
        Err(p) => return sink.problem(p),
    };
    let text = match str_field(o, "text", loc) {
        Ok(t) => t,
        Err(p) => return sink.problem(p),
    };
    let raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let mut c = Collector { raw, seen: HashSet::new(), sink };
    c.list(o.get("ents"), loc, "ent", false);
    c.groups(o.get("spans"), loc);
    c.cats(o.get("cats"), loc);
    let raw = c.raw;
    sink.docs.push(raw);
}

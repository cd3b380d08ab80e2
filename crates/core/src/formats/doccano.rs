//! doccano JSONL: `{"text", "label": [[s, e, L]]}` (sequence labelling) and
//! `{"text", "entities": [{id, start_offset, end_offset, label}], "relations": [{id, from_id, to_id, type}]}`.
//!
//! Invariants:
//! - Written in code points, as doccano's Python server counts (it converts the browser's UTF-16
//!   selection to code points since doccano PR #108). On import the unit is detected per record
//!   (code points unless UTF-16 fits the text clearly better), or forced by `ImportOptions::unit`.
//! - Spandrel's records say `"spandrel_offsets": "codepoint"` (doccano keeps it as metadata), which import
//!   honours: without quotes in the file, a guess could misread a span next to an emoji.
//! - One JSON object per line; each line is checked on its own, so problems name the line.
//! - Holds spans, labels, document labels (`cats`), and relations in the `entities` variant.
//!   Notes, attributes, states, scores, titles and status are not written.

use super::util::{self, arr, field, obj, offset, offset_field, str_field, string};
use super::{
    kept, kept_relations, to_json_line, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawRel,
    RawSpan, Sink, UnitRule,
};
use crate::model::Document;
use crate::text::Unit;
use serde_json::{json, Map, Value};

/// Declares the offset unit of a record written by Spandrel (`"codepoint"` or `"utf16"`).
pub const UNIT_FIELD: &str = "spandrel_offsets";

pub fn export(docs: &[Document], opts: &ExportOptions, relations: bool) -> Result<Vec<ExportFile>, ExportError> {
    let mut content = String::new();
    for d in docs {
        let anns = kept(d, opts);
        let mut o = Map::new();
        o.insert("text".into(), json!(d.text.as_str()));
        if relations {
            let ents: Vec<Value> = anns
                .iter()
                .map(|a| json!({"id": a.id, "start_offset": a.span.start, "end_offset": a.span.end, "label": a.label}))
                .collect();
            let rels: Vec<Value> = kept_relations(d, opts)
                .iter()
                .map(|r| json!({"id": r.id, "from_id": r.from, "to_id": r.to, "type": r.kind}))
                .collect();
            o.insert("entities".into(), Value::Array(ents));
            o.insert("relations".into(), Value::Array(rels));
        } else {
            let ents: Vec<Value> = anns.iter().map(|a| json!([a.span.start, a.span.end, a.label])).collect();
            o.insert("label".into(), Value::Array(ents));
        }
        if !d.doc_labels.is_empty() {
            o.insert("cats".into(), json!(d.doc_labels));
        }
        // doccano keeps unknown fields as metadata; this one makes our own files unambiguous.
        o.insert(UNIT_FIELD.into(), json!("codepoint"));
        content.push_str(&to_json_line(&Value::Object(o))?);
        content.push('\n');
    }
    let name = if relations { "doccano-relations.jsonl" } else { "doccano.jsonl" };
    Ok(vec![ExportFile { name: name.into(), content }])
}

pub fn import(bytes: &[u8], prefix: &str, opts: &ImportOptions, sink: &mut Sink) {
    let mut probs = Vec::new();
    let lines = util::lines(bytes, prefix, opts.max_line_bytes, &mut probs);
    sink.problems.extend(probs);
    // A whole-file JSON array of records is accepted too (doccano's JSON export).
    let joined_start = lines.iter().find(|(_, l)| !l.trim().is_empty()).map(|(_, l)| l.trim_start());
    if joined_start.is_some_and(|l| l.starts_with('[')) {
        match util::parse_json(bytes, prefix) {
            Ok(Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    record(v, &format!("{prefix}record {}", i + 1), sink);
                }
            }
            Ok(other) => sink
                .problem(Problem::new(prefix.trim_end(), format!("expected an array, found {}", util::kind(&other)))),
            Err(p) => sink.problem(p),
        }
        return;
    }
    for (no, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => record(&v, &format!("{prefix}line {no}"), sink),
            Err(e) => sink.problem(util::json_problem(&e, prefix, no - 1)),
        }
    }
}

fn record(v: &Value, loc: &str, sink: &mut Sink) {
    let o = match obj(v, loc) {
        Ok(o) => o,
        Err(p) => return sink.problem(p),
    };
    let text = match str_field(o, "text", loc).or_else(|p| str_field(o, "data", loc).map_err(|_| p)) {
        Ok(t) => t,
        Err(p) => return sink.problem(p),
    };
    let unit = match o.get(UNIT_FIELD).and_then(Value::as_str) {
        Some("codepoint") => UnitRule::Fixed(Unit::CodePoint),
        Some("utf16") => UnitRule::Fixed(Unit::Utf16),
        _ => UnitRule::Detect,
    };
    let mut raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), unit);
    for key in ["label", "labels"] {
        let Some(l) = o.get(key) else { continue };
        let items = match arr(l, &format!("{loc} field {key}")) {
            Ok(a) => a,
            Err(p) => {
                sink.problem(p);
                continue;
            }
        };
        for (j, item) in items.iter().enumerate() {
            let iloc = format!("{loc} {key} {}", j + 1);
            match item {
                Value::String(s) => raw.doc_labels.push(s.clone()),
                Value::Array(a) if a.len() >= 3 => {
                    let span = (|| {
                        Ok::<_, Problem>(RawSpan::new(
                            iloc.clone(),
                            offset(&a[0], &format!("{iloc} start"))?,
                            offset(&a[1], &format!("{iloc} end"))?,
                            string(&a[2], &format!("{iloc} label"))?.to_owned(),
                        ))
                    })();
                    match span {
                        Ok(s) => raw.spans.push(s),
                        Err(p) => sink.problem(p),
                    }
                }
                other => sink.problem(Problem::new(
                    iloc,
                    format!("expected [start, end, label] or a category name, found {}", util::kind(other)),
                )),
            }
        }
    }
    if let Some(c) = o.get("cats") {
        match arr(c, &format!("{loc} field cats")) {
            Ok(items) => {
                for (j, item) in items.iter().enumerate() {
                    match string(item, &format!("{loc} cat {}", j + 1)) {
                        Ok(s) => raw.doc_labels.push(s.to_owned()),
                        Err(p) => sink.problem(p),
                    }
                }
            }
            Err(p) => sink.problem(p),
        }
    }
    if let Some(e) = o.get("entities") {
        match arr(e, &format!("{loc} field entities")) {
            Ok(items) => {
                for (j, item) in items.iter().enumerate() {
                    let eloc = format!("{loc} entity {}", j + 1);
                    let span = (|| {
                        let eo = obj(item, &eloc)?;
                        let mut s = RawSpan::new(
                            eloc.clone(),
                            offset_field(eo, "start_offset", &eloc)?,
                            offset_field(eo, "end_offset", &eloc)?,
                            str_field(eo, "label", &eloc)?.to_owned(),
                        );
                        s.key = eo.get("id").map(|k| util::key(k, &format!("{eloc} field id"))).transpose()?;
                        Ok::<_, Problem>(s)
                    })();
                    match span {
                        Ok(s) => raw.spans.push(s),
                        Err(p) => sink.problem(p),
                    }
                }
            }
            Err(p) => sink.problem(p),
        }
    }
    if let Some(r) = o.get("relations") {
        match arr(r, &format!("{loc} field relations")) {
            Ok(items) => {
                for (j, item) in items.iter().enumerate() {
                    let rloc = format!("{loc} relation {}", j + 1);
                    let rel = (|| {
                        let ro = obj(item, &rloc)?;
                        Ok::<_, Problem>(RawRel {
                            from: util::key(field(ro, "from_id", &rloc)?, &format!("{rloc} field from_id"))?,
                            to: util::key(field(ro, "to_id", &rloc)?, &format!("{rloc} field to_id"))?,
                            kind: str_field(ro, "type", &rloc)?.to_owned(),
                            loc: rloc.clone(),
                        })
                    })();
                    match rel {
                        Ok(r) => raw.relations.push(r),
                        Err(p) => sink.problem(p),
                    }
                }
            }
            Err(p) => sink.problem(p),
        }
    }
    sink.docs.push(raw);
}

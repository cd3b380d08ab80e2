//! doccano JSONL, in the shapes doccano has written over its versions:
//! `{"text", "label": [[s, e, L]]}` (sequence labelling), `{"text", "entities": [[s, e, L]], "cats": [...]}`,
//! `{"text", "label": ["cat"]}` / `{"text", "labels": ["cat"]}` (text classification),
//! `{"text", "entities": [{id, start_offset, end_offset, label}], "relations": [{from_id, to_id, type}]}` and
//! doccano 1.x `{"id", "text", "annotations": [{label, label_name?, start_offset?, end_offset?, user, …}]}`.
//!
//! Invariants:
//! - Written in code points, as doccano's Python server counts (it converts the browser's UTF-16
//!   selection to code points since doccano PR #108). On import the unit is detected per record
//!   (code points unless UTF-16 fits the text clearly better), or forced by `ImportOptions::unit`.
//! - Spandrel's own records say `"spandrel_offsets": "codepoint"` (doccano keeps it as metadata), which
//!   import honours; a document imported from a doccano file without it is written back without it.
//! - One JSON object per line; each line is checked on its own, so problems name the line. A whole file
//!   that is one pretty-printed object (as doccano's examples are) is read as one record, with a warning.
//! - A field holding annotations this reader does not understand (Prodigy's `spans`, …) is refused with a
//!   message naming it: a record never silently comes back with fewer spans than its file has.
//! - Which fields held the spans and the categories, the other fields of each record (`id`, `meta`, …)
//!   and of each 1.x annotation (`user`, label ids) are kept in `Document::source` and written back, so a
//!   doccano file comes back with its own field names.
//! - Holds spans, labels, document labels, and relations in the `entities` variant.
//!   Notes, attributes, states, scores, titles and status are not written.

use super::util::{self, arr, field, obj, offset, offset_field, str_field, string};
use super::{
    kept, kept_relations, to_json_line, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawRel,
    RawSpan, Sink, UnitRule,
};
use crate::model::{Annotation, Document};
use crate::text::Unit;
use serde_json::{json, Map, Value};

/// Declares the offset unit of a record written by Spandrel (`"codepoint"` or `"utf16"`).
pub const UNIT_FIELD: &str = "spandrel_offsets";

/// `Document::source` keys.
const SPANS_FIELD: &str = "doccano.spans_field";
const CATS_FIELD: &str = "doccano.cats_field";
const EXTRA: &str = "doccano.extra";
const NO_UNIT_FIELD: &str = "doccano.no_unit_field";
const SPAN_EXTRA: &str = "doccano.annotation";
const CATEGORY_EXTRA: &str = "doccano.category";
const ENTITY_ID: &str = "doccano.entity_id";
const REL_NO_ID: &str = "doccano.relations_without_id";
const RELATION_ID: &str = "doccano.relation_id";

/// Fields this reader understands; any other field is kept as is (and refused if it holds annotations).
const KNOWN: [&str; 9] =
    ["text", "data", "label", "labels", "cats", "entities", "relations", "annotations", UNIT_FIELD];

fn src_str<'a>(d: &'a Document, key: &str) -> Option<&'a str> {
    d.source.get(key).and_then(Value::as_str)
}

fn per_ann<'a>(d: &'a Document, key: &str, a: &Annotation) -> Option<&'a Value> {
    d.source.get(key).and_then(|m| m.get(a.id.to_string()))
}

/// A 1.x annotation object: the fields the file had (`extra`: user, ids) plus offsets and the label.
fn annotation_object(extra: Option<&Value>, label: &str, offsets: Option<(usize, usize)>) -> Value {
    let mut o = match extra {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    if o.remove("label_name_given").is_some() {
        // `label` stays doccano's numeric label id, as the file had it.
        o.insert("label_name".into(), json!(label));
    } else {
        let numeric = o.remove("label_was_number").is_some();
        match label.parse::<u64>() {
            Ok(n) if numeric => o.insert("label".into(), json!(n)),
            _ => o.insert("label".into(), json!(label)),
        };
    }
    if let Some((s, e)) = offsets {
        o.insert("start_offset".into(), json!(s));
        o.insert("end_offset".into(), json!(e));
    }
    Value::Object(o)
}

pub fn export(docs: &[Document], opts: &ExportOptions, relations: bool) -> Result<Vec<ExportFile>, ExportError> {
    let mut content = String::new();
    for d in docs {
        let anns = kept(d, opts);
        let mut o = util::source_object(d, EXTRA);
        o.insert("text".into(), json!(d.text.as_str()));
        let cats: Vec<&String> = d.doc_labels.iter().collect();
        let spans_field = src_str(d, SPANS_FIELD).unwrap_or("label");
        let cats_field = src_str(d, CATS_FIELD).unwrap_or("cats");
        if relations {
            let ids = entity_ids(d, &anns);
            let ents: Vec<Value> = anns
                .iter()
                .zip(&ids)
                .map(|(a, id)| json!({"id": id, "start_offset": a.span.start, "end_offset": a.span.end, "label": a.label}))
                .collect();
            let id_of = |x: u64| anns.iter().position(|a| a.id == x).map(|i| ids[i].clone()).unwrap_or(json!(x));
            let no_id = d.source.contains_key(REL_NO_ID);
            let rels: Vec<Value> = kept_relations(d, opts)
                .iter()
                .map(|r| {
                    let mut ro = json!({"from_id": id_of(r.from), "to_id": id_of(r.to), "type": r.kind});
                    if !no_id {
                        let given = d.source.get(RELATION_ID).and_then(|m| m.get(r.id.to_string()));
                        ro["id"] = given.cloned().unwrap_or(json!(r.id));
                    }
                    ro
                })
                .collect();
            o.insert("entities".into(), Value::Array(ents));
            o.insert("relations".into(), Value::Array(rels));
            if !cats.is_empty() || cats_field != "cats" {
                o.insert(cats_field.into(), json!(cats));
            }
        } else if spans_field == "annotations" {
            let mut list: Vec<Value> = anns
                .iter()
                .map(|a| annotation_object(per_ann(d, SPAN_EXTRA, a), &a.label, Some((a.span.start, a.span.end))))
                .collect();
            let cat_extra = d.source.get(CATEGORY_EXTRA);
            for c in &cats {
                list.push(annotation_object(cat_extra.and_then(|m| m.get(c.as_str())), c, None));
            }
            o.insert("annotations".into(), Value::Array(list));
        } else {
            let field_name = if spans_field == "entities" { "entities" } else { spans_field };
            let mut items: Vec<Value> = anns.iter().map(|a| json!([a.span.start, a.span.end, a.label])).collect();
            if cats_field == field_name {
                items.extend(cats.iter().map(|c| json!(c)));
            } else if !cats.is_empty() || cats_field != "cats" {
                o.insert(cats_field.into(), json!(cats));
            }
            o.insert(field_name.into(), Value::Array(items));
        }
        // doccano keeps unknown fields as metadata; this one makes our own files unambiguous.
        if !d.source.contains_key(NO_UNIT_FIELD) {
            o.insert(UNIT_FIELD.into(), json!("codepoint"));
        }
        content.push_str(&to_json_line(&Value::Object(o))?);
        content.push('\n');
    }
    let name = if relations { "doccano-relations.jsonl" } else { "doccano.jsonl" };
    Ok(vec![ExportFile { name: name.into(), content }])
}

/// The entity ids to write: the file's own when the document came with them (and they stay unique),
/// else Spandrel's annotation ids beyond them.
fn entity_ids(d: &Document, anns: &[&Annotation]) -> Vec<Value> {
    let given: Vec<Option<Value>> = anns.iter().map(|a| per_ann(d, ENTITY_ID, a).cloned()).collect();
    let mut used: Vec<Value> = given.iter().flatten().cloned().collect();
    let mut next = used.iter().filter_map(Value::as_u64).max().map_or(0, |m| m + 1);
    given
        .into_iter()
        .zip(anns)
        .map(|(g, a)| match g {
            Some(v) => v,
            None if used.is_empty() => json!(a.id),
            None => {
                while used.contains(&json!(next)) {
                    next += 1;
                }
                used.push(json!(next));
                json!(next)
            }
        })
        .collect()
}

pub fn import(bytes: &[u8], prefix: &str, opts: &ImportOptions, sink: &mut Sink) {
    let mut probs = Vec::new();
    let lines = util::lines(bytes, prefix, opts.max_line_bytes, &mut probs);
    let first = lines.iter().find(|(_, l)| !l.trim().is_empty()).map(|(_, l)| l.trim());
    // A whole-file JSON array of records is accepted too (doccano's JSON export).
    if first.is_some_and(|l| l.starts_with('[')) {
        sink.problems.extend(probs);
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
    // Pretty-printed objects (doccano's own example files are written so) rather than JSON Lines: one
    // object, or several one after the other.
    if first.is_some_and(|l| l.starts_with('{') && serde_json::from_str::<Value>(l).is_err()) {
        let body = std::str::from_utf8(util::strip_bom(bytes)).unwrap_or("");
        let values: Result<Vec<Value>, _> = serde_json::Deserializer::from_str(body).into_iter::<Value>().collect();
        if let Ok(values) =
            values.map_err(|_| ()).and_then(|v| if v.iter().all(Value::is_object) { Ok(v) } else { Err(()) })
        {
            sink.problems.extend(probs);
            let (n, k) = (lines.len(), values.len());
            let what = if k == 1 { "one JSON object".to_owned() } else { format!("{k} JSON objects") };
            sink.warn(Problem::new(
                format!("{prefix}line 1"),
                format!(
                    "the file is {what} over {n} lines, not JSON Lines (one object per line); read as {k} record(s)"
                ),
            ));
            for (i, v) in values.iter().enumerate() {
                record(v, &format!("{prefix}record {}", i + 1), sink);
            }
            return;
        }
    }
    sink.problems.extend(probs);
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

/// Whether a value looks like a list of annotations (objects with offsets, or `[start, end, …]` items).
fn holds_annotations(v: &Value) -> bool {
    let Some(items) = v.as_array() else { return false };
    items.iter().any(|i| match i {
        Value::Object(o) => ["start", "end", "start_offset", "end_offset", "token_start", "token_end"]
            .iter()
            .any(|k| o.contains_key(*k)),
        Value::Array(a) => a.len() >= 2 && a[0].is_u64() && a[1].is_u64(),
        _ => false,
    })
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
    let mut extra = Map::new();
    for (k, val) in o {
        if KNOWN.contains(&k.as_str()) || (k == "data" && o.contains_key("text")) {
            continue;
        }
        if holds_annotations(val) {
            let hint = if k == "spans" && (o.contains_key("tokens") || o.contains_key("answer")) {
                "; this looks like Prodigy JSONL: import it as `prodigy`"
            } else {
                ""
            };
            sink.problem(Problem::new(
                format!("{loc} field {k}"),
                format!("field `{k}` holds annotations, which doccano files do not have{hint}"),
            ));
        }
        extra.insert(k.clone(), val.clone());
    }
    if o.contains_key("data") && o.contains_key("text") {
        extra.insert("data".into(), o["data"].clone());
    }
    if !extra.is_empty() {
        raw.source.insert(EXTRA.into(), Value::Object(extra));
    }
    if !o.contains_key(UNIT_FIELD) {
        raw.source.insert(NO_UNIT_FIELD.into(), json!(true));
    }
    let mut spans_field: Option<&str> = None;
    let mut cats_field: Option<&str> = None;
    for key in ["label", "labels", "entities"] {
        let Some(l) = o.get(key) else { continue };
        let items = match arr(l, &format!("{loc} field {key}")) {
            Ok(a) => a,
            Err(p) => {
                sink.problem(p);
                continue;
            }
        };
        if items.iter().any(Value::is_object) {
            if key == "entities" {
                spans_field = Some("entities_objects");
                entity_objects(items, loc, &mut raw, sink);
            } else {
                sink.problem(Problem::new(
                    format!("{loc} field {key}"),
                    "expected [start, end, label] items or category names, found objects",
                ));
            }
            continue;
        }
        for (j, item) in items.iter().enumerate() {
            let iloc = format!("{loc} {key} {}", j + 1);
            match item {
                Value::String(s) => {
                    cats_field.get_or_insert(key);
                    raw.doc_labels.push(s.clone());
                }
                Value::Array(a) if a.len() >= 3 => {
                    spans_field.get_or_insert(key);
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
        // An empty list still names the field the file uses.
        if items.is_empty() && key != "entities" {
            spans_field.get_or_insert(key);
        }
    }
    if let Some(c) = o.get("cats") {
        cats_field = Some("cats");
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
    if let Some(a) = o.get("annotations") {
        spans_field = Some("annotations");
        annotations_1x(a, loc, &mut raw, sink);
    }
    if let Some(r) = o.get("relations") {
        match arr(r, &format!("{loc} field relations")) {
            Ok(items) => {
                if !items.is_empty() && items.iter().all(|i| i.get("id").is_none()) {
                    raw.source.insert(REL_NO_ID.into(), json!(true));
                }
                for (j, item) in items.iter().enumerate() {
                    let rloc = format!("{loc} relation {}", j + 1);
                    let rel = (|| {
                        let ro = obj(item, &rloc)?;
                        let mut r = RawRel::new(
                            util::key(field(ro, "from_id", &rloc)?, &format!("{rloc} field from_id"))?,
                            util::key(field(ro, "to_id", &rloc)?, &format!("{rloc} field to_id"))?,
                            str_field(ro, "type", &rloc)?.to_owned(),
                            rloc.clone(),
                        );
                        if let Some(id) = ro.get("id") {
                            r.source.insert(RELATION_ID.into(), id.clone());
                        }
                        Ok::<_, Problem>(r)
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
    if let Some(f) = spans_field {
        raw.source.insert(SPANS_FIELD.into(), json!(f));
    }
    if let Some(f) = cats_field {
        raw.source.insert(CATS_FIELD.into(), json!(f));
    }
    sink.docs.push(raw);
}

fn entity_objects(items: &[Value], loc: &str, raw: &mut RawDoc, sink: &mut Sink) {
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
            if let Some(k) = eo.get("id") {
                s.key = Some(util::key(k, &format!("{eloc} field id"))?);
                s.source.insert(ENTITY_ID.into(), k.clone());
            }
            Ok::<_, Problem>(s)
        })();
        match span {
            Ok(s) => raw.spans.push(s),
            Err(p) => sink.problem(p),
        }
    }
}

/// doccano 1.x: `annotations` objects; with offsets they are spans, without they are categories. The
/// label is `label_name` when given (then `label` is doccano's numeric label id, kept), else `label`.
fn annotations_1x(v: &Value, loc: &str, raw: &mut RawDoc, sink: &mut Sink) {
    let items = match arr(v, &format!("{loc} field annotations")) {
        Ok(a) => a,
        Err(p) => return sink.problem(p),
    };
    let mut categories = Map::new();
    for (j, item) in items.iter().enumerate() {
        let aloc = format!("{loc} annotation {}", j + 1);
        let ao = match obj(item, &aloc) {
            Ok(o) => o,
            Err(p) => {
                sink.problem(p);
                continue;
            }
        };
        let mut extra = ao.clone();
        extra.remove("start_offset");
        extra.remove("end_offset");
        let label = match (ao.get("label_name"), ao.get("label")) {
            (Some(Value::String(n)), _) => {
                extra.remove("label_name");
                extra.insert("label_name_given".into(), json!(true));
                n.clone()
            }
            (_, Some(Value::String(l))) => {
                extra.remove("label");
                l.clone()
            }
            (_, Some(Value::Number(n))) => {
                extra.remove("label");
                extra.insert("label_was_number".into(), json!(true));
                sink.warn(Problem::new(
                    format!("{aloc} field label"),
                    format!(
                        "label {n} is doccano's numeric label id and the file has no `label_name`; imported as label \"{n}\" (rename it to the project's label)"
                    ),
                ));
                n.to_string()
            }
            (_, other) => {
                let found = other.map_or("nothing", util::kind);
                sink.problem(Problem::new(
                    format!("{aloc} field label"),
                    format!("expected a label name or id, found {found}"),
                ));
                continue;
            }
        };
        match (ao.get("start_offset"), ao.get("end_offset")) {
            (None, None) => {
                raw.doc_labels.push(label.clone());
                categories.insert(label, Value::Object(extra));
            }
            _ => {
                let span = (|| {
                    Ok::<_, Problem>(RawSpan::new(
                        aloc.clone(),
                        offset_field(ao, "start_offset", &aloc)?,
                        offset_field(ao, "end_offset", &aloc)?,
                        label.clone(),
                    ))
                })();
                match span {
                    Ok(mut s) => {
                        s.source.insert(SPAN_EXTRA.into(), Value::Object(extra));
                        raw.spans.push(s);
                    }
                    Err(p) => sink.problem(p),
                }
            }
        }
    }
    if !categories.is_empty() {
        raw.source.insert(CATEGORY_EXTRA.into(), Value::Object(categories));
    }
}

//! Prodigy JSONL, as `prodigy db-out` writes it: one task per line,
//! `{"text", "tokens": [{text, start, end, id, ws}], "spans": [{start, end, label, token_start, token_end}],
//! "relations": [{head, child, head_span, child_span, label}], "answer", "_input_hash", "_task_hash", "meta", …}`;
//! text classification as `"label"` + `"answer"` (binary) or `"options"` + `"accept"` (choice).
//!
//! Invariants:
//! - Offsets are code points (Prodigy is Python: `str` indices); `token_end` is inclusive, as in Prodigy.
//! - Spans (overlapping or not) and relations (matched to their spans by `head_span` / `child_span`
//!   offsets and label) are read; accepted choices (`accept`) and a binary label accepted
//!   (`"label"` with `"answer": "accept"`) are document labels.
//! - Every other field of a task (`tokens`, `meta`, `answer`, hashes, `_view_id`, …), of a span (`text`,
//!   `source`, …) and of a relation (`color`) is kept in `Document::source` and written back, so a Prodigy
//!   file comes back with its own fields. A document that never came from Prodigy gets tokens from
//!   Spandrel's tokenizer; a span's `token_start`/`token_end` are the tokens holding its edges.
//! - A `spans` or `relations` field that is not a list of objects is refused with its place named.
//! - Lost: notes, attributes, states, scores, title, status, timestamps (spans come back accepted);
//!   the `answer` is kept as a field, not as a state.

use super::util::{self, arr, obj, offset_field, str_field};
use super::{
    kept, kept_relations, to_json_line, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawRel,
    RawSpan, Sink, UnitRule,
};
use crate::model::{Annotation, Document};
use crate::text::Unit;
use serde_json::{json, Map, Value};

/// `Document::source` keys.
const EXTRA: &str = "prodigy.extra";
const SPAN_EXTRA: &str = "prodigy.span";
const REL_EXTRA: &str = "prodigy.relation";
/// How document labels were written: `"accept"` (choice) or `"label"` (binary).
const CATS: &str = "prodigy.cats";
/// The task had no `spans` (text classification): none are written back unless spans were added.
const NO_SPANS: &str = "prodigy.no_spans";

/// The task's `spans` were `[start, end, label]` lists (older recipes), written back so.
const SPANS_AS_LISTS: &str = "prodigy.spans_as_lists";

/// Fields read into the model (everything else is kept as is).
const READ: [&str; 3] = ["text", "spans", "relations"];

/// Token edges in code points: the task's own tokens, else Spandrel's tokenizer.
fn token_list(d: &Document) -> (Vec<(usize, usize)>, Option<Value>) {
    if let Some(t) = d.source.get(EXTRA).and_then(|e| e.get("tokens")) {
        let edges: Vec<(usize, usize)> = t
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| Some((x.get("start")?.as_u64()? as usize, x.get("end")?.as_u64()? as usize)))
                    .collect()
            })
            .unwrap_or_default();
        return (edges, None);
    }
    let s = d.text.as_str();
    let toks = crate::extract::tokenize::tokenize(s);
    let mut edges = Vec::with_capacity(toks.len());
    let mut json_toks = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let (Ok(a), Ok(b)) = (d.text.byte_to_cp(t.start), d.text.byte_to_cp(t.end)) else { continue };
        let ws = s.as_bytes().get(t.end) == Some(&b' ');
        edges.push((a, b));
        json_toks.push(json!({"text": &s[t.start..t.end], "start": a, "end": b, "id": i, "ws": ws}));
    }
    (edges, Some(Value::Array(json_toks)))
}

/// Index of the token holding code point `cp` (or the nearest one before it).
fn token_at(edges: &[(usize, usize)], cp: usize) -> usize {
    edges.partition_point(|&(_, e)| e <= cp).min(edges.len().saturating_sub(1))
}

fn span_object(d: &Document, a: &Annotation, edges: &[(usize, usize)]) -> Value {
    let mut o = match d.source.get(SPAN_EXTRA).and_then(|m| m.get(a.id.to_string())) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    o.insert("start".into(), json!(a.span.start));
    o.insert("end".into(), json!(a.span.end));
    o.insert("label".into(), json!(a.label));
    if !edges.is_empty() {
        o.insert("token_start".into(), json!(token_at(edges, a.span.start)));
        o.insert("token_end".into(), json!(token_at(edges, a.span.end.saturating_sub(1))));
    }
    Value::Object(o)
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut content = String::new();
    for d in docs {
        let anns = kept(d, opts);
        let mut o = util::source_object(d, EXTRA);
        o.insert("text".into(), json!(d.text.as_str()));
        let with_spans = !anns.is_empty() || !d.source.contains_key(NO_SPANS);
        let lists = d.source.contains_key(SPANS_AS_LISTS);
        // Spans written as lists carry no token indices, so such a task gets no made-up tokens.
        let (edges, made) = if with_spans && !lists { token_list(d) } else { (Vec::new(), None) };
        if let Some(t) = made {
            o.insert("tokens".into(), t);
        }
        if with_spans && lists {
            let lists = anns.iter().map(|a| json!([a.span.start, a.span.end, a.label])).collect();
            o.insert("spans".into(), Value::Array(lists));
        } else if with_spans {
            o.insert("spans".into(), Value::Array(anns.iter().map(|a| span_object(d, a, &edges)).collect()));
        }
        let rels: Vec<Value> = kept_relations(d, opts)
            .iter()
            .map(|r| {
                let (h, c) = (&d.annotations[&r.from], &d.annotations[&r.to]);
                let (hs, cs) = (span_object(d, h, &edges), span_object(d, c, &edges));
                let mut ro = match d.source.get(REL_EXTRA).and_then(|m| m.get(r.id.to_string())) {
                    Some(Value::Object(m)) => m.clone(),
                    _ => Map::new(),
                };
                let side = |v: &Value| {
                    json!({"start": v["start"], "end": v["end"], "token_start": v["token_start"],
                           "token_end": v["token_end"], "label": v["label"]})
                };
                ro.insert("head".into(), hs["token_end"].clone());
                ro.insert("child".into(), cs["token_end"].clone());
                ro.insert("head_span".into(), side(&hs));
                ro.insert("child_span".into(), side(&cs));
                ro.insert("label".into(), json!(r.kind));
                Value::Object(ro)
            })
            .collect();
        if !rels.is_empty() || o.contains_key("relations") || d.source.contains_key(REL_EXTRA) {
            o.insert("relations".into(), Value::Array(rels));
        }
        let cats: Vec<&String> = d.doc_labels.iter().collect();
        match d.source.get(CATS).and_then(Value::as_str) {
            Some("label") if cats.len() == 1 => {
                o.insert("label".into(), json!(cats[0]));
            }
            _ if !cats.is_empty() || o.contains_key("accept") => {
                o.insert("accept".into(), json!(cats));
                if !o.contains_key("options") {
                    o.insert(
                        "options".into(),
                        json!(cats.iter().map(|c| json!({"id": c, "text": c})).collect::<Vec<_>>()),
                    );
                }
            }
            _ => {}
        }
        if !o.contains_key("answer") {
            o.insert("answer".into(), json!("accept"));
        }
        content.push_str(&to_json_line(&Value::Object(o))?);
        content.push('\n');
    }
    Ok(vec![ExportFile { name: "prodigy.jsonl".into(), content }])
}

pub fn import(bytes: &[u8], prefix: &str, opts: &ImportOptions, sink: &mut Sink) {
    let mut probs = Vec::new();
    let lines = util::lines(bytes, prefix, opts.max_line_bytes, &mut probs);
    sink.problems.extend(probs);
    for (no, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => task(&v, &format!("{prefix}line {no}"), sink),
            Err(e) => sink.problem(util::json_problem(&e, prefix, no - 1)),
        }
    }
}

/// A span written as `[start, end, label]`.
fn list_span(a: &[Value], loc: &str) -> Result<RawSpan, Problem> {
    let [start, end, label] = a else {
        return Err(Problem::new(loc, format!("expected [start, end, label], found {} item(s)", a.len())));
    };
    let (start, end) = (util::offset(start, &format!("{loc} start"))?, util::offset(end, &format!("{loc} end"))?);
    let label = util::string(label, &format!("{loc} label"))?;
    let mut r = RawSpan::new(loc.to_owned(), start, end, label.to_owned());
    r.key = Some(format!("{start}:{end}:{label}"));
    Ok(r)
}

fn key_of(o: &Map<String, Value>, loc: &str) -> Result<String, Problem> {
    Ok(format!("{}:{}:{}", offset_field(o, "start", loc)?, offset_field(o, "end", loc)?, str_field(o, "label", loc)?))
}

fn task(v: &Value, loc: &str, sink: &mut Sink) {
    let (o, text) = match util::text_record(v, loc) {
        Ok(r) => r,
        Err(p) => return sink.problem(p),
    };
    let mut raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let mut extra: Map<String, Value> =
        o.iter().filter(|(k, _)| !READ.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();
    if let Some(spans) = o.get("spans").filter(|s| !s.is_null()) {
        match arr(spans, &format!("{loc} field spans")) {
            Ok(items) => {
                // Older recipes wrote spans as `[start, end, label]` lists.
                if !items.is_empty() && items.iter().all(Value::is_array) {
                    raw.source.insert(SPANS_AS_LISTS.into(), json!(true));
                }
                for (j, s) in items.iter().enumerate() {
                    let sloc = format!("{loc} span {}", j + 1);
                    let span = (|| {
                        if let Value::Array(a) = s {
                            return list_span(a, &sloc);
                        }
                        let so = obj(s, &sloc)?;
                        let mut r = RawSpan::new(
                            sloc.clone(),
                            offset_field(so, "start", &sloc)?,
                            offset_field(so, "end", &sloc)?,
                            str_field(so, "label", &sloc)?.to_owned(),
                        );
                        r.key = Some(key_of(so, &sloc)?);
                        if let Some(q) = so.get("text").and_then(Value::as_str) {
                            r.quote = Some(q.to_owned());
                        }
                        let rest: Map<String, Value> = so
                            .iter()
                            .filter(|(k, _)| {
                                !matches!(k.as_str(), "start" | "end" | "label" | "token_start" | "token_end")
                            })
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        if !rest.is_empty() {
                            r.source.insert(SPAN_EXTRA.into(), Value::Object(rest));
                        }
                        Ok::<_, Problem>(r)
                    })();
                    match span {
                        Ok(s) => {
                            // The same span twice (Prodigy merges pattern and model matches) is one span.
                            if !raw.spans.iter().any(|x| x.key == s.key) {
                                raw.spans.push(s);
                            }
                        }
                        Err(p) => sink.problem(p),
                    }
                }
            }
            Err(p) => sink.problem(p),
        }
    }
    if let Some(rels) = o.get("relations").filter(|r| !r.is_null()) {
        match arr(rels, &format!("{loc} field relations")) {
            Ok(items) => {
                for (j, r) in items.iter().enumerate() {
                    let rloc = format!("{loc} relation {}", j + 1);
                    let rel = (|| {
                        let ro = obj(r, &rloc)?;
                        let side = |k: &str| {
                            let v = util::field(ro, k, &rloc)?;
                            key_of(obj(v, &format!("{rloc} field {k}"))?, &format!("{rloc} field {k}"))
                        };
                        let mut rel = RawRel::new(
                            side("head_span")?,
                            side("child_span")?,
                            str_field(ro, "label", &rloc)?.to_owned(),
                            rloc.clone(),
                        );
                        let rest: Map<String, Value> = ro
                            .iter()
                            .filter(|(k, _)| {
                                !matches!(k.as_str(), "head" | "child" | "head_span" | "child_span" | "label")
                            })
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        if !rest.is_empty() {
                            rel.source.insert(REL_EXTRA.into(), Value::Object(rest));
                        }
                        Ok::<_, Problem>(rel)
                    })();
                    match rel {
                        Ok(r) => raw.relations.push(r),
                        Err(p) => sink.problem(p),
                    }
                }
            }
            Err(p) => sink.problem(p),
        }
        extra.insert("relations".into(), json!([]));
    }
    let accepted = o.get("answer").and_then(Value::as_str) == Some("accept");
    if let Some(Value::Array(acc)) = o.get("accept") {
        for (j, c) in acc.iter().enumerate() {
            match util::key(c, &format!("{loc} accept {}", j + 1)) {
                Ok(c) => raw.doc_labels.push(c),
                Err(p) => sink.problem(p),
            }
        }
        raw.source.insert(CATS.into(), json!("accept"));
        extra.remove("accept");
    } else if let Some(Value::String(l)) = o.get("label") {
        // Binary text classification: the label applies when the answer accepts it.
        if accepted {
            raw.doc_labels.push(l.clone());
            raw.source.insert(CATS.into(), json!("label"));
            extra.remove("label");
        }
    }
    if !o.contains_key("spans") {
        raw.source.insert(NO_SPANS.into(), json!(true));
    }
    raw.source.insert(EXTRA.into(), Value::Object(extra));
    sink.docs.push(raw);
}

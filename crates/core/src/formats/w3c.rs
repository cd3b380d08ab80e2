//! W3C Web Annotation JSON-LD (`@context` http://www.w3.org/ns/anno.jsonld).
//!
//! Invariants:
//! - One `AnnotationCollection` per export. Each span is an `Annotation` whose `TextualBody` with purpose
//!   `tagging` carries the label (and one with purpose `commenting` the note), targeting its document with a
//!   `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (start, end in code points).
//! - Relations are `linking` annotations (target = from-annotation, body = to-annotation + tagging type);
//!   document labels are `classifying` annotations targeting the document itself.
//! - The model has no place for the text, so the collection carries `spandrel:sources` (`id`, `title`,
//!   `text`); on import a source's text may instead come from a `.txt` file named like the source's last
//!   path segment. Without a position selector, the quote (with prefix/suffix) anchors the span.
//! - Lost: states and scores (imported as accepted), attributes, status, timestamps.

use super::util::{self, obj, offset_field, string};
use super::{
    kept, kept_relations, stems, to_json, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc,
    RawRel, RawSpan, Sink, UnitRule,
};
use crate::model::Document;
use crate::text::{Text, Unit};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
const CONTEXT_LEN: usize = 32;

fn source_iri(stem: &str) -> String {
    format!("urn:spandrel:doc:{stem}")
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut items = Vec::new();
    let mut sources = Vec::new();
    for (d, stem) in docs.iter().zip(stems(docs)) {
        let src = source_iri(&stem);
        sources.push(json!({"id": src, "title": d.title, "text": d.text.as_str()}));
        for a in kept(d, opts) {
            let (s, e) = (a.span.start, a.span.end);
            let exact = d.covered(a.span).unwrap_or("");
            let prefix = d.text.slice_cp(s.saturating_sub(CONTEXT_LEN)..s).unwrap_or("");
            let suffix = d.text.slice_cp(e..(e + CONTEXT_LEN).min(d.text.len_cp())).unwrap_or("");
            let mut body = vec![json!({"type": "TextualBody", "purpose": "tagging", "value": a.label})];
            if !a.note.is_empty() {
                body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": a.note}));
            }
            items.push(json!({
                "id": format!("{src}#a{}", a.id),
                "type": "Annotation",
                "motivation": "tagging",
                "body": body,
                "target": {
                    "source": src,
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
                        {"type": "TextPositionSelector", "start": s, "end": e},
                    ],
                },
            }));
        }
        for r in kept_relations(d, opts) {
            items.push(json!({
                "id": format!("{src}#r{}", r.id),
                "type": "Annotation",
                "motivation": "linking",
                "body": [{"type": "TextualBody", "purpose": "tagging", "value": r.kind}, format!("{src}#a{}", r.to)],
                "target": format!("{src}#a{}", r.from),
            }));
        }
        for (i, l) in d.doc_labels.iter().enumerate() {
            items.push(json!({
                "id": format!("{src}#d{}", i + 1),
                "type": "Annotation",
                "motivation": "classifying",
                "body": {"type": "TextualBody", "purpose": "classifying", "value": l},
                "target": src,
            }));
        }
    }
    let total = items.len();
    let coll = json!({
        "@context": CONTEXT,
        "id": "urn:spandrel:export",
        "type": "AnnotationCollection",
        "label": "Spandrel export",
        "total": total,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
        "spandrel:sources": sources,
    });
    Ok(vec![ExportFile { name: "annotations.jsonld".into(), content: to_json(&coll)? }])
}

fn type_is(o: &Map<String, Value>, t: &str) -> bool {
    match o.get("type").or_else(|| o.get("@type")) {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(a)) => a.iter().any(|x| x.as_str() == Some(t)),
        _ => false,
    }
}

fn id_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id").or_else(|| o.get("@id")).and_then(Value::as_str),
        _ => None,
    }
}

fn last_segment(iri: &str) -> &str {
    let s = iri.split('#').next().unwrap_or(iri);
    s.rsplit(['/', ':']).next().unwrap_or(s)
}

/// Collects annotation objects from a collection, page, array or single annotation.
fn collect<'a>(v: &'a Value, out: &mut Vec<&'a Value>, sources: &mut Vec<&'a Value>, depth: usize) {
    if depth > 64 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, sources, depth + 1)),
        Value::Object(o) => {
            if let Some(Value::Array(s)) = o.get("spandrel:sources") {
                sources.extend(s.iter());
            }
            if type_is(o, "Annotation") || o.contains_key("target") {
                out.push(v);
                return;
            }
            for k in ["first", "items", "next"] {
                if let Some(x) = o.get(k) {
                    collect(x, out, sources, depth + 1);
                }
            }
        }
        _ => {}
    }
}

struct SourceDoc {
    raw: Option<RawDoc>,
    loc: String,
}

pub fn import(files: &[(String, Vec<u8>)], _opts: &ImportOptions, sink: &mut Sink) {
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut values: Vec<(String, Value)> = Vec::new();
    let many = files.len() > 1;
    for (name, bytes) in files {
        let prefix = if many { format!("file {name} ") } else { String::new() };
        if name.to_ascii_lowercase().ends_with(".txt") {
            match util::utf8(bytes, &prefix) {
                Ok(t) => {
                    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
                    texts.insert(stem.trim_end_matches(".txt").to_owned(), t.to_owned());
                }
                Err(p) => sink.problem(p),
            }
            continue;
        }
        match util::parse_json(bytes, &prefix) {
            Ok(v) => values.push((prefix, v)),
            Err(p) => sink.problem(p),
        }
    }
    // Documents by source IRI, in order of first appearance.
    let mut order: Vec<String> = Vec::new();
    let mut docs: HashMap<String, SourceDoc> = HashMap::new();
    for (prefix, v) in &values {
        let mut anns = Vec::new();
        let mut sources = Vec::new();
        collect(v, &mut anns, &mut sources, 0);
        if anns.is_empty() && sources.is_empty() {
            sink.problem(Problem::new(
                format!("{prefix}top level"),
                "no Web Annotation found (expected an Annotation, AnnotationPage or AnnotationCollection)",
            ));
        }
        for (i, s) in sources.iter().enumerate() {
            let loc = format!("{prefix}source {}", i + 1);
            let src = (|| {
                let so = obj(s, &loc)?;
                let id = util::str_field(so, "id", &loc)?.to_owned();
                let text = util::str_field(so, "text", &loc)?.to_owned();
                let title = util::opt_str(so, "title", &loc)?.unwrap_or("").to_owned();
                Ok::<_, Problem>((id, text, title))
            })();
            match src {
                Ok((id, text, title)) => {
                    if docs.contains_key(&id) {
                        sink.problem(Problem::new(loc, format!("source {id:?} is listed twice")));
                        continue;
                    }
                    order.push(id.clone());
                    let raw = RawDoc::new(loc.clone(), title, text, UnitRule::Fixed(Unit::CodePoint));
                    docs.insert(id, SourceDoc { raw: Some(raw), loc });
                }
                Err(p) => sink.problem(p),
            }
        }
        for (i, a) in anns.iter().enumerate() {
            let loc = format!("{prefix}annotation {}", i + 1);
            if let Err(p) = annotation(a, &loc, &texts, &mut order, &mut docs) {
                sink.problem(p);
            }
        }
    }
    for id in order {
        if let Some(d) = docs.remove(&id) {
            match d.raw {
                Some(raw) => sink.docs.push(raw),
                None => sink.problem(Problem::new(
                    d.loc,
                    format!(
                        "no text for source {id:?}: the file has no `spandrel:sources` entry for it and no {}.txt was given",
                        last_segment(&id).trim_end_matches(".txt")
                    ),
                )),
            }
        }
    }
}

fn doc_for<'a>(
    src: &str,
    loc: &str,
    texts: &HashMap<String, String>,
    order: &mut Vec<String>,
    docs: &'a mut HashMap<String, SourceDoc>,
) -> &'a mut SourceDoc {
    docs.entry(src.to_owned()).or_insert_with(|| {
        order.push(src.to_owned());
        let seg = last_segment(src);
        let raw = texts
            .get(seg)
            .or_else(|| texts.get(seg.trim_end_matches(".txt")))
            .or_else(|| texts.get(src))
            .map(|t| RawDoc::new(loc.to_owned(), seg.to_owned(), t.clone(), UnitRule::Fixed(Unit::CodePoint)));
        SourceDoc { raw, loc: loc.to_owned() }
    })
}

/// Bodies as (purpose, value) for textual bodies and the ids of resource bodies.
/// Textual bodies as (purpose, value), and the ids of resource bodies.
type Bodies = (Vec<(String, String)>, Vec<String>);

fn bodies(o: &Map<String, Value>, loc: &str) -> Result<Bodies, Problem> {
    let mut textual = Vec::new();
    let mut refs = Vec::new();
    let list: Vec<&Value> = match o.get("body") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
    };
    for (i, b) in list.into_iter().enumerate() {
        let bloc = format!("{loc} body {}", i + 1);
        match b {
            Value::String(s) => refs.push(s.clone()),
            Value::Object(bo) if bo.contains_key("value") => {
                let value = string(&bo["value"], &format!("{bloc} field value"))?;
                let purpose = bo.get("purpose").and_then(Value::as_str).unwrap_or("").to_owned();
                textual.push((purpose, value.to_owned()));
            }
            Value::Object(_) => match id_of(b) {
                Some(id) => refs.push(id.to_owned()),
                None => return Err(Problem::new(bloc, "body has neither `value` nor `id`")),
            },
            other => return Err(Problem::new(bloc, format!("expected a body object, found {}", util::kind(other)))),
        }
    }
    Ok((textual, refs))
}

fn annotation(
    a: &Value,
    loc: &str,
    texts: &HashMap<String, String>,
    order: &mut Vec<String>,
    docs: &mut HashMap<String, SourceDoc>,
) -> Result<(), Problem> {
    let o = obj(a, loc)?;
    let motivation = o.get("motivation").and_then(Value::as_str).unwrap_or("");
    let (textual, refs) = bodies(o, loc)?;
    let target = o.get("target").ok_or_else(|| Problem::new(loc, "missing field `target`"))?;
    let target = match target {
        Value::Array(t) if !t.is_empty() => &t[0],
        t => t,
    };
    let is_tag = |p: &str| p == "tagging" || p == "classifying" || (p.is_empty() && motivation != "commenting");
    if motivation == "linking" {
        let from = id_of(target)
            .ok_or_else(|| Problem::new(format!("{loc} field target"), "expected the id of the linked annotation"))?;
        let to = refs.first().ok_or_else(|| {
            Problem::new(format!("{loc} field body"), "a linking annotation needs the id of the annotation it links to")
        })?;
        let kind = textual.iter().find(|(p, _)| is_tag(p)).map_or("related_to".to_owned(), |(_, v)| v.clone());
        let src = from.split('#').next().unwrap_or(from);
        let d = doc_for(src, loc, texts, order, docs);
        if let Some(raw) = &mut d.raw {
            raw.relations.push(RawRel { from: from.to_owned(), to: to.clone(), kind, loc: loc.to_owned() });
        }
        return Ok(());
    }
    let tloc = format!("{loc} field target");
    let (src, selectors): (&str, Vec<&Value>) = match target {
        Value::String(s) => (s.as_str(), Vec::new()),
        Value::Object(t) => {
            let src = t
                .get("source")
                .and_then(id_of)
                .or_else(|| id_of(target))
                .ok_or_else(|| Problem::new(&tloc, "missing `source`"))?;
            let sel = match t.get("selector") {
                None => Vec::new(),
                Some(Value::Array(s)) => s.iter().collect(),
                Some(s) => vec![s],
            };
            (src, sel)
        }
        other => return Err(Problem::new(tloc, format!("expected a target, found {}", util::kind(other)))),
    };
    let labels: Vec<String> = textual.iter().filter(|(p, _)| is_tag(p)).map(|(_, v)| v.clone()).collect();
    let note: Vec<&str> = textual.iter().filter(|(p, _)| !is_tag(p)).map(|(_, v)| v.as_str()).collect();
    let d = doc_for(src, loc, texts, order, docs);
    let Some(raw) = &mut d.raw else { return Ok(()) };
    if selectors.is_empty() {
        if labels.is_empty() {
            return Err(Problem::new(format!("{loc} field body"), "no tagging body: expected a label"));
        }
        raw.doc_labels.extend(labels);
        return Ok(());
    }
    let mut pos: Option<(usize, usize)> = None;
    let mut quote: Option<(String, String, String)> = None;
    for (i, s) in selectors.iter().enumerate() {
        let sloc = format!("{tloc}.selector {}", i + 1);
        let so = obj(s, &sloc)?;
        if type_is(so, "TextPositionSelector") {
            pos = Some((offset_field(so, "start", &sloc)?, offset_field(so, "end", &sloc)?));
        } else if type_is(so, "TextQuoteSelector") {
            let exact = util::str_field(so, "exact", &sloc)?.to_owned();
            let prefix = util::opt_str(so, "prefix", &sloc)?.unwrap_or("").to_owned();
            let suffix = util::opt_str(so, "suffix", &sloc)?.unwrap_or("").to_owned();
            quote = Some((exact, prefix, suffix));
        }
    }
    let (start, end) = match (pos, &quote) {
        (Some(p), _) => p,
        (None, Some((exact, prefix, suffix))) => locate(&raw.text, exact, prefix, suffix)
            .ok_or_else(|| Problem::new(&tloc, format!("quote {:?} is not in the text", util::clip(exact))))?,
        (None, None) => return Err(Problem::new(tloc, "no TextPositionSelector or TextQuoteSelector")),
    };
    if labels.is_empty() {
        return Err(Problem::new(format!("{loc} field body"), "no tagging body: expected a label"));
    }
    let key = id_of(a).map(str::to_owned);
    for (i, l) in labels.into_iter().enumerate() {
        let mut s = RawSpan::new(loc.to_owned(), start, end, l);
        s.key = key.as_ref().map(|k| if i == 0 { k.clone() } else { format!("{k}#{i}") });
        s.quote = quote.as_ref().map(|q| q.0.clone());
        s.note = note.join("\n");
        raw.spans.push(s);
    }
    Ok(())
}

/// Finds `exact` in `text`, preferring an occurrence whose surroundings match prefix and suffix.
fn locate(text: &str, exact: &str, prefix: &str, suffix: &str) -> Option<(usize, usize)> {
    if exact.is_empty() {
        return None;
    }
    let t = Text::new(text.to_owned());
    let mut best: Option<(usize, usize)> = None;
    for (b, _) in text.match_indices(exact) {
        let ok = text[..b].ends_with(prefix) && text[b + exact.len()..].starts_with(suffix);
        if best.is_none() || ok {
            best = Some((b, b + exact.len()));
            if ok {
                break;
            }
        }
    }
    let (b0, b1) = best?;
    Some((t.byte_to_cp(b0).ok()?, t.byte_to_cp(b1).ok()?))
}

//! W3C Web Annotation JSON-LD (`@context` http://www.w3.org/ns/anno.jsonld).
//!
//! Invariants:
//! - One `AnnotationCollection` per export. Each span is an `Annotation` whose `TextualBody` with purpose
//!   `tagging` carries the label (and one with purpose `commenting` the note), targeting its document with a
//!   `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (start, end in code points);
//!   in a document read from a PDF, also a `FragmentSelector` (RFC 3778) naming the span's page (`page=n`), and
//!   in one read from a web page a `RangeSelector` between two `XPathSelector`s into the page's source, each
//!   refined by a point (`TextPositionSelector`) in that element's text as Spandrel reads it (whitespace
//!   collapsed); import ignores both (the positions anchor the span).
//! - Relations are `linking` annotations (target = from-annotation, body = to-annotation + tagging type,
//!   or, as Recogito writes them, a target list of the two annotation ids); a link belongs to the document
//!   holding the annotation it starts from. Document labels are `classifying` annotations targeting the
//!   document itself.
//! - The model has no place for the text, so the collection carries `spandrel:sources` (`id`, `title`,
//!   `text`); on import a source's text may instead come from a `.txt` file named like the source's last
//!   path segment, and annotations naming no `source` (annotation clients target their own page) take the
//!   one `.txt` given beside them. Such a document is written back in that client shape: a bare list of
//!   annotations, each with its `@context`, no `source`, its text as a `.txt` beside it.
//! - Without a position selector, or when the positions do not hold the quote (a stale client file), the
//!   quote (with prefix/suffix) anchors the span, with a warning in the second case.
//! - A body without a purpose is a comment unless the annotation's motivation is tagging or classifying;
//!   an annotation without any tag still imports, labelled `comment` (or `highlight`, or its motivation),
//!   and goes back without a tag. Annotation ids are kept.
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

/// `Document::source` keys.
const ID: &str = "w3c.id";
const UNTAGGED: &str = "w3c.untagged";
const LINK_TARGETS: &str = "w3c.link_targets";
const CLIENT_SHAPE: &str = "w3c.client_shape";
/// The span's quote selector had no `prefix` / `suffix`.
const NO_CONTEXT: &str = "w3c.no_context";

/// A span's selectors: its quote, its position in code points and, in a document read from a PDF, its page
/// (a `FragmentSelector` after RFC 3778, `page=n`).
fn selectors(d: &Document, quote: Value, start: usize, end: usize) -> Value {
    let mut list = vec![quote, json!({"type": "TextPositionSelector", "start": start, "end": end})];
    if let Some(s) = d.structure.as_ref().filter(|s| crate::rich::pdf::is_pdf(s)) {
        if let Some(page) = crate::rich::pdf::page_at(s, start) {
            list.push(json!({
                "type": "FragmentSelector",
                "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
                "value": format!("page={page}"),
            }));
        }
    }
    // A web page's span: from a point in the element its first character was read from to a point in the one
    // its last was read from (each an XPath refined by a position in that element's text as read).
    if let Some(s) = d.structure.as_ref().filter(|s| s.source.media_type == "text/html") {
        let point = |cp: usize| {
            let b = s.block_at(cp)?;
            let at = cp - b.start;
            let path = b.xpath.as_ref()?;
            Some(json!({
                "type": "XPathSelector",
                "value": path,
                "refinedBy": {"type": "TextPositionSelector", "start": at, "end": at},
            }))
        };
        if let (Some(from), Some(to)) = (
            point(start),
            point(end.saturating_sub(1)).map(|mut p| {
                // The end point is just after the span's last character.
                let at = p["refinedBy"]["start"].as_u64().unwrap_or(0) + 1;
                p["refinedBy"] = json!({"type": "TextPositionSelector", "start": at, "end": at});
                p
            }),
        ) {
            list.push(json!({"type": "RangeSelector", "startSelector": from, "endSelector": to}));
        }
    }
    Value::Array(list)
}

fn src_of<'a>(d: &'a Document, key: &str, id: u64) -> Option<&'a Value> {
    d.source.get(key).and_then(|m| m.get(id.to_string()))
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    // One document that came from an annotation client (a bare list of annotations, targets without a
    // `source`, the text beside the file) goes back in that shape, with its text as a `.txt` beside it.
    let client = docs.len() == 1 && docs[0].source.contains_key(CLIENT_SHAPE);
    let mut items = Vec::new();
    let mut sources = Vec::new();
    let mut texts = Vec::new();
    for (d, stem) in docs.iter().zip(stems(docs)) {
        let src = if client { String::new() } else { source_iri(&stem) };
        if client {
            texts.push(ExportFile { name: format!("{stem}.txt"), content: d.text.as_str().to_owned() });
        } else {
            sources.push(json!({"id": src, "title": d.title, "text": d.text.as_str()}));
        }
        let anns = kept(d, opts);
        let ann_id = |id: u64| match src_of(d, ID, id).and_then(Value::as_str) {
            Some(given) => given.to_owned(),
            None => format!("{src}#a{id}"),
        };
        let target_of = |selector: Value| {
            if client {
                json!({"selector": selector})
            } else {
                json!({"source": src, "selector": selector})
            }
        };
        let mut push = |mut item: Value| {
            if client {
                item["@context"] = json!(CONTEXT);
            }
            items.push(item);
        };
        // Spans with the same edges and id (one client annotation with several tags) are one annotation.
        let mut done: Vec<String> = Vec::new();
        for a in &anns {
            let id = ann_id(a.id);
            if done.contains(&id) {
                continue;
            }
            done.push(id.clone());
            let (s, e) = (a.span.start, a.span.end);
            let exact = d.covered(a.span).unwrap_or("");
            let prefix = d.text.slice_cp(s.saturating_sub(CONTEXT_LEN)..s).unwrap_or("");
            let suffix = d.text.slice_cp(e..(e + CONTEXT_LEN).min(d.text.len_cp())).unwrap_or("");
            let same: Vec<&&crate::model::Annotation> =
                anns.iter().filter(|b| b.span == a.span && ann_id(b.id) == id).collect();
            let untagged = same.iter().all(|b| src_of(d, UNTAGGED, b.id).is_some());
            let quote = if src_of(d, NO_CONTEXT, a.id).is_some() {
                json!({"type": "TextQuoteSelector", "exact": exact})
            } else {
                json!({"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix})
            };
            let mut body = Vec::new();
            let mut notes: Vec<&str> = Vec::new();
            for b in &same {
                if !b.note.is_empty() && !notes.contains(&b.note.as_str()) {
                    notes.push(&b.note);
                }
            }
            for n in notes {
                if client {
                    body.push(json!({"type": "TextualBody", "value": n}));
                } else {
                    body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": n}));
                }
            }
            if !untagged {
                for b in &same {
                    body.push(json!({"type": "TextualBody", "purpose": "tagging", "value": b.label}));
                }
            }
            let mut item = json!({
                "id": id,
                "type": "Annotation",
                "body": body,
                "target": target_of(selectors(d, quote, s, e)),
            });
            if !client {
                item["motivation"] = json!(if untagged { "commenting" } else { "tagging" });
            }
            push(item);
        }
        for r in kept_relations(d, opts) {
            let rid = match src_of(d, ID, r.id).and_then(Value::as_str) {
                Some(given) => given.to_owned(),
                None => format!("{src}#r{}", r.id),
            };
            let tag = json!({"type": "TextualBody", "purpose": "tagging", "value": r.kind});
            let item = if src_of(d, LINK_TARGETS, r.id).is_some() {
                // Recogito's shape: the two linked annotations are the targets, the body is the type.
                json!({"id": rid, "type": "Annotation", "motivation": "linking", "body": [tag],
                       "target": [{"id": ann_id(r.from)}, {"id": ann_id(r.to)}]})
            } else {
                json!({"id": rid, "type": "Annotation", "motivation": "linking", "body": [tag, ann_id(r.to)],
                       "target": ann_id(r.from)})
            };
            push(item);
        }
        for (i, l) in d.doc_labels.iter().enumerate() {
            push(json!({
                "id": format!("{src}#d{}", i + 1),
                "type": "Annotation",
                "motivation": "classifying",
                "body": {"type": "TextualBody", "purpose": "classifying", "value": l},
                "target": src,
            }));
        }
    }
    if client {
        let mut out = vec![ExportFile { name: "annotations.w3c.json".into(), content: to_json(&items)? }];
        out.extend(texts);
        return Ok(out);
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
    let mut links: Vec<RawRel> = Vec::new();
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
            if let Err(p) = annotation(a, &loc, &texts, &mut order, &mut docs, &mut links, &mut sink.warnings) {
                sink.problem(p);
            }
        }
    }
    // A link belongs to the document holding the annotation it starts from; one naming no known
    // annotation goes to the source its id names (and is reported there as missing).
    for r in links {
        let holder = order.iter().find(|id| {
            docs.get(*id)
                .and_then(|d| d.raw.as_ref())
                .is_some_and(|raw| raw.spans.iter().any(|s| s.key.as_deref() == Some(r.from.as_str())))
        });
        let src = match holder {
            Some(id) => id.clone(),
            None => r.from.split('#').next().unwrap_or(&r.from).to_owned(),
        };
        let loc = r.loc.clone();
        if let Some(raw) = &mut doc_for(&src, &loc, &texts, &mut order, &mut docs).raw {
            raw.relations.push(r);
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
        let named = texts.get(seg).or_else(|| texts.get(seg.trim_end_matches(".txt"))).or_else(|| texts.get(src));
        let mut raw =
            named.map(|t| RawDoc::new(loc.to_owned(), seg.to_owned(), t.clone(), UnitRule::Fixed(Unit::CodePoint)));
        // Annotation clients (Recogito, annotorious) target the page they run in and name no source:
        // the text is the one `.txt` given beside the file.
        if raw.is_none() && src.is_empty() && texts.len() == 1 {
            if let Some((name, t)) = texts.iter().next() {
                let mut r = RawDoc::new(loc.to_owned(), name.clone(), t.clone(), UnitRule::Fixed(Unit::CodePoint));
                r.source.insert(CLIENT_SHAPE.into(), json!(true));
                raw = Some(r);
            }
        }
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
    links: &mut Vec<RawRel>,
    warnings: &mut Vec<Problem>,
) -> Result<(), Problem> {
    let o = obj(a, loc)?;
    let motivation = o.get("motivation").and_then(Value::as_str).unwrap_or("");
    let (textual, refs) = bodies(o, loc)?;
    let all_targets = o.get("target").ok_or_else(|| Problem::new(loc, "missing field `target`"))?;
    let target = match all_targets {
        Value::Array(t) if !t.is_empty() => &t[0],
        t => t,
    };
    // A body without a purpose is a comment (as Recogito and Hypothesis write them), unless the
    // annotation as a whole is motivated by tagging or classifying.
    let is_tag = |p: &str| {
        p == "tagging" || p == "classifying" || (p.is_empty() && matches!(motivation, "tagging" | "classifying"))
    };
    if motivation == "linking" {
        let from = id_of(target)
            .ok_or_else(|| Problem::new(format!("{loc} field target"), "expected the id of the linked annotation"))?;
        // Recogito links with a target list of the two annotation ids; ours names the second in the body.
        let second_target = match all_targets {
            Value::Array(t) if t.len() >= 2 => id_of(&t[1]),
            _ => None,
        };
        let to = refs.first().map(String::as_str).or(second_target).ok_or_else(|| {
            Problem::new(format!("{loc} field body"), "a linking annotation needs the id of the annotation it links to")
        })?;
        let kind = textual
            .iter()
            .find(|(p, _)| p == "tagging" || p.is_empty())
            .map_or("related_to".to_owned(), |(_, v)| v.clone());
        let mut r = RawRel::new(from.to_owned(), to.to_owned(), kind, loc.to_owned());
        if let Some(id) = id_of(a) {
            r.source.insert(ID.into(), json!(id));
        }
        if refs.is_empty() && second_target.is_some() {
            r.source.insert(LINK_TARGETS.into(), json!(true));
        }
        // Attached once every annotation is read, to the document holding the linked annotation.
        links.push(r);
        return Ok(());
    }
    let tloc = format!("{loc} field target");
    let (src, selectors): (&str, Vec<&Value>) = match target {
        Value::String(s) => (s.as_str(), Vec::new()),
        Value::Object(t) => {
            // No `source`: an annotation client's target (the page itself), whose text comes beside the file.
            let src = match t.get("source").and_then(id_of).or_else(|| id_of(target)) {
                Some(s) => s,
                None if t.contains_key("selector") => "",
                None => return Err(Problem::new(&tloc, "missing `source`")),
            };
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
    let mut no_context = false;
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
            no_context = !so.contains_key("prefix") && !so.contains_key("suffix");
            quote = Some((exact, prefix, suffix));
        }
    }
    let (start, end) = match (pos, &quote) {
        // Positions that do not hold the quote are stale (the page changed since): as annotation
        // clients do, the quote (with prefix and suffix) anchors the span, and a warning says so.
        (Some((ps, pe)), Some((exact, prefix, suffix)))
            if Text::new(raw.text.clone()).slice_cp(ps..pe).ok() != Some(exact.as_str()) =>
        {
            match locate(&raw.text, exact, prefix, suffix) {
                Some((qs, qe)) => {
                    warnings.push(Problem::new(
                        &tloc,
                        format!(
                            "TextPositionSelector {ps}..{pe} does not hold the quote {:?}; anchored by the quote at {qs}..{qe}",
                            util::clip(exact)
                        ),
                    ));
                    (qs, qe)
                }
                None => (ps, pe),
            }
        }
        (Some(p), _) => p,
        (None, Some((exact, prefix, suffix))) => locate(&raw.text, exact, prefix, suffix)
            .ok_or_else(|| Problem::new(&tloc, format!("quote {:?} is not in the text", util::clip(exact))))?,
        (None, None) => return Err(Problem::new(tloc, "no TextPositionSelector or TextQuoteSelector")),
    };
    // A comment or highlight without a tag still marks the text: its label says what it is.
    let untagged = labels.is_empty();
    let labels = if untagged {
        vec![match motivation {
            "highlighting" => "highlight".to_owned(),
            "" | "commenting" if !note.is_empty() => "comment".to_owned(),
            "" => "annotation".to_owned(),
            m => m.to_owned(),
        }]
    } else {
        labels
    };
    let key = id_of(a).map(str::to_owned);
    for (i, l) in labels.into_iter().enumerate() {
        let mut s = RawSpan::new(loc.to_owned(), start, end, l);
        s.key = key.as_ref().map(|k| if i == 0 { k.clone() } else { format!("{k}#{i}") });
        s.quote = quote.as_ref().map(|q| q.0.clone());
        s.note = note.join("\n");
        if let Some(k) = &key {
            s.source.insert(ID.into(), json!(k));
        }
        if untagged {
            s.source.insert(UNTAGGED.into(), json!(true));
        }
        if no_context {
            s.source.insert(NO_CONTEXT.into(), json!(true));
        }
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

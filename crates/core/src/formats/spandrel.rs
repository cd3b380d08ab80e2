//! Spandrel's own JSON: `{"format":"spandrel","version":1,"schema":…,"documents":[…]}` (schema/spandrel-document.schema.json).
//!
//! Invariants:
//! - Offsets are code points; every span also carries its covered `text`, checked on import.
//! - Lossless: text, title, status, timestamps, spans, labels, notes, attributes, states, origins and
//!   scores, relations, document labels and the tokens a document came with (`tokens`: `[start, end]` code
//!   point pairs) all come back (ids are renumbered).

use super::util::{self, arr, field, int, obj, offset_field, opt_str, str_field, string};
use super::{
    kept, kept_relations, to_json, ExportError, ExportFile, ExportOptions, Problem, RawDoc, RawRel, RawSpan, Sink,
    UnitRule,
};
use crate::model::{DocStatus, Document, LabelSchema, Origin, SpanState};
use crate::text::Unit;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

pub const VERSION: u64 = 1;

/// `#rrggbb`, six hex digits.
pub fn is_hex_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|x| x.is_ascii_hexdigit())
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    schema: &'a LabelSchema,
    documents: Vec<DocOut<'a>>,
}

#[derive(Serialize)]
struct DocOut<'a> {
    id: &'a str,
    title: &'a str,
    text: &'a str,
    status: DocStatus,
    created: i64,
    modified: i64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    doc_labels: Vec<&'a str>,
    spans: Vec<SpanOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    relations: Vec<RelOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tokens: Vec<[usize; 2]>,
    /// A rich document's blocks, marks and source file (`crate::rich::Structure`).
    #[serde(skip_serializing_if = "Option::is_none")]
    structure: Option<&'a crate::rich::Structure>,
    /// Who annotated it in a team project, and which version this is (`crate::team::training_set`).
    #[serde(skip_serializing_if = "Option::is_none")]
    team: Option<serde_json::Value>,
}

/// The `team` object of a document: its `team.*` source entries without the prefix.
fn team_of(d: &Document) -> Option<serde_json::Value> {
    let o: serde_json::Map<String, serde_json::Value> =
        d.source.iter().filter_map(|(k, v)| k.strip_prefix("team.").map(|k| (k.to_owned(), v.clone()))).collect();
    (!o.is_empty()).then_some(serde_json::Value::Object(o))
}

#[derive(Serialize)]
struct SpanOut<'a> {
    id: u64,
    start: usize,
    end: usize,
    text: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    attributes: &'a BTreeMap<String, String>,
    state: SpanState,
    origin: &'a Origin,
}

#[derive(Serialize)]
struct RelOut<'a> {
    id: u64,
    from: u64,
    to: u64,
    #[serde(rename = "type")]
    kind: &'a str,
}

pub fn export(docs: &[Document], schema: &LabelSchema, opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let documents = docs
        .iter()
        .map(|d| DocOut {
            id: &d.id,
            title: &d.title,
            text: d.text.as_str(),
            status: d.status,
            created: d.created,
            modified: d.modified,
            doc_labels: d.doc_labels.iter().map(String::as_str).collect(),
            spans: kept(d, opts)
                .into_iter()
                .map(|a| SpanOut {
                    id: a.id,
                    start: a.span.start,
                    end: a.span.end,
                    text: d.covered(a.span).unwrap_or(""),
                    label: &a.label,
                    note: &a.note,
                    attributes: &a.attributes,
                    state: a.state,
                    origin: &a.origin,
                })
                .collect(),
            relations: kept_relations(d, opts)
                .into_iter()
                .map(|r| RelOut { id: r.id, from: r.from, to: r.to, kind: &r.kind })
                .collect(),
            tokens: d.tokens.iter().map(|t| [t.start, t.end]).collect(),
            structure: d.structure.as_ref(),
            team: team_of(d),
        })
        .collect();
    let file = FileOut { format: "spandrel", version: VERSION, schema, documents };
    let name = if docs.len() == 1 {
        format!("{}.spandrel.json", super::stems(docs)[0])
    } else {
        "workspace.spandrel.json".into()
    };
    Ok(vec![ExportFile { name, content: to_json(&file)? }])
}

pub fn import(bytes: &[u8], prefix: &str, sink: &mut Sink) {
    let v = match util::parse_json(bytes, prefix) {
        Ok(v) => v,
        Err(p) => return sink.problem(p),
    };
    let top = format!("{prefix}top level");
    let o = match obj(&v, &top) {
        Ok(o) => o,
        Err(p) => return sink.problem(p),
    };
    match o.get("format").and_then(Value::as_str) {
        Some("spandrel") => {}
        _ => return sink.problem(Problem::new(&top, "not a Spandrel file: field `format` must be \"spandrel\"")),
    }
    match o.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(n) => {
            return sink.problem(Problem::new(
                format!("{top} field version"),
                format!("version {n} is not supported (this Spandrel reads version {VERSION})"),
            ))
        }
        None => return sink.problem(Problem::new(format!("{top} field version"), "missing or not a whole number")),
    }
    if let Some(s) = o.get("schema") {
        match serde_json::from_value::<LabelSchema>(s.clone()) {
            Ok(s) => {
                // The file's labels join the workspace with their colours: each must be a `#rrggbb` colour,
                // never any other CSS.
                for (i, l) in s.labels.iter().enumerate() {
                    if !is_hex_color(&l.color) {
                        sink.problem(Problem::new(
                            format!("{top} field schema label {} field color", i + 1),
                            format!("label {:?} has colour {:?}; expected #rrggbb", l.name, util::clip(&l.color)),
                        ));
                    }
                }
                sink.schema = Some(s);
            }
            Err(e) => sink.problem(Problem::new(format!("{top} field schema"), format!("invalid label schema: {e}"))),
        }
    }
    let docs = match field(o, "documents", &top).and_then(|d| arr(d, &format!("{top} field documents"))) {
        Ok(d) => d,
        Err(p) => return sink.problem(p),
    };
    for (i, d) in docs.iter().enumerate() {
        let loc = format!("{prefix}document {}", i + 1);
        match doc(d, &loc, sink) {
            Ok(raw) => sink.docs.push(raw),
            Err(p) => sink.problem(p),
        }
    }
}

fn doc(v: &Value, loc: &str, sink: &mut Sink) -> Result<RawDoc, Problem> {
    let o = obj(v, loc)?;
    let text = str_field(o, "text", loc)?;
    let title = opt_str(o, "title", loc)?.unwrap_or("");
    let mut raw = RawDoc::new(loc.to_owned(), title.to_owned(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    if let Some(s) = o.get("status") {
        raw.status = serde_json::from_value(s.clone()).map_err(|_| {
            Problem::new(format!("{loc} field status"), "must be \"new\", \"inprogress\", \"done\" or \"skipped\"")
        })?;
    }
    if let Some(c) = o.get("created") {
        raw.created = Some(int(c, &format!("{loc} field created"))?);
    }
    if let Some(m) = o.get("modified") {
        raw.modified = Some(int(m, &format!("{loc} field modified"))?);
    }
    if let Some(l) = o.get("doc_labels") {
        for (j, x) in arr(l, &format!("{loc} field doc_labels"))?.iter().enumerate() {
            raw.doc_labels.push(string(x, &format!("{loc} doc_label {}", j + 1))?.to_owned());
        }
    }
    if let Some(spans) = o.get("spans") {
        for (j, s) in arr(spans, &format!("{loc} field spans"))?.iter().enumerate() {
            let sloc = format!("{loc} span {}", j + 1);
            match span(s, &sloc) {
                Ok(r) => raw.spans.push(r),
                Err(p) => sink.problem(p),
            }
        }
    }
    if let Some(toks) = o.get("tokens") {
        for (j, t) in arr(toks, &format!("{loc} field tokens"))?.iter().enumerate() {
            let tloc = format!("{loc} token {}", j + 1);
            let pair = arr(t, &tloc)?;
            let [a, b] = pair.as_slice() else {
                return Err(Problem::new(tloc, format!("expected [start, end], found {} item(s)", pair.len())));
            };
            let (a, b) = (util::offset(a, &format!("{tloc} start"))?, util::offset(b, &format!("{tloc} end"))?);
            raw.tokens.push(crate::model::Span::new(a, b));
        }
    }
    if let Some(s) = o.get("structure") {
        let sloc = format!("{loc} field structure");
        let s: crate::rich::Structure = serde_json::from_value(s.clone())
            .map_err(|e| Problem::new(&sloc, format!("invalid document structure: {e}")))?;
        s.check(text.chars().count()).map_err(|e| Problem::new(&sloc, e.to_string()))?;
        raw.structure = Some(s);
    }
    if let Some(team) = o.get("team") {
        let t = obj(team, &format!("{loc} field team"))?;
        for (k, v) in t {
            raw.source.insert(format!("team.{k}"), v.clone());
        }
    }
    if let Some(rels) = o.get("relations") {
        for (j, r) in arr(rels, &format!("{loc} field relations"))?.iter().enumerate() {
            let rloc = format!("{loc} relation {}", j + 1);
            let rel = (|| {
                let ro = obj(r, &rloc)?;
                Ok::<_, Problem>(RawRel {
                    from: util::key(field(ro, "from", &rloc)?, &format!("{rloc} field from"))?,
                    to: util::key(field(ro, "to", &rloc)?, &format!("{rloc} field to"))?,
                    kind: str_field(ro, "type", &rloc)?.to_owned(),
                    loc: rloc.clone(),
                    source: Default::default(),
                })
            })();
            match rel {
                Ok(r) => raw.relations.push(r),
                Err(p) => sink.problem(p),
            }
        }
    }
    Ok(raw)
}

fn span(v: &Value, loc: &str) -> Result<RawSpan, Problem> {
    let o = obj(v, loc)?;
    let start = offset_field(o, "start", loc)?;
    let end = offset_field(o, "end", loc)?;
    let label = str_field(o, "label", loc)?;
    let mut s = RawSpan::new(loc.to_owned(), start, end, label.to_owned());
    s.key = o.get("id").map(|k| util::key(k, &format!("{loc} field id"))).transpose()?;
    s.quote = opt_str(o, "text", loc)?.map(str::to_owned);
    s.note = opt_str(o, "note", loc)?.unwrap_or("").to_owned();
    if let Some(a) = o.get("attributes") {
        for (k, v) in obj(a, &format!("{loc} field attributes"))? {
            s.attributes.insert(k.clone(), string(v, &format!("{loc} attribute {k}"))?.to_owned());
        }
    }
    if let Some(st) = o.get("state") {
        s.state = serde_json::from_value(st.clone()).map_err(|_| {
            Problem::new(format!("{loc} field state"), "must be \"suggested\", \"accepted\" or \"rejected\"")
        })?;
    }
    if let Some(or) = o.get("origin") {
        s.origin = serde_json::from_value(or.clone()).map_err(|e| {
            Problem::new(
                format!("{loc} field origin"),
                format!("must be {{\"kind\":\"manual\"}} or {{\"kind\":\"extracted\",\"engine\":…,\"score\":…}} ({e})"),
            )
        })?;
    }
    Ok(s)
}

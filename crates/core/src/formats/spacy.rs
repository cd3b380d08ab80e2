//! spaCy: training tuples `[[text, {"entities": [[s, e, L]], "spans": {"sc": [...]}, "cats": {...}}], ...]`
//! and `Doc.to_json()` objects `{"text", "ents": [{start, end, label}], "spans": {"sc": [...]}, "cats", "tokens"}`.
//!
//! Invariants:
//! - Offsets are code points (Python `str` indices), as `doc.char_span(start, end)` expects.
//! - `entities`/`ents` never overlap: the non-overlapping subset (first by start, then longest) goes there,
//!   every other kept span goes to the `sc` span group; import reads both back, so no span is lost.
//! - A document read from spaCy remembers where each span was (`ents` and which span groups, a span in
//!   both counted once), and export writes it back to the same places: `doc.spans["sc"]` comes back as
//!   it was, entities included. New spans go to `ents` when they fit, else to `sc`.
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
use std::collections::{BTreeMap, HashMap};

/// `Document::source` keys: where each span was in the file (`{"ents": 0, "sc": 3}`: place → position);
/// a JSON Lines file of `{"text", "cats"}` records (spaCy textcat data) and every category it names; the
/// other fields of a Doc object.
const WHERE: &str = "spacy.in";
const LINES: &str = "spacy.jsonl";
const TEXTCAT: &str = "spacy.textcat";
const CATS: &str = "spacy.cats";
const EXTRA: &str = "spacy.extra";
/// A Doc object's `tokens` as the file had them (with spaCy's token attributes), written back while every
/// span still starts and ends on their edges.
const TOKENS: &str = "spacy.tokens";
/// The other fields of a training example's annotation object (`heads`, `deps`, `tags`, …).
const TRAIN_EXTRA: &str = "spacy.train_extra";
/// A training example that had no `entities` list.
const NO_ENTITIES: &str = "spacy.no_entities";

/// The file's own tokens, when every span of `anns` still begins and ends at their edges.
fn file_tokens(d: &Document, anns: &[&Annotation]) -> Option<Vec<Value>> {
    let toks = d.source.get(TOKENS)?.as_array()?;
    let edge = |k: &str| -> Option<std::collections::HashSet<u64>> {
        toks.iter().map(|t| t.get(k).and_then(Value::as_u64)).collect()
    };
    let (starts, ends) = (edge("start")?, edge("end")?);
    anns.iter()
        .all(|a| starts.contains(&(a.span.start as u64)) && ends.contains(&(a.span.end as u64)))
        .then(|| toks.clone())
}

/// The spans for `ents` (never overlapping) and for each span group.
fn placed<'a>(d: &Document, anns: &[&'a Annotation]) -> (Vec<&'a Annotation>, BTreeMap<String, Vec<&'a Annotation>>) {
    let hint = |a: &Annotation| -> Option<Vec<String>> {
        let v = d.source.get(WHERE)?.get(a.id.to_string())?.as_object()?;
        Some(v.keys().cloned().collect())
    };
    let pos = |a: &Annotation, place: &str| -> u64 {
        d.source
            .get(WHERE)
            .and_then(|m| m.get(a.id.to_string()))
            .and_then(|p| p.get(place))
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX)
    };
    let mut groups: BTreeMap<String, Vec<&Annotation>> = BTreeMap::new();
    if !anns.iter().any(|a| hint(a).is_some()) {
        let (ents, rest) = non_overlapping(anns);
        if !rest.is_empty() {
            groups.insert("sc".into(), rest);
        }
        return (ents, groups);
    }
    let (mut ents, mut loose): (Vec<&Annotation>, Vec<&Annotation>) = (Vec::new(), Vec::new());
    for a in anns {
        match hint(a) {
            Some(places) => {
                for p in &places {
                    if p == "ents" {
                        if ents.iter().any(|e| e.span.overlaps(&a.span)) {
                            groups.entry("sc".into()).or_default().push(a);
                        } else {
                            ents.push(a);
                        }
                    } else {
                        groups.entry(p.clone()).or_default().push(a);
                    }
                }
            }
            None => loose.push(a),
        }
    }
    let (fit, rest) = non_overlapping(&loose);
    for a in fit.into_iter().chain(rest) {
        if ents.iter().any(|e| e.span.overlaps(&a.span)) {
            groups.entry("sc".into()).or_default().push(a);
        } else {
            ents.push(a);
        }
    }
    crate::sort::sort_by(&mut ents, |a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    // Each group in the file's order (new spans after).
    for (name, list) in groups.iter_mut() {
        crate::sort::sort_by(list, |a, b| pos(a, name).cmp(&pos(b, name)));
    }
    (ents, groups)
}

/// `cats`: 1.0 for each document label, and 0.0 for the other categories the file named.
fn cats(d: &Document) -> Value {
    let mut m: Map<String, Value> = Map::new();
    if let Some(Value::Array(all)) = d.source.get(CATS) {
        for c in all.iter().filter_map(Value::as_str) {
            m.insert(c.to_owned(), json!(0.0));
        }
    }
    for l in &d.doc_labels {
        m.insert(l.clone(), json!(1.0));
    }
    Value::Object(m)
}

pub fn export_train(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = Vec::new();
    for d in docs {
        let anns = kept(d, opts);
        let (ents, groups) = placed(d, &anns);
        let triple = |a: &&Annotation| json!([a.span.start, a.span.end, a.label]);
        let mut o = util::source_object(d, TRAIN_EXTRA);
        if !(ents.is_empty() && d.source.contains_key(NO_ENTITIES)) {
            o.insert("entities".into(), Value::Array(ents.iter().map(triple).collect()));
        }
        if !groups.is_empty() {
            let g: Map<String, Value> =
                groups.iter().map(|(k, v)| (k.clone(), Value::Array(v.iter().map(triple).collect()))).collect();
            o.insert("spans".into(), Value::Object(g));
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
        let (ents, groups) = placed(d, &anns);
        let obj_of = |a: &&Annotation| json!({"start": a.span.start, "end": a.span.end, "label": a.label});
        let mut o = util::source_object(d, EXTRA);
        o.insert("text".into(), json!(d.text.as_str()));
        if d.source.contains_key(TEXTCAT) && anns.is_empty() {
            o.insert("cats".into(), cats(d));
            out.push(Value::Object(o));
            continue;
        }
        o.insert("ents".into(), Value::Array(ents.iter().map(obj_of).collect()));
        if !groups.is_empty() {
            let g: Map<String, Value> = groups
                .iter()
                .map(|(k, v)| {
                    let items: Vec<Value> = v
                        .iter()
                        .map(|a| json!({"start": a.span.start, "end": a.span.end, "label": a.label, "kb_id": ""}))
                        .collect();
                    (k.clone(), Value::Array(items))
                })
                .collect();
            o.insert("spans".into(), Value::Object(g));
        }
        if !d.doc_labels.is_empty() {
            o.insert("cats".into(), cats(d));
        }
        let toks = match file_tokens(d, &anns) {
            Some(t) => t,
            None => tokens(d, &anns, opts)?,
        };
        o.insert("tokens".into(), Value::Array(toks));
        out.push(Value::Object(o));
    }
    // Compact, as spaCy writes it: the token list is long. Documents read from JSON Lines go back so.
    let content = if docs.iter().all(|d| d.source.contains_key(LINES)) && !docs.is_empty() {
        let mut s = String::new();
        for v in &out {
            s.push_str(&to_json_line(v)?);
            s.push('\n');
        }
        s
    } else if out.len() == 1 {
        to_json_line(&out[0])?
    } else {
        to_json_line(&out)?
    };
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
                    Ok(v) => doc_object(&v, &loc, true, sink),
                    Err(e) => probs.push(util::json_problem(&e, prefix, no - 1)),
                }
            }
            sink.problems.extend(probs);
            return;
        }
    };
    match &v {
        Value::Object(_) => doc_object(&v, &format!("{prefix}top level"), false, sink),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let loc = format!("{prefix}record {}", i + 1);
                match item {
                    Value::Array(_) => train_item(item, &loc, sink),
                    Value::Object(_) => doc_object(item, &loc, false, sink),
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
    /// (start, end, label) → index in `raw.spans`.
    seen: HashMap<(usize, usize, String), usize>,
    sink: &'a mut Sink,
}

impl Collector<'_> {
    /// `place`: `"ents"` or the span group's name, remembered for export. With `merge`, a span already
    /// seen (span groups often repeat the entities) is one span, in both places.
    fn add(&mut self, v: &Value, loc: String, merge: bool, place: &str, index: usize) {
        match triple(v, &loc) {
            Ok((s, e, l)) => {
                if let Some(&i) = self.seen.get(&(s, e, l.clone())).filter(|_| merge) {
                    if let Some(Value::Object(places)) = self.raw.spans[i].source.get_mut(WHERE) {
                        places.entry(place.to_owned()).or_insert(json!(index));
                    }
                    return;
                }
                self.seen.entry((s, e, l.clone())).or_insert(self.raw.spans.len());
                let mut span = RawSpan::new(loc, s, e, l);
                span.source.insert(WHERE.into(), json!({ place: index }));
                self.raw.spans.push(span);
            }
            Err(p) => self.sink.problem(p),
        }
    }
    fn list(&mut self, v: Option<&Value>, loc: &str, what: &str, merge: bool, place: &str) {
        let Some(v) = v else { return };
        if v.is_null() {
            return;
        }
        match arr(v, &format!("{loc} field {what}")) {
            Ok(items) => {
                for (j, e) in items.iter().enumerate() {
                    self.add(e, format!("{loc} {what} {}", j + 1), merge, place, j);
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
                    self.list(Some(g), loc, &format!("spans.{key}"), true, key);
                }
            }
            Err(p) => self.sink.problem(p),
        }
    }
    fn cats(&mut self, v: Option<&Value>, loc: &str) {
        let Some(v) = v else { return };
        match obj(v, &format!("{loc} field cats")) {
            Ok(c) => {
                self.raw.source.insert(CATS.into(), json!(c.keys().collect::<Vec<_>>()));
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
    let mut raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let extra: Map<String, Value> = ann
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "entities" | "spans" | "cats"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !extra.is_empty() {
        raw.source.insert(TRAIN_EXTRA.into(), Value::Object(extra));
    }
    if !ann.contains_key("entities") {
        raw.source.insert(NO_ENTITIES.into(), json!(true));
    }
    let mut c = Collector { raw, seen: HashMap::new(), sink };
    c.list(ann.get("entities"), loc, "entity", false, "ents");
    c.groups(ann.get("spans"), loc);
    c.cats(ann.get("cats"), loc);
    let raw = c.raw;
    sink.docs.push(raw);
}

fn doc_object(v: &Value, loc: &str, jsonl: bool, sink: &mut Sink) {
    if v.get("paragraphs").is_some() && v.get("text").is_none() {
        return sink.problem(Problem::new(
            loc,
            "this is spaCy v2's JSON training format (`paragraphs` of tokens with BILUO tags), which Spandrel \
             does not read: convert it with spaCy (`spacy convert`, then `Doc.to_json()`) first",
        ));
    }
    let (o, text) = match util::text_record(v, loc) {
        Ok(r) => r,
        Err(p) => return sink.problem(p),
    };
    let mut raw = RawDoc::new(loc.to_owned(), String::new(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let extra: Map<String, Value> = o
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "text" | "ents" | "spans" | "cats" | "tokens"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !extra.is_empty() {
        raw.source.insert(EXTRA.into(), Value::Object(extra));
    }
    // `{"text", "cats"}` without ents or tokens: textcat training data, written back the same way.
    if !o.contains_key("ents") && !o.contains_key("tokens") && !o.contains_key("spans") {
        raw.source.insert(TEXTCAT.into(), json!(true));
    }
    if jsonl {
        raw.source.insert(LINES.into(), json!(true));
    }
    if let Some(t @ Value::Array(_)) = o.get("tokens") {
        raw.source.insert(TOKENS.into(), t.clone());
    }
    let mut c = Collector { raw, seen: HashMap::new(), sink };
    c.list(o.get("ents"), loc, "ent", false, "ents");
    c.groups(o.get("spans"), loc);
    c.cats(o.get("cats"), loc);
    let raw = c.raw;
    sink.docs.push(raw);
}

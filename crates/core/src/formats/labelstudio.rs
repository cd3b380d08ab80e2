//! Label Studio tasks JSON: `[{"data": {"text"}, "annotations": [{"result": [...]}], "predictions": [...]}]`.
//!
//! Invariants:
//! - Written in code points: Label Studio's frontend stores code point offsets since its emoji fix
//!   (label-studio-frontend PR #308, 2022); older versions wrote UTF-16. On import the unit is chosen per
//!   task by matching each region's `value.text` (or forced by `ImportOptions::unit`).
//! - Accepted spans go to `annotations[0].result`; suggestions go to `predictions` (one per engine, with
//!   `model_version` = engine and each region's `score`); notes go to region `meta.text`; document labels
//!   to a `choices` result; relations to `relation` results in the list holding both ends.
//! - A task keeps the names and shape it came with (`Document::source`): each region's `id`,
//!   `from_name` and `to_name` (`ner`, not `label`), the choices' control names, the task's other fields
//!   (`id`, other `data` fields, `meta`), the first annotation's fields (`id`, `completed_by`, …), old
//!   exports' `completions` instead of `annotations`, and a task with only predictions gets no empty
//!   annotation (which would mark it annotated); document labels from a prediction go back to it.
//! - Lost: attributes, status, timestamps; rejected spans (when exported) come back as suggestions;
//!   a relation between an accepted span and a suggestion is not written.

use super::util::{self, arr, field, obj, offset_field, opt_str, string};
use super::{
    kept, kept_relations, to_json, ExportError, ExportFile, ExportOptions, Problem, RawDoc, RawRel, RawSpan, Sink,
    UnitRule,
};
use crate::model::{Annotation, Document, Origin, SpanState};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// `Document::source` keys.
const REGION: &str = "labelstudio.region";
const CHOICES: &str = "labelstudio.choices";
const CHOICE_ENGINE: &str = "labelstudio.choice_engine";
const TASK: &str = "labelstudio.task";
const ANNOTATION: &str = "labelstudio.annotation";
const LIST: &str = "labelstudio.annotations_field";
const NO_ANNOTATIONS: &str = "labelstudio.no_annotations";
/// Each prediction's own fields (without `result`), by `model_version`.
const PREDICTION: &str = "labelstudio.prediction";

/// The region id written for an annotation: the file's own, else `s<id>`.
fn region_id(d: &Document, id: u64) -> String {
    d.source
        .get(REGION)
        .and_then(|m| m.get(id.to_string()))
        .and_then(|r| r.get("id"))
        .and_then(Value::as_str)
        .map_or_else(|| format!("s{id}"), str::to_owned)
}

fn region(d: &Document, a: &Annotation, score: bool) -> Value {
    let given = d.source.get(REGION).and_then(|m| m.get(a.id.to_string())).and_then(Value::as_object);
    let mut o = Value::Object(given.cloned().unwrap_or_default());
    for (k, v) in [("from_name", "label"), ("to_name", "text")] {
        if o.get(k).is_none() {
            o[k] = json!(v);
        }
    }
    o["id"] = json!(region_id(d, a.id));
    o["type"] = json!("labels");
    o["value"] =
        json!({"start": a.span.start, "end": a.span.end, "text": d.covered(a.span).unwrap_or(""), "labels": [a.label]});
    if !a.note.is_empty() {
        o["meta"] = json!({"text": [a.note]});
    }
    if score {
        if let Some(s) = a.origin.score() {
            o["score"] = json!(s);
        }
    }
    o
}

fn relation(d: &Document, from: u64, to: u64, kind: &str) -> Value {
    json!({"type": "relation", "from_id": region_id(d, from), "to_id": region_id(d, to), "direction": "right", "labels": [kind]})
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut tasks = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let anns = kept(d, opts);
        // Which result list each annotation lands in: None = annotations, Some(engine) = that prediction.
        let list_of = |a: &Annotation| -> Option<String> {
            match (a.state, &a.origin) {
                (SpanState::Accepted, _) => None,
                (_, Origin::Extracted { engine, .. }) => Some(engine.clone()),
                (_, Origin::Manual) => Some(String::new()),
            }
        };
        let mut result = Vec::new();
        let mut preds: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        let mut where_: HashMap<u64, Option<String>> = HashMap::new();
        for a in &anns {
            let l = list_of(a);
            where_.insert(a.id, l.clone());
            match l {
                None => result.push(region(d, a, false)),
                Some(e) => preds.entry(e).or_default().push(region(d, a, true)),
            }
        }
        for r in kept_relations(d, opts) {
            let (f, t) = (where_.get(&r.from), where_.get(&r.to));
            if f != t {
                continue;
            }
            match f.cloned().flatten() {
                None => result.push(relation(d, r.from, r.to, &r.kind)),
                Some(e) => preds.entry(e).or_default().push(relation(d, r.from, r.to, &r.kind)),
            }
        }
        // Document labels go to the prediction they came from, the others to the annotation.
        let engines = d.source.get(CHOICE_ENGINE).and_then(Value::as_object);
        let mut choices: BTreeMap<Option<String>, Vec<&String>> = BTreeMap::new();
        for l in &d.doc_labels {
            let engine = engines.and_then(|m| m.get(l.as_str())).and_then(Value::as_str).map(str::to_owned);
            choices.entry(engine).or_default().push(l);
        }
        let control = d.source.get(CHOICES).and_then(Value::as_object);
        for (engine, labels) in choices {
            let mut c = json!({"id": "doc_labels", "from_name": "doc_label", "to_name": "text", "type": "choices",
                               "value": {"choices": labels}});
            for k in ["id", "from_name", "to_name"] {
                if let Some(v) = control.and_then(|m| m.get(k)) {
                    c[k] = v.clone();
                }
            }
            if control.is_some_and(|m| !m.contains_key("id")) {
                c.as_object_mut().map(|m| m.remove("id"));
            }
            match engine {
                None => result.push(c),
                Some(e) => preds.entry(e).or_default().push(c),
            }
        }
        let mut data = match d.source.get(TASK).and_then(|t| t.get("data")).and_then(Value::as_object) {
            Some(m) => m.clone(),
            None => Map::new(),
        };
        data.insert("text".into(), json!(d.text.as_str()));
        if !d.title.is_empty() {
            data.insert("title".into(), json!(d.title));
        }
        let predictions: Vec<Value> = preds
            .into_iter()
            .map(|(engine, result)| {
                let scores: Vec<f64> = result.iter().filter_map(|r| r.get("score").and_then(Value::as_f64)).collect();
                let mean = if scores.is_empty() { 0.0 } else { scores.iter().sum::<f64>() / scores.len() as f64 };
                match d.source.get(PREDICTION).and_then(|p| p.get(&engine)).and_then(Value::as_object) {
                    Some(given) => {
                        let mut m = given.clone();
                        // The set's score follows its regions (as when Spandrel first wrote it).
                        if m.contains_key("score") && !scores.is_empty() {
                            m.insert("score".into(), json!(mean));
                        }
                        m.insert("model_version".into(), json!(engine));
                        m.insert("result".into(), Value::Array(result));
                        Value::Object(m)
                    }
                    None => json!({"model_version": engine, "score": mean, "result": result}),
                }
            })
            .collect();
        let mut task = match d.source.get(TASK).and_then(Value::as_object) {
            Some(m) => m.clone(),
            None => {
                let mut m = Map::new();
                m.insert("id".into(), json!(i + 1));
                m
            }
        };
        task.insert("data".into(), Value::Object(data));
        let list = d.source.get(LIST).and_then(Value::as_str).unwrap_or("annotations").to_owned();
        if !(result.is_empty() && d.source.contains_key(NO_ANNOTATIONS)) {
            let mut ann = match d.source.get(ANNOTATION).and_then(Value::as_object) {
                Some(m) => m.clone(),
                None if d.source.contains_key(TASK) => Map::new(),
                None => {
                    let mut m = Map::new();
                    m.insert("id".into(), json!(i + 1));
                    m
                }
            };
            ann.insert("result".into(), Value::Array(result));
            task.insert(list, json!([ann]));
        }
        if !predictions.is_empty() || !d.source.contains_key(TASK) {
            task.insert("predictions".into(), Value::Array(predictions));
        }
        tasks.push(Value::Object(task));
    }
    // One task that came as a single object (Label Studio's task API, old single-task files) stays one.
    if tasks.len() == 1 && docs[0].source.get(TASK).and_then(|t| t.get("single")).is_some() {
        if let Some(Value::Object(t)) = tasks.first_mut() {
            t.remove("single");
        }
        return Ok(vec![ExportFile { name: "labelstudio-task.json".into(), content: to_json(&tasks[0])? }]);
    }
    for t in &mut tasks {
        if let Value::Object(m) = t {
            m.remove("single");
        }
    }
    Ok(vec![ExportFile { name: "labelstudio-tasks.json".into(), content: to_json(&tasks)? }])
}

pub fn import(bytes: &[u8], prefix: &str, sink: &mut Sink) {
    let v = match util::parse_json(bytes, prefix) {
        Ok(v) => v,
        Err(p) => return sink.problem(p),
    };
    let single = v.is_object();
    let tasks: Vec<&Value> = match &v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(_) => vec![&v],
        other => {
            return sink.problem(Problem::new(
                format!("{prefix}top level"),
                format!("expected a list of tasks, found {}", util::kind(other)),
            ))
        }
    };
    for (i, t) in tasks.into_iter().enumerate() {
        task(t, &format!("{prefix}task {}", i + 1), single, sink);
    }
}

struct Region {
    start: usize,
    end: usize,
    quote: Option<String>,
    labels: Vec<String>,
    score: Option<f64>,
    note: String,
    names: Map<String, Value>,
    loc: String,
}

fn task(v: &Value, loc: &str, single: bool, sink: &mut Sink) {
    let o = match obj(v, loc) {
        Ok(o) => o,
        Err(p) => return sink.problem(p),
    };
    let data = match field(o, "data", loc).and_then(|d| obj(d, &format!("{loc} field data"))) {
        Ok(d) => d,
        Err(p) => return sink.problem(p),
    };
    let text = match data.get("text") {
        Some(t) => string(t, &format!("{loc} field data.text")),
        None => data
            .values()
            .find_map(Value::as_str)
            .ok_or_else(|| Problem::new(format!("{loc} field data"), "no text: expected `data.text`")),
    };
    let text = match text {
        Ok(t) => t,
        Err(p) => return sink.problem(p),
    };
    // A title of another type is not worth refusing the task for.
    let title = data.get("title").and_then(Value::as_str).unwrap_or("");
    let mut raw = RawDoc::new(loc.to_owned(), title.to_owned(), text.to_owned(), UnitRule::Detect);
    // The task's own fields, to write it back in its shape.
    let mut task_extra: Map<String, Value> = o
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "annotations" | "completions" | "data"))
        .map(|(k, v)| (k.clone(), if k == "predictions" { json!([]) } else { v.clone() }))
        .collect();
    let data_extra: Map<String, Value> = data
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "text" | "title"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !data_extra.is_empty() {
        task_extra.insert("data".into(), Value::Object(data_extra));
    }
    if single {
        task_extra.insert("single".into(), json!(true));
    }
    raw.source.insert(TASK.into(), Value::Object(task_extra));
    let list_name =
        if o.contains_key("annotations") || !o.contains_key("completions") { "annotations" } else { "completions" };
    if list_name == "completions" {
        raw.source.insert(LIST.into(), json!("completions"));
    }
    let has_annotations = o.get(list_name).and_then(Value::as_array).is_some_and(|a| !a.is_empty());
    if !has_annotations {
        raw.source.insert(NO_ANNOTATIONS.into(), json!(true));
    }
    // (start, end, label) → key of the first region seen, to merge several annotators' identical regions.
    let mut seen: HashMap<(usize, usize, String), String> = HashMap::new();
    let mut alias: HashMap<String, String> = HashMap::new();
    for (field_name, suggested) in [(list_name, false), ("predictions", true)] {
        let Some(list) = o.get(field_name) else { continue };
        let list = match arr(list, &format!("{loc} field {field_name}")) {
            Ok(l) => l,
            Err(p) => {
                sink.problem(p);
                continue;
            }
        };
        for (k, ann) in list.iter().enumerate() {
            let aloc = format!("{loc} {} {}", &field_name[..field_name.len() - 1], k + 1);
            let ao = match obj(ann, &aloc) {
                Ok(a) => a,
                Err(p) => {
                    sink.problem(p);
                    continue;
                }
            };
            if !suggested && k == 0 {
                let extra: Map<String, Value> =
                    ao.iter().filter(|(k, _)| k.as_str() != "result").map(|(k, v)| (k.clone(), v.clone())).collect();
                raw.source.insert(ANNOTATION.into(), Value::Object(extra));
            }
            if ao.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            let engine = ao.get("model_version").and_then(Value::as_str).unwrap_or("").to_owned();
            if suggested {
                let extra: Map<String, Value> =
                    ao.iter().filter(|(k, _)| k.as_str() != "result").map(|(k, v)| (k.clone(), v.clone())).collect();
                let m = raw.source.entry(PREDICTION.into()).or_insert_with(|| json!({}));
                m[engine.as_str()] = Value::Object(extra);
            }
            let set_score = ao.get("score").and_then(Value::as_f64);
            let results = match field(ao, "result", &aloc).and_then(|r| arr(r, &format!("{aloc} field result"))) {
                Ok(r) => r,
                Err(p) => {
                    sink.problem(p);
                    continue;
                }
            };
            // Region ids are unique within one result list only (an accepted prediction keeps its ids).
            let set_prefix = format!("{field_name}[{k}]:");
            let mut regions: Vec<(String, Region)> = Vec::new();
            let mut notes: HashMap<String, String> = HashMap::new();
            let mut in_set: HashSet<(usize, usize, String)> = HashSet::new();
            for (j, r) in results.iter().enumerate() {
                let rloc = format!("{aloc} result {}", j + 1);
                let set = Set {
                    prefix: &set_prefix,
                    engine: suggested.then_some(engine.as_str()),
                    warnings: &mut sink.warnings,
                };
                if let Err(p) = result_item(r, &rloc, set, &mut raw, &mut regions, &mut notes) {
                    sink.problem(p);
                }
            }
            for (id, mut reg) in regions {
                if let Some(n) = notes.remove(&id) {
                    if reg.note.is_empty() {
                        reg.note = n;
                    }
                }
                for (li, label) in reg.labels.iter().enumerate() {
                    let key = if li == 0 { id.clone() } else { format!("{id}#{li}") };
                    let triple = (reg.start, reg.end, label.clone());
                    if !in_set.insert(triple.clone()) {
                        // Twice in the same result list: a real duplicate, reported by `finish`.
                    } else if let Some(first) = seen.get(&triple) {
                        alias.insert(key, first.clone());
                        continue;
                    }
                    seen.entry(triple).or_insert_with(|| key.clone());
                    let mut s = RawSpan::new(reg.loc.clone(), reg.start, reg.end, label.clone());
                    s.key = Some(key);
                    if li == 0 {
                        s.source.insert(REGION.into(), Value::Object(reg.names.clone()));
                    }
                    s.quote = reg.quote.clone();
                    s.note = reg.note.clone();
                    if suggested {
                        s.state = SpanState::Suggested;
                        let score = reg.score.or(set_score).unwrap_or(0.0);
                        s.origin = Origin::Extracted { engine: engine.clone(), score: score as f32 };
                    }
                    raw.spans.push(s);
                }
            }
        }
    }
    for r in &mut raw.relations {
        if let Some(a) = alias.get(&r.from) {
            r.from = a.clone();
        }
        if let Some(a) = alias.get(&r.to) {
            r.to = a.clone();
        }
    }
    sink.docs.push(raw);
}

/// The result list being read: its key prefix, and where warnings go.
struct Set<'a> {
    prefix: &'a str,
    /// The prediction's `model_version`, when reading predictions.
    engine: Option<&'a str>,
    warnings: &'a mut Vec<Problem>,
}

fn result_item(
    r: &Value,
    loc: &str,
    set: Set<'_>,
    raw: &mut RawDoc,
    regions: &mut Vec<(String, Region)>,
    notes: &mut HashMap<String, String>,
) -> Result<(), Problem> {
    let ro = obj(r, loc)?;
    let kind = util::str_field(ro, "type", loc)?;
    let id = match ro.get("id") {
        Some(v) => format!("{}{}", set.prefix, util::key(v, &format!("{loc} field id"))?),
        None => format!("{}{loc}", set.prefix),
    };
    match kind {
        "relation" => {
            let labels = match ro.get("labels") {
                Some(l) => arr(l, &format!("{loc} field labels"))?
                    .iter()
                    .enumerate()
                    .map(|(i, x)| string(x, &format!("{loc} label {}", i + 1)).map(str::to_owned))
                    .collect::<Result<Vec<_>, _>>()?,
                None => Vec::new(),
            };
            let labels = if labels.is_empty() { vec!["related_to".to_owned()] } else { labels };
            let from =
                format!("{}{}", set.prefix, util::key(field(ro, "from_id", loc)?, &format!("{loc} field from_id"))?);
            let to = format!("{}{}", set.prefix, util::key(field(ro, "to_id", loc)?, &format!("{loc} field to_id"))?);
            let reversed = ro.get("direction").and_then(Value::as_str) == Some("left");
            let (from, to) = if reversed { (to, from) } else { (from, to) };
            for kind in labels {
                raw.relations.push(RawRel::new(from.clone(), to.clone(), kind, loc.to_owned()));
            }
        }
        "choices" => {
            let vo = obj(field(ro, "value", loc)?, &format!("{loc} field value"))?;
            for (i, c) in arr(field(vo, "choices", loc)?, &format!("{loc} field value.choices"))?.iter().enumerate() {
                let c = string(c, &format!("{loc} choice {}", i + 1))?.to_owned();
                if let Some(e) = set.engine {
                    let m = raw.source.entry(CHOICE_ENGINE.into()).or_insert_with(|| json!({}));
                    m[c.as_str()] = json!(e);
                }
                raw.doc_labels.push(c);
            }
            let names: Map<String, Value> = ["id", "from_name", "to_name"]
                .iter()
                .filter_map(|k| ro.get(*k).map(|v| ((*k).to_owned(), v.clone())))
                .collect();
            raw.source.entry(CHOICES.into()).or_insert(Value::Object(names));
        }
        "textarea" => {
            let vo = obj(field(ro, "value", loc)?, &format!("{loc} field value"))?;
            let parts = arr(field(vo, "text", loc)?, &format!("{loc} field value.text"))?;
            let note: Vec<&str> = parts.iter().filter_map(Value::as_str).collect();
            notes.insert(id, note.join("\n"));
        }
        "labels" | "hypertextlabels" => {
            let vloc = format!("{loc} field value");
            let vo = obj(field(ro, "value", loc)?, &vloc)?;
            let start = offset_field(vo, "start", &vloc)?;
            let end = offset_field(vo, "end", &vloc)?;
            let quote = opt_str(vo, "text", &vloc)?.map(str::to_owned);
            let labels: Vec<String> = arr(field(vo, "labels", &vloc)?, &format!("{vloc}.labels"))?
                .iter()
                .enumerate()
                .map(|(i, x)| string(x, &format!("{vloc}.labels {}", i + 1)).map(str::to_owned))
                .collect::<Result<_, _>>()?;
            if labels.is_empty() {
                return Err(Problem::new(format!("{vloc}.labels"), "region has no label"));
            }
            let score = match ro.get("score") {
                Some(s) if !s.is_null() => Some(util::number(s, &format!("{loc} field score"))?),
                _ => None,
            };
            let note = match ro.get("meta").and_then(|m| m.get("text")) {
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n"),
                Some(Value::String(s)) => s.clone(),
                _ => String::new(),
            };
            // The region's own names and fields (`id`, `from_name`, `to_name`, `origin`, …), written back.
            let names: Map<String, Value> = ro
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "value" | "type" | "score" | "meta"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            regions.push((id, Region { start, end, quote, labels, score, note, names, loc: loc.to_owned() }));
        }
        other => set.warnings.push(Problem::new(
            format!("{loc} field type"),
            format!("result type {other:?} is not supported and was skipped"),
        )),
    }
    Ok(())
}

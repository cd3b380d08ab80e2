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
use super::{to_json, ExportError, ExportFile, ExportOptions, Problem, RawDoc, RawRel, RawSpan, Sink, UnitRule};
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
/// The `data` key holding the text when it is not `text` (`data.ner`).
const TEXT_KEY: &str = "labelstudio.text_key";
/// Per annotation read from a task's `predictions`: `{"score": its region's score as written, or false}`.
const FROM_PREDICTION: &str = "labelstudio.from_prediction";
/// Per annotation and relation: its place in its result list (results come back in the file's order).
const POS: &str = "labelstudio.pos";
/// Per relation: the relation result's own fields (`direction`, …) without `from_id`, `to_id`, `labels`;
/// `"merge": true` for the second and later labels of one result; `"no_labels": true` when it had none.
const RELATION: &str = "labelstudio.relation";
/// Result types Spandrel does not hold (`taxonomy`, `rating`, …), kept as they are: by list (`annotations`
/// or a prediction's `model_version`), a list of `[position, result]`.
const OTHER: &str = "labelstudio.other_results";
/// Where the choices result stood in its list.
const CHOICES_POS: &str = "labelstudio.choices_pos";

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
    // A new region takes the control names the file's regions use (its labelling config's), else
    // `label` / `text`.
    let file_names = d.source.get(REGION).and_then(Value::as_object).and_then(|m| {
        m.values().find(|r| r.get("from_name").is_some_and(Value::is_string) && r.get("to_name").is_some())
    });
    for (k, v) in [("from_name", "label"), ("to_name", "text")] {
        if o.get(k).is_none() {
            o[k] = file_names.and_then(|r| r.get(k)).cloned().unwrap_or_else(|| json!(v));
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
        // The file's own score (exactly as written), or none when its region had none.
        let given = d.source.get(FROM_PREDICTION).and_then(|m| m.get(a.id.to_string())).map(|p| &p["score"]);
        match (a.origin.score(), given) {
            // A score more precise than Spandrel's `f32` goes back as written (unless it is that `f32`
            // widened, which JSON parsing may have moved by an ulp).
            (Some(s), Some(Value::Number(n)))
                if n.as_f64().is_some_and(|f| f as f32 == s && (f - f64::from(s)).abs() > 1e-12) =>
            {
                o["score"] = json!(n)
            }
            (Some(0.0), Some(Value::Bool(false))) => {}
            (Some(s), _) => o["score"] = json!(s),
            (None, _) => {}
        }
    }
    o
}

fn relation(d: &Document, r: &crate::model::Relation) -> Value {
    let given = d.source.get(RELATION).and_then(|m| m.get(r.id.to_string())).and_then(Value::as_object);
    let mut o = match given {
        Some(m) => m.clone(),
        None => {
            let mut m = Map::new();
            m.insert("direction".into(), json!("right"));
            m
        }
    };
    let no_labels = o.remove("no_labels").is_some();
    o.remove("merge");
    // A `left` relation was read with its ends swapped; it goes back as it was written.
    let (from, to) =
        if o.get("direction").and_then(Value::as_str) == Some("left") { (r.to, r.from) } else { (r.from, r.to) };
    o.insert("type".into(), json!("relation"));
    o.insert("from_id".into(), json!(region_id(d, from)));
    o.insert("to_id".into(), json!(region_id(d, to)));
    if !no_labels {
        o.insert("labels".into(), json!([r.kind]));
    }
    Value::Object(o)
}

/// The place a per-annotation or per-relation entry gives `id` in its result list (new ones last).
fn pos_of(d: &Document, id: u64) -> u64 {
    d.source.get(POS).and_then(|m| m.get(id.to_string())).and_then(Value::as_u64).unwrap_or(u64::MAX)
}

/// Sorts a result list by the places results had in the file and drops the places.
fn in_order(mut list: Vec<(u64, Value)>) -> Vec<Value> {
    crate::sort::sort_by(&mut list, |a, b| a.0.cmp(&b.0));
    list.into_iter().map(|(_, v)| v).collect()
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut tasks = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        // A suggestion read from the file's own predictions goes back there: a prediction is not an
        // annotation, so writing it back claims nothing was accepted.
        let from_file = |a: &Annotation| {
            a.state == SpanState::Suggested
                && d.source.get(FROM_PREDICTION).is_some_and(|m| m.get(a.id.to_string()).is_some())
        };
        let anns: Vec<&Annotation> = d.annotations.values().filter(|a| opts.keeps(a.state) || from_file(a)).collect();
        let kept_ids: HashSet<u64> = anns.iter().map(|a| a.id).collect();
        // Which result list each annotation lands in: None = annotations, Some(engine) = that prediction.
        let list_of = |a: &Annotation| -> Option<String> {
            match (a.state, &a.origin) {
                (SpanState::Accepted, _) => None,
                (_, Origin::Extracted { engine, .. }) => Some(engine.clone()),
                (_, Origin::Manual) => Some(String::new()),
            }
        };
        let mut result: Vec<(u64, Value)> = Vec::new();
        let mut preds: BTreeMap<String, Vec<(u64, Value)>> = BTreeMap::new();
        let mut where_: HashMap<u64, Option<String>> = HashMap::new();
        for a in &anns {
            let l = list_of(a);
            where_.insert(a.id, l.clone());
            match l {
                None => result.push((pos_of(d, a.id), region(d, a, false))),
                Some(e) => preds.entry(e).or_default().push((pos_of(d, a.id), region(d, a, true))),
            }
        }
        // Relation results by list and ends, so that the later labels of one result join it again.
        let mut rel_at: HashMap<(Option<String>, u64, u64), usize> = HashMap::new();
        for r in d.relations.values().filter(|r| kept_ids.contains(&r.from) && kept_ids.contains(&r.to)) {
            let (f, t) = (where_.get(&r.from), where_.get(&r.to));
            if f != t {
                continue;
            }
            let list = f.cloned().flatten();
            let merge =
                d.source.get(RELATION).and_then(|m| m.get(r.id.to_string())).is_some_and(|o| o.get("merge").is_some());
            let key = (list.clone(), r.from, r.to);
            if let Some(&at) = rel_at.get(&key).filter(|_| merge) {
                let target = match &list {
                    None => result.get_mut(at),
                    Some(e) => preds.get_mut(e).and_then(|l| l.get_mut(at)),
                };
                if let Some(Value::Array(labels)) = target.and_then(|t| t.1.get_mut("labels")) {
                    labels.push(json!(r.kind));
                    continue;
                }
            }
            let v = (pos_of(d, r.id), relation(d, r));
            let at = match &list {
                None => {
                    result.push(v);
                    result.len() - 1
                }
                Some(e) => {
                    let l = preds.entry(e.clone()).or_default();
                    l.push(v);
                    l.len() - 1
                }
            };
            rel_at.insert(key, at);
        }
        // Document labels go to the prediction they came from, the others to the annotation.
        let engines = d.source.get(CHOICE_ENGINE).and_then(Value::as_object);
        let mut choices: BTreeMap<Option<String>, Vec<&String>> = BTreeMap::new();
        for l in &d.doc_labels {
            let engine = engines.and_then(|m| m.get(l.as_str())).and_then(Value::as_str).map(str::to_owned);
            choices.entry(engine).or_default().push(l);
        }
        let control = d.source.get(CHOICES).and_then(Value::as_object);
        let choices_pos = d.source.get(CHOICES_POS).and_then(Value::as_u64).unwrap_or(u64::MAX);
        for (engine, labels) in choices {
            let mut c = json!({"id": "doc_labels", "from_name": "doc_label", "to_name": "text", "type": "choices",
                               "value": {"choices": labels}});
            // The choices result's own fields: control names, `id`, `origin`, …
            if let (Some(m), Some(o)) = (control, c.as_object_mut()) {
                if !m.contains_key("id") {
                    o.remove("id");
                }
                for (k, v) in m {
                    o.insert(k.clone(), v.clone());
                }
            }
            match engine {
                None => result.push((choices_pos, c)),
                Some(e) => preds.entry(e).or_default().push((choices_pos, c)),
            }
        }
        // Results of types Spandrel does not hold, where they were.
        if let Some(Value::Object(other)) = d.source.get(OTHER) {
            for (list, items) in other {
                for item in items.as_array().into_iter().flatten() {
                    let (Some(p), Some(v)) = (item.get(0).and_then(Value::as_u64), item.get(1)) else { continue };
                    match list.strip_prefix("prediction:") {
                        None => result.push((p, v.clone())),
                        Some(e) => preds.entry(e.to_owned()).or_default().push((p, v.clone())),
                    }
                }
            }
        }
        let result = in_order(result);
        let preds: BTreeMap<String, Vec<Value>> = preds.into_iter().map(|(k, v)| (k, in_order(v))).collect();
        let mut data = match d.source.get(TASK).and_then(|t| t.get("data")).and_then(Value::as_object) {
            Some(m) => m.clone(),
            None => Map::new(),
        };
        let text_key = d.source.get(TEXT_KEY).and_then(Value::as_str).unwrap_or("text");
        data.insert(text_key.into(), json!(d.text.as_str()));
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
                        if !engine.is_empty() || m.contains_key("model_version") {
                            m.insert("model_version".into(), json!(engine));
                        }
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
    /// Place in its result list.
    pos: usize,
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
        Some(t) => string(t, &format!("{loc} field data.text")).map(|t| ("text", t)),
        None => data
            .iter()
            .find_map(|(k, v)| Some((k.as_str(), v.as_str()?)))
            .ok_or_else(|| Problem::new(format!("{loc} field data"), "no text: expected `data.text`")),
    };
    let (text_key, text) = match text {
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
    if text_key != "text" {
        raw.source.insert(TEXT_KEY.into(), json!(text_key));
    }
    let data_extra: Map<String, Value> = data
        .iter()
        .filter(|(k, _)| k.as_str() != text_key && k.as_str() != "title")
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
                    pos: j,
                    // Only the first annotation's other results are written back (as its fields are).
                    keep_other: suggested || k == 0,
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
                        s.source.insert(POS.into(), json!(reg.pos));
                    }
                    if suggested {
                        let given = reg.names.get("score").cloned();
                        s.source.insert(FROM_PREDICTION.into(), json!({"score": given.unwrap_or(json!(false))}));
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
    /// The result's place in its list.
    pos: usize,
    /// Whether a result of a type Spandrel does not hold is kept to be written back.
    keep_other: bool,
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
            let mut own: Map<String, Value> = ro
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "type" | "from_id" | "to_id" | "labels"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if labels.is_empty() {
                own.insert("no_labels".into(), json!(true));
            }
            let labels = if labels.is_empty() { vec!["related_to".to_owned()] } else { labels };
            let from =
                format!("{}{}", set.prefix, util::key(field(ro, "from_id", loc)?, &format!("{loc} field from_id"))?);
            let to = format!("{}{}", set.prefix, util::key(field(ro, "to_id", loc)?, &format!("{loc} field to_id"))?);
            let reversed = ro.get("direction").and_then(Value::as_str) == Some("left");
            let (from, to) = if reversed { (to, from) } else { (from, to) };
            for (i, kind) in labels.into_iter().enumerate() {
                let mut rel = RawRel::new(from.clone(), to.clone(), kind, loc.to_owned());
                let mut o = own.clone();
                if i > 0 {
                    // The second label of one result: written back into the first's `labels`.
                    o = Map::new();
                    o.insert("merge".into(), json!(true));
                }
                rel.source.insert(RELATION.into(), Value::Object(o));
                rel.source.insert(POS.into(), json!(set.pos));
                raw.relations.push(rel);
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
            let names: Map<String, Value> = ro
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "type" | "value"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            raw.source.entry(CHOICES.into()).or_insert(Value::Object(names));
            raw.source.entry(CHOICES_POS.into()).or_insert(json!(set.pos));
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
                .filter(|(k, _)| !matches!(k.as_str(), "value" | "type" | "meta"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            regions.push((
                id,
                Region { start, end, quote, labels, score, note, names, loc: loc.to_owned(), pos: set.pos },
            ));
        }
        other => {
            if set.keep_other {
                let list = set.engine.map_or_else(|| "annotations".to_owned(), |e| format!("prediction:{e}"));
                let m = raw.source.entry(OTHER.into()).or_insert_with(|| json!({}));
                if let Some(items) = m.as_object_mut().map(|m| m.entry(list).or_insert_with(|| json!([]))) {
                    if let Some(a) = items.as_array_mut() {
                        a.push(json!([set.pos, r]));
                    }
                }
            }
            set.warnings.push(Problem::new(
                format!("{loc} field type"),
                format!(
                    "result type {other:?} is not held by Spandrel: kept as it is for export back to Label Studio only"
                ),
            ))
        }
    }
    Ok(())
}

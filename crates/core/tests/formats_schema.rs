//! The published JSON Schema (schema/spandrel-document.schema.json) describes what Spandrel writes.
//! A small validator covers the keywords the schema uses.

use serde_json::Value;
use spandrel_core::formats::{self, ExportOptions, Format};
use spandrel_core::{Annotation, Document, LabelSchema, Origin, Relation, Span, SpanState};
use std::collections::BTreeMap;

fn schema() -> Value {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/spandrel-document.schema.json");
    serde_json::from_str(&std::fs::read_to_string(p).expect("schema file")).expect("schema is JSON")
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => &root["$defs"][name],
        None => s,
    }
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        _ => false,
    }
}

/// Errors of `v` against schema `s`, with JSON paths.
fn validate(root: &Value, s: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    let s = resolve(root, s);
    if let Some(t) = s.get("type").and_then(Value::as_str) {
        if !type_ok(t, v) {
            errs.push(format!("{path}: expected {t}, found {v}"));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errs.push(format!("{path}: expected {c}"));
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errs.push(format!("{path}: {v} not in {e:?}"));
        }
    }
    if let (Some(m), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if x < m {
            errs.push(format!("{path}: {x} < {m}"));
        }
    }
    if let (Some(m), Some(x)) = (s.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if x > m {
            errs.push(format!("{path}: {x} > {m}"));
        }
    }
    if let (Some(m), Some(x)) = (s.get("minLength").and_then(Value::as_u64), v.as_str()) {
        if (x.chars().count() as u64) < m {
            errs.push(format!("{path}: shorter than {m}"));
        }
    }
    if let Some(alts) = s.get("oneOf").and_then(Value::as_array) {
        let ok = alts
            .iter()
            .filter(|a| {
                let mut e = Vec::new();
                validate(root, a, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if ok != 1 {
            errs.push(format!("{path}: matches {ok} of the oneOf alternatives"));
        }
    }
    if let Some(items) = s.get("items") {
        for (i, x) in v.as_array().into_iter().flatten().enumerate() {
            validate(root, items, x, &format!("{path}[{i}]"), errs);
        }
    }
    if let Some(o) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
            let r = r.as_str().unwrap_or("");
            if !o.contains_key(r) {
                errs.push(format!("{path}: missing {r}"));
            }
        }
        for (k, x) in o {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(root, ps, x, &format!("{path}.{k}"), errs),
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => errs.push(format!("{path}: unexpected key {k}")),
                    Some(extra @ Value::Object(_)) => validate(root, extra, x, &format!("{path}.{k}"), errs),
                    _ => {}
                },
            }
        }
    }
}

fn errors(v: &Value) -> Vec<String> {
    let root = schema();
    let mut errs = Vec::new();
    validate(&root, &root, v, "$", &mut errs);
    errs
}

fn sample() -> Vec<Document> {
    let mut d = Document::new("a", "Talks", "Sultan Qaboos in Muscat 😀", 1);
    let specs = [
        (0, 13, "PERSON", SpanState::Accepted, Origin::Manual),
        (17, 23, "GPE", SpanState::Suggested, Origin::Extracted { engine: "crf".into(), score: 0.75 }),
    ];
    for (i, (s, e, l, st, o)) in specs.into_iter().enumerate() {
        let id = i as u64 + 1;
        d.annotations.insert(
            id,
            Annotation {
                id,
                span: Span::new(s, e),
                label: l.into(),
                note: "why".into(),
                attributes: BTreeMap::from([("k".into(), "v".into())]),
                origin: o,
                state: st,
                rev: 3,
            },
        );
    }
    d.relations.insert(3, Relation { id: 3, from: 1, to: 2, kind: "located_in".into() });
    d.next_id = 4;
    d.doc_labels.insert("relevant".into());
    d.tokens = vec![Span::new(0, 6), Span::new(7, 13), Span::new(14, 16), Span::new(17, 23), Span::new(24, 25)];
    // A rich document: its structure (blocks, marks, source file) is part of what is written.
    let (text, title, structure) = spandrel_core::rich::markdown::read(
        "notes.md",
        "# Muscat *talks*\n\n- [Oman](https://oman.om) hosts\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n",
    );
    let mut r = Document::new("c", title, text.as_str(), 3);
    r.structure = Some(structure);
    vec![d, Document::new("b", "", "", 2), r]
}

#[test]
fn exports_follow_the_published_schema() {
    let files = formats::export(Format::Spandrel, &sample(), &LabelSchema::default(), &ExportOptions::all()).unwrap();
    let v: Value = serde_json::from_str(&files[0].content).unwrap();
    assert_eq!(errors(&v), Vec::<String>::new());
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let files = formats::export(Format::Spandrel, &sample(), &LabelSchema::default(), &ExportOptions::all()).unwrap();
    let good: Value = serde_json::from_str(&files[0].content).unwrap();
    let mut extra = good.clone();
    extra["documents"][0]["spans"][0]["colour"] = "red".into();
    assert!(errors(&extra).iter().any(|e| e.contains("unexpected key colour")));
    let mut neg = good.clone();
    neg["documents"][0]["spans"][0]["start"] = (-1).into();
    assert!(!errors(&neg).is_empty());
    let mut origin = good.clone();
    origin["documents"][0]["spans"][1]["origin"]["kind"] = "manual".into();
    assert!(errors(&origin).iter().any(|e| e.contains("oneOf")));
    let mut version = good;
    version["version"] = 2.into();
    assert!(!errors(&version).is_empty());
}

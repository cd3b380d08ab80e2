//! Benchmark and test hooks, exported to JS (`window.wasmBindings.bench_extract`, `bench_extract_many`,
//! `worker_suggestions`): tests/bench/browser-bench.mjs measures extraction throughput in the extraction
//! worker with them, and tests/e2e/worker.test.mjs checks that the worker's suggestions are the native
//! engine's, bit for bit. `bench_team` times core's team rules (assignment, dashboard, adjudication
//! queue) in the page's wasm. `paragraph_paints` counts paragraph repaints (tests check that an action
//! repaints a paragraph once).

use crate::platform::extractor;
use crate::state::MODEL_URL;
use wasm_bindgen::prelude::*;

/// Extracts entities from `text` `rounds` times in the extraction worker, with the app's model;
/// returns `[suggestions, milliseconds]` of the extraction alone (model loading excluded).
#[wasm_bindgen]
pub async fn bench_extract(text: String, rounds: u32) -> Result<Vec<f64>, JsValue> {
    let (found, ms) =
        extractor::extract(&text, MODEL_URL, rounds.max(1)).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(vec![found.len() as f64, ms])
}

/// Extracts entities from each of `texts` (one request, as the app asks for a corpus's documents) in the
/// extraction worker; returns `[suggestions, milliseconds]` of the worker's work on the request (extraction
/// and building the reply; model loading excluded).
#[wasm_bindgen]
pub async fn bench_extract_many(texts: Vec<String>) -> Result<Vec<f64>, JsValue> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (found, ms) =
        extractor::extract_many_timed(&refs, MODEL_URL).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(vec![found.iter().map(Vec::len).sum::<usize>() as f64, ms])
}

/// The extraction worker's suggestions for each of `texts` (one request), for tests that compare them with
/// the native engine's: `[numbers, labels]`, where `numbers` holds `text index, start, end, score as f32
/// bits` per suggestion and `labels` its label.
#[wasm_bindgen]
pub async fn worker_suggestions(texts: Vec<String>) -> Result<js_sys::Array, JsValue> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let found = extractor::extract_many(&refs, MODEL_URL).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    let mut numbers = Vec::new();
    let labels = js_sys::Array::new();
    for (i, f) in found.iter().enumerate().flat_map(|(i, list)| list.iter().map(move |f| (i, f))) {
        numbers.extend([i as f64, f.start as f64, f.end as f64, f64::from(f.score.to_bits())]);
        labels.push(&JsValue::from_str(&f.label));
    }
    Ok(js_sys::Array::of2(&js_sys::Float64Array::from(numbers.as_slice()), &labels))
}

/// Ranks `texts` (ids "0", "1", …) most informative first in the extraction worker twice, after the
/// learner was taught one span of the first text (so the ranking decodes with learned weights, as after
/// a learning step): returns `[ms of the first ranking (each text run through the shipped pipeline), ms
/// of the second (the prepared texts are kept)]`, the worker's own time for each. The worker forgets
/// what it was taught afterwards.
#[wasm_bindgen]
pub async fn bench_rank(texts: Vec<String>) -> Result<Vec<f64>, JsValue> {
    use spandrel_core::extract::learn::{Feedback, LabelledSpan};
    let ids: Vec<String> = (0..texts.len()).map(|i| i.to_string()).collect();
    let err = |e: crate::platform::PlatformError| JsValue::from_str(&e.to_string());
    let first_word = texts.first().map_or(0, |t| t.chars().take_while(|c| !c.is_whitespace()).count());
    let fb = Feedback {
        known: vec![LabelledSpan { span: spandrel_core::Span::new(0, first_word.max(1)), label: "BENCH".into() }],
        rejected: Vec::new(),
        done: true,
    };
    let fb = serde_json::to_string(&fb).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let first_text = texts.first().cloned().unwrap_or_default();
    extractor::teach(&[(first_text, fb)], true, MODEL_URL).await.map_err(err)?;
    let (_, first) = extractor::rank(&ids, &texts, MODEL_URL).await.map_err(err)?;
    let (_, again) = extractor::rank(&ids, &texts, MODEL_URL).await.map_err(err)?;
    extractor::forget(MODEL_URL).await.map_err(err)?;
    Ok(vec![first, again])
}

/// Times core's team rules in this page, on `team::sample_project` (`docs` documents, `annotators`
/// annotators, 20 % of documents to 2): `[assign ms, dashboard ms, adjudication queue ms, overlapped
/// documents]`. Assignment is timed on the bare (id, annotators) list, as the lead's "Assign all" runs it.
#[wasm_bindgen]
pub fn bench_team(docs: u32, annotators: u32) -> Result<Vec<f64>, JsValue> {
    use crate::platform::dom::perf_now;
    use spandrel_core::{assign, team};
    let rule = assign::Rule { overlap_share: 0.2, overlap_k: 2 };
    let err = |e: assign::AssignError| JsValue::from_str(&e.to_string());
    let ids: Vec<(String, Vec<String>)> = (0..docs).map(|i| (format!("doc-{i}"), Vec::new())).collect();
    let names: Vec<String> = (0..annotators).map(|i| format!("annotator-{i}")).collect();
    let t = perf_now();
    let plan = assign::assign(&ids, &names, rule).map_err(err)?;
    let assign_ms = perf_now() - t;
    let (project, versions) = team::sample_project(docs as usize, annotators as usize, rule).map_err(err)?;
    debug_assert_eq!(project.len(), plan.len());
    let get = |id: &str| versions.get(id).cloned().unwrap_or_default();
    let t = perf_now();
    let dash = team::dashboard(&project, get, |_| false);
    let dash_ms = perf_now() - t;
    let t = perf_now();
    let queue = team::adjudication_queue(&project, get, |_| false);
    let queue_ms = perf_now() - t;
    Ok(vec![assign_ms, dash_ms, queue_ms, dash.overlapped.len().max(queue.len()) as f64])
}

thread_local! {
    static PAINTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one repaint of a paragraph (called by the document view each time a paragraph's pieces are built).
pub fn count_paint() {
    PAINTS.with(|c| c.set(c.get() + 1));
}

/// How many paragraph repaints there have been since the page loaded.
#[wasm_bindgen]
pub fn paragraph_paints() -> f64 {
    PAINTS.with(|c| c.get() as f64)
}

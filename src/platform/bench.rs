//! Benchmark hooks, exported to JS (`window.wasmBindings.bench_extract`, `bench_extract_many`), used by
//! tests/bench/browser-bench.mjs to measure extraction throughput in the extraction worker.

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

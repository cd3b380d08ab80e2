//! Benchmark hook, exported to JS (`window.wasmBindings.bench_extract`), used by
//! tests/bench/browser-bench.mjs to measure extraction throughput inside the browser.

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

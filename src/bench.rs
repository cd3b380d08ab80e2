//! Benchmark hook, exported to JS (`window.wasmBindings.bench_extract`), used by
//! tests/bench/browser-bench.mjs to measure extraction throughput inside the browser.

use crate::platform::dom;
use crate::state::MODEL_URL;
use spandrel_core::extract::Model;
use spandrel_core::Text;
use wasm_bindgen::prelude::*;

/// Extracts entities from `text` `rounds` times with the app's model; returns
/// `[suggestions, milliseconds]` of the extraction alone (model loading excluded).
#[wasm_bindgen]
pub async fn bench_extract(text: String, rounds: u32) -> Result<Vec<f64>, JsValue> {
    let bytes = dom::fetch_bytes(MODEL_URL).await.map_err(|e| JsValue::from_str(&e))?;
    let model = Model::from_bytes(&bytes).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let text = Text::from(text);
    let t0 = dom::perf_now();
    let mut n = 0;
    for _ in 0..rounds.max(1) {
        n = model.extract(&text).len();
    }
    Ok(vec![n as f64, dom::perf_now() - t0])
}

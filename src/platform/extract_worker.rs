//! The extraction worker: a second, small wasm module (bin `spandrel-extract`) that runs in a
//! dedicated Web Worker. It loads the model once and answers extraction requests, so neither parsing
//! the model nor tagging a long document blocks the page, and the extraction engine, its gazetteers
//! and the model reader are not part of the app shell.
//!
//! Protocol (plain JS objects; the page side is `super::extractor`):
//! - worker → page, once started: `{ ready: true }`
//! - page → worker: `{ id, model: <absolute URL>, text, rounds? }`
//! - worker → page: `{ id, starts, ends, scores: Float64Array, labels: string[], ms }` (code point
//!   offsets; `ms` is the time spent extracting, model loading excluded) or `{ id, error }`.
//! - page → worker, many documents at once (suggestions prepared ahead): `{ id, model, texts: string[] }`
//! - worker → page: `{ id, results: [{ starts, ends, scores, labels }, …], ms }`, one result per text.
//!
//! Nothing here is exported to JS: exports of the library would end up in both wasm modules.

use super::dom::{fetch_bytes, perf_now};
use super::{js_get as get, js_set};
use spandrel_core::extract::Model;
use spandrel_core::Text;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The model last loaded, with the URL it came from.
    static MODEL: RefCell<Option<(String, Rc<Model>)>> = const { RefCell::new(None) };
}

/// Entry point of the worker module: listens for requests, then says it is ready (messages sent
/// before the handler exists would be lost, so the page waits for that).
pub fn start() {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        wasm_bindgen_futures::spawn_local(answer(ev.data()));
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    let ready = js_sys::Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    post(&scope, &ready);
}

fn post(scope: &web_sys::DedicatedWorkerGlobalScope, msg: &JsValue) {
    if let Err(e) = scope.post_message(msg) {
        // Nothing else can reach the page; the console is the last resort.
        web_sys::console::error_2(&JsValue::from_str("spandrel-extract: a reply could not be sent"), &e);
    }
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    if let Err(e) = js_set(obj, key, value) {
        // Only a plain object made here is written to; should that ever fail, the console says so.
        web_sys::console::error_1(&JsValue::from_str(&format!("spandrel-extract: {key}: {e}")));
    }
}

async fn answer(req: JsValue) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = match run(&req).await {
        Ok(reply) => reply,
        Err(e) => {
            let reply = js_sys::Object::new();
            set(&reply, "error", &JsValue::from_str(&e.to_string()));
            reply
        }
    };
    set(&reply, "id", &get(&req, "id"));
    post(&scope, &reply);
}

async fn run(req: &JsValue) -> Result<js_sys::Object, crate::platform::PlatformError> {
    let url = get(req, "model").as_string().ok_or("the request names no model")?;
    let model = load_model(&url).await?;
    let texts = get(req, "texts");
    if texts.is_object() {
        let texts = js_sys::Array::from(&texts);
        let t0 = perf_now();
        let results = js_sys::Array::new_with_length(texts.length());
        for i in 0..texts.length() {
            let text = texts.get(i).as_string().ok_or("a text of the request is not text")?;
            results.set(i, result_object(&model.extract(&Text::from(text))).into());
        }
        let reply = js_sys::Object::new();
        set(&reply, "results", &results);
        set(&reply, "ms", &JsValue::from_f64(perf_now() - t0));
        return Ok(reply);
    }
    let text = get(req, "text").as_string().ok_or("the request carries no text")?;
    let rounds = get(req, "rounds").as_f64().unwrap_or(1.0).clamp(1.0, 1000.0) as u32;
    let text = Text::from(text);
    let t0 = perf_now();
    let mut found = Vec::new();
    for _ in 0..rounds {
        found = model.extract(&text);
    }
    let ms = perf_now() - t0;
    let reply = result_object(&found);
    set(&reply, "ms", &JsValue::from_f64(ms));
    Ok(reply)
}

/// `{ starts, ends, scores, labels }` for one text's suggestions.
fn result_object(found: &[spandrel_core::extract::Suggestion]) -> js_sys::Object {
    let n = found.len() as u32;
    let (starts, ends, scores) = (
        js_sys::Float64Array::new_with_length(n),
        js_sys::Float64Array::new_with_length(n),
        js_sys::Float64Array::new_with_length(n),
    );
    let labels = js_sys::Array::new_with_length(n);
    for (i, s) in found.iter().enumerate() {
        let i = i as u32;
        starts.set_index(i, s.span.start as f64);
        ends.set_index(i, s.span.end as f64);
        scores.set_index(i, f64::from(s.score));
        labels.set(i, JsValue::from_str(&s.label));
    }
    let reply = js_sys::Object::new();
    set(&reply, "starts", &starts);
    set(&reply, "ends", &ends);
    set(&reply, "scores", &scores);
    set(&reply, "labels", &labels);
    reply
}

async fn load_model(url: &str) -> Result<Rc<Model>, crate::platform::PlatformError> {
    if let Some(m) = MODEL.with_borrow(|m| m.as_ref().filter(|(u, _)| u == url).map(|(_, m)| m.clone())) {
        return Ok(m);
    }
    let bytes = fetch_bytes(url).await?;
    let model = Rc::new(Model::from_bytes(&bytes).map_err(|e| e.to_string())?);
    MODEL.set(Some((url.to_owned(), model.clone())));
    Ok(model)
}

//! The reader of rich files: a third wasm module (bin `spandrel-read`) in its own Web Worker, started only
//! when the user opens a Markdown or HTML file, so that neither the app shell nor the extraction worker
//! carries the parsers (pulldown-cmark, html5ever).
//!
//! Protocol (plain JS objects; the page side is `super::extractor::read_rich`):
//! - worker → page, once started: `{ ready: true }`
//! - page → worker: `{ id, rich: { name, text } }` → `{ id, text, title, structure }` (`structure`: JSON of
//!   core's `rich::Structure`; the reader is chosen by the name's extension, core's `rich::read_file`), or
//!   `{ id, error }`.
//!
//! Invariant: the worker only reads text into data; it never loads anything a file names (links and images
//! are strings), and it answers each request as it arrives (reading is synchronous).

use super::{js_get as get, js_set};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Entry point of the reader's module.
pub fn start() {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let req = ev.data();
        let reply = match read(&req) {
            Ok(r) => r,
            Err(e) => {
                let r = js_sys::Object::new();
                set(&r, "error", &JsValue::from_str(&e));
                r
            }
        };
        set(&reply, "id", &get(&req, "id"));
        post(&reply);
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    let ready = js_sys::Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    post(&ready);
}

fn read(req: &JsValue) -> Result<js_sys::Object, String> {
    let rich = get(req, "rich");
    let name = get(&rich, "name").as_string().unwrap_or_default();
    let source = get(&rich, "text").as_string().ok_or("the reading request carries no text")?;
    let (text, title, structure) = spandrel_core::rich::read_file(&name, &source)
        .ok_or_else(|| format!("{name} is not a Markdown or HTML file"))?;
    let structure = serde_json::to_string(&structure).map_err(|e| e.to_string())?;
    let reply = js_sys::Object::new();
    set(&reply, "text", &JsValue::from_str(&text));
    set(&reply, "title", &JsValue::from_str(&title));
    set(&reply, "structure", &JsValue::from_str(&structure));
    Ok(reply)
}

fn post(msg: &JsValue) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    if let Err(e) = scope.post_message(msg) {
        // Nothing else can reach the page; the console is the last resort.
        web_sys::console::error_2(&JsValue::from_str("spandrel-read: a reply could not be sent"), &e);
    }
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    if let Err(e) = js_set(obj, key, value) {
        web_sys::console::error_1(&JsValue::from_str(&format!("spandrel-read: {key}: {e}")));
    }
}

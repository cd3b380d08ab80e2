//! Web APIs behind small adapters. Nothing outside this module touches `web_sys` storage, files,
//! downloads or DOM selections directly.

pub mod agreement;
pub mod dom;
pub mod extract_worker;
pub mod extractor;
pub mod relations;
pub mod storage;
pub mod transfer;
pub mod workspace;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A property of a JS object; `undefined` when it is missing or cannot be read.
pub fn js_get(obj: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(obj, &wasm_bindgen::JsValue::from_str(key)).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// Sets a property of a JS object.
pub fn js_set(obj: &wasm_bindgen::JsValue, key: &str, value: &wasm_bindgen::JsValue) -> Result<(), String> {
    js_sys::Reflect::set(obj, &wasm_bindgen::JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|e| storage::js_message(&e))
}

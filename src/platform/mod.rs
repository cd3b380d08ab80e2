//! Web APIs behind small adapters. Nothing outside this module touches `web_sys` storage, files,
//! downloads or DOM selections directly.

pub mod bench;
pub mod dom;
pub mod extract_worker;
pub mod extractor;
pub mod files;
pub mod geometry;
pub mod http;
pub mod keys;
pub mod locale;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod pdf;
pub mod read_worker;
pub mod segmenter;
pub mod storage;
pub mod timer;
pub mod transfer;
pub mod workspace;

/// Why a web API call failed. Messages are meant for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlatformError {
    /// The page has no `window` (or `document`) to work with.
    #[error("the browser window is not available")]
    NoWindow,
    /// A browser feature this needs is missing here.
    #[error("{0}")]
    Unsupported(String),
    /// A web API threw or rejected; its own message.
    #[error("{0}")]
    Js(String),
}

impl PlatformError {
    /// The error of a thrown or rejected JS value.
    pub fn js(e: &wasm_bindgen::JsValue) -> Self {
        PlatformError::Js(storage::js_message(e))
    }
}

impl From<&str> for PlatformError {
    fn from(s: &str) -> Self {
        PlatformError::Js(s.to_owned())
    }
}

impl From<String> for PlatformError {
    fn from(s: String) -> Self {
        PlatformError::Js(s)
    }
}

/// Milliseconds since the Unix epoch.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Milliseconds since the Unix epoch: off wasm, the fake clock of [`native`].
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> i64 {
    native::now_ms()
}

/// A property of a JS object; `undefined` when it is missing or cannot be read.
pub fn js_get(obj: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(obj, &wasm_bindgen::JsValue::from_str(key)).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// Sets a property of a JS object.
pub fn js_set(obj: &wasm_bindgen::JsValue, key: &str, value: &wasm_bindgen::JsValue) -> Result<(), PlatformError> {
    js_sys::Reflect::set(obj, &wasm_bindgen::JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|e| PlatformError::js(&e))
}

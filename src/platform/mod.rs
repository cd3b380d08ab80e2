//! Web APIs behind small adapters. Nothing outside this module touches `web_sys` storage, files,
//! downloads or DOM selections directly.

pub mod agreement;
pub mod dom;
pub mod extractor;
pub mod relations;
pub mod storage;
pub mod transfer;
pub mod workspace;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

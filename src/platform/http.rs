//! The sync engine's HTTP seam in the browser: a core [`Request`] sent with `fetch`, its answer read
//! back into a core [`Response`].
//!
//! Invariants:
//! - Any HTTP status is a [`Response`] (the engine decides what 401, 403, 412 … mean); only a request
//!   that got no answer at all (network off, server down, blocked by CORS or the CSP) is an
//!   [`HttpError`], and the browser does not say which of those it was, so it is
//!   [`HttpError::Network`] with the browser's message.
//! - Requests carry no cookies (`credentials: omit`): the sync server sees only the `Authorization`
//!   header the engine set.

use spandrel_core::sync::{HttpError, Request, Response};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn network(e: &JsValue) -> HttpError {
    HttpError::Network(super::storage::js_message(e))
}

/// Sends `request` with `fetch` and waits for the whole answer.
pub async fn send(request: &Request) -> Result<Response, HttpError> {
    let window = web_sys::window().ok_or_else(|| HttpError::Network("the browser window is not available".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_method(request.method.as_str());
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|e| network(&e))?;
    for (k, v) in &request.headers {
        headers
            .append(k, v)
            .map_err(|e| HttpError::Blocked(format!("header {k}: {}", super::storage::js_message(&e))))?;
    }
    init.set_headers(&headers);
    if let Some(body) = &request.body {
        init.set_body(&JsValue::from_str(body));
    }
    let req = web_sys::Request::new_with_str_and_init(&request.url, &init)
        .map_err(|e| HttpError::Blocked(format!("{}: {}", request.url, super::storage::js_message(&e))))?;
    let resp = JsFuture::from(window.fetch_with_request(&req)).await.map_err(|e| network(&e))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|e| network(&e))?;
    let mut out_headers = Vec::new();
    if let Ok(Some(iter)) = js_sys::try_iter(&resp.headers()) {
        for pair in iter.flatten() {
            let pair = js_sys::Array::from(&pair);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                out_headers.push((k, v));
            }
        }
    }
    let text = resp.text().map_err(|e| network(&e))?;
    let body = JsFuture::from(text).await.map_err(|e| network(&e))?.as_string().unwrap_or_default();
    Ok(Response { status: resp.status(), headers: out_headers, body })
}

/// Calls `f` whenever the browser says the network is back (`online` event).
pub fn on_online(f: impl Fn() + 'static) -> Result<(), super::PlatformError> {
    use wasm_bindgen::closure::Closure;
    let w = web_sys::window().ok_or(super::PlatformError::NoWindow)?;
    let cb = Closure::<dyn Fn()>::new(f);
    w.add_event_listener_with_callback("online", cb.as_ref().unchecked_ref())
        .map_err(|e| super::PlatformError::js(&e))?;
    // The listener lives as long as the page.
    cb.forget();
    Ok(())
}

/// The page's origin (`https://host:port`), to make a same-origin sync address like `/sync/v1` absolute.
pub fn page_origin() -> Option<String> {
    web_sys::window().and_then(|w| w.location().origin().ok())
}

fn session() -> Result<web_sys::Storage, super::PlatformError> {
    let w = web_sys::window().ok_or(super::PlatformError::NoWindow)?;
    w.session_storage()
        .map_err(|e| super::PlatformError::js(&e))?
        .ok_or_else(|| super::PlatformError::Unsupported("sessionStorage is disabled in this browser".into()))
}

/// A value of this tab's `sessionStorage` (gone when the tab closes).
pub fn session_get(key: &str) -> Result<Option<String>, super::PlatformError> {
    session()?.get_item(key).map_err(|e| super::PlatformError::js(&e))
}

/// Sets (`Some`) or removes (`None`) a value of this tab's `sessionStorage`.
pub fn session_set(key: &str, value: Option<&str>) -> Result<(), super::PlatformError> {
    let s = session()?;
    match value {
        Some(v) => s.set_item(key, v),
        None => s.remove_item(key),
    }
    .map_err(|e| super::PlatformError::js(&e))
}

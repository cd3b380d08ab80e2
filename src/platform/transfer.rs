//! Web APIs for import, export, share links and the offline service worker.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Registers `./sw.js` (relative, so it works under any sub-path) and calls `on_update` when a new
/// version of the app has taken over from the one this page was loaded with (the page should reload).
/// Returns an error text when service workers are unavailable (e.g. a non-secure origin).
/// `on_failure` is called if the registration itself fails later (a missing or broken `sw.js`).
pub fn start_service_worker(
    on_update: impl Fn() + 'static,
    on_failure: impl Fn(crate::platform::PlatformError) + 'static,
) -> Result<(), crate::platform::PlatformError> {
    let w = web_sys::window().ok_or("no window")?;
    let nav = w.navigator();
    // `navigator.serviceWorker` is missing on insecure origins; check before touching it.
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !has {
        return Err(
            "service workers are not available here (the page must be served over HTTPS or from localhost)".into()
        );
    }
    let container = nav.service_worker();
    let had_controller = container.controller().is_some();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = crate::platform::dom::register_service_worker().await {
            on_failure(e);
        }
    });
    if had_controller {
        // The page was served by an older worker: when a newer one claims it, a new version is live.
        let cb = Closure::<dyn Fn()>::new(on_update);
        container.set_oncontrollerchange(Some(cb.as_ref().unchecked_ref()));
        cb.forget();
    }
    Ok(())
}

/// Calls `f` whenever the location hash changes (e.g. a share link pasted into this tab's address bar).
pub fn on_hash_change(f: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    if w.add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref()).is_ok() {
        cb.forget();
    }
}

/// Reloads the page.
pub fn reload() -> Result<(), crate::platform::PlatformError> {
    let w = web_sys::window().ok_or("no window")?;
    w.location().reload().map_err(|e| crate::platform::PlatformError::js(&e))
}

//! Web APIs for import, export, share links and the offline service worker.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The files chosen in an `<input type=file>` whose `change` event this is.
pub fn files_of_input(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = list(input.files());
    // Let the same file be picked again after a failed import.
    input.set_value("");
    files
}

/// The files dropped by a `drop` event.
pub fn files_of_drop(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    list(ev.data_transfer().and_then(|d| d.files()))
}

fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else { return Vec::new() };
    (0..files.length()).filter_map(|i| files.item(i)).collect()
}

pub fn file_name(f: &web_sys::File) -> String {
    f.name()
}

/// Registers `./sw.js` (relative, so it works under any sub-path) and calls `on_update` when a new
/// version of the app has taken over from the one this page was loaded with (the page should reload).
/// Returns an error text when service workers are unavailable (e.g. a non-secure origin).
pub fn start_service_worker(on_update: impl Fn() + 'static) -> Result<(), String> {
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
    crate::platform::dom::register_service_worker();
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
pub fn reload() -> Result<(), String> {
    let w = web_sys::window().ok_or("no window")?;
    w.location().reload().map_err(|e| format!("{e:?}"))
}

//! Window-level web APIs for the workspace: `storage` events from other tabs, `beforeunload`, files
//! dropped anywhere on the window, and local date formatting.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn add_listener<E: JsCast + 'static>(
    event: &str,
    f: impl Fn(E) + 'static,
) -> Result<(), crate::platform::PlatformError> {
    let w = web_sys::window().ok_or("no window")?;
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Ok(e) = ev.dyn_into::<E>() {
            f(e)
        }
    });
    w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref())
        .map_err(|e| crate::platform::storage::js_message(&e))?;
    // The listener lives as long as the page.
    cb.forget();
    Ok(())
}

/// Calls `f(key)` when another tab changes `localStorage` (`None`: the whole storage was cleared).
/// Events about `sessionStorage` are ignored.
pub fn on_local_storage_change(f: impl Fn(Option<String>) + 'static) -> Result<(), crate::platform::PlatformError> {
    add_listener("storage", move |ev: web_sys::StorageEvent| {
        let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let is_local = match (ev.storage_area(), local) {
            (Some(area), Some(local)) => area == local,
            // No area: a synthetic event or an unusual browser; treat it as ours.
            _ => true,
        };
        if is_local {
            f(ev.key())
        }
    })
}

/// Calls `should_warn` when the page is about to be unloaded; when it returns true the browser asks
/// the person whether to leave.
pub fn on_before_unload(should_warn: impl Fn() -> bool + 'static) -> Result<(), crate::platform::PlatformError> {
    add_listener("beforeunload", move |ev: web_sys::BeforeUnloadEvent| {
        if should_warn() {
            ev.prevent_default();
            ev.set_return_value("You have changes that are not saved yet.");
        }
    })
}

/// Calls `f` when the page is hidden (tab switched, window minimised, page being left): the last
/// moment a mobile browser reliably lets the page run.
pub fn on_page_hidden(f: impl Fn() + 'static) -> Result<(), crate::platform::PlatformError> {
    add_listener("visibilitychange", move |_: web_sys::Event| {
        let hidden = web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden());
        if hidden {
            f()
        }
    })
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// Lets files be dropped anywhere on the window: `f` receives them. Drops already handled by an
/// element (which called `preventDefault`, e.g. the Import dialog's own drop zone) are left alone.
/// `dragging(true/false)` reports whether files are being dragged over the window.
pub fn on_window_file_drop(
    f: impl Fn(crate::platform::files::PickedFiles) + 'static,
    dragging: impl Fn(bool) + Clone + 'static,
) -> Result<(), crate::platform::PlatformError> {
    let d1 = dragging.clone();
    add_listener("dragover", move |ev: web_sys::DragEvent| {
        if carries_files(&ev) {
            // Without this the browser would navigate to the dropped file.
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("copy");
            }
            d1(true);
        }
    })?;
    let d2 = dragging.clone();
    add_listener("dragleave", move |ev: web_sys::DragEvent| {
        // Leaving the window (not just moving between elements).
        if ev.related_target().is_none() {
            d2(false);
        }
    })?;
    add_listener("drop", move |ev: web_sys::DragEvent| {
        dragging(false);
        if ev.default_prevented() {
            return;
        }
        let files = crate::platform::files::from_drop(&ev);
        if !files.is_empty() {
            ev.prevent_default();
            f(files);
        }
    })
}

/// A date and time in the person's locale, e.g. "24/11/2026, 15:03:24".
pub fn format_time(ms: i64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    String::from(d.to_locale_string("default", &JsValue::UNDEFINED))
}

//! The window's key presses, as core's plain-data [`KeyPress`].
//!
//! Invariant: the only place a `KeyboardEvent` is read; the default action is prevented exactly
//! when the handler says it handled the key.

use leptos::prelude::window_event_listener;
use spandrel_core::keymap::KeyPress;

/// Calls `f` for every keydown on the window (for the app's lifetime); `f` returns true when it
/// handled the key.
pub fn on_key_down(f: impl Fn(KeyPress) -> bool + 'static) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        let press = KeyPress {
            key: ev.key(),
            code: ev.code(),
            ctrl: ev.ctrl_key() || ev.meta_key(),
            shift: ev.shift_key(),
            alt: ev.alt_key(),
        };
        if f(press) {
            ev.prevent_default();
        }
    });
    std::mem::forget(handle);
}

/// The active keyboard layout, where the browser tells it (`navigator.keyboard.getLayoutMap()`, in
/// Chromium-based browsers): an empty layout elsewhere, so no key cap is shown beside the table's keys.
pub async fn layout() -> Result<spandrel_core::keymap::Layout, super::PlatformError> {
    use spandrel_core::keymap::Layout;
    use wasm_bindgen::JsCast;
    if cfg!(not(target_arch = "wasm32")) {
        return Ok(Layout::default());
    }
    let window = web_sys::window().ok_or(super::PlatformError::NoWindow)?;
    let keyboard =
        js_sys::Reflect::get(&window.navigator(), &"keyboard".into()).map_err(|e| super::PlatformError::js(&e))?;
    let get = js_sys::Reflect::get(&keyboard, &"getLayoutMap".into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
    let Some(get) = get.dyn_ref::<js_sys::Function>() else { return Ok(Layout::default()) };
    let promise: js_sys::Promise = get
        .call0(&keyboard)
        .map_err(|e| super::PlatformError::js(&e))?
        .dyn_into()
        .map_err(|e| super::PlatformError::js(&e))?;
    let map = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| super::PlatformError::js(&e))?;
    let entries = js_sys::Reflect::get(&map, &"entries".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| super::PlatformError::Unsupported("the keyboard map has no entries".into()))?;
    let iter = entries.call0(&map).map_err(|e| super::PlatformError::js(&e))?;
    let mut pairs = Vec::new();
    for entry in js_sys::try_iter(&iter).map_err(|e| super::PlatformError::js(&e))?.into_iter().flatten() {
        let entry = entry.map_err(|e| super::PlatformError::js(&e))?;
        let pair = js_sys::Array::from(&entry);
        if let (Some(code), Some(key)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((code, key));
        }
    }
    Ok(Layout::new(pairs.iter().map(|(c, k)| (c.as_str(), k.as_str()))))
}

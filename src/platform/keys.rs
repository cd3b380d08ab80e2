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

//! Timers: leptos' in the browser; off wasm, the fake clock's (`super::native`), which tests move.
//! Actions import these instead of leptos' so that they run natively too.

#[cfg(target_arch = "wasm32")]
pub use leptos::prelude::{request_animation_frame, set_timeout, set_timeout_with_handle, TimeoutHandle};

#[cfg(not(target_arch = "wasm32"))]
pub use super::native::{request_animation_frame, set_timeout, set_timeout_with_handle, TimeoutHandle};

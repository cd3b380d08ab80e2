//! Spandrel web app (Leptos CSR). Components are thin: every rule lives in `spandrel-core`;
//! web APIs are reached only through `platform`.

pub mod actions;
pub mod app;
pub mod components;
pub mod keyboard;
pub mod platform;
pub mod state;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

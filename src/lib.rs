//! Spandrel web app (Leptos CSR). Components are thin: every rule lives in `spandrel-core`;
//! web APIs are reached only through `platform`; every user-facing string comes from `i18n`.

pub mod actions;
pub mod app;
pub mod components;
pub mod errors;
pub mod i18n;
pub mod keyboard;
pub mod platform;
pub mod state;

/// Chooses the interface language (the stored choice, else the browser's), loads its messages, sets
/// `<html lang dir>` and mounts the app on `<body>`. A language whose files cannot be fetched (offline
/// before they were cached, say) gives English and a message saying why.
pub fn start() {
    console_error_panic_hook::set_once();
    let tag = spandrel_core::locale::negotiate(platform::locale::stored().as_deref(), &platform::locale::requested());
    if tag == "en" || tag == spandrel_core::locale::PSEUDO {
        mount(i18n::install(tag, &[]).err());
        return;
    }
    // Before mounting, Leptos's executor is not set up yet: the browser's own task queue runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let failed = match platform::locale::fetch_files(tag, i18n::FILES).await {
            Ok(files) => i18n::install(tag, &files).err(),
            Err(e) => Some(e),
        };
        mount(failed);
    });
}

/// Mounts the app in the installed language; when a language failed, in English with the reason shown.
fn mount(failed: Option<i18n::LocaleError>) {
    if failed.is_some() {
        if let Err(e) = i18n::install("en", &[]) {
            leptos::logging::error!("{e}");
        }
    }
    if let Err(e) = platform::locale::apply_to_page(i18n::active()) {
        leptos::logging::error!("{e}");
    }
    // The static first paint (components::first_paint) leaves in the same task as the app mounts,
    // so no frame shows neither or both.
    platform::dom::take_first_paint();
    leptos::mount::mount_to_body(move || app::App(app::AppProps { language_failed: failed.clone() }));
}

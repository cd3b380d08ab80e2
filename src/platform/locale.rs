//! The browser's side of interface languages: what the browser asks for (`navigator.languages`, or
//! `?lang=` in the address), the `<html lang dir>` of the page, fetching a language's message files,
//! and numbers written the language's way (`Intl.NumberFormat`). Invariant: nothing here chooses a
//! language; core's `locale::negotiate` does.

use super::PlatformError;
use spandrel_core::bidi::Direction;
use spandrel_core::storage::{KvStore, SETTINGS_KEY};

/// The languages to try, most wanted first: `?lang=` when the address has it, then the browser's.
pub fn requested() -> Vec<String> {
    let Some(w) = web_sys::window() else { return Vec::new() };
    let mut out = Vec::new();
    if let Ok(search) = w.location().search() {
        if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
            if let Some(l) = params.get("lang") {
                out.push(l);
            }
        }
    }
    out.extend(w.navigator().languages().iter().filter_map(|v| v.as_string()));
    out
}

/// The language stored in the workspace's settings, if the user chose one (unreadable settings: none,
/// and the workspace reports them itself when it opens).
pub fn stored() -> Option<String> {
    let raw = super::storage::LocalStore.get(SETTINGS_KEY).ok().flatten()?;
    spandrel_core::storage::parse_settings(&raw).ok()?.preferences.language
}

/// Sets `<html lang dir>` for the interface language (the whole layout mirrors in right-to-left ones).
pub fn apply_to_page(tag: &str) -> Result<(), PlatformError> {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .ok_or(PlatformError::NoWindow)?;
    root.set_attribute("lang", tag).map_err(|e| PlatformError::js(&e))?;
    let dir = match spandrel_core::locale::direction(tag) {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    root.set_attribute("dir", dir).map_err(|e| PlatformError::js(&e))
}

/// Fetches `tag`'s message files (`locales/<tag>/<name>.ftl`, beside the page), all at once, as
/// `(file, text)` in the order of `names`.
pub async fn fetch_files(tag: &str, names: &[&str]) -> Result<Vec<(String, String)>, crate::i18n::LocaleError> {
    use spandrel_core::sync::{Method, Request};
    let fetch_one = |name: &str| {
        let file = format!("locales/{tag}/{name}.ftl");
        async move {
            let fail = |message: String| crate::i18n::LocaleError::Fetch { file: file.clone(), message };
            let resp =
                super::http::send(&Request::new(Method::Get, file.clone())).await.map_err(|e| fail(e.to_string()))?;
            if resp.status != 200 {
                return Err(fail(format!("HTTP {}", resp.status)));
            }
            Ok((file.clone(), resp.body))
        }
    };
    futures::future::try_join_all(names.iter().map(|n| fetch_one(n))).await
}

/// Reloads the page (after a language change).
pub fn reload() -> Result<(), PlatformError> {
    if cfg!(not(target_arch = "wasm32")) {
        return Ok(());
    }
    web_sys::window().ok_or(PlatformError::NoWindow)?.location().reload().map_err(|e| PlatformError::js(&e))
}

/// `value` written as `tag` writes numbers, with Fluent's digit options.
pub fn format_number(tag: &str, value: f64, options: &fluent_bundle::types::FluentNumberOptions) -> String {
    let opts = js_sys::Object::new();
    let set = |k: &str, v: wasm_bindgen::JsValue| {
        // ignored: setting a plain property on a fresh object cannot fail.
        let _ = js_sys::Reflect::set(&opts, &k.into(), &v);
    };
    if let Some(n) = options.minimum_fraction_digits {
        set("minimumFractionDigits", (n as f64).into());
    }
    if let Some(n) = options.maximum_fraction_digits {
        set("maximumFractionDigits", (n as f64).into());
    }
    if options.style == fluent_bundle::types::FluentNumberStyle::Percent {
        set("style", "percent".into());
    }
    if !options.use_grouping {
        set("useGrouping", false.into());
    }
    let tag = if tag == spandrel_core::locale::PSEUDO { "en" } else { tag };
    let locales = js_sys::Array::of1(&tag.into());
    js_sys::Intl::NumberFormat::new(&locales, &opts)
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &value.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.to_string())
}

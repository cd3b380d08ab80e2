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

/// `value` written as `tag` writes numbers, with Fluent's digit options. English (and the pseudo-locale
/// made from it) keeps its numbers ungrouped, as the app and the CLI have always written counts
/// ("19355 documents"); every other language gets its own grouping, decimal sign and digits.
pub fn format_number(tag: &str, value: f64, options: &fluent_bundle::types::FluentNumberOptions) -> String {
    use fluent_bundle::types::FluentNumberStyle;
    let plain = options.minimum_fraction_digits.is_none()
        && options.maximum_fraction_digits.is_none()
        && options.style != FluentNumberStyle::Percent;
    let english = tag == spandrel_core::locale::PSEUDO || tag == "en" || tag.starts_with("en-");
    if plain && english {
        return fluent_bundle::types::FluentNumber::new(value, options.clone()).as_string().into_owned();
    }
    // The formatter with no options is made once per language: counts are formatted per render.
    thread_local! {
        static PLAIN: std::cell::RefCell<Option<(String, js_sys::Intl::NumberFormat)>> = const { std::cell::RefCell::new(None) };
    }
    let make = || {
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
        if options.style == FluentNumberStyle::Percent {
            set("style", "percent".into());
        }
        if !options.use_grouping || english {
            set("useGrouping", false.into());
        }
        let locale = if tag == spandrel_core::locale::PSEUDO { "en" } else { tag };
        js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
    };
    let format = |f: &js_sys::Intl::NumberFormat| {
        f.format().call1(&wasm_bindgen::JsValue::NULL, &value.into()).ok().and_then(|v| v.as_string())
    };
    let written = if plain && options.use_grouping {
        PLAIN.with(|c| {
            let mut c = c.borrow_mut();
            if c.as_ref().is_none_or(|(t, _)| t != tag) {
                *c = Some((tag.to_owned(), make()));
            }
            c.as_ref().and_then(|(_, f)| format(f))
        })
    } else {
        format(&make())
    };
    // A formatter that cannot format (no Intl) leaves Fluent's plain digits.
    written.unwrap_or_else(|| fluent_bundle::types::FluentNumber::new(value, options.clone()).as_string().into_owned())
}

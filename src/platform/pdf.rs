//! PDFs through pdf.js: the page's side of `pdfjs/spandrel-pdf.mjs` (our bridge module, copied into the site
//! with pdf.js by the build). The module is loaded on the first PDF, as a module script of the page's own
//! origin; pdf.js parses in its own worker.
//!
//! - [`read`]: a PDF's bytes → its text items per page and its SHA-256 (the bridge keeps the file in the
//!   browser's Cache Storage under that digest, for the page view).
//! - [`render`]: one page of a kept PDF as an image (a `blob:` URL), its size in CSS pixels, the transform
//!   from the PDF's user space to those pixels, and the page's text items read again (core's
//!   `rich::pdf::page_items` maps them onto the document).
//!
//! Invariant: nothing here fetches anything but the site's own `pdfjs/` files; a PDF's links, scripts and
//! forms are never followed or run (pdf.js is asked for text and a picture only, with eval off).

use spandrel_core::rich::pdf::{PdfPage, PdfText};

/// Why a PDF could not be read or shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfFail {
    #[error("it is password-protected")]
    Password,
    #[error("it is not a readable PDF ({0})")]
    Invalid(String),
    #[error("the PDF file is not kept in this browser")]
    Missing,
    #[error("{0}")]
    Other(String),
}

/// A PDF read: its digest (hex SHA-256) and its text items.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfRead {
    pub digest: String,
    pub pdf: PdfText,
}

/// One page drawn for the page view.
#[derive(Debug, Clone, PartialEq)]
pub struct PageImage {
    /// A `blob:` URL of the page's PNG (give it back with [`forget_image`]).
    pub url: String,
    /// The image's size in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// PDF user space → CSS pixels of the image: `[a, b, c, d, e, f]` (x' = a·x + c·y + e, y' = b·x + d·y + f).
    pub transform: [f64; 6],
    /// The page's text items, read again.
    pub items: PdfPage,
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use crate::platform::js_get;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    thread_local! {
        /// The bridge module's loading, shared by every request (started on the first PDF).
        static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    }

    fn other(e: impl std::fmt::Display) -> PdfFail {
        PdfFail::Other(e.to_string())
    }

    fn fail_of(v: &JsValue) -> PdfFail {
        let message = js_get(v, "message").as_string().unwrap_or_else(|| crate::platform::storage::js_message(v));
        match js_get(v, "kind").as_string().as_deref() {
            Some("password") => PdfFail::Password,
            Some("invalid") => PdfFail::Invalid(message),
            Some("missing") => PdfFail::Missing,
            _ => PdfFail::Other(message),
        }
    }

    fn load_script() -> Result<js_sys::Promise, PdfFail> {
        let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(|| other("no document"))?;
        let base = doc.base_uri().ok().flatten().ok_or_else(|| other("the page has no base address"))?;
        let src = web_sys::Url::new_with_base("pdfjs/spandrel-pdf.mjs", &base)
            .map_err(|e| other(crate::platform::storage::js_message(&e)))?
            .href();
        let script = doc.create_element("script").map_err(|e| other(crate::platform::storage::js_message(&e)))?;
        let set =
            |k: &str, v: &str| script.set_attribute(k, v).map_err(|e| other(crate::platform::storage::js_message(&e)));
        set("type", "module")?;
        set("src", &src)?;
        let target: web_sys::EventTarget = script.clone().unchecked_into();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let on_load = Closure::once_into_js(move || {
                if let Err(e) = resolve.call0(&JsValue::NULL) {
                    web_sys::console::error_1(&e);
                }
            });
            let on_error = Closure::once_into_js(move || {
                let why = JsValue::from_str("pdf.js could not be loaded (is the site's pdfjs/ folder there?)");
                if let Err(e) = reject.call1(&JsValue::NULL, &why) {
                    web_sys::console::error_1(&e);
                }
            });
            for (ev, f) in [("load", on_load), ("error", on_error)] {
                if let Err(e) = target.add_event_listener_with_callback(ev, f.unchecked_ref()) {
                    web_sys::console::error_1(&e);
                }
            }
        });
        doc.body()
            .ok_or_else(|| other("the page has no body"))?
            .append_child(&script)
            .map_err(|e| other(crate::platform::storage::js_message(&e)))?;
        Ok(promise)
    }

    /// `globalThis.spandrelPdf`, loading the bridge module first if needed.
    async fn bridge() -> Result<JsValue, PdfFail> {
        let global = js_sys::global();
        let have = js_get(&global, "spandrelPdf");
        if have.is_object() {
            return Ok(have);
        }
        let loading = LOADING.with(|l| l.borrow().clone());
        let loading = match loading {
            Some(p) => p,
            None => {
                let p = load_script()?;
                LOADING.with(|l| *l.borrow_mut() = Some(p.clone()));
                p
            }
        };
        if let Err(e) = JsFuture::from(loading).await {
            // Let a later PDF try again.
            LOADING.with(|l| *l.borrow_mut() = None);
            return Err(fail_of(&e));
        }
        let have = js_get(&global, "spandrelPdf");
        if have.is_object() {
            Ok(have)
        } else {
            Err(other("pdf.js loaded without its bridge"))
        }
    }

    async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, PdfFail> {
        let b = bridge().await?;
        let f: js_sys::Function =
            js_get(&b, name).dyn_into().map_err(|_| other(format!("the PDF bridge has no {name}")))?;
        let array: js_sys::Array = args.iter().collect();
        let p = f.apply(&b, &array).map_err(|e| fail_of(&e))?;
        JsFuture::from(js_sys::Promise::resolve(&p)).await.map_err(|e| fail_of(&e))
    }

    pub async fn read(bytes: &[u8]) -> Result<PdfRead, PdfFail> {
        let data = js_sys::Uint8Array::from(bytes);
        let r = call("read", &[data.into()]).await?;
        let digest = js_get(&r, "digest").as_string().ok_or_else(|| other("the PDF reading has no digest"))?;
        let json = js_get(&r, "pdf").as_string().ok_or_else(|| other("the PDF reading has no pages"))?;
        let pdf = serde_json::from_str(&json).map_err(|e| other(format!("the PDF reading cannot be read ({e})")))?;
        Ok(PdfRead { digest, pdf })
    }

    pub async fn render(digest: &str, page: u32, css_width: f64) -> Result<PageImage, PdfFail> {
        let r = call("render", &[JsValue::from_str(digest), JsValue::from(page), JsValue::from(css_width)]).await?;
        let num = |k: &str| js_get(&r, k).as_f64().ok_or_else(|| other(format!("the page image has no {k}")));
        let t: Vec<f64> = js_sys::Array::from(&js_get(&r, "transform")).iter().filter_map(|v| v.as_f64()).collect();
        let transform: [f64; 6] = t.try_into().map_err(|_| other("the page image has no transform"))?;
        let items = js_get(&r, "items").as_string().ok_or_else(|| other("the page image has no text items"))?;
        let items = serde_json::from_str(&items).map_err(|e| other(format!("the page's text cannot be read ({e})")))?;
        let url = js_get(&r, "url").as_string().ok_or_else(|| other("the page image has no address"))?;
        Ok(PageImage { url, width: num("width")?, height: num("height")?, transform, items })
    }

    pub fn forget_image(url: &str) {
        if let Err(e) = web_sys::Url::revoke_object_url(url) {
            web_sys::console::warn_1(&e);
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{forget_image, read, render};

/// Off the browser: the twin's reading (`super::native::set_pdf`; by default PDFs are refused, as the CLI
/// refuses them).
#[cfg(not(target_arch = "wasm32"))]
pub async fn read(_bytes: &[u8]) -> Result<PdfRead, PdfFail> {
    super::native::pdf_read()
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn render(digest: &str, page: u32, _css_width: f64) -> Result<PageImage, PdfFail> {
    super::native::pdf_render(digest, page)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn forget_image(_url: &str) {}

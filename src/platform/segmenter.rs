//! Word boundaries from the browser's `Intl.Segmenter` (granularity "word"): dictionary words for
//! Chinese and Japanese, word lists for Thai, Lao, Khmer and Burmese, at no cost to our wasm.
//!
//! Invariant: returns the UTF-16 indices where the segments of `s` start, plus `s`'s UTF-16 length
//! (sorted, starting at 0); core (`WordBreaks::from_utf16_boundaries`) turns them into code points.

use super::PlatformError;
#[cfg(target_arch = "wasm32")]
use js_sys::{Array, Object, Reflect};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::{JsCast, JsValue};

#[cfg(target_arch = "wasm32")]
fn get(obj: &JsValue, key: &str) -> Result<JsValue, PlatformError> {
    Reflect::get(obj, &JsValue::from_str(key)).map_err(|e| PlatformError::js(&e))
}

/// The word segmentation of `s` as UTF-16 boundaries (see the module docs).
#[cfg(target_arch = "wasm32")]
pub fn word_boundaries_utf16(s: &str) -> Result<Vec<usize>, PlatformError> {
    let intl = get(&js_sys::global(), "Intl")?;
    let ctor = get(&intl, "Segmenter")?;
    let ctor: js_sys::Function =
        ctor.dyn_into().map_err(|_| PlatformError::Unsupported("this browser has no Intl.Segmenter".into()))?;
    let opts = Object::new();
    Reflect::set(&opts, &"granularity".into(), &"word".into()).map_err(|e| PlatformError::js(&e))?;
    let args = Array::of2(&JsValue::UNDEFINED, &opts);
    let seg = Reflect::construct(&ctor, &args).map_err(|e| PlatformError::js(&e))?;
    let segment: js_sys::Function = get(&seg, "segment")?
        .dyn_into()
        .map_err(|_| PlatformError::Unsupported("Intl.Segmenter has no segment()".into()))?;
    let segments = segment.call1(&seg, &JsValue::from_str(s)).map_err(|e| PlatformError::js(&e))?;
    let iter = js_sys::try_iter(&segments)
        .map_err(|e| PlatformError::js(&e))?
        .ok_or_else(|| PlatformError::Unsupported("Intl.Segmenter's segments cannot be iterated".into()))?;
    let mut out = Vec::new();
    for item in iter {
        let item = item.map_err(|e| PlatformError::js(&e))?;
        let index = get(&item, "index")?.as_f64().ok_or_else(|| PlatformError::Js("a segment has no index".into()))?;
        out.push(index as usize);
    }
    out.push(spandrel_core::text::utf16_len(s));
    Ok(out)
}

/// Off wasm there is no `Intl.Segmenter`: selections in scripts written without spaces are kept as made
/// (the app says so once), as in a browser without one.
#[cfg(not(target_arch = "wasm32"))]
pub fn word_boundaries_utf16(_s: &str) -> Result<Vec<usize>, PlatformError> {
    Err(PlatformError::Unsupported("no word segmenter outside the browser".into()))
}

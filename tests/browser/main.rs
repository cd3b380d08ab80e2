//! Browser tests (wasm-bindgen-test in headless Chromium): the core engine and the platform adapters
//! as they run inside the real browser.
#![cfg(target_arch = "wasm32")]

use spandrel_core::{Text, Unit};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The core's code point ↔ UTF-16 conversion agrees with JavaScript's own string indexing.
#[wasm_bindgen_test]
fn offsets_agree_with_javascript_strings() {
    let s = "Iran’s 阿拉格齐 (Alaghezi) 👨‍👩‍👧 🇴🇲 e\u{301}";
    let text = Text::from(s);
    let js = js_sys::JsString::from(s);
    assert_eq!(js.length() as usize, text.len_utf16());
    // Walk JS code points and compare positions.
    let mut u16_pos = 0u32;
    let mut cp = 0usize;
    while u16_pos < js.length() {
        assert_eq!(text.cp_to_utf16(cp), Ok(u16_pos as usize));
        assert_eq!(text.to_cp(u16_pos as usize, Unit::Utf16), Ok(cp));
        let unit = js.char_code_at(u16_pos) as u32;
        u16_pos += if (0xD800..0xDC00).contains(&unit) { 2 } else { 1 };
        cp += 1;
    }
    assert_eq!(cp, text.len_cp());
}

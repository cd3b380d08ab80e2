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

/// The localStorage adapter round-trips values and reports a full store as `QuotaExceeded`,
/// leaving the previous value in place.
#[wasm_bindgen_test]
fn local_store_maps_quota_errors_and_keeps_old_values() {
    use spandrel_app::platform::storage::LocalStore;
    use spandrel_core::storage::{KvStore, StoreError};
    let mut s = LocalStore;
    s.set("spandrel-test/a", "one").unwrap();
    assert_eq!(s.get("spandrel-test/a").unwrap().as_deref(), Some("one"));
    assert!(s.keys().unwrap().iter().any(|k| k == "spandrel-test/a"));
    // 6 M UTF-16 units is above every browser's per-origin localStorage quota.
    let huge = "x".repeat(6 * 1024 * 1024);
    match s.set("spandrel-test/a", &huge) {
        Err(StoreError::QuotaExceeded { key, .. }) => assert_eq!(key, "spandrel-test/a"),
        other => panic!("expected QuotaExceeded, got {other:?}"),
    }
    assert_eq!(s.get("spandrel-test/a").unwrap().as_deref(), Some("one"));
    s.remove("spandrel-test/a").unwrap();
    assert_eq!(s.get("spandrel-test/a").unwrap(), None);
}

/// The extraction engine runs in wasm and finds the sample's places.
#[wasm_bindgen_test]
fn extraction_runs_in_wasm() {
    let model = spandrel_core::extract::Model::from_bytes(include_bytes!("../../assets/model/ner-v1.bin")).unwrap();
    let text = Text::from(spandrel_app::app::SAMPLE_TEXT);
    let found = model.extract(&text);
    let muscat = text.as_str().find("Muscat").unwrap();
    let start = text.byte_to_cp(muscat).unwrap();
    assert!(found.iter().any(|s| s.span.start == start && s.label == "GPE"));
}

/// The rich readers give in wasm exactly what they give natively (the extraction worker runs them).
#[wasm_bindgen_test]
fn rich_readers_agree_in_wasm() {
    let html = "<html><head><title>T</title></head><body><main><h1>Talks in <em>Muscat</em></h1>\
                <p>Iran met <a href=\"https://x.org\">Oman</a>.</p><ul><li>one</li><li>two</li></ul>\
                <table><tr><td>a</td><td>b</td></tr></table></main></body></html>";
    let (text, title, s) = spandrel_core::rich::html::read("page.html", html);
    assert_eq!(title, "Talks in Muscat");
    assert_eq!(text, "Talks in Muscat\nIran met Oman.\none\ntwo\na\tb");
    let kinds: Vec<&str> = s.blocks.iter().map(|b| b.kind.name()).collect();
    assert_eq!(kinds, ["heading", "paragraph", "list_item", "list_item", "table_cell", "table_cell"]);
    let (text, title, _) = spandrel_core::rich::markdown::read("n.md", "# Head\n\n- *a*\n- b\n");
    assert_eq!((text.as_str(), title.as_str()), ("Head\na\nb", "Head"));
}

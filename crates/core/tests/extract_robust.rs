//! Robustness of the extraction engine on arbitrary input: no panics, valid sorted spans, and corrupt
//! weight files rejected with an error.

use proptest::prelude::*;
use spandrel_core::extract::{extract_patterns, Model};
use spandrel_core::text::Text;
use std::sync::OnceLock;

fn model_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin")).expect("model file")
    })
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(model_bytes()).expect("model loads"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn extract_spans_are_valid(s in "([A-Z][a-z]{0,8}|[a-z]{1,6}|[0-9]{1,4}|[.,;:!?()'’“”–—$%]|阿拉格齐|伊朗|😀|é| |\n){0,40}") {
        let text = Text::from(s.as_str());
        let spans = model().extract(&text);
        let mut prev = None;
        for x in &spans {
            prop_assert!(x.span.start < x.span.end && x.span.end <= text.len_cp());
            prop_assert!((0.0..=1.0).contains(&x.score));
            let key = (x.span, x.label.clone());
            if let Some(p) = &prev {
                prop_assert!(p < &key, "not sorted or duplicated: {:?}", spans);
            }
            prev = Some(key);
        }
        for x in extract_patterns(&text) {
            prop_assert!(x.span.start < x.span.end && x.span.end <= text.len_cp());
        }
        // Any slicing into ranges gives the same suggestions as the whole text's sentences.
        let spans = model().extract_sentences(&text);
        let step = 1 + s.len() % 17;
        let mut parts = Vec::new();
        let mut at = 0;
        while at < text.len_cp() {
            parts.extend(model().extract_range(&text, at..at + step));
            at += step;
        }
        prop_assert_eq!(parts, spans);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn corrupt_model_files_are_rejected_or_load(pos in 0usize..1_000_000, byte in any::<u8>(), cut in 0usize..1_000_000) {
        let b = model_bytes();
        let mut v = b.to_vec();
        let pos = pos % v.len();
        v[pos] = byte;
        // Must not panic; either an error or a usable model.
        if let Ok(m) = Model::from_bytes(&v) {
            let _ = m.extract(&Text::from("Iran and Oman met in Muscat."));
        }
        let cut = cut % b.len();
        prop_assert!(Model::from_bytes(&b[..cut]).is_err());
    }
}

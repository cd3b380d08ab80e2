//! Acceptance on assets/muscat-talks.txt with the shipped weights (assets/model/ner-v1.bin): every person,
//! place, nationality and date is suggested with the right edges and label.

use spandrel_core::extract::Model;
use spandrel_core::text::Text;

fn load() -> (Model, Text) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let bytes = std::fs::read(format!("{root}/assets/model/ner-v1.bin")).expect("model file");
    let model = Model::from_bytes(&bytes).expect("model loads");
    let text = std::fs::read_to_string(format!("{root}/assets/muscat-talks.txt")).expect("sample text");
    (model, Text::from(text))
}

/// (covered text, label) pairs of the suggestions.
fn found(model: &Model, text: &Text) -> Vec<(String, String, f32)> {
    model
        .extract(text)
        .into_iter()
        .map(|s| (text.slice_cp(s.span.range()).expect("valid span").to_string(), s.label, s.score))
        .collect()
}

#[test]
fn muscat_sample_entities() {
    let (model, text) = load();
    let got = found(&model, &text);
    let has = |t: &str, l: &str| got.iter().any(|(gt, gl, _)| gt == t && gl == l);
    for place in ["Iran", "Muscat", "Oman", "Tehran", "Washington", "Israel", "US"] {
        assert!(has(place, "GPE"), "{place} should be GPE; got {got:?}");
    }
    assert!(has("United States", "GPE") || has("the United States", "GPE"), "{got:?}");
    assert!(has("February 6", "DATE"), "{got:?}");
    assert!(has("阿拉格齐", "PERSON") && has("Alaghezi", "PERSON"), "{got:?}");
    assert!(has("Gulf Arab", "NORP"), "{got:?}");
    // Every occurrence of the places is found, with the same label.
    let s = text.as_str();
    for place in ["Iran", "Tehran", "Oman", "Washington", "Muscat"] {
        let occurrences = s.matches(place).count();
        let tagged = got.iter().filter(|(t, l, _)| t == place && l == "GPE").count();
        assert_eq!(tagged, occurrences, "{place}: {got:?}");
    }
    // Both sides of "Iran–US".
    let dash = s.find("Iran–US").expect("sample has Iran–US");
    let cp = text.byte_to_cp(dash).expect("boundary");
    let spans = model.extract(&text);
    assert!(spans.iter().any(|x| x.span.start == cp && x.span.end == cp + 4 && x.label == "GPE"));
    assert!(spans.iter().any(|x| x.span.start == cp + 5 && x.span.end == cp + 7 && x.label == "GPE"));
    // Nothing swallowed sentence-initial words or lower-case words.
    for (t, l, sc) in &got {
        assert!((0.0..=1.0).contains(sc), "{t} {l} {sc}");
        assert!(!t.starts_with(char::is_lowercase) || l == "DATE", "{t} {l}");
    }
}

#[test]
fn ranges_agree_with_whole_text() {
    let (model, text) = load();
    let whole = model.extract_sentences(&text);
    for step in [37usize, 200, 1000] {
        let mut parts = Vec::new();
        let mut at = 0;
        while at < text.len_cp() {
            parts.extend(model.extract_range(&text, at..at + step));
            at += step;
        }
        assert_eq!(parts, whole, "slices of {step} code points");
    }
}

#[test]
fn long_text_in_slices() {
    let (model, text) = load();
    // ~33 KB: several context windows; paragraphs separated by single and double newlines.
    let mut long = String::new();
    for i in 0..12 {
        long.push_str(text.as_str());
        long.push_str(if i % 2 == 0 { "\n" } else { "\n\n" });
    }
    let long = Text::from(long);
    let whole = model.extract_sentences(&long);
    let mut parts = Vec::new();
    let mut at = 0;
    while at < long.len_cp() {
        parts.extend(model.extract_range(&long, at..at + 3000));
        at += 3000;
    }
    assert_eq!(parts.len(), whole.len());
    assert_eq!(parts, whole);
}

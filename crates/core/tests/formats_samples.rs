//! Files in the shapes real tools write (tests/fixtures/formats/samples/), and the `spandrel convert` CLI.
//! The spaCy samples are real `nlp(text).to_json()` output of en_core_web_sm 3.8 (with tokens, tags, parses).

use serde_json::Value;
use spandrel_core::formats::{self, Format, ImportOptions};
use spandrel_core::{Document, LabelSchema, SpanState};
use std::path::PathBuf;
use std::process::Command;

fn sample(name: &str) -> (String, Vec<u8>) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats/samples").join(name);
    (name.to_owned(), std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

fn spans(d: &Document) -> Vec<(usize, usize, String, String)> {
    let mut v: Vec<_> = d
        .annotations
        .values()
        .map(|a| (a.span.start, a.span.end, a.label.clone(), d.covered(a.span).unwrap().to_owned()))
        .collect();
    v.sort();
    v
}

fn expected(name: &str) -> Vec<(usize, usize, String, String)> {
    let v: Value = serde_json::from_slice(&sample(name).1).unwrap();
    let mut out: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_u64().unwrap() as usize,
                e[1].as_u64().unwrap() as usize,
                e[2].as_str().unwrap().to_owned(),
                e[3].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn real_spacy_doc_json_imports_with_the_same_entities() {
    for (file, exp) in [
        ("spacy_en_core_web_sm_muscat.json", "spacy_en_core_web_sm_muscat.expected.json"),
        ("spacy_en_core_web_sm_emoji.json", "spacy_en_core_web_sm_emoji.expected.json"),
    ] {
        assert_eq!(formats::detect_format(file, &sample(file).1), Some(Format::SpacyDoc));
        let r = formats::import(Format::SpacyDoc, &[sample(file)], &LabelSchema::default(), &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{file}: {:?}", e.problems));
        let want = expected(exp);
        assert!(!want.is_empty());
        assert_eq!(spans(&r.documents[0]), want, "{file}");
    }
}

#[test]
fn old_label_studio_utf16_export_lands_on_the_quoted_words() {
    let r = formats::import(
        Format::LabelStudio,
        &[sample("labelstudio_utf16_old.json")],
        &LabelSchema::default(),
        &ImportOptions::default(),
    )
    .unwrap();
    let d = &r.documents[0];
    let got: Vec<String> = spans(d).into_iter().map(|s| s.3).collect();
    assert_eq!(got, ["Talks", "Muscat", "Oman"]);
    let talks = d.annotations.values().find(|a| a.label == "EVENT").unwrap();
    assert_eq!(talks.state, SpanState::Suggested);
    assert_eq!(talks.origin.score(), Some(0.8));
    assert_eq!(d.relations.len(), 1);
    assert!(d.doc_labels.contains("relevant"));
    assert!(r.warnings.iter().any(|w| w.message.contains("UTF-16")));
    assert_eq!(r.new_labels, Vec::<String>::new(), "GPE and EVENT are in the default schema");
}

#[test]
fn doccano_export_with_extra_fields() {
    let r = formats::import(
        Format::Doccano,
        &[sample("doccano_export.jsonl")],
        &LabelSchema::default(),
        &ImportOptions::default(),
    )
    .unwrap();
    let words: Vec<Vec<String>> = r.documents.iter().map(|d| spans(d).into_iter().map(|s| s.3).collect()).collect();
    assert_eq!(words, [vec!["Muscat", "Oman"], vec!["東京", "北京"]]);
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_spandrel")).arg("convert").args(args).output().expect("run spandrel");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_converts_and_lists_problems() {
    let dir = std::env::temp_dir().join(format!("spandrel-formats-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats/samples");
    let input = samples.join("spacy_en_core_web_sm_emoji.json");
    // spacy-doc → brat directory → doccano on stdout.
    let brat = dir.join("brat");
    let (code, _, err) = cli(&["--from", "spacy-doc", "--to", "brat", input.to_str().unwrap(), brat.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = cli(&["--from", "brat", "--to", "doccano", brat.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let line: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let text = line["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let words: Vec<String> = line["label"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| chars[l[0].as_u64().unwrap() as usize..l[1].as_u64().unwrap() as usize].iter().collect())
        .collect();
    assert_eq!(words, ["Muscat", "Oman", "Friday", "Iran"]);
    // Auto-detection, and problems on stderr with exit code 1.
    let broken = samples.join("../broken/spacy__negative.json");
    let (code, out, err) = cli(&["--to", "spandrel", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("record 1 entity 1 start: offset -1 is negative"), "{err}");
    let (code, _, err) = cli(&["--from", "nope", "--to", "spandrel"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn label_studio_region_ids_are_per_result_list() {
    // An accepted prediction keeps its region ids: "r1" names a different region in each list.
    let task = serde_json::json!([{
        "data": {"text": "Muscat in Oman"},
        "annotations": [{"result": [
            {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": 0, "end": 6, "text": "Muscat", "labels": ["GPE"]}},
            {"id": "r2", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": 10, "end": 14, "text": "Oman", "labels": ["GPE"]}},
            {"type": "relation", "from_id": "r1", "to_id": "r2", "labels": ["located_in"]}
        ]}],
        "predictions": [{"model_version": "m", "result": [
            {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "score": 0.25,
             "value": {"start": 0, "end": 6, "text": "Muscat", "labels": ["LOC"]}}
        ]}]
    }]);
    let files = vec![("t.json".to_owned(), serde_json::to_vec(&task).unwrap())];
    let r = formats::import(Format::LabelStudio, &files, &LabelSchema::default(), &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{:?}", e.problems));
    let d = &r.documents[0];
    assert_eq!(d.annotations.len(), 3);
    let rel = d.relations.values().next().unwrap();
    let (from, to) = (&d.annotations[&rel.from], &d.annotations[&rel.to]);
    assert_eq!((from.label.as_str(), from.state), ("GPE", SpanState::Accepted));
    assert_eq!(d.covered(to.span), Some("Oman"));
    let loc = d.annotations.values().find(|a| a.label == "LOC").unwrap();
    assert_eq!((loc.state, loc.origin.score()), (SpanState::Suggested, Some(0.25)));
}

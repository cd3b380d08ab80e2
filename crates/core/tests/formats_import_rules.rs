//! Import rules every format shares (issue 16, items 4–6): no span edge inside an extended grapheme
//! cluster, a Spandrel file's own labels join the workspace schema, and the command line reads a
//! doccano line of 10 MB.

use spandrel_core::formats::{self, Format, ImportOptions, MAX_LINE_BYTES};
use spandrel_core::LabelSchema;
use std::io::Write;
use std::process::{Command, Stdio};

/// U+1F469 ZWJ U+1F469 ZWJ U+1F467 (one family emoji: 5 code points) then " Tehran".
const FAMILY: &str = "👩\u{200d}👩\u{200d}👧 Tehran";

/// The same span, start 1 (on the first ZWJ) to end 7, in every format's own shape.
/// Files to import: (name, bytes).
type Files = Vec<(String, Vec<u8>)>;

fn split_span_files() -> Vec<(Format, Files)> {
    let t = serde_json::to_string(FAMILY).unwrap();
    let one = |name: &str, body: String| vec![(name.to_owned(), body.into_bytes())];
    vec![
        (Format::Spacy, one("train.json", format!(r#"[[{t}, {{"entities": [[1, 7, "GPE"]]}}]]"#))),
        (
            Format::SpacyDoc,
            one("doc.json", format!(r#"{{"text": {t}, "ents": [{{"start": 1, "end": 7, "label": "GPE"}}]}}"#)),
        ),
        (Format::Doccano, one("d.jsonl", format!(r#"{{"text": {t}, "label": [[1, 7, "GPE"]]}}"#))),
        (
            Format::DoccanoRel,
            one(
                "d.jsonl",
                format!(
                    r#"{{"text": {t}, "entities": [{{"id": 1, "start_offset": 1, "end_offset": 7, "label": "GPE"}}], "relations": []}}"#
                ),
            ),
        ),
        (
            Format::Prodigy,
            one("p.jsonl", format!(r#"{{"text": {t}, "spans": [{{"start": 1, "end": 7, "label": "GPE"}}]}}"#)),
        ),
        (
            Format::LabelStudio,
            one(
                "ls.json",
                format!(
                    r#"[{{"data": {{"text": {t}}}, "annotations": [{{"result": [{{"id": "a", "type": "labels", "from_name": "label", "to_name": "text", "value": {{"start": 1, "end": 7, "labels": ["GPE"]}}}}]}}]}}]"#
                ),
            ),
        ),
        (
            Format::Spandrel,
            one(
                "s.json",
                format!(
                    r#"{{"format": "spandrel", "version": 1, "documents": [{{"text": {t}, "spans": [{{"id": 1, "start": 1, "end": 7, "label": "GPE", "state": "accepted", "origin": {{"kind": "manual"}}}}]}}]}}"#
                ),
            ),
        ),
        (Format::Brat, vec![("x.txt".into(), FAMILY.as_bytes().to_vec()), ("x.ann".into(), b"T1\tGPE 1 7\n".to_vec())]),
        (
            Format::W3c,
            one(
                "w.jsonld",
                format!(
                    r#"{{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "spandrel:sources": [{{"id": "urn:x", "text": {t}}}], "first": {{"items": [{{"type": "Annotation", "id": "urn:x#a1", "motivation": "tagging", "body": [{{"type": "TextualBody", "purpose": "tagging", "value": "GPE"}}], "target": {{"source": "urn:x", "selector": {{"type": "TextPositionSelector", "start": 1, "end": 7}}}}}}]}}}}"#
                ),
            ),
        ),
    ]
}

#[test]
fn every_importer_refuses_an_edge_inside_a_grapheme() {
    let schema = LabelSchema::default();
    for (f, files) in split_span_files() {
        let rep = formats::import(f, &files, &schema, &ImportOptions::default())
            .expect_err(&format!("{f}: a span starting on a ZWJ inside 👩‍👩‍👧 must be refused"));
        assert_eq!(rep.problems.len(), 1, "{f}: {:?}", rep.problems);
        let p = &rep.problems[0];
        assert!(!p.location.is_empty(), "{f}: the place is named");
        assert!(p.message.contains("start offset 1 falls inside the character"), "{f}: {}", p.message);
        assert!(p.message.contains("code points 0..5"), "{f}: {}", p.message);
    }
}

#[test]
fn snapping_on_request_widens_to_the_whole_character_with_a_warning() {
    let schema = LabelSchema::default();
    let opts = ImportOptions { snap_to_graphemes: true, ..ImportOptions::default() };
    for (f, files) in split_span_files() {
        let r = formats::import(f, &files, &schema, &opts).unwrap_or_else(|rep| panic!("{f}: {:?}", rep.problems));
        let d = &r.documents[0];
        let a = d.annotations.values().next().unwrap();
        assert_eq!((a.span.start, a.span.end), (0, 7), "{f}");
        assert_eq!(d.text.slice_cp(a.span.range()).unwrap(), "👩\u{200d}👩\u{200d}👧 T");
        assert!(r.warnings.iter().any(|w| w.message.contains("widened to 0..7")), "{f}: {:?}", r.warnings);
    }
}

#[test]
fn a_combining_accent_cannot_be_cut_off_either() {
    // "Ame\u{301}lie": an end offset between "e" and its combining acute accent.
    let files =
        vec![("d.jsonl".to_owned(), r#"{"text": "Ame\u0301lie", "label": [[0, 3, "PERSON"]]}"#.as_bytes().to_vec())];
    let rep = formats::import(Format::Doccano, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap_err();
    assert_eq!(rep.problems[0].location, "line 1 label 1");
    // Invisible marks are shown escaped, so the message says which character it is.
    assert!(
        rep.problems[0].message.contains(r#"end offset 3 falls inside the character "e\u{301}" (code points 2..4)"#),
        "{:?}",
        rep.problems
    );
}

#[test]
fn spandrel_file_labels_join_the_schema_with_their_colours() {
    let file = r##"{"format":"spandrel","version":1,
        "schema":{"labels":[{"name":"CUSTOM","color":"#123456","hotkey":"u"},{"name":"UNUSED","color":"#abcdef"},{"name":"GPE","color":"#000000"}]},
        "documents":[{"text":"Muscat talks","spans":[{"id":1,"start":0,"end":6,"text":"Muscat","label":"CUSTOM","state":"accepted","origin":{"kind":"manual"}}]}]}"##;
    let files = vec![("w.spandrel.json".to_owned(), file.as_bytes().to_vec())];
    let r = formats::import(Format::Spandrel, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    // GPE is already in the workspace; CUSTOM (used) and UNUSED (defined only) are new.
    assert_eq!(r.new_labels, vec!["CUSTOM".to_owned(), "UNUSED".to_owned()]);
    let add = r.labels_to_add();
    assert_eq!(add.len(), 2);
    assert_eq!((add[0].name.as_str(), add[0].color.as_str(), add[0].hotkey), ("CUSTOM", "#123456", Some('u')));
    assert_eq!((add[1].name.as_str(), add[1].color.as_str()), ("UNUSED", "#abcdef"));
}

#[test]
fn a_label_colour_that_is_not_rrggbb_is_refused() {
    let file = r#"{"format":"spandrel","version":1,"schema":{"labels":[{"name":"X","color":"red;background:url(x)"}]},"documents":[]}"#;
    let files = vec![("w.json".to_owned(), file.as_bytes().to_vec())];
    let rep =
        formats::import(Format::Spandrel, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap_err();
    assert_eq!(rep.problems[0].location, "top level field schema label 1 field color");
    assert!(rep.problems[0].message.contains("expected #rrggbb"));
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spandrel"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn spandrel");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One valid doccano line of about 10 MB: a long text with a span at its end.
fn ten_mb_line() -> Vec<u8> {
    let filler = "Talks in Muscat. ".repeat(10 * 1024 * 1024 / 17 + 1);
    let n = filler.chars().count();
    format!("{{\"text\": \"{filler}Oman\", \"label\": [[{n}, {}, \"GPE\"]]}}\n", n + 4).into_bytes()
}

#[test]
fn cli_reads_a_ten_megabyte_doccano_line() {
    let line = ten_mb_line();
    assert!(line.len() > 10 * 1024 * 1024);
    let (code, out, err) = run(&["convert", "--from", "doccano", "--to", "doccano"], &line);
    assert_eq!(code, 0, "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(text.len() > 10 * 1024 * 1024 && text.ends_with("Oman"));
    let n = text.chars().count();
    assert_eq!(v["label"][0], serde_json::json!([n - 4, n, "GPE"]));
}

#[test]
fn the_library_keeps_the_browser_limit_and_names_it() {
    let files = vec![("big.jsonl".to_owned(), ten_mb_line())];
    let rep = formats::import(Format::Doccano, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap_err();
    assert_eq!(rep.problems[0].location, "line 1");
    assert!(rep.problems[0].message.contains(&format!("the limit of {MAX_LINE_BYTES} bytes")), "{:?}", rep.problems);
    assert!(rep.problems[0].message.contains("the web app's limit, 8 MiB"), "{:?}", rep.problems);
}

#[test]
fn cli_refuses_a_span_inside_an_emoji_and_snaps_on_request() {
    let t = serde_json::to_string(FAMILY).unwrap();
    let input = format!(r#"[[{t}, {{"entities": [[1, 7, "GPE"]]}}]]"#);
    let (code, _, err) = run(&["convert", "--from", "spacy", "--to", "spacy"], input.as_bytes());
    assert_eq!(code, 1, "stderr: {err}");
    assert!(
        err.contains("record 1 entity 1: span 1..7 (code points): its start offset 1 falls inside the character"),
        "{err}"
    );
    let (code, out, err) = run(&["convert", "--from", "spacy", "--to", "spacy", "--snap-graphemes"], input.as_bytes());
    assert_eq!(code, 0, "stderr: {err}");
    assert!(err.contains("warning: record 1 entity 1: span 1..7 (code points) split the character"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0][1]["entities"][0], serde_json::json!([0, 7, "GPE"]));
}

#[test]
fn cli_auto_detects_a_brat_ann_and_reads_the_txt_beside_it() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/brat");
    let out = std::env::temp_dir().join(format!("spandrel-auto-brat-{}", std::process::id()));
    let ann = dir.join("esp.train-doc-29.ann");
    let (code, _, err) =
        run(&["convert", "--from", "auto", "--to", "brat", ann.to_str().unwrap(), out.to_str().unwrap()], b"");
    assert_eq!(code, 0, "stderr: {err}");
    // The corpus file name comes back as it was (dots kept).
    let txt = std::fs::read(out.join("esp.train-doc-29.txt")).expect("esp.train-doc-29.txt written");
    assert_eq!(txt, std::fs::read(dir.join("esp.train-doc-29.txt")).unwrap());
    assert!(out.join("esp.train-doc-29.ann").exists());
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn cli_reads_w3c_annotations_with_the_text_beside_them() {
    // Recogito's annotations name no source: the one .txt in the directory is their text.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/w3c");
    let (code, out, err) = run(&["convert", "--from", "auto", "--to", "spandrel", dir.to_str().unwrap()], b"");
    assert_eq!(code, 0, "stderr: {err}");
    assert!(err.contains("does not hold the quote"), "stale positions are reported: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let doc = &v["documents"][0];
    assert_eq!(doc["title"], "odyssey");
    assert_eq!(doc["spans"].as_array().unwrap().len(), 4);
    assert_eq!(doc["relations"].as_array().unwrap().len(), 1);
}

proptest::proptest! {
    /// Whatever offsets a file gives, an imported span never starts or ends inside a grapheme cluster;
    /// with snapping on, the import never fails for that reason and the span only grows.
    #[test]
    fn no_imported_edge_splits_a_grapheme(
        pieces in proptest::collection::vec(0usize..8, 1..12),
        a in 0usize..40,
        len in 1usize..10,
    ) {
        const PIECES: [&str; 8] = ["Oman ", "👩\u{200d}👩\u{200d}👧", "🇴🇲", "e\u{301}", "阿拉格齐", " ", "🏃\u{200d}♂\u{fe0f}", "x"];
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let n = text.chars().count();
        let start = a % n;
        let end = (start + len).min(n);
        proptest::prop_assume!(start < end);
        let t = serde_json::to_string(&text).unwrap();
        let line = format!(r#"{{"text": {t}, "label": [[{start}, {end}, "X"]], "spandrel_offsets": "codepoint"}}"#);
        let files = vec![("d.jsonl".to_owned(), line.into_bytes())];
        let boundaries = |d: &spandrel_core::Document, s: usize, e: usize| {
            d.text.is_grapheme_boundary(s).unwrap() && d.text.is_grapheme_boundary(e).unwrap()
        };
        match formats::import(Format::Doccano, &files, &LabelSchema::default(), &ImportOptions::default()) {
            Ok(r) => {
                let d = &r.documents[0];
                let s = d.annotations.values().next().unwrap().span;
                proptest::prop_assert!(boundaries(d, s.start, s.end));
            }
            Err(rep) => proptest::prop_assert!(rep.problems[0].message.contains("falls inside the character"), "{:?}", rep.problems),
        }
        let snap = ImportOptions { snap_to_graphemes: true, ..ImportOptions::default() };
        let r = formats::import(Format::Doccano, &files, &LabelSchema::default(), &snap).unwrap();
        let d = &r.documents[0];
        let s = d.annotations.values().next().unwrap().span;
        proptest::prop_assert!(boundaries(d, s.start, s.end) && s.start <= start && s.end >= end);
    }
}

//! Files written by other tools, taken from their public repositories (see
//! `tests/fixtures/real/README.txt` for each file's repository and path): every one imports with the
//! exact number of documents, spans, relations and document labels, and exporting it to the same format
//! gives back the same texts, offsets, labels, relations, file names and field names.

use serde_json::Value;
use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions, ImportResult};
use spandrel_core::{Document, LabelSchema};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real")
}

fn read(rel: &str) -> (String, Vec<u8>) {
    let p = dir().join(rel);
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    (name, std::fs::read(&p).unwrap_or_else(|e| panic!("{rel}: {e}")))
}

/// One real file (or file set) and what it holds.
struct Case {
    /// Where it came from (repository and path), also in the fixtures' README.txt.
    source: &'static str,
    format: Format,
    files: &'static [&'static str],
    docs: usize,
    spans: usize,
    relations: usize,
    doc_labels: usize,
    /// A warning that must be given (empty: none needed).
    warning: &'static str,
    /// Export must equal the input as JSON values (not only in shape).
    exact: bool,
    /// JSON key paths left out of the shape comparison (fields Spandrel writes itself, e.g. spaCy tokens).
    ignore: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        source: "nlplab/brat example-data/tutorials/news/000-introduction.{ann,txt}",
        format: Format::Brat,
        files: &["brat/000-introduction.ann", "brat/000-introduction.txt"],
        docs: 1,
        spans: 7,
        relations: 2,
        doc_labels: 0,
        warning: "1 event, 1 normalisation, 1 attribute on an event or relation kept as they are",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "nlplab/brat example-data/corpora/CoNLL-ST_2002/esp/esp.train-doc-29.{ann,txt}",
        format: Format::Brat,
        files: &["brat/esp.train-doc-29.ann", "brat/esp.train-doc-29.txt"],
        docs: 1,
        spans: 13,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "nlplab/brat example-data/corpora/BioNLP-ST_2011/BioNLP-ST_2011_EPI/PMID-16379001.{ann,txt}",
        format: Format::Brat,
        files: &["brat/PMID-16379001.ann", "brat/PMID-16379001.txt"],
        docs: 1,
        spans: 7,
        relations: 0,
        doc_labels: 0,
        warning: "1 equivalence kept",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "nlplab/brat example-data/corpora/TDT/wn071.{ann,txt}, first 4 tokens",
        format: Format::Brat,
        files: &["brat/wn071.ann", "brat/wn071.txt"],
        docs: 1,
        spans: 4,
        relations: 2,
        doc_labels: 0,
        warning: "4 notes that are not AnnotatorNotes kept",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "aphp/edsnlp tests/resources/brat_data/subfolder/doc-1.{ann,txt}",
        format: Format::Brat,
        files: &["brat/doc-1.ann", "brat/doc-1.txt"],
        docs: 1,
        spans: 11,
        relations: 2,
        doc_labels: 0,
        warning: "2 events kept",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano backend/data_export/pipeline/examples/text_classification/example.jsonl",
        format: Format::Doccano,
        files: &["doccano/text_classification.jsonl"],
        docs: 3,
        spans: 0,
        relations: 0,
        doc_labels: 3,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano backend/data_export/pipeline/examples/intent_detection/example.jsonl",
        format: Format::Doccano,
        files: &["doccano/intent_detection.jsonl"],
        docs: 2,
        spans: 3,
        relations: 0,
        doc_labels: 2,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano app/server/tests/data/example.labeling.jsonl",
        format: Format::Doccano,
        files: &["doccano/example.labeling.jsonl"],
        docs: 3,
        spans: 4,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano app/server/static/components/examples/download_sequence_labeling.jsonl (1.x)",
        format: Format::Doccano,
        files: &["doccano/download_sequence_labeling.jsonl"],
        docs: 3,
        spans: 3,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano app/server/static/components/examples/download_text_classification.jsonl (1.x)",
        format: Format::Doccano,
        files: &["doccano/download_text_classification.jsonl"],
        docs: 3,
        spans: 0,
        relations: 0,
        doc_labels: 3,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano frontend/static/formats/sequence_labeling/download/example.jsonl (label ids only)",
        format: Format::Doccano,
        files: &["doccano/label_ids.jsonl"],
        docs: 3,
        spans: 3,
        relations: 0,
        doc_labels: 0,
        warning: "numeric label id",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano backend/data_import/pipeline/examples/relation_extraction/example.jsonl",
        format: Format::DoccanoRel,
        files: &["doccano/relation_extraction.jsonl"],
        docs: 1,
        spans: 4,
        relations: 3,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "doccano/doccano backend/data_import/pipeline/examples/relation_extraction/example.jsonl at 0d1a2dc1 (pretty-printed)",
        format: Format::DoccanoRel,
        files: &["doccano/relation_extraction_pretty.jsonl"],
        docs: 1,
        spans: 4,
        relations: 3,
        doc_labels: 0,
        warning: "the file is one JSON object over 47 lines, not JSON Lines (one object per line); read as 1 record(s)",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "explosion/projects tutorials/rel_component/assets/annotations.jsonl, line 1",
        format: Format::Prodigy,
        files: &["prodigy/rel_annotations.jsonl"],
        docs: 1,
        spans: 5,
        relations: 4,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "explosion/projects tutorials/ner_fashion_brands/assets/fashion_brands_training.jsonl, lines 1-2",
        format: Format::Prodigy,
        files: &["prodigy/fashion_brands_training.jsonl"],
        docs: 2,
        spans: 1,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "explosion/projects tutorials/textcat_docs_issues/assets/docs_issues_training.jsonl, lines 1, 2, 9",
        format: Format::Prodigy,
        files: &["prodigy/docs_issues_training.jsonl"],
        docs: 3,
        spans: 0,
        relations: 0,
        doc_labels: 1,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "HumanSignal/label-studio label_studio/tests/test_suites/samples/text_with_2_predictions.json",
        format: Format::LabelStudio,
        files: &["labelstudio/text_with_2_predictions.json"],
        docs: 1,
        spans: 0,
        relations: 0,
        doc_labels: 2,
        warning: "",
        exact: false,
        ignore: &["[].predictions[].result[].id"],
    },
    Case {
        source: "HumanSignal/label-studio-converter test/fixtures/completions/348.json at f068a14, 3 regions",
        format: Format::LabelStudio,
        files: &["labelstudio/completions_348.json"],
        docs: 1,
        spans: 3,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: true,
        ignore: &[],
    },
    Case {
        source: "spaCy 3.8.18 Doc.to_json() of a blank English pipeline with doc.ents and doc.spans[\"sc\"]",
        format: Format::SpacyDoc,
        files: &["spacy/doc_spans_sc.json"],
        docs: 1,
        spans: 6,
        relations: 0,
        doc_labels: 0,
        warning: "",
        exact: false,
        ignore: &["tokens[].id", "tokens[].start", "tokens[].end", "tokens[].tag", "tokens[].pos", "tokens[].morph", "tokens[].lemma", "tokens[].dep", "tokens[].head"],
    },
    Case {
        source: "explosion/projects pipelines/textcat_multilabel_demo/assets/cooking-train.jsonl, lines 1-2",
        format: Format::SpacyDoc,
        files: &["spacy/cooking-train.jsonl"],
        docs: 2,
        spans: 0,
        relations: 0,
        doc_labels: 3,
        warning: "",
        exact: false,
        ignore: &["[].tokens", "[].tokens[].id", "[].tokens[].start", "[].tokens[].end", "[].ents", "[].meta", "[].meta.id"],
    },
    Case {
        source: "recogito/recogito-js public/annotations.w3c.json + the text of public/index.html",
        format: Format::W3c,
        files: &["w3c/annotations.w3c.json", "w3c/odyssey.txt"],
        docs: 1,
        spans: 4,
        relations: 1,
        doc_labels: 0,
        warning: "does not hold the quote",
        exact: false,
        ignore: &[],
    },
];

fn import(c: &Case) -> ImportResult {
    let files: Vec<(String, Vec<u8>)> = c.files.iter().map(|f| read(f)).collect();
    match formats::import(c.format, &files, &LabelSchema::default(), &ImportOptions::default()) {
        Ok(r) => r,
        Err(rep) => panic!("{}: {:?}", c.source, rep.problems),
    }
}

/// What must survive: text, every span's (start, end, label), relations by span, document labels.
type Content =
    (String, Vec<(usize, usize, String)>, BTreeSet<((usize, usize), (usize, usize), String)>, BTreeSet<String>);

fn content(d: &Document) -> Content {
    let mut spans: Vec<(usize, usize, String)> =
        d.annotations.values().map(|a| (a.span.start, a.span.end, a.label.clone())).collect();
    spans.sort();
    let at = |id: &u64| (d.annotations[id].span.start, d.annotations[id].span.end);
    let rels = d.relations.values().map(|r| (at(&r.from), at(&r.to), r.kind.clone())).collect();
    (d.text.as_str().to_owned(), spans, rels, d.doc_labels.clone())
}

/// Every key path of a JSON value (`[].spans[].token_start`), to compare field names.
fn shape(v: &Value, path: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                out.insert(p.clone());
                shape(x, &p, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                shape(x, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

/// JSON, JSON Lines (one value per line) or a pretty-printed object, as a list of values.
fn values(bytes: &[u8]) -> Vec<Value> {
    let s = std::str::from_utf8(bytes).unwrap();
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return vec![v];
    }
    s.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn shapes(vals: &[Value], ignore: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for v in vals {
        shape(v, "", &mut out);
    }
    out.retain(|p| !ignore.contains(&p.as_str()));
    out
}

/// Lines in order, without trailing whitespace (brat writes `R` lines with a trailing tab, other tools
/// without).
fn sorted_lines(s: &str) -> Vec<String> {
    let mut l: Vec<String> = s.lines().map(|l| l.trim_end().to_owned()).collect();
    l.sort();
    l
}

#[test]
fn real_files_import_with_exact_counts_and_round_trip() {
    let mut failures = Vec::new();
    for c in CASES {
        let files: Vec<(String, Vec<u8>)> = c.files.iter().map(|f| read(f)).collect();
        let r = match formats::import(c.format, &files, &LabelSchema::default(), &ImportOptions::default()) {
            Ok(r) => r,
            Err(rep) => {
                failures.push(format!("{}: refused: {:?}", c.source, rep.problems));
                continue;
            }
        };
        let docs = &r.documents;
        let spans: usize = docs.iter().map(|d| d.annotations.len()).sum();
        let rels: usize = docs.iter().map(|d| d.relations.len()).sum();
        let labels: usize = docs.iter().map(|d| d.doc_labels.len()).sum();
        let got = (docs.len(), spans, rels, labels);
        if got != (c.docs, c.spans, c.relations, c.doc_labels) {
            failures.push(format!(
                "{}: (docs, spans, relations, doc labels) = {got:?}, expected {:?}",
                c.source,
                (c.docs, c.spans, c.relations, c.doc_labels)
            ));
            continue;
        }
        if !c.warning.is_empty() && !r.warnings.iter().any(|w| w.message.contains(c.warning)) {
            failures.push(format!("{}: no warning {:?} in {:?}", c.source, c.warning, r.warnings));
        }
        // Back to the same format, and in again.
        let out = formats::export(c.format, docs, &LabelSchema::default(), &ExportOptions::default()).unwrap();
        let input: Vec<(String, Vec<u8>)> = c.files.iter().map(|f| read(f)).collect();
        let back_files: Vec<(String, Vec<u8>)> =
            out.iter().map(|f| (f.name.clone(), f.content.clone().into_bytes())).collect();
        let back = match formats::import(c.format, &back_files, &LabelSchema::default(), &ImportOptions::default()) {
            Ok(b) => b,
            Err(rep) => {
                failures.push(format!("{}: re-import refused: {:?}", c.source, rep.problems));
                continue;
            }
        };
        let before: Vec<Content> = docs.iter().map(content).collect();
        let after: Vec<Content> = back.documents.iter().map(content).collect();
        if before != after {
            failures.push(format!("{}: round trip changed the content:\n{before:?}\n{after:?}", c.source));
        }
        if c.format == Format::Brat {
            // The same file names, the same text byte for byte, the same lines (brat's order aside).
            let names = |f: &[(String, Vec<u8>)]| f.iter().map(|x| x.0.clone()).collect::<BTreeSet<_>>();
            if names(&input) != names(&back_files) {
                failures.push(format!("{}: file names {:?} became {:?}", c.source, names(&input), names(&back_files)));
            }
            for (name, bytes) in &input {
                let Some((_, b)) = back_files.iter().find(|x| &x.0 == name) else { continue };
                let (a, b) = (String::from_utf8_lossy(bytes), String::from_utf8_lossy(b));
                let same = if name.ends_with(".ann") { sorted_lines(&a) == sorted_lines(&b) } else { a == b };
                if !same {
                    failures.push(format!("{}: {name} differs:\n{a}\n---\n{b}", c.source));
                }
            }
            continue;
        }
        let (orig, exported) = (values(&input[0].1), values(back_files[0].1.as_slice()));
        let (so, se) = (shapes(&orig, c.ignore), shapes(&exported, c.ignore));
        if so != se {
            failures.push(format!(
                "{}: field names differ: only in the file {:?}, only in the export {:?}",
                c.source,
                so.difference(&se).collect::<Vec<_>>(),
                se.difference(&so).collect::<Vec<_>>()
            ));
        }
        if c.exact && orig != exported {
            failures.push(format!(
                "{}: export differs from the file:\n{}\n---\n{}",
                c.source,
                String::from_utf8_lossy(&input[0].1),
                String::from_utf8_lossy(&back_files[0].1)
            ));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn detection_recognises_real_files() {
    let cases: &[(&str, Format)] = &[
        ("labelstudio/completions_348.json", Format::LabelStudio),
        ("spacy/cooking-train.jsonl", Format::SpacyDoc),
        ("prodigy/rel_annotations.jsonl", Format::Prodigy),
        ("prodigy/fashion_brands_training.jsonl", Format::Prodigy),
        ("prodigy/docs_issues_training.jsonl", Format::Prodigy),
        ("doccano/download_sequence_labeling.jsonl", Format::Doccano),
        ("doccano/relation_extraction.jsonl", Format::DoccanoRel),
        ("w3c/annotations.w3c.json", Format::W3c),
        ("brat/esp.train-doc-29.ann", Format::Brat),
    ];
    for (f, want) in cases {
        let (name, bytes) = read(f);
        assert_eq!(formats::detect_format(&name, &bytes), Some(*want), "{f}");
    }
}

#[test]
fn prodigy_read_as_doccano_is_refused_not_emptied() {
    // Before: exit 0 with 0 spans. Now the `spans` field is named, with the format to use.
    let files = vec![read("prodigy/rel_annotations.jsonl")];
    let rep = formats::import(Format::Doccano, &files, &LabelSchema::default(), &ImportOptions::default())
        .expect_err("Prodigy spans must not vanish");
    assert!(
        rep.problems.iter().any(|p| p.location == "line 1 field spans" && p.message.contains("import it as `prodigy`")),
        "{:?}",
        rep.problems
    );
}

#[test]
fn doccano_1x_annotations_keep_label_names_and_ids() {
    let r = import(&CASES[8]);
    let d = &r.documents[0];
    let a = d.annotations.values().next().unwrap();
    assert_eq!((a.span.start, a.span.end, a.label.as_str()), (0, 2, "ORG"));
    let out =
        formats::export(Format::Doccano, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let first: Value = serde_json::from_str(out[0].content.lines().next().unwrap()).unwrap();
    assert_eq!(first["annotations"][0]["label"], 2, "doccano's label id stays");
    assert_eq!(first["annotations"][0]["label_name"], "ORG");
    assert_eq!(first["annotation_approver"], "supervisor");
}

#[test]
fn brat_binary_attribute_comes_back_without_a_value() {
    let r = import(&CASES[0]);
    let out = formats::export(Format::Brat, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let ann = &out.iter().find(|f| f.name == "000-introduction.ann").unwrap().content;
    assert!(ann.lines().any(|l| l == "A2\tIndividual T4"), "{ann}");
    assert!(!ann.contains("Individual T4 true"), "{ann}");
    // The event and its attribute name spans that are still there, so they stay.
    assert!(ann.contains("E1\tTransfer-money:T3 Giver-Arg:T1 Money-Arg:T2 Beneficiary-Arg:T4 Recipient-Arg:T6"));
    assert!(ann.contains("A5\tConfidence E1 High"));
}

#[test]
fn brat_event_lines_go_when_their_spans_go() {
    let mut r = import(&CASES[0]);
    let d = &mut r.documents[0];
    // Delete T6 ("banks"): the event naming it, the attribute on that event and the relation from it go.
    let id = d.annotations.values().find(|a| d.text.slice_cp(a.span.range()).unwrap() == "banks").unwrap().id;
    d.annotations.remove(&id);
    d.relations.retain(|_, r| r.from != id && r.to != id);
    let out = formats::export(Format::Brat, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let ann = &out.iter().find(|f| f.name.ends_with(".ann")).unwrap().content;
    assert!(!ann.contains("E1\t") && !ann.contains("A5\t") && !ann.contains("R2\t"), "{ann}");
    assert!(ann.contains("N1\tReference T5 Wikipedia:64488\tCarlos Salinas de Gortari"), "{ann}");
}

#[test]
fn brat_multiline_span_is_one_span_over_the_line_break() {
    let r = import(&CASES[4]);
    let d = &r.documents[0];
    let a = d.annotations.values().find(|a| a.span.start == 75).unwrap();
    assert_eq!((a.span.end, a.label.as_str()), (98, "pathologie"));
    assert_eq!(d.text.slice_cp(a.span.range()).unwrap(), "problème \nde locomotion");
}

#[test]
fn spacy_span_groups_are_written_back() {
    let r = import(&CASES[18]);
    let out =
        formats::export(Format::SpacyDoc, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let v: Value = serde_json::from_str(&out[0].content).unwrap();
    let orig: Value = serde_json::from_slice(&read("spacy/doc_spans_sc.json").1).unwrap();
    assert_eq!(v["ents"], orig["ents"]);
    assert_eq!(v["spans"], orig["spans"]);
}

#[test]
fn labelstudio_keeps_control_names_and_prediction_only_tasks() {
    let r = import(&CASES[16]);
    let out =
        formats::export(Format::LabelStudio, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let v: Value = serde_json::from_str(&out[0].content).unwrap();
    assert!(v[0].get("annotations").is_none(), "no empty annotation: {v}");
    let preds = v[0]["predictions"].as_array().unwrap();
    assert_eq!(preds.len(), 2);
    assert_eq!(preds[0]["result"][0]["from_name"], "text_class");
    let r = import(&CASES[17]);
    let out =
        formats::export(Format::LabelStudio, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let v: Value = serde_json::from_str(&out[0].content).unwrap();
    assert_eq!(v["completions"][0]["result"][0]["from_name"], "ner");
    assert_eq!(v["completions"][0]["result"][0]["id"], "-JfBQoozxW");
}

#[test]
fn w3c_client_annotations_read_comments_and_links() {
    let r = import(&CASES[20]);
    let d = &r.documents[0];
    let mut got: Vec<(String, String, String)> = d
        .annotations
        .values()
        .map(|a| (d.text.slice_cp(a.span.range()).unwrap().to_owned(), a.label.clone(), a.note.clone()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            ("Ithaca".into(), "comment".into(), "Comment...".into()),
            ("Troy".into(), "A Tag".into(), "This is a comment".into()),
            ("Troy".into(), "Another Tag".into(), "This is a comment".into()),
            ("death in battle".into(), "comment".into(), "Another comment".into()),
        ]
    );
    let rel = d.relations.values().next().unwrap();
    assert_eq!(rel.kind, "isRelatedTo");
    assert_eq!(d.text.slice_cp(d.annotations[&rel.to].span.range()).unwrap(), "death in battle");
}

#[test]
fn w3c_relations_survive_a_renamed_document() {
    // The Prodigy file with relations, through W3C twice: after a rename, the ids remembered from the first
    // W3C file no longer match the new source IRI, and the links still find their spans.
    let r = import(&CASES[13]);
    let first = formats::export(Format::W3c, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let files: Vec<(String, Vec<u8>)> =
        first.iter().map(|f| (f.name.clone(), f.content.clone().into_bytes())).collect();
    let mut again = formats::import(Format::W3c, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    again.documents[0].title = "renamed".into();
    let second =
        formats::export(Format::W3c, &again.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let files: Vec<(String, Vec<u8>)> =
        second.iter().map(|f| (f.name.clone(), f.content.clone().into_bytes())).collect();
    let back = formats::import(Format::W3c, &files, &LabelSchema::default(), &ImportOptions::default())
        .unwrap_or_else(|rep| panic!("{:?}", rep.problems));
    assert_eq!(back.documents.len(), 1);
    assert_eq!(content(&back.documents[0]), content(&r.documents[0]));
}

#[test]
fn doccano_several_pretty_printed_objects_are_records_not_malformed_lines() {
    // doccano's relation example written twice, one pretty-printed object after the other.
    let (_, one) = read("doccano/relation_extraction_pretty.jsonl");
    let two = [one.clone(), one].concat();
    let files = vec![("two.jsonl".to_owned(), two)];
    let r = formats::import(Format::DoccanoRel, &files, &LabelSchema::default(), &ImportOptions::default())
        .unwrap_or_else(|rep| panic!("{:?}", rep.problems));
    assert_eq!(r.documents.len(), 2);
    assert_eq!(r.documents.iter().map(|d| d.annotations.len()).sum::<usize>(), 8);
    assert!(r.warnings.iter().any(|w| w.message.contains("2 JSON objects over 94 lines")), "{:?}", r.warnings);
}

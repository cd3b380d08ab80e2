//! Every file of the shared collection of real annotation files (`/work/shared/fixtures/real-formats`,
//! sources in its SOURCES.md) read in its own format and written back to that format must give back what
//! was read, in the file's own shape: JSON files as JSON values, brat as sets of lines, CoNLL as token/tag
//! sequences. Fields Spandrel legitimately cannot hold are listed per file with the reason; files that
//! SOURCES.md documents as broken must import with a clear problem or warning. The test prints a table of
//! every file and skips (with a note) when the collection is not there.

use serde_json::Value;
use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::LabelSchema;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/fixtures/real-formats"))
}

/// How a file (or brat directory) is expected to come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The export equals the input (JSON values, brat line sets, CoNLL token/tag sequences), apart from
    /// the `ignore` paths.
    Exact,
    /// Documented as broken, or not an annotation file of a format Spandrel reads: the import must stop with
    /// a problem (or warn) whose message contains this text.
    Refused(&'static str),
    /// Imports, but comes back different for a reason stated in `why` (checked: it must differ).
    Differs,
}

struct Case {
    /// Path below the collection root (a directory for brat).
    path: &'static str,
    format: Format,
    expect: Expect,
    /// JSON key paths (`[]` for any array item) left out of the comparison on both sides, with `why`.
    ignore: &'static [&'static str],
    why: &'static str,
}

const fn exact(path: &'static str, format: Format) -> Case {
    Case { path, format, expect: Expect::Exact, ignore: &[], why: "" }
}

const fn refused(path: &'static str, format: Format, message: &'static str, why: &'static str) -> Case {
    Case { path, format, expect: Expect::Refused(message), ignore: &[], why }
}

const CASES: &[Case] = &[
    // brat: one directory per document set.
    exact("brat/bio-110-note_annotation", Format::Brat),
    exact("brat/bionlp-ge-PMID-10485906", Format::Brat),
    exact("brat/bionlp-rel-PMID-10438731", Format::Brat),
    exact("brat/conll2002-esp-doc-29", Format::Brat),
    exact("brat/conll2006-pt-doc-12", Format::Brat),
    exact("brat/edsnlp-doc-1-2022", Format::Brat),
    exact("brat/edsnlp-doc-1-2024", Format::Brat),
    exact("brat/edsnlp-relations-text", Format::Brat),
    exact("brat/edsnlp-training-dataset", Format::Brat),
    exact("brat/ncbi-PMID-10429004", Format::Brat),
    exact("brat/news-000-introduction", Format::Brat),
    exact("brat/news-010-navigation-empty", Format::Brat),
    exact("brat/tdt-wn071", Format::Brat),
    // CoNLL.
    exact("conll/doccano-import-test-example.conll", Format::Conll),
    exact("conll/doccano-transformer-labeling.conll2003.user2", Format::Conll),
    refused(
        "conll/flair-column_with_whitespaces-eng.train",
        Format::Conll,
        "tag \"+\" is not O, B-TYPE or I-TYPE",
        "the tag is in column 2 and the last column holds +/- (flair's column map): not CoNLL-2003",
    ),
    exact("conll/flair-fashion-eng.train", Format::Conll),
    refused(
        "conll/flair-germeval_14-NER-de-dev.tsv",
        Format::Conll,
        "is not O, B-TYPE or I-TYPE",
        "GermEval TSV: `#` source lines, an index column and nested tags in the last column",
    ),
    exact("conll/flair-trivial_bioes_with_boundaries-train.txt", Format::Conll),
    exact("conll/karanheera-labelstudio-export-train.conll", Format::Conll),
    refused(
        "conll/spacy-ner-sent-per-line.iob",
        Format::Conll,
        "tag \".|.|O\" is not O, B-TYPE or I-TYPE",
        "one sentence per line as word|POS|TAG, not token-per-line CoNLL (SOURCES.md)",
    ),
    exact("conll/spacy-ner-token-per-line-conll2003.iob", Format::Conll),
    exact("conll/spacy-ner-token-per-line-with-pos.iob", Format::Conll),
    exact("conll/spacy-ner-token-per-line.iob", Format::Conll),
    // doccano.
    exact("doccano/doccano-export-relation_extraction-pretty.jsonl", Format::DoccanoRel),
    exact("doccano/doccano-export-sequence_labeling.jsonl", Format::Doccano),
    exact("doccano/doccano-export-text_classification.jsonl", Format::Doccano),
    exact("doccano/doccano-import-intent_detection.jsonl", Format::Doccano),
    refused(
        "doccano/doccano-import-test-overlapping.jsonl",
        Format::Doccano,
        "the same span 0..1 with label \"LOC\" appears twice",
        "the same span twice (SOURCES.md: doccano's test of that error)",
    ),
    exact("doccano/doccano-import-test-relation_extraction.jsonl", Format::DoccanoRel),
    refused(
        "doccano/doccano-import-test-sequence_labeling.jsonl",
        Format::Doccano,
        "missing field `text`",
        "the 3rd record has no text (SOURCES.md: doccano's test of that error)",
    ),
    refused(
        "doccano/doccano-transformer-labeling-v1.jsonl",
        Format::Doccano,
        "the same span 9..14 with label \"12\" appears twice",
        "two annotators (`user` 1 and 2) marked the same spans; a document holds one annotation per span and label",
    ),
    exact("doccano/doccano-transformer-labeling_text_label.jsonl", Format::Doccano),
    // Label Studio.
    exact("labelstudio/karanheera-relation-extraction-export.json", Format::LabelStudio),
    exact("labelstudio/karanheera-sentiment-export.json", Format::LabelStudio),
    exact("labelstudio/karanheera-taxonomy-export.json", Format::LabelStudio),
    refused(
        "labelstudio/kiji-sample_predictions.json",
        Format::LabelStudio,
        "offset 90 is past the end of the text (85 code points)",
        "a region 68..90 in an 85-character text (SOURCES.md: broken file)",
    ),
    exact("labelstudio/lsc-csv_test_history.json", Format::LabelStudio),
    exact("labelstudio/lsf-named_entity-annotation-1.json", Format::LabelStudio),
    exact("labelstudio/lsf-named_entity-tasks.json", Format::LabelStudio),
    refused(
        "labelstudio/lsf-rich_text_plain-annotation-1.json",
        Format::LabelStudio,
        "quoted text \"February 22\" does not match the text at 343..354",
        "its region quotes \"February 22\" where the text says \" supporters\" (SOURCES.md: broken file)",
    ),
    // spaCy.
    exact("spacy-doc/spacy3818-blank-en-to_json-social.jsonl", Format::SpacyDoc),
    exact("spacy-doc/spacy3818-blank-en-to_json-with-sc-group.json", Format::SpacyDoc),
    exact("spacy/prodigy-fashion_brands_training-head20.jsonl", Format::Prodigy),
    exact("spacy/prodigy-rel_component-annotations-head5.jsonl", Format::Prodigy),
    exact("spacy/projects-ner_demo_update-train.json", Format::Spacy),
    exact("spacy/projects-parser_intent_demo-train.json", Format::Spacy),
    exact("spacy/spacy-textcat-cooking.jsonl", Format::SpacyDoc),
    refused(
        "spacy/spacy-v2-training-data.json",
        Format::Spacy,
        "spaCy v2's JSON training format",
        "spaCy v2 `paragraphs` of tagged tokens: `spacy convert` turns it into v3 data",
    ),
    // W3C.
    refused(
        "w3c/recogito-annotations.w3c.json",
        Format::W3c,
        "no text for source \"\"",
        "annotations of a web page whose text is not in the collection (crates/core/tests/fixtures/real has it)",
    ),
    Case {
        path: "w3c/wat-anno26-with-text",
        format: Format::W3c,
        expect: Expect::Differs,
        ignore: &[],
        why: "one bare annotation whose body is an IRI: read as a comment; written back as a collection of \
              Spandrel's own shape (motivation, selector list, `spandrel:sources`)",
    },
    refused(
        "w3c/wat-anno41-example44.json",
        Format::W3c,
        "body has neither `value` nor `id`",
        "a `Choice` body and a FragmentSelector refined by a position, on a document whose text is not given",
    ),
    refused(
        "w3c/wat-collection1.json",
        Format::W3c,
        "no text for source \"http://example.com/page1\"",
        "the spec's examples point at web pages whose texts are not given",
    ),
];

/// The input files of a case: a directory's files (sorted), or the one file.
fn inputs(p: &Path) -> Vec<(String, Vec<u8>)> {
    if p.is_dir() {
        let mut names: Vec<PathBuf> = std::fs::read_dir(p).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        names
            .into_iter()
            .map(|f| (f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&f).unwrap()))
            .collect()
    } else {
        vec![(p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap())]
    }
}

/// Removes the value at a key path (`[]` for any array item, `a.b` for object keys).
fn strip(v: &mut Value, path: &[&str]) {
    let Some((first, rest)) = path.split_first() else { return };
    match (v, *first) {
        (Value::Array(a), "[]") => a.iter_mut().for_each(|x| strip(x, rest)),
        (Value::Object(o), k) if rest.is_empty() => {
            o.remove(k);
        }
        (Value::Object(o), k) => {
            if let Some(x) = o.get_mut(k) {
                strip(x, rest)
            }
        }
        _ => {}
    }
}

fn split_path(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in p.split('.') {
        let mut part = part;
        let mut items = 0;
        while let Some(s) = part.strip_suffix("[]") {
            part = s;
            items += 1;
        }
        if !part.is_empty() {
            out.push(part);
        }
        out.extend(std::iter::repeat_n("[]", items));
    }
    out
}

/// JSON, JSON Lines or several pretty-printed objects, as a list of values.
fn values(bytes: &[u8]) -> Vec<Value> {
    let s = std::str::from_utf8(bytes).unwrap();
    serde_json::Deserializer::from_str(s).into_iter::<Value>().collect::<Result<_, _>>().unwrap()
}

/// CoNLL as (token, tag) per line in order, sentence breaks as ("", ""); document markers and comments left out.
fn conll_pairs(s: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in s.lines() {
        let w: Vec<&str> = l.split_whitespace().collect();
        if w.is_empty() {
            if out.last().is_some_and(|x| !x.0.is_empty()) {
                out.push((String::new(), String::new()));
            }
            continue;
        }
        if w[0] == "-DOCSTART-" || w[0].starts_with('#') {
            continue;
        }
        out.push((w[0].to_owned(), w[w.len() - 1].to_owned()));
    }
    while out.last().is_some_and(|x| x.0.is_empty()) {
        out.pop();
    }
    out
}

/// Compares input and export; `Ok` when equal, else a description of the first differences.
fn compare(c: &Case, input: &[(String, Vec<u8>)], out: &[(String, String)]) -> Result<(), String> {
    match c.format {
        Format::Brat => {
            let names = |f: Vec<&String>| f.into_iter().cloned().collect::<BTreeSet<String>>();
            let want = names(input.iter().filter(|f| !f.0.ends_with(".conf")).map(|f| &f.0).collect());
            let got = names(out.iter().map(|f| &f.0).collect());
            if want != got {
                return Err(format!("file names {want:?} became {got:?}"));
            }
            let mut diffs = Vec::new();
            for (name, bytes) in input.iter().filter(|f| !f.0.ends_with(".conf")) {
                let back = &out.iter().find(|f| &f.0 == name).unwrap().1;
                let orig = String::from_utf8_lossy(bytes);
                if name.ends_with(".txt") {
                    if orig != *back {
                        diffs.push(format!("{name}: text differs"));
                    }
                    continue;
                }
                let set =
                    |s: &str| s.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect::<BTreeSet<_>>();
                let (a, b) = (set(&orig), set(back));
                let lost: Vec<_> = a.difference(&b).collect();
                let added: Vec<_> = b.difference(&a).collect();
                if !lost.is_empty() || !added.is_empty() {
                    diffs.push(format!("{name}: only in the file {lost:?}; only in the export {added:?}"));
                }
            }
            if diffs.is_empty() {
                Ok(())
            } else {
                Err(diffs.join("; "))
            }
        }
        Format::Conll => {
            let (a, b) = (conll_pairs(&String::from_utf8_lossy(&input[0].1)), conll_pairs(&out[0].1));
            if a == b {
                return Ok(());
            }
            let i = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
            Err(format!(
                "{} vs {} lines; first difference at pair {i}: {:?} vs {:?}",
                a.len(),
                b.len(),
                a.get(i),
                b.get(i)
            ))
        }
        _ => {
            let json_in: Vec<&(String, Vec<u8>)> = input.iter().filter(|f| !f.0.ends_with(".txt")).collect();
            let json_out: Vec<&(String, String)> = out.iter().filter(|f| !f.0.ends_with(".txt")).collect();
            let mut a = values(&json_in[0].1);
            let mut b = values(json_out[0].1.as_bytes());
            for p in c.ignore {
                let path = split_path(p);
                for v in a.iter_mut().chain(b.iter_mut()) {
                    strip(v, &path);
                }
            }
            if a == b {
                return Ok(());
            }
            let (sa, sb) = (serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
            let i = sa.bytes().zip(sb.bytes()).position(|(x, y)| x != y).unwrap_or(sa.len().min(sb.len()));
            let at = |s: &str| {
                let from = s.floor_char_boundary(i.saturating_sub(120));
                let to = s.ceil_char_boundary((i + 200).min(s.len()));
                s[from..to].to_owned()
            };
            Err(format!(
                "{} vs {} values; first difference:\n  file:   …{}\n  export: …{}",
                a.len(),
                b.len(),
                at(&sa),
                at(&sb)
            ))
        }
    }
}

#[test]
fn every_shared_real_file_round_trips_in_its_own_shape() {
    let root = root();
    if !root.is_dir() {
        println!("note: {} is missing; shared real-format files not checked", root.display());
        return;
    }
    let mut rows: Vec<(String, &'static str, String)> = Vec::new();
    let mut failures = Vec::new();
    let mut exact_files = 0;
    for c in CASES {
        let files = inputs(&root.join(c.path));
        let n_files = files.len();
        let r = formats::import(c.format, &files, &LabelSchema::default(), &ImportOptions::default());
        let (status, detail) = match (r, c.expect) {
            (Err(rep), Expect::Refused(msg)) => {
                if rep.problems.iter().any(|p| p.message.contains(msg)) {
                    // What can be read still is, with the problems as warnings.
                    let partial = ImportOptions { allow_partial: true, ..Default::default() };
                    let docs = formats::import(c.format, &files, &LabelSchema::default(), &partial)
                        .map_or(0, |r| r.documents.len());
                    ("refused", format!("{} ({docs} document(s) with --partial): {}", c.why, rep.problems[0]))
                } else {
                    failures.push(format!("{}: refused without {msg:?}: {:?}", c.path, rep.problems));
                    ("FAIL", format!("{:?}", rep.problems))
                }
            }
            (Err(rep), _) => {
                failures.push(format!("{}: refused: {:?}", c.path, rep.problems));
                (
                    "FAIL",
                    format!("refused: {}", rep.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(" | ")),
                )
            }
            (Ok(r), expect) => {
                let out = formats::export(c.format, &r.documents, &LabelSchema::default(), &ExportOptions::default())
                    .map(|f| f.into_iter().map(|f| (f.name, f.content)).collect::<Vec<_>>());
                match (out, expect) {
                    (Err(e), _) => {
                        failures.push(format!("{}: export failed: {e}", c.path));
                        ("FAIL", format!("export failed: {e}"))
                    }
                    (Ok(out), Expect::Exact) => match compare(c, &files, &out) {
                        Ok(()) => {
                            exact_files += n_files;
                            ("exact", c.why.to_owned())
                        }
                        Err(d) => {
                            failures.push(format!("{}: {d}", c.path));
                            ("FAIL", d)
                        }
                    },
                    (Ok(_), Expect::Refused(msg)) => {
                        if r.warnings.iter().any(|w| w.message.contains(msg)) {
                            ("warned", format!("as documented: {msg}"))
                        } else {
                            failures.push(format!("{}: imported without a problem {msg:?}", c.path));
                            ("FAIL", format!("imported; warnings {:?}", r.warnings))
                        }
                    }
                    (Ok(out), Expect::Differs) => match compare(c, &files, &out) {
                        Ok(()) => {
                            failures.push(format!("{}: now exact; mark it so", c.path));
                            ("FAIL", "now exact".into())
                        }
                        Err(_) => ("differs", c.why.to_owned()),
                    },
                }
            }
        };
        rows.push((c.path.to_owned(), status, detail));
    }
    let by_status: BTreeMap<&str, usize> = rows.iter().fold(BTreeMap::new(), |mut m, r| {
        *m.entry(r.1).or_default() += 1;
        m
    });
    println!("{:<62} {:<8} detail", "file", "result");
    for (p, s, d) in &rows {
        println!("{p:<62} {s:<8} {d}");
    }
    println!("{by_status:?}; {exact_files} files round-trip exactly");
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n\n"));
}

/// The shared file at `rel`, or `None` (with a note) when the collection is missing.
fn shared(rel: &str) -> Option<Vec<(String, Vec<u8>)>> {
    let p = root().join(rel);
    if !p.exists() {
        println!("note: {} is missing; not checked", p.display());
        return None;
    }
    Some(inputs(&p))
}

fn round_trip(
    format: Format,
    files: &[(String, Vec<u8>)],
    opts: &ImportOptions,
) -> (Vec<String>, Vec<(String, String)>) {
    let r = formats::import(format, files, &LabelSchema::default(), opts)
        .unwrap_or_else(|rep| panic!("{:?}", rep.problems));
    let out = formats::export(format, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    (r.warnings.iter().map(|w| w.message.clone()).collect(), out.into_iter().map(|f| (f.name, f.content)).collect())
}

#[test]
fn brat_binary_attributes_stay_flags_and_events_equivalences_normalisations_stay() {
    let Some(files) = shared("brat/edsnlp-training-dataset") else { return };
    let (_, out) = round_trip(Format::Brat, &files, &ImportOptions::default());
    let ann = &out.iter().find(|f| f.0 == "sample-1.ann").unwrap().1;
    assert!(ann.lines().any(|l| l == "A1\tnegation T1"), "{ann}");
    assert!(!ann.contains(" true"), "{ann}");

    let Some(files) = shared("brat/news-000-introduction") else { return };
    let (warnings, out) = round_trip(Format::Brat, &files, &ImportOptions::default());
    let ann = &out.iter().find(|f| f.0.ends_with(".ann")).unwrap().1;
    for line in ["E1\tTransfer-money:T3 Giver-Arg:T1", "N1\tReference T5 Wikipedia:64488", "A5\tConfidence E1 High"] {
        assert!(ann.contains(line), "{line:?} missing:\n{ann}");
    }
    // Each construct kept aside is named with its count.
    assert!(warnings.iter().any(|w| w.contains("1 event, 1 normalisation")), "{warnings:?}");

    let Some(files) = shared("brat/bionlp-ge-PMID-10485906") else { return };
    let (warnings, out) = round_trip(Format::Brat, &files, &ImportOptions::default());
    let ann = &out.iter().find(|f| f.0.ends_with(".ann")).unwrap().1;
    let orig = String::from_utf8_lossy(&files.iter().find(|f| f.0.ends_with(".ann")).unwrap().1).into_owned();
    for kind in ['E', '*', 'M'] {
        let want: BTreeSet<&str> = orig.lines().filter(|l| l.starts_with(kind)).collect();
        let got: BTreeSet<&str> = ann.lines().filter(|l| l.starts_with(kind)).collect();
        assert!(!want.is_empty() && want == got, "{kind} lines: {want:?} became {got:?}");
    }
    assert!(warnings.iter().any(|w| w.contains("30 events")), "{warnings:?}");
}

#[test]
fn brat_lines_other_tools_write_come_back_with_a_warning() {
    // edsnlp's test file: `A9 bool flag 0 T4`, `T12 test label 0 378 386`, `#1` twice; `R` without brat's tab.
    let Some(files) = shared("brat/edsnlp-doc-1-2024") else { return };
    let (warnings, out) = round_trip(Format::Brat, &files, &ImportOptions::default());
    let ann = &out.iter().find(|f| f.0.ends_with(".ann")).unwrap().1;
    for line in ["A9\tbool flag 0 T4", "T12\ttest label 0 378 386\tanomalie", "#1\tAnnotatorNotes T7\tRepetition"] {
        assert!(ann.lines().any(|l| l == line), "{line:?} missing:\n{ann}");
    }
    assert!(ann.lines().any(|l| l == "#1\tAnnotatorNotes T1\tC0030193"), "{ann}");
    assert!(ann.lines().any(|l| l == "R1\tlieu Arg1:T8 Arg2:T9"), "{ann}");
    assert!(
        warnings.iter().any(|w| w.contains("1 attribute line with more than a name, a target and a value")
            && w.contains("1 text-bound annotation whose type has spaces")),
        "{warnings:?}"
    );
}

#[test]
fn labelstudio_keeps_control_names_and_writes_predictions_back_as_predictions() {
    let Some(files) = shared("labelstudio/lsf-named_entity-tasks.json") else { return };
    let (_, out) = round_trip(Format::LabelStudio, &files, &ImportOptions::default());
    let v: Value = serde_json::from_str(&out[0].1).unwrap();
    assert!(v[0].get("annotations").is_none(), "no empty annotation: {}", out[0].1);
    let region = &v[0]["predictions"][0]["result"][0];
    assert_eq!((region["from_name"].as_str(), region["to_name"].as_str()), (Some("ner"), Some("text")));
    assert_eq!(region["id"], "beFiQTT1cU");
    assert!(region.get("score").is_none(), "the file's regions have no score");
    assert_eq!(v, values(&files[0].1)[0]);

    // The text under `data.ner` goes back there (the file's broken region is left out with --partial).
    let Some(files) = shared("labelstudio/lsf-rich_text_plain-annotation-1.json") else { return };
    let partial = ImportOptions { allow_partial: true, ..Default::default() };
    let (_, out) = round_trip(Format::LabelStudio, &files, &partial);
    let v: Value = serde_json::from_str(&out[0].1).unwrap();
    assert!(v["data"]["ner"].is_string() && v["data"].get("text").is_none(), "{}", out[0].1);

    // A relation result with two labels stays one result.
    let Some(files) = shared("labelstudio/karanheera-relation-extraction-export.json") else { return };
    let (_, out) = round_trip(Format::LabelStudio, &files, &ImportOptions::default());
    assert!(out[0].1.contains("\"per:children\",\n") || out[0].1.contains("[\"per:children\",\"no_relation\"]"));
    assert_eq!(values(out[0].1.as_bytes()), values(&files[0].1));
}

#[test]
fn doccano_categories_go_back_under_their_own_key() {
    for (file, key) in [
        ("doccano/doccano-export-text_classification.jsonl", "label"),
        ("doccano/doccano-transformer-labeling_text_label.jsonl", "labels"),
        ("doccano/doccano-import-intent_detection.jsonl", "cats"),
    ] {
        let Some(files) = shared(file) else { return };
        let (_, out) = round_trip(Format::Doccano, &files, &ImportOptions::default());
        let first: Value = serde_json::from_str(out[0].1.lines().next().unwrap()).unwrap();
        assert!(first[key].is_array(), "{file}: {}", out[0].1);
        assert_eq!(values(out[0].1.as_bytes()), values(&files[0].1), "{file}");
    }
}

#[test]
fn prodigy_spans_as_lists_are_read_and_written_back_as_lists() {
    let line = r#"{"text":"Apple buys Shazam","spans":[[0,5,"ORG"],[11,17,"ORG"]],"answer":"accept"}"#;
    let files = vec![("old.jsonl".to_owned(), format!("{line}\n").into_bytes())];
    assert_eq!(formats::detect_format("old.jsonl", &files[0].1), Some(Format::Prodigy));
    let r = formats::import(Format::Prodigy, &files, &LabelSchema::default(), &ImportOptions::default())
        .unwrap_or_else(|rep| panic!("{:?}", rep.problems));
    assert_eq!(r.documents[0].annotations.len(), 2);
    let out =
        formats::export(Format::Prodigy, &r.documents, &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let a: Value = serde_json::from_str(line).unwrap();
    let b: Value = serde_json::from_str(out[0].content.trim()).unwrap();
    assert_eq!(a, b);
    // Without an `answer` or hashes it is still Prodigy, not doccano.
    let bare = br#"{"text":"Apple buys Shazam","spans":[[0,5,"ORG"]]}"#;
    assert_eq!(formats::detect_format("x.jsonl", bare), Some(Format::Prodigy));
}

#[test]
fn spacy_span_group_names_come_back() {
    let Some(files) = shared("spacy-doc/spacy3818-blank-en-to_json-with-sc-group.json") else { return };
    let (_, out) = round_trip(Format::SpacyDoc, &files, &ImportOptions::default());
    let (a, b) = (values(&files[0].1), values(out[0].1.as_bytes()));
    for (x, y) in a[0].as_array().unwrap().iter().zip(b[0].as_array().unwrap()) {
        assert_eq!(x["spans"], y["spans"]);
        assert!(y["spans"]["sc"].is_array());
    }
    assert_eq!(a, b, "tokens too: the file's own");
}

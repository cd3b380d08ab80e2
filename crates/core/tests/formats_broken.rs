//! Broken inputs (tests/fixtures/formats/broken/): import never panics and names the place of each problem.

use spandrel_core::formats::{self, Format, ImportOptions, ImportReport};
use spandrel_core::LabelSchema;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats/broken")
}

fn read(name: &str) -> (String, Vec<u8>) {
    let p = dir().join(name);
    let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    (p.file_name().unwrap().to_string_lossy().into_owned(), bytes)
}

fn refused(format: Format, files: Vec<(String, Vec<u8>)>) -> ImportReport {
    match formats::import(format, &files, &LabelSchema::default(), &ImportOptions::default()) {
        Ok(r) => {
            panic!("{format}: {:?} was accepted: {:?}", files.iter().map(|f| &f.0).collect::<Vec<_>>(), r.documents)
        }
        Err(rep) => rep,
    }
}

/// Asserts that some problem sits at exactly `location` with a message containing `msg`.
fn has(rep: &ImportReport, location: &str, msg: &str) {
    assert!(
        rep.problems.iter().any(|p| p.location == location && p.message.contains(msg)),
        "expected a problem at {location:?} mentioning {msg:?}; got:\n{}",
        rep.problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_fixture_is_refused_with_located_problems() {
    let cases: &[(&str, Format, &str, &str)] = &[
        ("spandrel__truncated.json", Format::Spandrel, "line 2", "ends too early"),
        (
            "spandrel__wrong_types.json",
            Format::Spandrel,
            "document 1 span 1 field start",
            "expected a whole number, found a string",
        ),
        ("spandrel__quote_mismatch.json", Format::Spandrel, "document 1 span 2", "\"Omen\" does not match"),
        ("spandrel__bad_version.json", Format::Spandrel, "top level field version", "version 7 is not supported"),
        ("spacy__negative.json", Format::Spacy, "record 1 entity 1 start", "negative"),
        ("spacy__huge.json", Format::Spacy, "record 1 entity 1 end", "too large"),
        ("spacy__float.json", Format::Spacy, "record 1 entity 1 end", "not a whole number"),
        ("spacy__not_pair.json", Format::Spacy, "record 2", "pair"),
        ("spacydoc__wrong_ents.json", Format::SpacyDoc, "top level field ent", "expected an array, found an object"),
        ("doccano__bad_utf8.jsonl", Format::Doccano, "line 2", "invalid UTF-8"),
        ("doccano__surrogate.jsonl", Format::Doccano, "line 1 label 1", "surrogate"),
        ("doccanorel__bad_relation.jsonl", Format::DoccanoRel, "line 1 relation 1", "\"9\", which does not exist"),
        (
            "labelstudio__wrong_types.json",
            Format::LabelStudio,
            "task 1 annotation 1 result 1 field value field start",
            "found a string",
        ),
        (
            "labelstudio__quote_mismatch.json",
            Format::LabelStudio,
            "task 1 annotation 1 result 1",
            "\"Oman\" does not match",
        ),
        ("labelstudio__truncated.json", Format::LabelStudio, "line 1", "ends too early"),
        ("labelstudio__no_data.json", Format::LabelStudio, "task 1", "missing field `data`"),
        ("conll__bad_tag.conll", Format::Conll, "line 3", "tag \"X-GPE\""),
        ("w3c__no_text.jsonld", Format::W3c, "annotation 1", "no text for source"),
        ("w3c__bad_selector.jsonld", Format::W3c, "annotation 1 field target.selector 1 field start", "negative"),
        ("empty.json", Format::Spandrel, "line 1", "empty"),
    ];
    for (name, format, location, msg) in cases {
        let rep = refused(*format, vec![read(name)]);
        has(&rep, location, msg);
    }
}

#[test]
fn one_problem_per_bad_line_and_partial_import_keeps_the_rest() {
    let files = vec![read("doccano__mixed.jsonl")];
    let rep = refused(Format::Doccano, files.clone());
    has(&rep, "line 2", "the JSON ends too early");
    has(&rep, "line 3 label 2", "past the end of the text");
    has(&rep, "line 4 label 2", "duplicate");
    has(&rep, "line 5", "missing field `text`");
    assert_eq!(rep.problems.len(), 4, "{:?}", rep.problems);
    // The valid part: lines 1, 3 and 4 with their good spans.
    let valid = rep.valid_part.expect("valid part");
    assert_eq!(valid.documents.len(), 3);
    let partial = ImportOptions { allow_partial: true, ..Default::default() };
    let r = formats::import(Format::Doccano, &files, &LabelSchema::default(), &partial).expect("partial import");
    let texts: Vec<&str> = r.documents.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Muscat and Oman", "Oman", "Muscat"]);
    assert!(r.documents.iter().all(|d| d.annotations.len() == 1));
    assert_eq!(r.warnings.len(), 4);
}

#[test]
fn brat_problems_name_file_and_line() {
    let rep = refused(Format::Brat, vec![read("brat/bad.txt"), read("brat/bad.ann")]);
    has(&rep, "file bad.ann line 2", "empty or reversed");
    has(&rep, "file bad.ann line 3", "past the end");
    has(&rep, "file bad.ann line 4", "\"T9\", which does not exist");
    has(&rep, "file bad.ann line 5", "unknown annotation id");
    has(&rep, "file bad.ann line 6", "tab-separated");
    has(&rep, "file bad.ann line 7", "does not match");
    has(&rep, "file bad.ann line 8", "negative");
    let valid = rep.valid_part.expect("valid part");
    assert_eq!(valid.documents[0].annotations.len(), 1, "only T1 is good");

    let rep = refused(Format::Brat, vec![read("brat/orphan.ann")]);
    has(&rep, "file orphan.ann", "no orphan.txt beside it");
}

#[test]
fn a_ten_megabyte_line_is_refused_by_line_number() {
    let mut data = b"{\"text\": \"ok\", \"label\": []}\n{\"text\": \"".to_vec();
    data.extend(std::iter::repeat_n(b'a', 10 << 20));
    data.extend_from_slice(b"\", \"label\": []}\n{\"text\": \"fine\"}\n");
    let rep = refused(Format::Doccano, vec![("big.jsonl".into(), data.clone())]);
    has(&rep, "line 2", "more than the limit");
    assert_eq!(rep.problems.len(), 1);
    assert_eq!(rep.valid_part.unwrap().documents.len(), 2);
    // CoNLL reads lines the same way.
    let rep = refused(Format::Conll, vec![("big.conll".into(), data)]);
    has(&rep, "line 2", "more than the limit");
}

#[test]
fn several_files_are_named_in_locations() {
    let files = vec![read("spacy__negative.json"), read("spacy__float.json")];
    let rep = refused(Format::Spacy, files);
    has(&rep, "file spacy__negative.json record 1 entity 1 start", "negative");
    has(&rep, "file spacy__float.json record 1 entity 1 end", "whole number");
}

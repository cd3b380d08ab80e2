//! Fuzzing every parser: arbitrary bytes and JSON-ish mutations of valid files never panic, and whatever is
//! accepted satisfies the model's invariants (spans in range and non-empty, no duplicates, relations resolve).

use proptest::prelude::*;
use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::{Annotation, Document, LabelSchema, Origin, Relation, Span, SpanState};
use std::collections::BTreeMap;

fn sample() -> Vec<Document> {
    let mut d = Document::new("s", "Sample 😀", "Sultan Qaboos met 😀 in Muscat,\r\nOman. 東京 e\u{301}!", 7);
    let spans = [
        (0, 13, "PERSON", SpanState::Accepted),
        (23, 29, "GPE", SpanState::Suggested),
        (32, 36, "GPE", SpanState::Accepted),
        (0, 6, "X", SpanState::Rejected),
    ];
    for (i, (s, e, l, st)) in spans.iter().enumerate() {
        let id = i as u64 + 1;
        let origin = if *st == SpanState::Accepted {
            Origin::Manual
        } else {
            Origin::Extracted { engine: "crf".into(), score: 0.5 }
        };
        d.annotations.insert(
            id,
            Annotation {
                id,
                span: Span::new(*s, *e),
                label: (*l).into(),
                note: "n\tote".into(),
                attributes: BTreeMap::from([("k".to_owned(), "v".to_owned())]),
                origin,
                state: *st,
                rev: 0,
            },
        );
    }
    d.relations.insert(5, Relation { id: 5, from: 1, to: 3, kind: "located_in".into() });
    d.next_id = 6;
    d.doc_labels.insert("relevant".into());
    let e = Document::new("t", "", "Second", 8);
    vec![d, e]
}

type Files = Vec<(String, Vec<u8>)>;

fn seeds() -> Vec<(Format, Files)> {
    let docs = sample();
    Format::ALL
        .iter()
        .map(|&f| {
            let files = formats::export(f, &docs, &LabelSchema::default(), &ExportOptions::all()).expect("export");
            (f, files.into_iter().map(|x| (x.name, x.content.into_bytes())).collect())
        })
        .collect()
}

/// Every accepted document satisfies the model invariants.
fn check(r: &Result<formats::ImportResult, formats::ImportReport>) -> Result<(), TestCaseError> {
    let docs = match r {
        Ok(r) => &r.documents,
        Err(rep) => {
            prop_assert!(!rep.problems.is_empty());
            match &rep.valid_part {
                Some(v) => &v.documents,
                None => return Ok(()),
            }
        }
    };
    for d in docs {
        let n = d.text.len_cp();
        for a in d.annotations.values() {
            prop_assert!(a.span.start < a.span.end && a.span.end <= n, "span {:?} in text of {} cp", a.span, n);
            prop_assert!(!d.has_duplicate(a.span, &a.label, Some(a.id)));
            prop_assert!(a.id < d.next_id);
        }
        for r in d.relations.values() {
            prop_assert!(d.annotations.contains_key(&r.from) && d.annotations.contains_key(&r.to));
        }
    }
    Ok(())
}

const TOKENS: &[&str] = &[
    "-1",
    "1e309",
    "99999999999999999999",
    "2.5",
    "\"x\"",
    "null",
    "[]",
    "{}",
    ",",
    "\"",
    "\\ud800",
    "\u{feff}",
    "\t",
    "\n",
    "T1\tGPE 0 3;",
    "-DOCSTART-",
    "B-",
    "\r",
    "😀",
    "0",
    "{\"text\":1}",
];

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Delete(usize, usize),
    Insert(usize, usize),
    Flip(usize, u8),
    /// Replace the n-th run of digits by a token.
    Number(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..16).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Flip(a, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(a, b)| Mutation::Number(a, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let at = |p: usize| p % (bytes.len() + 1);
    match *m {
        Mutation::Truncate(p) => bytes.truncate(at(p)),
        Mutation::Delete(p, n) => {
            let s = at(p);
            let e = (s + n).min(bytes.len());
            bytes.drain(s..e);
        }
        Mutation::Insert(p, t) => {
            let s = at(p);
            bytes.splice(s..s, TOKENS[t].bytes());
        }
        Mutation::Flip(p, b) => {
            let i = p % bytes.len();
            bytes[i] ^= b | 1;
        }
        Mutation::Number(n, t) => {
            let mut runs = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    let s = i;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    runs.push((s, i));
                } else {
                    i += 1;
                }
            }
            if !runs.is_empty() {
                let (s, e) = runs[n % runs.len()];
                bytes.splice(s..e, TOKENS[t].bytes());
            }
        }
    }
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1000), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), name in "[a-z]{1,6}\\.(json|jsonl|ann|txt|conll|jsonld)") {
        let _guess = formats::detect_format(&name, &bytes);
        for f in Format::ALL {
            let files = vec![(name.clone(), bytes.clone())];
            let r = formats::import(f, &files, &LabelSchema::default(), &ImportOptions::default());
            check(&r)?;
        }
    }

    #[test]
    fn mutated_files_never_panic(which in 0usize..9, file in 0usize..4, muts in prop::collection::vec(mutation(), 1..4), partial in any::<bool>()) {
        let seeds = seeds();
        let (f, mut files) = seeds[which % seeds.len()].clone();
        let k = file % files.len();
        for m in &muts {
            apply(&mut files[k].1, m);
        }
        let _guess = formats::detect_format(&files[k].0, &files[k].1);
        let opts = ImportOptions { allow_partial: partial, ..Default::default() };
        let r = formats::import(f, &files, &LabelSchema::default(), &opts);
        check(&r)?;
        if partial {
            prop_assert!(r.is_ok());
        }
    }
}

#[test]
fn unmutated_seeds_import_cleanly() {
    for (f, files) in seeds() {
        let r = formats::import(f, &files, &LabelSchema::default(), &ImportOptions::default());
        assert!(r.is_ok(), "{f}: {:?}", r.err().map(|e| e.problems));
        assert_eq!(r.unwrap().documents.len(), 2, "{f}");
    }
}

/// The fuzz case CI found: a character straddling the 4096th byte of an object or array that
/// `detect_format` sniffs. The window it reads ends before that character instead of inside it.
#[test]
fn a_character_across_the_sniff_window_does_not_panic() {
    for open in ["{", "[ {"] {
        for pad in 4090..4100 {
            let mut s = String::from(open);
            s.push_str(&" ".repeat(pad - open.len()));
            s.push_str("😀\"format\": \"spandrel\"}");
            let _ = formats::detect_format("x.json", s.as_bytes());
        }
    }
    let mut s = String::from("{\"format\": \"spandrel\",");
    s.push_str(&"😀".repeat(2000));
    assert_eq!(formats::detect_format("x.json", s.as_bytes()), Some(Format::Spandrel));
}

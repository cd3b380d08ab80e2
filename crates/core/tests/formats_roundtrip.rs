//! Round trips: random documents → export → import, for every format, comparing what each format holds.
//! Texts mix ASCII, astral emoji, ZWJ sequences, CJK, combining marks and CRLF; spans overlap freely.

use proptest::prelude::*;
use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::model::DocStatus;
use spandrel_core::{Annotation, Document, LabelSchema, Origin, Relation, Span, SpanState, Text, Unit};
use std::collections::{BTreeMap, BTreeSet};

const PIECES: &[&str] = &[
    "Muscat",
    "Oman",
    " ",
    " ",
    "\r\n",
    "\n",
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "東京",
    "北京大学",
    "café",
    "e\u{301}",
    ",",
    ".",
    "Sultan Qaboos",
    "𝔘𝔫𝔦",
    "\t",
    "a",
    "ß",
    "🇴🇲",
    // Right-to-left text: Hebrew, Arabic, Persian with a zero-width non-joiner inside the word, an
    // Arabic-Indic digit and a right-to-left mark. Offsets are code points whichever way it reads.
    "ירושלים",
    "مسقط",
    "میانجی\u{200c}ها",
    "٣",
    "\u{200f}",
];
const LABELS: &[&str] = &["PERSON", "GPE", "ORG", "LOC", "X-1"];
const NOTES: &[&str] = &["", "", "a note", "ünï 😀 note", "two\nlines"];
const KINDS: &[&str] = &["part_of", "located_in"];

#[derive(Debug, Clone)]
struct SpanSpec {
    start: usize,
    len: usize,
    label: usize,
    note: usize,
    state: usize,
    engine: usize,
    score: u16,
    attr: bool,
}

fn span_spec() -> impl Strategy<Value = SpanSpec> {
    (0usize..400, 1usize..12, 0..LABELS.len(), 0..NOTES.len(), 0usize..3, 0usize..2, 0u16..=100, any::<bool>())
        .prop_map(|(start, len, label, note, state, engine, score, attr)| SpanSpec {
            start,
            len,
            label,
            note,
            state,
            engine,
            score,
            attr,
        })
}

fn build(
    pieces: Vec<usize>,
    spans: Vec<SpanSpec>,
    rels: Vec<(usize, usize, usize)>,
    title: usize,
    dl: u8,
    n: usize,
) -> Document {
    let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
    let t = Text::from(text.as_str());
    let titles = ["", "Muscat talks", "doc/1 ü"];
    let mut d = Document::new(format!("d{n}"), titles[title], t, 1_700_000_000_000 + n as i64);
    d.modified += 5;
    d.status = [DocStatus::New, DocStatus::InProgress, DocStatus::Done][n % 3];
    let len = d.text.len_cp();
    if len > 0 {
        for s in spans {
            // Edges between whole characters (graphemes), as import requires.
            let start = d.text.grapheme_floor(s.start % len).unwrap();
            let end = d.text.grapheme_ceil((start + s.len).min(len)).unwrap();
            if start >= end {
                continue;
            }
            let span = Span::new(start, end);
            let label = LABELS[s.label].to_owned();
            if d.has_duplicate(span, &label, None) {
                continue;
            }
            let state = [SpanState::Accepted, SpanState::Suggested, SpanState::Rejected][s.state];
            let origin = if state == SpanState::Accepted && s.engine == 0 {
                Origin::Manual
            } else {
                Origin::Extracted { engine: ["crf", "rules"][s.engine].into(), score: f32::from(s.score) / 100.0 }
            };
            let mut attributes = BTreeMap::new();
            if s.attr {
                attributes.insert("source".to_owned(), "wire".to_owned());
            }
            let id = d.next_id;
            d.next_id += 1;
            d.annotations.insert(
                id,
                Annotation { id, span, label, note: NOTES[s.note].into(), attributes, origin, state, rev: 0 },
            );
        }
    }
    let ids: Vec<u64> = d.annotations.keys().copied().collect();
    if ids.len() >= 2 {
        for (a, b, k) in rels {
            let (from, to) = (ids[a % ids.len()], ids[b % ids.len()]);
            if from == to {
                continue;
            }
            let id = d.next_id;
            d.next_id += 1;
            d.relations.insert(id, Relation { id, from, to, kind: KINDS[k].into() });
        }
    }
    for (i, l) in ["relevant", "needs review"].iter().enumerate() {
        if dl & (1 << i) != 0 {
            d.doc_labels.insert((*l).to_owned());
        }
    }
    d
}

fn doc_strategy(n: usize) -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(0..PIECES.len(), 0..40),
        prop::collection::vec(span_spec(), 0..10),
        prop::collection::vec((0usize..20, 0usize..20, 0..KINDS.len()), 0..4),
        0usize..3,
        0u8..4,
    )
        .prop_map(move |(p, s, r, t, dl)| build(p, s, r, t, dl, n))
}

fn docs_strategy() -> impl Strategy<Value = Vec<Document>> {
    prop::collection::vec(any::<u8>(), 1..4)
        .prop_flat_map(|v| v.iter().enumerate().map(|(i, _)| doc_strategy(i)).collect::<Vec<_>>())
}

/// What a format keeps of one annotation.
#[derive(Debug, Clone, PartialEq)]
struct Kept {
    start: usize,
    end: usize,
    label: String,
    note: String,
    attrs: BTreeMap<String, String>,
    state: Option<SpanState>,
    origin: Option<Origin>,
}

/// A span named by what it covers (unique within a document).
type SpanKey = (usize, usize, String);

/// What a format keeps of one document.
#[derive(Debug, Clone, PartialEq)]
struct Projection {
    text: String,
    title: Option<String>,
    spans: Vec<Kept>,
    relations: BTreeSet<(SpanKey, SpanKey, String)>,
    doc_labels: BTreeSet<String>,
    meta: Option<(DocStatus, i64, i64)>,
}

#[derive(Clone, Copy)]
struct Holds {
    title: bool,
    notes: bool,
    attrs: bool,
    states: bool,
    relations: bool,
    doc_labels: bool,
    meta: bool,
    /// brat: notes become one line.
    one_line_notes: bool,
}

fn holds(f: Format) -> Holds {
    let none = Holds {
        title: false,
        notes: false,
        attrs: false,
        states: false,
        relations: false,
        doc_labels: false,
        meta: false,
        one_line_notes: false,
    };
    match f {
        Format::Spandrel => Holds {
            title: true,
            notes: true,
            attrs: true,
            states: true,
            relations: true,
            doc_labels: true,
            meta: true,
            ..none
        },
        Format::Spacy | Format::SpacyDoc | Format::Doccano => Holds { doc_labels: true, ..none },
        Format::DoccanoRel | Format::Prodigy => Holds { doc_labels: true, relations: true, ..none },
        Format::LabelStudio => {
            Holds { title: true, notes: true, states: true, relations: true, doc_labels: true, ..none }
        }
        Format::Brat => Holds { notes: true, attrs: true, relations: true, one_line_notes: true, ..none },
        Format::W3c => Holds { title: true, notes: true, relations: true, doc_labels: true, ..none },
        Format::Conll => none,
    }
}

fn project(d: &Document, f: Format) -> Projection {
    let h = holds(f);
    let key = |id: &u64| {
        let a = &d.annotations[id];
        (a.span.start, a.span.end, a.label.clone())
    };
    let mut spans: Vec<Kept> = d
        .annotations
        .values()
        .map(|a| {
            let note = if !h.notes {
                String::new()
            } else if h.one_line_notes {
                a.note.replace(['\n', '\r', '\t'], " ")
            } else {
                a.note.clone()
            };
            // Label Studio: rejected come back as suggestions; suggestions keep engine and score.
            let (state, origin) = match (f, a.state) {
                (Format::LabelStudio, SpanState::Accepted) => (Some(SpanState::Accepted), None),
                (Format::LabelStudio, _) => (Some(SpanState::Suggested), Some(a.origin.clone())),
                _ if h.states => (Some(a.state), Some(a.origin.clone())),
                _ => (None, None),
            };
            Kept {
                start: a.span.start,
                end: a.span.end,
                label: a.label.clone(),
                note,
                attrs: if h.attrs { a.attributes.clone() } else { BTreeMap::new() },
                state,
                origin,
            }
        })
        .collect();
    spans.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    let relations = if !h.relations {
        BTreeSet::new()
    } else {
        d.relations
            .values()
            .filter(|r| {
                // Label Studio writes a relation only inside the result list holding both ends.
                if f != Format::LabelStudio {
                    return true;
                }
                let (a, b) = (&d.annotations[&r.from], &d.annotations[&r.to]);
                let list = |x: &Annotation| match x.state {
                    SpanState::Accepted => None,
                    _ => Some(match &x.origin {
                        Origin::Extracted { engine, .. } => engine.clone(),
                        Origin::Manual => String::new(),
                    }),
                };
                list(a) == list(b)
            })
            .map(|r| (key(&r.from), key(&r.to), r.kind.clone()))
            .collect()
    };
    Projection {
        text: d.text.as_str().to_owned(),
        title: h.title.then(|| d.title.clone()),
        spans,
        relations,
        doc_labels: if h.doc_labels { d.doc_labels.clone() } else { BTreeSet::new() },
        meta: h.meta.then_some((d.status, d.created, d.modified)),
    }
}

fn roundtrip(f: Format, docs: &[Document]) -> Result<Vec<Document>, TestCaseError> {
    let schema = LabelSchema::default();
    let files =
        formats::export(f, docs, &schema, &ExportOptions::all()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let input: Vec<(String, Vec<u8>)> = files.into_iter().map(|x| (x.name, x.content.into_bytes())).collect();
    let opts = ImportOptions { now_ms: 42, ..Default::default() };
    match formats::import(f, &input, &schema, &opts) {
        Ok(r) => Ok(r.documents),
        Err(rep) => Err(TestCaseError::fail(format!(
            "{f}: {:?}\nfiles: {:?}",
            rep.problems,
            input.first().map(|x| String::from_utf8_lossy(&x.1).into_owned())
        ))),
    }
}

fn check_lossless_for(f: Format, docs: &[Document]) -> Result<(), TestCaseError> {
    let back = roundtrip(f, docs)?;
    prop_assert_eq!(back.len(), docs.len(), "{}: document count", f);
    for (a, b) in docs.iter().zip(&back) {
        prop_assert_eq!(project(a, f), project(b, f), "format {}", f);
        // Fresh, predictable ids.
        prop_assert!(b.id.starts_with("doc-"));
        prop_assert!(b.annotations.keys().all(|id| *id < b.next_id));
    }
    Ok(())
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

proptest! {
    // 96 cases by default; PROPTEST_CASES=N runs more.
    #![proptest_config(ProptestConfig { cases: cases(96), ..ProptestConfig::default() })]

    #[test]
    fn spandrel_roundtrip_is_lossless(docs in docs_strategy()) {
        check_lossless_for(Format::Spandrel, &docs)?;
    }

    #[test]
    fn spacy_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::Spacy, &docs)?;
    }

    #[test]
    fn spacy_doc_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::SpacyDoc, &docs)?;
    }

    #[test]
    fn doccano_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::Doccano, &docs)?;
    }

    #[test]
    fn doccano_rel_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::DoccanoRel, &docs)?;
    }

    #[test]
    fn prodigy_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::Prodigy, &docs)?;
    }

    /// What a document remembers of its file makes a second export identical to the first, for every
    /// format but CoNLL (whose text is rebuilt from tokens) and Spandrel's own (which renumbers ids on
    /// import by design): export → import → export is stable. Document ids are renumbered on import, so
    /// the originals are put back before the second export (they name files when a document has no title).
    #[test]
    fn second_export_is_identical(docs in docs_strategy()) {
        let schema = LabelSchema::default();
        for f in Format::ALL.into_iter().filter(|f| !matches!(f, Format::Conll | Format::Spandrel)) {
            let first = formats::export(f, &docs, &schema, &ExportOptions::all()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut back = roundtrip(f, &docs)?;
            for (b, d) in back.iter_mut().zip(&docs) {
                b.id = d.id.clone();
            }
            let second = formats::export(f, &back, &schema, &ExportOptions::all()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(first, second, "format {}", f);
        }
    }

    #[test]
    fn labelstudio_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::LabelStudio, &docs)?;
    }

    #[test]
    fn brat_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::Brat, &docs)?;
    }

    #[test]
    fn w3c_roundtrip(docs in docs_strategy()) {
        check_lossless_for(Format::W3c, &docs)?;
    }

    /// CoNLL keeps tokens, not text: each kept (widened, non-overlapping) span comes back over exactly the same
    /// tokens with the same label, in the same order.
    #[test]
    fn conll_roundtrip_keeps_token_spans(doc in doc_strategy(0)) {
        let docs = vec![doc];
        let back = roundtrip(Format::Conll, &docs)?;
        let d = &docs[0];
        // Tokens that touched in the text are space-separated in the file: compare without whitespace.
        let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        if d.text.as_str().split_whitespace().next().is_none() {
            prop_assert!(back.is_empty());
            return Ok(());
        }
        prop_assert_eq!(back.len(), 1);
        let b = &back[0];
        prop_assert_eq!(norm(b.text.as_str()), norm(d.text.as_str()));
        let expect: Vec<(String, String)> = formats::conll_representable(d, &ExportOptions::all())
            .unwrap()
            .iter()
            .map(|a| (a.label.clone(), norm(d.covered(a.span).unwrap_or(""))))
            .collect();
        let mut got: Vec<&Annotation> = b.annotations.values().collect();
        got.sort_by_key(|a| (a.span.start, a.span.end));
        let got: Vec<(String, String)> = got.iter().map(|a| (a.label.clone(), norm(b.covered(a.span).unwrap_or("")))).collect();
        prop_assert_eq!(got, expect);
    }

    /// Label Studio files from old versions count UTF-16: the quoted text picks the unit, offsets land right.
    #[test]
    fn labelstudio_utf16_is_detected(doc in doc_strategy(0)) {
        let docs = vec![doc];
        let files = formats::export(Format::LabelStudio, &docs, &LabelSchema::default(), &ExportOptions::all()).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&files[0].content).unwrap();
        let t = &docs[0].text;
        let mut cp_ambiguous = true;
        for set in ["annotations", "predictions"] {
            for ann in v[0][set].as_array_mut().unwrap() {
                for r in ann["result"].as_array_mut().unwrap() {
                    if r["type"] != "labels" {
                        continue;
                    }
                    let (s, e) = (r["value"]["start"].as_u64().unwrap() as usize, r["value"]["end"].as_u64().unwrap() as usize);
                    let (s16, e16) = (t.cp_to_utf16(s).unwrap(), t.cp_to_utf16(e).unwrap());
                    // Would the UTF-16 numbers, read as code points, also match every quote?
                    if t.slice_cp(s16..e16).ok() != Some(t.slice_cp(s..e).unwrap()) {
                        cp_ambiguous = false;
                    }
                    r["value"]["start"] = s16.into();
                    r["value"]["end"] = e16.into();
                }
            }
        }
        prop_assume!(!cp_ambiguous || t.len_cp() == t.len_utf16());
        let input = vec![("ls.json".to_owned(), serde_json::to_vec(&v).unwrap())];
        let r = formats::import(Format::LabelStudio, &input, &LabelSchema::default(), &ImportOptions::default())
            .map_err(|e| TestCaseError::fail(format!("{:?}", e.problems)))?;
        prop_assert_eq!(project(&docs[0], Format::LabelStudio), project(&r.documents[0], Format::LabelStudio));
    }
}

fn emoji_doc() -> Document {
    let mut d = Document::new("x", "t", "😀😀 Muscat 👨\u{200d}👩\u{200d}👧 Oman", 0);
    for (i, (s, e, l)) in [(3, 9, "GPE"), (16, 20, "GPE")].iter().enumerate() {
        let id = i as u64 + 1;
        d.annotations.insert(
            id,
            Annotation {
                id,
                span: Span::new(*s, *e),
                label: (*l).into(),
                note: String::new(),
                attributes: BTreeMap::new(),
                origin: Origin::Manual,
                state: SpanState::Accepted,
                rev: 0,
            },
        );
        d.next_id = id + 1;
    }
    d
}

fn covered(d: &Document) -> Vec<String> {
    d.annotations.values().map(|a| d.covered(a.span).unwrap().to_owned()).collect()
}

#[test]
fn doccano_utf16_offsets_are_detected_and_can_be_forced() {
    let d = emoji_doc();
    assert_eq!(covered(&d), ["Muscat", "Oman"]);
    let t = &d.text;
    let u = |cp| t.cp_to_utf16(cp).unwrap();
    let line = serde_json::json!({"text": t.as_str(), "label": [[u(3), u(9), "GPE"], [u(16), u(20), "GPE"]]});
    let input = vec![("a.jsonl".to_owned(), serde_json::to_vec(&line).unwrap())];
    let s = LabelSchema::default();
    let r = formats::import(Format::Doccano, &input, &s, &ImportOptions::default()).unwrap();
    assert_eq!(covered(&r.documents[0]), ["Muscat", "Oman"]);
    assert!(r.warnings.iter().any(|w| w.message.contains("UTF-16")), "{:?}", r.warnings);
    // Forcing code points makes the same numbers wrong: they split nothing, but name other text.
    let forced = ImportOptions { unit: Some(Unit::CodePoint), ..Default::default() };
    let r = formats::import(Format::Doccano, &input, &s, &forced);
    match r {
        Ok(r) => assert_ne!(covered(&r.documents[0]), ["Muscat", "Oman"]),
        Err(rep) => assert!(!rep.problems.is_empty()),
    }
    // Code point files are read as code points.
    let cp_line = serde_json::json!({"text": t.as_str(), "label": [[3, 9, "GPE"], [16, 20, "GPE"]]});
    let input = vec![("a.jsonl".to_owned(), serde_json::to_vec(&cp_line).unwrap())];
    let r = formats::import(Format::Doccano, &input, &s, &ImportOptions::default()).unwrap();
    assert_eq!(covered(&r.documents[0]), ["Muscat", "Oman"]);
}

#[test]
fn export_options_filter_states() {
    let mut d = emoji_doc();
    d.annotations.get_mut(&2).unwrap().state = SpanState::Suggested;
    let s = LabelSchema::default();
    for f in Format::ALL {
        let files = formats::export(f, std::slice::from_ref(&d), &s, &ExportOptions::default()).unwrap();
        let input: Vec<(String, Vec<u8>)> = files.into_iter().map(|x| (x.name, x.content.into_bytes())).collect();
        let r = formats::import(f, &input, &s, &ImportOptions::default()).unwrap();
        let labels: Vec<String> =
            r.documents[0].annotations.values().map(|a| r.documents[0].covered(a.span).unwrap().to_owned()).collect();
        assert_eq!(labels, ["Muscat"], "{f}: suggestion exported without include_suggestions");
    }
}

#[test]
fn unknown_labels_are_listed_not_refused() {
    let input =
        vec![("t.json".to_owned(), br#"[["Ab Cd", {"entities": [[0, 2, "ANIMAL"], [3, 5, "GPE"]]}]]"#.to_vec())];
    let r = formats::import(Format::Spacy, &input, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    assert_eq!(r.new_labels, ["ANIMAL"]);
    assert_eq!(r.documents[0].annotations.len(), 2);
}

#[test]
fn names_and_detection() {
    for f in Format::ALL {
        assert_eq!(Format::from_name(f.name()), Some(f));
    }
    assert_eq!(Format::from_name("Label-Studio"), Some(Format::LabelStudio));
    assert_eq!(Format::from_name("nope"), None);
    let d = emoji_doc();
    let s = LabelSchema::default();
    for f in Format::ALL {
        let files = formats::export(f, std::slice::from_ref(&d), &s, &ExportOptions::default()).unwrap();
        let main = files.iter().find(|x| !x.name.ends_with(".txt")).unwrap();
        assert_eq!(formats::detect_format(&main.name, main.content.as_bytes()), Some(f), "{}", main.name);
        // Without a telling extension, the contents decide.
        let bare = formats::detect_format("upload", main.content.as_bytes());
        assert!(bare == Some(f) || f == Format::Brat, "{f}: guessed {bare:?} from contents");
    }
}

#[test]
fn brat_discontinuous_is_refused_or_split() {
    let files = vec![
        ("a.txt".to_owned(), b"New York and Paris".to_vec()),
        ("a.ann".to_owned(), b"T1\tGPE 0 3;9 12\tNew and\n".to_vec()),
    ];
    let s = LabelSchema::default();
    let err = formats::import(Format::Brat, &files, &s, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.problems[0].location, "file a.ann line 1");
    assert!(err.problems[0].message.contains("discontinuous"));
    let split = ImportOptions { split_discontinuous: true, ..Default::default() };
    let r = formats::import(Format::Brat, &files, &s, &split).unwrap();
    assert_eq!(covered(&r.documents[0]), ["New", "and"]);
    assert!(r.warnings.iter().any(|w| w.message.contains("split")));
}

#[test]
fn brat_span_across_crlf_keeps_offsets() {
    let mut d = emoji_doc();
    d.text = Text::from("Sultan\r\nQaboos and Muscat");
    d.annotations.get_mut(&1).unwrap().span = Span::new(0, 14);
    d.annotations.get_mut(&2).unwrap().span = Span::new(19, 25);
    let files =
        formats::export(Format::Brat, &[d.clone()], &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let ann = &files.iter().find(|f| f.name.ends_with(".ann")).unwrap().content;
    assert!(ann.starts_with("T1\tGPE 0 6;8 14\tSultan Qaboos\n"), "{ann}");
    let input: Vec<(String, Vec<u8>)> = files.into_iter().map(|x| (x.name, x.content.into_bytes())).collect();
    let r = formats::import(Format::Brat, &input, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    assert_eq!(covered(&r.documents[0]), ["Sultan\r\nQaboos", "Muscat"]);
}

#[test]
fn w3c_text_can_come_from_a_txt_file_and_quote_anchors() {
    let anno = br#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "GPE"},
        "target": {"source": "http://example.org/muscat.txt",
                   "selector": {"type": "TextQuoteSelector", "exact": "Oman", "prefix": "in ", "suffix": "."}}}"#;
    let files = vec![
        ("a.jsonld".to_owned(), anno.to_vec()),
        ("muscat.txt".to_owned(), "Oman, and more in Oman.".as_bytes().to_vec()),
    ];
    let r = formats::import(Format::W3c, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    let d = &r.documents[0];
    let a = d.annotations.values().next().unwrap();
    assert_eq!(a.span, Span::new(18, 22));
}

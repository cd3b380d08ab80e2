//! Share links: round trips, size of a realistic link, typed errors on damaged links, and fuzzing.

use proptest::prelude::*;
use spandrel_core::model::{Annotation, DocStatus, Document, LabelSchema, Origin, Relation, Span, SpanState};
use spandrel_core::search::{find_all, SearchOptions};
use spandrel_core::share::{
    decode_share, encode_share, link_advice, LinkAdvice, ShareError, ShareOptions, SharedDoc, MAX_LINK_LEN_BROWSER,
    MAX_PAYLOAD_BYTES, SAFE_LINK_LEN_CHAT,
};
use spandrel_core::text::Text;
use std::collections::BTreeSet;

const SAMPLE: &str = include_str!("../../../assets/muscat-talks.txt");
const NOW: i64 = 1_770_000_000_000;

fn add(doc: &mut Document, span: Span, label: &str, state: SpanState) -> u64 {
    let id = doc.next_id;
    doc.next_id += 1;
    let origin = if state == SpanState::Accepted {
        Origin::Manual
    } else {
        Origin::Extracted { engine: "rules".into(), score: 0.75 }
    };
    doc.annotations.insert(
        id,
        Annotation {
            id,
            span,
            label: label.into(),
            note: String::new(),
            attributes: Default::default(),
            origin,
            state,
            rev: 0,
        },
    );
    id
}

fn relate(doc: &mut Document, from: u64, to: u64, kind: &str) {
    let id = doc.next_id;
    doc.next_id += 1;
    doc.relations.insert(id, Relation { id, from, to, kind: kind.into() });
}

/// The sample article with exactly 50 accepted entity spans, two notes, two relations and a document label.
fn sample_doc() -> Document {
    let mut doc = Document::new("muscat", "Muscat talks", SAMPLE, 1);
    let words = [
        ("Iran", "GPE"),
        ("United States", "GPE"),
        ("Muscat", "GPE"),
        ("February 6", "DATE"),
        ("Tehran", "GPE"),
        ("Chinese", "NORP"),
        ("阿拉格齐", "PERSON"),
        ("Alaghezi", "PERSON"),
        ("Oman", "GPE"),
        ("US", "GPE"),
        ("Washington", "GPE"),
        ("Israel", "GPE"),
        ("Gulf Arab", "NORP"),
        ("years", "DATE"),
        ("months", "DATE"),
        ("talks", "EVENT"),
        ("sanctions", "EVENT"),
        ("diplomacy", "EVENT"),
        ("negotiations", "EVENT"),
        ("threats", "EVENT"),
        ("pressure", "EVENT"),
        ("concessions", "EVENT"),
        ("intermediaries", "ORG"),
        ("hardliners", "NORP"),
        ("foreign minister", "PERSON"),
        ("observers", "NORP"),
        ("engagement", "EVENT"),
        ("progress", "EVENT"),
    ];
    let opts = SearchOptions { case_insensitive: false, whole_word: true };
    let mut taken: Vec<Span> = Vec::new();
    'outer: for (w, label) in words {
        for hit in find_all(&doc.text, w, opts) {
            if taken.len() == 50 {
                break 'outer;
            }
            if taken.iter().any(|t| t.overlaps(&hit)) {
                continue;
            }
            taken.push(hit);
            add(&mut doc, hit, label, SpanState::Accepted);
        }
    }
    assert_eq!(doc.annotations.len(), 50, "the sample must yield 50 spans");
    let ids: Vec<u64> = doc.annotations.keys().copied().collect();
    doc.annotations.get_mut(&ids[0]).unwrap().note = "first mention, check the spelling".into();
    doc.annotations.get_mut(&ids[7]).unwrap().note = "transliteration of 阿拉格齐".into();
    doc.annotations.get_mut(&ids[3]).unwrap().attributes.insert("normalized".into(), "2026-02-06".into());
    relate(&mut doc, ids[6], ids[7], "alias_of");
    relate(&mut doc, ids[2], ids[8], "located_in");
    doc.doc_labels.insert("relevant".into());
    doc.status = DocStatus::InProgress;
    doc
}

/// Everything a link must preserve about an annotation, independent of ids.
type Key = (Span, String, String, Vec<(String, String)>, String, Option<(String, u32)>);

fn keys(doc: &Document) -> BTreeSet<Key> {
    doc.annotations
        .values()
        .map(|a| {
            let origin = match &a.origin {
                Origin::Manual => None,
                Origin::Extracted { engine, score } => Some((engine.clone(), score.to_bits())),
            };
            let attrs = a.attributes.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            (a.span, a.label.clone(), a.note.clone(), attrs, format!("{:?}", a.state), origin)
        })
        .collect()
}

fn relation_keys(doc: &Document) -> BTreeSet<(Span, String, Span, String, String)> {
    doc.relations
        .values()
        .map(|r| {
            let (f, t) = (&doc.annotations[&r.from], &doc.annotations[&r.to]);
            (f.span, f.label.clone(), t.span, t.label.clone(), r.kind.clone())
        })
        .collect()
}

/// The model invariants every decoded document must satisfy.
fn assert_valid(shared: &SharedDoc) {
    let doc = &shared.doc;
    let mut seen = BTreeSet::new();
    for a in doc.annotations.values() {
        assert!(a.span.start < a.span.end && a.span.end <= doc.text.len_cp(), "bad span {:?}", a.span);
        assert!(doc.text.slice_cp(a.span.range()).is_ok());
        assert!(seen.insert((a.span, a.label.clone())), "duplicate span+label");
        assert!(shared.schema_labels.iter().any(|l| l.name == a.label), "label without schema entry");
        assert!(a.id < doc.next_id);
    }
    for r in doc.relations.values() {
        assert!(doc.annotations.contains_key(&r.from) && doc.annotations.contains_key(&r.to));
        assert!(r.id < doc.next_id);
    }
    for l in &shared.schema_labels {
        assert!(!l.name.is_empty());
        assert!(l.color.len() == 7 && l.color.starts_with('#'));
    }
}

#[test]
fn sample_with_50_spans_round_trips_in_under_8_kb() {
    let doc = sample_doc();
    let schema = LabelSchema::default();
    let link = encode_share(&doc, &schema, &ShareOptions::default()).unwrap();
    println!("sample ({} bytes, 50 spans) → link payload of {} characters", SAMPLE.len(), link.len());
    assert!(link.len() < 8000, "link is {} characters", link.len());
    assert_eq!(link_advice(link.len()), LinkAdvice::Ok);

    let shared = decode_share(&link, NOW).unwrap();
    assert_valid(&shared);
    assert_eq!(shared.doc.text.as_str(), SAMPLE);
    assert_eq!(shared.doc.title, "Muscat talks");
    assert_eq!(shared.doc.status, DocStatus::InProgress);
    assert_eq!(shared.doc.created, NOW);
    assert_eq!(shared.doc.doc_labels, doc.doc_labels);
    assert_eq!(keys(&shared.doc), keys(&doc));
    assert_eq!(relation_keys(&shared.doc), relation_keys(&doc));
    assert_eq!(shared.doc.relations.len(), 2);
    // Only used labels travel, with the schema's colours.
    let used: BTreeSet<&str> = doc.annotations.values().map(|a| a.label.as_str()).collect();
    let got: BTreeSet<&str> = shared.schema_labels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(got, used);
    for l in &shared.schema_labels {
        assert_eq!(l.color, schema.label(&l.name).unwrap().color);
    }
    assert_eq!(shared.relation_types, vec!["alias_of".to_string(), "located_in".to_string()]);
    let display = shared.schema();
    assert_eq!(display.labels, shared.schema_labels);
    assert_eq!(display.doc_labels, vec!["relevant".to_string()]);
    assert!(display.relation_types.contains(&"alias_of".to_string()));
    // The leading '#' and a whole URL are accepted too.
    assert_eq!(decode_share(&format!("#{link}"), NOW).unwrap(), shared);
    assert_eq!(decode_share(&format!("https://spandrel.example/app/#{link}\n"), NOW).unwrap(), shared);
    // A link wrapped by a mail client still reads.
    let wrapped = format!("{}\r\n  {}\n{}", &link[..100], &link[100..1001], &link[1001..]);
    assert_eq!(decode_share(&wrapped, NOW).unwrap(), shared);
}

#[test]
fn rejected_never_and_suggestions_only_when_asked() {
    let mut doc = Document::new("d", "t", "Oman hosted Iran and the US in Muscat.", 0);
    let oman = add(&mut doc, Span::new(0, 4), "GPE", SpanState::Accepted);
    let iran = add(&mut doc, Span::new(12, 16), "GPE", SpanState::Suggested);
    add(&mut doc, Span::new(25, 27), "ORG", SpanState::Rejected);
    relate(&mut doc, oman, iran, "related_to");
    let schema = LabelSchema::default();

    let without = decode_share(&encode_share(&doc, &schema, &ShareOptions::default()).unwrap(), NOW).unwrap();
    assert_valid(&without);
    let spans: Vec<(Span, SpanState)> = without.doc.annotations.values().map(|a| (a.span, a.state)).collect();
    assert_eq!(spans, vec![(Span::new(0, 4), SpanState::Accepted)]);
    assert!(without.doc.relations.is_empty(), "a relation to an unshared span is dropped");
    assert_eq!(without.schema_labels.len(), 1);

    let opts = ShareOptions { include_suggestions: true };
    let with = decode_share(&encode_share(&doc, &schema, &opts).unwrap(), NOW).unwrap();
    assert_valid(&with);
    let mut expected = keys(&doc);
    expected.retain(|k| k.4 != "Rejected");
    assert_eq!(keys(&with.doc), expected);
    assert_eq!(relation_keys(&with.doc), relation_keys(&doc));
    assert!(with.doc.annotations.values().all(|a| a.label != "ORG"), "the rejected span's label does not travel");
}

#[test]
fn script_payloads_round_trip_as_plain_data() {
    let text = "<script>alert(1)</script> & \"quotes\" 'single' <img src=x onerror=alert(2)>";
    let mut doc = Document::new("x", "<b>title</b>", text, 0);
    let id = add(&mut doc, Span::new(0, 8), "ORG", SpanState::Accepted);
    doc.annotations.get_mut(&id).unwrap().note = "</textarea><script>alert(3)</script>".into();
    doc.doc_labels.insert("<i>label</i>".into());
    let shared =
        decode_share(&encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap(), NOW).unwrap();
    assert_eq!(shared.doc.text.as_str(), text);
    assert_eq!(shared.doc.title, "<b>title</b>");
    assert_eq!(shared.doc.annotations[&1].note, "</textarea><script>alert(3)</script>");
    assert_eq!(shared.doc.covered(Span::new(0, 8)), Some("<script>"));
    assert!(shared.doc.doc_labels.contains("<i>label</i>"));
}

#[test]
fn unknown_label_gets_fallback_colour_and_bad_colour_is_not_shared() {
    let mut doc = Document::new("x", "", "a b", 0);
    add(&mut doc, Span::new(0, 1), "CUSTOM", SpanState::Accepted);
    add(&mut doc, Span::new(2, 3), "EVIL", SpanState::Accepted);
    let mut schema = LabelSchema::default();
    schema.labels.push(spandrel_core::Label {
        name: "EVIL".into(),
        color: "red;background:url(javascript:alert(1))".into(),
        hotkey: None,
        description: String::new(),
    });
    let shared = decode_share(&encode_share(&doc, &schema, &ShareOptions::default()).unwrap(), NOW).unwrap();
    for l in &shared.schema_labels {
        assert_eq!(l.color, spandrel_core::share::FALLBACK_COLOR, "{}", l.name);
    }
}

#[test]
fn unicode_spans_round_trip() {
    let text = "x👨\u{200d}👩\u{200d}👧y — Zoë\r\nİstanbul 😀";
    let mut doc = Document::new("u", "ünï", text, 0);
    let t = Text::from(text);
    add(&mut doc, Span::new(1, 6), "PERSON", SpanState::Accepted);
    add(&mut doc, Span::new(10, 13), "PERSON", SpanState::Accepted);
    add(&mut doc, Span::new(15, 23), "GPE", SpanState::Accepted);
    add(&mut doc, Span::new(t.len_cp() - 1, t.len_cp()), "MISC", SpanState::Accepted);
    let shared =
        decode_share(&encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap(), NOW).unwrap();
    assert_valid(&shared);
    assert_eq!(keys(&shared.doc), keys(&doc));
    assert_eq!(shared.doc.covered(Span::new(15, 23)), Some("İstanbul"));
}

#[test]
fn empty_document_round_trips() {
    let doc = Document::new("e", "", "", 0);
    let shared =
        decode_share(&encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap(), NOW).unwrap();
    assert_eq!(shared.doc.text.as_str(), "");
    assert!(shared.doc.annotations.is_empty());
}

#[test]
fn encoding_refuses_spans_outside_the_text() {
    let mut doc = Document::new("x", "", "short", 0);
    let id = add(&mut doc, Span::new(2, 9), "ORG", SpanState::Accepted);
    let err = encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap_err();
    assert!(matches!(err, ShareError::BadAnnotation { id: i, .. } if i == id), "{err:?}");
}

#[test]
fn link_advice_has_messages() {
    assert_eq!(link_advice(100), LinkAdvice::Ok);
    assert_eq!(link_advice(SAFE_LINK_LEN_CHAT + 1), LinkAdvice::LongForChat);
    assert_eq!(link_advice(MAX_LINK_LEN_BROWSER + 1), LinkAdvice::TooLongForBrowser);
    assert!(LinkAdvice::TooLongForBrowser.to_string().contains("file"));
    assert_ne!(LinkAdvice::Ok.message(), LinkAdvice::LongForChat.message());
}

// ------------------------------------------------------------------ damaged links

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(s: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s).unwrap()
}

/// A link around a hand-made v1 payload.
fn link_of(payload: &[u8]) -> String {
    let mut bytes = vec![1u8];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(payload, 6));
    b64(&bytes)
}

/// Hand-written payload writer, independent of the encoder.
#[derive(Default)]
struct P(Vec<u8>);
impl P {
    fn v(mut self, mut n: u64) -> Self {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(b);
                return self;
            }
            self.0.push(b | 0x80);
        }
    }
    fn s(self, s: &str) -> Self {
        let mut me = self.v(s.len() as u64);
        me.0.extend_from_slice(s.as_bytes());
        me
    }
    fn raw(mut self, b: &[u8]) -> Self {
        self.0.extend_from_slice(b);
        self
    }
    /// status, title, text, one label "ORG" #ffffff.
    fn head(text: &str) -> Self {
        P::default().raw(&[0]).s("t").s(text).v(1).s("ORG").raw(&[0xff, 0xff, 0xff])
    }
}

#[test]
fn hand_made_payload_decodes() {
    // One span 4..7 "ORG" with a note, one self relation, one doc label.
    let p = P::head("the ORG here").v(1).v(4).v(3).v(0).raw(&[2]).s("n").v(1).s("rel").v(1).v(0).v(0).v(0).v(1).s("ok");
    let shared = decode_share(&link_of(&p.0), NOW).unwrap();
    assert_valid(&shared);
    let a = &shared.doc.annotations[&1];
    assert_eq!((a.span, a.label.as_str(), a.note.as_str()), (Span::new(4, 7), "ORG", "n"));
    assert_eq!(shared.doc.relations[&2].kind, "rel");
    assert_eq!(shared.schema_labels[0].color, "#ffffff");
    assert!(shared.doc.doc_labels.contains("ok"));
}

#[test]
fn damaged_links_give_typed_errors() {
    assert_eq!(decode_share("", NOW), Err(ShareError::Empty));
    assert_eq!(decode_share("#", NOW), Err(ShareError::Empty));
    assert_eq!(decode_share("  #  ", NOW), Err(ShareError::Empty));
    assert_eq!(decode_share("AbC$def", NOW), Err(ShareError::BadBase64 { pos: 3 }));
    assert_eq!(decode_share("Ab+d", NOW), Err(ShareError::BadBase64 { pos: 2 }), "standard base64 is refused");
    assert_eq!(decode_share("AéCD", NOW), Err(ShareError::BadBase64 { pos: 1 }));
    assert_eq!(decode_share("AB CD\n.", NOW), Err(ShareError::BadBase64 { pos: 6 }), "position counts the spaces");
    assert_eq!(decode_share("A", NOW), Err(ShareError::Truncated));
    assert_eq!(decode_share(&b64(&[7, 1, 2, 3]), NOW), Err(ShareError::UnsupportedVersion(7)));
    assert_eq!(decode_share(&b64(&[1]), NOW), Err(ShareError::Truncated));
    assert!(matches!(
        decode_share(&b64(&[1, 0x78, 0xda, 0xff, 0xff]), NOW),
        Err(ShareError::Decompress(_) | ShareError::Truncated)
    ));

    // Zip bomb: 9 MB of zeros compress to a few kB but must be refused.
    let bomb = vec![0u8; MAX_PAYLOAD_BYTES + 1024 * 1024];
    let mut bytes = vec![1u8];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(&bomb, 1));
    let link = b64(&bytes);
    assert!(link.len() < 100_000);
    assert_eq!(decode_share(&link, NOW), Err(ShareError::TooLarge { limit: MAX_PAYLOAD_BYTES }));

    // Checksum: change one byte of payload but keep the stream valid → the Adler-32 check catches it.
    let good = encode_share(&sample_doc(), &LabelSchema::default(), &ShareOptions::default()).unwrap();
    let mut raw = unb64(&good);
    let n = raw.len();
    raw[n - 1] ^= 0x01; // last byte of the Adler-32 trailer
    assert!(matches!(decode_share(&b64(&raw), NOW), Err(ShareError::Decompress(m)) if m.contains("checksum")));
}

fn malformed_field(link: &str) -> String {
    match decode_share(link, NOW) {
        Err(ShareError::Malformed(f)) => f,
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn invalid_payloads_name_the_field() {
    assert!(malformed_field(&link_of(&[])).starts_with("status"));
    assert!(malformed_field(&link_of(&[9])).starts_with("status"));
    assert!(malformed_field(&link_of(&P::default().raw(&[0]).s("t").v(5).raw(b"ab").0)).starts_with("text"));
    assert!(malformed_field(&link_of(&P::default().raw(&[0]).s("t").v(2).raw(&[0xc3, 0x28]).0)).contains("UTF-8"));
    let empty_label = P::default().raw(&[0]).s("").s("x").v(1).s("").raw(&[0, 0, 0]);
    assert!(malformed_field(&link_of(&empty_label.0)).starts_with("labels[0].name"));
    let twice = P::default().raw(&[0]).s("").s("x").v(2).s("A").raw(&[0, 0, 0]).s("A").raw(&[0, 0, 0]);
    assert!(malformed_field(&link_of(&twice.0)).starts_with("labels[1].name"));
    let flags = P::head("abc").v(1).v(0).v(1).v(0).raw(&[0x40]);
    assert!(malformed_field(&link_of(&flags.0)).starts_with("spans[0].flags"));
    // After the document labels comes an optional structure (JSON); anything after it is trailing.
    let cut = P::head("abc").v(0).v(0).v(0).v(0).raw(&[1]);
    assert!(malformed_field(&link_of(&cut.0)).starts_with("structure"));
    let not_json = P::head("abc").v(0).v(0).v(0).v(0).s("{");
    assert!(malformed_field(&link_of(&not_json.0)).starts_with("structure"));
    let outside = P::head("abc")
        .v(0)
        .v(0)
        .v(0)
        .v(0)
        .s(r#"{"source":{"name":"","media_type":""},"blocks":[{"type":"paragraph","start":0,"end":9}]}"#);
    assert!(malformed_field(&link_of(&outside.0)).contains("outside the text"));
    let empty = r#"{"source":{"name":"","media_type":""},"blocks":[]}"#;
    let trailing = P::head("abc").v(0).v(0).v(0).v(0).s(empty).raw(&[1]);
    assert!(malformed_field(&link_of(&trailing.0)).starts_with("end"));
    let huge_count = P::head("abc").v(u64::MAX);
    assert!(malformed_field(&link_of(&huge_count.0)).starts_with("spans"));
}

#[test]
fn invalid_spans_and_relations_are_reported_by_index() {
    let span_err = |p: P| match decode_share(&link_of(&p.0), NOW) {
        Err(ShareError::InvalidSpan { index, reason }) => (index, reason),
        other => panic!("expected InvalidSpan, got {other:?}"),
    };
    // Second span 2..5 on a 4-character text ("abcd").
    let (i, why) = span_err(P::head("abcd").v(2).v(0).v(1).v(0).raw(&[0]).v(2).v(3).v(0).raw(&[0]));
    assert_eq!(i, 1);
    assert!(why.contains("past the end"), "{why}");
    // Empty span.
    assert_eq!(span_err(P::head("abcd").v(1).v(1).v(0).v(0).raw(&[0])).0, 0);
    // Label index 1 with one label.
    let (i, why) = span_err(P::head("abcd").v(1).v(0).v(1).v(1).raw(&[0]));
    assert_eq!(i, 0);
    assert!(why.contains("label"), "{why}");
    // Duplicate span+label.
    assert_eq!(span_err(P::head("abcd").v(2).v(0).v(1).v(0).raw(&[0]).v(0).v(1).v(0).raw(&[0])).0, 1);
    // Start overflow through the deltas.
    let (i, why) = span_err(P::head("abcd").v(2).v(3).v(1).v(0).raw(&[0]).v(u64::MAX).v(1).v(0).raw(&[0]));
    assert_eq!(i, 1);
    assert!(why.contains("overflow"), "{why}");
    // Code points, not bytes: "é" is one code point, so 0..2 is past the end of "é".
    assert_eq!(span_err(P::head("é").v(1).v(0).v(2).v(0).raw(&[0])).0, 0);

    let rel_err = |p: P| match decode_share(&link_of(&p.0), NOW) {
        Err(ShareError::InvalidRelation { index, reason }) => (index, reason),
        other => panic!("expected InvalidRelation, got {other:?}"),
    };
    let one_span = || P::head("abcd").v(1).v(0).v(1).v(0).raw(&[0]).v(1).s("r");
    let (i, why) = rel_err(one_span().v(2).v(0).v(0).v(0).v(0).v(3).v(0).v(0));
    assert_eq!(i, 1);
    assert!(why.contains("span #3"), "{why}");
    assert_eq!(rel_err(one_span().v(1).v(0).v(0).v(1).v(0)).0, 0, "unknown relation type");
}

#[test]
fn every_truncation_of_a_valid_link_fails_cleanly() {
    let link = encode_share(&sample_doc(), &LabelSchema::default(), &ShareOptions::default()).unwrap();
    for cut in 0..link.len() {
        let r = decode_share(&link[..cut], NOW);
        assert!(
            matches!(r, Err(ShareError::Empty | ShareError::Truncated | ShareError::Decompress(_))),
            "cut at {cut}: {r:?}"
        );
    }
}

fn fuzz_config() -> ProptestConfig {
    ProptestConfig { cases: 128, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(fuzz_config())]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        if let Ok(shared) = decode_share(&s, NOW) {
            assert_valid(&shared);
        }
    }

    #[test]
    fn arbitrary_base64_alphabet_never_panics(s in "[A-Za-z0-9_-]{0,200}") {
        if let Ok(shared) = decode_share(&s, NOW) {
            assert_valid(&shared);
        }
    }

    #[test]
    fn compressed_garbage_never_panics(payload in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(shared) = decode_share(&link_of(&payload), NOW) {
            assert_valid(&shared);
        }
    }

    #[test]
    fn structured_garbage_never_panics(
        text in "[a-zé😀 ]{0,12}",
        nums in proptest::collection::vec(0u64..20, 0..40),
    ) {
        // A plausible header followed by small numbers exercises the span and relation checks.
        let mut p = P::head(&text);
        for n in nums {
            p = p.v(n);
        }
        if let Ok(shared) = decode_share(&link_of(&p.0), NOW) {
            assert_valid(&shared);
        }
    }

    #[test]
    fn bit_flips_are_caught_or_harmless(byte in any::<proptest::sample::Index>(), bit in 0u8..8) {
        static SAMPLE_LINK: std::sync::OnceLock<(Document, String)> = std::sync::OnceLock::new();
        let (doc, link) = SAMPLE_LINK.get_or_init(|| {
            let doc = sample_doc();
            let link = encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap();
            (doc, link)
        });
        let mut raw = unb64(link);
        let i = byte.index(raw.len());
        raw[i] ^= 1 << bit;
        match decode_share(&b64(&raw), NOW) {
            Err(_) => {}
            // A flip in bits deflate ignores may leave the document intact; it must then be identical.
            Ok(shared) => {
                assert_valid(&shared);
                prop_assert_eq!(keys(&shared.doc), keys(doc));
                prop_assert_eq!(shared.doc.text.as_str(), SAMPLE);
            }
        }
    }

    #[test]
    fn random_documents_round_trip(
        text in "[a-cé😀\u{301} \n]{1,40}",
        raw_spans in proptest::collection::vec((0usize..40, 1usize..8, 0usize..3, any::<bool>(), "[a-z<>]{0,4}"), 0..12),
        rels in proptest::collection::vec((0usize..12, 0usize..12), 0..5),
    ) {
        let t = Text::from(text.as_str());
        let mut doc = Document::new("r", "random", t.clone(), 0);
        let labels = ["A", "B", "C"];
        let mut ids = Vec::new();
        for (s, l, li, suggested, note) in raw_spans {
            let span = Span::new(s.min(t.len_cp() - 1), (s + l).min(t.len_cp()));
            if span.is_empty() || doc.has_duplicate(span, labels[li], None) {
                continue;
            }
            let state = if suggested { SpanState::Suggested } else { SpanState::Accepted };
            let id = add(&mut doc, span, labels[li], state);
            doc.annotations.get_mut(&id).unwrap().note = note;
            ids.push(id);
        }
        for (f, to) in rels {
            if !ids.is_empty() {
                relate(&mut doc, ids[f % ids.len()], ids[to % ids.len()], "r");
            }
        }
        let opts = ShareOptions { include_suggestions: true };
        let shared = decode_share(&encode_share(&doc, &LabelSchema::default(), &opts).unwrap(), NOW).unwrap();
        assert_valid(&shared);
        prop_assert_eq!(shared.doc.text.as_str(), text.as_str());
        prop_assert_eq!(keys(&shared.doc), keys(&doc));
        prop_assert_eq!(relation_keys(&shared.doc), relation_keys(&doc));
    }
}

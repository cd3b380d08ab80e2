//! Tokens of the token-based formats (CoNLL, spacy-doc): whole graphemes, the file's own tokens kept through a
//! CoNLL → CoNLL round trip, and one token per segmenter word in Chinese, re-imported to the same spans.

use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::model::{Annotation, Document, Origin, Span, SpanState};
use spandrel_core::words::WordBreaks;
use spandrel_core::LabelSchema;
use std::collections::BTreeMap;

/// The first 150 sentences of the WikiANN English dev set (Pan et al., 2017, "Cross-lingual Name Tagging and
/// Linking for 282 Languages"), as shipped in the project's shared/data/ner/wikiann-en-dev.conll: a real
/// CoNLL file written by another toolchain (tab-separated `TOKEN TAG`, `''` quote tokens, `Jr` `.` split).
const WIKIANN: &str = include_str!("fixtures/words/wikiann-en-dev-head.conll");

fn import(content: &str) -> Vec<Document> {
    let files = vec![("in.conll".to_owned(), content.as_bytes().to_vec())];
    formats::import(Format::Conll, &files, &LabelSchema::default(), &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{:?}", e.problems))
        .documents
}

fn export(format: Format, docs: &[Document], opts: &ExportOptions) -> String {
    formats::export(format, docs, &LabelSchema::default(), opts).unwrap().remove(0).content
}

/// The token column of a CoNLL file, without document markers.
fn token_column(content: &str) -> Vec<String> {
    content
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|t| *t != "-DOCSTART-")
        .map(str::to_owned)
        .collect()
}

fn spans(d: &Document) -> Vec<(String, String)> {
    let mut v: Vec<&Annotation> = d.annotations.values().collect();
    v.sort_by_key(|a| (a.span.start, a.span.end));
    v.iter().map(|a| (a.label.clone(), d.covered(a.span).unwrap().to_owned())).collect()
}

fn with_spans(text: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new("d1", "t", text, 0);
    for (needle, label) in spans {
        let b = text.find(needle).unwrap();
        let r = d.text.byte_range_to_cp(b..b + needle.len()).unwrap();
        let id = d.next_id;
        d.next_id += 1;
        let a = Annotation {
            id,
            span: Span::new(r.start, r.end),
            label: (*label).into(),
            note: String::new(),
            attributes: BTreeMap::new(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        };
        d.annotations.insert(id, a);
    }
    d
}

#[test]
fn a_real_conll_file_keeps_its_tokens_through_a_round_trip() {
    let docs = import(WIKIANN);
    let original = token_column(WIKIANN);
    assert_eq!(original.len(), 1183);
    let out = export(Format::Conll, &docs, &ExportOptions::all());
    assert_eq!(token_column(&out), original);
    // Same sentences (blank lines) and the same tags, token for token.
    let tags = |c: &str| {
        c.lines()
            .filter(|l| !l.starts_with("-DOCSTART-"))
            .map(|l| l.split_whitespace().last().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    let body = out.split_once("\n\n").unwrap().1;
    assert_eq!(tags(body), tags(WIKIANN));
    // And again: nothing drifts.
    let again = import(&out);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].text, docs[0].text);
    assert_eq!(spans(&again[0]), spans(&docs[0]));
    assert_eq!(again[0].tokens, docs[0].tokens);
    // Re-tokenised, as before the tokens were kept, the same file came out with other tokens.
    let mut fresh = docs.clone();
    fresh[0].tokens.clear();
    let retokenised = token_column(&export(Format::Conll, &fresh, &ExportOptions::all()));
    assert_eq!(retokenised.len(), RETOKENISED);
}

/// The fixture's token count when its tokens are not kept but re-tokenised from the rebuilt text.
const RETOKENISED: usize = 1217;

#[test]
fn emoji_are_one_token_and_come_back_whole() {
    let text = "I 🏃\u{200d}♂\u{fe0f} in 🌧\u{fe0f} with 🇮🇷 friends";
    let d = with_spans(text, &[("friends", "NORP")]);
    let out = export(Format::Conll, &[d], &ExportOptions::all());
    assert_eq!(token_column(&out), ["I", "🏃\u{200d}♂\u{fe0f}", "in", "🌧\u{fe0f}", "with", "🇮🇷", "friends"]);
    let back = import(&out);
    assert_eq!(back[0].text.as_str(), text);
    assert_eq!(spans(&back[0]), [("NORP".to_owned(), "friends".to_owned())]);
}

#[test]
fn an_emoji_cut_into_pieces_by_another_tool_is_glued_back() {
    // As the CoNLL export before this fix wrote it: 🏃‍♂️ in 4 tokens, 🌧️ in 2.
    let file = "🏃 _ _ B-X\n\u{200d} _ _ I-X\n♂ _ _ I-X\n\u{fe0f} _ _ I-X\nin _ _ O\n🌧 _ _ O\n\u{fe0f} _ _ O\n\n";
    let back = import(file);
    assert_eq!(back[0].text.as_str(), "🏃\u{200d}♂\u{fe0f} in 🌧\u{fe0f}");
    assert_eq!(spans(&back[0]), [("X".to_owned(), "🏃\u{200d}♂\u{fe0f}".to_owned())]);
    assert_eq!(back[0].tokens, [Span::new(0, 4), Span::new(5, 7), Span::new(8, 10)]);
    assert_eq!(
        token_column(&export(Format::Conll, &back, &ExportOptions::all())),
        ["🏃\u{200d}♂\u{fe0f}", "in", "🌧\u{fe0f}"]
    );
}

const ZH: &str = "伊朗外长阿拉格齐表示，会谈暂时结束。";

#[test]
fn chinese_exports_one_token_per_given_word_and_comes_back_the_same() {
    let d = with_spans(ZH, &[("伊朗", "GPE"), ("阿拉格齐", "PERSON")]);
    // The boundaries as Intl.Segmenter would give them: 伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。
    let b = WordBreaks::from_boundaries(&d.text, [0, 2, 4, 8, 10, 11, 13, 15, 17, 18]).unwrap();
    let opts = ExportOptions { word_breaks: BTreeMap::from([(d.id.clone(), b)]), ..ExportOptions::all() };
    let out = export(Format::Conll, std::slice::from_ref(&d), &opts);
    assert_eq!(token_column(&out), ["伊朗", "外长", "阿拉格齐", "表示", "，", "会谈", "暂时", "结束", "。"]);
    assert!(out.contains("阿拉格齐 _ _ B-PERSON\n"), "{out}");
    let back = import(&out);
    assert_eq!(back[0].text.as_str(), ZH);
    assert_eq!(spans(&back[0]), spans(&d));
    let offsets = |d: &Document| d.annotations.values().map(|a| a.span).collect::<Vec<_>>();
    assert_eq!(offsets(&back[0]), offsets(&d));
}

#[cfg(feature = "icu")]
#[test]
fn chinese_and_japanese_with_the_native_segmenter() {
    let d = with_spans(ZH, &[("阿拉格齐", "PERSON")]);
    let out = export(Format::Conll, std::slice::from_ref(&d), &ExportOptions::all());
    // ICU4X's dictionary does not know the name: three tokens, one entity.
    assert_eq!(token_column(&out), ["伊朗", "外长", "阿拉", "格", "齐", "表示", "，", "会谈", "暂时", "结束", "。"]);
    let back = import(&out);
    assert_eq!(back[0].text.as_str(), ZH);
    assert_eq!(spans(&back[0]), spans(&d));
    let ja = with_spans("東京都知事は月曜日に大阪を訪問した。", &[("大阪", "GPE")]);
    let out = export(Format::Conll, std::slice::from_ref(&ja), &ExportOptions::all());
    assert!(out.contains("\n大阪 _ _ B-GPE\nを _ _ O\n"), "{out}");
    assert_eq!(spans(&import(&out)[0]), spans(&ja));
}

#[test]
fn mixed_text_keeps_its_spaces() {
    let text = "Iran's foreign minister 阿拉格齐 (Alaghezi) said";
    let d = with_spans(text, &[("阿拉格齐", "PERSON"), ("Alaghezi", "PERSON")]);
    let b = WordBreaks::segment(&d.text, &spandrel_core::words::UnicodeWords).unwrap();
    let opts = ExportOptions { word_breaks: BTreeMap::from([(d.id.clone(), b)]), ..ExportOptions::all() };
    let back = import(&export(Format::Conll, std::slice::from_ref(&d), &opts));
    assert_eq!(spans(&back[0]), spans(&d));
    assert!(back[0].text.as_str().contains("minister 阿拉格齐 ( Alaghezi )"), "{}", back[0].text.as_str());
}

#[test]
fn spacy_doc_tokens_are_whole_graphemes_and_words() {
    let text = "跑步 🏃\u{200d}♂\u{fe0f} 阿拉格齐表示";
    let d = with_spans(text, &[("阿拉格齐", "PERSON")]);
    let b = WordBreaks::from_boundaries(&d.text, [0, 2, 3, 7, 8, 12, 14]).unwrap();
    let opts = ExportOptions { word_breaks: BTreeMap::from([(d.id.clone(), b)]), ..ExportOptions::all() };
    let out = export(Format::SpacyDoc, std::slice::from_ref(&d), &opts);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let toks: Vec<String> = v["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            d.text
                .slice_cp(t["start"].as_u64().unwrap() as usize..t["end"].as_u64().unwrap() as usize)
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(toks, ["跑步", "🏃\u{200d}♂\u{fe0f}", "阿拉格齐", "表示"]);
}

#[test]
fn the_spandrel_file_keeps_a_documents_tokens() {
    let docs = import(WIKIANN);
    let json = export(Format::Spandrel, &docs, &ExportOptions::all());
    let files = vec![("w.json".to_owned(), json.into_bytes())];
    let back = formats::import(Format::Spandrel, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    assert_eq!(back.documents[0].tokens, docs[0].tokens);
    assert_eq!(token_column(&export(Format::Conll, &back.documents, &ExportOptions::all())), token_column(WIKIANN));
    // Tokens that do not fit the text are not kept, with a warning; the rest imports.
    let bad = r#"{"format":"spandrel","version":1,"documents":[{"text":"a 🏃‍♂️ b","spans":[],"tokens":[[0,1],[2,3]]}]}"#;
    let files = vec![("b.json".to_owned(), bad.as_bytes().to_vec())];
    let r = formats::import(Format::Spandrel, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    assert!(r.documents[0].tokens.is_empty());
    assert!(r.warnings.iter().any(|w| w.message.contains("splits a character at 3")), "{:?}", r.warnings);
}

#[test]
fn a_chinese_paragraph_of_two_sentences_comes_back_at_the_same_offsets() {
    use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
    let text = "伊朗外长阿拉格齐表示，会谈暂时结束。阿拉格齐随后离开。\nSecond line. Two sentences.";
    let mut d = spandrel_core::Document::new("d", "T", text, 0);
    for (s, e) in [(4, 8), (18, 22)] {
        let id = d.next_id;
        d.next_id += 1;
        d.annotations.insert(
            id,
            spandrel_core::Annotation {
                id,
                span: spandrel_core::Span::new(s, e),
                label: "PERSON".into(),
                note: String::new(),
                attributes: Default::default(),
                origin: spandrel_core::Origin::Manual,
                state: spandrel_core::SpanState::Accepted,
                rev: 0,
            },
        );
    }
    let files = formats::export(Format::Conll, &[d.clone()], &Default::default(), &ExportOptions::default()).unwrap();
    let back = formats::import(
        Format::Conll,
        &[("x.conll".into(), files[0].content.clone().into_bytes())],
        &Default::default(),
        &ImportOptions::default(),
    )
    .unwrap();
    let b = &back.documents[0];
    let spans: Vec<(usize, usize)> = b.annotations.values().map(|a| (a.span.start, a.span.end)).collect();
    assert_eq!(spans, [(4, 8), (18, 22)], "{}", files[0].content);
    // The Chinese paragraph comes back exactly (the English one is rebuilt from its tokens).
    assert_eq!(b.text.as_str().lines().next(), text.lines().next());
}

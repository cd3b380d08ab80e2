//! PDF documents (`spandrel_core::rich::pdf`): a PDF's text layer (as pdf.js gives it) laid out into a
//! document whose structure keeps each block's page, kept by our JSON and share links, exported to W3C Web
//! Annotation with the page of every span; the CLI says that PDFs are read in the browser.

use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::model::{Annotation, Origin, SpanState};
use spandrel_core::rich::pdf::{self, PdfItem, PdfPage, PdfText};
use spandrel_core::rich::BlockKind;
use spandrel_core::{Document, LabelSchema, Span};

#[path = "support/rich_fixtures.rs"]
mod rich_fixtures;

fn line(s: &str, y: f64, h: f64) -> PdfItem {
    PdfItem { s: s.into(), x: 72.0, y, w: s.chars().count() as f64 * h * 0.5, h, eol: true }
}

/// Three pages: a title and two paragraphs, a blank page (a figure), a last paragraph.
fn paper() -> PdfText {
    let p = |items| PdfPage { width: 612.0, height: 792.0, items };
    PdfText {
        title: String::new(),
        pages: vec![
            p(vec![
                line("Talks in Muscat", 720.0, 18.0),
                line("Iran and the United States held indirect", 680.0, 10.0),
                line("talks in Muscat on February 6.", 668.0, 10.0),
                line("Oman hosted them.", 640.0, 10.0),
            ]),
            p(vec![]),
            p(vec![line("Both sides agreed to continue.", 700.0, 10.0)]),
        ],
    }
}

fn document() -> Document {
    let (text, title, mut s) = pdf::read("talks.pdf", &paper()).unwrap();
    s.source.digest = Some("ab".repeat(32));
    let mut d = Document::new("talks", title, text.as_str(), 1);
    d.structure = Some(s);
    // A span on page 3: "sides".
    let cp = text.chars().collect::<String>().find("sides").unwrap();
    let start = text[..cp].chars().count();
    d.annotations.insert(
        1,
        Annotation {
            id: 1,
            span: Span::new(start, start + 5),
            label: "NORP".into(),
            note: String::new(),
            attributes: Default::default(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        },
    );
    d.next_id = 2;
    d
}

#[test]
fn pages_lines_and_headings() {
    let (text, title, s) = pdf::read("talks.pdf", &paper()).unwrap();
    assert_eq!(
        text,
        "Talks in Muscat\nIran and the United States held indirect talks in Muscat on February 6.\nOman hosted them.\n\
         Both sides agreed to continue."
    );
    assert_eq!(title, "Talks in Muscat");
    let blocks: Vec<_> = s.blocks.iter().map(|b| (b.kind, b.page)).collect();
    assert_eq!(
        blocks,
        [
            (BlockKind::Heading, Some(1)),
            (BlockKind::Paragraph, Some(1)),
            (BlockKind::Paragraph, Some(1)),
            (BlockKind::Paragraph, Some(3))
        ]
    );
    assert_eq!(s.source.media_type, "application/pdf");
    assert_eq!(s.source.pages, Some(3));
    let chars: Vec<char> = text.chars().collect();
    rich_fixtures::assert_whole_line_blocks("talks.pdf", &chars, &s);
}

#[test]
fn our_json_and_share_links_keep_pages_and_w3c_names_them() {
    let doc = document();
    let schema = LabelSchema::default();
    let out =
        formats::export(Format::Spandrel, std::slice::from_ref(&doc), &schema, &ExportOptions::default()).unwrap();
    let files = vec![(out[0].name.clone(), out[0].content.clone().into_bytes())];
    let back = formats::import(Format::Spandrel, &files, &schema, &ImportOptions::default()).unwrap();
    let d = &back.documents[0];
    assert_eq!(d.text, doc.text);
    assert_eq!(d.structure, doc.structure);
    assert_eq!(
        d.annotations.values().map(|a| (a.span, a.label.clone())).collect::<Vec<_>>(),
        [(doc.annotations[&1].span, "NORP".to_string())]
    );

    use spandrel_core::share::{decode_share, encode_share, ShareOptions};
    let link = encode_share(&doc, &schema, &ShareOptions::default()).unwrap();
    assert_eq!(decode_share(&link, 5).unwrap().doc.structure, doc.structure);

    // W3C: the quote, the code point positions and the page; importing it back gives the same span.
    let w3c = formats::export(Format::W3c, std::slice::from_ref(&doc), &schema, &ExportOptions::default()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&w3c[0].content).unwrap();
    let sel = &v["first"]["items"][0]["target"]["selector"];
    let page = sel.as_array().unwrap().iter().find(|s| s["type"] == "FragmentSelector").expect("a page selector");
    assert_eq!(page["value"], "page=3");
    assert_eq!(page["conformsTo"], "http://tools.ietf.org/rfc/rfc3778");
    let files = vec![(w3c[0].name.clone(), w3c[0].content.clone().into_bytes())];
    let again = formats::import(Format::W3c, &files, &schema, &ImportOptions::default()).unwrap();
    let a = again.documents[0].annotations.values().next().unwrap();
    assert_eq!(a.span, doc.annotations[&1].span);
    // A plain text document has no page selector.
    let mut plain = doc.clone();
    plain.structure = None;
    let w3c = formats::export(Format::W3c, &[plain], &schema, &ExportOptions::default()).unwrap();
    assert!(!w3c[0].content.contains("FragmentSelector"));
}

#[test]
fn the_page_view_finds_a_span_on_its_page() {
    let doc = document();
    let s = doc.structure.as_ref().unwrap();
    let span = doc.annotations[&1].span;
    assert_eq!(pdf::page_at(s, span.start), Some(3));
    let places = pdf::page_items(&doc.text, s, 3, &paper().pages[2]).unwrap();
    let rects = pdf::span_rects(&places, span.range());
    assert_eq!(rects.len(), 1);
    // "sides" is the 6th to 10th character of its line: x = 72 + 5 · 5 pt, 25 pt wide, on the line's baseline.
    assert!((rects[0].x - 97.0).abs() < 1e-9 && (rects[0].w - 25.0).abs() < 1e-9 && rects[0].y == 700.0);
    // The blank page has no text, and a page read from another PDF does not fit.
    assert_eq!(pdf::page_items(&doc.text, s, 2, &paper().pages[1]), Err(pdf::PdfError::NoPage { page: 2 }));
    assert_eq!(pdf::page_items(&doc.text, s, 1, &paper().pages[2]), Err(pdf::PdfError::Differs { page: 1 }));
}

#[test]
fn a_pdf_is_not_decoded_as_text_and_the_cli_says_it_needs_the_browser() {
    let names = rich_fixtures::names("pdf", "pdf");
    assert!(names.len() >= 10, "{names:?}");
    for name in names {
        let bytes = std::fs::read(rich_fixtures::dir("pdf").join(&name)).unwrap();
        let err = spandrel_core::decode::decode_text_file(&name, &bytes).unwrap_err();
        assert!(matches!(err, spandrel_core::decode::DecodeError::Pdf { .. }), "{name}: {err:?}");
    }
    let bin = env!("CARGO_BIN_EXE_spandrel");
    let file = rich_fixtures::dir("pdf").join("tracemonkey.pdf");
    for args in [vec!["convert", "--from", "pdf", "--to", "spandrel"], vec!["convert", "--to", "conll"]] {
        let out = std::process::Command::new(bin).args(&args).arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is a PDF") && err.contains("pdf.js"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

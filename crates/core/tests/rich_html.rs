//! HTML pages (`spandrel_core::rich::html`) on the saved web pages of the shared collection
//! (`../shared/fixtures/rich/html`, mozilla/readability's test pages, sources in its SOURCES.md): readable
//! content only, whole-line blocks, hidden parts left out, and the CLI's `convert --from html`.

use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::rich::{html, BlockKind, MarkKind};
use spandrel_core::{Document, LabelSchema};
use std::path::PathBuf;

#[path = "support/rich_fixtures.rs"]
mod rich_fixtures;

fn dir() -> PathBuf {
    rich_fixtures::dir("html")
}

fn read(name: &str) -> (String, String, spandrel_core::rich::Structure) {
    let src = std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    html::read(name, &src)
}

#[test]
fn every_saved_page_reads_to_readable_text_in_whole_line_blocks() {
    let names = rich_fixtures::names("html", "html");
    assert_eq!(names.len(), 7, "{names:?}");
    for name in names {
        let (text, title, s) = read(&name);
        let chars: Vec<char> = text.chars().collect();
        rich_fixtures::assert_whole_line_blocks(&name, &chars, &s);
        assert!(!title.trim().is_empty(), "{name}: a title");
        assert!(s.blocks.len() >= 20 && chars.len() > 900, "{name}: {} blocks, {} chars", s.blocks.len(), chars.len());
        for bad in ["<script", "<div", "<span", "onclick", "function(", "!important", "font-family:"] {
            assert!(!text.contains(bad), "{name}: {bad:?} in the text");
        }
        // No blank lines, but inside preformatted text.
        let mut at = 0;
        for line in text.split('\n') {
            let n = line.chars().count();
            let in_code = s.blocks.iter().any(|b| b.kind == BlockKind::Code && b.start <= at && at <= b.end);
            assert!(!line.trim().is_empty() || in_code, "{name}: a blank line at {at}");
            at += n + 1;
        }
    }
}

#[test]
fn headings_tables_links_and_hidden_parts_of_real_pages() {
    let (text, title, s) = read("wikipedia.html");
    assert_eq!(title, "Mozilla");
    assert!(text.starts_with("Mozilla\n"));
    // A date hidden by inline display:none is not text.
    assert!(!text.contains("1998-02-28"));
    assert!(s.blocks.iter().filter(|b| b.kind == BlockKind::TableCell).count() > 20, "the infobox's cells");
    assert!(s.marks.iter().any(|m| m.kind == MarkKind::Link && m.href.as_deref().is_some_and(|h| h.contains("wiki"))));
    let (text, _, _) = read("lemonde-1.html");
    assert!(text.contains("renseignement"));
    assert!(!text.contains("cookies pour vous proposer"), "the hidden cookie banner is left out");
    let (text, title, _) = read("bbc-1.html");
    assert!(title.starts_with("Obama admits US gun laws"));
    assert!(text.contains("biggest frustration"));
    let (text, _, s) = read("ietf-1.html");
    assert!(s.blocks.iter().filter(|b| b.kind == BlockKind::Code).count() >= 20, "the draft's <pre> blocks");
    assert!(text.contains("remoteStorage"));
    let (text, _, _) = read("hukumusume.html");
    assert!(text.contains("欲張りなイヌ"));
}

#[test]
fn the_cli_converts_html() {
    let bin = env!("CARGO_BIN_EXE_spandrel");
    let file = dir().join("guardian-1.html");
    let out = std::process::Command::new(bin).args(["convert", "--to", "spandrel"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (text, title, s) = read("guardian-1.html");
    assert_eq!(v["documents"][0]["text"].as_str(), Some(text.as_str()));
    assert_eq!(v["documents"][0]["title"].as_str(), Some(title.as_str()));
    assert_eq!(v["documents"][0]["structure"]["source"]["media_type"], "text/html");
    assert_eq!(v["documents"][0]["structure"]["blocks"].as_array().map(Vec::len), Some(s.blocks.len()));
    // A page with no readable text is refused with one message.
    let tmp = std::env::temp_dir().join("spandrel-empty.html");
    std::fs::write(&tmp, "<html><body><script>x()</script><nav>Menu</nav></body></html>").unwrap();
    let bad = std::process::Command::new(bin)
        .args(["convert", "--from", "html", "--to", "spandrel"])
        .arg(&tmp)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("has no readable text"));
}

#[test]
fn blocks_name_their_source_element_and_w3c_gives_a_range_into_it() {
    use spandrel_core::model::{Annotation, Origin, SpanState};
    let page = "<!doctype html><html><head><title>Port</title></head><body><nav><p>Menu</p></nav><main>\
                <h1>Harbour</h1><p>Ships in <b>Porto</b> today.</p><div><p>Second</p></div><ul><li>one</li><li>two</li></ul>\
                </main></body></html>";
    let (text, _, s) = spandrel_core::rich::html::read("port.html", page);
    assert_eq!(text, "Harbour\nShips in Porto today.\nSecond\none\ntwo");
    let paths: Vec<_> = s.blocks.iter().map(|b| b.xpath.clone().unwrap_or_default()).collect();
    assert_eq!(
        paths,
        [
            "/html[1]/body[1]/main[1]/h1[1]",
            "/html[1]/body[1]/main[1]/p[1]",
            "/html[1]/body[1]/main[1]/div[1]/p[1]",
            "/html[1]/body[1]/main[1]/ul[1]/li[1]",
            "/html[1]/body[1]/main[1]/ul[1]/li[2]",
        ]
    );
    let mut doc = Document::new("port", "Harbour", text.as_str(), 1);
    doc.structure = Some(s);
    let start = text.find("Porto").unwrap();
    doc.annotations.insert(
        1,
        Annotation {
            id: 1,
            span: spandrel_core::Span::new(start, start + 5),
            label: "GPE".into(),
            note: String::new(),
            attributes: Default::default(),
            origin: Origin::Manual,
            state: SpanState::Accepted,
            rev: 0,
        },
    );
    let out = formats::export(Format::W3c, &[doc], &LabelSchema::default(), &ExportOptions::default()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&out[0].content).unwrap();
    let sel = v["first"]["items"][0]["target"]["selector"].as_array().unwrap().clone();
    let range = sel.iter().find(|s| s["type"] == "RangeSelector").expect("a range selector");
    assert_eq!(range["startSelector"]["value"], "/html[1]/body[1]/main[1]/p[1]");
    assert_eq!(range["startSelector"]["refinedBy"]["start"], 9);
    assert_eq!(range["endSelector"]["value"], "/html[1]/body[1]/main[1]/p[1]");
    assert_eq!(range["endSelector"]["refinedBy"]["end"], 14);
    // Import takes the span from its positions, the range selector aside.
    let files = vec![(out[0].name.clone(), out[0].content.clone().into_bytes())];
    let back = formats::import(Format::W3c, &files, &LabelSchema::default(), &ImportOptions::default()).unwrap();
    assert_eq!(back.documents[0].annotations.values().next().unwrap().span.start, start);
}

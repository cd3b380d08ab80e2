//! HTML pages (`spandrel_core::rich::html`) on the saved web pages of the shared collection
//! (`../shared/fixtures/rich/html`, mozilla/readability's test pages, sources in its SOURCES.md): readable
//! content only, whole-line blocks, hidden parts left out, and the CLI's `convert --from html`.

use spandrel_core::rich::{html, BlockKind, MarkKind};
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

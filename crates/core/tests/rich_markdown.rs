//! Markdown documents (`spandrel_core::rich::markdown`) on the real READMEs and guides of the shared collection
//! (`../shared/fixtures/rich/md`, sources in its SOURCES.md), the structure's round trip through our JSON, and
//! the CLI's `convert --from md`.

use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::rich::{markdown, BlockKind, MarkKind, Structure};
use spandrel_core::{Document, LabelSchema};
use std::path::PathBuf;

#[path = "support/rich_fixtures.rs"]
mod rich_fixtures;

fn dir() -> PathBuf {
    rich_fixtures::dir("md")
}

fn read(name: &str) -> (String, String, Structure) {
    let src = std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    markdown::read(name, &src)
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn every_real_file_reads_into_whole_line_blocks_inside_the_text() {
    let names = rich_fixtures::names("md", "md");
    assert_eq!(names.len(), 7, "{names:?}");
    for name in names {
        let (text, title, s) = read(&name);
        let chars: Vec<char> = text.chars().collect();
        rich_fixtures::assert_whole_line_blocks(&name, &chars, &s);
        assert!(!title.trim().is_empty(), "{name}: a title");
        assert!(s.blocks.len() > 20, "{name}: {} blocks", s.blocks.len());
        for m in &s.marks {
            assert!(m.start < m.end, "{name}: empty mark {m:?}");
        }
        // No markup outside code: no HTML comments or script tags in prose (inline code may quote them).
        let code: Vec<(usize, usize)> =
            s.marks.iter().filter(|m| m.kind == MarkKind::Code).map(|m| (m.start, m.end)).collect();
        for b in s.blocks.iter().filter(|b| b.kind != BlockKind::Code) {
            let prose: String =
                (b.start..b.end).filter(|&i| !code.iter().any(|&(a, z)| a <= i && i < z)).map(|i| chars[i]).collect();
            assert!(!prose.contains("<!--") && !prose.contains("<script"), "{name}: markup in {prose:?}");
        }
    }
}

#[test]
fn raw_html_headings_tables_and_entities_from_real_files() {
    let (text, _, _) = read("ripgrep-FAQ.md");
    assert!(
        text.lines().any(|l| l == "Does ripgrep support configuration files?"),
        "the raw-HTML <h3> question is a line"
    );
    let (text, _, s) = read("rust-book-appendix-02-operators.md");
    // `<code>&vert;</code>` inside a table cell is the character |.
    let cells: Vec<String> =
        s.blocks.iter().filter(|b| b.kind == BlockKind::TableCell).map(|b| slice(&text, b.start, b.end)).collect();
    assert!(cells.len() > 100, "{} cells", cells.len());
    assert!(cells.iter().any(|c| c == "|"), "a cell holding only |");
    let (text, _, s) = read("bat-README-ko.md");
    let heading = s.blocks.iter().find(|b| b.kind == BlockKind::Heading).unwrap();
    assert_eq!(slice(&text, heading.start, heading.end), "문법 강조");
    let (text, _, s) = read("commonmark-spec.md");
    assert!(!text.starts_with("---") && !text.contains("title: CommonMark Spec"), "front matter dropped");
    assert!(s.blocks.iter().filter(|b| b.kind == BlockKind::Code).count() > 600);
    let link = s.marks.iter().find(|m| m.kind == MarkKind::Link).unwrap();
    assert!(!slice(&text, link.start, link.end).is_empty());
}

#[test]
fn our_json_keeps_the_structure_and_other_formats_the_plain_text() {
    let (text, title, s) = read("bat-README.md");
    let mut doc = Document::new("bat-README", title, text.as_str(), 1);
    doc.structure = Some(s.clone());
    let schema = LabelSchema::default();
    let out =
        formats::export(Format::Spandrel, std::slice::from_ref(&doc), &schema, &ExportOptions::default()).unwrap();
    let files = vec![(out[0].name.clone(), out[0].content.clone().into_bytes())];
    let back = formats::import(Format::Spandrel, &files, &schema, &ImportOptions::default()).unwrap();
    let d = &back.documents[0];
    assert_eq!(d.text.as_str(), text);
    assert_eq!(d.structure.as_ref(), Some(&s));
    assert_eq!(d.title, doc.title);
    // A structure that does not fit the text is refused with its reason, and nothing is imported.
    let mut v: serde_json::Value = serde_json::from_str(&out[0].content).unwrap();
    v["documents"][0]["structure"]["blocks"][0]["end"] = serde_json::json!(10_000_000);
    let bad = vec![("bad.json".to_string(), v.to_string().into_bytes())];
    let err = formats::import(Format::Spandrel, &bad, &schema, &ImportOptions::default()).unwrap_err();
    assert!(err.problems[0].to_string().contains("field structure"), "{}", err.problems[0]);
    assert!(err.problems[0].to_string().contains("outside the text"), "{}", err.problems[0]);
    // The plain formats write the text with exact offsets and no structure.
    let spacy = formats::export(Format::Doccano, &[doc], &schema, &ExportOptions::default()).unwrap();
    let line: serde_json::Value = serde_json::from_str(spacy[0].content.lines().next().unwrap()).unwrap();
    assert_eq!(line["text"].as_str(), Some(text.as_str()));
    assert!(line.get("structure").is_none());
}

#[test]
fn the_cli_converts_markdown() {
    let bin = env!("CARGO_BIN_EXE_spandrel");
    let file = dir().join("ripgrep-GUIDE.md");
    let out = std::process::Command::new(bin)
        .args(["convert", "--from", "md", "--to", "spandrel"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &v["documents"][0];
    let (text, title, s) = read("ripgrep-GUIDE.md");
    assert_eq!(d["text"].as_str(), Some(text.as_str()));
    assert_eq!(d["title"].as_str(), Some(title.as_str()));
    assert_eq!(serde_json::from_value::<Structure>(d["structure"].clone()).unwrap(), s);
    // auto: a .md file name is enough
    let auto = std::process::Command::new(bin).args(["convert", "--to", "conll"]).arg(&file).output().unwrap();
    assert!(auto.status.success(), "{}", String::from_utf8_lossy(&auto.stderr));
    // not UTF-8: one clear message
    let tmp = std::env::temp_dir().join("spandrel-bad.md");
    std::fs::write(&tmp, b"# Title\n\xff\xfe").unwrap();
    let bad = std::process::Command::new(bin)
        .args(["convert", "--from", "md", "--to", "spandrel"])
        .arg(&tmp)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not valid UTF-8 (byte 8)"));
}

#[test]
fn a_share_link_keeps_the_structure() {
    use spandrel_core::share::{decode_share, encode_share, ShareOptions};
    let (text, title, s) = read("rust-book-appendix-02-operators.md");
    let mut doc = Document::new("ops", title, text.as_str(), 1);
    doc.structure = Some(s.clone());
    let link = encode_share(&doc, &LabelSchema::default(), &ShareOptions::default()).unwrap();
    let back = decode_share(&link, 5).unwrap();
    assert_eq!(back.doc.text.as_str(), text);
    assert_eq!(back.doc.structure, Some(s));
    // A plain document's link has no structure and decodes as before.
    let plain = Document::new("p", "t", "Ada in London.", 1);
    let back =
        decode_share(&encode_share(&plain, &LabelSchema::default(), &ShareOptions::default()).unwrap(), 5).unwrap();
    assert_eq!(back.doc.structure, None);
}

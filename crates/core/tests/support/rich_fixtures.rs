//! What the rich-document tests share (`tests/rich_markdown.rs`, `tests/rich_html.rs`, included with `#[path]`):
//! the shared collection's files of one kind, and the structure's whole-line rule checked on a real file.
//!
//! Invariant: a fixture folder that is missing fails the test (the collection is part of the test set).

use spandrel_core::rich::Structure;
use std::path::PathBuf;

/// `../shared/fixtures/rich/<kind>`.
pub fn dir(kind: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/fixtures/rich")).join(kind)
}

/// The names of the files in `dir(kind)` ending in `.<ext>`, sorted.
pub fn names(kind: &str, ext: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir(kind))
        .expect("the shared rich fixtures")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(&format!(".{ext}")))
        .collect();
    names.sort();
    names
}

/// Checks the structure against its text: inside it, and every block starting and ending at a line (or table
/// cell) edge.
pub fn assert_whole_line_blocks(name: &str, chars: &[char], s: &Structure) {
    s.check(chars.len()).unwrap_or_else(|e| panic!("{name}: {e}"));
    for b in &s.blocks {
        assert!(b.end == chars.len() || matches!(chars[b.end], '\n' | '\t'), "{name}: block {b:?} ends mid-line");
        assert!(b.start == 0 || matches!(chars[b.start - 1], '\n' | '\t'), "{name}: block {b:?} starts mid-line");
    }
}

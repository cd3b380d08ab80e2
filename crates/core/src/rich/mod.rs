//! Rich documents: the structure a document brought from its source file (headings, paragraphs, list
//! items, quotes, code, table cells, page breaks; emphasis, strong, inline code, links) as ranges over its
//! plain text, and the readers that build it (Markdown and HTML here; a PDF's text layer, read by pdf.js in
//! the browser, in [`pdf`]).
//!
//! Invariants:
//! - The text stays one plain string with code point offsets: every span, search, export and sync works
//!   on it unchanged; the structure only describes ranges of it and never holds text of its own.
//! - Every block and mark lies inside the text, blocks are in text order and never overlap, and each
//!   block covers whole lines (a block ends where a line ends), so the document view's paragraphs (lines)
//!   each belong to at most one block. [`Structure::check`] says which rule a structure breaks.
//! - A link's `href` is data: shown, never followed or fetched by the app on its own.
//! - Readers keep readable content only: no markup, scripts, styles or comments reach the text.

#[cfg(feature = "rich")]
pub mod html;
#[cfg(feature = "rich")]
pub mod markdown;
pub mod pdf;

use crate::model::Span;
use serde::{Deserialize, Serialize};

/// What a block is. Written as `type` in our JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// `level` 1–6.
    Heading,
    Paragraph,
    /// `level`: the nesting depth (1 for a top-level item); `ordered`.
    ListItem,
    Quote,
    Code,
    /// One cell (`row`, `col`, `header`); the cells of a table row share a line, separated by tabs.
    TableCell,
    PageBreak,
}

impl BlockKind {
    /// The kind's name as written in our JSON (`type`) and on the document view's lines (`data-block`).
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::Quote => "quote",
            BlockKind::Code => "code",
            BlockKind::TableCell => "table_cell",
            BlockKind::PageBreak => "page_break",
        }
    }
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A block: its kind, the code point range it covers, and what its kind needs. A flat record (no tagged
/// enums), which keeps the shell's (de)serialising code small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    /// A heading's level (1–6) or a list item's depth (1 for a top-level item); 0 for other kinds.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub level: u8,
    /// A list item of an ordered list.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ordered: bool,
    /// A table cell's row and column (0-based) and whether it is in the header row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub col: Option<u32>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub header: bool,
    /// For PDFs: the page the block is on (1-based).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// For HTML: the XPath of the element the block was read from (`/html[1]/body[1]/p[2]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xpath: Option<String>,
}

impl Block {
    /// A block of `kind` over `start..end` with nothing else set.
    pub fn new(kind: BlockKind, start: usize, end: usize) -> Self {
        Block {
            kind,
            start,
            end,
            level: 0,
            ordered: false,
            row: None,
            col: None,
            header: false,
            page: None,
            xpath: None,
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What a mark is. Written as `type` in our JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    Emphasis,
    Strong,
    Strikethrough,
    Code,
    /// With `href`.
    Link,
}

/// An inline mark over a code point range; a link carries its target (`href`), as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    #[serde(rename = "type")]
    pub kind: MarkKind,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

/// The file a rich document came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SourceFile {
    pub name: String,
    /// `text/markdown`, `text/html` or `application/pdf`.
    pub media_type: String,
    /// A PDF's SHA-256 (hex): the key under which the browser keeps the file for the page view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// A PDF's number of pages (pages without text included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
}

/// A document's structure: blocks and marks over its text, and the file it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Structure {
    pub source: SourceFile,
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

/// Why a structure does not fit its text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StructureError {
    #[error("block {index} ({start}..{end}) is outside the text of {len} characters or empty-reversed")]
    BlockOutside { index: usize, start: usize, end: usize, len: usize },
    #[error("block {index} starts before block {prev} ends")]
    BlockOverlap { index: usize, prev: usize },
    #[error("mark {index} ({start}..{end}) is outside the text of {len} characters")]
    MarkOutside { index: usize, start: usize, end: usize, len: usize },
}

impl Structure {
    /// Checks the invariants against a text of `len` code points.
    pub fn check(&self, len: usize) -> Result<(), StructureError> {
        let mut prev_end = 0;
        for (i, b) in self.blocks.iter().enumerate() {
            if b.start > b.end || b.end > len {
                return Err(StructureError::BlockOutside { index: i, start: b.start, end: b.end, len });
            }
            if i > 0 && b.start < prev_end {
                return Err(StructureError::BlockOverlap { index: i, prev: i - 1 });
            }
            prev_end = b.end;
        }
        for (i, m) in self.marks.iter().enumerate() {
            if m.start > m.end || m.end > len {
                return Err(StructureError::MarkOutside { index: i, start: m.start, end: m.end, len });
            }
        }
        Ok(())
    }

    /// The marks overlapping `range` (in the order they are stored).
    pub fn marks_in(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = (usize, &Mark)> {
        self.marks.iter().enumerate().filter(move |(_, m)| m.start < range.end && range.start < m.end)
    }

    /// The block covering code point `cp`, if any.
    pub fn block_at(&self, cp: usize) -> Option<&Block> {
        let i = self.blocks.partition_point(|b| b.end <= cp);
        self.blocks.get(i).filter(|b| b.start <= cp && cp < b.end.max(b.start + 1))
    }
}

/// Builds a plain text and its structure, tracking code point offsets as text is appended. The readers use
/// it (only the Markdown one so far, behind the `rich` feature).
#[derive(Debug, Default)]
#[cfg_attr(not(feature = "rich"), allow(dead_code))]
pub(crate) struct Builder {
    pub text: String,
    cps: usize,
    pub blocks: Vec<Block>,
    pub marks: Vec<Mark>,
}

#[cfg_attr(not(feature = "rich"), allow(dead_code))]
impl Builder {
    pub fn cp(&self) -> usize {
        self.cps
    }

    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
        self.cps += s.chars().count();
    }

    pub fn push_char(&mut self, c: char) {
        self.text.push(c);
        self.cps += 1;
    }

    /// Takes the last character back.
    pub fn pop_char(&mut self) -> Option<char> {
        let c = self.text.pop()?;
        self.cps -= 1;
        Some(c)
    }

    /// Whether the text ends a line (or is empty).
    pub fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Ends the current line if text was written on it; spaces at the end of the line are dropped, so every
    /// block ends where its line ends.
    pub fn end_line(&mut self) {
        self.trim_spaces();
        if !self.at_line_start() {
            self.push_char('\n');
        }
    }

    /// Drops spaces and tabs at the end of the text (not line breaks), and shortens marks that reached into them.
    fn trim_spaces(&mut self) {
        while self.text.ends_with([' ', '\t', '\u{a0}', '\u{3000}']) {
            self.text.pop();
            self.cps -= 1;
        }
        for m in &mut self.marks {
            m.end = m.end.min(self.cps);
        }
    }

    /// Records a block from `start` to the current end (spaces and line breaks at the end dropped);
    /// `block.start` and `block.end` are set here, the rest comes from `block`. Empty blocks are dropped.
    pub fn block(&mut self, mut block: Block, start: usize) {
        // Line breaks (and spaces before them) at the block's end are not kept: the next line starts after
        // exactly one line break, so no blank line follows a block.
        while self.cps > start && self.text.ends_with(['\n', ' ', '\t', '\u{a0}', '\u{3000}']) {
            self.text.pop();
            self.cps -= 1;
        }
        for m in &mut self.marks {
            m.end = m.end.min(self.cps);
        }
        let end = self.cps;
        if end > start {
            block.start = start;
            block.end = end;
            self.blocks.push(block);
        }
    }

    pub fn mark(&mut self, kind: MarkKind, href: Option<String>, start: usize) {
        if self.cps > start {
            self.marks.push(Mark { kind, start, end: self.cps, href });
        }
    }

    /// The text without trailing line breaks, and its structure (blocks and marks clamped to it).
    pub fn finish(mut self, source: SourceFile) -> (String, Structure) {
        let keep = self.text.trim_end_matches(['\n', ' ', '\t']).len();
        self.text.truncate(keep);
        let len = self.text.chars().count();
        for b in &mut self.blocks {
            b.end = b.end.min(len);
            b.start = b.start.min(b.end);
        }
        self.blocks.retain(|b| b.end > b.start);
        for m in &mut self.marks {
            m.end = m.end.min(len);
            m.start = m.start.min(m.end);
        }
        self.marks.retain(|m| m.end > m.start);
        (self.text, Structure { source, blocks: self.blocks, marks: self.marks })
    }
}

/// Reads a rich file by its name's extension (Markdown: `.md`, `.markdown`; HTML: `.html`, `.htm`, `.xhtml`)
/// into its text, title and structure; `None` for any other file.
#[cfg(feature = "rich")]
pub fn read_file(name: &str, source: &str) -> Option<(String, String, Structure)> {
    match crate::decode::FileKind::from_name(name) {
        crate::decode::FileKind::Markdown => Some(markdown::read(name, source)),
        crate::decode::FileKind::Html => Some(html::read(name, source)),
        _ => None,
    }
}

/// The title of a rich document: its first heading's text, else `fallback`.
pub fn title_of(text: &str, s: &Structure, fallback: &str) -> String {
    s.blocks
        .iter()
        .find(|b| b.kind == BlockKind::Heading)
        .and_then(|b| {
            // Offsets to text through the one conversion module.
            let t = crate::text::Text::from(text).slice_cp(b.start..b.end).ok()?.trim().to_string();
            (!t.is_empty()).then_some(t)
        })
        .unwrap_or_else(|| fallback.to_string())
}

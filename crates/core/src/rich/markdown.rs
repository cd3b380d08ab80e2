//! Markdown (CommonMark with tables, strikethrough and task lists) to a plain text with its structure, by
//! pulldown-cmark.
//!
//! Invariants:
//! - The text is the rendered text: no Markdown syntax, no HTML tags, comments, scripts or styles (raw HTML
//!   keeps only its visible text), entities decoded; front matter is dropped.
//! - Each heading, paragraph, list item, quote paragraph and table row is one line (a code block keeps its
//!   lines); a table row's cells are separated by tabs and each cell is a block.
//! - Emphasis, strong, strikethrough, inline code and links become marks over exactly their text; an
//!   image contributes its alt text.

use super::{title_of, Block, BlockKind, Builder, MarkKind, SourceFile, Structure};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A Markdown file's text and structure, and its title (the first heading, else `name`'s stem).
pub fn read(name: &str, source: &str) -> (String, String, Structure) {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    let mut b = Builder::default();
    // Containers: list nesting (ordered?), quote depth; the open leaf block; open inline marks.
    let mut lists: Vec<bool> = Vec::new();
    let mut quotes = 0usize;
    let mut leaf: Option<(Block, usize)> = None;
    let mut marks: Vec<(MarkKind, Option<String>, usize)> = Vec::new();
    let mut in_meta = false;
    let mut html_block = String::new();
    let mut in_html_block = false;
    // Tables: (row, col, in head).
    let mut table: Option<(u32, u32, bool)> = None;

    let leaf_kind = |lists: &[bool], quotes: usize| match lists.last() {
        Some(&ordered) => Block { level: lists.len() as u8, ordered, ..Block::new(BlockKind::ListItem, 0, 0) },
        None if quotes > 0 => Block::new(BlockKind::Quote, 0, 0),
        None => Block::new(BlockKind::Paragraph, 0, 0),
    };
    let close_leaf = |b: &mut Builder, leaf: &mut Option<(Block, usize)>| {
        if let Some((kind, start)) = leaf.take() {
            b.block(kind, start);
            b.end_line();
        }
    };

    for ev in Parser::new_ext(source, opts) {
        if in_meta {
            if matches!(ev, Event::End(TagEnd::MetadataBlock(_))) {
                in_meta = false;
            }
            continue;
        }
        if in_html_block {
            match ev {
                Event::End(TagEnd::HtmlBlock) => {
                    in_html_block = false;
                    let visible = html_text(&html_block);
                    html_block.clear();
                    if !visible.trim().is_empty() {
                        close_leaf(&mut b, &mut leaf);
                        b.end_line();
                        let start = b.cp();
                        b.push_str(visible.trim());
                        b.block(leaf_kind(&lists, quotes), start);
                        b.end_line();
                    }
                }
                Event::Html(h) | Event::Text(h) => html_block.push_str(&h),
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Start(tag) => match tag {
                Tag::MetadataBlock(_) => in_meta = true,
                Tag::HtmlBlock => in_html_block = true,
                Tag::Paragraph if table.is_none() => {
                    close_leaf(&mut b, &mut leaf);
                    b.end_line();
                    leaf = Some((leaf_kind(&lists, quotes), b.cp()));
                }
                Tag::Heading { level, .. } => {
                    close_leaf(&mut b, &mut leaf);
                    b.end_line();
                    leaf = Some((Block { level: level as u8, ..Block::new(BlockKind::Heading, 0, 0) }, b.cp()));
                }
                Tag::CodeBlock(_) => {
                    close_leaf(&mut b, &mut leaf);
                    b.end_line();
                    leaf = Some((Block::new(BlockKind::Code, 0, 0), b.cp()));
                }
                Tag::BlockQuote(_) => {
                    close_leaf(&mut b, &mut leaf);
                    quotes += 1;
                }
                Tag::List(first) => {
                    close_leaf(&mut b, &mut leaf);
                    lists.push(first.is_some());
                }
                Tag::Item => {
                    close_leaf(&mut b, &mut leaf);
                    b.end_line();
                    // A tight item has no paragraph: its text is the leaf.
                    leaf = Some((leaf_kind(&lists, quotes), b.cp()));
                }
                Tag::Table(_) => {
                    close_leaf(&mut b, &mut leaf);
                    b.end_line();
                    table = Some((0, 0, false));
                }
                Tag::TableHead => {
                    if let Some(t) = table.as_mut() {
                        *t = (t.0, 0, true);
                    }
                }
                Tag::TableRow => {
                    b.end_line();
                    if let Some(t) = table.as_mut() {
                        t.1 = 0;
                    }
                }
                Tag::TableCell => {
                    if let Some((_, col, _)) = table {
                        if col > 0 {
                            b.push_char('\t');
                        }
                    }
                    let kind = match table {
                        Some((row, col, header)) => {
                            Block { row: Some(row), col: Some(col), header, ..Block::new(BlockKind::TableCell, 0, 0) }
                        }
                        None => Block::new(BlockKind::Paragraph, 0, 0),
                    };
                    leaf = Some((kind, b.cp()));
                }
                Tag::Emphasis => marks.push((MarkKind::Emphasis, None, b.cp())),
                Tag::Strong => marks.push((MarkKind::Strong, None, b.cp())),
                Tag::Strikethrough => marks.push((MarkKind::Strikethrough, None, b.cp())),
                Tag::Link { dest_url, .. } => marks.push((MarkKind::Link, Some(dest_url.to_string()), b.cp())),
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item if table.is_none() => {
                    close_leaf(&mut b, &mut leaf);
                }
                TagEnd::BlockQuote(_) => {
                    close_leaf(&mut b, &mut leaf);
                    quotes = quotes.saturating_sub(1);
                }
                TagEnd::List(_) => {
                    close_leaf(&mut b, &mut leaf);
                    lists.pop();
                }
                TagEnd::TableCell => {
                    if let Some((kind, start)) = leaf.take() {
                        b.block(kind, start);
                    }
                    if let Some(t) = table.as_mut() {
                        t.1 += 1;
                    }
                }
                TagEnd::TableHead => {
                    if let Some(t) = table.as_mut() {
                        *t = (t.0 + 1, 0, false);
                    }
                    b.end_line();
                }
                TagEnd::TableRow => {
                    if let Some(t) = table.as_mut() {
                        t.0 += 1;
                    }
                    b.end_line();
                }
                TagEnd::Table => {
                    table = None;
                    b.end_line();
                }
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => {
                    if let Some((kind, href, start)) = marks.pop() {
                        b.mark(kind, href, start);
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                if leaf.is_none() {
                    leaf = Some((leaf_kind(&lists, quotes), b.cp()));
                }
                // In a code block the text keeps its lines; elsewhere a line break is a space.
                if leaf.as_ref().is_some_and(|(l, _)| l.kind == BlockKind::Code) {
                    b.push_str(t.trim_end_matches('\n'));
                    if t.ends_with('\n') {
                        b.push_char('\n');
                    }
                } else {
                    b.push_str(&t.replace(['\n', '\t'], " "));
                }
            }
            Event::Code(t) => {
                if leaf.is_none() {
                    leaf = Some((leaf_kind(&lists, quotes), b.cp()));
                }
                let start = b.cp();
                b.push_str(&t.replace(['\n', '\t'], " "));
                b.mark(MarkKind::Code, None, start);
            }
            Event::InlineHtml(h) | Event::Html(h) => {
                // Inline HTML: tags dropped; a <br> is a space.
                if h.trim_start().to_ascii_lowercase().starts_with("<br") {
                    b.push_char(' ');
                }
            }
            Event::SoftBreak | Event::HardBreak => b.push_char(' '),
            Event::TaskListMarker(done) => b.push_str(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(r) => b.push_str(&format!("[{r}]")),
            Event::InlineMath(m) | Event::DisplayMath(m) => b.push_str(&m),
            Event::Rule => {}
        }
    }
    close_leaf(&mut b, &mut leaf);
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    let (text, structure) =
        b.finish(SourceFile { name: name.to_string(), media_type: "text/markdown".into(), digest: None, pages: None });
    let title = title_of(&text, &structure, stem);
    (text, title, structure)
}

/// The visible text of an HTML fragment on one line (core's `decode::html_to_text`: tags, comments, scripts
/// and styles dropped, entities decoded), whitespace collapsed.
fn html_text(html: &str) -> String {
    crate::decode::html_to_text(html).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, kind, level, ordered) of each block.
    fn blocks(text: &str, s: &Structure) -> Vec<(String, BlockKind, u8, bool)> {
        s.blocks
            .iter()
            .map(|b| (text.chars().skip(b.start).take(b.end - b.start).collect(), b.kind, b.level, b.ordered))
            .collect()
    }

    fn marked(text: &str, s: &Structure) -> Vec<(String, MarkKind, Option<String>)> {
        s.marks
            .iter()
            .map(|m| (text.chars().skip(m.start).take(m.end - m.start).collect(), m.kind, m.href.clone()))
            .collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_marks() {
        let md = "---\ntitle: x\n---\n# Über *uns*\n\nAda met [Charles](https://x.org/c \"t\") in **London**.\n\n- one\n- two `code`\n  1. nested\n\n> quoted text\n\n```rust\nfn main() {}\nlet x = 1;\n```\n";
        let (text, title, s) = read("notes.md", md);
        assert_eq!(
            text,
            "Über uns\nAda met Charles in London.\none\ntwo code\nnested\nquoted text\nfn main() {}\nlet x = 1;"
        );
        assert_eq!(title, "Über uns");
        assert_eq!(
            blocks(&text, &s),
            vec![
                ("Über uns".into(), BlockKind::Heading, 1, false),
                ("Ada met Charles in London.".into(), BlockKind::Paragraph, 0, false),
                ("one".into(), BlockKind::ListItem, 1, false),
                ("two code".into(), BlockKind::ListItem, 1, false),
                ("nested".into(), BlockKind::ListItem, 2, true),
                ("quoted text".into(), BlockKind::Quote, 0, false),
                ("fn main() {}\nlet x = 1;".into(), BlockKind::Code, 0, false),
            ]
        );
        assert_eq!(
            marked(&text, &s),
            vec![
                ("uns".into(), MarkKind::Emphasis, None),
                ("Charles".into(), MarkKind::Link, Some("https://x.org/c".into())),
                ("London".into(), MarkKind::Strong, None),
                ("code".into(), MarkKind::Code, None),
            ]
        );
        s.check(text.chars().count()).unwrap();
    }

    #[test]
    fn tables_are_rows_of_tab_separated_cells() {
        let md = "| Operator | Example |\n| --- | --- |\n| `!` | `!expr` |\n| <code>&vert;</code> | a &amp; b |\n";
        let (text, _, s) = read("t.md", md);
        assert_eq!(text, "Operator\tExample\n!\t!expr\n|\ta & b");
        let cell = |i: usize| {
            let b = &s.blocks[i];
            (text.chars().skip(b.start).take(b.end - b.start).collect::<String>(), b.kind, b.row, b.col, b.header)
        };
        assert_eq!(cell(0), ("Operator".into(), BlockKind::TableCell, Some(0), Some(0), true));
        assert_eq!(cell(3), ("!expr".into(), BlockKind::TableCell, Some(1), Some(1), false));
        assert_eq!(cell(4), ("|".into(), BlockKind::TableCell, Some(2), Some(0), false));
    }

    #[test]
    fn raw_html_keeps_only_visible_text() {
        let md = "<p align=\"center\"><img src=\"x.png\" alt=\"logo\"></p>\n\n<h3 name=\"q\">Why <b>this</b>?</h3>\n\n<!-- a comment -->\n\n<script>alert(1)</script>\n\nText with <span onclick=\"x()\">inline</span> html.\n";
        let (text, _, _) = read("r.md", md);
        assert_eq!(text, "Why this?\nText with inline html.");
        assert!(!text.contains('<') && !text.contains("alert"));
    }
}

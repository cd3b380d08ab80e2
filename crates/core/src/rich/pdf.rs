//! PDF documents: from the text layer of a PDF's pages (the text items pdf.js reads in the browser, each a
//! string with its place on the page) to a document's text and structure, and back from a span to its place
//! on a page.
//!
//! Invariants:
//! - The layout is a pure function of one page's items: the text of a document is its pages' texts joined by
//!   line breaks, in page order, so laying out one page again (for the page view) gives the same text at the
//!   same offsets ([`page_items`] checks that it does).
//! - Items keep the order the PDF's content gives them (pdf.js's reading order); a line ends where an item
//!   ends a line (`eol`) or the next item is on another line (its baseline moved by more than half its height).
//!   Lines join into a block while the gap between them stays within a line and a half and the text's size
//!   stays the same; a block is one line of the text (a paragraph, or a heading where its text is larger than
//!   the page's body text).
//! - Every block carries its page (1-based). A page without text gives no block; a PDF without text on any
//!   page is refused ([`PdfError::NoText`]), as are pages with numbers that are not finite.
//! - Coordinates are the PDF's user space (points, origin at the page's lower left, y up), as pdf.js gives
//!   them; turning them into pixels is the page view's business.

use super::{Block, BlockKind, Builder, SourceFile, Structure};
use serde::{Deserialize, Serialize};

/// The media type of a document read from a PDF (`SourceFile::media_type`).
pub const MEDIA_TYPE: &str = "application/pdf";

/// Whether a structure came from a PDF.
pub fn is_pdf(s: &Structure) -> bool {
    s.source.media_type == MEDIA_TYPE
}

/// A PDF's number of pages: as the file gave it, else its last page with text (at least 1).
pub fn page_count(s: &Structure) -> u32 {
    let last = s.blocks.iter().filter_map(|b| b.page).max().unwrap_or(1);
    s.source.pages.unwrap_or(last).max(1)
}

/// The page that starts at the line beginning at code point `cp`: the line holds the first block of its page.
pub fn page_starting_at(s: &Structure, cp: usize) -> Option<u32> {
    let i = s.blocks.partition_point(|b| b.end <= cp);
    let b = s.blocks.get(i).filter(|b| b.start <= cp)?;
    b.page.filter(|_| i == 0 || s.blocks[i - 1].page != b.page)
}

/// One text item of a page: its string and the box it is drawn in (`x`, `y` the baseline's start, `w` its
/// width, `h` its height), and whether a line ends after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PdfItem {
    pub s: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    #[serde(default)]
    pub eol: bool,
}

/// One page: its size (points) and its text items in content order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PdfPage {
    pub width: f64,
    pub height: f64,
    #[serde(default)]
    pub items: Vec<PdfItem>,
}

/// What the browser read of a PDF: its pages and the title its metadata gives (may be empty).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PdfText {
    #[serde(default)]
    pub title: String,
    pub pages: Vec<PdfPage>,
}

/// Why a PDF's text cannot become a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("it has no text layer (a scanned page?): Spandrel reads the text a PDF carries and has no OCR")]
    NoText,
    #[error("page {page} has a text item with a position or size that is not a number")]
    BadItem { page: u32 },
    #[error("page {page} is not in this document")]
    NoPage { page: u32 },
    #[error("page {page} reads differently from the document's text (the PDF is not the one this document came from)")]
    Differs { page: u32 },
}

/// Where an item's text is in the document: code points `start..end`, and its box on its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemPlace {
    pub start: usize,
    pub end: usize,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// A rectangle on a page, in the PDF's user space (`x`, `y` the lower left corner).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PageRect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Reads a PDF's text into a document's text, title and structure (`name`: the file's name). The title is
/// the PDF's own (its metadata), else its first heading, else the file name without its extension.
pub fn read(name: &str, pdf: &PdfText) -> Result<(String, String, Structure), PdfError> {
    let mut b = Builder::default();
    for (i, page) in pdf.pages.iter().enumerate() {
        let n = i as u32 + 1;
        check_page(page, n)?;
        let start = b.cp();
        let mut places = Vec::new();
        lay_out_page(&mut b, page, n, start, &mut places);
    }
    if b.blocks.is_empty() {
        return Err(PdfError::NoText);
    }
    // No line break after the last block (no empty last line).
    let mut text = b.text;
    while text.ends_with('\n') {
        text.pop();
    }
    let structure = Structure {
        source: SourceFile {
            name: name.to_owned(),
            media_type: MEDIA_TYPE.into(),
            digest: None,
            pages: Some(pdf.pages.len() as u32),
        },
        blocks: b.blocks,
        marks: Vec::new(),
    };
    let own = pdf.title.trim();
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let title = if own.is_empty() { super::title_of(&text, &structure, stem) } else { own.to_owned() };
    Ok((text, title, structure))
}

/// Where each item of page `page` (1-based) of a document is, given the page's items as read again from
/// its PDF: the page is laid out again at the offset where the document's first block of that page starts,
/// and its text must be the document's text there.
pub fn page_items(
    text: &crate::text::Text,
    structure: &Structure,
    page: u32,
    items: &PdfPage,
) -> Result<Vec<ItemPlace>, PdfError> {
    check_page(items, page)?;
    let blocks: Vec<&Block> = structure.blocks.iter().filter(|b| b.page == Some(page)).collect();
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
        return Err(PdfError::NoPage { page });
    };
    let mut b = Builder::default();
    let mut places = Vec::new();
    lay_out_page(&mut b, items, page, 0, &mut places);
    let expected = text.slice_cp(first.start..last.end).map_err(|_| PdfError::Differs { page })?;
    if b.text.trim_end_matches('\n') != expected {
        return Err(PdfError::Differs { page });
    }
    for p in &mut places {
        p.start += first.start;
        p.end += first.start;
    }
    Ok(places)
}

/// The boxes on its page covering code points `range` of the document, one per item it touches: the part
/// of the item's box that the range covers, its width shared out evenly among the item's code points.
pub fn span_rects(places: &[ItemPlace], range: std::ops::Range<usize>) -> Vec<PageRect> {
    places
        .iter()
        .filter(|p| p.start < range.end && range.start < p.end && p.end > p.start)
        .map(|p| {
            let n = (p.end - p.start) as f64;
            let from = range.start.max(p.start) - p.start;
            let to = range.end.min(p.end) - p.start;
            let per = p.w / n;
            PageRect { x: p.x + per * from as f64, y: p.y, w: per * (to - from) as f64, h: p.h }
        })
        .collect()
}

/// A rectangle of a page in the pixels of its image: `transform` is the page's user space → image pixels
/// (`[a, b, c, d, e, f]`: x' = a·x + c·y + e, y' = b·x + d·y + f). Returns `(left, top, width, height)`. The box
/// reaches a fifth of its height below the baseline (descenders) and four fifths above it.
pub fn to_view(r: PageRect, transform: [f64; 6]) -> (f64, f64, f64, f64) {
    let [a, b, c, d, e, f] = transform;
    let (y0, y1) = (r.y - 0.2 * r.h, r.y + 0.8 * r.h);
    let pts =
        [(r.x, y0), (r.x + r.w, y0), (r.x, y1), (r.x + r.w, y1)].map(|(x, y)| (a * x + c * y + e, b * x + d * y + f));
    let (mut l, mut t, mut rr, mut bb) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for (x, y) in pts {
        l = l.min(x);
        t = t.min(y);
        rr = rr.max(x);
        bb = bb.max(y);
    }
    (l, t, rr - l, bb - t)
}

/// The page of the block holding code point `cp` (or of the nearest block before it).
pub fn page_at(structure: &Structure, cp: usize) -> Option<u32> {
    let i = structure.blocks.partition_point(|b| b.start <= cp);
    structure.blocks[..i].last().or(structure.blocks.first()).and_then(|b| b.page)
}

fn check_page(page: &PdfPage, n: u32) -> Result<(), PdfError> {
    let finite = |v: f64| v.is_finite();
    if page.items.iter().any(|i| !(finite(i.x) && finite(i.y) && finite(i.w) && finite(i.h))) {
        return Err(PdfError::BadItem { page: n });
    }
    Ok(())
}

/// One line of a page while it is being laid out: its items (index, text) and its measures.
struct Line {
    items: Vec<usize>,
    y: f64,
    h: f64,
    chars: usize,
}

/// Lays out one page's items into `b` (blocks of page `n`), recording where each item went (offsets
/// relative to `base`, the code point where the page starts in `b`). The page's text ends with a line break
/// unless it is empty.
fn lay_out_page(b: &mut Builder, page: &PdfPage, n: u32, base: usize, places: &mut Vec<ItemPlace>) {
    let lines = lines_of(page);
    if lines.is_empty() {
        return;
    }
    // The page's body size: the text height most of its characters have.
    let mut sizes: Vec<(f64, usize)> = Vec::new();
    for l in &lines {
        match sizes.iter_mut().find(|(h, _)| (h - l.h).abs() <= 0.05 * l.h.max(*h)) {
            Some((_, c)) => *c += l.chars,
            None => sizes.push((l.h, l.chars)),
        }
    }
    let body = sizes.iter().max_by_key(|(_, c)| *c).map_or(0.0, |(h, _)| *h);
    // Lines into blocks.
    let mut groups: Vec<Vec<&Line>> = Vec::new();
    for l in &lines {
        let join = groups.last().and_then(|g| g.last()).is_some_and(|prev: &&Line| {
            let same_size = (prev.h - l.h).abs() <= 0.15 * prev.h.max(l.h);
            let gap = prev.y - l.y;
            same_size && gap > 0.0 && gap <= 1.6 * prev.h.max(l.h)
        });
        if join {
            if let Some(g) = groups.last_mut() {
                g.push(l);
            }
        } else {
            groups.push(vec![l]);
        }
    }
    for g in groups {
        let start = b.cp();
        let h = g.iter().map(|l| l.h).fold(0.0, f64::max);
        let chars: usize = g.iter().map(|l| l.chars).sum();
        for (k, l) in g.iter().enumerate() {
            if k > 0 {
                // A word broken at the line's end goes on without a space: "com-" + "pile" is "compile" (a
                // hyphen between lower-case letters is the line's, not the word's); "Just-in-" + "Time" keeps it.
                let next = l.items.first().and_then(|&i| page.items[i].s.trim_start().chars().next());
                let mut tail = b.text.chars().rev();
                let (last, before) = (tail.next(), tail.next());
                // A dash ending a line after a letter or digit ("737–" / "9") joins the same way, and keeps itself.
                let dash = last.is_some_and(|c| matches!(c, '-' | '\u{2010}' | '\u{2013}'));
                if dash && before.is_some_and(char::is_alphanumeric) {
                    if last != Some('\u{2013}')
                        && before.is_some_and(char::is_lowercase)
                        && next.is_some_and(char::is_lowercase)
                    {
                        b.pop_char();
                        if let Some(p) = places.last_mut() {
                            p.end = p.end.min(b.cp() - base);
                        }
                    }
                } else if !(last.is_some_and(is_cjk) && next.is_some_and(is_cjk)) {
                    // Chinese and Japanese run on across lines without a space.
                    b.push_char(' ');
                }
            }
            let mut prev: Option<&PdfItem> = None;
            for &i in &l.items {
                let it = &page.items[i];
                let s = it.s.trim_end_matches(['\n', '\r']);
                if let Some(p) = prev {
                    if needs_space(p, it) && !b.text.ends_with([' ', '\n']) && !s.starts_with(' ') {
                        b.push_char(' ');
                    }
                }
                let at = b.cp();
                b.push_str(&s.replace(['\n', '\r', '\t'], " "));
                places.push(ItemPlace { start: at - base, end: b.cp() - base, x: it.x, y: it.y, w: it.w, h: it.h });
                prev = Some(it);
            }
        }
        let heading = body > 0.0 && h >= 1.25 * body && chars <= 200;
        let mut block = if heading {
            let level = if h >= 1.8 * body {
                1
            } else if h >= 1.45 * body {
                2
            } else {
                3
            };
            let mut bl = Block::new(BlockKind::Heading, 0, 0);
            bl.level = level;
            bl
        } else {
            Block::new(BlockKind::Paragraph, 0, 0)
        };
        block.page = Some(n);
        let before = b.blocks.len();
        b.block(block, start);
        if b.blocks.len() > before {
            b.push_char('\n');
        }
        // Items cut off by the block's trimmed end keep their place within it.
        let end = b.blocks.last().map_or(start, |bl| bl.end) - base;
        for p in places.iter_mut().rev() {
            if p.start < start - base {
                break;
            }
            p.end = p.end.min(end);
            p.start = p.start.min(p.end);
        }
    }
}

/// Whether a space goes between two items of one line: the next starts further than a fifth of the text's
/// height after the previous one ends, and neither brings its own space.
fn needs_space(prev: &PdfItem, next: &PdfItem) -> bool {
    if prev.s.ends_with(char::is_whitespace) || next.s.starts_with(char::is_whitespace) {
        return false;
    }
    let h = prev.h.max(next.h).max(1.0);
    // Between Chinese or Japanese characters only a gap as wide as a character is a space.
    let cjk = prev.s.chars().last().is_some_and(is_cjk) && next.s.chars().next().is_some_and(is_cjk);
    let h = if cjk { 5.0 * h } else { h };
    let gap = next.x - (prev.x + prev.w);
    // Right-to-left text runs the other way: the next item ends before the previous one starts.
    let back = prev.x - (next.x + next.w);
    gap > 0.2 * h || (gap < -0.2 * h && back > 0.2 * h)
}

/// Whether `c` is written without spaces between words (Han, kana, full-width forms and CJK punctuation).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// The page's lines: items in content order, a new line after an item that ends one or when the baseline
/// moves by more than half the text's height. Items with no visible text only end lines.
fn lines_of(page: &PdfPage) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut open = false;
    for (i, it) in page.items.iter().enumerate() {
        let visible = !it.s.trim().is_empty();
        if visible {
            let h = it.h.abs().max(0.1);
            let same =
                open && lines.last().is_some_and(|l| (l.y - it.y).abs() <= 0.5 * l.h.max(h) && !l.items.is_empty());
            if same {
                if let Some(l) = lines.last_mut() {
                    l.items.push(i);
                    l.h = l.h.max(h);
                    l.chars += it.s.chars().count();
                }
            } else {
                lines.push(Line { items: vec![i], y: it.y, h, chars: it.s.chars().count() });
            }
            open = true;
        }
        if it.eol {
            open = false;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str, x: f64, y: f64, h: f64, eol: bool) -> PdfItem {
        PdfItem { s: s.into(), x, y, w: s.chars().count() as f64 * h * 0.5, h, eol }
    }

    #[test]
    fn lines_blocks_and_pages() {
        let p1 = PdfPage {
            width: 600.0,
            height: 800.0,
            items: vec![
                item("A Title", 50.0, 750.0, 20.0, true),
                item("First line of", 50.0, 700.0, 10.0, false),
                item("text", 120.0, 700.0, 10.0, true),
                item("second line.", 50.0, 688.0, 10.0, true),
                item("New paragraph.", 50.0, 650.0, 10.0, true),
            ],
        };
        let p2 = PdfPage { width: 600.0, height: 800.0, items: vec![item("Page two.", 50.0, 700.0, 10.0, true)] };
        let (text, title, s) =
            read("paper.pdf", &PdfText { title: String::new(), pages: vec![p1.clone(), p2] }).unwrap();
        assert_eq!(text, "A Title\nFirst line of text second line.\nNew paragraph.\nPage two.");
        assert_eq!(title, "A Title");
        let kinds: Vec<_> = s.blocks.iter().map(|b| (b.kind, b.level, b.page)).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, 1, Some(1)),
                (BlockKind::Paragraph, 0, Some(1)),
                (BlockKind::Paragraph, 0, Some(1)),
                (BlockKind::Paragraph, 0, Some(2))
            ]
        );
        s.check(text.chars().count()).unwrap();
        // The page laid out again maps its items onto the document's text.
        let t = crate::text::Text::from(text.as_str());
        let places = page_items(&t, &s, 1, &p1).unwrap();
        let text_of = |p: &ItemPlace| t.slice_cp(p.start..p.end).unwrap().to_owned();
        assert_eq!(
            places.iter().map(text_of).collect::<Vec<_>>(),
            ["A Title", "First line of", "text", "second line.", "New paragraph."]
        );
        // "line" of "First line of" is its 7th to 10th code points.
        let cp = text.find("line of").unwrap();
        let r = span_rects(&places, cp..cp + 4);
        assert_eq!(r.len(), 1);
        assert!((r[0].x - (50.0 + 6.0 * 5.0)).abs() < 1e-9 && (r[0].w - 20.0).abs() < 1e-9 && r[0].y == 700.0);
        assert_eq!(page_at(&s, cp), Some(1));
        // The first line of each page starts it; the others do not.
        let starts: Vec<_> = s.blocks.iter().map(|b| page_starting_at(&s, b.start)).collect();
        assert_eq!(starts, [Some(1), None, None, Some(2)]);
        assert!(is_pdf(&s) && page_count(&s) == 2);
        assert_eq!(page_at(&s, text.find("two").unwrap()), Some(2));
        // Another PDF's page does not fit.
        let other = PdfPage { items: vec![item("Something else", 50.0, 700.0, 10.0, true)], ..p1.clone() };
        assert_eq!(page_items(&t, &s, 1, &other), Err(PdfError::Differs { page: 1 }));
        assert_eq!(page_items(&t, &s, 3, &p1), Err(PdfError::NoPage { page: 3 }));
    }

    #[test]
    fn chinese_and_japanese_lines_join_without_a_space() {
        let p = PdfPage {
            width: 600.0,
            height: 800.0,
            items: vec![
                item("接続を行うことがで", 50.0, 700.0, 10.0, true),
                item("きる速結端子", 50.0, 688.0, 10.0, true),
                item("ａ", 50.0, 676.0, 10.0, false),
                // Next to each other with a small gap: one word.
                item("ねじ", 57.0, 676.0, 10.0, true),
            ],
        };
        let (text, _, _) = read("ja.pdf", &PdfText { title: String::new(), pages: vec![p] }).unwrap();
        assert_eq!(text, "接続を行うことができる速結端子ａねじ");
    }

    #[test]
    fn a_page_rect_in_image_pixels() {
        // A 600 × 800 pt page drawn 300 px wide: scale 0.5, y flipped (pdf.js's viewport transform).
        let t = [0.5, 0.0, 0.0, -0.5, 0.0, 400.0];
        let (l, top, w, h) = to_view(PageRect { x: 100.0, y: 700.0, w: 40.0, h: 10.0 }, t);
        assert!((l - 50.0).abs() < 1e-9 && (w - 20.0).abs() < 1e-9);
        // From 8 pt above… 2 pt below the baseline at y = 700: 400 - 708·0.5 = 46, 5 px tall.
        assert!((top - 46.0).abs() < 1e-9 && (h - 5.0).abs() < 1e-9);
    }

    #[test]
    fn no_text_and_bad_numbers_are_refused() {
        let blank = PdfPage { width: 1.0, height: 1.0, items: vec![item("  ", 0.0, 0.0, 10.0, true)] };
        assert_eq!(
            read("scan.pdf", &PdfText { title: "T".into(), pages: vec![blank.clone(), blank] }),
            Err(PdfError::NoText)
        );
        let bad = PdfPage { width: 1.0, height: 1.0, items: vec![item("x", f64::NAN, 0.0, 10.0, true)] };
        assert_eq!(
            read("bad.pdf", &PdfText { title: String::new(), pages: vec![bad] }),
            Err(PdfError::BadItem { page: 1 })
        );
    }

    #[test]
    fn hyphen_at_line_end_joins_and_gaps_give_spaces() {
        let p = PdfPage {
            width: 600.0,
            height: 800.0,
            items: vec![
                item("special-", 50.0, 700.0, 10.0, true),
                item("ization and Just-in-", 50.0, 688.0, 10.0, true),
                item("Time 737\u{2013}", 50.0, 676.0, 10.0, true),
                item("9 planes", 50.0, 670.0, 10.0, true),
                item("a", 50.0, 664.0, 10.0, false),
                // A gap wider than a fifth of the height: a space; a touching item: none.
                item("b", 60.0, 664.0, 10.0, false),
                item("c", 65.0, 664.0, 10.0, true),
            ],
        };
        let (text, title, _) = read("x.pdf", &PdfText { title: " Own title ".into(), pages: vec![p] }).unwrap();
        assert_eq!(text, "specialization and Just-in-Time 737\u{2013}9 planes a bc");
        assert_eq!(title, "Own title");
    }
}

//! Decoding of files the user opens: bytes → text, by byte-order mark and file extension.
//!
//! Invariants:
//! - For every kind except HTML the decoded text is exactly the file's characters; the only change ever
//!   made is removing a leading byte-order mark (so annotation offsets refer to what the user sees).
//! - HTML becomes its visible text (scripts, styles, `<head>` and comments dropped, block elements as
//!   line breaks, entities decoded); the markup itself is not kept.
//! - Never panics on arbitrary bytes: every failure is a [`DecodeError`] naming the file and byte offset.

/// What kind of file this is, from its extension (unknown extensions are treated as plain text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Txt,
    Markdown,
    Html,
    /// A PDF: binary, read by pdf.js in the browser (`crate::rich::pdf` lays out its text), never decoded as text.
    Pdf,
    Json,
    Jsonl,
}

impl FileKind {
    /// The kind for a file name, by its (case-insensitive) extension.
    pub fn from_name(name: &str) -> FileKind {
        let ext = match name.rsplit_once('.') {
            Some((_, ext)) => ext.to_ascii_lowercase(),
            None => return FileKind::Txt,
        };
        match ext.as_str() {
            "md" | "markdown" | "mdown" => FileKind::Markdown,
            "html" | "htm" | "xhtml" => FileKind::Html,
            "pdf" => FileKind::Pdf,
            "json" => FileKind::Json,
            "jsonl" | "ndjson" => FileKind::Jsonl,
            _ => FileKind::Txt,
        }
    }
}

/// A decoded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedFile {
    pub text: String,
    pub kind: FileKind,
    /// `"utf-8"`, `"utf-8 (bom)"`, `"utf-16le"` or `"utf-16be"`.
    pub encoding: &'static str,
}

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error(
        "\"{name}\" is not valid UTF-8 (bad byte at offset {offset}); it may use an older encoding such as \
         Windows-1252 — re-save it as UTF-8 and open it again"
    )]
    InvalidUtf8 { name: String, offset: usize },
    #[error(
        "\"{name}\" says it is UTF-16 but has an odd number of bytes ({len}); the last byte, at offset {offset}, \
         is incomplete"
    )]
    OddUtf16Length { name: String, len: usize, offset: usize },
    #[error("\"{name}\" is not valid UTF-16 (unpaired surrogate at byte offset {offset})")]
    InvalidUtf16 { name: String, offset: usize },
    #[error(
        "\"{name}\" contains a NUL character at byte offset {offset}: it looks like a binary file, or UTF-16 \
         without a byte-order mark — re-save it as UTF-8"
    )]
    Binary { name: String, offset: usize },
    #[error(
        "\"{name}\" is a PDF: its text is read in the browser (pdf.js), so open it in the app; export it from there \
         as Spandrel JSON to use it here"
    )]
    Pdf { name: String },
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Decodes a file the user opened. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are accepted;
/// the BOM is removed. HTML files are reduced to their visible text with [`html_to_text`].
pub fn decode_text_file(name: &str, bytes: &[u8]) -> Result<DecodedFile, DecodeError> {
    let kind = FileKind::from_name(name);
    if kind == FileKind::Pdf {
        return Err(DecodeError::Pdf { name: name.into() });
    }
    let (text, encoding) = decode_source(name, bytes)?;
    let text = if kind == FileKind::Html { html_to_text(&text) } else { text };
    Ok(DecodedFile { text, kind, encoding })
}

/// A file's characters as they are (an HTML file's markup included, for a rich reader), and the encoding:
/// the same checks as [`decode_text_file`].
pub fn decode_source(name: &str, bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    Ok(if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        (utf8(name, rest, UTF8_BOM.len())?, "utf-8 (bom)")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(name, rest, false)?, "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(name, rest, true)?, "utf-16be")
    } else {
        (utf8(name, bytes, 0)?, "utf-8")
    })
}

fn utf8(name: &str, bytes: &[u8], skipped: usize) -> Result<String, DecodeError> {
    let s = std::str::from_utf8(bytes)
        .map_err(|e| DecodeError::InvalidUtf8 { name: name.into(), offset: skipped + e.valid_up_to() })?;
    if let Some(i) = s.find('\0') {
        return Err(DecodeError::Binary { name: name.into(), offset: skipped + i });
    }
    Ok(s.to_owned())
}

fn utf16(name: &str, bytes: &[u8], big_endian: bool) -> Result<String, DecodeError> {
    const BOM: usize = 2;
    if bytes.len() % 2 == 1 {
        return Err(DecodeError::OddUtf16Length {
            name: name.into(),
            len: bytes.len() + BOM,
            offset: bytes.len() + BOM - 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut offset = BOM;
    for r in char::decode_utf16(units) {
        match r {
            Ok('\0') => return Err(DecodeError::Binary { name: name.into(), offset }),
            Ok(c) => {
                out.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) => return Err(DecodeError::InvalidUtf16 { name: name.into(), offset }),
        }
    }
    Ok(out)
}

/// Elements whose whole content is invisible.
const HIDDEN: &[&str] = &["script", "style", "title", "template", "noscript"];
/// Elements that start a paragraph (blank line before and after).
const PARAGRAPH: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "hr",
    "main",
    "aside",
    "nav",
    "form",
    "address",
    "fieldset",
    "details",
];
/// Elements that start a new line.
const LINE: &[&str] =
    &["div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary", "body", "html", "thead", "tbody", "tfoot"];

struct Out {
    s: String,
    pending_space: bool,
    pre: usize,
}

impl Out {
    fn at_line_start(&self) -> bool {
        self.s.is_empty() || self.s.ends_with('\n')
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if self.pre > 0 {
                self.s.push(c);
            } else if c.is_ascii_whitespace() || c == '\u{0c}' {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.at_line_start() && !self.s.ends_with('\t') {
                    self.s.push(' ');
                }
                self.pending_space = false;
                self.s.push(c);
            }
        }
    }

    /// Ends the current line; with `blank`, also leaves an empty line.
    fn newlines(&mut self, blank: bool) {
        self.pending_space = false;
        if self.s.is_empty() {
            return;
        }
        while self.s.ends_with([' ', '\t']) {
            self.s.pop();
        }
        let want = if blank { 2 } else { 1 };
        let have = self.s.len() - self.s.trim_end_matches('\n').len();
        for _ in have..want {
            self.s.push('\n');
        }
    }
}

/// Extracts the visible text of an HTML document: drops comments, `<script>`, `<style>`, `<title>` and the
/// rest of `<head>`; block elements become line breaks, whitespace collapses outside `<pre>`; character
/// references (`&amp;`, `&lt;`, `&#39;`, `&#x263A;`, `&nbsp;`, …) are decoded. Hand-written and lenient: it
/// never fails and never panics.
pub fn html_to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase(); // same byte offsets as `html`
    let mut out = Out { s: String::new(), pending_space: false, pre: 0 };
    let mut in_head = false;
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if !rest.starts_with('<') {
            let end = rest.find('<').map_or(html.len(), |j| i + j);
            if !in_head {
                out.text(&decode_entities(&html[i..end]));
            }
            i = end;
            continue;
        }
        if rest.starts_with("<!--") {
            i = lower[i + 4..].find("-->").map_or(html.len(), |j| i + 4 + j + 3);
            continue;
        }
        let after = &rest[1..];
        let closing = after.starts_with('/');
        let name_start = i + 1 + usize::from(closing);
        let name_len = html[name_start..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if after.starts_with(['!', '?']) || (closing && name_len == 0) {
            // Declaration, processing instruction or bogus end tag: skip to '>'.
            i = html[i..].find('>').map_or(html.len(), |j| i + j + 1);
            continue;
        }
        if name_len == 0 || !html.as_bytes()[name_start].is_ascii_alphabetic() {
            // A lone '<' is text.
            if !in_head {
                out.text("<");
            }
            i += 1;
            continue;
        }
        let name = &lower[name_start..name_start + name_len];
        let tag_end = tag_end(html, name_start + name_len);
        i = tag_end;
        if closing {
            match name {
                "head" => in_head = false,
                "pre" => {
                    out.pre = out.pre.saturating_sub(1);
                    out.newlines(true);
                }
                "td" | "th" => {}
                n if PARAGRAPH.contains(&n) => out.newlines(true),
                n if LINE.contains(&n) => out.newlines(false),
                _ => {}
            }
            continue;
        }
        match name {
            "head" => in_head = true,
            "body" => {
                in_head = false;
                out.newlines(false);
            }
            n if HIDDEN.contains(&n) => {
                let close = format!("</{n}");
                i = lower[i..].find(&close).map_or(html.len(), |j| tag_end_after(html, i + j + close.len()));
            }
            _ if in_head => {}
            "br" => {
                out.pending_space = false;
                while out.s.ends_with(' ') {
                    out.s.pop();
                }
                out.s.push('\n');
            }
            "pre" => {
                out.newlines(true);
                out.pre += 1;
            }
            "td" | "th" => {
                if !out.at_line_start() {
                    out.s.push('\t');
                }
                out.pending_space = false;
            }
            n if PARAGRAPH.contains(&n) => out.newlines(true),
            n if LINE.contains(&n) => out.newlines(false),
            _ => {}
        }
    }
    let trimmed = out.s.trim_end_matches([' ', '\t', '\n']);
    trimmed.trim_start_matches('\n').to_owned()
}

/// The byte offset just after the `>` closing a tag whose attributes start at `from` (quotes respected).
fn tag_end(html: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &b) in html.as_bytes()[from..].iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return from + k + 1,
            None => {}
        }
    }
    html.len()
}

fn tag_end_after(html: &str, from: usize) -> usize {
    html[from..].find('>').map_or(html.len(), |j| from + j + 1)
}

/// Decodes HTML character references; unknown or malformed ones are kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..].find(';').filter(|&j| j <= 32).map(|j| j + 1);
        let decoded = semi.and_then(|semi| entity(&rest[1..semi]).map(|c| (c, semi + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).unwrap_or(u32::MAX)
            }
            None if !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) => num.parse().unwrap_or(u32::MAX),
            _ => return None,
        };
        return Some(match char::from_u32(code) {
            Some('\0') | None => '\u{FFFD}',
            Some(c) => c,
        });
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        "pound" => '£',
        "times" => '×',
        "deg" => '°',
        "middot" => '·',
        "shy" => '\u{AD}',
        _ => return None,
    })
}

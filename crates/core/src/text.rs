//! Text and offsets: the only module that converts between offset units.
//!
//! Invariants:
//! - The canonical offset unit everywhere in Spandrel is the Unicode code point ("cp").
//!   UTF-16 code units exist only at the DOM boundary, UTF-8 bytes only inside Rust.
//! - A [`Text`] never changes the string it was given (no newline or Unicode normalisation):
//!   CRLF stays two code points, a BOM stays a code point.
//! - Every conversion rejects a position past the end, inside a UTF-8 sequence, or between the
//!   two halves of a UTF-16 surrogate pair, with a typed [`OffsetError`]; none panics.
//! - Conversions cost O(log n + K) with K = [`CHECKPOINT_EVERY`] code points, via checkpoints.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// One checkpoint is stored every this many code points.
pub const CHECKPOINT_EVERY: usize = 64;

/// A position that cannot be converted, or a range that is not a valid span.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OffsetError {
    #[error("offset {pos} is past the end of the text ({len} {unit})")]
    OutOfRange { pos: usize, len: usize, unit: Unit },
    #[error("byte offset {pos} falls inside a UTF-8 character")]
    SplitsUtf8 { pos: usize },
    #[error("UTF-16 offset {pos} falls between the two halves of a surrogate pair")]
    SplitsSurrogate { pos: usize },
    #[error("range {start}..{end} is reversed")]
    Reversed { start: usize, end: usize },
}

/// The unit an offset is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Unicode scalar values (canonical).
    CodePoint,
    /// UTF-16 code units (JavaScript strings, the DOM).
    Utf16,
    /// UTF-8 bytes (Rust `str`).
    Utf8,
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unit::CodePoint => "code points",
            Unit::Utf16 => "UTF-16 code units",
            Unit::Utf8 => "bytes",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Checkpoint {
    byte: u32,
    u16: u32,
}

/// An immutable document text with an offset index. Cloning is O(1) (shared storage), so views and
/// handlers can hold a copy of a 1 MB document without copying it.
#[derive(Clone)]
pub struct Text(std::sync::Arc<TextInner>);

struct TextInner {
    s: String,
    /// `checkpoints[i]` is the byte and UTF-16 offset of code point `i * CHECKPOINT_EVERY`.
    /// Empty when the text is ASCII (all units coincide).
    checkpoints: Vec<Checkpoint>,
    len_cp: usize,
    len_u16: usize,
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Text").field(&self.0.s).finish()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.0.s == other.0.s
    }
}
impl Eq for Text {}

impl Default for Text {
    fn default() -> Self {
        Text::new(String::new())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::new(s.to_owned())
    }
}
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::new(s)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(&self.0.s)
    }
}
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        Ok(Text::new(String::deserialize(de)?))
    }
}

impl Text {
    pub fn new(s: String) -> Self {
        if s.is_ascii() {
            let n = s.len();
            return Text(std::sync::Arc::new(TextInner { s, checkpoints: Vec::new(), len_cp: n, len_u16: n }));
        }
        let mut checkpoints = Vec::with_capacity(s.len() / CHECKPOINT_EVERY + 1);
        let (mut cp, mut u16) = (0usize, 0usize);
        for (b, ch) in s.char_indices() {
            if cp % CHECKPOINT_EVERY == 0 {
                checkpoints.push(Checkpoint { byte: b as u32, u16: u16 as u32 });
            }
            cp += 1;
            u16 += ch.len_utf16();
        }
        Text(std::sync::Arc::new(TextInner { s, checkpoints, len_cp: cp, len_u16: u16 }))
    }

    pub fn as_str(&self) -> &str {
        &self.0.s
    }
    pub fn into_string(self) -> String {
        match std::sync::Arc::try_unwrap(self.0) {
            Ok(inner) => inner.s,
            Err(shared) => shared.s.clone(),
        }
    }
    fn ascii(&self) -> bool {
        self.0.checkpoints.is_empty()
    }
    /// Length in code points.
    pub fn len_cp(&self) -> usize {
        self.0.len_cp
    }
    /// Length in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.0.len_u16
    }
    /// Length in UTF-8 bytes.
    pub fn len_utf8(&self) -> usize {
        self.0.s.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.s.is_empty()
    }
    /// Length in the given unit.
    pub fn len_in(&self, unit: Unit) -> usize {
        match unit {
            Unit::CodePoint => self.0.len_cp,
            Unit::Utf16 => self.0.len_u16,
            Unit::Utf8 => self.0.s.len(),
        }
    }

    /// Code point offset → UTF-8 byte offset.
    pub fn cp_to_byte(&self, cp: usize) -> Result<usize, OffsetError> {
        if cp > self.0.len_cp {
            return Err(OffsetError::OutOfRange { pos: cp, len: self.0.len_cp, unit: Unit::CodePoint });
        }
        if self.ascii() {
            return Ok(cp);
        }
        if cp == self.0.len_cp {
            return Ok(self.0.s.len());
        }
        let k = cp / CHECKPOINT_EVERY;
        let base = self.0.checkpoints[k].byte as usize;
        let skip = cp - k * CHECKPOINT_EVERY;
        Ok(match self.0.s[base..].char_indices().nth(skip) {
            Some((b, _)) => base + b,
            None => self.0.s.len(),
        })
    }

    /// Code point offset → UTF-16 offset.
    pub fn cp_to_utf16(&self, cp: usize) -> Result<usize, OffsetError> {
        if cp > self.0.len_cp {
            return Err(OffsetError::OutOfRange { pos: cp, len: self.0.len_cp, unit: Unit::CodePoint });
        }
        if self.ascii() {
            return Ok(cp);
        }
        if cp == self.0.len_cp {
            return Ok(self.0.len_u16);
        }
        let k = cp / CHECKPOINT_EVERY;
        let c = self.0.checkpoints[k];
        let skip = cp - k * CHECKPOINT_EVERY;
        let extra: usize = self.0.s[c.byte as usize..].chars().take(skip).map(char::len_utf16).sum();
        Ok(c.u16 as usize + extra)
    }

    /// UTF-8 byte offset → code point offset.
    pub fn byte_to_cp(&self, byte: usize) -> Result<usize, OffsetError> {
        if byte > self.0.s.len() {
            return Err(OffsetError::OutOfRange { pos: byte, len: self.0.s.len(), unit: Unit::Utf8 });
        }
        if !self.0.s.is_char_boundary(byte) {
            return Err(OffsetError::SplitsUtf8 { pos: byte });
        }
        if self.ascii() {
            return Ok(byte);
        }
        // Last checkpoint whose byte offset is <= byte.
        let k = self.0.checkpoints.partition_point(|c| c.byte as usize <= byte) - 1;
        let base = self.0.checkpoints[k].byte as usize;
        Ok(k * CHECKPOINT_EVERY + self.0.s[base..byte].chars().count())
    }

    /// UTF-16 offset → code point offset.
    pub fn utf16_to_cp(&self, u: usize) -> Result<usize, OffsetError> {
        if u > self.0.len_u16 {
            return Err(OffsetError::OutOfRange { pos: u, len: self.0.len_u16, unit: Unit::Utf16 });
        }
        if self.ascii() {
            return Ok(u);
        }
        if u == self.0.len_u16 {
            return Ok(self.0.len_cp);
        }
        let k = self.0.checkpoints.partition_point(|c| c.u16 as usize <= u) - 1;
        let c = self.0.checkpoints[k];
        let mut pos = c.u16 as usize;
        let mut cp = k * CHECKPOINT_EVERY;
        for ch in self.0.s[c.byte as usize..].chars() {
            if pos == u {
                return Ok(cp);
            }
            pos += ch.len_utf16();
            if pos > u {
                return Err(OffsetError::SplitsSurrogate { pos: u });
            }
            cp += 1;
        }
        Ok(cp)
    }

    /// Converts an offset from `unit` to code points.
    pub fn to_cp(&self, pos: usize, unit: Unit) -> Result<usize, OffsetError> {
        match unit {
            Unit::CodePoint => {
                if pos > self.0.len_cp {
                    Err(OffsetError::OutOfRange { pos, len: self.0.len_cp, unit })
                } else {
                    Ok(pos)
                }
            }
            Unit::Utf16 => self.utf16_to_cp(pos),
            Unit::Utf8 => self.byte_to_cp(pos),
        }
    }

    /// The code point offset reached by moving `delta_u16` UTF-16 units forward from code point `from_cp`.
    /// This is how a DOM position (a text node starting at a known code point, plus a UTF-16 offset
    /// inside that node) becomes a document offset.
    pub fn advance_utf16(&self, from_cp: usize, delta_u16: usize) -> Result<usize, OffsetError> {
        let base = self.cp_to_utf16(from_cp)?;
        self.utf16_to_cp(base + delta_u16)
    }

    /// Code point ranges of the lines (paragraphs) of the text, without their terminators
    /// (`\n` or `\r\n`). An empty text has one empty line.
    pub fn line_ranges(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut cp = 0usize;
        let mut prev_cr = false;
        for ch in self.0.s.chars() {
            if ch == '\n' {
                let end = if prev_cr { cp - 1 } else { cp };
                out.push(start..end);
                start = cp + 1;
            }
            prev_cr = ch == '\r';
            cp += 1;
        }
        out.push(start..cp);
        out
    }

    /// Converts a code point offset to `unit`.
    pub fn from_cp(&self, cp: usize, unit: Unit) -> Result<usize, OffsetError> {
        match unit {
            Unit::CodePoint => self.to_cp(cp, Unit::CodePoint),
            Unit::Utf16 => self.cp_to_utf16(cp),
            Unit::Utf8 => self.cp_to_byte(cp),
        }
    }

    /// Converts a range in `unit` to a code point range, checking order.
    pub fn range_to_cp(&self, r: Range<usize>, unit: Unit) -> Result<Range<usize>, OffsetError> {
        if r.start > r.end {
            return Err(OffsetError::Reversed { start: r.start, end: r.end });
        }
        Ok(self.to_cp(r.start, unit)?..self.to_cp(r.end, unit)?)
    }

    /// Converts a code point range to `unit`.
    pub fn range_from_cp(&self, r: Range<usize>, unit: Unit) -> Result<Range<usize>, OffsetError> {
        if r.start > r.end {
            return Err(OffsetError::Reversed { start: r.start, end: r.end });
        }
        Ok(self.from_cp(r.start, unit)?..self.from_cp(r.end, unit)?)
    }

    /// Code point range → byte range.
    pub fn cp_range_to_bytes(&self, r: Range<usize>) -> Result<Range<usize>, OffsetError> {
        self.range_from_cp(r, Unit::Utf8)
    }

    /// Byte range → code point range.
    pub fn byte_range_to_cp(&self, r: Range<usize>) -> Result<Range<usize>, OffsetError> {
        self.range_to_cp(r, Unit::Utf8)
    }

    /// The text between two code point offsets.
    pub fn slice_cp(&self, r: Range<usize>) -> Result<&str, OffsetError> {
        let b = self.cp_range_to_bytes(r)?;
        Ok(&self.0.s[b])
    }

    /// The code point at `cp`, if any.
    pub fn char_at(&self, cp: usize) -> Option<char> {
        let b = self.cp_to_byte(cp).ok()?;
        self.0.s[b..].chars().next()
    }

    /// Whether the code point offset `cp` is an extended grapheme cluster boundary.
    pub fn is_grapheme_boundary(&self, cp: usize) -> Result<bool, OffsetError> {
        let b = self.cp_to_byte(cp)?;
        Ok(self.is_grapheme_boundary_byte(b))
    }

    pub(crate) fn is_grapheme_boundary_byte(&self, b: usize) -> bool {
        if b == 0 || b == self.0.s.len() {
            return true;
        }
        // Between two ASCII characters there is always a boundary but inside CR LF (UAX #29: the
        // rules that join characters all involve non-ASCII ones); most offsets are such.
        let bytes = self.0.s.as_bytes();
        let (before, after) = (bytes[b - 1], bytes[b]);
        if before.is_ascii() && after.is_ascii() {
            return !(before == b'\r' && after == b'\n');
        }
        let mut cur = GraphemeCursor::new(b, self.0.s.len(), true);
        // Whole string given as one chunk: the cursor never asks for more context.
        cur.is_boundary(&self.0.s, 0).unwrap_or(true)
    }

    /// The nearest grapheme boundary at or before `cp`.
    pub fn grapheme_floor(&self, cp: usize) -> Result<usize, OffsetError> {
        let b = self.cp_to_byte(cp)?;
        if self.is_grapheme_boundary_byte(b) {
            return Ok(cp);
        }
        let mut cur = GraphemeCursor::new(b, self.0.s.len(), true);
        let prev = cur.prev_boundary(&self.0.s, 0).ok().flatten().unwrap_or(0);
        self.byte_to_cp(prev)
    }

    /// The nearest grapheme boundary at or after `cp`.
    pub fn grapheme_ceil(&self, cp: usize) -> Result<usize, OffsetError> {
        let b = self.cp_to_byte(cp)?;
        if self.is_grapheme_boundary_byte(b) {
            return Ok(cp);
        }
        let mut cur = GraphemeCursor::new(b, self.0.s.len(), true);
        let next = cur.next_boundary(&self.0.s, 0).ok().flatten().unwrap_or(self.0.s.len());
        self.byte_to_cp(next)
    }
}

/// The UTF-8 byte offset of each character of `s`, with the character: the one place byte offsets
/// of a `&str` are computed (callers slice `s` with them, inside Rust only).
pub fn char_bytes(s: &str) -> std::str::CharIndices<'_> {
    s.char_indices()
}

/// The UTF-8 byte offset where character `n` (0-based) of `s` starts; `None` past the end.
pub fn byte_of_char(s: &str, n: usize) -> Option<usize> {
    char_bytes(s).nth(n).map(|(b, _)| b)
}

/// The UTF-8 byte offset where the `n`-th character from the end (0: the last) of `s` starts.
pub fn byte_of_char_from_end(s: &str, n: usize) -> Option<usize> {
    char_bytes(s).rev().nth(n).map(|(b, _)| b)
}

/// The length of `s` in UTF-16 code units (what JavaScript's `length` and browser storage count).
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let t = Text::from("hello world");
        for i in 0..=11 {
            assert_eq!(t.cp_to_byte(i), Ok(i));
            assert_eq!(t.utf16_to_cp(i), Ok(i));
        }
        assert!(t.cp_to_byte(12).is_err());
    }

    #[test]
    fn mixed_units() {
        // 'a' (1,1,1) '阿' (3 bytes,1 u16) '😀' (4 bytes, 2 u16) 'b'
        let t = Text::from("a阿😀b");
        assert_eq!(t.len_cp(), 4);
        assert_eq!(t.len_utf16(), 5);
        assert_eq!(t.len_utf8(), 9);
        assert_eq!(t.cp_to_byte(3), Ok(8));
        assert_eq!(t.cp_to_utf16(3), Ok(4));
        assert_eq!(t.utf16_to_cp(4), Ok(3));
        assert_eq!(t.utf16_to_cp(3), Err(OffsetError::SplitsSurrogate { pos: 3 }));
        assert_eq!(t.byte_to_cp(2), Err(OffsetError::SplitsUtf8 { pos: 2 }));
        assert_eq!(t.slice_cp(1..3), Ok("阿😀"));
    }

    #[test]
    fn long_text_crosses_checkpoints() {
        let s: String = (0..1000).map(|i| if i % 3 == 0 { '😀' } else { 'é' }).collect();
        let t = Text::from(s.as_str());
        let mut u = 0;
        for (cp, (b, ch)) in s.char_indices().enumerate() {
            assert_eq!(t.cp_to_byte(cp), Ok(b));
            assert_eq!(t.byte_to_cp(b), Ok(cp));
            assert_eq!(t.cp_to_utf16(cp), Ok(u));
            assert_eq!(t.utf16_to_cp(u), Ok(cp));
            u += ch.len_utf16();
        }
    }

    #[test]
    fn line_ranges_handle_lf_and_crlf() {
        let t = Text::from("ab\r\n阿\n\nz");
        assert_eq!(t.line_ranges(), vec![0..2, 4..5, 6..6, 7..8]);
        assert_eq!(Text::from("").line_ranges(), vec![0..0]);
        assert_eq!(Text::from("x\n").line_ranges(), vec![0..1, 2..2]);
    }

    #[test]
    fn crlf_is_kept() {
        let t = Text::from("a\r\nb");
        assert_eq!(t.len_cp(), 4);
        assert_eq!(t.as_str(), "a\r\nb");
    }

    #[test]
    fn grapheme_snapping_on_zwj_family() {
        // man ZWJ woman ZWJ girl: 5 code points, one grapheme.
        let t = Text::from("x👨\u{200d}👩\u{200d}👧y");
        assert_eq!(t.is_grapheme_boundary(2), Ok(false));
        assert_eq!(t.grapheme_floor(3), Ok(1));
        assert_eq!(t.grapheme_ceil(3), Ok(6));
    }

    #[test]
    fn boundaries_agree_with_the_segmenter_around_ascii() {
        // The ASCII shortcut must give what UAX #29 gives: CR LF, combining marks and ZWJ after
        // ASCII, regional indicators, Hangul and emoji beside ASCII.
        let s = "a\r\nb\re\u{301}x\u{200d}y 🇴🇲🇮🇷 한국 👍🏽! \n\r\t~";
        let t = Text::from(s);
        let want: Vec<usize> = {
            use unicode_segmentation::UnicodeSegmentation;
            let mut b: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| s[..i].chars().count()).collect();
            b.push(t.len_cp());
            b
        };
        let got: Vec<usize> = (0..=t.len_cp()).filter(|&cp| t.is_grapheme_boundary(cp) == Ok(true)).collect();
        assert_eq!(got, want);
    }
}

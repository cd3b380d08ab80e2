//! Word boundaries in every script: the one place that says where a word ends inside a run of a
//! script written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar…).
//!
//! This module owns [`WordBreaks`], the word segments of (parts of) a text *as data*, and the
//! [`WordSegmenter`] trait that produces them natively. Core never asks a browser: the app computes
//! the boundaries with `Intl.Segmenter` (granularity "word") and passes them in
//! ([`WordBreaks::from_utf16_boundaries`]); the CLI and the tests use [`native`] (ICU4X's dictionary
//! segmenter with the `icu` feature, else the UAX #29 word bounds of `unicode-segmentation`).
//! Snapping, the keyboard caret, drag handles, "whole word" search and the token-based formats all
//! read the same [`WordBreaks`].
//!
//! Invariants:
//! - Segments are code point ranges, non-empty, sorted, disjoint, inside the text, and start and end on
//!   extended grapheme cluster boundaries: a boundary given inside a grapheme is dropped (it would split
//!   a character), never moved.
//! - A position is *joined* only when it lies strictly inside a given segment. Positions that no segment
//!   covers are *unknown*: [`WordBreaks::none`] treats them as word edges (a selection there is never
//!   widened), [`WordBreaks::RUNS`] as joined (a whole alphanumeric run is one word, the behaviour before
//!   segmentation).
//! - Boundaries only ever matter next to a character of a script written without spaces
//!   ([`is_unspaced`]): between two characters of scripts written with spaces (Latin, Cyrillic, Arabic,
//!   Hangul, digits…) the rules of `snap` and `search` apply exactly as they did without boundaries.

use crate::text::{OffsetError, Text};
use std::ops::Range;

/// Boundaries that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WordBreaksError {
    #[error("word boundary: {0}")]
    Offset(#[from] OffsetError),
    #[error("word boundary {pos} comes before the previous one ({prev}): boundaries must be in increasing order")]
    Unsorted { pos: usize, prev: usize },
    #[error("the word segmenter returned byte offset {pos}, which is not a character boundary of its input")]
    BadSegmenter { pos: usize },
}

/// The word segments of a text, or of some of its ranges (e.g. the paragraphs segmented so far).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordBreaks {
    /// Sorted, disjoint, non-empty, grapheme-aligned code point ranges.
    segs: Vec<Range<usize>>,
    /// Whether a position no segment covers is joined (true: [`WordBreaks::RUNS`]) or an edge.
    unknown_joined: bool,
}

impl WordBreaks {
    /// No boundaries known, and no guessing: inside a run of a script written without spaces every
    /// grapheme boundary is a word edge, so snapping keeps a selection as the user made it.
    pub const NONE: WordBreaks = WordBreaks { segs: Vec::new(), unknown_joined: false };

    /// The behaviour before segmentation: a maximal alphanumeric run is one word in every script
    /// (`拉格` inside `阿拉格齐表示` snaps to the whole run). What the functions without boundaries use.
    pub const RUNS: WordBreaks = WordBreaks { segs: Vec::new(), unknown_joined: true };

    /// See [`WordBreaks::NONE`].
    pub fn none() -> Self {
        Self::NONE
    }

    /// Segments between consecutive `boundaries` (code point offsets into `text`, in increasing order;
    /// repeats are ignored). The covered range is first..last boundary: pass both ends of what was
    /// segmented. A boundary inside a grapheme is dropped.
    pub fn from_boundaries(
        text: &Text,
        boundaries: impl IntoIterator<Item = usize>,
    ) -> Result<WordBreaks, WordBreaksError> {
        let mut out = WordBreaks::NONE;
        let mut prev: Option<usize> = None;
        for b in boundaries {
            if let Some(p) = prev {
                if b < p {
                    return Err(WordBreaksError::Unsorted { pos: b, prev: p });
                }
                if b == p {
                    continue;
                }
            }
            if !text.is_grapheme_boundary(b)? {
                continue;
            }
            if let Some(p) = prev {
                out.segs.push(p..b);
            }
            prev = Some(b);
        }
        Ok(out)
    }

    /// As [`WordBreaks::from_boundaries`], for boundaries counted in UTF-16 code units from the code
    /// point `from_cp`: what `Intl.Segmenter` gives for the slice of the text starting at `from_cp` (each
    /// segment's `index`, then the slice's length).
    pub fn from_utf16_boundaries(
        text: &Text,
        from_cp: usize,
        boundaries_u16: impl IntoIterator<Item = usize>,
    ) -> Result<WordBreaks, WordBreaksError> {
        let mut cps = Vec::new();
        for u in boundaries_u16 {
            cps.push(text.advance_utf16(from_cp, u)?);
        }
        WordBreaks::from_boundaries(text, cps)
    }

    /// The whole text segmented by `seg` (runs standing between spaces joined, see
    /// [`WordBreaks::join_spaced_islands`]).
    pub fn segment(text: &Text, seg: &dyn WordSegmenter) -> Result<WordBreaks, WordBreaksError> {
        let s = text.as_str();
        let mut cps = Vec::new();
        for b in seg.boundaries(s) {
            cps.push(text.byte_to_cp(b).map_err(|_| WordBreaksError::BadSegmenter { pos: b })?);
        }
        if cps.first() != Some(&0) {
            cps.insert(0, 0);
        }
        if cps.last() != Some(&text.len_cp()) {
            cps.push(text.len_cp());
        }
        let mut w = WordBreaks::from_boundaries(text, cps)?;
        w.join_spaced_islands(text);
        Ok(w)
    }

    /// Adds the segments of `other` (e.g. another paragraph). Where `other` covers a range, its segments
    /// replace the ones known there.
    pub fn extend(&mut self, other: WordBreaks) {
        let (Some(first), Some(last)) = (other.segs.first(), other.segs.last()) else { return };
        let covered = first.start..last.end;
        // Segments are sorted and disjoint: the ones touching the covered range are contiguous.
        let lo = self.segs.partition_point(|s| s.end <= covered.start);
        let hi = self.segs.partition_point(|s| s.start < covered.end);
        self.segs.splice(lo..hi.max(lo), other.segs);
    }

    /// The segments, sorted.
    pub fn segments(&self) -> &[Range<usize>] {
        &self.segs
    }

    /// Whether no segment is known.
    pub fn is_empty(&self) -> bool {
        self.segs.is_empty()
    }

    /// Whether `cp` lies strictly inside a given segment (or, for [`WordBreaks::RUNS`], no segment
    /// covers it).
    pub fn joins(&self, cp: usize) -> bool {
        // The last segment starting before cp.
        let i = self.segs.partition_point(|s| s.start < cp);
        match i.checked_sub(1).map(|k| &self.segs[k]) {
            Some(s) if cp < s.end => true,
            Some(s) if cp == s.end => false,
            _ => {
                // No segment has cp inside or as its end; it may still start one.
                let starts_one = self.segs.get(i).is_some_and(|s| s.start == cp);
                self.unknown_joined && !starts_one
            }
        }
    }

    /// Makes `r` one segment, replacing the segments inside or across it.
    fn join(&mut self, r: Range<usize>) {
        let lo = self.segs.partition_point(|s| s.end <= r.start);
        let hi = self.segs.partition_point(|s| s.start < r.end);
        let start = self.segs.get(lo).map_or(r.start, |s| s.start.min(r.start));
        let end = if hi > lo { self.segs[hi - 1].end.max(r.end) } else { r.end };
        self.segs.splice(lo..hi.max(lo), std::iter::once(start..end));
    }

    /// Runs of a script written without spaces that stand between spaces in a paragraph otherwise
    /// written with them (`rendered in Chinese as 阿拉格齐 (Alaghezi)`): the writer marked the word's
    /// edges, so the run is one word whatever a dictionary says of it. Each such run becomes one
    /// segment. A run inside text of its own script (`伊朗外长阿拉格齐（Alaghezi）表示`) is left to the
    /// segmenter.
    pub fn join_spaced_islands(&mut self, text: &Text) {
        self.join_spaced_islands_in(text, text.line_ranges());
    }

    /// [`WordBreaks::join_spaced_islands`] for these paragraphs (line ranges) only.
    pub fn join_spaced_islands_in(&mut self, text: &Text, paragraphs: impl IntoIterator<Item = Range<usize>>) {
        const OPEN: &str = "([{\"'“‘«";
        const CLOSE: &str = ")]}\"'”’»,.;:!?";
        for para in paragraphs {
            let Ok(s) = text.slice_cp(para.clone()) else { continue };
            let chars: Vec<char> = s.chars().collect();
            if !chars.iter().any(|c| c.is_alphabetic() && !is_unspaced(*c)) {
                continue;
            }
            let mut i = 0;
            while i < chars.len() {
                if !is_unspaced(chars[i]) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < chars.len() && is_unspaced(chars[i]) {
                    i += 1;
                }
                let before_ok = start == 0 || chars[start - 1].is_whitespace() || OPEN.contains(chars[start - 1]);
                let after_ok = i == chars.len() || chars[i].is_whitespace() || CLOSE.contains(chars[i]);
                if before_ok && after_ok && i - start > 1 {
                    self.join(para.start + start..para.start + i);
                }
            }
        }
    }

    /// Whether the boundary `cp`, between a grapheme starting with `before` and one starting with
    /// `after`, separates two words *by segmentation*: one side is of a script written without spaces
    /// and the position is not joined. Between two characters of scripts written with spaces this is
    /// always false: those follow the rules that do not need boundaries.
    pub fn separates(&self, before: char, after: char, cp: usize) -> bool {
        (is_unspaced(before) || is_unspaced(after)) && !self.joins(cp)
    }
}

/// The paragraphs (line ranges) of `text` that hold a character of a script written without spaces:
/// the only ones a segmenter needs to see (elsewhere boundaries are never read).
pub fn paragraphs_to_segment(text: &Text) -> Vec<Range<usize>> {
    text.line_ranges()
        .into_iter()
        .filter(|r| text.slice_cp(r.clone()).is_ok_and(|s| s.chars().any(is_unspaced)))
        .collect()
}

/// Whether `c` belongs to a script written without spaces between words, whose words only a
/// segmenter (dictionary or model) can find: Han (with 々 〆 〇 〻), Hiragana, Katakana, Bopomofo, Thai,
/// Lao, Khmer, Myanmar, Tai Le, New Tai Lue, Tai Tham, Tai Viet. Hangul is written with spaces.
pub fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF       // Thai, Lao
        | 0x1000..=0x109F     // Myanmar
        | 0x1780..=0x17FF     // Khmer
        | 0x1950..=0x19FF     // Tai Le, New Tai Lue, Khmer symbols
        | 0x1A20..=0x1AAF     // Tai Tham
        | 0x3005..=0x3007     // 々 〆 〇
        | 0x303B              // 〻
        | 0x3040..=0x30FA     // Hiragana, Katakana (not the middle dot ・)
        | 0x30FC..=0x30FF     // ー ヽ ヾ ヿ
        | 0x3100..=0x312F     // Bopomofo
        | 0x31A0..=0x31BF     // Bopomofo extended
        | 0x31F0..=0x31FF     // Katakana phonetic extensions
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xA9E0..=0xA9FF     // Myanmar extended B
        | 0xAA60..=0xAADF     // Myanmar extended A, Tai Viet
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFF66..=0xFF9F     // half-width Katakana
        | 0x1AFF0..=0x1B16F   // Kana extended, supplement
        | 0x20000..=0x3FFFF   // CJK extensions B–I, compatibility supplement
    )
}

/// Something that finds word boundaries in a string: ICU4X natively, `Intl.Segmenter` in the browser
/// (implemented by the app, outside core), UAX #29 as the fallback.
pub trait WordSegmenter {
    /// Byte offsets of the word boundaries of `s` in increasing order, from 0 to `s.len()`.
    fn boundaries(&self, s: &str) -> Vec<usize>;
    /// The engine's name, for messages and documentation.
    fn name(&self) -> &'static str;
}

/// UAX #29 word bounds (`unicode-segmentation`): no dictionary, so each Han ideograph and each Thai,
/// Lao, Khmer or Myanmar letter is a segment of its own (kana runs stay together). The fallback.
#[derive(Debug, Clone, Copy, Default)]
pub struct UnicodeWords;

impl WordSegmenter for UnicodeWords {
    fn boundaries(&self, s: &str) -> Vec<usize> {
        use unicode_segmentation::UnicodeSegmentation;
        let mut out: Vec<usize> = s.split_word_bound_indices().map(|(i, _)| i).collect();
        out.push(s.len());
        out
    }
    fn name(&self) -> &'static str {
        "unicode-segmentation (UAX #29 word bounds)"
    }
}

/// ICU4X's word segmenter with its compiled dictionaries (Chinese/Japanese, Thai, Lao, Khmer, Burmese).
#[cfg(feature = "icu")]
#[derive(Debug, Clone, Copy, Default)]
pub struct IcuWords;

#[cfg(feature = "icu")]
impl WordSegmenter for IcuWords {
    fn boundaries(&self, s: &str) -> Vec<usize> {
        use icu_segmenter::{options::WordBreakInvariantOptions, WordSegmenter as Icu};
        Icu::new_dictionary(WordBreakInvariantOptions::default()).segment_str(s).collect()
    }
    fn name(&self) -> &'static str {
        "ICU4X icu_segmenter (dictionary)"
    }
}

/// The best segmenter compiled in: [`IcuWords`] with the `icu` feature (on by default, off in the wasm
/// app, which uses `Intl.Segmenter`), else [`UnicodeWords`].
pub fn native() -> &'static dyn WordSegmenter {
    #[cfg(feature = "icu")]
    {
        &IcuWords
    }
    #[cfg(not(feature = "icu"))]
    {
        &UnicodeWords
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str, seg: &dyn WordSegmenter) -> Vec<String> {
        let t = Text::from(s);
        let b = WordBreaks::segment(&t, seg).unwrap();
        b.segments().iter().map(|r| t.slice_cp(r.clone()).unwrap().to_owned()).collect()
    }

    #[test]
    fn a_name_between_spaces_in_english_is_one_word() {
        let t = Text::new("rendered in Chinese as 阿拉格齐 (Alaghezi), said\n伊朗外长阿拉格齐（Alaghezi）表示".into());
        let zh = 45; // the second line
        let mut w = WordBreaks::from_boundaries(&t, [23, 25, 26, 27]).unwrap();
        w.extend(WordBreaks::from_boundaries(&t, [zh, zh + 2, zh + 4, zh + 6, zh + 7, zh + 8]).unwrap());
        w.join_spaced_islands(&t);
        assert_eq!(w.segments()[0], 23..27, "阿拉格齐 between spaces is one word");
        assert!(w.segments().contains(&(zh + 4..zh + 6)), "inside Chinese text the segmenter's words stay");
        assert!(!w.joins(zh + 4) && w.joins(24));
    }

    #[test]
    fn only_paragraphs_with_unspaced_scripts_are_segmented() {
        let t = Text::new("Iran talks.\n伊朗外长表示。\nMore English.\nกรุงเทพ".into());
        let got: Vec<&str> = paragraphs_to_segment(&t).into_iter().map(|r| t.slice_cp(r).unwrap()).collect();
        assert_eq!(got, ["伊朗外长表示。", "กรุงเทพ"]);
    }

    #[test]
    fn boundaries_as_data() {
        let t = Text::from("ab阿拉格齐cd");
        let b = WordBreaks::from_boundaries(&t, [2, 2, 4, 6]).unwrap();
        assert_eq!(b.segments(), &[2..4, 4..6]);
        assert!(b.joins(3) && !b.joins(2) && !b.joins(4) && !b.joins(6) && !b.joins(1) && !b.joins(7));
        assert!(WordBreaks::RUNS.joins(1) && !WordBreaks::NONE.joins(1));
        // Unknown positions follow the default; segment edges never join.
        let mut runs = WordBreaks::RUNS;
        runs.extend(b.clone());
        assert!(runs.joins(1) && !runs.joins(2) && runs.joins(3) && !runs.joins(4) && runs.joins(7));
        assert_eq!(WordBreaks::from_boundaries(&t, [4, 2]), Err(WordBreaksError::Unsorted { pos: 2, prev: 4 }));
        assert!(matches!(WordBreaks::from_boundaries(&t, [2, 99]), Err(WordBreaksError::Offset(_))));
    }

    #[test]
    fn a_boundary_inside_a_grapheme_is_dropped() {
        // 🏃‍♂️ is 4 code points, one grapheme.
        let t = Text::from("a🏃\u{200d}♂\u{fe0f}b");
        let b = WordBreaks::from_boundaries(&t, [0, 1, 2, 3, 5, 6]).unwrap();
        assert_eq!(b.segments(), &[0..1, 1..5, 5..6]);
    }

    #[test]
    fn utf16_boundaries_from_an_offset() {
        // "x😀" then "東京都": Intl.Segmenter on the slice from code point 2 gives 0, 2, 3.
        let t = Text::from("x😀東京都");
        let b = WordBreaks::from_utf16_boundaries(&t, 2, [0, 2, 3]).unwrap();
        assert_eq!(b.segments(), &[2..4, 4..5]);
    }

    #[test]
    fn extend_replaces_the_covered_range() {
        let t = Text::from("阿拉格齐表示");
        let mut b = WordBreaks::from_boundaries(&t, [0, 1, 2, 3, 4, 6]).unwrap();
        b.extend(WordBreaks::from_boundaries(&t, [0, 4]).unwrap());
        assert_eq!(b.segments(), &[0..4, 4..6]);
        b.extend(WordBreaks::NONE);
        assert_eq!(b.segments(), &[0..4, 4..6]);
        // Partly overlapping segments go; neighbours stay.
        b.extend(WordBreaks::from_boundaries(&t, [3, 5]).unwrap());
        assert_eq!(b.segments(), std::slice::from_ref(&(3..5)));
        b.extend(WordBreaks::from_boundaries(&t, [0, 2, 3]).unwrap());
        b.extend(WordBreaks::from_boundaries(&t, [5, 6]).unwrap());
        assert_eq!(b.segments(), &[0..2, 2..3, 3..5, 5..6]);
    }

    #[test]
    fn unicode_words_fallback_splits_every_ideograph() {
        assert_eq!(words("伊朗外长（Alaghezi）", &UnicodeWords), ["伊", "朗", "外", "长", "（", "Alaghezi", "）"]);
        // Between spaces in text written with spaces, the run is one word (join_spaced_islands).
        assert_eq!(words("阿拉格齐 (Alaghezi)", &UnicodeWords), ["阿拉格齐", " ", "(", "Alaghezi", ")"]);
        assert_eq!(words("I 🏃‍♂️ in 🌧️", &UnicodeWords), ["I", " ", "🏃‍♂️", " ", "in", " ", "🌧️"]);
    }

    #[cfg(feature = "icu")]
    #[test]
    fn icu_finds_dictionary_words() {
        assert_eq!(
            words("東京都知事は月曜日に大阪を訪問した。", &IcuWords),
            ["東京", "都知事", "は", "月曜日", "に", "大阪", "を", "訪問", "した", "。"]
        );
        assert!(words("ฉันไปกรุงเทพมหานครเมื่อวานนี้", &IcuWords).contains(&"กรุงเทพมหานคร".to_owned()));
        assert_eq!(words("I 🏃‍♂️ in", &IcuWords), ["I", " ", "🏃‍♂️", " ", "in"]);
    }

    #[test]
    fn unspaced_scripts() {
        for c in ['阿', 'は', 'ア', 'ー', '々', 'ก', 'ກ', 'ក', 'က', '𠀋'] {
            assert!(is_unspaced(c), "{c}");
        }
        for c in ['a', 'é', 'я', 'ب', '한', '1', '・', '，', ' '] {
            assert!(!is_unspaced(c), "{c}");
        }
    }
}

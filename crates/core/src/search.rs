//! Find text in a document, and propose "label all occurrences" candidates.
//!
//! Invariants:
//! - Hits are code point spans of the original text, non-overlapping, sorted left to right, never empty.
//! - Case-insensitive matching folds each code point on its own (simple one-to-one lowercase mapping), so a
//!   hit covers exactly as many code points as the needle and offsets never drift; characters whose lowercase
//!   form is several code points (e.g. 'İ') only match themselves.
//! - Whole word: the code points just before and after a hit are not alphanumeric (or are the text's ends),
//!   or, next to a script written without spaces, the hit's edge is a word edge of the [`WordBreaks`] given
//!   to the `*_with` functions (the same boundaries snapping uses; see [`crate::words`]). Between two
//!   characters of scripts written with spaces the boundaries are never read. The functions without `_with`
//!   use [`WordBreaks::RUNS`], where a whole alphanumeric run is one word.

use crate::model::{Document, Span, SpanState};
use crate::text::Text;
use crate::words::WordBreaks;

/// How to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SearchOptions {
    pub case_insensitive: bool,
    pub whole_word: bool,
}

/// Simple one-to-one case fold: the single-code-point lowercase form, or the character itself.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// [`find_all_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn find_all(text: &Text, needle: &str, opts: SearchOptions) -> Vec<Span> {
    find_all_with(text, &WordBreaks::RUNS, needle, opts)
}

/// Every non-overlapping occurrence of `needle` in `text`, left to right (code point spans).
/// An empty needle finds nothing. `words` decides "whole word" next to scripts written without spaces.
pub fn find_all_with(text: &Text, words: &WordBreaks, needle: &str, opts: SearchOptions) -> Vec<Span> {
    let norm = |c: char| if opts.case_insensitive { fold(c) } else { c };
    let pat: Vec<char> = needle.chars().map(norm).collect();
    if pat.is_empty() {
        return Vec::new();
    }
    // Code point index i of `hay` is code point i of the text: folding is one-to-one.
    let raw: Vec<char> = text.as_str().chars().collect();
    let hay: Vec<char> = raw.iter().map(|&c| norm(c)).collect();
    let m = pat.len();

    // Knuth–Morris–Pratt failure function: fail[i] = length of the longest proper border of pat[..=i].
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && pat[i] != pat[k] {
            k = fail[k - 1];
        }
        if pat[i] == pat[k] {
            k += 1;
        }
        fail[i] = k;
    }

    let is_word = |i: usize| raw.get(i).is_some_and(|c| c.is_alphanumeric());
    // Whether the position `p` (0 < p < len, word characters on both sides) is a word edge by segmentation.
    let split = |p: usize| words.separates(raw[p - 1], raw[p], p) && text.is_grapheme_boundary(p).unwrap_or(false);
    // The code point outside the hit is no word character, or segmentation puts an edge there.
    let start_ok = |p: usize| p == 0 || !is_word(p - 1) || (is_word(p) && split(p));
    let end_ok = |p: usize| !is_word(p) || (is_word(p - 1) && split(p));
    let mut hits = Vec::new();
    let mut next_free = 0; // first code point a new hit may start at (no overlaps)
    let mut q = 0;
    for (i, &c) in hay.iter().enumerate() {
        while q > 0 && c != pat[q] {
            q = fail[q - 1];
        }
        if c == pat[q] {
            q += 1;
        }
        if q == m {
            let start = i + 1 - m;
            let end = i + 1;
            let bounded = !opts.whole_word || (start_ok(start) && end_ok(end));
            if start >= next_free && bounded {
                hits.push(Span::new(start, end));
                next_free = end;
            }
            q = fail[q - 1];
        }
    }
    hits
}

/// [`label_all_candidates_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn label_all_candidates(doc: &Document, needle: &str, opts: SearchOptions, label: &str) -> Vec<Span> {
    label_all_candidates_with(doc, &WordBreaks::RUNS, needle, opts, label)
}

/// Hits of `needle` that "label all" would annotate with `label` (whole word decided by `words`).
///
/// Skipped: a hit already annotated with `label` at exactly that span (in any state, since the model forbids
/// a duplicate span+label), and a hit overlapping any `Accepted` annotation of any label (the user already
/// decided about that text).
pub fn label_all_candidates_with(
    doc: &Document,
    words: &WordBreaks,
    needle: &str,
    opts: SearchOptions,
    label: &str,
) -> Vec<Span> {
    find_all_with(&doc.text, words, needle, opts)
        .into_iter()
        .filter(|hit| {
            !doc.annotations.values().any(|a| {
                (a.span == *hit && a.label == label) || (a.state == SpanState::Accepted && a.span.overlaps(hit))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(v: &[(usize, usize)]) -> Vec<Span> {
        v.iter().map(|&(s, e)| Span::new(s, e)).collect()
    }

    #[test]
    fn kmp_handles_self_overlapping_needles() {
        let t = Text::from("aaaaa");
        let o = SearchOptions::default();
        assert_eq!(find_all(&t, "aa", o), spans(&[(0, 2), (2, 4)]));
        let t = Text::from("abababab");
        assert_eq!(find_all(&t, "abab", o), spans(&[(0, 4), (4, 8)]));
    }

    #[test]
    fn whole_word_rejection_does_not_hide_a_later_overlapping_hit() {
        // The hit at 1 is glued to 'x', so it is rejected; the free-standing one at 4 is still found.
        let t = Text::from("xaa aa");
        let o = SearchOptions { whole_word: true, ..Default::default() };
        assert_eq!(find_all(&t, "aa", o), spans(&[(4, 6)]));
    }

    #[test]
    fn whole_word_in_chinese_uses_the_given_boundaries() {
        let s = "伊朗外长阿拉格齐表示，会谈暂时结束。阿拉格齐斯坦不是阿拉格齐。";
        let t = Text::from(s);
        // 伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。|阿拉格齐斯坦|不是|阿拉格齐|。
        let b = WordBreaks::from_boundaries(&t, [0, 2, 4, 8, 10, 11, 13, 15, 17, 18, 24, 26, 30, 31]).unwrap();
        let o = SearchOptions { whole_word: true, ..Default::default() };
        assert_eq!(find_all_with(&t, &b, "阿拉格齐", o), spans(&[(4, 8), (26, 30)]));
        // Without boundaries a Han run was one word, so the name was never found on its own.
        assert_eq!(find_all(&t, "阿拉格齐", o), spans(&[]));
        // Unknown runs: every edge next to Han counts.
        assert_eq!(find_all_with(&t, &WordBreaks::NONE, "阿拉格齐", o), spans(&[(4, 8), (18, 22), (26, 30)]));
        // Latin next to Han: the script change is an edge only where the boundaries say so.
        let t = Text::from("外长Alaghezi表示 Alaghezis");
        let b = WordBreaks::from_boundaries(&t, [0, 2, 10, 12]).unwrap();
        assert_eq!(find_all_with(&t, &b, "Alaghezi", o), spans(&[(2, 10)]));
        let doc = Document::new("d", "", "外长阿拉格齐表示", 0);
        let b = WordBreaks::from_boundaries(&doc.text, [0, 2, 6, 8]).unwrap();
        assert_eq!(label_all_candidates_with(&doc, &b, "阿拉格齐", o, "PERSON"), spans(&[(2, 6)]));
        assert_eq!(label_all_candidates(&doc, "阿拉格齐", o, "PERSON"), spans(&[]));
    }

    #[cfg(feature = "icu")]
    #[test]
    fn whole_word_with_the_native_segmenter() {
        let t = Text::from("伊朗外长阿拉格齐表示，会谈暂时结束。");
        let b = WordBreaks::segment(&t, crate::words::native()).unwrap();
        let o = SearchOptions { whole_word: true, ..Default::default() };
        assert_eq!(find_all_with(&t, &b, "阿拉格齐", o), spans(&[(4, 8)]));
        assert_eq!(find_all_with(&t, &b, "暂时", o), spans(&[(13, 15)]));
        assert_eq!(find_all_with(&t, &b, "时结", o), spans(&[]));
    }

    #[test]
    fn case_fold_is_per_code_point() {
        // 'İ' lowercases to two code points, so it only matches itself; offsets stay exact after it.
        let t = Text::from("İstanbul ISTANBUL istanbul");
        let o = SearchOptions { case_insensitive: true, ..Default::default() };
        assert_eq!(find_all(&t, "istanbul", o), spans(&[(9, 17), (18, 26)]));
        assert_eq!(find_all(&t, "İSTANBUL", o), spans(&[(0, 8)]));
    }
}

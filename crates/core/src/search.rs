//! Find text in a document, and propose "label all occurrences" candidates.
//!
//! Invariants:
//! - Hits are code point spans of the original text, non-overlapping, sorted left to right, never empty.
//! - Case-insensitive matching folds each code point on its own (simple one-to-one lowercase mapping), so a
//!   hit covers exactly as many code points as the needle and offsets never drift; characters whose lowercase
//!   form is several code points (e.g. 'İ') only match themselves.
//! - Whole word: the code points just before and after a hit are not alphanumeric (or are the text's ends).

use crate::model::{Document, Span, SpanState};
use crate::text::Text;

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

/// Every non-overlapping occurrence of `needle` in `text`, left to right (code point spans).
/// An empty needle finds nothing.
pub fn find_all(text: &Text, needle: &str, opts: SearchOptions) -> Vec<Span> {
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
            let bounded = !opts.whole_word || ((start == 0 || !is_word(start - 1)) && !is_word(end));
            if start >= next_free && bounded {
                hits.push(Span::new(start, end));
                next_free = end;
            }
            q = fail[q - 1];
        }
    }
    hits
}

/// Hits of `needle` that "label all" would annotate with `label`.
///
/// Skipped: a hit already annotated with `label` at exactly that span (in any state, since the model forbids
/// a duplicate span+label), and a hit overlapping any `Accepted` annotation of any label (the user already
/// decided about that text).
pub fn label_all_candidates(doc: &Document, needle: &str, opts: SearchOptions, label: &str) -> Vec<Span> {
    find_all(&doc.text, needle, opts)
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
    fn case_fold_is_per_code_point() {
        // 'İ' lowercases to two code points, so it only matches itself; offsets stay exact after it.
        let t = Text::from("İstanbul ISTANBUL istanbul");
        let o = SearchOptions { case_insensitive: true, ..Default::default() };
        assert_eq!(find_all(&t, "istanbul", o), spans(&[(9, 17), (18, 26)]));
        assert_eq!(find_all(&t, "İSTANBUL", o), spans(&[(0, 8)]));
    }
}

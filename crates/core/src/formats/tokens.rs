//! Tokens for the token-based formats (CoNLL, spaCy `Doc.to_json`), and how imported tokens are glued
//! back into a text.
//!
//! Invariants:
//! - Tokens are non-empty, sorted, disjoint code point ranges of the document's text that start and end on
//!   extended grapheme cluster boundaries: an emoji (`🏃‍♂️`, `🌧️`, a flag) is never cut into pieces.
//! - A document that came with tokens ([`Document::tokens`], a CoNLL import) is written with exactly those
//!   tokens, so a CoNLL → CoNLL round trip keeps the file's tokenisation.
//! - Otherwise tokens are the extraction tokeniser's, split further at the word boundaries of scripts
//!   written without spaces (the [`WordBreaks`] given for the document, else the native segmenter's: one
//!   token per segmenter word in Chinese, Japanese, Thai…), then widened to whole graphemes (pieces of one
//!   grapheme merge into one token).
//! - When tokens are joined into a text on import, no space is put between two tokens of scripts written
//!   without spaces (or their full-width punctuation), nor inside a grapheme; one space goes everywhere else.

use crate::extract::tokenize::tokenize;
use crate::model::{Document, Span};
use crate::text::{OffsetError, Text};
use crate::words::{is_unspaced, WordBreaks, WordBreaksError};
use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// Why a document's tokens (from a file) cannot be kept. `n` counts from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum TokenError {
    #[error("token {n} ({start}..{end}) is empty")]
    Empty { n: usize, start: usize, end: usize },
    #[error("token {n} ({start}..{end}) starts before the previous one ends")]
    Overlaps { n: usize, start: usize, end: usize },
    #[error("token {n} ({start}..{end}) splits a character at {pos}")]
    SplitsGrapheme { n: usize, start: usize, end: usize, pos: usize },
    #[error("token {n} ({start}..{end}): {source}")]
    Offset { n: usize, start: usize, end: usize, source: OffsetError },
}

/// Checks tokens given for `text`: non-empty, in order, disjoint, inside the text, on grapheme boundaries.
pub(crate) fn check(text: &Text, tokens: &[Span]) -> Result<(), TokenError> {
    let mut prev_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        let (n, start, end) = (i + 1, t.start, t.end);
        if t.is_empty() {
            return Err(TokenError::Empty { n, start, end });
        }
        if start < prev_end {
            return Err(TokenError::Overlaps { n, start, end });
        }
        for pos in [start, end] {
            match text.is_grapheme_boundary(pos) {
                Ok(true) => {}
                Ok(false) => return Err(TokenError::SplitsGrapheme { n, start, end, pos }),
                Err(source) => return Err(TokenError::Offset { n, start, end, source }),
            }
        }
        prev_end = end;
    }
    Ok(())
}

/// The word boundaries to tokenise `d` with: the ones given for it, else the native segmenter's.
pub(crate) fn breaks_for(
    d: &Document,
    given: &std::collections::BTreeMap<String, WordBreaks>,
) -> Result<WordBreaks, WordBreaksError> {
    match given.get(&d.id) {
        Some(b) => Ok(b.clone()),
        None => WordBreaks::segment(&d.text, crate::words::native()),
    }
}

/// The tokens of `d` (see the module docs), as code point ranges.
pub(crate) fn doc_tokens(d: &Document, words: &WordBreaks) -> Vec<Range<usize>> {
    if let Some(kept) = stored_tokens(d) {
        return kept;
    }
    let t = &d.text;
    let mut pieces: Vec<Range<usize>> = Vec::new();
    for tok in tokenize(t.as_str()) {
        let (Ok(s), Ok(e)) = (t.byte_to_cp(tok.start), t.byte_to_cp(tok.end)) else { continue };
        let mut from = s;
        for cut in cuts_inside(t, words, s..e) {
            pieces.push(from..cut);
            from = cut;
        }
        pieces.push(from..e);
    }
    whole_graphemes(t, pieces)
}

/// Whether `d` is tokenised with the tokens it came with.
pub(crate) fn has_own_tokens(d: &Document) -> bool {
    stored_tokens(d).is_some()
}

/// The document's own tokens, when it has some that fit its text.
fn stored_tokens(d: &Document) -> Option<Vec<Range<usize>>> {
    if d.tokens.is_empty() {
        return None;
    }
    let len = d.text.len_cp();
    let fits =
        d.tokens.windows(2).all(|w| w[0].end <= w[1].start) && d.tokens.iter().all(|s| s.start < s.end && s.end <= len);
    fits.then(|| d.tokens.iter().map(|s| s.range()).collect())
}

/// Positions strictly inside the token `r` where `words` separates two words of a script written without
/// spaces (see [`WordBreaks::separates`]: where no boundary is known, every position next to such a
/// character). A cut inside a grapheme is undone by [`whole_graphemes`].
fn cuts_inside(t: &Text, words: &WordBreaks, r: Range<usize>) -> Vec<usize> {
    let Ok(s) = t.slice_cp(r.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in s.chars().enumerate() {
        if let Some(p) = prev {
            if words.separates(p, c, r.start + i) {
                out.push(r.start + i);
            }
        }
        prev = Some(c);
    }
    out
}

/// Widens each piece to whole graphemes; pieces that then overlap become one token.
fn whole_graphemes(t: &Text, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    for p in pieces {
        let s = t.grapheme_floor(p.start).unwrap_or(p.start);
        let e = t.grapheme_ceil(p.end).unwrap_or(p.end);
        match out.last_mut() {
            Some(last) if s < last.end => last.end = last.end.max(e),
            _ if s < e => out.push(s..e),
            _ => {}
        }
    }
    out
}

/// Whether `c` is punctuation of CJK text, written without spaces around it (、。「」（）！，…).
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x3004 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x30FB | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
}

/// How token `next` joins the text `before` (the text so far, ending with the previous token of the same
/// sentence): `None` when it continues that token's last grapheme (a piece of a split emoji), else the
/// separator to put between them: nothing between scripts written without spaces, else one space.
pub(crate) fn separator(before: &str, next: &str) -> Option<&'static str> {
    if continues_grapheme(before, next) {
        return None;
    }
    let tight = |c: Option<char>| c.is_some_and(|c| is_unspaced(c) || is_cjk_punctuation(c));
    Some(if tight(before.chars().next_back()) && tight(next.chars().next()) { "" } else { " " })
}

/// Whether `next` written right after `before` would not start a new grapheme.
fn continues_grapheme(before: &str, next: &str) -> bool {
    if before.is_empty() || next.is_empty() {
        return false;
    }
    // Enough context for emoji ZWJ sequences and regional-indicator pairs.
    let tail = crate::text::byte_of_char_from_end(before, 15).unwrap_or(0);
    let s = format!("{}{}", &before[tail..], next);
    let at = before.len() - tail;
    let mut cur = GraphemeCursor::new(at, s.len(), true);
    matches!(cur.is_boundary(&s, 0), Ok(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str, words: &WordBreaks) -> Vec<String> {
        let d = Document::new("d", "", s, 0);
        doc_tokens(&d, words).into_iter().map(|r| d.text.slice_cp(r).unwrap().to_owned()).collect()
    }

    #[test]
    fn tokens_are_whole_graphemes() {
        assert_eq!(
            toks("I 🏃\u{200d}♂\u{fe0f} in 🌧\u{fe0f}.", &WordBreaks::NONE),
            ["I", "🏃\u{200d}♂\u{fe0f}", "in", "🌧\u{fe0f}", "."]
        );
        assert_eq!(toks("🇮🇷🇴🇲 talks", &WordBreaks::NONE), ["🇮🇷", "🇴🇲", "talks"]);
    }

    #[test]
    fn unspaced_scripts_split_at_the_given_words() {
        let t = Text::from("伊朗外长阿拉格齐表示，会谈 Alaghezi");
        let b = WordBreaks::from_boundaries(&t, [0, 2, 4, 8, 10, 11, 13, 14, 22]).unwrap();
        assert_eq!(toks(t.as_str(), &b), ["伊朗", "外长", "阿拉格齐", "表示", "，", "会谈", "Alaghezi"]);
    }

    #[test]
    fn unknown_runs_are_cut_at_every_grapheme() {
        assert_eq!(toks("大阪を", &WordBreaks::NONE), ["大", "阪", "を"]);
        assert_eq!(toks("大阪を", &WordBreaks::RUNS), ["大阪を"]);
    }

    #[test]
    fn separators() {
        assert_eq!(separator("外长", "阿拉格齐"), Some(""));
        assert_eq!(separator("表示", "，"), Some(""));
        assert_eq!(separator("minister", "阿拉格齐"), Some(" "));
        assert_eq!(separator("I", "ran"), Some(" "));
        assert_eq!(separator("x 🏃", "\u{200d}"), None);
        assert_eq!(separator("x 🏃\u{200d}", "♂"), None);
        assert_eq!(separator("🌧", "\u{fe0f}"), None);
        assert_eq!(separator("🇮", "🇷"), None);
        assert_eq!(separator("🇮🇷", "🇴"), Some(" "));
    }
}

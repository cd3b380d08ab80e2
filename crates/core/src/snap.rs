//! Snapping raw user selections to the edges annotators expect.
//!
//! Invariants:
//! - Every offset taken and returned is a code point offset; conversions go through [`Text`] only.
//! - Every range returned starts and ends on an extended grapheme cluster boundary.
//! - A "word" is a maximal run of graphemes whose first code point is alphanumeric
//!   (`char::is_alphanumeric`: letters of any script, CJK ideographs, digits; combining marks ride
//!   along inside their letter's grapheme). Apostrophes, hyphens and dashes separate words.
//! - Inside a run that touches a script written without spaces (Han, kana, Thai, Lao, Khmer,
//!   Myanmar…, see [`crate::words::is_unspaced`]), the [`WordBreaks`] given to the `*_with` functions
//!   split that run further: a boundary next to such a character is a word edge unless it lies strictly
//!   inside a given segment, so where no segment is known a selection is kept as made (grapheme-snapped),
//!   never widened. Between two characters of scripts written with spaces the boundaries are never
//!   read: there every function behaves exactly as without them.
//! - The functions without `_with` use [`WordBreaks::RUNS`] (a whole alphanumeric run is one word).
//! - Nothing here panics on user input: a bad range comes back as an [`OffsetError`].

use crate::text::{OffsetError, Text};
use crate::words::WordBreaks;
use std::ops::Range;

/// Expands `r` outward to the nearest grapheme cluster boundaries.
///
/// Errors if `r` is reversed or reaches past the end of the text.
pub fn snap_to_graphemes(text: &Text, r: Range<usize>) -> Result<Range<usize>, OffsetError> {
    if r.start > r.end {
        return Err(OffsetError::Reversed { start: r.start, end: r.end });
    }
    Ok(text.grapheme_floor(r.start)?..text.grapheme_ceil(r.end)?)
}

/// [`snap_to_words_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn snap_to_words(text: &Text, r: Range<usize>) -> Result<Option<Range<usize>>, OffsetError> {
    snap_to_words_with(text, &WordBreaks::RUNS, r)
}

/// Snaps a raw selection to whole words, the way an annotator expects.
///
/// Steps:
/// 1. expand both edges to grapheme boundaries;
/// 2. an edge that cuts inside a word (see the module docs) moves outward to that word's edge
///    ("Tehra" in "Tehran’s" becomes "Tehran"; "拉格" in "阿拉格齐" becomes "阿拉格齐" when `words`
///    has 阿拉格齐 as one segment, or with [`WordBreaks::RUNS`]);
/// 3. leading and trailing whitespace and punctuation are trimmed: quotes, brackets, commas,
///    semicolons, colons, `!`, `?`, dashes, ellipses, CJK punctuation, zero-width spaces, and `.`.
///    A trailing `.` is kept when it ends an abbreviation: the letter before it follows another
///    `.` ("U.S.", "e.g."), or the word before it is a single capital letter ("J.") or one of
///    [`ABBREVIATIONS`] ("Mr.", "Dr.", "Inc.").
///    Symbols that carry meaning (`$ % # & @ / *`, currency signs) are kept.
///
/// Returns `Ok(None)` when nothing but whitespace and punctuation remains.
/// An empty selection inside a word snaps to that word.
pub fn snap_to_words_with(
    text: &Text,
    words: &WordBreaks,
    r: Range<usize>,
) -> Result<Option<Range<usize>>, OffsetError> {
    let g = snap_to_graphemes(text, r)?;
    let (mut start, mut end) = (g.start, g.end);

    // (b) Expand an edge that cuts a word.
    if inside_word(text, words, start) {
        start = word_start(text, words, start);
    }
    if inside_word(text, words, end) {
        end = word_end(text, words, end);
    }
    if start == end && is_word_at(text, start) {
        // A caret inside or in front of a word.
        end = word_end(text, words, start);
    }

    // (c) Trim.
    while start < end && text.char_at(start).is_some_and(is_trimmable) {
        start = next_grapheme(text, start);
    }
    while start < end {
        let p = prev_grapheme(text, end);
        let Some(c) = text.char_at(p) else { break };
        if !is_trimmable(c) || (c == '.' && ends_abbreviation(text, words, p)) {
            break;
        }
        end = p;
    }
    Ok((start < end).then_some(start..end))
}

/// [`word_at_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn word_at(text: &Text, cp: usize) -> Option<Range<usize>> {
    word_at_with(text, &WordBreaks::RUNS, cp)
}

/// The word containing the grapheme at `cp`, or else the one ending at `cp`.
///
/// `None` when `cp` is past the end or touches no word.
pub fn word_at_with(text: &Text, words: &WordBreaks, cp: usize) -> Option<Range<usize>> {
    let cp = text.grapheme_floor(cp).ok()?;
    if is_word_at(text, cp) {
        return Some(word_start(text, words, cp)..word_end(text, words, cp));
    }
    if cp > 0 {
        let p = prev_grapheme(text, cp);
        if is_word_at(text, p) {
            return Some(word_start(text, words, p)..cp);
        }
    }
    None
}

/// [`next_word_boundary_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn next_word_boundary(text: &Text, cp: usize) -> usize {
    next_word_boundary_with(text, &WordBreaks::RUNS, cp)
}

/// Where the caret lands after "next word" (Ctrl/Alt+Right): the start of the next word after
/// `cp`, or the end of the text when no word follows. Positions past the end clamp to the end.
pub fn next_word_boundary_with(text: &Text, words: &WordBreaks, cp: usize) -> usize {
    let len = text.len_cp();
    if cp >= len {
        return len;
    }
    let mut p = text.grapheme_floor(cp).unwrap_or(cp);
    p = word_end(text, words, p);
    while p < len && !is_word_at(text, p) {
        p = next_grapheme(text, p);
    }
    p
}

/// [`prev_word_boundary_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn prev_word_boundary(text: &Text, cp: usize) -> usize {
    prev_word_boundary_with(text, &WordBreaks::RUNS, cp)
}

/// Where the caret lands after "previous word" (Ctrl/Alt+Left): the start of the word before
/// `cp` (or of the word `cp` is inside), or 0 when there is none. Positions past the end clamp.
pub fn prev_word_boundary_with(text: &Text, words: &WordBreaks, cp: usize) -> usize {
    let mut p = text.grapheme_ceil(cp.min(text.len_cp())).unwrap_or(text.len_cp());
    while p > 0 && !is_word_at(text, prev_grapheme(text, p)) {
        p = prev_grapheme(text, p);
    }
    if p > 0 {
        p = word_start(text, words, prev_grapheme(text, p));
    }
    p
}

/// One edge of a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// The nearest word edge to `cp`: a boundary inside a word moves to whichever end of that word is
/// closer (the start on a tie); other positions stay on their grapheme boundary.
fn nearest_word_edge(text: &Text, words: &WordBreaks, cp: usize) -> usize {
    let len = text.len_cp();
    let cp = text.grapheme_floor(cp.min(len)).unwrap_or(len);
    if inside_word(text, words, cp) {
        let (ws, we) = (word_start(text, words, cp), word_end(text, words, cp));
        return if cp - ws <= we - cp { ws } else { we };
    }
    cp
}

/// [`drag_edge_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn drag_edge(text: &Text, span: Range<usize>, edge: Edge, to: usize) -> Option<Range<usize>> {
    drag_edge_with(text, &WordBreaks::RUNS, span, edge, to)
}

/// Where `span` ends up when one of its edges is dragged to `to` (a code point offset under the
/// pointer). The dragged edge lands on the nearest word edge, then whitespace and punctuation are
/// trimmed from it as in [`snap_to_words_with`]; the other edge never moves. Dragging an edge past the
/// other one leaves the span's last (or first) word. `None` when the span would not change or
/// would be left with no word.
pub fn drag_edge_with(
    text: &Text,
    words: &WordBreaks,
    span: Range<usize>,
    edge: Edge,
    to: usize,
) -> Option<Range<usize>> {
    let len = text.len_cp();
    if span.start >= span.end || span.end > len {
        return None;
    }
    let to = nearest_word_edge(text, words, to);
    let raw = match edge {
        Edge::Start if to < span.end => to..span.end,
        Edge::Start => prev_word_boundary_with(text, words, span.end).max(span.start)..span.end,
        Edge::End if to > span.start => span.start..to,
        Edge::End => {
            // The span's first word: the one at its start, or else the next one.
            let first = if is_word_at(text, span.start) {
                span.start
            } else {
                next_word_boundary_with(text, words, span.start)
            };
            span.start..word_at_with(text, words, first).map_or(span.end, |w| w.end.min(span.end))
        }
    };
    let snapped = snap_to_words_with(text, words, raw).ok()??;
    let out = match edge {
        Edge::Start => snapped.start.min(span.end)..span.end,
        Edge::End => span.start..snapped.end.max(span.start),
    };
    (out.start < out.end && out != span).then_some(out)
}

/// [`nudge_edge_with`] without known boundaries ([`WordBreaks::RUNS`]).
pub fn nudge_edge(text: &Text, span: Range<usize>, edge: Edge, forward: bool) -> Option<Range<usize>> {
    nudge_edge_with(text, &WordBreaks::RUNS, span, edge, forward)
}

/// Moves one edge of `span` by a word: `forward` moves it towards the end of the text. The start
/// moves to the start of the next or previous word; the end to the end of the next word or of the
/// word before the span's last one. `None` when the span would not change or would be left empty.
pub fn nudge_edge_with(
    text: &Text,
    words: &WordBreaks,
    span: Range<usize>,
    edge: Edge,
    forward: bool,
) -> Option<Range<usize>> {
    let mut s = span.clone();
    match (edge, forward) {
        // An edge between two words of a script written without spaces: the neighbouring word is the
        // one right there (with spaces in between, the rules below find it).
        (Edge::End, true) if split_between_words(text, words, s.end) => s.end = word_end(text, words, s.end),
        (Edge::End, false) if split_between_words(text, words, prev_grapheme(text, s.end)) => {
            s.end = prev_grapheme(text, s.end)
        }
        (Edge::Start, false) if split_between_words(text, words, s.start) => {
            s.start = word_start(text, words, prev_grapheme(text, s.start))
        }
        (Edge::End, true) => {
            let next = next_word_boundary_with(text, words, s.end);
            s.end = word_at_with(text, words, next).map(|w| w.end).unwrap_or(next).max(s.end);
        }
        (Edge::End, false) => {
            let p = prev_word_boundary_with(text, words, s.end.saturating_sub(1));
            if let Some(w) = word_at_with(text, words, p.saturating_sub(1)) {
                s.end = w.end;
            }
        }
        (Edge::Start, true) => s.start = next_word_boundary_with(text, words, s.start),
        (Edge::Start, false) => s.start = prev_word_boundary_with(text, words, s.start.saturating_sub(1)),
    }
    (s.start < s.end && s != span).then_some(s)
}

/// The first word that starts at or after the boundary `cp` (after the word `cp` is inside, if any):
/// what "select the next word" picks after a selection ending at `cp`. Unlike
/// `word_at_with(next_word_boundary_with(cp))`, a word starting right at `cp` (two words of a script
/// written without spaces, side by side) is not skipped.
pub fn next_word_with(text: &Text, words: &WordBreaks, cp: usize) -> Option<Range<usize>> {
    let len = text.len_cp();
    let cp = text.grapheme_ceil(cp.min(len)).ok()?;
    let start = if is_word_at(text, cp) && !inside_word(text, words, cp) {
        cp
    } else {
        next_word_boundary_with(text, words, cp)
    };
    word_at_with(text, words, start).filter(|w| w.start >= cp)
}

/// The last word that ends at or before the boundary `cp` (before the word `cp` is inside, if any):
/// what "select the previous word" picks before a selection starting at `cp`.
pub fn prev_word_with(text: &Text, words: &WordBreaks, cp: usize) -> Option<Range<usize>> {
    let cp = text.grapheme_floor(cp.min(text.len_cp())).ok()?;
    let mut p = cp;
    if inside_word(text, words, p) {
        p = word_start(text, words, p);
    }
    while p > 0 && !is_word_at(text, prev_grapheme(text, p)) {
        p = prev_grapheme(text, p);
    }
    if p == 0 {
        return None;
    }
    Some(word_start(text, words, prev_grapheme(text, p))..p)
}

/// Whether `cp` is a word edge with a word on each side (only where segmentation splits a run).
fn split_between_words(text: &Text, words: &WordBreaks, cp: usize) -> bool {
    cp > 0
        && cp < text.len_cp()
        && is_word_at(text, cp)
        && is_word_at(text, prev_grapheme(text, cp))
        && !inside_word(text, words, cp)
}

/// Title-case abbreviations whose trailing `.` [`snap_to_words`] keeps (compared case-sensitively).
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Mt", "Gen", "Col", "Lt", "Sgt",
    "Capt", "Gov", "Sen", "Rep", "Rev", "Hon", "Fr", "No", "vs", "etc",
];

/// Punctuation trimmed from the edges of a word selection (besides whitespace and controls).
const TRIMMED: &str = "\"'“”‘’„‟‚‛«»‹›()[]{}<>〈〉《》「」『』【】（）［］,，、;；:：!！?？.。…-‐‑‒–—―\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}";

/// Whether `c` is trimmed from the edges of a word selection.
fn is_trimmable(c: char) -> bool {
    c.is_whitespace() || c.is_control() || TRIMMED.contains(c)
}

/// Whether the `.` at `dot` ends an abbreviation (see [`snap_to_words`]).
fn ends_abbreviation(text: &Text, words: &WordBreaks, dot: usize) -> bool {
    if dot == 0 {
        return false;
    }
    let letter = prev_grapheme(text, dot);
    if !text.char_at(letter).is_some_and(char::is_alphabetic) {
        return false;
    }
    if letter > 0 && text.char_at(prev_grapheme(text, letter)) == Some('.') {
        return true;
    }
    let ws = word_start(text, words, letter);
    let Ok(word) = text.slice_cp(ws..dot) else { return false };
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || ABBREVIATIONS.contains(&word)
}

/// Whether the grapheme starting at `cp` belongs to a word.
fn is_word_at(text: &Text, cp: usize) -> bool {
    text.char_at(cp).is_some_and(char::is_alphanumeric)
}

/// Whether the grapheme boundary `cp` lies inside a word: word graphemes on both sides, and no word
/// edge given between them (see the module docs).
fn inside_word(text: &Text, words: &WordBreaks, cp: usize) -> bool {
    if cp == 0 || cp >= text.len_cp() {
        return false;
    }
    let (Some(before), Some(after)) = (text.char_at(prev_grapheme(text, cp)), text.char_at(cp)) else {
        return false;
    };
    before.is_alphanumeric() && after.is_alphanumeric() && !words.separates(before, after, cp)
}

/// The grapheme boundary after the boundary `cp` (or the end of the text).
fn next_grapheme(text: &Text, cp: usize) -> usize {
    let len = text.len_cp();
    if cp >= len {
        return len;
    }
    text.grapheme_ceil(cp + 1).unwrap_or(len)
}

/// The grapheme boundary before the boundary `cp` (or 0).
fn prev_grapheme(text: &Text, cp: usize) -> usize {
    if cp == 0 {
        return 0;
    }
    text.grapheme_floor(cp.min(text.len_cp()) - 1).unwrap_or(0)
}

/// Start of the word containing the grapheme at `cp` (which must be a word grapheme).
fn word_start(text: &Text, words: &WordBreaks, mut cp: usize) -> usize {
    while inside_word(text, words, cp) {
        cp = prev_grapheme(text, cp);
    }
    cp
}

/// End of the word containing the grapheme at `cp` (`cp` itself when that grapheme is no word's).
fn word_end(text: &Text, words: &WordBreaks, cp: usize) -> usize {
    if cp >= text.len_cp() || !is_word_at(text, cp) {
        return cp;
    }
    let mut cp = next_grapheme(text, cp);
    while inside_word(text, words, cp) {
        cp = next_grapheme(text, cp);
    }
    cp
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str, sel: &str) -> Option<String> {
        let t = Text::from(s);
        let b = s.find(sel).expect("selection in text");
        let r = t.byte_range_to_cp(b..b + sel.len()).unwrap();
        snap_to_words(&t, r).unwrap().map(|r| t.slice_cp(r).unwrap().to_owned())
    }

    #[test]
    fn word_snapping_rules() {
        assert_eq!(words("of Tehran’s red lines", "Tehran").as_deref(), Some("Tehran"));
        assert_eq!(words("of Tehran’s red lines", "Tehra").as_deref(), Some("Tehran"));
        assert_eq!(words("of Tehran’s red lines", "f Tehr").as_deref(), Some("of Tehran"));
        assert_eq!(words("of Tehran’s red lines", "Tehran’").as_deref(), Some("Tehran"));
        assert_eq!(words("of Tehran’s red", "Tehran’s ").as_deref(), Some("Tehran’s"));
        assert_eq!(words("direct Iran–US talks", "Iran").as_deref(), Some("Iran"));
        assert_eq!(words("direct Iran–US talks", "ran–").as_deref(), Some("Iran"));
        assert_eq!(words("as “temporary” and", "“temporary”").as_deref(), Some("temporary"));
        assert_eq!(words("as 阿拉格齐 (Alaghezi)", "拉格").as_deref(), Some("阿拉格齐"));
        assert_eq!(words("as 阿拉格齐 (Alaghezi)", "阿拉格齐 (").as_deref(), Some("阿拉格齐"));
        assert_eq!(words("a, (—) b", ", (—) ").as_deref(), None);
        assert_eq!(words("the U.S. said", "U.S. ").as_deref(), Some("U.S."));
        assert_eq!(words("asked Mr. Smith", "Mr. ").as_deref(), Some("Mr."));
        assert_eq!(words("in Oman. Then", "Oman. ").as_deref(), Some("Oman"));
        assert_eq!(words("rose 5% today", "5% ").as_deref(), Some("5%"));
        assert_eq!(words("cafe\u{301} noir", "caf").as_deref(), Some("cafe\u{301}"));
    }

    #[test]
    fn empty_selection_in_word_picks_word() {
        let t = Text::from("hello world");
        assert_eq!(snap_to_words(&t, 8..8), Ok(Some(6..11)));
        assert_eq!(snap_to_words(&t, 5..5), Ok(None));
    }

    #[test]
    fn errors_are_typed() {
        let t = Text::from("abc");
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = 2..1;
        assert_eq!(snap_to_words(&t, reversed), Err(OffsetError::Reversed { start: 2, end: 1 }));
        assert!(matches!(snap_to_graphemes(&t, 0..9), Err(OffsetError::OutOfRange { pos: 9, .. })));
    }

    #[test]
    fn caret_moves_by_words() {
        let t = Text::from("Iran–US talks, 阿拉格齐.");
        assert_eq!(next_word_boundary(&t, 0), 5);
        assert_eq!(next_word_boundary(&t, 5), 8);
        assert_eq!(next_word_boundary(&t, 8), 15);
        assert_eq!(next_word_boundary(&t, 15), t.len_cp());
        assert_eq!(prev_word_boundary(&t, t.len_cp()), 15);
        assert_eq!(prev_word_boundary(&t, 15), 8);
        assert_eq!(prev_word_boundary(&t, 10), 8);
        assert_eq!(prev_word_boundary(&t, 2), 0);
        assert_eq!(word_at(&t, 2), Some(0..4));
        assert_eq!(word_at(&t, 4), Some(0..4));
        assert_eq!(word_at(&t, 13), Some(8..13));
        assert_eq!(word_at(&t, 14), None);
        assert_eq!(word_at(&t, 99), None);
    }

    fn dragged(s: &str, span: &str, edge: Edge, to_before: &str) -> Option<String> {
        // `to_before`: the pointer lands right after the first occurrence of this prefix of `s`.
        let t = Text::from(s);
        let b = s.find(span).expect("span in text");
        let r = t.byte_range_to_cp(b..b + span.len()).unwrap();
        let to = t.byte_range_to_cp(0..to_before.len()).unwrap().end;
        drag_edge(&t, r, edge, to).map(|r| t.slice_cp(r).unwrap().to_owned())
    }

    #[test]
    fn dragging_an_edge_snaps_to_the_nearest_word_edge() {
        let s = "talks in New York City, said 阿拉格齐 today";
        // Grow the start to the left, landing inside "New" nearer its start.
        assert_eq!(dragged(s, "York City", Edge::Start, "talks in N").as_deref(), Some("New York City"));
        // Landing in "York" nearer its end shrinks past it.
        assert_eq!(dragged(s, "New York City", Edge::Start, "talks in New Yor").as_deref(), Some("City"));
        // Whitespace and punctuation at the dragged edge are trimmed.
        assert_eq!(dragged(s, "New York", Edge::End, "talks in New York City, ").as_deref(), Some("New York City"));
        assert_eq!(dragged(s, "New", Edge::End, "talks in New York Ci").as_deref(), Some("New York"));
        assert_eq!(dragged(s, "New", Edge::End, "talks in New York Cit").as_deref(), Some("New York City"));
        // CJK: a whole word, never a split character.
        assert_eq!(
            dragged(s, "said", Edge::End, "talks in New York City, said 阿拉格").as_deref(),
            Some("said 阿拉格齐")
        );
        // Past the other edge: the last (or first) word stays.
        assert_eq!(dragged(s, "New York City", Edge::Start, "talks in New York City, said").as_deref(), Some("City"));
        assert_eq!(dragged(s, "New York City", Edge::End, "talks").as_deref(), Some("New"));
        // No change.
        assert_eq!(dragged(s, "New York", Edge::End, "talks in New York").as_deref(), None);
        assert_eq!(dragged(s, "New York", Edge::End, "talks in New Yor"), None);
        // A tie inside a word goes to its start.
        assert_eq!(dragged(s, "New York", Edge::End, "talks in New Yo").as_deref(), Some("New"));
    }

    #[test]
    fn dragging_keeps_the_other_edge_and_handles_odd_input() {
        let t = Text::from("ab cd ef");
        // An imported span that starts inside a word keeps that start.
        assert_eq!(drag_edge(&t, 1..5, Edge::End, 8), Some(1..8));
        assert_eq!(drag_edge(&t, 4..4, Edge::End, 8), None);
        assert_eq!(drag_edge(&t, 0..99, Edge::End, 8), None);
        assert_eq!(drag_edge(&t, 3..5, Edge::Start, 999), None);
        assert_eq!(drag_edge(&t, 3..5, Edge::End, 999), Some(3..8));
        let e = Text::from("x 👩‍👩‍👧 y");
        // Dragging onto an emoji sequence never splits it: inside it counts as before it.
        for to in 0..=e.len_cp() {
            let got = drag_edge(&e, 0..1, Edge::End, to);
            assert!(got.as_ref().is_none_or(|r| r.end == 7 || r.end == 9), "{to}: {got:?}");
        }
        assert_eq!(drag_edge(&e, 0..1, Edge::End, 5), None);
        assert_eq!(drag_edge(&e, 0..1, Edge::End, 7), Some(0..7));
    }

    #[test]
    fn nudging_moves_an_edge_by_a_word() {
        let t = Text::from("one two three four");
        assert_eq!(nudge_edge(&t, 4..7, Edge::End, true), Some(4..13));
        assert_eq!(nudge_edge(&t, 4..13, Edge::End, false), Some(4..7));
        assert_eq!(nudge_edge(&t, 4..7, Edge::End, false), None);
        assert_eq!(nudge_edge(&t, 4..7, Edge::Start, false), Some(0..7));
        assert_eq!(nudge_edge(&t, 0..7, Edge::Start, true), Some(4..7));
        assert_eq!(nudge_edge(&t, 4..7, Edge::Start, true), None);
        assert_eq!(nudge_edge(&t, 14..18, Edge::End, true), None);
    }
}

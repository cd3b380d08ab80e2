//! Snapping, the keyboard caret, drag handles and nudges in mixed Latin / CJK / Thai text, with the word
//! boundaries given as data (as `Intl.Segmenter` or ICU4X would give them), plus properties: snapping never
//! widens a selection beyond the boundaries it is given, never splits a grapheme, and never changes for
//! scripts written with spaces.

use proptest::prelude::*;
use spandrel_core::search::{find_all, find_all_with, SearchOptions};
use spandrel_core::snap::{
    drag_edge, drag_edge_with, next_word_boundary, next_word_boundary_with, next_word_with, nudge_edge,
    nudge_edge_with, prev_word_boundary, prev_word_boundary_with, prev_word_with, snap_to_graphemes, snap_to_words,
    snap_to_words_with, word_at, word_at_with, Edge,
};
use spandrel_core::words::WordBreaks;
use spandrel_core::Text;
use std::ops::Range;

/// A text and its boundaries from a segmentation written as `word|word|…` (the bars are not in the text).
fn seg(segmented: &str) -> (Text, WordBreaks) {
    let text = Text::from(segmented.replace('|', ""));
    let mut bounds = vec![0];
    let mut cp = 0;
    for piece in segmented.split('|') {
        cp += piece.chars().count();
        bounds.push(cp);
    }
    let b = WordBreaks::from_boundaries(&text, bounds).unwrap();
    (text, b)
}

/// The code point range of the first occurrence of `needle`.
fn find(t: &Text, needle: &str) -> Range<usize> {
    let b = t.as_str().find(needle).unwrap_or_else(|| panic!("{needle:?} in {t:?}"));
    t.byte_range_to_cp(b..b + needle.len()).unwrap()
}

fn covered(t: &Text, r: Option<Range<usize>>) -> Option<String> {
    r.map(|r| t.slice_cp(r).unwrap().to_owned())
}

/// (segmented text, selection, expected snapped text)
const SNAPS: &[(&str, &str, Option<&str>)] = &[
    // Chinese: the sentence.
    ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "阿拉格齐", Some("阿拉格齐")),
    ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "拉格", Some("阿拉格齐")),
    ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "长阿", Some("外长阿拉格齐")),
    ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "结束。", Some("结束")),
    ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "，", None),
    // Japanese.
    ("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。", "大阪", Some("大阪")),
    ("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。", "阪", Some("大阪")),
    ("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。", "曜", Some("月曜日")),
    ("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。", "東京", Some("東京")),
    // Thai: "I went to Bangkok yesterday".
    ("ฉัน|ไป|กรุงเทพมหานคร|เมื่อ|วาน|นี้", "กรุงเทพมหานคร", Some("กรุงเทพมหานคร")),
    ("ฉัน|ไป|กรุงเทพมหานคร|เมื่อ|วาน|นี้", "เทพ", Some("กรุงเทพมหานคร")),
    ("ฉัน|ไป|กรุงเทพมหานคร|เมื่อ|วาน|นี้", "ไป", Some("ไป")),
    // Mixed: each name is its own word.
    ("Iran's| |foreign| |minister| |阿拉格齐| |(|Alaghezi|)", "阿拉格齐", Some("阿拉格齐")),
    ("Iran's| |foreign| |minister| |阿拉格齐| |(|Alaghezi|)", "Alaghezi", Some("Alaghezi")),
    ("Iran's| |foreign| |minister| |阿拉格齐| |(|Alaghezi|)", "ran", Some("Iran")),
    ("伊朗|外长|阿拉格齐|（|Alaghezi|）|表示", "阿拉格齐", Some("阿拉格齐")),
    ("伊朗|外长|阿拉格齐|（|Alaghezi|）|表示", "Alaghezi", Some("Alaghezi")),
    ("伊朗|外长|阿拉格齐|（|Alaghezi|）|表示", "ghez", Some("Alaghezi")),
    ("伊朗|外长|阿拉格齐|（|Alaghezi|）|表示", "格齐（Ala", Some("阿拉格齐（Alaghezi")),
    // Han glued to Latin: the segmenter's edge is a word edge.
    ("阿拉格齐|Alaghezi", "Alag", Some("Alaghezi")),
    ("阿拉格齐|Alaghezi", "格", Some("阿拉格齐")),
    // Digits and Han, as ICU and Intl.Segmenter split them.
    ("2026|年|3|月|1|日", "3月", Some("3月")),
    ("2026|年|3|月|1|日", "月", Some("月")),
    ("2026|年|3|月|1|日", "02", Some("2026")),
    // Scripts with spaces ignore the boundaries, even odd ones.
    ("of| |Teh|ran’s| |red| |lines", "Tehra", Some("Tehran")),
    ("of| |Teh|ran’s| |red| |lines", "Tehran’", Some("Tehran")),
    ("the| |U.S|.| |said", "U.S. ", Some("U.S.")),
    // Emoji stay whole.
    ("跑|🏃‍♂️|步", "🏃", Some("🏃‍♂️")),
];

#[test]
fn snapping_with_given_boundaries() {
    for &(segmented, sel, want) in SNAPS {
        let (t, b) = seg(segmented);
        let got = covered(&t, snap_to_words_with(&t, &b, find(&t, sel)).unwrap());
        assert_eq!(got.as_deref(), want, "{segmented:?} selecting {sel:?}");
    }
    // Issue 17: without boundaries, the whole run up to the punctuation was labelled.
    for (segmented, sel, before) in [
        ("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。", "阿拉格齐", "伊朗外长阿拉格齐表示"),
        ("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。", "大阪", "東京都知事は月曜日に大阪を訪問した"),
        ("ฉัน|ไป|กรุงเทพมหานคร|เมื่อ|วาน|นี้", "กรุงเทพมหานคร", "ฉันไปกรุงเทพมหานครเมื่อวานนี้"),
    ] {
        let (t, _) = seg(segmented);
        assert_eq!(covered(&t, snap_to_words(&t, find(&t, sel)).unwrap()).as_deref(), Some(before));
    }
}

#[test]
fn without_known_boundaries_a_selection_is_never_widened() {
    // (text, selection, expected) with WordBreaks::NONE.
    let cases: &[(&str, &str, &str)] = &[
        ("伊朗外长阿拉格齐表示，会谈暂时结束。", "拉格", "拉格"),
        ("伊朗外长阿拉格齐表示，会谈暂时结束。", "阿拉格齐", "阿拉格齐"),
        ("東京都知事は月曜日に大阪を訪問した。", "大阪を", "大阪を"),
        ("ฉันไปกรุงเทพมหานครเมื่อวานนี้", "เทพ", "เทพ"),
        // Graphemes still snap: a Thai vowel mark never loses its consonant.
        ("ฉันไป", "\u{e31}น", "ฉัน"),
        // And scripts with spaces still snap to words.
        ("as 阿拉格齐 (Alaghezi) said", "laghe", "Alaghezi"),
        ("as 阿拉格齐 (Alaghezi) said", "格齐 (", "格齐"),
    ];
    for &(s, sel, want) in cases {
        let t = Text::from(s);
        let got = covered(&t, snap_to_words_with(&t, &WordBreaks::NONE, find(&t, sel)).unwrap());
        assert_eq!(got.as_deref(), Some(want), "{s:?} selecting {sel:?}");
    }
    // Boundaries known for one paragraph only: the other is kept as selected.
    let t = Text::from("伊朗外长阿拉格齐表示\n伊朗外长阿拉格齐表示");
    let b = WordBreaks::from_boundaries(&t, [0, 2, 4, 8, 10]).unwrap();
    assert_eq!(snap_to_words_with(&t, &b, 5..7), Ok(Some(4..8)));
    assert_eq!(snap_to_words_with(&t, &b, 16..18), Ok(Some(16..18)));
}

#[test]
fn double_click_picks_the_dictionary_word() {
    let (t, b) = seg("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。");
    let at = |needle: &str| covered(&t, word_at_with(&t, &b, find(&t, needle).start));
    assert_eq!(at("大").as_deref(), Some("大阪"));
    assert_eq!(at("阪").as_deref(), Some("大阪"));
    assert_eq!(at("知").as_deref(), Some("都知事"));
    assert_eq!(at("。").as_deref(), Some("した"));
    // At an edge between two words, the word that starts there.
    assert_eq!(covered(&t, word_at_with(&t, &b, find(&t, "を").start)).as_deref(), Some("を"));
}

#[test]
fn the_caret_moves_word_by_word() {
    let (t, b) = seg("伊朗|外长|阿拉格齐|表示|，|会谈|暂时|结束|。");
    let mut stops = vec![0];
    while *stops.last().unwrap() < t.len_cp() {
        stops.push(next_word_boundary_with(&t, &b, *stops.last().unwrap()));
    }
    assert_eq!(stops, [0, 2, 4, 8, 11, 13, 15, 18]);
    let mut back = vec![t.len_cp()];
    while *back.last().unwrap() > 0 {
        back.push(prev_word_boundary_with(&t, &b, *back.last().unwrap()));
    }
    assert_eq!(back, [18, 15, 13, 11, 8, 4, 2, 0]);
    let (t, b) = seg("ฉัน| |ไป|กรุงเทพมหานคร");
    assert_eq!(next_word_boundary_with(&t, &b, 0), 4);
    assert_eq!(next_word_boundary_with(&t, &b, 4), 6);
    assert_eq!(prev_word_boundary_with(&t, &b, t.len_cp()), 6);
    assert_eq!(prev_word_boundary_with(&t, &b, 10), 6);
}

#[test]
fn next_and_previous_word_do_not_skip_a_neighbour() {
    let (t, b) = seg("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。");
    let osaka = find(&t, "大阪");
    let text = |r: Option<Range<usize>>| covered(&t, r);
    assert_eq!(text(next_word_with(&t, &b, osaka.end)).as_deref(), Some("を"));
    assert_eq!(text(prev_word_with(&t, &b, osaka.start)).as_deref(), Some("に"));
    assert_eq!(text(next_word_with(&t, &b, 0)).as_deref(), Some("東京"));
    assert_eq!(text(next_word_with(&t, &b, 1)).as_deref(), Some("都知事"));
    assert_eq!(text(prev_word_with(&t, &b, t.len_cp())).as_deref(), Some("した"));
    assert_eq!(prev_word_with(&t, &b, 1), None);
    assert_eq!(next_word_with(&t, &b, 17), None);
    // With spaces, as the app's keys did it: the word after the gap.
    let t = Text::from("one, two three");
    assert_eq!(next_word_with(&t, &WordBreaks::RUNS, 3), Some(5..8));
    assert_eq!(prev_word_with(&t, &WordBreaks::RUNS, 5), Some(0..3));
    assert_eq!(prev_word_with(&t, &WordBreaks::RUNS, 6), Some(0..3));
}

#[test]
fn drag_handles_and_nudges_land_on_given_words() {
    let (t, b) = seg("東京|都知事|は|月曜日|に|大阪|を|訪問|した|。");
    let osaka = find(&t, "大阪");
    let text = |r: Option<Range<usize>>| covered(&t, r);
    // Dragging the end to the end of 訪問 takes 大阪を訪問.
    let to = find(&t, "訪問").start + 1;
    assert_eq!(text(drag_edge_with(&t, &b, osaka.clone(), Edge::End, to + 1)).as_deref(), Some("大阪を訪問"));
    // Into its middle (a tie goes to the start): 大阪を.
    assert_eq!(text(drag_edge_with(&t, &b, osaka.clone(), Edge::End, to)).as_deref(), Some("大阪を"));
    assert_eq!(text(nudge_edge_with(&t, &b, osaka.clone(), Edge::End, true)).as_deref(), Some("大阪を"));
    assert_eq!(text(nudge_edge_with(&t, &b, osaka.clone(), Edge::Start, false)).as_deref(), Some("に大阪"));
    let big = find(&t, "大阪を訪問");
    assert_eq!(text(nudge_edge_with(&t, &b, big.clone(), Edge::End, false)).as_deref(), Some("大阪を"));
    assert_eq!(text(nudge_edge_with(&t, &b, big, Edge::Start, true)).as_deref(), Some("を訪問"));
    // One-character words on either side are not skipped.
    let osaka_wo = find(&t, "大阪を");
    assert_eq!(text(nudge_edge_with(&t, &b, osaka_wo.clone(), Edge::End, false)).as_deref(), Some("大阪"));
    let ni_osaka = find(&t, "大阪を");
    assert_eq!(text(nudge_edge_with(&t, &b, ni_osaka, Edge::Start, false)).as_deref(), Some("に大阪を"));
    let getsu = find(&t, "月曜日に");
    assert_eq!(text(nudge_edge_with(&t, &b, getsu, Edge::Start, false)).as_deref(), Some("は月曜日に"));
}

// ---------------------------------------------------------------------------------------------------------
// Properties.

/// Pieces of scripts written with spaces only (words are alphanumeric runs, boundaries must not matter).
const SPACED: &[&str] = &[
    "a",
    "Te",
    "hr",
    "an",
    "é",
    "e\u{301}",
    "Я",
    "ب",
    "한",
    "1",
    "9",
    " ",
    " ",
    ".",
    ",",
    "’",
    "'",
    "-",
    "–",
    "(",
    ")",
    "$",
    "%",
    "🏃\u{200d}♂\u{fe0f}",
    "🌧\u{fe0f}",
    "🇮🇷",
    "\n",
    "U.S.",
    "Mr",
    "J",
];

/// Pieces whose word characters are all of scripts written without spaces.
const UNSPACED: &[&str] = &[
    "阿",
    "拉",
    "格",
    "齐",
    "東",
    "京",
    "都",
    "は",
    "ア",
    "ー",
    "々",
    "ก",
    "รุ",
    "ง",
    "เ",
    "ท",
    "พ",
    "ไ",
    "ป",
    "ฉั",
    "น",
    "，",
    "。",
    "（",
    "）",
    " ",
    "🏃\u{200d}♂\u{fe0f}",
    "🌧\u{fe0f}",
    "\n",
    "、",
];

fn text_from(pool: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pool), 0..max).prop_map(|v| v.concat())
}

/// A text, a random set of boundaries covering it (as code points), and a selection.
fn case(pool: &'static [&'static str]) -> impl Strategy<Value = (Text, WordBreaks, Range<usize>)> {
    text_from(pool, 24).prop_flat_map(|s| {
        let t = Text::from(s);
        let n = t.len_cp();
        (Just(t), prop::collection::vec(any::<bool>(), n + 1), 0..=n, 0..=n).prop_map(|(t, keep, a, b)| {
            let bounds = (0..=t.len_cp()).filter(|&i| i == 0 || i == t.len_cp() || keep[i]);
            let wb = WordBreaks::from_boundaries(&t, bounds).unwrap();
            (t, wb, a.min(b)..a.max(b))
        })
    })
}

fn on_graphemes(t: &Text, r: &Range<usize>) -> bool {
    t.is_grapheme_boundary(r.start) == Ok(true) && t.is_grapheme_boundary(r.end) == Ok(true)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Scripts with spaces: every function gives exactly what it gave before boundaries existed.
    #[test]
    fn spaced_scripts_ignore_the_boundaries((t, b, r) in case(SPACED), cp in 0usize..40, fwd: bool) {
        prop_assert_eq!(snap_to_words_with(&t, &b, r.clone()), snap_to_words(&t, r.clone()));
        prop_assert_eq!(snap_to_words_with(&t, &WordBreaks::NONE, r.clone()), snap_to_words(&t, r.clone()));
        prop_assert_eq!(word_at_with(&t, &b, cp), word_at(&t, cp));
        prop_assert_eq!(next_word_boundary_with(&t, &b, cp), next_word_boundary(&t, cp));
        prop_assert_eq!(prev_word_boundary_with(&t, &b, cp), prev_word_boundary(&t, cp));
        if r.start < r.end {
            for edge in [Edge::Start, Edge::End] {
                prop_assert_eq!(drag_edge_with(&t, &b, r.clone(), edge, cp), drag_edge(&t, r.clone(), edge, cp));
                prop_assert_eq!(nudge_edge_with(&t, &b, r.clone(), edge, fwd), nudge_edge(&t, r.clone(), edge, fwd));
            }
        }
    }

    /// Scripts with spaces: "whole word" search finds exactly what it found before boundaries existed.
    #[test]
    fn spaced_search_ignores_the_boundaries((t, b, _) in case(SPACED), needle in text_from(SPACED, 3), ci: bool) {
        let o = SearchOptions { whole_word: true, case_insensitive: ci };
        prop_assert_eq!(find_all_with(&t, &b, &needle, o), find_all(&t, &needle, o));
    }

    /// Unspaced scripts: a whole-word hit starts and ends on given boundaries (or non-word characters).
    #[test]
    fn whole_word_hits_sit_on_given_boundaries((t, b, r) in case(UNSPACED)) {
        let needle = t.slice_cp(r).unwrap().to_owned();
        let o = SearchOptions { whole_word: true, case_insensitive: false };
        let edges: Vec<usize> =
            std::iter::once(0).chain(b.segments().iter().map(|s| s.end)).chain([t.len_cp()]).collect();
        let word = |p: usize| t.char_at(p).is_some_and(char::is_alphanumeric);
        for hit in find_all_with(&t, &b, &needle, o) {
            for p in [hit.start, hit.end] {
                let inner = p > 0 && word(p - 1) && word(p);
                prop_assert!(!inner || edges.contains(&p), "{:?} cuts a given word at {}", hit, p);
            }
        }
    }

    /// Unspaced scripts: a snapped selection stays within the given segments its edges fall in, and
    /// never splits a grapheme.
    #[test]
    fn snapping_never_widens_beyond_the_given_boundaries((t, b, r) in case(UNSPACED)) {
        let g = snap_to_graphemes(&t, r.clone()).unwrap();
        let edges: Vec<usize> =
            std::iter::once(0).chain(b.segments().iter().map(|s| s.end)).chain([t.len_cp()]).collect();
        let lo = edges.iter().copied().filter(|&e| e <= g.start).max().unwrap_or(0);
        // A caret (empty selection) picks the word it is in front of: up to the next edge.
        let hi = edges.iter().copied().filter(|&e| e >= g.end && (e > g.end || !g.is_empty())).min().unwrap_or(t.len_cp());
        if let Some(got) = snap_to_words_with(&t, &b, r.clone()).unwrap() {
            prop_assert!(on_graphemes(&t, &got), "{:?} splits a grapheme", got);
            prop_assert!(lo <= got.start && got.end <= hi, "{:?} is wider than {}..{} ({:?})", got, lo, hi, b);
        }
        // With no boundaries known, never wider than the grapheme-snapped selection (a caret: its grapheme).
        let g1 = if g.is_empty() && g.end < t.len_cp() { snap_to_graphemes(&t, g.start..g.start + 1).unwrap() } else { g.clone() };
        if let Some(got) = snap_to_words_with(&t, &WordBreaks::NONE, r.clone()).unwrap() {
            prop_assert!(on_graphemes(&t, &got));
            prop_assert!(g1.start <= got.start && got.end <= g1.end, "{:?} is wider than {:?}", got, g1);
        }
    }

    /// Whatever the text and boundaries, results sit on grapheme boundaries.
    #[test]
    fn nothing_splits_a_grapheme((t, b, r) in case(UNSPACED), cp in 0usize..40, fwd: bool) {
        let n = t.len_cp();
        if let Some(w) = word_at_with(&t, &b, cp) {
            prop_assert!(on_graphemes(&t, &w) && w.start < w.end);
        }
        let next = next_word_boundary_with(&t, &b, cp);
        let prev = prev_word_boundary_with(&t, &b, cp);
        prop_assert!(t.is_grapheme_boundary(next) == Ok(true) && (next > cp.min(n) || next == n));
        prop_assert!(t.is_grapheme_boundary(prev) == Ok(true) && (prev < cp.min(n) || prev == 0));
        let r = snap_to_graphemes(&t, r).unwrap();
        if r.start < r.end {
            for edge in [Edge::Start, Edge::End] {
                if let Some(d) = drag_edge_with(&t, &b, r.clone(), edge, cp) {
                    prop_assert!(on_graphemes(&t, &d) && d.start < d.end, "{:?}", d);
                }
                if let Some(d) = nudge_edge_with(&t, &b, r.clone(), edge, fwd) {
                    prop_assert!(on_graphemes(&t, &d) && d.start < d.end, "{:?}", d);
                }
            }
        }
    }
}

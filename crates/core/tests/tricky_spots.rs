//! Table-driven checks on the sample document's hard spots: CJK, curly apostrophes, en dashes,
//! curly quotes. Offsets are checked against counts computed independently of `Text`.

use spandrel_core::snap::{snap_to_words, word_at};
use spandrel_core::text::Text;

const SAMPLE: &str = include_str!("../../../assets/muscat-talks.txt");

/// (context to find, selection inside the context, expected snapped text)
const CASES: &[(&str, &str, &str)] = &[
    ("as 阿拉格齐 (Alaghezi)", "拉格", "阿拉格齐"),
    ("as 阿拉格齐 (Alaghezi)", "阿拉格齐 (", "阿拉格齐"),
    ("as 阿拉格齐 (Alaghezi)", "阿拉格齐", "阿拉格齐"),
    ("as 阿拉格齐 (Alaghezi)", "齐 (Ala", "阿拉格齐 (Alaghezi"),
    ("of Tehran’s red", "Tehran", "Tehran"),
    ("of Tehran’s red", "Tehra", "Tehran"),
    ("of Tehran’s red", "Tehran’", "Tehran"),
    ("of Tehran’s red", "Tehran’s", "Tehran’s"),
    ("of Tehran’s red", "ehran’s r", "Tehran’s red"),
    ("sensitive Iran–US diplomacy", "Iran", "Iran"),
    ("sensitive Iran–US diplomacy", "Iran–", "Iran"),
    ("sensitive Iran–US diplomacy", "ran–U", "Iran–US"),
    ("sensitive Iran–US diplomacy", "–US", "US"),
    ("described as “temporary” and", "“temporary”", "temporary"),
    ("described as “temporary” and", "emporar", "temporary"),
    ("described as “temporary” and", " “temporary” ", "temporary"),
    ("Oman’s capital", "Oman’s capital", "Oman’s capital"),
    ("Washington—and to", "Washington—", "Washington"),
];

/// Independent count of code points and UTF-16 units before byte `b`.
fn independent(b: usize) -> (usize, usize) {
    (SAMPLE[..b].chars().count(), SAMPLE[..b].encode_utf16().count())
}

#[test]
fn sample_offsets_and_snapping() {
    let text = Text::from(SAMPLE);
    for &(context, selection, want) in CASES {
        let ctx_b = SAMPLE.find(context).unwrap_or_else(|| panic!("{context:?} not in the sample"));
        let sel_b = ctx_b + context.find(selection).unwrap_or_else(|| panic!("{selection:?} not in {context:?}"));
        let sel_e = sel_b + selection.len();

        let start = text.byte_to_cp(sel_b).unwrap();
        let end = text.byte_to_cp(sel_e).unwrap();
        assert_eq!((start, text.cp_to_utf16(start).unwrap()), independent(sel_b), "start of {selection:?}");
        assert_eq!((end, text.cp_to_utf16(end).unwrap()), independent(sel_e), "end of {selection:?}");
        assert_eq!(text.slice_cp(start..end).unwrap(), selection);
        let (_, u16_start) = independent(sel_b);
        assert_eq!(text.utf16_to_cp(u16_start).unwrap(), start);

        let snapped = snap_to_words(&text, start..end).unwrap().unwrap_or_else(|| panic!("{selection:?} vanished"));
        assert_eq!(text.slice_cp(snapped.clone()).unwrap(), want, "snapping {selection:?} in {context:?}");
        // The snapped range, counted independently.
        let want_b = ctx_b + context.find(want).unwrap();
        assert_eq!(snapped.start, independent(want_b).0);
        assert_eq!(snapped.end, independent(want_b + want.len()).0);
    }
}

#[test]
fn cjk_name_is_one_word_of_four_code_points() {
    let text = Text::from(SAMPLE);
    let b = SAMPLE.find("阿拉格齐").unwrap();
    let cp = text.byte_to_cp(b).unwrap();
    assert_eq!(word_at(&text, cp + 2), Some(cp..cp + 4));
    // Each ideograph is 3 UTF-8 bytes and 1 UTF-16 unit.
    assert_eq!(text.cp_to_byte(cp + 4).unwrap() - text.cp_to_byte(cp).unwrap(), 12);
    assert_eq!(text.cp_to_utf16(cp + 4).unwrap() - text.cp_to_utf16(cp).unwrap(), 4);
}

#[test]
fn punctuation_only_selection_is_none() {
    let text = Text::from(SAMPLE);
    let b = SAMPLE.find("“temporary”").unwrap();
    let open = text.byte_to_cp(b).unwrap();
    assert_eq!(snap_to_words(&text, open..open + 1).unwrap(), None);
}

//! Search: whole-word and case-insensitive hits on the sample article, checked against independent scans.

use proptest::prelude::*;
use spandrel_core::model::{Annotation, Document, Origin, Span, SpanState};
use spandrel_core::search::{find_all, label_all_candidates, SearchOptions};
use spandrel_core::text::Text;

const SAMPLE: &str = include_str!("../../../assets/muscat-talks.txt");

const WHOLE: SearchOptions = SearchOptions { case_insensitive: false, whole_word: true };
const PLAIN: SearchOptions = SearchOptions { case_insensitive: false, whole_word: false };

/// Independent reference: walk `char_indices`, compare the string at each char boundary, count code points.
fn reference_whole_word(s: &str, needle: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = needle.chars().count();
    let mut out = Vec::new();
    let mut cp = 0;
    while cp < chars.len() {
        let b = chars[cp].0;
        let before_ok = cp == 0 || !chars[cp - 1].1.is_alphanumeric();
        let after_ok = chars.get(cp + n).is_none_or(|(_, c)| !c.is_alphanumeric());
        if s[b..].starts_with(needle) && before_ok && after_ok {
            out.push(Span::new(cp, cp + n));
            cp += n;
        } else {
            cp += 1;
        }
    }
    out
}

#[test]
fn whole_word_iran_on_the_sample() {
    let t = Text::from(SAMPLE);
    let hits = find_all(&t, "Iran", WHOLE);
    assert_eq!(hits, reference_whole_word(SAMPLE, "Iran"));
    // The sample has "Iran and", "Iran's", "Iran–US" twice, "that Iran will": 5 whole-word hits; "Iranian"
    // does not occur, and the plain search finds the same 5 (no "Iran" inside a longer word).
    assert_eq!(hits.len(), 5);
    for h in &hits {
        assert_eq!(t.slice_cp(h.range()), Ok("Iran"));
    }
    let followers: Vec<char> = hits.iter().filter_map(|h| t.char_at(h.end)).collect();
    assert!(followers.contains(&'\''), "Iran's counts");
    assert!(followers.contains(&'–'), "Iran–US counts");
    assert_eq!(find_all(&t, "Iran", PLAIN), hits);
}

#[test]
fn whole_word_excludes_longer_words() {
    let t = Text::from("Iranian Iran Iran’s Iran–US xIran Iran9 _Iran");
    let hits = find_all(&t, "Iran", WHOLE);
    // "_" is not alphanumeric, so "_Iran" counts; "xIran" and "Iran9" do not.
    assert_eq!(hits, vec![Span::new(8, 12), Span::new(13, 17), Span::new(20, 24), Span::new(41, 45)]);
    assert_eq!(hits, reference_whole_word(t.as_str(), "Iran"));
    assert_eq!(find_all(&t, "Iran", PLAIN).len(), 7);
}

#[test]
fn offsets_are_code_points_after_non_ascii_text() {
    let t = Text::from(SAMPLE);
    // "Alaghezi" follows "阿拉格齐 (": its code point offset is far below its byte offset.
    let hits = find_all(&t, "Alaghezi", WHOLE);
    assert_eq!(hits.len(), 1);
    let byte = SAMPLE.find("Alaghezi").unwrap();
    assert_eq!(hits[0].start, SAMPLE[..byte].chars().count());
    assert_ne!(hits[0].start, byte);
    assert_eq!(t.slice_cp(hits[0].range()), Ok("Alaghezi"));
    let cjk = find_all(&t, "阿拉格齐", PLAIN);
    assert_eq!(cjk.len(), 1);
    assert_eq!(cjk[0].len(), 4);
}

#[test]
fn case_insensitive_is_unicode_aware_with_exact_offsets() {
    let t = Text::from("ÉCOLE école École — ΣΟΦΙΑ σοφια Straße STRASSE");
    let ci = SearchOptions { case_insensitive: true, whole_word: true };
    let hits = find_all(&t, "école", ci);
    assert_eq!(hits, vec![Span::new(0, 5), Span::new(6, 11), Span::new(12, 17)]);
    let greek = find_all(&t, "σοφια", ci);
    assert_eq!(greek.len(), 2);
    for h in &greek {
        assert_eq!(h.len(), 5);
    }
    // "ß" has no one-code-point uppercase, so "STRASSE" (7 code points) never matches "Straße" (6).
    assert_eq!(find_all(&t, "strasse", ci).len(), 1);
    assert_eq!(find_all(&t, "straße", ci).len(), 1);
    // Case-sensitive search is exact.
    assert_eq!(find_all(&t, "école", WHOLE), vec![Span::new(6, 11)]);
}

#[test]
fn case_insensitive_on_the_sample() {
    let t = Text::from(SAMPLE);
    let ci = SearchOptions { case_insensitive: true, whole_word: true };
    let lower = SAMPLE.to_lowercase(); // the sample's lowercase form has the same code point count
    assert_eq!(lower.chars().count(), t.len_cp());
    assert_eq!(find_all(&t, "THE TALKS", ci), reference_whole_word(&lower, "the talks"));
    assert!(!find_all(&t, "the talks", ci).is_empty());
}

#[test]
fn empty_needle_and_empty_text_find_nothing() {
    assert!(find_all(&Text::from(SAMPLE), "", PLAIN).is_empty());
    assert!(find_all(&Text::from(""), "a", PLAIN).is_empty());
    assert!(find_all(&Text::from("ab"), "abc", PLAIN).is_empty());
}

fn annotate(doc: &mut Document, span: Span, label: &str, state: SpanState) {
    let id = doc.next_id;
    doc.next_id += 1;
    doc.annotations.insert(
        id,
        Annotation {
            id,
            span,
            label: label.into(),
            note: String::new(),
            attributes: Default::default(),
            origin: Origin::Manual,
            state,
            rev: 0,
        },
    );
}

#[test]
fn label_all_skips_existing_and_accepted_overlaps() {
    let mut doc = Document::new("d", "", SAMPLE, 0);
    let oman = find_all(&doc.text, "Oman", WHOLE);
    assert_eq!(oman.len(), 3, "Oman’s capital, Oman has, Oman’s facilitation");
    // 0: already GPE (suggested) at that exact span → skipped.
    annotate(&mut doc, oman[0], "GPE", SpanState::Suggested);
    // 1: inside an accepted ORG span → skipped.
    annotate(&mut doc, Span::new(oman[1].start, oman[1].end + 4), "ORG", SpanState::Accepted);
    // 2: overlapped only by a rejected span of another label → still a candidate.
    annotate(&mut doc, Span::new(oman[2].start, oman[2].end + 2), "LOC", SpanState::Rejected);
    assert_eq!(label_all_candidates(&doc, "Oman", WHOLE, "GPE"), vec![oman[2]]);
    // Another label at the suggested span is fine: the suggestion is not accepted.
    assert_eq!(label_all_candidates(&doc, "Oman", WHOLE, "LOC"), vec![oman[0], oman[2]]);
}

/// Naive leftmost non-overlapping scan over code points, for the property test.
fn naive(hay: &[char], pat: &[char], eq: impl Fn(char, char) -> bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while !pat.is_empty() && i + pat.len() <= hay.len() {
        if hay[i..i + pat.len()].iter().zip(pat).all(|(&a, &b)| eq(a, b)) {
            out.push(Span::new(i, i + pat.len()));
            i += pat.len();
        } else {
            i += 1;
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn matches_a_naive_scan(hay in "[abAB é😀İi]{0,60}", pat in "[abAB é😀İi]{0,4}") {
        let t = Text::from(hay.as_str());
        let h: Vec<char> = hay.chars().collect();
        let p: Vec<char> = pat.chars().collect();
        prop_assert_eq!(find_all(&t, &pat, PLAIN), naive(&h, &p, |a, b| a == b));
        let fold = |c: char| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) { (Some(x), None) => x, _ => c }
        };
        let ci = SearchOptions { case_insensitive: true, whole_word: false };
        let hits = find_all(&t, &pat, ci);
        prop_assert_eq!(&hits, &naive(&h, &p, |a, b| fold(a) == fold(b)));
        for w in hits.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for s in &hits {
            prop_assert_eq!(t.slice_cp(s.range()).unwrap().chars().count(), p.len());
        }
    }

    #[test]
    fn whole_word_hits_match_the_reference(hay in "[ab .é’]{0,60}", pat in "[ab]{1,3}") {
        let t = Text::from(hay.as_str());
        prop_assert_eq!(find_all(&t, &pat, WHOLE), reference_whole_word(&hay, &pat));
    }
}

//! Property tests of the core model on adversarial Unicode: offset round trips, snapping,
//! undo/redo exactness, and index queries against brute force.

use proptest::prelude::*;
use spandrel_core::edit::{Command, Editor, NewSpan};
use spandrel_core::index::{layout_levels, segments, SpanIndex};
use spandrel_core::model::{DocStatus, Document, Id, Origin, Span, SpanState};
use spandrel_core::snap::{snap_to_graphemes, snap_to_words, word_at};
use spandrel_core::text::Text;
use std::collections::HashSet;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that stress offsets and segmentation.
const PIECES: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    "  ",
    ".",
    ",",
    "’",
    "'",
    "–",
    "—",
    "-",
    "“",
    "”",
    "(",
    ")",
    "\r\n",
    "\n",
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "🇮🇷",
    "🇺🇸",
    "e\u{301}",
    "\u{301}",
    "阿",
    "拉格齐",
    "مرحبا",
    "שָׁלוֹם",
    "U.S.",
    "Mr.",
    "Tehran’s",
    "Iran–US",
    "\u{feff}",
    "ก\u{e31}",
    "\u{200b}",
];

fn unicode_string(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

/// Independent model of the text: per code point its byte and UTF-16 offsets.
fn unit_table(s: &str) -> (Vec<usize>, Vec<usize>) {
    let (mut bytes, mut u16s) = (vec![], vec![]);
    let mut u = 0;
    for (b, c) in s.char_indices() {
        bytes.push(b);
        u16s.push(u);
        u += c.len_utf16();
    }
    bytes.push(s.len());
    u16s.push(u);
    (bytes, u16s)
}

/// Grapheme clusters as (start cp, end cp, first char), computed without `Text`.
fn graphemes(s: &str) -> Vec<(usize, usize, char)> {
    let mut out = vec![];
    let mut cp = 0;
    for g in s.graphemes(true) {
        let n = g.chars().count();
        out.push((cp, cp + n, g.chars().next().unwrap_or(' ')));
        cp += n;
    }
    out
}

fn boundaries(gs: &[(usize, usize, char)]) -> HashSet<usize> {
    gs.iter().flat_map(|g| [g.0, g.1]).chain([0]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn offsets_round_trip(s in unicode_string(60)) {
        let t = Text::from(s.as_str());
        let (bytes, u16s) = unit_table(&s);
        prop_assert_eq!(t.len_cp(), bytes.len() - 1);
        prop_assert_eq!(t.len_utf16(), *u16s.last().unwrap());
        for cp in 0..bytes.len() {
            prop_assert_eq!(t.cp_to_byte(cp), Ok(bytes[cp]));
            prop_assert_eq!(t.cp_to_utf16(cp), Ok(u16s[cp]));
            prop_assert_eq!(t.byte_to_cp(bytes[cp]), Ok(cp));
            prop_assert_eq!(t.utf16_to_cp(u16s[cp]), Ok(cp));
        }
        // Every byte offset that is not a char boundary and every UTF-16 offset inside a pair fails.
        for b in 0..=s.len() {
            prop_assert_eq!(t.byte_to_cp(b).is_ok(), s.is_char_boundary(b));
        }
        let u16_ok: HashSet<usize> = u16s.iter().copied().collect();
        for u in 0..=t.len_utf16() {
            prop_assert_eq!(t.utf16_to_cp(u).is_ok(), u16_ok.contains(&u));
        }
        prop_assert!(t.cp_to_byte(t.len_cp() + 1).is_err());
        prop_assert!(t.utf16_to_cp(t.len_utf16() + 1).is_err());
    }

    #[test]
    fn snapping_respects_graphemes_and_words(s in unicode_string(40), a in 0usize..200, b in 0usize..200) {
        let t = Text::from(s.as_str());
        let len = t.len_cp();
        let (a, b) = (a.min(len), b.min(len));
        let r = a.min(b)..a.max(b);
        let gs = graphemes(&s);
        let bounds = boundaries(&gs);

        let g = snap_to_graphemes(&t, r.clone()).unwrap();
        prop_assert!(g.start <= r.start && r.end <= g.end, "grapheme snap must grow {:?} -> {:?}", r, g);
        prop_assert!(bounds.contains(&g.start) && bounds.contains(&g.end));
        // Tight: the snapped edges are the nearest boundaries.
        prop_assert!(!bounds.iter().any(|&x| x > g.start && x <= r.start));
        prop_assert!(!bounds.iter().any(|&x| x >= r.end && x < g.end));

        let word = |cp: usize| gs.iter().find(|x| x.0 == cp).is_some_and(|x| x.2.is_alphanumeric());
        let prev = |cp: usize| gs.iter().find(|x| x.1 == cp).map(|x| x.0);
        // Brute-force hull: grapheme range widened over words that an edge cuts.
        let mut hs = g.start;
        if prev(hs).is_some_and(word) && word(hs) {
            while let Some(p) = prev(hs).filter(|&p| word(p)) { hs = p; }
        }
        let mut he = g.end;
        if prev(he).is_some_and(word) && word(he) || (g.start == g.end && word(he)) {
            while word(he) { he = gs.iter().find(|x| x.0 == he).unwrap().1; }
        }
        let any_word_in_hull = gs.iter().any(|x| x.0 >= hs && x.1 <= he && x.2.is_alphanumeric());

        match snap_to_words(&t, r.clone()).unwrap() {
            Some(w) => {
                prop_assert!(w.start < w.end);
                prop_assert!(bounds.contains(&w.start) && bounds.contains(&w.end));
                prop_assert!(hs <= w.start && w.end <= he, "{:?} outside hull {}..{}", w, hs, he);
                // No word is cut, and no word inside the hull was trimmed away.
                prop_assert!(!(prev(w.start).is_some_and(word) && word(w.start)));
                prop_assert!(!(prev(w.end).is_some_and(word) && word(w.end)));
                for x in gs.iter().filter(|x| x.0 >= hs && x.1 <= he && x.2.is_alphanumeric()) {
                    prop_assert!(w.start <= x.0 && x.1 <= w.end, "word grapheme {:?} trimmed from {:?}", x, w);
                }
                let first = t.char_at(w.start).unwrap();
                prop_assert!(!first.is_whitespace());
            }
            None => prop_assert!(!any_word_in_hull, "a word in {}..{} was lost", hs, he),
        }

        if let Some(wr) = word_at(&t, a) {
            // Positions inside a grapheme count as its start.
            let floor = bounds.iter().copied().filter(|&x| x <= a).max().unwrap_or(0);
            prop_assert!(wr.start < wr.end && wr.start <= floor && floor <= wr.end);
            prop_assert!(gs.iter().filter(|x| x.0 >= wr.start && x.1 <= wr.end).all(|x| x.2.is_alphanumeric()));
        }
    }
}

const LABELS: &[&str] = &["A", "B", "C"];

fn arb_state() -> impl Strategy<Value = SpanState> {
    prop_oneof![Just(SpanState::Accepted), Just(SpanState::Suggested), Just(SpanState::Rejected)]
}

fn arb_new_span(len: usize) -> impl Strategy<Value = NewSpan> {
    (0..=len, 0..6usize, proptest::sample::select(LABELS), arb_state(), any::<bool>()).prop_map(
        |(start, n, label, state, extracted)| NewSpan {
            span: Span::new(start, start + n),
            label: label.to_owned(),
            origin: if extracted { Origin::Extracted { engine: "x".into(), score: 0.5 } } else { Origin::Manual },
            state,
            note: String::new(),
        },
    )
}

fn arb_command(len: usize) -> impl Strategy<Value = Command> {
    let id = || 1u64..16;
    let label = || proptest::sample::select(LABELS).prop_map(str::to_owned);
    prop_oneof![
        4 => arb_new_span(len).prop_map(Command::AddSpan),
        2 => proptest::collection::vec(arb_new_span(len), 0..5).prop_map(Command::AddSpans),
        2 => proptest::collection::vec(id(), 1..3).prop_map(Command::RemoveSpans),
        2 => (id(), label()).prop_map(|(id, label)| Command::Relabel { id, label }),
        1 => (label(), label()).prop_map(|(from, to)| Command::RelabelAll { from, to }),
        2 => (id(), 0..=len, 0..6usize).prop_map(|(id, s, n)| Command::Resize { id, span: Span::new(s, s + n) }),
        1 => (proptest::collection::vec(id(), 1..4), arb_state()).prop_map(|(ids, state)| Command::SetState { ids, state }),
        1 => (id(), "[a-z]{0,3}").prop_map(|(id, note)| Command::SetNote { id, note }),
        1 => (id(), "[a-c]{1}", proptest::option::of("[x-z]{1,2}"))
            .prop_map(|(id, key, value)| Command::SetAttribute { id, key, value }),
        2 => (id(), id(), label()).prop_map(|(from, to, kind)| Command::AddRelation { from, to, kind }),
        1 => proptest::collection::vec(id(), 1..3).prop_map(Command::RemoveRelations),
        1 => proptest::collection::btree_set(label(), 0..3).prop_map(Command::SetDocLabels),
        1 => prop_oneof![Just(DocStatus::New), Just(DocStatus::InProgress), Just(DocStatus::Done)]
            .prop_map(Command::SetStatus),
        1 => "[a-z ]{0,5}".prop_map(Command::SetTitle),
        1 => prop_oneof![
            Just(None),
            Just(Some(spandrel_core::bidi::Direction::Ltr)),
            Just(Some(spandrel_core::bidi::Direction::Rtl))
        ]
        .prop_map(Command::SetDirection),
        1 => (id(), label()).prop_map(|(id, label)| Command::AcceptAs { id, label }),
    ]
}

fn text_and_commands() -> impl Strategy<Value = (String, Vec<Command>)> {
    unicode_string(30).prop_flat_map(|s| {
        let len = s.chars().count();
        (Just(s), proptest::collection::vec(arb_command(len), 0..40))
    })
}

/// The document with `modified` neutralised (undo/redo set it to the time of the undo).
fn content(d: &Document) -> Document {
    Document { modified: 0, ..d.clone() }
}

fn check_invariants(d: &Document) -> Result<(), TestCaseError> {
    let mut seen = HashSet::new();
    for (id, a) in &d.annotations {
        prop_assert_eq!(*id, a.id);
        prop_assert!(a.span.start < a.span.end && a.span.end <= d.text.len_cp());
        prop_assert!(d.text.is_grapheme_boundary(a.span.start).unwrap());
        prop_assert!(d.text.is_grapheme_boundary(a.span.end).unwrap());
        prop_assert!(seen.insert((a.span, a.label.clone())), "duplicate annotation {:?}", a);
        prop_assert!(*id < d.next_id);
    }
    for r in d.relations.values() {
        prop_assert!(d.annotations.contains_key(&r.from) && d.annotations.contains_key(&r.to));
        prop_assert!(r.from != r.to && r.id < d.next_id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_and_redo_all_are_exact((s, cmds) in text_and_commands()) {
        let mut ed = Editor::new(Document::new("d", "t", s.as_str(), 0));
        let initial = content(ed.doc());
        let mut recorded = 0;
        for (i, cmd) in cmds.into_iter().enumerate() {
            let before = ed.doc().clone();
            let could_undo = ed.undo_description().map(str::to_owned);
            match ed.apply(cmd, i as i64 + 1) {
                Ok(_) if *ed.doc() != before => {
                    recorded += 1;
                    for (id, a) in &ed.doc().annotations {
                        match before.annotations.get(id) {
                            Some(b) if b == a => {}
                            Some(b) => prop_assert_eq!(a.rev, b.rev + 1, "rev of #{} must grow by one", id),
                            None => prop_assert_eq!(a.rev, 0),
                        }
                    }
                }
                Ok(_) => prop_assert_eq!(ed.undo_description().map(str::to_owned), could_undo),
                Err(_) => prop_assert_eq!(ed.doc(), &before, "a failed command changed the document"),
            }
            check_invariants(ed.doc())?;
        }
        let last = content(ed.doc());
        let mut undone = 0;
        while ed.undo(1000).is_some() {
            undone += 1;
            check_invariants(ed.doc())?;
        }
        prop_assert_eq!(undone, recorded);
        prop_assert_eq!(content(ed.doc()), initial);
        while ed.redo(2000).is_some() {}
        prop_assert_eq!(content(ed.doc()), last);
        prop_assert!(!ed.can_redo());
    }

    #[test]
    fn index_updates_equal_a_rebuild(
        raw in proptest::collection::vec((0usize..120, 0usize..30), 0..60),
        edits in proptest::collection::vec((1u64..80, proptest::option::of((0usize..120, 0usize..30))), 0..90),
    ) {
        // Spans keyed by id; each edit moves, creates (a new id) or removes (None) one span.
        let mut now: std::collections::BTreeMap<Id, Span> =
            raw.iter().enumerate().map(|(i, &(s, n))| (i as Id + 1, Span::new(s, s + n))).collect();
        let ix = SpanIndex::from_spans(now.iter().map(|(&id, &s)| (id, s)));
        let mut touched = Vec::new();
        let mut want_before = Vec::new();
        for (id, to) in &edits {
            if let Some(&old) = now.get(id) {
                if !touched.contains(id) && old.start < old.end { want_before.push(old); }
            }
            match to {
                Some((s, n)) => { now.insert(*id, Span::new(*s, s + n)); }
                None => { now.remove(id); }
            }
            touched.push(*id);
        }
        let (updated, before) = ix.with_changes(&touched, |id| now.get(&id).copied());
        let rebuilt = SpanIndex::from_spans(now.iter().map(|(&id, &s)| (id, s)));
        prop_assert_eq!(updated.len(), rebuilt.len());
        for q in (0..160).step_by(7) {
            prop_assert_eq!(updated.overlapping(q..q + 9), rebuilt.overlapping(q..q + 9));
            prop_assert_eq!(updated.at(q), rebuilt.at(q));
        }
        let mut before = before;
        before.sort_by_key(|s| (s.start, s.end));
        want_before.sort_by_key(|s| (s.start, s.end));
        prop_assert_eq!(before, want_before);
    }

    #[test]
    fn index_matches_brute_force(
        raw in proptest::collection::vec((0usize..120, 0usize..30), 0..60),
        queries in proptest::collection::vec((0usize..160, 0usize..40), 1..20),
    ) {
        let spans: Vec<(Id, Span)> = raw.iter().enumerate().map(|(i, &(s, n))| (i as Id + 1, Span::new(s, s + n))).collect();
        let valid: Vec<(Id, Span)> = spans.iter().copied().filter(|(_, s)| s.start < s.end).collect();
        let ix = SpanIndex::from_spans(spans.clone());
        prop_assert_eq!(ix.len(), valid.len());
        let text_len = 150;
        for &(a, n) in &queries {
            let q = a..a + n;
            let mut want: Vec<(Id, Span)> = valid.iter().copied().filter(|(_, s)| s.start < q.end && q.start < s.end).collect();
            want.sort_by_key(|(id, s)| (s.start, std::cmp::Reverse(s.end), *id));
            prop_assert_eq!(ix.overlapping(q.clone()), want.iter().map(|w| w.0).collect::<Vec<_>>());
            let mut at: Vec<(Id, Span)> = valid.iter().copied().filter(|(_, s)| s.start <= a && a < s.end).collect();
            at.sort_by_key(|(id, s)| (s.start, std::cmp::Reverse(s.end), *id));
            prop_assert_eq!(ix.at(a), at.iter().map(|w| w.0).collect::<Vec<_>>());

            // Segments: contiguous, maximal, and each position's cover matches brute force.
            let segs = segments(text_len, &spans, q.clone());
            prop_assert_eq!(&ix.segments(text_len, q.clone()), &segs);
            let clamped = q.start..q.end.min(text_len);
            let mut pos = clamped.start;
            for (k, seg) in segs.iter().enumerate() {
                prop_assert_eq!(seg.range.start, pos);
                prop_assert!(seg.range.start < seg.range.end);
                if k > 0 { prop_assert_ne!(&segs[k - 1].ids, &seg.ids); }
                for p in seg.range.clone() {
                    let mut cover: Vec<Id> = valid.iter().filter(|(_, s)| s.start <= p && p < s.end).map(|w| w.0).collect();
                    cover.sort_unstable();
                    prop_assert_eq!(&cover, &seg.ids, "at {}", p);
                }
                pos = seg.range.end;
            }
            if clamped.start < clamped.end { prop_assert_eq!(pos, clamped.end); } else { prop_assert!(segs.is_empty()); }
        }

        let levels = layout_levels(&valid);
        for (i, (ia, sa)) in valid.iter().enumerate() {
            for (ib, sb) in &valid[i + 1..] {
                if sa.overlaps(sb) {
                    prop_assert_ne!(levels[ia], levels[ib], "{:?} and {:?} overlap", sa, sb);
                }
                if sa.contains(sb) && sa != sb { prop_assert!(levels[ia] < levels[ib]); }
                if sb.contains(sa) && sa != sb { prop_assert!(levels[ib] < levels[ia]); }
            }
        }
    }
}

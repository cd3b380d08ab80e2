//! `DocStats` updated from each edit's touched ids equals a full recount, through random command
//! sequences with undo and redo, and its queries agree with brute force over the document.

use proptest::prelude::*;
use spandrel_core::corpus::shown_suggestions;
use spandrel_core::edit::{Command, Editor, NewSpan};
use spandrel_core::model::{Document, Origin, Span, SpanState};
use spandrel_core::stats::DocStats;

const LABELS: &[&str] = &["A", "B", "C"];
/// Scores on the thresholds checked below, so equality at the threshold is exercised; -0.0 and 0.0 both.
const SCORES: &[f32] = &[-0.0, 0.0, 0.25, 0.5, 0.75, 1.0];
const THRESHOLDS: &[f32] = &[0.0, 0.25, 0.3, 0.5, 1.0, 1.5];

#[derive(Debug, Clone)]
enum Step {
    Do(Command),
    Undo,
    Redo,
}

fn arb_state() -> impl Strategy<Value = SpanState> {
    prop_oneof![Just(SpanState::Accepted), Just(SpanState::Suggested), Just(SpanState::Rejected)]
}

fn arb_new_span(len: usize) -> impl Strategy<Value = NewSpan> {
    let origin = prop_oneof![
        1 => Just(Origin::Manual),
        3 => proptest::sample::select(SCORES).prop_map(|score| Origin::Extracted { engine: "x".into(), score }),
    ];
    (0..len, 1..4usize, proptest::sample::select(LABELS), arb_state(), origin).prop_map(
        |(start, n, label, state, origin)| NewSpan {
            span: Span::new(start, start + n),
            label: label.to_owned(),
            origin,
            state,
            note: String::new(),
        },
    )
}

fn arb_step(len: usize) -> impl Strategy<Value = Step> {
    let id = || 1u64..24;
    let label = || proptest::sample::select(LABELS).prop_map(str::to_owned);
    let ids = |n| proptest::collection::vec(id(), 1..n);
    prop_oneof![
        4 => arb_new_span(len).prop_map(|n| Step::Do(Command::AddSpan(n))),
        2 => proptest::collection::vec(arb_new_span(len), 0..6).prop_map(|v| Step::Do(Command::AddSpans(v))),
        2 => ids(4).prop_map(|v| Step::Do(Command::RemoveSpans(v))),
        1 => (ids(3), proptest::collection::vec(arb_new_span(len), 0..4))
            .prop_map(|(remove, add)| Step::Do(Command::ReplaceSuggestions { remove, add })),
        2 => (id(), label()).prop_map(|(id, label)| Step::Do(Command::Relabel { id, label })),
        1 => (label(), label()).prop_map(|(from, to)| Step::Do(Command::RelabelAll { from, to })),
        3 => (ids(5), arb_state()).prop_map(|(ids, state)| Step::Do(Command::SetState { ids, state })),
        1 => (id(), 0..len, 1..4usize)
            .prop_map(|(id, s, n)| Step::Do(Command::Resize { id, span: Span::new(s, s + n) })),
        1 => (id(), "[a-z]{0,3}").prop_map(|(id, note)| Step::Do(Command::SetNote { id, note })),
        2 => (id(), id(), label()).prop_map(|(from, to, kind)| Step::Do(Command::AddRelation { from, to, kind })),
        1 => ids(3).prop_map(|v| Step::Do(Command::RemoveRelations(v))),
        3 => Just(Step::Undo),
        2 => Just(Step::Redo),
    ]
}

fn check_queries(s: &DocStats, d: &Document) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.spans(), d.annotations.len());
    prop_assert_eq!(s.relations(), d.relations.len());
    for label in LABELS.iter().copied().map(Some).chain([None]) {
        let of = |state: SpanState| {
            d.annotations.values().filter(|a| label.is_none_or(|l| a.label == l) && a.state == state).count()
        };
        prop_assert_eq!(s.pending(label), of(SpanState::Suggested));
        prop_assert_eq!(s.accepted(label), of(SpanState::Accepted));
        prop_assert_eq!(s.rejected(label), of(SpanState::Rejected));
        let all = d.annotations.values().filter(|a| label.is_none_or(|l| a.label == l)).count();
        prop_assert_eq!(s.matching(label, None), all);
        for &t in THRESHOLDS {
            prop_assert_eq!(s.pending_at_least(label, t), shown_suggestions(d, label, Some(t)).len());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn incremental_stats_equal_a_recount(steps in proptest::collection::vec(arb_step(20), 0..60)) {
        let mut ed = Editor::new(Document::new("d", "t", "abcdefghij klmnopqrstuvw", 0));
        let mut stats = DocStats::of(ed.doc());
        for (i, step) in steps.into_iter().enumerate() {
            let now = i as i64 + 1;
            let applied = match step {
                Step::Do(cmd) => ed.apply(cmd, now).ok(),
                Step::Undo => ed.undo(now),
                Step::Redo => ed.redo(now),
            };
            if let Some(applied) = applied {
                stats.apply_edit(ed.doc(), &applied);
            }
            prop_assert_eq!(&stats, &DocStats::of(ed.doc()), "after step {}", i);
            check_queries(&stats, ed.doc())?;
        }
    }
}

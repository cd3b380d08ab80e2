//! Review mode: one suggestion at a time, most doubtful first; each answer an undoable edit that
//! the learner learns from.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_core::model::DocStatus;
use spandrel_core::review::Answer;
use spandrel_core::SpanState;

/// The text of the question asked.
fn asked(t: &Tab) -> Option<String> {
    let id = t.review.question.get_untracked()?;
    let d = doc(t);
    Some(d.covered(d.annotations[&id].span).unwrap().to_owned())
}

#[test]
fn answers_edit_the_document_undo_asks_again_and_the_end_goes_on_to_the_next_document() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    t.suggest.threshold.set(0.3);
    t.start_review();
    // London (0.4) is the most doubtful, then Babbage (0.7), then Ada (0.9); the question is focused.
    assert_eq!(asked(&t).as_deref(), Some("London"));
    assert_eq!(t.sel.focused.get_untracked(), t.review.question.get_untracked());
    t.answer(Answer::Reject);
    assert_eq!(asked(&t).as_deref(), Some("Babbage"));
    assert_eq!(t.review.pace.get_untracked().decisions, 1);
    // Undo puts London back and asks it again.
    t.undo();
    assert_eq!(asked(&t).as_deref(), Some("London"));
    assert_eq!(spans(&doc(&t))[2], span("London", "LOC", SpanState::Suggested));
    t.answer(Answer::Reject);
    // Skip leaves Babbage pending and asks Ada; relabelling accepts under the new label in one step.
    t.answer(Answer::Skip);
    assert_eq!(asked(&t).as_deref(), Some("Ada"));
    t.answer(Answer::Relabel("LOC".into()));
    assert_eq!(asked(&t), None);
    assert_eq!(
        spans(&doc(&t)),
        [
            span("Ada", "LOC", SpanState::Accepted),
            span("Babbage", "PER", SpanState::Suggested),
            span("London", "LOC", SpanState::Rejected)
        ]
    );
    t.undo();
    assert_eq!(asked(&t).as_deref(), Some("Ada"));
    assert_eq!(spans(&doc(&t))[0], span("Ada", "PER", SpanState::Suggested));
    t.redo();
    assert_eq!(asked(&t), None);
    assert!(t.finish_text().contains("1 skipped suggestion left"), "{}", t.finish_text());
    // With only skipped ones left, Skip asks them again; then nothing is left.
    t.answer(Answer::Skip);
    assert_eq!(asked(&t).as_deref(), Some("Babbage"));
    t.answer(Answer::Accept);
    assert_eq!(asked(&t), None);
    assert_eq!(t.review.pace.get_untracked().decisions, 4);
    assert_eq!(status(&ids[0]), DocStatus::New, "not done until the annotator goes on");
    // Accept at the end is Done → next: A is done and saved, B opens and is asked at once.
    t.answer(Answer::Accept);
    settle();
    assert_eq!(status(&ids[0]), DocStatus::Done);
    assert_eq!(stored(&ids[0]).doc.annotations.values().filter(|a| a.state == SpanState::Accepted).count(), 2);
    assert_eq!(current(&t), ids[1]);
    assert!(t.review.on.get_untracked());
    assert!(asked(&t).is_some(), "B's suggestions are asked");
    // The learner was taught A's decisions.
    advance(10_000);
    assert!(web::extractor_calls().iter().any(|c| *c == format!("learn {}", ids[0])), "{:?}", web::extractor_calls());
    t.stop_review();
    assert_eq!(t.review.question.get_untracked(), None);
}

#[test]
fn only_skipped_left_goes_on_without_marking_done_and_a_new_document_forgets_the_skips() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[1]);
    settle();
    t.suggest.threshold.set(0.3);
    t.start_review();
    // B: London (0.4), Babbage (0.7).
    t.answer(Answer::Skip);
    t.answer(Answer::Skip);
    assert_eq!(asked(&t), None);
    t.answer(Answer::Accept);
    settle();
    assert_eq!(current(&t), ids[2]);
    assert_eq!(status(&ids[1]), DocStatus::New);
    // C has no suggestion: the end at once; going back to B asks its suggestions again.
    assert_eq!(asked(&t), None);
    t.open_doc(&ids[1]);
    settle();
    assert_eq!(asked(&t).as_deref(), Some("London"));
    assert_eq!(t.review.pace.get_untracked().decisions, 0, "skips are not decisions");
}

#[test]
fn review_mode_stays_off_a_read_only_document_and_off_by_default() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    assert!(!t.review.on.get_untracked());
    t.answer(Answer::Accept);
    assert!(doc(&t).annotations.values().all(|a| a.state == SpanState::Suggested), "no answer outside review");
}

//! Done → next, Skip, Previous / Next.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::state::Level;
use spandrel_core::model::DocStatus;
use spandrel_core::SpanState;

#[test]
fn done_next_accepts_the_shown_suggestions_marks_done_saves_and_opens_the_next_to_do() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    t.suggest.threshold.set(0.5);
    t.done_next();
    // Ada (0.9) and Babbage (0.7) are shown at 0.5; London (0.4) is not and stays pending.
    let a = stored(&ids[0]);
    assert_eq!(a.doc.status, DocStatus::Done);
    assert_eq!(
        spans(&a.doc),
        [
            span("Ada", "PER", SpanState::Accepted),
            span("Babbage", "PER", SpanState::Accepted),
            span("London", "LOC", SpanState::Suggested)
        ]
    );
    assert_eq!(status(&ids[0]), DocStatus::Done);
    assert_eq!(current(&t), ids[1], "the next document to do");
    assert_eq!(t.ui.announcement.get_untracked(), "Document 2 of 3: B");
}

#[test]
fn done_next_wraps_around_and_says_when_nothing_is_left() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    t.done_next();
    assert_eq!(current(&t), ids[0], "after the last comes the first still to do");
    t.done_next();
    assert_eq!(current(&t), ids[1]);
    t.done_next();
    assert!(ids.iter().all(|id| status(id) == DocStatus::Done));
    assert!(has_message(&t, Level::Info, "nothing left to do"));
    assert_eq!(current(&t), ids[1], "the last one stays open");
}

#[test]
fn skip_opens_the_next_to_do_and_keeps_the_status() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    t.skip_next();
    assert_eq!(current(&t), ids[1]);
    assert_eq!(status(&ids[0]), DocStatus::New);
    // A document marked done is passed over.
    t.ws_set_status(&ids[2], DocStatus::Done);
    t.skip_next();
    assert_eq!(current(&t), ids[0]);
}

#[test]
fn previous_and_next_follow_corpus_order_and_stop_at_the_ends() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    t.other_doc(false);
    assert_eq!(current(&t), ids[0]);
    assert_eq!(t.ui.announcement.get_untracked(), "This is the first document.");
    t.other_doc(true);
    assert_eq!(current(&t), ids[1]);
    t.other_doc(true);
    assert_eq!(current(&t), ids[2]);
    t.other_doc(true);
    assert_eq!(current(&t), ids[2]);
    assert_eq!(t.ui.announcement.get_untracked(), "This is the last document.");
    t.other_doc(false);
    assert_eq!(current(&t), ids[1]);
}

#[test]
fn documents_ahead_are_prepared_and_open_with_their_suggestions() {
    let (t, ids) = booted_with_abc();
    // Boot opened C; the worker prepared A and B in the background.
    let counts = t.suggest.ahead_counts.get_untracked();
    assert_eq!(counts.get(&ids[0]), Some(&3));
    assert_eq!(counts.get(&ids[1]), Some(&2));
    let asked = web::extractor_calls().len();
    t.open_doc(&ids[1]);
    assert_eq!(
        spans(&doc(&t)),
        [span("Babbage", "PER", SpanState::Suggested), span("London", "LOC", SpanState::Suggested)],
        "on screen with the text"
    );
    settle();
    assert!(!web::extractor_calls()[asked..].iter().any(|c| c == "extract"), "not asked again");
    assert!(t.is_untouched());
}

#[test]
fn most_informative_first_follows_the_workers_ranking_is_kept_and_back_to_corpus_order() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    assert_eq!(t.lib.queue.with_untracked(|q| q.ids().to_vec()), ids, "corpus order by default");
    t.set_queue_order(spandrel_core::active::QueueOrder::Informative);
    settle();
    // The open A is left out of the ranking; the twin ranks the rest in reverse: C, B. Done → next from
    // A goes to the first of the ranking.
    assert_eq!(t.lib.queue.with_untracked(|q| q.ids().to_vec()), vec![ids[0].clone(), ids[2].clone(), ids[1].clone()]);
    t.done_next();
    settle();
    assert_eq!(current(&t), ids[2]);
    // A is done: it comes first; the rest is ranked again after the learning step.
    assert_eq!(t.lib.queue.with_untracked(|q| q.ids()[0].clone()), ids[0]);
    assert_eq!(t.lib.queue.with_untracked(|q| q.position(&ids[2])), Some(2));
    // The choice is a workspace preference: a new tab (a reload) walks the same order.
    let t2 = tab();
    t2.boot();
    settle();
    assert_eq!(t2.lib.order.get_untracked(), spandrel_core::active::QueueOrder::Informative);
    assert_eq!(t2.lib.queue.with_untracked(|q| q.position(&ids[2])), Some(2));
    // Back to corpus order: no ranking is kept.
    t2.set_queue_order(spandrel_core::active::QueueOrder::Corpus);
    assert_eq!(t2.lib.ranking.get_untracked(), None);
    assert_eq!(t2.lib.queue.with_untracked(|q| q.ids().to_vec()), ids);
}

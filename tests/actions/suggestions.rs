//! Suggestions from the extraction worker: arriving, failing, learning, forgetting.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::state::Level;
use spandrel_core::SpanState;

#[test]
fn suggestions_for_a_document_left_meanwhile_are_dropped() {
    let t = app();
    let ids = seed(&[("A", TEXT_A), ("B", TEXT_B)]);
    t.boot();
    assert_eq!(current(&t), ids[1]);
    // B's request is on its way when A is opened.
    t.open_doc(&ids[0]);
    settle();
    assert_eq!(spans(&doc(&t)).len(), 3, "A's own suggestions arrived");
    assert!(stored(&ids[1]).doc.annotations.is_empty(), "B's were not put on A nor saved into B");
}

#[test]
fn a_model_that_cannot_load_says_so_once_the_document_stays_usable() {
    let t = app();
    seed(&[("A", TEXT_A)]);
    web::fail_extraction(Some("model file missing"));
    t.boot();
    settle();
    assert!(has_message(&t, Level::Error, "could not be loaded (model file missing)"));
    assert!(!t.suggest.extracting.get_untracked());
    assert!(doc(&t).annotations.is_empty());
    assert!(t.create_span(range_of(&t, "Ada"), "PER").is_some());
}

#[test]
fn decisions_are_taught_after_a_save_once_per_change() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    let ada = t.suggestion_ids(Some("PER"), Some(0.8));
    t.set_state(ada, SpanState::Accepted);
    advance(10_000);
    let learns = |id: &str| web::extractor_calls().iter().filter(|c| **c == format!("learn {id}")).count();
    assert_eq!(learns(&ids[0]), 1);
    assert_eq!(t.suggest.learned.get_untracked(), (1, 0));
    // A change that decides nothing new is not sent again.
    t.ws_rename(&ids[0], "Letters");
    advance(10_000);
    assert_eq!(learns(&ids[0]), 1);
    // A new tab rebuilds what was learned from the stored decisions.
    drop(t);
    let again = tab();
    again.boot();
    settle();
    assert!(web::extractor_calls().iter().any(|c| c == "teach 1"), "{:?}", web::extractor_calls());
    assert_eq!(again.suggest.learned.get_untracked(), (1, 0));
}

#[test]
fn documents_saved_before_forget_follow_the_engine_when_opened() {
    let (t, ids) = booted_with_abc();
    // In A, London is rejected as a place: the engine learns not to suggest it.
    t.open_doc(&ids[0]);
    settle();
    let london = t.suggestion_ids(Some("LOC"), None);
    t.set_state(london, SpanState::Rejected);
    advance(10_000);
    assert!(web::suggestions_for(TEXT_B).iter().all(|f| f.label != "LOC"));
    // B, prepared again after learning, opens and is saved without London.
    t.open_doc(&ids[1]);
    settle();
    assert_eq!(spans(&doc(&t)), [span("Babbage", "PER", SpanState::Suggested)]);
    advance(10_000);
    t.open_doc(&ids[2]);
    advance(1_000);
    // Forget: the engine is the shipped model again.
    t.forget_learned();
    settle();
    assert!(web::extractor_calls().iter().any(|c| c == "forget"));
    assert_eq!(t.suggest.learned.get_untracked(), (0, 0));
    assert!(has_message(&t, Level::Info, "forgot what they learned"));
    // B was saved before: opening it brings its pending suggestions in line, as one with its text.
    t.open_doc(&ids[1]);
    settle();
    assert_eq!(
        spans(&doc(&t)),
        [span("Babbage", "PER", SpanState::Suggested), span("London", "LOC", SpanState::Suggested)]
    );
    assert!(t.is_untouched(), "not an undo step of the annotator's");
    // A's decision stays as it was.
    assert!(spans(&stored(&ids[0]).doc).contains(&span("London", "LOC", SpanState::Rejected)));
}

#[test]
fn suggestions_applied_as_part_of_opening_say_nothing_of_their_own_and_are_not_undoable() {
    // The first paint's suggestions are taken over this way: the caller announces in the user's
    // words, or (the page already showed them) not at all; core's English description never.
    let t = app();
    seed(&[("A", TEXT_A)]);
    t.boot();
    settle();
    t.announce("before");
    let wrote = spandrel_core::edit::NewSpan {
        span: range_of(&t, "wrote"),
        label: "VERB".into(),
        origin: spandrel_core::Origin::Extracted { engine: "test".into(), score: 0.5 },
        state: SpanState::Suggested,
        note: String::new(),
    };
    let add = || spandrel_core::edit::Command::AddSpans(vec![wrote.clone()]);
    assert_eq!(t.apply_unrecorded(add()).map_err(|e| e.to_string()), Ok(true));
    assert_eq!(t.ui.announcement.get_untracked(), "before");
    assert!(!t.doc.editor.with_untracked(|e| e.as_ref().unwrap().can_undo()), "not a step of the user's");
    assert_eq!(spans(&doc(&t)).len(), 4);
    // The index and the counts followed the change made in place.
    assert_index_matches(&t);
    let stats = t.doc.stats.with_value(|s| s.clone());
    assert_eq!(stats, spandrel_core::stats::DocStats::of(&doc(&t)), "the counts equal a full scan");
    // The same suggestion again changes nothing and says so.
    assert_eq!(t.apply_unrecorded(add()).map_err(|e| e.to_string()), Ok(false));
    assert_eq!(t.ui.announcement.get_untracked(), "before");
}

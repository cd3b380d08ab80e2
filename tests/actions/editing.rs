//! Labelling, undo and redo, accepting, rejecting and removing.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::state::SaveState;
use spandrel_core::{Origin, SpanState};

#[test]
fn create_span_labels_the_range_focuses_it_and_the_index_agrees() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let r = range_of(&t, "Nobody");
    t.set_pending(Some(r));
    let id = t.create_span(r, "PER").expect("labelled");
    let d = doc(&t);
    let a = &d.annotations[&id];
    assert_eq!((a.span, a.label.as_str(), a.state), (r, "PER", SpanState::Accepted));
    assert_eq!(a.origin, Origin::Manual);
    assert_eq!(t.sel.focused.get_untracked(), Some(id));
    assert_eq!(t.sel.pending.get_untracked(), None, "the pending range is used up");
    assert_index_matches(&t);
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saving, "an autosave is scheduled");
    assert!(t.has_unsaved());
}

#[test]
fn undo_and_redo_take_the_label_back_and_again() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let r = range_of(&t, "there");
    let id = t.create_span(r, "LOC").expect("labelled");
    t.undo();
    assert!(doc(&t).annotations.is_empty());
    assert_index_matches(&t);
    assert_eq!(t.sel.focused.get_untracked(), None, "focus leaves a span that is gone");
    t.redo();
    let d = doc(&t);
    assert_eq!(spans(&d), [span("there", "LOC", SpanState::Accepted)]);
    assert!(d.annotations.contains_key(&id));
    assert_index_matches(&t);
    // Saved as it is now.
    advance(10_000);
    assert_eq!(spans(&stored(&ids[2]).doc), [span("there", "LOC", SpanState::Accepted)]);
}

#[test]
fn accepting_and_rejecting_suggestions_change_their_state_only() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    settle();
    let d = doc(&t);
    assert_eq!(
        spans(&d),
        [
            span("Ada", "PER", SpanState::Suggested),
            span("Babbage", "PER", SpanState::Suggested),
            span("London", "LOC", SpanState::Suggested)
        ]
    );
    let per = t.suggestion_ids(Some("PER"), None);
    assert_eq!(per.len(), 2);
    assert_eq!(t.suggestion_ids(None, Some(0.8)).len(), 1, "only Ada scores 0.9");
    t.set_state(per, SpanState::Accepted);
    let loc = t.suggestion_ids(Some("LOC"), None);
    t.set_state(loc, SpanState::Rejected);
    assert_eq!(
        spans(&doc(&t)),
        [
            span("Ada", "PER", SpanState::Accepted),
            span("Babbage", "PER", SpanState::Accepted),
            span("London", "LOC", SpanState::Rejected)
        ]
    );
    assert!(t.suggestion_ids(None, None).is_empty());
    assert_index_matches(&t);
    t.undo();
    assert_eq!(spans(&doc(&t))[2], span("London", "LOC", SpanState::Suggested), "one undo step per action");
}

#[test]
fn remove_deletes_the_spans_and_the_focus_on_them() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let id = t.create_span(range_of(&t, "Nobody"), "PER").expect("labelled");
    assert_eq!(t.sel.focused.get_untracked(), Some(id));
    t.remove(vec![id]);
    assert!(doc(&t).annotations.is_empty());
    assert_eq!(t.sel.focused.get_untracked(), None);
    assert_index_matches(&t);
}

#[test]
fn an_edit_the_editor_refuses_is_shown_and_changes_nothing() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let before = doc(&t);
    // A span past the end of the text.
    let out = t.apply(spandrel_core::edit::Command::SetState { ids: vec![12345], state: SpanState::Accepted });
    assert!(out.is_none());
    assert_eq!(doc(&t), before);
    assert!(has_message(&t, spandrel_app::state::Level::Error, ""));
    assert!(!t.has_unsaved());
}

#[test]
fn the_documents_direction_is_one_undoable_edit_that_the_paragraphs_follow_and_that_is_saved() {
    use spandrel_core::bidi::Direction;
    let t = app();
    let ids = seed(&[("He", "שלום לכולם.\nSecond line in English.")]);
    t.boot();
    settle();
    t.open_doc(&ids[0]);
    settle();
    assert_eq!(t.doc.direction.get_untracked(), None);
    assert_eq!(t.direction_at(0), Direction::Rtl, "the first paragraph by its first strong character");
    assert_eq!(t.direction_at(15), Direction::Ltr, "the second by its own");
    t.set_direction(Some(Direction::Rtl));
    assert_eq!(t.doc.direction.get_untracked(), Some(Direction::Rtl));
    assert_eq!(t.direction_at(15), Direction::Rtl, "the override holds for every paragraph");
    t.undo();
    assert_eq!(t.doc.direction.get_untracked(), None);
    t.redo();
    advance(10_000);
    assert_eq!(stored(&ids[0]).doc.direction, Some(Direction::Rtl));
    // Another document shown: its own direction (none set).
    let other = seed(&[("En", "Plain English.")]);
    t.refresh_docs();
    t.open_doc(&other[0]);
    settle();
    assert_eq!(t.doc.direction.get_untracked(), None);
}

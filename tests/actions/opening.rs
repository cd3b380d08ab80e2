//! Boot and opening documents.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::state::{Level, SaveState, Screen};
use spandrel_core::storage::doc_key;
use spandrel_core::{Span, SpanState};

#[test]
fn boot_on_an_empty_workspace_opens_and_stores_the_sample() {
    let t = app();
    web::set_model(&[("Muscat", "LOC", 0.8)]);
    t.boot();
    let d = doc(&t);
    assert_eq!(d.id, "sample");
    assert_eq!(d.title, spandrel_app::app::SAMPLE_TITLE);
    assert!(web::stored(&doc_key("sample")).is_some(), "the sample is stored at once");
    assert_eq!(t.lib.docs.get_untracked().iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["sample"]);
    assert_eq!(t.ui.screen.get_untracked(), Screen::Annotate);
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    // The worker's suggestions arrive afterwards, not as an undoable step, and are saved.
    assert!(t.suggest.extracting.get_untracked());
    settle();
    assert!(!t.suggest.extracting.get_untracked());
    let d = doc(&t);
    assert!(spans(&d).iter().any(|s| *s == span("Muscat", "LOC", SpanState::Suggested)));
    assert!(t.is_untouched(), "suggestions arriving are not an undo step");
    advance(10_000);
    assert!(stored("sample").doc.annotations.values().any(|a| a.label == "LOC"));
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
}

#[test]
fn boot_reopens_the_document_open_last_time() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[1]);
    assert_eq!(current(&t), ids[1]);
    drop(t);
    let again = tab();
    again.boot();
    assert_eq!(current(&again), ids[1], "a reload shows the same document");
}

#[test]
fn boot_without_storage_says_so_and_still_shows_the_sample() {
    let t = app();
    web::set_storage_available(false);
    t.boot();
    assert!(has_message(&t, Level::Error, "Saved work could not be loaded"));
    assert_eq!(doc(&t).id, "sample");
    web::set_storage_available(true);
    assert!(web::stored_entries().is_empty(), "nothing was written");
}

#[test]
fn open_doc_resets_selection_focus_and_index() {
    let (t, ids) = booted_with_abc();
    assert_eq!(current(&t), ids[2], "boot opens the most recently modified (the last seeded)");
    t.open_doc(&ids[0]);
    settle();
    let id = t.create_span(range_of(&t, "Lovelace"), "PER").expect("labelled");
    t.set_pending(Some(Span::new(0, 3)));
    assert_eq!(t.sel.focused.get_untracked(), Some(id));
    t.open_doc(&ids[1]);
    assert_eq!(current(&t), ids[1]);
    assert_eq!(t.sel.focused.get_untracked(), None);
    assert_eq!(t.sel.pending.get_untracked(), None);
    assert_eq!(t.sel.picker_at.get_untracked(), None);
    assert!(t.is_untouched(), "a fresh undo history");
    assert_index_matches(&t);
    // The edit of the document left behind was saved on the way.
    assert!(spans(&stored(&ids[0]).doc).contains(&span("Lovelace", "PER", SpanState::Accepted)));
}

#[test]
fn opening_an_unknown_document_says_so_and_keeps_the_open_one() {
    let (t, ids) = booted_with_abc();
    t.open_doc("no-such-doc");
    assert!(has_message(&t, Level::Error, "could not be opened"));
    assert_eq!(current(&t), ids[2]);
}

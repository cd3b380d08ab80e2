//! Autosave, another tab's writes, a full storage.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::platform::storage::LocalStore;
use spandrel_app::state::{Level, SaveState, WsLocal, RETRY_MS};
use spandrel_core::edit::{label_range, Editor};
use spandrel_core::storage::{doc_key, Workspace};
use spandrel_core::SpanState;

/// Another tab labels `word` in stored document `id` and saves it, as its own workspace would.
fn other_tab_labels(id: &str, word: &str, label: &str) {
    let (mut ws, _) = Workspace::load(LocalStore).expect("storage loads");
    let s = ws.load_doc(id).expect("stored");
    let at = s.doc.text.as_str().find(word).expect("word");
    let start = s.doc.text.as_str()[..at].chars().count();
    let span = spandrel_core::Span::new(start, start + word.chars().count());
    let mut ed = Editor::new(s.doc);
    let cmd = label_range(ed.doc(), span, label);
    ed.apply(cmd, web::now_ms()).expect("applied");
    ws.save_doc(ed.doc(), s.revision).expect("the other tab saves");
}

#[test]
fn autosave_writes_after_its_delay_with_the_next_revision() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let before = stored(&ids[2]).revision;
    t.create_span(range_of(&t, "Nobody"), "PER");
    assert!(stored(&ids[2]).doc.annotations.is_empty(), "not written at once");
    let (n, due) = web::pending_timers();
    assert!(n >= 1 && due.is_some());
    advance(10_000);
    let s = stored(&ids[2]);
    assert_eq!(spans(&s.doc), [span("Nobody", "PER", SpanState::Accepted)]);
    assert_eq!(s.revision, before + 1);
    assert_eq!(t.doc.session.with_value(|s| s.revision), s.revision, "the session follows the save");
    assert_eq!(entry(&ids[2]).unwrap().revision, s.revision);
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    assert!(!t.has_unsaved());
}

#[test]
fn flush_save_writes_now_and_only_when_something_changed() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let rev = stored(&ids[2]).revision;
    t.flush_save();
    assert_eq!(stored(&ids[2]).revision, rev, "nothing to save");
    t.create_span(range_of(&t, "there"), "LOC");
    t.flush_save();
    assert_eq!(stored(&ids[2]).revision, rev + 1);
    advance(10_000);
    assert_eq!(stored(&ids[2]).revision, rev + 1, "the cancelled timer saves nothing more");
}

#[test]
fn another_tabs_write_is_merged_on_save_conflict_and_both_edits_kept() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    t.create_span(range_of(&t, "Nobody"), "PER");
    other_tab_labels(&ids[2], "there", "LOC");
    // The autosave finds the other tab's revision, merges, and saves the merge.
    t.flush_save();
    assert!(has_message(&t, Level::Info, "merged"), "{:?}", messages(&t));
    let want = [span("Nobody", "PER", SpanState::Accepted), span("there", "LOC", SpanState::Accepted)];
    assert_eq!(spans(&doc(&t)), want, "on screen: both");
    assert_index_matches(&t);
    advance(10_000);
    assert_eq!(spans(&stored(&ids[2]).doc), want, "stored: both");
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    // This tab's own edit is still one undo step.
    t.undo();
    assert_eq!(spans(&doc(&t)), [span("there", "LOC", SpanState::Accepted)]);
}

#[test]
fn another_tabs_write_is_taken_in_on_its_storage_event() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    let local = WsLocal::new();
    other_tab_labels(&ids[2], "there", "LOC");
    t.ws_on_storage(Some(doc_key(&ids[2])), local);
    assert_eq!(spans(&doc(&t)), [span("there", "LOC", SpanState::Accepted)]);
    assert_index_matches(&t);
    advance(1_000);
    assert_eq!(t.lib.docs.get_untracked().iter().find(|e| e.id == ids[2]).unwrap().label_counts.get("LOC"), Some(&1));
}

#[test]
fn quota_full_keeps_the_edits_warns_once_and_saves_when_space_is_freed() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    advance(10_000);
    web::set_quota(Some(web::stored_bytes()));
    t.create_span(range_of(&t, "Nobody"), "PER");
    advance(10_000);
    assert_eq!(t.save.save_state.get_untracked(), SaveState::NotSaved);
    assert!(t.has_unsaved());
    assert!(t.save.retry_pending.get_value());
    assert_eq!(spans(&doc(&t)), [span("Nobody", "PER", SpanState::Accepted)], "kept on screen");
    assert!(stored(&ids[2]).doc.annotations.is_empty());
    // Retried every few seconds, warned once.
    advance(3 * RETRY_MS);
    let warnings =
        messages(&t).into_iter().filter(|(l, m)| *l == Level::Warning && m.contains("Storage is full")).count();
    assert_eq!(warnings, 1);
    web::set_quota(None);
    advance(RETRY_MS);
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    assert_eq!(spans(&stored(&ids[2]).doc), [span("Nobody", "PER", SpanState::Accepted)]);
    assert!(has_message(&t, Level::Info, "Storage has room again"));
    assert!(!t.save.retry_pending.get_value());
}

#[test]
fn space_freed_by_another_tab_retries_at_once() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    advance(10_000);
    web::set_quota(Some(web::stored_bytes()));
    t.create_span(range_of(&t, "there"), "LOC");
    t.flush_save();
    assert_eq!(t.save.save_state.get_untracked(), SaveState::NotSaved);
    web::set_quota(None);
    web::other_tab_remove(&doc_key(&ids[0]));
    t.ws_on_storage(Some(doc_key(&ids[0])), WsLocal::new());
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved, "no wait for the retry timer");
    assert_eq!(spans(&stored(&ids[2]).doc), [span("there", "LOC", SpanState::Accepted)]);
}

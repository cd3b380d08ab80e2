//! A shared link's document: read-only, nothing stored, Save a copy.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::state::{Level, SaveState};
use spandrel_core::edit::{label_range, Editor};
use spandrel_core::storage::doc_key;
use spandrel_core::{Document, LabelSchema, SpanState};

fn shared_doc() -> Document {
    let mut ed = Editor::new(Document::new("their-id", "Shared", TEXT_A, web::now_ms()));
    let cmd = label_range(ed.doc(), spandrel_core::Span::new(0, 3), "PER");
    ed.apply(cmd, web::now_ms()).expect("labelled");
    ed.into_doc()
}

#[test]
fn a_shared_document_is_read_only_and_nothing_is_stored() {
    let t = app();
    web::set_location_hash("share=…");
    t.show_read_only(shared_doc(), LabelSchema::default());
    assert!(t.doc.read_only.get_untracked());
    let before = doc(&t);
    assert!(t.create_span(range_of(&t, "London"), "LOC").is_none());
    assert!(has_message(&t, Level::Info, "read-only"));
    let id = *before.annotations.keys().next().unwrap();
    t.remove(vec![id]);
    t.undo();
    t.done_next();
    t.flush_save();
    advance(60_000);
    assert_eq!(doc(&t), before, "no edit reached the document");
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    assert!(web::stored_entries().is_empty(), "nothing stored: {:?}", web::stored_entries().keys());
    assert!(web::extractor_calls().is_empty(), "no suggestions asked for");
}

#[test]
fn save_a_copy_stores_it_under_a_new_id_and_makes_it_editable() {
    let t = app();
    let (ids, _) = (seed(&[("Mine", TEXT_C)]), ());
    web::set_location_hash("share=…");
    t.show_read_only(shared_doc(), LabelSchema::default());
    t.save_shared_copy();
    settle();
    assert!(!t.doc.read_only.get_untracked());
    let d = doc(&t);
    assert!(d.id.starts_with("shared-"), "{}", d.id);
    assert_ne!(d.id, "their-id");
    assert!(web::stored(&doc_key("their-id")).is_none());
    assert_eq!(spans(&stored(&d.id).doc)[0], span("Ada", "PER", SpanState::Accepted));
    assert!(entry(&ids[0]).is_some(), "the workspace's own documents stay");
    assert_eq!(t.lib.docs.get_untracked().len(), 2);
    assert!(web::dom_calls().contains(&"clear_location_hash".to_owned()));
    assert!(has_message(&t, Level::Info, "was saved to your workspace"));
    // Editable now, and saved.
    t.create_span(range_of(&t, "London"), "LOC").expect("labelled");
    advance(10_000);
    assert!(spans(&stored(&d.id).doc).contains(&span("London", "LOC", SpanState::Accepted)));
}

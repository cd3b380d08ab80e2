//! A fresh tab for each test, and ways to look at what the app stored and shows.

use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::platform::storage::LocalStore;
use spandrel_app::state::{AppState, Level};
use spandrel_core::model::DocStatus;
use spandrel_core::storage::{IndexEntry, StoredDoc, Workspace};
use spandrel_core::{Annotation, Document, SpanState};

pub use web::{advance, settle};

/// The extraction twin's shipped model in these tests: whole words, label, score.
pub const MODEL: &[(&str, &str, f32)] = &[("Ada", "PER", 0.9), ("Babbage", "PER", 0.7), ("London", "LOC", 0.4)];

pub const TEXT_A: &str = "Ada Lovelace wrote to Babbage from London.";
pub const TEXT_B: &str = "Babbage replied from London the next day.";
pub const TEXT_C: &str = "Nobody else was there.";

/// A tab: its stores live as long as the owner.
pub struct Tab {
    pub st: AppState,
    _owner: Owner,
}

impl std::ops::Deref for Tab {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.st
    }
}

/// A fresh browser (empty storage, clock at its epoch, the test model) and a tab in it, not booted.
pub fn app() -> Tab {
    web::reset();
    web::set_model(MODEL);
    tab()
}

/// Another tab in the same browser (same storage and clock): as after a reload.
pub fn tab() -> Tab {
    let owner = Owner::new();
    owner.set();
    Tab { st: AppState::new(), _owner: owner }
}

/// Stores documents (title, text) as an earlier session would have, in corpus order; their ids.
pub fn seed(docs: &[(&str, &str)]) -> Vec<String> {
    let (mut ws, _) = Workspace::load(LocalStore).expect("storage loads");
    let now = web::now_ms();
    let docs = docs.iter().map(|(title, text)| Document::new(String::new(), *title, *text, now)).collect();
    ws.add_new(docs, now).expect("seeded")
}

/// Seeds A, B and C, boots the tab and lets the worker answer.
pub fn booted_with_abc() -> (Tab, Vec<String>) {
    let t = app();
    let ids = seed(&[("A", TEXT_A), ("B", TEXT_B), ("C", TEXT_C)]);
    t.boot();
    settle();
    (t, ids)
}

/// What another tab reads from storage now.
pub fn stored(id: &str) -> StoredDoc {
    let (ws, _) = Workspace::load(LocalStore).expect("storage loads");
    ws.load_doc(id).expect("document stored")
}

pub fn entry(id: &str) -> Option<IndexEntry> {
    let (ws, _) = Workspace::load(LocalStore).expect("storage loads");
    ws.entry(id).cloned()
}

/// The open document.
pub fn doc(t: &AppState) -> Document {
    t.with_doc_untracked(Clone::clone).expect("a document is open")
}

pub fn current(t: &AppState) -> String {
    t.current_id().expect("a document is open")
}

/// The open document's annotations as (covered text, label, state), in position order.
pub fn spans(d: &Document) -> Vec<(String, String, SpanState)> {
    let mut v: Vec<&Annotation> = d.annotations.values().collect();
    v.sort_by_key(|a| (a.span.start, a.span.end));
    v.iter().map(|a| (d.covered(a.span).unwrap_or_default().to_owned(), a.label.clone(), a.state)).collect()
}

pub fn span(text: &str, label: &str, state: SpanState) -> (String, String, SpanState) {
    (text.to_owned(), label.to_owned(), state)
}

/// The code point range of the first `word` in the open document.
pub fn range_of(t: &AppState, word: &str) -> spandrel_core::Span {
    let d = doc(t);
    let at = d.text.as_str().find(word).expect("word in text");
    let start = d.text.as_str()[..at].chars().count();
    spandrel_core::Span::new(start, start + word.chars().count())
}

/// The messages on screen, oldest first.
pub fn messages(t: &AppState) -> Vec<(Level, String)> {
    t.ui.messages.get_untracked().into_iter().map(|m| (m.level, m.text)).collect()
}

pub fn has_message(t: &AppState, level: Level, part: &str) -> bool {
    messages(t).iter().any(|(l, m)| *l == level && m.contains(part))
}

/// The open document's index agrees with its annotations.
pub fn assert_index_matches(t: &AppState) {
    let d = doc(t);
    let idx = t.doc.index.get_untracked();
    let mut ids: Vec<_> = idx.ids_in_order().collect();
    ids.sort();
    let mut want: Vec<_> = d.annotations.keys().copied().collect();
    want.sort();
    assert_eq!(ids, want, "the index lists the document's spans");
    for a in d.annotations.values() {
        assert!(idx.at(a.span.start).contains(&a.id), "span {} is indexed at its start", a.id);
    }
}

pub fn status(id: &str) -> DocStatus {
    entry(id).expect("listed").status
}

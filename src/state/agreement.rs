//! The Agreement screen's store.

use leptos::prelude::*;
use spandrel_core::agreement::Choice;
use spandrel_core::{Span, Text};
use std::collections::BTreeMap;
use std::sync::Arc;

/// One annotator of the Agreement screen: a loaded file (or the current document) and its accepted spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotator {
    pub key: u64,
    pub name: String,
    pub spans: Arc<Vec<(Span, String)>>,
}

/// Decisions on the disagreements of one pair (by annotator keys), by disagreement index.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decisions {
    pub pair: Option<(u64, u64)>,
    pub chosen: BTreeMap<usize, Choice>,
}

/// The Agreement screen's state, for the page's lifetime (the user can look at a document and come
/// back to the comparison). Invariant: every annotator annotates `text`.
#[derive(Clone, Copy)]
pub struct Agreement {
    /// The text every annotator annotates (set by the first one loaded).
    pub text: RwSignal<Option<Arc<Text>>>,
    pub annotators: RwSignal<Vec<Annotator>>,
    /// The pair chosen for details; `None` means the first two annotators.
    pub pair: RwSignal<Option<(u64, u64)>>,
    pub decisions: RwSignal<Decisions>,
    pub next_key: RwSignal<u64>,
    pub loading: RwSignal<bool>,
}

impl Agreement {
    pub fn new() -> Self {
        Agreement {
            text: RwSignal::new(None),
            annotators: RwSignal::new(Vec::new()),
            pair: RwSignal::new(None),
            decisions: RwSignal::new(Decisions::default()),
            next_key: RwSignal::new(1),
            loading: RwSignal::new(false),
        }
    }
}

impl Default for Agreement {
    fn default() -> Self {
        Self::new()
    }
}

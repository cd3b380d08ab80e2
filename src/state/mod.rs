//! The app's state: small `Copy` stores of reactive values, each owning one concern, created once at the
//! root ([`AppState::new`]) and reached through [`use_state`]. Nothing here writes a store: the methods
//! that change state are the actions (`crate::actions`), which call `spandrel-core` for every rule.
//!
//! Invariants:
//! - No store holds more than 12 reactive fields; each says what it owns.
//! - This module imports nothing from the views (components) or the app root (views depend on state, never
//!   the other way round).

use leptos::prelude::*;
use spandrel_core::storage::StorageError;
use spandrel_core::Id;
use std::sync::Arc;

/// Where the model weights are served from (copied into dist/ by Trunk).
pub const MODEL_URL: &str = "./model/ner-v1.bin";
/// The engine name recorded on suggestions.
pub const ENGINE: &str = "spandrel-ner-v1";
/// Why a workspace call failed: no storage at all, or what the workspace said. Shown in the run's
/// language (`crate::errors`); its `Display` is that message too.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WsError {
    #[error("{}", crate::errors::Localize::message(self))]
    Unavailable,
    #[error("{}", crate::errors::Localize::message(self))]
    Storage(#[from] StorageError),
    #[error("{}", crate::errors::Localize::message(self))]
    Add(#[from] spandrel_core::storage::AddError),
}

/// Id used for the pending selection when cutting text into rendered pieces.
pub const PENDING_ID: Id = Id::MAX;
/// How often a save that failed for lack of space is retried (ms).
pub const RETRY_MS: u64 = 3000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// Not saved; the message says why (quota, conflict, storage unavailable).
    NotSaved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Annotate,
    Workspace,
    Agreement,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u64,
    pub level: Level,
    pub text: String,
    /// A button the message offers (e.g. "Import as plain text"); pressing it dismisses the message.
    pub action: Option<MsgAction>,
}

/// What a message's button does.
#[derive(Clone)]
pub struct MsgAction {
    pub label: String,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

impl PartialEq for MsgAction {
    fn eq(&self, other: &Self) -> bool {
        self.label == other.label && Arc::ptr_eq(&self.run, &other.run)
    }
}

impl Eq for MsgAction {}

impl std::fmt::Debug for MsgAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MsgAction").field("label", &self.label).finish_non_exhaustive()
    }
}

/// How long an information message stays before leaving by itself (errors and warnings stay until
/// dismissed).
pub const INFO_MESSAGE_MS: u64 = 6000;
/// At most this many messages are kept on screen (the oldest information goes first).
pub const MAX_MESSAGES: usize = 5;

/// Adds `msg` to `list` (newest last) by the message rules: the same text is shown once (the new
/// copy replaces the old), and past [`MAX_MESSAGES`] the oldest information message leaves first,
/// then the oldest of any level.
pub fn push_message(list: &mut Vec<Message>, msg: Message) {
    list.retain(|x| x.text != msg.text);
    list.push(msg);
    while list.len() > MAX_MESSAGES {
        let at = list.iter().position(|m| m.level == Level::Info).unwrap_or(0);
        list.remove(at);
    }
}

/// A position on the page for floating pickers (page coordinates, px).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Anchor {
    pub x: f64,
    pub y: f64,
}

mod agreement;
mod stores;
mod sync;
pub use agreement::*;
pub use stores::*;
pub use sync::*;

/// Every store of the app, `Copy`: each field is a store of arena handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open document: editor, index, words, session.
    pub doc: Doc,
    /// What the user is pointing at: focus, pending range, picker, armed label.
    pub sel: Selection,
    /// Which paragraphs repaint, and when the deferred views update.
    pub render: Paint,
    /// Whether and when the open document is written to storage.
    pub save: Autosave,
    /// Screens, dialogs, messages and the live region.
    pub ui: Ui,
    /// The stored documents: workspace, list, corpus order, labels.
    pub lib: Library,
    /// Suggestions: the worker's state, what was prepared ahead, what was learned.
    pub suggest: Suggest,
    /// Relations: the link in progress and the connectors drawn over the text.
    pub rel: RelCtx,
    /// The edge handles of the focused span.
    pub handles: Handles,
    /// The Agreement screen's annotators and decisions.
    pub agree: Agreement,
    /// Review mode: the question asked, what was skipped, the pace.
    pub review: Review,
    /// The PDF page view beside the text.
    pub pages: PageView,
}

impl AppState {
    pub fn new() -> Self {
        let lib = Library::new();
        AppState {
            doc: Doc::new(),
            sel: Selection::new(),
            render: Paint::new(),
            save: Autosave::new(),
            ui: Ui::new(),
            lib,
            suggest: Suggest::new(),
            rel: RelCtx::new(),
            handles: Handles::new(),
            agree: Agreement::new(),
            review: Review::new(),
            pages: PageView::new(),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

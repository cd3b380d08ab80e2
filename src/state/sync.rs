//! The team-sync store: the engine (core's `SyncEngine`), the round in progress and what the header and
//! the settings form show. Invariant: no engine without settings turned on (then no request leaves the
//! page's origin); the password is never in the stored settings.

use crate::platform::storage::LocalStore;
use crate::state::AppState;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use spandrel_core::sync::{SyncConfig, SyncEngine, SyncStatus};

/// The settings as remembered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub config: SyncConfig,
    #[serde(default)]
    pub remember: bool,
}

/// What the header shows.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncView {
    Off,
    /// Settings are kept but the password is not (a new tab): sync waits for it.
    NeedsPassword,
    On(SyncStatus),
}

/// The sync store, provided once at the root.
#[derive(Clone, Copy)]
pub struct SyncCtx {
    pub st: AppState,
    pub engine: StoredValue<Option<SyncEngine<LocalStore>>, LocalStorage>,
    /// Bumped whenever the engine is replaced: an answer for an old engine is dropped.
    pub generation: StoredValue<u64>,
    pub running: StoredValue<bool>,
    pub again: StoredValue<bool>,
    pub failures: StoredValue<u32>,
    /// The server keeps no history this account may read: others' changes are looked for with rounds.
    pub no_history: StoredValue<bool>,
    pub timer: StoredValue<Option<TimeoutHandle>>,
    pub view: RwSignal<SyncView>,
    /// Bumped when pulled records changed (the curator view re-reads).
    pub rev: RwSignal<u64>,
    pub show_settings: RwSignal<bool>,
    /// The settings form's message (why turning sync on failed).
    pub form_error: RwSignal<Option<String>>,
    /// The settings last used (to prefill the form).
    pub saved: RwSignal<Option<SyncConfig>>,
    pub remember: RwSignal<bool>,
}

//! Actions: the only code that writes the stores (`crate::state`). Components render stores and call
//! these; every product rule they apply comes from `spandrel-core`. Each submodule owns one kind of
//! change (opening, editing, saving, the corpus, learning, sync …) as methods on `AppState` or on the
//! store it drives.
//!
//! Invariants:
//! - Nothing outside `actions` calls `.set`/`.update` on an `AppState` store (views keep only their own
//!   view-local signals).
//! - Errors are shown (`notify`/`error`) or returned typed; none is dropped silently.

pub mod agreement;
pub mod assign;
pub mod corpus;
pub mod edit;
pub mod extract;
pub mod handles;
pub mod learn;
pub mod library;
pub mod messages;
pub mod open;
pub mod pages;
pub mod queue;
pub mod relations;
pub mod render;
pub mod review;
pub mod save;
pub mod search;
pub mod sync;
pub mod transfer;
pub mod ui;
pub mod workspace;

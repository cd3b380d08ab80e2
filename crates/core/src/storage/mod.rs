//! Persistence: a versioned schema over a browser-like key–value store, with migrations, quarantine of
//! unreadable values, optimistic revisions and a three-way merge for edits made in two tabs.
//!
//! Invariants:
//! - Nothing the user saved is ever silently lost: unreadable values go to `spandrel/recovery/…`,
//!   failed writes leave earlier values byte-identical, merges keep both sides' work.
//! - Pure logic over [`KvStore`]; the app supplies `window.localStorage`, tests use [`MemoryStore`].

pub mod autosave;
pub mod ids;
pub mod kv;
pub mod merge;
pub mod migrate;
pub mod schema;
pub mod session;
pub mod workspace;

pub use autosave::autosave_delay_ms;
pub use ids::new_doc_id;
pub use kv::{entry_bytes, KvStore, MemoryStore, StoreError};
pub use merge::{merge, MergeConflict, MergeResult};
pub use migrate::{migrate_v1, MigratedV1, MigrationError};
pub use schema::{
    doc_key, parse_settings, validate_document, IndexEntry, Preferences, Settings, StoredDoc, CURRENT_VERSION,
    DOC_PREFIX, INDEX_KEY, LEARNED_KEY, OPEN_KEY, RECOVERY_PREFIX, SETTINGS_KEY, V1_KEY,
};
pub use session::{DocSession, Reconciled};
pub use workspace::{AddError, AddJob, LoadReport, Quarantined, StorageError, Workspace};

//! Team sync through a Kinto server: the project's data model on the server, the pull/push protocol as
//! an IO-free state machine, the local outbox and bases, typed errors, and an in-memory server twin.
//!
//! Invariants:
//! - No IO and no web crate here: requests are values ([`http::Request`]) sent by the caller (fetch in
//!   the browser, a blocking client natively), so the engine runs in wasm futures and native tests alike.
//! - Sync never loses local work: changes stay queued in the [`KvStore`](crate::storage::KvStore) until
//!   the server accepts them, and concurrent edits are merged three-way with core's merge.
//! - Passwords are held in memory only ([`Credentials`]); nothing serialised here contains one.

pub mod engine;
pub mod error;
pub mod fake;
pub mod http;
pub mod records;
pub mod setup;
pub mod state;

pub use engine::{run_blocking, Check, Credentials, Role, SyncConfig, SyncEngine, SyncEvent, SyncStatus};
pub use error::{retry_delay_ms, SyncError};
pub use http::{HttpClient, HttpError, Method, Request, Response};
pub use records::{Collection, MergeReport, RecordKey};
pub use setup::{
    create_account, members_from, project_requests, read_members, setup_blocking, Members, ProjectSetup, SetupError,
};

#[cfg(test)]
mod tests;

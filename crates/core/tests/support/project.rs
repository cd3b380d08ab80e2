//! A test project on a real Kinto: its server, bucket, run tag (so that users and buckets of different runs
//! never meet) and admin credentials, and sync engines for its users over an in-memory store; shared by
//! `tests/kinto_sync.rs` and `benches/sync_load.rs` (included with `#[path]`).
//!
//! Invariant: a user name given as `name` always becomes `name-<run>` on the server, in one place.

use spandrel_core::storage::MemoryStore;
use spandrel_core::sync::{Credentials, Role, SyncConfig, SyncEngine, SyncError};

pub struct Project {
    pub url: String,
    pub bucket: String,
    pub run: String,
    pub admin: Credentials,
}

impl Project {
    /// The server's name of this run's user `name`.
    pub fn user(&self, name: &str) -> String {
        format!("{name}-{}", self.run)
    }

    /// A sync engine for this run's user `name` with password `pw` (`page`: records per pull page).
    pub fn engine_as(
        &self,
        name: &str,
        role: Role,
        pw: &str,
        page: Option<usize>,
    ) -> Result<SyncEngine<MemoryStore>, SyncError> {
        self.engine_over(MemoryStore::new(), name, role, pw, page)
    }

    /// Like [`Project::engine_as`] over an existing store (the same browser, reopened with other settings).
    pub fn engine_over(
        &self,
        store: MemoryStore,
        name: &str,
        role: Role,
        pw: &str,
        page: Option<usize>,
    ) -> Result<SyncEngine<MemoryStore>, SyncError> {
        let user = self.user(name);
        let config = SyncConfig {
            server: self.url.clone(),
            bucket: self.bucket.clone(),
            user: user.clone(),
            role,
            page_size: page,
        };
        SyncEngine::open(store, config, Credentials::new(user, pw))
    }
}

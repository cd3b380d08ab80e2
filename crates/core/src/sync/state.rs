//! What sync keeps locally, in the same [`KvStore`] as the workspace: the last synced server version of
//! every record (the base of three-way merges, and the team's records for the curator), the outbox of
//! changes not yet accepted by the server, and the change-feed position of each collection.
//!
//! Layout, under `spandrel/sync/v1/<server>/<bucket>/<user>/` (server and user encoded to `[a-zA-Z0-9_]`):
//! - `meta`: `{"since": {"<collection>": <timestamp>}}`
//! - `base/<collection>/<id>`: `{"last_modified": n, "data": {...}}`
//! - `out/<collection>/<id>`: `{"data": {...} | null, "seq": n, "blocked": null | "<reason>"}` (`null` data: delete)
//!
//! Invariants:
//! - Every change is written to the store before it is reflected in memory, so what [`SyncState::load`]
//!   gives back after a reload is what was acknowledged; a failed write leaves memory as it was.
//! - Credentials are never part of this state.
//! - An unreadable value is not dropped: loading fails with a message naming the key, and the value stays.

use super::records::{encode_id_part, Collection, RecordKey};
use crate::storage::kv::{KvStore, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A record as the server last gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Synced {
    pub last_modified: u64,
    pub data: serde_json::Value,
    /// The `last_modified` of the versions this one was written on top of, oldest first (the newest
    /// [`MAX_PARENTS`]), as its writer recorded them (the record's `sync_parents` field).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<u64>,
    /// Set while this client wrote this version and has not seen a later one that descends from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
}

/// What a version this client wrote was written on top of. Kinto checks `If-Match` and writes in two
/// steps, without a lock, so a write racing ours can succeed on the same version and replace ours; keeping
/// what ours was written on lets the engine merge ours back into the racing version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Written {
    /// The record did not exist.
    Created,
    /// The version (its data) it replaced.
    Over(serde_json::Value),
}

/// How many ancestors a record names (older ones are dropped).
pub const MAX_PARENTS: usize = 16;

impl Synced {
    /// A version as the server gave it, not written by this client.
    pub fn new(last_modified: u64, data: serde_json::Value, parents: Vec<u64>) -> Self {
        Synced { last_modified, data, parents, written: None }
    }

    /// Whether this version was written knowing `older` (it is `older`, or names it among its parents).
    pub fn descends_from(&self, older: &Synced) -> bool {
        self.last_modified == older.last_modified || self.parents.contains(&older.last_modified)
    }

    /// The parents of a version written on top of this one.
    pub fn child_parents(&self) -> Vec<u64> {
        let mut p = self.parents.clone();
        p.push(self.last_modified);
        let drop = p.len().saturating_sub(MAX_PARENTS);
        p.drain(..drop);
        p
    }
}

/// A local change waiting to be accepted by the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// The whole record as it should be on the server; `None` deletes it.
    pub data: Option<serde_json::Value>,
    /// Order of staging (older first).
    pub seq: u64,
    /// Why the server refused it (it is then kept, but not sent again until staged anew, the role
    /// changes, or the user asks to try refused changes again).
    #[serde(default)]
    pub blocked: Option<String>,
    /// The role it was refused under (`Role::name`), so a change of role tries it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_role: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Meta {
    #[serde(default)]
    since: BTreeMap<Collection, u64>,
}

/// A failure to read or write the local sync state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    #[error("the sync queue could not be saved in browser storage ({0}); the documents themselves are saved")]
    Store(#[from] StoreError),
    #[error("the saved sync state \"{key}\" could not be read ({reason}); it was left in place")]
    Corrupt { key: String, reason: String },
}

/// The local sync state of one (server, project, user), mirrored in memory.
#[derive(Debug)]
pub struct SyncState<S: KvStore> {
    store: S,
    prefix: String,
    meta: Meta,
    base: BTreeMap<RecordKey, Synced>,
    outbox: BTreeMap<RecordKey, Pending>,
    next_seq: u64,
}

/// The key prefix for a (server, bucket, user).
pub fn state_prefix(server: &str, bucket: &str, user: &str) -> String {
    format!("spandrel/sync/v1/{}/{}/{}/", encode_id_part(server), encode_id_part(bucket), encode_id_part(user))
}

fn parse_record_key(rest: &str) -> Option<RecordKey> {
    let (c, id) = rest.split_once('/')?;
    Some(RecordKey::new(Collection::parse(c)?, id))
}

impl<S: KvStore> SyncState<S> {
    pub fn load(store: S, prefix: String) -> Result<Self, StateError> {
        let mut st = SyncState {
            store,
            prefix,
            meta: Meta::default(),
            base: BTreeMap::new(),
            outbox: BTreeMap::new(),
            next_seq: 1,
        };
        let corrupt =
            |key: &str, e: serde_json::Error| StateError::Corrupt { key: key.to_owned(), reason: e.to_string() };
        for key in st.store.keys()? {
            let Some(rest) = key.strip_prefix(&st.prefix) else { continue };
            let Some(raw) = st.store.get(&key)? else { continue };
            if rest == "meta" {
                st.meta = serde_json::from_str(&raw).map_err(|e| corrupt(&key, e))?;
            } else if let Some(k) = rest.strip_prefix("base/").and_then(parse_record_key) {
                st.base.insert(k, serde_json::from_str(&raw).map_err(|e| corrupt(&key, e))?);
            } else if let Some(k) = rest.strip_prefix("out/").and_then(parse_record_key) {
                let p: Pending = serde_json::from_str(&raw).map_err(|e| corrupt(&key, e))?;
                st.next_seq = st.next_seq.max(p.seq + 1);
                st.outbox.insert(k, p);
            }
        }
        Ok(st)
    }

    fn key(&self, kind: &str, k: &RecordKey) -> String {
        format!("{}{kind}/{}/{}", self.prefix, k.collection.as_str(), k.id)
    }

    pub fn since(&self, c: Collection) -> Option<u64> {
        self.meta.since.get(&c).copied()
    }

    pub fn set_since(&mut self, c: Collection, ts: u64) -> Result<(), StateError> {
        let mut meta = self.meta.clone();
        meta.since.insert(c, ts);
        let json = serde_json::to_string(&meta)
            .map_err(|e| StateError::Corrupt { key: "meta".into(), reason: e.to_string() })?;
        self.store.set(&format!("{}meta", self.prefix), &json)?;
        self.meta = meta;
        Ok(())
    }

    pub fn base(&self, k: &RecordKey) -> Option<&Synced> {
        self.base.get(k)
    }

    pub fn bases(&self, c: Collection) -> impl Iterator<Item = (&RecordKey, &Synced)> {
        self.base.iter().filter(move |(k, _)| k.collection == c)
    }

    pub fn set_base(&mut self, k: &RecordKey, v: Option<Synced>) -> Result<(), StateError> {
        let key = self.key("base", k);
        match v {
            Some(v) => {
                let json = serde_json::to_string(&v)
                    .map_err(|e| StateError::Corrupt { key: key.clone(), reason: e.to_string() })?;
                self.store.set(&key, &json)?;
                self.base.insert(k.clone(), v);
            }
            None => {
                self.store.remove(&key)?;
                self.base.remove(k);
            }
        }
        Ok(())
    }

    pub fn pending(&self, k: &RecordKey) -> Option<&Pending> {
        self.outbox.get(k)
    }

    pub fn outbox(&self) -> impl Iterator<Item = (&RecordKey, &Pending)> {
        self.outbox.iter()
    }

    /// Pending changes the server has not refused, oldest first.
    pub fn outbox_in_order(&self) -> Vec<RecordKey> {
        let mut v: Vec<(&RecordKey, &Pending)> = self.outbox.iter().filter(|(_, p)| p.blocked.is_none()).collect();
        v.sort_by_key(|(_, p)| p.seq);
        v.into_iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn waiting(&self) -> usize {
        self.outbox.len()
    }

    /// Queues `data` (or a deletion) for `k`, replacing an earlier pending change of it.
    pub fn set_pending(&mut self, k: &RecordKey, data: Option<serde_json::Value>) -> Result<(), StateError> {
        let p = Pending { data, seq: self.next_seq, blocked: None, blocked_role: None };
        self.write_pending(k, p)?;
        self.next_seq += 1;
        Ok(())
    }

    /// Marks `k`'s pending change as refused by the server (to `role`), keeping it.
    pub fn block_pending(&mut self, k: &RecordKey, reason: String, role: &str) -> Result<(), StateError> {
        let Some(mut p) = self.outbox.get(k).cloned() else { return Ok(()) };
        p.blocked = Some(reason);
        p.blocked_role = Some(role.to_owned());
        self.write_pending(k, p)
    }

    /// Makes the refused changes that `which` selects sendable again; returns how many.
    pub fn unblock(&mut self, which: impl Fn(&Pending) -> bool) -> Result<usize, StateError> {
        let keys: Vec<RecordKey> =
            self.outbox.iter().filter(|(_, p)| p.blocked.is_some() && which(p)).map(|(k, _)| k.clone()).collect();
        for k in &keys {
            if let Some(mut p) = self.outbox.get(k).cloned() {
                p.blocked = None;
                p.blocked_role = None;
                self.write_pending(k, p)?;
            }
        }
        Ok(keys.len())
    }

    /// Replaces the data of `k`'s pending change keeping its place in the queue (after a merge).
    pub fn rewrite_pending(&mut self, k: &RecordKey, data: Option<serde_json::Value>) -> Result<(), StateError> {
        let Some(mut p) = self.outbox.get(k).cloned() else { return self.set_pending(k, data) };
        p.data = data;
        self.write_pending(k, p)
    }

    fn write_pending(&mut self, k: &RecordKey, p: Pending) -> Result<(), StateError> {
        let key = self.key("out", k);
        let json =
            serde_json::to_string(&p).map_err(|e| StateError::Corrupt { key: key.clone(), reason: e.to_string() })?;
        self.store.set(&key, &json)?;
        self.outbox.insert(k.clone(), p);
        Ok(())
    }

    pub fn clear_pending(&mut self, k: &RecordKey) -> Result<(), StateError> {
        self.store.remove(&self.key("out", k))?;
        self.outbox.remove(k);
        Ok(())
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn into_store(self) -> S {
        self.store
    }
}

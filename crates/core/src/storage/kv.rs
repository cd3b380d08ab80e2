//! Key–value store abstraction (what `window.localStorage` offers) and an in-memory implementation.
//!
//! Invariants:
//! - A failed [`KvStore::set`] leaves the previous value of that key untouched (browsers behave so on
//!   `QuotaExceededError`, and [`MemoryStore`] enforces it).
//! - Sizes are counted like browsers count them: UTF-16 code units of key + value, times two bytes.

use std::collections::BTreeMap;

/// A failure of the underlying key–value store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The write would exceed the storage quota; the old value of `key` is unchanged.
    #[error("browser storage is full: writing \"{key}\" needs {needed} more bytes than the quota allows")]
    QuotaExceeded { key: String, needed: usize },
    /// Storage cannot be used at all (private mode, disabled by policy, …).
    #[error("browser storage is unavailable: {0}")]
    Unavailable(String),
    /// Any other failure reported by the store for one key.
    #[error("browser storage failed on \"{key}\": {message}")]
    Failed { key: String, message: String },
}

/// The minimal key–value interface Spandrel needs; `window.localStorage` implements it in the app.
pub trait KvStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value`; on error the previous value must stay intact.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// Bytes used, counted as 2 × UTF-16 code units of every key and value.
    fn size_bytes(&self) -> Result<usize, StoreError>;
    /// The quota in bytes, if known. Browsers do not expose it; the app may pass an estimate.
    fn quota_bytes(&self) -> Option<usize> {
        None
    }
}

/// A borrowed store is a store, so a [`super::Workspace`] can work on `&mut S` and give it back.
impl<T: KvStore + ?Sized> KvStore for &mut T {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
    fn size_bytes(&self) -> Result<usize, StoreError> {
        (**self).size_bytes()
    }
    fn quota_bytes(&self) -> Option<usize> {
        (**self).quota_bytes()
    }
}

/// Bytes a key–value pair occupies in browser accounting (UTF-16 code units × 2).
pub fn entry_bytes(key: &str, value: &str) -> usize {
    2 * (crate::text::utf16_len(key) + crate::text::utf16_len(value))
}

/// An in-memory [`KvStore`] with an optional quota, used by tests and the native CLI.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    map: BTreeMap<String, String>,
    quota: Option<usize>,
    used: usize,
    /// When `Some(n)`, the next `n` writes (sets or removes) succeed and all later ones fail.
    writes_left: Option<usize>,
    /// Sets of this key fail (fault injection).
    failing_key: Option<String>,
}

impl MemoryStore {
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// A store that refuses writes making the total exceed `quota` bytes.
    pub fn with_quota(quota: usize) -> Self {
        MemoryStore { quota: Some(quota), ..MemoryStore::default() }
    }

    pub fn set_quota(&mut self, quota: Option<usize>) {
        self.quota = quota;
    }

    /// Fault injection that simulates a crash: allow `n` more successful writes (`set` or `remove`), then
    /// fail every later write with [`StoreError::Unavailable`]. `None` removes the limit.
    pub fn fail_writes_after(&mut self, n: Option<usize>) {
        self.writes_left = n;
    }

    fn count_write(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(left) = self.writes_left {
            if left == 0 {
                return Err(StoreError::Unavailable(format!("simulated failure while writing \"{key}\"")));
            }
            self.writes_left = Some(left - 1);
        }
        Ok(())
    }

    /// Fault injection: every `set` of exactly `key` fails with [`StoreError::Unavailable`]; `None` heals.
    pub fn fail_sets_to(&mut self, key: Option<&str>) {
        self.failing_key = key.map(str::to_owned);
    }

    /// A snapshot of all entries (for byte-identical comparisons in tests).
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.clone()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.count_write(key)?;
        if self.failing_key.as_deref() == Some(key) {
            return Err(StoreError::Unavailable(format!("simulated failure while writing \"{key}\"")));
        }
        let old = self.map.get(key).map_or(0, |v| entry_bytes(key, v));
        let new_used = self.used - old + entry_bytes(key, value);
        if let Some(q) = self.quota {
            if new_used > q {
                return Err(StoreError::QuotaExceeded { key: key.to_owned(), needed: new_used - q });
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        self.used = new_used;
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.count_write(key)?;
        if let Some(v) = self.map.remove(key) {
            self.used -= entry_bytes(key, &v);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.keys().cloned().collect())
    }

    fn size_bytes(&self) -> Result<usize, StoreError> {
        Ok(self.used)
    }

    fn quota_bytes(&self) -> Option<usize> {
        self.quota
    }
}

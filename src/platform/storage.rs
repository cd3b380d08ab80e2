//! `KvStore` over `window.localStorage`.

#[cfg(target_arch = "wasm32")]
use spandrel_core::storage::entry_bytes;
use spandrel_core::storage::{KvStore, StoreError};
use wasm_bindgen::JsCast;

/// The browser's localStorage. A unit struct: the handle is looked up on every call, so the value
/// is `Send + Sync` and can live in reactive state.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

#[cfg(target_arch = "wasm32")]
fn storage() -> Result<web_sys::Storage, StoreError> {
    let w = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match w.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(StoreError::Unavailable("localStorage is disabled in this browser".into())),
        Err(e) => Err(StoreError::Unavailable(js_message(&e))),
    }
}

/// A readable message from a thrown JS value.
pub fn js_message(e: &wasm_bindgen::JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

#[cfg(target_arch = "wasm32")]
fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return d.name() == "QuotaExceededError" || d.code() == 22;
    }
    false
}

#[cfg(target_arch = "wasm32")]
impl KvStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(|e| StoreError::Failed { key: key.into(), message: js_message(&e) })
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(|e| {
            if is_quota_error(&e) {
                StoreError::QuotaExceeded { key: key.into(), needed: entry_bytes(key, value) }
            } else {
                StoreError::Failed { key: key.into(), message: js_message(&e) }
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(|e| StoreError::Failed { key: key.into(), message: js_message(&e) })
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = storage()?;
        let n = s.length().map_err(|e| StoreError::Unavailable(js_message(&e)))?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }

    fn size_bytes(&self) -> Result<usize, StoreError> {
        let s = storage()?;
        let mut total = 0;
        for k in self.keys()? {
            let v = s.get_item(&k).map_err(|e| StoreError::Failed { key: k.clone(), message: js_message(&e) })?;
            total += entry_bytes(&k, v.as_deref().unwrap_or(""));
        }
        Ok(total)
    }

    fn quota_bytes(&self) -> Option<usize> {
        // Chromium and Firefox give each origin 5 MiB of UTF-16 (10 MiB of bytes as counted by entry_bytes).
        Some(10 * 1024 * 1024)
    }
}

/// Off wasm, localStorage is this thread's memory store (see `super::native`).
#[cfg(not(target_arch = "wasm32"))]
impl KvStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        super::native::local_store()?;
        super::native::with_store(|s| s.get(key))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        super::native::local_store()?;
        super::native::with_store(|s| s.set(key, value))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        super::native::local_store()?;
        super::native::with_store(|s| s.remove(key))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        super::native::local_store()?;
        super::native::with_store(|s| s.keys())
    }

    fn size_bytes(&self) -> Result<usize, StoreError> {
        super::native::local_store()?;
        super::native::with_store(|s| s.size_bytes())
    }

    fn quota_bytes(&self) -> Option<usize> {
        super::native::with_store(|s| s.quota_bytes())
    }
}

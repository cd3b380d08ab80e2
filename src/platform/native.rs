//! In-memory twins of the web APIs, for running the app's actions natively (`cargo test -p spandrel-app`):
//! compiled only off wasm. Everything is thread-local, so each test (cargo runs each on its own thread)
//! has its own browser: its own localStorage, clock, timers, task queue and extraction engine.
//!
//! - storage: [`LocalStore`](super::storage::LocalStore) is a core [`MemoryStore`]; tests set a quota
//!   ([`set_quota`]) and write as another tab would ([`other_tab_set`]).
//! - clock: `platform::now_ms()` and `dom::perf_now()` read a fake clock that only [`advance`] moves.
//! - timers: `platform::timer::set_timeout` and friends queue callbacks on that clock; [`advance`] runs the
//!   due ones in order.
//! - tasks: `leptos::task::spawn_local` queues futures on a thread-local executor (installed by [`reset`]);
//!   [`run_tasks`] polls them until none can progress (every twin below answers at once).
//! - extraction worker: a deterministic engine ([`Engine`]): the "shipped model" is a list of words with a
//!   label and score ([`set_model`]); it learns accepted spans' words and unlearns rejected ones, and forgets.
//! - DOM: calls that would act on the page are recorded ([`dom_calls`]).

use super::extractor::{Found, Learned};
use super::PlatformError;
use spandrel_core::extract::learn::Feedback;
use spandrel_core::storage::{KvStore, MemoryStore, StoreError};
use spandrel_core::Text;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

/// The fake clock's epoch: `now_ms()` at the start of every test (2027-01-15).
pub const EPOCH_MS: i64 = 1_800_000_000_000;
/// How long a frame lasts for `request_animation_frame` (ms).
pub const FRAME_MS: u64 = 16;

thread_local! {
    /// Milliseconds since [`EPOCH_MS`].
    static CLOCK: Cell<i64> = const { Cell::new(0) };
    static TIMERS: RefCell<Vec<Timer>> = const { RefCell::new(Vec::new()) };
    static NEXT_TIMER: Cell<u64> = const { Cell::new(1) };
    static TASKS: RefCell<Vec<Task>> = const { RefCell::new(Vec::new()) };
    static STORE: RefCell<Option<MemoryStore>> = const { RefCell::new(Some(MemoryStore { .. MEMORY_STORE_DEFAULT })) };
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    static DOM_CALLS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

// `MemoryStore::default()` is not const; a thread-local starts from `reset()` anyway.
#[allow(clippy::declare_interior_mutable_const)]
const MEMORY_STORE_DEFAULT: MemoryStore = unreachable_store();

const fn unreachable_store() -> MemoryStore {
    panic!("unused")
}

/// A fresh browser for this thread: empty storage without a quota, the clock at [`EPOCH_MS`], no timers
/// or tasks, the default engine, no recorded DOM calls. Installs the task executor (once per process).
pub fn reset() {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        // Only fails when an executor is already installed, which is then used instead.
        let _ = any_spawner::Executor::init_custom_executor(QueueExecutor);
    });
    CLOCK.set(0);
    TIMERS.with_borrow_mut(Vec::clear);
    NEXT_TIMER.set(1);
    TASKS.with_borrow_mut(Vec::clear);
    STORE.set(Some(MemoryStore::new()));
    ENGINE.set(Engine::default());
    DOM_CALLS.with_borrow_mut(Vec::clear);
}

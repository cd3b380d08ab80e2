//! In-memory twins of the web APIs, for running the app's actions natively (`cargo test -p spandrel-app`);
//! compiled only off wasm. Everything is thread-local, so each test (cargo runs each on its own thread)
//! has its own browser: its own localStorage, clock, timers, task queue and extraction engine.
//!
//! - storage: [`LocalStore`](super::storage::LocalStore) is a core [`MemoryStore`]; tests set a quota
//!   ([`set_quota`]), write as another tab would ([`other_tab_set`]) or take storage away
//!   ([`set_storage_available`]).
//! - clock: `platform::now_ms()` and `dom::perf_now()` read a fake clock that only [`advance`] moves.
//! - timers: `platform::timer::set_timeout` and friends queue callbacks on that clock; [`advance`] runs the
//!   due ones in order.
//! - tasks: `leptos::task::spawn_local` queues futures on a thread-local queue (the executor is installed
//!   by [`reset`]); [`run_tasks`] polls them until none can progress (every twin here answers at once).
//! - extraction worker: a deterministic engine: the "shipped model" is a list of words with a label and a
//!   score ([`set_model`]); it learns the words of accepted spans, unlearns rejected ones, and forgets.
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
    /// `None` until first used (then an empty store without a quota).
    static STORE: RefCell<Option<MemoryStore>> = const { RefCell::new(None) };
    static STORE_AVAILABLE: Cell<bool> = const { Cell::new(true) };
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    static DOM_CALLS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static HASH: RefCell<String> = const { RefCell::new(String::new()) };
    /// What pdf.js would read from the next PDFs (`None`: no pdf.js here) and draw of their pages.
    static PDF: RefCell<Option<Result<super::pdf::PdfRead, super::pdf::PdfFail>>> = const { RefCell::new(None) };
}

/// A fresh browser for this thread: empty storage without a quota, the clock at [`EPOCH_MS`], no timers
/// or tasks, the default engine, no recorded DOM calls. Installs the task executor (once per process).
pub fn reset() {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        // Fails only when another executor is installed already, which is then used instead.
        if let Err(e) = any_spawner::Executor::init_custom_executor(QueueExecutor) {
            eprintln!("spandrel native twin: task executor not installed: {e:?}");
        }
    });
    CLOCK.set(0);
    TIMERS.with_borrow_mut(Vec::clear);
    NEXT_TIMER.set(1);
    TASKS.with_borrow_mut(Vec::clear);
    STORE.set(None);
    STORE_AVAILABLE.set(true);
    ENGINE.set(Engine::default());
    DOM_CALLS.with_borrow_mut(Vec::clear);
    HASH.with_borrow_mut(String::clear);
    PDF.set(None);
}

// ---------------------------------------------------------------------------------------------------
// PDF (pdf.js)

/// What the PDF twin reads from any PDF from now on (`None`: refuses, as off the browser).
pub fn set_pdf(read: Option<Result<super::pdf::PdfRead, super::pdf::PdfFail>>) {
    PDF.set(read);
}

/// The PDF twin's reading.
pub fn pdf_read() -> Result<super::pdf::PdfRead, super::pdf::PdfFail> {
    PDF.with_borrow(|r| r.clone())
        .unwrap_or_else(|| Err(super::pdf::PdfFail::Other("PDFs are read in the browser (pdf.js)".into())))
}

/// The PDF twin's drawing of page `page` of the file read (its items again, no image).
pub fn pdf_render(digest: &str, page: u32) -> Result<super::pdf::PageImage, super::pdf::PdfFail> {
    let read = pdf_read()?;
    if read.digest != digest {
        return Err(super::pdf::PdfFail::Missing);
    }
    let items =
        read.pdf.pages.get(page as usize - 1).cloned().ok_or(super::pdf::PdfFail::Other(format!("no page {page}")))?;
    let (w, h) = (items.width, items.height);
    Ok(super::pdf::PageImage {
        url: format!("blob:twin/{digest}/{page}"),
        width: w,
        height: h,
        transform: [1.0, 0.0, 0.0, -1.0, 0.0, h],
        items,
    })
}

// ---------------------------------------------------------------------------------------------------
// Clock

/// `Date.now()`: milliseconds since the Unix epoch on the fake clock.
pub fn now_ms() -> i64 {
    EPOCH_MS + CLOCK.get()
}

/// `performance.now()`: milliseconds since the test started.
pub fn perf_now() -> f64 {
    CLOCK.get() as f64
}

/// Moves the clock `ms` forward, running every timer that falls due on the way (in order of due time,
/// then of creation) and, after each, the tasks that can progress.
pub fn advance(ms: u64) {
    run_tasks();
    let target = CLOCK.get() + ms as i64;
    loop {
        let next = TIMERS.with_borrow_mut(|ts| {
            let at = ts.iter().enumerate().filter(|(_, t)| t.due <= target).min_by_key(|(_, t)| (t.due, t.seq))?.0;
            Some(ts.remove(at))
        });
        let Some(timer) = next else { break };
        CLOCK.set(CLOCK.get().max(timer.due));
        (timer.cb)();
        run_tasks();
    }
    CLOCK.set(target);
}

/// Runs what is ready now: the tasks that can progress and the timers due at this instant.
pub fn settle() {
    advance(0);
}

// ---------------------------------------------------------------------------------------------------
// Timers

struct Timer {
    due: i64,
    seq: u64,
    cb: Box<dyn FnOnce()>,
}

/// A timer that can be cancelled (the twin of leptos' `TimeoutHandle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeoutHandle(u64);

impl TimeoutHandle {
    /// Cancels the timer (nothing happens if it already ran).
    pub fn clear(&self) {
        TIMERS.with_borrow_mut(|ts| ts.retain(|t| t.seq != self.0));
    }
}

/// Runs `cb` once `duration` has passed on the fake clock.
pub fn set_timeout_with_handle(
    cb: impl FnOnce() + 'static,
    duration: Duration,
) -> Result<TimeoutHandle, PlatformError> {
    let seq = NEXT_TIMER.get();
    NEXT_TIMER.set(seq + 1);
    let due = CLOCK.get() + duration.as_millis() as i64;
    TIMERS.with_borrow_mut(|ts| ts.push(Timer { due, seq, cb: Box::new(cb) }));
    Ok(TimeoutHandle(seq))
}

pub fn set_timeout(cb: impl FnOnce() + 'static, duration: Duration) {
    let _ = set_timeout_with_handle(cb, duration);
}

/// Runs `cb` at the next frame ([`FRAME_MS`] later).
pub fn request_animation_frame(cb: impl FnOnce() + 'static) {
    set_timeout(cb, Duration::from_millis(FRAME_MS));
}

/// How many timers wait, and in how many ms the first falls due.
pub fn pending_timers() -> (usize, Option<i64>) {
    TIMERS.with_borrow(|ts| (ts.len(), ts.iter().map(|t| t.due - CLOCK.get()).min()))
}

// ---------------------------------------------------------------------------------------------------
// Tasks

struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

struct Task {
    fut: Pin<Box<dyn Future<Output = ()>>>,
    woken: Arc<Flag>,
}

fn queue(fut: Pin<Box<dyn Future<Output = ()>>>) {
    TASKS.with_borrow_mut(|t| t.push(Task { fut, woken: Arc::new(Flag(AtomicBool::new(true))) }));
}

/// The executor behind `leptos::task::spawn_local` off wasm: futures wait in this thread's queue until
/// [`run_tasks`].
struct QueueExecutor;

impl any_spawner::CustomExecutor for QueueExecutor {
    fn spawn(&self, fut: any_spawner::PinnedFuture<()>) {
        queue(fut);
    }

    fn spawn_local(&self, fut: any_spawner::PinnedLocalFuture<()>) {
        queue(fut);
    }

    fn poll_local(&self) {}
}

/// Polls the queued tasks until none that was woken is left; returns how many finished.
pub fn run_tasks() -> usize {
    let mut done = 0;
    for _ in 0..100_000 {
        let ready: Vec<Task> = TASKS.with_borrow_mut(|ts| {
            let (ready, parked): (Vec<Task>, Vec<Task>) =
                std::mem::take(ts).into_iter().partition(|t| t.woken.0.swap(false, Ordering::SeqCst));
            *ts = parked;
            ready
        });
        if ready.is_empty() {
            return done;
        }
        for mut task in ready {
            let waker = Waker::from(task.woken.clone());
            match task.fut.as_mut().poll(&mut Context::from_waker(&waker)) {
                Poll::Ready(()) => done += 1,
                Poll::Pending => TASKS.with_borrow_mut(|ts| ts.push(task)),
            }
        }
    }
    panic!("tasks keep waking each other: they never settle");
}

/// How many tasks are queued (finished ones are gone).
pub fn pending_tasks() -> usize {
    TASKS.with_borrow(Vec::len)
}

/// Gives other tasks a turn (the twin of `dom::yield_now`): pending once, woken at once.
pub async fn yield_now() {
    let mut yielded = false;
    std::future::poll_fn(move |cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await
}

// ---------------------------------------------------------------------------------------------------
// Storage

/// Runs `f` on this thread's localStorage (all of core's fault injection is there: quota, failing writes).
pub fn with_store<R>(f: impl FnOnce(&mut MemoryStore) -> R) -> R {
    STORE.with_borrow_mut(|s| f(s.get_or_insert_with(MemoryStore::new)))
}

/// The storage quota in bytes (`None`: unlimited). Writes beyond it fail as a full browser's do.
pub fn set_quota(bytes: Option<usize>) {
    with_store(|s| s.set_quota(bytes));
}

/// Bytes stored now (as browsers count them).
pub fn stored_bytes() -> usize {
    with_store(|s| s.size_bytes().unwrap_or(0))
}

/// Writes `key` as another tab would (the app is not told; call its `storage` event handler for that).
pub fn other_tab_set(key: &str, value: &str) -> Result<(), StoreError> {
    with_store(|s| s.set(key, value))
}

/// Removes `key` as another tab would.
pub fn other_tab_remove(key: &str) {
    with_store(|s| s.remove(key)).expect("the memory store removes");
}

/// The stored value of `key`.
pub fn stored(key: &str) -> Option<String> {
    with_store(|s| s.get(key)).expect("the memory store reads")
}

/// Every stored entry.
pub fn stored_entries() -> BTreeMap<String, String> {
    with_store(|s| s.snapshot())
}

/// Takes localStorage away (as a browser with storage disabled) or gives it back.
pub fn set_storage_available(on: bool) {
    STORE_AVAILABLE.set(on);
}

/// What `LocalStore` does off wasm.
pub(crate) fn local_store() -> Result<(), StoreError> {
    if STORE_AVAILABLE.get() {
        Ok(())
    } else {
        Err(StoreError::Unavailable("localStorage is disabled in this browser".into()))
    }
}

// ---------------------------------------------------------------------------------------------------
// Extraction worker

/// The engine the extraction worker's twin runs: deterministic suggestions from a word list.
#[derive(Debug, Clone, Default)]
struct Engine {
    /// The "shipped model": word → (label, score).
    model: BTreeMap<String, (String, f32)>,
    /// Words learned from accepted spans: word → label (score 1).
    taught: BTreeMap<String, String>,
    /// (word, label) pairs learned from rejected spans: never suggested.
    rejected: BTreeSet<(String, String)>,
    /// Each document's last decisions, as learned: (taught spans, rejected spans).
    per_doc: HashMap<String, (usize, usize)>,
    /// When set, every request fails with this message (the model cannot be loaded).
    failure: Option<String>,
    /// The requests received, in order ("extract", "extract_many 3", "learn doc-1", "teach 2", "forget").
    calls: Vec<String>,
}

impl Engine {
    fn suggest(&self, text: &str) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let words: Vec<(&str, &str, f32)> = self
            .model
            .iter()
            .map(|(w, (l, s))| (w.as_str(), l.as_str(), *s))
            .filter(|(w, _, _)| !self.taught.contains_key(*w))
            .chain(self.taught.iter().map(|(w, l)| (w.as_str(), l.as_str(), 1.0)))
            .filter(|(w, l, _)| !self.rejected.contains(&((*w).to_owned(), (*l).to_owned())))
            .collect();
        for (word, label, score) in words {
            for (at, _) in text.match_indices(word) {
                let end = at + word.len();
                let before = text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
                let after = text[end..].chars().next().is_some_and(char::is_alphanumeric);
                if before || after {
                    continue;
                }
                let start = text[..at].chars().count();
                out.push(Found { start, end: start + word.chars().count(), label: label.to_owned(), score });
            }
        }
        out.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
        out
    }

    fn check(&mut self, call: String) -> Result<(), PlatformError> {
        self.calls.push(call);
        match &self.failure {
            Some(why) => Err(PlatformError::Js(why.clone())),
            None => Ok(()),
        }
    }

    fn learn_from(&mut self, doc: &str, text: &str, feedback: &str) -> Result<(), PlatformError> {
        let fb: Feedback = serde_json::from_str(feedback).map_err(|e| PlatformError::Js(e.to_string()))?;
        let text = Text::new(text.to_owned());
        let word = |s: spandrel_core::Span| text.slice_cp(s.start..s.end).map(str::to_owned).ok();
        for k in &fb.known {
            if let Some(w) = word(k.span) {
                self.rejected.remove(&(w.clone(), k.label.clone()));
                self.taught.insert(w, k.label.clone());
            }
        }
        for r in &fb.rejected {
            if let Some(w) = word(r.span) {
                if self.taught.get(&w) == Some(&r.label) {
                    self.taught.remove(&w);
                }
                self.rejected.insert((w, r.label.clone()));
            }
        }
        self.per_doc.insert(doc.to_owned(), (fb.known.len(), fb.rejected.len()));
        Ok(())
    }

    fn learned(&self, updated: usize, found: Vec<Found>) -> Learned {
        let taught = self.per_doc.values().map(|c| c.0).sum();
        let rejected = self.per_doc.values().map(|c| c.1).sum();
        Learned { taught, rejected, updated, found }
    }
}

/// The shipped model of the extraction twin: each whole-word occurrence of a word is suggested with its
/// label and score.
pub fn set_model(words: &[(&str, &str, f32)]) {
    ENGINE.with_borrow_mut(|e| {
        e.model = words.iter().map(|(w, l, s)| ((*w).to_owned(), ((*l).to_owned(), *s))).collect()
    });
}

/// Makes every request to the extraction twin fail with `why` (`None`: it works again).
pub fn fail_extraction(why: Option<&str>) {
    ENGINE.with_borrow_mut(|e| e.failure = why.map(str::to_owned));
}

/// The requests the extraction twin received, in order.
pub fn extractor_calls() -> Vec<String> {
    ENGINE.with_borrow(|e| e.calls.clone())
}

/// What the extraction twin suggests for `text` now.
pub fn suggestions_for(text: &str) -> Vec<Found> {
    ENGINE.with_borrow(|e| e.suggest(text))
}

/// The twins of `platform::extractor`'s requests (same signatures; they answer at once).
pub mod extractor {
    use super::*;

    /// The worker's reading of a rich file, done here with core's readers (the native build has them).
    pub async fn read_rich(
        name: &str,
        text: &str,
        _model_rel: &str,
    ) -> Result<spandrel_core::intake::RichRead, PlatformError> {
        ENGINE.with_borrow_mut(|e| e.check(format!("read_rich {name}")))?;
        spandrel_core::rich::read_file(name, text)
            .ok_or_else(|| PlatformError::Js(format!("{name} is not a Markdown or HTML file")))
    }

    pub async fn extract(text: &str, _model_rel: &str, _rounds: u32) -> Result<(Vec<Found>, f64), PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check("extract".into())?;
            Ok((e.suggest(text), 0.0))
        })
    }

    pub async fn extract_many(texts: &[&str], model_rel: &str) -> Result<Vec<Vec<Found>>, PlatformError> {
        Ok(extract_many_timed(texts, model_rel).await?.0)
    }

    pub async fn extract_many_timed(texts: &[&str], _model_rel: &str) -> Result<(Vec<Vec<Found>>, f64), PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check(format!("extract_many {}", texts.len()))?;
            Ok((texts.iter().map(|t| e.suggest(t)).collect(), 0.0))
        })
    }

    pub async fn teach(items: &[(String, String)], reset: bool, _model_rel: &str) -> Result<Learned, PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check(format!("teach {}", items.len()))?;
            if reset {
                e.taught.clear();
                e.rejected.clear();
                e.per_doc.clear();
            }
            for (i, (text, fb)) in items.iter().enumerate() {
                e.learn_from(&format!("#{i}"), text, fb)?;
            }
            Ok(e.learned(0, Vec::new()))
        })
    }

    pub async fn forget(_model_rel: &str) -> Result<Learned, PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check("forget".into())?;
            e.taught.clear();
            e.rejected.clear();
            e.per_doc.clear();
            Ok(e.learned(0, Vec::new()))
        })
    }

    /// The twin's ranking: the ids in reverse of the order given (an order that is not the corpus
    /// order, so native tests see the queue follow the worker).
    pub async fn rank(
        ids: &[String],
        _texts: &[String],
        _model_rel: &str,
    ) -> Result<(Vec<String>, f64), PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check(format!("rank {}", ids.len()))?;
            Ok((ids.iter().rev().cloned().collect(), 0.0))
        })
    }

    pub async fn learn(doc: &str, text: &str, feedback: &str, _model_rel: &str) -> Result<Learned, PlatformError> {
        ENGINE.with_borrow_mut(|e| {
            e.check(format!("learn {doc}"))?;
            let before = e.suggest(text);
            e.learn_from(doc, text, feedback)?;
            let after = e.suggest(text);
            let updated = usize::from(before != after);
            Ok(e.learned(updated, after))
        })
    }
}

// ---------------------------------------------------------------------------------------------------
// DOM

/// Records a call that would act on the page.
pub(crate) fn record(call: String) {
    DOM_CALLS.with_borrow_mut(|c| c.push(call));
}

/// The page calls made so far ("focus ann-3", "download name.json", "clear_location_hash" …).
pub fn dom_calls() -> Vec<String> {
    DOM_CALLS.with_borrow(Vec::clone)
}

/// The page address' hash (without `#`), as a shared link sets it.
pub fn set_location_hash(hash: &str) {
    HASH.set(hash.to_owned());
}

pub(crate) fn location_hash() -> String {
    HASH.with_borrow(String::clone)
}

pub(crate) fn clear_location_hash() {
    HASH.with_borrow_mut(String::clear);
    record("clear_location_hash".into());
}

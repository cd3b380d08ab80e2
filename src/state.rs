//! AppState: the reactive shell around the core. Components call these methods; the methods call
//! `spandrel-core` and then update signals. No product rule is decided here.

use crate::platform::extractor::Found;
use crate::platform::{self, dom, storage::LocalStore};
use leptos::prelude::*;
use spandrel_core::corpus::Corpus;
use spandrel_core::edit::{Applied, Command, Editor, NewSpan};
use spandrel_core::index::SpanIndex;
use spandrel_core::storage::{autosave_delay_ms, DocSession, IndexEntry, Settings, StorageError, Workspace};
use spandrel_core::words::WordBreaks;
use spandrel_core::{Document, Id, LabelSchema, Origin, Span, SpanState, Text};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Where the model weights are served from (copied into dist/ by Trunk).
pub const MODEL_URL: &str = "./model/ner-v1.bin";
/// The engine name recorded on suggestions.
pub const ENGINE: &str = "spandrel-ner-v1";
/// The one message for a browser whose localStorage cannot be used.
pub const STORAGE_UNAVAILABLE: &str = "Storage is unavailable in this browser; changes are not saved in this tab.";

/// Why a workspace call failed: no storage at all, or what the workspace said.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WsError {
    #[error("{}", STORAGE_UNAVAILABLE)]
    Unavailable,
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Add(#[from] spandrel_core::storage::AddError),
}

/// Id used for the pending selection when cutting text into rendered pieces.
pub const PENDING_ID: Id = Id::MAX;
/// How often a save that failed for lack of space is retried (ms).
const RETRY_MS: u64 = 3000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// Not saved; the message says why (quota, conflict, storage unavailable).
    NotSaved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Annotate,
    Workspace,
    Agreement,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u64,
    pub level: Level,
    pub text: String,
    /// A button the message offers (e.g. "Import as plain text"); pressing it dismisses the message.
    pub action: Option<MsgAction>,
}

/// What a message's button does.
#[derive(Clone)]
pub struct MsgAction {
    pub label: String,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

impl PartialEq for MsgAction {
    fn eq(&self, other: &Self) -> bool {
        self.label == other.label && Arc::ptr_eq(&self.run, &other.run)
    }
}

impl Eq for MsgAction {}

impl std::fmt::Debug for MsgAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MsgAction").field("label", &self.label).finish_non_exhaustive()
    }
}

/// How long an information message stays before leaving by itself (errors and warnings stay until
/// dismissed).
pub const INFO_MESSAGE_MS: u64 = 6000;
/// At most this many messages are kept on screen (the oldest information goes first).
pub const MAX_MESSAGES: usize = 5;

/// Adds `msg` to `list` (newest last) by the message rules: the same text is shown once (the new
/// copy replaces the old), and past [`MAX_MESSAGES`] the oldest information message leaves first,
/// then the oldest of any level.
pub fn push_message(list: &mut Vec<Message>, msg: Message) {
    list.retain(|x| x.text != msg.text);
    list.push(msg);
    while list.len() > MAX_MESSAGES {
        let at = list.iter().position(|m| m.level == Level::Info).unwrap_or(0);
        list.remove(at);
    }
}

/// A position on the page for floating pickers (page coordinates, px).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Anchor {
    pub x: f64,
    pub y: f64,
}

/// Everything reactive. `Copy`: each field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub editor: RwSignal<Option<Editor>>,
    /// Rebuilt after every change of the current document.
    pub index: RwSignal<Arc<SpanIndex>>,
    pub schema: RwSignal<LabelSchema>,
    /// The annotation with keyboard/details focus.
    pub focused: RwSignal<Option<Id>>,
    /// A snapped range waiting for a label (from the mouse, touch or the keyboard caret).
    pub pending: RwSignal<Option<Span>>,
    pub picker_at: RwSignal<Option<Anchor>>,
    /// A label armed by clicking it in the palette: clicking a word labels that word.
    pub armed: RwSignal<Option<String>>,
    pub save_state: RwSignal<SaveState>,
    pub messages: RwSignal<Vec<Message>>,
    /// Text for the aria-live region.
    pub announcement: RwSignal<String>,
    pub screen: RwSignal<Screen>,
    pub show_help: RwSignal<bool>,
    pub docs: RwSignal<Vec<IndexEntry>>,
    pub threshold: RwSignal<f32>,
    pub extracting: RwSignal<bool>,
    /// True while a shared link's document is shown read-only.
    pub read_only: RwSignal<bool>,
    pub workspace: StoredValue<Option<Workspace<LocalStore>>>,
    /// The open document's link to storage: the stored revision and version it is based on
    /// (core's `DocSession`: detects other tabs' writes by content and merges over the right base).
    pub session: StoredValue<DocSession>,
    pub save_timer: StoredValue<Option<TimeoutHandle>>,
    pub next_msg: StoredValue<u64>,
    /// Bumped on every edit; the autosave compares it to what was written.
    pub dirty_gen: StoredValue<(u64, u64)>,
    /// When (performance.now) the oldest unsaved edit was made, and how long the last save took:
    /// together they set the autosave delay (`storage::autosave_delay_ms`).
    pub unsaved_since: StoredValue<Option<f64>>,
    pub last_save_ms: StoredValue<f64>,
    /// Bumped one task after the document changes: the side panel's lists and counts read the
    /// document through it ([`AppState::with_doc_deferred`]), so the text repaints first.
    pub panel_rev: RwSignal<u64>,
    pub panel_pending: StoredValue<bool>,
    /// Word boundaries of the open document's paragraphs in scripts written without spaces (from
    /// the browser's segmenter); every snapping, caret, drag, search and export call passes them.
    /// Segmented lazily, a paragraph when an action first needs it (`words_for`): opening a long
    /// document costs no segmentation. The second field lists the paragraphs not segmented yet.
    pub words: StoredValue<(Arc<WordBreaks>, Vec<std::ops::Range<usize>>)>,
    /// Whether the last save failed for lack of space (then saving is retried on a timer, on a
    /// `storage` event and when the tab is hidden).
    pub retry_pending: StoredValue<bool>,
    /// One trigger per rendered paragraph (sorted by range): an edit notifies only the paragraphs
    /// whose text it touched, so repaint cost does not grow with the document.
    pub para_triggers: StoredValue<Vec<(std::ops::Range<usize>, ArcTrigger)>>,
    /// Paragraphs waiting to repaint (a long repaint is spread over tasks, see `repaint`), and
    /// whether a task is draining them. Emptied when another paragraph layout is set up.
    pub repaint_queue: StoredValue<(std::collections::BTreeSet<usize>, bool)>,
    /// The workspace's documents in corpus order (core's `Corpus`, derived from `docs`).
    pub corpus: Memo<Corpus>,
    /// Suggestions computed ahead by the worker for documents not tagged yet, by id: opening one
    /// shows them at once (see `components::corpus`). Never stored until the document is opened.
    /// Each entry carries the learning generation it was computed at (see `ahead_gen`).
    pub ahead: StoredValue<HashMap<String, (u64, Vec<Found>)>>,
    /// Bumped when the learner changes: entries of an older generation are stale (still shown at
    /// once when their document opens, then brought up to date).
    pub ahead_gen: StoredValue<u64>,
    /// How many suggestions each document of `ahead` has (the Documents table shows them).
    pub ahead_counts: RwSignal<HashMap<String, usize>>,
    /// Whether the worker is preparing suggestions ahead, and whether it should look again when done.
    pub prefetching: StoredValue<(bool, bool)>,
    /// Documents another tab wrote, waiting to be taken into the list.
    pub reload_queue: StoredValue<std::collections::BTreeSet<String>>,
    /// What suggestions learned from the annotator: spans taught and rejected (shown in the panel).
    pub learned: RwSignal<(usize, usize)>,
    /// The decisions last sent to the learner, per document (a hash), so an unchanged save sends none.
    pub learn_sent: StoredValue<HashMap<String, u64>>,
}

impl AppState {
    pub fn new() -> Self {
        let docs = RwSignal::new(Vec::new());
        AppState {
            editor: RwSignal::new(None),
            index: RwSignal::new(Arc::new(SpanIndex::from_spans(std::iter::empty()))),
            schema: RwSignal::new(LabelSchema::default()),
            focused: RwSignal::new(None),
            pending: RwSignal::new(None),
            picker_at: RwSignal::new(None),
            armed: RwSignal::new(None),
            save_state: RwSignal::new(SaveState::Saved),
            messages: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            screen: RwSignal::new(Screen::Annotate),
            show_help: RwSignal::new(false),
            docs,
            threshold: RwSignal::new(0.5),
            extracting: RwSignal::new(false),
            read_only: RwSignal::new(false),
            workspace: StoredValue::new(None),
            session: StoredValue::new(DocSession::detached()),
            save_timer: StoredValue::new(None),
            next_msg: StoredValue::new(1),
            dirty_gen: StoredValue::new((0, 0)),
            unsaved_since: StoredValue::new(None),
            last_save_ms: StoredValue::new(0.0),
            panel_rev: RwSignal::new(0),
            panel_pending: StoredValue::new(false),
            retry_pending: StoredValue::new(false),
            words: StoredValue::new((Arc::new(WordBreaks::NONE), Vec::new())),
            para_triggers: StoredValue::new(Vec::new()),
            repaint_queue: StoredValue::new((std::collections::BTreeSet::new(), false)),
            corpus: Memo::new(move |_| docs.with(|d| Corpus::new(d))),
            ahead: StoredValue::new(HashMap::new()),
            ahead_gen: StoredValue::new(0),
            ahead_counts: RwSignal::new(HashMap::new()),
            prefetching: StoredValue::new((false, false)),
            reload_queue: StoredValue::new(Default::default()),
            learned: RwSignal::new((0, 0)),
            learn_sent: StoredValue::new(HashMap::new()),
        }
    }

    // ----- workspace ----------------------------------------------------------------------

    /// Runs `f` on the workspace (mutably); [`WsError::Unavailable`] when there is none.
    pub fn ws_mut<R, E: Into<WsError>>(
        &self,
        f: impl FnOnce(&mut Workspace<LocalStore>) -> Result<R, E>,
    ) -> Result<R, WsError> {
        self.workspace
            .try_update_value(|w| w.as_mut().map(|w| f(w).map_err(Into::into)))
            .flatten()
            .unwrap_or(Err(WsError::Unavailable))
    }

    /// Runs `f` on the workspace; [`WsError::Unavailable`] when there is none.
    pub fn ws_ref<R, E: Into<WsError>>(
        &self,
        f: impl FnOnce(&Workspace<LocalStore>) -> Result<R, E>,
    ) -> Result<R, WsError> {
        self.workspace.with_value(|w| w.as_ref().map(|w| f(w).map_err(Into::into))).unwrap_or(Err(WsError::Unavailable))
    }

    /// Forgets the word boundaries of the previous text: the paragraphs of `text` that need a
    /// segmenter (core's `words::paragraphs_to_segment`) are segmented when first needed.
    pub fn refresh_words(&self, text: &Text) {
        let pending = spandrel_core::words::paragraphs_to_segment(text);
        self.words.set_value((Arc::new(WordBreaks::NONE), pending));
    }

    /// The open document's word boundaries, with every paragraph touching `r` (code points)
    /// segmented by the browser's segmenter. Without one, selections there are kept as made.
    pub fn words_for(&self, r: std::ops::Range<usize>) -> Arc<WordBreaks> {
        let touches = |p: &std::ops::Range<usize>| p.start <= r.end && r.start <= p.end;
        let needed = self.words.with_value(|(_, pending)| pending.iter().any(touches));
        if !needed {
            return self.words.with_value(|(w, _)| w.clone());
        }
        let Some(text) = self.with_doc_untracked(|d| d.text.clone()) else { return Arc::new(WordBreaks::NONE) };
        let mut failure = None;
        self.words.update_value(|(w, pending)| {
            let (now, later): (Vec<_>, Vec<_>) = pending.drain(..).partition(|p| touches(p));
            *pending = later;
            let words = Arc::make_mut(w);
            for p in &now {
                match segment_paragraph(&text, p.clone()) {
                    Ok(seg) => words.extend(seg),
                    Err(e) => failure = Some(e),
                }
            }
            words.join_spaced_islands_in(&text, now);
        });
        if let Some(e) = failure {
            self.notify(
                Level::Warning,
                format!("Word boundaries for Chinese, Japanese or Thai text are unavailable ({e}); selections there are kept as you make them."),
            );
        }
        self.words.with_value(|(w, _)| w.clone())
    }

    /// The open document's word boundaries for the whole text (search, label-all).
    pub fn words(&self) -> Arc<WordBreaks> {
        self.words_for(0..usize::MAX)
    }

    // ----- messages -------------------------------------------------------------------------

    /// Shows a message (see [`push_message`]); information leaves by itself after
    /// [`INFO_MESSAGE_MS`]. Each message is also announced by the live region.
    pub fn notify(&self, level: Level, text: impl Into<String>) {
        self.notify_with(level, text, None);
    }

    /// [`AppState::notify`] with a button.
    pub fn notify_with(&self, level: Level, text: impl Into<String>, action: Option<MsgAction>) {
        let id = self.next_msg.get_value();
        self.next_msg.set_value(id + 1);
        let text = text.into();
        let info = level == Level::Info;
        self.announce(text.clone());
        self.messages.update(|m| push_message(m, Message { id, level, text, action }));
        if info {
            let this = *self;
            set_timeout(move || this.dismiss(id), Duration::from_millis(INFO_MESSAGE_MS));
        }
    }

    pub fn error(&self, text: impl Into<String>) {
        self.notify(Level::Error, text);
    }

    pub fn dismiss(&self, id: u64) {
        self.messages.update(|m| m.retain(|x| x.id != id));
    }

    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }

    // ----- boot -------------------------------------------------------------------------------

    /// Loads the workspace from localStorage, creating the sample document on first use.
    pub fn boot(&self) {
        match Workspace::load(LocalStore) {
            Ok((ws, report)) => {
                for q in &report.quarantined {
                    self.notify(
                        Level::Warning,
                        format!("A stored entry could not be read and was set aside for recovery: {}", q.reason),
                    );
                }
                if let Some(v) = report.migrated_from {
                    self.notify(Level::Info, format!("Your saved work was upgraded from storage version {v}."));
                }
                for n in &report.notes {
                    self.notify(Level::Info, n.clone());
                }
                self.schema.set(report.settings.schema.clone());
                self.threshold.set(report.settings.preferences.score_threshold);
                self.docs.set(report.index.clone());
                self.workspace.set_value(Some(ws));
            }
            Err(e) => {
                self.error(format!("Saved work could not be loaded ({e}). Changes will not be saved in this tab."));
            }
        }
        self.boot_learned();
        let last = self.workspace.with_value(|w| w.as_ref().and_then(|w| w.last_open()));
        let first =
            last.or_else(|| self.docs.with_untracked(|d| d.iter().max_by_key(|e| e.modified).map(|e| e.id.clone())));
        match first {
            Some(id) => self.open_doc(&id),
            None => {
                let doc =
                    Document::new("sample", crate::app::SAMPLE_TITLE, crate::app::SAMPLE_TEXT, platform::now_ms());
                self.add_and_open(doc);
            }
        }
    }

    /// Takes one document's index entry into `docs` (after a save of it): cheaper than
    /// [`AppState::refresh_docs`] in a corpus of thousands.
    pub fn refresh_entry(&self, id: &str) {
        let entry = self.workspace.with_value(|w| w.as_ref().map(|w| w.entry(id).cloned()));
        let Some(entry) = entry else { return };
        self.docs.update(|v| {
            let at = v.binary_search_by(|e| e.id.as_str().cmp(id));
            match (at, entry) {
                (Ok(i), Some(e)) => v[i] = e,
                (Err(i), Some(e)) => v.insert(i, e),
                (Ok(i), None) => {
                    v.remove(i);
                }
                (Err(_), None) => {}
            }
        });
    }

    pub fn refresh_docs(&self) {
        let list = self.workspace.with_value(|w| w.as_ref().map(|w| w.list()));
        if let Some(list) = list {
            self.docs.set(list);
        }
    }

    /// Saves a new document to the workspace and opens it.
    pub fn add_and_open(&self, doc: Document) {
        let id = doc.id.clone();
        let res = self.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, 0)));
        match res.flatten() {
            Some(Ok(rev)) => {
                self.refresh_docs();
                self.set_current(doc, rev);
            }
            Some(Err(e)) => {
                self.error(format!("“{}” could not be saved: {e}", doc.title));
                self.set_current(doc, 0);
                self.save_state.set(SaveState::NotSaved);
            }
            None => self.set_current(doc, 0),
        }
        let _ = id;
    }

    pub fn open_doc(&self, id: &str) {
        self.flush_save();
        let loaded = self.workspace.with_value(|w| w.as_ref().map(|w| w.load_doc(id)));
        match loaded {
            Some(Ok(stored)) => self.set_current(stored.doc, stored.revision),
            Some(Err(e)) => self.error(format!("The document could not be opened: {e}")),
            None => self.error("Storage is unavailable in this browser."),
        }
    }

    fn set_current(&self, mut doc: Document, revision: u64) {
        self.session.set_value(DocSession::opened(&doc, revision));
        self.dirty_gen.set_value((0, 0));
        self.focused.set(None);
        self.pending.set(None);
        self.picker_at.set(None);
        let read_only = self.read_only.get_untracked();
        let mut needs_extraction =
            !read_only && !doc.annotations.values().any(|a| matches!(a.origin, Origin::Extracted { .. }));
        // Suggestions prepared ahead are on screen with the text (not an undoable step).
        let (ready, stale) = match needs_extraction.then(|| self.take_ahead(&doc.id)).flatten() {
            Some((found, stale)) => (Some(found), stale),
            None => (None, false),
        };
        let prefilled = ready.is_some_and(|found| {
            let mut ed = Editor::new(doc.clone());
            match ed.apply(Command::AddSpans(found_spans(found)), platform::now_ms()) {
                Ok(_) => {
                    doc = ed.into_doc();
                    true
                }
                Err(e) => {
                    self.error(format!("The suggestions prepared for this document could not be added: {e}"));
                    false
                }
            }
        });
        needs_extraction &= !prefilled;
        // Suggestions saved before "Forget what suggestions learned" follow the engine as it is now
        // (decided spans stay): the open document does at Forget, every other one when it opens.
        let predates_forget = !read_only
            && !needs_extraction
            && !prefilled
            && match self.ws_ref(|w| w.suggestions_predate_forget(&doc)) {
                Ok(b) => b,
                Err(WsError::Unavailable) => false,
                Err(e) => {
                    self.notify(
                        Level::Warning,
                        format!("Whether this document's suggestions are up to date is unknown: {e}"),
                    );
                    false
                }
            };
        let id = doc.id.clone();
        self.index.set(Arc::new(SpanIndex::new(&doc)));
        self.refresh_words(&doc.text);
        self.editor.set(Some(Editor::new(doc)));
        self.invalidate_all();
        self.save_state.set(SaveState::Saved);
        self.screen.set(Screen::Annotate);
        if read_only {
            return;
        }
        if prefilled {
            self.mark_dirty();
        }
        if let Err(e) = self.ws_mut(|w| w.set_last_open(&id)) {
            if !matches!(e, WsError::Unavailable) {
                self.notify(Level::Warning, format!("Which document is open could not be remembered: {e}"));
            }
        }
        if needs_extraction {
            self.run_extraction();
        } else if (prefilled && stale) || predates_forget {
            self.refresh_open_suggestions(false);
        }
        self.prefetch();
    }

    // ----- editing ----------------------------------------------------------------------------

    pub fn with_doc<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.editor.with(|e| e.as_ref().map(|e| f(e.doc())))
    }

    /// Reads the document for secondary views (the side panel's lists and counts): they update one
    /// task after an edit, once the text has repainted, instead of in the same frame.
    pub fn with_doc_deferred<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.panel_rev.track();
        self.with_doc_untracked(f)
    }

    /// Schedules the deferred views' update (at most one pending at a time).
    pub fn schedule_panel(&self) {
        if self.panel_pending.get_value() {
            return;
        }
        self.panel_pending.set_value(true);
        let this = *self;
        set_timeout(
            move || {
                this.panel_pending.set_value(false);
                this.panel_rev.update(|r| *r += 1);
            },
            Duration::ZERO,
        );
    }

    pub fn with_doc_untracked<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.editor.with_untracked(|e| e.as_ref().map(|e| f(e.doc())))
    }

    /// Applies a command; shows errors; announces the result; schedules autosave.
    pub fn apply(&self, cmd: Command) -> Option<Applied> {
        if self.read_only.get_untracked() {
            self.notify(Level::Info, "This shared document is read-only. Save a copy to edit it.");
            return None;
        }
        let now = platform::now_ms();
        let res = self.editor.try_update(|e| e.as_mut().map(|e| e.apply(cmd, now))).flatten();
        match res {
            Some(Ok(applied)) => {
                self.after_change(&applied);
                Some(applied)
            }
            Some(Err(e)) => {
                self.error(e.to_string());
                None
            }
            None => None,
        }
    }

    pub fn undo(&self) {
        if self.read_only.get_untracked() {
            return;
        }
        let now = platform::now_ms();
        if let Some(Some(applied)) = self.editor.try_update(|e| e.as_mut().and_then(|e| e.undo(now))) {
            self.after_change(&applied);
        }
    }

    pub fn redo(&self) {
        if self.read_only.get_untracked() {
            return;
        }
        let now = platform::now_ms();
        if let Some(Some(applied)) = self.editor.try_update(|e| e.as_mut().and_then(|e| e.redo(now))) {
            self.after_change(&applied);
        }
    }

    /// Indexes of the rendered paragraphs that overlap (or touch) `span`.
    pub fn paragraphs_of(&self, span: Span) -> std::ops::Range<usize> {
        self.para_triggers.with_value(|ps| {
            // Paragraphs are sorted and disjoint: the first that ends at or after the start, up to
            // the first that starts after the end.
            let from = ps.partition_point(|(r, _)| r.end < span.start);
            let to = from + ps[from..].partition_point(|(r, _)| r.start <= span.end);
            from..to
        })
    }

    /// Repaints the paragraphs that overlap any of these code point ranges.
    pub fn invalidate(&self, spans: &[Span]) {
        let mut paras: Vec<usize> = spans.iter().flat_map(|s| self.paragraphs_of(*s)).collect();
        spandrel_core::sort::sort(&mut paras);
        paras.dedup();
        self.repaint(paras);
    }

    /// Repaints every paragraph (the document was replaced in place).
    pub fn invalidate_all(&self) {
        let n = self.para_triggers.with_value(|ps| ps.len());
        self.repaint((0..n).collect());
    }

    /// Repaints these paragraphs (sorted, distinct indices). Many of them repaint in pieces: those
    /// around what is on screen at once, the others a chunk per task, so a change to thousands of
    /// spans (suggestions arriving, accept all, a merge with another tab) does not freeze the page.
    fn repaint(&self, mut paras: Vec<usize>) {
        const AT_ONCE: usize = 80;
        if paras.len() > AT_ONCE {
            let centre = self
                .editor
                .with_untracked(|e| e.as_ref().and_then(|e| dom::cp_in_view(&e.doc().text)))
                .map(|cp| self.paragraphs_of(Span::new(cp, cp)).start)
                .unwrap_or(0);
            let pos = paras.partition_point(|&p| p < centre);
            let lo = pos.saturating_sub(AT_ONCE / 2).min(paras.len() - AT_ONCE);
            let after = paras.split_off(lo + AT_ONCE);
            let before: Vec<usize> = paras.drain(..lo).collect();
            self.repaint_queue.update_value(|(queued, _)| queued.extend(after.into_iter().chain(before)));
        }
        self.repaint_queue.update_value(|(queued, _)| paras.iter().for_each(|p| _ = queued.remove(p)));
        self.notify_paragraphs(&paras);
        let start = self.repaint_queue.try_update_value(|(queued, running)| {
            let start = !queued.is_empty() && !*running;
            *running |= start;
            start
        });
        if start != Some(true) {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            const CHUNK: usize = 80;
            loop {
                dom::yield_now().await;
                let chunk = this.repaint_queue.try_update_value(|(queued, running)| {
                    let chunk: Vec<usize> = std::iter::from_fn(|| queued.pop_first()).take(CHUNK).collect();
                    *running = !chunk.is_empty();
                    chunk
                });
                match chunk {
                    Some(chunk) if !chunk.is_empty() => this.notify_paragraphs(&chunk),
                    _ => return,
                }
            }
        });
    }

    fn notify_paragraphs(&self, list: &[usize]) {
        self.para_triggers.with_value(|ps| list.iter().filter_map(|&i| ps.get(i)).for_each(|(_, t)| t.notify()))
    }

    /// Replaces the open document's editor (same document, new content: a merge, a reload).
    pub fn replace_editor(&self, doc: Document) {
        self.index.set(Arc::new(SpanIndex::new(&doc)));
        self.refresh_words(&doc.text);
        self.editor.set(Some(Editor::new(doc)));
        self.invalidate_all();
    }

    fn after_change(&self, applied: &Applied) {
        let touched: Vec<Id> =
            applied.created.iter().chain(&applied.changed).chain(&applied.removed).copied().collect();
        // The next index comes from the old one and the touched spans (no full rebuild); the
        // paragraphs under their old and new offsets repaint.
        let next = self.editor.with_untracked(|e| {
            e.as_ref().map(|e| {
                let anns = &e.doc().annotations;
                let (idx, mut dirty) =
                    self.index.with_untracked(|old| old.with_changes(&touched, |id| anns.get(&id).map(|a| a.span)));
                dirty.extend(touched.iter().filter_map(|id| anns.get(id).map(|a| a.span)));
                (idx, dirty)
            })
        });
        let Some((idx, dirty)) = next else { return };
        self.index.set(Arc::new(idx));
        // Only annotations are drawn in the text: a change of title, status or relations repaints nothing.
        self.invalidate(&dirty);
        if let Some(f) = self.focused.get_untracked() {
            if applied.removed.contains(&f)
                || self.with_doc_untracked(|d| !d.annotations.contains_key(&f)).unwrap_or(true)
            {
                self.focused.set(None);
            }
        }
        self.announce(applied.description.clone());
        self.mark_dirty();
    }

    /// Labels the pending range (or the given one) with `label`.
    pub fn create_span(&self, span: Span, label: &str) -> Option<Id> {
        let cmd = self.with_doc_untracked(|d| spandrel_core::edit::label_range(d, span, label))?;
        let applied = self.apply(cmd)?;
        self.pending.set(None);
        self.picker_at.set(None);
        let id = applied.created.first().or(applied.changed.first()).copied();
        if let Some(id) = id {
            self.focused.set(Some(id));
        }
        id
    }

    pub fn set_state(&self, ids: Vec<Id>, state: SpanState) {
        if !ids.is_empty() {
            self.apply(Command::SetState { ids, state });
        }
    }

    pub fn remove(&self, ids: Vec<Id>) {
        if !ids.is_empty() {
            self.apply(Command::RemoveSpans(ids));
        }
    }

    /// Ids of pending suggestions, optionally of one label and at or above a score.
    pub fn suggestion_ids(&self, label: Option<&str>, min_score: Option<f32>) -> Vec<Id> {
        self.with_doc_untracked(|d| {
            d.annotations
                .values()
                .filter(|a| a.state == SpanState::Suggested)
                .filter(|a| label.is_none_or(|l| a.label == l))
                .filter(|a| min_score.is_none_or(|m| a.origin.score().unwrap_or(1.0) >= m))
                .map(|a| a.id)
                .collect()
        })
        .unwrap_or_default()
    }

    // ----- saving -----------------------------------------------------------------------------

    /// Whether the open document has no undoable edit yet (it is as it was opened).
    pub fn is_untouched(&self) -> bool {
        self.editor.with_untracked(|e| e.as_ref().is_some_and(|e| !e.can_undo()))
    }

    /// Applies `cmd` as part of how the document was opened, not as an undoable step of the user's
    /// (the engine's suggestions arriving), and schedules the save.
    pub fn apply_unrecorded(&self, cmd: Command) -> Result<(), spandrel_core::edit::EditError> {
        let now = platform::now_ms();
        let doc = self.editor.try_update(|e| {
            let ed = e.as_mut()?;
            Some(ed.apply(cmd, now).map(|_| ed.doc().clone()))
        });
        if let Some(doc) = doc.flatten().transpose()? {
            self.replace_editor(doc);
            self.mark_dirty();
        }
        Ok(())
    }

    /// Schedules an autosave (also for changes made outside `apply`, such as suggestions arriving).
    pub fn mark_dirty(&self) {
        let now = dom::perf_now();
        if !self.has_unsaved() {
            self.unsaved_since.set_value(Some(now));
        }
        self.dirty_gen.update_value(|g| g.0 += 1);
        self.save_state.set(SaveState::Saving);
        if let Some(h) = self.save_timer.get_value() {
            h.clear();
        }
        let since = self.unsaved_since.get_value().unwrap_or(now);
        let delay = autosave_delay_ms(self.last_save_ms.get_value(), now - since);
        let this = *self;
        match set_timeout_with_handle(move || this.flush_save(), Duration::from_millis(delay as u64)) {
            Ok(h) => self.save_timer.set_value(Some(h)),
            Err(e) => {
                // No timer: save right away rather than not at all.
                leptos::logging::warn!("autosave timer unavailable ({e:?}); saving now");
                self.save_timer.set_value(None);
                self.flush_save();
            }
        }
    }

    /// Whether there are edits that are not in storage yet.
    pub fn has_unsaved(&self) -> bool {
        let (a, b) = self.dirty_gen.get_value();
        a != b
    }

    /// Writes the current document now if it has unsaved edits.
    pub fn flush_save(&self) {
        if !self.has_unsaved() || self.read_only.get_untracked() {
            return;
        }
        let gen = self.dirty_gen.get_value().0;
        let Some(doc) = self.editor.with_untracked(|e| e.as_ref().map(|e| e.doc().clone())) else { return };
        let expected = self.session.with_value(|s| s.revision);
        let started = dom::perf_now();
        let res = self.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, expected))).flatten();
        self.last_save_ms.set_value(dom::perf_now() - started);
        match res {
            Some(Ok(rev)) => {
                self.session.update_value(|s| s.saved(&doc, rev));
                self.dirty_gen.update_value(|g| g.1 = gen);
                if !self.has_unsaved() {
                    self.save_state.set(SaveState::Saved);
                }
                if self.retry_pending.get_value() {
                    self.retry_pending.set_value(false);
                    self.notify(Level::Info, "Storage has room again: your edits are saved.");
                }
                self.refresh_entry(&doc.id);
                self.teach(&doc);
                crate::components::sync::saved(&doc);
            }
            Some(Err(StorageError::Conflict { stored })) => self.reconcile(*stored),
            Some(Err(e)) => {
                self.save_state.set(SaveState::NotSaved);
                let quota = matches!(e, StorageError::QuotaExceeded { .. });
                if quota {
                    if !self.retry_pending.get_value() {
                        self.notify(
                            Level::Warning,
                            "Storage is full: your latest edits are kept on screen but not saved. Export this document \
                             (Export) or delete documents you no longer need; saving is retried until it succeeds.",
                        );
                    }
                    self.schedule_retry();
                } else {
                    self.error(format!("Not saved: {e}"));
                }
            }
            None => self.save_state.set(SaveState::NotSaved),
        }
    }

    /// Retries a save that failed for lack of space, every few seconds until it succeeds (space
    /// may be freed in another tab or by deleting documents); `storage` events and hiding the tab
    /// retry at once ([`AppState::retry_save`]).
    fn schedule_retry(&self) {
        self.retry_pending.set_value(true);
        let this = *self;
        set_timeout(move || this.retry_save(), Duration::from_millis(RETRY_MS));
    }

    /// Saves now if a save is waiting for space (see [`AppState::schedule_retry`]).
    pub fn retry_save(&self) {
        if self.retry_pending.get_value() && self.has_unsaved() {
            self.flush_save();
        }
    }

    /// Another tab wrote the open document (noticed by content, even at the same revision): merge
    /// its version with ours over the right base (core's `DocSession::reconcile`), keep this tab's
    /// undo history (`Editor::rebase`), set aside what could not be placed and say what happened.
    pub fn reconcile(&self, stored: spandrel_core::storage::StoredDoc) {
        let Some(ours) = self.with_doc_untracked(|d| d.clone()) else { return };
        let Some(r) = self.session.try_update_value(|s| s.reconcile(&ours, stored)) else { return };
        let changed = r.merged.doc != ours;
        let conflicts = r.merged.conflicts.clone();
        let leftovers = r.merged.leftovers();
        let doc_id = r.merged.doc.id.clone();
        if changed {
            self.editor.update(|e| {
                if let Some(e) = e.as_mut() {
                    e.rebase(r.merged.doc);
                }
            });
            let doc = self.with_doc_untracked(|d| d.clone());
            if let Some(doc) = doc {
                self.index.set(Arc::new(SpanIndex::new(&doc)));
            }
            self.invalidate_all();
        }
        let mut kept_at = None;
        if let Some(json) = leftovers {
            match self.ws_mut(|w| w.set_aside(&doc_id, &json)) {
                Ok(key) => kept_at = Some(key),
                Err(e) => self.error(format!(
                    "What the merge with another tab could not place could not be kept ({e}); it is: {json}"
                )),
            }
        }
        if conflicts.is_empty() {
            if changed {
                self.notify(Level::Info, "Changes from another tab were merged with yours.");
            }
        } else {
            let what: Vec<String> = conflicts.iter().take(5).map(|c| c.describe()).collect();
            let more = if conflicts.len() > 5 { format!(" (and {} more)", conflicts.len() - 5) } else { String::new() };
            let aside = if kept_at.is_some() {
                " What could not be placed was set aside: Documents → Set-aside entries lets you download it."
            } else {
                ""
            };
            self.notify(
                Level::Warning,
                format!(
                    "This document was also changed in another tab; both sets of changes were kept. {}{more}.{aside}",
                    what.join("; ")
                ),
            );
        }
        if r.needs_save {
            self.mark_dirty();
        } else if !self.has_unsaved() {
            self.save_state.set(SaveState::Saved);
        }
    }

    pub fn save_settings(&self) {
        let settings = Settings {
            schema: self.schema.get_untracked(),
            preferences: spandrel_core::storage::Preferences {
                score_threshold: self.threshold.get_untracked(),
                ..Default::default()
            },
        };
        if let Some(Err(e)) =
            self.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_settings(&settings))).flatten()
        {
            self.error(format!("Settings not saved: {e}"));
        }
    }

    // ----- extraction -------------------------------------------------------------------------

    /// Asks the extraction worker for suggestions on the current document and adds them. The
    /// worker loads the model once and tags the text off the page's thread.
    pub fn run_extraction(&self) {
        let this = *self;
        let Some((text, doc_id)) =
            self.editor.with_untracked(|e| e.as_ref().map(|e| (e.doc().text.clone(), e.doc().id.clone())))
        else {
            return;
        };
        self.extracting.set(true);
        leptos::task::spawn_local(async move {
            let found = match platform::extractor::extract(text.as_str(), MODEL_URL, 1).await {
                Ok((found, _)) => found,
                Err(e) => {
                    this.extracting.set(false);
                    this.error(format!("The entity model could not be loaded ({e}); suggestions are off."));
                    return;
                }
            };
            this.extracting.set(false);
            // The user may have switched documents meanwhile.
            let same = this.with_doc_untracked(|d| d.id == doc_id).unwrap_or(false);
            if !same || found.is_empty() {
                return;
            }
            let spans = found_spans(found);
            let n = spans.len();
            // Suggestions that arrive before any edit are not an undoable step of the user's.
            if this.is_untouched() {
                if let Err(e) = this.apply_unrecorded(Command::AddSpans(spans)) {
                    this.error(format!("The suggestions could not be added: {e}"));
                    return;
                }
            } else {
                this.apply(Command::AddSpans(spans));
            }
            this.announce(format!("{n} suggestions added"));
        });
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The worker's suggestions as new suggested spans.
pub fn found_spans(found: Vec<Found>) -> Vec<NewSpan> {
    found
        .into_iter()
        .map(|s| NewSpan {
            span: Span::new(s.start, s.end),
            label: s.label,
            origin: Origin::Extracted { engine: ENGINE.into(), score: s.score },
            state: SpanState::Suggested,
            note: String::new(),
        })
        .collect()
}

/// One paragraph (`r`, code points) of `text` segmented by the browser's segmenter.
fn segment_paragraph(text: &Text, r: std::ops::Range<usize>) -> Result<WordBreaks, String> {
    let s = text.slice_cp(r.clone()).map_err(|e| e.to_string())?;
    let b = platform::segmenter::word_boundaries_utf16(s).map_err(|e| e.to_string())?;
    WordBreaks::from_utf16_boundaries(text, r.start, b).map_err(|e| e.to_string())
}

/// The word boundaries of all of `text` (exports): the paragraphs that need a segmenter (core's
/// `words::paragraphs_to_segment`) segmented by the browser's; the first failure, if any.
pub fn segment_words(text: &Text) -> (WordBreaks, Option<String>) {
    let mut words = WordBreaks::NONE;
    let mut failure = None;
    for r in spandrel_core::words::paragraphs_to_segment(text) {
        match segment_paragraph(text, r) {
            Ok(w) => words.extend(w),
            Err(e) => failure = Some(e),
        }
    }
    words.join_spaced_islands(text);
    (words, failure)
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

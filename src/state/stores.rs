//! The stores, one concern each. Every field is an arena handle, so every store is `Copy`; each is
//! created once, by `AppState::new` at the root, and written only by the actions (`crate::actions`).

use super::{Anchor, Message, SaveState, Screen};
use crate::platform::dom::EdgeBox;
use crate::platform::extractor::Found;
use crate::platform::storage::LocalStore;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::TimeoutHandle;
use spandrel_core::active::QueueOrder;
use spandrel_core::bidi::Direction;
use spandrel_core::corpus::Corpus;
use spandrel_core::edit::Editor;
use spandrel_core::index::SpanIndex;
use spandrel_core::review::Pace;
use spandrel_core::snap::Edge;
use spandrel_core::stats::DocStats;
use spandrel_core::storage::{DocSession, IndexEntry, Workspace};
use spandrel_core::words::WordBreaks;
use spandrel_core::{Document, Id, LabelSchema, Span};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

/// The open document. Invariant: `index`, `words`, `session` and `direction` always describe the
/// document in `editor`; they are replaced together, by the one action that shows a document
/// (`actions::open::show`), and follow its edits (`after_change`).
#[derive(Clone, Copy)]
pub struct Doc {
    pub editor: RwSignal<Option<Editor>>,
    /// The spans of the open document by position; follows every edit (`SpanIndex::with_changes`).
    pub index: RwSignal<Arc<SpanIndex>>,
    /// Word boundaries of the open document's paragraphs in scripts written without spaces (from
    /// the browser's segmenter), segmented lazily, a paragraph when an action first needs it; the
    /// second field lists the paragraphs not segmented yet.
    pub words: StoredValue<(Arc<WordBreaks>, Vec<Range<usize>>)>,
    /// The open document's link to storage: the stored revision and version it is based on.
    pub session: StoredValue<DocSession>,
    /// True while a shared link's document is shown read-only.
    pub read_only: RwSignal<bool>,
    /// The open document's counts (per label and state, pending scores), kept by core's `DocStats`
    /// from each edit's touched ids: the side panel reads them instead of scanning the document.
    pub stats: StoredValue<DocStats>,
    /// The open document's direction override (`Document::direction`), which its paragraphs follow.
    pub direction: RwSignal<Option<Direction>>,
}

impl Doc {
    pub fn new() -> Self {
        Doc {
            editor: RwSignal::new(None),
            index: RwSignal::new(Arc::new(SpanIndex::from_spans(std::iter::empty()))),
            words: StoredValue::new((Arc::new(WordBreaks::NONE), Vec::new())),
            session: StoredValue::new(DocSession::detached()),
            read_only: RwSignal::new(false),
            stats: StoredValue::new(DocStats::default()),
            direction: RwSignal::new(None),
        }
    }
}

impl Default for Doc {
    fn default() -> Self {
        Self::new()
    }
}

/// What the user points at in the open document. Invariant: emptied whenever another document is shown.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The annotation with keyboard/details focus.
    pub focused: RwSignal<Option<Id>>,
    /// A snapped range waiting for a label (from the mouse, touch or the keyboard caret).
    pub pending: RwSignal<Option<Span>>,
    pub picker_at: RwSignal<Option<Anchor>>,
    /// A label armed by clicking it in the palette: clicking a word labels that word.
    pub armed: RwSignal<Option<String>>,
}

impl Selection {
    pub fn new() -> Self {
        Selection {
            focused: RwSignal::new(None),
            pending: RwSignal::new(None),
            picker_at: RwSignal::new(None),
            armed: RwSignal::new(None),
        }
    }
}

impl Default for Selection {
    fn default() -> Self {
        Self::new()
    }
}

/// Review mode: the open document's suggestions asked one at a time (core's `review`). Invariant:
/// `question` is `None` or a pending suggestion of the open document shown at the threshold and not
/// in `skipped`; `skipped` holds ids of the open document only (emptied when another one is shown).
#[derive(Clone, Copy)]
pub struct Review {
    pub on: RwSignal<bool>,
    pub question: RwSignal<Option<Id>>,
    /// Suggestions skipped in this document during this session (asked again only when no other is left).
    pub skipped: RwSignal<BTreeSet<Id>>,
    /// Decisions made since review mode was turned on, and when.
    pub pace: RwSignal<Pace>,
}

impl Review {
    pub fn new() -> Self {
        Review {
            on: RwSignal::new(false),
            question: RwSignal::new(None),
            skipped: RwSignal::new(BTreeSet::new()),
            pace: RwSignal::new(Pace::default()),
        }
    }
}

impl Default for Review {
    fn default() -> Self {
        Self::new()
    }
}

/// Repainting. Invariant: an edit notifies only the paragraphs whose text it touched; the queue only
/// holds paragraphs of the current layout (emptied when another layout is set up).
#[derive(Clone, Copy)]
pub struct Paint {
    /// One trigger per rendered paragraph (sorted by range).
    pub para_triggers: StoredValue<Vec<(Range<usize>, ArcTrigger)>>,
    /// Paragraphs waiting to repaint (a long repaint is spread over tasks), and whether a task is
    /// draining them.
    pub repaint_queue: StoredValue<(BTreeSet<usize>, bool)>,
    /// Bumped one task after the document changes: the side panel's lists read the document through it.
    pub panel_rev: RwSignal<u64>,
    pub panel_pending: StoredValue<bool>,
    /// The paragraph layout on screen: the document's id and its number of chunks of paragraphs.
    pub layout: RwSignal<(String, usize)>,
    /// The progressive rendering of a long document: how many chunks are shown, and the layout
    /// generation the growth belongs to.
    pub shown_chunks: RwSignal<usize>,
    pub layout_gen: StoredValue<u64>,
}

impl Paint {
    pub fn new() -> Self {
        Paint {
            para_triggers: StoredValue::new(Vec::new()),
            repaint_queue: StoredValue::new((BTreeSet::new(), false)),
            panel_rev: RwSignal::new(0),
            panel_pending: StoredValue::new(false),
            layout: RwSignal::new((String::new(), 0)),
            shown_chunks: RwSignal::new(1),
            layout_gen: StoredValue::new(0),
        }
    }
}

impl Default for Paint {
    fn default() -> Self {
        Self::new()
    }
}

/// Autosave of the open document. Invariant: `dirty_gen.0 != dirty_gen.1` exactly when the open
/// document has edits not in storage; `save_state` shows it.
#[derive(Clone, Copy)]
pub struct Autosave {
    pub save_state: RwSignal<SaveState>,
    pub save_timer: StoredValue<Option<TimeoutHandle>>,
    /// Bumped on every edit (first) and on every write (second).
    pub dirty_gen: StoredValue<(u64, u64)>,
    /// When (performance.now) the oldest unsaved edit was made, and how long the last save took.
    pub unsaved_since: StoredValue<Option<f64>>,
    pub last_save_ms: StoredValue<f64>,
    /// Whether the last save failed for lack of space (then saving is retried).
    pub retry_pending: StoredValue<bool>,
}

impl Autosave {
    pub fn new() -> Self {
        Autosave {
            save_state: RwSignal::new(SaveState::Saved),
            save_timer: StoredValue::new(None),
            dirty_gen: StoredValue::new((0, 0)),
            unsaved_since: StoredValue::new(None),
            last_save_ms: StoredValue::new(0.0),
            retry_pending: StoredValue::new(false),
        }
    }
}

impl Default for Autosave {
    fn default() -> Self {
        Self::new()
    }
}

/// Screens, dialogs, messages and the live region. Invariant: messages follow `push_message`'s rules.
#[derive(Clone, Copy)]
pub struct Ui {
    pub messages: RwSignal<Vec<Message>>,
    /// Text for the aria-live region.
    pub announcement: RwSignal<String>,
    pub screen: RwSignal<Screen>,
    pub show_help: RwSignal<bool>,
    /// Whether the annotation guidelines are shown.
    pub show_guidelines: RwSignal<bool>,
    pub next_msg: StoredValue<u64>,
    /// The interface language the user chose (a settings preference); `None`: the browser's. The
    /// language of this run is `i18n::active()`; a change reloads the page.
    pub language: StoredValue<Option<String>>,
    /// The active keyboard layout as the browser tells it (for the key caps shown beside the key
    /// table's keys); empty until read, and where the browser does not tell.
    pub layout: RwSignal<spandrel_core::keymap::Layout>,
}

impl Ui {
    pub fn new() -> Self {
        Ui {
            messages: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            screen: RwSignal::new(Screen::Annotate),
            show_help: RwSignal::new(false),
            show_guidelines: RwSignal::new(false),
            next_msg: StoredValue::new(1),
            language: StoredValue::new(None),
            layout: RwSignal::new(Default::default()),
        }
    }
}

impl Default for Ui {
    fn default() -> Self {
        Self::new()
    }
}

/// The stored documents. Invariant: `docs` is the workspace's index as last read, sorted by id, and
/// `corpus` and `queue` are derived from it.
#[derive(Clone, Copy)]
pub struct Library {
    pub workspace: StoredValue<Option<Workspace<LocalStore>>>,
    pub docs: RwSignal<Vec<IndexEntry>>,
    /// The workspace's documents in corpus order (core's `Corpus`, derived from `docs`): the
    /// Documents table and exports.
    pub corpus: Memo<Corpus>,
    /// Whose queue the Annotate screen walks (the synced annotator's account), `None`: everyone's.
    pub queue_of: RwSignal<Option<String>>,
    /// The annotator's queue (core's `Corpus::queue`, then `Corpus::ranked` by `ranking` when `order`
    /// is "most informative first"): position, progress and Done → next follow it.
    pub queue: Memo<Corpus>,
    /// The order the queue walks (a workspace preference).
    pub order: RwSignal<QueueOrder>,
    /// The extraction worker's last ranking of the documents to do (most informative first); `None`
    /// until one arrives, and while the corpus order is chosen.
    pub ranking: RwSignal<Option<Vec<String>>>,
    /// Texts sent to the worker for ranking, by document id (a document's text never changes).
    pub texts: StoredValue<HashMap<String, String>>,
    /// Documents another tab wrote, waiting to be taken into the list.
    pub reload_queue: StoredValue<BTreeSet<String>>,
    pub schema: RwSignal<LabelSchema>,
}

impl Library {
    pub fn new() -> Self {
        let docs = RwSignal::new(Vec::new());
        let queue_of: RwSignal<Option<String>> = RwSignal::new(None);
        let order = RwSignal::new(QueueOrder::Corpus);
        let ranking: RwSignal<Option<Vec<String>>> = RwSignal::new(None);
        Library {
            workspace: StoredValue::new(None),
            docs,
            corpus: Memo::new(move |_| docs.with(|d| Corpus::new(d))),
            queue_of,
            queue: Memo::new(move |_| {
                let q = queue_of.with(|u| docs.with(|d| Corpus::queue(d, u.as_deref())));
                match order.get() {
                    QueueOrder::Informative => ranking.with(|r| r.as_ref().map(|r| q.ranked(r))).unwrap_or(q),
                    QueueOrder::Corpus => q,
                }
            }),
            order,
            ranking,
            texts: StoredValue::new(Default::default()),
            reload_queue: StoredValue::new(Default::default()),
            schema: RwSignal::new(LabelSchema::default()),
        }
    }
}

impl Default for Library {
    fn default() -> Self {
        Self::new()
    }
}

/// Suggestions. Invariant: what was prepared ahead lives in memory until its document opens; each
/// entry carries the learning generation it was computed at.
#[derive(Clone, Copy)]
pub struct Suggest {
    pub extracting: RwSignal<bool>,
    pub threshold: RwSignal<f32>,
    pub ahead: StoredValue<HashMap<String, (u64, Vec<Found>)>>,
    /// Bumped when the learner changes: entries of an older generation are stale.
    pub ahead_gen: StoredValue<u64>,
    /// How many suggestions each document of `ahead` has (the Documents table shows them).
    pub ahead_counts: RwSignal<HashMap<String, usize>>,
    /// Whether the worker is preparing suggestions ahead, and whether it should look again when done.
    pub prefetching: StoredValue<(bool, bool)>,
    /// What suggestions learned from the annotator: spans taught and rejected.
    pub learned: RwSignal<(usize, usize)>,
    /// The decisions last sent to the learner, per document (a hash).
    pub learn_sent: StoredValue<HashMap<String, u64>>,
}

impl Suggest {
    pub fn new() -> Self {
        Suggest {
            extracting: RwSignal::new(false),
            threshold: RwSignal::new(0.5),
            ahead: StoredValue::new(HashMap::new()),
            ahead_gen: StoredValue::new(0),
            ahead_counts: RwSignal::new(HashMap::new()),
            prefetching: StoredValue::new((false, false)),
            learned: RwSignal::new((0, 0)),
            learn_sent: StoredValue::new(HashMap::new()),
        }
    }
}

impl Default for Suggest {
    fn default() -> Self {
        Self::new()
    }
}

/// The Documents screen's state that outlives the screen: documents deleted from the list (newest last)
/// until restored or dismissed, and when set-aside entries may have changed.
#[derive(Clone, Copy)]
pub struct WsLocal {
    /// Documents deleted from the list, newest last, until restored or dismissed.
    pub deleted: RwSignal<Vec<(u64, Document)>>,
    /// Bumped when quarantined entries may have changed.
    pub recovery_gen: RwSignal<u64>,
    pub next: StoredValue<u64>,
}

impl WsLocal {
    pub fn new() -> Self {
        WsLocal { deleted: RwSignal::new(Vec::new()), recovery_gen: RwSignal::new(0), next: StoredValue::new(1) }
    }
}

impl Default for WsLocal {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drag {
    pub id: Id,
    pub edge: Edge,
    pub span: Range<usize>,
    pub pointer: i32,
    pub preview: Option<Range<usize>>,
}

/// The edge handles' geometry: measured edges of the focused span, or the pointer while one is dragged.
#[derive(Clone, Copy)]
pub struct Handles {
    pub edges: RwSignal<Option<(EdgeBox, EdgeBox)>>,
    /// The dragged edge and the pointer (relative to the origin).
    pub dragging: RwSignal<Option<(Edge, f64, f64)>>,
    pub drag: StoredValue<Option<Drag>>,
    pub frame_pending: StoredValue<bool>,
}

impl Handles {
    pub fn new() -> Self {
        Handles {
            edges: RwSignal::new(None),
            dragging: RwSignal::new(None),
            drag: StoredValue::new(None),
            frame_pending: StoredValue::new(false),
        }
    }
}

impl Default for Handles {
    fn default() -> Self {
        Self::new()
    }
}

/// One connector as drawn: an SVG path and its label position (doc-column coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct ArcGeom {
    pub id: Id,
    pub d: String,
    pub lx: f64,
    pub ly: f64,
    pub kind: String,
}

/// UI state of relations and search, shared by the components of this file and the key handler.
#[derive(Clone, Copy)]
pub struct RelCtx {
    pub link_mode: RwSignal<bool>,
    pub source: RwSignal<Option<Id>>,
    /// The chosen relation type (empty or unknown: the schema's first).
    pub kind: RwSignal<String>,
    pub arcs: RwSignal<Vec<ArcGeom>>,
    pub frame_pending: StoredValue<bool>,
}

impl RelCtx {
    pub fn new() -> Self {
        RelCtx {
            link_mode: RwSignal::new(false),
            source: RwSignal::new(None),
            kind: RwSignal::new(String::new()),
            arcs: RwSignal::new(Vec::new()),
            frame_pending: StoredValue::new(false),
        }
    }
}

impl Default for RelCtx {
    fn default() -> Self {
        Self::new()
    }
}

/// Search state, provided once at the root so that it outlives screen switches.
#[derive(Clone, Copy)]
pub struct SearchCtx {
    pub query: RwSignal<String>,
    pub ignore_case: RwSignal<bool>,
    pub whole_word: RwSignal<bool>,
    /// The current hit (index into the hits) after next/previous.
    pub hit: RwSignal<Option<usize>>,
    /// Label used by "Label all" (empty: the schema's first).
    pub fill_label: RwSignal<String>,
}

impl SearchCtx {
    pub fn new() -> Self {
        SearchCtx {
            query: RwSignal::new(String::new()),
            ignore_case: RwSignal::new(false),
            whole_word: RwSignal::new(true),
            hit: RwSignal::new(None),
            fill_label: RwSignal::new(String::new()),
        }
    }
}

impl Default for SearchCtx {
    fn default() -> Self {
        Self::new()
    }
}

/// The PDF page view: whether it is open, the page asked for, and the page drawn. Invariant: `shown` is a
/// page of the open document's PDF (cleared, its image given back, when another document is shown or the
/// view closes), and `shown.places` map that page's text items onto the open document's text.
#[derive(Clone, Copy)]
pub struct PageView {
    pub open: RwSignal<bool>,
    /// The page asked for (1-based).
    pub page: RwSignal<u32>,
    pub shown: RwSignal<Option<PageShown>>,
    pub loading: RwSignal<bool>,
    /// Why the page cannot be shown (a message for the user).
    pub error: RwSignal<Option<String>>,
    /// Counts the draws asked for, so that a slow one finishing late is dropped.
    pub generation: StoredValue<u64>,
}

/// A drawn page: its image (a `blob:` URL) and size in CSS pixels, user space → pixels, and where each of
/// its text items is in the document (core's `rich::pdf::page_items`).
#[derive(Debug, Clone, PartialEq)]
pub struct PageShown {
    pub page: u32,
    pub url: String,
    pub width: f64,
    pub height: f64,
    pub transform: [f64; 6],
    pub places: Vec<spandrel_core::rich::pdf::ItemPlace>,
}

impl PageView {
    pub fn new() -> Self {
        PageView {
            open: RwSignal::new(false),
            page: RwSignal::new(1),
            shown: RwSignal::new(None),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }
}

impl Default for PageView {
    fn default() -> Self {
        Self::new()
    }
}

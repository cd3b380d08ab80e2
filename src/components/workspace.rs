//! The workspace screen (many documents in localStorage) and the persistence wiring around it:
//! `storage` events from other tabs, the `beforeunload` guard and files dropped on the window.
//!
//! Every storage rule (revisions, quarantine, merge, index) lives in `spandrel_core::storage`; this
//! module only calls it and shows the outcome.

use crate::platform::{self, dom, transfer as pt, workspace as pw};
use crate::state::{AppState, Level, Screen};
use leptos::prelude::*;
use spandrel_core::decode::{decode_text_file, FileKind};
use spandrel_core::edit::Command;
use spandrel_core::formats::{self, Format, ImportOptions};
use spandrel_core::index::SpanIndex;
use spandrel_core::model::DocStatus;
use spandrel_core::storage::{IndexEntry, StorageError, DOC_PREFIX, INDEX_KEY, RECOVERY_PREFIX, SETTINGS_KEY};
use spandrel_core::{Document, Label, LabelSchema};
use std::sync::Arc;

/// Colours for labels that arrive with an imported file and carry none.
const NEW_LABEL_COLORS: [&str; 8] =
    ["#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff", "#ffadad"];

/// Extensions read as annotation files (through `formats::detect_format`) rather than as plain text.
const ANNOTATION_EXTS: [&str; 9] = ["json", "jsonl", "ndjson", "ann", "conll", "iob", "iob2", "bio", "jsonld"];

/// State of the workspace screen that outlives the screen itself (it is created by [`install`]).
#[derive(Clone, Copy)]
struct WsLocal {
    /// Documents deleted from the list, newest last, until restored or dismissed.
    deleted: RwSignal<Vec<(u64, Document)>>,
    /// Bumped when quarantined entries may have changed.
    recovery_gen: RwSignal<u64>,
    next: StoredValue<u64>,
}

impl WsLocal {
    fn new() -> Self {
        WsLocal { deleted: RwSignal::new(Vec::new()), recovery_gen: RwSignal::new(0), next: StoredValue::new(1) }
    }
}

/// Installs window listeners (storage events from other tabs, beforeunload, files dropped on the window).
pub fn install(st: AppState) {
    let local = WsLocal::new();
    provide_context(local);
    if let Err(e) = pw::on_local_storage_change(move |key| st.ws_on_storage(key, local)) {
        st.notify(Level::Warning, format!("Changes made in other tabs will not show here until reload ({e})."));
    }
    let guard = pw::on_before_unload(move || {
        st.flush_save();
        st.has_unsaved()
    });
    if let Err(e) = guard {
        st.notify(Level::Warning, format!("Closing the tab will not warn about unsaved edits ({e})."));
    }
    if let Err(e) = pw::on_page_hidden(move || st.flush_save()) {
        st.notify(Level::Warning, format!("Edits made just before leaving the page may not be saved ({e})."));
    }
    if let Err(e) = pw::on_window_file_drop(move |files| add_files(st, files), |_| {}) {
        st.notify(
            Level::Warning,
            format!("Dropping files on the window is unavailable ({e}); use Documents → Open files."),
        );
    }
}

/// Reads the files, then adds them as documents.
fn add_files(st: AppState, files: Vec<web_sys::File>) {
    if st.read_only.get_untracked() {
        st.notify(Level::Info, "This shared document is read-only. Save a copy to your workspace before adding files.");
        return;
    }
    leptos::task::spawn_local(async move {
        let mut read = Vec::new();
        for f in &files {
            let name = pt::file_name(f);
            match dom::read_file(f).await {
                Ok(bytes) => read.push((name, bytes)),
                Err(e) => st.error(format!("“{name}” could not be read: {e}")),
            }
        }
        if !read.is_empty() {
            st.ws_add_files(read);
        }
    });
}

fn extension(name: &str) -> String {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default()
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map(|(s, _)| s).filter(|s| !s.is_empty()).unwrap_or(name)
}

/// A title from the first non-empty line of a text.
fn title_from_text(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    let mut t: String = line.chars().take(60).collect();
    if line.chars().count() > 60 {
        t.push('…');
    }
    t
}

fn status_value(s: DocStatus) -> &'static str {
    match s {
        DocStatus::New => "new",
        DocStatus::InProgress => "in-progress",
        DocStatus::Done => "done",
    }
}

fn status_of(v: &str) -> Option<DocStatus> {
    match v {
        "new" => Some(DocStatus::New),
        "in-progress" => Some(DocStatus::InProgress),
        "done" => Some(DocStatus::Done),
        _ => None,
    }
}

fn human_bytes(n: usize) -> String {
    let n = n as f64;
    if n >= 1024.0 * 1024.0 {
        format!("{:.1} MB", n / (1024.0 * 1024.0))
    } else if n >= 1024.0 {
        format!("{:.1} KB", n / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

/// Documents, new label names and the file's own schema, from one imported file (or brat pair).
type ImportedFile = (Vec<Document>, Vec<String>, Option<LabelSchema>);

impl AppState {
    fn ws_current_id(&self) -> Option<String> {
        self.with_doc_untracked(|d| d.id.clone())
    }

    /// `doc-{now}-{n}` that no stored document uses.
    fn ws_fresh_id(&self) -> String {
        let now = platform::now_ms();
        let mut n = 1;
        loop {
            let id = format!("doc-{now}-{n}");
            let taken = self.workspace.with_value(|w| w.as_ref().is_some_and(|w| w.entry(&id).is_some()))
                || self.ws_current_id().as_deref() == Some(id.as_str());
            if !taken {
                return id;
            }
            n += 1;
        }
    }

    /// Saves new documents (fresh ids). Stops at the first failure; returns the ids saved.
    fn ws_save_new(&self, docs: Vec<Document>) -> Vec<String> {
        let mut saved = Vec::new();
        for mut doc in docs {
            doc.id = self.ws_fresh_id();
            let res = self.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, 0))).flatten();
            match res {
                Some(Ok(_)) => saved.push(doc.id.clone()),
                Some(Err(e)) => {
                    self.error(format!("“{}” was not added: {e}", doc.title));
                    break;
                }
                None => {
                    self.error("Storage is unavailable in this browser; nothing was added.");
                    break;
                }
            }
        }
        self.refresh_docs();
        saved
    }

    /// Adds labels the schema lacks (imported files), keeping a file's own colours, and saves settings.
    fn ws_add_labels(&self, names: &[String], from_file: Option<&LabelSchema>) {
        if names.is_empty() {
            return;
        }
        let mut added = Vec::new();
        self.schema.update(|s| {
            for name in names {
                if s.label(name).is_some() {
                    continue;
                }
                let mut l = from_file.and_then(|f| f.label(name).cloned()).unwrap_or_else(|| Label {
                    name: name.clone(),
                    color: NEW_LABEL_COLORS[s.labels.len() % NEW_LABEL_COLORS.len()].into(),
                    hotkey: None,
                    description: String::new(),
                });
                if l.hotkey.is_some_and(|k| s.by_hotkey(k).is_some()) {
                    l.hotkey = None;
                }
                s.labels.push(l);
                added.push(name.clone());
            }
        });
        if !added.is_empty() {
            self.save_settings();
            self.notify(Level::Info, format!("New labels from the file: {}.", added.join(", ")));
        }
    }

    /// Adds files as documents: text files (.txt, .md, .html → visible text) and annotation files
    /// (.json, .jsonl, brat .ann with its .txt, CoNLL …) in any format `formats` can read.
    fn ws_add_files(&self, files: Vec<(String, Vec<u8>)>) {
        let now = platform::now_ms();
        let schema = self.schema.get_untracked();
        let mut docs: Vec<Document> = Vec::new();
        let mut labels: Vec<(Vec<String>, Option<LabelSchema>)> = Vec::new();
        // brat: an .ann file travels with the .txt of the same name.
        let ann_stems: Vec<String> =
            files.iter().filter(|(n, _)| extension(n) == "ann").map(|(n, _)| stem(n).to_owned()).collect();
        let mut brat: Vec<(String, Vec<u8>)> = Vec::new();
        let mut rest: Vec<(String, Vec<u8>)> = Vec::new();
        for (name, bytes) in files {
            let ext = extension(&name);
            if ext == "ann" || (ext == "txt" && ann_stems.iter().any(|s| s == stem(&name))) {
                brat.push((name, bytes));
            } else {
                rest.push((name, bytes));
            }
        }
        let import_one = |label: &str, fmt: Format, group: &[(String, Vec<u8>)]| -> Option<ImportedFile> {
            let opts = ImportOptions { now_ms: now, id_prefix: format!("doc-{now}-"), ..Default::default() };
            match formats::import(fmt, group, &schema, &opts) {
                Ok(r) if r.documents.is_empty() => {
                    self.error(format!("“{label}” contains no documents."));
                    None
                }
                Ok(r) => {
                    let mut out = Vec::new();
                    for (i, mut d) in r.documents.into_iter().enumerate() {
                        if d.title.trim().is_empty() {
                            d.title =
                                if i == 0 { stem(label).to_owned() } else { format!("{} {}", stem(label), i + 1) };
                        }
                        out.push(d);
                    }
                    Some((out, r.new_labels, r.schema))
                }
                Err(rep) => {
                    self.error(format!("“{label}” could not be imported ({}): {rep}", fmt.name()));
                    None
                }
            }
        };
        let mut take = |got: Option<ImportedFile>| {
            if let Some((d, l, s)) = got {
                docs.extend(d);
                labels.push((l, s));
            }
        };
        if !brat.is_empty() {
            let label = brat.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
            take(import_one(&label, Format::Brat, &brat));
        }
        for (name, bytes) in rest {
            let kind = FileKind::from_name(&name);
            if ANNOTATION_EXTS.contains(&extension(&name).as_str()) {
                match formats::detect_format(&name, &bytes) {
                    Some(fmt) => take(import_one(&name, fmt, &[(name.clone(), bytes)])),
                    None => self.error(format!(
                        "“{name}” is not in an annotation format Spandrel knows (Spandrel, spaCy, doccano, Label Studio, \
                         brat, CoNLL, W3C); open it with Import to choose the format."
                    )),
                }
                continue;
            }
            match decode_text_file(&name, &bytes) {
                Ok(decoded) => {
                    if decoded.text.trim().is_empty() {
                        self.error(format!("“{name}” has no text to annotate; it was not added."));
                        continue;
                    }
                    let title = match kind {
                        FileKind::Html => title_from_text(&decoded.text),
                        _ => stem(&name).to_owned(),
                    };
                    take(Some((vec![Document::new(String::new(), title, decoded.text, now)], Vec::new(), None)));
                }
                Err(e) => self.error(format!("The file could not be opened: {e}")),
            }
        }
        if docs.is_empty() {
            return;
        }
        for (names, file_schema) in &labels {
            self.ws_add_labels(names, file_schema.as_ref());
        }
        let titles: Vec<String> = docs.iter().map(|d| format!("“{}”", d.title)).collect();
        let saved = self.ws_save_new(docs);
        if saved.is_empty() {
            return;
        }
        let n = saved.len();
        self.notify(Level::Info, format!("Added {n} document(s): {}.", titles[..n].join(", ")));
        self.announce(format!("Added {n} document(s)"));
        if self.screen.get_untracked() == Screen::Annotate {
            self.open_doc(&saved[0]);
        }
    }

    /// Adds a pasted text as a new document (not opened). Returns false if nothing was added.
    fn ws_add_pasted(&self, title: &str, text: &str) -> bool {
        if text.trim().is_empty() {
            self.error("Paste or type some text to add a document.");
            return false;
        }
        let title = if title.trim().is_empty() { title_from_text(text) } else { title.trim().to_owned() };
        let doc = Document::new(String::new(), title.clone(), text, platform::now_ms());
        if self.ws_save_new(vec![doc]).is_empty() {
            return false;
        }
        self.notify(Level::Info, format!("Added “{title}”."));
        true
    }

    /// Opens a document and stays on (or returns to) the given screen.
    fn ws_open_keeping(&self, id: &str, screen: Screen) {
        self.open_doc(id);
        self.screen.set(screen);
    }

    fn ws_rename(&self, id: &str, title: &str) {
        let title = title.trim();
        if title.is_empty() {
            self.error("A document needs a title.");
            return;
        }
        if self.ws_current_id().as_deref() == Some(id) {
            if self.with_doc_untracked(|d| d.title != title).unwrap_or(false) {
                self.apply(Command::SetTitle(title.to_owned()));
                self.flush_save();
            }
            return;
        }
        let now = platform::now_ms();
        match self.workspace.try_update_value(|w| w.as_mut().map(|w| w.rename_doc(id, title, now))).flatten() {
            Some(Ok(_)) => self.refresh_docs(),
            Some(Err(e)) => self.error(format!("Not renamed: {e}")),
            None => self.error("Storage is unavailable in this browser."),
        }
    }

    fn ws_set_status(&self, id: &str, status: DocStatus) {
        if self.ws_current_id().as_deref() == Some(id) {
            if self.with_doc_untracked(|d| d.status != status).unwrap_or(false) {
                self.apply(Command::SetStatus(status));
                self.flush_save();
            }
            return;
        }
        let now = platform::now_ms();
        match self.workspace.try_update_value(|w| w.as_mut().map(|w| w.set_status(id, status, now))).flatten() {
            Some(Ok(_)) => self.refresh_docs(),
            Some(Err(e)) => self.error(format!("Status not changed: {e}")),
            None => self.error("Storage is unavailable in this browser."),
        }
    }

    fn ws_duplicate(&self, id: &str) {
        if self.ws_current_id().as_deref() == Some(id) {
            self.flush_save();
        }
        let new_id = self.ws_fresh_id();
        let now = platform::now_ms();
        match self.workspace.try_update_value(|w| w.as_mut().map(|w| w.duplicate_doc(id, &new_id, now))).flatten() {
            Some(Ok(_)) => {
                self.refresh_docs();
                self.announce("Document duplicated");
            }
            Some(Err(e)) => self.error(format!("Not duplicated: {e}")),
            None => self.error("Storage is unavailable in this browser."),
        }
    }

    /// Deletes a document; returns it so it can be restored.
    fn ws_delete(&self, id: &str) -> Option<Document> {
        let current = self.ws_current_id().as_deref() == Some(id);
        if current {
            self.flush_save();
        }
        let doc = match self.workspace.with_value(|w| w.as_ref().map(|w| w.load_doc(id))) {
            Some(Ok(s)) => s.doc,
            Some(Err(e)) => {
                self.error(format!("Not deleted: {e}"));
                return None;
            }
            None => {
                self.error("Storage is unavailable in this browser.");
                return None;
            }
        };
        if current && self.has_unsaved() {
            // The latest edits could not be written: keep them with the deleted copy.
            if let Some(d) = self.with_doc_untracked(|d| d.clone()) {
                return self.ws_delete_stored(id, d, current);
            }
        }
        self.ws_delete_stored(id, doc, current)
    }

    fn ws_delete_stored(&self, id: &str, doc: Document, current: bool) -> Option<Document> {
        match self.workspace.try_update_value(|w| w.as_mut().map(|w| w.delete_doc(id))).flatten() {
            Some(Ok(())) => {}
            Some(Err(e)) => {
                self.error(format!("Not deleted: {e}"));
                return None;
            }
            None => {
                self.error("Storage is unavailable in this browser.");
                return None;
            }
        }
        self.refresh_docs();
        if current {
            let next = self.docs.with_untracked(|d| d.iter().max_by_key(|e| e.modified).map(|e| e.id.clone()));
            match next {
                Some(next) => self.ws_open_keeping(&next, self.screen.get_untracked()),
                None => {
                    // Nothing left to show.
                    self.dirty_gen.set_value((0, 0));
                    self.revision.set_value(0);
                    self.saved_doc.set_value(None);
                    self.focused.set(None);
                    self.pending.set(None);
                    self.index.set(Arc::new(SpanIndex::from_spans(std::iter::empty())));
                    self.editor.set(None);
                }
            }
        }
        self.announce(format!("Deleted “{}”", doc.title));
        Some(doc)
    }

    fn ws_restore(&self, mut doc: Document) -> bool {
        let taken = self.workspace.with_value(|w| w.as_ref().is_some_and(|w| w.entry(&doc.id).is_some()));
        if taken {
            doc.id = self.ws_fresh_id();
        }
        let res = self.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, 0))).flatten();
        match res {
            Some(Ok(_)) => {
                self.refresh_docs();
                self.announce(format!("Restored “{}”", doc.title));
                true
            }
            Some(Err(e)) => {
                self.error(format!("“{}” could not be restored: {e}", doc.title));
                false
            }
            None => {
                self.error("Storage is unavailable in this browser.");
                false
            }
        }
    }

    /// Re-reads the whole workspace (another tab changed the document list).
    fn ws_refresh_all(&self) {
        let res = self.workspace.try_update_value(|w| w.as_mut().map(|w| w.refresh())).flatten();
        match res {
            Some(Ok(report)) => {
                for q in &report.quarantined {
                    self.notify(
                        Level::Warning,
                        format!("A stored entry could not be read and was set aside for recovery: {}", q.reason),
                    );
                }
                self.refresh_docs();
            }
            Some(Err(e)) => self.error(format!("The document list could not be re-read: {e}")),
            None => {}
        }
    }

    /// Another tab may have saved the open document: take its version, or merge with ours.
    fn ws_check_current(&self) {
        if self.read_only.get_untracked() {
            return;
        }
        let Some(id) = self.ws_current_id() else { return };
        if self.has_unsaved() {
            // Saving detects the newer stored revision and merges both sides (AppState::flush_save).
            self.flush_save();
            return;
        }
        let stored = self.workspace.with_value(|w| w.as_ref().map(|w| w.load_doc(&id)));
        match stored {
            Some(Ok(s)) if s.revision != self.revision.get_value() => {
                let screen = self.screen.get_untracked();
                let focused = self.focused.get_untracked();
                let pending = self.pending.get_untracked();
                self.ws_open_keeping(&id, screen);
                let exists = |f: u64| self.with_doc_untracked(|d| d.annotations.contains_key(&f)).unwrap_or(false);
                if let Some(f) = focused.filter(|f| exists(*f)) {
                    self.focused.set(Some(f));
                }
                if pending.is_some() && focused.is_none() {
                    self.pending.set(pending);
                }
            }
            Some(Ok(_)) | None => {}
            Some(Err(StorageError::NotFound { .. })) => {
                let title = self.with_doc_untracked(|d| d.title.clone()).unwrap_or_default();
                self.notify(
                    Level::Warning,
                    format!(
                        "“{title}” was deleted in another tab. It stays open here; edit it to save it again, or open \
                         another document."
                    ),
                );
            }
            Some(Err(e)) => self.error(format!("The change made in another tab could not be read: {e}")),
        }
    }

    fn ws_on_storage(&self, key: Option<String>, local: WsLocal) {
        if self.read_only.get_untracked() {
            return;
        }
        match key.as_deref() {
            None => {
                self.ws_refresh_all();
                self.ws_check_current();
                local.recovery_gen.update(|g| *g += 1);
            }
            Some(INDEX_KEY) => self.ws_refresh_all(),
            Some(SETTINGS_KEY) => match self.workspace.with_value(|w| w.as_ref().map(|w| w.load_settings())) {
                Some(Ok(s)) => {
                    self.schema.set(s.schema);
                    self.threshold.set(s.preferences.score_threshold);
                }
                Some(Err(e)) => self.error(format!("Labels changed in another tab could not be read: {e}")),
                None => {}
            },
            Some(k) if k.starts_with(RECOVERY_PREFIX) => local.recovery_gen.update(|g| *g += 1),
            Some(k) => {
                if let Some(id) = k.strip_prefix(DOC_PREFIX) {
                    if self.ws_current_id().as_deref() == Some(id) {
                        self.ws_check_current();
                    }
                }
            }
        }
    }
}

#[component]
pub fn WorkspaceScreen() -> impl IntoView {
    let st = crate::state::use_state();
    let local = use_context::<WsLocal>().unwrap_or_else(WsLocal::new);
    let available = move || st.workspace.with_value(|w| w.is_some());
    view! {
        <section class="screen workspace-screen" aria-label="Documents" style="padding:1rem;max-width:1200px">
            <h2>"Documents"</h2>
            <Show
                when=available
                fallback=|| view! { <p role="alert">"Browser storage is unavailable: documents cannot be listed or saved in this tab."</p> }
            >
                <DeletedMessages local />
                <DocTable local />
                <Usage />
                <AddDocument />
                <Recovery local />
            </Show>
        </section>
    }
}

#[component]
fn DeletedMessages(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    view! {
        <div class="deleted-messages">
            <For
                each=move || local.deleted.get()
                key=|(n, _)| *n
                children=move |(n, doc)| {
                    let title = doc.title.clone();
                    let doc = StoredValue::new(doc);
                    view! {
                        <div class="msg info" role="status" data-testid="deleted-message">
                            <span>{format!("Deleted “{title}”. ")}</span>
                            <button on:click=move |_| {
                                if st.ws_restore(doc.get_value()) {
                                    local.deleted.update(|d| d.retain(|(m, _)| *m != n));
                                }
                            }>"Restore"</button>
                            " "
                            <button
                                class="icon"
                                aria-label="Dismiss message"
                                on:click=move |_| local.deleted.update(|d| d.retain(|(m, _)| *m != n))
                            >
                                "✕"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}

#[component]
fn DocTable(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    let renaming: RwSignal<Option<String>> = RwSignal::new(None);
    let current = Memo::new(move |_| st.with_doc(|d| d.id.clone()));
    let rows = Memo::new(move |_| {
        let mut v = st.docs.get();
        spandrel_core::sort::sort_by(&mut v, |a, b| b.modified.cmp(&a.modified).then_with(|| a.id.cmp(&b.id)));
        v
    });
    view! {
        <table class="doc-table" data-testid="doc-table" style="width:100%;border-collapse:collapse">
            <caption class="sr-only">"Documents in this browser"</caption>
            <thead>
                <tr>
                    <th scope="col" style="text-align:left">"Title"</th>
                    <th scope="col" style="text-align:left">"Labels"</th>
                    <th scope="col" style="text-align:left">"Suggestions accepted / pending"</th>
                    <th scope="col" style="text-align:left">"Status"</th>
                    <th scope="col" style="text-align:left">"Modified"</th>
                    <th scope="col" style="text-align:left">"Actions"</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || rows.get()
                    key=|e: &IndexEntry| (e.id.clone(), e.revision, e.modified)
                    children=move |e: IndexEntry| view! { <DocRow e current renaming local /> }
                />
            </tbody>
        </table>
        <Show when=move || rows.with(|r| r.is_empty())>
            <p>"No documents yet: add one below."</p>
        </Show>
    }
}

#[component]
fn DocRow(
    e: IndexEntry,
    current: Memo<Option<String>>,
    renaming: RwSignal<Option<String>>,
    local: WsLocal,
) -> impl IntoView {
    let st = crate::state::use_state();
    let id = StoredValue::new(e.id.clone());
    let title = StoredValue::new(e.title.clone());
    let is_current = move || current.with(|c| c.as_deref() == Some(id.with_value(|i| i.clone()).as_str()));
    let is_renaming = move || renaming.with(|r| r.as_deref() == Some(id.with_value(|i| i.clone()).as_str()));
    let draft = RwSignal::new(e.title.clone());
    let labels = if e.label_counts.is_empty() {
        "—".to_owned()
    } else {
        e.label_counts.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(" · ")
    };
    let commit = move || {
        if is_renaming() {
            renaming.set(None);
            let new = draft.get_untracked();
            if new.trim() != title.get_value() {
                st.ws_rename(&id.get_value(), &new);
            }
        }
    };
    let open = move |_| st.ws_open_keeping(&id.get_value(), Screen::Annotate);
    let status = e.status;
    view! {
        <tr data-doc-id=e.id.clone() class:current=is_current style="border-top:1px solid #ddd">
            <td class="title">
                <Show
                    when=is_renaming
                    fallback=move || {
                        view! {
                            <span class="doc-name">{title.get_value()}</span>
                            <Show when=is_current>
                                <span class="badge" style="margin-left:.4rem;font-size:.8em;color:#555">"(open)"</span>
                            </Show>
                        }
                    }
                >
                    <input
                        type="text"
                        aria-label="New title"
                        id="rename-input"
                        data-testid="rename-input"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            match ev.key().as_str() {
                                "Enter" => {
                                    ev.prevent_default();
                                    commit();
                                }
                                "Escape" => {
                                    ev.stop_propagation();
                                    renaming.set(None);
                                }
                                _ => {}
                            }
                        }
                        on:blur=move |_| commit()
                    />
                </Show>
            </td>
            <td class="labels">{labels}</td>
            <td class="suggestions">{format!("{} / {}", e.accepted_suggestions, e.pending_suggestions)}</td>
            <td class="status">
                <select
                    aria-label=format!("Status of {}", e.title)
                    on:change=move |ev| {
                        if let Some(s) = status_of(&event_target_value(&ev)) {
                            st.ws_set_status(&id.get_value(), s);
                        }
                    }
                >
                    {[(DocStatus::New, "New"), (DocStatus::InProgress, "In progress"), (DocStatus::Done, "Done")]
                        .into_iter()
                        .map(|(s, name)| view! { <option value=status_value(s) selected=status == s>{name}</option> })
                        .collect_view()}
                </select>
            </td>
            <td class="modified">{pw::format_time(e.modified)}</td>
            <td class="actions">
                <button on:click=open>"Open"</button>
                " "
                <button on:click=move |_| {
                    draft.set(title.get_value());
                    renaming.set(Some(id.get_value()));
                    set_timeout(|| dom::focus_element("rename-input"), std::time::Duration::from_millis(0));
                }>"Rename"</button>
                " "
                <button on:click=move |_| st.ws_duplicate(&id.get_value())>"Duplicate"</button>
                " "
                <button class="danger" on:click=move |_| {
                    if let Some(doc) = st.ws_delete(&id.get_value()) {
                        let n = local.next.get_value();
                        local.next.set_value(n + 1);
                        local.deleted.update(|d| {
                            d.push((n, doc));
                            if d.len() > 5 {
                                d.remove(0);
                            }
                        });
                    }
                }>"Delete"</button>
            </td>
        </tr>
    }
}

#[component]
fn Usage() -> impl IntoView {
    let st = crate::state::use_state();
    let usage = Memo::new(move |_| {
        st.docs.track();
        st.save_state.track();
        st.workspace.with_value(|w| w.as_ref().map(|w| w.usage().map_err(|e| e.to_string())))
    });
    view! {
        <section class="storage-usage" aria-labelledby="usage-h" style="margin:1rem 0">
            <h3 id="usage-h">"Storage"</h3>
            {move || match usage.get() {
                Some(Ok((used, Some(quota)))) => {
                    let pct = (used as f64 / quota.max(1) as f64 * 100.0).min(100.0);
                    view! {
                        <p data-testid="usage">
                            <meter min="0" max=quota.to_string() value=used.to_string() high=(quota as f64 * 0.8).to_string() aria-label="Storage used"></meter>
                            {format!(" {} of about {} used ({pct:.1}%)", human_bytes(used), human_bytes(quota))}
                        </p>
                    }
                    .into_any()
                }
                Some(Ok((used, None))) => view! { <p data-testid="usage">{format!("{} used", human_bytes(used))}</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("Storage usage unknown: {e}")}</p> }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}

#[component]
fn AddDocument() -> impl IntoView {
    let st = crate::state::use_state();
    let title = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if st.ws_add_pasted(&title.get_untracked(), &text.get_untracked()) {
            title.set(String::new());
            text.set(String::new());
        }
    };
    view! {
        <section class="add-document" aria-labelledby="add-h" style="margin:1rem 0">
            <h3 id="add-h">"Add document"</h3>
            <form on:submit=submit>
                <p>
                    <label>
                        "Title "
                        <input type="text" name="title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
                    </label>
                </p>
                <p>
                    <label>
                        "Text "
                        <textarea
                            name="text"
                            rows="6"
                            style="width:100%"
                            prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                </p>
                <p>
                    <button type="submit" class="primary">"Add document"</button>
                </p>
            </form>
            <p>
                <label>
                    "Open files (.txt, .md, .html, .json, .jsonl …) "
                    <input
                        type="file"
                        multiple
                        data-testid="open-files"
                        accept=".txt,.md,.markdown,.html,.htm,.json,.jsonl,.ndjson,.ann,.conll,.iob,.bio,.jsonld"
                        on:change=move |ev| add_files(st, pt::files_of_input(&ev))
                    />
                </label>
            </p>
            <p class="hint">"You can also drop files anywhere on the window."</p>
        </section>
    }
}

#[component]
fn Recovery(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let entries = Memo::new(move |_| {
        st.docs.track();
        local.recovery_gen.track();
        st.workspace.with_value(|w| w.as_ref().map(|w| w.recovery_entries().map_err(|e| e.to_string())))
    });
    let list = move || match entries.get() {
        Some(Ok(v)) => v,
        _ => Vec::new(),
    };
    view! {
        <section class="recovery" aria-labelledby="recovery-h" style="margin:1rem 0">
            <h3 id="recovery-h">"Recovery"</h3>
            {move || match entries.get() {
                Some(Err(e)) => view! { <p role="alert">{format!("Set-aside entries could not be listed: {e}")}</p> }.into_any(),
                Some(Ok(v)) if v.is_empty() => view! { <p>"Nothing was set aside: every stored entry could be read."</p> }.into_any(),
                Some(Ok(_)) => view! {
                    <p>"These stored entries could not be read and were set aside. Download them to recover their contents by hand, or discard them."</p>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <ul class="recovery-list" data-testid="recovery-list">
                <For
                    each=list
                    key=|(k, _)| k.clone()
                    children=move |(key, raw)| {
                        let original = key
                            .strip_prefix(RECOVERY_PREFIX)
                            .and_then(|r| r.split_once('/'))
                            .map(|(_, o)| o.to_owned())
                            .unwrap_or_else(|| key.clone());
                        let size = human_bytes(spandrel_core::storage::entry_bytes(&key, &raw));
                        let file = format!("{}.txt", key.replace('/', "-"));
                        let key = StoredValue::new(key);
                        let raw = StoredValue::new(raw);
                        let is_confirming = move || confirming.with(|c| c.as_deref() == Some(key.get_value().as_str()));
                        let file = StoredValue::new(file);
                        view! {
                            <li data-key=key.get_value()>
                                <code>{original}</code>
                                {format!(" ({size}) ")}
                                <button on:click=move |_| {
                                    if let Err(e) = dom::download(&file.get_value(), "text/plain", &raw.get_value()) {
                                        st.error(format!("Download failed: {e}"));
                                    }
                                }>"Download"</button>
                                " "
                                <Show
                                    when=is_confirming
                                    fallback=move || view! { <button on:click=move |_| confirming.set(Some(key.get_value()))>"Discard"</button> }
                                >
                                    <span role="group" aria-label="Confirm discard">
                                        "Discard for good? "
                                        <button class="danger" on:click=move |_| {
                                            confirming.set(None);
                                            let k = key.get_value();
                                            match st.workspace.try_update_value(|w| w.as_mut().map(|w| w.discard_recovery(&k))).flatten() {
                                                Some(Ok(())) => local.recovery_gen.update(|g| *g += 1),
                                                Some(Err(e)) => st.error(format!("Not discarded: {e}")),
                                                None => st.error("Storage is unavailable in this browser."),
                                            }
                                        }>"Yes, discard"</button>
                                        " "
                                        <button on:click=move |_| confirming.set(None)>"Keep"</button>
                                    </span>
                                </Show>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}

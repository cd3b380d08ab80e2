//! The Documents screen's actions: adding files and pasted text (core's intake), rename, status,
//! duplicate, delete and restore, and other tabs' writes taken in.

use crate::i18n::t;
use crate::platform::{self, dom};
use crate::state::*;
use crate::state::{AppState, Level, MsgAction, Screen, WsError};
use crate::tr;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::errors::Localize;
use crate::platform::timer::set_timeout;
use spandrel_core::display::{isolate, quoted};
use spandrel_core::edit::Command;
use spandrel_core::intake::{self, IntakeOptions};
use spandrel_core::model::DocStatus;
use spandrel_core::storage::{AddJob, StorageError, DOC_PREFIX, INDEX_KEY, RECOVERY_PREFIX, SETTINGS_KEY};
use spandrel_core::Document;
use std::sync::Arc;

impl AppState {
    pub fn ws_current_id(&self) -> Option<String> {
        self.with_doc_untracked(|d| d.id.clone())
    }

    /// A new document id by core's rule (`Workspace::fresh_id`), also distinct from the open document's.
    pub fn ws_fresh_id(&self) -> String {
        let now = platform::now_ms();
        let current: Vec<String> = self.ws_current_id().into_iter().collect();
        self.lib
            .workspace
            .with_value(|w| w.as_ref().map(|w| w.fresh_id(now, &current)))
            .unwrap_or_else(|| format!("doc-{now}-1"))
    }

    /// Adds files as documents: text files (.txt), rich files (Markdown .md, HTML .html: their rendered
    /// text and structure, read in the extraction worker first, since the readers are not part of the
    /// shell) and annotation files (.json, .jsonl, brat .ann with its .txt, CoNLL …), by core's
    /// intake rule. A file that fails (an annotation file that does not pass its format's checks, a text
    /// file that cannot be decoded or read) adds nothing and is named once, with "Import as plain text"
    /// where that can help; the clean files are added.
    pub fn ws_add_files(&self, files: Vec<(String, Vec<u8>)>) {
        if !files.iter().any(|(n, _)| intake::is_rich_file(n)) {
            return self.ws_add_read(files, Vec::new());
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            let (files, reads) = this.read_rich_files(files).await;
            this.ws_add_read(files, reads);
        });
    }

    /// Reads the rich files among `files` (Markdown, HTML) in the reader worker. Returns the files without
    /// those that could not be read (each named in an error message) and the reads, for
    /// [`IntakeOptions::rich`]. A file that cannot be decoded is left to intake, which names its problem.
    pub async fn read_rich_files(
        &self,
        files: Vec<(String, Vec<u8>)>,
    ) -> (Vec<(String, Vec<u8>)>, Vec<(String, intake::RichRead)>) {
        let is_pdf = |n: &str| spandrel_core::decode::FileKind::from_name(n) == spandrel_core::decode::FileKind::Pdf;
        let rich: Vec<(String, String)> = files
            .iter()
            .filter(|(n, _)| intake::is_rich_file(n) && !is_pdf(n))
            .filter_map(|(n, b)| spandrel_core::decode::decode_source(n, b).ok().map(|(text, _)| (n.clone(), text)))
            .collect();
        let mut reads = Vec::new();
        let mut unread = Vec::new();
        for (name, bytes) in files.iter().filter(|(n, _)| is_pdf(n)) {
            match read_pdf(name, bytes).await {
                Ok(r) => reads.push((name.clone(), r)),
                Err(error) => {
                    self.notify(Level::Error, tr!("act-workspace-file-not-added", file = name.as_str(), error = error));
                    unread.push(name.clone());
                }
            }
        }
        for (name, text) in rich {
            match platform::extractor::read_rich(&name, &text, MODEL_URL).await {
                Ok(r) => reads.push((name, r)),
                Err(e) => {
                    let text = tr!("act-workspace-file-not-added", file = name.as_str(), error = e.to_string());
                    self.notify(Level::Error, text);
                    unread.push(name);
                }
            }
        }
        (files.into_iter().filter(|(n, _)| !unread.contains(n)).collect(), reads)
    }

    /// [`AppState::ws_add_files`] once the rich files are read.
    fn ws_add_read(&self, files: Vec<(String, Vec<u8>)>, rich: Vec<(String, intake::RichRead)>) {
        let opts = IntakeOptions { now_ms: platform::now_ms(), rich, ..Default::default() };
        let plan = self.lib.schema.with_untracked(|s| intake::plan(&files, s, &opts));
        for f in plan.failures() {
            let text = tr!("act-workspace-file-not-added", file = f.file.as_str(), error = f.message());
            let raw = f.format.and_then(|_| files.iter().find(|(n, _)| *n == f.file).cloned());
            let action = raw.map(|raw| {
                let this = *self;
                MsgAction {
                    label: t("act-workspace-import-as-text"),
                    run: Arc::new(move || {
                        let opts = IntakeOptions { now_ms: platform::now_ms(), ..Default::default() };
                        let plan = intake::plan_as_text(std::slice::from_ref(&raw), &opts);
                        this.ws_add_plan(plan);
                    }),
                }
            });
            self.notify_with(Level::Error, text, action);
        }
        self.ws_add_plan(plan.clean_part());
    }

    /// Stores a plan's clean documents (opened on the Annotate screen), telling the user.
    pub fn ws_add_plan(&self, plan: intake::Plan) {
        let this = *self;
        let refused = self.add_planned(
            &plan,
            false,
            true,
            move |e| this.error(e),
            move |saved| {
                if this.ui.screen.get_untracked() == Screen::Annotate {
                    if let Some(first) = saved.first() {
                        this.open_doc(first);
                    }
                }
            },
        );
        if let Err(e) = refused {
            self.error(e);
        }
    }

    /// Saves the documents of an intake plan (all or nothing) and, with `add_labels`, the labels
    /// they bring, then calls `then` with the new ids. Tells the user what was added. A corpus that
    /// cannot fit is refused before anything is written: the `Err` says how big it is and what to do,
    /// for the caller to show where the user is looking. A large corpus is saved a chunk per task
    /// (core's `AddJob`), so the page never freezes, and taken back whole if a chunk fails (`failed`
    /// is told why).
    pub fn add_planned(
        &self,
        plan: &intake::Plan,
        partial: bool,
        add_labels: bool,
        failed: impl Fn(String) + 'static,
        then: impl FnOnce(Vec<String>) + 'static,
    ) -> Result<(), String> {
        let docs = plan.documents(partial);
        if docs.is_empty() {
            return Ok(());
        }
        match self.ws_ref(|w| w.room_for(&docs)) {
            Ok((needed, Some(free))) if needed > free => {
                let fit = (docs.len() as f64 * free as f64 / needed as f64).floor() as usize;
                return Err(tr!(
                    "act-workspace-no-room",
                    n = docs.len(),
                    needed = human_bytes(needed),
                    free = human_bytes(free),
                    fit = fit
                ));
            }
            Ok(_) => {}
            Err(e) => return Err(e.message()),
        }
        let titles: Vec<String> = docs.iter().take(5).map(|d| quoted(&d.title)).collect();
        let labels = add_labels.then(|| self.lib.schema.with_untracked(|s| plan.labels_to_add(s, partial)));
        let now = platform::now_ms();
        let Some(mut job) = self.lib.workspace.with_value(|w| w.as_ref().map(|w| AddJob::new(w, docs, now))) else {
            return Err(WsError::Unavailable.message());
        };
        let this = *self;
        leptos::task::spawn_local(async move {
            let total = job.total();
            loop {
                let step = this.ws_mut(|w| job.step(w, IMPORT_CHUNK));
                match step {
                    Ok(true) => break,
                    Ok(false) => {
                        if total > IMPORT_CHUNK {
                            this.announce(tr!("act-workspace-importing", saved = job.saved.len(), total = total));
                        }
                        dom::yield_now().await;
                    }
                    Err(e) => {
                        this.refresh_docs();
                        failed(e.message());
                        return;
                    }
                }
            }
            if let Some((schema, added)) = labels {
                if !added.is_empty() {
                    this.set_schema(schema);
                    this.save_settings();
                    let names: Vec<String> = added.iter().map(|n| isolate(n)).collect();
                    this.notify(Level::Info, tr!("act-workspace-new-labels", labels = names.join(", ")));
                }
            }
            let saved = std::mem::take(&mut job.saved);
            let n = saved.len();
            let more =
                if n > titles.len() { tr!("act-workspace-added-more", n = n - titles.len()) } else { String::new() };
            this.notify(Level::Info, tr!("act-workspace-added", n = n, titles = titles.join(", "), more = more));
            this.announce(tr!("act-workspace-added-count", n = n));
            // Each in its own task: the list of thousands, then the document opened, then the
            // suggestions prepared ahead.
            this.refresh_docs();
            crate::actions::sync::added(saved.clone());
            dom::yield_now().await;
            then(saved);
            dom::yield_now().await;
            this.prefetch();
        });
        Ok(())
    }

    /// Adds a pasted text as a new document (not opened). Returns false if nothing was added.
    pub fn ws_add_pasted(&self, title: &str, text: &str) -> bool {
        if text.trim().is_empty() {
            self.error(t("act-workspace-paste-empty"));
            return false;
        }
        let title = if title.trim().is_empty() { intake::title_from_text(text) } else { title.trim().to_owned() };
        let doc = Document::new(String::new(), title.clone(), text, platform::now_ms());
        let res = self.ws_mut(|w| w.add_new(vec![doc], platform::now_ms()));
        match res {
            Ok(ids) => {
                self.refresh_docs();
                crate::actions::sync::added(ids);
                self.notify(Level::Info, tr!("act-workspace-added-one", title = title.as_str()));
                true
            }
            Err(e) => {
                self.error(e.message());
                false
            }
        }
    }

    /// Opens a document and stays on (or returns to) the given screen.
    pub fn ws_open_keeping(&self, id: &str, screen: Screen) {
        self.open_doc(id);
        self.ui.screen.set(screen);
    }

    pub fn ws_rename(&self, id: &str, title: &str) {
        let title = title.trim();
        if title.is_empty() {
            self.error(t("act-workspace-title-needed"));
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
        match self.ws_mut(|w| w.rename_doc(id, title, now)) {
            Ok(_) => {
                self.refresh_docs();
                crate::actions::sync::stored_changed(id);
            }
            Err(e) => self.error(tr!("act-workspace-not-renamed", error = e.message())),
        }
    }

    /// Sets the status of many documents (bulk), a chunk per task so that thousands never block
    /// the page; the open document goes through its editor (one undo step).
    pub fn ws_set_status_many(&self, ids: Vec<String>, status: DocStatus) {
        let this = *self;
        let current = self.ws_current_id();
        leptos::task::spawn_local(async move {
            let (mut changed, mut failed) = (0usize, Vec::new());
            for chunk in ids.chunks(200) {
                for id in chunk {
                    if current.as_deref() == Some(id.as_str()) {
                        this.ws_set_status(id, status);
                        changed += 1;
                        continue;
                    }
                    if this.lib.workspace.with_value(|w| w.as_ref().and_then(|w| w.entry(id)).map(|e| e.status))
                        == Some(status)
                    {
                        continue;
                    }
                    let now = platform::now_ms();
                    match this.ws_mut(|w| w.set_status(id, status, now)) {
                        Ok(_) => {
                            changed += 1;
                            crate::actions::sync::stored_changed(id);
                        }
                        Err(e) => failed.push(e.message()),
                    }
                }
                dom::yield_now().await;
            }
            this.refresh_docs();
            let name = tr!("act-workspace-status-name", status = status.as_str());
            if let Some(first) = failed.first() {
                this.error(tr!(
                    "act-workspace-not-marked",
                    n = failed.len(),
                    status = name.as_str(),
                    error = first.as_str()
                ));
            }
            this.notify(Level::Info, tr!("act-workspace-marked", n = changed, status = name));
        });
    }

    pub fn ws_set_status(&self, id: &str, status: DocStatus) {
        if self.ws_current_id().as_deref() == Some(id) {
            if self.with_doc_untracked(|d| d.status != status).unwrap_or(false) {
                self.apply(Command::SetStatus(status));
                self.flush_save();
            }
            return;
        }
        let now = platform::now_ms();
        match self.ws_mut(|w| w.set_status(id, status, now)) {
            Ok(_) => {
                self.refresh_docs();
                crate::actions::sync::stored_changed(id);
            }
            Err(e) => self.error(tr!("act-workspace-status-not-changed", error = e.message())),
        }
    }

    pub fn ws_duplicate(&self, id: &str) {
        if self.ws_current_id().as_deref() == Some(id) {
            self.flush_save();
        }
        let new_id = self.ws_fresh_id();
        let now = platform::now_ms();
        match self.ws_mut(|w| w.duplicate_doc(id, &new_id, now)) {
            Ok(_) => {
                self.refresh_docs();
                self.announce(t("act-workspace-duplicated"));
            }
            Err(e) => self.error(tr!("act-workspace-not-duplicated", error = e.message())),
        }
    }

    /// Deletes a document; returns it so it can be restored.
    pub fn ws_delete(&self, id: &str) -> Option<Document> {
        let current = self.ws_current_id().as_deref() == Some(id);
        if current {
            self.flush_save();
        }
        let doc = match self.ws_ref(|w| w.load_doc(id)) {
            Ok(s) => s.doc,
            Err(e) => {
                self.error(tr!("act-workspace-not-deleted", error = e.message()));
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

    pub fn ws_delete_stored(&self, id: &str, doc: Document, current: bool) -> Option<Document> {
        match self.ws_mut(|w| w.delete_doc(id)) {
            Ok(()) => crate::actions::sync::deleted(id),
            Err(e) => {
                self.error(tr!("act-workspace-not-deleted", error = e.message()));
                return None;
            }
        }
        self.refresh_docs();
        if current {
            let next = self.lib.docs.with_untracked(|d| d.iter().max_by_key(|e| e.modified).map(|e| e.id.clone()));
            match next {
                Some(next) => self.ws_open_keeping(&next, self.ui.screen.get_untracked()),
                // Nothing left to show: what was pending for the closed document is cancelled.
                None => self.show(None, crate::actions::open::How::Replace),
            }
        }
        self.announce(tr!("act-workspace-deleted", title = doc.title.as_str()));
        Some(doc)
    }

    pub fn ws_restore(&self, mut doc: Document) -> bool {
        let taken = self.lib.workspace.with_value(|w| w.as_ref().is_some_and(|w| w.entry(&doc.id).is_some()));
        if taken {
            doc.id = self.ws_fresh_id();
        }
        match self.ws_mut(|w| w.save_doc(&doc, 0)) {
            Ok(_) => {
                self.refresh_docs();
                self.announce(tr!("act-workspace-restored", title = doc.title.as_str()));
                true
            }
            Err(e) => {
                self.error(tr!("act-workspace-not-restored", title = doc.title.as_str(), error = e.message()));
                false
            }
        }
    }

    /// Re-reads the whole workspace (another tab changed the document list).
    pub fn ws_refresh_all(&self) {
        match self.ws_mut(|w| w.refresh()) {
            Ok(report) => {
                for q in &report.quarantined {
                    self.notify(Level::Warning, tr!("act-open-quarantined", reason = q.reason.as_str()));
                }
                self.refresh_docs();
            }
            Err(e) => self.error(tr!("act-workspace-reread-failed", error = e.message())),
        }
    }

    /// Another tab may have saved the open document: take its version, or merge with ours.
    pub fn ws_check_current(&self) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let Some(id) = self.ws_current_id() else { return };
        if self.has_unsaved() {
            // Saving detects the newer stored revision and merges both sides (AppState::flush_save).
            self.flush_save();
            return;
        }
        // Another tab's value is recognised by its content (not only its revision) and merged with
        // ours; this tab's undo history is kept.
        let stored = self.ws_ref(|w| w.load_if_changed(&id));
        match stored {
            Ok(Some(s)) => self.reconcile(s),
            Ok(None) | Err(WsError::Unavailable) => {}
            Err(WsError::Storage(StorageError::NotFound { .. })) => {
                let title = self.with_doc_untracked(|d| d.title.clone()).unwrap_or_default();
                self.notify(Level::Warning, tr!("act-workspace-deleted-elsewhere", title = title));
            }
            Err(e) => self.error(tr!("act-workspace-other-tab-unreadable", error = e.message())),
        }
    }

    /// Takes another tab's writes into the list, gathered over 100 ms (an import in another tab
    /// writes thousands of keys: the list is rebuilt once, not once per key).
    pub fn ws_reload_later(&self, id: &str) {
        let first = self.lib.reload_queue.try_update_value(|q| {
            let first = q.is_empty();
            q.insert(id.to_owned());
            first
        });
        if first != Some(true) {
            return;
        }
        let this = *self;
        set_timeout(
            move || {
                let ids = this.lib.reload_queue.try_update_value(std::mem::take).unwrap_or_default();
                let mut changed = 0;
                for id in &ids {
                    match this.ws_mut(|w| w.reload_entry(id)) {
                        Ok(true) => changed += 1,
                        Ok(false) => {}
                        Err(e) => {
                            this.notify(Level::Warning, tr!("act-workspace-other-tab-unlisted", error = e.message()))
                        }
                    }
                }
                if changed > 0 {
                    this.refresh_docs();
                }
            },
            std::time::Duration::from_millis(100),
        );
    }

    pub fn ws_on_storage(&self, key: Option<String>, local: WsLocal) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        // Another tab may have freed space: a save waiting for it is tried again.
        self.retry_save();
        match key.as_deref() {
            None => {
                self.ws_refresh_all();
                self.ws_check_current();
                local.recovery_changed();
            }
            // The stored titles follow the document keys, whose own events are handled below.
            Some(INDEX_KEY) => {}
            Some(SETTINGS_KEY) => match self.ws_ref(|w| w.load_settings()) {
                Ok(s) => {
                    self.set_schema(s.schema);
                    self.suggest.threshold.set(s.preferences.score_threshold);
                    self.ui.language.set_value(s.preferences.language.clone());
                    if self.lib.order.get_untracked() != s.preferences.queue_order {
                        self.lib.order.set(s.preferences.queue_order);
                        self.rank_queue();
                    }
                }
                Err(e) => self.error(tr!("act-workspace-other-tab-labels", error = e.message())),
            },
            Some(k) if k.starts_with(RECOVERY_PREFIX) => local.recovery_changed(),
            Some(k) => {
                if let Some(id) = k.strip_prefix(DOC_PREFIX) {
                    if self.ws_current_id().as_deref() == Some(id) {
                        self.ws_check_current();
                    }
                    self.ws_reload_later(id);
                }
            }
        }
    }
}

/// Documents saved per task during an import.
const IMPORT_CHUNK: usize = 250;

/// A size in bytes as people read it (KB, MB).
pub fn human_bytes(n: usize) -> String {
    let n = n as f64;
    if n >= 1024.0 * 1024.0 {
        tr!("act-workspace-size-mb", size = format!("{:.1}", n / (1024.0 * 1024.0)))
    } else if n >= 1024.0 {
        tr!("act-workspace-size-kb", size = format!("{:.1}", n / 1024.0))
    } else {
        tr!("act-workspace-size-bytes", n = n as usize)
    }
}

impl WsLocal {
    /// Keeps a deleted document for "Restore" (the five newest).
    pub fn keep_deleted(&self, doc: Document) {
        let n = self.next.get_value();
        self.next.set_value(n + 1);
        self.deleted.update(|d| {
            d.push((n, doc));
            if d.len() > 5 {
                d.remove(0);
            }
        });
    }

    /// Forgets deleted document `n` (restored, or its message dismissed).
    pub fn dismiss_deleted(&self, n: u64) {
        self.deleted.update(|d| d.retain(|(m, _)| *m != n));
    }

    /// Set-aside entries may have changed: the Recovery list reads them again.
    pub fn recovery_changed(&self) {
        self.recovery_gen.update(|g| *g += 1);
    }
}

/// A PDF's text layer (read by pdf.js, in the browser) laid out by core into a document's text, title and
/// structure; the structure names the file's digest, under which the browser keeps it for the page view. The
/// error is a message for the user.
async fn read_pdf(name: &str, bytes: &[u8]) -> Result<intake::RichRead, String> {
    let read = platform::pdf::read(bytes).await.map_err(|e| e.message())?;
    let (text, title, mut structure) = spandrel_core::rich::pdf::read(name, &read.pdf).map_err(|e| e.message())?;
    structure.source.digest = Some(read.digest);
    Ok((text, title, structure))
}

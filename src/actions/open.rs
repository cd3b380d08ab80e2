//! Opening documents: boot, open by id, add and open, the document list. Invariant: every path that
//! puts a document on screen goes through `show`, which resets editor, index, words, session, selection
//! and repaint together.

use crate::actions::extract::found_spans;
use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::{self, storage::LocalStore};
use crate::state::*;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::{Command, Editor};
use spandrel_core::index::SpanIndex;
use spandrel_core::storage::{DocSession, Workspace};
use spandrel_core::{Document, Origin};
use std::sync::Arc;

/// How [`AppState::show`] puts a document on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    /// Another document, opened from storage at this revision: a fresh session and undo history.
    Open { revision: u64 },
    /// The same document with new content (a reload): a fresh undo history, the same session.
    Replace,
    /// The same document merged with another version: this tab's undo history is kept.
    Merge,
    /// A shared link's document, read-only: no session, nothing saved.
    ReadOnly,
}

impl AppState {
    /// The one way a document is put on screen (or taken off it, with `None`): editor, index, word
    /// boundaries, session, selection, paragraph layout and repaint are reset together, so no view
    /// ever sees one document's editor with another's index or words.
    pub fn show(&self, doc: Option<Document>, how: How) {
        let another = doc.is_none() || !matches!(how, How::Replace | How::Merge);
        match (&doc, &how) {
            (None, _) => {
                // Nothing on screen: what was pending for the closed document is cancelled (its
                // autosave, its repaints; suggestions on their way are dropped by id).
                if let Some(h) = self.save.save_timer.get_value() {
                    h.clear();
                }
                self.save.save_timer.set_value(None);
                self.suggest.extracting.set(false);
                self.doc.session.set_value(DocSession::detached());
            }
            (Some(d), How::Open { revision }) => {
                self.doc.read_only.set(false);
                self.doc.session.set_value(DocSession::opened(d, *revision));
            }
            (Some(_), How::ReadOnly) => {
                self.doc.read_only.set(true);
                self.doc.session.set_value(DocSession::detached());
            }
            (Some(_), How::Replace | How::Merge) => {}
        }
        if another {
            self.save.dirty_gen.set_value((0, 0));
            self.set_focus(None);
            self.set_pending(None);
            self.sel.picker_at.set(None);
            self.review_new_doc();
            self.reset_page_view();
        }
        let empty = Document::new(String::new(), String::new(), "", 0);
        let shown = doc.as_ref().unwrap_or(&empty);
        self.doc.index.set(Arc::new(SpanIndex::new(shown)));
        self.doc.stats.set_value(spandrel_core::stats::DocStats::of(shown));
        self.refresh_words(&shown.text);
        match &doc {
            Some(d) => self.lay_out(&d.id, &d.text),
            None => self.clear_layout(),
        }
        // The one place the open document's editor is replaced. A merge keeps this tab's undo history.
        let next = doc.map(|doc| match how {
            How::Merge => match self.doc.editor.try_update_untracked(Option::take).flatten() {
                Some(mut ed) => {
                    ed.rebase(doc);
                    ed
                }
                None => Editor::new(doc),
            },
            _ => Editor::new(doc),
        });
        self.doc.editor.set(next);
        self.follow_direction();
        if let Some(f) = self.sel.focused.get_untracked() {
            if self.with_doc_untracked(|d| !d.annotations.contains_key(&f)).unwrap_or(true) {
                self.set_focus(None);
            }
        }
        self.invalidate_all();
        self.doc_changed();
    }

    /// Loads the workspace from localStorage, creating the sample document on first use.
    pub fn boot(&self) {
        match Workspace::load(LocalStore) {
            Ok((ws, report)) => {
                for q in &report.quarantined {
                    self.notify(Level::Warning, tr!("act-open-quarantined", reason = q.reason.as_str()));
                }
                if let Some(v) = report.migrated_from {
                    self.notify(Level::Info, tr!("act-open-migrated", version = v));
                }
                for n in &report.notes {
                    self.notify(Level::Info, n.clone());
                }
                self.set_schema(report.settings.schema.clone());
                self.suggest.threshold.set(report.settings.preferences.score_threshold);
                self.lib.order.set(report.settings.preferences.queue_order);
                self.ui.language.set_value(report.settings.preferences.language.clone());
                self.lib.docs.set(report.index.clone());
                self.lib.workspace.set_value(Some(ws));
            }
            Err(e) => {
                self.error(tr!("act-open-load-failed", error = e.message()));
            }
        }
        self.boot_learned();
        self.rank_queue();
        let last = self.lib.workspace.with_value(|w| w.as_ref().and_then(|w| w.last_open()));
        let first = last
            .or_else(|| self.lib.docs.with_untracked(|d| d.iter().max_by_key(|e| e.modified).map(|e| e.id.clone())));
        match first {
            Some(id) => self.open_doc(&id),
            None => {
                let doc =
                    Document::new("sample", crate::app::SAMPLE_TITLE, crate::app::SAMPLE_TEXT, platform::now_ms());
                self.add_and_open(doc);
                self.adopt_first_paint();
            }
        }
    }

    /// On a first visit, the page showed the sample with the suggestions the shipped model made at
    /// build time: the sample opens with them at once (no frame without them; the worker's own run
    /// then finds the same). They are the page's own data, yet checked as any spans are.
    fn adopt_first_paint(&self) {
        match platform::dom::first_paint_suggestions() {
            None => {}
            Some(Err(e)) => leptos::logging::warn!("the first paint's suggestions are unreadable: {e}"),
            Some(Ok(found)) => {
                let found = found
                    .into_iter()
                    .map(|(start, end, label, score)| crate::platform::extractor::Found { start, end, label, score })
                    .collect();
                let spans = crate::actions::extract::found_spans(found);
                if let Err(e) = self.apply_unrecorded(spandrel_core::edit::Command::AddSpans(spans)) {
                    leptos::logging::warn!("the first paint's suggestions do not fit the sample: {}", e.message());
                }
            }
        }
    }

    /// Takes one document's index entry into `docs` (after a save of it): cheaper than
    /// [`AppState::refresh_docs`] in a corpus of thousands.
    pub fn refresh_entry(&self, id: &str) {
        let entry = self.lib.workspace.with_value(|w| w.as_ref().map(|w| w.entry(id).cloned()));
        let Some(entry) = entry else { return };
        self.lib.docs.update(|v| {
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
        let list = self.lib.workspace.with_value(|w| w.as_ref().map(|w| w.list()));
        if let Some(list) = list {
            self.lib.docs.set(list);
        }
    }

    /// Saves a new document to the workspace and opens it.
    pub fn add_and_open(&self, doc: Document) {
        let res = self.lib.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, 0)));
        match res.flatten() {
            Some(Ok(rev)) => {
                self.refresh_docs();
                self.set_current(doc, rev);
            }
            Some(Err(e)) => {
                self.error(tr!("act-open-not-saved", title = doc.title.as_str(), error = e.message()));
                self.set_current(doc, 0);
                self.save.save_state.set(SaveState::NotSaved);
            }
            None => self.set_current(doc, 0),
        }
    }

    pub fn open_doc(&self, id: &str) {
        self.flush_save();
        let loaded = self.lib.workspace.with_value(|w| w.as_ref().map(|w| w.load_doc(id)));
        match loaded {
            Some(Ok(stored)) => self.set_current(stored.doc, stored.revision),
            Some(Err(e)) => self.error(tr!("act-open-failed", error = e.message())),
            None => self.error(t("act-open-no-storage")),
        }
    }

    pub fn set_current(&self, mut doc: Document, revision: u64) {
        let read_only = self.doc.read_only.get_untracked();
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
                    self.error(tr!("act-open-ahead-failed", error = e.message()));
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
                    self.notify(Level::Warning, tr!("act-open-predates-unknown", error = e.message()));
                    false
                }
            };
        let id = doc.id.clone();
        self.show(Some(doc), if read_only { How::ReadOnly } else { How::Open { revision } });
        self.save.save_state.set(SaveState::Saved);
        self.ui.screen.set(Screen::Annotate);
        if read_only {
            return;
        }
        if prefilled {
            self.mark_dirty();
        }
        if let Err(e) = self.ws_mut(|w| w.set_last_open(&id)) {
            if !matches!(e, WsError::Unavailable) {
                self.notify(Level::Warning, tr!("act-open-last-open-failed", error = e.message()));
            }
        }
        if needs_extraction {
            self.run_extraction();
        } else if (prefilled && stale) || predates_forget {
            self.refresh_open_suggestions(false);
        }
        self.prefetch();
    }
}

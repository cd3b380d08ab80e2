//! Saving the open document: autosave timing (core's `autosave_delay_ms`), quota retries, and the
//! merge with another tab's write (core's `DocSession::reconcile`).

use crate::i18n::t;
use crate::platform::{self, dom};
use crate::state::*;
use crate::tr;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::errors::Localize;
use crate::platform::timer::{set_timeout, set_timeout_with_handle};
use spandrel_core::edit::Command;
use spandrel_core::storage::{autosave_delay_ms, Settings, StorageError};
use std::time::Duration;

impl AppState {
    /// Whether the open document has no undoable edit yet (it is as it was opened).
    pub fn is_untouched(&self) -> bool {
        self.doc.editor.with_untracked(|e| e.as_ref().is_some_and(|e| !e.can_undo()))
    }

    /// Applies `cmd` as part of how the document was opened, not as an undoable step of the user's
    /// (the engine's suggestions arriving), and schedules the save. Whether anything changed: a
    /// command that changes nothing (suggestions already there) saves and repaints nothing.
    pub fn apply_unrecorded(&self, cmd: Command) -> Result<bool, spandrel_core::edit::EditError> {
        let now = platform::now_ms();
        let res = self.doc.editor.try_update(|e| e.as_mut().map(|ed| ed.apply_unrecorded(cmd, now))).flatten();
        // In place, as any edit: the index, counts and paragraphs follow the change (no copy of the
        // document, no rebuild of what did not change).
        match res.transpose()? {
            Some(applied) if !applied.is_empty() => {
                self.after_change(&applied);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Schedules an autosave (also for changes made outside `apply`, such as suggestions arriving).
    pub fn mark_dirty(&self) {
        let now = dom::perf_now();
        if !self.has_unsaved() {
            self.save.unsaved_since.set_value(Some(now));
        }
        self.save.dirty_gen.update_value(|g| g.0 += 1);
        self.save.save_state.set(SaveState::Saving);
        if let Some(h) = self.save.save_timer.get_value() {
            h.clear();
        }
        let since = self.save.unsaved_since.get_value().unwrap_or(now);
        let delay = autosave_delay_ms(self.save.last_save_ms.get_value(), now - since);
        let this = *self;
        match set_timeout_with_handle(move || this.flush_save(), Duration::from_millis(delay as u64)) {
            Ok(h) => self.save.save_timer.set_value(Some(h)),
            Err(e) => {
                // No timer: save right away rather than not at all.
                leptos::logging::warn!("autosave timer unavailable ({e:?}); saving now");
                self.save.save_timer.set_value(None);
                self.flush_save();
            }
        }
    }

    /// Whether there are edits that are not in storage yet.
    pub fn has_unsaved(&self) -> bool {
        let (a, b) = self.save.dirty_gen.get_value();
        a != b
    }

    /// Writes the current document now if it has unsaved edits.
    pub fn flush_save(&self) {
        if !self.has_unsaved() || self.doc.read_only.get_untracked() {
            return;
        }
        let gen = self.save.dirty_gen.get_value().0;
        let Some(doc) = self.doc.editor.with_untracked(|e| e.as_ref().map(|e| e.doc().clone())) else { return };
        let expected = self.doc.session.with_value(|s| s.revision);
        let started = dom::perf_now();
        let res = self.lib.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_doc(&doc, expected))).flatten();
        self.save.last_save_ms.set_value(dom::perf_now() - started);
        match res {
            Some(Ok(rev)) => {
                self.doc.session.update_value(|s| s.saved(&doc, rev));
                self.save.dirty_gen.update_value(|g| g.1 = gen);
                if !self.has_unsaved() {
                    self.save.save_state.set(SaveState::Saved);
                }
                if self.save.retry_pending.get_value() {
                    self.save.retry_pending.set_value(false);
                    self.notify(Level::Info, t("act-save-room-again"));
                }
                self.refresh_entry(&doc.id);
                self.teach(&doc);
                crate::actions::sync::saved(&doc);
            }
            Some(Err(StorageError::Conflict { stored })) => self.reconcile(*stored),
            Some(Err(e)) => {
                self.save.save_state.set(SaveState::NotSaved);
                let quota = matches!(e, StorageError::QuotaExceeded { .. });
                if quota {
                    if !self.save.retry_pending.get_value() {
                        self.notify(Level::Warning, t("act-save-storage-full"));
                    }
                    self.schedule_retry();
                } else {
                    self.error(tr!("act-save-failed", error = e.message()));
                }
            }
            None => self.save.save_state.set(SaveState::NotSaved),
        }
    }

    /// Retries a save that failed for lack of space, every few seconds until it succeeds (space
    /// may be freed in another tab or by deleting documents); `storage` events and hiding the tab
    /// retry at once ([`AppState::retry_save`]).
    pub fn schedule_retry(&self) {
        self.save.retry_pending.set_value(true);
        let this = *self;
        set_timeout(move || this.retry_save(), Duration::from_millis(RETRY_MS));
    }

    /// Saves now if a save is waiting for space (see [`AppState::schedule_retry`]).
    pub fn retry_save(&self) {
        if self.save.retry_pending.get_value() && self.has_unsaved() {
            self.flush_save();
        }
    }

    /// Another tab wrote the open document (noticed by content, even at the same revision): merge
    /// its version with ours over the right base (core's `DocSession::reconcile`), keep this tab's
    /// undo history (`Editor::rebase`), set aside what could not be placed and say what happened.
    pub fn reconcile(&self, stored: spandrel_core::storage::StoredDoc) {
        let Some(ours) = self.with_doc_untracked(|d| d.clone()) else { return };
        let Some(r) = self.doc.session.try_update_value(|s| s.reconcile(&ours, stored)) else { return };
        let changed = r.merged.doc != ours;
        let conflicts = r.merged.conflicts.clone();
        let leftovers = r.merged.leftovers();
        let doc_id = r.merged.doc.id.clone();
        if changed {
            self.show(Some(r.merged.doc), crate::actions::open::How::Merge);
        }
        let mut kept_at = None;
        if let Some(json) = leftovers {
            match self.ws_mut(|w| w.set_aside(&doc_id, &json)) {
                Ok(key) => kept_at = Some(key),
                Err(e) => self.error(tr!("act-save-leftovers-lost", error = e.message(), json = json.as_str())),
            }
        }
        if conflicts.is_empty() {
            if changed {
                self.notify(Level::Info, t("act-save-merged"));
            }
        } else {
            let what: Vec<String> = conflicts.iter().take(5).map(|c| c.describe()).collect();
            let more = if conflicts.len() > 5 {
                tr!("act-save-conflicts-more", n = conflicts.len() - 5)
            } else {
                String::new()
            };
            let aside = if kept_at.is_some() { t("act-save-conflicts-aside") } else { String::new() };
            self.notify(
                Level::Warning,
                tr!("act-save-conflicts", conflicts = what.join("; "), more = more, aside = aside),
            );
        }
        if r.needs_save {
            self.mark_dirty();
        } else if !self.has_unsaved() {
            self.save.save_state.set(SaveState::Saved);
        }
    }

    pub fn save_settings(&self) {
        let settings = Settings {
            schema: self.lib.schema.get_untracked(),
            preferences: spandrel_core::storage::Preferences {
                score_threshold: self.suggest.threshold.get_untracked(),
                queue_order: self.lib.order.get_untracked(),
                language: self.ui.language.get_value(),
                ..Default::default()
            },
        };
        if let Some(Err(e)) =
            self.lib.workspace.try_update_value(|w| w.as_mut().map(|w| w.save_settings(&settings))).flatten()
        {
            self.error(tr!("act-save-settings-failed", error = e.message()));
        }
        crate::actions::sync::schema_saved(&settings.schema);
    }
}

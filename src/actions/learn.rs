//! Learning from the annotator: decisions sent to the extraction worker after each save, the learned
//! state rebuilt at start, Forget, and the open document following the learner (core's
//! `edit::suggestion_update`; decisions are never touched).

use crate::actions::extract::found_spans;
use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::extractor;
use crate::state::{AppState, Level, WsError, MODEL_URL};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::suggestion_update;
use spandrel_core::extract::learn::Feedback;
use spandrel_core::Document;

impl AppState {
    /// Rebuilds what suggestions learned from the workspace's own decisions (in corpus order, a
    /// chunk per task); when done, the open document's suggestions and those prepared ahead follow.
    pub fn boot_learned(&self) {
        let ids = match self.ws_ref(|w| w.learn_sources()) {
            Ok(ids) => ids,
            Err(WsError::Unavailable) => return,
            Err(e) => {
                self.notify(Level::Warning, tr!("act-learn-sources-failed", error = e.message()));
                return;
            }
        };
        if ids.is_empty() {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            for (k, chunk) in ids.chunks(REBUILD_CHUNK).enumerate() {
                let mut unreadable = Vec::new();
                let items: Vec<(String, String)> = this.lib.workspace.with_value(|w| {
                    let Some(w) = w.as_ref() else { return Vec::new() };
                    let mut items = Vec::new();
                    for id in chunk {
                        let sd = match w.load_doc(id) {
                            Ok(sd) => sd,
                            Err(e) => {
                                unreadable.push(e.message());
                                continue;
                            }
                        };
                        match serde_json::to_string(&Feedback::from_document(&sd.doc)) {
                            Ok(fb) => {
                                this.suggest.learn_sent.update_value(|m| {
                                    m.insert(sd.doc.id.clone(), hash_of(&fb));
                                });
                                items.push((sd.doc.text.as_str().to_owned(), fb));
                            }
                            Err(e) => unreadable.push(e.to_string()),
                        }
                    }
                    items
                });
                if let Some(first) = unreadable.first() {
                    this.notify(
                        Level::Warning,
                        tr!("act-learn-unreadable", n = unreadable.len(), error = first.as_str()),
                    );
                }
                match extractor::teach(&items, k == 0, MODEL_URL).await {
                    Ok(l) => this.suggest.learned.set((l.taught, l.rejected)),
                    Err(e) => {
                        this.notify(Level::Warning, tr!("act-learn-rebuild-failed", error = e.to_string()));
                        return;
                    }
                }
                crate::platform::dom::yield_now().await;
            }
            // The open document keeps what it has (a reload changes nothing stored); the next ones
            // are prepared again with what was learned, and the queue ranked again.
            this.ahead_is_stale();
            this.rank_queue();
            this.prefetch();
        });
    }

    /// After a save of `doc`: sends its decisions to the learner when they changed.
    pub fn teach(&self, doc: &Document) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let fb = Feedback::from_document(doc);
        let json = match serde_json::to_string(&fb) {
            Ok(json) => json,
            Err(e) => {
                self.notify(Level::Warning, tr!("act-learn-doc-failed", error = e.to_string()));
                return;
            }
        };
        let h = hash_of(&json);
        let before = self.suggest.learn_sent.with_value(|m| m.get(&doc.id).copied());
        if before == Some(h) || (before.is_none() && fb.is_empty()) {
            return;
        }
        self.suggest.learn_sent.update_value(|m| {
            m.insert(doc.id.clone(), h);
        });
        let (id, text) = (doc.id.clone(), doc.text.as_str().to_owned());
        let this = *self;
        leptos::task::spawn_local(async move {
            let l = match extractor::learn(&id, &text, &json, MODEL_URL).await {
                Ok(l) => l,
                Err(e) => {
                    this.notify(Level::Warning, tr!("act-learn-doc-failed", error = e.to_string()));
                    return;
                }
            };
            this.suggest.learned.set((l.taught, l.rejected));
            if l.updated == 0 {
                return;
            }
            // The engine changed: suggestions prepared ahead are stale; the open document follows
            // if it is another one that the annotator has not touched yet (the one being taught is
            // never changed under the annotator's hands).
            this.ahead_is_stale();
            if this.with_doc_untracked(|d| d.id != id).unwrap_or(false) {
                this.refresh_open_suggestions(false);
            }
            this.rank_queue();
            this.prefetch();
        });
    }

    /// Brings the open document's pending suggestions in line with `found`: for a document not
    /// touched since it opened, as its first suggestions are (no undo step); else, with `force`, as
    /// one undoable step; else not at all.
    pub fn follow_suggestions(&self, found: Vec<extractor::Found>, force: bool) {
        let Some(cmd) = self.with_doc_untracked(|d| suggestion_update(d, found_spans(found))).flatten() else { return };
        if self.is_untouched() {
            if let Err(e) = self.apply_unrecorded(cmd) {
                self.error(tr!("act-learn-follow-failed", error = e.message()));
            }
        } else if force {
            self.apply(cmd);
        }
    }

    /// Asks the worker for the open document's suggestions again and follows them (see
    /// [`AppState::follow_suggestions`] for when).
    pub fn refresh_open_suggestions(&self, force: bool) {
        let Some((id, text)) = self.with_doc_untracked(|d| (d.id.clone(), d.text.clone())) else { return };
        let this = *self;
        leptos::task::spawn_local(async move {
            match extractor::extract(text.as_str(), MODEL_URL, 1).await {
                Ok((found, _)) => {
                    if this.with_doc_untracked(|d| d.id == id).unwrap_or(false) {
                        this.follow_suggestions(found, force);
                    }
                }
                Err(e) => this.notify(Level::Warning, tr!("act-learn-refresh-failed", error = e.to_string())),
            }
        });
    }

    /// "Forget what suggestions learned": back to the shipped model's suggestions.
    pub fn forget_learned(&self) {
        let this = *self;
        leptos::task::spawn_local(async move {
            if let Err(e) = extractor::forget(MODEL_URL).await {
                this.error(tr!("act-learn-forget-failed", error = e.to_string()));
                return;
            }
            if let Err(e) = this.ws_mut(|w| w.forget_learned(crate::platform::now_ms())) {
                if !matches!(e, WsError::Unavailable) {
                    this.error(tr!("act-learn-forget-storage-failed", error = e.message()));
                }
            }
            this.suggest.learned.set((0, 0));
            // Only decisions made from now on are learned: the open document's current ones are not sent again.
            let open = this.with_doc_untracked(|d| {
                (d.id.clone(), serde_json::to_string(&Feedback::from_document(d)).map(|j| hash_of(&j)))
            });
            this.suggest.learn_sent.update_value(|m| {
                m.clear();
                if let Some((id, Ok(h))) = open {
                    m.insert(id, h);
                }
            });
            this.clear_ahead();
            this.refresh_open_suggestions(true);
            this.rank_queue();
            this.prefetch();
            this.notify(Level::Info, t("act-learn-forgotten"));
        });
    }
}

/// Documents handed to the worker per task when rebuilding at start.
const REBUILD_CHUNK: usize = 50;

fn hash_of(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

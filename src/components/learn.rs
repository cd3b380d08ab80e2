//! Suggestions that learn from the annotator, on the page's side: after each save of the open
//! document its decisions (core's `learn::Feedback`) go to the extraction worker, which learns from
//! them off the page's thread; what it learned is stored in localStorage (never exported or shared)
//! and handed back to the worker at start. "Forget" returns to the shipped model.
//!
//! Invariant: the page never learns or tags itself; it sends decisions, stores opaque bytes and
//! applies the worker's new suggestions through core's `edit::suggestion_update` (decisions are
//! never touched).

use crate::platform::extractor;
use crate::state::{found_spans, AppState, Level, WsError, MODEL_URL};
use leptos::prelude::*;
use spandrel_core::edit::suggestion_update;
use spandrel_core::extract::learn::Feedback;
use spandrel_core::Document;

fn hash_of(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

impl AppState {
    /// Hands what was learned in earlier sessions to the worker (before any extraction is asked for:
    /// the worker answers in order).
    pub fn boot_learned(&self) {
        let stored = match self.ws_ref(|w| w.load_learned()) {
            Ok(b) => b,
            Err(WsError::Unavailable) => None,
            Err(e) => {
                self.notify(
                    Level::Warning,
                    format!("What suggestions learned could not be read ({e}); they start from the shipped model."),
                );
                None
            }
        };
        let Some(bytes) = stored else { return };
        let this = *self;
        leptos::task::spawn_local(async move {
            match extractor::load_learned(&bytes, MODEL_URL).await {
                Ok(l) => this.learned.set((l.taught, l.rejected)),
                Err(e) => this.notify(
                    Level::Warning,
                    format!(
                        "What suggestions learned could not be loaded ({e}); suggestions come from the shipped model."
                    ),
                ),
            }
        });
    }

    /// After a save of `doc`: sends its decisions to the learner when they changed.
    pub fn teach(&self, doc: &Document) {
        if self.read_only.get_untracked() {
            return;
        }
        let fb = Feedback::from_document(doc);
        let Ok(json) = serde_json::to_string(&fb) else { return };
        let h = hash_of(&json);
        let before = self.learn_sent.with_value(|m| m.get(&doc.id).copied());
        if before == Some(h) || (before.is_none() && fb.is_empty()) {
            return;
        }
        self.learn_sent.update_value(|m| {
            m.insert(doc.id.clone(), h);
        });
        let (id, text) = (doc.id.clone(), doc.text.as_str().to_owned());
        let this = *self;
        leptos::task::spawn_local(async move {
            let l = match extractor::learn(&id, &text, &json, MODEL_URL).await {
                Ok(l) => l,
                Err(e) => {
                    this.notify(Level::Warning, format!("Suggestions could not learn from this document: {e}"));
                    return;
                }
            };
            this.learned.set((l.taught, l.rejected));
            let Some(bytes) = l.bytes else { return };
            if let Err(e) = this.ws_mut(|w| w.save_learned(&bytes)) {
                if !matches!(e, WsError::Unavailable) {
                    this.notify(Level::Warning, format!("What suggestions learned could not be saved: {e}"));
                }
            }
            // The engine changed: suggestions prepared ahead are stale, the open document's follow.
            this.ahead_is_stale();
            if this.with_doc_untracked(|d| d.id == id && d.text.as_str() == text).unwrap_or(false) {
                this.follow_suggestions(l.found);
            } else {
                this.refresh_open_suggestions();
            }
            this.prefetch();
        });
    }

    /// Brings the open document's pending suggestions in line with `found` (one undoable step).
    fn follow_suggestions(&self, found: Vec<extractor::Found>) {
        if let Some(cmd) = self.with_doc_untracked(|d| suggestion_update(d, found_spans(found))).flatten() {
            self.apply(cmd);
        }
    }

    /// Asks the worker for the open document's suggestions again and follows them.
    pub fn refresh_open_suggestions(&self) {
        let Some((id, text)) = self.with_doc_untracked(|d| (d.id.clone(), d.text.clone())) else { return };
        let this = *self;
        leptos::task::spawn_local(async move {
            match extractor::extract(text.as_str(), MODEL_URL, 1).await {
                Ok((found, _)) => {
                    if this.with_doc_untracked(|d| d.id == id).unwrap_or(false) {
                        this.follow_suggestions(found);
                    }
                }
                Err(e) => this.notify(Level::Warning, format!("Suggestions could not be brought up to date: {e}")),
            }
        });
    }

    /// "Forget what suggestions learned": back to the shipped model's suggestions.
    pub fn forget_learned(&self) {
        let this = *self;
        leptos::task::spawn_local(async move {
            if let Err(e) = extractor::forget(MODEL_URL).await {
                this.error(format!("What suggestions learned could not be forgotten: {e}"));
                return;
            }
            if let Err(e) = this.ws_mut(|w| w.forget_learned()) {
                if !matches!(e, WsError::Unavailable) {
                    this.error(format!("What suggestions learned could not be removed from storage: {e}"));
                }
            }
            this.learned.set((0, 0));
            this.learn_sent.update_value(|m| m.clear());
            this.clear_ahead();
            this.refresh_open_suggestions();
            this.prefetch();
            this.notify(Level::Info, "Suggestions forgot what they learned: they come from the shipped model again.");
        });
    }
}

/// What suggestions are based on, and the Forget button.
#[component]
pub fn LearnedNote() -> impl IntoView {
    let st = crate::state::use_state();
    let text = move || {
        let (taught, rejected) = st.learned.get();
        if taught == 0 && rejected == 0 {
            "Based on: the shipped model".to_owned()
        } else {
            format!("Based on: shipped model + {taught} of your spans ({rejected} rejected)")
        }
    };
    view! {
        <p class="hint learned" data-testid="learned-note">
            {text}
            " "
            <button
                data-testid="forget-learned"
                disabled=move || st.learned.get() == (0, 0) || st.read_only.get()
                on:click=move |_| st.forget_learned()
            >
                "Forget what suggestions learned"
            </button>
        </p>
    }
}

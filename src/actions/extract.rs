//! Suggestions for the open document from the extraction worker.

use crate::errors::Localize;
use crate::platform::extractor::Found;
use crate::platform::{self};
use crate::state::*;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::{Command, NewSpan};
use spandrel_core::{Origin, Span, SpanState};

impl AppState {
    /// Asks the extraction worker for suggestions on the current document and adds them. The
    /// worker loads the model once and tags the text off the page's thread.
    pub fn run_extraction(&self) {
        let this = *self;
        let Some((text, doc_id)) =
            self.doc.editor.with_untracked(|e| e.as_ref().map(|e| (e.doc().text.clone(), e.doc().id.clone())))
        else {
            return;
        };
        self.suggest.extracting.set(true);
        leptos::task::spawn_local(async move {
            let found = match platform::extractor::extract(text.as_str(), MODEL_URL, 1).await {
                Ok((found, _)) => found,
                Err(e) => {
                    this.suggest.extracting.set(false);
                    this.error(tr!("act-extract-model-failed", error = e.to_string()));
                    return;
                }
            };
            this.suggest.extracting.set(false);
            // Reading the reply and adding its spans are separate tasks: on a long text each is
            // tens of milliseconds, and together they would hold the page for as long.
            crate::platform::dom::yield_now().await;
            // The user may have switched documents meanwhile.
            let same = this.with_doc_untracked(|d| d.id == doc_id).unwrap_or(false);
            if !same || found.is_empty() {
                return;
            }
            let spans = found_spans(found);
            let n = spans.len();
            // Suggestions that arrive before any edit are not an undoable step of the user's.
            if this.is_untouched() {
                match this.apply_unrecorded(Command::AddSpans(spans)) {
                    Err(e) => {
                        this.error(tr!("act-extract-not-added", error = e.message()));
                        return;
                    }
                    // The same suggestions as the page's first paint gave: nothing to say.
                    Ok(false) => return,
                    Ok(true) => {}
                }
            } else {
                this.apply(Command::AddSpans(spans));
            }
            this.announce(tr!("act-extract-added", n = n));
        });
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

//! Workspace access and word boundaries of the open document: the typed way every action reaches
//! storage (`ws_mut` / `ws_ref`, one `WsError`), and lazy segmentation (a paragraph when first needed).

use crate::errors::Localize;
use crate::platform::{self, storage::LocalStore};
use crate::state::*;
use leptos::prelude::*;
use spandrel_core::storage::Workspace;
use spandrel_core::words::WordBreaks;
use spandrel_core::Text;
use std::sync::Arc;

impl AppState {
    /// Runs `f` on the workspace (mutably); [`WsError::Unavailable`] when there is none.
    pub fn ws_mut<R, E: Into<WsError>>(
        &self,
        f: impl FnOnce(&mut Workspace<LocalStore>) -> Result<R, E>,
    ) -> Result<R, WsError> {
        self.lib
            .workspace
            .try_update_value(|w| w.as_mut().map(|w| f(w).map_err(Into::into)))
            .flatten()
            .unwrap_or(Err(WsError::Unavailable))
    }

    /// Runs `f` on the workspace; [`WsError::Unavailable`] when there is none.
    pub fn ws_ref<R, E: Into<WsError>>(
        &self,
        f: impl FnOnce(&Workspace<LocalStore>) -> Result<R, E>,
    ) -> Result<R, WsError> {
        self.lib
            .workspace
            .with_value(|w| w.as_ref().map(|w| f(w).map_err(Into::into)))
            .unwrap_or(Err(WsError::Unavailable))
    }

    /// Forgets the word boundaries of the previous text: the paragraphs of `text` that need a
    /// segmenter (core's `words::paragraphs_to_segment`) are segmented when first needed.
    pub fn refresh_words(&self, text: &Text) {
        let pending = spandrel_core::words::paragraphs_to_segment(text);
        self.doc.words.set_value((Arc::new(WordBreaks::NONE), pending));
    }

    /// The open document's word boundaries, with every paragraph touching `r` (code points)
    /// segmented by the browser's segmenter. Without one, selections there are kept as made.
    pub fn words_for(&self, r: std::ops::Range<usize>) -> Arc<WordBreaks> {
        let touches = |p: &std::ops::Range<usize>| p.start <= r.end && r.start <= p.end;
        let needed = self.doc.words.with_value(|(_, pending)| pending.iter().any(touches));
        if !needed {
            return self.doc.words.with_value(|(w, _)| w.clone());
        }
        let Some(text) = self.with_doc_untracked(|d| d.text.clone()) else { return Arc::new(WordBreaks::NONE) };
        let mut failure = None;
        self.doc.words.update_value(|(w, pending)| {
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
            self.notify(Level::Warning, crate::tr!("act-library-segmenter-failed", error = e.to_string()));
        }
        self.doc.words.with_value(|(w, _)| w.clone())
    }

    /// The open document's word boundaries for the whole text (search, label-all).
    pub fn words(&self) -> Arc<WordBreaks> {
        self.words_for(0..usize::MAX)
    }
}

/// One paragraph (`r`, code points) of `text` segmented by the browser's segmenter.
fn segment_paragraph(text: &Text, r: std::ops::Range<usize>) -> Result<WordBreaks, String> {
    let s = text.slice_cp(r.clone()).map_err(|e| e.message())?;
    let b = platform::segmenter::word_boundaries_utf16(s).map_err(|e| e.to_string())?;
    WordBreaks::from_utf16_boundaries(text, r.start, b).map_err(|e| e.message())
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

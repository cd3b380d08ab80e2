//! Review mode: asking the open document's suggestions one at a time and carrying out the answers
//! (core's `review` decides which question comes next and what each answer edits).
//!
//! Invariant: while review mode is on, the question follows every change of the open document
//! ([`AppState::review_follow`] runs from `doc_changed` and `after_change`): an answered or removed
//! question is replaced by the next one, an answer undone is asked again.

use crate::actions::edit::focus_annotation;
use crate::i18n::t;
use crate::platform;
use crate::state::{AppState, Level};
use leptos::prelude::*;
use spandrel_core::review::{self, Answer, Finish, Pace};
use spandrel_core::{Id, SpanState};

impl AppState {
    /// Turns review mode on (asking the most doubtful suggestion) or off.
    pub fn toggle_review(&self) {
        if self.review.on.get_untracked() {
            self.stop_review();
        } else {
            self.start_review();
        }
    }

    pub fn start_review(&self) {
        if self.doc.read_only.get_untracked() {
            self.notify(Level::Info, t("act-review-read-only"));
            return;
        }
        self.review.pace.set(Pace::start(platform::now_ms()));
        self.review.skipped.set(Default::default());
        self.review.question.set(None);
        self.review.on.set(true);
        self.review_follow(&[]);
        if self.review.question.get_untracked().is_none() {
            self.announce(self.finish_text());
        }
    }

    pub fn stop_review(&self) {
        if !self.review.on.get_untracked() {
            return;
        }
        self.review.on.set(false);
        self.review.question.set(None);
        self.announce(t("act-review-off"));
    }

    /// Another document is shown: nothing of the last one stays skipped.
    pub fn review_new_doc(&self) {
        if self.review.skipped.with_untracked(|s| !s.is_empty()) {
            self.review.skipped.set(Default::default());
        }
        if self.review.question.get_untracked().is_some() {
            self.review.question.set(None);
        }
    }

    /// Brings the question in line with the document: the first of `prefer` still pending, else the
    /// current question if it still is, else the most doubtful one (focused and announced when it changes).
    pub fn review_follow(&self, prefer: &[Id]) {
        if !self.review.on.get_untracked() {
            return;
        }
        let current = self.review.question.get_untracked();
        let threshold = self.suggest.threshold.get_untracked();
        let keep: Vec<Id> = prefer.iter().copied().chain(current).collect();
        let next = self
            .review
            .skipped
            .with_untracked(|skipped| self.with_doc_untracked(|d| review::next_question(d, threshold, skipped, &keep)))
            .flatten();
        if next == current {
            return;
        }
        self.review.question.set(next);
        if let Some(id) = next {
            focus_annotation(*self, id);
        }
    }

    /// Carries out an answer to the question asked; with no question left, Accept goes on (Done →
    /// next, or the next document when only skipped suggestions are left) and Skip asks the skipped
    /// ones again.
    pub fn answer(&self, answer: Answer) {
        if !self.review.on.get_untracked() {
            return;
        }
        let Some(id) = self.review.question.get_untracked() else {
            self.answer_at_end(&answer);
            return;
        };
        match review::command(id, &answer) {
            Some(cmd) => {
                if self.apply(cmd).is_some() && answer.decides() {
                    self.review.pace.update(|p| p.decided(platform::now_ms()));
                }
            }
            None => {
                self.review.skipped.update(|s| {
                    s.insert(id);
                });
            }
        }
        self.review_follow(&[]);
        if self.review.question.get_untracked().is_none() {
            self.announce(self.finish_text());
        }
    }

    fn answer_at_end(&self, answer: &Answer) {
        let threshold = self.suggest.threshold.get_untracked();
        let extracting = self.suggest.extracting.get_untracked();
        let Some(finish) = self
            .review
            .skipped
            .with_untracked(|sk| self.with_doc_untracked(|d| review::finish(d, threshold, sk, extracting)))
        else {
            return;
        };
        match (finish, answer) {
            (Finish::Waiting, _) => self.announce(self.finish_text()),
            (Finish::DoneNext, Answer::Accept) => self.done_next(),
            (Finish::Skipped(_), Answer::Accept) => self.skip_next(),
            (Finish::Skipped(_), Answer::Skip) => {
                self.review.skipped.set(Default::default());
                self.review_follow(&[]);
            }
            _ => {}
        }
    }

    /// What the review says when no question is left in the open document.
    pub fn finish_text(&self) -> String {
        let threshold = self.suggest.threshold.get_untracked();
        let extracting = self.suggest.extracting.get_untracked();
        let finish = self
            .review
            .skipped
            .with_untracked(|sk| self.with_doc_untracked(|d| review::finish(d, threshold, sk, extracting)));
        match finish {
            Some(Finish::Waiting) => t("act-review-waiting"),
            Some(Finish::DoneNext) | None => t("act-review-all-decided"),
            Some(Finish::Skipped(n)) => crate::tr!("act-review-skipped-left", n = n),
        }
    }
}

/// The ids an edit put back to pending (an answer undone): asked again first.
pub fn reopened(st: &AppState, changed: &[Id]) -> Vec<Id> {
    if !st.review.on.get_untracked() {
        return Vec::new();
    }
    st.with_doc_untracked(|d| {
        changed
            .iter()
            .copied()
            .filter(|id| d.annotations.get(id).is_some_and(|a| a.state == SpanState::Suggested))
            .collect()
    })
    .unwrap_or_default()
}

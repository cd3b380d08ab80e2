//! Corpus work: suggestions prepared ahead by the worker, Done → next, Skip, Previous / Next (core's
//! `corpus` decides the order and the queue).

use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::{dom, extractor};
use crate::state::{AppState, Level, MODEL_URL};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::corpus;
use spandrel_core::edit::Command;
use spandrel_core::model::DocStatus;
use spandrel_core::SpanState;

impl AppState {
    pub fn current_id(&self) -> Option<String> {
        self.with_doc_untracked(|d| d.id.clone())
    }

    /// The suggestions prepared ahead for `id`, taken out of the cache, and whether they are stale
    /// (computed before the learner last changed).
    pub fn take_ahead(&self, id: &str) -> Option<(Vec<extractor::Found>, bool)> {
        let gen = self.suggest.ahead_gen.get_value();
        self.suggest.ahead.try_update_value(|m| m.remove(id)).flatten().map(|(g, found)| (found, g < gen))
    }

    /// The learner changed: what was prepared ahead is stale (the next documents are prepared again).
    pub fn ahead_is_stale(&self) {
        self.suggest.ahead_gen.update_value(|g| *g += 1);
    }

    /// Forgets every suggestion prepared ahead.
    pub fn clear_ahead(&self) {
        self.suggest.ahead.update_value(|m| m.clear());
        self.suggest.ahead_counts.set(Default::default());
    }

    /// The next documents to prepare: the next ones to do after the open one first, then every
    /// untagged document in corpus order; only those not tagged and not prepared yet.
    pub fn next_batch(&self) -> Vec<String> {
        let current = self.current_id();
        let gen = self.suggest.ahead_gen.get_value();
        // Missing, or (`fresh`) missing or stale.
        let wanted = |id: &str, fresh: bool| {
            Some(id) != current.as_deref()
                && self.suggest.ahead.with_value(|m| m.get(id).is_none_or(|(g, _)| fresh && *g < gen))
                && self.lib.workspace.with_value(|w| w.as_ref().and_then(|w| w.entry(id)).is_some_and(|e| !e.extracted))
        };
        self.lib.queue.with_untracked(|c| {
            // The next ones to do are kept up to date with what was learned; the rest only counted.
            let first: Vec<String> = c
                .upcoming_to_do(current.as_deref(), AHEAD_FIRST)
                .into_iter()
                .filter(|id| wanted(id, true))
                .map(str::to_owned)
                .collect();
            if !first.is_empty() {
                return first;
            }
            c.ids().iter().filter(|id| wanted(id, false)).take(BATCH).cloned().collect()
        })
    }

    /// Has the worker tag documents not opened yet, in the background (one request at a time), so
    /// the next document opens with its suggestions and the Documents table can count them.
    pub fn prefetch(&self) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let (running, _) = self.suggest.prefetching.get_value();
        if running {
            self.suggest.prefetching.set_value((true, true));
            return;
        }
        self.suggest.prefetching.set_value((true, false));
        let this = *self;
        leptos::task::spawn_local(async move {
            loop {
                let ids = this.next_batch();
                if ids.is_empty() {
                    let (_, again) = this.suggest.prefetching.get_value();
                    if again {
                        this.suggest.prefetching.set_value((true, false));
                        continue;
                    }
                    break;
                }
                let mut unreadable = Vec::new();
                let texts: Vec<(String, spandrel_core::Text)> = this.lib.workspace.with_value(|w| {
                    let Some(w) = w.as_ref() else { return Vec::new() };
                    ids.iter()
                        .filter_map(|id| match w.load_doc(id) {
                            Ok(s) => Some((id.clone(), s.doc.text)),
                            Err(e) => {
                                unreadable.push(e.message());
                                None
                            }
                        })
                        .collect()
                });
                if let Some(first) = unreadable.first() {
                    this.notify(
                        Level::Warning,
                        tr!("act-corpus-unreadable", n = unreadable.len(), error = first.as_str()),
                    );
                }
                if texts.is_empty() {
                    break;
                }
                let refs: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
                let gen = this.suggest.ahead_gen.get_value();
                match extractor::extract_many(&refs, MODEL_URL).await {
                    Ok(results) => {
                        let mut counts = Vec::with_capacity(results.len());
                        this.suggest.ahead.update_value(|m| {
                            for ((id, _), found) in texts.iter().zip(results) {
                                counts.push((id.clone(), found.len()));
                                m.insert(id.clone(), (gen, found));
                            }
                        });
                        this.suggest.ahead_counts.update(|c| c.extend(counts));
                    }
                    Err(e) => {
                        this.notify(Level::Warning, tr!("act-corpus-ahead-failed", error = e.to_string()));
                        break;
                    }
                }
                dom::yield_now().await;
            }
            this.suggest.prefetching.set_value((false, false));
        });
    }

    /// Done → next: accepts the suggestions shown (at or above the score threshold), marks the
    /// document done, saves, and opens the next document still to do.
    pub fn done_next(&self) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let threshold = self.suggest.threshold.get_untracked();
        let Some(plan) =
            self.with_doc_untracked(|d| self.lib.queue.with_untracked(|c| corpus::done_next(c, d, threshold)))
        else {
            return;
        };
        if !plan.accept.is_empty() {
            self.set_state(plan.accept, SpanState::Accepted);
        }
        if plan.mark_done {
            self.apply(Command::SetStatus(DocStatus::Done));
        }
        self.flush_save();
        self.open_next(plan.next);
    }

    /// Skip: opens the next document still to do; this one keeps its status.
    pub fn skip_next(&self) {
        self.flush_save();
        self.go_to_next_to_do();
    }

    pub fn go_to_next_to_do(&self) {
        let current = self.current_id();
        let next = self.lib.queue.with_untracked(|c| c.next_to_do(current.as_deref()).map(str::to_owned));
        self.open_next(next);
    }

    /// Opens the next document to do, or says that nothing is left.
    fn open_next(&self, next: Option<String>) {
        match next {
            Some(id) => {
                self.open_doc(&id);
                self.announce_position();
            }
            None => self.notify(Level::Info, t("act-corpus-nothing-left")),
        }
    }

    /// Opens the next (previous) document in corpus order, whatever its status.
    pub fn other_doc(&self, forward: bool) {
        let Some(current) = self.current_id() else { return };
        let to = self
            .lib
            .corpus
            .with_untracked(|c| if forward { c.next(&current) } else { c.prev(&current) }.map(str::to_owned));
        match to {
            Some(id) => {
                self.open_doc(&id);
                self.announce_position();
            }
            None => self.announce(if forward { t("act-corpus-last") } else { t("act-corpus-first") }),
        }
    }

    pub fn announce_position(&self) {
        let Some(id) = self.current_id() else { return };
        let (pos, n) = self.lib.queue.with_untracked(|c| (c.position(&id), c.len()));
        if let Some(pos) = pos {
            let title = self.with_doc_untracked(|d| d.title.clone()).unwrap_or_default();
            self.announce(tr!("act-corpus-position", pos = pos, n = n, title = title));
        }
    }
}

/// How many of the next documents to do are prepared first, before the rest of the corpus.
const AHEAD_FIRST: usize = 8;
/// How many documents one background request to the worker carries.
const BATCH: usize = 100;

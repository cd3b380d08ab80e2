//! "Most informative first": the queue's order as the annotator chose it, and the extraction
//! worker's ranking of the documents still to do, asked again after each learning step.
//!
//! Invariants:
//! - The ranking is core's (`active::informative_order` on the learner's `uncertainty`), computed in
//!   the worker; this module only sends the documents to do but the open one (ids and texts, in
//!   corpus order) and keeps the answer in `Library::ranking`, from which `Library::queue` is
//!   derived (`Corpus::ranked`).
//! - With the corpus order chosen, no ranking is asked for and none is kept.
//! - A ranking that arrives after the order was switched back, or after a newer ranking was asked
//!   for, is dropped.

use crate::errors::Localize;
use crate::platform::extractor;
use crate::state::{AppState, Level, MODEL_URL};
use leptos::prelude::*;
use spandrel_core::active::QueueOrder;
use spandrel_core::corpus::Corpus;

thread_local! {
    /// Rankings asked for so far (the latest one wins).
    static ASKED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl AppState {
    /// Chooses the queue's order, keeps it in the settings and, for "most informative first", asks
    /// the worker to rank what is left to do.
    pub fn set_queue_order(&self, order: QueueOrder) {
        if self.lib.order.get_untracked() == order {
            return;
        }
        self.lib.order.set(order);
        self.save_settings();
        match order {
            QueueOrder::Informative => self.rank_queue(),
            QueueOrder::Corpus => self.lib.ranking.set(None),
        }
    }

    /// Asks the worker to rank the queue's documents still to do (when the order is "most informative
    /// first"); the queue follows when the answer arrives.
    pub fn rank_queue(&self) {
        if self.lib.order.get_untracked() != QueueOrder::Informative {
            return;
        }
        let asked = ASKED.with(|a| {
            a.set(a.get() + 1);
            a.get()
        });
        // The open document is left out: it stays where it is, and Done → next goes to the first of
        // the ranking (`Corpus::ranked`).
        let open = self.current_id();
        let ids: Vec<String> = self.lib.queue_of.with_untracked(|u| {
            self.lib.docs.with_untracked(|d| {
                Corpus::queue(d, u.as_deref())
                    .to_do()
                    .into_iter()
                    .filter(|id| Some(*id) != open.as_deref())
                    .map(str::to_owned)
                    .collect()
            })
        });
        let mut texts = Vec::with_capacity(ids.len());
        let mut unreadable = Vec::new();
        let mut known = Vec::with_capacity(ids.len());
        for id in ids {
            let cached = self.lib.texts.with_value(|t| t.get(&id).cloned());
            let text = match cached {
                Some(t) => t,
                None => match self.ws_ref(|w| w.load_doc(&id)) {
                    Ok(sd) => {
                        let t = sd.doc.text.as_str().to_owned();
                        self.lib.texts.update_value(|m| {
                            m.insert(id.clone(), t.clone());
                        });
                        t
                    }
                    Err(e) => {
                        unreadable.push(e.message());
                        continue;
                    }
                },
            };
            known.push(id);
            texts.push(text);
        }
        if let Some(first) = unreadable.first() {
            self.notify(
                Level::Warning,
                crate::tr!("act-queue-unreadable", n = unreadable.len(), error = first.as_str()),
            );
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            match extractor::rank(&known, &texts, MODEL_URL).await {
                Ok((order, _ms)) => {
                    let latest = ASKED.with(std::cell::Cell::get) == asked;
                    if latest && this.lib.order.get_untracked() == QueueOrder::Informative {
                        this.lib.ranking.set(Some(order));
                        this.prefetch();
                    }
                }
                Err(e) => this.notify(Level::Warning, crate::tr!("act-queue-rank-failed", error = e.to_string())),
            }
        });
    }
}

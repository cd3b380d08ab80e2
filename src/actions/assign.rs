//! A lead assigns the project's documents to annotators: automatically (core's `assign`, with overlap)
//! or by hand (selected rows to the named annotators). Each document whose annotators changed is saved
//! here and published to the project like any other change of the lead's.
//!
//! Invariants:
//! - The rule is core's (`spandrel_core::assign`); this module only reads the index, saves and reports.
//! - The open document takes its new annotators through `reconcile` (as another tab's write), so an
//!   edit in progress is neither lost nor written back over the assignment.
//! - Large corpora are saved a chunk per task: the page stays responsive.

use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::dom;
use crate::state::{AppState, Level};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::assign::{self, Rule};
use spandrel_core::storage::StoredDoc;

impl AppState {
    /// Assigns every document of the corpus to `names` with `rule`, keeping what is already assigned.
    /// Returns at once with a message for the form when the request is refused; the saving runs in
    /// the background and reports when done.
    pub fn assign_auto(&self, names: &str, rule: Rule) -> Result<(), String> {
        let team = assign::parse_names(names);
        let current: Vec<(String, Vec<String>)> = self.lib.corpus.with_untracked(|c| {
            self.lib.docs.with_untracked(|entries| {
                let by_id: std::collections::HashMap<&str, &Vec<String>> =
                    entries.iter().map(|e| (e.id.as_str(), &e.assigned)).collect();
                c.ids()
                    .iter()
                    .map(|id| (id.clone(), by_id.get(id.as_str()).map(|a| (*a).clone()).unwrap_or_default()))
                    .collect()
            })
        });
        if current.is_empty() {
            return Err(t("act-assign-no-documents"));
        }
        let plan = assign::assign(&current, &team, rule).map_err(|e| e.message())?;
        let changes: Vec<(String, Vec<String>)> =
            plan.into_iter().zip(&current).filter(|((_, new), (_, old))| new != old).map(|(p, _)| p).collect();
        self.save_assignments(changes, team.len());
        Ok(())
    }

    /// Assigns the documents `ids` to exactly `names` (by hand; an empty list unassigns them).
    pub fn assign_by_hand(&self, ids: Vec<String>, names: &str) -> Result<(), String> {
        if ids.is_empty() {
            return Err(t("act-assign-select-first"));
        }
        let team = assign::parse_names(names);
        let n = team.len();
        self.save_assignments(ids.into_iter().map(|id| (id, team.clone())).collect(), n);
        Ok(())
    }

    fn save_assignments(&self, changes: Vec<(String, Vec<String>)>, members: usize) {
        let this = *self;
        let current = self.ws_current_id();
        if current.as_ref().is_some_and(|c| changes.iter().any(|(id, _)| id == c)) {
            self.flush_save();
        }
        leptos::task::spawn_local(async move {
            let (mut changed, mut failed) = (0usize, Vec::new());
            for chunk in changes.chunks(200) {
                for (id, who) in chunk {
                    let stored = match this.ws_ref(|w| w.load_doc(id)) {
                        Ok(s) => s,
                        Err(e) => {
                            failed.push(e.message());
                            continue;
                        }
                    };
                    if &stored.doc.assigned == who {
                        continue;
                    }
                    let mut doc = stored.doc;
                    doc.assigned = who.clone();
                    match this.ws_mut(|w| w.save_doc(&doc, stored.revision)) {
                        Ok(revision) => {
                            changed += 1;
                            if current.as_deref() == Some(id.as_str()) {
                                this.reconcile(StoredDoc { doc, revision });
                            }
                            crate::actions::sync::stored_changed(id);
                        }
                        Err(e) => failed.push(e.message()),
                    }
                }
                dom::yield_now().await;
            }
            this.refresh_docs();
            if let Some(first) = failed.first() {
                this.error(tr!("act-assign-failed", n = failed.len(), error = first.as_str()));
            }
            let loads = this.lib.docs.with_untracked(|entries| {
                let all: Vec<(String, Vec<String>)> =
                    entries.iter().map(|e| (e.id.clone(), e.assigned.clone())).collect();
                assign::loads(&all)
            });
            let summary: Vec<String> =
                loads.iter().map(|(who, (n, _))| tr!("act-assign-load", who = who.as_str(), n = *n)).collect();
            let overlapped = this.lib.docs.with_untracked(|e| e.iter().filter(|e| e.assigned.len() > 1).count());
            this.notify(
                Level::Info,
                tr!(
                    "act-assign-done",
                    changed = changed,
                    members = members,
                    loads = if summary.is_empty() { t("act-assign-loads-none") } else { summary.join(", ") },
                    overlapped = overlapped
                ),
            );
        });
    }
}

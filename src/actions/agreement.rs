//! The Agreement screen's actions on the workspace: labels a version brings, ids of adjudicated copies.

use crate::state::AppState;
use leptos::prelude::*;

impl AppState {
    /// Adds labels the schema lacks (so that they can be filtered and coloured) and saves the settings.
    pub fn ensure_labels<'a>(&self, labels: impl IntoIterator<Item = &'a str>) {
        let mut names: Vec<String> = labels.into_iter().map(str::to_owned).collect();
        spandrel_core::sort::sort(&mut names);
        names.dedup();
        self.add_labels(&names, None);
    }

    /// A document id that is not in the workspace yet.
    pub fn fresh_doc_id(&self, base: &str) -> String {
        let taken = |id: &str| self.lib.docs.with_untracked(|d| d.iter().any(|e| e.id == id));
        if !taken(base) {
            return base.to_owned();
        }
        (2..).map(|n| format!("{base}-{n}")).find(|c| !taken(c)).unwrap_or_default()
    }
}

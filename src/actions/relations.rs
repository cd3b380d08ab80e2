//! Relations between spans: link mode, creating, retyping and deleting relations.

use crate::state::AppState;
use spandrel_core::Id;

impl AppState {
    /// Text covered by an annotation (empty if it is gone).
    pub fn covered_text(&self, id: Id) -> String {
        self.with_doc_untracked(|d| d.annotations.get(&id).and_then(|a| d.covered(a.span)).map(str::to_owned))
            .flatten()
            .unwrap_or_default()
    }
}

//! Find in the document: the query and its options (a change forgets the current hit), the hit gone
//! to, the label "Label all" uses. The hits themselves are core's (`search::find_all_with`), derived in
//! the view.

use crate::state::SearchCtx;
use leptos::prelude::*;

impl SearchCtx {
    /// A new query: no hit is current.
    pub fn set_query(&self, q: String) {
        self.query.set(q);
        self.hit.set(None);
    }

    pub fn set_ignore_case(&self, on: bool) {
        self.ignore_case.set(on);
        self.hit.set(None);
    }

    pub fn set_whole_word(&self, on: bool) {
        self.whole_word.set(on);
        self.hit.set(None);
    }

    /// The hit gone to (an index into the hits), or none.
    pub fn set_hit(&self, hit: Option<usize>) {
        self.hit.set(hit);
    }

    /// The label "Label all" uses.
    pub fn set_fill_label(&self, label: String) {
        self.fill_label.set(label);
    }
}

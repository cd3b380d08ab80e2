//! Document-level labels (the schema's `doc_labels`), shown at the top of the side panel. Invariant: a change is
//! one undoable command on the open document.

use crate::i18n::t;
use crate::state::use_state;
use leptos::prelude::*;
use spandrel_core::edit::Command;
use std::collections::BTreeSet;

// ----------------------------------------------------------------------------------- doc labels

#[component]
pub fn DocLabels() -> impl IntoView {
    let st = use_state();
    let current = Memo::new(move |_| st.with_doc(|d| d.doc_labels.clone()));
    let toggle = move |label: String| {
        let Some(mut set) = current.get_untracked() else { return };
        let multi = st.lib.schema.with_untracked(|s| s.doc_labels_multi);
        if set.contains(&label) {
            set.remove(&label);
        } else if multi {
            set.insert(label);
        } else {
            set = BTreeSet::from([label]);
        }
        st.apply(Command::SetDocLabels(set));
    };
    view! {
        <Show when=move || current.with(|c| c.is_some())>
            <div class="doc-labels" role="group" aria-label=t("doclabels-group")>
                {move || {
                    st.lib.schema
                        .get()
                        .doc_labels
                        .into_iter()
                        .map(|l| {
                            let name = StoredValue::new(l.clone());
                            view! {
                                <button
                                    class="doc-label"
                                    aria-pressed=move || {
                                        current.with(|c| c.as_ref().is_some_and(|c| c.contains(&name.get_value()))).to_string()
                                    }
                                    on:click=move |_| toggle(name.get_value())
                                >
                                    <bdi>{l.clone()}</bdi>
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </Show>
    }
}

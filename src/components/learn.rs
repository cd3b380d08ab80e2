//! Suggestions that learn from the annotator, on the page's side: after each save of the open
//! document its decisions (core's `learn::Feedback`) go to the extraction worker, which learns from
//! them off the page's thread. Nothing learned is stored or leaves the browser: at start the worker
//! learns again from the workspace's decisions, in corpus order (`Workspace::learn_sources`), a
//! chunk of documents per task. "Forget" returns to the shipped model and records when, so that
//! decisions made before it are not learned again after a reload.
//!
//! Invariant: the page never learns or tags itself; it sends decisions, stores opaque bytes and
//! applies the worker's new suggestions through core's `edit::suggestion_update` (decisions are
//! never touched).

use crate::i18n::t;
use crate::tr;
use leptos::prelude::*;

/// What suggestions are based on, and the Forget button.
#[component]
pub fn LearnedNote() -> impl IntoView {
    let st = crate::state::use_state();
    let text = move || {
        let (taught, rejected) = st.suggest.learned.get();
        if taught == 0 && rejected == 0 {
            t("learn-based-on-shipped")
        } else {
            tr!("learn-based-on-learned", taught = taught, rejected = rejected)
        }
    };
    view! {
        <p class="hint learned" data-testid="learned-note">
            {text}
            " "
            <button
                data-testid="forget-learned"
                disabled=move || st.suggest.learned.get() == (0, 0) || st.doc.read_only.get()
                on:click=move |_| st.forget_learned()
            >
                {t("learn-forget")}
            </button>
        </p>
    }
}

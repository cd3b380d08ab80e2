//! Relations, search and label-all, document labels (under construction).
use crate::state::AppState;
use leptos::prelude::*;

/// Keyboard hook for relation drawing; returns true when it handled the key.
pub fn on_key(_st: AppState, _ev: &web_sys::KeyboardEvent) -> bool {
    false
}

#[component]
pub fn SearchBar() -> impl IntoView {
    view! { <span class="search"></span> }
}

#[component]
pub fn RelationsPanel() -> impl IntoView {
    view! { <span class="relations"></span> }
}

#[component]
pub fn DocLabels() -> impl IntoView {
    view! { <span class="doc-labels"></span> }
}

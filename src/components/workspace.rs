//! Workspace screen and persistence wiring (under construction).
use crate::state::AppState;
use leptos::prelude::*;

/// Installs window listeners (storage events from other tabs, beforeunload).
pub fn install(_st: AppState) {}

#[component]
pub fn WorkspaceScreen() -> impl IntoView {
    view! { <section class="screen" aria-label="Documents"></section> }
}

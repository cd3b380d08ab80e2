//! Import, export and share-by-link (under construction).
use crate::state::AppState;
use leptos::prelude::*;

/// Runs before the workspace boots; returns true when a shared link was opened instead.
pub fn open_shared_link(_st: AppState) -> bool {
    false
}

/// Header buttons and their dialogs.
#[component]
pub fn TransferButtons() -> impl IntoView {
    view! { <span class="transfer"></span> }
}

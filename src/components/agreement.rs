//! Agreement between annotators (under construction).
use leptos::prelude::*;

#[component]
pub fn AgreementScreen() -> impl IntoView {
    view! { <section class="screen" aria-label="Agreement"></section> }
}

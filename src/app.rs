use leptos::prelude::*;
use spandrel_core::Text;

/// The document the app opens with on a fresh workspace.
pub const SAMPLE_TITLE: &str = "Muscat talks";
pub const SAMPLE_TEXT: &str = include_str!("../assets/muscat-talks.txt");

#[component]
pub fn App() -> impl IntoView {
    let text = Text::from(SAMPLE_TEXT);
    let paragraphs: Vec<String> = text.as_str().split_inclusive('\n').map(|p| p.trim_end_matches(['\r', '\n']).to_owned()).collect();
    view! {
        <header class="app-header" data-app-ready="">
            <h1>"Spandrel"</h1>
            <span class="doc-title">{SAMPLE_TITLE}</span>
        </header>
        <main>
            <article class="doc-view" aria-label="Document text">
                {paragraphs.into_iter().map(|p| view! { <p class="para">{p}</p> }).collect_view()}
            </article>
            <aside class="side-panel" aria-label="Annotations"></aside>
        </main>
    }
}

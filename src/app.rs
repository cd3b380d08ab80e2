//! The app's root component: provides the stores (AppState, relations, agreement, search, sync), installs the
//! window listeners and lays out the screens. Invariant: every store is created once, here.

use crate::components::{
    agreement::AgreementScreen, docview::DocView, header::Header, overlays::*, panel::SidePanel, search::SearchBar,
    workspace::WorkspaceScreen,
};
use crate::state::{AppState, Screen};
use leptos::prelude::*;

/// The document the app opens with on a fresh workspace.
pub const SAMPLE_TITLE: &str = "Muscat talks";
pub const SAMPLE_TEXT: &str = include_str!("../assets/muscat-talks.txt");

/// The app. `language_failed`: why the chosen interface language could not be loaded (the app then
/// runs in English and says so).
#[component]
pub fn App(#[prop(optional)] language_failed: Option<crate::i18n::LocaleError>) -> impl IntoView {
    let st = AppState::new();
    provide_context(st);
    if !crate::components::transfer::open_shared_link(st) {
        st.boot();
    }
    if let Some(e) = language_failed {
        st.error(crate::tr!("language-failed", reason = e.to_string()));
    }
    let rel = st.rel;
    provide_context(rel);
    crate::actions::relations::install_listeners(st, rel);
    provide_context(crate::state::SearchCtx::new());
    crate::state::SyncCtx::provide(st);
    crate::keyboard::install(st, rel);
    crate::components::workspace::install(st);
    view! {
        <Header />
        <Show when=move || st.ui.screen.get() == Screen::Annotate>
            <main class="annotate" class:with-pages=move || st.pages.open.get()>
                <div class="doc-column">
                    <SearchBar />
                    <DocView />
                    <crate::components::relations::RelationLayer />
                    <crate::components::handles::EdgeHandles />
                </div>
                <SidePanel />
                <crate::components::pageview::PageViewPanel />
            </main>
        </Show>
        <Show when=move || st.ui.screen.get() == Screen::Workspace>
            <WorkspaceScreen />
        </Show>
        <Show when=move || st.ui.screen.get() == Screen::Agreement>
            <AgreementScreen />
        </Show>
        <LabelPicker />
        <HelpDialog />
        <crate::components::overlays::GuidelinesDialog />
        <LiveRegion />
    }
}

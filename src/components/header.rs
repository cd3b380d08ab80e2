//! The app header: screens, the open document's title, import/export/share, undo/redo, the save
//! and sync indicators and the messages. Invariant: one row on wide screens (the title shrinks first, then
//! the row scrolls sideways rather than run off the page); the
//! messages float at the window's corner (never pushing the document down), under modal dialogs.

use crate::components::transfer::TransferButtons;
use crate::i18n::t;
use crate::state::{use_state, SaveState, Screen};
use leptos::prelude::*;
use spandrel_core::keymap::{titled, Action};

#[component]
pub fn Header() -> impl IntoView {
    let st = use_state();
    let title = Memo::new(move |_| st.with_doc(|d| d.title.clone()).unwrap_or_default());
    let can_undo = Memo::new(move |_| st.doc.editor.with(|e| e.as_ref().is_some_and(|e| e.can_undo())));
    let can_redo = Memo::new(move |_| st.doc.editor.with(|e| e.as_ref().is_some_and(|e| e.can_redo())));
    let save_text = move || match st.save.save_state.get() {
        SaveState::Saved => t("header-saved"),
        SaveState::Saving => t("header-saving"),
        SaveState::NotSaved => t("header-not-saved"),
    };
    view! {
        <header class="app-header" data-app-ready="">
            <div class="header-row">
            <h1>"Spandrel"</h1>
            <nav class="screens" aria-label=t("header-screens")>
                <button
                    aria-pressed=move || (st.ui.screen.get() == Screen::Annotate).to_string()
                    on:click=move |_| st.go_to(Screen::Annotate)
                >
                    {t("header-annotate")}
                </button>
                <button
                    aria-pressed=move || (st.ui.screen.get() == Screen::Workspace).to_string()
                    on:click=move |_| st.go_to(Screen::Workspace)
                >
                    {t("header-documents")}
                </button>
                <button
                    aria-pressed=move || (st.ui.screen.get() == Screen::Agreement).to_string()
                    on:click=move |_| st.go_to(Screen::Agreement)
                >
                    {t("header-agreement")}
                </button>
            </nav>
            <span class="doc-title" dir="auto" title=t("header-current-document")>{move || title.get()}</span>
            <span class="spacer"></span>
            <TransferButtons />
            <button aria-label=titled(&t("header-undo"), Action::Undo) title=titled(&t("header-undo"), Action::Undo) disabled=move || !can_undo.get() on:click=move |_| st.undo()>
                {t("header-undo-button")}
            </button>
            <button aria-label=titled(&t("header-redo"), Action::Redo) title=titled(&t("header-redo"), Action::Redo) disabled=move || !can_redo.get() on:click=move |_| st.redo()>
                {t("header-redo-button")}
            </button>
            <span
                class="save-state"
                data-state=move || format!("{:?}", st.save.save_state.get()).to_lowercase()
                role="status"
            >
                {save_text}
            </span>
            <crate::components::sync::SyncIndicator />
            <LanguageMenu />
            <button data-testid="guidelines-button" title=t("header-guidelines-title") on:click=move |_| st.show_guidelines(true)>
                {t("header-guidelines")}
            </button>
            <button aria-label=titled(&t("header-shortcuts"), Action::ShowHelp) title=titled(&t("header-shortcuts"), Action::ShowHelp) on:click=move |_| st.show_help(true)>
                "?"
            </button>
            </div>
            <crate::components::sync::SyncSettings />
            <crate::components::sync::SyncAlert />
            <crate::components::sync::CuratorPanel />
            // Always mounted (it hides itself off the Annotate screen): a Show around it would dispose
            // its memos while an update of the document list could still be on its way to them.
            <crate::components::corpus::CorpusBar />
            // In the sticky header, so the question stays in view while the text scrolls to its span.
            <crate::components::review::ReviewCard />
            // Messages float at the window's corner (fixed, so they never push the document down);
            // a modal dialog (also in the header) is drawn above them.
            <crate::components::overlays::Messages />
        </header>
    }
}

/// The interface language: the shipped languages, each by its own name; a choice is saved and the page
/// reloads in it.
#[component]
fn LanguageMenu() -> impl IntoView {
    let st = use_state();
    let active = crate::i18n::active();
    let mut tags: Vec<&'static str> = spandrel_core::locale::LANGUAGES.iter().map(|l| l.tag).collect();
    if active == spandrel_core::locale::PSEUDO {
        tags.push(active);
    }
    view! {
        <select
            class="language-menu"
            data-testid="language"
            aria-label=t("language-menu")
            title=t("language-menu-title")
            on:change=move |ev| st.set_language(&event_target_value(&ev))
        >
            {tags
                .into_iter()
                .map(|tag| {
                    view! {
                        <option value=tag lang=tag selected=tag == active>
                            {spandrel_core::locale::name(tag)}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

//! Floating label picker, keyboard help, the error/message surface and the aria-live region.

use crate::actions::edit::use_label;
use crate::state::{use_state, Level};
use leptos::prelude::*;

#[component]
pub fn LabelPicker() -> impl IntoView {
    let st = use_state();
    // Mounted once and hidden while there is nothing to label: opening and closing it (once per
    // selection) then costs no DOM building. Its buttons follow the schema.
    let open = Memo::new(move |_| st.sel.pending.with(Option::is_some) && st.sel.picker_at.with(Option::is_some));
    let buttons = move || {
        st.lib.schema.with(|s| {
            s.labels
                .iter()
                .map(|l| {
                    let name = l.name.clone();
                    view! {
                        <button
                            class="label-btn small"
                            style=format!("--chip:{}", l.color)
                            data-label=l.name.clone()
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| use_label(st, &name)
                        >
                            <span class="chip" aria-hidden="true"></span>
                            {l.name.clone()}
                            {l.hotkey.map(|k| view! { <kbd>{k.to_string()}</kbd> })}
                        </button>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div
            class="picker"
            role="toolbar"
            aria-label="Choose a label for the selection"
            hidden=move || !open.get()
            style=move || {
                let at = st.sel.picker_at.get().unwrap_or_default();
                format!("left:{}px;top:{}px", at.x.max(8.0), at.y)
            }
        >
            {buttons}
            <button class="icon" aria-label="Cancel" on:click=move |_| {
                st.set_pending(None);
                st.set_picker(None);
            }>"✕"</button>
        </div>
    }
}

#[component]
pub fn HelpDialog() -> impl IntoView {
    let st = use_state();
    view! {
        <Show when=move || st.ui.show_help.get()>
            <div class="modal-backdrop" on:click=move |_| st.show_help(false)>
                <div class="modal" role="dialog" aria-modal="true" aria-labelledby="help-h" on:click=|ev| ev.stop_propagation()>
                    <h2 id="help-h">"Keyboard shortcuts"</h2>
                    <table class="keymap">
                        <tbody>
                            {spandrel_core::keymap::BINDINGS
                                .iter()
                                .map(|b| view! { <tr><th scope="row"><kbd>{b.keys}</kbd></th><td>{b.help}</td></tr> })
                                .collect_view()}
                        </tbody>
                    </table>
                    <button autofocus on:click=move |_| st.show_help(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}

#[component]
pub fn Messages() -> impl IntoView {
    let st = use_state();
    view! {
        // Newest first, floating at the window's inline-end corner: a message never moves the
        // document under the reader's eyes. Information leaves by itself (AppState::notify).
        <div class="messages" role="region" aria-label="Messages">
            <For
                each=move || st.ui.messages.with(|m| m.iter().rev().cloned().collect::<Vec<_>>())
                key=|m| m.id
                children=move |m| {
                    let id = m.id;
                    let (class, role) = match m.level {
                        Level::Error => ("msg error", "alert"),
                        Level::Warning => ("msg warning", "alert"),
                        Level::Info => ("msg info", "status"),
                    };
                    view! {
                        <div class=class role=role>
                            // Quoted parts are user strings (titles, file names, labels): isolated.
                            <span>
                                {spandrel_core::display::split_quoted(&m.text)
                                    .into_iter()
                                    .map(|(user, part)| {
                                        let part = part.to_owned();
                                        if user { view! { <bdi>{part}</bdi> }.into_any() } else { part.into_any() }
                                    })
                                    .collect_view()}
                            </span>
                            {m.action.map(|a| {
                                let run = a.run.clone();
                                view! {
                                    <button class="msg-action" on:click=move |_| {
                                        st.dismiss(id);
                                        run();
                                    }>{a.label}</button>
                                }
                            })}
                            <button class="icon" aria-label="Dismiss message" on:click=move |_| st.dismiss(id)>"✕"</button>
                        </div>
                    }
                }
            />
        </div>
    }
}

#[component]
pub fn LiveRegion() -> impl IntoView {
    let st = use_state();
    view! { <div class="sr-only" aria-live="polite" role="status" data-testid="live">{move || st.ui.announcement.get()}</div> }
}

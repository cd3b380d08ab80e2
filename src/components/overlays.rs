//! Floating label picker, keyboard help, the error/message surface and the aria-live region.

use crate::actions::edit::use_label;
use crate::i18n::t;
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
                            // The label's guidance, on hover and to screen readers (focus).
                            title=l.description.clone()
                            aria-description=l.description.clone()
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
            aria-label=t("picker-toolbar")
            hidden=move || !open.get()
            style=move || {
                let at = st.sel.picker_at.get().unwrap_or_default();
                format!("left:{}px;top:{}px", at.x.max(8.0), at.y)
            }
        >
            {buttons}
            <button class="icon" aria-label=t("picker-cancel") on:click=move |_| {
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
                    <h2 id="help-h">{t("help-title")}</h2>
                    <table class="keymap">
                        <tbody>
                            {spandrel_core::keymap::BINDINGS
                                .iter()
                                .map(|b| {
                                    let keys = t(&format!("keymap-{}-keys", b.id));
                                    let help = t(&format!("keymap-{}", b.id));
                                    // With the key caps of the active layout where keys are read by place.
                                    let keys = move || st.ui.layout.with(|l| l.with_caps(&keys));
                                    view! { <tr><th scope="row"><kbd>{keys}</kbd></th><td>{help}</td></tr> }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    <h3>{t("help-labels")}</h3>
                    <LabelGuidance />
                    <button autofocus on:click=move |_| st.show_help(false)>{t("dialog-close")}</button>
                </div>
            </div>
        </Show>
    }
}

/// The project's guidelines and each label's guidance, as written (plain text).
#[component]
fn LabelGuidance() -> impl IntoView {
    let st = use_state();
    view! {
        <Show when=move || st.lib.schema.with(|s| !s.guidelines.is_empty())>
            <p class="guidelines-text" dir="auto" style="white-space:pre-wrap">{move || st.lib.schema.with(|s| s.guidelines.clone())}</p>
        </Show>
        <dl class="label-guidance">
            {move || {
                st.lib.schema.with(|s| {
                    s.labels
                        .iter()
                        .map(|l| {
                            view! {
                                <dt><span class="chip" style=format!("--chip:{}", l.color) aria-hidden="true"></span><bdi>{l.name.clone()}</bdi></dt>
                                <dd dir="auto">{if l.description.is_empty() { "–".to_owned() } else { l.description.clone() }}</dd>
                            }
                        })
                        .collect_view()
                })
            }}
        </dl>
    }
}

/// The annotation guidelines: read by everyone (opened by itself when a project's guidelines first
/// arrive), edited here (a lead's edit is published to the project with the schema).
#[component]
pub fn GuidelinesDialog() -> impl IntoView {
    let st = use_state();
    let editing = RwSignal::new(false);
    let project = RwSignal::new(String::new());
    let per_label: RwSignal<Vec<(String, String)>> = RwSignal::new(Vec::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let start_edit = move |_| {
        st.lib.schema.with_untracked(|s| {
            project.set(s.guidelines.clone());
            per_label.set(s.labels.iter().map(|l| (l.name.clone(), l.description.clone())).collect());
        });
        error.set(None);
        editing.set(true);
    };
    let save = move |_| match st.save_guidance(project.get_untracked(), per_label.get_untracked()) {
        Ok(()) => editing.set(false),
        Err(e) => error.set(Some(e)),
    };
    let close = move || {
        editing.set(false);
        st.show_guidelines(false);
    };
    view! {
        <Show when=move || st.ui.show_guidelines.get()>
            <div class="modal-backdrop" on:click=move |_| close()>
                <div class="modal" role="dialog" aria-modal="true" aria-labelledby="guidelines-h" data-testid="guidelines"
                    on:click=|ev| ev.stop_propagation()>
                    <h2 id="guidelines-h">{t("guidelines-title")}</h2>
                    <Show
                        when=move || editing.get()
                        fallback=move || view! {
                            <LabelGuidance />
                            <button on:click=start_edit>{t("guidelines-edit")}</button>
                        }
                    >
                        <label>
                            {t("guidelines-project")}
                            <textarea name="guidelines-project" rows="5" style="width:100%"
                                prop:value=move || project.get() on:input=move |e| project.set(event_target_value(&e))></textarea>
                        </label>
                        {move || {
                            per_label
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, (name, text))| {
                                    view! {
                                        <label>
                                            <bdi>{name.clone()}</bdi>" "
                                            <input type="text" style="width:100%" data-label=name.clone() prop:value=text
                                                on:change=move |e| {
                                                    let v = event_target_value(&e);
                                                    per_label.update(|p| if let Some(x) = p.get_mut(i) { x.1 = v });
                                                } />
                                        </label>
                                    }
                                })
                                .collect_view()
                        }}
                        <Show when=move || error.get().is_some()>
                            <p class="form-error" role="alert">{move || error.get().unwrap_or_default()}</p>
                        </Show>
                        <button on:click=save>{t("guidelines-save")}</button>
                    </Show>
                    <button autofocus on:click=move |_| close()>{t("dialog-close")}</button>
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
        <div class="messages" role="region" aria-label=t("messages-region")>
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
                            <button class="icon" aria-label=t("message-dismiss") on:click=move |_| st.dismiss(id)>"✕"</button>
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

//! Attributes (key = value) of the focused span, in the side panel. Invariant: hidden in the
//! read-only view; every change is one undoable command.

use crate::i18n::t;
use crate::state::{use_state, Level};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::Command;

/// Key/value attributes of the focused span.
#[component]
pub fn Attributes() -> impl IntoView {
    let st = use_state();
    let attrs = Memo::new(move |_| {
        let id = st.sel.focused.get()?;
        st.with_doc(|d| d.annotations.get(&id).map(|a| (id, a.attributes.clone()))).flatten()
    });
    let key = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let set = move || {
        let Some((id, _)) = attrs.get_untracked() else { return };
        let k = key.get_untracked().trim().to_owned();
        if k.is_empty() {
            st.notify(Level::Info, t("attributes-name-first"));
            return;
        }
        if st.apply(Command::SetAttribute { id, key: k, value: Some(value.get_untracked()) }).is_some() {
            key.set(String::new());
            value.set(String::new());
        }
    };
    view! {
        <Show when=move || attrs.with(|a| a.is_some())>
            <div class="attributes" hidden=move || st.doc.read_only.get()>
                <h3>{t("attributes-heading")}</h3>
                <ul class="attr-rows">
                    {move || {
                        attrs
                            .get()
                            .map(|(id, map)| {
                                map.into_iter()
                                    .map(|(k, v)| {
                                        let kk = StoredValue::new(k.clone());
                                        view! {
                                            <li>
                                                <span class="attr-key">{k.clone()}</span>
                                                " = "
                                                <span class="attr-value">{v}</span>
                                                <button
                                                    class="icon"
                                                    aria-label=tr!("attributes-remove", key = k.as_str())
                                                    on:click=move |_| {
                                                        st.apply(Command::SetAttribute { id, key: kk.get_value(), value: None });
                                                    }
                                                >
                                                    "✕"
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })
                    }}
                </ul>
                <form
                    class="row"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        set();
                    }
                >
                    <input
                        type="text"
                        aria-label=t("attributes-name")
                        placeholder=t("attributes-name-placeholder")
                        prop:value=move || key.get()
                        on:input=move |ev| key.set(event_target_value(&ev))
                    />
                    <input
                        type="text"
                        aria-label=t("attributes-value")
                        placeholder=t("attributes-value-placeholder")
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                    <button type="submit">{t("attributes-set")}</button>
                </form>
            </div>
        </Show>
    }
}

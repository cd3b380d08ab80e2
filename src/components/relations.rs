//! Relations between spans: link mode, connectors over the text, the relation list.
//! Invariant: one link in progress at a time (`RelCtx`, provided once at the root).
//!
//! Keyboard (through core's key table): Shift+R (or Alt+R) starts a link from the focused span,
//! Tab moves to the target, Enter completes the link, Escape cancels. (`r` alone is a label hotkey.)
//! Mouse: the "Link" button, then click the source span and the target span.

use crate::actions::edit::focus_annotation;
use crate::actions::relations::{cancel_link, start_link};
use crate::i18n::{number, t};
use crate::state::use_state;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::Command;
use spandrel_core::Id;

/// Connectors between related spans, drawn over the document column.
#[component]
pub fn RelationLayer() -> impl IntoView {
    let st = use_state();
    let c = st.rel;
    view! {
        <svg class="relation-layer" aria-hidden="true">
            <defs>
                <marker id="rel-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z"></path>
                </marker>
            </defs>
            {move || {
                c.arcs
                    .get()
                    .into_iter()
                    .map(|a| {
                        view! {
                            <g class="rel-arc" data-rel=a.id>
                                <path d=a.d marker-end="url(#rel-arrow)"></path>
                                <text x=format!("{:.1}", a.lx) y=format!("{:.1}", a.ly) text-anchor="middle">
                                    {a.kind}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()
            }}
        </svg>
    }
}

// ----------------------------------------------------------------------------------- panel

#[derive(Debug, Clone, PartialEq)]
struct RelRow {
    id: Id,
    from: Id,
    from_text: String,
    to_text: String,
    kind: String,
}

#[component]
pub fn RelationsPanel() -> impl IntoView {
    let st = use_state();
    let c = st.rel;
    let rows = Memo::new(move |_| {
        st.with_doc(|d| {
            let text = |id: &Id| d.annotations.get(id).and_then(|a| d.covered(a.span)).unwrap_or_default().to_owned();
            let start = |id: &Id| d.annotations.get(id).map(|a| a.span.start).unwrap_or(0);
            let mut v: Vec<(usize, RelRow)> = d
                .relations
                .values()
                .map(|r| {
                    let row = RelRow {
                        id: r.id,
                        from: r.from,
                        from_text: text(&r.from),
                        to_text: text(&r.to),
                        kind: r.kind.clone(),
                    };
                    (start(&r.from), row)
                })
                .collect();
            spandrel_core::sort::sort_by_key(&mut v, |(s, r)| (*s, r.id));
            v.into_iter().map(|(_, r)| r).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let types = Memo::new(move |_| st.lib.schema.with(|s| s.relation_types.clone()));
    let kind_now = Memo::new(move |_| {
        let k = c.kind.get();
        types.with(|t| if t.contains(&k) { k } else { t.first().cloned().unwrap_or_default() })
    });
    let status = move || {
        if !c.link_mode.get() {
            return String::new();
        }
        match c.source.get() {
            None => t("relations-click-source"),
            Some(id) => {
                st.doc.editor.track();
                tr!("relations-from", text = st.covered_text(id))
            }
        }
    };
    let new_type = RwSignal::new(String::new());
    let add_type = move || {
        st.add_relation_type(st.rel, &new_type.get_untracked());
        new_type.set(String::new());
    };
    view! {
        <section class="relations" aria-labelledby="relations-h">
            <h2 id="relations-h">{t("relations-heading")}" " <span class="badge" data-testid="relation-count">{move || number(rows.with(Vec::len) as f64)}</span></h2>
            <div class="row">
                <label>
                    <span class="sr-only">{t("relations-type")}</span>
                    <select
                        aria-label=t("relations-type")
                        on:change=move |ev| c.choose_kind(event_target_value(&ev))
                    >
                        {move || {
                            types
                                .get()
                                .into_iter()
                                .map(|t| {
                                    let sel = t == kind_now.get_untracked();
                                    view! { <option value=t.clone() selected=sel>{t.clone()}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <button
                    class="link-btn"
                    aria-pressed=move || c.link_mode.get().to_string()
                    title=t("relations-link-title")
                    on:click=move |_| {
                        if c.link_mode.get_untracked() {
                            cancel_link(st, c);
                        } else {
                            start_link(st, c, None);
                        }
                    }
                >
                    {t("relations-link")}
                </button>
            </div>
            <Show when=move || c.link_mode.get()>
                <p class="link-status" role="status">{status}</p>
            </Show>
            <ul class="rel-rows">
                <For
                    each=move || rows.get()
                    key=|r| (r.id, r.from_text.clone(), r.to_text.clone(), r.kind.clone())
                    children=move |r| {
                        let (id, from) = (r.id, r.from);
                        let label = tr!("relations-delete", from = r.from_text.as_str(), to = r.to_text.as_str(), kind = r.kind.as_str());
                        view! {
                            <li data-rel=id>
                                <button class="row-btn rel-row" title=t("relations-focus-source") on:click=move |_| focus_annotation(st, from)>
                                    <span class="rel-from">{r.from_text.clone()}</span>
                                    " → "
                                    <span class="rel-to">{r.to_text.clone()}</span>
                                    " "
                                    <span class="kind">{r.kind.clone()}</span>
                                </button>
                                <button
                                    class="icon"
                                    aria-label=label.clone()
                                    title=label
                                    on:click=move |_| {
                                        st.apply(Command::RemoveRelations(vec![id]));
                                    }
                                >
                                    "✕"
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <form
                class="row add-rel-type"
                on:submit=move |ev| {
                    ev.prevent_default();
                    add_type();
                }
            >
                <label>
                    <span class="sr-only">{t("relations-new-type")}</span>
                    <input
                        type="text"
                        placeholder=t("relations-new-type")
                        prop:value=move || new_type.get()
                        on:input=move |ev| new_type.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">{t("relations-add-type")}</button>
            </form>
            <crate::components::attributes::Attributes />
        </section>
    }
}

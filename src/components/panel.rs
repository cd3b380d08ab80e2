//! Side panel: label palette, suggestion review, span list, and details of the focused span.

use crate::actions::edit::{focus_annotation, nudge_edge, use_label};
use crate::components::docview::label_color;
use crate::i18n::{number, t};
use crate::state::{use_state, AppState};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::Command;
use spandrel_core::keymap::{titled, Action};
use spandrel_core::{Annotation, Id, Label, SpanState};

/// How many rows the span list renders before asking to show more (keeps the DOM small).
const LIST_PAGE: usize = 60;

#[component]
pub fn SidePanel() -> impl IntoView {
    // The panel's lists and counts follow the document one task after each change: the actions
    // that change it schedule that (`AppState::doc_changed`); an edit's own frame repaints only the
    // text and the details.
    view! {
        <aside class="side-panel" aria-label=t("panel-aside")>
            // A PDF's page view, then the document's own labels, first: the header keeps one row at 1280 px.
            <crate::components::pageview::PageViewButton />
            <crate::components::doc_labels::DocLabels />
            <Details />
            <Palette />
            <Suggestions />
            <crate::components::relations::RelationsPanel />
            <SpanList />
            <TextDirection />
        </aside>
    }
}

#[component]
fn Palette() -> impl IntoView {
    let st = use_state();
    // Counts from core's DocStats (kept from each edit's touched ids): no document scan per edit.
    let counts = Memo::new(move |_| {
        st.stats_deferred(|s| s.labels().map(|(l, c)| (l.to_owned(), c)).collect::<std::collections::HashMap<_, _>>())
    });
    let new_name = RwSignal::new(String::new());
    let add_label = move || {
        if st.add_label(&new_name.get_untracked()) {
            new_name.set(String::new());
        }
    };
    view! {
        <section class="palette" aria-labelledby="palette-h">
            <h2 id="palette-h">{t("panel-labels")}</h2>
            <ul class="labels">
                <For
                    each=move || st.lib.schema.get().labels
                    key=|l| (l.name.clone(), l.color.clone(), l.hotkey)
                    children=move |l: Label| {
                        let name = l.name.clone();
                        let n1 = name.clone();
                        let n2 = name.clone();
                        let n3 = name.clone();
                        let count = move || {
                            counts.with(|c| c.get(&n1).map(|c| c.accepted + c.suggested).unwrap_or(0))
                        };
                        let unit_count = count.clone();
                        let armed = move || st.sel.armed.get().as_deref() == Some(n2.as_str());
                        view! {
                            <li>
                                <button
                                    class="label-btn"
                                    style=format!("--chip:{}", l.color)
                                    aria-pressed=move || armed().to_string()
                                    data-label=name.clone()
                                    title=l.description.clone()
                                    on:click=move |_| use_label(st, &n3)
                                >
                                    <span class="chip" aria-hidden="true"></span>
                                    <span class="name" dir="auto">{name.clone()}</span>
                                    {l.hotkey.map(|k| view! {
                                        <kbd><span class="sr-only">{t("panel-hotkey")}" "</span>{k.to_string()}</kbd>
                                        // The key's cap on the active layout, where the hotkey is read by its place.
                                        {move || st.ui.layout.with(|lay| lay.cap(k)).map(|cap| view! { <kbd class="layout-cap" data-testid="layout-cap">{cap.to_string()}</kbd> })}
                                    })}
                                    <span class="count">{move || number(count() as f64)}<span class="sr-only">" "{move || tr!("panel-label-spans", n = unit_count())}</span></span>
                                </button>
                                <LabelMenu label=l.clone() />
                            </li>
                        }
                    }
                />
            </ul>
            <form
                class="add-label"
                on:submit=move |ev| {
                    ev.prevent_default();
                    add_label();
                }
            >
                <label>
                    <span class="sr-only">{t("panel-new-label-name")}</span>
                    <input
                        placeholder=t("panel-new-label")
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">{t("panel-add")}</button>
            </form>
        </section>
    }
}

/// Rename, recolour, delete one label.
#[component]
fn LabelMenu(label: Label) -> impl IntoView {
    let st = use_state();
    let open = RwSignal::new(false);
    let name = label.name.clone();
    let rename_to = RwSignal::new(label.name.clone());
    let asking_delete = RwSignal::new(false);
    let n_rename = name.clone();
    let rename = move || {
        if st.rename_label(&n_rename, &rename_to.get_untracked()) {
            open.set(false);
        }
    };
    let n_color = name.clone();
    let n_del_sv = StoredValue::new(name.clone());
    let delete = move |remove_spans: bool| {
        let n_del = n_del_sv.get_value();
        if remove_spans {
            let ids: Vec<Id> = st
                .with_doc_untracked(|d| d.annotations.values().filter(|a| a.label == n_del).map(|a| a.id).collect())
                .unwrap_or_default();
            st.remove(ids);
        }
        st.update_schema(|s| s.labels.retain(|l| l.name != n_del));
        st.save_settings();
        asking_delete.set(false);
        open.set(false);
    };
    let n_count = name.clone();
    // Counted only while the menu is open (from core's DocStats, no scan).
    let in_use = Memo::new(move |_| {
        if !open.get() {
            return 0;
        }
        st.stats_deferred(|s| s.label_count(&n_count))
    });
    view! {
        <button class="icon" aria-label=tr!("panel-edit-label", label = name.as_str()) aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            "⋯"
        </button>
        <Show when=move || open.get()>
            <div class="label-menu">
                <label>
                    {t("panel-name")}
                    " "
                    <input prop:value=move || rename_to.get() on:input=move |ev| rename_to.set(event_target_value(&ev)) />
                </label>
                <button on:click={
                    let rename = rename.clone();
                    move |_| rename()
                }>{t("panel-rename")}</button>
                <label>
                    {t("panel-colour")}
                    " "
                    <input
                        type="color"
                        prop:value=label.color.clone()
                        on:change={
                            let n = n_color.clone();
                            move |ev| {
                                let c = event_target_value(&ev);
                                st.update_schema(|s| {
                                    if let Some(l) = s.labels.iter_mut().find(|l| l.name == n) {
                                        l.color = c.clone();
                                    }
                                });
                                st.save_settings();
                            }
                        }
                    />
                </label>
                <Show
                    when=move || asking_delete.get()
                    fallback=move || {
                        view! {
                            <button class="danger" on:click=move |_| {
                                if in_use.get() > 0 { asking_delete.set(true) } else { delete(false) }
                            }>{t("panel-delete-label")}</button>
                        }
                    }
                >
                    <p role="alert">{move || tr!("panel-label-in-use", n = in_use.get())}</p>
                    <button class="danger" on:click=move |_| delete(true)>{t("panel-delete-label-and-spans")}</button>
                    <button on:click=move |_| delete(false)>{t("panel-delete-label-keep-spans")}</button>
                    <button on:click=move |_| asking_delete.set(false)>{t("panel-cancel")}</button>
                </Show>
            </div>
        </Show>
    }
}

#[component]
fn Suggestions() -> impl IntoView {
    let st = use_state();
    // Pending suggestions per label, in one pass over the annotations per edit.
    let by_label = Memo::new(move |_| {
        st.stats_deferred(|s| s.pending_by_label().map(|(l, n)| (l.to_owned(), n)).collect::<Vec<_>>())
    });
    let pending = Memo::new(move |_| by_label.with(|v| v.iter().map(|(_, n)| n).sum::<usize>()));
    let above = Memo::new(move |_| {
        let t = st.suggest.threshold.get();
        st.stats_deferred(|s| s.pending_at_least(None, t))
    });
    view! {
        <section class="suggestions" aria-labelledby="sugg-h">
            <h2 id="sugg-h">
                {t("panel-suggestions")}
                " "
                <span class="badge" data-testid="pending-count">{move || number(pending.get() as f64)}</span>
                <Show when=move || st.suggest.extracting.get()>
                    <span class="busy">" "{t("panel-finding-entities")}</span>
                </Show>
            </h2>
            <crate::components::learn::LearnedNote />
            <div class="row">
                <button disabled=move || pending.get() == 0 on:click=move |_| st.set_state(st.suggestion_ids(None, None), SpanState::Accepted)>
                    {t("panel-accept-all")}
                </button>
                <button disabled=move || pending.get() == 0 on:click=move |_| st.set_state(st.suggestion_ids(None, None), SpanState::Rejected)>
                    {t("panel-reject-all")}
                </button>
                <button
                    data-testid="review-toggle"
                    aria-pressed=move || st.review.on.get().to_string()
                    title=titled(&t("panel-review-title"), Action::ToggleReview)
                    on:click=move |_| st.toggle_review()
                >
                    {t("panel-review-one-by-one")}
                </button>
            </div>
            <div class="row threshold">
                <label>
                    {t("panel-score-at-least")}
                    " "
                    <output>{move || format!("{:.2}", st.suggest.threshold.get())}</output>
                    <input
                        type="range"
                        min="0"
                        max="1"
                        step="0.05"
                        aria-label=t("panel-score-threshold")
                        prop:value=move || st.suggest.threshold.get().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f32>() {
                                st.set_threshold(v);
                            }
                        }
                        on:change=move |_| st.save_settings()
                    />
                </label>
                <button
                    disabled=move || above.get() == 0
                    on:click=move |_| st.set_state(st.suggestion_ids(None, Some(st.suggest.threshold.get_untracked())), SpanState::Accepted)
                >
                    {move || tr!("panel-accept-above", n = above.get())}
                </button>
            </div>
            <ul class="by-label">
                <For
                    each=move || by_label.get()
                    key=|(l, n)| (l.clone(), *n)
                    children=move |(label, n)| {
                        let l1 = label.clone();
                        let l2 = label.clone();
                        view! {
                            <li>
                                <span class="name" dir="auto">{label.clone()}</span>
                                <span class="count">{number(n as f64)}</span>
                                <button aria-label=tr!("panel-accept-every", label = label.as_str()) on:click=move |_| st.set_state(st.suggestion_ids(Some(&l1), None), SpanState::Accepted)>
                                    "✓"
                                </button>
                                <button aria-label=tr!("panel-reject-every", label = label.as_str()) on:click=move |_| st.set_state(st.suggestion_ids(Some(&l2), None), SpanState::Rejected)>
                                    "✗"
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: Id,
    rev: u32,
    text: String,
    label: String,
    state: SpanState,
    start: usize,
}

#[component]
fn SpanList() -> impl IntoView {
    let st = use_state();
    let label_filter = RwSignal::new(String::new());
    let state_filter = RwSignal::new(String::new());
    let limit = RwSignal::new(LIST_PAGE);
    // The visible page of spans in document order (from the index, already sorted) and how many
    // pass the filters. Without filters only the page is visited, so an edit costs O(page).
    let listing = Memo::new(move |_| {
        let n = limit.get();
        let lf = label_filter.get();
        let sf = state_filter.get();
        st.doc
            .index
            .with_untracked(|idx| {
                st.with_doc_deferred(|d| {
                    let shown = |a: &&spandrel_core::Annotation| {
                        (lf.is_empty() || a.label == lf)
                            && (sf.is_empty() || format!("{:?}", a.state).to_lowercase() == sf)
                    };
                    let all = idx.ids_in_order().filter_map(|id| d.annotations.get(&id)).filter(shown);
                    if lf.is_empty() && sf.is_empty() {
                        (all.take(n).map(|a| a.id).collect::<Vec<_>>(), d.annotations.len())
                    } else {
                        let mut page = Vec::new();
                        let mut total = 0;
                        for a in all {
                            total += 1;
                            if page.len() < n {
                                page.push(a.id);
                            }
                        }
                        (page, total)
                    }
                })
            })
            .unwrap_or_default()
    });
    let rows = Memo::new(move |_| {
        listing
            .with(|(page, _)| {
                st.with_doc_deferred(|d| {
                    page.iter()
                        .filter_map(|id| d.annotations.get(id))
                        .map(|a| Row {
                            id: a.id,
                            rev: a.rev,
                            text: d.covered(a.span).unwrap_or_default().chars().take(60).collect(),
                            label: a.label.clone(),
                            state: a.state,
                            start: a.span.start,
                        })
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let total = Memo::new(move |_| listing.with(|(_, total)| *total));
    // Moving focus notifies only the two rows whose "current" state changes.
    let is_focused = Selector::new(move || st.sel.focused.get());
    view! {
        <section class="span-list" aria-labelledby="spans-h">
            <h2 id="spans-h">{t("panel-spans")}" " <span class="badge">{move || number(total.get() as f64)}</span></h2>
            <div class="row">
                <label>
                    <span class="sr-only">{t("panel-filter-label")}</span>
                    <select on:change=move |ev| label_filter.set(event_target_value(&ev)) aria-label=t("panel-filter-label")>
                        <option value="">{t("panel-all-labels")}</option>
                        {move || st.lib.schema.get().labels.into_iter().map(|l| view! { <option value=l.name.clone()>{l.name.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    <span class="sr-only">{t("panel-filter-state")}</span>
                    <select on:change=move |ev| state_filter.set(event_target_value(&ev)) aria-label=t("panel-filter-state")>
                        <option value="">{t("panel-all-states")}</option>
                        <option value="suggested">{t("panel-filter-suggested")}</option>
                        <option value="accepted">{t("panel-filter-accepted")}</option>
                        <option value="rejected">{t("panel-filter-rejected")}</option>
                    </select>
                </label>
            </div>
            <ul class="rows">
                <For
                    each=move || rows.get()
                    key=|r| (r.id, r.rev, r.start, r.label.clone(), r.state, r.text.clone())
                    children=move |r: Row| {
                        let id = r.id;
                        let color = st.lib.schema.with_untracked(|s| label_color(s, &r.label));
                        let is_focused = is_focused.clone();
                        view! {
                            <li data-state=format!("{:?}", r.state).to_lowercase()>
                                <button
                                    class="row-btn"
                                    aria-current=move || is_focused.selected(&Some(id)).then_some("true")
                                    on:click=move |_| focus_annotation(st, id)
                                >
                                    <span class="tag" style=format!("background:{color}")>{r.label.clone()}</span>
                                    <span class="covered" dir="auto">{r.text.clone()}</span>
                                    <span class="state">{state_text(r.state)}</span>
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <Show when=move || { total.get() > limit.get() }>
                <button on:click=move |_| limit.update(|l| *l += LIST_PAGE)>
                    {move || tr!("panel-show-more", n = total.get() - limit.get())}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn Details() -> impl IntoView {
    let st = use_state();
    let ann = Memo::new(move |_| {
        let id = st.sel.focused.get()?;
        st.with_doc(|d| d.annotations.get(&id).map(|a| (a.clone(), d.covered(a.span).unwrap_or_default().to_owned())))
            .flatten()
    });
    // The section stays mounted and only its fields follow the focused span: rebuilding it on every
    // edit or focus move cost milliseconds per action on large documents.
    let shown = Memo::new(move |_| ann.with(Option::is_some));
    let pick = move |f: fn(&(Annotation, String)) -> String| {
        Memo::new(move |_| ann.with(|a| a.as_ref().map(f)).unwrap_or_default())
    };
    let covered = pick(|(_, c)| c.clone());
    let meta = pick(|(a, _)| {
        // Offsets are positions in the text, written as plain digits (not grouped like counts).
        let (start, end, state) = (a.span.start.to_string(), a.span.end.to_string(), state_text(a.state));
        match a.origin.score() {
            Some(s) => tr!("panel-span-meta-score", start = start, end = end, state = state, score = format!("{s:.2}")),
            None => tr!("panel-span-meta", start = start, end = end, state = state),
        }
    });
    let label = pick(|(a, _)| a.label.clone());
    let note = pick(|(a, _)| a.note.clone());
    let state = Memo::new(move |_| ann.with(|a| a.as_ref().map(|(a, _)| a.state)));
    let id = move || st.sel.focused.get_untracked();
    let options = move || {
        st.lib.schema.with(|s| {
            s.labels.iter().map(|l| view! { <option value=l.name.clone()>{l.name.clone()}</option> }).collect_view()
        })
    };
    view! {
        // Hidden rather than unmounted when nothing is focused: focusing a span (e.g. one just
        // created) then only fills in the fields.
        <section class="details" aria-labelledby="details-h" hidden=move || !shown.get()>
                <h2 id="details-h">{t("panel-span")}</h2>
                // The covered text isolated inside its quotes, so a right-to-left span keeps them in place.
                <p class="covered-text">"“"<bdi>{move || covered.get()}</bdi>"”"</p>
                <p class="meta">{move || meta.get()}</p>
                <label>
                    {t("panel-label")}
                    " "
                    <select
                        aria-label=t("panel-label-of-span")
                        disabled=move || st.doc.read_only.get()
                        prop:value=move || label.get()
                        on:change=move |ev| {
                            if let Some(id) = id() {
                                st.apply(Command::Relabel { id, label: event_target_value(&ev) });
                            }
                        }
                    >
                        {options}
                    </select>
                </label>
                // A shared link's document is read-only: no editing controls, and the way to edit is named.
                <p class="read-only-hint" hidden=move || !st.doc.read_only.get()>
                    {t("panel-read-only")}
                    " "
                    <button class="primary" on:click=move |_| st.save_shared_copy()>{t("panel-save-copy")}</button>
                </p>
                <div class="row" hidden=move || st.doc.read_only.get()>
                    <Show when=move || state.get().is_some_and(|s| s != SpanState::Accepted)>
                        <button on:click=move |_| st.set_state(id().into_iter().collect(), SpanState::Accepted)>{t("panel-accept")}</button>
                    </Show>
                    <Show when=move || state.get() == Some(SpanState::Suggested)>
                        <button on:click=move |_| st.set_state(id().into_iter().collect(), SpanState::Rejected)>{t("panel-reject")}</button>
                    </Show>
                    <button class="danger" on:click=move |_| st.remove(id().into_iter().collect())>{t("panel-delete")}</button>
                </div>
                <div class="row edges" role="group" aria-label=t("panel-adjust-edges") hidden=move || st.doc.read_only.get()>
                    // Logical, not physical: "earlier" is towards the start of the text whichever way it reads.
                    <button aria-label=t("panel-start-earlier") title=t("panel-start-earlier") on:click=move |_| nudge(st, false, false)>{t("panel-start-earlier-button")}</button>
                    <button aria-label=t("panel-start-later") title=t("panel-start-later") on:click=move |_| nudge(st, false, true)>{t("panel-start-later-button")}</button>
                    <button aria-label=t("panel-end-earlier") title=t("panel-end-earlier") on:click=move |_| nudge(st, true, false)>{t("panel-end-earlier-button")}</button>
                    <button aria-label=t("panel-end-later") title=t("panel-end-later") on:click=move |_| nudge(st, true, true)>{t("panel-end-later-button")}</button>
                </div>
                <label class="note" hidden=move || st.doc.read_only.get()>
                    {t("panel-note")}
                    // Shows the stored note; what is typed is saved when the field is left.
                    <textarea
                        prop:value=move || note.get()
                        on:change=move |ev| {
                            if let Some(id) = id() {
                                st.apply(Command::SetNote { id, note: event_target_value(&ev) });
                            }
                        }
                    ></textarea>
                </label>
        </section>
    }
}

/// A span's state as the span list and the details show it (lower case).
fn state_text(s: SpanState) -> String {
    match s {
        SpanState::Suggested => t("panel-state-suggested"),
        SpanState::Accepted => t("panel-state-accepted"),
        SpanState::Rejected => t("panel-state-rejected"),
    }
}

/// Moves an edge of the focused span by a word (see [`nudge_edge`]).
fn nudge(st: AppState, end_edge: bool, forward: bool) {
    if let Some(id) = st.sel.focused.get_untracked() {
        nudge_edge(st, id, end_edge, forward);
    }
}

/// The open document's reading direction: each paragraph's own (by its first strong character) or
/// one for the whole document. One undoable edit.
#[component]
fn TextDirection() -> impl IntoView {
    use spandrel_core::bidi::Direction;
    let st = use_state();
    let value = move || match st.doc.direction.get() {
        None => "auto",
        Some(d) => d.attr(),
    };
    view! {
        <section class="text-direction" aria-labelledby="direction-h" hidden=move || st.doc.read_only.get()>
            <h2 id="direction-h">{t("panel-document")}</h2>
            <label>
                {t("panel-text-direction")}
                " "
                <select
                    data-testid="text-direction"
                    prop:value=value
                    on:change=move |e| {
                        let dir = match event_target_value(&e).as_str() {
                            "ltr" => Some(Direction::Ltr),
                            "rtl" => Some(Direction::Rtl),
                            _ => None,
                        };
                        st.set_direction(dir);
                    }
                >
                    <option value="auto">{t("panel-direction-auto")}</option>
                    <option value="ltr">{t("panel-direction-ltr")}</option>
                    <option value="rtl">{t("panel-direction-rtl")}</option>
                </select>
            </label>
        </section>
    }
}

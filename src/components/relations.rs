//! Relations between spans: link mode, connectors over the text, the relation list.
//! Invariant: one link in progress at a time (`RelCtx`, provided once at the root).
//!
//! Keyboard (through core's key table): Shift+R (or Alt+R) starts a link from the focused span,
//! Tab moves to the target, Enter completes the link, Escape cancels. (`r` alone is a label hotkey.)
//! Mouse: the "Link" button, then click the source span and the target span.

use crate::components::panel::focus_annotation;
use crate::platform::geometry as plat;
use crate::state::{use_state, AppState, Level};
use leptos::prelude::*;
use spandrel_core::edit::Command;
use spandrel_core::Id;

/// At most this many relations are measured for drawing per frame.
const MAX_DRAWN: usize = 400;

/// One connector as drawn: an SVG path and its label position (doc-column coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct ArcGeom {
    pub id: Id,
    pub d: String,
    pub lx: f64,
    pub ly: f64,
    pub kind: String,
}

/// UI state of relations and search, shared by the components of this file and the key handler.
#[derive(Clone, Copy)]
pub struct RelCtx {
    pub link_mode: RwSignal<bool>,
    pub source: RwSignal<Option<Id>>,
    /// The chosen relation type (empty or unknown: the schema's first).
    pub kind: RwSignal<String>,
    pub arcs: RwSignal<Vec<ArcGeom>>,
    frame_pending: StoredValue<bool>,
}

impl RelCtx {
    /// Creates the context (once, at the app's root, so that it outlives screen switches) and
    /// installs its window listeners.
    pub fn provide(st: AppState) -> Self {
        let c = RelCtx {
            link_mode: RwSignal::new(false),
            source: RwSignal::new(None),
            kind: RwSignal::new(String::new()),
            arcs: RwSignal::new(Vec::new()),
            frame_pending: StoredValue::new(false),
        };
        provide_context(c);
        install_listeners(st, c);
        c
    }
}

/// The shared context provided by [`RelCtx::provide`].
fn ctx(_st: AppState) -> RelCtx {
    expect_context::<RelCtx>()
}

fn install_listeners(st: AppState, c: RelCtx) {
    // A click in the text focuses the span under it (docview, on mouseup); in link mode that span
    // becomes the source, then the target.
    plat::on_click_in(".doc-view", move || {
        if !c.link_mode.get_untracked() {
            return;
        }
        if let Some(id) = st.sel.focused.get_untracked() {
            link_step(st, c, id);
        }
    });
    plat::on_scroll_or_resize(move || schedule_measure(st, c));
}

/// The relation type to use now: the chosen one if the schema has it, else the first.
fn current_kind(st: AppState, c: RelCtx) -> String {
    let k = c.kind.get_untracked();
    st.lib.schema.with_untracked(|s| {
        if s.relation_types.contains(&k) {
            k
        } else {
            s.relation_types.first().cloned().unwrap_or_default()
        }
    })
}

fn cancel_link(st: AppState, c: RelCtx) {
    c.link_mode.set(false);
    c.source.set(None);
    st.announce("Linking cancelled");
}

/// Starts link mode; `source` is the span to link from, if already chosen.
fn start_link(st: AppState, c: RelCtx, source: Option<Id>) {
    if st.doc.read_only.get_untracked() {
        st.notify(Level::Info, "This shared document is read-only. Save a copy to edit it.");
        return;
    }
    if current_kind(st, c).is_empty() {
        st.notify(Level::Warning, "Add a relation type first (Relations, “Add type”).");
        return;
    }
    c.link_mode.set(true);
    c.source.set(source);
    match source {
        Some(id) => st.announce(format!(
            "Linking from “{}”: Tab to the target span and press Enter, or click it. Escape cancels.",
            st.covered_text(id)
        )),
        None => st.announce("Link mode: click the source span, then the target span. Escape cancels."),
    }
}

/// One step of link mode with span `id`: choose the source, or complete the link to the target.
fn link_step(st: AppState, c: RelCtx, id: Id) {
    let Some(from) = c.source.get_untracked() else {
        c.source.set(Some(id));
        st.announce(format!("Linking from “{}”: now choose the target span.", st.covered_text(id)));
        return;
    };
    if from == id {
        st.announce("Choose a different span as the target.");
        return;
    }
    let kind = current_kind(st, c);
    c.link_mode.set(false);
    c.source.set(None);
    if st.apply(Command::AddRelation { from, to: id, kind: kind.clone() }).is_some() {
        st.announce(format!("Linked “{}” → “{}” ({kind})", st.covered_text(from), st.covered_text(id)));
    }
}

/// Cancels link mode (Escape), if it is on.
pub fn cancel_link_mode(st: AppState, c: RelCtx) {
    if c.link_mode.get_untracked() {
        cancel_link(st, c);
    }
}

/// Shift+R / Alt+R: starts link mode from the focused span, or (already linking) takes the
/// focused span as the new source.
pub fn start_or_repick_link(st: AppState, c: RelCtx) {
    if c.link_mode.get_untracked() {
        if let Some(id) = st.sel.focused.get_untracked() {
            c.source.set(Some(id));
            st.announce(format!("Linking from “{}”: Tab to the target span and press Enter.", st.covered_text(id)));
        }
    } else {
        start_link(st, c, st.sel.focused.get_untracked());
    }
}

/// Enter in link mode: links the source to the focused span.
pub fn link_to_focused(st: AppState, c: RelCtx) {
    match st.sel.focused.get_untracked() {
        Some(id) => link_step(st, c, id),
        None => st.announce("Focus a span with Tab first."),
    }
}

// ----------------------------------------------------------------------------------- drawing

fn schedule_measure(st: AppState, c: RelCtx) {
    if c.frame_pending.get_value() {
        return;
    }
    c.frame_pending.set_value(true);
    request_animation_frame(move || {
        c.frame_pending.set_value(false);
        measure(st, c);
    });
}

/// Measures the text pieces of each relation's ends and lays out the connectors near the viewport.
fn measure(st: AppState, c: RelCtx) {
    let rels: Vec<(Id, Id, Id, String)> = st
        .with_doc_untracked(|d| d.relations.values().map(|r| (r.id, r.from, r.to, r.kind.clone())).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    // Measuring forces a layout of the whole document: skip it when there is nothing to draw.
    let col = if rels.is_empty() { None } else { plat::rect(".doc-column") };
    if let Some(col) = col {
        let vh = plat::viewport_height();
        let near = |r: &plat::Rect| r.width > 0.0 && r.top > -vh * 0.5 && r.top < vh * 1.5;
        // (x from, x to, top y, level) of connectors already placed, to stack overlapping ones.
        let mut placed: Vec<(f64, f64, f64, u8)> = Vec::new();
        // (centre x, baseline y, width) of labels already placed.
        let mut labels: Vec<(f64, f64, f64)> = Vec::new();
        for (id, from, to, kind) in rels.into_iter().take(MAX_DRAWN) {
            let a = plat::first_line_rect(&format!(".doc-view .seg[data-ids~=\"{from}\"]"));
            let b = plat::first_line_rect(&format!(".doc-view .seg[data-ids~=\"{to}\"]"));
            let (Some(a), Some(b)) = (a, b) else { continue };
            if !near(&a) || !near(&b) {
                continue;
            }
            let x1 = a.left - col.left + (a.width / 2.0).min(12.0);
            let y1 = a.top - col.top + 2.0;
            let x2 = b.left - col.left + (b.width / 2.0).min(12.0);
            let y2 = b.top - col.top + 2.0;
            let (lo, hi) = (x1.min(x2), x1.max(x2));
            let top = y1.min(y2);
            let level = (0u8..4)
                .find(|l| {
                    !placed.iter().any(|p| p.3 == *l && (p.2 - top).abs() < 12.0 && p.0 < hi + 30.0 && lo < p.1 + 30.0)
                })
                .unwrap_or(3);
            placed.push((lo, hi, top, level));
            let h = 16.0 + 9.0 * level as f64;
            let d = format!("M {x1:.1} {y1:.1} C {x1:.1} {:.1}, {x2:.1} {:.1}, {x2:.1} {y2:.1}", y1 - h, y2 - h);
            // Labels never sit on each other: move a colliding one up a row (at most a few times).
            let (lx, w) = ((x1 + x2) / 2.0, 6.2 * kind.chars().count() as f64 + 4.0);
            let mut ly = (y1 + y2) / 2.0 - 0.75 * h - 2.0;
            for _ in 0..4 {
                if !labels.iter().any(|(ox, oy, ow)| (ox - lx).abs() < (ow + w) / 2.0 && (oy - ly).abs() < 12.0) {
                    break;
                }
                ly -= 12.0;
            }
            labels.push((lx, ly, w));
            out.push(ArcGeom { id, d, lx, ly, kind });
        }
    }
    if c.arcs.with_untracked(|a| *a != out) {
        c.arcs.set(out);
    }
}

/// Connectors between related spans, drawn over the document column.
#[component]
pub fn RelationLayer() -> impl IntoView {
    let st = use_state();
    let c = ctx(st);
    // Re-measure after every change of the document (the text re-renders first).
    Effect::new(move |_| {
        st.doc.index.track();
        st.sel.pending.track();
        schedule_measure(st, c);
    });
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
    let c = ctx(st);
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
            None => "Click the source span (or Tab to it and press Enter).".to_owned(),
            Some(id) => {
                st.doc.editor.track();
                format!(
                    "From “{}”: click the target span (or Tab to it and press Enter). Escape cancels.",
                    st.covered_text(id)
                )
            }
        }
    };
    let new_type = RwSignal::new(String::new());
    let add_type = move || {
        let t = new_type.get_untracked().trim().to_owned();
        if t.is_empty() {
            st.notify(Level::Info, "Type a name for the relation type first.");
            return;
        }
        if types.with_untracked(|v| v.contains(&t)) {
            st.notify(Level::Info, format!("The relation type “{t}” already exists."));
        } else {
            st.lib.schema.update(|s| s.relation_types.push(t.clone()));
            st.save_settings();
            st.announce(format!("Relation type “{t}” added"));
        }
        c.kind.set(t);
        new_type.set(String::new());
    };
    view! {
        <section class="relations" aria-labelledby="relations-h">
            <h2 id="relations-h">"Relations " <span class="badge" data-testid="relation-count">{move || rows.with(Vec::len)}</span></h2>
            <div class="row">
                <label>
                    <span class="sr-only">"Relation type"</span>
                    <select
                        aria-label="Relation type"
                        on:change=move |ev| c.kind.set(event_target_value(&ev))
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
                    title="Link two spans: click the source span, then the target (keyboard: Shift+R on the focused span, Tab, Enter)"
                    on:click=move |_| {
                        if c.link_mode.get_untracked() {
                            cancel_link(st, c);
                        } else {
                            start_link(st, c, None);
                        }
                    }
                >
                    "Link"
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
                        let label = format!("Delete relation {} → {} ({})", r.from_text, r.to_text, r.kind);
                        view! {
                            <li data-rel=id>
                                <button class="row-btn rel-row" title="Focus the source span" on:click=move |_| focus_annotation(st, from)>
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
                    <span class="sr-only">"New relation type"</span>
                    <input
                        type="text"
                        placeholder="New relation type"
                        prop:value=move || new_type.get()
                        on:input=move |ev| new_type.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">"Add type"</button>
            </form>
            <crate::components::attributes::Attributes />
        </section>
    }
}

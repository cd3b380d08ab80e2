//! Drag handles on the edges of the focused span (mouse, pen and touch, through pointer events).
//! While a handle moves, the range it would give is shown as the pending range; letting go resizes
//! the span. Where an edge lands is decided by core (`snap::drag_edge`): whole words, no split
//! graphemes, no edge whitespace or punctuation. Keyboard users have Alt+arrows and the edge buttons.

use crate::platform::dom::{self, EdgeBox, PointerAt};
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use spandrel_core::edit::Command;
use spandrel_core::snap::{drag_edge_with, Edge};
use spandrel_core::{Id, Span};
use std::ops::Range;

/// The element the handles are positioned in.
const ORIGIN: &str = ".doc-column";

#[derive(Debug, Clone, PartialEq)]
struct Drag {
    id: Id,
    edge: Edge,
    span: Range<usize>,
    pointer: i32,
    preview: Option<Range<usize>>,
}

/// Handles' geometry: measured edges of the focused span, or the pointer while one is dragged.
#[derive(Clone, Copy)]
struct Geometry {
    edges: RwSignal<Option<(EdgeBox, EdgeBox)>>,
    /// The dragged edge and the pointer (relative to the origin).
    dragging: RwSignal<Option<(Edge, f64, f64)>>,
    drag: StoredValue<Option<Drag>>,
    frame_pending: StoredValue<bool>,
}

fn measure(st: AppState, g: Geometry) {
    let found = (|| {
        if st.doc.read_only.get_untracked() {
            return None;
        }
        let id = st.sel.focused.get_untracked()?;
        let span = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten()?;
        dom::span_edges(st.paragraphs_of(span), id, ORIGIN)
    })();
    if g.edges.get_untracked() != found {
        g.edges.set(found);
    }
}

/// Measures just after the next frame has been drawn (at most once a frame): the text has
/// re-rendered and its layout is fresh, so measuring costs no extra layout and never delays that
/// frame. The handles follow one frame behind.
fn schedule(st: AppState, g: Geometry) {
    if g.frame_pending.get_value() {
        return;
    }
    g.frame_pending.set_value(true);
    request_animation_frame(move || {
        set_timeout(
            move || {
                // The handles may be gone by now (another screen, the document closed or deleted):
                // their values are disposed, and there is nothing to measure.
                if g.frame_pending.try_set_value(false).is_some() {
                    return;
                }
                measure(st, g);
            },
            std::time::Duration::ZERO,
        )
    });
}

fn start_drag(st: AppState, g: Geometry, edge: Edge, at: PointerAt) {
    let Some(id) = st.sel.focused.get_untracked() else { return };
    let Some(span) = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten() else { return };
    g.drag.set_value(Some(Drag { id, edge, span: span.start..span.end, pointer: at.id, preview: None }));
    follow(st, g, at);
}

/// Moves the dragged handle with the pointer and previews the range it would give.
fn follow(st: AppState, g: Geometry, at: PointerAt) {
    let Some(mut d) = g.drag.get_value() else { return };
    if at.id != d.pointer {
        return;
    }
    let (x, y) = (at.x, at.y);
    if let Some(o) = crate::platform::geometry::rect(ORIGIN) {
        g.dragging.set(Some((d.edge, x - o.left, y - o.top)));
    }
    let preview = st
        .with_doc_untracked(|doc| {
            let to = dom::cp_at_point(&doc.text, x, y)?;
            drag_edge_with(
                &doc.text,
                &st.words_for(d.span.start.min(to)..d.span.end.max(to)),
                d.span.clone(),
                d.edge,
                to,
            )
        })
        .flatten();
    if preview != d.preview {
        st.sel.pending.set(preview.clone().map(|r| Span::new(r.start, r.end)));
        d.preview = preview;
        g.drag.set_value(Some(d));
    }
}

fn end_drag(st: AppState, g: Geometry, at: PointerAt, commit: bool) {
    let Some(d) = g.drag.get_value() else { return };
    if at.id != d.pointer {
        return;
    }
    g.drag.set_value(None);
    g.dragging.set(None);
    st.sel.pending.set(None);
    if let (true, Some(r)) = (commit, d.preview) {
        st.apply(Command::Resize { id: d.id, span: Span::new(r.start, r.end) });
    }
    schedule(st, g);
}

fn handle_style(b: &EdgeBox, drag: Option<(f64, f64)>) -> String {
    let (x, top) = match drag {
        Some((x, y)) => (x, y - b.height / 2.0),
        None => (b.x, b.top),
    };
    format!("left:{x:.1}px;top:{top:.1}px;height:{:.1}px", b.height)
}

/// The two handles of the focused span, drawn over the document column.
#[component]
pub fn EdgeHandles() -> impl IntoView {
    let st = use_state();
    let g = Geometry {
        edges: RwSignal::new(None),
        dragging: RwSignal::new(None),
        drag: StoredValue::new(None),
        frame_pending: StoredValue::new(false),
    };
    Effect::new(move |_| {
        st.sel.focused.track();
        st.doc.index.track();
        st.doc.read_only.track();
        schedule(st, g);
    });
    // Chunks above the span that render (or resize) move it: follow scrolling and resizing.
    let on_view_change = move || {
        if st.sel.focused.get_untracked().is_some() || g.edges.get_untracked().is_some() {
            schedule(st, g);
        }
    };
    let scroll = window_event_listener(leptos::ev::scroll, move |_| on_view_change());
    let resize = window_event_listener(leptos::ev::resize, move |_| on_view_change());
    let pointer = dom::on_window_pointer(
        move |at| follow(st, g, at),
        move |at| end_drag(st, g, at, true),
        move |at| end_drag(st, g, at, false),
    );
    on_cleanup(move || {
        for h in [scroll, resize].into_iter().chain(pointer) {
            h.remove();
        }
    });
    let handle = move |edge: Edge| {
        let name = if edge == Edge::Start { "start" } else { "end" };
        view! {
            <span
                class="edge-handle"
                data-edge=name
                style=move || {
                    let Some((a, b)) = g.edges.get() else { return "display:none".to_string() };
                    let b = if edge == Edge::Start { a } else { b };
                    let drag = g.dragging.get().filter(|(e, _, _)| *e == edge).map(|(_, x, y)| (x, y));
                    handle_style(&b, drag)
                }
                on:pointerdown=move |ev| start_drag(st, g, edge, dom::begin_drag(&ev))
            ></span>
        }
    };
    // Pointer-only helpers: keyboard users move edges with Alt+arrows or the buttons in the panel.
    view! {
        <div class="edge-handles" class:dragging=move || g.dragging.get().is_some() aria-hidden="true">
            {handle(Edge::Start)}
            {handle(Edge::End)}
        </div>
    }
}

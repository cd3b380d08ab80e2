//! Drag handles on the edges of the focused span (mouse, pen and touch, through pointer events).
//! While a handle moves, the range it would give is shown as the pending range; letting go resizes
//! the span. Where an edge lands is decided by core (`snap::drag_edge`): whole words, no split
//! graphemes, no edge whitespace or punctuation. Keyboard users have Alt+arrows and the edge buttons.

use crate::actions::handles::{end_drag, follow, schedule, start_drag};
use crate::platform::dom::{self, EdgeBox};
use crate::state::use_state;
use leptos::prelude::*;
use spandrel_core::snap::Edge;

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
    // The geometry is a root store: actions schedule its measuring after every change of the text,
    // the focus or the pending range (`AppState::overlays_changed`).
    let g = st.handles;
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

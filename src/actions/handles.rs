//! The edge handles of the focused span: measuring where its edges are drawn (after the frame that
//! drew them), dragging an edge (core's `snap::drag_edge` decides where it lands) and the resize.

use crate::platform::dom::{self, PointerAt};
use crate::state::{AppState, Drag, Handles};
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::{request_animation_frame, set_timeout};
use spandrel_core::edit::Command;
use spandrel_core::snap::{drag_edge_with, Edge};
use spandrel_core::Span;

/// The element the handles are positioned in.
pub const ORIGIN: &str = ".doc-column";

pub fn measure(st: AppState, g: Handles) {
    let found = (|| {
        if st.doc.read_only.get_untracked() {
            return None;
        }
        let id = st.sel.focused.get_untracked()?;
        let span = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten()?;
        dom::span_edges(st.paragraphs_of(span), id, ORIGIN, st.direction_at(span.start).is_rtl())
    })();
    if g.edges.get_untracked() != found {
        g.edges.set(found);
    }
}

/// Measures just after the next frame has been drawn (at most once a frame): the text has
/// re-rendered and its layout is fresh, so measuring costs no extra layout and never delays that
/// frame. The handles follow one frame behind.
pub fn schedule(st: AppState, g: Handles) {
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

pub fn start_drag(st: AppState, g: Handles, edge: Edge, at: PointerAt) {
    let Some(id) = st.sel.focused.get_untracked() else { return };
    let Some(span) = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten() else { return };
    g.drag.set_value(Some(Drag { id, edge, span: span.start..span.end, pointer: at.id, preview: None }));
    follow(st, g, at);
}

/// Moves the dragged handle with the pointer and previews the range it would give.
pub fn follow(st: AppState, g: Handles, at: PointerAt) {
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
        st.set_pending(preview.clone().map(|r| Span::new(r.start, r.end)));
        d.preview = preview;
        g.drag.set_value(Some(d));
    }
}

pub fn end_drag(st: AppState, g: Handles, at: PointerAt, commit: bool) {
    let Some(d) = g.drag.get_value() else { return };
    if at.id != d.pointer {
        return;
    }
    g.drag.set_value(None);
    g.dragging.set(None);
    st.set_pending(None);
    if let (true, Some(r)) = (commit, d.preview) {
        st.apply(Command::Resize { id: d.id, span: Span::new(r.start, r.end) });
    }
    schedule(st, g);
}

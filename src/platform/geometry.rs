//! DOM helpers for relations and search: element geometry for drawing connectors, scrolling to a
//! text offset, focusing an element, and event-target tests.

use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Off wasm there is no page (see `super::native`): nothing to measure.
#[cfg(not(target_arch = "wasm32"))]
fn document() -> Option<web_sys::Document> {
    None
}

/// A box in viewport coordinates (px).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

fn rect_of(el: &web_sys::Element) -> Rect {
    let r = el.get_bounding_client_rect();
    Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }
}

/// The bounding box of the first element matching `selector`.
pub fn rect(selector: &str) -> Option<Rect> {
    let el = document()?.query_selector(selector).ok()??;
    Some(rect_of(&el))
}

/// The first line box of the first element matching `selector` (a wrapped piece has several).
pub fn first_line_rect(selector: &str) -> Option<Rect> {
    let el = document()?.query_selector(selector).ok()??;
    let rects = el.get_client_rects();
    match rects.get(0) {
        Some(r) => Some(Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }),
        None => Some(rect_of(&el)),
    }
}

/// The height of the viewport (px).
pub fn viewport_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|v| v.as_f64()).unwrap_or(800.0)
}

/// Whether the event's target is inside an element matching `selector`.
pub fn event_in(ev: &web_sys::Event, selector: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// Calls `f` on every click whose target is inside an element matching `selector` (for the app's
/// lifetime).
pub fn on_click_in(selector: &'static str, f: impl Fn() + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        if event_in(&ev, selector) {
            f();
        }
    });
    std::mem::forget(handle);
}

/// Calls `f` on every scroll or resize of the window (for the app's lifetime).
pub fn on_scroll_or_resize(f: impl Fn() + Clone + 'static) {
    let g = f.clone();
    let scroll = leptos::prelude::window_event_listener(leptos::ev::scroll, move |_| f());
    let resize = leptos::prelude::window_event_listener(leptos::ev::resize, move |_| g());
    std::mem::forget((scroll, resize));
}

/// Scrolls the text piece that contains code point `cp` to the middle of the view.
pub fn scroll_to_cp(cp: usize) {
    let Some(list) = document().and_then(|d| d.query_selector_all(".doc-view [data-cp]").ok()) else { return };
    let mut best: Option<(usize, web_sys::Element)> = None;
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(at) = el.get_attribute("data-cp").and_then(|v| v.parse::<usize>().ok()) else { continue };
        if at <= cp && best.as_ref().is_none_or(|(b, _)| at >= *b) {
            best = Some((at, el));
        }
    }
    if let Some((_, el)) = best {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Focuses (and selects the text of) the input with this id.
pub fn focus_input(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            // ignored: focus is a convenience; the input is usable without it.
            let _ = input.focus();
            input.select();
        }
    }
}

//! DOM helpers: selections → document offsets, downloads, files, clipboard, scrolling.

use spandrel_core::Text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Attribute on every rendered text piece: the code point offset where its text starts.
pub const CP_ATTR: &str = "data-cp";

#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Off wasm there is no page: every helper that needs one does nothing (see `super::native`).
#[cfg(not(target_arch = "wasm32"))]
fn window() -> Option<web_sys::Window> {
    None
}

/// The element carrying `data-cp` that contains `node` (the node itself if it is one).
fn piece_of(node: &web_sys::Node) -> Option<(web_sys::Element, usize)> {
    let mut el: Option<web_sys::Element> = if node.node_type() == web_sys::Node::ELEMENT_NODE {
        node.clone().dyn_into().ok()
    } else {
        node.parent_element()
    };
    while let Some(e) = el {
        if let Some(v) = e.get_attribute(CP_ATTR) {
            return v.parse().ok().map(|cp| (e, cp));
        }
        el = e.parent_element();
    }
    None
}

/// Converts one DOM boundary point (node, UTF-16 offset in it) to a document code point offset.
fn point_to_cp(text: &Text, node: &web_sys::Node, offset: u32) -> Option<usize> {
    let (piece, start_cp) = piece_of(node)?;
    if node.node_type() == web_sys::Node::TEXT_NODE {
        // UTF-16 units before this text node inside the piece, plus the offset inside it.
        let mut before = 0usize;
        let kids = piece.child_nodes();
        for i in 0..kids.length() {
            let k = kids.item(i)?;
            if k.is_same_node(Some(node)) {
                break;
            }
            before += k.text_content().map(|t| spandrel_core::text::utf16_len(&t)).unwrap_or(0);
        }
        return text.advance_utf16(start_cp, before + offset as usize).ok();
    }
    // Element boundary: offset counts child nodes.
    let kids = node.child_nodes();
    let mut units = 0usize;
    for i in 0..offset.min(kids.length()) {
        units += kids.item(i).and_then(|k| k.text_content()).map(|t| spandrel_core::text::utf16_len(&t)).unwrap_or(0);
    }
    text.advance_utf16(start_cp, units).ok()
}

/// The current DOM selection inside the document view as a code point range (unsnapped), or
/// `None` when there is no selection in the document text.
pub fn selection_cp(text: &Text) -> Option<(usize, usize)> {
    let sel = window()?.get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let a = point_to_cp(text, &range.start_container().ok()?, range.start_offset().ok()?)?;
    let b = point_to_cp(text, &range.end_container().ok()?, range.end_offset().ok()?)?;
    Some((a.min(b), a.max(b)))
}

pub fn clear_selection() {
    if let Some(Ok(Some(sel))) = window().map(|w| w.get_selection()) {
        // ignored: a selection that cannot be cleared stays visible; nothing depends on it.
        let _ = sel.remove_all_ranges();
    }
}

/// Offers `content` as a file download.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), crate::platform::PlatformError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // ignored: the native twin records the download by name only.
        let _ = (mime, content);
        super::native::record(format!("download {name}"));
        if window().is_none() {
            return Ok(());
        }
    }
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let doc = window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement =
        doc.create_element("a").map_err(|e| format!("{e:?}"))?.dyn_into().map_err(|_| "not an anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // ignored: a URL that cannot be revoked is freed with the page.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a picked or dropped file's bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, crate::platform::PlatformError> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("could not read {}: {e:?}", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`: the same in a page and in a worker.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str) -> js_sys::Promise;
}

/// Fetches one of the app's own static files, from the page or from a worker.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, crate::platform::PlatformError> {
    let js = |e: JsValue| super::storage::js_message(&e);
    let resp = wasm_bindgen_futures::JsFuture::from(global_fetch(url)).await.map_err(js)?;
    let resp: web_sys::Response =
        resp.dyn_into().map_err(|_| format!("{url}: the request did not return a response"))?;
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()).into());
    }
    let buf = wasm_bindgen_futures::JsFuture::from(resp.array_buffer().map_err(js)?).await.map_err(js)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Scrolls the element with this id into view (centred) and focuses it.
pub fn focus_element(id: &str) {
    #[cfg(not(target_arch = "wasm32"))]
    super::native::record(format!("focus {id}"));
    if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            // ignored: focus is a convenience; the element is scrolled into view either way.
            let _ = h.focus();
        }
    }
}

thread_local! {
    /// The static first paint's suggestions, kept by [`take_first_paint`] for the app's first open.
    static FIRST_PAINT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Removes the static first paint (`components::first_paint`) from the page, keeping its
/// suggestions (a JSON data block) for the sample's first open; see [`first_paint_suggestions`].
pub fn take_first_paint() {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Some(el) = doc.get_element_by_id("first-paint") else { return };
    let data = doc.get_element_by_id("first-paint-suggestions").and_then(|d| d.text_content());
    FIRST_PAINT.with_borrow_mut(|f| *f = data);
    el.remove();
}

/// One suggestion of the first paint: code point start, end, label, score.
pub type FirstPaintSpan = (usize, usize, String, f32);

/// The first paint's suggestions, once: what the shipped
/// model found in the sample at build time, so the app opens the sample as the page showed it.
pub fn first_paint_suggestions() -> Option<Result<Vec<FirstPaintSpan>, serde_json::Error>> {
    FIRST_PAINT.with_borrow_mut(|f| f.take()).map(|s| serde_json::from_str(&s))
}

/// Whether keyboard focus is in a text input, where hotkeys must not fire.
pub fn typing_in_input() -> bool {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.active_element()) else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || el.get_attribute("contenteditable").is_some()
}

/// The location hash without '#'.
pub fn location_hash() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if window().is_none() {
        return super::native::location_hash();
    }
    window().and_then(|w| w.location().hash().ok()).map(|h| h.trim_start_matches('#').to_owned()).unwrap_or_default()
}

/// The page URL without its hash.
pub fn page_url_without_hash() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

pub fn clear_location_hash() {
    #[cfg(not(target_arch = "wasm32"))]
    super::native::clear_location_hash();
    if let Some(w) = window() {
        if let Ok(h) = w.history() {
            // ignored: if the history refuses, the hash stays in the address bar; the workspace is unaffected.
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&page_url_without_hash()));
        }
    }
}

/// Copies text to the clipboard (best effort: the link is also shown in a field to copy by hand).
pub async fn copy_text(s: &str) -> Result<(), crate::platform::PlatformError> {
    let w = window().ok_or(crate::platform::PlatformError::NoWindow)?;
    let promise = w.navigator().clipboard().write_text(s);
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|e| crate::platform::PlatformError::js(&e))
}

/// Selects the text of the input an event (e.g. `focus`) happened on.
pub fn select_target_text(ev: &web_sys::Event) {
    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        i.select();
    }
}

/// Registers the service worker that makes the app work offline.
/// Resolves when the browser has registered it, or says why it could not.
pub async fn register_service_worker() -> Result<(), crate::platform::PlatformError> {
    let w = window().ok_or(crate::platform::PlatformError::NoWindow)?;
    let promise = w.navigator().service_worker().register("./sw.js");
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|e| crate::platform::PlatformError::js(&e))
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn perf_now() -> f64;
}

/// `performance.now()`: off wasm, the fake clock of `super::native`.
#[cfg(not(target_arch = "wasm32"))]
pub fn perf_now() -> f64 {
    super::native::perf_now()
}

/// Lets the browser paint and handle input between chunks of work.
pub async fn yield_now() {
    #[cfg(not(target_arch = "wasm32"))]
    if window().is_none() {
        return super::native::yield_now().await;
    }
    // Without a timer (no window, or the call throws) the promise resolves at once, as a microtask:
    // the caller goes on rather than waiting forever.
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let queued =
            window().is_some_and(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).is_ok());
        if !queued {
            let this = wasm_bindgen::JsValue::UNDEFINED;
            if let Err(e) = resolve.call0(&this) {
                leptos::logging::warn!("yield_now could not resume: {}", crate::platform::storage::js_message(&e));
            }
        }
    });
    if let Err(e) = wasm_bindgen_futures::JsFuture::from(p).await {
        leptos::logging::warn!("yield_now: {}", crate::platform::storage::js_message(&e));
    }
}

/// The page's scroll offset (x, y).
pub fn scroll_offset() -> (f64, f64) {
    window().map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))).unwrap_or((0.0, 0.0))
}

/// Whether keyboard focus is on a control (button, link, input…) outside the document text, where
/// Tab, Enter and Space must keep their usual meaning.
pub fn focus_on_control() -> bool {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.active_element()) else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    if tag == "body" || tag == "html" {
        return false;
    }
    el.closest(".doc-view").ok().flatten().is_none()
}

/// The rendered pieces (`.seg` elements) of annotation `id` in paragraphs `paras` (elements
/// `#para-N`), in document order. Paragraphs not rendered yet contribute nothing.
fn pieces_of(paras: std::ops::Range<usize>, id: spandrel_core::Id) -> Vec<web_sys::Element> {
    let Some(doc) = window().and_then(|w| w.document()) else { return Vec::new() };
    let selector = format!(".seg[data-ids~=\"{id}\"]");
    let mut out = Vec::new();
    for i in paras {
        let Some(p) = doc.get_element_by_id(&format!("para-{i}")) else { continue };
        let Ok(list) = p.query_selector_all(&selector) else { continue };
        out.extend((0..list.length()).filter_map(|k| list.item(k)?.dyn_into::<web_sys::Element>().ok()));
    }
    out
}

/// Sets or removes `data-focused` on the rendered pieces of annotation `id` in paragraphs `paras`.
/// Paragraphs not rendered yet are skipped: they read the focus when they render.
pub fn mark_pieces(paras: std::ops::Range<usize>, id: spandrel_core::Id, on: bool) {
    for el in pieces_of(paras, id) {
        let done = if on { el.set_attribute("data-focused", "") } else { el.remove_attribute("data-focused") };
        if let Err(e) = done {
            leptos::logging::warn!("could not mark the focused span: {e:?}");
        }
    }
}

fn js_field(obj: &JsValue, name: &str) -> Option<JsValue> {
    Some(super::js_get(obj, name)).filter(|v| !v.is_undefined() && !v.is_null())
}

/// The document code point offset of the text position under viewport point (`x`, `y`), or `None`
/// when the point is not over the document text. Uses `caretPositionFromPoint` (standard) or else
/// `caretRangeFromPoint` (older WebKit).
pub fn cp_at_point(text: &Text, x: f64, y: f64) -> Option<usize> {
    let doc = window()?.document()?;
    // Called through reflection: either method may be missing, and a missing one must not trap.
    let call = |name: &str| -> Option<JsValue> {
        let f: js_sys::Function = js_field(&doc, name)?.dyn_into().ok()?;
        f.call2(&doc, &JsValue::from_f64(x), &JsValue::from_f64(y)).ok()
    };
    let (node, offset) = if let Some(pos) = call("caretPositionFromPoint") {
        (js_field(&pos, "offsetNode")?, js_field(&pos, "offset")?)
    } else {
        let range = call("caretRangeFromPoint")?;
        (js_field(&range, "startContainer")?, js_field(&range, "startOffset")?)
    };
    let node: web_sys::Node = node.dyn_into().ok()?;
    node.parent_element()?.closest(".doc-view").ok()??;
    point_to_cp(text, &node, offset.as_f64()? as u32)
}

/// Where an edge of a rendered span sits: x and the top and height of its line box (px).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeBox {
    pub x: f64,
    pub top: f64,
    pub height: f64,
}

/// The start and end edges of annotation `id`'s rendered text in paragraphs `paras`, relative to
/// the element matching `origin` (viewport coordinates are converted). In right-to-left text (`rtl`) the
/// start edge is the right side of the first piece and the end edge the left side of the last. `None`
/// when the span is not rendered (or has no line box: its chunk is skipped by the browser).
pub fn span_edges(
    paras: std::ops::Range<usize>,
    id: spandrel_core::Id,
    origin: &str,
    rtl: bool,
) -> Option<(EdgeBox, EdgeBox)> {
    let o = crate::platform::geometry::rect(origin)?;
    let pieces = pieces_of(paras, id);
    let a = pieces.first()?.get_client_rects();
    let b = pieces.last()?.get_client_rects();
    let (a, b) = (a.get(0)?, b.get(b.length().checked_sub(1)?)?);
    if a.height() == 0.0 || b.height() == 0.0 {
        return None;
    }
    let (start_x, end_x) = if rtl { (a.right(), b.left()) } else { (a.left(), b.right()) };
    Some((
        EdgeBox { x: start_x - o.left, top: a.top() - o.top, height: a.height() },
        EdgeBox { x: end_x - o.left, top: b.top() - o.top, height: b.height() },
    ))
}

/// Keeps the events of the pointer that pressed `ev`'s element coming to it, even when the pointer
/// leaves the window (a drag).
/// A pointer event as plain data: which pointer, and where (viewport px).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointerAt {
    pub id: i32,
    pub x: f64,
    pub y: f64,
}

impl PointerAt {
    pub fn of(ev: &web_sys::PointerEvent) -> Self {
        PointerAt { id: ev.pointer_id(), x: ev.client_x() as f64, y: ev.client_y() as f64 }
    }
}

/// Starts a drag on the element the pointer went down on: no text selection, no focus change or
/// scrolling while it moves, and the element keeps receiving the pointer's events.
pub fn begin_drag(ev: &web_sys::PointerEvent) -> PointerAt {
    ev.prevent_default();
    ev.stop_propagation();
    clear_selection();
    capture_pointer(ev);
    PointerAt::of(ev)
}

/// Calls `on_move`, `on_up` and `on_cancel` for the window's pointer events until the returned
/// handles are removed.
pub fn on_window_pointer(
    on_move: impl Fn(PointerAt) + 'static,
    on_up: impl Fn(PointerAt) + 'static,
    on_cancel: impl Fn(PointerAt) + 'static,
) -> [leptos::prelude::WindowListenerHandle; 3] {
    use leptos::prelude::window_event_listener;
    let moves = window_event_listener(leptos::ev::pointermove, move |ev| on_move(PointerAt::of(&ev)));
    let ups = window_event_listener(leptos::ev::pointerup, move |ev| on_up(PointerAt::of(&ev)));
    let cancels = window_event_listener(leptos::ev::pointercancel, move |ev| on_cancel(PointerAt::of(&ev)));
    [moves, ups, cancels]
}

pub fn capture_pointer(ev: &web_sys::PointerEvent) {
    let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if let Err(e) = el.set_pointer_capture(ev.pointer_id()) {
        leptos::logging::warn!("pointer capture unavailable: {e:?}");
    }
}

/// The code point shown in the middle of the window's view of the document text, if any text is there.
pub fn cp_in_view(text: &Text) -> Option<usize> {
    let doc = window()?.document()?;
    let view = doc.get_elements_by_class_name("doc-view").item(0)?;
    let r = view.get_bounding_client_rect();
    let height = f64::from(doc.document_element()?.client_height());
    let y = (r.top().max(0.0) + r.bottom().min(height)) / 2.0;
    cp_at_point(text, r.left() + r.width() / 2.0, y)
}

/// Whether an event happened on the element that listens for it (not on a control inside it).
pub fn event_on_itself(ev: &web_sys::Event) -> bool {
    match (ev.target(), ev.current_target()) {
        (Some(t), Some(c)) => t == c,
        _ => false,
    }
}

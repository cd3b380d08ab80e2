//! The PDF page view: a button that opens it (for a document read from a PDF) and the panel beside the text
//! with the page's image (drawn by pdf.js) and the focused span's place on it. Everything it shows comes
//! from `AppState::pages` and the open document; every change goes through `actions::pages`.

use crate::actions::pages::span_boxes;
use crate::i18n::t;
use crate::state::use_state;
use crate::tr;
use leptos::prelude::*;

/// "Page view", shown while the open document came from a PDF.
#[component]
pub fn PageViewButton() -> impl IntoView {
    let st = use_state();
    let is_pdf = Memo::new(move |_| {
        st.with_doc(|d| d.structure.as_ref().is_some_and(spandrel_core::rich::pdf::is_pdf)).unwrap_or(false)
    });
    view! {
        <Show when=move || is_pdf.get()>
            <button
                class="page-view-btn"
                data-testid="page-view-toggle"
                aria-pressed=move || st.pages.open.get().to_string()
                title=t("pageview-show-title")
                on:click=move |_| st.toggle_page_view()
            >
                {t("pageview-show")}
            </button>
        </Show>
    }
}

/// The panel: heading with the page number, previous/next/close, the page image and the span's boxes.
#[component]
pub fn PageViewPanel() -> impl IntoView {
    let st = use_state();
    let pages = move || st.pdf_of_open().map(|(_, n)| n).unwrap_or(1);
    // The focused span's boxes on the drawn page (none when it is on another page).
    let boxes = Memo::new(move |_| {
        let id = st.sel.focused.get()?;
        st.doc.editor.track();
        let range = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span.range())).flatten()?;
        st.pages.shown.with(|s| s.as_ref().map(|s| span_boxes(s, range)))
    });
    view! {
        <Show when=move || st.pages.open.get()>
            <aside class="page-view" aria-label=t("pageview-show") data-testid="page-view">
                <div class="row">
                    <h2>{move || tr!("pageview-heading", page = st.pages.page.get(), pages = pages())}</h2>
                    <button
                        aria-label=t("pageview-previous")
                        title=t("pageview-previous")
                        disabled=move || { st.pages.page.get() <= 1 }
                        on:click=move |_| st.show_page(st.pages.page.get_untracked().saturating_sub(1))
                    >
                        "‹"
                    </button>
                    <button
                        aria-label=t("pageview-next")
                        title=t("pageview-next")
                        disabled=move || { st.pages.page.get() >= pages() }
                        on:click=move |_| st.show_page(st.pages.page.get_untracked() + 1)
                    >
                        "›"
                    </button>
                    <button class="icon" aria-label=t("pageview-close") title=t("pageview-close") on:click=move |_| st.close_page_view()>
                        "✕"
                    </button>
                </div>
                <Show when=move || st.pages.loading.get()>
                    <p class="busy" role="status">{t("pageview-loading")}</p>
                </Show>
                {move || st.pages.error.get().map(|e| view! { <p class="error" role="alert">{tr!("pageview-failed", error = e)}</p> })}
                {move || {
                    st.pages.shown.get().map(|s| {
                        view! {
                            <div
                                class="page-frame"
                                data-page=s.page
                                style=format!("width:{:.1}px;height:{:.1}px", s.width, s.height)
                            >
                                <img src=s.url.clone() alt=tr!("pageview-image", page = s.page) width=s.width height=s.height />
                                {move || {
                                    boxes
                                        .get()
                                        .unwrap_or_default()
                                        .into_iter()
                                        .map(|(l, top, w, h)| {
                                            view! {
                                                <div
                                                    class="page-span"
                                                    role="img"
                                                    aria-label=t("pageview-span")
                                                    style=format!("left:{l:.1}px;top:{top:.1}px;width:{w:.1}px;height:{h:.1}px")
                                                ></div>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </div>
                        }
                    })
                }}
            </aside>
        </Show>
    }
}

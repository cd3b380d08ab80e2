//! The PDF page view: opening and closing it, the page it shows (the focused span's, or one the user
//! turns to), drawing that page through pdf.js (`platform::pdf::render`) and mapping its text items onto the
//! open document (core's `rich::pdf::page_items`); the selected span's boxes on the page come from core too
//! ([`span_boxes`]).
//!
//! Invariant: these are the only writers of `AppState::pages`; a draw that finishes after another was asked
//! for is dropped (its image given back), so the view never shows a page it was not last asked for.

use crate::errors::Localize;
use crate::platform;
use crate::state::{AppState, PageShown};
use leptos::prelude::*;
use spandrel_core::rich::pdf;

/// The page image's width in CSS pixels.
pub const WIDTH: f64 = 560.0;

impl AppState {
    /// The open document's PDF: its digest and number of pages, when it came from a PDF.
    pub fn pdf_of_open(&self) -> Option<(Option<String>, u32)> {
        self.with_doc_untracked(|d| {
            let s = d.structure.as_ref()?;
            pdf::is_pdf(s).then(|| (s.source.digest.clone(), pdf::page_count(s)))
        })
        .flatten()
    }

    /// Opens the page view at the focused span's page (else the first), or closes it.
    pub fn toggle_page_view(&self) {
        if self.pages.open.get_untracked() {
            self.close_page_view();
            return;
        }
        if self.pdf_of_open().is_none() {
            return;
        }
        self.pages.open.set(true);
        let page = self.focused_page().unwrap_or_else(|| self.pages.page.get_untracked());
        self.show_page(page);
        // The text column narrows: the handles and connectors are measured again.
        self.overlays_changed();
    }

    /// Closes the page view and gives its image back.
    pub fn close_page_view(&self) {
        let was_open = self.pages.open.get_untracked();
        self.pages.open.set(false);
        if was_open {
            self.overlays_changed();
        }
        self.pages.generation.update_value(|g| *g += 1);
        if let Some(old) = self.pages.shown.get_untracked() {
            platform::pdf::forget_image(&old.url);
        }
        self.pages.shown.set(None);
        self.pages.loading.set(false);
        self.pages.error.set(None);
    }

    /// Another document is shown: the view closes and starts at page 1 next time.
    pub fn reset_page_view(&self) {
        if self.pages.open.get_untracked() || self.pages.shown.get_untracked().is_some() {
            self.close_page_view();
        }
        self.pages.page.set(1);
    }

    /// The page of the focused span, in a PDF document.
    fn focused_page(&self) -> Option<u32> {
        let id = self.sel.focused.get_untracked()?;
        self.with_doc_untracked(|d| {
            let a = d.annotations.get(&id)?;
            pdf::page_at(d.structure.as_ref()?, a.span.start)
        })
        .flatten()
    }

    /// The focus moved: an open page view turns to the focused span's page.
    pub fn page_view_follow(&self) {
        if !self.pages.open.get_untracked() {
            return;
        }
        if let Some(p) = self.focused_page() {
            if p != self.pages.page.get_untracked() {
                self.show_page(p);
            }
        }
    }

    /// Shows page `n` (clamped to the PDF's pages), drawing it.
    pub fn show_page(&self, n: u32) {
        let Some((digest, pages)) = self.pdf_of_open() else { return };
        let n = n.clamp(1, pages);
        self.pages.page.set(n);
        self.pages.error.set(None);
        let Some(digest) = digest else {
            self.pages.error.set(Some(platform::pdf::PdfFail::Missing.message()));
            return;
        };
        let gen = self.pages.generation.get_value() + 1;
        self.pages.generation.set_value(gen);
        self.pages.loading.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            let drawn = platform::pdf::render(&digest, n, WIDTH).await.map_err(|e| e.message());
            // The stores may be gone (the app unmounted), or another page asked for meanwhile.
            if this.pages.generation.try_get_value() != Some(gen) {
                if let Ok(img) = &drawn {
                    platform::pdf::forget_image(&img.url);
                }
                return;
            }
            this.pages.loading.set(false);
            let shown = drawn.and_then(|img| {
                let places = this
                    .with_doc_untracked(|d| {
                        let s = d.structure.as_ref().ok_or(pdf::PdfError::NoPage { page: n })?;
                        pdf::page_items(&d.text, s, n, &img.items)
                    })
                    .unwrap_or(Err(pdf::PdfError::NoPage { page: n }));
                // A page without text has no places and still shows.
                let places = match places {
                    Ok(p) => p,
                    Err(pdf::PdfError::NoPage { .. }) if img.items.items.iter().all(|i| i.s.trim().is_empty()) => {
                        Vec::new()
                    }
                    Err(e) => {
                        platform::pdf::forget_image(&img.url);
                        return Err(e.message());
                    }
                };
                Ok(PageShown {
                    page: n,
                    url: img.url,
                    width: img.width,
                    height: img.height,
                    transform: img.transform,
                    places,
                })
            });
            match shown {
                Ok(s) => {
                    if let Some(old) = this.pages.shown.get_untracked() {
                        platform::pdf::forget_image(&old.url);
                    }
                    this.pages.shown.set(Some(s));
                }
                Err(e) => this.pages.error.set(Some(e)),
            }
        });
    }
}

/// The boxes (left, top, width, height in the image's CSS pixels) of code points `range` on the drawn page.
pub fn span_boxes(shown: &PageShown, range: std::ops::Range<usize>) -> Vec<(f64, f64, f64, f64)> {
    pdf::span_rects(&shown.places, range).into_iter().map(|r| pdf::to_view(r, shown.transform)).collect()
}

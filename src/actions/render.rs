//! What follows a change on screen: the paragraph layout of the open document (set up once per
//! document, grown a chunk per tick for long texts), the pending range and the focus (each change
//! repaints only the paragraphs it enters or leaves), the label schema (colours: every paragraph), and
//! the overlays measured after the frame that drew the text (edge handles, relation connectors).
//!
//! Invariant: these are the only writers of `Selection::pending`, `Selection::focused` and
//! `Library::schema`, so every such change repaints what it must; no view effect does it.

use crate::state::*;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::set_timeout;
use spandrel_core::text::Text;
use spandrel_core::{Id, LabelSchema, Span};

/// Paragraphs are rendered in chunks of this many: the first chunk at once, the others one per tick,
/// so a long document is readable immediately and the keyed list stays short.
pub const CHUNK: usize = 25;

impl AppState {
    /// Sets up the paragraph layout of `text` (the document `key`): one repaint trigger per
    /// paragraph (kept when the paragraphs are the same), the first chunk shown at once and the
    /// others a chunk per tick.
    pub fn lay_out(&self, key: &str, text: &Text) {
        let ranges = text.line_ranges();
        let same = self
            .render
            .para_triggers
            .with_value(|t| t.len() == ranges.len() && t.iter().zip(&ranges).all(|((a, _), b)| a == b));
        let chunks = ranges.len().div_ceil(CHUNK);
        if !same {
            self.render.para_triggers.set_value(ranges.iter().map(|r| (r.clone(), ArcTrigger::new())).collect());
            // Queued repaints were for the old paragraphs; the new ones render from scratch.
            self.render.repaint_queue.update_value(|(queued, _)| queued.clear());
        }
        let layout = (key.to_owned(), chunks);
        if same && self.render.layout.with_untracked(|l| *l == layout) {
            return;
        }
        let gen = self.render.layout_gen.get_value() + 1;
        self.render.layout_gen.set_value(gen);
        self.render.shown_chunks.set(1.min(chunks));
        self.render.layout.set(layout);
        self.grow_chunks(gen, chunks);
    }

    /// Shows one more chunk per tick until `n` are shown, while layout `gen` is current.
    fn grow_chunks(&self, gen: u64, n: usize) {
        if self.render.layout_gen.get_value() != gen || self.render.shown_chunks.get_untracked() >= n {
            return;
        }
        let this = *self;
        set_timeout(
            move || {
                if this.render.layout_gen.get_value() == gen {
                    this.render.shown_chunks.update(|s| *s = (*s + 1).min(n));
                    this.grow_chunks(gen, n);
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Forgets the layout (no document open).
    pub fn clear_layout(&self) {
        self.render.layout_gen.update_value(|g| *g += 1);
        self.render.layout.set((String::new(), 0));
        self.render.repaint_queue.update_value(|(queued, _)| queued.clear());
    }

    /// The reading direction of the open document's text in `range` (a paragraph): the document's
    /// override, else its own (core's rule).
    pub fn direction_of(&self, range: std::ops::Range<usize>) -> spandrel_core::bidi::Direction {
        self.with_doc_untracked(|d| {
            spandrel_core::bidi::direction_in(d.direction, d.text.slice_cp(range).unwrap_or_default())
        })
        .unwrap_or_default()
    }

    /// The reading direction of the rendered paragraph holding code point `cp`.
    pub fn direction_at(&self, cp: usize) -> spandrel_core::bidi::Direction {
        let para = self.render.para_triggers.with_value(|ps| {
            let i = ps.partition_point(|(r, _)| r.end < cp);
            ps.get(i).map(|(r, _)| r.clone())
        });
        para.map(|r| self.direction_of(r)).unwrap_or_default()
    }

    /// Keeps `doc.direction` equal to the open document's override (the paragraphs' `dir` follow it).
    pub fn follow_direction(&self) {
        let now = self.with_doc_untracked(|d| d.direction).flatten();
        if self.doc.direction.get_untracked() != now {
            self.doc.direction.set(now);
        }
    }

    /// Sets the open document's direction override (one undoable edit).
    pub fn set_direction(&self, dir: Option<spandrel_core::bidi::Direction>) {
        self.apply(spandrel_core::edit::Command::SetDirection(dir));
    }

    /// The open document changed (an edit, a merge, another document shown): the deferred views
    /// follow one task later and the overlays are measured again after the next frame.
    pub fn doc_changed(&self) {
        self.schedule_panel();
        self.overlays_changed();
        self.review_follow(&[]);
    }

    /// The text, the focus or the pending range moved: measure the edge handles and the relation
    /// connectors after the next frame.
    pub fn overlays_changed(&self) {
        crate::actions::handles::schedule(*self, self.handles);
        crate::actions::relations::schedule_measure(*self, self.rel);
    }

    /// Sets the pending range; the paragraphs it leaves and enters repaint.
    pub fn set_pending(&self, now: Option<Span>) {
        let before = self.sel.pending.get_untracked();
        if before == now {
            return;
        }
        self.sel.pending.set(now);
        let touched: Vec<Span> = before.into_iter().chain(now).collect();
        self.invalidate(&touched);
        self.overlays_changed();
    }

    /// Sets the focused annotation (drawn by the view's `data-focused` marks, no repaint).
    pub fn set_focus(&self, now: Option<Id>) {
        if self.sel.focused.get_untracked() == now {
            return;
        }
        self.sel.focused.set(now);
        self.overlays_changed();
        self.page_view_follow();
    }

    /// Replaces the label schema; every paragraph repaints (colours and hotkeys may change).
    pub fn set_schema(&self, schema: LabelSchema) {
        self.lib.schema.set(schema);
        self.invalidate_all();
    }

    /// Changes the label schema in place; every paragraph repaints.
    pub fn update_schema(&self, f: impl FnOnce(&mut LabelSchema)) {
        self.lib.schema.update(f);
        self.invalidate_all();
    }
}

/// The layout as the document view renders it: the document's key and its chunks.
pub type Layout = (String, usize);

/// Shared handle to the paragraphs of a chunk (what the view renders once per chunk).
pub fn chunk_items(st: AppState, c: usize) -> Vec<(usize, std::ops::Range<usize>, ArcTrigger)> {
    st.render.para_triggers.with_value(|t| {
        t.iter().enumerate().skip(c * CHUNK).take(CHUNK).map(|(i, (r, tr))| (i, r.clone(), tr.clone())).collect()
    })
}

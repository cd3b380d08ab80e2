//! Editing the open document: commands through core's `Editor`, undo/redo, and what follows a change
//! (index update, the paragraphs to repaint, autosave). Invariant: every edit goes through `after_change`.

use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::{self, dom};
use crate::state::*;
use crate::tr;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::{request_animation_frame, set_timeout};
use spandrel_core::edit::{Applied, Command};
use spandrel_core::keymap::{label_intent, LabelUse};
use spandrel_core::snap::Edge;
use spandrel_core::{Document, Id, Span, SpanState};
use std::sync::Arc;
use std::time::Duration;

impl AppState {
    pub fn with_doc<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.doc.editor.with(|e| e.as_ref().map(|e| f(e.doc())))
    }

    /// Reads the document for secondary views (the side panel's lists and counts): they update one
    /// task after an edit, once the text has repainted, instead of in the same frame.
    pub fn with_doc_deferred<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.render.panel_rev.track();
        self.with_doc_untracked(f)
    }

    /// Reads the open document's counts for the deferred views (see [`AppState::with_doc_deferred`]).
    pub fn stats_deferred<R>(&self, f: impl FnOnce(&spandrel_core::stats::DocStats) -> R) -> R {
        self.render.panel_rev.track();
        self.doc.stats.with_value(f)
    }

    /// Schedules the deferred views' update (at most one pending at a time).
    pub fn schedule_panel(&self) {
        if self.render.panel_pending.get_value() {
            return;
        }
        self.render.panel_pending.set_value(true);
        let this = *self;
        set_timeout(
            move || {
                this.render.panel_pending.set_value(false);
                this.render.panel_rev.update(|r| *r += 1);
            },
            Duration::ZERO,
        );
    }

    pub fn with_doc_untracked<R>(&self, f: impl FnOnce(&Document) -> R) -> Option<R> {
        self.doc.editor.with_untracked(|e| e.as_ref().map(|e| f(e.doc())))
    }

    /// Applies a command; shows errors; announces the result; schedules autosave.
    pub fn apply(&self, cmd: Command) -> Option<Applied> {
        if self.doc.read_only.get_untracked() {
            self.notify(Level::Info, t("act-edit-read-only"));
            return None;
        }
        let now = platform::now_ms();
        let res = self.doc.editor.try_update(|e| e.as_mut().map(|e| e.apply(cmd, now))).flatten();
        match res {
            Some(Ok(applied)) => {
                self.after_change(&applied);
                self.announce(applied.description.clone());
                Some(applied)
            }
            Some(Err(e)) => {
                self.error(e.message());
                None
            }
            None => None,
        }
    }

    pub fn undo(&self) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let now = platform::now_ms();
        if let Some(Some(applied)) = self.doc.editor.try_update(|e| e.as_mut().and_then(|e| e.undo(now))) {
            self.after_change(&applied);
            self.announce(applied.description);
        }
    }

    pub fn redo(&self) {
        if self.doc.read_only.get_untracked() {
            return;
        }
        let now = platform::now_ms();
        if let Some(Some(applied)) = self.doc.editor.try_update(|e| e.as_mut().and_then(|e| e.redo(now))) {
            self.after_change(&applied);
            self.announce(applied.description);
        }
    }

    /// Indexes of the rendered paragraphs that overlap (or touch) `span`.
    pub fn paragraphs_of(&self, span: Span) -> std::ops::Range<usize> {
        self.render.para_triggers.with_value(|ps| {
            // Paragraphs are sorted and disjoint: the first that ends at or after the start, up to
            // the first that starts after the end.
            let from = ps.partition_point(|(r, _)| r.end < span.start);
            let to = from + ps[from..].partition_point(|(r, _)| r.start <= span.end);
            from..to
        })
    }

    /// Repaints the paragraphs that overlap any of these code point ranges.
    pub fn invalidate(&self, spans: &[Span]) {
        let mut paras: Vec<usize> = spans.iter().flat_map(|s| self.paragraphs_of(*s)).collect();
        spandrel_core::sort::sort(&mut paras);
        paras.dedup();
        self.repaint(paras);
    }

    /// Repaints every paragraph (the document was replaced in place).
    pub fn invalidate_all(&self) {
        let n = self.render.para_triggers.with_value(|ps| ps.len());
        self.repaint((0..n).collect());
    }

    /// Repaints these paragraphs (sorted, distinct indices). Many of them repaint in pieces: those
    /// around what is on screen at once, the others a chunk per task, so a change to thousands of
    /// spans (suggestions arriving, accept all, a merge with another tab) does not freeze the page.
    pub fn repaint(&self, mut paras: Vec<usize>) {
        // Enough paragraphs to fill a tall screen of one-line paragraphs around the one in view.
        const AT_ONCE: usize = 48;
        let big = paras.len() > AT_ONCE;
        if big {
            let centre = self
                .doc
                .editor
                .with_untracked(|e| e.as_ref().and_then(|e| dom::cp_in_view(&e.doc().text)))
                .map(|cp| self.paragraphs_of(Span::new(cp, cp)).start)
                .unwrap_or(0);
            let pos = paras.partition_point(|&p| p < centre);
            let lo = pos.saturating_sub(AT_ONCE / 2).min(paras.len() - AT_ONCE);
            let after = paras.split_off(lo + AT_ONCE);
            let before: Vec<usize> = paras.drain(..lo).collect();
            self.render.repaint_queue.update_value(|(queued, _)| queued.extend(after.into_iter().chain(before)));
        }
        self.render.repaint_queue.update_value(|(queued, _)| paras.iter().for_each(|p| _ = queued.remove(p)));
        if big {
            // Even those around the view repaint in a task of their own, after the one that made
            // the change (which, that big, took its share of a frame already).
            let this = *self;
            leptos::task::spawn_local(async move {
                dom::yield_now().await;
                this.notify_paragraphs(&paras);
            });
        } else {
            self.notify_paragraphs(&paras);
        }
        let start = self.render.repaint_queue.try_update_value(|(queued, running)| {
            let start = !queued.is_empty() && !*running;
            *running |= start;
            start
        });
        if start != Some(true) {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            const CHUNK: usize = 48;
            loop {
                dom::yield_now().await;
                let chunk = this.render.repaint_queue.try_update_value(|(queued, running)| {
                    let chunk: Vec<usize> = std::iter::from_fn(|| queued.pop_first()).take(CHUNK).collect();
                    *running = !chunk.is_empty();
                    chunk
                });
                match chunk {
                    Some(chunk) if !chunk.is_empty() => this.notify_paragraphs(&chunk),
                    _ => return,
                }
            }
        });
    }

    pub fn notify_paragraphs(&self, list: &[usize]) {
        self.render.para_triggers.with_value(|ps| list.iter().filter_map(|&i| ps.get(i)).for_each(|(_, t)| t.notify()))
    }

    /// What follows any change to the open document: the index, counts and paragraphs it touched,
    /// the focus, the review queue, the autosave. It says nothing: the caller announces, in the
    /// user's language where it has a message of its own (suggestions arriving).
    pub fn after_change(&self, applied: &Applied) {
        let touched: Vec<Id> = applied.touched().collect();
        // The next index comes from the old one and the touched spans (no full rebuild); the
        // paragraphs under their old and new offsets repaint.
        let next = self.doc.editor.with_untracked(|e| {
            e.as_ref().map(|e| {
                let anns = &e.doc().annotations;
                let (idx, mut dirty) =
                    self.doc.index.with_untracked(|old| old.with_changes(&touched, |id| anns.get(&id).map(|a| a.span)));
                dirty.extend(touched.iter().filter_map(|id| anns.get(id).map(|a| a.span)));
                (idx, dirty)
            })
        });
        let Some((idx, dirty)) = next else { return };
        self.doc.index.set(Arc::new(idx));
        self.doc.editor.with_untracked(|e| {
            if let Some(e) = e.as_ref() {
                self.doc.stats.update_value(|s| s.apply_edit(e.doc(), applied));
            }
        });
        // Only annotations are drawn in the text: a change of title, status or relations repaints nothing.
        self.invalidate(&dirty);
        if let Some(f) = self.sel.focused.get_untracked() {
            if applied.removed.contains(&f)
                || self.with_doc_untracked(|d| !d.annotations.contains_key(&f)).unwrap_or(true)
            {
                self.set_focus(None);
            }
        }
        self.follow_direction();
        // An answer undone is asked again (before `doc_changed` keeps the current question).
        self.review_follow(&crate::actions::review::reopened(self, &applied.changed));
        self.doc_changed();
        self.mark_dirty();
    }

    /// Labels the pending range (or the given one) with `label`.
    pub fn create_span(&self, span: Span, label: &str) -> Option<Id> {
        let cmd = self.with_doc_untracked(|d| spandrel_core::edit::label_range(d, span, label))?;
        let applied = self.apply(cmd)?;
        self.set_pending(None);
        self.sel.picker_at.set(None);
        let id = applied.created.first().or(applied.changed.first()).copied();
        if let Some(id) = id {
            self.set_focus(Some(id));
        }
        id
    }

    pub fn set_state(&self, ids: Vec<Id>, state: SpanState) {
        if !ids.is_empty() {
            self.apply(Command::SetState { ids, state });
        }
    }

    pub fn remove(&self, ids: Vec<Id>) {
        if !ids.is_empty() {
            self.apply(Command::RemoveSpans(ids));
        }
    }

    /// Ids of pending suggestions, optionally of one label and at or above a score.
    pub fn suggestion_ids(&self, label: Option<&str>, min_score: Option<f32>) -> Vec<Id> {
        self.with_doc_untracked(|d| spandrel_core::corpus::shown_suggestions(d, label, min_score)).unwrap_or_default()
    }
}

/// Labels a pending range, or relabels the focused span, with `label`; with neither, arms it
/// (core's rule: `keymap::label_intent`).
pub fn use_label(st: AppState, label: &str) {
    let armed = st.sel.armed.get_untracked();
    match label_intent(st.sel.pending.get_untracked(), st.sel.focused.get_untracked(), armed.as_deref(), label) {
        LabelUse::Create(span) => {
            st.create_span(span, label);
        }
        LabelUse::Relabel(id) => {
            st.apply(Command::Relabel { id, label: label.to_owned() });
        }
        LabelUse::Disarm => {
            st.sel.armed.set(None);
            st.announce(t("act-edit-label-disarmed"));
        }
        LabelUse::Arm => {
            st.sel.armed.set(Some(label.to_owned()));
            st.announce(tr!("act-edit-label-armed", label = label));
        }
    }
}

/// Focuses an annotation and scrolls it into view.
pub fn focus_annotation(st: AppState, id: Id) {
    st.set_pending(None);
    st.sel.picker_at.set(None);
    st.set_focus(Some(id));
    let describe = st
        .with_doc_untracked(|d| {
            d.annotations.get(&id).map(|a| {
                let (label, text) = (a.label.as_str(), d.covered(a.span).unwrap_or_default());
                match a.state {
                    SpanState::Suggested => tr!(
                        "act-edit-describe-suggested",
                        label = label,
                        text = text,
                        score = format!("{:.2}", a.origin.score().unwrap_or(1.0))
                    ),
                    SpanState::Rejected => tr!("act-edit-describe-rejected", label = label, text = text),
                    SpanState::Accepted => tr!("act-edit-describe", label = label, text = text),
                }
            })
        })
        .flatten();
    if let Some(d) = describe {
        st.announce(d);
    }
    // After the paragraph re-renders with the focus ring.
    request_animation_frame(move || dom::focus_element(&format!("ann-{id}")));
}

/// Moves one edge of the focused span by a word. `end_edge`: the end (else the start); `forward`:
/// towards the end of the text. The rule lives in core (`snap::nudge_edge`).
pub fn nudge_edge(st: AppState, id: Id, end_edge: bool, forward: bool) {
    let edge = if end_edge { Edge::End } else { Edge::Start };
    let moved = st
        .with_doc_untracked(|d| {
            let a = d.annotations.get(&id)?;
            spandrel_core::snap::nudge_edge_with(
                &d.text,
                &st.words_for(a.span.start.saturating_sub(1)..a.span.end + 1),
                a.span.start..a.span.end,
                edge,
                forward,
            )
        })
        .flatten();
    if let Some(r) = moved {
        st.apply(Command::Resize { id, span: Span::new(r.start, r.end) });
    }
}

impl AppState {
    /// Adds a label by core's one rule (`LabelSchema::add_label`: trimmed, unique ignoring case, the
    /// palette's next colour and a free hotkey) and saves the settings; false (and a message) if refused.
    pub fn add_label(&self, name: &str) -> bool {
        let mut schema = self.lib.schema.get_untracked();
        match schema.add_label(name) {
            Ok(l) => {
                let added = l.name.clone();
                self.set_schema(schema);
                self.save_settings();
                self.announce(tr!("act-edit-label-added", label = added));
                true
            }
            Err(spandrel_core::model::LabelError::Empty) => false,
            Err(e) => {
                self.error(tr!("act-edit-label-not-added", error = e.message()));
                false
            }
        }
    }

    /// Renames a label (core's `LabelSchema::rename_label` checks the name first), its spans with it as
    /// one undoable step; false (and a message) if refused.
    pub fn rename_label(&self, old: &str, new: &str) -> bool {
        let new = new.trim();
        if new == old {
            return true;
        }
        let mut schema = self.lib.schema.get_untracked();
        if let Err(e) = schema.rename_label(old, new) {
            if e != spandrel_core::model::LabelError::Empty {
                self.error(tr!("act-edit-label-not-renamed", error = e.message()));
            }
            return false;
        }
        let in_use = self.doc.stats.with_value(|s| s.label_count(old) > 0);
        if in_use && self.apply(Command::RelabelAll { from: old.to_owned(), to: new.to_owned() }).is_none() {
            return false;
        }
        self.set_schema(schema);
        self.save_settings();
        true
    }
}

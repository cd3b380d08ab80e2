//! Relations between spans: link mode (one link in progress at a time), creating, retyping and
//! deleting relations, and measuring the connectors drawn over the text (after the frame that drew it).

use crate::i18n::t;
use crate::platform::geometry as plat;
use crate::state::{AppState, ArcGeom, Level, RelCtx};
use crate::tr;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::request_animation_frame;
use spandrel_core::edit::Command;
use spandrel_core::Id;

/// At most this many relations are measured for drawing per frame.
const MAX_DRAWN: usize = 400;

/// Installs the window listeners of relations (once, at the root).
pub fn install_listeners(st: AppState, c: RelCtx) {
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
pub fn current_kind(st: AppState, c: RelCtx) -> String {
    let k = c.kind.get_untracked();
    st.lib.schema.with_untracked(|s| {
        if s.relation_types.contains(&k) {
            k
        } else {
            s.relation_types.first().cloned().unwrap_or_default()
        }
    })
}

pub fn cancel_link(st: AppState, c: RelCtx) {
    c.link_mode.set(false);
    c.source.set(None);
    st.announce(t("act-relations-cancelled"));
}

/// Starts link mode; `source` is the span to link from, if already chosen.
pub fn start_link(st: AppState, c: RelCtx, source: Option<Id>) {
    if st.doc.read_only.get_untracked() {
        st.notify(Level::Info, t("act-edit-read-only"));
        return;
    }
    if current_kind(st, c).is_empty() {
        st.notify(Level::Warning, t("act-relations-no-type"));
        return;
    }
    c.link_mode.set(true);
    c.source.set(source);
    match source {
        Some(id) => st.announce(tr!("act-relations-linking-from", text = st.covered_text(id))),
        None => st.announce(t("act-relations-link-mode")),
    }
}

/// One step of link mode with span `id`: choose the source, or complete the link to the target.
pub fn link_step(st: AppState, c: RelCtx, id: Id) {
    let Some(from) = c.source.get_untracked() else {
        c.source.set(Some(id));
        st.announce(tr!("act-relations-choose-target", text = st.covered_text(id)));
        return;
    };
    if from == id {
        st.announce(t("act-relations-same-span"));
        return;
    }
    let kind = current_kind(st, c);
    c.link_mode.set(false);
    c.source.set(None);
    if st.apply(Command::AddRelation { from, to: id, kind: kind.clone() }).is_some() {
        st.announce(tr!("act-relations-linked", from = st.covered_text(from), to = st.covered_text(id), kind = kind));
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
            st.announce(tr!("act-relations-new-source", text = st.covered_text(id)));
        }
    } else {
        start_link(st, c, st.sel.focused.get_untracked());
    }
}

/// Enter in link mode: links the source to the focused span.
pub fn link_to_focused(st: AppState, c: RelCtx) {
    match st.sel.focused.get_untracked() {
        Some(id) => link_step(st, c, id),
        None => st.announce(t("act-relations-focus-first")),
    }
}

// ----------------------------------------------------------------------------------- drawing

pub fn schedule_measure(st: AppState, c: RelCtx) {
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
pub fn measure(st: AppState, c: RelCtx) {
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

impl AppState {
    /// Text covered by an annotation (empty if it is gone).
    pub fn covered_text(&self, id: Id) -> String {
        self.with_doc_untracked(|d| d.annotations.get(&id).and_then(|a| d.covered(a.span)).map(str::to_owned))
            .flatten()
            .unwrap_or_default()
    }
}

impl RelCtx {
    /// The relation type new links get.
    pub fn choose_kind(&self, kind: String) {
        self.kind.set(kind);
    }
}

impl AppState {
    /// Adds a relation type to the schema (trimmed; an existing one is only chosen) and makes it the
    /// type new links get.
    pub fn add_relation_type(&self, rel: RelCtx, name: &str) {
        let t = name.trim().to_owned();
        if t.is_empty() {
            self.notify(Level::Info, crate::i18n::t("act-relations-type-name-first"));
            return;
        }
        if self.lib.schema.with_untracked(|s| s.relation_types.contains(&t)) {
            self.notify(Level::Info, tr!("act-relations-type-exists", kind = t.as_str()));
        } else {
            self.update_schema(|s| s.relation_types.push(t.clone()));
            self.save_settings();
            self.announce(tr!("act-relations-type-added", kind = t.as_str()));
        }
        rel.choose_kind(t);
    }
}

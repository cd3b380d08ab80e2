//! The document text with its spans. Each paragraph is a keyed component whose pieces come from a
//! memo, so an edit repaints only the paragraphs whose pieces changed; off-screen paragraphs are
//! skipped by the browser (`content-visibility: auto`).

use crate::errors::Localize;
use crate::i18n::{per_label, t};
use crate::platform::dom;
use crate::state::{use_state, Anchor, AppState, PENDING_ID};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::index::{layout_levels, segments};
use spandrel_core::keymap::{pointer_release, Release};
use spandrel_core::{Document, Id, LabelSchema, Span, SpanState};
use std::ops::Range;

/// One rendered piece of text: a maximal run covered by the same set of spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub cp: usize,
    pub text: String,
    pub marks: Vec<MarkRef>,
    pub pending: bool,
    /// Annotations that start here: (id, label, colour). Each gets an anchor element before the
    /// piece that shows the label (never inside the text's own element: that would break
    /// double-click word selection).
    pub starts: Vec<(Id, String, String)>,
    /// A rich document's marks on this piece (emphasis, strong, code, link…), and a link's target (shown in
    /// the piece's title, never followed: the piece is not a link).
    pub styles: Vec<spandrel_core::rich::MarkKind>,
    pub href: Option<String>,
}

/// Pseudo ids for a rich document's marks when cutting pieces (`MARK_IDS + index`), far from real ids and
/// from [`PENDING_ID`].
const MARK_IDS: Id = Id::MAX / 2;

#[derive(Debug, Clone, PartialEq)]
pub struct MarkRef {
    pub id: Id,
    pub label: String,
    pub color: String,
    pub state: SpanState,
    pub level: u8,
}

pub fn label_color(schema: &LabelSchema, label: &str) -> String {
    schema.label(label).map(|l| l.color.clone()).unwrap_or_else(|| "#e8e8e8".into())
}

/// Cuts a paragraph into pieces.
pub fn build_pieces(
    doc: &Document,
    idx: &spandrel_core::index::SpanIndex,
    schema: &LabelSchema,
    range: Range<usize>,
    pending: Option<Span>,
) -> Vec<Piece> {
    let mut spans: Vec<(Id, Span)> = idx
        .overlapping_spans(range.clone())
        .into_iter()
        .filter(|(id, _)| doc.annotations.get(id).is_some_and(|a| a.state != SpanState::Rejected))
        .collect();
    let levels = layout_levels(&spans);
    if let Some(p) = pending.filter(|p| p.overlaps(&Span::new(range.start, range.end))) {
        spans.push((PENDING_ID, p));
    }
    // A rich document's marks cut the pieces too, so each piece has one look.
    if let Some(s) = &doc.structure {
        spans.extend(s.marks_in(range.clone()).map(|(i, m)| (MARK_IDS + i as Id, Span::new(m.start, m.end))));
    }
    let len = doc.text.len_cp();
    let mut out = Vec::new();
    for seg in segments(len, &spans, range.clone()) {
        if seg.range.is_empty() {
            continue;
        }
        let text = doc.text.slice_cp(seg.range.clone()).unwrap_or_default().to_owned();
        let mut marks = Vec::new();
        let mut pend = false;
        let mut starts = Vec::new();
        let mut styles = Vec::new();
        let mut href = None;
        for id in &seg.ids {
            if *id == PENDING_ID {
                pend = true;
                continue;
            }
            if *id >= MARK_IDS {
                if let Some(m) = doc.structure.as_ref().and_then(|s| s.marks.get((*id - MARK_IDS) as usize)) {
                    styles.push(m.kind);
                    href = href.or_else(|| m.href.clone());
                }
                continue;
            }
            let Some(a) = doc.annotations.get(id) else { continue };
            if a.span.start == seg.range.start || (seg.range.start == range.start && a.span.start < range.start) {
                starts.push((a.id, a.label.clone(), label_color(schema, &a.label)));
            }
            marks.push(MarkRef {
                id: a.id,
                label: a.label.clone(),
                color: label_color(schema, &a.label),
                state: a.state,
                level: levels.get(id).copied().unwrap_or(0),
            });
        }
        spandrel_core::sort::sort_by_key(&mut marks, |m| m.level);
        out.push(Piece { cp: seg.range.start, text, marks, pending: pend, starts, styles, href });
    }
    if out.is_empty() {
        // Keep empty paragraphs visible as blank lines.
        out.push(Piece {
            cp: range.start,
            text: String::new(),
            marks: vec![],
            pending: false,
            starts: vec![],
            styles: vec![],
            href: None,
        });
    }
    out
}

pub(crate) fn piece_style(p: &Piece) -> String {
    let Some(top) = p.marks.last() else { return String::new() };
    let mut shadows = Vec::new();
    // Outer spans show as stacked underlines below the innermost span's background.
    for (i, m) in p.marks.iter().rev().skip(1).enumerate() {
        let y = 3 * (i + 1) + 1;
        shadows.push(format!("inset 0 -{y}px 0 0 {}", darker(&m.color)));
    }
    let mut s = format!("--mark:{};--mark-line:{};", top.color, darker(&top.color));
    if !shadows.is_empty() {
        s.push_str(&format!("box-shadow:{};padding-bottom:{}px;", shadows.join(","), 3 * shadows.len()));
    }
    s
}

/// A darker shade of a `#rrggbb` colour for lines and borders.
pub fn darker(hex: &str) -> String {
    let h = hex.trim_start_matches('#');
    if h.len() != 6 {
        return "#555".into();
    }
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(128) as u32 * 45 / 100;
    format!("#{:02x}{:02x}{:02x}", c(0), c(2), c(4))
}

pub(crate) fn piece_class(p: &Piece) -> String {
    let mut c = String::from("seg");
    if let Some(top) = p.marks.last() {
        c.push_str(" m");
        if top.state == SpanState::Suggested {
            c.push_str(" sug");
        }
    }
    if p.pending {
        c.push_str(" pending");
    }
    for s in &p.styles {
        c.push_str(match s {
            spandrel_core::rich::MarkKind::Emphasis => " r-em",
            spandrel_core::rich::MarkKind::Strong => " r-strong",
            spandrel_core::rich::MarkKind::Strikethrough => " r-del",
            spandrel_core::rich::MarkKind::Code => " r-code",
            spandrel_core::rich::MarkKind::Link => " r-link",
        });
    }
    c
}

pub(crate) fn piece_title(p: &Piece) -> String {
    let mut parts: Vec<String> = p
        .marks
        .iter()
        .map(|m| match m.state {
            SpanState::Suggested => per_label("docview-suggestion", &m.label),
            _ => m.label.clone(),
        })
        .collect();
    // A link's target is shown as text (data), never followed.
    parts.extend(p.href.iter().map(|h| format!("→ {h}")));
    parts.join(", ")
}

#[component]
fn Paragraph(range: Range<usize>, para: usize, trigger: ArcTrigger) -> impl IntoView {
    let st = use_state();
    let r = range.clone();
    let area = Span::new(range.start, range.end);
    // Each paragraph reads in its own direction (its first strong character, core's rule, as the
    // caret keys read it too); spans and chips never change the order of its words.
    let own = st
        .with_doc_untracked(|d| {
            spandrel_core::bidi::paragraph_direction(d.text.slice_cp(range.clone()).unwrap_or_default())
        })
        .unwrap_or_default();
    let dir = move || st.doc.direction.get().unwrap_or(own).attr();
    // A rich document's line takes the look of its block (heading, list item, quote, code, table row).
    let block = st
        .with_doc_untracked(|d| {
            d.structure.as_ref().and_then(|s| s.block_at(range.start)).map(|b| (b.kind.name(), b.level))
        })
        .flatten();
    // A PDF's page starts at the first line of each page (drawn as a page break with its number).
    let page_start = st
        .with_doc_untracked(|d| spandrel_core::rich::pdf::page_starting_at(d.structure.as_ref()?, range.start))
        .flatten();
    // Re-runs only when this paragraph's trigger fires: an edit touched it, the pending range
    // entered, moved in or left it, or the schema (colours) changed. Nothing else is tracked, so a
    // change never visits the other paragraphs (see `DocView`'s effects).
    let pieces = Memo::new(move |_| {
        trigger.track();
        crate::platform::bench::count_paint();
        let pending = st.sel.pending.get_untracked().filter(|p| pending_in(p, &area));
        st.lib
            .schema
            .with_untracked(|schema| {
                st.doc
                    .index
                    .with_untracked(|idx| st.with_doc_untracked(|d| build_pieces(d, idx, schema, r.clone(), pending)))
            })
            .unwrap_or_default()
    });
    view! {
        <p
            class="para"
            id=format!("para-{para}")
            data-para=para
            dir=dir
            data-block=block.map(|(name, _)| name)
            data-level=block.map(|(_, level)| level).filter(|l| *l > 0)
            data-page=page_start
        >
            {move || {
                let focused = st.sel.focused.get_untracked();
                pieces
                    .get()
                    .into_iter()
                    .map(|p| {
                        let anchors = p
                            .starts
                            .iter()
                            .map(|(id, label, color)| {
                                let id = *id;
                                view! {
                                    <span
                                        class="anchor"
                                        id=format!("ann-{id}")
                                        tabindex="-1"
                                        role="note"
                                        aria-label=per_label("docview-anchor", label)
                                        data-ann=id
                                        data-tag=label.clone()
                                        style=format!("--mark-line:{}", darker(color))
                                    ></span>
                                }
                            })
                            .collect_view();
                        let title = piece_title(&p);
                        let ids = p.marks.iter().map(|m| m.id.to_string()).collect::<Vec<_>>().join(" ");
                        let ids = (!ids.is_empty()).then_some(ids);
                        let is_focused = focused.is_some_and(|f| p.marks.iter().any(|m| m.id == f));
                        view! {
                            {anchors}
                            <span
                                class=piece_class(&p)
                                data-cp=p.cp
                                data-ids=ids
                                data-focused=is_focused.then_some("")
                                title=(!title.is_empty()).then_some(title)
                                style=piece_style(&p)
                            >
                                {p.text.clone()}
                            </span>
                        }
                    })
                    .collect_view()
            }}
        </p>
    }
}

/// A rough rendered height (px) of `paras` paragraphs holding `chars` characters in the text
/// column (about 90 characters a line of 2.4rem, and a 1rem gap after each paragraph).
fn chunk_height_estimate(chars: usize, paras: usize) -> usize {
    let lines = chars.div_ceil(90) + paras;
    lines * 39 + paras * 16
}

/// Whether a pending range shows in the paragraph covering `area` (an empty one at its edges too).
fn pending_in(p: &Span, area: &Span) -> bool {
    p.overlaps(area) || (p.is_empty() && area.start <= p.start && p.start <= area.end)
}

/// Handles a finished pointer gesture in the text; what it means is core's rule
/// (`keymap::pointer_release`): a selection becomes a pending range (or a span when a label is
/// armed); a click focuses the span under it or labels the word with the armed label.
fn on_pointer_up(st: AppState, client_x: f64, client_y: f64) {
    if st.doc.read_only.get_untracked() {
        return;
    }
    let Some(text) = st.with_doc_untracked(|d| d.text.clone()) else { return };
    let Some((a, b)) = dom::selection_cp(&text) else { return };
    let under: Vec<Id> = if a == b {
        let at = st.doc.index.with_untracked(|i| i.at(a));
        st.with_doc_untracked(|d| {
            at.into_iter().filter(|id| d.annotations.get(id).is_some_and(|x| x.state != SpanState::Rejected)).collect()
        })
        .unwrap_or_default()
    } else {
        Vec::new()
    };
    let armed = st.sel.armed.get_untracked();
    match pointer_release(&text, &st.words_for(a.min(b)..a.max(b)), a, b, &under, armed.as_deref()) {
        Ok(Release::LabelWith { range, label }) => {
            dom::clear_selection();
            st.create_span(Span::new(range.start, range.end), &label);
        }
        Ok(Release::Focus(id)) => {
            st.set_pending(None);
            st.set_picker(None);
            st.set_focus(id);
        }
        Ok(Release::Pending(r)) => {
            dom::clear_selection();
            st.set_focus(None);
            st.set_pending(Some(Span::new(r.start, r.end)));
            let (sx, sy) = dom::scroll_offset();
            st.set_picker(Some(Anchor { x: client_x + sx, y: client_y + sy + 16.0 }));
            let covered = text.slice_cp(r).unwrap_or_default().to_owned();
            st.announce(tr!("docview-selected", text = covered));
        }
        Ok(Release::Nothing) => {}
        Err(e) => st.error(tr!("docview-selection-failed", error = e.message())),
    }
}

#[component]
pub fn DocView() -> impl IntoView {
    let st = use_state();
    // The layout (paragraphs and their repaint triggers) is set up by the action that shows a
    // document (`AppState::lay_out`), which also grows long documents a chunk per tick; the pending
    // range, the focus and the schema repaint through their actions (`actions::render`).
    let chunks = move || st.render.layout.with(|(_, n)| *n);
    let shown = st.render.shown_chunks;
    let complete = move || shown.get() >= chunks();
    // Focus is drawn by a `data-focused` attribute that this effect moves between the pieces of the
    // old and the new focused span, so moving focus never re-renders text (a re-render under the
    // pointer would break double-click selection) and restyles only those pieces. Paragraphs that
    // repaint later read the focus when they render.
    Effect::new(move |before: Option<Option<(Id, Range<usize>)>>| {
        let now = st.sel.focused.get().and_then(|id| {
            let span = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten()?;
            Some((id, st.paragraphs_of(span)))
        });
        if let Some((id, paras)) = before.flatten() {
            dom::mark_pieces(paras, id, false);
        }
        if let Some((id, paras)) = now.clone() {
            dom::mark_pieces(paras, id, true);
        }
        now
    });
    view! {
        <article
            class="doc-view"
            aria-label=t("docview-text")
            data-complete=move || if complete() { "yes" } else { "no" }
            on:mouseup=move |ev| on_pointer_up(st, ev.client_x() as f64, ev.client_y() as f64)
            on:touchend=move |_| {
                // Long-press selections settle after touchend; read them on the next tick.
                set_timeout(move || on_pointer_up(st, 40.0, 120.0), std::time::Duration::from_millis(350));
            }
        >
            <For
                each=move || {
                    let (key, n) = st.render.layout.get();
                    let n = n.min(shown.get());
                    (0..n).map(|c| (key.clone(), c)).collect::<Vec<_>>()
                }
                key=|k| k.clone()
                children=move |(_, c)| {
                    // A chunk's paragraphs never change while its document is open: render them once.
                    let items: Vec<(usize, Range<usize>, ArcTrigger)> = crate::actions::render::chunk_items(st, c);
                    // The browser skips style, layout and paint of chunks far from the viewport
                    // (`content-visibility: auto` on the chunk, not on each paragraph: one
                    // visibility observer per chunk keeps every frame's bookkeeping small). Until a
                    // chunk has been rendered once, its size is estimated from its length.
                    let chars: usize = items.iter().map(|(_, r, _)| r.len()).sum();
                    let estimate = chunk_height_estimate(chars, items.len());
                    let paras = items
                        .into_iter()
                        .map(|(i, r, trigger)| view! { <Paragraph range=r para=i trigger=trigger /> })
                        .collect_view();
                    view! {
                        <div class="chunk" style=format!("contain-intrinsic-size:auto {estimate}px")>{paras}</div>
                    }
                }
            />
        </article>
    }
}

//! The keyboard map (see `components::overlays::KEYMAP`). One window-level handler; no hotkey fires
//! while typing in an input.

use crate::components::panel::{focus_annotation, nudge_edge, use_label};
use crate::platform::dom;
use crate::state::{AppState, Screen};
use leptos::prelude::*;
use spandrel_core::snap::{next_word_boundary, prev_word_boundary, word_at};
use spandrel_core::{Id, Span, SpanState};

pub fn install(st: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if on_key(st, &ev) {
            ev.prevent_default();
        }
    });
    // The handler lives as long as the app.
    std::mem::forget(handle);
}

/// Annotations in reading order that are shown in the text (not rejected).
fn visible_order(st: AppState) -> Vec<(Id, Span)> {
    st.with_doc_untracked(|d| {
        let mut v: Vec<(Id, Span)> =
            d.annotations.values().filter(|a| a.state != SpanState::Rejected).map(|a| (a.id, a.span)).collect();
        spandrel_core::sort::sort_by_key(&mut v, |(id, s)| (s.start, std::cmp::Reverse(s.end), *id));
        v
    })
    .unwrap_or_default()
}

fn on_key(st: AppState, ev: &web_sys::KeyboardEvent) -> bool {
    let key = ev.key();
    if key == "Escape" {
        st.show_help.set(false);
        st.pending.set(None);
        st.picker_at.set(None);
        st.focused.set(None);
        st.armed.set(None);
        return false;
    }
    if dom::typing_in_input() {
        return false;
    }
    let ctrl = ev.ctrl_key() || ev.meta_key();
    if ctrl {
        match key.to_lowercase().as_str() {
            "z" if ev.shift_key() => st.redo(),
            "z" => st.undo(),
            "y" => st.redo(),
            _ => return false,
        }
        return true;
    }
    if key == "?" {
        st.show_help.set(true);
        return true;
    }
    if st.screen.get_untracked() != Screen::Annotate || st.show_help.get_untracked() {
        return false;
    }
    if crate::components::relations::on_key(st, ev) {
        return true;
    }
    let Some(text) = st.with_doc_untracked(|d| d.text.clone()) else { return false };
    let focused = st.focused.get_untracked();
    match key.as_str() {
        "ArrowRight" | "ArrowLeft" => {
            let fwd = key == "ArrowRight";
            if ev.alt_key() {
                if let Some(id) = focused {
                    nudge_edge(st, id, !ev.shift_key(), fwd);
                    return true;
                }
                return false;
            }
            let cur = st.pending.get_untracked();
            let next = match (cur, ev.shift_key()) {
                (None, _) => match focused
                    .and_then(|id| st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span)).flatten())
                {
                    // From a focused span: the word after (or before) it.
                    Some(s) if fwd => word_at(&text, next_word_boundary(&text, s.end)),
                    Some(s) => word_at(&text, prev_word_boundary(&text, s.start.saturating_sub(1))),
                    // From nothing: the first word of the text.
                    None => word_at(&text, 0).or_else(|| word_at(&text, next_word_boundary(&text, 0))),
                },
                (Some(s), false) => {
                    let p = if fwd {
                        next_word_boundary(&text, s.end)
                    } else {
                        prev_word_boundary(&text, s.start.saturating_sub(1))
                    };
                    word_at(&text, p).or(Some(s.range()))
                }
                (Some(s), true) => {
                    if fwd {
                        let p = next_word_boundary(&text, s.end);
                        word_at(&text, p).map(|w| s.start..w.end.max(s.end)).or(Some(s.range()))
                    } else {
                        // Shrink from the end by one word, never below one word.
                        let p = prev_word_boundary(&text, s.end.saturating_sub(1));
                        if p > s.start {
                            word_at(&text, p.saturating_sub(1))
                                .map(|w| s.start..w.end.max(s.start + 1))
                                .or(Some(s.range()))
                        } else {
                            Some(s.range())
                        }
                    }
                }
            };
            if let Some(r) = next {
                st.focused.set(None);
                st.picker_at.set(None);
                st.pending.set(Some(Span::new(r.start, r.end)));
                let covered = text.slice_cp(r).unwrap_or_default().to_owned();
                st.announce(format!("Selected “{covered}”"));
            }
            true
        }
        "Tab" | "Enter" | " " if dom::focus_on_control() => false,
        "Tab" => {
            let order = visible_order(st);
            if order.is_empty() {
                return false;
            }
            let pos = focused.and_then(|f| order.iter().position(|(id, _)| *id == f));
            let here = st.pending.get_untracked().map(|p| p.start);
            let next = match (pos, ev.shift_key()) {
                // Past the last (or before the first) span, Tab leaves the text as usual.
                (Some(i), false) if i + 1 == order.len() => {
                    st.focused.set(None);
                    return false;
                }
                (Some(0), true) => {
                    st.focused.set(None);
                    return false;
                }
                (Some(i), false) => i + 1,
                (Some(i), true) => i - 1,
                (None, false) => here.and_then(|h| order.iter().position(|(_, s)| s.start >= h)).unwrap_or(0),
                (None, true) => {
                    here.and_then(|h| order.iter().rposition(|(_, s)| s.start < h)).unwrap_or(order.len() - 1)
                }
            };
            focus_annotation(st, order[next].0);
            true
        }
        "Enter" | " " => {
            let Some(id) = focused else { return false };
            let suggested =
                st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.state != SpanState::Accepted)).flatten();
            if suggested == Some(true) {
                st.set_state(vec![id], SpanState::Accepted);
            }
            true
        }
        "Backspace" | "Delete" => {
            let Some(id) = focused else { return false };
            let state = st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.state)).flatten();
            match state {
                Some(SpanState::Suggested) => st.set_state(vec![id], SpanState::Rejected),
                Some(_) => st.remove(vec![id]),
                None => {}
            }
            true
        }
        k if k.chars().count() == 1 && !ev.alt_key() => {
            let c = k.chars().next().unwrap_or(' ');
            let label = st.schema.with_untracked(|s| s.by_hotkey(c).map(|l| l.name.clone()));
            if label.is_some() && st.pending.get_untracked().is_none() {
                // A selection made without a pointer gesture we saw (keyboard, script, touch handles).
                if let Some((a, b)) = dom::selection_cp(&text).filter(|(a, b)| a < b) {
                    if let Ok(Some(r)) = spandrel_core::snap::snap_to_words(&text, a..b) {
                        dom::clear_selection();
                        st.pending.set(Some(Span::new(r.start, r.end)));
                    }
                }
            }
            match label {
                Some(l) if st.pending.get_untracked().is_some() || focused.is_some() => {
                    use_label(st, &l);
                    true
                }
                _ => false,
            }
        }
        _ => false,
    }
}

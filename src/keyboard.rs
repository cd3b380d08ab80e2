//! Keys: the window's key presses go through core's one key table (`spandrel_core::keymap`) and
//! the returned `Intent` is applied here. This module decides nothing: it reads the context the
//! table needs and carries out what the table says.

use crate::actions::edit::{focus_annotation, nudge_edge, use_label};
use crate::actions::relations;
use crate::errors::Localize;
use crate::platform::{dom, keys};
use crate::state::RelCtx;
use crate::state::{AppState, Screen};
use leptos::prelude::*;
use spandrel_core::keymap::{self, Intent, KeyContext, KeyPress, TabMove};
use spandrel_core::{Span, SpanState};

pub fn install(st: AppState, rel: RelCtx) {
    keys::on_key_down(move |press| on_key(st, rel, &press));
    st.read_keyboard_layout();
}

/// What the key table needs to know about this moment.
fn context(st: AppState, rel: RelCtx, press: &KeyPress) -> KeyContext {
    let focused = st
        .sel
        .focused
        .get_untracked()
        .and_then(|id| st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| (id, a.state))).flatten());
    let hotkey_label = match press.key.chars().collect::<Vec<_>>().as_slice() {
        [c] => st.lib.schema.with_untracked(|s| s.by_hotkey(*c).map(|l| l.name.clone())),
        _ => None,
    };
    let has_selection = hotkey_label.is_some()
        && st.sel.pending.get_untracked().is_none()
        && st.with_doc_untracked(|d| dom::selection_cp(&d.text)).flatten().is_some_and(|(a, b)| a < b);
    // Where the caret is: the pending range, else the focused span, else the top of the text.
    let here = st.sel.pending.get_untracked().map(|p| p.start).or_else(|| {
        focused.and_then(|(id, _)| st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span.start)).flatten())
    });
    KeyContext {
        rtl: st.direction_at(here.unwrap_or(0)).is_rtl(),
        typing: dom::typing_in_input(),
        on_control: dom::focus_on_control(),
        annotating: st.ui.screen.get_untracked() == Screen::Annotate,
        dialog_open: st.ui.show_help.get_untracked(),
        linking: rel.link_mode.get_untracked(),
        focused,
        has_pending: st.sel.pending.get_untracked().is_some(),
        has_selection,
        hotkey_label,
        reviewing: st.review.on.get_untracked(),
    }
}

fn on_key(st: AppState, rel: RelCtx, press: &KeyPress) -> bool {
    // Read as on a US keyboard when the layout types another script (core's rule), so the hotkey
    // label is looked up by the same key the table sees.
    let press = press.by_layout();
    let ctx = context(st, rel, &press);
    let Some(intent) = keymap::dispatch(&press, &ctx) else { return false };
    apply(st, rel, intent)
}

/// Carries out an intent; false when it turned out to be nothing (the browser keeps the key).
fn apply(st: AppState, rel: RelCtx, intent: Intent) -> bool {
    match intent {
        Intent::Escape => {
            st.show_help(false);
            st.set_pending(None);
            st.set_picker(None);
            st.set_focus(None);
            st.arm(None);
            relations::cancel_link_mode(st, rel);
            st.stop_review();
            // Escape keeps its meaning for inputs and dialogs too.
            return false;
        }
        Intent::Undo => st.undo(),
        Intent::DoneNext => st.done_next(),
        Intent::SkipNext => st.skip_next(),
        Intent::OtherDoc { forward } => st.other_doc(forward),
        Intent::Redo => st.redo(),
        Intent::ToggleReview => st.toggle_review(),
        Intent::Review(answer) => st.answer(answer),
        Intent::ShowHelp => st.show_help(true),
        Intent::FocusSearch => crate::components::search::focus(),
        Intent::StartLink => relations::start_or_repick_link(st, rel),
        Intent::LinkToFocused => relations::link_to_focused(st, rel),
        Intent::Nudge { start, forward } => {
            let Some(id) = st.sel.focused.get_untracked() else { return false };
            nudge_edge(st, id, !start, forward);
        }
        Intent::Caret { forward, extend } => {
            let Some(text) = st.with_doc_untracked(|d| d.text.clone()) else { return false };
            let pending = st.sel.pending.get_untracked().map(|p| p.range());
            let focused = st
                .sel
                .focused
                .get_untracked()
                .and_then(|id| st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.span.range())).flatten());
            let here = pending.clone().or(focused.clone()).unwrap_or(0..0);
            // The caret may step into the next paragraph: segment a little beyond.
            let words = st.words_for(here.start.saturating_sub(1)..here.end + 1);
            if let Some(r) = keymap::caret_step(&text, &words, pending, focused, forward, extend) {
                st.set_focus(None);
                st.set_picker(None);
                st.set_pending(Some(Span::new(r.start, r.end)));
                let covered = text.slice_cp(r).unwrap_or_default().to_owned();
                st.announce(crate::tr!("key-selected", text = covered));
            }
        }
        Intent::Tab { backwards } => {
            let order = st.with_doc_untracked(keymap::reading_order).unwrap_or_default();
            let here = st.sel.pending.get_untracked().map(|p| p.start);
            match keymap::tab_target(&order, st.sel.focused.get_untracked(), here, backwards) {
                TabMove::Focus(id) => focus_annotation(st, id),
                TabMove::Leave => {
                    st.set_focus(None);
                    return false;
                }
                TabMove::Nothing => return false,
            }
        }
        Intent::AcceptFocused => {
            let Some(id) = st.sel.focused.get_untracked() else { return false };
            let suggested =
                st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.state != SpanState::Accepted)).flatten();
            if suggested == Some(true) {
                st.set_state(vec![id], SpanState::Accepted);
            }
        }
        Intent::RejectOrDelete => {
            let Some(id) = st.sel.focused.get_untracked() else { return false };
            match st.with_doc_untracked(|d| d.annotations.get(&id).map(|a| a.state)).flatten() {
                Some(SpanState::Suggested) => st.set_state(vec![id], SpanState::Rejected),
                Some(_) => st.remove(vec![id]),
                None => {}
            }
        }
        Intent::Label(label) => {
            if st.sel.pending.get_untracked().is_none() {
                // A selection made without a pointer gesture we saw (keyboard, script, touch handles).
                take_browser_selection(st);
            }
            if st.sel.pending.get_untracked().is_none() && st.sel.focused.get_untracked().is_none() {
                return false;
            }
            use_label(st, &label);
        }
    }
    true
}

/// Makes the browser's text selection the pending range (snapped by core), if there is one.
fn take_browser_selection(st: AppState) {
    let Some(text) = st.with_doc_untracked(|d| d.text.clone()) else { return };
    let Some((a, b)) = dom::selection_cp(&text).filter(|(a, b)| a < b) else { return };
    match spandrel_core::snap::snap_to_words_with(&text, &st.words_for(a..b), a..b) {
        Ok(Some(r)) => {
            dom::clear_selection();
            st.set_pending(Some(Span::new(r.start, r.end)));
        }
        Ok(None) => {}
        Err(e) => st.error(crate::tr!("key-selection-failed", error = e.message())),
    }
}

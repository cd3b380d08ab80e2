//! Search in the document (`/`, case and whole-word options, hit count, next/previous) and
//! "Label all" as one undoable step. Invariant: hits come from core (`search::find_all_with`, with
//! the document's word boundaries); this module only shows them.

use crate::i18n::t;
use crate::platform::geometry as plat;
use crate::state::SearchCtx;
use crate::state::{use_state, Level};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::edit::{Command, NewSpan};
use spandrel_core::search::{find_all_with, label_all_candidates_with, SearchOptions};
use spandrel_core::Span;

/// Id of the search input (focused by `/`).
pub const SEARCH_INPUT_ID: &str = "search-input";

fn search_ctx() -> SearchCtx {
    expect_context::<SearchCtx>()
}

/// Focuses the search box (`/`).
pub fn focus() {
    plat::focus_input(SEARCH_INPUT_ID);
}

// ----------------------------------------------------------------------------------- search

#[component]
pub fn SearchBar() -> impl IntoView {
    let st = use_state();
    let c = search_ctx();
    let opts = move || SearchOptions { case_insensitive: c.ignore_case.get(), whole_word: c.whole_word.get() };
    let hits = Memo::new(move |_| {
        let q = c.query.get();
        if q.is_empty() {
            return Vec::new();
        }
        let o = opts();
        let words = st.words();
        st.with_doc(|d| find_all_with(&d.text, &words, &q, o)).unwrap_or_default()
    });
    let count = move || {
        let n = hits.with(Vec::len);
        if c.query.with(String::is_empty) {
            String::new()
        } else if n == 0 {
            t("search-no-matches")
        } else {
            match c.hit.get() {
                Some(i) if i < n => tr!("search-hit-of", i = i + 1, n = n),
                _ => tr!("search-matches", n = n),
            }
        }
    };
    let go = move |delta: isize| {
        let all = hits.get_untracked();
        let n = all.len();
        if n == 0 {
            st.announce(t("search-no-matches"));
            return;
        }
        let next = match c.hit.get_untracked() {
            Some(i) if i < n => (i as isize + delta).rem_euclid(n as isize) as usize,
            _ if delta < 0 => n - 1,
            _ => 0,
        };
        c.set_hit(Some(next));
        let span: Span = all[next];
        st.set_focus(None);
        st.set_picker(None);
        st.set_pending(Some(span));
        request_animation_frame(move || plat::scroll_to_cp(span.start));
        st.announce(tr!("search-match-of", i = next + 1, n = n));
    };
    let labels =
        Memo::new(move |_| st.lib.schema.with(|s| s.labels.iter().map(|l| l.name.clone()).collect::<Vec<_>>()));
    let fill_now = move || {
        let l = c.fill_label.get_untracked();
        labels.with_untracked(|v| if v.contains(&l) { l } else { v.first().cloned().unwrap_or_default() })
    };
    let label_all = move || {
        let q = c.query.get_untracked();
        if q.is_empty() {
            st.notify(Level::Info, t("search-type-first"));
            return;
        }
        let label = fill_now();
        let o =
            SearchOptions { case_insensitive: c.ignore_case.get_untracked(), whole_word: c.whole_word.get_untracked() };
        let cands = {
            let words = st.words();
            st.with_doc_untracked(|d| label_all_candidates_with(d, &words, &q, o, &label)).unwrap_or_default()
        };
        if cands.is_empty() {
            st.notify(Level::Info, tr!("search-none-to-label", query = q.as_str(), label = label.as_str()));
            return;
        }
        let spans: Vec<NewSpan> = cands.into_iter().map(|s| NewSpan::manual(s, label.clone())).collect();
        if let Some(applied) = st.apply(Command::AddSpans(spans)) {
            let n = applied.created.len();
            let msg = tr!("search-labelled", n = n, query = q.as_str(), label = label.as_str());
            st.set_pending(None);
            c.set_hit(None);
            st.notify(Level::Info, msg.clone());
            st.announce(msg);
        }
    };
    view! {
        <div class="search-bar" role="search" aria-label=t("search-region")>
            <label class="search-field">
                <span class="sr-only">{t("search-region")}</span>
                <input
                    id=SEARCH_INPUT_ID
                    type="search"
                    placeholder=t("search-placeholder")
                    autocomplete="off"
                    prop:value=move || c.query.get()
                    on:input=move |ev| {
                        c.set_query(event_target_value(&ev));
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            go(if ev.shift_key() { -1 } else { 1 });
                        }
                    }
                />
            </label>
            <label class="opt">
                <input
                    type="checkbox"
                    prop:checked=move || c.ignore_case.get()
                    on:change=move |ev| {
                        c.set_ignore_case(event_target_checked(&ev));
                    }
                />
                {t("search-ignore-case")}
            </label>
            <label class="opt">
                <input
                    type="checkbox"
                    prop:checked=move || c.whole_word.get()
                    on:change=move |ev| {
                        c.set_whole_word(event_target_checked(&ev));
                    }
                />
                {t("search-whole-word")}
            </label>
            <span class="hit-count" data-testid="hit-count" aria-live="polite">{count}</span>
            <button class="icon" aria-label=t("search-previous") title=t("search-previous") on:click=move |_| go(-1)>
                "↑"
            </button>
            <button class="icon" aria-label=t("search-next") title=t("search-next") on:click=move |_| go(1)>
                "↓"
            </button>
            <select aria-label=t("search-fill-label") on:change=move |ev| c.set_fill_label(event_target_value(&ev))>
                {move || {
                    let chosen = c.fill_label.get();
                    labels
                        .get()
                        .into_iter()
                        .map(|l| {
                            let sel = l == chosen;
                            view! { <option value=l.clone() selected=sel>{l.clone()}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <button disabled=move || hits.with(Vec::is_empty) on:click=move |_| label_all()>
                {t("search-label-all")}
            </button>
        </div>
    }
}

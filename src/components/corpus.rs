//! Corpus work on the Annotate screen: the position and progress bar in the header, Previous /
//! Next / Skip / Done → next, and suggestions prepared ahead by the extraction worker.
//!
//! The order, the queue and the progress are core's (`spandrel_core::corpus`); this module only
//! asks it where to go and opens that document. Invariant: suggestions computed ahead live in
//! memory (`AppState::ahead`) until their document is opened; nothing is stored for documents the
//! annotator has not opened.

use crate::i18n::t;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::active::QueueOrder;
use spandrel_core::keymap::{titled, Action};

/// The header's corpus row: position, progress and the queue buttons.
#[component]
pub fn CorpusBar() -> impl IntoView {
    let st = crate::state::use_state();
    let current = Memo::new(move |_| st.with_doc(|d| d.id.clone()));
    let position = Memo::new(move |_| {
        let id = current.get()?;
        st.lib.queue.with(|c| c.position(&id).map(|p| (p, c.len())))
    });
    let progress = Memo::new(move |_| st.lib.queue.with(|c| c.progress()));
    let shown = move || {
        st.ui.screen.get() == crate::state::Screen::Annotate
            && !st.doc.read_only.get()
            && st.lib.queue.with(|c| c.len() > 1)
    };
    let pos_text = move || {
        position.get().map(|(p, n)| tr!("corpus-position", p = p, n = n)).unwrap_or_else(|| t("corpus-position-none"))
    };
    let done_text = move || {
        let p = progress.get();
        tr!("corpus-done", done = p.done, total = p.total, percent = format!("{:.0}", 100.0 * p.fraction()))
    };
    // The next documents Done → next will open, in the queue's order (corpus or most informative).
    let upcoming = Memo::new(move |_| {
        let cur = current.get();
        st.lib.queue.with(|c| c.upcoming_to_do(cur.as_deref(), 30).into_iter().map(str::to_owned).collect::<Vec<_>>())
    });
    let next_title = move || {
        let first = upcoming.with(|u| u.first().cloned())?;
        st.lib.docs.with(|d| d.iter().find(|e| e.id == first).map(|e| e.title.clone()))
    };
    let at_first = move || position.get().is_none_or(|(p, _)| p <= 1);
    let at_last = move || position.get().is_none_or(|(p, n)| p >= n);
    view! {
        <Show when=shown>
            <div class="corpus-row" role="group" aria-label=t("corpus-row")>
                <span class="corpus-pos" data-testid="corpus-position" title=t("corpus-position-title")>
                    {pos_text}
                </span>
                <progress
                    class="corpus-progress"
                    data-testid="corpus-progress"
                    max=move || progress.get().total.max(1)
                    prop:value=move || progress.get().done
                    aria-label=t("corpus-progress")
                ></progress>
                <span class="corpus-done" data-testid="corpus-done">{done_text}</span>
                <span class="queue-next" data-testid="queue-next" data-next-ids=move || upcoming.with(|u| u.join(" "))>
                    {move || next_title().map(|title| view! { {t("corpus-next")} " " <bdi>{title}</bdi> })}
                </span>
                <label class="queue-order" title=t("corpus-order-title")>
                    {t("corpus-order")}
                    " "
                    <select
                        name="queue-order"
                        data-testid="queue-order"
                        prop:value=move || st.lib.order.get().value()
                        on:change=move |e| st.set_queue_order(QueueOrder::from_value(&event_target_value(&e)))
                    >
                        <option value="corpus">{t("corpus-order-corpus")}</option>
                        <option value="informative">{t("corpus-order-informative")}</option>
                    </select>
                </label>
                <button title=titled(&t("corpus-previous-title"), Action::PrevDoc) disabled=at_first on:click=move |_| st.other_doc(false)>
                    {t("corpus-previous")}
                </button>
                <button title=titled(&t("corpus-next-title"), Action::NextDoc) disabled=at_last on:click=move |_| st.other_doc(true)>
                    {t("corpus-next-button")}
                </button>
                <button title=titled(&t("corpus-skip-title"), Action::SkipNext) on:click=move |_| st.skip_next()>
                    {t("corpus-skip")}
                </button>
                <button
                    class="primary"
                    title=titled(&t("corpus-done-next-title"), Action::DoneNext)
                    on:click=move |_| st.done_next()
                >
                    {t("corpus-done-next")}
                </button>
            </div>
        </Show>
    }
}

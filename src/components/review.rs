//! The review card: in review mode, the question asked (the suggested span in its sentence, its label
//! and score), the answers as buttons (each names its key from the key table), the labels to accept it
//! under, what is left and the pace. Renders `state::Review`; every answer is an action
//! (`AppState::answer`).

use crate::i18n::t;
use crate::state::use_state;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::keymap::{titled, Action};
use spandrel_core::review::{self, Answer};

/// What the card shows about the question: the sentence cut around the span, its label and score,
/// and how many questions this document has.
#[derive(Clone, PartialEq)]
struct Shown {
    id: u64,
    dir: &'static str,
    before: String,
    span: String,
    after: String,
    label: String,
    score: Option<f32>,
    left: usize,
}

#[component]
pub fn ReviewCard() -> impl IntoView {
    let st = use_state();
    let shown = Memo::new(move |_| {
        let id = st.review.question.get()?;
        let threshold = st.suggest.threshold.get();
        let skipped = st.review.skipped.get();
        st.with_doc(|d| {
            let a = d.annotations.get(&id)?;
            let ctx = review::context(d.text.as_str(), a.span.range());
            let piece = |r: std::ops::Range<usize>| d.text.slice_cp(r).unwrap_or_default().to_owned();
            let (dots_before, dots_after) =
                (if ctx.cut_before { "…" } else { "" }, if ctx.cut_after { "…" } else { "" });
            Some(Shown {
                id,
                dir: spandrel_core::bidi::direction_in(d.direction, &piece(ctx.range.clone())).attr(),
                before: format!("{dots_before}{}", piece(ctx.range.start..a.span.start)),
                span: piece(a.span.range()),
                after: format!("{}{dots_after}", piece(a.span.end..ctx.range.end)),
                label: a.label.clone(),
                score: a.origin.score(),
                left: review::questions(d, threshold, &skipped).len(),
            })
        })
        .flatten()
    });
    let finish = Memo::new(move |_| {
        // Re-read when the document, the skipped set or the extraction state changes.
        st.doc.editor.track();
        st.review.skipped.track();
        st.suggest.extracting.track();
        st.review.question.track();
        st.finish_text()
    });
    let pace = move || {
        let p = st.review.pace.get();
        let n = p.decisions;
        match p.per_minute() {
            Some(r) => tr!("review-pace-rate", n = n, rate = format!("{r:.1}")),
            None => tr!("review-pace", n = n),
        }
    };
    let labels = Memo::new(move |_| {
        st.lib.schema.with(|s| s.labels.iter().map(|l| (l.name.clone(), l.hotkey)).collect::<Vec<_>>())
    });
    view! {
        <Show when=move || st.review.on.get() && st.ui.screen.get() == crate::state::Screen::Annotate>
            <section
                class="review-card"
                data-testid="review"
                data-question=move || shown.with(|s| s.as_ref().map(|s| s.id.to_string()).unwrap_or_default())
                aria-label=t("review-card")
            >
                {move || match shown.get() {
                    Some(s) => view! {
                        // One paragraph in the sentence's own direction (core's rule), the span a plain
                        // inline mark: no isolate splits the sentence's runs.
                        <p class="review-context" dir=s.dir data-testid="review-context" data-user="" translate="no">
                            {s.before}
                            <mark class="review-span" data-testid="review-span">{s.span}</mark>
                            {s.after}
                        </p>
                        <p class="review-meta">
                            <span class="chip" data-testid="review-label"><bdi>{s.label}</bdi></span>
                            <span class="review-score" data-testid="review-score">
                                {s.score.map(|x| tr!("review-score", score = format!("{x:.2}"))).unwrap_or_else(|| t("review-no-score"))}
                            </span>
                            <span class="review-left" data-testid="review-left">
                                {tr!("review-left", n = s.left)}
                            </span>
                        </p>
                    }
                    .into_any(),
                    None => view! { <p class="review-finish" data-testid="review-finish">{move || finish.get()}</p> }.into_any(),
                }}
                <div class="review-answers" role="group" aria-label=t("review-answers")>
                    <button class="primary" title=titled(&t("review-accept"), Action::ReviewAccept) on:click=move |_| st.answer(Answer::Accept)>
                        {move || if shown.with(Option::is_some) { t("review-accept-button") } else { t("review-go-on") }}
                    </button>
                    <button
                        title=titled(&t("review-reject"), Action::ReviewReject)
                        disabled=move || shown.with(Option::is_none)
                        on:click=move |_| st.answer(Answer::Reject)
                    >
                        {t("review-reject-button")}
                    </button>
                    <button title=titled(&t("review-skip-title"), Action::ReviewSkip) on:click=move |_| st.answer(Answer::Skip)>
                        {t("review-skip")}
                    </button>
                    <For
                        each=move || labels.get()
                        key=|(l, k)| (l.clone(), *k)
                        children=move |(label, key)| {
                            let chosen = label.clone();
                            let title = match key {
                                Some(k) => tr!("review-accept-as-key", label = label.as_str(), key = k.to_string()),
                                None => tr!("review-accept-as", label = label.as_str()),
                            };
                            // The accessible name starts with what the button shows (label, key).
                            let name = match key {
                                Some(k) => tr!("review-relabel-key", label = label.as_str(), key = k.to_string()),
                                None => tr!("review-relabel", label = label.as_str()),
                            };
                            view! {
                                <button
                                    class="review-relabel"
                                    title=title
                                    aria-label=name
                                    disabled=move || shown.with(Option::is_none)
                                    on:click=move |_| st.answer(Answer::Relabel(chosen.clone()))
                                >
                                    <bdi>{label}</bdi>
                                    {key.map(|k| view! { " " <kbd>{k.to_string()}</kbd> })}
                                </button>
                            }
                        }
                    />
                    <button title=titled(&t("review-leave-title"), Action::ToggleReview) on:click=move |_| st.stop_review()>
                        {t("review-leave")}
                    </button>
                </div>
                <p class="review-pace" data-testid="review-pace" role="status">{pace}</p>
            </section>
        </Show>
    }
}

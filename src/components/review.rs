//! The review card: in review mode, the question asked (the suggested span in its sentence, its label
//! and score), the answers as buttons (each names its key from the key table), the labels to accept it
//! under, what is left and the pace. Renders `state::Review`; every answer is an action
//! (`AppState::answer`).

use crate::state::use_state;
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
        let rate = p.per_minute().map(|r| format!(" · {r:.1} per minute")).unwrap_or_default();
        format!("{n} decision{}{rate}", if n == 1 { "" } else { "s" })
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
                aria-label="Review: one suggestion at a time"
            >
                {move || match shown.get() {
                    Some(s) => view! {
                        // One paragraph in the sentence's own direction (core's rule), the span a plain
                        // inline mark: no isolate splits the sentence's runs.
                        <p class="review-context" dir=s.dir data-testid="review-context">
                            {s.before}
                            <mark class="review-span" data-testid="review-span">{s.span}</mark>
                            {s.after}
                        </p>
                        <p class="review-meta">
                            <span class="chip" data-testid="review-label"><bdi>{s.label}</bdi></span>
                            <span class="review-score" data-testid="review-score">
                                {s.score.map(|x| format!("score {x:.2}")).unwrap_or_else(|| "no score".into())}
                            </span>
                            <span class="review-left" data-testid="review-left">
                                {format!("{} to review in this document", s.left)}
                            </span>
                        </p>
                    }
                    .into_any(),
                    None => view! { <p class="review-finish" data-testid="review-finish">{move || finish.get()}</p> }.into_any(),
                }}
                <div class="review-answers" role="group" aria-label="Answers">
                    <button class="primary" title=titled("Accept", Action::ReviewAccept) on:click=move |_| st.answer(Answer::Accept)>
                        {move || if shown.with(Option::is_some) { "✓ Accept" } else { "Go on" }}
                    </button>
                    <button
                        title=titled("Reject", Action::ReviewReject)
                        disabled=move || shown.with(Option::is_none)
                        on:click=move |_| st.answer(Answer::Reject)
                    >
                        "✗ Reject"
                    </button>
                    <button title=titled("Skip (it stays pending)", Action::ReviewSkip) on:click=move |_| st.answer(Answer::Skip)>
                        "Skip"
                    </button>
                    <For
                        each=move || labels.get()
                        key=|(l, k)| (l.clone(), *k)
                        children=move |(label, key)| {
                            let chosen = label.clone();
                            let title = match key {
                                Some(k) => format!("Accept as {label} ({k})"),
                                None => format!("Accept as {label}"),
                            };
                            // The accessible name starts with what the button shows (label, key).
                            let name = match key {
                                Some(k) => format!("{label} {k}: accept under this label"),
                                None => format!("{label}: accept under this label"),
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
                    <button title=titled("Leave review mode", Action::ToggleReview) on:click=move |_| st.stop_review()>
                        "Leave review"
                    </button>
                </div>
                <p class="review-pace" data-testid="review-pace" role="status">{pace}</p>
            </section>
        </Show>
    }
}

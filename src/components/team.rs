//! The team's progress for a synced lead or curator, on the Documents screen: core's `team::dashboard`
//! (each annotator's assigned / done / skipped / in progress / last activity, labels, agreement on the
//! overlapped documents, worst first) and `team::adjudication_queue` (documents with more than one
//! version, most disagreement first, those without gold before those with), each row opening its
//! document, where "Curate this document" shows the versions side by side.
//!
//! Invariant: every figure is computed by core from the engine's records; this view only renders it,
//! recomputed when records arrive (`SyncCtx::rev`) while it is open.

use crate::actions::sync::use_sync;
use crate::i18n::t;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::sync::Role;
use spandrel_core::team::{self, Dashboard, DocAgreement};

fn pct(x: f64) -> String {
    format!("{:.0}%", 100.0 * x)
}

fn when(ms: i64) -> String {
    if ms <= 0 {
        "–".into()
    } else {
        crate::platform::workspace::format_time(ms)
    }
}

#[component]
pub fn TeamPanel() -> impl IntoView {
    let st = crate::state::use_state();
    let cx = use_sync();
    let open = RwSignal::new(false);
    let curates = move || {
        cx.view.track();
        cx.role().is_some_and(Role::curates)
    };
    let data = move || -> Option<(Dashboard, Vec<DocAgreement>, std::collections::BTreeSet<String>)> {
        cx.rev.track();
        cx.with_engine(|e| {
            let ids = e.document_ids();
            let docs: Vec<_> = ids.iter().filter_map(|id| e.document(id)).collect();
            let versions = e.versions_by_doc();
            let done = e.adjudicated_ids();
            let drafts = e.gold_ids();
            let get = |id: &str| versions.get(id).cloned().unwrap_or_default();
            let dash = team::dashboard(&docs, get, |id| done.contains(id));
            let queue = team::adjudication_queue(&docs, get, |id| done.contains(id));
            (dash, queue, drafts)
        })
    };
    view! {
        <Show when=curates>
            <section class="team-panel" aria-label=t("team-region") data-testid="team-panel">
                <button aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {t("team-open")}
                </button>
                <Show when=move || open.get()>
                    {move || match data() {
                        None => view! { <p>{t("team-sync-off")}</p> }.into_any(),
                        Some((dash, queue, drafts)) => {
                            let labels = dash
                                .label_counts
                                .iter()
                                .map(|(l, n)| format!("{l} {n}"))
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <p data-testid="team-summary">
                                    {tr!(
                                        "team-summary",
                                        documents = dash.documents,
                                        adjudicated = dash.adjudicated,
                                        percent = pct(if dash.documents == 0 { 0.0 } else { dash.adjudicated as f64 / dash.documents as f64 }),
                                        labels = if labels.is_empty() { t("team-labels-none") } else { labels },
                                    )}
                                </p>
                                <table class="team-members" data-testid="team-members">
                                    <caption>{t("team-members-caption")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t("team-col-annotator")}</th>
                                            <th scope="col">{t("team-col-assigned")}</th>
                                            <th scope="col">{t("team-col-done")}</th>
                                            <th scope="col">{t("team-col-skipped")}</th>
                                            <th scope="col">{t("team-col-in-progress")}</th>
                                            <th scope="col">{t("team-col-last-activity")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {dash
                                            .members
                                            .into_iter()
                                            .map(|m| view! {
                                                <tr data-annotator=m.annotator.clone()>
                                                    <th scope="row"><bdi>{m.annotator.clone()}</bdi></th>
                                                    <td class="assigned">{m.assigned}</td>
                                                    <td class="done">{m.done}</td>
                                                    <td class="skipped">{m.skipped}</td>
                                                    <td class="in-progress">{m.in_progress}</td>
                                                    <td>{when(m.last_activity)}</td>
                                                </tr>
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                                <table class="team-queue" data-testid="team-queue">
                                    <caption>{t("team-queue-caption")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t("team-col-document")}</th>
                                            <th scope="col">{t("team-col-annotators")}</th>
                                            <th scope="col">{t("team-col-exact-f1")}</th>
                                            <th scope="col">{t("team-col-overlap-f1")}</th>
                                            <th scope="col">{t("team-col-kappa")}</th>
                                            <th scope="col">{t("team-col-gold")}</th>
                                            <th scope="col"></th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {queue
                                            .into_iter()
                                            .map(|a| {
                                                let id = a.doc.clone();
                                                view! {
                                                    <tr data-doc=a.doc.clone()>
                                                        <th scope="row"><bdi>{a.title.clone()}</bdi></th>
                                                        <td>{a.annotators.join(", ")}</td>
                                                        <td class="exact-f1">{format!("{:.3}", a.exact_f1)}</td>
                                                        <td>{format!("{:.3}", a.overlap_f1)}</td>
                                                        <td>{format!("{:.3}", a.kappa)}</td>
                                                        <td class="gold">
                                                            {if a.adjudicated {
                                                                t("team-gold-adjudicated")
                                                            } else if drafts.contains(&a.doc) {
                                                                t("team-gold-draft")
                                                            } else {
                                                                t("team-gold-todo")
                                                            }}
                                                        </td>
                                                        <td>
                                                            <button on:click=move |_| {
                                                                st.open_doc(&id);
                                                                st.go_to(crate::state::Screen::Annotate);
                                                            }>{t("team-open-doc")}</button>
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                                <TrainingExport />
                                <p class="team-note">
                                    {tr!(
                                        "team-mean-agreement",
                                        value = if dash.overlapped.is_empty() {
                                            t("team-mean-agreement-none")
                                        } else {
                                            pct(dash.overlapped.iter().map(|a| a.exact_f1).sum::<f64>() / dash.overlapped.len() as f64)
                                        },
                                    )}
                                </p>
                            }
                                .into_any()
                        }
                    }}
                </Show>
            </section>
        </Show>
    }
}

/// "Download the training set" in a chosen format.
#[component]
fn TrainingExport() -> impl IntoView {
    let st = crate::state::use_state();
    let cx = use_sync();
    let format = RwSignal::new(spandrel_core::formats::Format::Spandrel);
    let download = move |_| match cx.download_training_set(format.get_untracked()) {
        Ok(n) => st.notify(crate::state::Level::Info, tr!("team-training-downloaded", n = n)),
        Err(e) => st.error(tr!("team-training-failed", error = e)),
    };
    view! {
        <p class="team-export">
            <label>
                {t("team-training-format")}" "
                <select name="training-format" on:change=move |e| {
                    if let Some(f) = spandrel_core::formats::Format::from_name(&event_target_value(&e)) {
                        format.set(f);
                    }
                }>
                    {spandrel_core::formats::Format::ALL
                        .into_iter()
                        .map(|f| view! { <option value=f.name() selected=f == spandrel_core::formats::Format::Spandrel>{f.name()}</option> })
                        .collect_view()}
                </select>
            </label>
            " "
            <button on:click=download>{t("team-training-download")}</button>
        </p>
    }
}

//! The workspace screen (many documents in localStorage) and the persistence wiring around it:
//! `storage` events from other tabs, the `beforeunload` guard and files dropped on the window.
//!
//! Every storage rule (revisions, quarantine, merge, index) lives in `spandrel_core::storage`; this
//! module only calls it and shows the outcome.

use crate::actions::workspace::human_bytes;
use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::files::{self as pf, PickedFiles};
use crate::platform::{dom, workspace as pw};
use crate::state::{AppState, Level, Screen, WsError, WsLocal};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::corpus::{self, Pending, SortKey, StatusFilter, TableQuery, TableRow};
use spandrel_core::model::DocStatus;
use spandrel_core::storage::RECOVERY_PREFIX;
use std::collections::HashSet;

/// Installs window listeners (storage events from other tabs, beforeunload, files dropped on the window).
pub fn install(st: AppState) {
    let local = WsLocal::new();
    provide_context(local);
    if let Err(e) = pw::on_local_storage_change(move |key| st.ws_on_storage(key, local)) {
        st.notify(Level::Warning, tr!("workspace-other-tabs-off", error = e.to_string()));
    }
    let guard = pw::on_before_unload(move || {
        st.flush_save();
        st.has_unsaved()
    });
    if let Err(e) = guard {
        st.notify(Level::Warning, tr!("workspace-unload-guard-off", error = e.to_string()));
    }
    if let Err(e) = pw::on_page_hidden(move || st.flush_save()) {
        st.notify(Level::Warning, tr!("workspace-page-hidden-off", error = e.to_string()));
    }
    if let Err(e) = pw::on_window_file_drop(move |files| add_files(st, files), |_| {}) {
        st.notify(Level::Warning, tr!("workspace-window-drop-off", error = e.to_string()));
    }
}

/// Reads the files, then adds them as documents.
fn add_files(st: AppState, files: PickedFiles) {
    if st.doc.read_only.get_untracked() {
        st.notify(Level::Info, t("workspace-read-only-add"));
        return;
    }
    leptos::task::spawn_local(async move {
        let mut read = Vec::new();
        for (name, bytes) in files.read().await {
            match bytes {
                Ok(bytes) => read.push((name, bytes)),
                Err(e) => st.error(tr!("workspace-file-unreadable", name = name.as_str(), error = e.to_string())),
            }
        }
        if !read.is_empty() {
            st.ws_add_files(read);
        }
    });
}

/// Every status, in the menus' order (core's one list and one spelling: `DocStatus::as_str`).
const STATUSES: [DocStatus; 4] = DocStatus::ALL;

#[component]
pub fn WorkspaceScreen() -> impl IntoView {
    let st = crate::state::use_state();
    let local = use_context::<WsLocal>().unwrap_or_default();
    let available = move || st.lib.workspace.with_value(|w| w.is_some());
    view! {
        <section class="screen workspace-screen" aria-label=t("workspace-heading") style="padding:1rem;max-width:1200px">
            <h2>{t("workspace-heading")}</h2>
            <Show
                when=available
                fallback=|| view! { <p role="alert">{t("workspace-storage-unavailable")}</p> }
            >
                <DeletedMessages local />
                <crate::components::team::TeamPanel />
                <DocTable local />
                <Usage />
                <AddDocument />
                <Recovery local />
            </Show>
        </section>
    }
}

#[component]
fn DeletedMessages(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    view! {
        <div class="deleted-messages">
            <For
                each=move || local.deleted.get()
                key=|(n, _)| *n
                children=move |(n, doc)| {
                    let title = doc.title.clone();
                    let doc = StoredValue::new(doc);
                    view! {
                        <div class="msg info" role="status" data-testid="deleted-message">
                            <span>{format!("{} ", tr!("workspace-deleted", title = title.as_str()))}</span>
                            <button on:click=move |_| {
                                if st.ws_restore(doc.get_value()) {
                                    local.dismiss_deleted(n);
                                }
                            }>{t("workspace-restore")}</button>
                            " "
                            <button
                                class="icon"
                                aria-label=t("message-dismiss")
                                on:click=move |_| local.dismiss_deleted(n)
                            >
                                "✕"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}

/// The Documents table: core's `corpus::table` view (filter, sort, one page) and bulk status.
#[component]
fn DocTable(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    let renaming: RwSignal<Option<String>> = RwSignal::new(None);
    let current = Memo::new(move |_| st.with_doc(|d| d.id.clone()));
    let query = RwSignal::new(TableQuery::default());
    let selected: RwSignal<HashSet<String>> = RwSignal::new(HashSet::new());
    let view = Memo::new(move |_| {
        let q = query.get();
        st.suggest.ahead_counts.with(|computed| {
            st.lib.corpus.with(|c| st.lib.docs.with(|entries| corpus::table(c, entries, &q, computed)))
        })
    });
    let labels = Memo::new(move |_| {
        let mut names: Vec<String> = st.lib.schema.with(|s| s.labels.iter().map(|l| l.name.clone()).collect());
        st.lib.docs.with(|d| {
            for e in d {
                for l in e.label_counts.keys() {
                    if !names.contains(l) {
                        names.push(l.clone());
                    }
                }
            }
        });
        names
    });
    let set_page = move |p: usize| query.update(|q| q.page = p);
    let bulk = move |ids: Vec<String>, status: DocStatus| {
        let n = ids.len();
        st.ws_set_status_many(ids, status);
        selected.set(HashSet::new());
        st.announce(tr!(
            "workspace-marking",
            n = n,
            status = tr!("act-workspace-status-name", status = status.as_str())
        ));
    };
    view! {
        <div class="doc-filters" role="search" aria-label=t("workspace-filters")>
            <label>
                {t("workspace-filter-status")}
                " "
                <select
                    aria-label=t("workspace-filter-by-status")
                    data-testid="filter-status"
                    on:change=move |ev| {
                        if let Some(f) = StatusFilter::from_value(&event_target_value(&ev)) {
                            query.update(|q| {
                                q.status = f;
                                q.page = 0;
                            });
                        }
                    }
                >
                    <option value="any">{t("workspace-status-any")}</option>
                    <option value="notdone">{t("workspace-status-not-done")}</option>
                    <option value="todo">{t("workspace-status-to-do")}</option>
                    {STATUSES
                        .into_iter()
                        .map(|s| view! { <option value=corpus::status_value(s)>{tr!("workspace-status-label", status = s.as_str())}</option> })
                        .collect_view()}
                </select>
            </label>
            " "
            <label>
                {t("workspace-filter-label")}
                " "
                <select
                    aria-label=t("workspace-filter-by-label")
                    data-testid="filter-label"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        query.update(|q| {
                            q.label = (!v.is_empty()).then_some(v);
                            q.page = 0;
                        });
                    }
                >
                    <option value="">{t("workspace-label-any")}</option>
                    <For each=move || labels.get() key=|l| l.clone() let:l>
                        <option value=l.clone()>{l.clone()}</option>
                    </For>
                </select>
            </label>
            " "
            <label>
                {t("workspace-filter-text")}
                " "
                <input
                    type="search"
                    aria-label=t("workspace-filter-by-text")
                    data-testid="filter-text"
                    placeholder=t("workspace-filter-text-placeholder")
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        query.update(|q| {
                            q.text = v;
                            q.page = 0;
                        });
                    }
                />
            </label>
            " "
            <label>
                {t("workspace-sort")}
                " "
                <select
                    aria-label=t("workspace-sort-documents")
                    data-testid="sort"
                    on:change=move |ev| {
                        let sort = if event_target_value(&ev) == "modified" { SortKey::Modified } else { SortKey::Position };
                        query.update(|q| q.sort = sort);
                    }
                >
                    <option value="position">{t("workspace-sort-position")}</option>
                    <option value="modified">{t("workspace-sort-modified")}</option>
                </select>
            </label>
        </div>
        <div class="doc-bulk">
            <span data-testid="doc-count">
                {move || {
                    let v = view.get();
                    let total = st.lib.corpus.with(|c| c.len());
                    if v.matching == total {
                        tr!("workspace-doc-count", n = total)
                    } else {
                        tr!("workspace-doc-count-matching", n = v.matching, total = total)
                    }
                }}
            </span>
            {format!(" · {} ", t("workspace-mark"))}
            {move || tr!("workspace-selected", n = selected.with(|s| s.len()))}
            {format!(" {} ", t("workspace-mark-as"))}
            {STATUSES
                .into_iter()
                .map(|s| {
                    view! {
                        <button
                            disabled=move || selected.with(|x| x.is_empty())
                            on:click=move |_| bulk(selected.get_untracked().into_iter().collect(), s)
                        >
                            {tr!("workspace-status-label", status = s.as_str())}
                        </button>
                    }
                })
                .collect_view()}
            {format!(" · {} ", t("workspace-mark-all-matching"))}
            {[DocStatus::Done, DocStatus::Skipped, DocStatus::New]
                .into_iter()
                .map(|s| {
                    view! {
                        <button
                            data-testid=format!("bulk-filtered-{}", corpus::status_value(s))
                            disabled=move || view.with(|v| v.matching == 0)
                            on:click=move |_| {
                                let q = query.get_untracked();
                                let ids = st.lib.corpus.with_untracked(|c| st.lib.docs.with_untracked(|e| corpus::matching_ids(c, e, &q)));
                                bulk(ids, s)
                            }
                        >
                            {tr!("workspace-status-label", status = s.as_str())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <AssignPanel selected />
        <table class="doc-table" data-testid="doc-table" style="width:100%;border-collapse:collapse">
            <caption class="sr-only">{t("workspace-table-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">
                        <input
                            type="checkbox"
                            aria-label=t("workspace-select-page")
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let ids: Vec<String> = view.with_untracked(|v| v.rows.iter().map(|r| r.entry.id.clone()).collect());
                                selected.update(|s| {
                                    for id in ids {
                                        if on {
                                            s.insert(id);
                                        } else {
                                            s.remove(&id);
                                        }
                                    }
                                });
                            }
                        />
                    </th>
                    <th scope="col" style="text-align:right">"#"</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-title")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-labels")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-suggestions")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-status")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-modified")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-actions")}</th>
                    <th scope="col" style="text-align:left">{t("workspace-col-assigned")}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || view.get().rows
                    key=|r: &TableRow| (r.entry.id.clone(), r.entry.revision, r.entry.modified, r.position, r.suggestions)
                    children=move |r: TableRow| view! { <DocRow r current renaming local selected /> }
                />
            </tbody>
        </table>
        <Show when=move || view.with(|v| v.rows.is_empty())>
            <p>{move || if st.lib.docs.with(|d| d.is_empty()) { t("workspace-empty") } else { t("workspace-no-match") }}</p>
        </Show>
        <Show when=move || view.with(|v| v.pages > 1)>
            <nav class="doc-pages" aria-label=t("workspace-pages")>
                <button disabled=move || view.with(|v| v.page == 0) on:click=move |_| set_page(view.with_untracked(|v| v.page.saturating_sub(1)))>
                    {t("workspace-previous-page")}
                </button>
                " "
                <span data-testid="doc-page">{move || view.with(|v| tr!("workspace-page-of", page = v.page + 1, pages = v.pages))}</span>
                " "
                <button disabled=move || view.with(|v| v.page + 1 >= v.pages) on:click=move |_| set_page(view.with_untracked(|v| v.page + 1))>
                    {t("workspace-next-page")}
                </button>
            </nav>
        </Show>
    }
}

/// The lead's assignment of documents to annotators: automatic (with overlap) or the selected rows by
/// hand. Shown to a synced lead.
#[component]
fn AssignPanel(selected: RwSignal<HashSet<String>>) -> impl IntoView {
    let st = crate::state::use_state();
    let cx = crate::actions::sync::use_sync();
    let is_lead = move || {
        cx.view.track();
        cx.role() == Some(spandrel_core::sync::Role::Lead)
    };
    let names = RwSignal::new(String::new());
    let share = RwSignal::new(String::from("20"));
    let k = RwSignal::new(String::from("2"));
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let auto = move |_| {
        let share_pct: f64 = match share.get_untracked().trim().parse() {
            Ok(v) => v,
            Err(_) => {
                error.set(Some(tr!("workspace-assign-overlap-invalid", value = share.get_untracked())));
                return;
            }
        };
        let overlap_k: usize = match k.get_untracked().trim().parse() {
            Ok(v) => v,
            Err(_) => {
                error.set(Some(tr!("workspace-assign-k-invalid", value = k.get_untracked())));
                return;
            }
        };
        let rule = spandrel_core::assign::Rule { overlap_share: share_pct / 100.0, overlap_k };
        error.set(st.assign_auto(&names.get_untracked(), rule).err());
    };
    let by_hand = move |_| {
        let ids: Vec<String> = selected.get_untracked().into_iter().collect();
        error.set(st.assign_by_hand(ids, &names.get_untracked()).err());
    };
    view! {
        <Show when=is_lead>
            <fieldset class="assign-panel" data-testid="assign-panel">
                <legend>{t("workspace-assign-legend")}</legend>
                <label>
                    {t("workspace-assign-names")}
                    " "
                    <input name="assign-names" type="text" placeholder=t("workspace-assign-names-placeholder") prop:value=move || names.get()
                        on:input=move |e| names.set(event_target_value(&e)) />
                </label>
                " "
                <label>
                    {t("workspace-assign-overlap")}
                    " "
                    <input name="assign-overlap" type="number" min="0" max="100" step="1" style="width:5em"
                        prop:value=move || share.get() on:input=move |e| share.set(event_target_value(&e)) />
                </label>
                " "
                <label>
                    {t("workspace-assign-k")}
                    " "
                    <input name="assign-k" type="number" min="2" step="1" style="width:4em"
                        prop:value=move || k.get() on:input=move |e| k.set(event_target_value(&e)) />
                </label>
                " "
                <button type="button" on:click=auto>{t("workspace-assign-auto")}</button>
                " "
                <button type="button" disabled=move || selected.with(|s| s.is_empty()) on:click=by_hand>
                    {move || tr!("workspace-assign-selected", n = selected.with(|s| s.len()))}
                </button>
                <Show when=move || error.get().is_some()>
                    <p class="form-error" role="alert">{move || error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>
        </Show>
    }
}

#[component]
fn DocRow(
    r: TableRow,
    current: Memo<Option<String>>,
    renaming: RwSignal<Option<String>>,
    local: WsLocal,
    selected: RwSignal<HashSet<String>>,
) -> impl IntoView {
    let st = crate::state::use_state();
    let e = r.entry;
    let suggestions = match r.suggestions {
        Pending::Stored { accepted, pending } => format!("{accepted} / {pending}"),
        Pending::Computed(n) => format!("0 / {n}"),
        Pending::Unknown => "…".to_owned(),
    };
    let id = StoredValue::new(e.id.clone());
    let title = StoredValue::new(e.title.clone());
    let is_current = move || current.with(|c| c.as_deref() == Some(id.with_value(|i| i.clone()).as_str()));
    let is_renaming = move || renaming.with(|r| r.as_deref() == Some(id.with_value(|i| i.clone()).as_str()));
    let draft = RwSignal::new(e.title.clone());
    let assigned = e.assigned.iter().map(|a| view! { <bdi>{a.clone()}</bdi> " " }).collect_view();
    let labels = if e.label_counts.is_empty() {
        "—".to_owned()
    } else {
        e.label_counts.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(" · ")
    };
    let commit = move || {
        if is_renaming() {
            renaming.set(None);
            let new = draft.get_untracked();
            if new.trim() != title.get_value() {
                st.ws_rename(&id.get_value(), &new);
            }
        }
    };
    let open = move |_| st.ws_open_keeping(&id.get_value(), Screen::Annotate);
    let status = e.status;
    view! {
        <tr
            data-doc-id=e.id.clone()
            class:current=is_current
            style="border-top:1px solid #ddd"
            tabindex="0"
            on:keydown=move |ev| {
                // Enter on the row itself (not on a control inside it) opens the document.
                if ev.key() == "Enter" && dom::event_on_itself(&ev) {
                    ev.prevent_default();
                    st.ws_open_keeping(&id.get_value(), Screen::Annotate);
                }
            }
        >
            <td class="select">
                <input
                    type="checkbox"
                    aria-label=tr!("workspace-select-doc", title = e.title.as_str())
                    prop:checked=move || selected.with(|s| s.contains(&id.get_value()))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| {
                            if on {
                                s.insert(id.get_value());
                            } else {
                                s.remove(&id.get_value());
                            }
                        });
                    }
                />
            </td>
            <td class="position" style="text-align:right">{r.position}</td>
            <td class="title">
                <Show
                    when=is_renaming
                    fallback=move || {
                        view! {
                            <span class="doc-name" dir="auto" on:click=move |_| st.ws_open_keeping(&id.get_value(), Screen::Annotate)>
                                {title.get_value()}
                            </span>
                            <Show when=is_current>
                                <span class="badge" style="margin-left:.4rem;font-size:.8em;color:#555">{t("workspace-open-badge")}</span>
                            </Show>
                        }
                    }
                >
                    <input
                        type="text"
                        aria-label=t("workspace-new-title")
                        id="rename-input"
                        data-testid="rename-input"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            match ev.key().as_str() {
                                "Enter" => {
                                    ev.prevent_default();
                                    commit();
                                }
                                "Escape" => {
                                    ev.stop_propagation();
                                    renaming.set(None);
                                }
                                _ => {}
                            }
                        }
                        on:blur=move |_| commit()
                    />
                </Show>
            </td>
            <td class="labels">{labels}</td>
            <td class="suggestions">{suggestions}</td>
            <td class="status">
                <select
                    aria-label=tr!("workspace-status-of", title = e.title.as_str())
                    on:change=move |ev| {
                        if let Some(s) = corpus::status_from_value(&event_target_value(&ev)) {
                            st.ws_set_status(&id.get_value(), s);
                        }
                    }
                >
                    {STATUSES
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str() selected=status == s>{tr!("workspace-status-label", status = s.as_str())}</option> })
                        .collect_view()}
                </select>
            </td>
            <td class="modified">{pw::format_time(e.modified)}</td>
            <td class="actions">
                <button on:click=open>{t("workspace-open")}</button>
                " "
                <button on:click=move |_| {
                    draft.set(title.get_value());
                    renaming.set(Some(id.get_value()));
                    set_timeout(|| dom::focus_element("rename-input"), std::time::Duration::from_millis(0));
                }>{t("workspace-rename")}</button>
                " "
                <button on:click=move |_| st.ws_duplicate(&id.get_value())>{t("workspace-duplicate")}</button>
                " "
                <button class="danger" on:click=move |_| {
                    if let Some(doc) = st.ws_delete(&id.get_value()) {
                        local.keep_deleted(doc);
                    }
                }>{t("workspace-delete")}</button>
            </td>
            <td class="assigned">{assigned}</td>
        </tr>
    }
}

#[component]
fn Usage() -> impl IntoView {
    let st = crate::state::use_state();
    let usage = Memo::new(move |_| {
        st.lib.docs.track();
        st.save.save_state.track();
        st.lib.workspace.with_value(|w| w.as_ref().map(|w| w.usage().map_err(|e| e.message())))
    });
    view! {
        <section class="storage-usage" aria-labelledby="usage-h" style="margin:1rem 0">
            <h3 id="usage-h">{t("workspace-storage")}</h3>
            {move || match usage.get() {
                Some(Ok((used, Some(quota)))) => {
                    let pct = (used as f64 / quota.max(1) as f64 * 100.0).min(100.0);
                    view! {
                        <p data-testid="usage">
                            <meter min="0" max=quota.to_string() value=used.to_string() high=(quota as f64 * 0.8).to_string() aria-label=t("workspace-storage-used")></meter>
                            {format!(" {}", tr!("workspace-usage-of-quota", used = human_bytes(used), quota = human_bytes(quota), percent = format!("{pct:.1}")))}
                        </p>
                    }
                    .into_any()
                }
                Some(Ok((used, None))) => view! { <p data-testid="usage">{tr!("workspace-usage", used = human_bytes(used))}</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{tr!("workspace-usage-unknown", error = e)}</p> }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}

#[component]
fn AddDocument() -> impl IntoView {
    let st = crate::state::use_state();
    let title = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if st.ws_add_pasted(&title.get_untracked(), &text.get_untracked()) {
            title.set(String::new());
            text.set(String::new());
        }
    };
    view! {
        <section class="add-document" aria-labelledby="add-h" style="margin:1rem 0">
            <h3 id="add-h">{t("workspace-add-heading")}</h3>
            <form on:submit=submit>
                <p>
                    <label>
                        {t("workspace-add-title")}
                        " "
                        <input type="text" name="title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
                    </label>
                </p>
                <p>
                    <label>
                        {t("workspace-add-text")}
                        " "
                        <textarea
                            name="text"
                            rows="6"
                            style="width:100%"
                            prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                </p>
                <p>
                    <button type="submit" class="primary">{t("workspace-add-submit")}</button>
                </p>
            </form>
            <p>
                <label>
                    {t("workspace-open-files")}
                    " "
                    <input
                        type="file"
                        multiple
                        data-testid="open-files"
                        accept=".txt,.md,.markdown,.html,.htm,.pdf,.json,.jsonl,.ndjson,.ann,.conll,.iob,.bio,.jsonld"
                        on:change=move |ev| add_files(st, pf::from_input(&ev))
                    />
                </label>
            </p>
            <p class="hint">{t("workspace-drop-hint")}</p>
        </section>
    }
}

#[component]
fn Recovery(local: WsLocal) -> impl IntoView {
    let st = crate::state::use_state();
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let entries = Memo::new(move |_| {
        st.lib.docs.track();
        local.recovery_gen.track();
        st.lib.workspace.with_value(|w| w.as_ref().map(|w| w.recovery_entries().map_err(|e| e.message())))
    });
    let list = move || match entries.get() {
        Some(Ok(v)) => v,
        _ => Vec::new(),
    };
    view! {
        <section class="recovery" aria-labelledby="recovery-h" style="margin:1rem 0">
            <h3 id="recovery-h">{t("workspace-recovery")}</h3>
            {move || match entries.get() {
                Some(Err(e)) => view! { <p role="alert">{tr!("workspace-recovery-list-failed", error = e)}</p> }.into_any(),
                Some(Ok(v)) if v.is_empty() => view! { <p>{t("workspace-recovery-none")}</p> }.into_any(),
                Some(Ok(_)) => view! {
                    <p>{t("workspace-recovery-intro")}</p>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <ul class="recovery-list" data-testid="recovery-list">
                <For
                    each=list
                    key=|(k, _)| k.clone()
                    children=move |(key, raw)| {
                        let original = key
                            .strip_prefix(RECOVERY_PREFIX)
                            .and_then(|r| r.split_once('/'))
                            .map(|(_, o)| o.to_owned())
                            .unwrap_or_else(|| key.clone());
                        let size = human_bytes(spandrel_core::storage::entry_bytes(&key, &raw));
                        let file = format!("{}.txt", key.replace('/', "-"));
                        let key = StoredValue::new(key);
                        let raw = StoredValue::new(raw);
                        let is_confirming = move || confirming.with(|c| c.as_deref() == Some(key.get_value().as_str()));
                        let file = StoredValue::new(file);
                        view! {
                            <li data-key=key.get_value()>
                                <code>{original}</code>
                                {format!(" ({size}) ")}
                                <button on:click=move |_| {
                                    if let Err(e) = dom::download(&file.get_value(), "text/plain", &raw.get_value()) {
                                        st.error(tr!("workspace-download-failed", error = e.to_string()));
                                    }
                                }>{t("workspace-recovery-download")}</button>
                                " "
                                <Show
                                    when=is_confirming
                                    fallback=move || view! { <button on:click=move |_| confirming.set(Some(key.get_value()))>{t("workspace-recovery-discard")}</button> }
                                >
                                    <span role="group" aria-label=t("workspace-recovery-confirm")>
                                        {t("workspace-recovery-discard-question")}
                                        " "
                                        <button class="danger" on:click=move |_| {
                                            confirming.set(None);
                                            let k = key.get_value();
                                            match st.lib.workspace.try_update_value(|w| w.as_mut().map(|w| w.discard_recovery(&k))).flatten() {
                                                Some(Ok(())) => local.recovery_changed(),
                                                Some(Err(e)) => st.error(tr!("workspace-not-discarded", error = e.message())),
                                                None => st.error(WsError::Unavailable.message()),
                                            }
                                        }>{t("workspace-recovery-yes")}</button>
                                        " "
                                        <button on:click=move |_| confirming.set(None)>{t("workspace-recovery-keep")}</button>
                                    </span>
                                </Show>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}

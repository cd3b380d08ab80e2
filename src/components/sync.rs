//! Team sync in the app: the settings form, the background loop that drives core's `SyncEngine`
//! (fetch through `platform::http`), the status in the header, pulled changes taken into the
//! workspace, and the curator's view (each annotator's version, take one into gold).
//!
//! Invariants:
//! - Off by default: without settings turned on there is no engine, so no request leaves the page's
//!   origin.
//! - The password lives in memory (this module's engine), or in this tab's sessionStorage when the
//!   user ticks "remember"; the settings kept in localStorage hold none, and exports and share links
//!   never see them.
//! - Every local save is queued (core's outbox, in localStorage) before anything is sent; a pulled
//!   change is saved through the Workspace and merged into the open document like another tab's write,
//!   so nothing local is lost.
//! - One round at a time; saves during a round start another right after it.

use crate::i18n::t;
use crate::state::Level;
use crate::tr;
use leptos::prelude::*;
use spandrel_core::sync::{Credentials, Role, SyncConfig, SyncStatus};
use spandrel_core::Document;

use crate::actions::sync::{use_sync, GoldEdit};
use crate::errors::Localize;
use crate::state::SyncView;

fn view_text(v: &SyncView) -> String {
    match v {
        SyncView::Off => t("sync-off"),
        SyncView::NeedsPassword => t("sync-paused"),
        SyncView::On(SyncStatus::Synced) => t("sync-synced"),
        SyncView::On(SyncStatus::Syncing) => t("sync-syncing"),
        SyncView::On(SyncStatus::Offline { waiting }) => tr!("sync-offline", waiting = *waiting),
        SyncView::On(SyncStatus::Error { .. }) => t("sync-error"),
    }
}

fn view_state(v: &SyncView) -> &'static str {
    match v {
        SyncView::Off => "off",
        SyncView::NeedsPassword => "paused",
        SyncView::On(SyncStatus::Synced) => "synced",
        SyncView::On(SyncStatus::Syncing) => "syncing",
        SyncView::On(SyncStatus::Offline { .. }) => "offline",
        SyncView::On(SyncStatus::Error { .. }) => "error",
    }
}

/// The header's sync status: a button that opens the settings.
#[component]
pub fn SyncIndicator() -> impl IntoView {
    let cx = use_sync();
    view! {
        <button
            class="sync-state"
            data-state=move || view_state(&cx.view.get())
            aria-expanded=move || cx.show_settings.get().to_string()
            title=t("sync-settings-title")
            on:click=move |_| cx.toggle_settings()
        >
            <span role="status">{move || view_text(&cx.view.get())}</span>
        </button>
    }
}

/// The reason of a sync error, under the header row.
#[component]
pub fn SyncAlert() -> impl IntoView {
    let cx = use_sync();
    let reason = move || match cx.view.get() {
        SyncView::On(SyncStatus::Error { reason }) => Some(reason.message()),
        _ => None,
    };
    view! {
        <Show when=move || reason().is_some()>
            <p class="sync-error" role="alert">
                {move || reason().unwrap_or_default()}
                " "
                <button on:click=move |_| cx.open_settings(true)>{t("sync-settings-button")}</button>
                <button on:click=move |_| cx.sync_now()>{t("sync-try-again")}</button>
            </p>
        </Show>
    }
}

/// The settings form.
#[component]
pub fn SyncSettings() -> impl IntoView {
    let cx = use_sync();
    let init = cx.saved.get_untracked();
    let server = RwSignal::new(init.as_ref().map(|c| c.server.clone()).unwrap_or_default());
    let bucket = RwSignal::new(init.as_ref().map(|c| c.bucket.clone()).unwrap_or_default());
    let user = RwSignal::new(init.as_ref().map(|c| c.user.clone()).unwrap_or_default());
    let role = RwSignal::new(init.as_ref().map(|c| c.role).unwrap_or(Role::Annotator));
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(cx.remember.get_untracked());
    let on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let config = SyncConfig {
            server: server.get_untracked(),
            bucket: bucket.get_untracked(),
            user: user.get_untracked(),
            role: role.get_untracked(),
            page_size: None,
        };
        match cx.turn_on(config, password.get_untracked(), remember.get_untracked()) {
            Ok(()) => {
                password.set(String::new());
                cx.open_settings(false);
            }
            Err(e) => cx.form_failed(e),
        }
    };
    let role_str = move || match role.get() {
        Role::Annotator => "annotator",
        Role::Curator => "curator",
        Role::Lead => "lead",
    };
    view! {
        <Show when=move || cx.show_settings.get()>
            <form class="sync-settings" aria-label=t("sync-form") on:submit=on>
                <p class="hint">
                    {t("sync-form-hint")}
                </p>
                <label>{t("sync-server")}" "
                    // A text field, not type=url: the same-origin address the README recommends
                    // (`/sync/v1`) is not an absolute URL, and core checks the address anyway.
                    <input name="sync-server" type="text" inputmode="url" spellcheck="false" autocomplete="url"
                        placeholder=t("sync-server-placeholder")
                        prop:value=move || server.get() on:input=move |e| server.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-project")}" "
                    <input name="sync-project" prop:value=move || bucket.get() on:input=move |e| bucket.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-user")}" "
                    <input name="sync-user" autocomplete="username" prop:value=move || user.get() on:input=move |e| user.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-password")}" "
                    <input name="sync-password" type="password" autocomplete="current-password"
                        prop:value=move || password.get() on:input=move |e| password.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-role")}" "
                    <select name="sync-role" prop:value=role_str on:change=move |e| {
                        role.set(match event_target_value(&e).as_str() {
                            "curator" => Role::Curator,
                            "lead" => Role::Lead,
                            _ => Role::Annotator,
                        })
                    }>
                        <option value="annotator">{t("sync-role-annotator")}</option>
                        <option value="curator">{t("sync-role-curator")}</option>
                        <option value="lead">{t("sync-role-lead")}</option>
                    </select>
                </label>
                <label>
                    <input name="sync-remember" type="checkbox" prop:checked=move || remember.get()
                        on:change=move |e| remember.set(event_target_checked(&e)) />
                    " "{t("sync-remember")}
                </label>
                <Show when=move || cx.form_error.get().is_some()>
                    <p class="sync-form-error" role="alert">{move || cx.form_error.get().unwrap_or_default()}</p>
                </Show>
                <ProjectSetupForm server bucket user password />
                <div class="row">
                    <button type="submit">{move || if cx.is_on() { t("sync-apply") } else { t("sync-turn-on") }}</button>
                    <Show when=move || !matches!(cx.view.get(), SyncView::Off)>
                        <button type="button" on:click=move |_| cx.sync_now()>{t("sync-now")}</button>
                        <button type="button" on:click=move |_| {
                            cx.turn_off();
                            cx.open_settings(false);
                        }>{t("sync-turn-off")}</button>
                    </Show>
                    <button type="button" on:click=move |_| cx.open_settings(false)>{t("sync-close")}</button>
                </div>
            </form>
        </Show>
    }
}

/// The accepted spans of `doc` in text order: (id, span, label, covered text).
fn accepted(doc: &Document) -> Vec<(spandrel_core::Id, spandrel_core::Span, String, String)> {
    let mut spans: Vec<_> = doc
        .annotations
        .values()
        .filter(|a| a.state == spandrel_core::SpanState::Accepted)
        .map(|a| (a.id, a.span, a.label.clone(), doc.covered(a.span).unwrap_or("?").to_owned()))
        .collect();
    spans.sort_by_key(|(id, s, _, _)| (s.start, s.end, *id));
    spans
}

/// The curator's view of the open document (curators and leads with sync on): each annotator's version
/// as the server has it, span by span; the gold version. A whole version or single spans are taken into
/// gold, gold spans removed, a draft started from the spans everyone agreed on, and the gold version
/// marked adjudicated or reopened: each through `SyncCtx::edit_gold` (core's `team` rules).
#[component]
pub fn CuratorPanel() -> impl IntoView {
    let cx = use_sync();
    let st = crate::state::use_state();
    let open = RwSignal::new(false);
    let doc_id = Memo::new(move |_| st.with_doc(|d| d.id.clone()));
    let curates = move || {
        cx.view.track();
        cx.role().is_some_and(Role::curates)
    };
    let data = move || {
        cx.rev.track();
        let id = doc_id.get()?;
        cx.with_engine(|e| {
            // Only the versions someone worked on (core's rule): opening a document is no version.
            let versions = spandrel_core::agreement::worked_versions(e.annotator_versions(&id));
            let agreement = spandrel_core::agreement::versions_agreement(&versions);
            (versions, agreement, e.gold(&id))
        })
    };
    let edit = move |change: GoldEdit| {
        let Some(id) = doc_id.get_untracked() else { return };
        match cx.edit_gold(&id, change) {
            Ok(said) => st.notify(Level::Info, tr!("curator-edited", said = said)),
            Err(e) => st.error(tr!("curator-edit-failed", error = e.message())),
        }
    };
    view! {
        <Show when=curates>
            <section class="curate" aria-label=t("curator-region")>
                <button aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {t("curator-open")}
                </button>
                <Show when=move || open.get()>
                    {move || match data() {
                        None => view! { <p>{t("curator-not-in-project")}</p> }.into_any(),
                        Some((versions, agreement, gold)) => {
                            let in_gold: std::collections::BTreeSet<(spandrel_core::Span, String)> = gold
                                .as_ref()
                                .map(|g| accepted(g).into_iter().map(|(_, s, l, _)| (s, l)).collect())
                                .unwrap_or_default();
                            let nobody = versions.is_empty();
                            view! {
                                <ul class="versions">
                                    {versions
                                        .into_iter()
                                        .map(|(who, d)| {
                                            let spans = accepted(&d);
                                            let none = spans.is_empty();
                                            let whole = who.clone();
                                            let items = spans
                                                .into_iter()
                                                .map(|(aid, span, label, covered)| {
                                                    let taken = in_gold.contains(&(span, label.clone()));
                                                    let who = who.clone();
                                                    let aria = tr!("curator-take-span-label", label = label.as_str(), covered = covered.as_str(), who = who.as_str());
                                                    view! {
                                                        <li>
                                                            <button class="take-span" aria-label=aria disabled=taken
                                                                title=if taken { t("curator-span-in-gold") } else { t("curator-take-span-title") }
                                                                on:click=move |_| edit(GoldEdit::Span { who: who.clone(), annotation: aid })>
                                                                {label.clone()}" “"<bdi>{covered.clone()}</bdi>"”"
                                                            </button>
                                                        </li>
                                                    }
                                                })
                                                .collect_view();
                                            view! {
                                                <li class="version" data-annotator=who.clone()>
                                                    <strong><bdi>{who.clone()}</bdi></strong>": "
                                                    {none.then(|| t("curator-version-empty") + " ")}
                                                    <ul class="version-spans spans">{items}</ul>
                                                    <button class="take-version" on:click=move |_| edit(GoldEdit::Version(whole.clone()))>
                                                        {t("curator-take-version")}
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                <VersionAgreement pairs=agreement />
                                <GoldVersion gold nobody edit />
                            }
                            .into_any()
                        }
                    }}
                </Show>
            </section>
        </Show>
    }
}

/// The gold version in the curator's view: its status (none, draft, adjudicated), its spans each with
/// "Remove", and the buttons that start, finish or reopen it.
#[component]
fn GoldVersion(
    gold: Option<Document>,
    nobody: bool,
    edit: impl Fn(GoldEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let Some(g) = gold else {
        return view! {
            <div class="gold" data-gold="none">
                <p>{t("curator-gold-none")}</p>
                <button class="gold-agreed" disabled=nobody on:click=move |_| edit(GoldEdit::Agreed)>
                    {t("curator-gold-agreed")}
                </button>
            </div>
        }
        .into_any();
    };
    let done = spandrel_core::team::is_adjudicated(&g);
    let spans = accepted(&g);
    let empty = spans.is_empty();
    let items = spans
        .into_iter()
        .map(|(_, span, label, covered)| {
            let aria = tr!("curator-drop-span-label", label = label.as_str(), covered = covered.as_str());
            let l = label.clone();
            view! {
                <li>
                    {label.clone()}" “"<bdi>{covered}</bdi>"” "
                    <button class="drop-span" aria-label=aria on:click=move |_| edit(GoldEdit::Drop { span, label: l.clone() })>
                        {t("curator-drop-span")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="gold" data-gold=if done { "adjudicated" } else { "draft" }>
            <p>
                <strong>{if done { t("curator-gold-adjudicated") } else { t("curator-gold-draft") }}</strong>
                {empty.then(|| t("curator-gold-empty"))}
            </p>
            <ul class="gold-spans">{items}</ul>
            {if done {
                view! { <button class="gold-reopen" on:click=move |_| edit(GoldEdit::Mark(false))>{t("curator-gold-reopen")}</button> }.into_any()
            } else {
                view! { <button class="gold-mark" on:click=move |_| edit(GoldEdit::Mark(true))>{t("curator-gold-mark")}</button> }.into_any()
            }}
        </div>
    }
    .into_any()
}

/// The agreement figures of the annotators' versions (core's `versions_agreement`): one row per pair.
#[component]
fn VersionAgreement(pairs: Vec<spandrel_core::agreement::PairScores>) -> impl IntoView {
    if pairs.is_empty() {
        return view! { <p class="version-agreement none">{t("curator-agreement-none")}</p> }.into_any();
    }
    let f3 = |x: f64| format!("{x:.3}");
    view! {
        <table class="version-agreement">
            <caption>{t("curator-agreement-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("curator-agreement-pair")}</th>
                    <th scope="col">{t("curator-agreement-exact")}</th>
                    <th scope="col">{t("curator-agreement-overlap")}</th>
                    <th scope="col">{t("curator-agreement-kappa")}</th>
                </tr>
            </thead>
            <tbody>
                {pairs
                    .into_iter()
                    .map(|p| {
                        let e = p.spans.exact;
                        view! {
                            <tr data-a=p.a.clone() data-b=p.b.clone()>
                                <th scope="row">{tr!("curator-agreement-pair-row", a = p.a.as_str(), b = p.b.as_str())}</th>
                                <td class="num exact">{format!("{} / {} / {}", f3(e.precision), f3(e.recall), f3(e.f1))}</td>
                                <td class="num overlap">{f3(p.spans.overlap.f1)}</td>
                                <td class="num kappa">{f3(p.kappa)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// Creating one's account, and (for the server's administrator) laying out a project with its members,
/// from the sync settings: core's `ProjectSetup`, sent by `actions::sync::set_up_project`.
#[component]
fn ProjectSetupForm(
    server: RwSignal<String>,
    bucket: RwSignal<String>,
    user: RwSignal<String>,
    password: RwSignal<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let admin = RwSignal::new(String::from("admin"));
    let admin_pw = RwSignal::new(String::new());
    let leads = RwSignal::new(String::new());
    let annotators = RwSignal::new(String::new());
    let curators = RwSignal::new(String::new());
    let update = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let create_account = move |_| {
        busy.set(true);
        let (s, u, p) = (server.get_untracked(), user.get_untracked(), password.get_untracked());
        leptos::task::spawn_local(async move {
            let r = crate::actions::sync::create_own_account(&s, &u, &p).await;
            outcome.set(Some(r));
            busy.set(false);
        });
    };
    let set_up = move |_| {
        busy.set(true);
        let names = |s: RwSignal<String>| spandrel_core::assign::parse_names(&s.get_untracked());
        let members = spandrel_core::sync::Members {
            leads: names(leads),
            annotators: names(annotators),
            curators: names(curators),
        };
        let creds = Credentials::new(admin.get_untracked().trim(), admin_pw.get_untracked());
        let (s, b, up) = (server.get_untracked(), bucket.get_untracked(), update.get_untracked());
        leptos::task::spawn_local(async move {
            let r = crate::actions::sync::set_up_project(&s, &b, members, creds, up).await;
            outcome.set(Some(r));
            busy.set(false);
        });
    };
    let load = move |_| {
        busy.set(true);
        let creds = Credentials::new(admin.get_untracked().trim(), admin_pw.get_untracked());
        let (s, b) = (server.get_untracked(), bucket.get_untracked());
        leptos::task::spawn_local(async move {
            match crate::actions::sync::load_members(&s, &b, &creds).await {
                Ok(m) => {
                    leads.set(m.leads.join(", "));
                    annotators.set(m.annotators.join(", "));
                    curators.set(m.curators.join(", "));
                    update.set(true);
                    outcome.set(Some(Ok(tr!("sync-setup-members-loaded", project = b.trim()))));
                }
                Err(e) => outcome.set(Some(Err(e.message()))),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="row">
            <button type="button" disabled=move || busy.get() on:click=create_account>{t("sync-setup-create-account")}</button>
            <button type="button" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {t("sync-setup-open")}
            </button>
        </div>
        <Show when=move || open.get()>
            <fieldset class="project-setup" data-testid="project-setup">
                <legend>{t("sync-setup-legend")}</legend>
                <label>{t("sync-setup-admin")}" "
                    <input name="setup-admin" autocomplete="off" prop:value=move || admin.get() on:input=move |e| admin.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-setup-admin-password")}" "
                    <input name="setup-admin-password" type="password" autocomplete="off"
                        prop:value=move || admin_pw.get() on:input=move |e| admin_pw.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-setup-leads")}" "
                    <input name="setup-leads" placeholder=t("sync-setup-leads-placeholder") prop:value=move || leads.get() on:input=move |e| leads.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-setup-annotators")}" "
                    <input name="setup-annotators" placeholder=t("sync-setup-annotators-placeholder") prop:value=move || annotators.get()
                        on:input=move |e| annotators.set(event_target_value(&e)) />
                </label>
                <label>{t("sync-setup-curators")}" "
                    <input name="setup-curators" placeholder=t("sync-setup-curators-placeholder") prop:value=move || curators.get()
                        on:input=move |e| curators.set(event_target_value(&e)) />
                </label>
                <label>
                    <input name="setup-update" type="checkbox" prop:checked=move || update.get()
                        on:change=move |e| update.set(event_target_checked(&e)) />
                    " "{t("sync-setup-update")}
                </label>
                <button type="button" disabled=move || busy.get() on:click=load>{t("sync-setup-load")}</button>
                " "
                <button type="button" disabled=move || busy.get() on:click=set_up>{t("sync-setup-submit")}</button>
            </fieldset>
        </Show>
        {move || match outcome.get() {
            Some(Ok(m)) => view! { <p class="setup-ok" role="status" data-testid="setup-outcome">{m}</p> }.into_any(),
            Some(Err(m)) => view! { <p class="sync-form-error" role="alert" data-testid="setup-outcome">{m}</p> }.into_any(),
            None => ().into_any(),
        }}
    }
}

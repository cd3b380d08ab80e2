//! Import, export and share-by-link.
//!
//! Share links have the form `<page URL without hash>#share=<payload>`, where the payload is
//! `spandrel_core::share::encode_share`'s base64url text. Opening such a link shows the document
//! read-only (nothing is saved) until the reader chooses "Save a copy to my workspace".

use crate::errors::Localize;
use crate::i18n::t;
use crate::platform::files::{self as pf, PickedFiles};
use crate::platform::{self, dom, transfer as pt};
use crate::state::{AppState, Level};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::file_names::ExportScope;
use spandrel_core::formats::{ExportOptions, Format};
use spandrel_core::intake::{self, IntakeOptions, Plan};
use spandrel_core::share::{self, LinkAdvice, ShareOptions};
use spandrel_core::text::Unit;
use spandrel_core::{Document, LabelSchema};

/// The part of the location hash that marks a share link.
pub const SHARE_PREFIX: &str = "share=";

/// Runs before the workspace boots; returns true when a shared link was opened instead.
/// Also starts the offline service worker (this runs once, at start).
pub fn open_shared_link(st: AppState) -> bool {
    let updated = move || st.notify(Level::Info, t("transfer-update-available"));
    let failed = move |e: platform::PlatformError| {
        st.notify(Level::Warning, tr!("transfer-offline-install-failed", error = e.to_string()))
    };
    if let Err(e) = pt::start_service_worker(updated, failed) {
        st.notify(Level::Info, tr!("transfer-offline-off", error = e.to_string()));
    }
    // A share link pasted into this tab only changes the hash: start over so it opens like a fresh visit.
    pt::on_hash_change(move || {
        if dom::location_hash().starts_with(SHARE_PREFIX) {
            st.flush_save();
            if let Err(e) = pt::reload() {
                st.error(tr!("transfer-link-not-opened", error = e.to_string()));
            }
        }
    });
    let hash = dom::location_hash();
    let Some(payload) = hash.strip_prefix(SHARE_PREFIX) else { return false };
    match share::decode_share(payload, platform::now_ms()) {
        Ok(shared) => {
            let schema = shared.schema();
            st.show_read_only(shared.doc, schema);
            true
        }
        Err(e) => {
            dom::clear_location_hash();
            st.error(tr!("transfer-link-invalid", error = e.message()));
            false
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialog {
    None,
    Export,
    Import,
    Share,
}

/// Header buttons and their dialogs.
#[component]
pub fn TransferButtons() -> impl IntoView {
    let st = crate::state::use_state();
    let dialog = RwSignal::new(Dialog::None);
    view! {
        <span class="transfer">
            <Show when=move || st.doc.read_only.get()>
                <span
                    class="shared-banner"
                    role="status"
                    data-testid="read-only-banner"
                    style="background:#fff3c4;border:1px solid #c9a400;border-radius:6px;padding:.2rem .5rem;margin-right:.4rem"
                >
                    {t("transfer-read-only-banner")}
                    " "
                    <button on:click=move |_| st.save_shared_copy()>{t("transfer-save-copy")}</button>
                </span>
            </Show>
            <Show when=move || !st.doc.read_only.get()>
                <button data-testid="import-button" on:click=move |_| dialog.set(Dialog::Import)>{t("transfer-import")}</button>
            </Show>
            <button data-testid="export-button" on:click=move |_| dialog.set(Dialog::Export)>{t("transfer-export")}</button>
            <button data-testid="share-button" on:click=move |_| dialog.set(Dialog::Share)>{t("transfer-share")}</button>
            {move || match dialog.get() {
                Dialog::None => ().into_any(),
                Dialog::Export => view! { <ExportDialog dialog /> }.into_any(),
                Dialog::Import => view! { <ImportDialog dialog /> }.into_any(),
                Dialog::Share => view! { <ShareDialog dialog /> }.into_any(),
            }}
        </span>
    }
}

/// A modal frame: closes on the backdrop, Escape or the Close button; takes focus when it opens.
#[component]
fn Modal(dialog: RwSignal<Dialog>, title: String, id: &'static str, children: Children) -> impl IntoView {
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            dialog.set(Dialog::None);
        }
    });
    on_cleanup(move || esc.remove());
    let box_id = format!("{id}-box");
    let focus_id = box_id.clone();
    Effect::new(move |_| dom::focus_element(&focus_id));
    view! {
        <div class="modal-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div
                id=box_id
                class="modal transfer-dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby=id
                data-testid=id
                tabindex="-1"
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| {
                    // Keys typed in the dialog are the dialog's: no annotation hotkeys behind it.
                    ev.stop_propagation();
                    if ev.key() == "Escape" {
                        dialog.set(Dialog::None);
                    }
                }
            >
                <h2 id=id>{title}</h2>
                {children()}
                <p>
                    <button on:click=move |_| dialog.set(Dialog::None)>{t("dialog-close")}</button>
                </p>
            </div>
        </div>
    }
}

// ----------------------------------------------------------------------------------- export

/// What an export holds (core's `ExportScope`: the open document, every stored one, or those done, in
/// corpus order).
type Scope = ExportScope;

/// The documents to export (current edits saved first).
fn docs_for_export(st: AppState, scope: Scope) -> Result<Vec<Document>, String> {
    if scope == Scope::Current || st.doc.read_only.get_untracked() {
        return st.with_doc_untracked(|d| vec![d.clone()]).ok_or_else(|| t("transfer-no-document"));
    }
    st.flush_save();
    let ids: Vec<String> = st.lib.corpus.with_untracked(|c| c.ids().to_vec());
    st.lib.workspace.with_value(|w| {
        let w = w.as_ref().ok_or_else(|| t("transfer-storage-unavailable"))?;
        let wanted = |id: &String| {
            scope == Scope::All || w.entry(id).is_some_and(|e| e.status == spandrel_core::model::DocStatus::Done)
        };
        ids.iter()
            .filter(|id| wanted(id))
            .map(|id| {
                w.load_doc(id)
                    .map(|s| s.doc)
                    .map_err(|err| tr!("transfer-doc-not-loaded", id = id.as_str(), error = err.message()))
            })
            .collect::<Result<Vec<_>, String>>()
    })
}

/// Downloads the export; returns (documents, files).
fn download_export(st: AppState, format: Format, scope: Scope, opts: ExportOptions) -> Result<(usize, usize), String> {
    let docs = docs_for_export(st, scope)?;
    if docs.is_empty() {
        return Err(t("transfer-none-done"));
    }
    let n = st.export_and_download(&docs, format, scope, opts)?;
    Ok((docs.len(), n))
}

#[component]
fn ExportDialog(dialog: RwSignal<Dialog>) -> impl IntoView {
    let st = crate::state::use_state();
    let scope = RwSignal::new(Scope::Current);
    let format = RwSignal::new(Format::Spandrel);
    let counts = Memo::new(move |_| {
        let p = st.lib.corpus.with(|c| c.progress());
        (p.total, p.done)
    });
    let suggestions = RwSignal::new(false);
    let rejected = RwSignal::new(false);
    let go = move |_| {
        let opts = ExportOptions {
            include_suggestions: suggestions.get_untracked(),
            include_rejected: rejected.get_untracked(),
            ..Default::default()
        };
        match download_export(st, format.get_untracked(), scope.get_untracked(), opts) {
            Ok((docs, files)) => {
                let what = tr!("transfer-exported", docs = docs, files = files, format = format.get_untracked().name());
                st.notify(Level::Info, what.clone());
                st.announce(what);
            }
            Err(e) => st.error(tr!("transfer-export-failed", error = e)),
        }
    };
    view! {
        <Modal dialog title=t("transfer-export-title") id="export-h">
            <fieldset>
                <legend>{t("transfer-export-what")}</legend>
                <label>
                    <input type="radio" name="export-scope" checked=move || scope.get() == Scope::Current on:change=move |_| scope.set(Scope::Current) />
                    {t("transfer-scope-current")}
                </label>
                " "
                <label>
                    <input
                        type="radio"
                        name="export-scope"
                        checked=move || scope.get() == Scope::All
                        disabled=move || st.doc.read_only.get()
                        on:change=move |_| scope.set(Scope::All)
                    />
                    {t("transfer-scope-all")}
                    <span class="hint" data-testid="export-count-all">{move || format!(" {}", tr!("transfer-scope-count", n = counts.get().0))}</span>
                </label>
                " "
                <label>
                    <input
                        type="radio"
                        name="export-scope"
                        checked=move || scope.get() == Scope::Done
                        disabled=move || st.doc.read_only.get()
                        on:change=move |_| scope.set(Scope::Done)
                    />
                    {t("transfer-scope-done")}
                    <span class="hint" data-testid="export-count-done">{move || format!(" {}", tr!("transfer-scope-count", n = counts.get().1))}</span>
                </label>
            </fieldset>
            <p>
                <label>
                    {t("transfer-format")}
                    " "
                    <select
                        aria-label=t("transfer-export-format")
                        on:change=move |ev| {
                            if let Some(f) = Format::from_name(&event_target_value(&ev)) {
                                format.set(f)
                            }
                        }
                    >
                        {Format::ALL
                            .iter()
                            .map(|f| view! { <option value=f.name() selected=move || format.get() == *f>{f.name()}</option> })
                            .collect_view()}
                    </select>
                </label>
            </p>
            <p>
                <label>
                    <input type="checkbox" prop:checked=move || suggestions.get() on:change=move |ev| suggestions.set(event_target_checked(&ev)) />
                    {t("transfer-include-suggestions")}
                </label>
                " "
                <label>
                    <input type="checkbox" prop:checked=move || rejected.get() on:change=move |ev| rejected.set(event_target_checked(&ev)) />
                    {t("transfer-include-rejected")}
                </label>
            </p>
            <Show when=move || !format.get().is_lossless()>
                <p class="hint">{t("transfer-lossy-hint")}</p>
            </Show>
            <p>
                <button class="primary" data-testid="export-download" on:click=go>{t("transfer-download")}</button>
            </p>
        </Modal>
    }
}

// ----------------------------------------------------------------------------------- share

#[component]
fn ShareDialog(dialog: RwSignal<Dialog>) -> impl IntoView {
    let st = crate::state::use_state();
    let suggestions = RwSignal::new(false);
    let link = Memo::new(move |_| {
        let opts = ShareOptions { include_suggestions: suggestions.get() };
        let schema = st.lib.schema.get();
        st.with_doc(|d| share::encode_share(d, &schema, &opts).map_err(|e| e.message()))
            .unwrap_or_else(|| Err(t("transfer-no-document")))
            .map(|p| format!("{}#{SHARE_PREFIX}{p}", dom::page_url_without_hash()))
    });
    let len = Memo::new(move |_| link.with(|l| l.as_ref().map(|l| l.chars().count()).unwrap_or(0)));
    let advice = Memo::new(move |_| share::link_advice(len.get()));
    let as_file = move |_| {
        let opts = ExportOptions {
            include_suggestions: suggestions.get_untracked(),
            include_rejected: false,
            ..Default::default()
        };
        if let Err(e) = download_export(st, Format::Spandrel, Scope::Current, opts) {
            st.error(tr!("transfer-export-failed", error = e));
        }
    };
    view! {
        <Modal dialog title=t("transfer-share-title") id="share-h">
            <p>{t("transfer-share-intro")}</p>
            <label>
                <input type="checkbox" prop:checked=move || suggestions.get() on:change=move |ev| suggestions.set(event_target_checked(&ev)) />
                {t("transfer-include-pending")}
            </label>
            {move || match link.get() {
                Err(e) => view! { <p class="msg error" role="alert">{tr!("transfer-no-link", error = e)}</p> }.into_any(),
                Ok(l) => {
                    let too_long = advice.get() == LinkAdvice::TooLongForBrowser;
                    let l2 = l.clone();
                    view! {
                        <p>
                            <label>
                                {t("transfer-link")}
                                " "
                                <input
                                    type="text"
                                    readonly
                                    data-testid="share-link"
                                    style="width:100%"
                                    prop:value=if too_long { String::new() } else { l.clone() }
                                    on:focus=|ev| dom::select_target_text(&ev)
                                />
                            </label>
                        </p>
                        <p>
                            <span data-testid="share-length" data-len=len.get()>{tr!("transfer-link-length", n = len.get())}</span>
                            " "
                            <button
                                disabled=too_long
                                on:click=move |_| {
                                    let link = l2.clone();
                                    leptos::task::spawn_local(async move {
                                        match dom::copy_text(&link).await {
                                            Ok(()) => st.announce(t("transfer-link-copied")),
                                            Err(e) => st.notify(
                                                Level::Warning,
                                                tr!("transfer-copy-failed", error = e.to_string()),
                                            ),
                                        }
                                    });
                                }
                            >
                                {t("transfer-copy-link")}
                            </button>
                        </p>
                        <p data-testid="share-advice">{advice_text(advice.get())}</p>
                    }
                    .into_any()
                }
            }}
            <Show when=move || advice.get() != LinkAdvice::Ok>
                <p>
                    <button on:click=as_file>{t("transfer-download-instead")}</button>
                </p>
            </Show>
        </Modal>
    }
}

// ----------------------------------------------------------------------------------- import

fn unit_of(name: &str) -> Option<Unit> {
    match name {
        "cp" => Some(Unit::CodePoint),
        "utf16" => Some(Unit::Utf16),
        _ => None,
    }
}

/// Plans the import in memory (nothing is stored), by core's intake rule: `None` when there are no
/// files yet.
/// The Import dialog's format choice that reads every file as plain text.
const PLAIN_TEXT: &str = "plain-text";

fn run_import(
    files: &[(String, Vec<u8>)],
    rich: &[(String, intake::RichRead)],
    format: &str,
    unit: &str,
    schema: &LabelSchema,
) -> Option<Plan> {
    if files.is_empty() {
        return None;
    }
    let mut opts = IntakeOptions {
        format: Format::from_name(format),
        unit: unit_of(unit),
        now_ms: platform::now_ms(),
        ..Default::default()
    };
    if format == PLAIN_TEXT {
        // The user asked for the files' characters as they are.
        return Some(intake::plan_as_text(files, &opts));
    }
    opts.rich = rich.to_vec();
    Some(intake::plan(files, schema, &opts))
}

#[component]
fn ImportDialog(dialog: RwSignal<Dialog>) -> impl IntoView {
    let st = crate::state::use_state();
    let files: RwSignal<Vec<(String, Vec<u8>)>> = RwSignal::new(Vec::new());
    let format = RwSignal::new("auto".to_owned());
    let unit = RwSignal::new("auto".to_owned());
    let add_labels = RwSignal::new(true);
    let reading = RwSignal::new(false);
    // Markdown and HTML files as the reader worker read them (text, title, structure), by file name.
    let rich: RwSignal<Vec<(String, intake::RichRead)>> = RwSignal::new(Vec::new());
    let outcome = Memo::new(move |_| {
        let schema = st.lib.schema.get();
        rich.with(|r| files.with(|f| run_import(f, r, &format.get(), &unit.get(), &schema)))
    });
    // Why the last Import was refused (no room, storage unavailable, a chunk that failed): shown in
    // the dialog, where the user is looking; cleared when the files or the choices change.
    let refused: RwSignal<Option<String>> = RwSignal::new(None);
    let take = move |picked: PickedFiles| {
        if picked.is_empty() {
            return;
        }
        reading.set(true);
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            for (name, bytes) in picked.read().await {
                match bytes {
                    Ok(bytes) => read.push((name, bytes)),
                    Err(e) => st.error(tr!("transfer-import-unreadable", name = name.as_str(), error = e.to_string())),
                }
            }
            let (read, reads) = st.read_rich_files(read).await;
            reading.set(false);
            refused.set(None);
            rich.set(reads);
            files.set(read);
        });
    };
    // Shown next to the button that was pressed, where the user is looking.
    let refusal = move || {
        refused
            .get()
            .map(|e| view! { <div class="msg error" role="alert" data-testid="import-refused"><bdi>{e}</bdi></div> })
    };
    let confirm = move |partial: bool| {
        let Some(plan) = outcome.get_untracked() else { return };
        let failed = move |e: String| {
            st.announce(e.clone());
            refused.set(Some(e));
        };
        let res = st.add_planned(&plan, partial, add_labels.get_untracked(), failed, move |saved| {
            dialog.set(Dialog::None);
            if let Some(first) = saved.first() {
                st.open_doc(first);
            }
        });
        if let Err(e) = res {
            failed(e);
        }
    };
    view! {
        <Modal dialog title=t("transfer-import-title") id="import-h">
            <div
                class="drop-zone"
                data-testid="import-drop"
                style="border:2px dashed #999;border-radius:8px;padding:.75rem;margin-bottom:.5rem"
                on:dragover=|ev| ev.prevent_default()
                on:drop=move |ev| {
                    ev.prevent_default();
                    take(pf::from_drop(&ev));
                }
            >
                <label>
                    {t("transfer-files")}
                    " "
                    <input type="file" multiple data-testid="import-files" on:change=move |ev| take(pf::from_input(&ev)) />
                </label>
                <Show when=move || reading.get()>
                    <span>{format!(" {}", t("transfer-reading"))}</span>
                </Show>
            </div>
            <p>
                <label>
                    {t("transfer-format")}
                    " "
                    <select
                        aria-label=t("transfer-import-format")
                        on:change=move |ev| {
                            refused.set(None);
                            format.set(event_target_value(&ev));
                        }
                    >
                        <option value="auto" selected>{t("transfer-detect")}</option>
                        {Format::ALL.iter().map(|f| view! { <option value=f.name()>{f.name()}</option> }).collect_view()}
                        <option value=PLAIN_TEXT>{t("transfer-plain-text")}</option>
                    </select>
                </label>
                " "
                <label>
                    {t("transfer-offsets")}
                    " "
                    <select
                        aria-label=t("transfer-offset-unit")
                        on:change=move |ev| {
                            refused.set(None);
                            unit.set(event_target_value(&ev));
                        }
                    >
                        <option value="auto" selected>{t("transfer-offsets-as-format")}</option>
                        <option value="cp">{t("transfer-code-points")}</option>
                        <option value="utf16">{t("transfer-utf16")}</option>
                    </select>
                </label>
            </p>
            <p>{move || files.with(|f| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>().join(", "))}</p>

            {move || match outcome.get() {
                None => view! { <p class="hint">{t("transfer-choose-files")}</p> }.into_any(),
                Some(plan) if plan.is_clean() => view! {
                    <ImportPreview plan=plan.clone() partial=false add_labels />
                    {refusal}
                    <p>
                        <button
                            class="primary"
                            data-testid="import-confirm"
                            disabled=move || refused.with(|r| r.is_some())
                            on:click=move |_| confirm(false)
                        >
                            {t("transfer-import-button")}
                        </button>
                    </p>
                }
                .into_any(),
                Some(plan) => {
                    let has_valid = plan.has_valid_part();
                    let problems = plan.problems();
                    let formats = plan.format_names();
                    view! {
                        <div class="msg error" role="alert" data-testid="import-problems">
                            <p>{tr!("transfer-problems", formats = formats, n = problems.len())}</p>
                            <ul>
                                {problems
                                    .into_iter()
                                    .take(50)
                                    .map(|(file, p)| {
                                        let at = if p.location.is_empty() { file } else { p.location.clone() };
                                        view! { <li><strong><bdi>{at}</bdi></strong>": "<bdi>{p.message.clone()}</bdi></li> }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                        {has_valid.then(|| view! {
                            <ImportPreview plan=plan.clone() partial=true add_labels />
                            {refusal}
                            <p>
                                <button
                                    data-testid="import-partial"
                                    disabled=move || refused.with(|r| r.is_some())
                                    on:click=move |_| confirm(true)
                                >{t("transfer-import-partial")}</button>
                            </p>
                        })}
                    }
                    .into_any()
                }
            }}
        </Modal>
    }
}

#[component]
fn ImportPreview(plan: Plan, partial: bool, add_labels: RwSignal<bool>) -> impl IntoView {
    let st = crate::state::use_state();
    let new_labels = st.lib.schema.with_untracked(|s| plan.new_label_names(s, partial));
    let has_new = !new_labels.is_empty();
    let docs = plan.documents(partial);
    let warnings: Vec<String> =
        plan.groups.iter().flat_map(|g| &g.outcome).flat_map(|r| r.warnings.iter().map(|w| w.to_string())).collect();
    view! {
        <div class="import-preview" data-testid="import-preview">
            <p>{tr!("transfer-read-as", formats = plan.format_names(), n = docs.len())}</p>
            <ul>
                {docs
                    .iter()
                    .take(200)
                    .map(|d| view! { <li data-testid="import-doc"><bdi>{d.title.clone()}</bdi>{format!(" {}", tr!("transfer-doc-spans", n = d.annotations.len()))}</li> })
                    .collect_view()}
            </ul>
            <Show when=move || has_new>
                <p>
                    <label>
                        <input type="checkbox" prop:checked=move || add_labels.get() on:change=move |ev| add_labels.set(event_target_checked(&ev)) />
                        {t("transfer-add-labels")}
                        " "
                        {new_labels.iter().enumerate().map(|(i, l)| view! { {(i > 0).then_some(", ")}<bdi>{l.clone()}</bdi> }).collect_view()}
                    </label>
                </p>
            </Show>
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <div class="msg warning">
                            <p>{t("transfer-warnings")}</p>
                            <ul>{warnings.into_iter().map(|w| view! { <li><bdi>{w}</bdi></li> }).collect_view()}</ul>
                        </div>
                    }
                })}
        </div>
    }
}

/// The advice on a link's length, in the reader's language (core decides which).
fn advice_text(a: LinkAdvice) -> String {
    t(match a {
        LinkAdvice::Ok => "transfer-advice-ok",
        LinkAdvice::LongForChat => "transfer-advice-long",
        LinkAdvice::TooLongForBrowser => "transfer-advice-too-long",
    })
}

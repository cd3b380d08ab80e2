//! Import, export and share-by-link.
//!
//! Share links have the form `<page URL without hash>#share=<payload>`, where the payload is
//! `spandrel_core::share::encode_share`'s base64url text. Opening such a link shows the document
//! read-only (nothing is saved) until the reader chooses "Save a copy to my workspace".

use crate::platform::files::{self as pf, PickedFiles};
use crate::platform::{self, dom, transfer as pt};
use crate::state::{AppState, Level};
use leptos::prelude::*;
use spandrel_core::display::quoted;
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
    let updated = move || st.notify(Level::Info, "A new version of Spandrel is available — reload the page to use it.");
    let failed = move |e| {
        st.notify(Level::Warning, format!("Offline use is off: the offline files could not be installed ({e})."))
    };
    if let Err(e) = pt::start_service_worker(updated, failed) {
        st.notify(Level::Info, format!("Offline use is off: {e}."));
    }
    // A share link pasted into this tab only changes the hash: start over so it opens like a fresh visit.
    pt::on_hash_change(move || {
        if dom::location_hash().starts_with(SHARE_PREFIX) {
            st.flush_save();
            if let Err(e) = pt::reload() {
                st.error(format!("The shared link could not be opened: {e}"));
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
            st.error(format!("The shared link could not be opened: {e}. Your own workspace was opened instead; nothing in it was changed."));
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
                    "Shared document — read-only "
                    <button on:click=move |_| st.save_shared_copy()>"Save a copy to my workspace"</button>
                </span>
            </Show>
            <Show when=move || !st.doc.read_only.get()>
                <button on:click=move |_| dialog.set(Dialog::Import)>"Import"</button>
            </Show>
            <button on:click=move |_| dialog.set(Dialog::Export)>"Export"</button>
            <button on:click=move |_| dialog.set(Dialog::Share)>"Share"</button>
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
fn Modal(dialog: RwSignal<Dialog>, title: &'static str, id: &'static str, children: Children) -> impl IntoView {
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
                    <button on:click=move |_| dialog.set(Dialog::None)>"Close"</button>
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
        return st.with_doc_untracked(|d| vec![d.clone()]).ok_or_else(|| "no document is open".to_owned());
    }
    st.flush_save();
    let ids: Vec<String> = st.lib.corpus.with_untracked(|c| c.ids().to_vec());
    st.lib.workspace.with_value(|w| {
        let w = w.as_ref().ok_or("storage is unavailable in this browser")?;
        let wanted = |id: &String| {
            scope == Scope::All || w.entry(id).is_some_and(|e| e.status == spandrel_core::model::DocStatus::Done)
        };
        ids.iter()
            .filter(|id| wanted(id))
            .map(|id| w.load_doc(id).map(|s| s.doc).map_err(|err| format!("{}: {err}", quoted(id))))
            .collect::<Result<Vec<_>, String>>()
    })
}

/// Downloads the export; returns (documents, files).
fn download_export(st: AppState, format: Format, scope: Scope, opts: ExportOptions) -> Result<(usize, usize), String> {
    let docs = docs_for_export(st, scope)?;
    if docs.is_empty() {
        return Err("no document is marked done yet".into());
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
                let what =
                    format!("Exported {docs} document(s) in {files} file(s) ({}).", format.get_untracked().name());
                st.notify(Level::Info, what.clone());
                st.announce(what);
            }
            Err(e) => st.error(format!("Export failed: {e}")),
        }
    };
    view! {
        <Modal dialog title="Export" id="export-h">
            <fieldset>
                <legend>"What"</legend>
                <label>
                    <input type="radio" name="export-scope" checked=move || scope.get() == Scope::Current on:change=move |_| scope.set(Scope::Current) />
                    "Current document"
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
                    "Whole workspace"
                    <span class="hint" data-testid="export-count-all">{move || format!(" ({} documents)", counts.get().0)}</span>
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
                    "Done documents only"
                    <span class="hint" data-testid="export-count-done">{move || format!(" ({} documents)", counts.get().1)}</span>
                </label>
            </fieldset>
            <p>
                <label>
                    "Format "
                    <select
                        aria-label="Export format"
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
                    "Include suggestions"
                </label>
                " "
                <label>
                    <input type="checkbox" prop:checked=move || rejected.get() on:change=move |ev| rejected.set(event_target_checked(&ev)) />
                    "Include rejected spans"
                </label>
            </p>
            <Show when=move || !format.get().is_lossless()>
                <p class="hint">"This format keeps text, spans and labels; notes, states or relations may not all survive (see the README)."</p>
            </Show>
            <p>
                <button class="primary" data-testid="export-download" on:click=go>"Download"</button>
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
        st.with_doc(|d| share::encode_share(d, &schema, &opts).map_err(|e| e.to_string()))
            .unwrap_or_else(|| Err("no document is open".into()))
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
            st.error(format!("Export failed: {e}"));
        }
    };
    view! {
        <Modal dialog title="Share by link" id="share-h">
            <p>"Anyone with the link sees this document read-only; the document travels inside the link, no server is involved."</p>
            <label>
                <input type="checkbox" prop:checked=move || suggestions.get() on:change=move |ev| suggestions.set(event_target_checked(&ev)) />
                "Include pending suggestions"
            </label>
            {move || match link.get() {
                Err(e) => view! { <p class="msg error" role="alert">{format!("No link can be made: {e}")}</p> }.into_any(),
                Ok(l) => {
                    let too_long = advice.get() == LinkAdvice::TooLongForBrowser;
                    let l2 = l.clone();
                    view! {
                        <p>
                            <label>
                                "Link "
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
                            <span data-testid="share-length" data-len=len.get()>{format!("{} characters", len.get())}</span>
                            " "
                            <button
                                disabled=too_long
                                on:click=move |_| {
                                    let link = l2.clone();
                                    leptos::task::spawn_local(async move {
                                        match dom::copy_text(&link).await {
                                            Ok(()) => st.announce("Link copied"),
                                            Err(e) => st.notify(
                                                Level::Warning,
                                                format!("The link could not be copied ({e}); select it in the Link field and copy it yourself."),
                                            ),
                                        }
                                    });
                                }
                            >
                                "Copy link"
                            </button>
                        </p>
                        <p data-testid="share-advice">{advice.get().message()}</p>
                    }
                    .into_any()
                }
            }}
            <Show when=move || advice.get() != LinkAdvice::Ok>
                <p>
                    <button on:click=as_file>"Download as a Spandrel file instead"</button>
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

fn run_import(files: &[(String, Vec<u8>)], format: &str, unit: &str, schema: &LabelSchema) -> Option<Plan> {
    if files.is_empty() {
        return None;
    }
    let opts = IntakeOptions { format: Format::from_name(format), unit: unit_of(unit), now_ms: platform::now_ms() };
    if format == PLAIN_TEXT {
        return Some(intake::plan_as_text(files, &opts));
    }
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
    let outcome = Memo::new(move |_| {
        let schema = st.lib.schema.get();
        files.with(|f| run_import(f, &format.get(), &unit.get(), &schema))
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
                    Err(e) => st.error(format!("Import: {} could not be read: {e}", quoted(&name))),
                }
            }
            reading.set(false);
            refused.set(None);
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
        <Modal dialog title="Import" id="import-h">
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
                    "Files (or drop them here) "
                    <input type="file" multiple data-testid="import-files" on:change=move |ev| take(pf::from_input(&ev)) />
                </label>
                <Show when=move || reading.get()>
                    <span>" reading…"</span>
                </Show>
            </div>
            <p>
                <label>
                    "Format "
                    <select
                        aria-label="Import format"
                        on:change=move |ev| {
                            refused.set(None);
                            format.set(event_target_value(&ev));
                        }
                    >
                        <option value="auto" selected>"Detect automatically"</option>
                        {Format::ALL.iter().map(|f| view! { <option value=f.name()>{f.name()}</option> }).collect_view()}
                        <option value=PLAIN_TEXT>"Plain text (the files as they are)"</option>
                    </select>
                </label>
                " "
                <label>
                    "Offsets "
                    <select
                        aria-label="Offset unit"
                        on:change=move |ev| {
                            refused.set(None);
                            unit.set(event_target_value(&ev));
                        }
                    >
                        <option value="auto" selected>"As the format says"</option>
                        <option value="cp">"Code points"</option>
                        <option value="utf16">"UTF-16 code units"</option>
                    </select>
                </label>
            </p>
            <p>{move || files.with(|f| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>().join(", "))}</p>

            {move || match outcome.get() {
                None => view! { <p class="hint">"Choose one or more files. Nothing is added until you confirm."</p> }.into_any(),
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
                            "Import"
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
                            <p>{format!("These files cannot be imported as {formats}: {} problem(s). Nothing was changed.", problems.len())}</p>
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
                                >"Import the valid part"</button>
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
            <p>{format!("Read as {}: {} document(s) to add.", plan.format_names(), docs.len())}</p>
            <ul>
                {docs
                    .iter()
                    .take(200)
                    .map(|d| view! { <li data-testid="import-doc"><bdi>{d.title.clone()}</bdi>{format!(" — {} span(s)", d.annotations.len())}</li> })
                    .collect_view()}
            </ul>
            <Show when=move || has_new>
                <p>
                    <label>
                        <input type="checkbox" prop:checked=move || add_labels.get() on:change=move |ev| add_labels.set(event_target_checked(&ev)) />
                        "Add these labels to the schema: "
                        {new_labels.iter().enumerate().map(|(i, l)| view! { {(i > 0).then_some(", ")}<bdi>{l.clone()}</bdi> }).collect_view()}
                    </label>
                </p>
            </Show>
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <div class="msg warning">
                            <p>"Warnings:"</p>
                            <ul>{warnings.into_iter().map(|w| view! { <li><bdi>{w}</bdi></li> }).collect_view()}</ul>
                        </div>
                    }
                })}
        </div>
    }
}

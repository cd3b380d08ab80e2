//! Agreement between annotators: load two or more annotation files of one text, compare every pair
//! (exact and overlap precision/recall/F1, Cohen's kappa on tokens), list every disagreement of a chosen
//! pair, decide each one, and create an adjudicated document. The numbers and the adjudication are the
//! core's (`spandrel_core::agreement`); this screen only loads files and wires signals to it.
//!
//! The loaded annotators live for the page's lifetime (not only while this screen is shown), so the user
//! can look at a document and come back to the comparison.

use crate::errors::Localize;
use crate::i18n::{number, t};
use crate::platform::{self, files as pick};
use crate::state::{use_state, Agreement, Annotator, AppState, Level};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::agreement::{self as ag, Choice, Disagreement, DisagreementKind, Prf};
use spandrel_core::edit::{Command, Editor, NewSpan};
use spandrel_core::formats::{detect_format, import, Format, ImportOptions};
use spandrel_core::{Document, Span, Text};

type SpanSet = Vec<(Span, String)>;
/// Picked files: (name, bytes).
type Files = Vec<(String, Vec<u8>)>;

/// Code points of context shown on each side of a disagreement.
const CONTEXT_CP: usize = 40;

/// Groups picked files into annotation sources by core's pairing rule (brat `.ann` with its `.txt`).
fn group_files(files: Files) -> Vec<(String, Files)> {
    spandrel_core::intake::pair_files(files)
}

/// Reads one annotation source into (text, accepted spans), with warnings worth showing.
fn read_source(
    name: &str,
    files: &[(String, Vec<u8>)],
    schema: &spandrel_core::LabelSchema,
) -> Result<(Text, SpanSet, Vec<String>), String> {
    let brat_pair = files.len() == 2;
    let format = if brat_pair {
        Some(Format::Brat)
    } else {
        let (n, b) = &files[0];
        let lower = n.to_ascii_lowercase();
        if lower.ends_with(".txt") {
            return Err(tr!("agreement-plain-text", name = name));
        }
        if lower.ends_with(".ann") {
            return Err(tr!("agreement-ann-alone", name = name));
        }
        detect_format(n, b)
    };
    let Some(format) = format else {
        return Err(tr!("agreement-unknown-format", name = name));
    };
    let opts = ImportOptions {
        now_ms: platform::now_ms(),
        id_prefix: "agreement-".into(),
        split_discontinuous: true,
        ..Default::default()
    };
    let result = import(format, files, schema, &opts)
        .map_err(|r| tr!("agreement-unreadable-as", name = name, format = format.to_string(), reason = r.message()))?;
    let mut docs = result.documents;
    if docs.len() != 1 {
        return Err(tr!("agreement-many-documents", name = name, n = docs.len()));
    }
    let doc = docs.remove(0);
    let spans = ag::accepted_spans(&doc);
    let warnings =
        result.warnings.iter().map(|w| tr!("agreement-warning", name = name, warning = w.to_string())).collect();
    Ok((doc.text, spans, warnings))
}

fn fmt3(x: f64) -> String {
    format!("{x:.3}")
}

fn counts(p: &Prf) -> String {
    format!("{} / {} / {}", p.tp, p.fp, p.fn_)
}

/// The text before, inside and after `span`, each side cut to [`CONTEXT_CP`] code points, on one line.
fn context(text: &Text, span: Span) -> (String, String, String) {
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let n = text.len_cp();
    let from = span.start.saturating_sub(CONTEXT_CP);
    let to = (span.end + CONTEXT_CP).min(n);
    let slice = |a: usize, b: usize| text.slice_cp(a.min(n)..b.min(n)).map(flat).unwrap_or_default();
    let before = format!("{}{}", if from > 0 { "…" } else { "" }, slice(from, span.start));
    let after = format!("{}{}", slice(span.end, to), if to < n { "…" } else { "" });
    (before, slice(span.start, span.end), after)
}

/// One annotator's version of a disagreement: (label, span), or nothing.
type Version = Option<(String, Span)>;

/// A's and B's versions of a disagreement, its kind's attribute value and its description.
fn versions(d: &Disagreement) -> (Version, Version, &'static str, String) {
    match &d.kind {
        DisagreementKind::OnlyA { label } => (Some((label.clone(), d.span)), None, "only-a", t("agreement-only-a")),
        DisagreementKind::OnlyB { label } => (None, Some((label.clone(), d.span)), "only-b", t("agreement-only-b")),
        DisagreementKind::LabelDiffers { a, b } => {
            (Some((a.clone(), d.span)), Some((b.clone(), d.span)), "label", t("agreement-label-differs"))
        }
        DisagreementKind::BoundaryDiffers { label, a_span, b_span } => (
            Some((label.clone(), *a_span)),
            Some((label.clone(), *b_span)),
            "boundary",
            t("agreement-boundary-differs"),
        ),
    }
}

fn load_picked(st: AppState, s: Agreement, files: pick::PickedFiles) {
    if files.is_empty() {
        return;
    }
    s.set_loading(true);
    leptos::task::spawn_local(async move {
        let mut ok = Vec::new();
        for (name, bytes) in files.read().await {
            match bytes {
                Ok(b) => ok.push((name, b)),
                Err(e) => st.error(tr!("agreement-file-unreadable", name = name.as_str(), error = e.to_string())),
            }
        }
        let schema = st.lib.schema.get_untracked();
        let mut added = 0;
        for (name, group) in group_files(ok) {
            match read_source(&name, &group, &schema) {
                Ok((text, spans, warnings)) => {
                    if let Some(w) = warnings.first() {
                        let text = if warnings.len() > 1 {
                            tr!("agreement-warning-more", warning = w.as_str(), n = warnings.len() - 1)
                        } else {
                            w.clone()
                        };
                        st.notify(Level::Warning, text);
                    }
                    match s.add(name, text, spans) {
                        Ok(()) => added += 1,
                        Err(e) => st.error(e),
                    }
                }
                Err(e) => st.error(e),
            }
        }
        s.set_loading(false);
        if added > 0 {
            st.announce(tr!("agreement-loaded", n = added));
        }
    });
}

fn add_current(st: AppState, s: Agreement) {
    let Some((title, text, spans)) =
        st.with_doc_untracked(|d| (d.title.clone(), d.text.clone(), ag::accepted_spans(d)))
    else {
        st.error(t("agreement-no-document"));
        return;
    };
    match s.add(tr!("agreement-current-name", title = title), text, spans) {
        Ok(()) => st.announce(t("agreement-current-added")),
        Err(e) => st.error(e),
    }
}

#[component]
pub fn AgreementScreen() -> impl IntoView {
    let st = use_state();
    let s = st.agree;

    let scores = Memo::new(move |_| {
        let Some(text) = s.text.get() else { return Vec::new() };
        let list = s.annotators.get();
        let sets: Vec<(String, SpanSet)> = list.iter().map(|a| (a.name.clone(), (*a.spans).clone())).collect();
        let keys: Vec<(u64, u64)> = (0..list.len())
            .flat_map(|i| (i + 1..list.len()).map(move |j| (i, j)))
            .map(|(i, j)| (list[i].key, list[j].key))
            .collect();
        keys.into_iter().zip(ag::pairwise(&text, &sets)).collect::<Vec<_>>()
    });
    // The pair shown in detail: the chosen one if both still exist, else the first two annotators.
    let selected = Memo::new(move |_| {
        let list = s.annotators.get();
        let find = |k: u64| list.iter().find(|a| a.key == k).cloned();
        if let Some((ka, kb)) = s.pair.get() {
            if let (Some(a), Some(b)) = (find(ka), find(kb)) {
                return Some((a, b));
            }
        }
        (list.len() >= 2).then(|| (list[0].clone(), list[1].clone()))
    });
    let pair_key = Memo::new(move |_| selected.with(|p| p.as_ref().map(|(a, b)| (a.key, b.key))));
    let per_label = Memo::new(move |_| {
        selected.with(|p| {
            p.as_ref()
                .map(|(a, b)| {
                    ag::span_agreement(&a.spans, &b.spans)
                        .per_label
                        .into_iter()
                        .map(|(l, (e, o))| (l, e, o))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let diffs = Memo::new(move |_| {
        selected.with(|p| p.as_ref().map(|(a, b)| ag::disagreements(&a.spans, &b.spans)).unwrap_or_default())
    });
    let choice_of = move |i: usize| {
        let pk = pair_key.get();
        s.decisions.with(|d| if d.pair == pk { d.chosen.get(&i).copied() } else { None })
    };
    let decide = move |i: usize, c: Choice| {
        let pk = pair_key.get_untracked();
        s.decide(pk, i, c);
    };
    let decide_all = move |c: Choice| {
        let pk = pair_key.get_untracked();
        let n = diffs.with_untracked(Vec::len);
        s.decide_all(pk, n, c);
    };
    let decided = Memo::new(move |_| {
        let pk = pair_key.get();
        s.decisions.with(|d| if d.pair == pk { d.chosen.len() } else { 0 })
    });

    let create = move |_| {
        let Some((a, b)) = selected.get_untracked() else { return };
        let Some(text) = s.text.get_untracked() else { return };
        let pk = pair_key.get_untracked();
        let decisions: Vec<(usize, Choice)> = s.decisions.with_untracked(|d| {
            if d.pair == pk {
                d.chosen.iter().map(|(&i, &c)| (i, c)).collect()
            } else {
                Vec::new()
            }
        });
        let spans = match ag::adjudicated_spans(&a.spans, &b.spans, &decisions) {
            Ok(x) => x,
            Err(e) => {
                st.error(tr!("agreement-adjudicate-failed", error = e.message()));
                return;
            }
        };
        let now = platform::now_ms();
        let id = st.fresh_doc_id(&format!("adj-{now}"));
        let title = tr!("agreement-adjudicated-title", a = a.name.as_str(), b = b.name.as_str());
        let n = spans.len();
        let mut ed = Editor::new(Document::new(id, title.clone(), (*text).clone(), now));
        st.ensure_labels(spans.iter().map(|(_, l)| l.as_str()));
        if !spans.is_empty() {
            let items = spans.into_iter().map(|(sp, l)| NewSpan::manual(sp, l)).collect();
            if let Err(e) = ed.apply(Command::AddSpans(items), now) {
                st.error(tr!("agreement-adjudicate-failed", error = e.message()));
                return;
            }
        }
        st.flush_save();
        st.add_and_open(ed.into_doc());
        st.notify(Level::Info, tr!("agreement-created", title = title.as_str(), n = n));
    };

    let on_pick = move |ev: leptos::ev::Event| load_picked(st, s, pick::from_input(&ev));
    let name_of = move |k: u64| {
        s.annotators.with_untracked(|l| l.iter().find(|a| a.key == k).map(|a| a.name.clone())).unwrap_or_default()
    };

    view! {
        <section class="screen agreement" aria-labelledby="agreement-h">
            <h2 id="agreement-h">{t("agreement-heading")}</h2>
            <p class="hint">
                {t("agreement-hint")}
            </p>
            <div class="row load">
                <label class="file-btn">
                    {t("agreement-load")}
                    <input type="file" multiple class="agreement-files" aria-label=t("agreement-files") on:change=on_pick />
                </label>
                <button on:click=move |_| add_current(st, s)>{t("agreement-use-current")}</button>
                <Show when=move || s.loading.get()>
                    <span class="busy" role="status">{t("agreement-reading")}</span>
                </Show>
            </div>

            <ul class="annotators" aria-label=t("agreement-annotators")>
                <For
                    each=move || s.annotators.get()
                    key=|a| a.key
                    children=move |a: Annotator| {
                        let key = a.key;
                        let name = a.name.clone();
                        view! {
                            <li>
                                <span class="name" dir="auto">{a.name.clone()}</span>
                                <span class="count">{tr!("agreement-spans", n = a.spans.len())}</span>
                                <button class="icon" aria-label=tr!("agreement-remove", name = name.as_str()) on:click=move |_| s.remove(key)>
                                    "✕"
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <Show when=move || s.annotators.with(|a| a.len() < 2)>
                <p class="empty">{t("agreement-need-two")}</p>
            </Show>

            <Show when=move || scores.with(|x| !x.is_empty())>
                <h3>{t("agreement-pairwise")}</h3>
                <div class="table-wrap">
                    <table class="pairwise">
                        <thead>
                            <tr>
                                <th scope="col">{t("agreement-col-a")}</th>
                                <th scope="col">{t("agreement-col-b")}</th>
                                <th scope="col">{t("agreement-exact-p")}</th>
                                <th scope="col">{t("agreement-exact-r")}</th>
                                <th scope="col">{t("agreement-exact-f1")}</th>
                                <th scope="col" title=t("agreement-counts-title")>{t("agreement-counts")}</th>
                                <th scope="col">{t("agreement-overlap-p")}</th>
                                <th scope="col">{t("agreement-overlap-r")}</th>
                                <th scope="col">{t("agreement-overlap-f1")}</th>
                                <th scope="col" title=t("agreement-counts-title")>{t("agreement-counts")}</th>
                                <th scope="col">{t("agreement-kappa")}</th>
                                <th scope="col"><span class="sr-only">{t("agreement-details")}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || scores.get()
                                key=|(k, _)| *k
                                children=move |((ka, kb), p)| {
                                    let (e, o) = (p.spans.exact, p.spans.overlap);
                                    let label = tr!("agreement-compare-label", a = p.a.as_str(), b = p.b.as_str());
                                    view! {
                                        <tr aria-selected=move || (pair_key.get() == Some((ka, kb))).to_string()>
                                            <td class="who">{p.a.clone()}</td>
                                            <td class="who">{p.b.clone()}</td>
                                            <td class="num">{fmt3(e.precision)}</td>
                                            <td class="num">{fmt3(e.recall)}</td>
                                            <td class="num">{fmt3(e.f1)}</td>
                                            <td class="num counts">{counts(&e)}</td>
                                            <td class="num">{fmt3(o.precision)}</td>
                                            <td class="num">{fmt3(o.recall)}</td>
                                            <td class="num">{fmt3(o.f1)}</td>
                                            <td class="num counts">{counts(&o)}</td>
                                            <td class="num">{fmt3(p.kappa)}</td>
                                            <td>
                                                <button
                                                    aria-label=label
                                                    aria-pressed=move || (pair_key.get() == Some((ka, kb))).to_string()
                                                    on:click=move |_| s.choose_pair(ka, kb)
                                                >
                                                    {t("agreement-compare")}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>

            <Show when=move || selected.with(Option::is_some)>
                <h3 class="pair-title">
                    {move || {
                        selected
                            .with(|p| {
                                p.as_ref().map(|(a, b)| {
                                    tr!("agreement-pair-title", a = a.name.as_str(), b = b.name.as_str())
                                })
                            })
                            .unwrap_or_default()
                    }}
                </h3>
                <h4>{t("agreement-per-label")}</h4>
                <div class="table-wrap">
                    <table class="per-label">
                        <thead>
                            <tr>
                                <th scope="col">{t("agreement-col-label")}</th>
                                <th scope="col">{t("agreement-exact-p")}</th>
                                <th scope="col">{t("agreement-exact-r")}</th>
                                <th scope="col">{t("agreement-exact-f1")}</th>
                                <th scope="col">{t("agreement-counts")}</th>
                                <th scope="col">{t("agreement-overlap-p")}</th>
                                <th scope="col">{t("agreement-overlap-r")}</th>
                                <th scope="col">{t("agreement-overlap-f1")}</th>
                                <th scope="col">{t("agreement-counts")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || {
                                    let pk = pair_key.get();
                                    per_label.get().into_iter().map(move |r| (pk, r)).collect::<Vec<_>>()
                                }
                                key=|(pk, (l, e, o))| (*pk, l.clone(), format!("{e:?}{o:?}"))
                                children=move |(_, (l, e, o))| {
                                    view! {
                                        <tr>
                                            <th scope="row">{l}</th>
                                            <td class="num">{fmt3(e.precision)}</td>
                                            <td class="num">{fmt3(e.recall)}</td>
                                            <td class="num">{fmt3(e.f1)}</td>
                                            <td class="num counts">{counts(&e)}</td>
                                            <td class="num">{fmt3(o.precision)}</td>
                                            <td class="num">{fmt3(o.recall)}</td>
                                            <td class="num">{fmt3(o.f1)}</td>
                                            <td class="num counts">{counts(&o)}</td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>

                <h4>
                    {t("agreement-disagreements")}" " <span class="badge">{move || number(diffs.with(Vec::len) as f64)}</span>
                </h4>
                <Show when=move || diffs.with(Vec::is_empty)>
                    <p class="empty">{t("agreement-no-disagreements")}</p>
                </Show>
                <Show when=move || diffs.with(|d| !d.is_empty())>
                    <div class="row bulk">
                        <span>{t("agreement-decide-all")}</span>
                        <button on:click=move |_| decide_all(Choice::A)>{t("agreement-all-a")}</button>
                        <button on:click=move |_| decide_all(Choice::B)>{t("agreement-all-b")}</button>
                        <button on:click=move |_| decide_all(Choice::Both)>{t("agreement-all-both")}</button>
                        <button on:click=move |_| decide_all(Choice::Neither)>{t("agreement-all-neither")}</button>
                    </div>
                </Show>
                <ol class="disagreements">
                    <For
                        each=move || {
                            let pk = pair_key.get();
                            diffs.get().into_iter().enumerate().map(move |(i, d)| (pk, i, d)).collect::<Vec<_>>()
                        }
                        key=|(pk, i, d)| (*pk, *i, format!("{d:?}"))
                        children=move |(pk, i, d)| {
                            let text = s.text.get_untracked().unwrap_or_default();
                            let (before, covered, after) = context(&text, d.span);
                            let (va, vb, kind, kind_text) = versions(&d);
                            let (na, nb) = pk.map(|(a, b)| (name_of(a), name_of(b))).unwrap_or_default();
                            let side = move |who: String, v: Version, cls: &'static str| {
                                let body = match v {
                                    Some((l, sp)) => {
                                        let q = text.slice_cp(sp.range()).unwrap_or_default().to_owned();
                                        view! {
                                            <span class="tag">{l}</span>
                                            <span class="quote">"“"<bdi>{q.clone()}</bdi>"”"</span>
                                            <span class="offsets">{format!("[{}–{})", sp.start, sp.end)}</span>
                                        }
                                            .into_any()
                                    }
                                    None => view! { <span class="none">"—"</span> }.into_any(),
                                };
                                view! {
                                    <div class=format!("version {cls}")>
                                        <span class="who">{who}</span>
                                        {body}
                                    </div>
                                }
                            };
                            let group = format!("choice-{i}");
                            let radio = move |c: Choice, text: String| {
                                let group = group.clone();
                                view! {
                                    <label>
                                        <input
                                            type="radio"
                                            name=group
                                            prop:checked=move || choice_of(i) == Some(c)
                                            on:change=move |_| decide(i, c)
                                        />
                                        {text}
                                    </label>
                                }
                            };
                            view! {
                                <li class="disagreement" data-kind=kind>
                                    <div class="head">
                                        <span class="kind">{kind_text}</span>
                                        <span class="ctx">
                                            {before}
                                            <mark>{covered}</mark>
                                            {after}
                                        </span>
                                    </div>
                                    <div class="versions">
                                        {side(tr!("agreement-side-a", name = na.as_str()), va, "a")} {side(tr!("agreement-side-b", name = nb.as_str()), vb, "b")}
                                    </div>
                                    <fieldset class="choice">
                                        <legend class="sr-only">{tr!("agreement-choice-legend", n = i + 1)}</legend>
                                        {radio(Choice::A, t("agreement-choice-a"))}
                                        {radio(Choice::B, t("agreement-choice-b"))}
                                        {radio(Choice::Both, t("agreement-choice-both"))}
                                        {radio(Choice::Neither, t("agreement-choice-neither"))}
                                    </fieldset>
                                </li>
                            }
                        }
                    />
                </ol>
                <div class="row create">
                    <button class="primary" on:click=create>
                        {t("agreement-create")}
                    </button>
                    <span class="decided" role="status">
                        {move || {
                            let n = diffs.with(Vec::len);
                            tr!("agreement-decided", decided = decided.get(), n = n)
                        }}
                    </span>
                </div>
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_pairs_are_grouped_by_name() {
        let f = |n: &str| (n.to_owned(), Vec::new());
        let g = group_files(vec![f("x.txt"), f("a.jsonl"), f("x.ann"), f("y.txt")]);
        let names: Vec<(String, Vec<String>)> =
            g.into_iter().map(|(n, fs)| (n, fs.into_iter().map(|(n, _)| n).collect())).collect();
        assert_eq!(
            names,
            vec![
                ("a.jsonl".to_owned(), vec!["a.jsonl".to_owned()]),
                ("x.ann".to_owned(), vec!["x.txt".to_owned(), "x.ann".to_owned()]),
                ("y.txt".to_owned(), vec!["y.txt".to_owned()]),
            ]
        );
    }
}

//! The Documents screen: adding files, delete, rename and status of documents.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::platform::native as web;
use spandrel_app::state::{Level, SaveState};
use spandrel_core::model::DocStatus;
use spandrel_core::storage::doc_key;
use spandrel_core::SpanState;

fn file(name: &str, content: &str) -> (String, Vec<u8>) {
    (name.to_owned(), content.as_bytes().to_vec())
}

fn titles(t: &spandrel_app::state::AppState) -> Vec<String> {
    let mut v: Vec<String> = t.lib.docs.get_untracked().into_iter().map(|e| e.title).collect();
    v.sort();
    v
}

#[test]
fn a_broken_annotation_file_adds_nothing_and_is_named_once_clean_files_are_added() {
    let (t, _) = booted_with_abc();
    let spacy_float = r#"[["Ali met Bob.", {"entities": [[0.5, 3, "PERSON"], [8, 11, "PERSON"]]}]]"#;
    t.ws_add_files(vec![file("spacy-float.json", spacy_float), file("notes.txt", "Fine notes.")]);
    settle();
    assert_eq!(titles(&t), ["A", "B", "C", "notes"]);
    let named: Vec<_> =
        t.ui.messages.get_untracked().into_iter().filter(|m| m.text.contains("spacy-float.json")).collect();
    assert_eq!(named.len(), 1, "{:?}", messages(&t));
    assert_eq!(named[0].level, Level::Error);
    assert!(named[0].text.contains("Nothing was stored"));
    assert!(has_message(&t, Level::Info, "Added 1 document(s)"));
    assert_eq!(doc(&t).title, "notes", "the added file is opened");
    // Its button imports the raw file as plain text.
    let action = named[0].action.clone().expect("Import as plain text");
    assert_eq!(action.label, "Import as plain text");
    (action.run)();
    settle();
    assert_eq!(titles(&t), ["A", "B", "C", "notes", "spacy-float"]);
    assert_eq!(doc(&t).text.as_str(), spacy_float);
}

#[test]
fn file_names_with_a_slash_are_kept_whole() {
    let (t, _) = booted_with_abc();
    t.ws_add_files(vec![file("a/b.txt", "Three."), file("<b>x</b>.txt", "Four.")]);
    settle();
    assert_eq!(titles(&t), ["<b>x</b>", "A", "B", "C", "a/b"]);
}

#[test]
fn a_corpus_too_big_for_storage_is_refused_before_anything_is_written() {
    let (t, _) = booted_with_abc();
    web::set_quota(Some(web::stored_bytes() + 200));
    let before = web::stored_entries();
    let big = "word ".repeat(2_000);
    let plan = spandrel_core::intake::plan(
        &[file("big.txt", &big)],
        &Default::default(),
        &spandrel_core::intake::IntakeOptions { now_ms: web::now_ms(), ..Default::default() },
    );
    let refused = t.add_planned(&plan, false, false, |_| {}, |_| {});
    let why = refused.expect_err("refused");
    assert!(why.contains("nothing was imported"), "{why}");
    settle();
    assert_eq!(web::stored_entries(), before);
}

#[test]
fn deleting_the_only_open_document_leaves_nothing_pending() {
    let t = app();
    let ids = seed(&[("Only", TEXT_C)]);
    t.boot();
    settle();
    t.create_span(range_of(&t, "Nobody"), "PER");
    assert!(t.has_unsaved());
    let deleted = t.ws_delete(&ids[0]).expect("deleted");
    assert_eq!(spans(&deleted), [span("Nobody", "PER", SpanState::Accepted)], "the latest edits go with it");
    assert!(t.with_doc_untracked(|_| ()).is_none(), "nothing open");
    // The overlays are measured after the next frame; then no timer is left (the autosave is cancelled).
    advance(web::FRAME_MS);
    assert_eq!(web::pending_timers().0, 0, "no timer left behind for the closed document");
    assert!(!t.has_unsaved());
    assert_eq!(t.save.save_state.get_untracked(), SaveState::Saved);
    advance(60_000);
    assert!(web::stored(&doc_key(&ids[0])).is_none(), "no autosave brings it back");
    assert!(t.lib.docs.get_untracked().is_empty());
    // Restored, it is a document again.
    assert!(t.ws_restore(deleted));
    assert_eq!(titles(&t), ["Only"]);
}

#[test]
fn deleting_the_open_document_opens_another() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[0]);
    t.ws_delete(&ids[0]).expect("deleted");
    let open = current(&t);
    assert!(open == ids[1] || open == ids[2]);
    assert!(entry(&ids[0]).is_none());
    assert_index_matches(&t);
}

#[test]
fn rename_and_status_of_a_closed_document_change_its_stored_copy_only() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    let open = doc(&t);
    t.ws_rename(&ids[0], "  Letters  ");
    t.ws_set_status(&ids[0], DocStatus::Done);
    let a = stored(&ids[0]);
    assert_eq!(a.doc.title, "Letters");
    assert_eq!(a.doc.status, DocStatus::Done);
    assert_eq!(titles(&t), ["B", "C", "Letters"]);
    assert_eq!(doc(&t), open, "the open document is untouched");
    assert!(!t.has_unsaved());
    // Done documents are not next to do.
    t.skip_next();
    assert_eq!(current(&t), ids[1]);
    t.skip_next();
    assert_eq!(current(&t), ids[2]);
    // An empty title is refused.
    t.ws_rename(&ids[1], "  ");
    assert!(has_message(&t, Level::Error, "needs a title"));
    assert_eq!(stored(&ids[1]).doc.title, "B");
}

#[test]
fn rename_and_status_of_the_open_document_go_through_its_editor() {
    let (t, ids) = booted_with_abc();
    t.open_doc(&ids[2]);
    settle();
    t.ws_rename(&ids[2], "Renamed");
    t.ws_set_status(&ids[2], DocStatus::InProgress);
    assert_eq!(doc(&t).title, "Renamed");
    let s = stored(&ids[2]);
    assert_eq!((s.doc.title.as_str(), s.doc.status), ("Renamed", DocStatus::InProgress), "saved at once");
    t.undo();
    assert_eq!(doc(&t).status, DocStatus::New, "an undo step each");
}

#[test]
fn a_pasted_text_is_added_unopened() {
    let (t, ids) = booted_with_abc();
    assert!(!t.ws_add_pasted("", "   "));
    assert!(has_message(&t, Level::Error, "Paste or type some text"));
    assert!(t.ws_add_pasted("", "Grace Hopper found a moth.\nIn a relay."));
    assert_eq!(titles(&t).len(), 4);
    assert_eq!(current(&t), ids[2]);
}

#[test]
fn a_markdown_file_is_read_in_the_worker_and_opens_with_its_structure() {
    let (t, _) = booted_with_abc();
    let md = "# Talks in *Muscat*\n\n- Oman hosts\n- [Iran](https://example.org) attends\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    t.ws_add_files(vec![file("talks.md", md), file("notes.txt", "Fine notes.")]);
    settle();
    assert_eq!(titles(&t), ["A", "B", "C", "Talks in Muscat", "notes"]);
    let id = t.lib.docs.get_untracked().into_iter().find(|e| e.title == "Talks in Muscat").unwrap().id;
    t.open_doc(&id);
    settle();
    let d = doc(&t);
    assert_eq!(d.text.as_str(), "Talks in Muscat\nOman hosts\nIran attends\na\tb\n1\t2");
    let s = d.structure.expect("a structure");
    assert_eq!(s.source.name, "talks.md");
    let kinds: Vec<&str> = s.blocks.iter().map(|b| b.kind.name()).collect();
    assert_eq!(kinds, ["heading", "list_item", "list_item", "table_cell", "table_cell", "table_cell", "table_cell"]);
    // Stored with it: a reload gives it back.
    assert_eq!(stored(&id).doc.structure, Some(s));
    assert!(web::extractor_calls().iter().any(|c| c == "read_rich talks.md"), "{:?}", web::extractor_calls());
}

#[test]
fn a_markdown_file_the_worker_cannot_read_is_named_and_the_others_are_added() {
    let (t, _) = booted_with_abc();
    web::fail_extraction(Some("the worker stopped"));
    t.ws_add_files(vec![file("talks.md", "# Title\n\ntext"), file("notes.txt", "Fine notes.")]);
    settle();
    web::fail_extraction(None);
    assert_eq!(titles(&t), ["A", "B", "C", "notes"]);
    assert!(has_message(&t, Level::Error, "talks.md"), "{:?}", messages(&t));
}

#[test]
fn an_html_page_is_read_from_its_markup_not_from_its_plain_text() {
    let (t, _) = booted_with_abc();
    let page = "<html><head><title>Site</title><script>x()</script></head><body><h1>Harbour report</h1>\
                <p>The ship &amp; crew docked in <a href=\"https://porto.example\">Porto</a>.</p></body></html>";
    t.ws_add_files(vec![file("report.html", page)]);
    settle();
    let d = doc(&t);
    assert_eq!(d.title, "Harbour report");
    assert_eq!(d.text.as_str(), "Harbour report\nThe ship & crew docked in Porto.");
    let s = d.structure.expect("a structure");
    assert_eq!(s.blocks.iter().map(|b| b.kind.name()).collect::<Vec<_>>(), ["heading", "paragraph"]);
    assert_eq!(s.marks[0].href.as_deref(), Some("https://porto.example"));
}

fn pdf_page(lines: &[(&str, f64)]) -> spandrel_core::rich::pdf::PdfPage {
    use spandrel_core::rich::pdf::{PdfItem, PdfPage};
    PdfPage {
        width: 600.0,
        height: 800.0,
        items: lines
            .iter()
            .map(|(s, y)| PdfItem { s: (*s).into(), x: 50.0, y: *y, w: s.len() as f64 * 5.0, h: 10.0, eol: true })
            .collect(),
    }
}

#[test]
fn a_pdf_opens_with_its_pages_and_its_page_view_follows_the_focus() {
    use spandrel_app::platform::pdf::{PdfFail, PdfRead};
    use spandrel_core::rich::pdf::PdfText;
    let (t, _) = booted_with_abc();
    let pdf = PdfText {
        title: "Harbour report".into(),
        pages: vec![pdf_page(&[("Ships in Porto.", 700.0)]), pdf_page(&[("Oman hosted talks.", 700.0)])],
    };
    web::set_pdf(Some(Ok(PdfRead { digest: "d".repeat(64), pdf })));
    t.ws_add_files(vec![("report.pdf".into(), b"%PDF-1.7 ...".to_vec())]);
    settle();
    let d = doc(&t);
    assert_eq!(d.title, "Harbour report");
    assert_eq!(d.text.as_str(), "Ships in Porto.\nOman hosted talks.");
    let s = d.structure.clone().expect("a structure");
    assert_eq!(s.source.digest.as_deref(), Some("d".repeat(64).as_str()));
    assert_eq!(s.blocks.iter().map(|b| b.page).collect::<Vec<_>>(), [Some(1), Some(2)]);
    // The page view opens at the focused span's page and follows the focus.
    let oman = range_of(&t, "Oman");
    let id = t.create_span(oman, "GPE").expect("a span");
    t.toggle_page_view();
    settle();
    let shown = t.pages.shown.get_untracked().expect("page drawn");
    assert_eq!((shown.page, t.pages.error.get_untracked()), (2, None));
    let boxes = spandrel_app::actions::pages::span_boxes(&shown, oman.range());
    // "Oman" is the line's first four characters: x 50…70, on the baseline y = 700 (800 − 700 = 100 px down).
    assert_eq!(boxes.len(), 1);
    assert!((boxes[0].0 - 50.0).abs() < 1e-9 && (boxes[0].2 - 20.0).abs() < 1e-9, "{boxes:?}");
    assert!(boxes[0].1 < 100.0 && boxes[0].1 + boxes[0].3 > 100.0, "{boxes:?}");
    let porto = range_of(&t, "Porto");
    let first = t.create_span(porto, "GPE").expect("a span");
    t.set_focus(Some(first));
    settle();
    assert_eq!(t.pages.shown.get_untracked().map(|s| s.page), Some(1));
    t.set_focus(Some(id));
    settle();
    assert_eq!(t.pages.page.get_untracked(), 2);
    // Another document closes it.
    let other = t.lib.docs.get_untracked().into_iter().find(|e| e.title == "A").unwrap().id;
    t.open_doc(&other);
    settle();
    assert!(!t.pages.open.get_untracked() && t.pages.shown.get_untracked().is_none());
    // A PDF pdf.js refuses is named, and nothing is stored.
    web::set_pdf(Some(Err(PdfFail::Password)));
    t.ws_add_files(vec![("locked.pdf".into(), b"%PDF-1.7".to_vec())]);
    settle();
    assert!(has_message(&t, Level::Error, "locked.pdf"), "{:?}", messages(&t));
    assert!(has_message(&t, Level::Error, "password-protected"), "{:?}", messages(&t));
    assert!(!titles(&t).contains(&"locked".to_string()));
}

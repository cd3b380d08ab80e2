//! Corpus order, position, progress, the queue (Done → next, Skip, Previous) and the Documents table.

use spandrel_core::corpus::*;
use spandrel_core::model::DocStatus;
use spandrel_core::storage::{IndexEntry, MemoryStore, Workspace};
use spandrel_core::{Document, Origin, Span, SpanState};
use std::collections::HashMap;

fn corpus_of(n: usize) -> (Workspace<MemoryStore>, Vec<String>) {
    let (mut ws, _) = Workspace::load(MemoryStore::new()).unwrap();
    let docs =
        (0..n).map(|i| Document::new("", format!("Sentence {i}"), format!("Text {i} about Oman."), 100)).collect();
    let ids = ws.add_new(docs, 100).unwrap();
    (ws, ids)
}

#[test]
fn positions_follow_import_order_and_progress_counts_done() {
    let (mut ws, ids) = corpus_of(12);
    let c = Corpus::new(&ws.list());
    assert_eq!(c.position(&ids[0]), Some(1));
    assert_eq!(c.position(&ids[11]), Some(12));
    assert_eq!(c.progress(), Progress { done: 0, skipped: 0, total: 12 });
    ws.set_status(&ids[3], DocStatus::Done, 200).unwrap();
    ws.set_status(&ids[4], DocStatus::Skipped, 200).unwrap();
    let c = Corpus::new(&ws.list());
    // Modification does not move a document.
    assert_eq!(c.position(&ids[3]), Some(4));
    assert_eq!(c.progress(), Progress { done: 1, skipped: 1, total: 12 });
    assert!((c.progress().fraction() - 1.0 / 12.0).abs() < 1e-9);
}

#[test]
fn next_to_do_skips_done_and_wraps_previous_goes_back_in_order() {
    let (mut ws, ids) = corpus_of(6);
    for i in [1, 2, 5] {
        ws.set_status(&ids[i], DocStatus::Done, 200).unwrap();
    }
    let c = Corpus::new(&ws.list());
    assert_eq!(c.next_to_do(Some(&ids[0])), Some(ids[3].as_str()));
    assert_eq!(c.next_to_do(Some(&ids[4])), Some(ids[0].as_str()), "wraps to the start");
    assert_eq!(c.next_to_do(None), Some(ids[0].as_str()));
    assert_eq!(c.upcoming_to_do(Some(&ids[0]), 5), [ids[3].as_str(), ids[4].as_str()]);
    // Previous / next ignore status.
    assert_eq!(c.prev(&ids[3]), Some(ids[2].as_str()));
    assert_eq!(c.next(&ids[0]), Some(ids[1].as_str()));
    assert_eq!(c.prev(&ids[0]), None);
    assert_eq!(c.next(&ids[5]), None);
    // The last one to do: nothing else to go to.
    for i in [0, 3] {
        ws.set_status(&ids[i], DocStatus::Done, 300).unwrap();
    }
    let c = Corpus::new(&ws.list());
    assert_eq!(c.next_to_do(Some(&ids[4])), None);
}

fn with_label(ws: &mut Workspace<MemoryStore>, id: &str, label: &str) {
    let mut d = ws.load_doc(id).unwrap().doc;
    d.annotations.insert(
        1,
        spandrel_core::Annotation {
            id: 1,
            span: Span::new(0, 4),
            label: label.into(),
            note: String::new(),
            attributes: Default::default(),
            origin: Origin::Extracted { engine: "t".into(), score: 0.9 },
            state: SpanState::Suggested,
            rev: 0,
        },
    );
    d.next_id = 2;
    d.modified = 500;
    let rev = ws.entry(id).unwrap().revision;
    ws.save_doc(&d, rev).unwrap();
}

#[test]
fn the_table_filters_sorts_and_pages() {
    let (mut ws, ids) = corpus_of(250);
    ws.set_status(&ids[10], DocStatus::Done, 300).unwrap();
    with_label(&mut ws, &ids[20], "DRUG");
    let entries: Vec<IndexEntry> = ws.list();
    let c = Corpus::new(&entries);
    let none = HashMap::new();

    let q = TableQuery { page_size: 100, ..TableQuery::default() };
    let t = table(&c, &entries, &q, &none);
    assert_eq!((t.rows.len(), t.pages, t.matching), (100, 3, 250));
    assert_eq!(t.rows[0].position, 1);
    let last = table(&c, &entries, &TableQuery { page: 9, ..q.clone() }, &none);
    assert_eq!((last.page, last.rows.len(), last.rows[0].position), (2, 50, 201));

    let not_done_q = TableQuery { status: StatusFilter::NotDone, ..q.clone() };
    assert_eq!(table(&c, &entries, &not_done_q, &none).matching, 249);
    let not_done = matching_ids(&c, &entries, &not_done_q);
    assert_eq!(not_done.len(), 249);
    assert!(!not_done.contains(&ids[10]));
    let done = matching_ids(&c, &entries, &TableQuery { status: StatusFilter::Is(DocStatus::Done), ..q.clone() });
    assert_eq!(done, [ids[10].clone()]);

    let drug = matching_ids(&c, &entries, &TableQuery { label: Some("DRUG".into()), ..q.clone() });
    assert_eq!(drug, [ids[20].clone()]);
    // Text: title or text, ignoring case; "Text 7 " matches only one sentence.
    let text = matching_ids(&c, &entries, &TableQuery { text: "text 7 ABOUT".into(), ..q.clone() });
    assert_eq!(text, [ids[7].clone()]);

    // Most recently modified first: the labelled one (500), the done one (300), then corpus order.
    let mq = TableQuery { sort: SortKey::Modified, ..q.clone() };
    assert_eq!(&matching_ids(&c, &entries, &mq)[..3], [ids[20].clone(), ids[10].clone(), ids[0].clone()]);
    assert_eq!(table(&c, &entries, &mq, &none).rows[0].position, 21);
    // Entries in another order than the workspace lists them give the same table.
    let mut shuffled = entries.clone();
    shuffled.reverse();
    assert_eq!(table(&c, &shuffled, &mq, &none), table(&c, &entries, &mq, &none));
}

#[test]
fn suggestion_counts_are_stored_computed_or_unknown() {
    let (mut ws, ids) = corpus_of(3);
    with_label(&mut ws, &ids[0], "ORG");
    let entries = ws.list();
    let c = Corpus::new(&entries);
    let computed: HashMap<String, usize> = [(ids[1].clone(), 4)].into_iter().collect();
    let t = table(&c, &entries, &TableQuery::default(), &computed);
    let s: Vec<Pending> = t.rows.iter().map(|r| r.suggestions).collect();
    assert_eq!(s, [Pending::Stored { accepted: 0, pending: 1 }, Pending::Computed(4), Pending::Unknown]);
}

#[test]
fn status_filter_values_round_trip() {
    for f in [
        StatusFilter::Any,
        StatusFilter::NotDone,
        StatusFilter::ToDo,
        StatusFilter::Is(DocStatus::New),
        StatusFilter::Is(DocStatus::Skipped),
    ] {
        assert_eq!(StatusFilter::from_value(f.value()), Some(f));
    }
    assert_eq!(StatusFilter::from_value("bogus"), None);
}

#[test]
fn done_next_accepts_what_is_shown_marks_done_and_names_the_next_to_do() {
    let (mut ws, ids) = corpus_of(4);
    ws.set_status(&ids[1], DocStatus::Done, 200).unwrap();
    let c = Corpus::new(&ws.list());
    let mut doc = ws.load_doc(&ids[0]).unwrap().doc;
    let sug = |a: usize, b: usize, score: f32| spandrel_core::Annotation {
        id: 0,
        span: Span::new(a, b),
        label: "GPE".into(),
        note: String::new(),
        attributes: Default::default(),
        origin: Origin::Extracted { engine: "e".into(), score },
        state: SpanState::Suggested,
        rev: 0,
    };
    for (id, mut a) in [(1, sug(0, 4, 0.9)), (2, sug(5, 6, 0.2)), (3, sug(13, 17, 0.5))] {
        a.id = id;
        doc.annotations.insert(id, a);
    }
    doc.annotations.get_mut(&3).unwrap().state = SpanState::Rejected;
    let step = done_next(&c, &doc, 0.5);
    // Below the threshold (2) and decided (3) are left alone; ids[1] is done, so ids[2] comes next.
    assert_eq!(step, DoneNext { accept: vec![1], mark_done: true, next: Some(ids[2].clone()) });
    assert_eq!(shown_suggestions(&doc, Some("GPE"), None), vec![1, 2]);
    assert_eq!(shown_suggestions(&doc, Some("ORG"), None), Vec::<u64>::new());
    // Already done: not marked again. From the last one to do, the queue wraps to the first.
    doc.status = DocStatus::Done;
    let last = ws.load_doc(&ids[3]).unwrap().doc;
    assert!(!done_next(&c, &doc, 0.5).mark_done);
    assert_eq!(done_next(&c, &last, 0.5).next, Some(ids[0].clone()));
    // Nothing else left to do: no next document, never the one it starts from.
    for id in &ids[1..] {
        ws.set_status(id, DocStatus::Done, 300).unwrap();
    }
    let c = Corpus::new(&ws.list());
    assert_eq!(done_next(&c, &doc, 0.5).next, None);
}

#[test]
fn an_annotators_queue_is_their_assigned_documents_in_corpus_order() {
    let (mut ws, ids) = corpus_of(8);
    // No assignment: everyone's queue is the whole corpus.
    assert_eq!(Corpus::queue(&ws.list(), Some("alice")).ids(), &ids[..]);
    let current: Vec<(String, Vec<String>)> = ids.iter().map(|id| (id.clone(), Vec::new())).collect();
    let team = vec!["alice".to_owned(), "bob".to_owned()];
    let plan = spandrel_core::assign::assign(
        &current,
        &team,
        spandrel_core::assign::Rule { overlap_share: 0.25, overlap_k: 2 },
    )
    .unwrap();
    for (id, who) in &plan {
        let stored = ws.load_doc(id).unwrap();
        let mut d = stored.doc.clone();
        d.assigned = who.clone();
        ws.save_doc(&d, stored.revision).unwrap();
    }
    let entries = ws.list();
    let alice = Corpus::queue(&entries, Some("alice"));
    let bob = Corpus::queue(&entries, Some("bob"));
    let theirs = |u: &str| -> Vec<String> {
        plan.iter().filter(|(_, w)| w.iter().any(|x| x == u)).map(|(id, _)| id.clone()).collect()
    };
    assert_eq!(alice.ids(), &theirs("alice")[..], "in corpus order, only hers");
    assert_eq!(bob.ids(), &theirs("bob")[..]);
    assert_eq!(alice.len() + bob.len(), 8 + 2, "two documents are in both queues");
    assert_eq!(alice.position(&theirs("alice")[0]), Some(1));
    // Done → next walks only her documents.
    let first = theirs("alice")[0].clone();
    assert_eq!(alice.next_to_do(Some(&first)), Some(theirs("alice")[1].as_str()));
    // Someone not in the team has an empty queue; no user (no sync) sees everything.
    assert!(Corpus::queue(&entries, Some("carol")).is_empty());
    assert_eq!(Corpus::queue(&entries, None).len(), 8);
}

#[test]
fn a_ranked_queue_puts_the_finished_first_then_the_ranking_then_the_unranked_in_corpus_order() {
    let (mut ws, ids) = corpus_of(6);
    ws.set_status(&ids[2], DocStatus::Done, 200).unwrap();
    ws.set_status(&ids[4], DocStatus::Skipped, 200).unwrap();
    let c = Corpus::new(&ws.list());
    assert_eq!(c.to_do(), [&ids[0], &ids[1], &ids[3], &ids[5]].map(String::as_str));
    // The worker ranked three of the four to do (and one that is done, and one that is not in the corpus).
    let ranking = vec![ids[5].clone(), "gone".to_owned(), ids[2].clone(), ids[1].clone(), ids[0].clone()];
    // ids[3] is open, so left out of the ranking: it comes right after the finished ones.
    let r = c.ranked(&ranking);
    let order: Vec<&str> = (1..=6).map(|p| r.ids()[p - 1].as_str()).collect();
    assert_eq!(order, [&ids[2], &ids[4], &ids[3], &ids[5], &ids[1], &ids[0]].map(String::as_str));
    assert_eq!(r.progress(), c.progress(), "the same documents");
    assert_eq!(r.position(&ids[3]), Some(3), "the open document stands after the finished ones");
    // Done → next walks the ranking: from the open document to the most informative one, then on.
    assert_eq!(r.next_to_do(Some(&ids[3])), Some(ids[5].as_str()));
    assert_eq!(r.next_to_do(Some(&ids[5])), Some(ids[1].as_str()));
    assert_eq!(r.upcoming_to_do(Some(&ids[3]), 3), [&ids[5], &ids[1], &ids[0]].map(String::as_str));
    // An empty ranking is the corpus order of what is left.
    assert_eq!(c.ranked(&[]).to_do(), c.to_do());
}

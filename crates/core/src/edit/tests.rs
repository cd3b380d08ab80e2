//! The editor's behaviour: commands, undo and redo, and what they say.

#[test]
fn suggestions_follow_the_engine_without_touching_decisions() {
    use crate::model::Origin;
    let mut ed = Editor::new(Document::new("d", "t", "Ali met Bob in Rome and Oslo.", 0));
    let sug = |a: usize, b: usize, l: &str| NewSpan {
        span: Span::new(a, b),
        label: l.into(),
        origin: Origin::Extracted { engine: "e".into(), score: 0.9 },
        state: SpanState::Suggested,
        note: String::new(),
    };
    ed.apply(Command::AddSpans(vec![sug(0, 3, "PERSON"), sug(8, 11, "PERSON"), sug(15, 19, "GPE")]), 1).unwrap();
    let id = |ed: &Editor, a: usize| ed.doc().annotations.values().find(|x| x.span.start == a).unwrap().id;
    let (ali, bob) = (id(&ed, 0), id(&ed, 8));
    ed.apply(Command::SetState { ids: vec![ali], state: SpanState::Accepted }, 2).unwrap();
    ed.apply(Command::SetState { ids: vec![bob], state: SpanState::Rejected }, 3).unwrap();
    // The engine now suggests Ali and Bob again (decided: left alone), Oslo (new), not Rome.
    let fresh = vec![sug(0, 3, "PERSON"), sug(8, 11, "PERSON"), sug(24, 28, "GPE")];
    let cmd = suggestion_update(ed.doc(), fresh.clone()).unwrap();
    let applied = ed.apply(cmd, 4).unwrap();
    assert_eq!(applied.description, "Suggestions updated: 1 new, 1 withdrawn");
    let mut now: Vec<(usize, &str, SpanState)> =
        ed.doc().annotations.values().map(|a| (a.span.start, a.label.as_str(), a.state)).collect();
    now.sort_by_key(|x| x.0);
    assert_eq!(
        now,
        [(0, "PERSON", SpanState::Accepted), (8, "PERSON", SpanState::Rejected), (24, "GPE", SpanState::Suggested)]
    );
    // Nothing more to do with the same set; one undo brings Rome back.
    assert!(suggestion_update(ed.doc(), fresh).is_none());
    ed.undo(5).unwrap();
    assert!(ed.doc().annotations.values().any(|a| a.span.start == 15));
    // Only pending suggestions can be withdrawn.
    let bad = Command::ReplaceSuggestions { remove: vec![ali], add: vec![] };
    assert_eq!(ed.apply(bad, 5).unwrap_err(), EditError::NotASuggestion(ali));
}

#[test]
fn labelling_a_suggested_range_accepts_the_suggestion() {
    let mut ed = Editor::new(Document::new("d", "t", "Iran and Oman", 0));
    let sug = NewSpan {
        span: Span::new(0, 4),
        label: "GPE".into(),
        origin: Origin::Extracted { engine: "x".into(), score: 0.9 },
        state: SpanState::Suggested,
        note: String::new(),
    };
    let id = ed.apply(Command::AddSpan(sug), 1).unwrap().created[0];
    let cmd = label_range(ed.doc(), Span::new(0, 4), "GPE");
    assert_eq!(cmd, Command::SetState { ids: vec![id], state: SpanState::Accepted });
    ed.apply(cmd, 2).unwrap();
    assert_eq!(ed.doc().annotations[&id].state, SpanState::Accepted);
    // Another label, or an already accepted span, gives a new span / a duplicate error.
    assert!(matches!(label_range(ed.doc(), Span::new(0, 4), "ORG"), Command::AddSpan(_)));
    assert!(ed.apply(label_range(ed.doc(), Span::new(0, 4), "GPE"), 3).is_err());
}

use super::*;

fn editor() -> Editor {
    Editor::new(Document::new("d", "T", "Tehran’s talks in Muscat 👨\u{200d}👩\u{200d}👧 end", 0))
}

#[test]
fn add_undo_redo_roundtrip() {
    let mut ed = editor();
    let before = ed.doc().clone();
    let a = ed.apply(Command::AddSpan(NewSpan::manual(Span::new(0, 6), "GPE")), 5).unwrap();
    assert_eq!(a.created, vec![1]);
    assert_eq!(a.description, "Added GPE “Tehran”");
    assert_eq!(ed.doc().modified, 5);
    let after = ed.doc().clone();
    let u = ed.undo(6).unwrap();
    assert_eq!(u.removed, vec![1]);
    assert_eq!(u.description, "Undid: Added GPE “Tehran”");
    assert_eq!(ed.doc().annotations, before.annotations);
    assert_eq!(ed.doc().next_id, before.next_id);
    let r = ed.redo(7).unwrap();
    assert_eq!(r.created, vec![1]);
    assert_eq!(ed.doc().annotations, after.annotations);
    assert!(!ed.can_redo());
}

#[test]
fn rejects_bad_spans_and_changes_nothing() {
    let mut ed = editor();
    let len = ed.doc().text.len_cp();
    let add = |s, e| Command::AddSpan(NewSpan::manual(Span::new(s, e), "X"));
    assert_eq!(ed.apply(add(3, 3), 1), Err(EditError::EmptySpan { start: 3, end: 3 }));
    assert_eq!(ed.apply(add(0, len + 1), 1), Err(EditError::OutOfRange { start: 0, end: len + 1, len }));
    // The family emoji starts at 25; 27 is inside it.
    assert_eq!(ed.apply(add(25, 27), 1), Err(EditError::SplitsGrapheme { start: 25, end: 27, pos: 27 }));
    ed.apply(add(0, 6), 1).unwrap();
    assert_eq!(ed.apply(add(0, 6), 2), Err(EditError::Duplicate { start: 0, end: 6, label: "X".into(), existing: 1 }));
    let snapshot = ed.doc().clone();
    let batch = Command::AddSpans(vec![NewSpan::manual(Span::new(9, 14), "X"), NewSpan::manual(Span::new(5, 2), "X")]);
    let err = ed.apply(batch, 3).unwrap_err();
    assert_eq!(err.to_string(), "item 2 of the batch: the selection 5..2 is empty: select at least one character");
    assert_eq!(*ed.doc(), snapshot);
    assert_eq!(ed.undo_description(), Some("Added X “Tehran”"));
}

#[test]
fn remove_takes_relations_and_revs_bump() {
    let mut ed = editor();
    let spans = vec![NewSpan::manual(Span::new(0, 6), "GPE"), NewSpan::manual(Span::new(18, 24), "GPE")];
    let a = ed.apply(Command::AddSpans(spans.clone()), 1).unwrap();
    assert_eq!(a.created, vec![1, 2]);
    let again = ed.apply(Command::AddSpans(spans), 2).unwrap();
    assert_eq!((again.created.len(), again.skipped), (0, 2));
    assert_eq!(ed.apply(Command::AddRelation { from: 1, to: 1, kind: "r".into() }, 2), Err(EditError::SelfRelation(1)));
    ed.apply(Command::AddRelation { from: 1, to: 2, kind: "r".into() }, 2).unwrap();
    ed.apply(Command::Relabel { id: 2, label: "LOC".into() }, 3).unwrap();
    assert_eq!(ed.doc().annotations[&2].rev, 1);
    let r = ed.apply(Command::RemoveSpans(vec![2]), 4).unwrap();
    assert_eq!(r.removed, vec![2, 3]);
    assert!(ed.doc().relations.is_empty());
    ed.undo(5);
    assert_eq!(ed.doc().relations.len(), 1);
    assert_eq!(ed.doc().annotations[&2].label, "LOC");
    assert_eq!(ed.doc().annotations[&2].rev, 1);
}

#[test]
fn the_document_direction_is_set_undone_and_redone() {
    use crate::bidi::Direction;
    let mut ed = Editor::new(Document::new("d", "t", "שלום world", 0));
    let r = ed.apply(Command::SetDirection(Some(Direction::Ltr)), 1).unwrap();
    assert_eq!(r.description, "Text direction: left to right");
    assert_eq!(ed.doc().direction, Some(Direction::Ltr));
    // Setting it again changes nothing and records no step.
    ed.apply(Command::SetDirection(Some(Direction::Ltr)), 2).unwrap();
    ed.undo(3);
    assert_eq!(ed.doc().direction, None);
    assert!(!ed.can_undo());
    ed.redo(4);
    assert_eq!(ed.doc().direction, Some(Direction::Ltr));
    // It is stored with the document, and a document without it reads as before.
    let json = serde_json::to_value(ed.doc()).unwrap();
    assert_eq!(json["direction"], "ltr");
    let plain = serde_json::to_value(Document::new("e", "t", "x", 0)).unwrap();
    assert!(plain.get("direction").is_none());
}

#[test]
fn an_unrecorded_change_is_no_undo_step_and_empties_the_history() {
    let mut ed = editor();
    ed.apply(Command::AddSpan(NewSpan::manual(Span::new(0, 6), "GPE")), 1).unwrap();
    ed.undo(2).unwrap();
    assert!(ed.can_redo());
    let a = ed.apply_unrecorded(Command::AddSpan(NewSpan::manual(Span::new(18, 24), "GPE")), 3).unwrap();
    assert_eq!(a.created.len(), 1);
    assert_eq!(ed.doc().annotations.len(), 1);
    assert_eq!(ed.doc().modified, 3);
    assert!(!ed.can_undo() && !ed.can_redo());
    // On error nothing changes, the history included.
    ed.apply(Command::AddSpan(NewSpan::manual(Span::new(9, 14), "X")), 4).unwrap();
    let snapshot = ed.doc().clone();
    assert!(ed.apply_unrecorded(Command::AddSpan(NewSpan::manual(Span::new(3, 3), "X")), 5).is_err());
    assert_eq!(*ed.doc(), snapshot);
    assert!(ed.can_undo());
}

#[test]
fn an_applied_change_names_what_it_touched_and_says_when_it_touched_nothing() {
    let mut ed = editor();
    let spans = vec![NewSpan::manual(Span::new(0, 6), "GPE"), NewSpan::manual(Span::new(18, 24), "GPE")];
    let first = ed.apply(Command::AddSpans(spans.clone()), 1).unwrap();
    assert!(!first.is_empty());
    assert_eq!(first.touched().collect::<Vec<_>>(), first.created);
    // The same spans again are duplicates: skipped, nothing touched.
    let again = ed.apply_unrecorded(Command::AddSpans(spans), 2).unwrap();
    assert!(again.is_empty());
    assert_eq!(again.touched().count(), 0);
    let removed = ed.apply(Command::RemoveSpans(vec![first.created[0]]), 3).unwrap();
    assert_eq!(removed.touched().collect::<Vec<_>>(), vec![first.created[0]]);
}

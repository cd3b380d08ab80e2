//! What each [`Command`] checks and changes: [`run`] dispatches to one function per command.
//!
//! Invariants:
//! - Every function checks before it mutates where it can; when a check fails midway the caller rolls
//!   the transaction back, so a command changes everything it should or nothing.
//! - Every function returns its description (worded by [`super::describe`]) and the number of
//!   duplicates it skipped; none of them writes English itself.

use super::describe;
use super::tx::Tx;
use super::{validate_span, Command, EditError, NewSpan};
use crate::model::{DocStatus, Document, Id, Span, SpanState};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// What a command did: its description and how many duplicates it skipped.
pub(super) type Outcome = Result<(String, usize), EditError>;

/// Executes a command inside a transaction.
pub(super) fn run(tx: &mut Tx<'_>, cmd: Command) -> Outcome {
    match cmd {
        Command::AddSpan(n) => add_span(tx, n),
        Command::AddSpans(items) => add_spans(tx, items),
        Command::RemoveSpans(ids) => remove_spans(tx, ids),
        Command::ReplaceSuggestions { remove, add } => replace_suggestions(tx, remove, add),
        Command::Relabel { id, label } => relabel(tx, id, label),
        Command::AcceptAs { id, label } => accept_as(tx, id, label),
        Command::RelabelAll { from, to } => relabel_all(tx, from, to),
        Command::Resize { id, span } => resize(tx, id, span),
        Command::SetState { ids, state } => set_state(tx, ids, state),
        Command::SetNote { id, note } => set_note(tx, id, note),
        Command::SetAttribute { id, key, value } => set_attribute(tx, id, key, value),
        Command::AddRelation { from, to, kind } => add_relation(tx, from, to, kind),
        Command::RemoveRelations(ids) => remove_relations(tx, ids),
        Command::SetDocLabels(labels) => set_doc_labels(tx, labels),
        Command::SetStatus(status) => set_status(tx, status),
        Command::SetTitle(title) => set_title(tx, title),
        Command::SetDirection(dir) => set_direction(tx, dir),
    }
}

fn add_span(tx: &mut Tx<'_>, n: NewSpan) -> Outcome {
    check_label(&n.label)?;
    validate_span(tx.doc, n.span)?;
    check_duplicate(tx.doc, n.span, &n.label, None)?;
    let desc = describe::added_span(tx.doc, &n.label, n.span);
    tx.create_ann(n);
    Ok((desc, 0))
}

fn add_spans(tx: &mut Tx<'_>, items: Vec<NewSpan>) -> Outcome {
    // Sized once for all: growing it while adding thousands of suggestions rehashes every key.
    let mut seen: HashSet<(Span, String)> = HashSet::with_capacity(tx.doc.annotations.len() + items.len());
    seen.extend(tx.doc.annotations.values().map(|a| (a.span, a.label.clone())));
    let (mut added, mut skipped) = (0, 0);
    for (index, n) in items.into_iter().enumerate() {
        let wrap = |e| EditError::InBatch { index, source: Box::new(e) };
        check_label(&n.label).map_err(wrap)?;
        validate_span(tx.doc, n.span).map_err(wrap)?;
        if !seen.insert((n.span, n.label.clone())) {
            skipped += 1;
            continue;
        }
        tx.create_ann(n);
        added += 1;
    }
    Ok((describe::added_spans(added, skipped), skipped))
}

/// Removes the annotations and every relation touching them.
fn remove_spans(tx: &mut Tx<'_>, ids: Vec<Id>) -> Outcome {
    let ids = unique(ids);
    let doomed: HashSet<Id> = ids.iter().copied().collect();
    let rel_ids: Vec<Id> = tx
        .doc
        .relations
        .values()
        .filter(|r| doomed.contains(&r.from) || doomed.contains(&r.to))
        .map(|r| r.id)
        .collect();
    let single = match ids.as_slice() {
        [id] => Some(tx.ann(*id)?),
        _ => None,
    };
    let desc = describe::removed_spans(tx.doc, single, ids.len(), rel_ids.len());
    for id in ids {
        tx.remove_ann(id)?;
    }
    for id in &rel_ids {
        tx.remove_rel(*id)?;
    }
    Ok((desc, 0))
}

/// Withdraws pending suggestions and adds new ones as one step.
fn replace_suggestions(tx: &mut Tx<'_>, remove: Vec<Id>, add: Vec<NewSpan>) -> Outcome {
    for id in &remove {
        if tx.ann(*id)?.state != SpanState::Suggested {
            return Err(EditError::NotASuggestion(*id));
        }
    }
    let (n_remove, n_add) = (remove.len(), add.len());
    if !remove.is_empty() {
        remove_spans(tx, remove)?;
    }
    let (_, skipped) = if add.is_empty() { (String::new(), 0) } else { add_spans(tx, add)? };
    Ok((describe::suggestions_updated(n_add - skipped, n_remove), skipped))
}

fn relabel(tx: &mut Tx<'_>, id: Id, label: String) -> Outcome {
    check_label(&label)?;
    let span = tx.ann(id)?.span;
    check_duplicate(tx.doc, span, &label, Some(id))?;
    let desc = describe::relabelled(tx.doc, span, &label);
    tx.ann_mut(id)?.label = label;
    Ok((desc, 0))
}

/// Relabels a pending suggestion and accepts it; refuses a span that is not a pending suggestion.
fn accept_as(tx: &mut Tx<'_>, id: Id, label: String) -> Outcome {
    if tx.ann(id)?.state != SpanState::Suggested {
        return Err(EditError::NotASuggestion(id));
    }
    check_label(&label)?;
    let span = tx.ann(id)?.span;
    check_duplicate(tx.doc, span, &label, Some(id))?;
    let desc = describe::accepted_as(tx.doc, span, &label);
    let a = tx.ann_mut(id)?;
    a.label = label;
    a.state = SpanState::Accepted;
    Ok((desc, 0))
}

/// Renames a label on every annotation carrying it; refuses to create a duplicate.
fn relabel_all(tx: &mut Tx<'_>, from: String, to: String) -> Outcome {
    check_label(&to)?;
    if from == to {
        return Ok((String::new(), 0));
    }
    let taken: BTreeMap<Span, Id> =
        tx.doc.annotations.values().filter(|a| a.label == to).map(|a| (a.span, a.id)).collect();
    let ids: Vec<(Id, Span)> =
        tx.doc.annotations.values().filter(|a| a.label == from).map(|a| (a.id, a.span)).collect();
    for (id, span) in &ids {
        if let Some(&existing) = taken.get(span) {
            return Err(EditError::Duplicate { start: span.start, end: span.end, label: to, existing });
        }
        tx.ann_mut(*id)?.label.clone_from(&to);
    }
    Ok((describe::relabelled_all(ids.len(), &from, &to), 0))
}

fn resize(tx: &mut Tx<'_>, id: Id, span: Span) -> Outcome {
    validate_span(tx.doc, span)?;
    let label = tx.ann(id)?.label.clone();
    check_duplicate(tx.doc, span, &label, Some(id))?;
    let desc = describe::resized(tx.doc, &label, span);
    tx.ann_mut(id)?.span = span;
    Ok((desc, 0))
}

fn set_state(tx: &mut Tx<'_>, ids: Vec<Id>, state: SpanState) -> Outcome {
    let ids = unique(ids);
    let single = match ids.as_slice() {
        [id] => Some(tx.ann(*id)?),
        _ => None,
    };
    let desc = describe::marked(tx.doc, single, ids.len(), state);
    for id in ids {
        if tx.ann(id)?.state != state {
            tx.ann_mut(id)?.state = state;
        }
    }
    Ok((desc, 0))
}

fn set_note(tx: &mut Tx<'_>, id: Id, note: String) -> Outcome {
    let a = tx.ann(id)?;
    let desc = describe::note(tx.doc, a, &note);
    if a.note != note {
        tx.ann_mut(id)?.note = note;
    }
    Ok((desc, 0))
}

/// Sets an attribute, or removes it for `None`.
fn set_attribute(tx: &mut Tx<'_>, id: Id, key: String, value: Option<String>) -> Outcome {
    if key.trim().is_empty() {
        return Err(EditError::EmptyAttributeKey);
    }
    let a = tx.ann(id)?;
    if a.attributes.get(&key) == value.as_ref() {
        return Ok((String::new(), 0));
    }
    let desc = describe::attribute(tx.doc, a, &key, value.as_deref());
    let attrs = &mut tx.ann_mut(id)?.attributes;
    match value {
        Some(v) => attrs.insert(key, v),
        None => attrs.remove(&key),
    };
    Ok((desc, 0))
}

fn add_relation(tx: &mut Tx<'_>, from: Id, to: Id, kind: String) -> Outcome {
    if kind.trim().is_empty() {
        return Err(EditError::EmptyRelationType);
    }
    let a = tx.ann(from)?;
    let b = tx.ann(to)?;
    if from == to {
        return Err(EditError::SelfRelation(from));
    }
    if tx.doc.relations.values().any(|r| r.from == from && r.to == to && r.kind == kind) {
        return Err(EditError::DuplicateRelation { from, to, kind });
    }
    let desc = describe::linked(tx.doc, a.span, b.span, &kind);
    tx.create_rel(from, to, kind);
    Ok((desc, 0))
}

fn remove_relations(tx: &mut Tx<'_>, ids: Vec<Id>) -> Outcome {
    let ids = unique(ids);
    let desc = describe::removed_relations(ids.len());
    for id in ids {
        tx.remove_rel(id)?;
    }
    Ok((desc, 0))
}

fn set_doc_labels(tx: &mut Tx<'_>, labels: BTreeSet<String>) -> Outcome {
    let desc = describe::doc_labels(&labels);
    let prior = std::mem::replace(&mut tx.doc.doc_labels, labels);
    tx.doc_labels.get_or_insert(prior);
    Ok((desc, 0))
}

fn set_status(tx: &mut Tx<'_>, status: DocStatus) -> Outcome {
    let prior = std::mem::replace(&mut tx.doc.status, status);
    tx.status.get_or_insert(prior);
    Ok((describe::status(status), 0))
}

fn set_title(tx: &mut Tx<'_>, title: String) -> Outcome {
    let desc = describe::title(&title);
    let prior = std::mem::replace(&mut tx.doc.title, title);
    tx.title.get_or_insert(prior);
    Ok((desc, 0))
}

fn set_direction(tx: &mut Tx<'_>, dir: Option<crate::bidi::Direction>) -> Outcome {
    let desc = describe::direction(dir);
    let prior = std::mem::replace(&mut tx.doc.direction, dir);
    tx.direction.get_or_insert(prior);
    Ok((desc, 0))
}

fn check_label(label: &str) -> Result<(), EditError> {
    if label.trim().is_empty() {
        Err(EditError::EmptyLabel)
    } else {
        Ok(())
    }
}

/// Fails if another annotation (not `except`) already has this span and label.
fn check_duplicate(doc: &Document, span: Span, label: &str, except: Option<Id>) -> Result<(), EditError> {
    match doc.annotations.values().find(|a| Some(a.id) != except && a.span == span && a.label == label) {
        Some(a) => {
            Err(EditError::Duplicate { start: span.start, end: span.end, label: label.to_owned(), existing: a.id })
        }
        None => Ok(()),
    }
}

/// Dedupes ids, keeping first occurrences in order.
fn unique(ids: Vec<Id>) -> Vec<Id> {
    let mut seen = HashSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

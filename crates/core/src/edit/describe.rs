//! The English sentences that say what a command, undo or redo did ([`super::Applied::description`]):
//! what the live region announces and the undo / redo buttons show.
//!
//! Owns every human-readable word of the edit module; the commands decide and mutate, this module only
//! words the outcome. Invariant: every function here is pure (it reads the document, never changes it)
//! and returns one sentence without a trailing full stop.

use crate::model::{Annotation, DocStatus, Document, Span, SpanState};
use std::collections::BTreeSet;

/// The covered text of a span in quotes, shortened for announcements.
pub(super) fn quote(doc: &Document, span: Span) -> String {
    const MAX: usize = 40;
    let s = doc.covered(span).unwrap_or("");
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("“{out}”")
}

/// "1 span", "3 spans".
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn state_word(s: SpanState) -> &'static str {
    match s {
        SpanState::Accepted => "accepted",
        SpanState::Suggested => "suggested",
        SpanState::Rejected => "rejected",
    }
}

/// An annotation as the sentences name it: its label and quoted text.
fn target(doc: &Document, a: &Annotation) -> String {
    format!("{} {}", a.label, quote(doc, a.span))
}

pub(super) fn added_span(doc: &Document, label: &str, span: Span) -> String {
    format!("Added {label} {}", quote(doc, span))
}

pub(super) fn added_spans(added: usize, skipped: usize) -> String {
    let mut desc = format!("Added {}", plural(added, "span", "spans"));
    if skipped > 0 {
        desc.push_str(&format!(", skipped {}", plural(skipped, "duplicate", "duplicates")));
    }
    desc
}

/// `single`: the one annotation removed, when there is exactly one.
pub(super) fn removed_spans(doc: &Document, single: Option<&Annotation>, count: usize, relations: usize) -> String {
    let mut desc = match single {
        Some(a) => format!("Removed {}", target(doc, a)),
        None => format!("Removed {}", plural(count, "span", "spans")),
    };
    if relations > 0 {
        desc.push_str(&format!(" and {}", plural(relations, "relation", "relations")));
    }
    desc
}

pub(super) fn suggestions_updated(new: usize, withdrawn: usize) -> String {
    format!("Suggestions updated: {new} new, {withdrawn} withdrawn")
}

pub(super) fn relabelled(doc: &Document, span: Span, label: &str) -> String {
    format!("Relabelled {} as {label}", quote(doc, span))
}

pub(super) fn accepted_as(doc: &Document, span: Span, label: &str) -> String {
    format!("Accepted {} as {label}", quote(doc, span))
}

pub(super) fn relabelled_all(count: usize, from: &str, to: &str) -> String {
    format!("Relabelled {} from {from} to {to}", plural(count, "span", "spans"))
}

pub(super) fn resized(doc: &Document, label: &str, span: Span) -> String {
    format!("Resized {label} to {}", quote(doc, span))
}

/// `single`: the one annotation marked, when there is exactly one.
pub(super) fn marked(doc: &Document, single: Option<&Annotation>, count: usize, state: SpanState) -> String {
    match single {
        Some(a) => format!("Marked {} as {}", target(doc, a), state_word(state)),
        None => format!("Marked {} as {}", plural(count, "span", "spans"), state_word(state)),
    }
}

pub(super) fn note(doc: &Document, a: &Annotation, new_note: &str) -> String {
    let what = if new_note.is_empty() { "Removed the note on" } else { "Updated the note on" };
    format!("{what} {}", target(doc, a))
}

pub(super) fn attribute(doc: &Document, a: &Annotation, key: &str, value: Option<&str>) -> String {
    match value {
        Some(v) => format!("Set {key} = {v} on {}", target(doc, a)),
        None => format!("Removed {key} from {}", target(doc, a)),
    }
}

pub(super) fn linked(doc: &Document, from: Span, to: Span, kind: &str) -> String {
    format!("Linked {} to {} as {kind}", quote(doc, from), quote(doc, to))
}

pub(super) fn removed_relations(count: usize) -> String {
    format!("Removed {}", plural(count, "relation", "relations"))
}

pub(super) fn doc_labels(labels: &BTreeSet<String>) -> String {
    if labels.is_empty() {
        "Cleared the document labels".to_owned()
    } else {
        format!("Document labels: {}", labels.iter().cloned().collect::<Vec<_>>().join(", "))
    }
}

pub(super) fn status(status: DocStatus) -> String {
    format!("Marked the document as {}", status.name().to_lowercase())
}

pub(super) fn direction(dir: Option<crate::bidi::Direction>) -> String {
    match dir {
        None => "Text direction: each paragraph's own".to_owned(),
        Some(crate::bidi::Direction::Ltr) => "Text direction: left to right".to_owned(),
        Some(crate::bidi::Direction::Rtl) => "Text direction: right to left".to_owned(),
    }
}

pub(super) fn title(title: &str) -> String {
    format!("Renamed the document to “{title}”")
}

/// A command that changed nothing because every span it would add exists already.
pub(super) fn nothing_added(skipped: usize) -> String {
    format!("Nothing added: {}", plural(skipped, "duplicate span", "duplicate spans"))
}

/// A command that changed nothing.
pub(super) fn nothing_to_change() -> String {
    "Nothing to change".to_owned()
}

pub(super) fn undid(description: &str) -> String {
    format!("Undid: {description}")
}

pub(super) fn redid(description: &str) -> String {
    format!("Redid: {description}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_and_counts_agree() {
        let text = "x".repeat(45);
        let doc = Document::new("d", "t", text.as_str(), 0);
        assert_eq!(quote(&doc, Span::new(0, 45)), format!("“{}…”", "x".repeat(40)));
        assert_eq!(quote(&doc, Span::new(0, 3)), "“xxx”");
        assert_eq!(added_spans(1, 0), "Added 1 span");
        assert_eq!(added_spans(2, 1), "Added 2 spans, skipped 1 duplicate");
        assert_eq!(status(DocStatus::InProgress), "Marked the document as in progress");
        assert_eq!(doc_labels(&BTreeSet::new()), "Cleared the document labels");
    }
}

//! Review mode: the open document's suggestions asked one at a time, the most doubtful first, and what
//! each answer does.
//!
//! Owns: which pending suggestion is asked next ([`next_question`]: among those shown at the score
//! threshold, the one whose score is nearest 0.5, ties by position), the sentence it is shown in
//! ([`context`]), the edit each answer makes ([`command`]), what follows when the document has no
//! question left ([`Finish`]) and the pace of the session ([`Pace`]).
//!
//! Invariants:
//! - Pure: the app passes the document, the threshold and the suggestions skipped in this session.
//! - Every answer but Skip is one edit of the document (one undo step); Skip changes nothing stored.
//! - A question is always a pending suggestion the annotator can see (score ≥ threshold, by
//!   [`crate::model::Origin::score_or_one`]) and not skipped.

use crate::edit::Command;
use crate::model::{Document, Id, Span, SpanState};
use std::collections::BTreeSet;
use std::ops::Range;

/// An answer to the question asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Reject,
    /// Accept under this label instead.
    Relabel(String),
    /// Leave it pending and ask the next one.
    Skip,
}

impl Answer {
    /// Whether the answer is a decision (counts towards the pace); Skip is not.
    pub fn decides(&self) -> bool {
        !matches!(self, Answer::Skip)
    }
}

/// How doubtful a suggestion of this score is: 1 at 0.5, 0 at 0 or 1.
pub fn doubt(score: f32) -> f32 {
    1.0 - (2.0 * score.clamp(0.0, 1.0) - 1.0).abs()
}

/// The pending suggestions a review may ask about, most doubtful first (ties by position, then id).
pub fn questions(doc: &Document, threshold: f32, skipped: &BTreeSet<Id>) -> Vec<Id> {
    let mut qs: Vec<(f32, Span, Id)> = doc
        .annotations
        .values()
        .filter(|a| a.state == SpanState::Suggested && !skipped.contains(&a.id))
        .filter(|a| a.origin.score_or_one() >= threshold)
        .map(|a| (doubt(a.origin.score_or_one()), a.span, a.id))
        .collect();
    qs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    qs.into_iter().map(|(_, _, id)| id).collect()
}

/// The question to ask next: the first of `prefer` that is still a question (an answer just undone,
/// then the question being asked), else the most doubtful pending suggestion shown.
pub fn next_question(doc: &Document, threshold: f32, skipped: &BTreeSet<Id>, prefer: &[Id]) -> Option<Id> {
    let asks = |id: Id| {
        doc.annotations.get(&id).is_some_and(|a| {
            a.state == SpanState::Suggested && !skipped.contains(&id) && a.origin.score_or_one() >= threshold
        })
    };
    if let Some(&id) = prefer.iter().find(|&&id| asks(id)) {
        return Some(id);
    }
    questions(doc, threshold, skipped).into_iter().next()
}

/// The edit an answer about suggestion `id` makes; `None` for Skip.
pub fn command(id: Id, answer: &Answer) -> Option<Command> {
    match answer {
        Answer::Accept => Some(Command::SetState { ids: vec![id], state: SpanState::Accepted }),
        Answer::Reject => Some(Command::SetState { ids: vec![id], state: SpanState::Rejected }),
        Answer::Relabel(label) => Some(Command::AcceptAs { id, label: label.clone() }),
        Answer::Skip => None,
    }
}

/// What review offers when the document has no question left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    /// Suggestions are still arriving for this document: wait.
    Waiting,
    /// Every suggestion shown is decided: "Done → next" marks it done and opens the next document.
    DoneNext,
    /// Only skipped suggestions are left (this many): the next document opens and this one keeps its
    /// status, or the skipped ones are asked again.
    Skipped(usize),
}

/// What follows when no question is left in `doc` (see [`Finish`]).
pub fn finish(doc: &Document, threshold: f32, skipped: &BTreeSet<Id>, extracting: bool) -> Finish {
    let left = doc
        .annotations
        .values()
        .filter(|a| a.state == SpanState::Suggested && skipped.contains(&a.id))
        .filter(|a| a.origin.score_or_one() >= threshold)
        .count();
    match (left, extracting) {
        (0, true) => Finish::Waiting,
        (0, false) => Finish::DoneNext,
        (n, _) => Finish::Skipped(n),
    }
}

/// At most this many characters of context on each side of the asked span.
pub const CONTEXT_MAX: usize = 160;

/// The sentence around a span (see [`context`]): its code point range, and whether it was cut short
/// before or after (the sentence goes on beyond [`CONTEXT_MAX`] characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub range: Range<usize>,
    pub cut_before: bool,
    pub cut_after: bool,
}

/// The sentence around `span` in `text` (code points): from just after the previous sentence end
/// (`.`, `!`, `?` followed by a space and not by a lower-case letter, or `。`, `！`, `？`), or a line
/// break, to the next one, at most [`CONTEXT_MAX`] characters on each side, and always containing the span.
pub fn context(text: &str, span: Range<usize>) -> Context {
    let from = span.start.saturating_sub(CONTEXT_MAX);
    let want = span.end + CONTEXT_MAX - from;
    let mut window: Vec<char> = text.chars().skip(from).take(want + 1).collect();
    let more_after = window.len() > want;
    window.truncate(want);
    let (s, e) = ((span.start - from).min(window.len()), (span.end - from).min(window.len()));
    // A sentence ends at `。！？`, or at `.!?` followed by a space and then not a lower-case letter
    // ("U.S. troops" goes on; "Paris. Then" ends).
    let ends = |i: usize| -> bool {
        match window[i] {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => {
                let mut j = i + 1;
                if window.get(j).is_some_and(|c| !c.is_whitespace()) {
                    return false;
                }
                while window.get(j).is_some_and(|c| c.is_whitespace()) {
                    j += 1;
                }
                window.get(j).is_none_or(|c| !c.is_lowercase())
            }
            _ => false,
        }
    };
    // Back: to just after a line break or the previous sentence's end.
    let mut a = s;
    while a > 0 && window[a - 1] != '\n' && !ends(a - 1) {
        a -= 1;
    }
    while a < s && window[a].is_whitespace() {
        a += 1;
    }
    // Forward: up to and including the next sentence end, or up to a line break.
    let mut b = e;
    while b < window.len() && window[b] != '\n' {
        b += 1;
        if ends(b - 1) {
            break;
        }
    }
    let cut_before = a == 0 && from > 0;
    let cut_after = b == window.len() && more_after;
    while b > e && window[b - 1].is_whitespace() {
        b -= 1;
    }
    Context { range: from + a..from + b, cut_before, cut_after }
}

/// The pace of a review session: decisions made and when the session started (ms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pace {
    pub decisions: u32,
    pub started_ms: i64,
    pub last_ms: i64,
}

impl Pace {
    pub fn start(now_ms: i64) -> Pace {
        Pace { decisions: 0, started_ms: now_ms, last_ms: now_ms }
    }

    /// Counts one decision made at `now_ms`.
    pub fn decided(&mut self, now_ms: i64) {
        self.decisions += 1;
        self.last_ms = now_ms;
    }

    /// Decisions per minute from the start of the session to the last decision; `None` before the
    /// second decision (one decision has no pace yet).
    pub fn per_minute(&self) -> Option<f64> {
        let minutes = (self.last_ms - self.started_ms) as f64 / 60_000.0;
        (self.decisions >= 2 && minutes > 0.0).then(|| f64::from(self.decisions) / minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Editor, NewSpan};
    use crate::model::Origin;

    fn doc_with(spans: &[(usize, usize, &str, Option<f32>)]) -> Editor {
        let doc = Document::new("d", "d", "Ali met Bob in Paris. Then Carol left for Rome on Monday.", 0);
        let mut ed = Editor::new(doc);
        let items = spans
            .iter()
            .map(|&(s, e, l, score)| {
                let origin = match score {
                    Some(score) => Origin::Extracted { engine: "t".into(), score },
                    None => Origin::Manual,
                };
                NewSpan { origin, state: SpanState::Suggested, ..NewSpan::manual(Span::new(s, e), l) }
            })
            .collect();
        ed.apply(Command::AddSpans(items), 1).unwrap();
        ed
    }

    #[test]
    fn asks_the_most_doubtful_shown_suggestion_first() {
        // Ali 0.95, Bob 0.55, Paris 0.7, Carol 0.3 (hidden at 0.5), Rome no score (counts as 1).
        let ed = doc_with(&[
            (0, 3, "PER", Some(0.95)),
            (8, 11, "PER", Some(0.55)),
            (15, 20, "LOC", Some(0.7)),
            (27, 32, "PER", Some(0.3)),
            (42, 46, "LOC", None),
        ]);
        let d = ed.doc();
        let ids: Vec<Id> = questions(d, 0.5, &BTreeSet::new());
        let covered: Vec<&str> = ids.iter().map(|id| d.covered(d.annotations[id].span).unwrap()).collect();
        assert_eq!(covered, ["Bob", "Paris", "Ali", "Rome"]);
        let bob = ids[0];
        let skipped = BTreeSet::from([bob]);
        assert_eq!(next_question(d, 0.5, &skipped, &[]), Some(ids[1]));
        // An answer undone is asked again first.
        assert_eq!(next_question(d, 0.5, &BTreeSet::new(), &[9999, ids[2], ids[1]]), Some(ids[2]));
        // A hidden or skipped one is never preferred.
        assert_eq!(next_question(d, 0.5, &skipped, &[bob]), Some(ids[1]));
        // At a lower threshold Carol (0.3, doubt 0.6) comes before Ali.
        let low = questions(d, 0.2, &BTreeSet::new());
        assert_eq!(d.covered(d.annotations[&low[2]].span).unwrap(), "Carol");
    }

    #[test]
    fn each_answer_is_one_undoable_edit() {
        let mut ed = doc_with(&[(0, 3, "PER", Some(0.6)), (8, 11, "PER", Some(0.6)), (15, 20, "ORG", Some(0.6))]);
        let ids = questions(ed.doc(), 0.5, &BTreeSet::new());
        ed.apply(command(ids[0], &Answer::Accept).unwrap(), 2).unwrap();
        ed.apply(command(ids[1], &Answer::Reject).unwrap(), 3).unwrap();
        ed.apply(command(ids[2], &Answer::Relabel("LOC".into())).unwrap(), 4).unwrap();
        assert!(command(ids[0], &Answer::Skip).is_none());
        let d = ed.doc();
        assert_eq!(d.annotations[&ids[0]].state, SpanState::Accepted);
        assert_eq!(d.annotations[&ids[1]].state, SpanState::Rejected);
        assert_eq!((d.annotations[&ids[2]].state, d.annotations[&ids[2]].label.as_str()), (SpanState::Accepted, "LOC"));
        assert_eq!(finish(d, 0.5, &BTreeSet::new(), false), Finish::DoneNext);
        ed.undo(5);
        let d = ed.doc();
        assert_eq!(
            (d.annotations[&ids[2]].state, d.annotations[&ids[2]].label.as_str()),
            (SpanState::Suggested, "ORG")
        );
        assert_eq!(next_question(d, 0.5, &BTreeSet::new(), &[]), Some(ids[2]));
        // Relabelling an accepted span through review is refused, and changes nothing.
        let err = ed.apply(command(ids[0], &Answer::Relabel("LOC".into())).unwrap(), 6).unwrap_err();
        assert_eq!(err, crate::edit::EditError::NotASuggestion(ids[0]));
    }

    #[test]
    fn finish_says_what_is_left() {
        let ed = doc_with(&[(0, 3, "PER", Some(0.6)), (8, 11, "PER", Some(0.2))]);
        let d = ed.doc();
        let ids = questions(d, 0.5, &BTreeSet::new());
        assert_eq!(ids.len(), 1);
        assert_eq!(finish(d, 0.5, &BTreeSet::from([ids[0]]), false), Finish::Skipped(1));
        let empty = Editor::new(Document::new("e", "e", "Nothing here.", 0));
        assert_eq!(finish(empty.doc(), 0.5, &BTreeSet::new(), true), Finish::Waiting);
        assert_eq!(finish(empty.doc(), 0.5, &BTreeSet::new(), false), Finish::DoneNext);
    }

    #[test]
    fn context_is_the_sentence_around_the_span() {
        let t = "Ali met Bob in Paris. Then Carol left for Rome on Monday. The end";
        let at = |w: &str| {
            let b = t.find(w).unwrap();
            let s = t[..b].chars().count();
            s..s + w.chars().count()
        };
        let slice = |c: Context| t.chars().skip(c.range.start).take(c.range.len()).collect::<String>();
        assert_eq!(slice(context(t, at("Rome"))), "Then Carol left for Rome on Monday.");
        assert_eq!(slice(context(t, at("Ali"))), "Ali met Bob in Paris.");
        assert_eq!(slice(context(t, at("end"))), "The end");
        // "Mr." inside a sentence is only cut when a space follows; a line break always cuts.
        let t2 = "First line\nU.S. troops met in Kabul today.\nNext";
        let b = t2.find("Kabul").unwrap();
        let s = t2[..b].chars().count();
        let r = context(t2, s..s + 5).range;
        assert_eq!(t2.chars().skip(r.start).take(r.len()).collect::<String>(), "U.S. troops met in Kabul today.");
        // CJK sentence ends need no space; a long text is cut at CONTEXT_MAX on each side.
        let t3 = "東京は晴れ。大阪で会議があった。京都";
        let b = t3.find("大阪").unwrap();
        let s = t3[..b].chars().count();
        let r = context(t3, s..s + 2).range;
        assert_eq!(t3.chars().skip(r.start).take(r.len()).collect::<String>(), "大阪で会議があった。");
        let long = "x".repeat(1000);
        let c = context(&long, 500..501);
        assert_eq!(c, Context { range: 500 - CONTEXT_MAX..501 + CONTEXT_MAX, cut_before: true, cut_after: true });
        // Exactly at the text's ends nothing is cut.
        let short = "x".repeat(2 * CONTEXT_MAX + 1);
        assert_eq!(
            context(&short, CONTEXT_MAX..CONTEXT_MAX + 1),
            Context { range: 0..2 * CONTEXT_MAX + 1, cut_before: false, cut_after: false }
        );
    }

    #[test]
    fn pace_counts_decisions_per_minute() {
        let mut p = Pace::start(0);
        assert_eq!(p.per_minute(), None);
        p.decided(10_000);
        assert_eq!(p.per_minute(), None);
        p.decided(30_000);
        assert_eq!(p.per_minute(), Some(4.0));
        assert!(Answer::Accept.decides() && !Answer::Skip.decides());
    }
}

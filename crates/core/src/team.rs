//! A team project at a glance, from what the project's records hold: the lead's dashboard (each
//! annotator's progress on their assignment, label counts, agreement on the overlapped documents) and
//! the curator's adjudication queue (documents with more than one version, most disagreement first), and
//! the curator's gold version, built from whole versions or span by span and then marked adjudicated.
//!
//! Invariants:
//! - Pure functions of the documents (with their `assigned` annotators) and each annotator's version;
//!   nothing here reads a store or a server.
//! - Agreement figures are [`crate::agreement::versions_agreement`]'s, on the same versions, so the
//!   dashboard, the Agreement screen and the curator's view never disagree.
//! - Orders are total and deterministic: ties are broken by document id (or annotator name).
//! - A document is adjudicated when its gold version's status is `Done` ([`is_adjudicated`]): a gold
//!   version being built span by span is a draft, and the training set does not take drafts.

use crate::agreement::{versions_agreement, worked_on, PairScores};
use crate::model::{Annotation, DocStatus, Document, Id, Origin, Span, SpanState};
use std::collections::{BTreeMap, BTreeSet};

/// One annotator's row of the dashboard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberRow {
    pub annotator: String,
    /// Documents assigned to them.
    pub assigned: usize,
    pub done: usize,
    pub skipped: usize,
    /// Assigned documents they worked on but did not mark done or skipped.
    pub in_progress: usize,
    /// The latest modification time of any of their versions (ms since the epoch; 0: none).
    pub last_activity: i64,
}

/// Agreement on one document that more than one annotator worked on.
#[derive(Debug, Clone, PartialEq)]
pub struct DocAgreement {
    pub doc: String,
    pub title: String,
    /// The annotators whose versions were compared.
    pub annotators: Vec<String>,
    /// Mean exact-span F1 over the pairs of versions.
    pub exact_f1: f64,
    /// Mean overlap F1 over the pairs.
    pub overlap_f1: f64,
    /// Mean token kappa over the pairs.
    pub kappa: f64,
    pub pairs: Vec<PairScores>,
    /// Whether a gold version exists.
    pub adjudicated: bool,
}

/// The lead's view of the project.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dashboard {
    pub members: Vec<MemberRow>,
    /// Accepted spans per label, over every annotator's version.
    pub label_counts: BTreeMap<String, usize>,
    /// Documents worked on by more than one annotator, least agreement first.
    pub overlapped: Vec<DocAgreement>,
    /// Documents and how many of them have a gold version.
    pub documents: usize,
    pub adjudicated: usize,
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        1.0
    } else {
        sum / n as f64
    }
}

/// Agreement on `doc` among `versions` (annotator, version), if at least two were worked on.
pub fn doc_agreement(doc: &Document, versions: &[(String, Document)], adjudicated: bool) -> Option<DocAgreement> {
    let worked: Vec<(String, Document)> = versions.iter().filter(|(_, d)| worked_on(d)).cloned().collect();
    if worked.len() < 2 {
        return None;
    }
    let pairs = versions_agreement(&worked);
    if pairs.is_empty() {
        return None;
    }
    Some(DocAgreement {
        doc: doc.id.clone(),
        title: doc.title.clone(),
        annotators: worked.iter().map(|(a, _)| a.clone()).collect(),
        exact_f1: mean(pairs.iter().map(|p| p.spans.exact.f1)),
        overlap_f1: mean(pairs.iter().map(|p| p.spans.overlap.f1)),
        kappa: mean(pairs.iter().map(|p| p.kappa)),
        pairs,
        adjudicated,
    })
}

/// Least agreement first (exact F1, then kappa), ties by document id.
fn worst_first(v: &mut [DocAgreement]) {
    v.sort_by(|a, b| {
        a.exact_f1.total_cmp(&b.exact_f1).then(a.kappa.total_cmp(&b.kappa)).then_with(|| a.doc.cmp(&b.doc))
    });
}

/// The dashboard of a project: `docs` are the project's documents (with their annotators),
/// `versions(doc_id)` each annotator's version of one, `has_gold(doc_id)` whether a curator wrote gold.
pub fn dashboard(
    docs: &[Document],
    versions: impl Fn(&str) -> Vec<(String, Document)>,
    has_gold: impl Fn(&str) -> bool,
) -> Dashboard {
    let mut rows: BTreeMap<String, MemberRow> = BTreeMap::new();
    let mut label_counts = BTreeMap::new();
    let mut overlapped = Vec::new();
    let mut adjudicated = 0;
    for d in docs {
        for a in &d.assigned {
            rows.entry(a.clone())
                .or_insert_with(|| MemberRow { annotator: a.clone(), ..MemberRow::default() })
                .assigned += 1;
        }
        let vs = versions(&d.id);
        for (who, v) in &vs {
            let row =
                rows.entry(who.clone()).or_insert_with(|| MemberRow { annotator: who.clone(), ..MemberRow::default() });
            if worked_on(v) {
                row.last_activity = row.last_activity.max(v.modified);
            }
            match v.status {
                DocStatus::Done => row.done += 1,
                DocStatus::Skipped => row.skipped += 1,
                _ if worked_on(v) => row.in_progress += 1,
                _ => {}
            }
            for a in v.annotations.values().filter(|a| a.state == SpanState::Accepted) {
                *label_counts.entry(a.label.clone()).or_insert(0) += 1;
            }
        }
        let gold = has_gold(&d.id);
        adjudicated += usize::from(gold);
        overlapped.extend(doc_agreement(d, &vs, gold));
    }
    worst_first(&mut overlapped);
    Dashboard { members: rows.into_values().collect(), label_counts, overlapped, documents: docs.len(), adjudicated }
}

/// The curator's queue: documents more than one annotator worked on and that have no gold yet, most
/// disagreement first; then the adjudicated ones (to review), in the same order.
pub fn adjudication_queue(
    docs: &[Document],
    versions: impl Fn(&str) -> Vec<(String, Document)>,
    has_gold: impl Fn(&str) -> bool,
) -> Vec<DocAgreement> {
    let mut open = Vec::new();
    let mut closed = Vec::new();
    for d in docs {
        let gold = has_gold(&d.id);
        if let Some(a) = doc_agreement(d, &versions(&d.id), gold) {
            if gold {
                closed.push(a);
            } else {
                open.push(a);
            }
        }
    }
    worst_first(&mut open);
    worst_first(&mut closed);
    open.extend(closed);
    open
}

/// Where a document of the training set came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The curator's gold version.
    Gold,
    /// The only annotator who worked on it.
    Single(String),
    /// The spans (exact span and label) that more than half of these annotators accepted.
    Majority(Vec<String>),
}

impl Source {
    /// How the source is written in an export's document metadata (`team.source`).
    pub fn describe(&self) -> String {
        match self {
            Source::Gold => "gold".to_owned(),
            Source::Single(a) => format!("annotator:{a}"),
            Source::Majority(v) => format!("majority:{}", v.join(",")),
        }
    }
}

/// The training set of a project: for every document someone worked on, the gold version if it is
/// adjudicated (a draft is not), else the only version, else the majority of the versions (each span accepted by more than half
/// of those who worked on it). Each document records where it came from and who annotated it
/// (`source["team.source"]`, `source["team.annotators"]`), which our JSON export keeps.
pub fn training_set(
    docs: &[Document],
    versions: impl Fn(&str) -> Vec<(String, Document)>,
    gold: impl Fn(&str) -> Option<Document>,
) -> Vec<(Document, Source)> {
    use crate::agreement::accepted_spans;
    let mut out = Vec::new();
    for d in docs {
        let worked: Vec<(String, Document)> = versions(&d.id).into_iter().filter(|(_, v)| worked_on(v)).collect();
        let who: Vec<String> = worked.iter().map(|(a, _)| a.clone()).collect();
        let (mut doc, source) = if let Some(g) = gold(&d.id).filter(is_adjudicated) {
            (g, Source::Gold)
        } else if worked.len() == 1 {
            (worked[0].1.clone(), Source::Single(worked[0].0.clone()))
        } else if worked.len() > 1 {
            let same_text: Vec<&(String, Document)> = worked.iter().filter(|(_, v)| v.text == d.text).collect();
            let mut votes: BTreeMap<(crate::model::Span, String), usize> = BTreeMap::new();
            for (_, v) in &same_text {
                for s in accepted_spans(v) {
                    *votes.entry(s).or_insert(0) += 1;
                }
            }
            let mut m = d.clone();
            m.annotations.clear();
            m.relations.clear();
            m.status = DocStatus::Done;
            let mut id = 1;
            for ((span, label), n) in votes {
                if 2 * n > same_text.len() {
                    m.annotations.insert(
                        id,
                        crate::model::Annotation {
                            id,
                            span,
                            label,
                            note: String::new(),
                            attributes: Default::default(),
                            origin: crate::model::Origin::Manual,
                            state: SpanState::Accepted,
                            rev: 0,
                        },
                    );
                    id += 1;
                }
            }
            m.next_id = id;
            (m, Source::Majority(who.clone()))
        } else {
            continue;
        };
        doc.source.insert("team.source".into(), serde_json::json!(source.describe()));
        doc.source.insert("team.annotators".into(), serde_json::json!(who));
        out.push((doc, source));
    }
    out
}

// ---- The gold version, as a curator builds it ----

/// Why the gold version could not be changed as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoldError {
    #[error("this version was made on another text of the document, so its offsets do not point at the same words as the gold version's")]
    OtherText,
    #[error("the span {start}–{end} lies outside the document's text ({len} characters)")]
    OutOfRange { start: usize, end: usize, len: usize },
}

/// Whether a gold version is final: the curator marked it adjudicated (status `Done`).
pub fn is_adjudicated(gold: &Document) -> bool {
    gold.status == DocStatus::Done
}

/// The gold version that is exactly one annotator's version: its accepted spans, the relations among
/// them and its document labels, marked adjudicated (taking a whole version is a decision).
pub fn gold_from_version(version: &Document, now: i64) -> Document {
    let mut g = version.clone();
    g.annotations.retain(|_, a| a.state == SpanState::Accepted);
    let kept: BTreeSet<Id> = g.annotations.keys().copied().collect();
    g.relations.retain(|_, r| kept.contains(&r.from) && kept.contains(&r.to));
    g.status = DocStatus::Done;
    g.modified = now;
    g
}

/// A draft gold version of `doc` with no spans yet.
fn empty_gold(doc: &Document, now: i64) -> Document {
    let mut g = doc.clone();
    g.annotations.clear();
    g.relations.clear();
    g.doc_labels.clear();
    g.next_id = 1;
    g.status = DocStatus::InProgress;
    g.modified = now;
    g
}

/// Takes one annotator's span (`taken`, from `version`) into the gold version, starting a draft from
/// `version`'s text when there is no gold yet. A gold span on exactly the same characters takes the new
/// label (one label per span, as the curator decided); the same span with the same label is left as it
/// is. Its note and attributes come along; it becomes a manual, accepted span. The status is kept (a
/// new gold version is a draft).
pub fn gold_take_span(
    gold: Option<&Document>,
    version: &Document,
    taken: &Annotation,
    now: i64,
) -> Result<Document, GoldError> {
    let mut g = match gold {
        Some(g) if g.text != version.text => return Err(GoldError::OtherText),
        Some(g) => g.clone(),
        None => empty_gold(version, now),
    };
    let len = g.text.len_cp();
    let Span { start, end } = taken.span;
    if start >= end || end > len {
        return Err(GoldError::OutOfRange { start, end, len });
    }
    let same: Vec<Id> = g
        .annotations
        .values()
        .filter(|a| a.span == taken.span && a.state == SpanState::Accepted)
        .map(|a| a.id)
        .collect();
    if same.iter().any(|id| g.annotations[id].label == taken.label) {
        return Ok(g);
    }
    if let Some(id) = same.first() {
        let a = g.annotations.get_mut(id).expect("listed above");
        a.label = taken.label.clone();
        a.rev += 1;
    } else {
        let id = g.next_id.max(g.annotations.keys().next_back().map_or(1, |k| k + 1));
        g.annotations.insert(
            id,
            Annotation {
                id,
                span: taken.span,
                label: taken.label.clone(),
                note: taken.note.clone(),
                attributes: taken.attributes.clone(),
                origin: Origin::Manual,
                state: SpanState::Accepted,
                rev: 0,
            },
        );
        g.next_id = id + 1;
    }
    g.modified = now;
    Ok(g)
}

/// Removes the gold span on `span` with `label` (and the relations that touch it).
pub fn gold_drop_span(gold: &Document, span: Span, label: &str, now: i64) -> Document {
    let mut g = gold.clone();
    let gone: BTreeSet<Id> =
        g.annotations.values().filter(|a| a.span == span && a.label == label).map(|a| a.id).collect();
    if gone.is_empty() {
        return g;
    }
    g.annotations.retain(|id, _| !gone.contains(id));
    g.relations.retain(|_, r| !gone.contains(&r.from) && !gone.contains(&r.to));
    g.modified = now;
    g
}

/// Marks the gold version adjudicated (`true`) or reopens it as a draft (`false`).
pub fn gold_mark(gold: &Document, adjudicated: bool, now: i64) -> Document {
    let mut g = gold.clone();
    g.status = if adjudicated { DocStatus::Done } else { DocStatus::InProgress };
    g.modified = now;
    g
}

/// The spans (exact characters and label) that every version worked on accepted, in text order:
/// where a curator's draft starts. Versions on another text than the first one's are left out.
pub fn agreed_spans(versions: &[(String, Document)]) -> Vec<(Span, String)> {
    let worked: Vec<&Document> = versions.iter().map(|(_, d)| d).filter(|d| worked_on(d)).collect();
    let Some(first) = worked.first() else { return Vec::new() };
    let same: Vec<&&Document> = worked.iter().filter(|d| d.text == first.text).collect();
    let mut votes: BTreeMap<(Span, String), usize> = BTreeMap::new();
    for d in &same {
        let mine: BTreeSet<(Span, String)> = crate::agreement::accepted_spans(d).into_iter().collect();
        for s in mine {
            *votes.entry(s).or_insert(0) += 1;
        }
    }
    votes.into_iter().filter(|(_, n)| *n == same.len()).map(|(s, _)| s).collect()
}

/// A draft gold version holding the [`agreed_spans`] of `versions` (on the first worked version's
/// text), or `None` when nobody worked on the document.
pub fn gold_from_agreement(versions: &[(String, Document)], now: i64) -> Option<Document> {
    let first = versions.iter().map(|(_, d)| d).find(|d| worked_on(d))?;
    let mut g = empty_gold(first, now);
    for (id, (span, label)) in (1..).zip(agreed_spans(versions)) {
        g.annotations.insert(
            id,
            Annotation {
                id,
                span,
                label,
                note: String::new(),
                attributes: Default::default(),
                origin: Origin::Manual,
                state: SpanState::Accepted,
                rev: 0,
            },
        );
        g.next_id = id + 1;
    }
    Some(g)
}

/// Each document's versions (annotator, version), by document id.
pub type VersionsByDoc = BTreeMap<String, Vec<(String, Document)>>;

/// A made-up project for benchmarks (core_bench natively, the page's `bench_team` hook in wasm): `docs`
/// documents of one sentence assigned to `annotators` annotators by [`crate::assign::assign`] with
/// `rule`, and every assigned annotator's version of each, marked done with one accepted span (the first
/// annotator of a document says PERSON, the others a label that varies, so overlapped documents
/// disagree now and then). Returns the documents and each document's versions.
pub fn sample_project(
    docs: usize,
    annotators: usize,
    rule: crate::assign::Rule,
) -> Result<(Vec<Document>, VersionsByDoc), crate::assign::AssignError> {
    const LABELS: [&str; 5] = ["PERSON", "ORG", "GPE", "LOC", "DATE"];
    let ids: Vec<(String, Vec<String>)> = (0..docs).map(|i| (format!("doc-{i}"), Vec::new())).collect();
    let team: Vec<String> = (0..annotators).map(|i| format!("annotator-{i}")).collect();
    let plan = crate::assign::assign(&ids, &team, rule)?;
    let mut versions: VersionsByDoc = BTreeMap::new();
    let mut out = Vec::with_capacity(plan.len());
    for (i, (id, who)) in plan.into_iter().enumerate() {
        let mut d =
            Document::new(id.clone(), format!("Document {i}"), "Ada Lovelace met Charles Babbage in London.", 0);
        d.assigned = who.clone();
        for (k, a) in who.iter().enumerate() {
            let mut v = d.clone();
            v.status = DocStatus::Done;
            v.modified = i as i64;
            let label = if k == 0 { "PERSON" } else { LABELS[i % LABELS.len()] };
            v.annotations.insert(
                1,
                Annotation {
                    id: 1,
                    span: Span::new(0, 12),
                    label: label.to_owned(),
                    note: String::new(),
                    attributes: Default::default(),
                    origin: Origin::Manual,
                    state: SpanState::Accepted,
                    rev: 0,
                },
            );
            v.next_id = 2;
            versions.entry(id.clone()).or_default().push((a.clone(), v));
        }
        out.push(d);
    }
    Ok((out, versions))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(doc: &Document, spans: &[(usize, usize, &str)], status: DocStatus, modified: i64) -> Document {
        let mut d = doc.clone();
        d.status = status;
        d.modified = modified;
        for (i, (s, e, l)) in spans.iter().enumerate() {
            let id = i as u64 + 1;
            d.annotations.insert(
                id,
                Annotation {
                    id,
                    span: Span::new(*s, *e),
                    label: (*l).into(),
                    note: String::new(),
                    attributes: Default::default(),
                    origin: Origin::Manual,
                    state: SpanState::Accepted,
                    rev: 0,
                },
            );
        }
        d.next_id = spans.len() as u64 + 1;
        d
    }

    type Versions = BTreeMap<String, Vec<(String, Document)>>;

    fn corpus() -> (Vec<Document>, Versions) {
        let mut d1 = Document::new("d1", "One", "Ada Lovelace met Charles Babbage in London.", 1);
        d1.assigned = vec!["alice".into(), "bob".into()];
        let mut d2 = Document::new("d2", "Two", "Grace Hopper worked at Harvard.", 1);
        d2.assigned = vec!["alice".into(), "bob".into()];
        let mut d3 = Document::new("d3", "Three", "Alan Turing was born in London.", 1);
        d3.assigned = vec!["bob".into()];
        let mut v = BTreeMap::new();
        // d1: full agreement; d2: they disagree on a label; d3: only Bob, not done yet.
        v.insert(
            "d1".to_owned(),
            vec![
                ("alice".to_owned(), version(&d1, &[(0, 12, "PERSON"), (36, 42, "GPE")], DocStatus::Done, 10)),
                ("bob".to_owned(), version(&d1, &[(0, 12, "PERSON"), (36, 42, "GPE")], DocStatus::Done, 20)),
            ],
        );
        v.insert(
            "d2".to_owned(),
            vec![
                ("alice".to_owned(), version(&d2, &[(0, 12, "PERSON"), (23, 30, "ORG")], DocStatus::Done, 30)),
                ("bob".to_owned(), version(&d2, &[(0, 12, "PERSON"), (23, 30, "GPE")], DocStatus::Skipped, 25)),
            ],
        );
        v.insert(
            "d3".to_owned(),
            vec![("bob".to_owned(), version(&d3, &[(0, 11, "PERSON")], DocStatus::InProgress, 40))],
        );
        (vec![d1, d2, d3], v)
    }

    #[test]
    fn the_dashboard_counts_each_annotators_work_and_puts_the_worst_agreement_first() {
        let (docs, v) = corpus();
        let dash = dashboard(&docs, |id| v.get(id).cloned().unwrap_or_default(), |id| id == "d1");
        assert_eq!(dash.members.len(), 2);
        let alice = &dash.members[0];
        assert_eq!(
            (alice.annotator.as_str(), alice.assigned, alice.done, alice.skipped, alice.in_progress),
            ("alice", 2, 2, 0, 0)
        );
        assert_eq!(alice.last_activity, 30);
        let bob = &dash.members[1];
        assert_eq!((bob.assigned, bob.done, bob.skipped, bob.in_progress, bob.last_activity), (3, 1, 1, 1, 40));
        assert_eq!(dash.label_counts["PERSON"], 5);
        assert_eq!(dash.overlapped.iter().map(|a| a.doc.as_str()).collect::<Vec<_>>(), vec!["d2", "d1"]);
        assert_eq!(dash.overlapped[1].exact_f1, 1.0);
        assert!((dash.overlapped[0].exact_f1 - 0.5).abs() < 1e-9, "{}", dash.overlapped[0].exact_f1);
        // The same figures as core's agreement on the same versions.
        assert_eq!(dash.overlapped[0].pairs, versions_agreement(&v["d2"]));
        assert_eq!((dash.documents, dash.adjudicated), (3, 1));
    }

    #[test]
    fn the_adjudication_queue_lists_disagreement_first_and_gold_last() {
        let (docs, v) = corpus();
        let q = adjudication_queue(&docs, |id| v.get(id).cloned().unwrap_or_default(), |_| false);
        assert_eq!(q.iter().map(|a| a.doc.as_str()).collect::<Vec<_>>(), vec!["d2", "d1"], "d3 has one version");
        let q = adjudication_queue(&docs, |id| v.get(id).cloned().unwrap_or_default(), |id| id == "d2");
        assert_eq!(
            q.iter().map(|a| (a.doc.as_str(), a.adjudicated)).collect::<Vec<_>>(),
            vec![("d1", false), ("d2", true)]
        );
    }

    #[test]
    fn the_training_set_takes_gold_then_the_only_version_then_the_majority() {
        let (docs, mut v) = corpus();
        // A third annotator on d2 sides with Alice on ORG: the majority keeps PERSON and ORG.
        let d2 = docs[1].clone();
        v.get_mut("d2")
            .unwrap()
            .push(("cora".to_owned(), version(&d2, &[(0, 12, "PERSON"), (23, 30, "ORG")], DocStatus::Done, 50)));
        let gold_d1 = version(&docs[0], &[(0, 12, "PERSON")], DocStatus::Done, 60);
        let set = training_set(
            &docs,
            |id| v.get(id).cloned().unwrap_or_default(),
            |id| (id == "d1").then(|| gold_d1.clone()),
        );
        let by: BTreeMap<&str, (&Document, &Source)> = set.iter().map(|(d, s)| (d.id.as_str(), (d, s))).collect();
        assert_eq!(by["d1"].1, &Source::Gold);
        assert_eq!(crate::agreement::accepted_spans(by["d1"].0).len(), 1);
        assert_eq!(by["d3"].1, &Source::Single("bob".into()));
        assert_eq!(by["d2"].1, &Source::Majority(vec!["alice".into(), "bob".into(), "cora".into()]));
        let spans = crate::agreement::accepted_spans(by["d2"].0);
        assert_eq!(spans.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(), vec!["PERSON", "ORG"]);
        assert_eq!(by["d2"].0.source["team.source"], "majority:alice,bob,cora");
        assert_eq!(by["d2"].0.source["team.annotators"], serde_json::json!(["alice", "bob", "cora"]));
        // Exported with our JSON: who annotated what travels with each document.
        let docs: Vec<Document> = set.iter().map(|(d, _)| d.clone()).collect();
        let files = crate::formats::export(
            crate::formats::Format::Spandrel,
            &docs,
            &crate::model::LabelSchema::default(),
            &Default::default(),
        )
        .unwrap();
        assert!(files[0].content.contains("ORG"));
        let files = [("t.json".to_owned(), files[0].content.clone().into_bytes())];
        let back = crate::formats::import(
            crate::formats::Format::Spandrel,
            &files,
            &crate::model::LabelSchema::default(),
            &Default::default(),
        )
        .unwrap();
        let d2 = back.documents.iter().find(|d| d.title == "Two").unwrap();
        assert_eq!(d2.source["team.source"], "majority:alice,bob,cora");
        assert_eq!(d2.source["team.annotators"], serde_json::json!(["alice", "bob", "cora"]));
    }

    #[test]
    fn a_draft_gold_version_is_not_taken_into_the_training_set() {
        let (docs, v) = corpus();
        let draft = version(&docs[0], &[(0, 12, "PERSON")], DocStatus::InProgress, 60);
        let set =
            training_set(&docs, |id| v.get(id).cloned().unwrap_or_default(), |id| (id == "d1").then(|| draft.clone()));
        let d1 = set.iter().find(|(d, _)| d.id == "d1").unwrap();
        assert_eq!(d1.1, Source::Majority(vec!["alice".into(), "bob".into()]));
        let marked = gold_mark(&draft, true, 70);
        let set =
            training_set(&docs, |id| v.get(id).cloned().unwrap_or_default(), |id| (id == "d1").then(|| marked.clone()));
        assert_eq!(set.iter().find(|(d, _)| d.id == "d1").unwrap().1, Source::Gold);
    }

    #[test]
    fn a_curator_builds_gold_span_by_span_then_marks_it_adjudicated() {
        let (_, v) = corpus();
        let alice = &v["d2"][0].1;
        let bob = &v["d2"][1].1;
        let ann = |d: &Document, start: usize| d.annotations.values().find(|a| a.span.start == start).unwrap().clone();
        // Alice's PERSON starts a draft.
        let g = gold_take_span(None, alice, &ann(alice, 0), 100).unwrap();
        assert!(!is_adjudicated(&g));
        assert_eq!(crate::agreement::accepted_spans(&g), vec![(Span::new(0, 12), "PERSON".to_owned())]);
        assert_eq!((g.modified, g.text.as_str()), (100, alice.text.as_str()));
        // Bob's GPE on Harvard, then Alice's ORG on the same characters: one span, the last label taken.
        let g = gold_take_span(Some(&g), bob, &ann(bob, 23), 101).unwrap();
        assert_eq!(crate::agreement::accepted_spans(&g).len(), 2);
        let g = gold_take_span(Some(&g), alice, &ann(alice, 23), 102).unwrap();
        let spans = crate::agreement::accepted_spans(&g);
        assert_eq!(spans, vec![(Span::new(0, 12), "PERSON".to_owned()), (Span::new(23, 30), "ORG".to_owned())]);
        // Taking the same again changes nothing.
        assert_eq!(gold_take_span(Some(&g), alice, &ann(alice, 23), 103).unwrap(), g);
        // Dropping one, then marking adjudicated, then reopening.
        let dropped = gold_drop_span(&g, Span::new(23, 30), "ORG", 104);
        assert_eq!(crate::agreement::accepted_spans(&dropped), vec![(Span::new(0, 12), "PERSON".to_owned())]);
        assert_eq!(gold_drop_span(&dropped, Span::new(23, 30), "ORG", 105), dropped, "nothing left to drop");
        let done = gold_mark(&dropped, true, 106);
        assert!(is_adjudicated(&done));
        assert!(!is_adjudicated(&gold_mark(&done, false, 107)));
        // A span taken into an adjudicated gold version keeps it adjudicated.
        assert!(is_adjudicated(&gold_take_span(Some(&done), alice, &ann(alice, 23), 108).unwrap()));
    }

    #[test]
    fn taking_a_span_from_another_text_or_outside_the_text_is_refused() {
        let (docs, v) = corpus();
        let alice = &v["d2"][0].1;
        let g = gold_take_span(None, alice, &alice.annotations[&1], 1).unwrap();
        let other = version(&docs[0], &[(0, 12, "PERSON")], DocStatus::Done, 1);
        assert_eq!(gold_take_span(Some(&g), &other, &other.annotations[&1], 2), Err(GoldError::OtherText));
        let mut far = alice.annotations[&1].clone();
        far.span = Span::new(25, 99);
        let len = alice.text.len_cp();
        assert_eq!(gold_take_span(Some(&g), alice, &far, 3), Err(GoldError::OutOfRange { start: 25, end: 99, len }));
    }

    #[test]
    fn a_whole_version_taken_into_gold_is_adjudicated_with_its_accepted_spans_only() {
        let (_, v) = corpus();
        let mut bob = v["d2"][1].1.clone();
        let mut suggested = bob.annotations[&1].clone();
        suggested.id = 9;
        suggested.span = Span::new(13, 19);
        suggested.state = SpanState::Suggested;
        bob.annotations.insert(9, suggested);
        bob.relations.insert(1, crate::model::Relation { id: 1, from: 1, to: 9, kind: "near".into() });
        let g = gold_from_version(&bob, 5);
        assert!(is_adjudicated(&g));
        assert_eq!(g.annotations.len(), 2);
        assert!(g.relations.is_empty(), "the relation pointed at a suggestion");
    }

    #[test]
    fn the_draft_from_agreement_holds_what_every_version_accepted() {
        let (_, v) = corpus();
        assert_eq!(agreed_spans(&v["d2"]), vec![(Span::new(0, 12), "PERSON".to_owned())]);
        assert_eq!(agreed_spans(&v["d1"]).len(), 2);
        let g = gold_from_agreement(&v["d2"], 9).unwrap();
        assert!(!is_adjudicated(&g));
        assert_eq!(crate::agreement::accepted_spans(&g), agreed_spans(&v["d2"]));
        assert_eq!(g.next_id, 2);
        assert_eq!(gold_from_agreement(&[], 9), None);
    }
}

//! A team project at a glance, from what the project's records hold: the lead's dashboard (each
//! annotator's progress on their assignment, label counts, agreement on the overlapped documents) and
//! the curator's adjudication queue (documents with more than one version, most disagreement first).
//!
//! Invariants:
//! - Pure functions of the documents (with their `assigned` annotators) and each annotator's version;
//!   nothing here reads a store or a server.
//! - Agreement figures are [`crate::agreement::versions_agreement`]'s, on the same versions, so the
//!   dashboard, the Agreement screen and the curator's view never disagree.
//! - Orders are total and deterministic: ties are broken by document id (or annotator name).

use crate::agreement::{versions_agreement, worked_on, PairScores};
use crate::model::{DocStatus, Document, SpanState};
use std::collections::BTreeMap;

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

/// The training set of a project: for every document someone worked on, the gold version if there is
/// one, else the only version, else the majority of the versions (each span accepted by more than half
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
        let (mut doc, source) = if let Some(g) = gold(&d.id) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Origin, Span};

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
}

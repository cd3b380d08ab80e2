//! Suggestions that learn (`extract::learn`) with the shipped weights: a new label from a handful of
//! examples, rejected suggestions that stop, done documents as negatives, "Forget" and the byte round trip.

use spandrel_core::extract::learn::{Feedback, LabelMap, LabelledSpan, Learner, Prepared};
use spandrel_core::extract::{Model, Suggestion};
use spandrel_core::model::Span;
use spandrel_core::text::Text;

fn model() -> Model {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin")).expect("model");
    Model::from_bytes(&bytes).expect("loads")
}

/// Known spans for every occurrence of each of `words` in `text`, labelled `label`.
fn known(text: &str, words: &[&str], label: &str) -> Vec<LabelledSpan> {
    let mut out = Vec::new();
    for w in words {
        for (b, _) in text.match_indices(w) {
            let start = text[..b].chars().count();
            out.push(LabelledSpan { span: Span::new(start, start + w.chars().count()), label: label.into() });
        }
    }
    out
}

fn covered(text: &Text, s: &[Suggestion], label: &str) -> Vec<String> {
    s.iter().filter(|x| x.label == label).map(|x| text.slice_cp(x.span.range()).unwrap_or("").to_string()).collect()
}

const DRUG_DOCS: [(&str, &[&str]); 3] = [
    (
        "The patient was prescribed ibuprofen for the pain . She took 200 mg of amoxicillin twice a day . \
         Her doctor later added metformin to the treatment .",
        &["ibuprofen", "amoxicillin", "metformin"],
    ),
    (
        "He was given 10 mg of lisinopril every morning . The nurse prescribed atorvastatin for his heart . \
         Doctors switched him from warfarin to omeprazole last week .",
        &["lisinopril", "atorvastatin", "warfarin", "omeprazole"],
    ),
    (
        "She was prescribed sertraline after the visit . Take 5 mg of prednisone twice a day . \
         The clinic added gabapentin to the treatment .",
        &["sertraline", "prednisone", "gabapentin"],
    ),
];

const DRUG_TEST: &str = "The doctor prescribed naproxen for the pain . He took 20 mg of losartan twice a day . \
                         They added cetirizine to the treatment .";
const DRUG_TEST_NAMES: [&str; 3] = ["naproxen", "losartan", "cetirizine"];

#[test]
fn a_new_label_is_learned_from_ten_mentions_in_three_documents() {
    let m = model();
    let test = Text::from(DRUG_TEST);
    let mut l = Learner::new(LabelMap::identity());
    assert!(covered(&test, &l.suggest(&m, &test), "DRUG").is_empty());
    for (doc, names) in DRUG_DOCS {
        // Documents in progress: only the added spans are known.
        let fb = Feedback { known: known(doc, names, "DRUG"), rejected: Vec::new(), done: false };
        assert!(!fb.known.is_empty());
        l.observe(&m, &Text::from(doc), &fb).expect("learns");
    }
    assert_eq!(l.taught_spans(), 10);
    assert!(l.labels().iter().any(|x| x == "DRUG"));
    let got = covered(&test, &l.suggest(&m, &test), "DRUG");
    for name in DRUG_TEST_NAMES {
        assert!(got.iter().any(|g| g == name), "{name} not suggested as DRUG: {got:?}");
    }
    // Nothing else in the test document became a drug.
    assert_eq!(got.len(), DRUG_TEST_NAMES.len(), "{got:?}");
}

/// How many labelled mentions (in order, one sentence document at a time) until every drug of the test
/// document is suggested. Printed for the README; the assertion only keeps it within the three documents.
#[test]
fn mentions_needed_for_a_new_label() {
    let m = model();
    let test = Text::from(DRUG_TEST);
    let sentences: Vec<(String, Vec<&str>)> = DRUG_DOCS
        .iter()
        .flat_map(|(doc, names)| {
            doc.split(" . ").map(|s| {
                let s = format!("{} .", s.trim().trim_end_matches(" ."));
                let here: Vec<&str> = names.iter().copied().filter(|n| s.contains(n)).collect();
                (s, here)
            })
        })
        .collect();
    let mut l = Learner::new(LabelMap::identity());
    let mut needed = None;
    let mut mentions = 0;
    for (s, names) in &sentences {
        let fb = Feedback { known: known(s, names, "DRUG"), rejected: Vec::new(), done: false };
        mentions += fb.known.len();
        l.observe(&m, &Text::from(s.as_str()), &fb).expect("learns");
        let got = covered(&test, &l.suggest(&m, &test), "DRUG");
        if DRUG_TEST_NAMES.iter().all(|n| got.iter().any(|g| g == n)) {
            needed = Some(mentions);
            break;
        }
    }
    eprintln!("new label DRUG: all test mentions suggested after {needed:?} labelled mentions");
    assert!(needed.is_some_and(|n| n <= 10), "{needed:?}");
}

#[test]
fn rejecting_a_suggestion_in_two_documents_stops_it_in_a_third() {
    let m = model();
    let docs = [
        "Sales of the Galaxy Note rose sharply .",
        "Reviewers liked the Galaxy Note more than last year .",
        "Critics said the Galaxy Note was slow .",
    ];
    let wrong = |t: &Text, s: &[Suggestion]| covered(t, s, "GPE").iter().any(|c| c == "Galaxy Note");
    for d in docs {
        let t = Text::from(d);
        assert!(wrong(&t, &m.extract(&t)), "precondition: the shipped model suggests GPE `Galaxy Note` in {d:?}");
    }
    let mut l = Learner::new(LabelMap::identity());
    for d in &docs[..2] {
        let t = Text::from(*d);
        let rejected = known(d, &["Galaxy Note"], "GPE");
        l.observe(&m, &t, &Feedback { known: Vec::new(), rejected, done: false }).expect("learns");
    }
    assert_eq!(l.rejected_spans(), 2);
    let third = Text::from(docs[2]);
    assert!(!wrong(&third, &l.suggest(&m, &third)), "{:?}", l.suggest(&m, &third));
}

#[test]
fn zero_updates_give_the_shipped_suggestions_exactly() {
    let m = model();
    let text = Text::from(
        "Talks in Muscat on February 6 were led by Abbas Araghchi (阿拉格齐) of Iran and U.N. Secretary-General \
         Ban Ki-moon. Apple Inc. said $5 million went to the Red Cross in Geneva.",
    );
    let shipped = m.extract(&text);
    assert!(shipped.len() >= 6);
    assert_eq!(Learner::new(LabelMap::identity()).suggest(&m, &text), shipped);
    // Renamed and dropped labels.
    let map = LabelMap::only([("PERSON", "per"), ("GPE", "geo"), ("LOC", "geo")]);
    let want: Vec<Suggestion> = shipped
        .iter()
        .filter_map(|s| {
            let label = map.get(&s.label)?.to_string();
            Some(Suggestion { label, ..s.clone() })
        })
        .collect();
    let mut got = Learner::new(map).suggest(&m, &text);
    let key = |s: &Suggestion| (s.span, s.label.clone());
    got.sort_by_key(key);
    let mut want = want;
    want.sort_by_key(key);
    assert_eq!(got, want);
    // Ranges give the same as the whole text, as extract_range does.
    let l = Learner::new(LabelMap::identity());
    let n = text.len_cp();
    let mut parts: Vec<Suggestion> = Vec::new();
    for a in (0..n).step_by(37) {
        parts.extend(l.suggest_range(&m, &text, a..(a + 37).min(n)));
    }
    assert_eq!(parts, shipped);
}

fn taught_learner(m: &Model) -> (Learner, Vec<(Text, Feedback)>) {
    let mut docs: Vec<(Text, Feedback)> = DRUG_DOCS
        .iter()
        .map(|(d, names)| {
            (Text::from(*d), Feedback { known: known(d, names, "DRUG"), rejected: Vec::new(), done: false })
        })
        .collect();
    let galaxy = "Sales of the Galaxy Note rose sharply .";
    docs.push((
        Text::from(galaxy),
        Feedback { known: Vec::new(), rejected: known(galaxy, &["Galaxy Note"], "GPE"), done: true },
    ));
    let mut l = Learner::new(LabelMap::identity());
    for (t, fb) in &docs {
        l.observe(m, t, fb).expect("learns");
    }
    (l, docs)
}

#[test]
fn bytes_and_rebuild_round_trip_to_identical_suggestions() {
    let m = model();
    let (l, docs) = taught_learner(&m);
    assert!(!l.is_pristine());
    let bytes = l.to_bytes();
    let mut back = Learner::from_bytes(&bytes).expect("loads");
    assert_eq!(back.to_bytes(), bytes);
    let test = Text::from(format!("{DRUG_TEST} Critics said the Galaxy Note was slow ."));
    assert_eq!(back.suggest(&m, &test), l.suggest(&m, &test));
    assert_eq!((back.taught_spans(), back.rejected_spans(), back.labels()), (10, 1, l.labels()));
    // Rebuilding from the same annotations in the same order gives the same learner.
    let rebuilt = Learner::rebuild(&m, LabelMap::identity(), docs.iter().map(|(t, f)| (t, f))).expect("rebuilds");
    assert_eq!(rebuilt.to_bytes(), bytes);
    // Both go on learning alike.
    let more = Text::from("She was given naproxen .");
    let fb = Feedback { known: known("She was given naproxen .", &["naproxen"], "DRUG"), ..Feedback::default() };
    let mut orig = l.clone();
    orig.observe(&m, &more, &fb).expect("learns");
    back.observe(&m, &more, &fb).expect("learns");
    assert_eq!(back.to_bytes(), orig.to_bytes());
    // Corrupt bytes are errors.
    let mut bad = bytes.clone();
    bad.truncate(bytes.len() / 2);
    assert!(Learner::from_bytes(&bad).is_err());
}

#[test]
fn forget_restores_the_shipped_suggestions() {
    let m = model();
    let (mut l, _) = taught_learner(&m);
    let test = Text::from(format!("{DRUG_TEST} Critics said the Galaxy Note was slow ."));
    assert_ne!(l.suggest(&m, &test), m.extract(&test));
    l.reset();
    assert!(l.is_pristine());
    assert_eq!((l.taught_spans(), l.rejected_spans()), (0, 0));
    assert_eq!(l.suggest(&m, &test), m.extract(&test));
}

#[test]
fn done_documents_are_negatives_and_undecided_text_is_unknown() {
    let m = model();
    let docs = ["Sales of the Galaxy Note rose sharply .", "Reviewers liked the Galaxy Note more than last year ."];
    let third = Text::from("Critics said the Galaxy Note was slow .");
    let galaxy = |s: &[Suggestion]| covered(&third, s, "GPE").iter().any(|c| c == "Galaxy Note");
    // A document in progress with no decision teaches nothing.
    let mut l = Learner::new(LabelMap::identity());
    for d in docs {
        let r = l.observe(&m, &Text::from(d), &Feedback::default()).expect("learns");
        assert_eq!((r.sentences, r.updated), (0, 0));
    }
    assert!(l.is_pristine());
    // A known span elsewhere in an in-progress document does not make the other sentences negative.
    let two = "Sales of the Galaxy Note rose sharply . Dan Smith was there .";
    let fb = Feedback { known: known(two, &["Dan Smith"], "PERSON"), ..Feedback::default() };
    let r = l.observe(&m, &Text::from(two), &fb).expect("learns");
    assert_eq!(r.sentences, 1);
    assert!(galaxy(&l.suggest(&m, &third)));
    // The same documents marked done, with no spans: `Galaxy Note` is no entity.
    for d in docs {
        let r = l.observe(&m, &Text::from(d), &Feedback { done: true, ..Feedback::default() }).expect("learns");
        assert_eq!(r.sentences, 1);
    }
    assert!(!galaxy(&l.suggest(&m, &third)), "{:?}", l.suggest(&m, &third));
}

#[test]
fn observing_agreeing_feedback_changes_nothing() {
    let m = model();
    let text = Text::from("Dan Smith flew to Paris on Monday .");
    let mut l = Learner::new(LabelMap::identity());
    // Accepting what the shipped model suggests is no mistake to learn from.
    let shipped = m.extract(&text);
    let known: Vec<LabelledSpan> =
        shipped.iter().map(|s| LabelledSpan { span: s.span, label: s.label.clone() }).collect();
    let r = l.observe(&m, &text, &Feedback { known, rejected: Vec::new(), done: true }).expect("learns");
    assert_eq!((r.sentences, r.updated), (1, 0));
    assert!(l.is_pristine());
    assert_eq!(l.taught_spans(), shipped.len());
    // Prepared once, suggested from many times.
    let p = Prepared::new(&m, &text);
    assert_eq!(l.suggest_prepared(&p), shipped);
    assert_eq!(p.words(), 8);
}

#[test]
fn a_span_inside_an_unspaced_run_teaches_nothing_wrong() {
    // The tokeniser keeps an unspaced Chinese run as one token; a name inside it cannot be taught as
    // tokens, so the learner must not learn to label the whole run (it did: 伊朗外长阿拉格齐表示 PERSON).
    let m = model();
    let text = "伊朗外长阿拉格齐表示，谈判暂时结束。阿拉格齐随后离开。";
    let t = Text::from(text);
    let mut l = Learner::new(LabelMap::identity());
    let fb = Feedback { known: known(text, &["阿拉格齐"], "PERSON"), rejected: Vec::new(), done: true };
    for _ in 0..3 {
        l.observe(&m, &t, &fb).unwrap();
    }
    let again = Text::from("伊朗外长阿拉格齐表示，会谈有益。");
    let shipped = m.extract(&again);
    let learned = l.suggest(&m, &again);
    for s in &learned {
        let covered = again.slice_cp(s.span.range()).unwrap();
        assert!(s.label != "PERSON" || covered == "阿拉格齐", "no PERSON over a whole run: {covered}");
    }
    assert_eq!(
        learned.iter().filter(|s| s.label == "PERSON").count(),
        shipped.iter().filter(|s| s.label == "PERSON").count()
    );
}

#[test]
fn uncertainty_follows_the_shipped_scores_until_something_is_learned_then_the_learner() {
    let m = model();
    let text = Text::from(format!("{DRUG_TEST} Critics said the Galaxy Note was slow in Paris ."));
    let p = Prepared::new(&m, &text);
    let pristine = Learner::new(LabelMap::identity());
    let u = pristine.uncertainty(&p);
    // Pristine: the shipped spans, and the shipped doubt (one minus the lowest shipped score).
    let shipped = m.extract(&text);
    assert_eq!(u.spans, shipped.iter().map(|s| s.span).collect::<Vec<_>>());
    let lowest = shipped.iter().map(|s| s.score).fold(1.0f32, f32::min);
    assert!((u.max - (1.0 - lowest)).abs() < 1e-6, "{} vs {}", u.max, 1.0 - lowest);
    assert!(u.total >= u.max && u.tokens > 0);
    assert_eq!(pristine.uncertainty(&Prepared::new(&m, &Text::from(""))), Default::default());
    // Learned: the spans are the learner's reading (unseen drug names among them, which the shipped
    // model does not find), doubts in [0, 1].
    let (l, _) = taught_learner(&m);
    let v = l.uncertainty(&p);
    let names: Vec<&str> = v.spans.iter().map(|s| text.slice_cp(s.range()).unwrap()).collect();
    let found = DRUG_TEST_NAMES.iter().filter(|d| names.contains(d)).count();
    assert!(found >= 2, "{names:?}");
    assert_ne!(v.spans, u.spans);
    assert!(v.max > 0.0 && v.max <= 1.0, "{}", v.max);
    assert_eq!(l.uncertainty(&p), v, "deterministic");
}

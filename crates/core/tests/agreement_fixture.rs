//! Agreement: a hand-computed fixture (every number worked out in the comments), adjudication, properties.

use proptest::prelude::*;
use spandrel_core::agreement::{
    adjudicated_spans, disagreements, pairwise, span_agreement, token_kappa, AdjudicationError, Choice, Disagreement,
    DisagreementKind, Prf,
};
use spandrel_core::model::Span;
use spandrel_core::text::Text;

type Set = Vec<(Span, String)>;

/// tests/fixtures/agreement/small.json: `{ text, annotators: { A: [[start, end, label]..], B: [..] } }`.
fn fixture() -> (Text, Set, Set) {
    let v: serde_json::Value = serde_json::from_str(include_str!("fixtures/agreement/small.json")).unwrap();
    let set = |name: &str| -> Set {
        v["annotators"][name]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let n = |i: usize| s[i].as_u64().unwrap() as usize;
                (Span::new(n(0), n(1)), s[2].as_str().unwrap().to_owned())
            })
            .collect()
    };
    (Text::from(v["text"].as_str().unwrap()), set("A"), set("B"))
}

fn close(x: f64, want: f64) -> bool {
    (x - want).abs() < 1e-9
}

fn assert_prf(p: &Prf, tp: usize, fp: usize, fn_: usize, precision: f64, recall: f64, f1: f64) {
    assert_eq!((p.tp, p.fp, p.fn_), (tp, fp, fn_), "{p:?}");
    assert!(close(p.precision, precision), "precision {p:?} want {precision}");
    assert!(close(p.recall, recall), "recall {p:?} want {recall}");
    assert!(close(p.f1, f1), "f1 {p:?} want {f1}");
}

#[test]
fn fixture_offsets_are_what_the_comments_say() {
    let (t, a, b) = fixture();
    // "Amélie" is 6 code points (7 bytes): every offset below is in code points.
    let covered = |s: &Set| s.iter().map(|(sp, _)| t.slice_cp(sp.range()).unwrap()).collect::<Vec<_>>();
    assert_eq!(covered(&a), ["Amélie Smith", "Bob", "New", "Monday"]);
    assert_eq!(covered(&b), ["Amélie Smith", "Bob", "New York"]);
}

#[test]
fn hand_computed_span_scores() {
    let (_, a, b) = fixture();
    let s = span_agreement(&a, &b);
    // Exact (B is the reference): only "Amélie Smith"/PERSON agrees.
    //   tp = 1, fp = |A| - tp = 4 - 1 = 3, fn = |B| - tp = 3 - 1 = 2
    //   P = 1/4, R = 1/3, F1 = 2·(1/4)(1/3) / (1/4 + 1/3) = (1/6) / (7/12) = 2/7
    assert_prf(&s.exact, 1, 3, 2, 1.0 / 4.0, 1.0 / 3.0, 2.0 / 7.0);
    // Overlap: also "New"/GPE ~ "New York"/GPE (same label, overlapping). "Bob" differs in label: no match.
    //   tp = 2, fp = 4 - 2 = 2, fn = 3 - 2 = 1
    //   P = 2/4 = 1/2, R = 2/3, F1 = 2·(1/2)(2/3) / (1/2 + 2/3) = (2/3) / (7/6) = 4/7
    assert_prf(&s.overlap, 2, 2, 1, 0.5, 2.0 / 3.0, 4.0 / 7.0);

    let labels: Vec<&str> = s.per_label.keys().map(String::as_str).collect();
    assert_eq!(labels, ["DATE", "GPE", "ORG", "PERSON"]);
    // PERSON: A = {Amélie Smith, Bob}, B = {Amélie Smith} → tp 1, fp 1, fn 0: P 1/2, R 1, F1 = (2·1/2)/(3/2) = 2/3.
    let (e, o) = &s.per_label["PERSON"];
    assert_prf(e, 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    assert_prf(o, 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    // ORG: A = {}, B = {Bob} → tp 0, fp 0, fn 1: P = 1 (nothing claimed, vacuous), R 0, F1 0.
    let (e, o) = &s.per_label["ORG"];
    assert_prf(e, 0, 0, 1, 1.0, 0.0, 0.0);
    assert_prf(o, 0, 0, 1, 1.0, 0.0, 0.0);
    // GPE exact: "New" ≠ "New York" → tp 0, fp 1, fn 1: P 0, R 0, F1 0. Overlap: tp 1 → 1, 1, 1.
    let (e, o) = &s.per_label["GPE"];
    assert_prf(e, 0, 1, 1, 0.0, 0.0, 0.0);
    assert_prf(o, 1, 0, 0, 1.0, 1.0, 1.0);
    // DATE: A = {Monday}, B = {} → tp 0, fp 1, fn 0: P 0, R = 1 (nothing to find, vacuous), F1 0.
    let (e, o) = &s.per_label["DATE"];
    assert_prf(e, 0, 1, 0, 0.0, 1.0, 0.0);
    assert_prf(o, 0, 1, 0, 0.0, 1.0, 0.0);
}

#[test]
fn hand_computed_token_kappa() {
    let (t, a, b) = fixture();
    // Tokens (10): Amélie Smith met Bob in New York on Monday .
    //   token   A       B
    //   Amélie  PERSON  PERSON   ✓
    //   Smith   PERSON  PERSON   ✓
    //   met     O       O        ✓
    //   Bob     PERSON  ORG
    //   in      O       O        ✓
    //   New     GPE     GPE      ✓
    //   York    O       GPE
    //   on      O       O        ✓
    //   Monday  DATE    O
    //   .       O       O        ✓
    // p_o = 7/10.
    // Marginals  A: PERSON 3, O 5, GPE 1, DATE 1, ORG 0;  B: PERSON 2, O 5, GPE 2, DATE 0, ORG 1.
    // p_e = (3·2 + 5·5 + 1·2 + 1·0 + 0·1) / 10² = 33/100.
    // κ = (0.70 − 0.33) / (1 − 0.33) = 0.37 / 0.67 = 37/67 ≈ 0.5522.
    let k = token_kappa(&t, &a, &b);
    assert!(close(k, 37.0 / 67.0), "kappa {k}");
    // Kappa is symmetric, and perfect on identical sets.
    assert!(close(token_kappa(&t, &b, &a), 37.0 / 67.0));
    assert!(close(token_kappa(&t, &a, &a), 1.0));
    // Both annotators leave everything as O: chance agreement is total, kappa is 1 by convention.
    assert!(close(token_kappa(&t, &[], &[]), 1.0));
}

#[test]
fn hand_listed_disagreements_and_adjudication() {
    let (_, a, b) = fixture();
    let d = disagreements(&a, &b);
    let want = vec![
        Disagreement {
            span: Span::new(17, 20),
            kind: DisagreementKind::LabelDiffers { a: "PERSON".into(), b: "ORG".into() },
        },
        Disagreement {
            span: Span::new(24, 32),
            kind: DisagreementKind::BoundaryDiffers {
                label: "GPE".into(),
                a_span: Span::new(24, 27),
                b_span: Span::new(24, 32),
            },
        },
        Disagreement { span: Span::new(36, 42), kind: DisagreementKind::OnlyA { label: "DATE".into() } },
    ];
    assert_eq!(d, want);

    let s = |x: usize, y: usize, l: &str| (Span::new(x, y), l.to_owned());
    // Agreed "Amélie Smith" is always kept; then B's label for Bob, B's boundary for New York, no DATE.
    let adj = adjudicated_spans(&a, &b, &[(0, Choice::B), (1, Choice::B), (2, Choice::Neither)]).unwrap();
    assert_eq!(adj, vec![s(0, 12, "PERSON"), s(17, 20, "ORG"), s(24, 32, "GPE")]);
    // Both labels for Bob, A's boundary, keep DATE.
    let adj = adjudicated_spans(&a, &b, &[(0, Choice::Both), (1, Choice::A), (2, Choice::A)]).unwrap();
    assert_eq!(
        adj,
        vec![s(0, 12, "PERSON"), s(17, 20, "ORG"), s(17, 20, "PERSON"), s(24, 27, "GPE"), s(36, 42, "DATE")]
    );
    // Undecided disagreements are left out.
    assert_eq!(adjudicated_spans(&a, &b, &[]).unwrap(), vec![s(0, 12, "PERSON")]);
    assert_eq!(
        adjudicated_spans(&a, &b, &[(3, Choice::A)]),
        Err(AdjudicationError::UnknownDisagreement { index: 3, count: 3 })
    );
    assert_eq!(
        adjudicated_spans(&a, &b, &[(1, Choice::A), (1, Choice::B)]),
        Err(AdjudicationError::DuplicateDecision { index: 1 })
    );
}

#[test]
fn overlap_matching_is_greedy_by_largest_overlap() {
    let x = |s: usize, e: usize| (Span::new(s, e), "X".to_owned());
    // A (0,10) overlaps B (0,4) by 4 and B (5,10) by 5 → paired with (5,10); (0,4) stays unmatched.
    //   overlap: tp 1, fp 0, fn 1 → P 1, R 1/2, F1 = 2·(1/2)/(3/2) = 2/3. Exact: tp 0 → P 0, R 0, F1 0.
    let s = span_agreement(&[x(0, 10)], &[x(0, 4), x(5, 10)]);
    assert_prf(&s.overlap, 1, 0, 1, 1.0, 0.5, 2.0 / 3.0);
    assert_prf(&s.exact, 0, 1, 2, 0.0, 0.0, 0.0);
    let d = disagreements(&[x(0, 10)], &[x(0, 4), x(5, 10)]);
    assert_eq!(
        d,
        vec![
            Disagreement { span: Span::new(0, 4), kind: DisagreementKind::OnlyB { label: "X".into() } },
            Disagreement {
                span: Span::new(0, 10),
                kind: DisagreementKind::BoundaryDiffers {
                    label: "X".into(),
                    a_span: Span::new(0, 10),
                    b_span: Span::new(5, 10)
                },
            },
        ]
    );
}

#[test]
fn pairwise_covers_every_pair() {
    let (t, a, b) = fixture();
    let sets = vec![("ann".to_string(), a.clone()), ("bob".to_string(), b.clone()), ("cy".to_string(), b.clone())];
    let p = pairwise(&t, &sets);
    let names: Vec<(&str, &str)> = p.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
    assert_eq!(names, [("ann", "bob"), ("ann", "cy"), ("bob", "cy")]);
    assert!(close(p[0].spans.exact.f1, 2.0 / 7.0));
    assert!(close(p[1].kappa, 37.0 / 67.0));
    assert!(close(p[2].spans.exact.f1, 1.0) && close(p[2].kappa, 1.0));
    assert!(pairwise(&t, &sets[..1]).is_empty());
}

fn set_strategy() -> impl Strategy<Value = Set> {
    proptest::collection::vec((0usize..30, 1usize..6, 0usize..3), 0..10)
        .prop_map(|v| v.into_iter().map(|(s, l, k)| (Span::new(s, s + l), ["A", "B", "C"][k].to_owned())).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn scores_are_consistent(a in set_strategy(), b in set_strategy()) {
        let ab = span_agreement(&a, &b);
        let ba = span_agreement(&b, &a);
        prop_assert!(close(ab.exact.precision, ba.exact.recall));
        prop_assert!(close(ab.exact.f1, ba.exact.f1));
        prop_assert_eq!(ab.exact.tp, ba.exact.tp);
        prop_assert!(ab.overlap.tp >= ab.exact.tp);
        prop_assert_eq!(ab.exact.tp + ab.exact.fp, a.len());
        prop_assert_eq!(ab.overlap.tp + ab.overlap.fn_, b.len());
        let sum: usize = ab.per_label.values().map(|(e, _)| e.tp).sum();
        prop_assert_eq!(sum, ab.exact.tp);
        let sum: usize = ab.per_label.values().map(|(_, o)| o.tp).sum();
        prop_assert_eq!(sum, ab.overlap.tp);
        for p in [ab.exact, ab.overlap] {
            prop_assert!((0.0..=1.0).contains(&p.f1));
        }
        let t = Text::from("ab cd, ef gh. ij kl mn op qr st uv wx yz");
        let k = token_kappa(&t, &a, &b);
        prop_assert!((-1.0..=1.0 + 1e-12).contains(&k), "kappa {}", k);
        prop_assert!(close(k, token_kappa(&t, &b, &a)));
        prop_assert!(close(token_kappa(&t, &a, &a), 1.0));
    }

    #[test]
    fn adjudication_all_a_or_all_b_gives_back_that_set(a in set_strategy(), b in set_strategy()) {
        let n = disagreements(&a, &b).len();
        let dedup = |mut s: Set| { s.sort(); s.dedup(); s };
        let all = |c: Choice| (0..n).map(|i| (i, c)).collect::<Vec<_>>();
        prop_assert_eq!(adjudicated_spans(&a, &b, &all(Choice::A)).unwrap(), dedup(a.clone()));
        prop_assert_eq!(adjudicated_spans(&a, &b, &all(Choice::B)).unwrap(), dedup(b.clone()));
        let mut both = a.clone();
        both.extend(b.iter().cloned());
        prop_assert_eq!(adjudicated_spans(&a, &b, &all(Choice::Both)).unwrap(), dedup(both));
        // No disagreement at all exactly when the two sets are equal as multisets.
        let (mut sa, mut sb) = (a.clone(), b.clone());
        sa.sort();
        sb.sort();
        prop_assert_eq!(n == 0, sa == sb);
    }
}

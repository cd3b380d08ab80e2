//! `spandrel simulate --order corpus|uncertain`: learning curves. An annotator annotates sentences of a
//! pool (making the suggestions equal to gold, as `simulate` does) in corpus order or most informative
//! first (core's `active` ranking on the learner's `uncertainty`), and after each point of the curve the
//! learner's suggestions are scored (exact span + label F1) on an evaluation set nobody annotates.
//!
//! Invariants:
//! - Deterministic: the same files, options and `--seed` give the same output, byte for byte.
//! - Both orders use the same learner, label map, pool and evaluation set; only the order differs.
//! - The evaluation set is never observed.

use crate::common::{
    decode_tags, load_model, num, parse_map, project, read_conll, token_cps, ConllSentence, Opts, Prf,
};
use serde_json::{json, Map, Value};
use spandrel_core::active::{informative_order, note_seen, Candidate, Seen};
use spandrel_core::extract::learn::{Feedback, LabelledSpan, Learner, Prepared};
use spandrel_core::model::Span;
use spandrel_core::text::Text;
use std::collections::BTreeMap;
use std::ops::Range;

/// Which order the simulated annotator follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    Corpus,
    Uncertain,
}

impl Order {
    pub(crate) fn parse(s: &str) -> Result<Order, crate::CliError> {
        match s {
            "corpus" => Ok(Order::Corpus),
            "uncertain" => Ok(Order::Uncertain),
            _ => Err(format!("--order must be corpus or uncertain, not {s:?}").into()),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Order::Corpus => "corpus",
            Order::Uncertain => "uncertain",
        }
    }
}

/// splitmix64: a small deterministic generator for the seeded shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// A sentence ready to be annotated or scored.
struct Item {
    tokens: Vec<String>,
    text: Text,
    prep: Prepared,
    gold: Vec<(Range<usize>, String)>,
}

fn items(model: &spandrel_core::extract::tagger::Model, sents: &[ConllSentence]) -> Vec<Item> {
    sents
        .iter()
        .map(|s| {
            let text = Text::from(s.tokens.join(" "));
            let prep = Prepared::new(model, &text);
            Item { tokens: s.tokens.clone(), text, prep, gold: decode_tags(&s.tags) }
        })
        .collect()
}

fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// Exact span + label F1 of the learner's suggestions on `eval`, overall and per gold label.
fn score(learner: &Learner, eval: &[Item]) -> (f64, Map<String, Value>) {
    let mut all = Prf::default();
    let mut per: BTreeMap<String, Prf> = BTreeMap::new();
    for it in eval {
        let spans: Vec<(Range<usize>, String)> =
            learner.suggest_prepared(&it.prep).iter().map(|s| (s.span.range(), s.label.clone())).collect();
        let mut pred = project(&it.tokens, &spans);
        pred.sort_by(|a, b| (a.0.start, a.0.end, &a.1).cmp(&(b.0.start, b.0.end, &b.1)));
        pred.dedup();
        for p in &pred {
            let e = per.entry(p.1.clone()).or_default();
            if it.gold.contains(p) {
                e.tp += 1;
                all.tp += 1;
            } else {
                e.fp += 1;
                all.fp += 1;
            }
        }
        for g in &it.gold {
            if !pred.contains(g) {
                per.entry(g.1.clone()).or_default().fn_ += 1;
                all.fn_ += 1;
            }
        }
    }
    (round4(all.f1()), per.into_iter().map(|(l, p)| (l, json!(round4(p.f1())))).collect())
}

/// The learner's reading of a sentence for the ranking.
fn candidate(learner: &Learner, it: &Item) -> Candidate {
    Candidate::of(&learner.uncertainty(&it.prep), &it.text)
}

/// Runs the curve (see the module documentation); `pool_path` is annotated, `--eval` scored.
pub(crate) fn curve(pool_path: &str, order: Order, opts: &Opts) -> Result<Value, crate::CliError> {
    let eval_path = opts.get("--eval").ok_or("--order needs --eval EVAL.conll (the set the curve is scored on)")?;
    let points: Vec<usize> = match opts.get("--curve") {
        Some(c) => c
            .split(',')
            .map(|x| x.trim().parse::<usize>().map_err(|_| format!("--curve: {x:?} is not a number of sentences")))
            .collect::<Result<_, _>>()?,
        None => vec![100, 200, 500, 1000],
    };
    if points.is_empty() || points.windows(2).any(|w| w[0] >= w[1]) {
        return Err("--curve must list increasing numbers of sentences, e.g. 100,200,500,1000".into());
    }
    let batch: usize = num(opts, "--batch", 10)?;
    let batch = batch.max(1);
    let seed: Option<u64> =
        opts.get("--seed").map(|s| s.parse().map_err(|_| format!("--seed: {s:?} is not a number"))).transpose()?;
    let model = load_model(opts.get("--model").map(String::as_str))?;
    let mut pool_sents = read_conll(pool_path)?;
    pool_sents.truncate(num(opts, "--limit", usize::MAX)?);
    let eval_sents = read_conll(eval_path)?;
    if pool_sents.is_empty() || eval_sents.is_empty() {
        return Err(format!("{} has no sentences", if pool_sents.is_empty() { pool_path } else { eval_path }).into());
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for s in &pool_sents {
        for (_, l) in decode_tags(&s.tags) {
            *counts.entry(l).or_default() += 1;
        }
    }
    let map = match opts.get("--map") {
        Some(m) => parse_map(m)?,
        None => crate::simulate::default_map(&counts),
    };
    let pool = items(&model, &pool_sents);
    let eval = items(&model, &eval_sents);
    // The corpus order: the file's, or shuffled by the seed.
    let mut corpus: Vec<usize> = (0..pool.len()).collect();
    if let Some(s) = seed {
        Rng(s).shuffle(&mut corpus);
    }
    let mut learner = Learner::new(map);
    let mut done = vec![false; pool.len()];
    let mut seen = Seen::new();
    let mut queue: Vec<usize> = Vec::new();
    let mut annotated = 0usize;
    let mut out = Vec::new();
    let last = *points.last().unwrap_or(&0);
    let mut next_point = 0;
    let mut ranks = 0usize;
    while annotated < last.min(pool.len()) {
        if order == Order::Uncertain && (queue.is_empty() || annotated.is_multiple_of(batch)) {
            // Re-rank what is left after each batch (the app re-ranks after each learning step).
            let left: Vec<usize> = corpus.iter().copied().filter(|&i| !done[i]).collect();
            let cands: Vec<Candidate> = left.iter().map(|&i| candidate(&learner, &pool[i])).collect();
            queue = informative_order(&cands, &seen).into_iter().map(|k| left[k]).rev().collect();
            ranks += 1;
        }
        let i = match order {
            Order::Corpus => corpus[annotated],
            Order::Uncertain => queue.pop().ok_or("the queue ran out")?,
        };
        done[i] = true;
        let it = &pool[i];
        let sugg = learner.suggest_prepared(&it.prep);
        let cps = token_cps(&it.tokens);
        let known: Vec<LabelledSpan> = it
            .gold
            .iter()
            .map(|(r, l)| LabelledSpan { span: Span::new(cps[r.start].start, cps[r.end - 1].end), label: l.clone() })
            .collect();
        note_seen(&mut seen, known.iter().filter_map(|k| it.text.slice_cp(k.span.range()).ok()));
        let rejected = sugg
            .iter()
            .filter(|x| !known.iter().any(|k| k.span == x.span && k.label == x.label))
            .map(|x| LabelledSpan { span: x.span, label: x.label.clone() })
            .collect();
        learner
            .observe_prepared(&it.prep, &Feedback { known, rejected, done: true })
            .map_err(|e| crate::CliError::from(format!("sentence {}: {e}", i + 1)))?;
        annotated += 1;
        while next_point < points.len() && points[next_point] == annotated {
            let (f1, per_label) = score(&learner, &eval);
            out.push(json!({"annotated": annotated, "f1": f1, "per_label": per_label}));
            next_point += 1;
        }
    }
    let (f0, _) = score(&Learner::new(learner.map().clone()), &eval);
    Ok(json!({
        "order": order.name(),
        "seed": seed,
        "pool": pool.len(),
        "eval": eval.len(),
        "batch": batch,
        "rankings": ranks,
        "f1_before": f0,
        "curve": out,
    }))
}

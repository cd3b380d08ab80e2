//! `spandrel simulate`: replays an annotator over a gold CoNLL file to measure how much suggestions that
//! learn save, against the same suggestions without learning, in one run.
//!
//! Invariants:
//! - Both arms see the same sentences in the same order and the same shipped pipeline output; the only
//!   difference is that the learning arm observes each corrected sentence (as a done document) afterwards.
//! - Gold labels are the project's labels as written in the file; `--map` (or the coarse mapping of
//!   `spandrel eval`) says which shipped labels start renamed to which gold label; the rest are dropped.
//! - With `--json` the only stdout line is the result object.

use crate::common::{coarse, decode_tags, load_model, num, parse_args, parse_map, project, read_conll, token_cps, Prf};
use serde_json::{json, Map, Value};
use spandrel_core::extract::learn::{Feedback, LabelMap, LabelledSpan, Learner, Prepared};
use spandrel_core::extract::patterns::PATTERN_LABELS;
use spandrel_core::extract::{Suggestion, ENTITY_LABELS};
use spandrel_core::model::Span;
use spandrel_core::text::Text;
use std::collections::BTreeMap;
use std::ops::Range;
use std::process::ExitCode;
use std::time::Instant;

const HELP: &str = "\
usage: spandrel simulate [--model FILE.bin] [--map MODEL=GOLD,...] [--limit N] [--json] GOLD.conll
       spandrel simulate --order corpus|uncertain --eval EVAL.conll [--curve 100,200,500,1000]
                         [--seed N] [--batch N] [--model FILE.bin] [--map ...] [--limit N] [--json] POOL.conll

Replays an annotator over the gold sentences in order: the engine suggests, the annotator makes the
suggestions equal to gold, the engine learns from that (the sentence counts as a done document), next
sentence. The same stream is also scored without learning. Gold labels are the project's own labels.
--map says which shipped labels start renamed to which gold label (default: the coarse classes of
`spandrel eval`, e.g. PERSON→PER); unmapped shipped labels are not suggested and unmapped gold labels
must be learned from scratch. --limit N replays only the first N sentences.
Prints corrections per 100 gold entities (fix = a suggestion overlapping a gold span with the wrong
label or edges, reject = a suggestion overlapping none, add = a gold span no suggestion overlaps),
exact span+label F1 over the last 20% of the stream (overall and per gold label), the median update
time and words/s of the whole run.

With --order, prints learning curves instead (one JSON line): the annotator annotates POOL's sentences
in corpus order (the file's, or shuffled by --seed) or most informative first (the learner's
uncertainty with diversity, re-ranked every --batch sentences, default 10), and after each point of
--curve the learner's exact span+label F1 on EVAL (never annotated) is printed, overall and per label:
{\"order\": \"...\", \"curve\": [{\"annotated\": 100, \"f1\": 0.61, \"per_label\": {...}}, ...]}
";

/// The tallies of one arm.
#[derive(Default)]
struct Arm {
    fixes: usize,
    rejects: usize,
    adds: usize,
    overall: Prf,
    per_label: BTreeMap<String, Prf>,
}

impl Arm {
    fn corrections(&self) -> usize {
        self.fixes + self.rejects + self.adds
    }

    fn score(&mut self, gold: &[(Range<usize>, String)], pred: &[(Range<usize>, String)], last: bool) {
        let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        for p in pred {
            if gold.contains(p) {
                continue;
            }
            if gold.iter().any(|g| overlaps(&g.0, &p.0)) {
                self.fixes += 1;
            } else {
                self.rejects += 1;
            }
        }
        self.adds += gold.iter().filter(|g| !pred.iter().any(|p| overlaps(&g.0, &p.0))).count();
        if !last {
            return;
        }
        for g in gold {
            self.per_label.entry(g.1.clone()).or_default();
        }
        let mut seen: Vec<&(Range<usize>, String)> = Vec::new();
        for p in pred {
            if seen.contains(&p) {
                continue;
            }
            seen.push(p);
            let hit = gold.contains(p);
            let e = self.per_label.entry(p.1.clone()).or_default();
            if hit {
                e.tp += 1;
                self.overall.tp += 1;
            } else {
                e.fp += 1;
                self.overall.fp += 1;
            }
        }
        for g in gold {
            if !pred.contains(g) {
                self.per_label.entry(g.1.clone()).or_default().fn_ += 1;
                self.overall.fn_ += 1;
            }
        }
    }
}

fn round(x: f64, digits: i32) -> f64 {
    let m = 10f64.powi(digits);
    (x * m).round() / m
}

/// The coarse mapping of `spandrel eval`: each shipped label goes to the most frequent gold label of its
/// coarse class (ties: the first in label order).
pub(crate) fn default_map(gold_counts: &BTreeMap<String, usize>) -> LabelMap {
    let mut rename = BTreeMap::new();
    for shipped in ENTITY_LABELS.iter().chain(PATTERN_LABELS.iter()) {
        let Some(class) = coarse(shipped) else { continue };
        let best = gold_counts.iter().filter(|(g, _)| coarse(g) == Some(class)).fold(
            None::<(&String, usize)>,
            |b, (g, &n)| match b {
                Some((_, bn)) if bn >= n => b,
                _ => Some((g, n)),
            },
        );
        if let Some((g, _)) = best {
            rename.insert(shipped.to_string(), g.clone());
        }
    }
    LabelMap { rename, keep_others: false }
}

fn to_tokens(tokens: &[String], sugg: &[Suggestion]) -> Vec<(Range<usize>, String)> {
    let spans: Vec<(Range<usize>, String)> = sugg.iter().map(|s| (s.span.range(), s.label.clone())).collect();
    project(tokens, &spans)
}

pub fn run(args: &[String]) -> ExitCode {
    let (opts, pos) = match parse_args(
        args,
        &["--json", "--help", "-h"],
        &["--model", "--map", "--limit", "--order", "--eval", "--curve", "--seed", "--batch"],
    ) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("spandrel simulate: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    if opts.contains_key("--help") || opts.contains_key("-h") {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    let [gold_path] = pos.as_slice() else {
        eprintln!("spandrel simulate: expected one GOLD.conll file\n\n{HELP}");
        return ExitCode::from(2);
    };
    if let Some(order) = opts.get("--order") {
        let run = crate::curve::Order::parse(order).and_then(|o| crate::curve::curve(gold_path, o, &opts));
        return match run {
            Ok(v) => {
                println!("{}", serde_json::to_string(&v).unwrap_or_default());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("spandrel simulate: {e}");
                ExitCode::from(2)
            }
        };
    }
    match simulate(gold_path, &opts) {
        Ok(v) => {
            if opts.contains_key("--json") {
                println!("{}", serde_json::to_string(&v).unwrap_or_default());
            } else {
                print!("{}", table(gold_path, &v));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("spandrel simulate: {e}");
            ExitCode::from(2)
        }
    }
}

fn simulate(gold_path: &str, opts: &BTreeMap<String, String>) -> Result<Value, crate::CliError> {
    let model = load_model(opts.get("--model").map(String::as_str))?;
    let mut gold = read_conll(gold_path)?;
    let limit: usize = num(opts, "--limit", usize::MAX)?;
    gold.truncate(limit);
    if gold.is_empty() {
        return Err(format!("{gold_path} has no sentences").into());
    }
    let decoded: Vec<Vec<(Range<usize>, String)>> = gold.iter().map(|s| decode_tags(&s.tags)).collect();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for spans in &decoded {
        for (_, l) in spans {
            *counts.entry(l.clone()).or_default() += 1;
        }
    }
    let map = match opts.get("--map") {
        Some(m) => parse_map(m)?,
        None => default_map(&counts),
    };
    let baseline = Learner::new(map.clone());
    let mut learner = Learner::new(map.clone());
    let (mut with, mut without) = (Arm::default(), Arm::default());
    let first_last = gold.len() - gold.len() / 5;
    let mut update_ns: Vec<u64> = Vec::with_capacity(gold.len());
    let mut words = 0usize;
    let mut prepare_ns = 0u64;
    let started = Instant::now();
    for (k, (s, g)) in gold.iter().zip(&decoded).enumerate() {
        words += s.tokens.len();
        let text = Text::from(s.tokens.join(" "));
        let t = Instant::now();
        let prep = Prepared::new(&model, &text);
        prepare_ns += t.elapsed().as_nanos() as u64;
        let last = k >= first_last;
        let sugg = learner.suggest_prepared(&prep);
        let lt = to_tokens(&s.tokens, &sugg);
        with.score(g, &lt, last);
        without.score(g, &to_tokens(&s.tokens, &baseline.suggest_prepared(&prep)), last);
        let cps = token_cps(&s.tokens);
        let known: Vec<LabelledSpan> = g
            .iter()
            .map(|(r, l)| LabelledSpan { span: Span::new(cps[r.start].start, cps[r.end - 1].end), label: l.clone() })
            .collect();
        let rejected = sugg
            .iter()
            .filter(|x| !known.iter().any(|k| k.span == x.span && k.label == x.label))
            .map(|x| LabelledSpan { span: x.span, label: x.label.clone() })
            .collect();
        let fb = Feedback { known, rejected, done: true };
        let t = Instant::now();
        learner.observe_prepared(&prep, &fb).map_err(|e| crate::CliError::from(format!("sentence {}: {e}", k + 1)))?;
        update_ns.push(t.elapsed().as_nanos() as u64);
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    update_ns.sort_unstable();
    let median_us = update_ns[update_ns.len() / 2] as f64 / 1000.0;
    let n_gold: usize = decoded.iter().map(Vec::len).sum();
    let per100 = |a: &Arm| round(a.corrections() as f64 * 100.0 / n_gold.max(1) as f64, 2);
    let labels = |a: &Arm| -> Map<String, Value> {
        a.per_label.iter().map(|(l, p)| (l.clone(), json!(round(p.f1(), 4)))).collect()
    };
    let detail = |a: &Arm| json!({"fix": a.fixes, "reject": a.rejects, "add": a.adds});
    let map_json: Map<String, Value> = map.rename.iter().map(|(a, b)| (a.clone(), json!(b))).collect();
    Ok(json!({
        "sentences": gold.len(),
        "gold": n_gold,
        "corrections_per_100": {"learning": per100(&with), "baseline": per100(&without)},
        "f1_last20": {"learning": round(with.overall.f1(), 4), "baseline": round(without.overall.f1(), 4)},
        "per_label_f1_last20": {"learning": labels(&with), "baseline": labels(&without)},
        "update_us_median": round(median_us, 1),
        "words_per_s": words as f64 / secs,
        "words": words,
        // Rebuilding the learner from these annotations costs the shipped pipeline plus the updates.
        "rebuild_ms": (prepare_ns + update_ns.iter().sum::<u64>()) as f64 / 1e6,
        "corrections": {"learning": detail(&with), "baseline": detail(&without)},
        "map": map_json,
        "learned": {"labels": learner.labels(), "rows": learner.rows(), "updates": learner.updates(),
                    "taught_spans": learner.taught_spans(), "bytes": learner.to_bytes().len()},
    }))
}

fn table(path: &str, v: &Value) -> String {
    let f = |p: &str| v.pointer(p).and_then(Value::as_f64).unwrap_or(0.0);
    let mut out = format!(
        "{path}: {} sentences, {} gold entities, {} words\nmap: {}\n\n",
        v["sentences"],
        v["gold"],
        v["words"],
        v["map"].as_object().map_or(String::new(), |m| m
            .iter()
            .map(|(a, b)| format!("{a}={}", b.as_str().unwrap_or("")))
            .collect::<Vec<_>>()
            .join(","))
    );
    out += "                        learning   baseline\n";
    out += &format!(
        "corrections per 100    {:>9.2}  {:>9.2}   (ratio {:.2})\n",
        f("/corrections_per_100/learning"),
        f("/corrections_per_100/baseline"),
        f("/corrections_per_100/learning") / f("/corrections_per_100/baseline").max(1e-9)
    );
    for arm in ["learning", "baseline"] {
        out += &format!(
            "  {arm:<9} fix {:>6}  reject {:>6}  add {:>6}\n",
            v["corrections"][arm]["fix"], v["corrections"][arm]["reject"], v["corrections"][arm]["add"]
        );
    }
    out += &format!("F1 last 20%            {:>9.4}  {:>9.4}\n", f("/f1_last20/learning"), f("/f1_last20/baseline"));
    if let Some(m) = v["per_label_f1_last20"]["learning"].as_object() {
        for l in m.keys() {
            out += &format!(
                "  {l:<20} {:>9.4}  {:>9.4}\n",
                m[l].as_f64().unwrap_or(0.0),
                v["per_label_f1_last20"]["baseline"][l].as_f64().unwrap_or(0.0)
            );
        }
    }
    out += &format!("update median          {:>9.1} µs\n", f("/update_us_median"));
    out += &format!("speed                  {:>9.0} words/s (both arms and the updates)\n", f("/words_per_s"));
    out += &format!("rebuild from scratch   {:>9.1} ms (shipped pipeline + updates)\n", f("/rebuild_ms"));
    out += &format!(
        "learned                {} rows, {} updates, {} taught spans, {} bytes\n",
        v["learned"]["rows"], v["learned"]["updates"], v["learned"]["taught_spans"], v["learned"]["bytes"]
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps() {
        let counts: BTreeMap<String, usize> =
            [("per", 5), ("geo", 9), ("gpe", 3), ("tim", 4)].iter().map(|(a, b)| (a.to_string(), *b)).collect();
        let d = default_map(&counts);
        assert_eq!(d.get("PERSON"), Some("per"));
        assert_eq!(d.get("GPE"), Some("geo"));
        assert_eq!(d.get("NORP"), Some("gpe"));
        assert_eq!(d.get("DATE"), Some("tim"));
        assert_eq!(d.get("ORG"), None);
    }

    #[test]
    fn corrections_count_fix_reject_add() {
        let mut a = Arm::default();
        let gold = vec![(0..2, "PER".to_string()), (4..5, "LOC".to_string()), (7..8, "ORG".to_string())];
        let pred = vec![(0..1, "PER".to_string()), (4..5, "LOC".to_string()), (9..10, "ORG".to_string())];
        a.score(&gold, &pred, true);
        assert_eq!((a.fixes, a.rejects, a.adds), (1, 1, 1));
        assert_eq!((a.overall.tp, a.overall.fp, a.overall.fn_), (1, 2, 2));
    }
}

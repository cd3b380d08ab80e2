//! `spandrel eval`: precision, recall and F1 of the tagger (or of a prediction file) against CoNLL gold data.
//!
//! Invariants:
//! - Scores are on coarse classes (PER/ORG/LOC/NORP/TIME); classes absent from the gold file never count in
//!   the overall micro score. Gold and predictions go through the same span decoder and mapping.
//! - It imports only [`crate::common`] of the other subcommand modules.

use crate::common::{
    coarse, decode_tags, load_model, num, parse_args, project, read_conll, title_prefix, write_conll, ConllSentence,
};
use serde_json::{json, Map, Value};
use spandrel_core::extract::gazetteer::Gazetteer;
use spandrel_core::extract::score::{bootstrap_f1, Counts};
use spandrel_core::extract::Model;
use spandrel_core::text::Text;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::process::ExitCode;

const EVAL_HELP: &str = "\
usage: spandrel eval [--model FILE.bin] [--pred PRED.conll] [--json] [--doc N] GOLD.conll

Scores predictions against CoNLL gold data (token in the first column, tag in the last; IOB1, IOB2 or BIOES;
GMB, WikiANN, OntoNotes or coarse tag names) on the coarse classes PER, ORG, LOC, NORP, TIME.
--min-score S ignores suggestions scored below S.
--strip-titles removes leading titles (Mr., President) from gold person spans (OntoNotes convention).
--write-pred FILE writes the predictions as IOB2 CoNLL on the gold tokens.
Without --pred the tagger is run on each gold sentence (tokens joined by single spaces).
--doc N extracts N consecutive sentences at once, as one document (blank lines between them), so that
        document-level rules apply; the bootstrap then resamples documents instead of sentences.
F1 is printed with a 95% percentile bootstrap interval: --resamples R (default 1000), --seed S (default 1).
";

const CLASSES: [&str; 5] = ["PER", "ORG", "LOC", "NORP", "TIME"];

pub fn run_eval(args: &[String]) -> ExitCode {
    let (opts, pos) = match parse_args(
        args,
        &["--json", "--strip-titles", "--help", "-h"],
        &["--model", "--pred", "--write-pred", "--min-score", "--doc", "--resamples", "--seed"],
    ) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("spandrel eval: {e}\n\n{EVAL_HELP}");
            return ExitCode::from(2);
        }
    };
    if opts.contains_key("--help") || opts.contains_key("-h") {
        print!("{EVAL_HELP}");
        return ExitCode::SUCCESS;
    }
    let [gold_path] = pos.as_slice() else {
        eprintln!("spandrel eval: expected one GOLD.conll file\n\n{EVAL_HELP}");
        return ExitCode::from(2);
    };
    let write_pred = opts.get("--write-pred").map(String::as_str);
    let strip = opts.contains_key("--strip-titles");
    let min_score: f32 = match num(&opts, "--min-score", 0.0) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("spandrel eval: {e}");
            return ExitCode::from(2);
        }
    };
    let counts = (num(&opts, "--doc", 1usize), num(&opts, "--resamples", 1000usize), num(&opts, "--seed", 1u64));
    let (doc, resamples, seed) = match counts {
        (Ok(d), Ok(r), Ok(s)) if d >= 1 => (d, r, s),
        (Ok(_), Ok(_), Ok(_)) => {
            eprintln!("spandrel eval: --doc must be at least 1");
            return ExitCode::from(2);
        }
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            eprintln!("spandrel eval: {e}");
            return ExitCode::from(2);
        }
    };
    let eo = EvalOpts {
        pred_path: opts.get("--pred").map(String::as_str),
        model_path: opts.get("--model").map(String::as_str),
        write_pred,
        strip_titles: strip,
        min_score,
        doc,
        boot: Boot { resamples, seed },
    };
    match eval(gold_path, &eo) {
        Ok(report) => {
            if opts.contains_key("--json") {
                println!("{}", serde_json::to_string_pretty(&report.to_json()).unwrap_or_default());
            } else {
                print!("{}", report.table(gold_path));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("spandrel eval: {e}");
            ExitCode::from(2)
        }
    }
}

/// Bootstrap settings of `spandrel eval`.
struct Boot {
    resamples: usize,
    seed: u64,
}

struct Report {
    per_class: BTreeMap<&'static str, Counts>,
    in_gold: BTreeSet<&'static str>,
    sentences: usize,
    /// Sentences per resampling unit (1, or `--doc N`).
    unit: usize,
    /// Per unit: counts of each class (the bootstrap resamples these).
    units: Vec<BTreeMap<&'static str, Counts>>,
    boot: Boot,
}

impl Report {
    fn in_overall(&self, c: &str) -> bool {
        self.in_gold.contains(c)
    }
    fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for (k, v) in &self.per_class {
            if self.in_overall(k) {
                c += *v;
            }
        }
        c
    }
    /// 95% bootstrap interval of the overall F1, or of one class's with `Some(class)`.
    fn ci(&self, class: Option<&str>) -> Option<(f64, f64)> {
        let units: Vec<Counts> = self
            .units
            .iter()
            .map(|u| {
                let mut c = Counts::default();
                for (k, v) in u {
                    if class.map_or(self.in_overall(k), |x| x == *k) {
                        c += *v;
                    }
                }
                c
            })
            .collect();
        bootstrap_f1(&units, self.boot.resamples, 0.95, self.boot.seed)
    }
    fn table(&self, name: &str) -> String {
        let unit = if self.unit == 1 { "sentence".to_string() } else { format!("{} sentences", self.unit) };
        let mut s = format!(
            "{name}: {} sentences; 95% intervals: bootstrap over {} units of {unit}, {} resamples, seed {}\n",
            self.sentences,
            self.units.len(),
            self.boot.resamples,
            self.boot.seed
        );
        s.push_str(&format!(
            "{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}  {}\n",
            "class", "gold", "pred", "tp", "P", "R", "F1", "95% CI"
        ));
        let ci = |x: Option<(f64, f64)>| x.map_or("-".to_string(), |(a, b)| format!("{a:.4}–{b:.4}"));
        for c in CLASSES {
            let v = self.per_class.get(c).copied().unwrap_or_default();
            let (p, r, f) = v.prf();
            let note = if self.in_gold.contains(c) { "" } else { "  (not in gold: excluded from overall)" };
            s.push_str(&format!(
                "{:<8} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}  {}{note}\n",
                c,
                v.tp + v.fn_,
                v.tp + v.fp,
                v.tp,
                p,
                r,
                f,
                if self.in_gold.contains(c) { ci(self.ci(Some(c))) } else { "-".into() }
            ));
        }
        let o = self.overall();
        let (p, r, f) = o.prf();
        s.push_str(&format!(
            "{:<8} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}  {}\n",
            "overall",
            o.tp + o.fn_,
            o.tp + o.fp,
            o.tp,
            p,
            r,
            f,
            ci(self.ci(None))
        ));
        s
    }
    fn to_json(&self) -> Value {
        let ci = |x: Option<(f64, f64)>| x.map_or(Value::Null, |(a, b)| json!([a, b]));
        let mut classes = Map::new();
        for c in CLASSES {
            let v = self.per_class.get(c).copied().unwrap_or_default();
            let (p, r, f) = v.prf();
            let in_gold = self.in_gold.contains(c);
            classes.insert(
                c.into(),
                json!({"tp": v.tp, "fp": v.fp, "fn": v.fn_, "precision": p, "recall": r, "f1": f,
                       "f1_ci95": if in_gold { ci(self.ci(Some(c))) } else { Value::Null }, "in_gold": in_gold}),
            );
        }
        let o = self.overall();
        let (p, r, f) = o.prf();
        json!({"sentences": self.sentences, "unit_sentences": self.unit, "units": self.units.len(),
               "bootstrap": {"resamples": self.boot.resamples, "seed": self.boot.seed, "level": 0.95},
               "overall": {"tp": o.tp, "fp": o.fp, "fn": o.fn_, "precision": p, "recall": r, "f1": f,
                           "f1_ci95": ci(self.ci(None))},
               "classes": classes})
    }
}

/// What `spandrel eval` scores and how.
struct EvalOpts<'a> {
    pred_path: Option<&'a str>,
    model_path: Option<&'a str>,
    write_pred: Option<&'a str>,
    strip_titles: bool,
    min_score: f32,
    /// Consecutive sentences extracted together as one document (and resampled as one unit).
    doc: usize,
    boot: Boot,
}

/// The model's spans for every gold sentence, as token ranges. With `doc > 1`, `doc` consecutive
/// sentences are joined by blank lines into one text, extracted at once, and cut back per sentence.
fn model_predictions(
    m: &Model,
    gold: &[ConllSentence],
    doc: usize,
    min_score: f32,
) -> Vec<Vec<(Range<usize>, String)>> {
    let mut out = Vec::with_capacity(gold.len());
    for group in gold.chunks(doc.max(1)) {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(group.len());
        let mut at = 0;
        for (i, g) in group.iter().enumerate() {
            if i > 0 {
                text.push_str("\n\n");
                at += 2;
            }
            let sent = g.tokens.join(" ");
            starts.push(at);
            at += sent.chars().count();
            text.push_str(&sent);
        }
        let sugg = m.extract(&Text::from(text));
        for (i, g) in group.iter().enumerate() {
            let a = starts[i];
            let b = a + g.tokens.iter().map(|t| t.chars().count() + 1).sum::<usize>().saturating_sub(1);
            let mine: Vec<(Range<usize>, String)> = sugg
                .iter()
                .filter(|s| s.score >= min_score && s.span.start >= a && s.span.end <= b)
                .map(|s| (s.span.start - a..s.span.end - a, s.label.clone()))
                .collect();
            out.push(project(&g.tokens, &mine));
        }
    }
    out
}

/// IOB2 tags for `len` tokens with `spans` (token ranges); a span overlapping an earlier one is left out.
fn iob2_tags(len: usize, spans: &[(Range<usize>, String)]) -> Vec<String> {
    let mut tags = vec!["O".to_string(); len];
    for (r, label) in spans {
        if r.clone().all(|i| tags[i] == "O") {
            for i in r.clone() {
                tags[i] = format!("{}-{label}", if i == r.start { "B" } else { "I" });
            }
        }
    }
    tags
}

impl Report {
    /// Counts one sentence of bootstrap unit `unit`: true and false positives, misses, classes in gold.
    fn tally(
        &mut self,
        unit: usize,
        gold_set: &BTreeSet<(usize, usize, &'static str)>,
        pred_set: &BTreeSet<(usize, usize, &'static str)>,
    ) {
        for &(_, _, c) in gold_set {
            self.in_gold.insert(c);
        }
        let u = &mut self.units[unit];
        for x in pred_set {
            let hit = gold_set.contains(x);
            let d = Counts { tp: usize::from(hit), fp: usize::from(!hit), fn_: 0 };
            *self.per_class.entry(x.2).or_default() += d;
            *u.entry(x.2).or_default() += d;
        }
        for x in gold_set {
            if !pred_set.contains(x) {
                let d = Counts { tp: 0, fp: 0, fn_: 1 };
                *self.per_class.entry(x.2).or_default() += d;
                *u.entry(x.2).or_default() += d;
            }
        }
    }
}

fn eval(gold_path: &str, o: &EvalOpts) -> Result<Report, crate::CliError> {
    let (pred_path, model_path, write_pred, strip_titles) = (o.pred_path, o.model_path, o.write_pred, o.strip_titles);
    let gaz = Gazetteer::new();
    let mut pred_out: Vec<ConllSentence> = Vec::new();
    let gold = read_conll(gold_path)?;
    let preds: Option<Vec<ConllSentence>> = pred_path.map(read_conll).transpose()?;
    let model = if preds.is_none() { Some(load_model(model_path)?) } else { None };
    if let Some(p) = &preds {
        if p.len() != gold.len() {
            return Err(format!(
                "{} has {} sentences but the gold file has {}",
                pred_path.unwrap_or(""),
                p.len(),
                gold.len()
            )
            .into());
        }
    }
    let model_preds = model.as_ref().map(|m| model_predictions(m, &gold, o.doc, o.min_score));
    let unit = o.doc.max(1);
    let mut rep = Report {
        per_class: BTreeMap::new(),
        in_gold: BTreeSet::new(),
        sentences: gold.len(),
        unit,
        units: vec![BTreeMap::new(); gold.len().div_ceil(unit)],
        boot: Boot { resamples: o.boot.resamples, seed: o.boot.seed },
    };
    for (k, g) in gold.iter().enumerate() {
        let gold_set: BTreeSet<(usize, usize, &'static str)> = decode_tags(&g.tags)
            .into_iter()
            .filter_map(|(r, ty)| coarse(&ty).map(|c| (r, c)))
            .map(|(r, c)| {
                let skip = if strip_titles && c == "PER" { title_prefix(&g.tokens[r.clone()], &gaz) } else { 0 };
                (r.start + skip, r.end, c)
            })
            .collect();
        let pred_spans: Vec<(Range<usize>, String)> = match (&preds, &model) {
            (Some(p), _) => {
                let ps = &p[k];
                if ps.tokens.len() != g.tokens.len() {
                    return Err(format!(
                        "sentence {}: {} predicted tokens vs {} gold tokens",
                        k + 1,
                        ps.tokens.len(),
                        g.tokens.len()
                    )
                    .into());
                }
                decode_tags(&ps.tags)
            }
            (None, Some(_)) => model_preds.as_ref().map_or_else(Vec::new, |p| p[k].clone()),
            (None, None) => Vec::new(),
        };
        if write_pred.is_some() {
            pred_out.push(ConllSentence { tokens: g.tokens.clone(), tags: iob2_tags(g.tokens.len(), &pred_spans) });
        }
        let pred_set: BTreeSet<(usize, usize, &'static str)> =
            pred_spans.into_iter().filter_map(|(r, ty)| coarse(&ty).map(|c| (r.start, r.end, c))).collect();
        rep.tally(k / unit, &gold_set, &pred_set);
    }
    if let Some(p) = write_pred {
        write_conll(p, &pred_out.iter().collect::<Vec<_>>())?;
    }
    Ok(rep)
}

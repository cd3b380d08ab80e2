//! `spandrel extract`, `eval` and `train`: the native front end of the extraction engine.
//!
//! Invariants:
//! - `extract` streams: one input line in memory at a time, output flushed per line; a bad line is reported
//!   on stderr as `line N: ...` and never stops the run (exit code 1 if any line failed).
//! - `eval` scores on coarse classes (PER/ORG/LOC/NORP/TIME); classes absent from the gold file never count
//!   in the overall micro score. Gold and predictions go through the same span decoder and mapping.
//! - `train` is deterministic for a given seed and input files.

use serde_json::{json, Map, Value};
use spandrel_core::extract::features::Clusters;
use spandrel_core::extract::gazetteer::{key_of, Gazetteer, NATURAL, TITLE};
use spandrel_core::extract::learn::{Feedback, LabelMap, Learner};
use spandrel_core::extract::score::{bootstrap_f1, Counts};
use spandrel_core::extract::train::{train, TrainConfig, TrainSentence};
use spandrel_core::extract::{Model, Suggestion, ENTITY_LABELS};
use spandrel_core::model::LabelSchema;
use spandrel_core::text::Text;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::ops::Range;
use std::process::ExitCode;

/// The shipped weights, embedded in the CLI only (the library never embeds them).
static EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin"));

const EXTRACT_HELP: &str = "\
usage: spandrel extract [--model FILE.bin] [--learn-from EXPORT.json [--map MODEL=OURS,...]] [FILE.jsonl]
       spandrel extract [--model FILE.bin] [--learn-from EXPORT.json [--map MODEL=OURS,...]] --text FILE.txt

JSONL mode reads one JSON object per line with a string field `text` (other fields are passed through)
from FILE or stdin and writes the same object plus `spans: [{start, end, label, score}]` (code points).
--text reads one plain UTF-8 document and prints its spans with the covered text.
--learn-from first learns from a Spandrel JSON export (a document or a workspace): its accepted and added
spans are right, its rejected ones wrong, and a document marked done has no other entity; the suggestions
then follow the project's labels and conventions. --map renames shipped labels as the project did
(PERSON=per,...; the other shipped labels are then dropped; default: all kept under their own names).
";

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

const TRAIN_HELP: &str = "\
usage: spandrel train [options]
  --gmb FILE          GMB CoNLL training data        (default ../shared/data/ner/gmb-train.conll)
  --wikiann FILE      WikiANN CoNLL training data    (default ../shared/data/ner/wikiann-en-train.conll)
  --no-wikiann        train on GMB only
  --dev-last-percent P  hold out the last P% of the GMB sentences as one contiguous dev slice (default 10;
                      the slice `scripts/select.sh` and `scripts/bench_extract.sh` score on)
  --dev-every N       also hold out every N-th GMB sentence (default 0; 10 when --dev-last-percent is 0)
  --dev-out FILE      write the held-out GMB sentences as CoNLL
  --dev-only          only write --dev-out, do not train
  --hold-out-last N   leave the last N GMB sentences out of training entirely (default 1500: the stream
                      `spandrel simulate` replays; 0 = none)
  --gmb-repeat N      present each GMB training sentence N times per epoch (default 2)
  --split-commas N    0 keeps WikiANN spans containing commas whole, 1 splits them (default 1)
  --keep-titles       keep titles (Mr., President) inside GMB person spans (default: strip them)
  --epochs N          perceptron epochs (default 10)
  --seed N            shuffling seed (default 42)
  --min-count N       ignore features seen fewer than N times (default 2)
  --clip Q            quantile of |w| mapped to i8 127 (default 1.0 = the largest weight)
  --min-weight N      drop quantised weights with |w| < N (default 2: half the size, same F1)
  --clusters FILE     word clusters as features, word<TAB>fine<TAB>mid<TAB>coarse lines, as written by
                      scripts/clusters.py (default none: +0.005 F1 on WikiANN for 20% of the speed)
  --out FILE          where to write the model (default assets/model/ner-v1.bin)
";

/// Command-line options by name (`--model` → its value; flags map to "").
pub(crate) type Opts = BTreeMap<String, String>;

pub(crate) fn load_model(path: Option<&str>) -> Result<Model, crate::CliError> {
    match path {
        Some(p) => {
            let b = std::fs::read(p).map_err(|e| crate::CliError::from(format!("cannot read model {p}: {e}")))?;
            Model::from_bytes(&b).map_err(|e| crate::CliError::from(format!("model {p}: {e}")))
        }
        None => Model::from_bytes(EMBEDDED_MODEL).map_err(|e| {
            crate::CliError::from(format!("the embedded model cannot be used ({e}); pass --model FILE.bin"))
        }),
    }
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

pub(crate) fn span_json(s: &Suggestion) -> Value {
    json!({"start": s.span.start, "end": s.span.end, "label": s.label, "score": round3(s.score)})
}

/// Splits `args` into options (with values) and positional arguments.
pub(crate) fn parse_args(
    args: &[String],
    flags: &[&str],
    valued: &[&str],
) -> Result<(Opts, Vec<String>), crate::CliError> {
    let mut opts = BTreeMap::new();
    let mut pos = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if flags.contains(&a.as_str()) {
            opts.insert(a.clone(), String::new());
        } else if valued.contains(&a.as_str()) {
            let v = args.get(i + 1).ok_or_else(|| format!("option {a} needs a value"))?;
            opts.insert(a.clone(), v.clone());
            i += 1;
        } else if a.starts_with("--") {
            return Err(format!("unknown option {a}").into());
        } else {
            pos.push(a.clone());
        }
        i += 1;
    }
    Ok((opts, pos))
}

pub fn run_extract(args: &[String]) -> ExitCode {
    let (opts, pos) = match parse_args(args, &["--help", "-h"], &["--text", "--model", "--learn-from", "--map"]) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("spandrel extract: {e}\n\n{EXTRACT_HELP}");
            return ExitCode::from(2);
        }
    };
    if opts.contains_key("--help") || opts.contains_key("-h") {
        print!("{EXTRACT_HELP}");
        return ExitCode::SUCCESS;
    }
    let model = match load_model(opts.get("--model").map(String::as_str)) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("spandrel extract: {e}");
            return ExitCode::from(2);
        }
    };
    let learner = match opts.get("--learn-from") {
        Some(p) => match learn_from(&model, p, opts.get("--map").map(String::as_str)) {
            Ok(l) => Some(l),
            Err(e) => {
                eprintln!("spandrel extract: {e}");
                return ExitCode::from(2);
            }
        },
        None if opts.contains_key("--map") => {
            eprintln!("spandrel extract: --map needs --learn-from\n\n{EXTRACT_HELP}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let suggest = |t: &Text| match &learner {
        Some(l) => l.suggest(&model, t),
        None => model.extract(t),
    };
    if let Some(path) = opts.get("--text") {
        return extract_text_file(&suggest, path);
    }
    if pos.len() > 1 {
        eprintln!("spandrel extract: at most one input file\n\n{EXTRACT_HELP}");
        return ExitCode::from(2);
    }
    let input: Box<dyn Read> = match pos.first() {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("spandrel extract: cannot open {p}: {e}");
                return ExitCode::from(2);
            }
        },
        None => Box::new(std::io::stdin().lock()),
    };
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut failed = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("spandrel extract: read error after line {line_no}: {e}");
                return ExitCode::from(2);
            }
        }
        line_no += 1;
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        match process_line(&suggest, &buf) {
            Ok(v) => {
                let written = serde_json::to_writer(&mut out, &v)
                    .map_err(std::io::Error::other)
                    .and_then(|()| out.write_all(b"\n"))
                    .and_then(|()| out.flush());
                if let Err(e) = written {
                    eprintln!("spandrel extract: cannot write output: {e}");
                    return ExitCode::from(2);
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("line {line_no}: {e}");
            }
        }
    }
    if failed > 0 {
        eprintln!("spandrel extract: {failed} of {line_no} lines failed");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Learns from a Spandrel JSON export (see `--learn-from`) and reports what it learned on stderr.
fn learn_from(model: &Model, path: &str, map: Option<&str>) -> Result<Learner, crate::CliError> {
    use spandrel_core::formats::{import, Format, ImportOptions};
    let bytes = std::fs::read(path).map_err(|e| crate::CliError::from(format!("cannot read {path}: {e}")))?;
    let opts = ImportOptions { max_line_bytes: usize::MAX, ..ImportOptions::default() };
    let got = import(Format::Spandrel, &[(path.to_string(), bytes)], &LabelSchema::default(), &opts)
        .map_err(|e| crate::CliError::from(format!("--learn-from {path}: {e}")))?;
    let map = match map {
        Some(m) => crate::simulate::parse_map(m)?,
        None => LabelMap::identity(),
    };
    let mut learner = Learner::new(map);
    let (mut docs, mut updated) = (0, 0);
    for d in &got.documents {
        let fb = Feedback::from_document(d);
        if fb.is_empty() {
            continue;
        }
        docs += 1;
        let r = learner
            .observe(model, &d.text, &fb)
            .map_err(|e| crate::CliError::from(format!("--learn-from {path}: document {:?}: {e}", d.title)))?;
        updated += r.updated;
    }
    eprintln!(
        "learned from {path}: {docs} of {} documents, {} spans, {} rejected, {updated} sentence updates; labels {}",
        got.documents.len(),
        learner.taught_spans(),
        learner.rejected_spans(),
        learner.labels().join(", ")
    );
    Ok(learner)
}

fn process_line(suggest: &dyn Fn(&Text) -> Vec<Suggestion>, line: &[u8]) -> Result<Value, crate::CliError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err("empty line (expected a JSON object with a `text` field)".into());
    }
    let s = std::str::from_utf8(line)
        .map_err(|e| crate::CliError::from(format!("not valid UTF-8 (byte {})", e.valid_up_to())))?;
    let v: Value = serde_json::from_str(s).map_err(|e| crate::CliError::from(format!("invalid JSON: {e}")))?;
    let Value::Object(mut obj) = v else { return Err("expected a JSON object with a `text` field".into()) };
    let text = match obj.get("text") {
        None => return Err("missing field `text`".into()),
        Some(Value::String(t)) => Text::from(t.as_str()),
        Some(_) => return Err("field `text` must be a string".into()),
    };
    let spans: Vec<Value> = suggest(&text).iter().map(span_json).collect();
    obj.insert("spans".into(), Value::Array(spans));
    Ok(Value::Object(obj))
}

fn extract_text_file(suggest: &dyn Fn(&Text) -> Vec<Suggestion>, path: &str) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("spandrel extract: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let s = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("spandrel extract: {path} is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to());
            return ExitCode::from(1);
        }
    };
    let text = Text::from(s);
    let spans: Vec<Value> = suggest(&text)
        .iter()
        .map(|s| {
            let mut v = span_json(s);
            v["text"] = Value::String(text.slice_cp(s.span.range()).unwrap_or_default().to_string());
            v
        })
        .collect();
    let out = json!({"file": path, "spans": spans});
    match serde_json::to_string_pretty(&out) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("spandrel extract: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

// ---------------------------------------------------------------- CoNLL

/// A CoNLL sentence: tokens and raw tags (last column).
pub(crate) struct ConllSentence {
    pub(crate) tokens: Vec<String>,
    pub(crate) tags: Vec<String>,
}

pub(crate) fn read_conll(path: &str) -> Result<Vec<ConllSentence>, crate::CliError> {
    let f = std::fs::File::open(path).map_err(|e| crate::CliError::from(format!("cannot open {path}: {e}")))?;
    let mut out = Vec::new();
    let mut cur = ConllSentence { tokens: Vec::new(), tags: Vec::new() };
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| crate::CliError::from(format!("{path}: line {}: {e}", i + 1)))?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(&mut cur, ConllSentence { tokens: Vec::new(), tags: Vec::new() }));
            }
            continue;
        }
        let cols: Vec<&str> =
            if line.contains('\t') { line.split('\t').collect() } else { line.split_whitespace().collect() };
        if cols.len() < 2 {
            return Err(format!("{path}: line {}: expected a token and a tag, found `{line}`", i + 1).into());
        }
        let tok = cols[0].trim();
        let tag = cols[cols.len() - 1].trim();
        if tok.is_empty() {
            continue;
        }
        cur.tokens.push(tok.to_string());
        cur.tags.push(tag.to_string());
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Decodes IOB1 / IOB2 / BIOES / BILOU tags into (token range, raw type) spans.
pub(crate) fn decode_tags(tags: &[String]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (prefix, ty) = match t.split_once('-') {
            Some((p, ty)) if p.len() == 1 => (p.to_ascii_uppercase(), ty.to_string()),
            _ if t == "O" || t.is_empty() || t == "_" => ("O".to_string(), String::new()),
            _ => ("I".to_string(), t.clone()),
        };
        let continues = matches!(prefix.as_str(), "I" | "E" | "L") && open.as_ref().is_some_and(|(_, o)| *o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                out.push((s..i, o));
            }
            if prefix != "O" {
                open = Some((i, ty));
            }
        }
        if matches!(prefix.as_str(), "E" | "L" | "S" | "U") {
            if let Some((s, o)) = open.take() {
                out.push((s..i + 1, o));
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s..tags.len(), o));
    }
    out
}

/// Coarse evaluation class of a gold or predicted type name.
pub(crate) fn coarse(ty: &str) -> Option<&'static str> {
    if ty == "gpe" {
        return Some("NORP"); // GMB: geo-political entity adjectives (nationalities)
    }
    match ty.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" => Some("PER"),
        "ORG" => Some("ORG"),
        "LOC" | "GEO" | "GPE" | "FAC" => Some("LOC"),
        "NORP" => Some("NORP"),
        "TIM" | "DATE" | "TIME" => Some("TIME"),
        _ => None,
    }
}

const CLASSES: [&str; 5] = ["PER", "ORG", "LOC", "NORP", "TIME"];

// ---------------------------------------------------------------- eval

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

/// Projects code point spans of `text` (tokens joined by single spaces) onto token ranges.
pub(crate) fn project(tokens: &[String], spans: &[(Range<usize>, String)]) -> Vec<(Range<usize>, String)> {
    let mut bounds = Vec::with_capacity(tokens.len());
    let mut at = 0;
    for t in tokens {
        let n = t.chars().count();
        bounds.push(at..at + n);
        at += n + 1;
    }
    let mut out = Vec::new();
    for (r, label) in spans {
        let hit: Vec<usize> =
            (0..tokens.len()).filter(|&i| bounds[i].start < r.end && r.start < bounds[i].end).collect();
        if let (Some(&a), Some(&b)) = (hit.first(), hit.last()) {
            out.push((a..b + 1, label.clone()));
        }
    }
    out
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
            let mut tags = vec!["O".to_string(); g.tokens.len()];
            for (r, label) in &pred_spans {
                if r.clone().all(|i| tags[i] == "O") {
                    for i in r.clone() {
                        tags[i] = format!("{}-{label}", if i == r.start { "B" } else { "I" });
                    }
                }
            }
            pred_out.push(ConllSentence { tokens: g.tokens.clone(), tags });
        }
        let pred_set: BTreeSet<(usize, usize, &'static str)> =
            pred_spans.into_iter().filter_map(|(r, ty)| coarse(&ty).map(|c| (r.start, r.end, c))).collect();
        for &(_, _, c) in &gold_set {
            rep.in_gold.insert(c);
        }
        let u = &mut rep.units[k / unit];
        for x in &pred_set {
            let hit = gold_set.contains(x);
            let d = Counts { tp: usize::from(hit), fp: usize::from(!hit), fn_: 0 };
            *rep.per_class.entry(x.2).or_default() += d;
            *u.entry(x.2).or_default() += d;
        }
        for x in &gold_set {
            if !pred_set.contains(x) {
                let d = Counts { tp: 0, fp: 0, fn_: 1 };
                *rep.per_class.entry(x.2).or_default() += d;
                *u.entry(x.2).or_default() += d;
            }
        }
    }
    if let Some(p) = write_pred {
        write_conll(p, &pred_out.iter().collect::<Vec<_>>())?;
    }
    Ok(rep)
}

// ---------------------------------------------------------------- train

fn label_index(name: &str) -> Option<usize> {
    ENTITY_LABELS.iter().position(|l| *l == name)
}

/// Maps a raw training type (GMB or WikiANN) to one of our entity labels; `None` drops the span.
fn train_label(ty: &str, words: &[String], gaz: &Gazetteer) -> Option<usize> {
    let natural = || gaz.get(&key_of(words.iter().map(String::as_str))) & NATURAL != 0;
    let name = match ty {
        "per" | "PER" | "PERSON" => "PERSON",
        "org" | "ORG" => "ORG",
        "geo" | "LOC" | "GPE" => {
            if natural() {
                "LOC"
            } else {
                "GPE"
            }
        }
        "gpe" | "NORP" => "NORP",
        "eve" | "EVENT" => "EVENT",
        "FAC" => "FAC",
        _ => return None,
    };
    label_index(name)
}

/// Number of leading title tokens (Mr., President, Prime Minister) of a person span, keeping ≥ 1 token.
fn title_prefix(words: &[String], gaz: &Gazetteer) -> usize {
    let mut s = 0;
    'outer: while s + 1 < words.len() {
        for n in (1..=3.min(words.len() - 1 - s)).rev() {
            let key = key_of(words[s..s + n].iter().map(String::as_str));
            if gaz.get(&key) & TITLE != 0 {
                s += n;
                continue 'outer;
            }
        }
        break;
    }
    s
}

/// Splits a span at comma tokens (`Sioux Falls , South Dakota` → two spans), dropping the commas.
fn split_at_commas(r: Range<usize>, words: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    for i in r.clone() {
        if words[i] == "," {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if r.end > start {
        out.push(start..r.end);
    }
    out
}

fn to_train(sents: &[ConllSentence], gaz: &Gazetteer, strip_titles: bool, split_commas: bool) -> Vec<TrainSentence> {
    let person = label_index("PERSON");
    sents
        .iter()
        .map(|s| {
            let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
            let decoded = decode_tags(&s.tags);
            let pieces = decoded.into_iter().flat_map(|(r, ty)| {
                let rs = if split_commas { split_at_commas(r, &s.tokens) } else { vec![r] };
                rs.into_iter().map(move |r| (r, ty.clone()))
            });
            for (r, ty) in pieces {
                let Some(mut e) = train_label(&ty, &s.tokens[r.clone()], gaz) else { continue };
                let mut r = r;
                if Some(e) == person && strip_titles {
                    r.start += title_prefix(&s.tokens[r.clone()], gaz);
                }
                // OntoNotes conventions for names the gazetteer knows: countries and cities are GPE even
                // when they stand for a government, nationalities and groups are NORP.
                if let Some(fixed) = gazetteer_label(gaz.get(&key_of(s.tokens[r.clone()].iter().map(String::as_str)))) {
                    e = fixed;
                }
                spans.push((r, e));
            }
            // Gazetteer names the annotators left untagged.
            let words: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let mut i = 0;
            while i < words.len() {
                match gaz.longest_at(&words, i) {
                    Some((n, class)) => {
                        let free = !spans.iter().any(|(r, _)| r.start < i + n && i < r.end);
                        if let (true, Some(e)) = (free, gazetteer_label(class)) {
                            spans.push((i..i + n, e));
                        }
                        i += n;
                    }
                    None => i += 1,
                }
            }
            spans.sort_by_key(|(r, _)| r.start);
            TrainSentence { words: s.tokens.clone(), spans }
        })
        .collect()
}

/// The label implied by gazetteer class bits, when unambiguous.
fn gazetteer_label(class: u8) -> Option<usize> {
    spandrel_core::extract::gazetteer::label_for(class).and_then(label_index)
}

fn write_conll(path: &str, sents: &[&ConllSentence]) -> Result<(), crate::CliError> {
    let f = std::fs::File::create(path).map_err(|e| crate::CliError::from(format!("cannot create {path}: {e}")))?;
    let mut w = BufWriter::new(f);
    for s in sents {
        for (t, g) in s.tokens.iter().zip(&s.tags) {
            writeln!(w, "{t}\t{g}").map_err(|e| crate::CliError::from(format!("{path}: {e}")))?;
        }
        writeln!(w).map_err(|e| crate::CliError::from(format!("{path}: {e}")))?;
    }
    w.flush().map_err(|e| crate::CliError::from(format!("{path}: {e}")))
}

pub fn run_train(args: &[String]) -> ExitCode {
    let (opts, pos) = match parse_args(
        args,
        &["--no-wikiann", "--keep-titles", "--dev-only", "--help", "-h"],
        &[
            "--gmb",
            "--wikiann",
            "--gmb-repeat",
            "--split-commas",
            "--dev-every",
            "--dev-last-percent",
            "--dev-out",
            "--hold-out-last",
            "--epochs",
            "--seed",
            "--min-count",
            "--min-weight",
            "--clip",
            "--clusters",
            "--out",
        ],
    ) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("spandrel train: {e}\n\n{TRAIN_HELP}");
            return ExitCode::from(2);
        }
    };
    if opts.contains_key("--help") || opts.contains_key("-h") {
        print!("{TRAIN_HELP}");
        return ExitCode::SUCCESS;
    }
    if !pos.is_empty() {
        eprintln!("spandrel train: unexpected argument {}\n\n{TRAIN_HELP}", pos[0]);
        return ExitCode::from(2);
    }
    match train_cmd(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("spandrel train: {e}");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn num<T: std::str::FromStr>(
    opts: &BTreeMap<String, String>,
    key: &str,
    default: T,
) -> Result<T, crate::CliError> {
    match opts.get(key) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| crate::CliError(format!("{key} expects a number, got `{v}`"))),
    }
}

fn train_cmd(opts: &BTreeMap<String, String>) -> Result<(), crate::CliError> {
    let gmb_path = opts.get("--gmb").map_or("../shared/data/ner/gmb-train.conll", String::as_str);
    let wiki_path = opts.get("--wikiann").map_or("../shared/data/ner/wikiann-en-train.conll", String::as_str);
    let out_path = opts.get("--out").map_or("assets/model/ner-v1.bin", String::as_str);
    // A contiguous dev slice (the last P% of GMB) replaces the every-N-th one unless both are asked for.
    let dev_last: usize = num(opts, "--dev-last-percent", 10)?;
    if dev_last > 50 {
        return Err(format!("--dev-last-percent {dev_last}: at most 50").into());
    }
    let dev_every: usize = num(opts, "--dev-every", if dev_last > 0 { 0 } else { 10 })?;
    let cfg = TrainConfig {
        epochs: num(opts, "--epochs", 10)?,
        seed: num(opts, "--seed", 42)?,
        min_count: num(opts, "--min-count", 2)?,
        min_weight: num(opts, "--min-weight", 2)?,
        clip_quantile: num(opts, "--clip", 1.0)?,
        clusters: match opts.get("--clusters").map_or("none", String::as_str) {
            "none" => Clusters::default(),
            path => {
                let src = std::fs::read_to_string(path)
                    .map_err(|e| crate::CliError::from(format!("cannot read {path}: {e}")))?;
                Clusters::from_tsv(&src).map_err(|e| crate::CliError::from(format!("{path}: {e}")))?
            }
        },
        ..TrainConfig::default()
    };
    let gaz = Gazetteer::new();
    let strip = !opts.contains_key("--keep-titles");
    let hold_out: usize = num(opts, "--hold-out-last", 1500)?;
    let gmb = read_conll(gmb_path)?;
    let tail = gmb.len() - gmb.len() * dev_last / 100;
    let kept = gmb.len().saturating_sub(hold_out).min(tail);
    let (mut train_part, mut dev_part) = (Vec::new(), Vec::new());
    for (i, s) in gmb.iter().enumerate() {
        if i >= tail || (dev_every > 0 && i % dev_every == dev_every - 1) {
            dev_part.push(s);
        } else if i < kept {
            train_part.push(s);
        }
    }
    if let Some(p) = opts.get("--dev-out") {
        write_conll(p, &dev_part)?;
        eprintln!("wrote {} held-out GMB sentences to {p}", dev_part.len());
    }
    if opts.contains_key("--dev-only") {
        return if opts.contains_key("--dev-out") { Ok(()) } else { Err("--dev-only needs --dev-out FILE".into()) };
    }
    let train_owned: Vec<ConllSentence> =
        train_part.iter().map(|s| ConllSentence { tokens: s.tokens.clone(), tags: s.tags.clone() }).collect();
    let gmb_train = to_train(&train_owned, &gaz, strip, false);
    eprintln!(
        "GMB: {} training sentences, {} held out as dev, the last {} left out",
        gmb_train.len(),
        dev_part.len(),
        gmb.len() - kept
    );
    let repeat: usize = num(opts, "--gmb-repeat", 2)?;
    let mut data = Vec::new();
    for _ in 0..repeat.max(1) {
        data.extend(gmb_train.iter().cloned());
    }
    if !opts.contains_key("--no-wikiann") {
        let wiki = read_conll(wiki_path)?;
        eprintln!("WikiANN: {} sentences", wiki.len());
        let split: usize = num(opts, "--split-commas", 1)?;
        data.extend(to_train(&wiki, &gaz, false, split == 1));
    }
    let model = train(&data, &cfg, |epoch, wrong| eprintln!("epoch {epoch}: {wrong} sentences wrong"));
    let bytes = model.to_bytes();
    if let Some(dir) = std::path::Path::new(out_path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .map_err(|e| crate::CliError::from(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    std::fs::write(out_path, &bytes).map_err(|e| crate::CliError::from(format!("cannot write {out_path}: {e}")))?;
    let (rows, weights) = model.size();
    eprintln!("wrote {out_path}: {} bytes, {rows} feature rows, {weights} weights", bytes.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn decodes_all_schemes() {
        let want = vec![(0..2, "PER".to_string()), (3..4, "LOC".to_string())];
        assert_eq!(decode_tags(&tags("B-PER I-PER O B-LOC")), want);
        assert_eq!(decode_tags(&tags("I-PER I-PER O I-LOC")), want);
        assert_eq!(decode_tags(&tags("B-PER E-PER O S-LOC")), want);
        assert_eq!(decode_tags(&tags("B-PER L-PER O U-LOC")), want);
        assert_eq!(decode_tags(&tags("B-PER B-PER")), vec![(0..1, "PER".into()), (1..2, "PER".into())]);
    }

    #[test]
    fn coarse_classes() {
        assert_eq!(coarse("gpe"), Some("NORP"));
        assert_eq!(coarse("GPE"), Some("LOC"));
        assert_eq!(coarse("geo"), Some("LOC"));
        assert_eq!(coarse("DATE"), Some("TIME"));
        assert_eq!(coarse("MISC"), None);
    }

    #[test]
    fn projection_to_tokens() {
        let toks: Vec<String> = ["Iran", "'s", "talks"].iter().map(|s| s.to_string()).collect();
        assert_eq!(project(&toks, &[(0..4, "GPE".into())]), vec![(0..1, "GPE".to_string())]);
        assert_eq!(project(&toks, &[(2..9, "X".into())]), vec![(0..3, "X".to_string())]);
    }
}

//! `spandrel extract`: the native front end of the extraction engine.
//!
//! Invariants:
//! - `extract` streams: one input line in memory at a time, output flushed per line; a bad line is reported
//!   on stderr as `line N: ...` and never stops the run (exit code 1 if any line failed).
//! - It imports only [`crate::common`] of the other subcommand modules.

use crate::common::{load_model, parse_args, parse_map, span_json};
use serde_json::{json, Value};
use spandrel_core::extract::jsonl;
use spandrel_core::extract::learn::{Feedback, LabelMap, Learner};
use spandrel_core::extract::{Model, Suggestion};
use spandrel_core::model::LabelSchema;
use spandrel_core::text::Text;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

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
    extract_stream(&suggest, input)
}

/// JSONL mode: one input line in memory at a time, output flushed per line; a bad line is reported and
/// skipped (exit code 1 at the end), a read or write error stops the run (exit code 2).
fn extract_stream(suggest: &dyn Fn(&Text) -> Vec<Suggestion>, input: Box<dyn Read>) -> ExitCode {
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
        match process_line(suggest, &buf) {
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
        Some(m) => parse_map(m)?,
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
    jsonl::annotate_line(line, suggest).map_err(|e| crate::CliError::from(e.to_string()))
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

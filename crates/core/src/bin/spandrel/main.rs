//! `spandrel`: the native command line, driving the same engine as the web app.
//!
//! Subcommands: `extract`, `eval`, `train`, `simulate`, `convert`, `keymap`. Each lives in its own module; what
//! several of them need lives in `common`, and no subcommand module imports another.

mod common;
mod convert;
mod curve;
mod eval;
mod extract;
mod simulate;
mod train;

use std::process::ExitCode;

/// Why a command failed: a sentence for the person at the terminal (printed after `spandrel <cmd>:`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CliError(pub String);

impl From<String> for CliError {
    fn from(s: String) -> Self {
        CliError(s)
    }
}

impl From<&str> for CliError {
    fn from(s: &str) -> Self {
        CliError(s.to_owned())
    }
}

const USAGE: &str = "\
usage: spandrel <command> [options]

commands:
  extract [FILE.jsonl]        read JSONL ({\"text\": ...} per line) from FILE or stdin, write JSONL with spans
  extract --text FILE.txt     extract entities from one plain-text document
  eval GOLD.conll             precision / recall / F1 of the tagger against CoNLL gold data
  train [options]             train the entity tagger (see `spandrel train --help`)
  simulate GOLD.conll         replay an annotator over gold data: corrections and F1 with learning vs without
  convert --from FMT --to FMT [IN] [OUT]
                              convert between spandrel, spacy, doccano, labelstudio, brat, conll, w3c
  keymap                      print the app's keyboard map (the README's table) from the key table
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "extract" => extract::run_extract(rest),
        "eval" => eval::run_eval(rest),
        "train" => train::run_train(rest),
        "simulate" => simulate::run(rest),
        "convert" => convert::run(rest),
        "keymap" => {
            print!("{}", spandrel_core::keymap::markdown_table());
            ExitCode::SUCCESS
        }
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("spandrel: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

//! `spandrel train`: trains the entity tagger on GMB and WikiANN CoNLL data.
//!
//! Invariants:
//! - Deterministic for a given seed and input files.
//! - It imports only [`crate::common`] of the other subcommand modules.

use crate::common::{decode_tags, num, parse_args, read_conll, title_prefix, write_conll, ConllSentence};
use spandrel_core::extract::features::Clusters;
use spandrel_core::extract::gazetteer::{key_of, Gazetteer, NATURAL};
use spandrel_core::extract::train::{train, TrainConfig, TrainSentence};
use spandrel_core::extract::ENTITY_LABELS;
use std::collections::BTreeMap;
use std::ops::Range;
use std::process::ExitCode;

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

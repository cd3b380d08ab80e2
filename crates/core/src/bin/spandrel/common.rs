//! What the `spandrel` subcommands share: option parsing, the model (embedded or from a file), CoNLL reading,
//! tag decoding and writing, the coarse evaluation classes, token projection and label maps.
//!
//! Invariants:
//! - The subcommand modules (`extract`, `eval`, `train`, `simulate`) import this module and never each
//!   other; anything two of them need lives here.
//! - Gold data and predictions go through the same [`decode_tags`], [`project`] and [`coarse`], so they are
//!   compared on equal terms.

use serde_json::Value;
use spandrel_core::extract::gazetteer::{key_of, Gazetteer, TITLE};
use spandrel_core::extract::learn::LabelMap;
use spandrel_core::extract::patterns::PATTERN_LABELS;
use spandrel_core::extract::{Model, Suggestion, ENTITY_LABELS};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::ops::Range;

/// The shipped weights, embedded in the CLI only (the library never embeds them).
static EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin"));

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

pub(crate) fn span_json(s: &Suggestion) -> Value {
    spandrel_core::extract::jsonl::span_value(s)
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

pub(crate) fn write_conll(path: &str, sents: &[&ConllSentence]) -> Result<(), crate::CliError> {
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

/// `PERSON=per,ORG=org`: shipped label → gold label.
pub(crate) fn parse_map(s: &str) -> Result<LabelMap, crate::CliError> {
    let mut pairs = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((a, b)) = part.split_once('=') else {
            return Err(format!("--map expects MODEL=GOLD pairs separated by commas, found `{part}`").into());
        };
        let (a, b) = (a.trim(), b.trim());
        if a.is_empty() || b.is_empty() {
            return Err(format!("--map: empty label in `{part}`").into());
        }
        if !ENTITY_LABELS.contains(&a) && !PATTERN_LABELS.contains(&a) {
            let known: Vec<&str> = ENTITY_LABELS.iter().chain(PATTERN_LABELS.iter()).copied().collect();
            return Err(format!("--map: `{a}` is not a shipped label (shipped: {})", known.join(", ")).into());
        }
        pairs.push((a.to_string(), b.to_string()));
    }
    Ok(LabelMap { rename: pairs.into_iter().collect(), keep_others: false })
}

/// Number of leading title tokens (Mr., President, Prime Minister) of a person span, keeping ≥ 1 token.
pub(crate) fn title_prefix(words: &[String], gaz: &Gazetteer) -> usize {
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

/// Code point range of each token of a sentence whose tokens are joined by single spaces.
pub(crate) fn token_cps(tokens: &[String]) -> Vec<Range<usize>> {
    let mut at = 0;
    tokens
        .iter()
        .map(|t| {
            let n = t.chars().count();
            let r = at..at + n;
            at += n + 1;
            r
        })
        .collect()
}

/// True positives, false positives and false negatives of exact matches.
#[derive(Default, Clone, Copy)]
pub(crate) struct Prf {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
}

impl Prf {
    pub(crate) fn f1(&self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        if d == 0 {
            0.0
        } else {
            2.0 * self.tp as f64 / d as f64
        }
    }
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
    fn maps() {
        let m = parse_map("PERSON=per, GPE=geo,LOC=geo").expect("valid");
        assert_eq!(m.get("LOC"), Some("geo"));
        assert_eq!(m.get("DATE"), None);
        assert!(parse_map("PERSON").is_err());
        assert!(parse_map("DRUG=x").is_err());
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

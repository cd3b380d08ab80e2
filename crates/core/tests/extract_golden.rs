//! Extraction output is frozen: the spans (code point offsets, label, exact f32 score bits) that the shipped
//! weights give on held-out news and WikiANN sentences must not change when the engine is optimised.
//!
//! Invariant: `tests/fixtures/extract/golden-spans.txt` was written by the engine before any speed work
//! (`SPANDREL_BLESS=1 cargo test --test extract_golden` rewrites it; only do that for an intended change
//! of output, and say so in the commit). Input: the last 1,500 sentences of `gmb-train.conll` and the last
//! 1,500 of `wikiann-en-dev.conll` from `../shared/data/ner` (or `$SPANDREL_NER_DATA`), tokens joined by
//! single spaces, ten sentences per document, as `scripts/bench_extract.sh` builds its corpus.

use spandrel_core::extract::{extract_patterns, Model};
use spandrel_core::text::Text;
use std::fmt::Write;

const SENTENCES: usize = 1500;
const PER_DOC: usize = 10;

fn root() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../..").to_string()
}

fn data_dir() -> String {
    std::env::var("SPANDREL_NER_DATA").unwrap_or_else(|_| format!("{}/../shared/data/ner", root()))
}

/// Sentences of a CoNLL file (token in the first column), tokens joined by single spaces.
fn sentences(path: &str) -> Vec<String> {
    let src = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (set SPANDREL_NER_DATA to the folder of the NER data sets)"));
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in src.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.is_empty() {
                out.push(cur.join(" "));
                cur.clear();
            }
            continue;
        }
        let tok = line.split(['\t', ' ']).next().unwrap_or("");
        if !tok.is_empty() {
            cur.push(tok);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join(" "));
    }
    out
}

/// Documents of ten sentences from the last [`SENTENCES`] sentences of each set.
fn documents() -> Vec<(String, String)> {
    let mut docs = Vec::new();
    for (tag, set) in [("g", "gmb-train.conll"), ("w", "wikiann-en-dev.conll")] {
        let sents = sentences(&format!("{}/{set}", data_dir()));
        assert!(sents.len() >= SENTENCES, "{set}: only {} sentences", sents.len());
        for (k, chunk) in sents[sents.len() - SENTENCES..].chunks(PER_DOC).enumerate() {
            docs.push((format!("{tag}{k}"), chunk.join(" ")));
        }
    }
    docs
}

/// One line per suggestion: document (`g` GMB, `w` WikiANN, and its number), `m` for the model's suggestions or
/// `p` for patterns only, start, end, label, score as f32 bits.
fn render(model: &Model) -> String {
    let mut out = String::new();
    for (name, doc) in documents() {
        let text = Text::from(doc.as_str());
        for (kind, found) in [("m", model.extract(&text)), ("p", extract_patterns(&text))] {
            for s in found {
                let _ = writeln!(
                    out,
                    "{name} {kind} {} {} {} {:08x}",
                    s.span.start,
                    s.span.end,
                    s.label,
                    s.score.to_bits()
                );
            }
        }
    }
    out
}

#[test]
fn spans_on_dev_sets_are_unchanged() {
    let bytes = std::fs::read(format!("{}/assets/model/ner-v1.bin", root())).expect("model file");
    let model = Model::from_bytes(&bytes).expect("model loads");
    let got = render(&model);
    let path = format!("{}/crates/core/tests/fixtures/extract/golden-spans.txt", root());
    if std::env::var_os("SPANDREL_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write golden file");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("golden file");
    if got != want {
        let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
        let first = g.iter().zip(&w).position(|(a, b)| a != b).unwrap_or(g.len().min(w.len()));
        panic!(
            "extraction output changed: {} lines now, {} in the golden file; first difference at line {}:\n  now:    {}\n  golden: {}",
            g.len(),
            w.len(),
            first + 1,
            g.get(first).unwrap_or(&"<none>"),
            w.get(first).unwrap_or(&"<none>")
        );
    }
    assert!(want.lines().count() > 3000, "the golden file covers too little");
}

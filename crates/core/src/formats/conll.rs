//! CoNLL-2003 with IOB2 tags: `TOKEN _ _ TAG` per line, a blank line between sentences,
//! `-DOCSTART- -X- -X- O` before each document.
//!
//! Invariants:
//! - Tokens come from `extract::tokenize`; sentences from `extract::tokenize::sentences`.
//! - Lossy by nature: the file keeps tokens, not the text, so import rebuilds the text as tokens joined by
//!   one space, sentences by a line break. A span not on token edges is widened to the tokens it touches;
//!   overlapping spans keep the first by start, then the longest (see `non_overlapping`). Spans covering no
//!   token are dropped. Notes, relations, attributes, states, document labels and titles are not written.
//! - Import reads IOB2, and leniently IOB1 and BIOES/BILOU; offsets are never shifted: each entity covers
//!   exactly its tokens in the rebuilt text.

use super::util;
use super::{
    kept, non_overlapping, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawSpan, Sink,
    UnitRule,
};
use crate::extract::tokenize::{sentences, tokenize};
use crate::model::{Annotation, Document, Span};
use crate::text::Unit;

fn tag_name(label: &str) -> String {
    label.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()
}

/// For each kept annotation, the token index range it covers once widened to token edges.
fn widened(tokens: &[(usize, usize)], anns: &[&Annotation]) -> Vec<(Annotation, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for a in anns {
        // Tokens are sorted and disjoint: the first ending after the start, the last starting before the end.
        let f = tokens.partition_point(|&(_, e)| e <= a.span.start);
        let l = tokens.partition_point(|&(s, _)| s < a.span.end);
        if f < l {
            let mut w = (*a).clone();
            w.span = Span::new(tokens[f].0, tokens[l - 1].1);
            out.push((w, f..l));
        }
    }
    out
}

/// Tokens of a document as code point ranges.
fn cp_tokens(d: &Document) -> Vec<(usize, usize)> {
    tokenize(d.text.as_str())
        .into_iter()
        .filter_map(|t| Some((d.text.byte_to_cp(t.start).ok()?, d.text.byte_to_cp(t.end).ok()?)))
        .collect()
}

/// The spans a CoNLL export keeps for `d` under `opts`: widened to tokens, non-overlapping, in text order.
pub fn representable(d: &Document, opts: &ExportOptions) -> Vec<Annotation> {
    let tokens = cp_tokens(d);
    let anns = kept(d, opts);
    let wide: Vec<Annotation> = widened(&tokens, &anns).into_iter().map(|(a, _)| a).collect();
    let refs: Vec<&Annotation> = wide.iter().collect();
    let (keep, _) = non_overlapping(&refs);
    keep.into_iter().cloned().collect()
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = String::new();
    for d in docs {
        let s = d.text.as_str();
        let byte_tokens = tokenize(s);
        let tokens = cp_tokens(d);
        let mut tags: Vec<String> = vec!["O".into(); tokens.len()];
        let anns = kept(d, opts);
        let wide = widened(&tokens, &anns);
        let refs: Vec<&Annotation> = wide.iter().map(|(a, _)| a).collect();
        let (keep, _) = non_overlapping(&refs);
        for a in keep {
            if let Some((_, r)) = wide.iter().find(|(w, _)| w.id == a.id) {
                for (k, i) in r.clone().enumerate() {
                    tags[i] = format!("{}-{}", if k == 0 { "B" } else { "I" }, tag_name(&a.label));
                }
            }
        }
        out.push_str("-DOCSTART- -X- -X- O\n\n");
        let mut any = false;
        for sent in sentences(s, &byte_tokens) {
            // A sentence break inside an entity would cut it in two: such breaks are not written.
            let inside = tags.get(sent.start).is_some_and(|t| t.starts_with("I-"));
            if any && !inside {
                out.push('\n');
            }
            for i in sent {
                if let (Some(t), Some(tag)) = (byte_tokens.get(i), tags.get(i)) {
                    out.push_str(t.text(s));
                    out.push_str(" _ _ ");
                    out.push_str(tag);
                    out.push('\n');
                    any = true;
                }
            }
        }
        if any {
            out.push('\n');
        }
    }
    Ok(vec![ExportFile { name: "export.conll".into(), content: out }])
}

struct Building {
    text: String,
    len_cp: usize,
    sentence_open: bool,
    /// Current entity: (start cp, end cp, label, loc).
    open: Option<(usize, usize, String, String)>,
    spans: Vec<RawSpan>,
    loc: String,
}

impl Building {
    fn new(loc: String) -> Self {
        Building { text: String::new(), len_cp: 0, sentence_open: false, open: None, spans: Vec::new(), loc }
    }
    fn close(&mut self) {
        if let Some((s, e, l, loc)) = self.open.take() {
            self.spans.push(RawSpan::new(loc, s, e, l));
        }
    }
    fn end_sentence(&mut self) {
        self.close();
        self.sentence_open = false;
    }
    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
    fn finish(mut self, n: usize, sink: &mut Sink) {
        self.close();
        if self.is_empty() {
            return;
        }
        let mut raw = RawDoc::new(self.loc, format!("document {n}"), self.text, UnitRule::Fixed(Unit::CodePoint));
        raw.spans = self.spans;
        sink.docs.push(raw);
    }
}

pub fn import(bytes: &[u8], prefix: &str, opts: &ImportOptions, sink: &mut Sink) {
    let mut probs = Vec::new();
    let lines = util::lines(bytes, prefix, opts.max_line_bytes, &mut probs);
    sink.problems.extend(probs);
    let mut n = 1;
    let mut cur = Building::new(format!("{prefix}line 1"));
    for (no, line) in lines {
        let loc = format!("{prefix}line {no}");
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            cur.end_sentence();
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            let done = std::mem::replace(&mut cur, Building::new(loc));
            if !done.is_empty() {
                done.finish(n, sink);
                n += 1;
            }
            continue;
        }
        if cols.len() < 2 {
            sink.problem(Problem::new(loc, format!("expected `TOKEN … TAG`, found only {:?}", util::clip(line))));
            continue;
        }
        let (token, tag) = (cols[0], cols[cols.len() - 1]);
        let parsed = if tag == "O" {
            Some(('O', ""))
        } else {
            tag.split_once('-').and_then(|(p, t)| {
                let p = p.chars().next().filter(|_| p.len() == 1)?;
                ("BIESLU".contains(p) && !t.is_empty()).then_some((p, t))
            })
        };
        let Some((p, ty)) = parsed else {
            sink.problem(Problem::new(loc, format!("tag {tag:?} is not O, B-TYPE or I-TYPE")));
            continue;
        };
        // Append the token to the text.
        if cur.sentence_open {
            cur.text.push(' ');
            cur.len_cp += 1;
        } else if !cur.text.is_empty() {
            cur.text.push('\n');
            cur.len_cp += 1;
        }
        cur.sentence_open = true;
        let start = cur.len_cp;
        cur.text.push_str(token);
        cur.len_cp += token.chars().count();
        let end = cur.len_cp;
        match p {
            'O' => cur.close(),
            'B' | 'S' | 'U' => {
                cur.close();
                cur.open = Some((start, end, ty.to_owned(), loc));
            }
            _ => match &mut cur.open {
                Some(o) if o.2 == ty => o.1 = end,
                _ => {
                    cur.close();
                    cur.open = Some((start, end, ty.to_owned(), loc));
                }
            },
        }
        if matches!(p, 'S' | 'U' | 'E' | 'L') {
            cur.close();
        }
    }
    cur.finish(n, sink);
}

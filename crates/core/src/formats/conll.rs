//! CoNLL-2003 with IOB2 tags: `TOKEN _ _ TAG` per line, a blank line between sentences,
//! `-DOCSTART- -X- -X- O` before each document.
//!
//! Invariants:
//! - Tokens are whole graphemes and come from `formats::tokens`: the document's own tokens when it was
//!   imported with some (so CoNLL → CoNLL keeps the file's tokens), else the extraction tokeniser's split at
//!   the word boundaries of scripts written without spaces (one token per segmenter word in Chinese).
//!   Sentences: for a file's own tokens, a line break between two tokens; else `extract::tokenize::sentences`.
//! - Lossy by nature: the file keeps tokens, not the text, so import rebuilds the text as tokens joined by
//!   one space (none between tokens of scripts written without spaces, and none inside a grapheme: pieces
//!   of one emoji become one token), sentences by a line break; the tokens are kept with the document.
//!   A span not on token edges is widened to the tokens it touches; overlapping spans keep the first by
//!   start, then the longest (see `non_overlapping`). Spans covering no token are dropped. Notes, relations, attributes, states, document labels and titles are not written.
//! - Import reads IOB2, and leniently IOB1 and BIOES/BILOU; offsets are never shifted: each entity covers
//!   exactly its tokens in the rebuilt text.

use super::tokens::{breaks_for, doc_tokens, has_own_tokens, separator};
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

/// Tokens of a document as code point ranges (see `formats::tokens`).
fn cp_tokens(d: &Document, opts: &ExportOptions) -> Result<Vec<(usize, usize)>, ExportError> {
    let words = breaks_for(d, &opts.word_breaks).map_err(|source| ExportError::Words { doc: d.id.clone(), source })?;
    Ok(doc_tokens(d, &words).into_iter().map(|r| (r.start, r.end)).collect())
}

/// Token indices that start a sentence (besides the first): for the tokens a file came with, a line break
/// before the token (import puts one between sentences); else a sentence start of the extraction tokeniser
/// where the text has a gap before the token.
fn sentence_starts(d: &Document, tokens: &[(usize, usize)]) -> Vec<bool> {
    let mut starts = vec![false; tokens.len()];
    if has_own_tokens(d) {
        for i in 1..tokens.len() {
            starts[i] = d.text.slice_cp(tokens[i - 1].1..tokens[i].0).is_ok_and(|gap| gap.contains('\n'));
        }
        return starts;
    }
    let s = d.text.as_str();
    let byte_tokens = tokenize(s);
    for sent in sentences(s, &byte_tokens) {
        let Some(t) = byte_tokens.get(sent.start) else { continue };
        let Ok(cp) = d.text.byte_to_cp(t.start) else { continue };
        let i = tokens.partition_point(|&(a, _)| a < cp);
        // Import puts a line break between sentences: a break is only written where the text has a
        // gap to put it in (not between `。` and the next Chinese word), so offsets survive a round trip.
        let gap = |i: usize| d.text.slice_cp(tokens[i - 1].1..tokens[i].0).is_ok_and(|g| !g.is_empty());
        if i > 0 && i < starts.len() && gap(i) {
            starts[i] = true;
        }
    }
    starts
}

/// The spans a CoNLL export keeps for `d` under `opts`: widened to tokens, non-overlapping, in text order.
pub fn representable(d: &Document, opts: &ExportOptions) -> Result<Vec<Annotation>, ExportError> {
    let tokens = cp_tokens(d, opts)?;
    let anns = kept(d, opts);
    let wide: Vec<Annotation> = widened(&tokens, &anns).into_iter().map(|(a, _)| a).collect();
    let refs: Vec<&Annotation> = wide.iter().collect();
    let (keep, _) = non_overlapping(&refs);
    Ok(keep.into_iter().cloned().collect())
}

/// `Document::source` key: the tagging scheme of the file when it was not IOB2 (`"bioes"`, `"bilou"`),
/// for spans added in Spandrel.
const SCHEME: &str = "conll.scheme";
/// Per annotation: its tag prefixes as the file wrote them (`"S"`, `"BIE"`, IOB1's `"I"`) when they are
/// not IOB2's `B I…`; written back while the span covers as many tokens.
const TAGS: &str = "conll.tags";

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = String::new();
    for d in docs {
        let tokens = cp_tokens(d, opts)?;
        let mut tags: Vec<String> = vec!["O".into(); tokens.len()];
        // Single, begin, inside, last: the file's own scheme (flair's BIOES, BILOU), else IOB2.
        let [single, begin, inside, last] = match d.source.get(SCHEME).and_then(serde_json::Value::as_str) {
            Some("bioes") => ['S', 'B', 'I', 'E'],
            Some("bilou") => ['U', 'B', 'I', 'L'],
            _ => ['B', 'B', 'I', 'I'],
        };
        let anns = kept(d, opts);
        let wide = widened(&tokens, &anns);
        let refs: Vec<&Annotation> = wide.iter().map(|(a, _)| a).collect();
        let (keep, _) = non_overlapping(&refs);
        for a in keep {
            if let Some((_, r)) = wide.iter().find(|(w, _)| w.id == a.id) {
                let n = r.len();
                let given: Option<Vec<char>> = d
                    .source
                    .get(TAGS)
                    .and_then(|m| m.get(a.id.to_string()))
                    .and_then(serde_json::Value::as_str)
                    .map(|t| t.chars().collect())
                    .filter(|t: &Vec<char>| t.len() == n);
                for (k, i) in r.clone().enumerate() {
                    let p = match k {
                        _ if given.is_some() => given.as_ref().map_or('B', |g| g[k]),
                        0 if n == 1 => single,
                        0 => begin,
                        k if k + 1 == n => last,
                        _ => inside,
                    };
                    tags[i] = format!("{p}-{}", tag_name(&a.label));
                }
            }
        }
        out.push_str("-DOCSTART- -X- -X- O\n\n");
        let starts = sentence_starts(d, &tokens);
        for (i, (&(a, b), tag)) in tokens.iter().zip(&tags).enumerate() {
            // A sentence break inside an entity would cut it in two: such breaks are not written.
            if starts[i]
                && !(tag.starts_with(inside) || tag.starts_with(last) || continues(tag, tags.get(i.wrapping_sub(1))))
            {
                out.push('\n');
            }
            out.push_str(d.text.slice_cp(a..b).unwrap_or(""));
            out.push_str(" _ _ ");
            out.push_str(tag);
            out.push('\n');
        }
        if !tokens.is_empty() {
            out.push('\n');
        }
    }
    Ok(vec![ExportFile { name: "export.conll".into(), content: out }])
}

/// Whether `tag` continues the entity of the tag before it (same type, not a new begin or single).
fn continues(tag: &str, before: Option<&String>) -> bool {
    let (Some((p, t)), Some((_, bt))) = (tag.split_once('-'), before.and_then(|b| b.split_once('-'))) else {
        return false;
    };
    matches!(p, "I" | "E" | "L") && t == bt
}

struct Building {
    text: String,
    len_cp: usize,
    sentence_open: bool,
    /// Current entity: (start cp, end cp, label, loc).
    open: Option<(usize, usize, String, String)>,
    spans: Vec<RawSpan>,
    /// The file's tokens, as code point spans of `text`.
    tokens: Vec<Span>,
    loc: String,
    /// Tag prefixes seen (`B`, `I`, `S`, `E`, …), to write the file's scheme back.
    prefixes: Vec<char>,
    /// Tag prefixes of the open entity.
    open_tags: String,
}

impl Building {
    fn new(loc: String) -> Self {
        Building {
            text: String::new(),
            len_cp: 0,
            sentence_open: false,
            open: None,
            spans: Vec::new(),
            tokens: Vec::new(),
            loc,
            prefixes: Vec::new(),
            open_tags: String::new(),
        }
    }
    fn close(&mut self) {
        if let Some((s, e, l, loc)) = self.open.take() {
            let mut span = RawSpan::new(loc, s, e, l);
            let tags = std::mem::take(&mut self.open_tags);
            span.source.insert(TAGS.into(), serde_json::json!(tags));
            self.spans.push(span);
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
        raw.tokens = self.tokens;
        // Each span's own tags are kept only when some span of the file was not written in IOB2.
        let iob2 = |t: &str| t.starts_with('B') && t.chars().skip(1).all(|c| c == 'I');
        let tags_of = |s: &RawSpan| s.source.get(TAGS).and_then(serde_json::Value::as_str).map(str::to_owned);
        if raw.spans.iter().all(|s| tags_of(s).is_none_or(|t| iob2(&t))) {
            for s in &mut raw.spans {
                s.source.remove(TAGS);
            }
        }
        let has = |c: char| self.prefixes.contains(&c);
        if has('S') || has('E') {
            raw.source.insert(SCHEME.into(), serde_json::json!("bioes"));
        } else if has('U') || has('L') {
            raw.source.insert(SCHEME.into(), serde_json::json!("bilou"));
        }
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
        let sep = if cur.sentence_open { separator(&cur.text, token) } else { Some("") };
        let Some(sep) = sep else {
            // A piece of the previous token's last grapheme (an emoji cut up by some tokeniser): glue it on.
            cur.text.push_str(token);
            cur.len_cp += token.chars().count();
            let end = cur.len_cp;
            if let Some(last) = cur.tokens.last_mut() {
                if cur.open.as_ref().is_some_and(|o| o.1 == last.end) {
                    if let Some(o) = cur.open.as_mut() {
                        o.1 = end;
                    }
                }
                last.end = end;
            }
            continue;
        };
        if cur.sentence_open {
            cur.text.push_str(sep);
            cur.len_cp += sep.chars().count();
        } else if !cur.text.is_empty() {
            cur.text.push('\n');
            cur.len_cp += 1;
        }
        cur.sentence_open = true;
        let start = cur.len_cp;
        cur.text.push_str(token);
        cur.len_cp += token.chars().count();
        let end = cur.len_cp;
        cur.tokens.push(Span::new(start, end));
        if !cur.prefixes.contains(&p) {
            cur.prefixes.push(p);
        }
        match p {
            'O' => cur.close(),
            'B' | 'S' | 'U' => {
                cur.close();
                cur.open = Some((start, end, ty.to_owned(), loc));
                cur.open_tags.push(p);
            }
            _ => match &mut cur.open {
                Some(o) if o.2 == ty => {
                    o.1 = end;
                    cur.open_tags.push(p);
                }
                _ => {
                    cur.close();
                    cur.open = Some((start, end, ty.to_owned(), loc));
                    cur.open_tags.push(p);
                }
            },
        }
        if matches!(p, 'S' | 'U' | 'E' | 'L') {
            cur.close();
        }
    }
    cur.finish(n, sink);
}

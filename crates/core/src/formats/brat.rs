//! brat standoff: one `NAME.txt` (the text, byte for byte) and one `NAME.ann` per document.
//!
//! Invariants:
//! - Offsets are code points (brat is Python and counts `str` indices); CRLF counts two, a BOM counts one.
//! - A span crossing line breaks is written as fragments split at the breaks (as brat does); on import,
//!   fragments separated only by line breaks are joined back, so the span keeps its exact offsets.
//!   Other discontinuous annotations are a problem, or with `split_discontinuous` one span per part.
//! - Holds spans, labels, relations (`R`), notes (`#` AnnotatorNotes) and attributes (`A`, no whitespace).
//!   Lost: states and scores (imported as accepted), document labels, status, timestamps; whitespace in
//!   labels and relation types becomes `_`; line breaks and tabs in notes become spaces.

use super::util;
use super::{
    kept, kept_relations, stems, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawRel,
    RawSpan, Sink, UnitRule,
};
use crate::model::Document;
use crate::text::{Text, Unit};
use std::collections::HashMap;

fn is_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

fn no_ws(s: &str) -> String {
    s.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()
}

fn one_line(s: &str) -> String {
    s.chars().map(|c| if is_break(c) || c == '\t' { ' ' } else { c }).collect()
}

/// Fragments of a code point range, split at line breaks; leading and trailing breaks stay in the
/// first and last fragment so the union is the whole range.
fn fragments(text: &Text, start: usize, end: usize) -> Vec<(usize, usize)> {
    let s = text.slice_cp(start..end).unwrap_or("");
    let mut frags: Vec<(usize, usize)> = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in s.chars().enumerate() {
        let pos = start + i;
        match (is_break(c), cur) {
            (false, None) => cur = Some(pos),
            (true, Some(b)) => {
                frags.push((b, pos));
                cur = None;
            }
            _ => {}
        }
    }
    if let Some(b) = cur {
        frags.push((b, end));
    }
    if frags.is_empty() {
        return vec![(start, end)];
    }
    if let Some(f) = frags.first_mut() {
        f.0 = start;
    }
    if let Some(l) = frags.last_mut() {
        l.1 = end;
    }
    frags
}

fn quote_of(text: &Text, frags: &[(usize, usize)]) -> String {
    frags.iter().map(|&(s, e)| one_line(text.slice_cp(s..e).unwrap_or(""))).collect::<Vec<_>>().join(" ")
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = Vec::new();
    for (d, stem) in docs.iter().zip(stems(docs)) {
        let mut ann = String::new();
        let mut notes = 0;
        let mut attrs = 0;
        for a in kept(d, opts) {
            let frags = fragments(&d.text, a.span.start, a.span.end);
            let offs: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
            ann.push_str(&format!(
                "T{}\t{} {}\t{}\n",
                a.id,
                no_ws(&a.label),
                offs.join(";"),
                quote_of(&d.text, &frags)
            ));
            for (k, v) in &a.attributes {
                if !k.is_empty()
                    && !v.is_empty()
                    && !k.contains(char::is_whitespace)
                    && !v.contains(char::is_whitespace)
                {
                    attrs += 1;
                    ann.push_str(&format!("A{attrs}\t{k} T{} {v}\n", a.id));
                }
            }
            if !a.note.is_empty() {
                notes += 1;
                ann.push_str(&format!("#{notes}\tAnnotatorNotes T{}\t{}\n", a.id, one_line(&a.note)));
            }
        }
        for r in kept_relations(d, opts) {
            ann.push_str(&format!("R{}\t{} Arg1:T{} Arg2:T{}\n", r.id, no_ws(&r.kind), r.from, r.to));
        }
        out.push(ExportFile { name: format!("{stem}.txt"), content: d.text.as_str().to_owned() });
        out.push(ExportFile { name: format!("{stem}.ann"), content: ann });
    }
    Ok(out)
}

fn stem_ext(name: &str) -> (&str, &str) {
    match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && !e.contains('/') && !e.contains('\\') => (s, e),
        _ => (name, ""),
    }
}

fn base(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

pub fn import(files: &[(String, Vec<u8>)], opts: &ImportOptions, sink: &mut Sink) {
    // Documents come in the order their first file appears.
    let mut order: Vec<&str> = Vec::new();
    let mut txt: HashMap<&str, &[u8]> = HashMap::new();
    let mut ann: HashMap<&str, (&str, &[u8])> = HashMap::new();
    for (name, bytes) in files {
        let stem = match stem_ext(name) {
            (s, "txt") => {
                txt.insert(s, bytes);
                s
            }
            (s, "ann") => {
                ann.insert(s, (name.as_str(), bytes));
                s
            }
            _ if base(name).ends_with(".conf") => continue,
            _ => {
                sink.warn(Problem::new(format!("file {name}"), "not a .txt or .ann file; skipped"));
                continue;
            }
        };
        if !order.contains(&stem) {
            order.push(stem);
        }
    }
    for stem in order {
        let tbytes = txt.get(stem).copied();
        let Some(&(name, bytes)) = ann.get(stem) else {
            if let Some(tbytes) = tbytes {
                match util::utf8(tbytes, &format!("file {stem}.txt ")) {
                    Ok(t) => sink.docs.push(RawDoc::new(
                        format!("file {stem}.txt"),
                        base(stem).to_owned(),
                        t.to_owned(),
                        UnitRule::Fixed(Unit::CodePoint),
                    )),
                    Err(p) => sink.problem(p),
                }
            }
            continue;
        };
        let Some(tbytes) = tbytes else {
            sink.problem(Problem::new(format!("file {name}"), format!("no {stem}.txt beside it")));
            continue;
        };
        let text = match util::utf8(tbytes, &format!("file {stem}.txt ")) {
            Ok(t) => t,
            Err(p) => {
                sink.problem(p);
                continue;
            }
        };
        document(stem, name, text, bytes, opts, sink);
    }
}

fn document(stem: &str, name: &str, text: &str, bytes: &[u8], opts: &ImportOptions, sink: &mut Sink) {
    let prefix = format!("file {name} ");
    let t = Text::new(text.to_owned());
    let mut raw =
        RawDoc::new(format!("file {name}"), base(stem).to_owned(), text.to_owned(), UnitRule::Fixed(Unit::CodePoint));
    let mut probs = Vec::new();
    let lines = util::lines(bytes, &prefix, opts.max_line_bytes, &mut probs);
    sink.problems.extend(probs);
    let mut notes: Vec<(String, String, String)> = Vec::new();
    let mut attrs: Vec<(String, String, String, String)> = Vec::new();
    for (no, line) in lines {
        let loc = format!("{prefix}line {no}");
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let id = parts.next().unwrap_or("");
        let mid = parts.next();
        let rest = parts.next();
        let Some(mid) = mid else {
            sink.problem(Problem::new(loc, "expected tab-separated fields: ID<TAB>…"));
            continue;
        };
        match id.chars().next() {
            Some('T') => {
                if let Err(p) = textbound(&t, id, mid, rest, &loc, opts, &mut raw, sink) {
                    sink.problem(p);
                }
            }
            Some('R') => {
                let mut w = mid.split_whitespace();
                let kind = w.next().unwrap_or("");
                let args: Vec<&str> = w.collect();
                let arg = |n: &str| args.iter().find_map(|a| a.strip_prefix(n)).map(str::to_owned);
                match (kind.is_empty(), arg("Arg1:"), arg("Arg2:")) {
                    (false, Some(from), Some(to)) => {
                        raw.relations.push(RawRel { from, to, kind: kind.to_owned(), loc })
                    }
                    _ => sink.problem(Problem::new(loc, "expected `R1<TAB>Type Arg1:T1 Arg2:T2`")),
                }
            }
            Some('#') => {
                let mut w = mid.split_whitespace();
                let (kind, target) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
                if kind == "AnnotatorNotes" && target.starts_with('T') {
                    notes.push((target.to_owned(), rest.unwrap_or("").to_owned(), loc));
                } else {
                    sink.warn(Problem::new(loc, "note not attached to a text-bound annotation; skipped"));
                }
            }
            Some('A') | Some('M') => {
                let w: Vec<&str> = mid.split_whitespace().collect();
                match w.as_slice() {
                    [name, target] => attrs.push(((*target).into(), (*name).into(), "true".into(), loc)),
                    [name, target, value] => attrs.push(((*target).into(), (*name).into(), (*value).into(), loc)),
                    _ => sink.problem(Problem::new(loc, "expected `A1<TAB>Name T1 [Value]`")),
                }
            }
            Some('E') | Some('N') | Some('*') => {
                sink.warn(Problem::new(loc, "events, normalisations and equivalences are not supported; skipped"))
            }
            _ => sink.problem(Problem::new(loc, format!("unknown annotation id {id:?}"))),
        }
    }
    let by_key: HashMap<String, usize> =
        raw.spans.iter().enumerate().filter_map(|(i, s)| s.key.clone().map(|k| (k, i))).collect();
    for (target, note, loc) in notes {
        match by_key.get(&target) {
            Some(&i) => {
                let n = &mut raw.spans[i].note;
                if !n.is_empty() {
                    n.push('\n');
                }
                n.push_str(&note);
            }
            None => sink.problem(Problem::new(loc, format!("note refers to {target}, which does not exist"))),
        }
    }
    for (target, name, value, loc) in attrs {
        match by_key.get(&target) {
            Some(&i) => {
                raw.spans[i].attributes.insert(name, value);
            }
            None => sink.warn(Problem::new(
                loc,
                format!("attribute on {target}, which is not a text-bound annotation; skipped"),
            )),
        }
    }
    sink.docs.push(raw);
}

#[allow(clippy::too_many_arguments)]
fn textbound(
    t: &Text,
    id: &str,
    mid: &str,
    rest: Option<&str>,
    loc: &str,
    opts: &ImportOptions,
    raw: &mut RawDoc,
    sink: &mut Sink,
) -> Result<(), Problem> {
    let (label, offs) = mid.split_once(' ').ok_or_else(|| Problem::new(loc, "expected `TYPE START END`"))?;
    let mut frags = Vec::new();
    for f in offs.split(';') {
        let mut w = f.split_whitespace();
        let (Some(s), Some(e), None) = (w.next(), w.next(), w.next()) else {
            return Err(Problem::new(loc, format!("expected `START END` offsets, found {f:?}")));
        };
        let num = |x: &str| {
            x.parse::<usize>().map_err(|_| {
                let why = if x.starts_with('-') { "negative" } else { "not a whole number (or too large)" };
                Problem::new(loc, format!("offset {x:?} is {why}"))
            })
        };
        let (s, e) = (num(s)?, num(e)?);
        if s >= e {
            return Err(Problem::new(loc, format!("fragment {s}..{e} is empty or reversed")));
        }
        if e > t.len_cp() {
            return Err(Problem::new(
                loc,
                format!("offset {e} is past the end of the text ({} code points)", t.len_cp()),
            ));
        }
        frags.push((s, e));
    }
    if let Some(q) = rest {
        let expect = quote_of(t, &frags);
        if q != expect {
            return Err(Problem::new(
                loc,
                format!(
                    "text {:?} does not match the document at {offs}, which is {:?}",
                    util::clip(q),
                    util::clip(&expect)
                ),
            ));
        }
    }
    // Join fragments separated by line breaks only.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (s, e) in frags {
        match groups.last_mut() {
            Some(g) if g.1 <= s && t.slice_cp(g.1..s).is_ok_and(|gap| gap.chars().all(is_break)) => g.1 = e,
            _ => groups.push((s, e)),
        }
    }
    if groups.len() > 1 && !opts.split_discontinuous {
        return Err(Problem::new(
            loc,
            format!("discontinuous annotation ({} parts) cannot be represented; import with splitting to get one span per part", groups.len()),
        ));
    }
    if groups.len() > 1 {
        sink.warn(Problem::new(loc, format!("discontinuous annotation split into {} spans", groups.len())));
    }
    for (i, (s, e)) in groups.into_iter().enumerate() {
        let mut span = RawSpan::new(loc.to_owned(), s, e, label.to_owned());
        span.key = Some(if i == 0 { id.to_owned() } else { format!("{id}#{i}") });
        raw.spans.push(span);
    }
    Ok(())
}

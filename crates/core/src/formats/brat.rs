//! brat standoff: one `NAME.txt` (the text, byte for byte) and one `NAME.ann` per document.
//!
//! Invariants:
//! - Offsets are code points (brat is Python and counts `str` indices); CRLF counts two, a BOM counts one.
//! - A span crossing line breaks is written as brat writes it: fragments split at each run of whitespace
//!   holding a line break, that whitespace left out (`T4 pathologie 75 83;85 98` over "problème \nde
//!   locomotion"). On import, fragments separated only by whitespace holding a line break are joined
//!   back, so the span keeps its exact offsets. Other discontinuous annotations are a problem, or with
//!   `split_discontinuous` one span per part.
//! - Holds spans, labels, relations (`R`), notes (`#` AnnotatorNotes), attributes (`A`/`M`, no
//!   whitespace; a binary attribute `A2 Individual T4` reads as value `true` and is written back without a
//!   value). The ids of `T`, `R`, `A` and `#` lines come back as the file had them (new ones take free
//!   numbers), and file names keep their dots (`esp.train-doc-29.ann`).
//! - Lines Spandrel does not model — events (`E`), normalisations (`N`), equivalences (`*`), notes other
//!   than AnnotatorNotes (`#1 Lemma T1 …`), attributes on events and relations involving events — are
//!   kept in `Document::source` as opaque lines and written back to brat as long as every annotation they
//!   name is still exported; one warning per file counts them. No other format holds them.
//! - Lost: states and scores (imported as accepted), document labels, status, timestamps; whitespace in
//!   labels and relation types becomes `_`; line breaks and tabs in notes become spaces.

use super::util;
use super::{
    kept, kept_relations, stems, ExportError, ExportFile, ExportOptions, ImportOptions, Problem, RawDoc, RawRel,
    RawSpan, Sink, UnitRule,
};
use crate::model::Document;
use crate::text::{Text, Unit};
use serde_json::{json, Value};
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

/// Fragments of a code point range as brat writes them: split at each run of whitespace that holds a
/// line break, that run left out; the first fragment starts at `start` and the last ends at `end`, so
/// leading and trailing whitespace stays inside.
fn fragments(text: &Text, start: usize, end: usize) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.slice_cp(start..end).unwrap_or("").chars().collect();
    let mut frags: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let run = i;
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let inner = run > 0 && i < chars.len();
        if inner && chars[run..i].iter().any(|&c| is_break(c)) && run > from {
            frags.push((start + from, start + run));
            from = i;
        }
    }
    frags.push((start + from, end));
    frags
}

/// Whether a `T` line's middle field is a type with spaces followed by valid offsets whose text matches
/// the line's quote (`test label 0 378 386` + `anomalie`).
fn spaced_type(t: &Text, mid: &str, rest: Option<&str>) -> bool {
    let w: Vec<&str> = mid.split(' ').collect();
    (2..w.len().saturating_sub(1)).any(|cut| {
        let offs = w[cut..].join(" ");
        let frags: Option<Vec<(usize, usize)>> = offs
            .split(';')
            .map(|f| {
                let mut n = f.split_whitespace().map(|x| x.parse::<usize>().ok());
                match (n.next().flatten(), n.next().flatten(), n.next()) {
                    (Some(s), Some(e), None) if s < e && e <= t.len_cp() => Some((s, e)),
                    _ => None,
                }
            })
            .collect();
        frags.is_some_and(|f| rest.is_none_or(|q| q == quote_of(t, &f)))
    })
}

/// A kind of opaque line, counted: "1 event", "2 notes that are not AnnotatorNotes".
fn plural(what: &str, n: usize) -> String {
    if n == 1 {
        return what.to_owned();
    }
    match what {
        "note that is not AnnotatorNotes" => "notes that are not AnnotatorNotes".into(),
        "attribute on an event or relation" => "attributes on events or relations".into(),
        "relation involving an event" => "relations involving events".into(),
        "attribute line with more than a name, a target and a value" => {
            "attribute lines with more than a name, a target and a value".into()
        }
        "text-bound annotation whose type has spaces" => "text-bound annotations whose type has spaces".into(),
        w => format!("{w}s"),
    }
}

/// Whether the text between two fragments is only whitespace holding a line break (brat's own split).
fn line_gap(t: &Text, from: usize, to: usize) -> bool {
    from <= to
        && t.slice_cp(from..to)
            .is_ok_and(|gap| gap.chars().all(char::is_whitespace) && (gap.is_empty() || gap.chars().any(is_break)))
}

fn quote_of(text: &Text, frags: &[(usize, usize)]) -> String {
    frags.iter().map(|&(s, e)| one_line(text.slice_cp(s..e).unwrap_or(""))).collect::<Vec<_>>().join(" ")
}

/// `Document::source` keys.
const ID: &str = "brat.id";
const ATTR_IDS: &str = "brat.attribute_ids";
const NOTE_ID: &str = "brat.note_id";
const BINARY: &str = "brat.binary_attributes";
const LINES: &str = "brat.lines";
/// Per relation: what followed the arguments when it was not brat's usual lone tab (`null`: nothing).
const TAIL: &str = "brat.tail";

/// Hands out annotation ids: the file's own where the document remembers them, otherwise free numbers.
struct Ids {
    used: std::collections::HashSet<String>,
    next: HashMap<char, u64>,
}

impl Ids {
    fn new() -> Self {
        Ids { used: Default::default(), next: HashMap::new() }
    }
    fn claim(&mut self, id: &str) -> bool {
        self.used.insert(id.to_owned())
    }
    fn fresh(&mut self, prefix: char) -> String {
        let n = self.next.entry(prefix).or_insert(1);
        loop {
            let id = format!("{prefix}{n}");
            *n += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The ids an opaque line names (`E1 Type:T3 Theme:T1`, `* Equiv T1 T2`, `N1 Reference T5 …`).
fn refs(line: &str) -> Vec<&str> {
    let mid = line.split('\t').nth(1).unwrap_or("");
    mid.split_whitespace()
        .map(|w| w.rsplit(':').next().unwrap_or(w))
        .filter(|w| {
            let mut c = w.chars();
            matches!(c.next(), Some('T' | 'E' | 'R' | 'A' | 'M' | 'N')) && c.as_str().parse::<u64>().is_ok()
        })
        .collect()
}

fn src_id<'a>(d: &'a Document, key: &str, id: u64) -> Option<&'a Value> {
    d.source.get(key).and_then(|m| m.get(id.to_string()))
}

pub fn export(docs: &[Document], opts: &ExportOptions) -> Result<Vec<ExportFile>, ExportError> {
    let mut out = Vec::new();
    for (d, stem) in docs.iter().zip(stems(docs)) {
        let anns = kept(d, opts);
        let rels = kept_relations(d, opts);
        let opaque: Vec<&str> = d
            .source
            .get(LINES)
            .and_then(Value::as_array)
            .map_or(Vec::new(), |l| l.iter().filter_map(Value::as_str).collect());
        let binary: Vec<&str> = d
            .source
            .get(BINARY)
            .and_then(Value::as_array)
            .map_or(Vec::new(), |l| l.iter().filter_map(Value::as_str).collect());
        // The file's own ids first, so new annotations take numbers nobody uses.
        let mut ids = Ids::new();
        for l in &opaque {
            ids.claim(l.split('\t').next().unwrap_or(""));
        }
        let mut name_of: HashMap<u64, String> = HashMap::new();
        let mut pending = Vec::new();
        for id in anns.iter().map(|a| a.id).chain(rels.iter().map(|r| r.id)) {
            match src_id(d, ID, id).and_then(Value::as_str) {
                Some(n) if ids.claim(n) => {
                    name_of.insert(id, n.to_owned());
                }
                _ => pending.push(id),
            }
        }
        let given_attr = |a: u64, k: &str| src_id(d, ATTR_IDS, a).and_then(|m| m.get(k)).and_then(Value::as_str);
        let mut attr_names: HashMap<(u64, String), String> = HashMap::new();
        let mut note_names: HashMap<u64, String> = HashMap::new();
        for a in &anns {
            for k in a.attributes.keys() {
                if let Some(n) = given_attr(a.id, k).filter(|n| ids.claim(n)) {
                    attr_names.insert((a.id, k.clone()), n.to_owned());
                }
            }
            // A note keeps the file's id even when the file used it twice (edsnlp writes `#1` per note).
            if let Some(n) = src_id(d, NOTE_ID, a.id).and_then(Value::as_str) {
                ids.claim(n);
                note_names.insert(a.id, n.to_owned());
            }
        }
        for id in pending {
            let prefix = if d.annotations.contains_key(&id) { 'T' } else { 'R' };
            name_of.insert(id, ids.fresh(prefix));
        }
        let mut ann = String::new();
        for a in &anns {
            let t = &name_of[&a.id];
            let frags = fragments(&d.text, a.span.start, a.span.end);
            let offs: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
            ann.push_str(&format!("{t}\t{} {}\t{}\n", no_ws(&a.label), offs.join(";"), quote_of(&d.text, &frags)));
            for (k, v) in &a.attributes {
                if !k.is_empty()
                    && !v.is_empty()
                    && !k.contains(char::is_whitespace)
                    && !v.contains(char::is_whitespace)
                {
                    let id = attr_names.remove(&(a.id, k.clone())).unwrap_or_else(|| ids.fresh('A'));
                    if v == "true" && binary.contains(&k.as_str()) {
                        ann.push_str(&format!("{id}\t{k} {t}\n"));
                    } else {
                        ann.push_str(&format!("{id}\t{k} {t} {v}\n"));
                    }
                }
            }
            if !a.note.is_empty() {
                let id = note_names.remove(&a.id).unwrap_or_else(|| ids.fresh('#'));
                ann.push_str(&format!("{id}\tAnnotatorNotes {t}\t{}\n", one_line(&a.note)));
            }
        }
        for r in &rels {
            // brat ends an `R` line with a tab; other tools write nothing, or a note, there.
            let tail = match src_id(d, TAIL, r.id) {
                Some(Value::String(t)) => format!("\t{t}"),
                Some(Value::Null) => String::new(),
                _ => "\t".to_owned(),
            };
            ann.push_str(&format!(
                "{}\t{} Arg1:{} Arg2:{}{tail}\n",
                name_of[&r.id],
                no_ws(&r.kind),
                name_of[&r.from],
                name_of[&r.to]
            ));
        }
        // Opaque lines stay while every id they name is still written (an event may name an event).
        let mut live: Vec<&str> = opaque.clone();
        loop {
            let mut have: std::collections::HashSet<&str> = name_of.values().map(String::as_str).collect();
            have.extend(live.iter().map(|l| l.split('\t').next().unwrap_or("")));
            let before = live.len();
            live.retain(|l| refs(l).iter().all(|r| have.contains(r)));
            if live.len() == before {
                break;
            }
        }
        for l in live {
            ann.push_str(l);
            ann.push('\n');
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
    // (note id, target, note, loc)
    let mut notes: Vec<(String, String, String, String)> = Vec::new();
    // (attribute id, target, name, value, loc, binary)
    let mut attrs: Vec<(String, String, String, String, String, bool)> = Vec::new();
    // (line, what it is, loc) for lines kept opaque unless they turn out to be plain relations.
    let mut rels: Vec<(String, RawRel)> = Vec::new();
    let mut opaque: Vec<(String, &'static str)> = Vec::new();
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
            Some('T') => match textbound(&t, id, mid, rest, &loc, opts, &mut raw, sink) {
                Ok(()) => {}
                // `T12 test label 0 378 386`: a type with spaces, which brat does not allow.
                Err(_) if spaced_type(&t, mid, rest) => {
                    opaque.push((line.to_owned(), "text-bound annotation whose type has spaces"))
                }
                Err(p) => sink.problem(p),
            },
            Some('R') => {
                let mut w = mid.split_whitespace();
                let kind = w.next().unwrap_or("");
                let args: Vec<&str> = w.collect();
                let arg = |n: &str| args.iter().find_map(|a| a.strip_prefix(n)).map(str::to_owned);
                match (kind.is_empty(), arg("Arg1:"), arg("Arg2:")) {
                    (false, Some(from), Some(to)) => {
                        let mut r = RawRel::new(from, to, kind.to_owned(), loc);
                        r.source.insert(ID.into(), json!(id));
                        match rest {
                            Some("") => {}
                            Some(t) => {
                                r.source.insert(TAIL.into(), json!(t));
                            }
                            None => {
                                r.source.insert(TAIL.into(), Value::Null);
                            }
                        }
                        rels.push((line.to_owned(), r));
                    }
                    _ => sink.problem(Problem::new(loc, "expected `R1<TAB>Type Arg1:T1 Arg2:T2`")),
                }
            }
            Some('#') => {
                let mut w = mid.split_whitespace();
                let (kind, target) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
                if kind == "AnnotatorNotes" && target.starts_with('T') {
                    notes.push((id.to_owned(), target.to_owned(), rest.unwrap_or("").to_owned(), loc));
                } else if target.is_empty() {
                    sink.problem(Problem::new(loc, "expected `#1<TAB>Type ID<TAB>note`"));
                } else {
                    opaque.push((line.to_owned(), "note that is not AnnotatorNotes"));
                }
            }
            Some('A') | Some('M') => {
                let w: Vec<&str> = mid.split_whitespace().collect();
                match w.as_slice() {
                    [name, target] => {
                        attrs.push((id.into(), (*target).into(), (*name).into(), "true".into(), loc, true))
                    }
                    [name, target, value] => {
                        attrs.push((id.into(), (*target).into(), (*name).into(), (*value).into(), loc, false))
                    }
                    // `A9 bool flag 0 T4` (edsnlp's tests): not brat, but a line another tool wrote and reads.
                    [_, _, _, _, ..] => {
                        opaque.push((line.to_owned(), "attribute line with more than a name, a target and a value"))
                    }
                    _ => sink.problem(Problem::new(loc, "expected `A1<TAB>Name T1 [Value]`")),
                }
            }
            Some('E') => opaque.push((line.to_owned(), "event")),
            Some('N') => opaque.push((line.to_owned(), "normalisation")),
            Some('*') => opaque.push((line.to_owned(), "equivalence")),
            _ => sink.problem(Problem::new(loc, format!("unknown annotation id {id:?}"))),
        }
    }
    let by_key: HashMap<String, usize> =
        raw.spans.iter().enumerate().filter_map(|(i, s)| s.key.clone().map(|k| (k, i))).collect();
    let textbound_id = |k: &str| by_key.contains_key(k);
    for (line, r) in rels {
        if (r.from.starts_with('T') && r.to.starts_with('T')) || (textbound_id(&r.from) && textbound_id(&r.to)) {
            raw.relations.push(r);
        } else {
            opaque.push((line, "relation involving an event"));
        }
    }
    for (id, target, note, loc) in notes {
        match by_key.get(&target) {
            Some(&i) => {
                let s = &mut raw.spans[i];
                if !s.note.is_empty() {
                    s.note.push('\n');
                } else {
                    s.source.insert(NOTE_ID.into(), json!(id));
                }
                s.note.push_str(&note);
            }
            None => sink.problem(Problem::new(loc, format!("note refers to {target}, which does not exist"))),
        }
    }
    let mut binary: Vec<String> = Vec::new();
    for (id, target, name, value, loc, is_binary) in attrs {
        match by_key.get(&target) {
            Some(&i) => {
                if is_binary && !binary.contains(&name) {
                    binary.push(name.clone());
                }
                let s = &mut raw.spans[i];
                let ids = s.source.entry(ATTR_IDS.into()).or_insert_with(|| json!({}));
                ids[name.as_str()] = json!(id);
                s.attributes.insert(name, value);
            }
            None if target.starts_with('T') => {
                sink.problem(Problem::new(loc, format!("attribute on {target}, which does not exist")))
            }
            None => {
                let text =
                    if is_binary { format!("{id}\t{name} {target}") } else { format!("{id}\t{name} {target} {value}") };
                opaque.push((text, "attribute on an event or relation"));
            }
        }
    }
    if !binary.is_empty() {
        raw.source.insert(BINARY.into(), json!(binary));
    }
    if !opaque.is_empty() {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (_, what) in &opaque {
            match counts.iter_mut().find(|(w, _)| w == what) {
                Some(c) => c.1 += 1,
                None => counts.push((what, 1)),
            }
        }
        let list: Vec<String> = counts.iter().map(|(w, n)| format!("{n} {}", plural(w, *n))).collect();
        sink.warn(Problem::new(
            format!("file {name}"),
            format!(
                "{} kept as they are for export back to brat only (Spandrel does not show or edit them; other formats lose them)",
                list.join(", ")
            ),
        ));
        raw.source.insert(LINES.into(), json!(opaque.into_iter().map(|(l, _)| l).collect::<Vec<_>>()));
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
    // Join fragments separated only by whitespace holding a line break (brat's own split of one span).
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (s, e) in frags {
        match groups.last_mut() {
            Some(g) if line_gap(t, g.1, s) => g.1 = e,
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
        if i == 0 {
            span.source.insert(ID.into(), json!(id));
        }
        raw.spans.push(span);
    }
    Ok(())
}

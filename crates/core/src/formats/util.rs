//! Input helpers shared by the parsers: UTF-8 decoding, line splitting, JSON access with locations.
//!
//! Invariants:
//! - Every helper returns a [`Problem`] naming the place (line, record, field) instead of panicking.
//! - Offsets read from JSON are whole, non-negative numbers below [`MAX_OFFSET`]; anything else is a problem.

use super::Problem;
use serde_json::{Map, Value};

/// Largest offset accepted from a file (beyond any text Spandrel can hold).
pub const MAX_OFFSET: u64 = 1 << 40;

/// Shortens a quoted string for a message.
pub fn clip(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_owned()
    } else {
        let mut c: String = s.chars().take(57).collect();
        c.push('…');
        c
    }
}

fn line_col(bytes: &[u8], pos: usize) -> (usize, usize) {
    let before = &bytes[..pos.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.len() - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
    (line, col)
}

/// Decodes UTF-8, naming the line and column of the first bad byte.
pub fn utf8<'a>(bytes: &'a [u8], prefix: &str) -> Result<&'a str, Problem> {
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        Problem::new(
            format!("{prefix}line {line}"),
            format!("invalid UTF-8 at column {col} (byte {}); save the file as UTF-8", e.valid_up_to()),
        )
    })
}

/// Removes a UTF-8 byte order mark (JSON files only: in a brat `.txt` it is a counted character).
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(bytes)
}

/// Parses a whole-file JSON value.
pub fn parse_json(bytes: &[u8], prefix: &str) -> Result<Value, Problem> {
    let bytes = strip_bom(bytes);
    let s = utf8(bytes, prefix)?;
    if s.trim().is_empty() {
        return Err(Problem::new(format!("{prefix}line 1"), "the file is empty"));
    }
    serde_json::from_str(s).map_err(|e| json_problem(&e, prefix, 0))
}

/// Turns a serde_json error into a problem; `line_base` is added to its line number (JSONL).
pub fn json_problem(e: &serde_json::Error, prefix: &str, line_base: usize) -> Problem {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "the JSON ends too early (truncated file?)",
        Category::Syntax => "malformed JSON",
        Category::Data => "unexpected JSON data",
        Category::Io => "could not read the JSON",
    };
    let line = e.line() + line_base;
    let msg = e.to_string();
    let detail = msg.split(" at line ").next().unwrap_or(&msg);
    Problem::new(format!("{prefix}line {line}"), format!("{what} at column {}: {detail}", e.column()))
}

/// Splits into `(line number, line)` without the line break, rejecting over-long lines and bad UTF-8
/// line by line, so the other lines stay readable.
pub fn lines<'a>(bytes: &'a [u8], prefix: &str, max: usize, problems: &mut Vec<Problem>) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut no = 0;
    let mut rest = bytes;
    while !rest.is_empty() {
        no += 1;
        let (line, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(p) => (&rest[..p], &rest[p + 1..]),
            None => (rest, &[][..]),
        };
        rest = next;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let line = if no == 1 { strip_bom(line) } else { line };
        if line.len() > max {
            problems.push(Problem::new(
                format!("{prefix}line {no}"),
                format!(
                    "line is {} bytes long, more than the limit of {max} bytes for one line{}",
                    line.len(),
                    if max == super::MAX_LINE_BYTES {
                        " (the web app's limit, 8 MiB; the `spandrel convert` command line has none)"
                    } else {
                        ""
                    }
                ),
            ));
            continue;
        }
        match std::str::from_utf8(line) {
            Ok(s) => out.push((no, s)),
            Err(e) => problems.push(Problem::new(
                format!("{prefix}line {no}"),
                format!("invalid UTF-8 at column {} ; save the file as UTF-8", e.valid_up_to() + 1),
            )),
        }
    }
    out
}

/// The JSON type of a value, for messages.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(what: &str, v: &Value, loc: &str) -> Problem {
    Problem::new(loc, format!("expected {what}, found {}", kind(v)))
}

pub fn obj<'a>(v: &'a Value, loc: &str) -> Result<&'a Map<String, Value>, Problem> {
    v.as_object().ok_or_else(|| expected("an object", v, loc))
}

pub fn arr<'a>(v: &'a Value, loc: &str) -> Result<&'a Vec<Value>, Problem> {
    v.as_array().ok_or_else(|| expected("an array", v, loc))
}

pub fn string<'a>(v: &'a Value, loc: &str) -> Result<&'a str, Problem> {
    v.as_str().ok_or_else(|| expected("a string", v, loc))
}

/// A required field.
pub fn field<'a>(o: &'a Map<String, Value>, key: &str, loc: &str) -> Result<&'a Value, Problem> {
    o.get(key).ok_or_else(|| Problem::new(loc, format!("missing field `{key}`")))
}

/// A required string field; the location names the field.
pub fn str_field<'a>(o: &'a Map<String, Value>, key: &str, loc: &str) -> Result<&'a str, Problem> {
    string(field(o, key, loc)?, &format!("{loc} field {key}"))
}

/// An optional string field (absent or null gives `None`).
pub fn opt_str<'a>(o: &'a Map<String, Value>, key: &str, loc: &str) -> Result<Option<&'a str>, Problem> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => string(v, &format!("{loc} field {key}")).map(Some),
    }
}

/// A whole, non-negative offset.
pub fn offset(v: &Value, loc: &str) -> Result<usize, Problem> {
    let Value::Number(n) = v else { return Err(expected("a whole number", v, loc)) };
    if let Some(u) = n.as_u64() {
        if u > MAX_OFFSET {
            return Err(Problem::new(loc, format!("offset {u} is too large")));
        }
        return usize::try_from(u).map_err(|_| Problem::new(loc, format!("offset {u} is too large")));
    }
    if let Some(i) = n.as_i64() {
        return Err(Problem::new(loc, format!("offset {i} is negative")));
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && (0.0..=MAX_OFFSET as f64).contains(&f) => Ok(f as usize),
        Some(f) if f < 0.0 => Err(Problem::new(loc, format!("offset {n} is negative"))),
        Some(f) if f.fract() == 0.0 => Err(Problem::new(loc, format!("offset {n} is too large"))),
        _ => Err(Problem::new(loc, format!("offset {n} is not a whole number"))),
    }
}

pub fn offset_field(o: &Map<String, Value>, key: &str, loc: &str) -> Result<usize, Problem> {
    offset(field(o, key, loc)?, &format!("{loc} field {key}"))
}

/// A finite number.
pub fn number(v: &Value, loc: &str) -> Result<f64, Problem> {
    match v.as_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(expected("a number", v, loc)),
    }
}

/// A whole number that fits in i64 (timestamps).
pub fn int(v: &Value, loc: &str) -> Result<i64, Problem> {
    v.as_i64().ok_or_else(|| expected("a whole number (milliseconds)", v, loc))
}

/// Reads the value as either a string or (for ids) a number rendered as a string.
pub fn key(v: &Value, loc: &str) -> Result<String, Problem> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(expected("an id (string or number)", v, loc)),
    }
}

/// Compares strings with runs of digits compared as numbers ("line 9" < "line 10").
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut digit = None;
        for (i, c) in crate::text::char_bytes(s) {
            let d = c.is_ascii_digit();
            if digit.is_some_and(|x| x != d) {
                out.push((digit.unwrap_or(false), &s[start..i]));
                start = i;
            }
            digit = Some(d);
        }
        if start < s.len() {
            out.push((digit.unwrap_or(false), &s[start..]));
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(&cb) {
        let o = match (x, y) {
            ((true, p), (true, q)) => {
                let (p, q) = (p.trim_start_matches('0'), q.trim_start_matches('0'));
                p.len().cmp(&q.len()).then_with(|| p.cmp(q))
            }
            ((_, p), (_, q)) => p.cmp(q),
        };
        if o != std::cmp::Ordering::Equal {
            return o;
        }
    }
    ca.len().cmp(&cb.len())
}

/// The fields of a record that a document keeps under `key` in [`crate::Document::source`] (the ones
/// Spandrel does not model), as the object an export starts from; empty when there are none.
pub(crate) fn source_object(d: &crate::Document, key: &str) -> Map<String, Value> {
    match d.source.get(key) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    }
}

/// A record that must be an object with a string `text` field: the object and its text.
pub(crate) fn text_record<'a>(v: &'a Value, loc: &str) -> Result<(&'a Map<String, Value>, &'a str), Problem> {
    let o = obj(v, loc)?;
    let text = str_field(o, "text", loc)?;
    Ok((o, text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::*;

    #[test]
    fn natural_order() {
        assert_eq!(natural_cmp("line 9", "line 10"), Less);
        assert_eq!(natural_cmp("file b.ann line 2", "file a.ann line 10"), Greater);
        assert_eq!(natural_cmp("record 2 entity 10", "record 2 entity 9"), Greater);
        assert_eq!(natural_cmp("x", "x"), Equal);
    }

    #[test]
    fn offsets_must_be_whole_and_in_range() {
        assert_eq!(offset(&serde_json::json!(5), "f"), Ok(5));
        assert_eq!(offset(&serde_json::json!(5.0), "f"), Ok(5));
        assert!(offset(&serde_json::json!(-1), "f").unwrap_err().message.contains("negative"));
        assert!(offset(&serde_json::json!(2.5), "f").unwrap_err().message.contains("whole"));
        assert!(offset(&serde_json::json!(1e300), "f").unwrap_err().message.contains("too large"));
        assert!(offset(&serde_json::json!("3"), "f").unwrap_err().message.contains("found a string"));
    }
}

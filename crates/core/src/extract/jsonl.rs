//! The JSONL record form of extraction: one input line `{"text": ..., ...}` in, the same object plus
//! `spans: [{start, end, label, score}]` out.
//!
//! It is the one definition behind the CLI's `spandrel extract`, the Python package's `extract_lines` and the
//! Spark job built on it, so all three write byte-identical lines for the same input.
//!
//! Invariants:
//! - A span is written as `{"end", "label", "score", "start"}` with code point offsets and the score rounded to
//!   three decimals ([`span_value`]); other fields of the input object are passed through unchanged.
//! - A line that cannot be annotated gives a [`LineError`] naming what is wrong with it; nothing is written for
//!   it, and the lines after it are unaffected.

use super::Suggestion;
use crate::text::Text;
use serde_json::{json, Value};

/// Why one input line could not be annotated. The messages are the CLI's `line N: ...` texts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineError {
    #[error("empty line (expected a JSON object with a `text` field)")]
    Empty,
    #[error("not valid UTF-8 (byte {valid_up_to})")]
    NotUtf8 { valid_up_to: usize },
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("expected a JSON object with a `text` field")]
    NotObject,
    #[error("missing field `text`")]
    MissingText,
    #[error("field `text` must be a string")]
    TextNotString,
}

/// A score in the written form: rounded to three decimals.
pub fn round_score(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// One suggestion as written in a record: `{"start", "end", "label", "score"}`.
pub fn span_value(s: &Suggestion) -> Value {
    json!({"start": s.span.start, "end": s.span.end, "label": s.label, "score": round_score(s.score)})
}

/// Annotates one line (without its line break): the input object with `spans` added (or replaced).
pub fn annotate_line(line: &[u8], suggest: &dyn Fn(&Text) -> Vec<Suggestion>) -> Result<Value, LineError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err(LineError::Empty);
    }
    let s = std::str::from_utf8(line).map_err(|e| LineError::NotUtf8 { valid_up_to: e.valid_up_to() })?;
    let v: Value = serde_json::from_str(s).map_err(|e| LineError::Json(e.to_string()))?;
    let Value::Object(mut obj) = v else { return Err(LineError::NotObject) };
    let text = match obj.get("text") {
        None => return Err(LineError::MissingText),
        Some(Value::String(t)) => Text::from(t.as_str()),
        Some(_) => return Err(LineError::TextNotString),
    };
    let spans: Vec<Value> = suggest(&text).iter().map(span_value).collect();
    obj.insert("spans".into(), Value::Array(spans));
    Ok(Value::Object(obj))
}

/// [`annotate_line`] written out as one JSON line (no line break).
pub fn annotate_line_string(line: &[u8], suggest: &dyn Fn(&Text) -> Vec<Suggestion>) -> Result<String, LineError> {
    // Serialising a `Value` built from parsed JSON cannot fail (string keys, finite numbers).
    annotate_line(line, suggest).map(|v| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn fixed(_: &Text) -> Vec<Suggestion> {
        vec![Suggestion { span: Span::new(0, 5), label: "PERSON".into(), score: 0.123_456 }]
    }

    #[test]
    fn adds_spans_and_keeps_other_fields() {
        let out = annotate_line_string(br#"{"id": 7, "text": "Alice went"}"#, &fixed).unwrap();
        assert_eq!(out, r#"{"id":7,"spans":[{"end":5,"label":"PERSON","score":0.123,"start":0}],"text":"Alice went"}"#);
    }

    #[test]
    fn each_bad_line_names_its_problem() {
        assert_eq!(annotate_line(b"  ", &fixed), Err(LineError::Empty));
        assert_eq!(annotate_line(b"\xff{}", &fixed), Err(LineError::NotUtf8 { valid_up_to: 0 }));
        assert!(matches!(annotate_line(b"{\"text\": ", &fixed), Err(LineError::Json(_))));
        assert_eq!(annotate_line(b"[1]", &fixed), Err(LineError::NotObject));
        assert_eq!(annotate_line(b"{\"id\": 1}", &fixed), Err(LineError::MissingText));
        assert_eq!(annotate_line(b"{\"text\": 3}", &fixed), Err(LineError::TextNotString));
        assert_eq!(LineError::MissingText.to_string(), "missing field `text`");
    }
}

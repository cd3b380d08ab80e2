//! `spandrel._spandrel`: the engine of `crates/core` as a CPython extension module (PyO3, abi3 ≥ 3.9).
//!
//! It owns the translation between Python values and core's types, nothing else: every rule (extraction,
//! the JSONL record form, the formats) is core's, so the package, the CLI and the web app give the same
//! output for the same input.
//!
//! Invariants:
//! - Offsets are code points, which is what Python's `str` indexes: `text[span.start:span.end]` is the span.
//! - Scores are the CLI's written form (three decimals), so a span compares equal to the CLI's JSON.
//! - The engine runs with the interpreter released (`Python::detach`): other Python threads go on, and a
//!   batch costs one release, not one per text.
//! - Core's errors become Python exceptions carrying core's message: `SpandrelError` (a `ValueError`), with
//!   `ModelError` and `ConvertError` below it. Bad lines of `extract_lines` are values, never exceptions.
//! - The shipped model is embedded (no download, no file read at import); it is parsed once, on first use.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use spandrel_core::extract::jsonl::{annotate_line_string, round_score};
use spandrel_core::extract::{Model as CoreModel, Suggestion};
use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::text::Text;
use std::sync::{Arc, OnceLock};

create_exception!(spandrel, SpandrelError, PyValueError, "An error of Spandrel's engine, with its message.");
create_exception!(spandrel, ModelError, SpandrelError, "Model weights that cannot be used.");
create_exception!(spandrel, ConvertError, SpandrelError, "Input that cannot be converted: the problems, one per line.");

/// The shipped weights, the same file the CLI embeds.
static EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin"));

fn default_core_model() -> PyResult<Arc<CoreModel>> {
    static DEFAULT: OnceLock<Result<Arc<CoreModel>, String>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| CoreModel::from_bytes(EMBEDDED_MODEL).map(Arc::new).map_err(|e| e.to_string()))
        .clone()
        .map_err(|e| ModelError::new_err(format!("the embedded model cannot be used ({e})")))
}

/// One proposed entity: code point offsets into the text, its label and score.
#[pyclass(frozen, eq, module = "spandrel", get_all)]
#[derive(Clone, PartialEq)]
struct Span {
    start: usize,
    end: usize,
    label: String,
    score: f64,
    text: String,
}

#[pymethods]
impl Span {
    #[new]
    #[pyo3(signature = (start, end, label, score, text))]
    fn new(start: usize, end: usize, label: String, score: f64, text: String) -> Self {
        Span { start, end, label, score, text }
    }

    /// The span as the CLI writes it: `{"start", "end", "label", "score"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("label", &self.label)?;
        d.set_item("score", self.score)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Span(start={}, end={}, label={:?}, score={}, text={:?})",
            self.start, self.end, self.label, self.score, self.text
        )
    }
}

fn to_spans(text: &Text, found: Vec<Suggestion>) -> Vec<Span> {
    found
        .into_iter()
        .map(|s| Span {
            start: s.span.start,
            end: s.span.end,
            text: text.slice_cp(s.span.range()).unwrap_or_default().to_string(),
            label: s.label,
            score: round_score(s.score),
        })
        .collect()
}

/// Extraction weights: the shipped model (`Model()`) or a file written by `spandrel train` (`Model.load`).
#[pyclass(frozen, module = "spandrel")]
struct Model {
    inner: Arc<CoreModel>,
}

#[pymethods]
impl Model {
    #[new]
    fn new() -> PyResult<Self> {
        Ok(Model { inner: default_core_model()? })
    }

    /// Weights from a file written by `spandrel train`.
    #[staticmethod]
    fn load(path: std::path::PathBuf) -> PyResult<Self> {
        let bytes = std::fs::read(&path)
            .map_err(|e| ModelError::new_err(format!("cannot read model {}: {e}", path.display())))?;
        let inner =
            CoreModel::from_bytes(&bytes).map_err(|e| ModelError::new_err(format!("model {}: {e}", path.display())))?;
        Ok(Model { inner: Arc::new(inner) })
    }

    /// The entities of one text.
    fn extract(&self, py: Python<'_>, text: &str) -> Vec<Span> {
        let text = Text::from(text);
        let model = &self.inner;
        let found = py.detach(|| model.extract(&text));
        to_spans(&text, found)
    }

    /// The entities of many texts, in order; the engine runs `batch_size` texts per release of the interpreter.
    #[pyo3(signature = (texts, batch_size = 1000))]
    fn extract_many(&self, texts: &Bound<'_, PyAny>, batch_size: usize) -> PyResult<Vec<Vec<Span>>> {
        let py = texts.py();
        let batch_size = batch_size.max(1);
        let mut out = Vec::new();
        let mut batch: Vec<Text> = Vec::with_capacity(batch_size);
        let model = &self.inner;
        let run = |batch: &mut Vec<Text>, out: &mut Vec<Vec<Span>>| {
            let found: Vec<Vec<Suggestion>> = py.detach(|| batch.iter().map(|t| model.extract(t)).collect());
            out.extend(batch.iter().zip(found).map(|(t, f)| to_spans(t, f)));
            batch.clear();
        };
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "texts[{i}] is {}, not str",
                    item.get_type().name().map(|n| n.to_string()).unwrap_or_default()
                ))
            })?;
            batch.push(Text::from(s.to_cow()?.as_ref()));
            if batch.len() == batch_size {
                run(&mut batch, &mut out);
            }
        }
        if !batch.is_empty() {
            run(&mut batch, &mut out);
        }
        Ok(out)
    }

    /// JSONL records, as `spandrel extract` reads and writes them: for each line (str or bytes, without its line
    /// break) either `(output_line, None)` or `(None, error_message)`. Bad lines never raise.
    #[pyo3(signature = (lines, batch_size = 1000))]
    fn extract_lines(
        &self,
        lines: &Bound<'_, PyAny>,
        batch_size: usize,
    ) -> PyResult<Vec<(Option<String>, Option<String>)>> {
        let py = lines.py();
        let batch_size = batch_size.max(1);
        let model = &self.inner;
        let suggest = |t: &Text| model.extract(t);
        let mut out = Vec::new();
        let mut batch: Vec<Vec<u8>> = Vec::with_capacity(batch_size);
        let run = |batch: &mut Vec<Vec<u8>>, out: &mut Vec<(Option<String>, Option<String>)>| {
            let done: Vec<_> = py.detach(|| batch.iter().map(|l| annotate_line_string(l, &suggest)).collect());
            out.extend(done.into_iter().map(|r| match r {
                Ok(line) => (Some(line), None),
                Err(e) => (None, Some(e.to_string())),
            }));
            batch.clear();
        };
        for item in lines.try_iter()? {
            let item = item?;
            let bytes = if let Ok(s) = item.cast::<PyString>() {
                s.to_cow()?.as_bytes().to_vec()
            } else if let Ok(b) = item.cast::<PyBytes>() {
                b.as_bytes().to_vec()
            } else if item.is_none() {
                Vec::new()
            } else {
                return Err(PyTypeError::new_err("extract_lines takes str or bytes lines"));
            };
            let mut bytes = bytes;
            while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                bytes.pop();
            }
            batch.push(bytes);
            if batch.len() == batch_size {
                run(&mut batch, &mut out);
            }
        }
        if !batch.is_empty() {
            run(&mut batch, &mut out);
        }
        Ok(out)
    }
}

/// Converts annotations between formats (the CLI's `convert`). `data` is one file's contents; a format that
/// writes several files returns a dict of file name → contents, any other a str.
#[pyfunction]
#[pyo3(signature = (data, src, dst, *, name = None, suggestions = false, rejected = false))]
fn convert<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    src: &str,
    dst: &str,
    name: Option<String>,
    suggestions: bool,
    rejected: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let bytes = if let Ok(s) = data.cast::<PyString>() {
        s.to_cow()?.as_bytes().to_vec()
    } else if let Ok(b) = data.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else {
        return Err(PyTypeError::new_err("convert: data must be str or bytes"));
    };
    let name = name.unwrap_or_else(|| "input".to_string());
    let to = Format::from_name(dst).ok_or_else(|| ConvertError::new_err(format!("unknown format `{dst}`")))?;
    let from = match src {
        "auto" => formats::detect_format(&name, &bytes)
            .ok_or_else(|| ConvertError::new_err("cannot tell the input format; pass src"))?,
        n => Format::from_name(n).ok_or_else(|| ConvertError::new_err(format!("unknown format `{n}`")))?,
    };
    let files = vec![(name, bytes)];
    let import = ImportOptions { max_line_bytes: usize::MAX, ..ImportOptions::default() };
    let export =
        ExportOptions { include_suggestions: suggestions, include_rejected: rejected, ..ExportOptions::default() };
    // Core's one conversion, as the CLI's `convert` runs it.
    let result = py.detach(|| formats::convert(from, &files, to, &import, &export));
    let out = result.map_err(|e| ConvertError::new_err(e.to_string()))?.files;
    if out.len() == 1 {
        Ok(PyString::new(py, &out[0].content).into_any())
    } else {
        let d = PyDict::new(py);
        for f in &out {
            d.set_item(&f.name, &f.content)?;
        }
        Ok(d.into_any())
    }
}

/// The format names `convert` takes.
#[pyfunction]
#[pyo3(name = "formats")]
fn format_names() -> Vec<&'static str> {
    Format::ALL.iter().map(|f| f.name()).collect()
}

#[pymodule]
fn _spandrel(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Span>()?;
    m.add_class::<Model>()?;
    m.add_function(wrap_pyfunction!(convert, m)?)?;
    m.add_function(wrap_pyfunction!(format_names, m)?)?;
    m.add("SpandrelError", m.py().get_type::<SpandrelError>())?;
    m.add("ModelError", m.py().get_type::<ModelError>())?;
    m.add("ConvertError", m.py().get_type::<ConvertError>())?;
    Ok(())
}

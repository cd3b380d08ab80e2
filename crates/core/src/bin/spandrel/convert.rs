//! `spandrel convert --from FMT --to FMT [IN] [OUT]`: converts between annotation formats.
//!
//! Invariants:
//! - IN/OUT default to stdin/stdout (`-` too). For brat, IN is a directory or an `.ann` file with its `.txt`
//!   beside it, and OUT a directory; any format writing several files needs an OUT directory.
//! - Problems are listed on stderr, one per line with their place, and the exit code is 1; nothing is
//!   written then (unless `--partial`).

use spandrel_core::formats::{self, ExportOptions, Format, ImportOptions};
use spandrel_core::{LabelSchema, Unit};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: spandrel convert --from FMT --to FMT [IN] [OUT]

formats: spandrel, spacy, spacy-doc, doccano, doccano-rel, prodigy, labelstudio, brat, conll, w3c
  (--from auto guesses from the file name and contents)
documents (--from only): md (Markdown: CommonMark with tables), html (a saved web page: its readable
  content); the text is the rendered text and the headings, paragraphs, list items, quotes, code, table
  cells, emphasis and links are kept as its structure (written by --to spandrel; other formats get the
  plain text and offsets). PDF needs the browser (the app reads it with pdf.js).

options:
  --unit cp|utf16          read offsets in this unit (default: the format's own, or detected)
  --partial                import the valid records and report the rest as warnings
  --split-discontinuous    brat: split discontinuous annotations into one span per part
  --snap-graphemes         widen a span edge inside an emoji or accented letter to the whole character
                           (listed as a warning) instead of refusing the file
  --suggestions            also export suggested spans
  --rejected               also export rejected spans
IN and OUT default to stdin and stdout. brat: IN is a directory or NAME.ann (NAME.txt beside it),
OUT a directory.
";

struct Args {
    from: Option<String>,
    to: Format,
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    import: ImportOptions,
    export: ExportOptions,
}

fn parse(args: &[String]) -> Result<Args, crate::CliError> {
    let mut from = None;
    let mut to = None;
    let mut pos = Vec::new();
    // A native tool reads any line that fits in memory; the 8 MiB line limit is the web app's.
    let mut import = ImportOptions { max_line_bytes: usize::MAX, ..ImportOptions::default() };
    let mut export = ExportOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--from" => from = Some(it.next().ok_or("--from needs a format")?.clone()),
            "--to" => {
                let n = it.next().ok_or("--to needs a format")?;
                to = Some(Format::from_name(n).ok_or_else(|| format!("unknown format `{n}`"))?);
            }
            "--unit" => {
                let u = it.next().ok_or("--unit needs cp or utf16")?;
                import.unit = Some(match u.as_str() {
                    "cp" | "codepoint" | "codepoints" => Unit::CodePoint,
                    "utf16" | "utf-16" => Unit::Utf16,
                    "utf8" | "bytes" => Unit::Utf8,
                    other => return Err(format!("unknown unit `{other}` (cp, utf16)").into()),
                });
            }
            "--partial" => import.allow_partial = true,
            "--split-discontinuous" => import.split_discontinuous = true,
            "--snap-graphemes" => import.snap_to_graphemes = true,
            "--suggestions" => export.include_suggestions = true,
            "--rejected" => export.include_rejected = true,
            "-h" | "--help" => return Err(crate::CliError(String::new())),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`").into()),
            _ => pos.push(PathBuf::from(a)),
        }
    }
    let to = to.ok_or("--to is required")?;
    if pos.len() > 2 {
        return Err("too many arguments".into());
    }
    let mut pos = pos.into_iter().map(|p| if p.as_os_str() == "-" { None } else { Some(p) });
    let input = pos.next().flatten();
    let output = pos.next().flatten();
    import.now_ms =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    Ok(Args { from, to, input, output, import, export })
}

fn read_input(from: Option<Format>, input: &Option<PathBuf>) -> Result<Vec<(String, Vec<u8>)>, crate::CliError> {
    let Some(path) = input else {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| crate::CliError::from(format!("cannot read stdin: {e}")))?;
        return Ok(vec![("stdin".into(), buf)]);
    };
    let read =
        |p: &Path| std::fs::read(p).map_err(|e| crate::CliError::from(format!("cannot read {}: {e}", p.display())));
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if path.is_dir() {
        let mut files = Vec::new();
        let entries = std::fs::read_dir(path)
            .map_err(|e| crate::CliError::from(format!("cannot list {}: {e}", path.display())))?;
        let mut paths: Vec<PathBuf> = Vec::new();
        for e in entries {
            let p = e.map_err(|e| crate::CliError::from(format!("cannot list {}: {e}", path.display())))?.path();
            if p.is_file() {
                paths.push(p);
            }
        }
        paths.sort();
        for p in paths {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let wanted = match from {
                Some(Format::Brat) => ext == "ann" || ext == "txt",
                Some(Format::W3c) => matches!(ext, "jsonld" | "json" | "txt"),
                // Auto: a directory of brat files (`.ann`, `.txt`, `annotation.conf`) is read whole.
                _ => true,
            };
            if wanted {
                files.push((name(&p), read(&p)?));
            }
        }
        if files.is_empty() {
            return Err(format!("{} holds no input files", path.display()).into());
        }
        return Ok(files);
    }
    let mut files = vec![(name(path), read(path)?)];
    let brat = match from {
        Some(f) => f == Format::Brat,
        None => formats::detect_format(&files[0].0, &files[0].1) == Some(Format::Brat),
    };
    if brat && path.extension().is_some_and(|e| e == "ann") {
        let txt = path.with_extension("txt");
        files.push((name(&txt), read(&txt)?));
    }
    Ok(files)
}

fn write_output(files: &[formats::ExportFile], output: &Option<PathBuf>) -> Result<(), crate::CliError> {
    match output {
        None if files.len() == 1 => std::io::stdout()
            .write_all(files[0].content.as_bytes())
            .map_err(|e| crate::CliError::from(format!("cannot write stdout: {e}"))),
        None => Err(format!("this export writes {} files: give an OUT directory", files.len()).into()),
        Some(p) if files.len() == 1 && !p.is_dir() => std::fs::write(p, &files[0].content)
            .map_err(|e| crate::CliError::from(format!("cannot write {}: {e}", p.display()))),
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| crate::CliError::from(format!("cannot create {}: {e}", dir.display())))?;
            for f in files {
                let p = dir.join(&f.name);
                std::fs::write(&p, &f.content)
                    .map_err(|e| crate::CliError::from(format!("cannot write {}: {e}", p.display())))?;
            }
            Ok(())
        }
    }
}

pub fn run(args: &[String]) -> ExitCode {
    let a = match parse(args) {
        Ok(a) => a,
        Err(e) if e.0.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("spandrel convert: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // A PDF's text layer is read by pdf.js, in the browser: the CLI says so rather than reading it differently.
    let pdf_input = a.input.iter().find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")));
    if a.from.as_deref() == Some("pdf") || (matches!(a.from.as_deref(), None | Some("auto")) && pdf_input.is_some()) {
        let name = pdf_input.map(|p| p.display().to_string()).unwrap_or_else(|| "the input".into());
        eprintln!("spandrel convert: {}", spandrel_core::decode::DecodeError::Pdf { name });
        return ExitCode::from(1);
    }
    let from_named = match a.from.as_deref() {
        None | Some("auto" | "md" | "markdown" | "html" | "htm") => None,
        Some(n) => match Format::from_name(n) {
            Some(f) => Some(f),
            None => {
                eprintln!("spandrel convert: unknown format `{n}`");
                return ExitCode::from(2);
            }
        },
    };
    let files = match read_input(from_named, &a.input) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("spandrel convert: {e}");
            return ExitCode::from(1);
        }
    };
    let rich = match a.from.as_deref() {
        Some("md" | "markdown") => Some(RichKind::Markdown),
        Some("html" | "htm") => Some(RichKind::Html),
        None | Some("auto") => {
            let kinds: Vec<Option<RichKind>> = files.iter().map(|(n, _)| RichKind::of_name(n)).collect();
            kinds.first().copied().flatten().filter(|k| kinds.iter().all(|x| *x == Some(*k)))
        }
        _ => None,
    };
    if let Some(kind) = rich {
        return match rich_documents(kind, &files) {
            Ok(docs) => write_documents(&docs, &LabelSchema::default(), &a),
            Err(e) => {
                eprintln!("spandrel convert: {e}");
                ExitCode::from(1)
            }
        };
    }
    let from = match from_named.or_else(|| files.first().and_then(|(n, b)| formats::detect_format(n, b))) {
        Some(f) => f,
        None => {
            eprintln!("spandrel convert: cannot tell the input format; use --from");
            return ExitCode::from(2);
        }
    };
    // Import, the file's labels as the app would add them, export: core's one conversion.
    let out = match formats::convert(from, &files, a.to, &a.import, &a.export) {
        Ok(c) => {
            for w in &c.warnings {
                eprintln!("warning: {w}");
            }
            c.files
        }
        Err(e) => {
            eprintln!("spandrel convert: {e}");
            return ExitCode::from(1);
        }
    };
    write_files(&out, &a.output)
}

fn write_documents(docs: &[spandrel_core::Document], schema: &LabelSchema, a: &Args) -> ExitCode {
    match formats::export(a.to, docs, schema, &a.export) {
        Ok(out) => write_files(&out, &a.output),
        Err(e) => {
            eprintln!("spandrel convert: {e}");
            ExitCode::from(1)
        }
    }
}

fn write_files(out: &[formats::ExportFile], output: &Option<PathBuf>) -> ExitCode {
    match write_output(out, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("spandrel convert: {e}");
            ExitCode::from(1)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RichKind {
    Markdown,
    Html,
}

impl RichKind {
    fn of_name(name: &str) -> Option<RichKind> {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match ext {
            "md" | "markdown" => Some(RichKind::Markdown),
            "html" | "htm" | "xhtml" => Some(RichKind::Html),
            _ => None,
        }
    }
}

/// One document per Markdown or HTML file, with its structure (`spandrel_core::rich`).
fn rich_documents(
    kind: RichKind,
    files: &[(String, Vec<u8>)],
) -> Result<Vec<spandrel_core::Document>, crate::CliError> {
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    files
        .iter()
        .map(|(name, bytes)| {
            let src = std::str::from_utf8(bytes)
                .map_err(|e| crate::CliError::from(format!("{name} is not valid UTF-8 (byte {})", e.valid_up_to())))?;
            let (text, title, structure) = match kind {
                RichKind::Markdown => spandrel_core::rich::markdown::read(name, src),
                RichKind::Html => spandrel_core::rich::html::read(name, src),
            };
            if text.trim().is_empty() {
                return Err(crate::CliError::from(format!("{name} has no readable text")));
            }
            let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
            let mut doc = spandrel_core::Document::new(stem, title, text, now);
            doc.structure = Some(structure);
            Ok(doc)
        })
        .collect()
}

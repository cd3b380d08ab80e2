//! What the files Spandrel writes for download are called: the one rule for export file names.
//!
//! Invariants:
//! - A one-file export is named `<base>.<format name>.<extension>`: `base` is the document's title as a
//!   slug for one document, `workspace` / `workspace-done` for several; an export of several files
//!   (brat's `.txt` + `.ann` pairs) keeps the names the format gave each file.
//! - A name is never empty and, apart from the format's own per-file names, holds only lower-case
//!   letters, digits, `-` and `.` (no path separators, nothing a file system refuses).
//!
//! (The export formats live in [`crate::formats`]; this module only names their output.)

use crate::formats::{ExportFile, Format};

/// Which documents an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportScope {
    /// The open document.
    Current,
    /// Every stored document.
    All,
    /// The documents marked done.
    Done,
}

/// Longest slug kept from a title, in characters.
const SLUG_MAX: usize = 60;

/// A title as a file name part: letters and digits lower-cased, every other run of characters one
/// `-`, no `-` at either end, at most 60 characters; `document` when nothing is left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(SLUG_MAX).collect();
    let cut = cut.trim_matches('-');
    if cut.is_empty() {
        "document".into()
    } else {
        cut.to_owned()
    }
}

/// The name of a one-file export of the documents titled `titles` (in export order) in `format`.
pub fn export_file_name(format: Format, scope: ExportScope, titles: &[&str]) -> String {
    let base = match (scope, titles) {
        (ExportScope::Current, _) | (_, [_]) => slug(titles.first().copied().unwrap_or("")),
        (ExportScope::All, _) => "workspace".to_owned(),
        (ExportScope::Done, _) => "workspace-done".to_owned(),
    };
    format!("{base}.{}.{}", format.name(), format.extension())
}

/// The download name of each file of an export: [`export_file_name`] for a one-file export, the
/// format's own names when it wrote several files.
pub fn download_names(format: Format, scope: ExportScope, titles: &[&str], files: &[ExportFile]) -> Vec<String> {
    match files {
        [_] => vec![export_file_name(format, scope, titles)],
        _ => files.iter().map(|f| f.name.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Muscat talks (2024) — notes"), "muscat-talks-2024-notes");
        assert_eq!(slug("  ¿Qué?  "), "qué");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("!!!"), "document");
        assert_eq!(slug(""), "document");
        assert_eq!(slug("Ünïcödé ÉTÉ"), "ünïcödé-été");
        // Cut to 60 characters, never ending in a dash.
        let long = format!("{} {}", "a".repeat(59), "b".repeat(10));
        assert_eq!(slug(&long), "a".repeat(59));
        assert_eq!(slug(&"x".repeat(80)).chars().count(), 60);
    }

    #[test]
    fn export_names_follow_scope_and_count() {
        let one = ["Field notes (Lisbon)"];
        assert_eq!(export_file_name(Format::Spandrel, ExportScope::Current, &one), "field-notes-lisbon.spandrel.json");
        assert_eq!(export_file_name(Format::Doccano, ExportScope::All, &one), "field-notes-lisbon.doccano.jsonl");
        let two = ["A", "B"];
        assert_eq!(
            export_file_name(Format::Conll, ExportScope::All, &two),
            format!("workspace.conll.{}", Format::Conll.extension())
        );
        assert_eq!(export_file_name(Format::Spandrel, ExportScope::Done, &two), "workspace-done.spandrel.json");
        assert_eq!(export_file_name(Format::Spandrel, ExportScope::Done, &[]), "workspace-done.spandrel.json");
        assert_eq!(export_file_name(Format::Spandrel, ExportScope::Current, &[]), "document.spandrel.json");
        let file = |n: &str| ExportFile { name: n.into(), content: String::new() };
        assert_eq!(
            download_names(Format::Spacy, ExportScope::Current, &one, &[file("out.json")]),
            ["field-notes-lisbon.spacy.json"]
        );
        assert_eq!(
            download_names(Format::Brat, ExportScope::All, &two, &[file("a.txt"), file("a.ann")]),
            ["a.txt", "a.ann"]
        );
    }
}

//! Intake: the one rule that turns files a user brings (dropped on the window, opened from the
//! Documents screen, or chosen in the Import dialog) into documents and labels to add.
//!
//! Owns: which files are annotation files and which are plain text ([`is_annotation_file`]), brat
//! pairing (an `.ann` travels with the `.txt` of the same stem), format detection, text decoding,
//! document titles ([`title_for`]), which labels join the schema ([`Plan::labels_to_add`]) and the
//! all-or-nothing / valid-part choice ([`Plan::documents`]).
//!
//! Invariants:
//! - Every path calls [`plan`]: the same files give the same documents, titles and labels whichever
//!   way they came in. Nothing is stored here; ids are given by the workspace when saving
//!   ([`crate::storage::Workspace::add_new`]).
//! - A file that cannot be read never stops the others from being planned; its problems are listed
//!   with its name.
//! - [`Plan::documents`] with `partial == false` returns nothing unless every file is clean.

use crate::decode::{decode_text_file, FileKind};
use crate::formats::{self, Format, ImportOptions, ImportReport, ImportResult, Problem};
use crate::model::{Document, LabelSchema};
use crate::text::Unit;

/// Extensions read as annotation files (their format detected by [`formats::detect_format`]);
/// every other file is read as text (`.txt`, `.md`, `.html` → its visible text, anything else as text).
pub const ANNOTATION_EXTENSIONS: [&str; 10] =
    ["json", "jsonl", "ndjson", "ann", "conll", "conll03", "iob", "iob2", "bio", "jsonld"];

/// A file as the user brought it: its name and its bytes.
pub type NamedFile = (String, Vec<u8>);

/// Titles are cut to this many characters (then `…`).
pub const TITLE_CHARS: usize = 60;

/// How the files should be read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntakeOptions {
    /// Read every file in this format (the Import dialog's choice); `None` detects each file's.
    pub format: Option<Format>,
    /// Read offsets in this unit; `None`: as the format says (or detected).
    pub unit: Option<Unit>,
    /// Creation time of the new documents.
    pub now_ms: i64,
    /// Rich files (Markdown, HTML) already read into text, title and structure, by file name: the app reads them
    /// off the page's thread first ([`is_rich_file`]); a rich file without a read here is read as text.
    pub rich: Vec<(String, RichRead)>,
}

/// A rich file read: its text, title and structure (`crate::rich::markdown::read` gives one).
pub type RichRead = (String, String, crate::rich::Structure);

/// Whether a file is a rich document to be read by a rich reader before planning (Markdown and HTML:
/// `crate::rich::read_file` reads them; PDF: the browser reads its text layer, `crate::rich::pdf` lays it out).
pub fn is_rich_file(name: &str) -> bool {
    matches!(FileKind::from_name(name), FileKind::Markdown | FileKind::Html | FileKind::Pdf)
}

/// What one file (or brat pair) gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The file name(s), comma-separated.
    pub name: String,
    /// The format it was read in; `None` for a plain text file.
    pub format: Option<Format>,
    pub outcome: Result<ImportResult, ImportReport>,
}

impl Group {
    fn problem(name: &str, format: Option<Format>, message: impl Into<String>) -> Self {
        Group {
            name: name.to_owned(),
            format,
            outcome: Err(ImportReport { problems: vec![Problem::new(name, message)], valid_part: None }),
        }
    }

    /// The format's name as shown to the user (`text` for plain text).
    pub fn format_name(&self) -> &'static str {
        self.format.map(Format::name).unwrap_or("text")
    }
}

/// Everything the files would add, before anything is stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub groups: Vec<Group>,
}

impl Plan {
    /// True when every file was read without a problem and there is something to add.
    pub fn is_clean(&self) -> bool {
        !self.groups.is_empty() && self.groups.iter().all(|g| g.outcome.is_ok()) && self.document_count(false) > 0
    }

    /// The documents to add, titled: with `partial`, the clean files' documents and the valid part
    /// of the others; without it, all documents only if every file is clean (else none).
    pub fn documents(&self, partial: bool) -> Vec<Document> {
        if !partial && self.groups.iter().any(|g| g.outcome.is_err()) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for g in &self.groups {
            let docs = match &g.outcome {
                Ok(r) => &r.documents,
                Err(rep) => match &rep.valid_part {
                    Some(v) => &v.documents,
                    None => continue,
                },
            };
            let n = docs.len();
            for (i, d) in docs.iter().enumerate() {
                let mut d = d.clone();
                d.title = title_for(&d, &g.name, g.format.is_none(), i, n);
                out.push(d);
            }
        }
        out
    }

    fn document_count(&self, partial: bool) -> usize {
        self.groups
            .iter()
            .map(|g| match &g.outcome {
                Ok(r) => r.documents.len(),
                Err(rep) if partial => rep.valid_part.as_ref().map_or(0, |v| v.documents.len()),
                Err(_) => 0,
            })
            .sum()
    }

    /// Whether "import the valid part" would add anything that a clean import would not: some file
    /// has problems and at least one document can still be added.
    pub fn has_valid_part(&self) -> bool {
        self.groups.iter().any(|g| g.outcome.is_err()) && self.document_count(true) > 0
    }

    /// The plan of the clean files only: what adding "the files that can be read" stores. A file that
    /// reads as an annotation format but fails its checks adds nothing (not even its text): the user
    /// is told once ([`Plan::failures`]) and may import it as plain text on purpose ([`plan_as_text`]).
    pub fn clean_part(&self) -> Plan {
        Plan { groups: self.groups.iter().filter(|g| g.outcome.is_ok()).cloned().collect() }
    }

    /// One line per file that cannot be added: its name, and its first problem (with where it is),
    /// followed by how many more there are.
    pub fn failures(&self) -> Vec<Failure> {
        self.groups
            .iter()
            .filter_map(|g| {
                let rep = g.outcome.as_ref().err()?;
                let first =
                    rep.problems.first().map(|p| p.to_string()).unwrap_or_else(|| "it could not be read".into());
                Some(Failure {
                    file: g.name.clone(),
                    format: g.format,
                    first,
                    more: rep.problems.len().saturating_sub(1),
                })
            })
            .collect()
    }

    /// Every problem, each with the file it is in.
    pub fn problems(&self) -> Vec<(String, Problem)> {
        self.groups
            .iter()
            .filter_map(|g| g.outcome.as_ref().err().map(|rep| (g, rep)))
            .flat_map(|(g, rep)| rep.problems.iter().map(move |p| (g.name.clone(), p.clone())))
            .collect()
    }

    /// The results whose labels would be used (clean files; with `partial`, valid parts too).
    fn results(&self, partial: bool) -> impl Iterator<Item = &ImportResult> {
        self.groups.iter().filter_map(move |g| match &g.outcome {
            Ok(r) => Some(r),
            Err(rep) if partial => rep.valid_part.as_deref(),
            Err(_) => None,
        })
    }

    /// `schema` with the labels the files use or define added ([`LabelSchema::add_missing`]), and
    /// the names added (empty: the schema is unchanged).
    pub fn labels_to_add(&self, schema: &LabelSchema, partial: bool) -> (LabelSchema, Vec<String>) {
        let mut out = schema.clone();
        let mut added = Vec::new();
        for r in self.results(partial) {
            added.extend(out.add_missing(&r.new_labels, r.schema.as_ref()));
        }
        (out, added)
    }

    /// The new label names the preview lists (used or defined by the files, absent from `schema`).
    pub fn new_label_names(&self, schema: &LabelSchema, partial: bool) -> Vec<String> {
        self.labels_to_add(schema, partial).1
    }

    /// The format names read, in order, without repeats ("doccano", "brat, text").
    pub fn format_names(&self) -> String {
        let mut names: Vec<&str> = Vec::new();
        for g in &self.groups {
            if !names.contains(&g.format_name()) {
                names.push(g.format_name());
            }
        }
        names.join(", ")
    }
}

/// A file (or brat pair) that adds nothing, as the user is told it once.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The file name(s), comma-separated.
    pub file: String,
    /// The format it was read in; `None` for a text file.
    pub format: Option<Format>,
    /// The first problem, with its location.
    pub first: String,
    /// How many other problems the file has.
    pub more: usize,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.first)?;
        match self.more {
            0 => Ok(()),
            1 => write!(f, " (and 1 more problem)"),
            n => write!(f, " (and {n} more problems)"),
        }
    }
}

fn extension(name: &str) -> String {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default()
}

/// The file name without its last extension (`a.b.txt` → `a.b`). A name is taken whole: callers pass
/// a file's own name (a browser's `File.name` has no folder part; the CLI passes `Path::file_name`), so a
/// `/` in it is part of the name (`<b>x</b>.txt` → `<b>x</b>`), never a folder.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map(|(s, _)| s).filter(|s| !s.is_empty()).unwrap_or(name)
}

/// Whether a file is read as annotations (by its extension) rather than as text.
pub fn is_annotation_file(name: &str) -> bool {
    ANNOTATION_EXTENSIONS.contains(&extension(name).as_str())
}

/// A title from the first non-empty line of a text, at most [`TITLE_CHARS`] characters.
pub fn title_from_text(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    let mut t: String = line.chars().take(TITLE_CHARS).collect();
    if line.chars().count() > TITLE_CHARS {
        t.push('…');
    }
    t
}

/// The title rule: a document's own title; else, for a file holding one document, the file name
/// without its extension (an HTML page: its first line of text); else (a corpus file of many
/// documents) the start of each document's text.
pub fn title_for(doc: &Document, file: &str, plain_text: bool, _index: usize, count: usize) -> String {
    let own = doc.title.trim();
    if !own.is_empty() {
        return own.to_owned();
    }
    let html = plain_text && FileKind::from_name(file) == FileKind::Html;
    if count == 1 && !html && !file.contains(", ") {
        return stem(file).to_owned();
    }
    title_from_text(doc.text.as_str())
}

/// Groups files into sources: a brat `.ann` file with the `.txt` of the same stem (text first),
/// every other file on its own, in the order given (a pair at its `.ann` file's place). Returns
/// (display name, files); the one pairing rule of the product.
pub fn pair_files(files: Vec<NamedFile>) -> Vec<(String, Vec<NamedFile>)> {
    let ann_stems: Vec<String> =
        files.iter().filter(|(n, _)| extension(n) == "ann").map(|(n, _)| stem(n).to_owned()).collect();
    let mut txts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut rest = Vec::new();
    for (n, b) in files {
        if extension(&n) == "txt" && ann_stems.iter().any(|s| s == stem(&n)) {
            txts.push((n, b));
        } else {
            rest.push((n, b));
        }
    }
    rest.into_iter()
        .map(|(n, b)| {
            if extension(&n) == "ann" {
                if let Some(i) = txts.iter().position(|(t, _)| stem(t) == stem(&n)) {
                    let txt = txts.remove(i);
                    return (n.clone(), vec![txt, (n, b)]);
                }
            }
            (n.clone(), vec![(n, b)])
        })
        .collect()
}

/// Plans the intake of `files` read as plain text whatever their extension (the user's explicit
/// "Import as plain text" for a file that failed as annotations): each file is one document whose
/// text is the file's decoded text, titled by the file name.
pub fn plan_as_text(files: &[(String, Vec<u8>)], opts: &IntakeOptions) -> Plan {
    Plan { groups: files.iter().map(|(name, bytes)| text_group(name, bytes, opts)).collect() }
}

/// One file read as plain text: one document of its decoded text, or why it cannot be one.
fn text_group(name: &str, bytes: &[u8], opts: &IntakeOptions) -> Group {
    if let Some((_, (text, title, structure))) = opts.rich.iter().find(|(n, _)| n == name) {
        if text.trim().is_empty() {
            return Group::problem(name, None, "it has no text to annotate");
        }
        let mut doc = Document::new(String::new(), title.as_str(), text.as_str(), opts.now_ms);
        doc.structure = Some(structure.clone());
        let result = ImportResult { documents: vec![doc], ..Default::default() };
        return Group { name: name.to_owned(), format: None, outcome: Ok(result) };
    }
    match decode_text_file(name, bytes) {
        Ok(decoded) if decoded.text.trim().is_empty() => Group::problem(name, None, "it has no text to annotate"),
        Ok(decoded) => {
            let doc = Document::new(String::new(), "", decoded.text, opts.now_ms);
            let result = ImportResult { documents: vec![doc], ..Default::default() };
            Group { name: name.to_owned(), format: None, outcome: Ok(result) }
        }
        Err(e) => Group::problem(name, None, e.to_string()),
    }
}

/// Plans the intake of `files` (name, bytes): what each would add, and every problem.
pub fn plan(files: &[(String, Vec<u8>)], schema: &LabelSchema, opts: &IntakeOptions) -> Plan {
    let mut groups = Vec::new();
    let import_opts = ImportOptions {
        unit: opts.unit,
        now_ms: opts.now_ms,
        id_prefix: format!("doc-{}-", opts.now_ms),
        ..Default::default()
    };
    let read = |fmt: Format, group: &[(String, Vec<u8>)]| {
        let name = group.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
        let outcome = match formats::import(fmt, group, schema, &import_opts) {
            Ok(r) if r.documents.is_empty() => {
                Err(ImportReport { problems: vec![Problem::new(&name, "it contains no documents")], valid_part: None })
            }
            other => other,
        };
        Group { name, format: Some(fmt), outcome }
    };
    if files.is_empty() {
        return Plan { groups };
    }
    if let Some(fmt) = opts.format {
        // One format chosen for all: the files are read together (brat pairs, W3C with its text).
        groups.push(read(fmt, files));
        return Plan { groups };
    }
    for (_, mut group) in pair_files(files.to_vec()) {
        if group.len() > 1 || extension(&group[0].0) == "ann" {
            groups.push(read(Format::Brat, &group));
            continue;
        }
        let (name, bytes) = group.remove(0);
        if is_annotation_file(&name) {
            match formats::detect_format(&name, &bytes) {
                Some(fmt) => groups.push(read(fmt, &[(name, bytes)])),
                None => groups.push(Group::problem(
                    &name,
                    None,
                    "it is not in an annotation format Spandrel knows (Spandrel, spaCy, doccano, Label Studio, \
                     brat, CoNLL, W3C); open it with Import to choose the format",
                )),
            }
            continue;
        }
        groups.push(text_group(&name, &bytes, opts));
    }
    Plan { groups }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, content: &str) -> (String, Vec<u8>) {
        (name.to_owned(), content.as_bytes().to_vec())
    }

    fn opts() -> IntakeOptions {
        IntakeOptions { now_ms: 1000, ..Default::default() }
    }

    #[test]
    fn every_annotation_extension_is_a_format_detect_knows() {
        for ext in ANNOTATION_EXTENSIONS {
            let name = format!("x.{ext}");
            assert!(is_annotation_file(&name));
            if !["json", "jsonl", "ndjson"].contains(&ext) {
                assert!(formats::detect_format(&name, b"").is_some(), "{ext}");
            }
        }
        assert!(!is_annotation_file("notes.txt") && !is_annotation_file("page.html") && !is_annotation_file("README"));
    }

    #[test]
    fn a_conll03_file_is_read_as_conll() {
        let p = plan(
            &[file("eng.conll03", "EU B-ORG\nrejects O\nGerman B-MISC\ncall O\n\n")],
            &LabelSchema::default(),
            &opts(),
        );
        assert_eq!(p.groups[0].format, Some(Format::Conll));
        let docs = p.documents(false);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].annotations.len(), 2, "{:?}", p.problems());
    }

    #[test]
    fn titles_follow_one_rule() {
        let files = [
            file("notes.txt", "Field notes from Lima.\nMore."),
            file("page.html", "<html><body><h1>Harbour report</h1><p>Text</p></body></html>"),
            file("batch.jsonl", "{\"text\": \"Ali met Bob in Paris.\", \"label\": [[0, 3, \"PERSON\"]]}\n{\"text\": \"Zoë flew.\", \"label\": []}"),
            file("drugs.jsonl", "{\"text\": \"Aspirin helps Ann.\", \"label\": [[0, 7, \"DRUG\"]]}"),
        ];
        let titles: Vec<String> =
            plan(&files, &LabelSchema::default(), &opts()).documents(false).into_iter().map(|d| d.title).collect();
        assert_eq!(titles, ["notes", "Harbour report", "Ali met Bob in Paris.", "Zoë flew.", "drugs"]);
        let long = "x".repeat(80);
        assert_eq!(title_from_text(&long).chars().count(), TITLE_CHARS + 1);
    }

    #[test]
    fn brat_pairs_travel_together() {
        let files = [file("a.txt", "Ali met Bob."), file("a.ann", "T1\tPERSON 0 3\tAli\n"), file("b.txt", "Plain.")];
        let p = plan(&files, &LabelSchema::default(), &opts());
        assert_eq!(p.groups.len(), 2);
        assert_eq!(p.groups[0].format, Some(Format::Brat));
        let docs = p.documents(false);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].annotations.len(), 1);
        assert_eq!(docs[1].title, "b");
    }

    #[test]
    fn one_bad_file_does_not_hide_the_others() {
        let files = [file("good.txt", "Some text."), file("bad.json", "{\"format\": \"spandrel\", \"documents\": [ {")];
        let p = plan(&files, &LabelSchema::default(), &opts());
        assert!(!p.is_clean());
        assert!(p.documents(false).is_empty(), "all or nothing");
        assert_eq!(p.documents(true).len(), 1);
        assert!(p.has_valid_part());
        assert!(p.problems().iter().all(|(f, _)| f == "bad.json"));
        let only_bad = plan(&files[1..], &LabelSchema::default(), &opts());
        assert!(!only_bad.has_valid_part(), "no valid part is offered when nothing is valid");
    }

    #[test]
    fn labels_used_or_defined_by_a_file_join_the_schema() {
        let spandrel = r##"{"format":"spandrel","version":1,"schema":{"labels":[{"name":"CUSTOM","color":"#123456","hotkey":"u"}]},"documents":[{"id":"d","title":"T","text":"Ali met HERO.","spans":[{"start":8,"end":12,"label":"HERO","text":"HERO"}]}]}"##;
        let p = plan(&[file("w.spandrel.json", spandrel)], &LabelSchema::default(), &opts());
        assert!(p.is_clean(), "{:?}", p.problems());
        let (schema, added) = p.labels_to_add(&LabelSchema::default(), false);
        assert!(added.contains(&"CUSTOM".to_owned()) && added.contains(&"HERO".to_owned()), "{added:?}");
        let custom = schema.label("CUSTOM").unwrap();
        assert_eq!((custom.color.as_str(), custom.hotkey), ("#123456", Some('u')));
        // A colour that is not a hex colour never reaches the schema (add_missing replaces it).
        let bad = LabelSchema {
            labels: vec![crate::model::Label {
                name: "BAD".into(),
                color: "red;x".into(),
                hotkey: None,
                description: String::new(),
            }],
            ..LabelSchema::default()
        };
        let mut s2 = schema.clone();
        assert_eq!(s2.add_missing(&[], Some(&bad)), ["BAD"]);
        assert!(is_hex_color(&s2.label("BAD").unwrap().color));
        // The same labels whichever way the files come in: nothing to add the second time.
        assert!(p.labels_to_add(&schema, false).1.is_empty());
    }

    use crate::model::is_hex_color;

    #[test]
    fn names_are_taken_whole_even_with_a_slash() {
        let files = [
            file("<script>window.__xss=1</script>.txt", "One."),
            file("<svg onload=\"alert(1)\"></svg>.txt", "Two."),
            file("a/b.txt", "Three."),
        ];
        let titles: Vec<String> =
            plan(&files, &LabelSchema::default(), &opts()).documents(false).into_iter().map(|d| d.title).collect();
        assert_eq!(titles, ["<script>window.__xss=1</script>", "<svg onload=\"alert(1)\"></svg>", "a/b"]);
    }

    #[test]
    fn a_file_that_fails_as_annotations_adds_nothing_and_is_reported_once() {
        let spacy_float = r#"[["Ali met Bob.", {"entities": [[0.5, 3, "PERSON"], [8, 11, "PERSON"]]}]]"#;
        let doccano_cut = "{\"text\": \"Ali met Bob.\", \"label\": [[0, 3, \"PERSON\"]]}\n{\"text\": \"Zoë";
        let files = [file("spacy-float.json", spacy_float), file("cut.jsonl", doccano_cut), file("ok.txt", "Fine.")];
        let p = plan(&files, &LabelSchema::default(), &opts());
        let failures = p.failures();
        assert_eq!(failures.iter().map(|f| f.file.as_str()).collect::<Vec<_>>(), ["spacy-float.json", "cut.jsonl"]);
        assert!(failures[0].to_string().contains("0.5"), "{}", failures[0]);
        // Only the clean file is added: no valid part, no raw JSON as text.
        let clean = p.clean_part();
        let docs = clean.documents(false);
        assert_eq!(docs.iter().map(|d| d.title.as_str()).collect::<Vec<_>>(), ["ok"]);
        assert!(clean.labels_to_add(&LabelSchema::default(), false).1.is_empty());
        // Chosen explicitly, the raw file becomes a plain-text document.
        let text = plan_as_text(&files[..1], &opts()).documents(false);
        assert_eq!((text[0].title.as_str(), text[0].text.as_str()), ("spacy-float", spacy_float));
    }
}

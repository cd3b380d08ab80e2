//! Import, export and share: the read-only view of a shared link, saving a copy, labels from files.

use crate::errors::Localize;
use crate::platform::{self, dom};
use crate::state::{AppState, Level, SaveState, Screen};
use leptos::prelude::*;
use spandrel_core::{Document, LabelSchema};

impl AppState {
    /// Writes `docs` in `format` (token formats cut unspaced scripts at the browser's word boundaries)
    /// and downloads the files under core's names for `scope`; returns how many files.
    pub fn export_and_download(
        &self,
        docs: &[Document],
        format: spandrel_core::formats::Format,
        scope: spandrel_core::file_names::ExportScope,
        mut opts: spandrel_core::formats::ExportOptions,
    ) -> Result<usize, String> {
        for d in docs {
            let (words, failure) = crate::actions::library::segment_words(&d.text);
            if let Some(e) = failure {
                return Err(crate::tr!("act-transfer-words-failed", title = d.title.as_str(), error = e.to_string()));
            }
            opts.word_breaks.insert(d.id.clone(), words);
        }
        let files = spandrel_core::formats::export(format, docs, &self.lib.schema.get_untracked(), &opts)
            .map_err(|e| e.message())?;
        // Core's one naming rule: "<title-slug>.<format>.<ext>" for one file; brat's pairs keep theirs.
        let titles: Vec<&str> = docs.iter().map(|d| d.title.as_str()).collect();
        let names = spandrel_core::file_names::download_names(format, scope, &titles, &files);
        for (f, name) in files.iter().zip(&names) {
            let mime = if f.name.ends_with(".txt") { "text/plain" } else { format.mime() };
            dom::download(name, mime, &f.content).map_err(|e| e.to_string())?;
        }
        Ok(files.len())
    }

    /// Shows `doc` without a workspace: nothing is saved, edits are refused.
    pub fn show_read_only(&self, doc: Document, schema: LabelSchema) {
        self.set_schema(schema);
        self.show(Some(doc), crate::actions::open::How::ReadOnly);
        self.save.save_state.set(SaveState::Saved);
        self.ui.screen.set(Screen::Annotate);
    }

    /// Leaves the read-only view: boots the workspace and adds the shared document under a new id.
    pub fn save_shared_copy(&self) {
        let Some(mut doc) = self.with_doc_untracked(|d| d.clone()) else { return };
        let shared_schema = self.lib.schema.get_untracked();
        self.doc.read_only.set(false);
        self.boot();
        let now = platform::now_ms();
        doc.id = self.unused_id(&format!("shared-{now}"));
        doc.created = now;
        doc.modified = now;
        let used: Vec<String> = doc.annotations.values().map(|a| a.label.clone()).collect();
        let shared = LabelSchema {
            labels: shared_schema.labels.into_iter().filter(|l| used.contains(&l.name)).collect(),
            ..LabelSchema::default()
        };
        self.add_labels(&[], Some(&shared));
        let title = doc.title.clone();
        self.add_and_open(doc);
        dom::clear_location_hash();
        self.notify(Level::Info, crate::tr!("act-transfer-copy-saved", title = title));
    }

    /// `base`, or `base-2`, `base-3`… whichever no stored document uses.
    pub fn unused_id(&self, base: &str) -> String {
        let taken = |id: &str| self.lib.workspace.with_value(|w| w.as_ref().is_some_and(|w| w.entry(id).is_some()));
        let mut id = base.to_owned();
        let mut n = 2;
        while taken(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// Adds the labels the schema lacks (core's `LabelSchema::add_missing`) and saves the settings.
    /// Returns the names added.
    pub fn add_labels(&self, names: &[String], from_file: Option<&LabelSchema>) -> Vec<String> {
        let mut added = Vec::new();
        self.update_schema(|s| added = s.add_missing(names, from_file));
        if !added.is_empty() {
            self.save_settings();
        }
        added
    }
}

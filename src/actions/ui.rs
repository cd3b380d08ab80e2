//! Screens, dialogs and pickers: the small view-wide choices a user makes (which screen, the `?` dialog,
//! where the label picker floats, the armed label, the suggestion threshold). Invariant: the only
//! writers of `Ui::screen`, `Ui::show_help`, `Ui::layout`, `Selection::picker_at`, `Selection::armed` and
//! `Suggest::threshold`.

use crate::errors::Localize;
use crate::state::{Anchor, AppState, Screen};
use leptos::prelude::*;

impl AppState {
    /// Shows a screen; leaving the Annotate screen writes pending edits first.
    pub fn go_to(&self, screen: Screen) {
        if screen != Screen::Annotate {
            self.flush_save();
        }
        self.ui.screen.set(screen);
    }

    /// Opens or closes the keyboard shortcuts dialog.
    pub fn show_guidelines(&self, open: bool) {
        self.ui.show_guidelines.set(open);
    }

    /// Sets the project's guidelines and the labels' guidance (core's `set_guidance`), saves the
    /// schema and, for a lead, publishes it to the project.
    pub fn save_guidance(&self, project: String, labels: Vec<(String, String)>) -> Result<(), String> {
        let mut schema = self.lib.schema.get_untracked();
        schema.set_guidance(None, &project).map_err(|e| e.message())?;
        for (name, text) in &labels {
            schema.set_guidance(Some(name), text).map_err(|e| e.message())?;
        }
        if schema != self.lib.schema.get_untracked() {
            self.update_schema(|s| *s = schema);
            self.save_settings();
            self.notify(crate::state::Level::Info, crate::i18n::t("guidelines-saved"));
        }
        Ok(())
    }

    /// Makes `tag` the interface language: saved in the settings (so every tab and the next visit use
    /// it), then the page reloads in it (see `i18n`: one language per run). The same language: nothing.
    pub fn set_language(&self, tag: &str) {
        let Some(tag) = spandrel_core::locale::exact(tag) else { return };
        if tag == crate::i18n::active() && self.ui.language.get_value().as_deref() == Some(tag) {
            return;
        }
        self.ui.language.set_value(Some(tag.to_string()));
        self.save_settings();
        self.flush_save();
        if let Err(e) = crate::platform::locale::reload() {
            self.error(e.to_string());
        }
    }

    pub fn show_help(&self, open: bool) {
        self.ui.show_help.set(open);
        if open {
            // The layout may have changed since the page opened.
            self.read_keyboard_layout();
        }
    }

    /// Reads the active keyboard layout (for the key caps beside the key table's keys). A browser
    /// that refuses leaves the caps out; the keys themselves work on every layout, so it is logged,
    /// not put before the user.
    pub fn read_keyboard_layout(&self) {
        let layout = self.ui.layout;
        leptos::task::spawn_local(async move {
            match crate::platform::keys::layout().await {
                Ok(l) => {
                    if layout.with_untracked(|old| *old != l) {
                        layout.set(l);
                    }
                }
                Err(e) => leptos::logging::warn!("the keyboard layout could not be read: {e}"),
            }
        });
    }

    /// Shows the label picker at a place on the page, or hides it.
    pub fn set_picker(&self, at: Option<Anchor>) {
        self.sel.picker_at.set(at);
    }

    /// Arms a label (clicking a word then labels it), or disarms.
    pub fn arm(&self, label: Option<String>) {
        self.sel.armed.set(label);
    }

    /// Sets the score at or above which suggestions are shown (kept in the settings by `save_settings`).
    pub fn set_threshold(&self, t: f32) {
        self.suggest.threshold.set(t);
    }
}

//! The Agreement screen's actions: annotators loaded and removed (all on one text), and on the workspace the
//! labels a version brings and the ids of adjudicated copies.

use crate::state::{Agreement, Annotator, AppState, Decisions};
use leptos::prelude::*;
use spandrel_core::agreement::Choice;
use spandrel_core::{Span, Text};
use std::collections::BTreeMap;
use std::sync::Arc;

type SpanSet = Vec<(Span, String)>;

impl AppState {
    /// Adds labels the schema lacks (so that they can be filtered and coloured) and saves the settings.
    pub fn ensure_labels<'a>(&self, labels: impl IntoIterator<Item = &'a str>) {
        let mut names: Vec<String> = labels.into_iter().map(str::to_owned).collect();
        spandrel_core::sort::sort(&mut names);
        names.dedup();
        self.add_labels(&names, None);
    }

    /// A document id that is not in the workspace yet.
    pub fn fresh_doc_id(&self, base: &str) -> String {
        let taken = |id: &str| self.lib.docs.with_untracked(|d| d.iter().any(|e| e.id == id));
        if !taken(base) {
            return base.to_owned();
        }
        (2..).map(|n| format!("{base}-{n}")).find(|c| !taken(c)).unwrap_or_default()
    }
}

impl Agreement {
    /// Whether files are being read.
    pub fn set_loading(&self, on: bool) {
        self.loading.set(on);
    }

    /// Chooses the pair of annotators whose disagreements are listed.
    pub fn choose_pair(&self, a: u64, b: u64) {
        self.pair.set(Some((a, b)));
    }

    /// Decides disagreement `i` of the pair `pair` (decisions of another pair are forgotten).
    pub fn decide(&self, pair: Option<(u64, u64)>, i: usize, c: Choice) {
        self.decisions.update(|d| {
            if d.pair != pair {
                *d = Decisions { pair, chosen: BTreeMap::new() };
            }
            d.chosen.insert(i, c);
        });
    }

    /// Decides all `n` disagreements of the pair `pair` the same way.
    pub fn decide_all(&self, pair: Option<(u64, u64)>, n: usize, c: Choice) {
        self.decisions.set(Decisions { pair, chosen: (0..n).map(|i| (i, c)).collect() });
    }

    /// Adds an annotator if its text is the one already loaded; otherwise says which file differs.
    pub fn add(&self, name: String, text: Text, spans: SpanSet) -> Result<(), String> {
        let current = self.text.get_untracked();
        let have_any = self.annotators.with_untracked(|a| !a.is_empty());
        match current {
            Some(t) if have_any && t.as_str() != text.as_str() => {
                let first = self.annotators.with_untracked(|a| a[0].name.clone());
                let at = first_difference(t.as_str(), text.as_str());
                return Err(crate::tr!(
                    "act-agreement-different-text",
                    name = name.as_str(),
                    first = first.as_str(),
                    at = at,
                    theirs = text.len_cp(),
                    ours = t.len_cp()
                ));
            }
            Some(_) if have_any => {}
            _ => self.text.set(Some(Arc::new(text))),
        }
        let key = self.next_key.get_untracked();
        self.next_key.set(key + 1);
        let taken: Vec<String> = self.annotators.with_untracked(|a| a.iter().map(|x| x.name.clone()).collect());
        let name = unique_name(&name, &taken);
        self.annotators.update(|a| a.push(Annotator { key, name, spans: Arc::new(spans) }));
        Ok(())
    }

    pub fn remove(&self, key: u64) {
        self.annotators.update(|a| a.retain(|x| x.key != key));
        if self.annotators.with_untracked(Vec::is_empty) {
            self.text.set(None);
        }
    }
}

/// Code point index where two strings start to differ.
pub fn first_difference(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// `name`, or `name (2)`, `name (3)`… if taken.
pub fn unique_name(name: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == name) {
        return name.to_owned();
    }
    (2..).map(|n| format!("{name} ({n})")).find(|c| !taken.iter().any(|t| t == c)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_differences() {
        assert_eq!(unique_name("a", &["a".into(), "a (2)".into()]), "a (3)");
        assert_eq!(first_difference("Amélie met", "Amélie sat"), 7);
    }
}

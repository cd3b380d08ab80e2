//! File picking for the agreement screen: the files of a file input's change event, read as bytes.

use wasm_bindgen::JsCast;

/// A picked file: its name and its bytes (or why they could not be read).
pub type Picked = (String, Result<Vec<u8>, String>);

/// Files chosen in a file input, not read yet.
pub struct PickedFiles(Vec<web_sys::File>);

/// Takes the files chosen in a file input's `change` event, in the order given, and clears the input so
/// that the same files can be chosen again.
pub fn take_picked(ev: &web_sys::Event) -> PickedFiles {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return PickedFiles(Vec::new());
    };
    let mut files = Vec::new();
    if let Some(list) = input.files() {
        for i in 0..list.length() {
            if let Some(f) = list.item(i) {
                files.push(f);
            }
        }
    }
    input.set_value("");
    PickedFiles(files)
}

impl PickedFiles {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads every file's bytes.
    pub async fn read(self) -> Vec<Picked> {
        let mut out = Vec::with_capacity(self.0.len());
        for f in self.0 {
            out.push((f.name(), super::dom::read_file(&f).await));
        }
        out
    }
}

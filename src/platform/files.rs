//! Files the user picks (a file input) or drops (a drop zone, the window), read as bytes.
//!
//! Invariant: the one file picker of the app; components only hold an opaque [`PickedFiles`] and
//! get back `(name, bytes)` pairs, each read failure named with its file.

use super::PlatformError;
use wasm_bindgen::JsCast;

/// Files chosen or dropped, not read yet, in the order given.
pub struct PickedFiles(Vec<web_sys::File>);

/// One picked file: its name and its bytes, or why they could not be read.
pub type Picked = (String, Result<Vec<u8>, PlatformError>);

fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else { return Vec::new() };
    (0..files.length()).filter_map(|i| files.item(i)).collect()
}

/// The files chosen in an `<input type=file>` whose `change` event this is; the input is cleared so
/// that the same files can be chosen again.
pub fn from_input(ev: &web_sys::Event) -> PickedFiles {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return PickedFiles(Vec::new());
    };
    let files = list(input.files());
    input.set_value("");
    PickedFiles(files)
}

/// The files a `drop` event carries.
pub fn from_drop(ev: &web_sys::DragEvent) -> PickedFiles {
    PickedFiles(list(ev.data_transfer().and_then(|d| d.files())))
}

impl PickedFiles {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads every file's bytes, in order.
    pub async fn read(self) -> Vec<Picked> {
        let mut out = Vec::with_capacity(self.0.len());
        for f in self.0 {
            out.push((f.name(), super::dom::read_file(&f).await));
        }
        out
    }
}

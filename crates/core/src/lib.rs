//! Spandrel's core: every rule of the product, with no web dependency.
//!
//! Crate invariants:
//! - Pure Rust: no leptos, web-sys, wasm-bindgen or JS glue; builds for native and wasm32 alike.
//! - Offsets are code points everywhere; only [`text`] converts to UTF-16 or UTF-8.
//! - Nothing here panics on user data: bad input comes back as a typed error.

pub mod active;
pub mod agreement;
pub mod assign;
pub mod bidi;
pub mod corpus;
pub mod decode;
pub mod display;
pub mod edit;
pub mod extract;
pub mod file_names;
pub mod formats;
pub mod index;
pub mod intake;
pub mod keymap;
pub mod locale;
pub mod model;
pub mod review;
pub mod rich;
pub mod search;
pub mod share;
pub mod snap;
pub mod sort;
pub mod stats;
pub mod storage;
pub mod sync;
pub mod team;
pub mod text;
pub mod words;

pub use model::{Annotation, Document, Id, Label, LabelSchema, Origin, Relation, Span, SpanState};
pub use text::{OffsetError, Text, Unit};

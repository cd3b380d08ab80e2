//! Entity extraction: tokeniser, pattern recognisers and a trained sequence tagger.
//!
//! Invariants:
//! - Library code never touches the file system: model weights come in as bytes.
//! - Every suggestion is a non-empty code point span with a score in [0, 1].

pub mod tokenize;

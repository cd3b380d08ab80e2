//! Thin view components. Each reads AppState signals and calls AppState methods.

pub mod agreement;
pub mod attributes;
pub mod corpus;
pub mod doc_labels;
pub mod docview;
pub mod first_paint;
pub mod handles;
pub mod header;
pub mod learn;
pub mod overlays;
pub mod pageview;
pub mod panel;
pub mod relations;
pub mod review;
pub mod search;
pub mod sync;
pub mod team;
pub mod transfer;
pub mod workspace;

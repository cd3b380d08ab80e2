//! The app's actions run natively, against the in-memory twins of the web APIs
//! (`spandrel_app::platform::native`: localStorage, clock, timers, tasks, extraction worker, page).
//! Each test is a fresh browser tab: `support::app()` resets the twins and creates the stores under a
//! reactive owner.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod corpus;
mod editing;
mod first_paint;
mod messages;
mod opening;
mod review;
mod saving;
mod shared;
mod suggestions;
mod workspace;

//! The extraction worker's wasm module (see `spandrel_app::platform::extract_worker`).
fn main() {
    spandrel_app::platform::extract_worker::start();
}

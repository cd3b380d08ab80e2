//! The extraction worker's wasm module (see `spandrel_app::worker`).
fn main() {
    spandrel_app::worker::start();
}

//! The rich files' reader's wasm module (see `spandrel_app::platform::read_worker`).
fn main() {
    spandrel_app::platform::read_worker::start();
}

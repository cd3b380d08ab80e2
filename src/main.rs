//! Entry point of the app's wasm module: mounts the app on `<body>`.

fn main() {
    spandrel_app::start();
}

fn main() {
    spandrel_app::start();
}

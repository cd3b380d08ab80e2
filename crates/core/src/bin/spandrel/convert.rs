//! `spandrel convert` (under construction).
use std::process::ExitCode;

pub fn run(_args: &[String]) -> ExitCode {
    eprintln!("spandrel convert: not built yet");
    ExitCode::from(2)
}

//! `spandrel extract`, `eval`, `train` (under construction).
use std::process::ExitCode;

pub fn run_extract(_args: &[String]) -> ExitCode {
    eprintln!("spandrel extract: not built yet");
    ExitCode::from(2)
}
pub fn run_eval(_args: &[String]) -> ExitCode {
    eprintln!("spandrel eval: not built yet");
    ExitCode::from(2)
}
pub fn run_train(_args: &[String]) -> ExitCode {
    eprintln!("spandrel train: not built yet");
    ExitCode::from(2)
}

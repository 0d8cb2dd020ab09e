//! Runs the real `liftpace` binary for the `cli_*` tests: no colour, a config directory the
//! test owns, the repository as the working directory (so `programs/x.toml` paths work).

use std::path::Path;
use std::process::Command;

/// What one run of the binary did.
pub struct Run {
    /// The exit status (-1 if killed by a signal).
    pub code: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

/// Runs `liftpace ARGS` with `config` as its config directory and a data directory inside it.
pub fn liftpace(config: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LIFTPACE_CONFIG_DIR", config)
        .env("LIFTPACE_DATA_DIR", config.join("data"))
        .output()
        .expect("the liftpace binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

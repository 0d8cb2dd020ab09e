//! Issue 11's hardening that needs no terminal, through the real binary and the journal:
//! a results file replaced or deleted mid-workout is followed (fix 1), files that never end
//! are refused (fix 2), `new` under a file-size limit leaves no half file (fix 4), escape
//! sequences from files never reach the terminal (fix 5) and a programme that is not UTF-8 is
//! refused with its place (fix 7). Every run of the binary is bounded: a hang is a failure.

use std::fs;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use liftpace::core::session::EndStatus;
use liftpace::storage::disk::{Disk, RealDisk};
use liftpace::storage::{
    DataDir, HISTORY_FILE, Journal, Record, SessionEndRecord, StorageError, read,
};

/// What one run of the binary did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs liftpace with `args`, config and data under `dir`, stdin closed, `setup` applied in
/// the child before it starts; killed and failed if it has not finished within 20 s.
fn run_with(dir: &Path, args: &[&str], setup: fn() -> std::io::Result<()>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_liftpace"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LIFTPACE_CONFIG_DIR", dir.join("config"))
        .env("LIFTPACE_DATA_DIR", dir.join("data"))
        .env("LIFTPACE_DEVICE", "test")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: `setup` only makes async-signal-safe calls (setrlimit).
    unsafe { command.pre_exec(setup) };
    let mut child = command.spawn().expect("liftpace runs");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("liftpace {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    child.stdout.unwrap().read_to_string(&mut stdout).unwrap();
    child.stderr.unwrap().read_to_string(&mut stderr).unwrap();
    Run { code: status.code(), stdout, stderr }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, || Ok(()))
}

fn mkfifo(path: &Path) {
    let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid C string naming a path in the test's own folder.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
}

fn end_record(session: &str) -> Record {
    Record::SessionEnd(SessionEndRecord {
        session: session.into(),
        ended: "t".into(),
        status: EndStatus::Quit,
    })
}

/// The data folder `dir`, written by a machine called "test".
fn data(dir: &Path) -> DataDir {
    DataDir::new(dir, "test")
}

/// This machine's journal in `dir`.
fn history_path(dir: &Path) -> std::path::PathBuf {
    data(dir).journal_path()
}

fn sessions_on_disk(data: &Path) -> Vec<String> {
    let (records, _) = read(&history_path(data)).unwrap();
    records
        .into_iter()
        .map(|r| match r {
            Record::SessionEnd(end) => end.session,
            other => panic!("{other:?}"),
        })
        .collect()
}

// Fix 1: the results file replaced or deleted during a workout.

#[test]
fn a_results_file_replaced_by_an_editor_gets_the_next_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(&data(dir.path())).unwrap();
    journal.append(&end_record("before")).unwrap();
    // An editor's save: the edited text to a new file, renamed over the old one.
    let edited = dir.path().join("history.jsonl.swp");
    fs::write(&edited, fs::read(history_path(dir.path())).unwrap()).unwrap();
    fs::rename(&edited, history_path(dir.path())).unwrap();
    journal.append(&end_record("after")).unwrap();
    assert_eq!(sessions_on_disk(dir.path()), ["before", "after"]);
}

#[test]
fn a_deleted_results_file_is_made_again_for_the_next_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(&data(dir.path())).unwrap();
    journal.append(&end_record("gone")).unwrap();
    fs::remove_file(history_path(dir.path())).unwrap();
    journal.append(&end_record("kept")).unwrap();
    assert_eq!(sessions_on_disk(dir.path()), ["kept"]);
}

/// The real disk, but the first write is followed by a sync tool putting another file at the
/// path: the race between the identity check and the write.
#[derive(Debug)]
struct ReplacedWhileWriting {
    path: std::path::PathBuf,
    done: bool,
}

impl Disk for ReplacedWhileWriting {
    fn write(&mut self, file: &mut fs::File, bytes: &[u8]) -> std::io::Result<()> {
        RealDisk.write(file, bytes)?;
        if !std::mem::replace(&mut self.done, true) {
            let other = self.path.with_extension("sync-tmp");
            fs::write(&other, "")?;
            fs::rename(&other, &self.path)?;
        }
        Ok(())
    }

    fn sync(&mut self, file: &fs::File) -> std::io::Result<()> {
        RealDisk.sync(file)
    }
}

#[test]
fn a_line_that_landed_in_a_replaced_file_is_never_called_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = history_path(dir.path());
    let disk = ReplacedWhileWriting { path: path.clone(), done: false };
    let mut journal = Journal::open(&data(dir.path())).unwrap().with_disk(Box::new(disk));
    let err = journal.append(&end_record("raced")).unwrap_err();
    assert!(matches!(err, StorageError::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("replaced or deleted while saving"), "{err}");
    journal.append(&end_record("raced")).unwrap();
    assert_eq!(sessions_on_disk(dir.path()), ["raced"], "the retry reached the path");
}

// Fix 2: files that never end, or never open.

#[test]
fn check_refuses_a_device_a_fifo_and_a_huge_file_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let huge = dir.path().join("huge.toml");
    fs::write(&huge, vec![b'#'; 10 * 1024 * 1024 + 1]).unwrap();
    let cases = [
        ("/dev/zero".to_string(), "it is a character device, not a regular file"),
        (fifo.display().to_string(), "it is a named pipe (FIFO), not a regular file"),
        (huge.display().to_string(), "it is larger than 10 MB"),
    ];
    for (file, why) in cases {
        let out = run(dir.path(), &["check", &file]);
        assert_eq!(out.code, Some(1), "{file}: {}", out.stderr);
        assert!(out.stderr.contains(&format!("cannot read {file}: {why}")), "{}", out.stderr);
        let out = run(dir.path(), &["run", &file]);
        assert_eq!(out.code, Some(1), "{file}: {}", out.stderr);
        assert!(out.stderr.contains(why), "{}", out.stderr);
    }
}

#[test]
fn a_journal_that_is_a_fifo_or_a_device_is_refused_before_the_workout() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    // The journals of before, and of other machines, are read: a FIFO there must not hang.
    mkfifo(&data.join(HISTORY_FILE));
    let out = run(dir.path(), &["run"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("named pipe (FIFO), not a regular file"), "{}", out.stderr);
    assert!(out.stderr.contains(HISTORY_FILE), "{}", out.stderr);

    // This machine's own journal is written: /dev/full there must not take the sets.
    fs::remove_file(data.join(HISTORY_FILE)).unwrap();
    fs::remove_file(history_path(&data)).unwrap(); // made by the run above
    std::os::unix::fs::symlink("/dev/full", history_path(&data)).unwrap();
    let out = run(dir.path(), &["run"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("character device, not a regular file"), "{}", out.stderr);
    assert!(out.stderr.contains("history.test.jsonl"), "{}", out.stderr);
}

// Fix 4: `new` past a file-size limit.

fn limit_files_to_100_bytes() -> std::io::Result<()> {
    let limit = libc::rlimit { rlim_cur: 100, rlim_max: 100 };
    // SAFETY: setrlimit with a valid pointer; async-signal-safe.
    match unsafe { libc::setrlimit(libc::RLIMIT_FSIZE, &limit) } {
        0 => Ok(()),
        _ => Err(std::io::Error::last_os_error()),
    }
}

#[test]
fn new_past_a_file_size_limit_says_so_and_leaves_no_half_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mine");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("plan.toml");
    let out = run_with(dir.path(), &["new", file.to_str().unwrap()], limit_files_to_100_bytes);
    assert_eq!(out.code, Some(1), "not killed by SIGXFSZ: {}", out.stderr);
    assert!(out.stderr.contains("File too large"), "{}", out.stderr);
    let left: Vec<_> = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "no half file, no temporary file: {left:?}");

    let out = run(dir.path(), &["new", file.to_str().unwrap()]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let written = fs::read_to_string(&file).unwrap();
    assert!(written.len() > 1000 && written.ends_with('\n'), "whole: {written}");
    let left: Vec<_> = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["plan.toml"], "the temporary file is gone");
}

// Fix 5: escape sequences from files are shown as visible stand-ins.

#[test]
fn exercises_toml_cannot_send_escape_sequences_to_the_terminal() {
    let entry = |extra: &str| {
        format!(
            "[[exercise]]\nname = \"Hip thrust\"\nmuscles = [\"hips\"]\nequipment = \"barbell\"\n{extra}\n"
        )
    };
    let cases = [
        entry("").replace("[\"hips\"]", "[\"\\u001b[2Jhips\"]"),
        entry("").replace("\"barbell\"", "\"\\u001b]0;pwned\\u0007\""),
        entry("start = \"\\u001b[31mconcentric\""),
        entry("\"\\u001b[31mcolour\" = 1"),
    ];
    for text in cases {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("config")).unwrap();
        fs::write(dir.path().join("config/exercises.toml"), &text).unwrap();
        let out = run(dir.path(), &["check", "programs/full-body.toml"]);
        assert_eq!(out.code, Some(1), "{text}\n{}", out.stderr);
        assert!(out.stderr.contains("exercises.toml:"), "{}", out.stderr);
        assert!(!out.stderr.contains('\u{1b}'), "raw escape from {text}:\n{:?}", out.stderr);
        assert!(out.stderr.contains("?[") || out.stderr.contains("?]"), "{:?}", out.stderr);
    }
}

#[test]
fn history_warnings_cannot_send_escape_sequences_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    let set = |field: &str| {
        format!(
            "{{\"v\":1,\"type\":\"set\",\"session\":\"s\",\"exercise\":\"Squat\",\"set\":1,{field},\"reps\":5,\"load\":null,\"unit\":\"kg\",\"target\":\"5\",\"tempo\":\"3-1-1-0\",\"started\":\"t\",\"ended\":\"t\"}}\n"
        )
    };
    let lines = [
        "{\"v\":1,\"type\":\"session_end\",\"session\":\"s\",\"ended\":\"t\",\"status\":\"\\u001b[2J\"}\n".to_string(),
        set("\"kind\":\"\\u001b[31mwork\""),
        set("\"side\":\"\\u001b]0;pwned\\u0007\""),
    ];
    fs::write(data.join(HISTORY_FILE), lines.concat()).unwrap();
    let out = run(dir.path(), &["run"]);
    assert_eq!(out.code, Some(1), "no terminal here: {}", out.stderr);
    let skipped: Vec<&str> = out.stderr.lines().filter(|l| l.contains("line skipped")).collect();
    assert_eq!(skipped.len(), 3, "{:?}", out.stderr);
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
    assert!(out.stderr.contains("\"?[2J\""), "{:?}", out.stderr);
}

#[test]
fn programme_file_names_cannot_send_escape_sequences_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let programs = dir.path().join("config/programs");
    fs::create_dir_all(&programs).unwrap();
    let valid = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/programs/home.toml"));
    fs::write(programs.join("\u{1b}[31mred.toml"), valid.unwrap()).unwrap();
    fs::write(programs.join("\u{1b}[2Jbroken.toml"), "name = 1").unwrap();
    fs::write(programs.join("\u{1b}]0;x\u{7}bad.toml"), b"name = \"\xff\"").unwrap();
    let out = run(dir.path(), &["programs"]);
    assert_eq!(out.code, Some(1), "an unreadable programme fails the list: {}", out.stderr);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all:?}");
    assert!(out.stdout.contains("?[31mred"), "{}", out.stdout);
    assert!(out.stdout.contains("?[2Jbroken"), "{}", out.stdout);
    assert!(out.stderr.contains("?]0;x?bad.toml:1:9: not UTF-8 text"), "{}", out.stderr);
    // The home screen takes its titles (a broken programme's is its file name) from here.
    for found in liftpace::catalog::all(&dir.path().join("config")) {
        let shown = match found {
            Ok(source) => format!("{} {}", source.name, source.origin),
            Err(e) => e.to_string(),
        };
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
    }
}

// Fix 7: a programme that is not UTF-8.

#[test]
fn a_programme_that_is_not_utf8_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    fs::write(&file, b"name = \"x\"\n[[day]]\nname = \"A\xff\"\n").unwrap();
    let file = file.to_str().unwrap();
    for command in ["check", "run"] {
        let out = run(dir.path(), &[command, file]);
        assert_eq!(out.code, Some(1), "{}", out.stderr);
        assert!(out.stderr.contains(&format!("{file}:3:10: not UTF-8 text")), "{}", out.stderr);
        assert!(out.stderr.contains("0xFF"), "{}", out.stderr);
        assert!(!out.stdout.contains("ok"), "{}", out.stdout);
    }
}

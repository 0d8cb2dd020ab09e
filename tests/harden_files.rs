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
use liftpace::storage::{Journal, Record, SessionEndRecord, StorageError, history_path, read};

fn end_record(session: &str) -> Record {
    Record::SessionEnd(SessionEndRecord {
        session: session.into(),
        ended: "t".into(),
        status: EndStatus::Quit,
    })
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
    let mut journal = Journal::open(dir.path()).unwrap();
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
    let mut journal = Journal::open(dir.path()).unwrap();
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
    let mut journal = Journal::open(dir.path()).unwrap().with_disk(Box::new(disk));
    let err = journal.append(&end_record("raced")).unwrap_err();
    assert!(matches!(err, StorageError::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("replaced or deleted while saving"), "{err}");
    journal.append(&end_record("raced")).unwrap();
    assert_eq!(sessions_on_disk(dir.path()), ["raced"], "the retry reached the path");
}

// Fix 2: files that never end, or never open.

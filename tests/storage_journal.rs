//! The results file on a real disk: appends are durable lines that never harm what is already
//! there, damage is read past with line-numbered warnings, and failures are reported, not
//! hidden.

use std::fs;
use std::path::Path;
use std::time::Duration;

use jiff::ZonedDateTime;
use liftpace::core::programme::{Reps, Target};
use liftpace::core::session::{EndStatus, LoggedSet, SetKind};
use liftpace::storage::{DataDir, Journal, Record, Recorder, SessionEndRecord, StorageError, read};

/// This test machine's journal file name.
const JOURNAL: &str = "history.test.jsonl";

/// The data folder `dir`, written by a machine called "test".
fn data(dir: &Path) -> DataDir {
    DataDir::new(dir, "test")
}

fn history_path(dir: &Path) -> std::path::PathBuf {
    data(dir).journal_path()
}

/// The record `end_line(session)` holds.
fn end_record(session: &str) -> Record {
    Record::SessionEnd(SessionEndRecord {
        session: session.into(),
        ended: "t".into(),
        status: EndStatus::Quit,
    })
}

/// A well-formed line, written by hand as if by an earlier run.
fn end_line(session: &str) -> String {
    format!(
        "{{\"v\":1,\"type\":\"session_end\",\"session\":\"{session}\",\"ended\":\"t\",\"status\":\"quit\"}}\n"
    )
}

fn read_ok(path: &Path) -> (Vec<Record>, Vec<usize>) {
    let (records, warnings) = read(path).unwrap();
    (records, warnings.iter().map(|w| w.line).collect())
}

#[test]
fn open_creates_missing_parents_and_an_empty_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a/b/liftpace");
    let journal = Journal::open(&data(&dir)).unwrap();
    assert_eq!(journal.path(), dir.join(JOURNAL));
    assert_eq!(fs::read(journal.path()).unwrap(), b"");
}

#[test]
fn a_missing_file_reads_as_empty_history() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(read_ok(&tmp.path().join("nothing.jsonl")), (vec![], vec![]));
}

#[test]
fn appends_keep_existing_content_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let path = history_path(tmp.path());
    let before = end_line("old");
    fs::write(&path, &before).unwrap();
    let mut journal = Journal::open(&data(tmp.path())).unwrap();
    journal.append(&end_record("new")).unwrap();
    drop(journal);
    let mut journal = Journal::open(&data(tmp.path())).unwrap();
    journal.append(&end_record("newer")).unwrap();

    let after = fs::read_to_string(&path).unwrap();
    assert!(after.starts_with(&before), "{after}");
    assert_eq!(after.lines().count(), 3);
    let (records, warnings) = read_ok(&path);
    assert_eq!(records.len(), 3);
    assert!(warnings.is_empty());
}

#[test]
fn a_torn_tail_gets_a_newline_so_the_next_record_is_not_glued_to_it() {
    let tmp = tempfile::tempdir().unwrap();
    let path = history_path(tmp.path());
    let good = end_line("a");
    let torn = "{\"v\":1,\"type\":\"session_end\",\"sess";
    fs::write(&path, format!("{good}{torn}")).unwrap();

    Journal::open(&data(tmp.path())).unwrap().append(&end_record("b")).unwrap();

    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(&format!("{good}{torn}\n{{")), "{text}");
    let (records, warnings) = read_ok(&path);
    assert_eq!(records, [end_record("a"), end_record("b")]);
    assert_eq!(warnings, [2]);
}

#[test]
fn a_complete_last_line_without_newline_stays_a_record_after_an_append() {
    let tmp = tempfile::tempdir().unwrap();
    let path = history_path(tmp.path());
    fs::write(&path, end_line("a").trim_end()).unwrap();
    Journal::open(&data(tmp.path())).unwrap().append(&end_record("b")).unwrap();
    assert_eq!(read_ok(&path), (vec![end_record("a"), end_record("b")], vec![]));
}

#[test]
fn damaged_lines_are_skipped_by_line_number_and_the_rest_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(JOURNAL);
    let mut bytes = Vec::new();
    bytes.extend(end_line("1").bytes());
    bytes.extend(b"{\"v\":1,\"type\":\"session_end\",\"session\":\"x\",,}\n"); // bad hand edit
    bytes.extend(end_line("3").bytes());
    bytes.extend(
        b"{\"v\":1,\"type\":\"session_end\",\"session\":42,\"ended\":\"t\",\"status\":\"quit\"}\n",
    );
    bytes.extend(b"\xff\xfe not text\n");
    bytes.extend(end_line("6").bytes());
    bytes.extend(b"{\"v\":1,\"type\":\"set\",\"sess"); // cut off by a crash
    fs::write(&path, bytes).unwrap();

    assert_eq!(read_ok(&path), (["1", "3", "6"].map(end_record).to_vec(), vec![2, 4, 5, 7]));
    let shown = read(&path).unwrap().1[3].to_string();
    assert!(shown.starts_with(&format!("{}:7: line skipped:", path.display())), "{shown}");
}

#[test]
fn a_data_dir_that_cannot_exist_is_reported_at_open() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("file");
    fs::write(&file, "not a folder").unwrap();
    let err = Journal::open(&data(&file.join("sub"))).unwrap_err();
    assert!(matches!(err, StorageError::CreateDir { .. }), "{err:?}");
    assert!(err.to_string().contains(&*file.join("sub").to_string_lossy()), "{err}");
}

#[test]
fn a_results_file_that_cannot_be_written_is_reported_at_open() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir(history_path(tmp.path())).unwrap();
    let err = Journal::open(&data(tmp.path())).unwrap_err();
    assert!(matches!(err, StorageError::Open { .. }), "{err:?}");
    assert!(err.to_string().contains(JOURNAL), "{err}");
}

#[test]
fn a_device_in_place_of_the_results_file_is_refused_at_open() {
    let tmp = tempfile::tempdir().unwrap();
    // /dev/full would take no write and, read, never end. (Failed writes to a real file are
    // tested through an injected disk in storage_faults.rs.)
    std::os::unix::fs::symlink("/dev/full", history_path(tmp.path())).unwrap();
    let err = Journal::open(&data(tmp.path())).unwrap_err();
    assert!(matches!(err, StorageError::Open { .. }), "{err:?}");
    assert!(err.to_string().contains(JOURNAL), "{err}");
    assert!(err.to_string().contains("character device, not a regular file"), "{err}");
}

#[test]
fn a_recorder_writes_a_whole_session_stamped_from_its_anchor() {
    let tmp = tempfile::tempdir().unwrap();
    let anchor: ZonedDateTime = "2026-11-27T06:30:00+01:00[+01:00]".parse().unwrap();
    let journal = Journal::open(&data(tmp.path())).unwrap();
    let mut rec = Recorder::begin(
        journal,
        anchor.clone(),
        "Full body",
        "built-in:full-body",
        "A",
        Duration::from_secs(2),
    )
    .unwrap();
    let id = rec.session_id().to_owned();
    assert!(id.starts_with("20261127T063002-") && id.len() == 22, "{id}");
    rec.save_set(
        &LoggedSet {
            exercise: "Goblet squat".into(),
            number: 1,
            kind: SetKind::Work,
            side: None,
            reps: Some(12),
            hold_s: None,
            load: Some(16.0),
            unit: "kg",
            target: Target::Reps(Reps::Range(8, 12)),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: Duration::from_secs(10),
            ended: Duration::from_secs(70),
        },
        &anchor,
    )
    .unwrap();
    rec.end(EndStatus::Completed, &anchor, Duration::from_secs(600)).unwrap();
    rec.end(EndStatus::Quit, &anchor, Duration::from_secs(601)).unwrap();

    let (records, warnings) = read(&history_path(tmp.path())).unwrap();
    assert!(warnings.is_empty());
    let [Record::Session(s), Record::Set(set), Record::SessionEnd(end)] = &records[..] else {
        panic!("{records:?}")
    };
    assert_eq!((s.id.as_str(), s.day.as_str()), (id.as_str(), "A"));
    assert_eq!(s.started, "2026-11-27T06:30:02+01:00");
    assert_eq!(
        (set.session.as_str(), set.ended.as_str()),
        (id.as_str(), "2026-11-27T06:31:10+01:00")
    );
    assert_eq!(
        (end.ended.as_str(), end.status),
        ("2026-11-27T06:40:00+01:00", EndStatus::Completed)
    );
}

#[test]
fn sessions_begun_in_the_same_second_get_different_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let anchor: ZonedDateTime = "2026-11-27T06:30:00+00:00[UTC]".parse().unwrap();
    // One at a time: a recorder holds the journal's lock until it ends or is dropped.
    let id = || {
        let journal = Journal::open(&data(tmp.path())).unwrap();
        let rec = Recorder::begin(journal, anchor.clone(), "P", "p.toml", "A", Duration::ZERO);
        rec.unwrap().session_id().to_owned()
    };
    assert_ne!(id(), id());
}

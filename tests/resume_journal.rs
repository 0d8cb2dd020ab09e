//! Resuming on a real disk: a session quit, taken up again and finished is one session in the
//! journal (a `resume` record between its sets, a `quit` end and then a `completed` one), every
//! reader keeps both ends and counts it completed, and the runtime's journal lets a second
//! workout begin after the first ended (home, then another day).

use std::time::Duration;

use jiff::ZonedDateTime;
use liftpace::core::app::JournalEntry;
use liftpace::core::programme::{Reps, Target};
use liftpace::core::resume::Swapped;
use liftpace::core::session::messages::SetName;
use liftpace::core::session::{EndStatus, LoggedSet, SetKind};
use liftpace::runtime::Records;
use liftpace::runtime::journal::JournalRecords;
use liftpace::storage::{
    DataDir, Journal, Record, Recorder, for_each_record, last_session, load_digest, read,
};

fn anchor() -> ZonedDateTime {
    "2026-11-28T07:00:00+00:00[UTC]".parse().unwrap()
}

fn set(number: u32, at: u64) -> LoggedSet {
    LoggedSet {
        exercise: "Squat".into(),
        number,
        kind: SetKind::Work,
        side: None,
        reps: Some(5),
        hold_s: None,
        load: Some(100.0),
        unit: "kg",
        target: Target::Reps(Reps::Exact(5)),
        tempo: "3-1-1-0".into(),
        rpe: None,
        started: Duration::from_secs(at),
        ended: Duration::from_secs(at + 30),
    }
}

#[test]
fn a_session_quit_resumed_and_finished_is_one_completed_session() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    let journal = Journal::open(&data).unwrap();
    let mut first = Recorder::begin(journal, anchor(), "P", "p.toml", "A", Duration::ZERO).unwrap();
    first.save_set(&set(1, 60), &anchor()).unwrap();
    first.end(EndStatus::Quit, &anchor(), Duration::from_secs(120)).unwrap();
    let id = first.session_id().to_string();
    let journal = first.into_journal();
    let (digest, _) = load_digest(&data).unwrap();
    let quit = last_session(&digest.into_records(), "P").unwrap();
    assert_eq!((quit.completed, quit.active), (false, Duration::from_secs(120)));

    let later = anchor().checked_add(jiff::Span::new().hours(2)).unwrap();
    let mut again = Recorder::resume(journal, &later, &id, Duration::ZERO).unwrap();
    again.save_set(&set(2, 60), &later).unwrap();
    again.end(EndStatus::Completed, &later, Duration::from_secs(120)).unwrap();

    let (written, warnings) = read(&dir.path().join("history.test.jsonl")).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let kinds: Vec<&str> = written
        .iter()
        .map(|r| match r {
            Record::Session(_) => "session",
            Record::Set(s) if s.session == id => "set",
            Record::SessionEnd(e) if e.session == id => e.status.as_str(),
            Record::Resume(r) if r.session == id && r.at == "2026-11-28T09:00:00+00:00" => "resume",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["session", "set", "quit", "resume", "set", "completed"]);

    // The merged reader keeps both ends; the start-up digest counts the session completed.
    let mut ends = Vec::new();
    for_each_record(&data, |r| {
        if let Record::SessionEnd(e) = r {
            ends.push(e.status.as_str());
        }
    })
    .unwrap();
    assert_eq!(ends, ["quit", "completed"]);
    let (digest, _) = load_digest(&data).unwrap();
    let last = last_session(&digest.into_records(), "P").unwrap();
    assert_eq!((last.session.as_str(), last.completed, last.sets.len()), (id.as_str(), true, 2));
}

/// Session "P" day A begun in `data`, its first set saved.
fn begun_with_one_set(data: &DataDir) -> Recorder {
    let journal = Journal::open(data).unwrap();
    let mut recorder =
        Recorder::begin(journal, anchor(), "P", "p.toml", "A", Duration::ZERO).unwrap();
    recorder.save_set(&set(1, 60), &anchor()).unwrap();
    recorder
}

#[test]
fn a_killed_session_has_no_end_and_its_sets_are_there_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    let mut killed = begun_with_one_set(&data);
    killed.save_set(&set(2, 200), &anchor()).unwrap();
    drop(killed); // the process died: no end was written
    let (digest, _) = load_digest(&data).unwrap();
    let last = last_session(&digest.into_records(), "P").unwrap();
    assert!(!last.completed);
    assert_eq!(last.sets.iter().map(|s| s.number).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(last.active, Duration::from_secs(230));
}

#[test]
fn the_start_up_digest_keeps_a_killed_sessions_skips_and_swaps_for_its_resume() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    let mut killed = begun_with_one_set(&data);
    let third = SetName { exercise: "Squat".into(), kind: SetKind::Work, number: 3, side: None };
    killed.skip(&third, &anchor(), Duration::from_secs(100)).unwrap();
    killed
        .swap("Row", "Chest-supported dumbbell row", &anchor(), Duration::from_secs(110))
        .unwrap();
    drop(killed); // the process died: no end was written
    // Read twice: once from the journals, once from the cache the first read saved.
    for _ in 0..2 {
        let (digest, _) = load_digest(&data).unwrap();
        let last = last_session(&digest.into_records(), "P").unwrap();
        assert_eq!(last.skipped, std::slice::from_ref(&third));
        let swap = Swapped { planned: "Row".into(), done: "Chest-supported dumbbell row".into() };
        assert_eq!(last.swaps, [swap]);
    }
}

#[test]
fn a_second_workout_begins_once_the_first_has_ended() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    let mut records = JournalRecords::new(Journal::open(&data).unwrap(), Box::new(anchor));
    let began = |day: &str| JournalEntry::SessionBegan {
        programme: "P".into(),
        file: "p.toml".into(),
        day: day.into(),
    };
    records.append(&began("A"), Duration::ZERO).unwrap();
    let refused = records.append(&began("B"), Duration::from_secs(1));
    assert!(refused.unwrap_err().contains("already started"), "one session at a time");
    records.append(&JournalEntry::Set(set(1, 5)), Duration::from_secs(40)).unwrap();
    let done = JournalEntry::SessionEnded(EndStatus::Completed);
    records.append(&done, Duration::from_secs(50)).unwrap();
    records.append(&began("B"), Duration::from_secs(60)).unwrap();
    records.append(&JournalEntry::Set(set(1, 70)), Duration::from_secs(100)).unwrap();
    let (written, _) = read(&dir.path().join("history.test.jsonl")).unwrap();
    let days: Vec<&str> = written
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => Some(s.day.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(days, ["A", "B"]);
}

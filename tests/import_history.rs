//! Imported records in the history: a second import of the same file adds nothing, an import
//! cut short finishes on the next run, and imported sets feed last time and progression like
//! the lifter's own, warm-ups excluded.

mod import_support;

use import_support::{fixture, read};
use liftpace::core::words::Units;
use liftpace::import::{App, Summary, fresh};
use liftpace::storage::{self, Journal, Record};

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let import = read(App::Strong, &fixture("strong_classic.csv"), Some(Units::Kg)).unwrap();
    let first = fresh(&import, &[]);
    assert_eq!(Summary::of(&first).sets, 9);
    let data = storage::DataDir::new(dir.path(), "test");
    let mut journal = Journal::open(&data).unwrap();
    journal.append_all(&first).unwrap();
    let (on_disk, warnings) = storage::read(journal.path()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(on_disk, first, "records read back as written");
    let again = read(App::Strong, &fixture("strong_classic.csv"), Some(Units::Kg)).unwrap();
    assert!(fresh(&again, &on_disk).is_empty());
}

#[test]
fn an_import_cut_short_is_finished_by_the_next_one() {
    let import = read(App::Hevy, &fixture("hevy_kg.csv"), None).unwrap();
    let all = fresh(&import, &[]);
    // The session line and its first two sets made it to disk before the crash.
    let written = &all[..3];
    let rest = fresh(&import, written);
    assert_eq!(rest, all[3..].to_vec());
    assert!(matches!(rest[0], Record::Set(_)), "the session is not written twice");
}

#[test]
fn identical_rows_in_one_workout_are_two_sets() {
    let text = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n\
                2024-01-15 18:30:00,A,Deadlift,1,100,5\n\
                2024-01-15 18:30:00,A,Deadlift,1,100,5\n";
    let import = read(App::Strong, text.as_bytes(), Some(Units::Kg)).unwrap();
    let records = fresh(&import, &[]);
    assert_eq!(Summary::of(&records).sets, 2);
    assert!(fresh(&import, &records).is_empty());
}

#[test]
fn imported_sets_feed_last_time_and_progression_without_warm_ups() {
    let import = read(App::Strong, &fixture("strong_classic.csv"), Some(Units::Kg)).unwrap();
    let records = fresh(&import, &[]);
    let past = storage::past(&records, Units::Kg);
    let bench = &past.last["Bench press"];
    assert_eq!(bench.date, "2024-09-14");
    let loads: Vec<_> = bench.sets.iter().map(|s| (s.reps, s.load)).collect();
    assert_eq!(loads, [(Some(5), Some(80.0)), (Some(5), Some(80.0)), (Some(8), Some(60.0))]);
    let squat = &past.work["Back squat"];
    assert_eq!(squat.sessions.len(), 1);
    assert_eq!(squat.sessions[0].sets.len(), 2);
    // Pounds are not mixed into a kilogram programme's history.
    let lb = read(App::Hevy, &fixture("hevy_lbs.csv"), None).unwrap();
    let past = storage::past(&fresh(&lb, &[]), Units::Kg);
    assert!(past.work.is_empty());
}

#[test]
fn older_history_imported_after_newer_sessions_does_not_become_last_time() {
    let own = r#"{"v":1,"type":"session","id":"s1","programme":"P","programme_file":"p.toml","day":"A","started":"2026-11-20T06:30:05+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Bench press","set":1,"kind":"work","reps":5,"load":90.0,"unit":"kg","target":"5","tempo":"2-1-1-0","started":"2026-11-20T06:31:00+01:00","ended":"2026-11-20T06:31:30+01:00"}"#;
    let mut records: Vec<Record> = own
        .lines()
        .map(|l| match liftpace::storage::records::decode(l.as_bytes()) {
            liftpace::storage::records::Decoded::Record(r) => r,
            other => panic!("{other:?}"),
        })
        .collect();
    let import = read(App::Strong, &fixture("strong_classic.csv"), Some(Units::Kg)).unwrap();
    records.extend(fresh(&import, &records));
    let past = storage::past(&records, Units::Kg);
    let bench = &past.last["Bench press"];
    assert_eq!(bench.date, "2026-11-20");
    assert_eq!(bench.sets.len(), 1);
    let sessions = &past.work["Bench press"].sessions;
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions.last().unwrap().sets[0].load, Some(90.0), "the newest comes last");
}

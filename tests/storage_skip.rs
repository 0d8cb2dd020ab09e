//! The `skip` and `swap` records from today's list, as the readers take them: a skipped set is
//! never a failure (the load holds, no deload is counted), a session completed with skips
//! moves the day rotation on, and neither record raises a warning or reaches a reader that
//! does not want it.

use std::time::Duration;

use jiff::ZonedDateTime;
use liftpace::core::programme::{Day, Exercise, Load, Programme, Reps, Target, Units};
use liftpace::core::progression::Rule;
use liftpace::core::session::messages::SetName;
use liftpace::core::session::{EndStatus, LoggedSet, Past, Session, SetKind, Settings};
use liftpace::storage::{
    DataDir, Journal, Record, Recorder, for_each_record, load_digest, next_day, past,
};

fn anchor() -> ZonedDateTime {
    "2026-11-27T06:30:00+01:00[+01:00]".parse().unwrap()
}

fn squat_set(set: u32, reps: u32, minutes: u64) -> LoggedSet {
    LoggedSet {
        exercise: "Back squat".into(),
        number: set,
        kind: SetKind::Work,
        side: None,
        reps: Some(reps),
        hold_s: None,
        load: Some(100.0),
        unit: "kg",
        target: Target::Reps(Reps::Exact(5)),
        tempo: "2-0-1-0".into(),
        rpe: None,
        started: Duration::from_secs(60 * minutes),
        ended: Duration::from_secs(60 * minutes + 30),
    }
}

/// Three sets of five squats at 100 kg, linear progression, deload after one missed session.
fn programme() -> Programme {
    let squat = Exercise {
        name: "Back squat".into(),
        sets: 3,
        target: Target::Reps(Reps::Exact(5)),
        load: Load::Weight(100.0),
        progression: Rule::Linear { increment: 5.0, deload_after: 1, deload: 0.1 },
        ..Exercise::default()
    };
    let mut programme = Programme::new(
        "Strength",
        vec![
            Day { name: "A".into(), exercises: vec![squat.clone()] },
            Day { name: "B".into(), exercises: vec![squat] },
        ],
    );
    programme.units = Units::Kg;
    programme
}

fn prescribed(past: &Past) -> (Load, Option<String>) {
    let s = Session::new(programme(), 0, past, Settings::default(), Duration::ZERO);
    (s.plan[0].load, s.prescribed[0].reason.clone())
}

#[test]
fn skipped_sets_are_no_failures_and_a_completed_day_with_skips_moves_the_rotation_on() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "gym");
    let journal = Journal::open(&data).unwrap();
    let mut rec =
        Recorder::begin(journal, anchor(), "Strength", "s.toml", "A", Duration::ZERO).unwrap();
    rec.save_set(&squat_set(1, 5, 1), &anchor()).unwrap();
    rec.save_set(&squat_set(2, 5, 2), &anchor()).unwrap();
    let third =
        SetName { exercise: "Back squat".into(), kind: SetKind::Work, number: 3, side: None };
    rec.skip(&third, &anchor(), Duration::from_secs(200)).unwrap();
    rec.swap("Bench press", "Dumbbell bench press", &anchor(), Duration::from_secs(210)).unwrap();
    rec.end(EndStatus::Completed, &anchor(), Duration::from_secs(600)).unwrap();

    let text = std::fs::read_to_string(data.journal_path()).unwrap();
    let id = rec.session_id();
    assert!(text.contains(&format!(
        r#"{{"v":1,"type":"skip","session":"{id}","exercise":"Back squat","kind":"work","set":3,"at":"2026-11-27T06:33:20+01:00"}}"#
    )), "{text}");
    assert!(text.contains(&format!(
        r#"{{"v":1,"type":"swap","session":"{id}","exercise":"Dumbbell bench press","instead_of":"Bench press","at":"2026-11-27T06:33:30+01:00"}}"#
    )), "{text}");

    let (digest, warnings) = load_digest(&data).unwrap();
    assert!(warnings.is_empty(), "skip and swap are known records: {warnings:?}");
    let records = digest.into_records();
    // Two of three sets, both hit, the third skipped: the load holds (not raised as if all
    // were done, not cut as if one were missed, with deload_after = 1).
    let (load, reason) = prescribed(&past(&records, Units::Kg));
    assert_eq!(load, Load::Weight(100.0));
    assert!(reason.as_deref().unwrap().contains("stopped early"), "{reason:?}");
    // Completed, with skips: the next day is B.
    assert_eq!(next_day(&records, "Strength", &[("A", 3), ("B", 3)]), 1);
    // The full pass hands them on for whoever wants them; the sets are just the two done.
    let (mut sets, mut skips, mut swaps) = (0, 0, 0);
    let warnings = for_each_record(&data, |r| match r {
        Record::Set(_) => sets += 1,
        Record::Skip(_) => skips += 1,
        Record::Swap(_) => swaps += 1,
        _ => {}
    })
    .unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!((sets, skips, swaps), (2, 1, 1));
}

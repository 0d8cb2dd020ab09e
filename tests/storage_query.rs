//! Which day comes next and what was done last time, asked of hand-built histories.

use liftpace::core::programme::Units;
use liftpace::core::session::{EndStatus, SetKind, Side};
use liftpace::storage::{
    Record, SessionEndRecord, SessionRecord, SetRecord, last_time, next_day, past,
};

const DAYS: [&str; 2] = ["A", "B"];

fn session(id: &str, programme: &str, day: &str, started: &str) -> Record {
    Record::Session(SessionRecord {
        id: id.into(),
        programme: programme.into(),
        programme_file: "p.toml".into(),
        day: day.into(),
        started: started.into(),
        source: None,
    })
}

fn set(session: &str, exercise: &str, n: u32, reps: u32, load: f64) -> Record {
    Record::Set(SetRecord {
        session: session.into(),
        exercise: exercise.into(),
        set: n,
        kind: SetKind::Work,
        side: None,
        reps: Some(reps),
        hold_s: None,
        load: Some(load),
        unit: "kg".into(),
        target: "8-12".into(),
        tempo: "3-1-1-0".into(),
        rpe: None,
        started: "2026-01-01T00:00:00+00:00".into(),
        ended: "2026-01-01T00:01:00+00:00".into(),
        origin: None,
    })
}

fn end(session: &str, status: EndStatus) -> Record {
    Record::SessionEnd(SessionEndRecord { session: session.into(), ended: "t".into(), status })
}

/// A session of `programme` on `day` with one squat set.
fn done(id: &str, programme: &str, day: &str) -> Vec<Record> {
    vec![
        session(id, programme, day, "2026-11-20T06:00:00+01:00"),
        set(id, "Squat", 1, 10, 60.0),
        end(id, EndStatus::Completed),
    ]
}

#[test]
fn the_first_day_when_nothing_was_done() {
    assert_eq!(next_day(&[], "P", &DAYS), 0);
}

#[test]
fn days_rotate_a_b_a() {
    let mut history = done("1", "P", "A");
    assert_eq!(next_day(&history, "P", &DAYS), 1);
    history.extend(done("2", "P", "B"));
    assert_eq!(next_day(&history, "P", &DAYS), 0);
    history.extend(done("3", "P", "A"));
    assert_eq!(next_day(&history, "P", &DAYS), 1);
}

#[test]
fn a_session_quit_before_any_set_does_not_advance() {
    let mut history = done("1", "P", "A");
    history.push(session("2", "P", "B", "2026-11-22T06:00:00+01:00"));
    history.push(end("2", EndStatus::Quit));
    assert_eq!(next_day(&history, "P", &DAYS), 1);
}

#[test]
fn a_session_quit_early_does_not_advance_but_half_done_does() {
    // Day B plans four work sets.
    let days = [("A", 4), ("B", 4)];
    let mut history = done("1", "P", "A");
    history.extend([
        session("2", "P", "B", "t"),
        set("2", "Row", 1, 8, 40.0),
        end("2", EndStatus::Quit),
    ]);
    assert_eq!(next_day(&history, "P", &days), 1, "one of four: B again");
    history.extend([
        session("3", "P", "B", "t"),
        set("3", "Row", 1, 8, 40.0),
        set("3", "Row", 2, 8, 40.0),
        end("3", EndStatus::Quit),
    ]);
    assert_eq!(next_day(&history, "P", &days), 0, "two of four is half: A next");
}

#[test]
fn other_programmes_are_ignored() {
    let mut history = done("1", "P", "A");
    history.extend(done("2", "Other", "A"));
    history.extend(done("3", "Other", "B"));
    assert_eq!(next_day(&history, "P", &DAYS), 1);
}

#[test]
fn a_day_no_longer_in_the_programme_starts_from_the_first() {
    let history = done("1", "P", "Legs");
    assert_eq!(next_day(&history, "P", &["A", "B", "C"]), 0);
}

#[test]
fn last_time_is_the_latest_session_per_exercise_across_programmes() {
    let history = vec![
        session("1", "P", "A", "2026-11-20T06:00:00+01:00"),
        set("1", "Squat", 1, 10, 60.0),
        set("1", "Row", 1, 8, 40.0),
        set("1", "Row", 2, 7, 40.0),
        session("2", "Other", "A", "2026-11-23T18:30:00-05:00"),
        set("2", "Squat", 1, 12, 62.5),
        set("2", "Squat", 2, 11, 62.5),
    ];
    let last = last_time(&history, None);
    assert_eq!(last.len(), 2);
    let squat = &last["Squat"];
    assert_eq!(squat.date, "2026-11-23");
    assert_eq!(squat.sets.iter().map(|s| s.reps).collect::<Vec<_>>(), [Some(12), Some(11)]);
    assert_eq!(squat.sets[0].load, Some(62.5));
    let row = &last["Row"];
    assert_eq!(row.date, "2026-11-20");
    assert_eq!(row.sets.len(), 2);

    let only_p = last_time(&history, Some("P"));
    assert_eq!(only_p["Squat"].date, "2026-11-20");
    assert_eq!(only_p["Squat"].sets.len(), 1);
}

#[test]
fn last_time_keeps_sides_holds_and_dates_a_session_whose_line_was_lost() {
    let mut left = set("9", "Split squat", 1, 8, 0.0);
    if let Record::Set(s) = &mut left {
        s.side = Some(Side::Left);
        s.load = None;
        s.started = "2026-11-25T07:00:00+00:00".into();
    }
    let mut plank = set("9", "Plank", 1, 0, 0.0);
    if let Record::Set(s) = &mut plank {
        (s.reps, s.hold_s, s.load) = (None, Some(45), None);
    }
    let last = last_time(&[left, plank], None);
    let split = &last["Split squat"];
    assert_eq!(split.date, "2026-11-25");
    assert_eq!((split.sets[0].side, split.sets[0].load), (Some(Side::Left), None));
    assert_eq!((last["Plank"].sets[0].reps, last["Plank"].sets[0].hold_s), (None, Some(45)));
    assert!(last_time(&[], None).is_empty());
}

fn warmup(session: &str, exercise: &str, reps: u32, load: f64) -> Record {
    let Record::Set(set) = set(session, exercise, 1, reps, load) else { unreachable!() };
    Record::Set(SetRecord { kind: SetKind::Warmup, target: reps.to_string(), ..set })
}

#[test]
fn past_gathers_work_sets_by_session_and_leaves_warm_ups_out() {
    let records = vec![
        session("s1", "P", "A", "2026-01-01T10:00:00+00:00"),
        warmup("s1", "Squat", 5, 20.0),
        set("s1", "Squat", 1, 12, 60.0),
        set("s1", "Squat", 2, 10, 60.0),
        session("s2", "P", "B", "2026-01-03T10:00:00+00:00"),
        warmup("s2", "Squat", 5, 20.0),
        set("s2", "Squat", 1, 12, 62.5),
    ];
    let past = past(&records, Units::Kg);
    let squat = &past.work["Squat"];
    assert_eq!(squat.sessions.len(), 2);
    let first: Vec<(Option<f64>, u32, u32)> =
        squat.sessions[0].sets.iter().map(|s| (s.load, s.reps, s.target_top)).collect();
    assert_eq!(first, [(Some(60.0), 12, 12), (Some(60.0), 10, 12)]);
    assert_eq!(squat.sessions[1].sets.len(), 1, "the warm-up is not a work set");
    let last = &past.last["Squat"];
    assert_eq!(last.sets.len(), 1, "last time shows work sets only");
    assert_eq!(last.sets[0].load, Some(62.5));
}

#[test]
fn a_record_without_kind_is_a_work_set() {
    let line = br#"{"v":1,"type":"set","session":"s","exercise":"Row","set":1,"reps":8,"load":30.0,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"a","ended":"b"}"#;
    let liftpace::storage::records::Decoded::Record(Record::Set(set)) =
        liftpace::storage::records::decode(line)
    else {
        panic!("not read")
    };
    assert_eq!(set.kind, SetKind::Work);
}

#[test]
fn history_in_other_units_does_not_feed_progression() {
    let Record::Set(in_lb) = set("s1", "Back squat", 1, 1, 225.0) else { unreachable!() };
    let records = vec![
        session("s1", "P", "A", "2026-01-01T10:00:00+00:00"),
        Record::Set(SetRecord { unit: "lb".into(), ..in_lb }),
    ];
    assert!(past(&records, Units::Kg).work.is_empty(), "225 lb is not 225 kg");
    assert_eq!(past(&records, Units::Lb).work["Back squat"].sessions.len(), 1);
    assert_eq!(past(&records, Units::Kg).last["Back squat"].sets[0].unit, "lb", "shown as lb");
}

#[test]
fn left_and_right_are_one_set_for_progression_as_good_as_the_weaker_side() {
    let side = |n: u32, side: Side, reps: u32| {
        let Record::Set(s) = set("s1", "Split squat", n, reps, 20.0) else { unreachable!() };
        Record::Set(SetRecord { side: Some(side), ..s })
    };
    let records = vec![
        session("s1", "P", "A", "2026-01-01T10:00:00+00:00"),
        side(1, Side::Left, 12),
        side(1, Side::Right, 7),
        side(2, Side::Left, 12),
        side(2, Side::Right, 12),
    ];
    let history = &past(&records, Units::Kg).work["Split squat"];
    let reps: Vec<u32> = history.sessions[0].sets.iter().map(|s| s.reps).collect();
    assert_eq!(reps, [7, 12]);
}

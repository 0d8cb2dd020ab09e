//! The wire format of `history.jsonl`, checked against the contract's exact field names and
//! values: what other tools and older files depend on.

use std::time::Duration;

use jiff::ZonedDateTime;
use liftpace::core::programme::{Reps, Target};
use liftpace::core::session::{EndStatus, LoggedSet, SetKind, Side};
use liftpace::storage::records::{Decoded, decode, encode};
use liftpace::storage::{Record, SessionEndRecord, SessionRecord, SetRecord};

fn anchor() -> ZonedDateTime {
    "2026-11-27T06:30:00+00:00[UTC]".parse().unwrap()
}

fn logged(exercise: &str) -> LoggedSet {
    LoggedSet {
        exercise: exercise.into(),
        number: 2,
        kind: SetKind::Work,
        side: None,
        reps: Some(10),
        hold_s: None,
        load: Some(16.0),
        unit: "kg",
        target: Target::Reps(Reps::Range(8, 12)),
        tempo: "3-1-1-0".into(),
        rpe: None,
        started: Duration::from_secs(5),
        ended: Duration::from_secs(65),
    }
}

fn line_of(set: &LoggedSet) -> String {
    encode(&Record::Set(SetRecord::from_logged(set, "20261127T063000-abc123", &anchor()))).unwrap()
}

#[test]
fn a_rep_set_line_has_exactly_the_contract_fields() {
    assert_eq!(
        line_of(&logged("Goblet squat")),
        r#"{"v":1,"type":"set","session":"20261127T063000-abc123","exercise":"Goblet squat","set":2,"kind":"work","reps":10,"load":16.0,"unit":"kg","target":"8-12","tempo":"3-1-1-0","started":"2026-11-27T06:30:05+00:00","ended":"2026-11-27T06:31:05+00:00"}"#
    );
}

#[test]
fn a_bodyweight_hold_writes_null_reps_and_load_and_its_seconds() {
    let hold = LoggedSet {
        reps: None,
        hold_s: Some(30),
        load: None,
        target: Target::Hold(Duration::from_secs(30)),
        ..logged("Plank")
    };
    assert_eq!(
        line_of(&hold),
        r#"{"v":1,"type":"set","session":"20261127T063000-abc123","exercise":"Plank","set":2,"kind":"work","reps":null,"hold_s":30,"load":null,"unit":"kg","target":"30s","tempo":"3-1-1-0","started":"2026-11-27T06:30:05+00:00","ended":"2026-11-27T06:31:05+00:00"}"#
    );
}

#[test]
fn a_warm_up_is_marked_as_one() {
    let warmup = LoggedSet { kind: SetKind::Warmup, number: 1, ..logged("Back squat") };
    assert!(line_of(&warmup).contains(r#""set":1,"kind":"warmup","#));
}

#[test]
fn a_per_side_set_with_effort_writes_side_and_rpe() {
    let set = LoggedSet { side: Some(Side::Right), rpe: Some(8.5), ..logged("Split squat") };
    let line = line_of(&set);
    assert!(line.contains(r#""set":2,"kind":"work","side":"right","reps":10,"#), "{line}");
    assert!(line.contains(r#""tempo":"3-1-1-0","rpe":8.5,"started""#), "{line}");
}

#[test]
fn session_and_end_lines_have_exactly_the_contract_fields() {
    let session = Record::Session(SessionRecord {
        id: "S".into(),
        programme: "Full body".into(),
        programme_file: "built-in:full-body".into(),
        day: "A".into(),
        started: "2026-11-27T06:30:00+00:00".into(),
        source: None,
    });
    assert_eq!(
        encode(&session).unwrap(),
        r#"{"v":1,"type":"session","id":"S","programme":"Full body","programme_file":"built-in:full-body","day":"A","started":"2026-11-27T06:30:00+00:00"}"#
    );
    let end = Record::SessionEnd(SessionEndRecord {
        session: "S".into(),
        ended: "2026-11-27T07:10:00+00:00".into(),
        status: EndStatus::Quit,
    });
    assert_eq!(
        encode(&end).unwrap(),
        r#"{"v":1,"type":"session_end","session":"S","ended":"2026-11-27T07:10:00+00:00","status":"quit"}"#
    );
}

#[test]
fn every_record_reads_back_as_written() {
    let set = LoggedSet { side: Some(Side::Left), rpe: Some(7.0), ..logged("Row") };
    let records = [
        Record::Set(SetRecord::from_logged(&set, "S", &anchor())),
        Record::Set(SetRecord::from_logged(
            &LoggedSet { load: None, ..logged("Dip") },
            "S",
            &anchor(),
        )),
        Record::SessionEnd(SessionEndRecord {
            session: "S".into(),
            ended: "2026-11-27T07:10:00+00:00".into(),
            status: EndStatus::Completed,
        }),
    ];
    for record in records {
        let line = encode(&record).unwrap();
        assert_eq!(decode(line.as_bytes()), Decoded::Record(record), "{line}");
    }
}

#[test]
fn extra_fields_from_a_newer_writer_are_ignored() {
    let line = br#"{"v":1,"type":"session_end","session":"S","ended":"t","status":"completed","mood":"great"}"#;
    assert!(matches!(decode(line), Decoded::Record(Record::SessionEnd(_))));
}

#[test]
fn wrong_types_and_missing_fields_are_damage_not_records() {
    let wrong_type = br#"{"v":1,"type":"set","session":"S","exercise":"Row","set":"two","reps":1,"load":null,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"t","ended":"t"}"#;
    assert!(matches!(decode(wrong_type), Decoded::Skipped(_)));
    let missing = br#"{"v":1,"type":"session","id":"S"}"#;
    assert!(matches!(decode(missing), Decoded::Skipped(_)));
    let bad_side = br#"{"v":1,"type":"set","session":"S","exercise":"Row","set":1,"side":"middle","reps":1,"load":null,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"t","ended":"t"}"#;
    assert!(matches!(decode(bad_side), Decoded::Skipped(_)));
}

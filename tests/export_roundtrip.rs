//! Export, then import into an empty history: the Hevy layout keeps every set's name, load,
//! unit, reps or hold, kind (with drop and failure tags) and RPE, and its session's times to
//! the minute (Hevy's layout has no seconds, per-set times or sides). The CSV export has one
//! row per set with its session's date, programme and day, and `--since` keeps later sessions.

mod import_support;

use jiff::tz::{TimeZone, offset};
use liftpace::core::library::Library;
use liftpace::export::{self, Format};
use liftpace::import::{self, App, Options, fresh};
use liftpace::storage::records::{Decoded, Record, SetRecord, decode};

/// A history as liftpace writes it: kg and lb sessions, warm-ups, a per-side exercise, a hold,
/// bodyweight, RPE, and a drop set imported from Strong earlier.
const HISTORY: &str = r#"{"v":1,"type":"session","id":"s1","programme":"Full body","programme_file":"built-in:full-body","day":"A","started":"2026-11-20T06:30:05+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Goblet squat","set":1,"kind":"warmup","reps":8,"load":8.0,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"2026-11-20T06:31:00+01:00","ended":"2026-11-20T06:31:40+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Goblet squat","set":1,"kind":"work","reps":12,"load":16.0,"unit":"kg","target":"8-12","tempo":"3-1-1-0","rpe":7.5,"started":"2026-11-20T06:33:00+01:00","ended":"2026-11-20T06:34:00+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Goblet squat","set":2,"kind":"work","reps":11,"load":16.0,"unit":"kg","target":"8-12","tempo":"3-1-1-0","rpe":9,"started":"2026-11-20T06:36:00+01:00","ended":"2026-11-20T06:37:00+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Split squat","set":1,"kind":"work","side":"left","reps":10,"load":null,"unit":"kg","target":"10","tempo":"2-0-1-0","started":"2026-11-20T06:40:00+01:00","ended":"2026-11-20T06:40:40+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Split squat","set":1,"kind":"work","side":"right","reps":9,"load":null,"unit":"kg","target":"10","tempo":"2-0-1-0","started":"2026-11-20T06:41:00+01:00","ended":"2026-11-20T06:41:40+01:00"}
{"v":1,"type":"set","session":"s1","exercise":"Plank","set":1,"kind":"work","reps":null,"hold_s":45,"load":null,"unit":"kg","target":"45s","tempo":"","started":"2026-11-20T06:45:00+01:00","ended":"2026-11-20T06:45:45+01:00"}
{"v":1,"type":"session_end","session":"s1","ended":"2026-11-20T07:20:41+01:00","status":"completed"}
{"v":1,"type":"session","id":"s2","programme":"Strength","programme_file":"p.toml","day":"B","started":"2026-11-25T18:02:09+01:00"}
{"v":1,"type":"set","session":"s2","exercise":"Bench press","set":1,"kind":"work","reps":5,"load":135.0,"unit":"lb","target":"5","tempo":"2-1-1-0","rpe":8,"started":"2026-11-25T18:05:00+01:00","ended":"2026-11-25T18:05:30+01:00"}
{"v":1,"type":"set","session":"s2","exercise":"Bench press","set":2,"kind":"work","reps":8,"load":102.5,"unit":"lb","target":"5","tempo":"2-1-1-0","started":"2026-11-25T18:08:00+01:00","ended":"2026-11-25T18:08:30+01:00","source":"strong","source_id":"abc","tag":"drop"}
{"v":1,"type":"session_end","session":"s2","ended":"2026-11-25T18:40:00+01:00","status":"quit"}
"#;

fn history() -> Vec<Record> {
    HISTORY
        .lines()
        .map(|line| match decode(line.as_bytes()) {
            Decoded::Record(record) => record,
            other => panic!("{other:?}"),
        })
        .collect()
}

fn exported(format: Format, records: &[Record], since: Option<&str>) -> String {
    let mut out = Vec::new();
    export::write(format, records, since.map(|d| d.parse().unwrap()), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Everything a set must keep through a round trip, with its session's start to the minute.
fn kept(records: &[Record]) -> Vec<String> {
    let start = |id: &str| {
        records.iter().find_map(|r| match r {
            Record::Session(s) if s.id == id => Some(s.started[..16].to_string()),
            _ => None,
        })
    };
    let sets = records.iter().filter_map(|r| match r {
        Record::Set(s) => Some(s),
        _ => None,
    });
    sets.map(|s: &SetRecord| {
        let tag = s.origin.as_ref().and_then(|o| o.tag).map(|t| t.as_str());
        format!(
            "{} {} {:?} {:?} {:?} {:?} {} {:?} {:?}",
            start(&s.session).unwrap(),
            s.exercise,
            s.kind.as_str(),
            tag,
            s.reps,
            s.hold_s,
            s.unit,
            s.load,
            s.rpe
        )
    })
    .collect()
}

#[test]
fn a_hevy_round_trip_keeps_every_set() {
    let records = history();
    let csv = exported(Format::Hevy, &records, None);
    let library = Library::built_in();
    let options = Options { unit: None, tz: TimeZone::fixed(offset(1)), library: &library };
    let import = import::read(App::Hevy, csv.as_bytes(), &options).unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert!(import.unknown.is_empty(), "{:?}", import.unknown);
    let back = fresh(&import, &[]);
    assert_eq!(kept(&back), kept(&records), "{csv}");
    // Session ends come through too, to the minute.
    let ends: Vec<_> = back
        .iter()
        .filter_map(|r| match r {
            Record::SessionEnd(e) => Some(e.ended.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(ends, ["2026-11-20T07:20:00+01:00", "2026-11-25T18:40:00+01:00"]);
}

#[test]
fn the_hevy_layout_is_hevys_with_both_weight_columns_only_for_mixed_units() {
    let records = history();
    let csv = exported(Format::Hevy, &records, None);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,\
         set_index,set_type,weight_kg,weight_lbs,reps,distance_km,duration_seconds,rpe"
    );
    assert_eq!(
        lines.next().unwrap(),
        "Full body: A,\"20 Nov 2026, 06:30\",\"20 Nov 2026, 07:20\",,Goblet squat,,,0,warmup,8,,8,,,"
    );
    let kg_only: Vec<Record> = records[..8].to_vec();
    let csv = exported(Format::Hevy, &kg_only, None);
    assert!(
        csv.starts_with(
            "title,start_time,end_time,description,exercise_title,superset_id,\
         exercise_notes,set_index,set_type,weight_kg,reps,"
        ),
        "{csv}"
    );
    assert!(csv.contains(",Plank,,,0,normal,,,,45,\n"), "{csv}");
    assert!(csv.contains(",Goblet squat,,,2,normal,16,11,,,9\n"), "{csv}");
}

#[test]
fn the_csv_export_has_a_row_per_set_with_its_session() {
    let records = history();
    let csv = exported(Format::Csv, &records, None);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 1 + 8);
    assert_eq!(
        rows[0],
        "date,programme,day,exercise,set,kind,tag,side,reps,hold_s,load,unit,rpe,target,tempo,\
         started,ended,source"
    );
    assert_eq!(
        rows[4],
        "2026-11-20,Full body,A,Split squat,1,work,,left,10,,,kg,,10,2-0-1-0,\
         2026-11-20T06:40:00+01:00,2026-11-20T06:40:40+01:00,"
    );
    assert!(rows[8].starts_with("2026-11-25,Strength,B,Bench press,2,work,drop,,8,,102.5,lb,"));
    assert!(rows[8].ends_with(",strong"));
}

#[test]
fn since_keeps_sessions_from_that_date_and_json_is_the_records() {
    let records = history();
    let json = exported(Format::Json, &records, Some("2026-11-21"));
    let lines: Vec<&str> = json.lines().collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0], HISTORY.lines().nth(8).unwrap());
    assert!(lines.iter().all(|l| matches!(decode(l.as_bytes()), Decoded::Record(_))));
    let csv = exported(Format::Csv, &records, Some("2026-11-26"));
    assert_eq!(csv.lines().count(), 1, "only the header: {csv}");
}

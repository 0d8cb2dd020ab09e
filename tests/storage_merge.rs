//! Every journal in the data folder read as one history: merged by time across machines and
//! time zones, copies (a sync tool's conflict copy) given once, damage and unknown record
//! types warned about, and the start-up digest answering as the full history would.

use std::fs;
use std::path::Path;

use liftpace::core::programme::Units;
use liftpace::storage::{
    DataDir, Record, for_each_record, last_time, load_digest, next_day, past, read,
};

fn session(id: &str, day: &str, started: &str) -> String {
    format!(
        r#"{{"v":1,"type":"session","id":"{id}","programme":"P","programme_file":"p.toml","day":"{day}","started":"{started}"}}"#
    )
}

fn set(id: &str, exercise: &str, n: u32, load: f64, started: &str) -> String {
    format!(
        r#"{{"v":1,"type":"set","session":"{id}","exercise":"{exercise}","set":{n},"kind":"work","reps":10,"load":{load},"unit":"kg","target":"8-12","tempo":"3-1-1-0","started":"{started}","ended":"{started}"}}"#
    )
}

fn end(id: &str, ended: &str) -> String {
    format!(
        r#"{{"v":1,"type":"session_end","session":"{id}","ended":"{ended}","status":"completed"}}"#
    )
}

fn write(dir: &Path, name: &str, lines: &[String]) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(name), lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
}

/// Everything `for_each_record` gives, as (type, session, detail) for short assertions.
fn merged(data: &DataDir) -> (Vec<String>, Vec<String>) {
    let mut seen = Vec::new();
    let warnings = for_each_record(data, |r| {
        seen.push(match r {
            Record::Session(s) => format!("session {}", s.id),
            Record::Set(s) => format!("set {} {} {} {:?}", s.session, s.exercise, s.set, s.load),
            Record::SessionEnd(e) => format!("end {}", e.session),
            Record::Correction(_) => "correction".into(),
            Record::Checkin(c) => format!("checkin {} {}", c.session, c.mood),
            Record::Breathing(b) => format!("breathing {}", b.pattern),
            Record::Resume(r) => format!("resume {}", r.session),
            Record::Skip(s) => format!("skip {} {} {}", s.key.session, s.key.exercise, s.key.set),
            Record::Swap(s) => format!("swap {} {}", s.session, s.exercise),
        })
    })
    .unwrap();
    (seen, warnings.iter().map(ToString::to_string).collect())
}

/// A laptop and a desktop in two time zones, the old single journal, and a sync tool's
/// conflict copy of the laptop's journal that holds two of its records again.
fn two_machines(dir: &Path) {
    // 07:00 UTC, before everything else.
    write(
        dir,
        "history.jsonl",
        &[
            session("OLD", "A", "2026-11-01T08:00:00+01:00"),
            set("OLD", "Squat", 1, 50.0, "2026-11-01T08:05:00+01:00"),
            end("OLD", "2026-11-01T08:30:00+01:00"),
        ],
    );
    let laptop = [
        session("L1", "B", "2026-11-02T18:00:00+01:00"),
        set("L1", "Squat", 1, 60.0, "2026-11-02T18:05:00+01:00"),
        end("L1", "2026-11-02T18:30:00+01:00"),
        // 2026-11-04 12:00 UTC.
        session("L2", "B", "2026-11-04T13:00:00+01:00"),
        set("L2", "Squat", 1, 70.0, "2026-11-04T13:05:00+01:00"),
    ];
    write(dir, "history.laptop.jsonl", &laptop);
    // The copy ends where the sync tool took it: the laptop's first session only.
    write(dir, "history.laptop.sync-conflict-20261103-101010-ABCDEFG.jsonl", &laptop[..3]);
    // 2026-11-03 12:00 UTC and 2026-11-05 12:00 UTC, written in New York.
    write(
        dir,
        "history.desk.jsonl",
        &[
            session("D1", "A", "2026-11-03T07:00:00-05:00"),
            set("D1", "Squat", 1, 65.0, "2026-11-03T07:05:00-05:00"),
            end("D1", "2026-11-03T07:30:00-05:00"),
            session("D2", "A", "2026-11-05T07:00:00-05:00"),
            set("D2", "Bench", 1, 40.0, "2026-11-05T07:05:00-05:00"),
        ],
    );
    // `history (1).jsonl`, another tool's copy, of the old journal's set only.
    write(dir, "history (1).jsonl", &[set("OLD", "Squat", 1, 50.0, "2026-11-01T08:05:00+01:00")]);
}

#[test]
fn journals_merge_by_time_across_zones_and_copies_count_once() {
    let tmp = tempfile::tempdir().unwrap();
    two_machines(tmp.path());
    let data = DataDir::new(tmp.path(), "laptop");
    let (seen, warnings) = merged(&data);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        seen,
        [
            "session OLD",
            "set OLD Squat 1 Some(50.0)",
            "end OLD",
            "session L1",
            "set L1 Squat 1 Some(60.0)",
            "end L1",
            "session D1",
            "set D1 Squat 1 Some(65.0)",
            "end D1",
            "session L2",
            "set L2 Squat 1 Some(70.0)",
            "session D2",
            "set D2 Bench 1 Some(40.0)",
        ]
    );
}

#[test]
fn the_digest_answers_from_every_journal() {
    let tmp = tempfile::tempdir().unwrap();
    two_machines(tmp.path());
    let (digest, warnings) = load_digest(&DataDir::new(tmp.path(), "desk")).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let records = digest.into_records();
    // The desktop's Monday came after the laptop's Sunday: A was last, B is next.
    assert_eq!(next_day(&records, "P", &["A", "B"]), 1);
    let last = last_time(&records, None);
    assert_eq!(last["Squat"].sets[0].load, Some(70.0));
    assert_eq!(last["Squat"].date, "2026-11-04");
    assert_eq!(last["Bench"].sets[0].load, Some(40.0));
    let squat = &past(&records, Units::Kg).work["Squat"];
    assert_eq!(squat.sessions.len(), 4, "one per session, the copies not counted: {squat:?}");
}

#[test]
fn damage_is_warned_by_line_and_unknown_types_once_per_type() {
    let tmp = tempfile::tempdir().unwrap();
    let note = r#"{"v":1,"type":"note","text":"from a newer liftpace"}"#.to_string();
    write(
        tmp.path(),
        "history.a.jsonl",
        &[
            session("S", "A", "2026-11-01T08:00:00+01:00"),
            note.clone(),
            String::new(),
            "{oops".into(),
            note,
            r#"{"v":1,"type":"\u001b[31mred","x":1}"#.into(),
            set("S", "Squat", 1, 50.0, "2026-11-01T08:05:00+01:00"),
        ],
    );
    let (seen, warnings) = merged(&DataDir::new(tmp.path(), "a"));
    assert_eq!(seen.len(), 2, "{seen:?}");
    let path = tmp.path().join("history.a.jsonl").display().to_string();
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(warnings[0].starts_with(&format!("{path}:4: line skipped: not a complete JSON")));
    assert!(warnings[1].contains(":6:") && warnings[1].contains(r#""\u{1b}[31mred""#));
    assert!(!warnings[1].contains('\u{1b}'), "no raw escape reaches the terminal");
    assert_eq!(
        warnings[2],
        format!(
            "{path}:2: line skipped: record type \"note\" is not known to this version of \
             liftpace (2 lines of it, first here; a newer version wrote them)"
        )
    );
}

#[test]
fn read_of_one_file_keeps_file_order_and_blank_lines_keep_the_numbering() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("h.jsonl");
    fs::write(&path, "\n{\"v\":1,\"type\":\"set\"}\n\r\n{oops\n").unwrap();
    let (records, warnings) = read(&path).unwrap();
    assert!(records.is_empty());
    assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), [2, 4]);
}

#[test]
fn other_versions_are_skipped_loudly() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("h.jsonl");
    fs::write(&path, "{\"v\":2,\"type\":\"set\"}\n").unwrap();
    let (records, warnings) = read(&path).unwrap();
    assert!(records.is_empty());
    assert!(warnings[0].reason.contains("version 2"), "{}", warnings[0]);
}

#[test]
fn a_line_longer_than_the_limit_is_damage_and_the_next_line_still_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("h.jsonl");
    let long = "x".repeat(liftpace::storage::lines::MAX_LINE + 10);
    let good = end("S", "2026-11-01T08:30:00+01:00");
    fs::write(&path, format!("{long}\n{good}\n")).unwrap();
    let (records, warnings) = read(&path).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].to_string().contains(":1: line skipped: longer than"), "{}", warnings[0]);
}

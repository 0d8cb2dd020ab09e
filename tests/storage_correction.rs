//! The `correction` record: written by the journal, applied inside the readers, so every
//! consumer sees the corrected set. The typo case from the gym floor: a set logged at 1000 kg
//! and corrected to 100 kg must prescribe from 100 next time.

use std::time::Duration;

use jiff::ZonedDateTime;
use liftpace::core::programme::{Day, Exercise, Load, Programme, Reps, Target, Units};
use liftpace::core::progression::Rule;
use liftpace::core::session::{EndStatus, LoggedSet, Past, Session, SetKind, Settings};
use liftpace::storage::{
    CorrectionRecord, DataDir, Journal, Record, Recorder, SetRecord, for_each_record, last_time,
    load_digest, next_day, past, read,
};

fn anchor() -> ZonedDateTime {
    "2026-11-27T06:30:00+01:00[+01:00]".parse().unwrap()
}

fn squat_set(set: u32, load: f64) -> LoggedSet {
    LoggedSet {
        exercise: "Back squat".into(),
        number: set,
        kind: SetKind::Work,
        side: None,
        reps: Some(5),
        hold_s: None,
        load: Some(load),
        unit: "kg",
        target: Target::Reps(Reps::Exact(5)),
        tempo: "2-0-1-0".into(),
        rpe: None,
        started: Duration::from_secs(60 * u64::from(set)),
        ended: Duration::from_secs(60 * u64::from(set) + 30),
    }
}

/// A data folder on the "gym" journal holding one session with one set at `load`, and that
/// set as read back: the ground every correction test starts from.
fn one_logged_set(load: f64) -> (tempfile::TempDir, DataDir, SetRecord) {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "gym");
    logged_session(&data, "A", load);
    let (records, _) = read(&data.journal_path()).unwrap();
    let Some(Record::Set(set)) = records.into_iter().nth(1) else { panic!("no set") };
    (tmp, data, set)
}

/// A correction's time as the tests write it.
fn at(time: &str) -> ZonedDateTime {
    time.parse().unwrap()
}

/// A session of one squat set at `load`, as the app writes it; returns its id.
fn logged_session(data: &DataDir, day: &str, load: f64) -> String {
    let journal = Journal::open(data).unwrap();
    let mut rec =
        Recorder::begin(journal, anchor(), "Strength", "s.toml", day, Duration::ZERO).unwrap();
    rec.save_set(&squat_set(1, load), &anchor()).unwrap();
    rec.end(EndStatus::Completed, &anchor(), Duration::from_secs(600)).unwrap();
    rec.session_id().to_owned()
}

fn programme() -> Programme {
    let squat = Exercise {
        name: "Back squat".into(),
        sets: 1,
        target: Target::Reps(Reps::Exact(5)),
        load: Load::Weight(100.0),
        progression: Rule::Linear { increment: 5.0, deload_after: 3, deload: 0.1 },
        ..Exercise::default()
    };
    Programme {
        name: "Strength".into(),
        description: None,
        units: Units::Kg,
        sessions_per_week: 2,
        days: vec![
            Day { name: "A".into(), exercises: vec![squat.clone()] },
            Day { name: "B".into(), exercises: vec![squat] },
        ],
        one_rep_max: Default::default(),
        barbell: liftpace::core::plates::Barbell::default_for(Units::Kg),
        dumbbell_step: 2.0,
    }
}

fn prescribed(past: &Past) -> Load {
    Session::new(programme(), 0, past, Settings::default(), Duration::ZERO).plan[0].load
}

#[test]
fn a_typo_corrected_from_1000_to_100_kg_prescribes_from_100() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "gym");
    let id = logged_session(&data, "A", 1000.0);
    let (digest, _) = load_digest(&data).unwrap();
    assert_eq!(
        prescribed(&past(&digest.into_records(), Units::Kg)),
        Load::Weight(1005.0),
        "the typo"
    );

    let mut journal = Journal::open(&data).unwrap();
    let mut fix = CorrectionRecord::of(&match &read(&data.journal_path()).unwrap().0[1] {
        Record::Set(set) => set.clone(),
        other => panic!("{other:?}"),
    });
    fix.load = Some(Some(100.0));
    journal.correct(fix, &anchor()).unwrap();

    let line = std::fs::read_to_string(data.journal_path()).unwrap();
    let line = line.lines().last().unwrap();
    assert_eq!(
        line,
        format!(
            r#"{{"v":1,"type":"correction","session":"{id}","exercise":"Back squat","kind":"work","set":1,"load":100.0,"at":"2026-11-27T06:30:00+01:00"}}"#
        )
    );
    // Start-up, through the cache it wrote before the correction.
    let (digest, warnings) = load_digest(&data).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let records = digest.into_records();
    assert_eq!(prescribed(&past(&records, Units::Kg)), Load::Weight(105.0));
    assert_eq!(last_time(&records, None)["Back squat"].sets[0].load, Some(100.0));
    // The full pass, for progress, history and export.
    let mut loads = Vec::new();
    for_each_record(&data, |r| {
        if let Record::Set(s) = r {
            loads.push(s.load);
        }
        assert!(!matches!(r, Record::Correction(_)), "corrections are applied, not passed on");
    })
    .unwrap();
    assert_eq!(loads, [Some(100.0)]);
}

#[test]
fn a_voided_set_is_gone_for_every_reader_and_the_rotation_looks_past_it() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "gym");
    logged_session(&data, "A", 100.0);
    let second = logged_session(&data, "B", 105.0);
    let (records, _) = read(&data.journal_path()).unwrap();
    let Some(Record::Set(b_set)) =
        records.iter().find(|r| matches!(r, Record::Set(s) if s.session == second))
    else {
        panic!("{records:?}")
    };
    let mut void = CorrectionRecord::of(b_set);
    void.void = true;
    Journal::open(&data).unwrap().correct(void, &anchor()).unwrap();

    let (digest, _) = load_digest(&data).unwrap();
    let records = digest.into_records();
    // Day B's only set is void: B never happened, so B is next again.
    assert_eq!(next_day(&records, "Strength", &["A", "B"]), 1);
    assert_eq!(last_time(&records, None)["Back squat"].sets[0].load, Some(100.0));
    let mut sets = 0;
    for_each_record(&data, |r| sets += usize::from(matches!(r, Record::Set(_)))).unwrap();
    assert_eq!(sets, 1);
}

#[test]
fn the_later_of_two_corrections_wins_whichever_file_it_is_in() {
    let (tmp, data, set) = one_logged_set(1000.0);
    let set = &set;
    let mut late = CorrectionRecord::of(set);
    late.load = Some(Some(100.0));
    let mut early = CorrectionRecord::of(set);
    early.load = Some(Some(10.0));
    // The later correction is written first, on this machine; the earlier one arrives later
    // from another machine's journal.
    Journal::open(&data).unwrap().correct(late, &at("2026-11-28T09:00:00+01:00[+01:00]")).unwrap();
    let other = DataDir::new(tmp.path(), "phone");
    Journal::open(&other)
        .unwrap()
        .correct(early, &at("2026-11-28T08:00:00+01:00[+01:00]"))
        .unwrap();

    let (digest, _) = load_digest(&data).unwrap();
    assert_eq!(last_time(&digest.into_records(), None)["Back squat"].sets[0].load, Some(100.0));
    let mut loads = Vec::new();
    for_each_record(&data, |r| {
        if let Record::Set(s) = r {
            loads.push(s.load);
        }
    })
    .unwrap();
    assert_eq!(loads, [Some(100.0)]);
}

#[test]
fn a_recorder_corrects_during_the_workout_and_absent_fields_keep_the_set() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "gym");
    let journal = Journal::open(&data).unwrap();
    let mut rec =
        Recorder::begin(journal, anchor(), "Strength", "s.toml", "A", Duration::ZERO).unwrap();
    rec.save_set(&squat_set(1, 100.0), &anchor()).unwrap();
    let (records, _) = read(&data.journal_path()).unwrap();
    let Record::Set(set) = &records[1] else { panic!() };
    let mut fix = CorrectionRecord::of(set);
    fix.reps = Some(Some(3));
    rec.correct(fix, &anchor(), Duration::from_secs(120)).unwrap();
    rec.end(EndStatus::Completed, &anchor(), Duration::from_secs(600)).unwrap();

    let (digest, _) = load_digest(&data).unwrap();
    let last = &last_time(&digest.into_records(), None)["Back squat"].sets[0];
    assert_eq!((last.reps, last.load), (Some(3), Some(100.0)));
    let text = std::fs::read_to_string(data.journal_path()).unwrap();
    assert!(text.contains(r#""set":1,"reps":3,"at":"2026-11-27T06:32:00+01:00"}"#), "{text}");
}

/// The squat set's reps and load as start-up (last time, progression) and the full pass
/// (history, export, progress) see them.
fn seen_by_every_reader(data: &DataDir) -> [(Option<u32>, Option<f64>); 2] {
    let (digest, _) = load_digest(data).unwrap();
    let last = &last_time(&digest.into_records(), None)["Back squat"].sets[0];
    let mut full = Vec::new();
    for_each_record(data, |r| {
        if let Record::Set(s) = r {
            full.push((s.reps, s.load));
        }
    })
    .unwrap();
    assert_eq!(full.len(), 1, "{full:?}");
    [(last.reps, last.load), full[0]]
}

#[test]
fn corrections_of_different_fields_of_one_set_build_on_each_other() {
    let (_tmp, data, set) = one_logged_set(100.0);
    let set = &set;
    let mut reps = CorrectionRecord::of(set);
    reps.reps = Some(Some(3));
    let mut load = CorrectionRecord::of(set);
    load.load = Some(Some(90.0));
    let mut journal = Journal::open(&data).unwrap();
    journal.correct(reps, &at("2026-11-28T09:00:00+01:00[+01:00]")).unwrap();
    // Read once between the two fixes, so the start-up cache holds the first.
    assert_eq!(seen_by_every_reader(&data), [(Some(3), Some(100.0)); 2]);
    journal.correct(load, &at("2026-11-28T09:05:00+01:00[+01:00]")).unwrap();
    assert_eq!(seen_by_every_reader(&data), [(Some(3), Some(90.0)); 2]);
}

#[test]
fn same_second_corrections_in_two_journals_read_alike_everywhere() {
    let (tmp, data, set) = one_logged_set(100.0);
    let set = &set;
    let now: ZonedDateTime = "2026-11-28T09:00:00+01:00[+01:00]".parse().unwrap();
    let fix = |reps: Option<u32>, load: f64| {
        let mut fix = CorrectionRecord::of(set);
        fix.reps = reps.map(Some);
        fix.load = Some(Some(load));
        fix
    };
    // One second, three fixes: reps on this machine, two loads on the phone (named after
    // "gym", so read after it on a tie). The phone's last load wins, and the reps stay.
    Journal::open(&data).unwrap().correct(fix(Some(4), 80.0), &now).unwrap();
    let mut phone = Journal::open(&DataDir::new(tmp.path(), "phone")).unwrap();
    phone.correct(fix(None, 70.0), &now).unwrap();
    phone.correct(fix(None, 60.0), &now).unwrap();
    assert_eq!(seen_by_every_reader(&data), [(Some(4), Some(60.0)); 2]);
}

#[test]
fn a_void_stays_void_whatever_correction_comes_after() {
    let (_tmp, data, set) = one_logged_set(100.0);
    let set = &set;
    let mut void = CorrectionRecord::of(set);
    void.void = true;
    let mut fix = CorrectionRecord::of(set);
    fix.load = Some(Some(90.0));
    let mut journal = Journal::open(&data).unwrap();
    journal.correct(void, &at("2026-11-28T09:00:00+01:00[+01:00]")).unwrap();
    journal.correct(fix, &at("2026-11-28T09:05:00+01:00[+01:00]")).unwrap();
    let (digest, _) = load_digest(&data).unwrap();
    assert!(!last_time(&digest.into_records(), None).contains_key("Back squat"));
    let mut sets = 0;
    for_each_record(&data, |r| sets += usize::from(matches!(r, Record::Set(_)))).unwrap();
    assert_eq!(sets, 0);
}

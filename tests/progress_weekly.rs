//! The weekly maths of progress, as tables: ISO weeks across a year boundary, local time zones,
//! per-side pairs, units, warm-ups, sessions quit early, the plan, the streak, mood and breathing.
//! Pure core: events in, report out; no files, no clock.

use std::collections::HashMap;

use jiff::civil::{Date, date};
use liftpace::core::programme::Muscle;
use liftpace::core::progress::{Event, Lookup, Progress, SetDone, Tally};
use liftpace::core::session::{SetKind, Side};

/// Muscles and plans for the tests: squats train legs and hips, rows back and arms, presses
/// chest, shoulders and arms, planks the abdomen.
struct Known {
    plans: HashMap<&'static str, u32>,
}

impl Lookup for Known {
    fn muscles(&self, exercise: &str) -> &[Muscle] {
        match exercise {
            "Squat" => &[Muscle::Legs, Muscle::Hips],
            "Row" => &[Muscle::Back, Muscle::Arms],
            "Press" => &[Muscle::Chest, Muscle::Shoulders, Muscle::Arms],
            "Crunch" => &[Muscle::Abdomen],
            _ => &[],
        }
    }

    fn sessions_per_week(&self, programme_file: &str) -> Option<u32> {
        self.plans.get(programme_file).copied()
    }
}

fn known() -> Known {
    Known { plans: HashMap::from([("built-in:full-body", 2), ("three.toml", 3)]) }
}

/// A work set of `reps` × `load` kg, started at `at`.
fn set<'a>(session: &'a str, exercise: &'a str, reps: u32, load: f64, at: &'a str) -> SetDone<'a> {
    SetDone {
        session,
        exercise,
        kind: SetKind::Work,
        set: 1,
        side: None,
        reps: Some(reps),
        load: Some(load),
        unit: "kg",
        rpe: None,
        started: at,
    }
}

fn session<'a>(id: &'a str, at: &'a str) -> Event<'a> {
    Event::Session { id, programme_file: "built-in:full-body", started: at }
}

fn report(events: &[Event<'_>], today: Date, weeks: u32) -> Progress {
    let mut tally = Tally::new();
    for event in events {
        tally.add(*event);
    }
    tally.progress(today, weeks, &known())
}

/// (week label, sessions, sets_by_group) for every week of the report.
fn weeks(p: &Progress) -> Vec<(String, u32, [u32; 7])> {
    p.weeks.iter().map(|w| (w.week.to_string(), w.sessions, w.sets_by_group)).collect()
}

/// Every group trained twice: the week's full-body sets.
fn full_body<'a>(id: &'a str, at: &'a str) -> Vec<Event<'a>> {
    let mut events = vec![session(id, at)];
    for exercise in ["Squat", "Row", "Press", "Crunch"] {
        events.push(Event::Set(set(id, exercise, 10, 20.0, at)));
    }
    events
}

#[test]
fn weeks_follow_iso_across_the_year_boundary() {
    // Thursday 31 December 2026 and Saturday 2 January 2027 are both in 2026-W53.
    let mut events = vec![session("a", "2026-12-31T18:00:00+01:00")];
    events.push(Event::Set(set("a", "Squat", 10, 50.0, "2026-12-31T18:05:00+01:00")));
    events.push(session("b", "2027-01-02T09:00:00+01:00"));
    events.push(Event::Set(set("b", "Squat", 10, 50.0, "2027-01-02T09:05:00+01:00")));
    events.push(session("c", "2027-01-04T09:00:00+01:00"));
    events.push(Event::Set(set("c", "Squat", 8, 55.0, "2027-01-04T09:05:00+01:00")));
    let p = report(&events, date(2027, 1, 6), 3);
    assert_eq!(
        weeks(&p),
        [
            ("2026-W52".into(), 0, [0; 7]),
            ("2026-W53".into(), 2, [2, 2, 0, 0, 0, 0, 0]),
            ("2027-W01".into(), 1, [1, 1, 0, 0, 0, 0, 0]),
        ]
    );
    assert_eq!(p.weeks[1].week.monday(), date(2026, 12, 28));
}

#[test]
fn a_record_belongs_to_the_local_day_it_was_written_in() {
    // Sunday 23:30 in New York is Monday in UTC; Monday 01:00 in Tokyo is Sunday in UTC.
    let events = [
        session("ny", "2026-11-29T23:30:00-05:00"),
        Event::Set(set("ny", "Squat", 10, 50.0, "2026-11-29T23:35:00-05:00")),
        session("tokyo", "2026-11-30T01:00:00+09:00"),
        Event::Set(set("tokyo", "Squat", 10, 50.0, "2026-11-30T01:05:00+09:00")),
    ];
    let p = report(&events, date(2026, 11, 30), 2);
    let counted: Vec<_> = weeks(&p).into_iter().map(|(w, n, g)| (w, n, g[0])).collect();
    assert_eq!(counted, [("2026-W48".into(), 1, 1), ("2026-W49".into(), 1, 1)]);
    let squat = &p.exercises[0];
    let days: Vec<Date> = squat.e1rm.iter().map(|(d, _)| *d).collect();
    assert_eq!(days, [date(2026, 11, 29), date(2026, 11, 30)]);
}

#[test]
fn a_left_and_right_pair_is_one_set_as_good_as_its_weaker_side() {
    let at = "2026-11-24T07:00:00+01:00";
    let side = |n: u32, side: Side, reps: u32| {
        Event::Set(SetDone { set: n, side: Some(side), ..set("s", "Row", reps, 14.0, at) })
    };
    let events = [
        session("s", at),
        side(1, Side::Left, 10),
        side(1, Side::Right, 9),
        side(2, Side::Left, 12),
        side(2, Side::Right, 12),
        // The session stopped after this left side: it still counts, alone.
        side(3, Side::Left, 8),
    ];
    let p = report(&events, date(2026, 11, 28), 1);
    // Three sets for back and arms, not five.
    assert_eq!(p.weeks[0].sets_by_group, [0, 0, 3, 0, 0, 0, 3]);
    let row = &p.exercises[0];
    // 10 and 9 make a set of 9; 12 and 12 a set of 12; the lone left a set of 8.
    assert_eq!(row.rep_records.keys().copied().collect::<Vec<_>>(), [8, 9, 12]);
    // Volume is every side's work: 14 × (10 + 9 + 12 + 12 + 8).
    assert_eq!(row.volume[0].1, 714.0);
}

#[test]
fn kg_and_lb_are_never_mixed() {
    let at = "2026-11-24T07:00:00+01:00";
    let events = [
        session("s", at),
        Event::Set(set("s", "Press", 5, 60.0, at)),
        Event::Set(SetDone { unit: "lb", ..set("s", "Press", 5, 135.0, at) }),
    ];
    let p = report(&events, date(2026, 11, 28), 1);
    let by_unit: Vec<(&str, f64)> =
        p.exercises.iter().map(|e| (e.unit.as_str(), e.best.unwrap().load)).collect();
    assert_eq!(by_unit, [("kg", 60.0), ("lb", 135.0)]);
    // Both count as sets for the week's groups, whatever their unit (but 5 reps is not 8-12).
    assert_eq!(p.weeks[0].sets_by_group, [0; 7]);
}

#[test]
fn a_set_without_load_joins_its_exercise_whatever_unit_it_was_given() {
    let at = "2026-11-24T07:00:00+01:00";
    let bodyweight =
        |unit| Event::Set(SetDone { unit, load: None, ..set("s", "Pull-up", 8, 0.0, at) });
    let events = [session("s", at), bodyweight("lb"), bodyweight("kg"), bodyweight("lb")];
    let p = report(&events, date(2026, 11, 28), 1);
    let rows: Vec<(&str, &str)> =
        p.exercises.iter().map(|e| (e.name.as_str(), e.unit.as_str())).collect();
    // One row: an import's guess of a unit for a set without load splits nothing.
    assert_eq!(rows, [("Pull-up", "lb")]);
}

#[test]
fn warm_ups_never_count() {
    let at = "2026-11-24T07:00:00+01:00";
    let warmup = |reps, load| {
        Event::Set(SetDone { kind: SetKind::Warmup, ..set("w", "Squat", reps, load, at) })
    };
    let events = [
        session("w", at),
        warmup(10, 100.0),
        warmup(10, 20.0),
        // A session of nothing but warm-ups did not happen, as far as the plan goes.
        session("x", "2026-11-25T07:00:00+01:00"),
        Event::Set(SetDone {
            kind: SetKind::Warmup,
            ..set("x", "Squat", 10, 30.0, "2026-11-25T07:05:00+01:00")
        }),
        session("y", "2026-11-26T07:00:00+01:00"),
        Event::Set(set("y", "Squat", 10, 50.0, "2026-11-26T07:05:00+01:00")),
    ];
    let p = report(&events, date(2026, 11, 28), 1);
    assert_eq!(p.weeks[0].sessions, 1);
    assert_eq!(p.weeks[0].sets_by_group, [1, 1, 0, 0, 0, 0, 0]);
    let squat = &p.exercises[0];
    assert_eq!(squat.best.unwrap().load, 50.0);
    assert_eq!(squat.rep_records.get(&10), Some(&50.0));
    assert_eq!(squat.volume, [(p.weeks[0].week, 500.0)]);
}

#[test]
fn a_session_quit_early_counts_what_was_logged() {
    // The quit session's end record never reaches progress: its two sets count, and it is a
    // session; a session quit before any set is not.
    let events = [
        session("quit", "2026-11-24T07:00:00+01:00"),
        Event::Set(set("quit", "Squat", 10, 50.0, "2026-11-24T07:05:00+01:00")),
        Event::Set(set("quit", "Row", 10, 30.0, "2026-11-24T07:10:00+01:00")),
        session("empty", "2026-11-25T07:00:00+01:00"),
    ];
    let p = report(&events, date(2026, 11, 28), 1);
    assert_eq!(p.weeks[0].sessions, 1);
    assert_eq!(p.weeks[0].sets_by_group, [1, 1, 1, 0, 0, 0, 1]);
}

#[test]
fn a_session_whose_own_line_was_lost_counts_by_its_first_set() {
    let events = [Event::Set(set("lost", "Squat", 10, 50.0, "2026-11-24T07:05:00+01:00"))];
    let p = report(&events, date(2026, 11, 28), 1);
    assert_eq!((p.weeks[0].sessions, p.weeks[0].planned), (1, 2));
}

#[test]
fn only_work_sets_of_8_to_12_reps_count_for_the_guideline() {
    let at = "2026-11-24T07:00:00+01:00";
    let hold = SetDone { reps: None, load: None, ..set("s", "Crunch", 0, 0.0, at) };
    let events = [
        session("s", at),
        Event::Set(set("s", "Squat", 7, 60.0, at)),
        Event::Set(set("s", "Squat", 8, 60.0, at)),
        Event::Set(set("s", "Squat", 12, 50.0, at)),
        Event::Set(set("s", "Squat", 13, 60.0, at)),
        Event::Set(hold),
    ];
    let p = report(&events, date(2026, 11, 28), 1);
    assert_eq!(p.weeks[0].sets_by_group, [2, 2, 0, 0, 0, 0, 0]);
    // The estimate uses sets of 12 or fewer; rep records every count.
    let squat = p.exercises.iter().find(|e| e.name == "Squat").unwrap();
    assert_eq!(squat.rep_records.keys().copied().collect::<Vec<_>>(), [7, 8, 12, 13]);
    // 60 × 13 would estimate 86; past 12 reps there is no estimate, so 60 × 8 (76) is best.
    let best = squat.best.unwrap();
    assert_eq!((best.reps, best.e1rm), (8, 76.0));
}

#[test]
fn met_streak_and_plan() {
    // W46 and W47 meet the guideline; W48 (this week) has one session so far.
    let mut events = Vec::new();
    events.extend(full_body("a", "2026-11-10T07:00:00+01:00"));
    events.extend(full_body("b", "2026-11-12T07:00:00+01:00"));
    events.extend(full_body("c", "2026-11-17T07:00:00+01:00"));
    events.extend(full_body("d", "2026-11-19T07:00:00+01:00"));
    events.extend(full_body("e", "2026-11-24T07:00:00+01:00"));
    let p = report(&events, date(2026, 11, 28), 4);
    let met: Vec<bool> = p.weeks.iter().map(|w| w.met).collect();
    assert_eq!(met, [false, true, true, false]);
    assert_eq!(p.streak_weeks, 2, "this week is not over, so it does not break the streak");
    // Once this week meets too, it joins.
    events.extend(full_body("f", "2026-11-26T07:00:00+01:00"));
    assert_eq!(report(&events, date(2026, 11, 28), 4).streak_weeks, 3);
    // A missed week ends it.
    let p = report(&events, date(2026, 12, 8), 4);
    assert_eq!(p.streak_weeks, 0);
    // A week with one set short of two in a group does not meet it.
    let mut short = full_body("g", "2026-11-24T07:00:00+01:00");
    short.extend(full_body("h", "2026-11-26T07:00:00+01:00"));
    short.retain(|e| !matches!(e, Event::Set(s) if s.exercise == "Crunch" && s.session == "h"));
    assert!(!report(&short, date(2026, 11, 28), 1).weeks[0].met);
}

#[test]
fn the_plan_is_the_programme_in_use_that_week() {
    let three = |id, at| Event::Session { id, programme_file: "three.toml", started: at };
    let events = [
        session("a", "2026-11-03T07:00:00+01:00"),
        Event::Set(set("a", "Squat", 10, 50.0, "2026-11-03T07:05:00+01:00")),
        three("b", "2026-11-17T07:00:00+01:00"),
        Event::Set(set("b", "Squat", 10, 50.0, "2026-11-17T07:05:00+01:00")),
        Event::Session {
            id: "c",
            programme_file: "gone.toml",
            started: "2026-11-24T07:00:00+01:00",
        },
        Event::Set(set("c", "Squat", 10, 50.0, "2026-11-24T07:05:00+01:00")),
    ];
    let p = report(&events, date(2026, 11, 28), 5);
    let planned: Vec<u32> = p.weeks.iter().map(|w| w.planned).collect();
    // W44 takes the first plan; W46 keeps W45's; a programme that cannot be found keeps the
    // one before it.
    assert_eq!(planned, [2, 2, 2, 3, 3]);
}

#[test]
fn mood_and_breathing_by_week() {
    let events = [
        Event::Checkin { mood: 2, at: "2026-11-16T08:00:00+01:00" },
        Event::Checkin { mood: 5, at: "2026-11-24T08:00:00+01:00" },
        Event::Checkin { mood: 4, at: "2026-11-29T20:00:00+01:00" },
        Event::Breathing { started: "2026-11-23T00:10:00+01:00", seconds: 300 },
        Event::Breathing { started: "2026-11-22T23:55:00+01:00", seconds: 600 },
        Event::Breathing { started: "2026-11-28T21:00:00+01:00", seconds: 330 },
    ];
    let p = report(&events, date(2026, 11, 28), 2);
    let got: Vec<_> = p.weeks.iter().map(|w| (w.mood, w.checkins, w.breathing_seconds)).collect();
    assert_eq!(got, [(Some(2.0), 1, 600), (Some(4.5), 2, 630)]);
}

#[test]
fn estimated_max_over_time_is_each_days_best_in_the_window() {
    let events = [
        session("a", "2026-09-01T07:00:00+01:00"),
        Event::Set(set("a", "Squat", 10, 60.0, "2026-09-01T07:05:00+01:00")),
        session("b", "2026-11-24T07:00:00+01:00"),
        Event::Set(set("b", "Squat", 10, 60.0, "2026-11-24T07:05:00+01:00")),
        Event::Set(set("b", "Squat", 5, 75.0, "2026-11-24T07:10:00+01:00")),
        Event::Set(SetDone {
            rpe: Some(8.0),
            ..set("b", "Squat", 10, 60.0, "2026-11-24T07:15:00+01:00")
        }),
        Event::Set(SetDone {
            rpe: Some(9.0),
            ..set("b", "Squat", 10, 60.0, "2026-11-24T07:20:00+01:00")
        }),
    ];
    let p = report(&events, date(2026, 11, 28), 2);
    let squat = &p.exercises[0];
    // Only the window's day; 75 × 5 = 87.5 beats 60 × 10 = 80.
    assert_eq!(squat.e1rm, [(date(2026, 11, 24), 87.5)]);
    let best = squat.best.unwrap();
    assert_eq!((best.load, best.reps, best.e1rm), (75.0, 5, 87.5));
    assert_eq!(squat.rpe.iter().map(|(_, r)| *r).collect::<Vec<_>>(), [8.5]);
    assert_eq!(squat.last_done, Some(date(2026, 11, 24)));
}

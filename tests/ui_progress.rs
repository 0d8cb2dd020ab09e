//! The Progress screen, the check-in screen, a record announced after Log and the summary's
//! records and comparisons, as text at 80 × 24 and 40 × 12, to be read by eye when they change.

mod ui_fixtures;

use std::collections::HashMap;

use insta::assert_snapshot;
use jiff::civil::date;
use liftpace::core::app::{App, Msg, Screen};
use liftpace::core::checkin::{CheckinScreen, When};
use liftpace::core::keys::Key;
use liftpace::core::programme::Muscle;
use liftpace::core::progress::{Event, Lookup, PersonalBests, ProgressScreen, SetDone, Tally};
use liftpace::core::session::{self, LastTime, PastSet, SessionRecords, SetKind, Side};
use ui_fixtures::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

fn both_app(name: &str, app: &App) {
    for (w, h) in SIZES {
        assert_snapshot!(format!("{name}_{w}x{h}"), draw_app(app, s(0), w, h));
    }
}

struct Known;

impl Lookup for Known {
    fn muscles(&self, exercise: &str) -> &[Muscle] {
        match exercise {
            "Goblet squat" => &[Muscle::Legs, Muscle::Hips],
            "Dumbbell row" => &[Muscle::Back, Muscle::Arms],
            _ => &[],
        }
    }

    fn sessions_per_week(&self, _: &str) -> Option<u32> {
        Some(2)
    }
}

/// Ten weeks of two sessions, a squat that climbs 1 kg a week and a per-side row, check-ins
/// and a breathing session now and then; the report for Saturday 28 November 2026.
fn progress_screen() -> ProgressScreen {
    let mut stamps = Vec::new();
    for week in 0..10u32 {
        for day in [0u32, 3] {
            let date = date(2026, 9, 21).saturating_add(jiff::Span::new().days(week * 7 + day));
            stamps.push((week, format!("{date}T07:00:00+01:00"), format!("s{week}-{day}")));
        }
    }
    let mut tally = Tally::new();
    for (week, stamp, id) in &stamps {
        tally.add(Event::Session { id, programme_file: "built-in:full-body", started: stamp });
        let set = |exercise, reps, load| SetDone {
            session: id,
            exercise,
            kind: SetKind::Work,
            set: 1,
            side: None,
            reps: Some(reps),
            load: Some(load),
            unit: "kg",
            rpe: Some(7.0 + f64::from(week % 3) * 0.5),
            started: stamp,
        };
        for n in 1..=2 {
            tally.add(Event::Set(SetDone {
                set: n,
                ..set("Goblet squat", 10, 16.0 + f64::from(*week))
            }));
            for side in [Side::Left, Side::Right] {
                tally.add(Event::Set(SetDone {
                    set: n,
                    side: Some(side),
                    ..set("Dumbbell row", 12, 14.0)
                }));
            }
        }
        tally.add(Event::Checkin { mood: 2 + (*week % 4) as u8, at: stamp });
        if week % 2 == 0 {
            tally.add(Event::Breathing { started: stamp, seconds: 330 });
        }
    }
    ProgressScreen::new(tally.progress(date(2026, 11, 28), 16, &Known))
}

#[test]
fn progress() {
    both_app("progress", &App::new(progress_screen()));
    let mut second = progress_screen();
    Screen::update(&mut second, Msg::Key(Key::Down), s(0));
    both_app("progress_second_exercise", &App::new(second));
    let empty = Tally::new().progress(date(2026, 11, 28), 16, &Known);
    both_app("progress_empty", &App::new(ProgressScreen::new(empty)));
}

#[test]
fn checkin() {
    both_app("checkin", &App::new(CheckinScreen::new(When::After, [None, Some(4)])));
    let mut low = CheckinScreen::new(When::Before, [Some(4), Some(2)]);
    Screen::update(&mut low, Msg::Key(Key::Char('1')), s(0));
    assert!(low.kind_line);
    both_app("checkin_kind_line", &App::new(low));
}

#[test]
fn record_announced_after_log_and_listed_in_the_summary() {
    let mut bests = PersonalBests::default();
    bests.add(100.0, 5);
    let mut done = strength_summary();
    done.records = SessionRecords::new(HashMap::from([("Back squat".to_string(), bests)]));
    for set in done.logged.clone() {
        done.records.logged(&set);
    }
    let past = |reps, load| PastSet {
        reps: Some(reps),
        hold_s: None,
        load: Some(load),
        unit: "kg".into(),
        side: None,
    };
    done.last = HashMap::from([
        (
            "Back squat".to_string(),
            LastTime { date: "2026-11-25".into(), sets: vec![past(5, 105.0)] },
        ),
        (
            "Bench press".to_string(),
            LastTime { date: "2026-11-25".into(), sets: vec![past(8, 62.5)] },
        ),
    ]);
    done.sessions_this_week = 1;
    for (w, h) in SIZES {
        assert_snapshot!(format!("summary_records_{w}x{h}"), draw(&done, s(3_000), w, h));
    }
    let mut resting = done.clone();
    resting.screen = session::Screen::Rest { since: s(100), length: s(90) };
    resting.current = 4;
    for (w, h) in SIZES {
        assert_snapshot!(format!("rest_record_{w}x{h}"), draw(&resting, s(110), w, h));
    }
}

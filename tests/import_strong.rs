//! Strong's exports, every layout: sessions grouped by Date and Workout Name, Set Order's
//! W/D/F tags, Rest Timer and Note rows skipped, holds, 0 as "not given", units from a column,
//! a header or `--unit` (and a clear refusal without), and bad rows reported with their place.

mod import_support;

use import_support::{fixture, read, sets};
use liftpace::core::words::Units;
use liftpace::import::{App, FormatError};

#[test]
fn the_classic_layout_groups_tags_and_skips_what_is_not_a_set() {
    let import = read(App::Strong, &fixture("strong_classic.csv"), Some(Units::Kg)).unwrap();
    assert_eq!(import.workouts.len(), 2);
    let upper = &import.workouts[0];
    assert_eq!(upper.session.day, "Morning, upper");
    assert_eq!(upper.session.programme, "Strong");
    assert_eq!(upper.session.source.as_deref(), Some("strong"));
    assert_eq!(upper.session.started, "2024-09-14T07:05:12+02:00");
    assert_eq!(upper.end.ended, "2024-09-14T08:10:12+02:00", "1h 5m after the start");
    assert_eq!(
        sets(&import),
        [
            "Bench press #1 warmup 10x40kg",
            "Bench press #1 work 5x80kg rpe8",
            "Bench press #2 work 5x80kg rpe8.5",
            "Bench press #3 work/drop 8x60kg",
            "Lat pulldown #1 work/failure 10x55kg rpe9.5",
            "Plank #1 work 60s bw(kg)",
            "Back squat #1 work 5x100kg",
            "Hip Abductor (Machine) #1 work 12x45kg",
            "Back squat #2 work 5x100kg",
        ]
    );
    assert_eq!(import.skipped.rest_timers, 1);
    assert_eq!(import.skipped.cardio, 1);
    assert_eq!(import.problems.len(), 1);
    let problem = &import.problems[0];
    assert_eq!((problem.line, problem.col), (11, 56), "{problem:?}");
    assert!(problem.message.contains("Reps: \"five\""), "{}", problem.message);
    assert_eq!(import.unknown.len(), 1);
    assert_eq!(import.unknown[0].name, "Hip Abductor (Machine)");
}

#[test]
fn the_classic_layout_without_a_unit_asks_for_one() {
    let err = read(App::Strong, &fixture("strong_classic.csv"), None).unwrap_err();
    assert_eq!(err, FormatError::NeedsUnit(App::Strong));
    assert!(err.to_string().contains("--unit kg or --unit lb"), "{err}");
}

#[test]
fn the_android_layout_reads_units_per_row_and_decimal_commas() {
    let import = read(App::Strong, &fixture("strong_android.csv"), None).unwrap();
    assert_eq!(
        sets(&import),
        [
            "Overhead press #1 work 5x95lb",
            "Overhead press #2 work 4x102.5lb rpe7",
            "Pull-up #1 work 8 bw(lb)",
            "Dead hang #1 work 45s bw(lb)",
        ]
    );
    // A load with a blank unit cell is not guessed at.
    assert_eq!(import.problems.len(), 1);
    assert_eq!(import.problems[0].line, 6);
    assert!(import.problems[0].message.contains("--unit"), "{:?}", import.problems[0]);
    assert_eq!(import.workouts[0].end.ended, "2022-02-16T18:38:08+02:00");
    // With --unit the blank cell is filled, and the file's own units still win.
    let import = read(App::Strong, &fixture("strong_android.csv"), Some(Units::Kg)).unwrap();
    assert!(import.problems.is_empty());
    assert_eq!(sets(&import)[4], "Dumbbell curl #1 work 10x15kg");
    assert_eq!(sets(&import)[0], "Overhead press #1 work 5x95lb");
}

#[test]
fn the_layout_with_units_in_the_header_needs_no_unit() {
    let import = read(App::Strong, &fixture("strong_units_in_header.csv"), None).unwrap();
    assert_eq!(sets(&import), ["Deadlift #1 warmup 5x60kg", "Deadlift #1 work 3x140kg"]);
    assert_eq!(import.skipped.notes, 1);
    assert_eq!(import.skipped.cardio, 1);
    assert_eq!(import.workouts[0].end.ended, "2023-07-14T20:31:01+02:00");
}

#[test]
fn twelve_hour_times_and_a_same_named_workout_on_another_day_are_apart() {
    let text = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n\
                2024-01-15 6:30:00\u{202f}PM,Evening Workout,Deadlift (Barbell),1,100,5\n\
                2024-01-17 6:30:00\u{202f}PM,Evening Workout,Deadlift (Barbell),1,100,5\n";
    let import = read(App::Strong, text.as_bytes(), Some(Units::Kg)).unwrap();
    assert_eq!(import.workouts.len(), 2);
    assert_eq!(import.workouts[0].session.started, "2024-01-15T18:30:00+02:00");
    assert_ne!(import.workouts[0].session.id, import.workouts[1].session.id);
    assert_ne!(import.workouts[0].sets[0].origin, import.workouts[1].sets[0].origin);
}

#[test]
fn an_empty_or_foreign_file_says_what_was_expected() {
    let empty = read(App::Strong, b"", None).unwrap_err();
    assert!(empty.to_string().contains("empty: expected a Strong export"), "{empty}");
    assert!(empty.to_string().contains("Date,Workout Name,Duration"), "{empty}");
    let hevy = read(App::Strong, &fixture("hevy_kg.csv"), None).unwrap_err();
    assert!(hevy.to_string().contains("run `liftpace import hevy FILE`"), "{hevy}");
    let other = read(App::Strong, b"name,age\nBo,3\n", None).unwrap_err();
    let FormatError::Columns { missing, .. } = &other else { panic!("{other:?}") };
    assert_eq!(missing, &["Date", "Workout Name", "Exercise Name", "Set Order", "Reps"]);
}

#[test]
fn a_bad_set_order_or_date_skips_only_that_row() {
    let text = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n\
                2024-01-15 18:30:00,A,Deadlift,X,100,5\n\
                yesterday,A,Deadlift,1,100,5\n\
                2024-01-15 18:30:00,A,Deadlift,1,100,5\n";
    let import = read(App::Strong, text.as_bytes(), Some(Units::Kg)).unwrap();
    assert_eq!(sets(&import), ["Deadlift #1 work 5x100kg"]);
    let places: Vec<_> = import.problems.iter().map(|p| (p.line, p.col)).collect();
    assert_eq!(places, [(2, 32), (3, 1)]);
    assert!(import.problems[0].message.contains("not a set number, W, D or F"));
}

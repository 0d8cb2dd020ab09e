//! Hevy's export: 0-based set_index, the four set types, local times like
//! `15 Sep 2024, 18:02`, the unit from the weight column's name (pounds stay pounds), and a
//! row with an unknown set type reported with its place while the rest is kept.

mod import_support;

use import_support::{fixture, read, sets};
use liftpace::import::App;

#[test]
fn set_types_index_and_times_come_through() {
    let import = read(App::Hevy, &fixture("hevy_kg.csv"), None).unwrap();
    assert_eq!(import.workouts.len(), 2);
    let push = &import.workouts[0];
    assert_eq!(push.session.day, "Push Day");
    assert_eq!(push.session.programme, "Hevy");
    assert_eq!(push.session.started, "2024-09-15T18:02:00+02:00");
    assert_eq!(push.end.ended, "2024-09-15T19:10:00+02:00");
    assert_eq!(
        sets(&import),
        [
            "Bench press #1 warmup 10x40kg",
            "Bench press #1 work 6x80kg rpe8",
            "Bench press #2 work/failure 5x80kg rpe10",
            "Lateral raise #1 work/drop 15x8kg",
            "Plank #1 work 60s bw(kg)",
            "Back squat #1 work 5x100kg",
        ]
    );
    assert_eq!(import.skipped.cardio, 1, "the treadmill has a distance");
    assert_eq!(import.problems.len(), 1);
    let problem = &import.problems[0];
    assert_eq!((problem.line, problem.col), (9, 80), "{problem:?}");
    assert!(problem.message.contains("\"heavy\" is not normal, warmup, failure or dropset"));
}

#[test]
fn pounds_stay_pounds() {
    let import = read(App::Hevy, &fixture("hevy_lbs.csv"), None).unwrap();
    assert_eq!(
        sets(&import),
        [
            "Incline dumbbell press #1 work 13x48lb",
            "Incline dumbbell press #2 work 12x88.18lb rpe7.5"
        ]
    );
}

#[test]
fn a_strong_file_given_as_hevy_says_so() {
    let err = read(App::Hevy, &fixture("strong_android.csv"), None).unwrap_err();
    assert!(err.to_string().contains("run `liftpace import strong FILE`"), "{err}");
    let err = read(App::Hevy, b"title,start_time\nx,y\n", None).unwrap_err();
    assert!(err.to_string().contains("no exercise_title, set_index, set_type, reps, weight_kg"));
}

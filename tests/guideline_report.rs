//! The guideline report: sets and days a week per muscle group over the day rotation, what
//! counts as a set of 8-12, the verdict, and advice that names a day and a library exercise.
//! The estimate of a day's length lives in `estimate`. Programmes are built straight from the
//! model, so these tests do not depend on the loader's wording or defaults.

#[path = "guideline_report/estimate.rs"]
mod estimate;

use std::time::Duration;

use liftpace::core::breathing::Pattern;
use liftpace::core::guideline::{Report, report, verdict_word};
use liftpace::core::library::Library;
use liftpace::core::programme::Muscle::{self, *};
use liftpace::core::programme::{Day, Exercise, Load, Programme, Reps, Target};
use liftpace::core::tempo::{StartWith, Tempo};

fn run(p: &Programme) -> Report {
    report(p, &Library::built_in())
}

fn group(r: &Report, m: Muscle) -> (f64, f64, bool) {
    let g = r.groups.iter().find(|g| g.muscle == m).unwrap();
    (g.sets_per_week, g.days_per_week, g.meets)
}

fn advice(r: &Report, m: Muscle) -> &str {
    let found = r.suggestions.iter().find(|s| s.muscle == Some(m));
    &found.unwrap_or_else(|| panic!("no advice for {m:?} in {:#?}", r.suggestions)).text
}

/// Two days that train every group with 2 sets of 8-12 each.
fn full_body() -> Programme {
    let a = day(
        "A",
        vec![
            ex("Goblet squat", &[Legs, Hips], 2, "8-12"),
            ex("Push-up", &[Chest, Shoulders, Arms], 2, "10"),
            ex("Inverted row", &[Back, Arms], 2, "8-12"),
            ex("Crunch", &[Abdomen], 2, "10-12"),
        ],
    );
    let b = day(
        "B",
        vec![
            ex("Romanian deadlift", &[Legs, Hips], 2, "8-12"),
            ex("Overhead press", &[Shoulders, Arms], 2, "8"),
            ex("Dumbbell bench press", &[Chest, Arms], 2, "8-10"),
            ex("Lat pulldown", &[Back, Arms], 2, "10-12"),
            ex("Dead bug", &[Abdomen], 2, "12"),
        ],
    );
    programme(2, vec![a, b])
}

#[test]
fn a_programme_that_trains_everything_twice_meets_the_guideline() {
    let r = run(&full_body());
    assert!(r.meets(), "{r}");
    assert_eq!(verdict_word(&r), "meets");
    assert!(r.suggestions.is_empty());
    assert_eq!(r.groups.iter().map(|g| g.muscle).collect::<Vec<_>>(), Muscle::ALL);
    assert_eq!(group(&r, Legs), (4.0, 2.0, true));
    assert_eq!(group(&r, Arms), (10.0, 2.0, true));
    let text = r.to_string();
    assert_eq!(text.lines().count(), 1 + 7 + 1, "{text}");
    assert!(text.contains("✓ meets") && !text.contains("✗"), "{text}");
    assert!(text.lines().last().unwrap().starts_with("Meets the guideline"), "{text}");
}

#[test]
fn a_group_with_no_sets_is_a_gap_with_a_day_and_an_exercise() {
    let mut p = full_body();
    for d in &mut p.days {
        d.exercises.retain(|e| !e.muscles.contains(&Back));
    }
    let r = run(&p);
    assert!(!r.meets());
    assert_eq!(verdict_word(&r), "gaps");
    assert_eq!(group(&r, Back), (0.0, 0.0, false));
    let text = advice(&r, Back);
    assert!(text.starts_with("back: no sets — add a back exercise such as "), "{text}");
    assert!(text.contains("to day A and day B, a set of 8-12 each"), "{text}");
    assert_suggests_a_library_exercise(text, Back);
    let table = r.to_string();
    assert!(table.contains("✗ gap"), "{table}");
    assert!(table.contains("Gaps: 1 of 7 groups"), "{table}");
    assert!(table.contains(text), "{table}");
}

#[test]
fn a_group_trained_on_one_day_of_two_gets_the_other_day() {
    let mut p = full_body();
    p.days[1].exercises.retain(|e| !e.muscles.contains(&Chest));
    p.days[0].exercises[1].sets = 3;
    let r = run(&p);
    assert_eq!(group(&r, Chest), (3.0, 1.0, false));
    let text = advice(&r, Chest);
    assert!(text.starts_with("chest: 1 day a week — add a chest exercise such as "), "{text}");
    assert!(text.ends_with("to day B too, a set of 8-12"), "{text}");
    assert_suggests_a_library_exercise(text, Chest);
}

#[test]
fn days_rotate_so_each_is_done_sessions_over_days_times_a_week() {
    let mut p = full_body();
    p.sessions_per_week = 3;
    let r = run(&p);
    assert_eq!(group(&r, Legs), (6.0, 3.0, true));
    // Chest only on day A: A is done 1.5 times a week, which is not 2 days.
    p.days[1].exercises.retain(|e| !e.muscles.contains(&Chest));
    let r = run(&p);
    assert_eq!(group(&r, Chest), (3.0, 1.5, false));
    assert!(advice(&r, Chest).starts_with("chest: 1.5 days a week"), "{r}");
    // Three days at 2 sessions a week: 2/3 each, and all three make exactly 2 days.
    let third = day("C", vec![ex("Push-up", &[Chest], 1, "10")]);
    let mut p = full_body();
    p.days.push(third);
    let r = run(&p);
    let (sets, days, meets) = group(&r, Chest);
    assert!((sets - 10.0 / 3.0).abs() < 1e-9 && days == 2.0 && meets, "{r}");
    let (sets, days, meets) = group(&r, Legs);
    assert!((sets - 8.0 / 3.0).abs() < 1e-9 && (days - 4.0 / 3.0).abs() < 1e-9 && !meets);
    assert!(advice(&r, Legs).contains("to day C too"), "{r}");
}

#[test]
fn one_day_done_twice_a_week_counts_as_two_days() {
    let only = day("Full", full_body().days.into_iter().flat_map(|d| d.exercises).collect());
    let r = run(&programme(2, vec![only]));
    assert!(r.meets(), "{r}");
    assert_eq!(group(&r, Back), (8.0, 2.0, true));
}

#[test]
fn one_session_a_week_is_programme_wide_advice() {
    let mut p = full_body();
    p.sessions_per_week = 1;
    let r = run(&p);
    assert!(r.groups.iter().all(|g| !g.meets && g.days_per_week == 1.0));
    let first = &r.suggestions[0];
    assert_eq!(first.muscle, None);
    assert!(first.text.contains("sessions_per_week = 2"), "{}", first.text);
}

#[test]
fn days_a_week_never_exceed_seven() {
    let r = run(&programme(14, vec![day("A", vec![ex("Plank", &[Abdomen], 2, "30s")])]));
    assert_eq!(group(&r, Abdomen), (0.0, 0.0, false));
    let r = run(&programme(14, full_body().days));
    assert_eq!(group(&r, Legs), (28.0, 7.0, true));
}

#[test]
fn only_targets_wholly_within_8_to_12_count_and_overlaps_are_reported_apart() {
    // (reps, counted as guideline sets, reported as partly in range)
    let table = [
        ("8", true, false),
        ("12", true, false),
        ("8-12", true, false),
        ("10-12", true, false),
        ("7", false, false),
        ("13", false, false),
        ("5", false, false),
        ("1-8", false, true),
        ("5-8", false, true),
        ("6-10", false, true),
        ("12-30", false, true),
        ("3-5", false, false),
        ("13-20", false, false),
        ("max", false, false),
        ("30s", false, false),
    ];
    for (reps, counted, partly) in table {
        let a = day("A", vec![ex("Lunge", &[Legs], 1, reps)]);
        let r = run(&programme(2, vec![a]));
        let legs = r.groups.iter().find(|g| g.muscle == Legs).unwrap();
        assert_eq!(legs.sets_per_week, if counted { 2.0 } else { 0.0 }, "reps {reps}");
        assert_eq!(legs.partial_sets_per_week, if partly { 2.0 } else { 0.0 }, "reps {reps}");
        // Overlapping sets alone never make the verdict "meets".
        assert_eq!(legs.meets, counted, "reps {reps}");
        if partly {
            assert!(r.to_string().contains("✗ gap · 2 more sets partly in 8-12"), "{r}");
        }
    }
}

#[test]
fn per_side_sets_count_once() {
    let mut split = ex("Split squat", &[Legs], 2, "10");
    split.per_side = true;
    let r = run(&programme(2, vec![day("A", vec![split])]));
    assert_eq!(group(&r, Legs), (4.0, 2.0, true));
}

#[test]
fn sets_outside_the_range_are_named_in_the_advice() {
    let mut p = full_body();
    p.days[0].exercises[0] = ex("Back squat", &[Legs, Hips], 5, "5");
    p.days[1].exercises[0] = ex("Back squat", &[Legs, Hips], 5, "5");
    p.days[0].exercises[3] = ex("Plank", &[Abdomen], 3, "30s");
    p.days[1].exercises[4] = ex("Hanging leg raise", &[Abdomen], 3, "max");
    let r = run(&p);
    let legs = advice(&r, Legs);
    assert!(
        legs.starts_with(
            "legs: 8-12 reps needed — Back squat is 5 reps: change reps to 8-12, or add a \
             back-off set of 8-12 after it; or add a legs"
        ),
        "{legs}"
    );
    assert!(!legs.contains("such as Back squat"), "{legs}");
    assert_suggests_a_library_exercise(legs, Legs);
    let abs = advice(&r, Abdomen);
    // A hold has no reps to change: the rep-range answer names the lift done for reps.
    assert!(
        abs.starts_with(
            "abdomen: 8-12 reps needed — Hanging leg raise is max reps: change reps to 8-12"
        ),
        "{abs}"
    );
    assert!(!abs.contains("Plank or") && !abs.contains("such as Plank"), "holds are no fix: {abs}");
}

#[test]
fn advice_follows_the_programmes_equipment() {
    let mut p = full_body();
    for d in &mut p.days {
        d.exercises.retain(|e| !e.muscles.contains(&Back));
    }
    p.days[0].exercises.push(ex("Band pull-apart", &[Shoulders], 2, "15"));
    p.days[1].exercises.push(ex("Band curl", &[Arms], 2, "12"));
    p.days[1].exercises.push(ex("Band squat", &[Legs], 2, "12"));
    p.days[1].exercises.push(ex("Band lateral raise", &[Shoulders], 2, "12"));
    let r = run(&p);
    let text = advice(&r, Back);
    let library = Library::built_in();
    let first = text.split("such as ").nth(1).unwrap().split(" or ").next().unwrap();
    assert_eq!(library.lookup(first).unwrap().equipment.as_str(), "band", "{text}");
}

/// The advice names exercises from the library that train the group and that a beginner can
/// start alone.
fn assert_suggests_a_library_exercise(text: &str, muscle: Muscle) {
    let library = Library::built_in();
    let named = text.split("such as ").nth(1).expect(text);
    let named = named.split(" to day").next().unwrap();
    for name in named.split(" or ") {
        let info = library.lookup(name).unwrap_or_else(|| panic!("`{name}` is not in the library"));
        assert!(info.muscles.contains(&muscle) && !info.hold, "{name} for {muscle:?}");
        assert!(info.beginner && !info.technical, "{name} is not beginner-safe: {text}");
    }
}

/// `sets` of `reps` (as a programme writes them: "10", "8-12", "max" or "30s") of `name`.
fn ex(name: &str, muscles: &[Muscle], sets: u32, reps: &str) -> Exercise {
    let target = if let Some(secs) = reps.strip_suffix('s') {
        Target::Hold(Duration::from_secs(secs.parse().unwrap()))
    } else if reps == "max" {
        Target::Reps(Reps::Max)
    } else if let Some((lo, hi)) = reps.split_once('-') {
        Target::Reps(Reps::Range(lo.parse().unwrap(), hi.parse().unwrap()))
    } else {
        Target::Reps(Reps::Exact(reps.parse().unwrap()))
    };
    Exercise {
        name: name.into(),
        load: Load::Bodyweight,
        sets,
        target,
        tempo: Tempo { eccentric: 3, bottom: 1, concentric: 1, top: 0, explosive: false },
        start: StartWith::Eccentric,
        rest: Duration::from_secs(90),
        breathing: Pattern::built_in("none").unwrap(),
        muscles: muscles.to_vec(),
        notes: None,
        per_side: false,
        ..Exercise::default()
    }
}

fn day(name: &str, exercises: Vec<Exercise>) -> Day {
    Day { name: name.into(), exercises }
}

fn programme(sessions_per_week: u32, days: Vec<Day>) -> Programme {
    Programme { sessions_per_week, ..Programme::new("Test", days) }
}

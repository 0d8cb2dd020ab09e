//! The estimated length of a day: countdowns, paced reps or holds, a setup allowance per set,
//! and rests between sets (none after the last, none between the two sides of a set).

use std::time::Duration;

use super::{day, ex};
use liftpace::core::guideline::{SETUP_ALLOWANCE, estimate_day};
use liftpace::core::programme::Muscle::Legs;
use liftpace::core::tempo::Tempo;

const COUNTDOWN: Duration = Duration::from_secs(3);

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn the_allowance_is_thirty_seconds() {
    assert_eq!(SETUP_ALLOWANCE, secs(30));
}

#[test]
fn table_of_days() {
    // The fixture's tempo is 3-1-1-0 (5 s a rep) and its rest 90 s.
    let per_side = |mut e: liftpace::core::programme::Exercise| {
        e.per_side = true;
        e
    };
    let table = [
        // One set of 10: 3 + 50 + 30, no rest after the last set.
        (vec![ex("Squat", &[Legs], 1, "10")], 83),
        // A range paces to its top: 12 reps.
        (vec![ex("Squat", &[Legs], 1, "8-12")], 3 + 60 + 30),
        // "max" is taken as 12 reps.
        (vec![ex("Squat", &[Legs], 1, "max")], 3 + 60 + 30),
        // A hold is its own length.
        (vec![ex("Plank", &[Legs], 1, "45s")], 3 + 45 + 30),
        // Three sets: three of everything, two rests.
        (vec![ex("Squat", &[Legs], 3, "10")], 3 * 83 + 2 * 90),
        // Per side: left and right back to back, rest after both.
        (vec![per_side(ex("Split squat", &[Legs], 2, "10"))], 4 * 83 + 90),
        // Two exercises: the rest after the first one's last set is that exercise's rest.
        (vec![ex("Squat", &[Legs], 1, "10"), ex("Plank", &[Legs], 1, "30s")], 83 + 90 + 63),
        // No exercises, no time.
        (vec![], 0),
    ];
    for (exercises, want) in table {
        let names: Vec<String> = exercises.iter().map(|e| e.name.clone()).collect();
        assert_eq!(estimate_day(&day("A", exercises), COUNTDOWN), secs(want), "{names:?}");
    }
}

#[test]
fn the_countdown_tempo_and_rest_are_the_exercises_own() {
    let mut squat = ex("Squat", &[Legs], 2, "5");
    squat.tempo = Tempo { eccentric: 2, bottom: 0, concentric: 1, top: 1, explosive: false };
    squat.rest = secs(180);
    let d = day("A", vec![squat]);
    assert_eq!(estimate_day(&d, secs(5)), secs(2 * (5 + 20 + 30) + 180));
    assert_eq!(estimate_day(&d, Duration::ZERO), secs(2 * (20 + 30) + 180));
}

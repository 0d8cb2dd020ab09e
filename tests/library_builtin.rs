//! The embedded exercise library: it parses, it is broad, every name finds its own exercise,
//! and the well-known lifts start and match the way lifters expect.

use std::collections::HashSet;

use liftpace::core::library::{Equipment, Library};
use liftpace::core::programme::Muscle;
use liftpace::core::tempo::StartWith;

#[test]
fn the_asset_parses_and_is_broad() {
    let library = Library::built_in();
    let all = library.exercises();
    assert!(all.len() >= 110, "only {} exercises", all.len());
    for muscle in Muscle::ALL {
        let n = all.iter().filter(|ex| ex.muscles.contains(&muscle)).count();
        assert!(n >= 5, "{} is trained by only {n} exercises", muscle.as_str());
    }
    for equipment in Equipment::ALL {
        let n = all.iter().filter(|ex| ex.equipment == equipment).count();
        assert!(n >= 5, "only {n} {} exercises", equipment.as_str());
    }
    assert!(all.iter().all(|ex| !ex.muscles.is_empty()));
}

#[test]
fn every_name_and_alias_finds_its_own_exercise_and_no_other() {
    let library = Library::built_in();
    let mut seen = HashSet::new();
    for ex in library.exercises() {
        for name in std::iter::once(&ex.name).chain(&ex.aliases) {
            let found = library.lookup(name).map(|f| f.name.as_str());
            assert_eq!(found, Some(ex.name.as_str()), "`{name}` should find `{}`", ex.name);
            let shouted = library.lookup(&format!("  {}  ", name.to_uppercase()));
            assert_eq!(shouted.map(|f| f.name.as_str()), Some(ex.name.as_str()));
        }
        assert!(seen.insert(ex.name.to_lowercase()), "`{}` is listed twice", ex.name);
    }
}

#[test]
fn names_match_however_they_are_written() {
    let library = Library::built_in();
    let table = [
        ("rdl", "Romanian deadlift"),
        ("RDL", "Romanian deadlift"),
        ("romanian  deadlift", "Romanian deadlift"),
        ("ohp", "Overhead press"),
        ("military press", "Overhead press"),
        ("chin-up", "Chin-up"),
        ("chin up", "Chin-up"),
        ("Chinups", "Chin-up"),
        ("pull up", "Pull-up"),
        ("Pull-up", "Pull-up"),
        ("PULL-UP", "Pull-up"),
        ("pull-ups", "Pull-up"),
        ("pullup", "Pull-up"),
        ("DB bench", "Dumbbell bench press"),
        ("BSS", "Bulgarian split squat"),
        ("squat", "Back squat"),
        ("farmers walk", "Farmer's carry"),
        ("press-up", "Push-up"),
        ("Push-ups", "Push-up"),
        ("goblet squat", "Goblet squat"),
        ("\tplank ", "Plank"),
    ];
    for (written, want) in table {
        let found = library.lookup(written).map(|ex| ex.name.as_str());
        assert_eq!(found, Some(want), "lookup({written:?})");
    }
    for unknown in ["", "   ", "-", "zottman shuffle", "squat jump thing"] {
        assert!(library.lookup(unknown).is_none(), "lookup({unknown:?}) should find nothing");
    }
}

#[test]
fn well_known_lifts_start_where_lifters_start_them() {
    use StartWith::{Concentric, Eccentric};
    let library = Library::built_in();
    let table = [
        ("Deadlift", Concentric),
        ("Barbell row", Concentric),
        ("Pull-up", Concentric),
        ("Chin-up", Concentric),
        ("Lat pulldown", Concentric),
        ("Dumbbell curl", Concentric),
        ("Barbell hip thrust", Concentric),
        ("Overhead press", Concentric),
        ("Lateral raise", Concentric),
        ("Leg extension", Concentric),
        ("Lying leg curl", Concentric),
        ("Back squat", Eccentric),
        ("Bench press", Eccentric),
        ("Romanian deadlift", Eccentric),
        ("Push-up", Eccentric),
        ("Dip", Eccentric),
        ("Leg press", Eccentric),
        ("Goblet squat", Eccentric),
    ];
    for (name, start) in table {
        assert_eq!(library.lookup(name).map(|ex| ex.start), Some(start), "{name}");
    }
}

#[test]
fn holds_and_muscles_of_well_known_lifts() {
    let library = Library::built_in();
    let info = |name: &str| library.lookup(name).unwrap_or_else(|| panic!("{name} is missing"));
    for hold in ["Plank", "Side plank", "Wall sit", "Dead hang", "Hollow hold"] {
        assert!(info(hold).hold, "{hold} is a hold");
    }
    assert!(!info("Back squat").hold);
    assert_eq!(info("Bench press").muscles, [Muscle::Chest, Muscle::Shoulders, Muscle::Arms]);
    assert_eq!(info("Pull-up").muscles, [Muscle::Back, Muscle::Arms]);
    assert_eq!(info("Barbell hip thrust").muscles, [Muscle::Hips]);
    assert_eq!(info("Plank").muscles, [Muscle::Abdomen]);
    assert_eq!(info("Band pull-apart").equipment, Equipment::Band);
    assert_eq!(info("Kettlebell swing").equipment, Equipment::Kettlebell);
}

/// The review's findings, one row each: what a name finds, its muscle groups and which half of
/// the rep comes first (and so whether the first paced word is INHALE or EXHALE).
#[test]
fn the_reviewed_entries_train_the_right_groups_and_start_the_right_way() {
    use Muscle::*;
    use StartWith::*;
    #[rustfmt::skip]
    let table: &[(&str, &str, &[Muscle], StartWith)] = &[
        // Dead bug: the reach is paced first, as EXHALE.
        ("Dead bug", "Dead bug", &[Abdomen], Concentric),
        // Every hinge works the back that holds the spine still.
        ("Romanian deadlift", "Romanian deadlift", &[Legs, Hips, Back], Eccentric),
        ("RDL", "Romanian deadlift", &[Legs, Hips, Back], Eccentric),
        ("Stiff-leg deadlift", "Stiff-leg deadlift", &[Legs, Hips, Back], Concentric),
        ("Single-leg RDL", "Single-leg Romanian deadlift", &[Legs, Hips, Back], Eccentric),
        ("Dumbbell RDL", "Dumbbell Romanian deadlift", &[Legs, Hips, Back], Eccentric),
        ("Dumbbell deadlift", "Dumbbell deadlift", &[Legs, Hips, Back], Concentric),
        ("Kettlebell deadlift", "Kettlebell deadlift", &[Legs, Hips, Back], Concentric),
        // Pressing down and at an angle still takes the front of the shoulders.
        ("Decline bench press", "Decline bench press", &[Chest, Shoulders, Arms], Eccentric),
        ("Assisted dip", "Assisted dip", &[Chest, Shoulders, Arms], Eccentric),
        ("Bench dip", "Bench dip", &[Arms, Chest, Shoulders], Eccentric),
        // The plain name is the dumbbell version, lowered first; the cable one says "cable".
        ("Overhead triceps extension", "Dumbbell overhead triceps extension", &[Arms], Eccentric),
        ("Overhead cable triceps extension", "Overhead cable triceps extension", &[Arms], Concentric),
        // Leg and knee raises are trunk work first.
        ("Hanging leg raise", "Hanging leg raise", &[Abdomen, Hips], Concentric),
        ("Hanging knee raise", "Hanging knee raise", &[Abdomen, Hips], Concentric),
        ("Leg raise", "Lying leg raise", &[Abdomen, Hips], Concentric),
        // The rest of the review.
        ("Floor press", "Floor press", &[Chest, Shoulders, Arms], Eccentric),
        ("Rack pull", "Rack pull", &[Back, Hips, Legs], Concentric),
    ];
    let library = Library::built_in();
    for &(name, found, muscles, start) in table {
        let info = library.lookup(name).unwrap_or_else(|| panic!("`{name}` is not found"));
        assert_eq!(info.name, found, "{name}");
        assert_eq!(info.muscles, muscles, "{name}");
        assert_eq!(info.start, start, "{name}");
    }
}

/// Pulldowns pull, pushdowns push, a cable crunch crunches: the words while pacing follow.
#[test]
fn cable_and_band_exercises_move_the_way_their_names_say() {
    use liftpace::core::library::Motion::{self, *};
    let table: &[(&str, Motion)] = &[
        ("Lat pulldown", Pull),
        ("Close-grip lat pulldown", Pull),
        ("Straight-arm pulldown", Pull),
        ("Face pull", Pull),
        ("Band face pull", Pull),
        ("Band lat pulldown", Pull),
        ("Triceps pushdown", Push),
        ("Rope pushdown", Push),
        ("Band triceps pushdown", Push),
        ("Cable crunch", Crunch),
        ("Dead bug", Reach),
        ("Back squat", Lift),
        ("Dumbbell curl", Lift),
    ];
    let library = Library::built_in();
    for &(name, motion) in table {
        assert_eq!(library.lookup(name).unwrap().motion, motion, "{name}");
    }
    assert_eq!((Pull.concentric(), Pull.eccentric()), ("pull", "return slowly"));
    assert_eq!((Push.concentric(), Crunch.concentric()), ("push", "crunch"));
    assert_eq!((Lift.concentric(), Lift.eccentric()), ("lift", "lower slowly"));
}

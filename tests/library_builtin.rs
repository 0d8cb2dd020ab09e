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

//! The programmes shipped in the binary: each loads cleanly, and each meets the public
//! guideline it promises (every major muscle group, two or more sets of 8-12, twice a week).

use std::collections::BTreeMap;
use std::time::Duration;

use liftpace::core::programme::load::{Loaded, load};
use liftpace::core::programme::{Day, Muscle, Programme, Reps, Target, builtin};

fn loaded(b: builtin::BuiltIn) -> Loaded {
    match load(b.text, b.file) {
        Ok(loaded) => loaded,
        Err(e) => panic!("{}", liftpace::core::programme::load::render(&e, false)),
    }
}

/// Sets per muscle group whose rep target lies within 8-12.
fn guideline_sets(day: &Day) -> BTreeMap<Muscle, u32> {
    let mut sets = BTreeMap::new();
    for e in &day.exercises {
        let in_range = match e.target {
            Target::Reps(Reps::Exact(n)) => (8..=12).contains(&n),
            Target::Reps(Reps::Range(lo, hi)) => lo >= 8 && hi <= 12,
            Target::Reps(Reps::Max) | Target::Hold(_) => false,
        };
        if in_range {
            for m in &e.muscles {
                *sets.entry(*m).or_default() += e.sets;
            }
        }
    }
    sets
}

/// A generous estimate of a day: every rep to the top of its range, both sides, every rest.
fn day_length(day: &Day) -> Duration {
    day.exercises
        .iter()
        .map(|e| {
            let work = match e.target {
                Target::Reps(r) => e.tempo.rep_length() * r.top().unwrap_or(12),
                Target::Hold(d) => d,
            };
            let sides = if e.per_side { 2 } else { 1 };
            (work * sides + e.rest) * e.sets
        })
        .sum()
}

#[test]
fn every_built_in_loads_without_errors_or_warnings() {
    assert!(!builtin::ALL.is_empty());
    for b in builtin::ALL {
        let loaded = loaded(*b);
        assert!(loaded.warnings.is_empty(), "{}: {:?}", b.file, loaded.warnings);
        assert!(!loaded.programme.days.is_empty(), "{}", b.file);
        assert_eq!(builtin::find(b.name), Some(*b));
        assert_eq!(b.file, format!("programs/{}.toml", b.name));
    }
}

#[test]
fn every_built_in_meets_the_guideline_on_every_day() {
    for b in builtin::ALL {
        let Programme { sessions_per_week, days, .. } = loaded(*b).programme;
        assert!(sessions_per_week >= 2, "{}", b.file);
        for day in &days {
            let sets = guideline_sets(day);
            for m in Muscle::ALL {
                let n = sets.get(&m).copied().unwrap_or(0);
                assert!(n >= 2, "{} day {}: {} has {n} sets of 8-12", b.file, day.name, m.as_str());
            }
        }
    }
}

#[test]
fn the_default_is_full_body_twice_a_week_in_under_an_hour() {
    let b = builtin::default();
    assert_eq!(b.name, "full-body");
    let p = loaded(b).programme;
    assert_eq!(p.name, "Full body, twice a week");
    assert_eq!(p.sessions_per_week, 2);
    assert_eq!(p.days.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
    for day in &p.days {
        let minutes = day_length(day).as_secs() / 60;
        assert!((40..=60).contains(&minutes), "day {} takes about {minutes} min", day.name);
        for e in &day.exercises {
            assert!((60..=120).contains(&e.rest.as_secs()), "{} rests {:?}", e.name, e.rest);
        }
    }
}

#[test]
fn the_default_shows_off_every_feature_it_teaches() {
    let p = loaded(builtin::default()).programme;
    let all: Vec<_> = p.days.iter().flat_map(|d| &d.exercises).collect();
    let find = |name: &str| all.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}"));
    use liftpace::core::tempo::StartWith;
    assert_eq!(find("Deadlift").start, StartWith::Concentric);
    assert_eq!(find("Romanian deadlift").start, StartWith::Eccentric);
    assert_eq!(find("Deadlift").breathing.name, "long-exhale");
    assert!(find("One-arm dumbbell row").per_side);
    assert_eq!(find("Plank").target, Target::Hold(Duration::from_secs(30)));
    assert!(all.iter().any(|e| e.notes.is_some()));
}

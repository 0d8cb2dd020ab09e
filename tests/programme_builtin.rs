//! The programmes shipped in the binary: each loads cleanly, and each fares against the public
//! guideline (every major muscle group, two or more sets of 8-12, twice a week) exactly as the
//! `# verdict:` line of its header promises.

use std::time::Duration;

use liftpace::core::guideline;
use liftpace::core::library::Library;

use liftpace::core::programme::load::{Loaded, load};
use liftpace::core::programme::{Day, Target, builtin};

fn loaded(b: builtin::BuiltIn) -> Loaded {
    match load(b.text, b.file) {
        Ok(loaded) => loaded,
        Err(e) => panic!("{}", liftpace::core::programme::load::render(&e, false)),
    }
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

/// The verdict a built-in's header promises on its `# verdict:` line.
fn claimed_verdict(b: builtin::BuiltIn) -> &'static str {
    let line = b.text.lines().find_map(|l| l.strip_prefix("# verdict: "));
    let word = line.and_then(|l| l.split_whitespace().next());
    match word {
        Some("meets") => "meets",
        Some("gaps") => "gaps",
        other => panic!("{}: no `# verdict: meets|gaps` line in the header ({other:?})", b.file),
    }
}

#[test]
fn every_built_in_is_as_good_as_its_header_says() {
    let library = Library::built_in();
    for b in builtin::ALL {
        let programme = loaded(*b).programme;
        assert!(programme.sessions_per_week >= 2, "{}", b.file);
        let report = guideline::report(&programme, &library);
        assert_eq!(guideline::verdict_word(&report), claimed_verdict(*b), "{}:\n{report}", b.file);
    }
}

#[test]
fn the_built_ins_teach_the_main_kinds_of_week() {
    let meeting = builtin::ALL.iter().filter(|b| claimed_verdict(**b) == "meets").count();
    assert!(meeting >= 4, "full body 2x and 3x, upper/lower and home all meet the guideline");
    for name in ["full-body", "full-body-3x", "upper-lower", "home", "strength-linear"] {
        assert!(builtin::find(name).is_some(), "{name}");
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

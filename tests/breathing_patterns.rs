//! A programme's own breathing patterns as the loader reads them: sane bounds warned about at
//! their place, ramps, an end rate, and a pattern called `recover` from before it was built in.

use std::time::Duration;

use liftpace::core::breathing::Pattern;
use liftpace::core::phase::PhaseKind;
use liftpace::core::programme::load::{Loaded, load, render};

fn loaded(text: &str) -> Loaded {
    load(text, "t.toml").unwrap_or_else(|e| panic!("{}", render(&e, false)))
}

/// A one-exercise programme resting with the pattern `name`, defined by `table`.
fn with_pattern(name: &str, table: &str) -> String {
    format!(
        "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"E\"\nmuscles = \
         [\"legs\"]\nbreathing = \"{name}\"\n\n[breathing.{name}]\n{table}\n"
    )
}

fn warnings(text: &str) -> Vec<(String, (usize, usize))> {
    loaded(text).warnings.iter().map(|w| (w.message().to_string(), w.line_col())).collect()
}

fn pattern(text: &str) -> Pattern {
    loaded(text).programme.days[0].exercises[0].breathing.clone()
}

#[test]
fn check_warns_on_long_holds_and_odd_rates_at_the_table() {
    let table = [
        ("inhale = 4\nhold = 12\nexhale = 4", "holds the breath for 12 s"),
        ("inhale = 10\nexhale = 12", "paces 2.7 breaths a minute, slower than 3"),
        ("inhale = 1\nexhale = 1.5", "paces 24 breaths a minute, faster than 20"),
        ("inhale = 4\nexhale = 6\nstart_rate = 30\nramp = 60", "paces 30 breaths a minute"),
    ];
    for (body, said) in table {
        let found = warnings(&with_pattern("odd", body));
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert!(found[0].0.contains(said), "{body}: {found:?}");
        assert_eq!(found[0].1, (9, 1), "at the pattern's table");
    }
    assert_eq!(warnings(&with_pattern("calm", "inhale = 4\nhold = 10\nexhale = 6")), []);
}

#[test]
fn a_ramp_eases_from_its_start_rate_to_its_own() {
    let p = pattern(&with_pattern(
        "wind-down",
        "inhale = 4\nexhale = 6\nstart_rate = 7\nramp = \"3m\"",
    ));
    let rates: Vec<(u64, f64)> = p.ramp.iter().map(|k| (k.at.as_secs(), k.rate)).collect();
    assert_eq!(rates, [(0, 7.0), (180, 6.0)]);
    // An end rate keeps the proportions: 4:6 at 5 a minute is 4.8 s in, 7.2 s out.
    let p = pattern(&with_pattern("slow", "inhale = 4\nexhale = 6\nend_rate = 5"));
    let lengths: Vec<Duration> = p.steps.iter().map(|s| s.step.length).collect();
    assert_eq!(lengths, [Duration::from_millis(4800), Duration::from_millis(7200)]);
}

#[test]
fn half_a_ramp_is_an_error_with_its_place() {
    let text = with_pattern("half", "inhale = 4\nexhale = 6\nstart_rate = 7");
    let error = load(&text, "t.toml").expect_err("half a ramp");
    let shown = render(&error, false);
    assert!(shown.contains("needs both `start_rate` and `ramp`"), "{shown}");
    assert!(shown.contains("t.toml:9:1"), "{shown}");
    let text = with_pattern("fast", "inhale = 4\nexhale = 6\nend_rate = 90");
    let shown = render(&load(&text, "t.toml").expect_err("too fast"), false);
    assert!(shown.contains("t.toml:12:12"), "{shown}");
}

#[test]
fn a_programme_of_its_own_recover_keeps_it_with_a_warning() {
    let text = with_pattern("recover", "inhale = 4\nexhale = 8");
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("`recover` is now a built-in pattern"), "{found:?}");
    let own = pattern(&text);
    assert_eq!(own.breath_length(), Duration::from_secs(12), "its own, not the built-in");
    // Other built-in names are still refused.
    assert!(load(&with_pattern("box", "inhale = 4\nexhale = 8"), "t.toml").is_err());
}

#[test]
fn without_a_pattern_rests_recover() {
    let text = "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"E\"\nmuscles = [\"legs\"]\n";
    let p = pattern(text);
    assert_eq!(p.name, "recover");
    assert_eq!(p.phase_at(Duration::ZERO).map(|p| p.kind), Some(PhaseKind::Recover));
}

//! How a valid programme resolves: inheritance from `[defaults]`, the built-in defaults,
//! tempos, starts, breathing patterns and the warnings worth showing.

use std::time::Duration;

use super::{Loaded, load};
use crate::core::breathing::Pattern;
use crate::core::programme::{Exercise, Load, Muscle, Reps, Target, Units};
use crate::core::tempo::{StartWith, Tempo};

fn loaded(text: &str) -> Loaded {
    load(text, "t.toml").unwrap_or_else(|e| panic!("{}", super::render(&e, false)))
}

/// The exercises of a one-day programme with `defaults` and these exercise bodies.
fn exercises(defaults: &str, bodies: &[&str]) -> Vec<Exercise> {
    let mut text = format!("name = \"P\"\n[defaults]\n{defaults}\n[[day]]\nname = \"A\"\n");
    for (i, body) in bodies.iter().enumerate() {
        text += &format!("[[day.exercise]]\nname = \"E{i}\"\nmuscles = [\"legs\"]\n{body}\n");
    }
    loaded(&text).programme.days.remove(0).exercises
}

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn with_nothing_written_the_built_in_defaults_apply() {
    let loaded = loaded("name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n");
    let p = loaded.programme;
    assert_eq!((p.units, p.sessions_per_week, p.description), (Units::Kg, 2, None));
    let e = &p.days[0].exercises[0];
    assert_eq!(e.load, Load::Bodyweight);
    assert_eq!(e.sets, 2);
    assert_eq!(e.target, Target::Reps(Reps::Range(8, 12)));
    assert_eq!(e.tempo, Tempo::default());
    assert_eq!(e.tempo.to_string(), "3-1-1-0");
    assert_eq!(e.start, StartWith::Eccentric);
    assert_eq!(e.rest, secs(90));
    assert_eq!(Some(e.breathing.clone()), Pattern::built_in("resonance"));
    assert_eq!((e.muscles.is_empty(), e.notes.is_none(), e.per_side), (true, true, false));
}

#[test]
fn an_exercise_takes_every_default_it_does_not_set() {
    let defaults = "sets = 3\nreps = 10\ntempo = \"2-0-1-0\"\nrest = \"1m30s\"\nbreathing = \"box\"\n\
                    load = 20\nstart = \"concentric\"\nper_side = true\nnotes = \"Brace.\"";
    let [inherits, overrides] =
        <[Exercise; 2]>::try_from(exercises(defaults, &["", "sets = 1\nreps = \"max\"\nrest = 30\nload = \"bodyweight\"\nper_side = false\nbreathing = \"none\"\nstart = \"eccentric\"\nnotes = \"Slow.\""]))
            .unwrap();
    assert_eq!(inherits.sets, 3);
    assert_eq!(inherits.target, Target::Reps(Reps::Exact(10)));
    assert_eq!(inherits.tempo.to_string(), "2-0-1-0");
    assert_eq!(inherits.rest, secs(90));
    assert_eq!(inherits.breathing.name, "box");
    assert_eq!(inherits.load, Load::Weight(20.0));
    assert_eq!(inherits.start, StartWith::Concentric);
    assert!(inherits.per_side);
    assert_eq!(inherits.notes.as_deref(), Some("Brace."));

    assert_eq!(overrides.sets, 1);
    assert_eq!(overrides.target, Target::Reps(Reps::Max));
    assert_eq!(overrides.rest, secs(30));
    assert_eq!(overrides.load, Load::Bodyweight);
    assert!(!overrides.per_side);
    assert_eq!(overrides.breathing.name, "none");
    assert_eq!(overrides.start, StartWith::Eccentric);
    assert_eq!(overrides.notes.as_deref(), Some("Slow."));
}

#[test]
fn hold_replaces_inherited_reps_and_reps_an_inherited_hold() {
    let from_reps = exercises("reps = \"8-12\"", &["hold = \"45s\"", ""]);
    assert_eq!(from_reps[0].target, Target::Hold(secs(45)));
    assert_eq!(from_reps[1].target, Target::Reps(Reps::Range(8, 12)));
    let from_hold = exercises("hold = \"1m\"", &["reps = 5", ""]);
    assert_eq!(from_hold[0].target, Target::Reps(Reps::Exact(5)));
    assert_eq!(from_hold[1].target, Target::Hold(secs(60)));
}

#[test]
fn muscles_come_from_defaults_too_and_repeats_count_once() {
    let text = "name = \"P\"\n[defaults]\nmuscles = [\"arms\"]\n[[day]]\nname = \"A\"\n\
                [[day.exercise]]\nname = \"Curl\"\n[[day.exercise]]\nname = \"Row\"\n\
                muscles = [\"back\", \"arms\", \"back\"]\n";
    let l = loaded(text);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let e = &l.programme.days[0].exercises;
    assert_eq!(e[0].muscles, [Muscle::Arms]);
    assert_eq!(e[1].muscles, [Muscle::Back, Muscle::Arms]);
}

#[test]
fn rep_targets_in_every_written_form() {
    let bodies =
        ["reps = 5", "reps = \"5\"", "reps = \"6 - 10\"", "reps = \"MAX\"", "reps = \"8-8\""];
    let targets: Vec<Target> = exercises("", &bodies).into_iter().map(|e| e.target).collect();
    let want = [Reps::Exact(5), Reps::Exact(5), Reps::Range(6, 10), Reps::Max, Reps::Range(8, 8)];
    assert_eq!(targets, want.map(Target::Reps));
}

#[test]
fn durations_in_every_written_form() {
    let bodies = [
        "rest = 45",
        "rest = \"45s\"",
        "rest = \"2m\"",
        "rest = \"1m30s\"",
        "rest = 0",
        "rest = \"60m\"",
        "rest = 2.5",
    ];
    let rests: Vec<Duration> = exercises("", &bodies).into_iter().map(|e| e.rest).collect();
    let want =
        [secs(45), secs(45), secs(120), secs(90), secs(0), secs(3600), Duration::from_millis(2500)];
    assert_eq!(rests, want);
}

#[test]
fn explosive_concentric_is_paced_as_one_second() {
    let e = &exercises("", &["tempo = \"2-0-X-1\"", "tempo = \"3-1-x-0\""]);
    let want = Tempo { eccentric: 2, bottom: 0, concentric: 1, top: 1, explosive: true };
    assert_eq!(e[0].tempo, want);
    assert_eq!(e[0].tempo.to_string(), "2-0-X-1");
    assert_eq!(e[1].tempo.rep_length(), secs(5));
}

#[test]
fn concentric_start_keeps_the_four_numbers_and_changes_the_order() {
    let e = &exercises("", &["start = \"concentric\"\ntempo = \"3-0-1-1\""])[0];
    assert_eq!(e.start, StartWith::Concentric);
    assert_eq!(e.tempo, Tempo { eccentric: 3, bottom: 0, concentric: 1, top: 1, explosive: false });
}

#[test]
fn a_custom_pattern_is_built_from_its_four_parts() {
    let text = "name = \"P\"\n[breathing.calm]\ninhale = 4\nexhale = 6.5\nhold_after = 1\n\
                [breathing.\"in-out\"]\ninhale = 3\nhold = 2\nexhale = 3\n\
                [[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\nmuscles = [\"legs\"]\nbreathing = \"calm\"\n\
                [[day.exercise]]\nname = \"T\"\nmuscles = [\"legs\"]\nbreathing = \"in-out\"\n";
    let e = loaded(text).programme.days.remove(0).exercises;
    assert_eq!(e[0].breathing, Pattern::four_part("calm", 4.0, 0.0, 6.5, 1.0));
    assert_eq!(e[1].breathing, Pattern::four_part("in-out", 3.0, 2.0, 3.0, 0.0));
}

#[test]
fn the_top_level_keys_are_read() {
    let text = "name = \"  Upper / lower  \"\ndescription = \"Four days.\"\nunits = \"lb\"\n\
                sessions_per_week = 4\n[[day]]\nname = \"Upper\"\n[[day.exercise]]\nname = \"Press\"\n\
                load = 95.5\nmuscles = [\"chest\"]\n[[day]]\nname = \"Lower\"\n[[day.exercise]]\n\
                name = \"Squat\"\nmuscles = [\"legs\"]\n";
    let p = loaded(text).programme;
    assert_eq!(p.name, "Upper / lower");
    assert_eq!(p.description.as_deref(), Some("Four days."));
    assert_eq!((p.units, p.sessions_per_week), (Units::Lb, 4));
    let lower = p.days.iter().find(|d| d.name == "Lower");
    assert_eq!(lower.map(|d| d.exercises[0].name.as_str()), Some("Squat"));
    assert_eq!(p.days[0].exercises[0].load.describe(p.units), "95.5 lb");
}

#[test]
fn warnings_are_few_placed_and_never_fatal() {
    let text = "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Zorbo\"\nhold = 30\n\
                per_side = true\n[[day.exercise]]\nname = \"Slow\"\nmuscles = [\"legs\"]\ntempo = \"30-0-1-0\"\n";
    let l = loaded(text);
    let found: Vec<(String, (usize, usize))> =
        l.warnings.iter().map(|w| (w.message().to_string(), w.line_col())).collect();
    assert_eq!(
        found,
        [
            (
                "\"Zorbo\" is not in the exercise library and does not say which muscles it trains"
                    .to_string(),
                (5, 8)
            ),
            ("a tempo phase of 30 s is unusually long".to_string(), (11, 9)),
        ]
    );
    assert!(l.warnings.iter().all(|w| w.level() == miette::Severity::Warning));
    assert!(super::render(&l.warnings[0], false).contains("t.toml:5:8"));
}

/// A programme with every kind of table, each writing what makes its readers look further.
const EVERY_TABLE: &str = r#"name = "P"
description = "d"
units = "kg"
sessions_per_week = 2
[equipment]
bar = 20
plates = [25, 20, 10, 5, 2.5, 1.25]
[one_rep_max]
"Back squat" = 100
[breathing.calm]
inhale = 4
hold = 1
exhale = 6
hold_after = 1
[defaults]
progression = "linear"
increment = 2.5
deload_after = 3
deload = "10%"
[[day]]
name = "A"
[[day.exercise]]
name = "Back squat"
load = "75%"
sets = 3
reps = "5"
tempo = "3-1-1-0"
start = "eccentric"
rest = "2m"
breathing = "calm"
muscles = ["legs"]
notes = "n"
per_side = false
warmup = [ { reps = 5, load = "bar" } ]
rpe = 8
group = "A"
cue = "brace"
equipment = "barbell"
[[day.exercise]]
name = "Plank"
hold = "30s"
group = "A"
rir = 2
"#;

/// A key added to load/keys.rs with no reader would be silently accepted and ignored; a reader
/// asking for a name not there (a misspelling) would never see what the lifter wrote. Debug
/// builds refuse the second at once; this fails on either. (A name shared by two tables, such
/// as `reps`, counts as read when either reads it.)
#[test]
fn the_readers_ask_for_exactly_the_keys_in_the_key_table() {
    use std::collections::BTreeSet;
    super::read::asked::take();
    loaded(EVERY_TABLE);
    let asked = super::read::asked::take();
    let listed: BTreeSet<&str> =
        super::keys::tables().into_iter().flatten().map(|k| k.name).collect();
    let unread: Vec<_> = listed.difference(&asked).collect();
    assert!(unread.is_empty(), "in load/keys.rs but never read: {unread:?}");
    let unlisted: Vec<_> = asked.difference(&listed).collect();
    assert!(unlisted.is_empty(), "read but not in load/keys.rs: {unlisted:?}");
}

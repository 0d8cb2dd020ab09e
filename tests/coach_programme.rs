//! The careful coach in the programme loader and `check`: bracing warnings, loads that fit
//! the reps and the human limit, library holds and explosive lifts, duplicates, the bracing
//! caution in every place it is promised, and the built-ins' safe defaults.

use liftpace::core::library::{Equipment, Library};
use liftpace::core::programme::builtin;
use liftpace::core::programme::load::{load, render};
use liftpace::core::programme::{Load, Reps, Target};
use liftpace::core::progression::Rule;
use liftpace::core::safety::BRACE_CAUTION;
use liftpace::core::tempo::Tempo;
use std::time::Duration;

/// One day, one exercise per body, with `defaults`.
fn programme(defaults: &str, bodies: &[&str]) -> String {
    let mut text = format!("name = \"P\"\n[defaults]\n{defaults}\n[[day]]\nname = \"A\"\n");
    for body in bodies {
        text += &format!("[[day.exercise]]\n{body}\n");
    }
    text
}

fn warnings(text: &str) -> Vec<(String, (usize, usize))> {
    let loaded = load(text, "t.toml").unwrap_or_else(|e| panic!("{}", render(&e, false)));
    loaded.warnings.iter().map(|w| (w.message().to_string(), w.line_col())).collect()
}

#[test]
fn check_warns_on_long_braced_sets_and_long_held_breaths() {
    // Line 7 is each exercise's `cue`.
    let many = programme("", &["name = \"Back squat\"\nreps = 8\ncue = \"brace\""]);
    let found = warnings(&many);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].0.contains("braced for 8 reps: bracing suits sets of up to 6"), "{found:?}");
    assert_eq!(found[0].1, (9, 7));
    // 4 s lowering, 1 s at the bottom, 1 s up: the breath is held 6 s.
    let long =
        programme("", &["name = \"Back squat\"\nreps = 5\ntempo = \"4-1-1-0\"\ncue = \"brace\""]);
    let found = warnings(&long);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].0.contains("holds a braced breath for 6 s each rep: more than 5 s"));
    // Five heavy reps at 3-1-1-0 braced (5 s held) is what bracing is for: no warning.
    let fine = programme("", &["name = \"Back squat\"\nreps = 5\ncue = \"brace\""]);
    assert!(warnings(&fine).is_empty(), "{:?}", warnings(&fine));
}

#[test]
fn a_percentage_beyond_what_the_reps_allow_is_warned_with_the_numbers() {
    let text = programme("", &["name = \"Bench press\"\nload = \"90%\"\nreps = \"8-12\""]);
    let found = warnings(&text);
    assert_eq!(found.len(), 2, "{found:#?}"); // and the usual "no one-rep max yet"
    let epley = found.iter().find(|(m, _)| m.contains("cannot be done")).expect("Epley warning");
    assert_eq!(
        epley.0,
        "`Bench press` at 90% × 8-12 cannot be done: about 79% is the most for 8 reps and about \
         71% for 12 (Epley)"
    );
    assert_eq!(epley.1, (8, 8));
    let exact = programme("", &["name = \"Bench press\"\nload = \"85%\"\nreps = 5"]);
    assert!(warnings(&exact).iter().all(|(m, _)| !m.contains("cannot be done")));
    let over = programme("", &["name = \"Bench press\"\nload = \"90%\"\nreps = 5"]);
    let found = warnings(&over);
    assert!(found.iter().any(|(m, _)| m.contains("about 86% is the most for 5 reps")), "{found:?}");
}

#[test]
fn a_load_beyond_any_human_is_an_error_at_its_place() {
    for (units, load_text, want) in [
        ("kg", "1e300", "beyond what anyone lifts: at most 600 kg"),
        ("kg", "601", "a `load` of 601 kg is beyond what anyone lifts"),
        ("lb", "1301", "a `load` of 1301 lb is beyond what anyone lifts: at most 1300 lb"),
    ] {
        let text = format!(
            "name = \"P\"\nunits = \"{units}\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\n\
             name = \"Squat\"\nload = {load_text}\n"
        );
        let e = load(&text, "my.toml").expect_err(load_text);
        let problem = &e.problems()[0];
        assert!(problem.message().contains(want), "{}", problem.message());
        assert_eq!(problem.line_col(), (7, 8), "{load_text}");
        assert!(render(&e, false).contains("my.toml:7:8"), "{}", render(&e, false));
    }
    // In the defaults too, and 600 kg itself is allowed (the record is just over it).
    let defaults = "name = \"P\"\n[defaults]\nload = 700\n[[day]]\nname = \"A\"\n\
                    [[day.exercise]]\nname = \"Squat\"\n";
    assert_eq!(load(defaults, "d.toml").expect_err("700").problems()[0].line_col(), (3, 8));
    assert!(load(&programme("", &["name = \"Squat\"\nload = 600"]), "t").is_ok());
}

#[test]
fn the_dumbbell_step_comes_from_equipment_with_a_default_for_each_unit() {
    let with = |units: &str, equipment: &str| {
        format!(
            "name = \"P\"\nunits = \"{units}\"\n{equipment}\n[[day]]\nname = \"A\"\n\
             [[day.exercise]]\nname = \"Lateral raise\"\n"
        )
    };
    let step = |text: &str| load(text, "t.toml").unwrap().programme.dumbbell_step;
    assert_eq!(step(&with("kg", "")), 2.0, "pairs of 2, 4, 6 kg ...");
    assert_eq!(step(&with("lb", "")), 5.0, "pairs of 5, 10, 15 lb ...");
    assert_eq!(step(&with("kg", "[equipment]\ndumbbell_step = 2.5")), 2.5);
    assert_eq!(step(&with("kg", "[equipment]\ndumbbell_step = 1")), 1.0);
    for bad in ["0", "11", "-2"] {
        let text = with("kg", &format!("[equipment]\ndumbbell_step = {bad}"));
        let e = load(&text, "t.toml").expect_err(bad);
        assert_eq!(e.problems()[0].line_col(), (4, 17), "{bad}");
    }
}

#[test]
fn the_same_exercise_twice_in_a_day_is_warned() {
    let text = programme(
        "",
        &["name = \"Goblet squat\"", "name = \"Push-up\"", "name = \"goblet squat\""],
    );
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "`goblet squat` is in day \"A\" twice");
    assert_eq!(found[0].1, (11, 8));
}

#[test]
fn a_library_hold_is_a_hold_even_under_rep_defaults() {
    let text = programme(
        "reps = \"8-12\"",
        &["name = \"Plank\"", "name = \"Side plank\"\nhold = \"45s\""],
    );
    let loaded = load(&text, "t.toml").unwrap();
    let exercises = &loaded.programme.days[0].exercises;
    assert_eq!(exercises[0].target, Target::Hold(Duration::from_secs(30)), "never 8-12 reps");
    assert_eq!(exercises[1].target, Target::Hold(Duration::from_secs(45)));
}

#[test]
fn a_library_hold_written_with_reps_is_warned_at_its_place_and_paced_as_a_hold() {
    // Line 8 is the plank's `reps`, its value at column 8.
    let text = programme("", &["name = \"Plank\"\nreps = \"8-12\"", "name = \"Goblet squat\""]);
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].0,
        "\"Plank\" is a timed hold in the exercise library, so it is paced as a 30s hold, not \
         8-12 reps"
    );
    assert_eq!(found[0].1, (8, 8));
    let loaded = load(&text, "t.toml").unwrap();
    let exercises = &loaded.programme.days[0].exercises;
    assert_eq!(exercises[0].target, Target::Hold(Duration::from_secs(30)), "never 8-12 reps");
    assert_eq!(exercises[0].reps_written, Some(Reps::Range(8, 12)), "kept for the Ready screen");
    assert_eq!(
        (exercises[1].target.to_string().as_str(), exercises[1].reps_written),
        ("8-12", None)
    );
    // A hold the defaults give is the time used, and an alias is found too.
    let text = programme("hold = \"40s\"", &["name = \"front plank\"\nreps = 10"]);
    let found = warnings(&text);
    assert!(found[0].0.contains("paced as a 40s hold, not 10 reps"), "{found:?}");
    let loaded = load(&text, "t.toml").unwrap();
    assert_eq!(loaded.programme.days[0].exercises[0].target, Target::Hold(Duration::from_secs(40)));
    // Written as a hold, or left to the library, there is nothing to warn about.
    let fine = programme("reps = 10", &["name = \"Plank\"", "name = \"Plank\"\nhold = \"20s\""]);
    assert!(
        warnings(&fine).iter().all(|(m, _)| !m.contains("timed hold")),
        "{:?}",
        warnings(&fine)
    );
}

#[test]
fn explosive_lifts_keep_their_own_pace_unless_the_exercise_writes_one() {
    let text = programme(
        "tempo = \"3-1-1-0\"",
        &[
            "name = \"Kettlebell swing\"",
            "name = \"Power clean\"\ntempo = \"2-0-X-0\"",
            "name = \"Goblet squat\"",
        ],
    );
    let loaded = load(&text, "t.toml").unwrap();
    let ex = &loaded.programme.days[0].exercises;
    let explosive = Tempo { eccentric: 1, bottom: 0, concentric: 1, top: 0, explosive: true };
    assert_eq!(ex[0].tempo, explosive, "a swing is never paced 3-1-1-0");
    assert_eq!(ex[1].tempo.to_string(), "2-0-X-0", "the exercise's own tempo wins");
    assert_eq!(ex[2].tempo.to_string(), "3-1-1-0");
}

#[test]
fn technical_lifts_are_never_suggested_to_fill_a_gap() {
    let library = Library::built_in();
    for muscle in liftpace::core::programme::Muscle::ALL {
        for hint in [None, Some(Equipment::Barbell), Some(Equipment::Kettlebell)] {
            let picks = library.suggest_for_muscle(muscle, hint);
            assert!(!picks.is_empty(), "{muscle:?}");
            for pick in picks {
                assert!(!pick.technical, "{} suggested for {muscle:?}", pick.name);
                assert!(!pick.hold, "{} is a hold", pick.name);
            }
        }
    }
    for name in ["Power clean", "Push press", "Kettlebell swing", "Turkish get-up"] {
        let info = library.lookup(name).unwrap();
        assert!(info.technical && info.tempo.is_some(), "{name}");
    }
}

#[test]
fn beginner_safe_exercises_are_suggested_first_whatever_the_kit() {
    let library = Library::built_in();
    let hints =
        [None, Some(Equipment::Barbell), Some(Equipment::Bodyweight), Some(Equipment::Band)];
    for muscle in liftpace::core::programme::Muscle::ALL {
        for hint in hints {
            let picks = library.suggest_for_muscle(muscle, hint);
            // At least the two the advice names are beginner-safe, and none comes after a
            // lift that is not.
            assert!(picks.len() >= 2 && picks[..2].iter().all(|p| p.beginner), "{muscle:?}");
            let first_other = picks.iter().position(|p| !p.beginner).unwrap_or(picks.len());
            assert!(picks[first_other..].iter().all(|p| !p.beginner), "{muscle:?} {hint:?}");
            // Among the beginner-safe ones the programme's own kit still comes first.
            if let Some(hint) = hint
                && let Some(own) = picks.iter().position(|p| p.beginner && p.equipment == hint)
            {
                assert!(picks[..own].iter().all(|p| p.equipment == hint), "{muscle:?} {hint:?}");
            }
        }
    }
    for name in ["Goblet squat", "Leg press", "Knee push-up", "Lat pulldown", "Dumbbell row"] {
        assert!(library.lookup(name).unwrap().beginner, "{name} is where a beginner starts");
    }
    for name in ["Back squat", "Deadlift", "Pull-up", "Dip", "Hanging leg raise", "Power clean"] {
        assert!(!library.lookup(name).unwrap().beginner, "{name} is no beginner's first lift");
    }
    assert!(library.exercises().iter().all(|ex| !(ex.beginner && ex.technical)));
}

#[test]
fn the_bracing_caution_is_the_same_sentence_in_the_template_and_readme() {
    assert!(BRACE_CAUTION.contains("blood pressure"));
    let template = include_str!("../assets/template.toml");
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let uncommented: String =
        template.lines().map(|l| l.trim_start_matches('#')).collect::<Vec<_>>().join(" ");
    assert!(flat(&uncommented).contains(BRACE_CAUTION), "template");
    let readme = include_str!("../README.md");
    assert!(flat(readme).contains(BRACE_CAUTION), "README");
}

#[test]
fn the_wellbeing_sentences_are_in_the_readme_word_for_word() {
    let readme = include_str!("../README.md");
    let quoted: String =
        readme.lines().map(|l| l.trim_start_matches('>')).collect::<Vec<_>>().join(" ");
    let flat = quoted.split_whitespace().collect::<Vec<_>>().join(" ");
    for sentence in liftpace::core::safety::WELLBEING {
        assert!(flat.contains(sentence), "README lacks: {sentence}");
    }
    assert!(flat.contains(liftpace::core::safety::WELLBEING_LINE), "the summary's line");
}

#[test]
fn built_ins_start_light_aim_for_reps_in_reserve_and_set_the_pins() {
    for b in builtin::ALL {
        let loaded = load(b.text, b.file).unwrap();
        for ex in loaded.programme.days.iter().flat_map(|d| &d.exercises) {
            let what = format!("{}: {}", b.file, ex.name);
            // An empty bar, or light dumbbells and stacks.
            if let Load::Weight(w) = ex.load {
                let most = match ex.equipment {
                    Some(Equipment::Barbell) => 40.0,
                    _ => 20.0,
                };
                assert!(w <= most, "{what} starts at {w}");
            }
            assert!(ex.effort.is_some(), "{what} has no effort target");
            let notes = ex.notes.as_deref().unwrap_or_default().to_lowercase();
            if matches!(ex.name.as_str(), "Back squat" | "Bench press") {
                assert!(notes.contains("set the safety pins"), "{what}");
            }
            // Notes never say "brace": the pacer says when to (and `brace = false` never does),
            // so a note could only contradict what is paced.
            assert!(!notes.contains("brace"), "{what}: {notes}");
        }
    }
}

#[test]
fn the_home_built_in_progresses_to_harder_variations() {
    let home = builtin::ALL.iter().find(|b| b.name == "home").unwrap();
    let loaded = load(home.text, home.file).unwrap();
    for ex in loaded.programme.days.iter().flat_map(|d| &d.exercises) {
        if let Target::Reps(_) = ex.target {
            assert!(matches!(ex.progression, Rule::Double { .. }), "{}", ex.name);
            assert!(ex.harder.is_some(), "{} says what comes next", ex.name);
        }
    }
}

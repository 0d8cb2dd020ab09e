//! The training vocabulary as the loader resolves it: every new key, its inheritance from
//! `[defaults]`, the tempo forms, what the exercise library fills in, and each new warning at
//! its place.

use liftpace::core::library::{Equipment, Library};
use liftpace::core::plates::Barbell;
use liftpace::core::programme::load::{Loaded, load, load_with, render};
use liftpace::core::programme::{Cue, Effort, Exercise, Load, Muscle, Units, Warmup, WarmupLoad};
use liftpace::core::progression::Rule;
use liftpace::core::tempo::{StartWith, Tempo};

fn loaded(text: &str) -> Loaded {
    load(text, "t.toml").unwrap_or_else(|e| panic!("{}", render(&e, false)))
}

/// The exercises of a one-day programme with `top` before, `defaults` and these bodies.
fn exercises(defaults: &str, bodies: &[&str]) -> Vec<Exercise> {
    loaded(&programme("", defaults, bodies)).programme.days.remove(0).exercises
}

fn programme(top: &str, defaults: &str, bodies: &[&str]) -> String {
    let mut text = format!("name = \"P\"\n{top}\n[defaults]\n{defaults}\n[[day]]\nname = \"A\"\n");
    for (i, body) in bodies.iter().enumerate() {
        text += &format!("[[day.exercise]]\nname = \"E{i}\"\nmuscles = [\"legs\"]\n{body}\n");
    }
    text
}

/// Every warning as (message, line, col).
fn warnings(text: &str) -> Vec<(String, (usize, usize))> {
    loaded(text).warnings.iter().map(|w| (w.message().to_string(), w.line_col())).collect()
}

#[test]
fn tempo_forms_all_mean_the_same() {
    let forms = [
        ("3-1-X-0", (3, 1, 1, 0, true)),
        ("31X0", (3, 1, 1, 0, true)),
        ("3/1/X/0", (3, 1, 1, 0, true)),
        ("31x0", (3, 1, 1, 0, true)),
        (" 3 / 1 / x / 0 ", (3, 1, 1, 0, true)),
        ("3110", (3, 1, 1, 0, false)),
        ("10-1-1-0", (10, 1, 1, 0, false)),
        ("10/1/1/0", (10, 1, 1, 0, false)),
        ("2010", (2, 0, 1, 0, false)),
    ];
    let bodies: Vec<String> = forms.iter().map(|(f, _)| format!("tempo = \"{f}\"")).collect();
    let bodies: Vec<&str> = bodies.iter().map(String::as_str).collect();
    for (e, (form, (eccentric, bottom, concentric, top, explosive))) in
        exercises("", &bodies).iter().zip(forms)
    {
        assert_eq!(e.tempo, Tempo { eccentric, bottom, concentric, top, explosive }, "{form}");
    }
}

#[test]
fn rejected_tempo_forms_show_the_accepted_ones() {
    for form in ["10110", "3 1 1 0", "3.1.1.0", "3-1/1-0", "", "311", "3_1_1_0"] {
        let text = programme("", "", &[&format!("tempo = \"{form}\"")]);
        let e = load(&text, "t.toml").expect_err(form);
        let hint = e.problems()[0].hint();
        for shown in ["\"3-1-1-0\"", "\"3/1/1/0\"", "\"3110\"", "\"10-1-1-0\""] {
            assert!(hint.contains(shown), "{form}: {hint}");
        }
    }
}

#[test]
fn every_new_key_is_read_on_an_exercise() {
    let body = "load = \"72.5%\"\nwarmup = [{ reps = 8, load = \"bar\" }, { reps = 5, load = \"50%\" }, \
                { reps = 3, load = 60 }]\nrpe = 8.5\ngroup = \" A \"\ncue = \"brace\"\nequipment = \"cable\"\n\
                progression = \"linear\"\nincrement = 5\ndeload_after = 2\ndeload = \"15%\"";
    let e = &exercises("", &[body])[0];
    assert_eq!(e.load, Load::Percent(72.5));
    assert_eq!(
        e.warmups,
        [
            Warmup { reps: 8, load: WarmupLoad::Bar },
            Warmup { reps: 5, load: WarmupLoad::OfWork(0.5) },
            Warmup { reps: 3, load: WarmupLoad::Fixed(60.0) },
        ]
    );
    assert_eq!(e.effort, Some(Effort::Rpe(8.5)));
    assert_eq!(e.group.as_deref(), Some("A"));
    assert_eq!(e.cue, Cue::Brace);
    assert_eq!(e.equipment, Some(Equipment::Cable));
    assert_eq!(e.progression, Rule::Linear { increment: 5.0, deload_after: 2, deload: 0.15 });
}

#[test]
fn every_new_key_is_inherited_from_defaults_and_overridden_by_the_exercise() {
    let defaults = "load = \"80%\"\nwarmup = [{ reps = 5, load = \"50%\" }]\nrir = 2\ncue = \"brace\"\n\
                    equipment = \"barbell\"\nprogression = \"linear\"\nincrement = 5\ndeload_after = 4\n\
                    deload = 0.2";
    let overrides = "load = 40\nwarmup = []\nrpe = 7\ncue = \"breathe\"\nequipment = \"dumbbell\"\n\
                     progression = \"double\"\nincrement = 1";
    let [inherits, own] = <[Exercise; 2]>::try_from(exercises(defaults, &["", overrides])).unwrap();
    assert_eq!(inherits.load, Load::Percent(80.0));
    assert_eq!(inherits.warmups, [Warmup { reps: 5, load: WarmupLoad::OfWork(0.5) }]);
    assert_eq!(inherits.effort, Some(Effort::Rir(2)));
    assert_eq!(inherits.cue, Cue::Brace);
    assert_eq!(inherits.equipment, Some(Equipment::Barbell));
    assert_eq!(inherits.progression, Rule::Linear { increment: 5.0, deload_after: 4, deload: 0.2 });

    assert_eq!(own.load, Load::Weight(40.0));
    assert!(own.warmups.is_empty(), "warmup = [] clears the inherited ones");
    assert_eq!(own.effort, Some(Effort::Rpe(7.0)), "rpe replaces an inherited rir");
    assert_eq!(own.cue, Cue::Breathe);
    assert_eq!(own.equipment, Some(Equipment::Dumbbell));
    // Double progression deloads too, with the same keys, inherited like the rest.
    assert_eq!(own.progression, Rule::Double { increment: 1.0, deload_after: 4, deload: 0.2 });
}

#[test]
fn progression_defaults_follow_the_units() {
    let kg = exercises("progression = \"linear\"", &[""]).remove(0);
    assert_eq!(kg.progression, Rule::Linear { increment: 2.5, deload_after: 3, deload: 0.1 });
    let text = programme("units = \"lb\"", "progression = \"double\"", &[""]);
    let lb = &loaded(&text).programme.days[0].exercises[0];
    assert_eq!(lb.progression, Rule::Double { increment: 5.0, deload_after: 3, deload: 0.1 });
    assert_eq!(exercises("", &[""])[0].progression, Rule::None);
}

#[test]
fn equipment_and_one_rep_maxes_are_read() {
    let text = "name = \"P\"\nunits = \"lb\"\n[equipment]\nbar = 35\nplates = [45, 25, 10, 5, 2.5]\n\
                [one_rep_max]\n\"squat\" = 315\nRDL = 275\n[[day]]\nname = \"A\"\n\
                [[day.exercise]]\nname = \"Back Squat\"\nload = \"70%\"\n[[day.exercise]]\n\
                name = \"Romanian deadlift\"\nload = \"60%\"\n";
    let l = loaded(text);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let p = l.programme;
    assert_eq!(p.barbell, Barbell { bar: 35.0, plates: vec![45.0, 25.0, 10.0, 5.0, 2.5] });
    let maxes: Vec<(&str, f64)> = p.one_rep_max.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(maxes, [("Back Squat", 315.0), ("Romanian deadlift", 275.0)]);
}

#[test]
fn without_an_equipment_table_the_standard_bar_and_plates_apply() {
    let p = loaded(&programme("units = \"lb\"", "", &[""])).programme;
    assert_eq!(p.barbell, Barbell::default_for(Units::Lb));
    let p = loaded(&programme("[equipment]\nbar = 15", "", &[""])).programme;
    assert_eq!(p.barbell.bar, 15.0);
    assert_eq!(p.barbell.plates, Barbell::default_for(Units::Kg).plates);
}

#[test]
fn the_library_fills_in_muscles_start_and_equipment() {
    let text = "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"dl\"\n\
                [[day.exercise]]\nname = \"Deadlift\"\nmuscles = [\"back\"]\nstart = \"eccentric\"\n\
                equipment = \"band\"\n";
    let l = loaded(text);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let [known, own] = <[Exercise; 2]>::try_from(l.programme.days[0].exercises.clone()).unwrap();
    assert_eq!(known.muscles, [Muscle::Legs, Muscle::Hips, Muscle::Back]);
    assert_eq!(known.start, StartWith::Concentric);
    assert_eq!(known.equipment, Some(Equipment::Barbell));
    assert_eq!(own.muscles, [Muscle::Back]);
    assert_eq!(own.start, StartWith::Eccentric);
    assert_eq!(own.equipment, Some(Equipment::Band));
}

#[test]
fn defaults_win_over_the_library() {
    let text = "name = \"P\"\n[defaults]\nstart = \"eccentric\"\nmuscles = [\"arms\"]\n\
                equipment = \"machine\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Deadlift\"\n";
    let d = &loaded(text).programme.days[0].exercises[0];
    assert_eq!(d.start, StartWith::Eccentric);
    assert_eq!(d.muscles, [Muscle::Arms]);
    assert_eq!(d.equipment, Some(Equipment::Machine));
}

#[test]
fn a_user_library_is_used_by_load_with() {
    let user = "[[exercise]]\nname = \"Tyre flip shuffle\"\nmuscles = [\"legs\", \"abdomen\"]\n\
                equipment = \"barbell\"\n";
    let library = Library::built_in().with_user(user, "exercises.toml").unwrap();
    let text =
        "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Tyre flip shuffle\"\n";
    let l = load_with(text, "t.toml", &library).unwrap();
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    assert_eq!(l.programme.days[0].exercises[0].muscles, [Muscle::Legs, Muscle::Abdomen]);
    assert_eq!(warnings(text).len(), 1, "the built-in library does not know it");
}

#[test]
fn an_unknown_exercise_without_muscles_gets_did_you_mean() {
    let text =
        "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Romanian deadlfit\"\n";
    let l = loaded(text);
    let [w] = l.warnings.as_slice() else { panic!("{:?}", l.warnings) };
    assert_eq!(w.line_col(), (5, 8));
    assert!(w.message().contains("not in the exercise library"), "{}", w.message());
    assert!(w.hint().contains("did you mean `Romanian deadlift`?"), "{}", w.hint());
    assert!(w.hint().contains("won't count toward the guideline"), "{}", w.hint());
}

#[test]
fn each_new_warning_points_at_its_place() {
    let text = "name = \"P\"\n\
                [defaults]\n\
                rest = 90\n\
                [[day]]\n\
                name = \"Long\"\n\
                [[day.exercise]]\n\
                name = \"Back squat\"\n\
                load = \"75%\"\n\
                sets = 30\n\
                rest = \"3m\"\n\
                [[day.exercise]]\n\
                name = \"Goblet squat\"\n\
                load = 16\n\
                warmup = [{ reps = 5, load = 20 }]\n\
                increment = 2\n\
                [[day.exercise]]\n\
                name = \"Plank\"\n\
                hold = \"30s\"\n\
                cue = \"brace\"\n\
                progression = \"double\"\n\
                deload_after = 2\n";
    let found = warnings(text);
    let want = [
        ("day \"Long\" is estimated at", (5, 8)),
        (
            "no one-rep max for `Back squat`: it will be estimated from your history (Epley); until then you choose the load",
            (8, 8),
        ),
        (
            "`Back squat` at 75% × 8-12 cannot be done: about 79% is the most for 8 reps and about \
             71% for 12 (Epley)",
            (8, 8),
        ),
        ("a warm-up of 20 kg is heavier than the work sets of `Goblet squat` (16 kg)", (14, 10)),
        ("`increment` has no effect without a progression", (15, 13)),
        ("`cue = \"brace\"` has no effect on `Plank`, a timed hold", (19, 7)),
        ("the progression rule of `Plank` has no effect on a timed hold", (20, 15)),
    ];
    assert_eq!(found.len(), want.len(), "{found:#?}");
    for ((message, place), (want, want_place)) in found.iter().zip(want) {
        assert!(message.starts_with(want), "{message:?} is not {want:?}");
        assert_eq!(*place, want_place, "{message}");
    }
}

#[test]
fn a_default_tuning_key_no_rule_uses_is_noted_at_its_place() {
    let text = programme("", "deload = \"5%\"", &["", "progression = \"none\""]);
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].0.starts_with("`deload` in `[defaults]` has no effect"), "{found:#?}");
}

#[test]
fn a_default_tuning_key_used_by_some_exercise_is_not_noted() {
    let text = programme("", "increment = 5", &["progression = \"double\"", ""]);
    assert!(warnings(&text).is_empty(), "{:?}", warnings(&text));
}

#[test]
fn inherited_values_warn_at_the_exercise_name() {
    let text = programme(
        "",
        "cue = \"brace\"\nload = 10\nwarmup = [{ reps = 5, load = \"bar\" }]",
        &["hold = 30"],
    );
    let found = warnings(&text);
    let places: Vec<(usize, usize)> = found.iter().map(|(_, p)| *p).collect();
    // Line 10 is the exercise's name: the bar (20 kg) outweighs the 10 kg work load, and a
    // braced hold has no effect; neither is the fault of the `[defaults]` line alone.
    assert_eq!(places, [(10, 8), (10, 8)], "{found:#?}");
}

#[test]
fn a_max_for_no_exercise_is_noted_with_did_you_mean() {
    let text = "name = \"P\"\n[one_rep_max]\n\"Bench pres\" = 80\n[[day]]\nname = \"A\"\n\
                [[day.exercise]]\nname = \"Bench press\"\nload = 60\n";
    let l = loaded(text);
    let [w] = l.warnings.as_slice() else { panic!("{:?}", l.warnings) };
    assert_eq!(w.line_col(), (3, 1));
    assert!(w.hint().contains("did you mean `Bench press`?"), "{}", w.hint());
}

#[test]
fn groups_next_to_each_other_are_fine_in_any_number() {
    let e =
        exercises("", &["group = \"A\"", "group = \"A\"", "", "group = \"B\"", "group = \"B\""]);
    let groups: Vec<Option<&str>> = e.iter().map(|e| e.group.as_deref()).collect();
    assert_eq!(groups, [Some("A"), Some("A"), None, Some("B"), Some("B")]);
}

#[test]
fn a_percentage_with_a_progression_rule_is_warned_about_at_the_load() {
    let text = "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Back squat\"\nload = \"75%\"\nprogression = \"linear\"\n[one_rep_max]\n\"Back squat\" = 100\n";
    let loaded = liftpace::core::programme::load::load(text, "p.toml").unwrap();
    let warning = loaded
        .warnings
        .iter()
        .find(|w| w.message().contains("progression rule has no effect"))
        .expect("warned");
    assert_eq!(warning.line_col(), (6, 8));
}

#[test]
fn a_progression_rule_on_a_hold_or_max_reps_is_warned_about() {
    let text = "name = \"P\"\n[defaults]\nprogression = \"double\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Plank\"\nhold = \"30s\"\n[[day.exercise]]\nname = \"Push-up\"\nreps = \"max\"\nprogression = \"linear\"\n";
    let loaded = liftpace::core::programme::load::load(text, "p.toml").unwrap();
    let places: Vec<(usize, usize)> = loaded
        .warnings
        .iter()
        .filter(|w| w.message().contains("has no effect on"))
        .map(|w| w.line_col())
        .collect();
    // The plank only inherits the rule, which is no mistake; the push-up wrote its own.
    assert_eq!(places, [(12, 15)]);
}

#[test]
fn an_empty_group_is_refused_with_a_group_example() {
    let text =
        "name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\ngroup = \"\"\n";
    let error = liftpace::core::programme::load::load(text, "p.toml").unwrap_err();
    let problem = &error.problems()[0];
    assert_eq!((problem.message(), problem.line_col()), ("`group` is empty", (6, 9)));
    assert_eq!(problem.hint(), "write the group in quotes, e.g. group = \"A\"");
}

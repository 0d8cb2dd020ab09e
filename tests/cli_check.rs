//! `liftpace check` as a coach, through the real binary: the guideline table, the verdict,
//! advice for every gap, estimated day lengths, warnings, the user's exercise library, and
//! the JSON document with its exit statuses.

mod cli_support;

use std::path::Path;

use cli_support::liftpace;
use liftpace::core::programme::builtin;
use serde_json::Value;

const GROUPS: [&str; 7] = ["legs", "hips", "back", "abdomen", "chest", "shoulders", "arms"];

/// A valid two-day programme with no exercise for the back.
const NO_BACK: &str = r#"
name = "No back"
[defaults]
sets = 3
reps = "8-12"
[[day]]
name = "A"
[[day.exercise]]
name = "Goblet squat"
muscles = ["legs", "hips"]
[[day.exercise]]
name = "Push-up"
muscles = ["chest", "shoulders", "arms"]
[[day.exercise]]
name = "Crunch"
muscles = ["abdomen"]
[[day]]
name = "B"
[[day.exercise]]
name = "Lunge"
muscles = ["legs", "hips"]
[[day.exercise]]
name = "Dip"
muscles = ["chest", "shoulders", "arms"]
[[day.exercise]]
name = "Dead bug"
muscles = ["abdomen"]
"#;

/// A programme whose only error is a reversed rep range, on line 7.
const BROKEN: &str = "name = \"Broken\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\n\
                      name = \"Squat\"\nmuscles = [\"legs\"]\nreps = \"12-8\"\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"))
}

#[test]
fn every_built_in_checks_clean_with_the_guideline_table_and_day_lengths() {
    let config = tempfile::tempdir().unwrap();
    for b in builtin::ALL {
        let run = liftpace(config.path(), &["check", b.file]);
        assert_eq!(run.code, 0, "{}: {}", b.file, run.stderr);
        assert_eq!(run.stderr, "", "{}: a built-in has no warnings", b.file);
        assert!(run.stdout.starts_with(&format!("{}: ok — ", b.file)), "{}", run.stdout);
        assert!(run.stdout.contains("sets/week") && run.stdout.contains("days/week"));
        for group in GROUPS {
            let row = run.stdout.lines().find(|l| l.trim_start().starts_with(group));
            let row = row.unwrap_or_else(|| panic!("{}: no row for {group}", b.file));
            // The verdict is a word, never only a symbol or a colour.
            assert!(row.contains("✓ meets") || row.contains("✗ gap"), "{row}");
        }
        let days = run.stdout.lines().filter(|l| l.contains(": about ") && l.ends_with(" min"));
        assert!(days.count() >= 2, "{}: every day's length\n{}", b.file, run.stdout);
    }
}

#[test]
fn the_strength_programme_says_it_misses_the_guideline_and_names_every_gap() {
    let config = tempfile::tempdir().unwrap();
    let run = liftpace(config.path(), &["check", "programs/strength-linear.toml"]);
    assert_eq!(run.code, 0, "gaps are advice, not errors: {}", run.stderr);
    assert!(run.stdout.contains("Gaps: 7 of 7 groups miss the guideline"), "{}", run.stdout);
    for group in GROUPS {
        let advice = format!("- {group}: ");
        assert!(run.stdout.contains(&advice), "no advice for {group}:\n{}", run.stdout);
    }
    assert!(run.stdout.contains("Back squat is 5 reps"), "{}", run.stdout);
    assert!(run.stdout.contains("Day A: about ") && run.stdout.contains("Day B: about "));
}

#[test]
fn a_missing_group_gets_a_concrete_suggestion_naming_an_exercise_and_a_day() {
    let config = tempfile::tempdir().unwrap();
    let file = write(config.path(), "no-back.toml", NO_BACK);
    let run = liftpace(config.path(), &["check", &file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Gaps: 1 of 7 groups"), "{}", run.stdout);
    let advice = run.stdout.lines().find(|l| l.contains("back: no sets — add a back exercise"));
    let advice = advice.unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(advice.contains(" such as ") && advice.contains("day A and day B"), "{advice}");
}

#[test]
fn a_day_over_ninety_minutes_is_a_warning_not_an_error() {
    let config = tempfile::tempdir().unwrap();
    let long = NO_BACK.replace("sets = 3", "sets = 12").replace("No back", "Marathon");
    let file = write(config.path(), "long.toml", &long);
    let run = liftpace(config.path(), &["check", &file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(r#"day "A" is estimated at"#), "{}", run.stderr);
    assert!(run.stderr.contains("long.toml:7:8"), "points at the day's name: {}", run.stderr);
    assert!(run.stdout.contains("2 a week, 2 warnings"), "both days counted: {}", run.stdout);
}

#[test]
fn errors_name_the_place_and_exit_1_while_good_files_still_get_their_report() {
    let config = tempfile::tempdir().unwrap();
    let broken = write(config.path(), "broken.toml", BROKEN);
    let run = liftpace(config.path(), &["check", "programs/full-body.toml", &broken, "nope.toml"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("programs/full-body.toml: ok"), "{}", run.stdout);
    assert!(run.stderr.contains(&format!("{broken}:7:")), "{}", run.stderr);
    assert!(run.stderr.contains("cannot read nope.toml"), "{}", run.stderr);
}

#[test]
fn json_has_the_documented_fields_for_a_good_and_a_broken_file() {
    let config = tempfile::tempdir().unwrap();
    let broken = write(config.path(), "broken.toml", BROKEN);
    let good = "programs/full-body.toml";
    let run = liftpace(config.path(), &["check", "--format", "json", good, &broken]);
    assert_eq!(run.code, 1, "any error fails the check");
    assert_eq!(run.stderr, "", "nothing but the JSON document");
    let doc = json(&run.stdout);
    assert_eq!(doc["exercise_library"], Value::Null);
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);

    let ok = &files[0];
    assert_eq!((ok["path"].as_str(), ok["ok"].as_bool()), (Some(good), Some(true)));
    let programme = &ok["programme"];
    assert_eq!(programme["name"], "Full body, twice a week");
    assert_eq!(programme["sessions_per_week"], 2);
    for day in programme["days"].as_array().unwrap() {
        assert!(day["name"].is_string());
        let minutes = day["estimated_minutes"].as_u64().unwrap();
        assert!((30..=90).contains(&minutes), "{day}");
    }
    let guideline = &ok["guideline"];
    assert_eq!(guideline["meets"], true);
    assert_eq!(guideline["suggestions"], Value::Array(vec![]));
    let groups = guideline["groups"].as_array().unwrap();
    let muscles: Vec<&str> = groups.iter().map(|g| g["muscle"].as_str().unwrap()).collect();
    assert_eq!(muscles, GROUPS);
    for g in groups {
        assert!(g["sets_per_week"].is_number() && g["days_per_week"].is_number(), "{g}");
        assert_eq!(g["meets"], true);
    }
    assert_eq!(ok["warnings"], Value::Array(vec![]));
    assert_eq!(ok["errors"], Value::Array(vec![]));

    let bad = &files[1];
    assert_eq!(bad["ok"], false);
    assert_eq!((&bad["programme"], &bad["guideline"]), (&Value::Null, &Value::Null));
    let error = &bad["errors"][0];
    assert!(error["message"].as_str().unwrap().contains("12-8"), "{error}");
    assert_eq!(error["line"], 7);
    assert!(error["column"].as_u64().unwrap() >= 1);
    assert!(error["help"].is_string(), "{error}");
}

#[test]
fn json_of_good_files_exits_0_and_carries_warnings_and_suggestions() {
    let config = tempfile::tempdir().unwrap();
    // An exercise the library does not know, with no muscles: its sets cannot be counted.
    let no_muscles =
        NO_BACK.replace("name = \"Crunch\"\nmuscles = [\"abdomen\"]\n", "name = \"Zorb twist\"\n");
    let file = write(config.path(), "warned.toml", &no_muscles);
    let run = liftpace(config.path(), &["check", "--format", "json", &file]);
    assert_eq!(run.code, 0, "warnings do not fail a check");
    let doc = json(&run.stdout);
    let checked = &doc["files"][0];
    assert_eq!(checked["ok"], true);
    let warning = &checked["warnings"][0];
    assert!(warning["message"].as_str().unwrap().contains("muscles"), "{warning}");
    assert!(warning["line"].as_u64().is_some() && warning["help"].is_string(), "{warning}");
    assert_eq!(checked["guideline"]["meets"], false);
    let suggestions = checked["guideline"]["suggestions"].as_array().unwrap();
    assert!(suggestions.iter().any(|s| s.as_str().unwrap().starts_with("back: ")));
}

#[test]
fn a_broken_user_exercise_library_is_an_error_with_its_place() {
    let config = tempfile::tempdir().unwrap();
    let library = "[[exercise]]\nname = \"Zercher carry\"\nequipment = \"barbell\"\n\
                   muscles = [\"legz\"]\n";
    let file = write(config.path(), "exercises.toml", library);
    let run = liftpace(config.path(), &["check", "programs/full-body.toml"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains(&format!("{file}:4:")), "{}", run.stderr);
    assert!(run.stderr.contains("legz"), "{}", run.stderr);
    assert!(run.stdout.contains("ok"), "the programme itself is still checked");

    let run = liftpace(config.path(), &["check", "--format", "json", "programs/full-body.toml"]);
    assert_eq!(run.code, 1);
    let doc = json(&run.stdout);
    let lib = &doc["exercise_library"];
    assert_eq!((lib["path"].as_str(), &lib["ok"]), (Some(file.as_str()), &Value::Bool(false)));
    assert_eq!(lib["errors"][0]["line"], 4);
    assert_eq!(doc["files"][0]["ok"], true);
}

#[test]
fn the_user_exercise_library_feeds_the_advice() {
    let config = tempfile::tempdir().unwrap();
    let file = write(config.path(), "no-back.toml", NO_BACK);
    let back_advice = |stdout: &str| {
        let line = stdout.lines().find(|l| l.contains("back: no sets"));
        line.unwrap_or_else(|| panic!("{stdout}")).to_string()
    };
    let before = liftpace(config.path(), &["check", &file]);
    assert!(back_advice(&before.stdout).contains("Inverted row"), "{}", before.stdout);
    // The lifter's own Inverted row (which they count as an arm exercise) replaces the
    // built-in.
    let library = "[[exercise]]\nname = \"Inverted row\"\nequipment = \"bodyweight\"\n\
                   muscles = [\"arms\"]\nbeginner = true\n";
    write(config.path(), "exercises.toml", library);
    let after = liftpace(config.path(), &["check", &file]);
    assert_eq!(after.code, 0, "{}", after.stderr);
    assert!(!back_advice(&after.stdout).contains("Inverted row"), "{}", after.stdout);
}

#[test]
fn help_says_liftpace_is_not_medical_advice_and_where_to_turn() {
    let config = tempfile::tempdir().unwrap();
    let run = liftpace(config.path(), &["--help"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("not medical advice") && text.contains("988"), "{text}");
    assert!(text.contains(liftpace::core::safety::NOT_MEDICAL_ADVICE), "{text}");
    assert!(text.contains(liftpace::core::safety::CRISIS_LINE), "{text}");
}

#[test]
fn check_says_who_should_not_brace_where_a_programme_braces() {
    let config = tempfile::tempdir().unwrap();
    let run = liftpace(config.path(), &["check", "programs/strength-linear.toml"]);
    let caution = liftpace::core::safety::BRACE_CAUTION;
    let text = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&format!("Braced: Back squat, Deadlift. {caution}")), "{text}");
    let run = liftpace(config.path(), &["check", "programs/full-body.toml"]);
    assert!(!run.stdout.contains("blood pressure"), "nothing braced, nothing said");
    let json =
        liftpace(config.path(), &["check", "--format", "json", "programs/strength-linear.toml"]);
    let doc: Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(doc["files"][0]["caution"].as_str().unwrap().ends_with(caution));
}

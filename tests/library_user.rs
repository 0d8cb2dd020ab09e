//! The user's own exercises file and "did you mean": overrides, errors with their place, near
//! misses, and no panic on any text.

use liftpace::core::library::{Equipment, Library};
use liftpace::core::programme::Muscle;
use liftpace::core::tempo::StartWith;
use proptest::prelude::*;

const ORIGIN: &str = "/home/me/.config/liftpace/exercises.toml";

fn with_user(text: &str) -> Result<Library, String> {
    Library::built_in().with_user(text, ORIGIN)
}

#[test]
fn near_misses_get_the_closest_name() {
    let library = Library::built_in();
    let table = [
        ("romanian deadlfit", "Romanian deadlift"),
        ("Romainian deadlift", "Romanian deadlift"),
        ("bech press", "Bench press"),
        ("ohpp", "Overhead press"),
        ("lat pulldwon", "Lat pulldown"),
        ("goblet sqaut", "Goblet squat"),
        ("bulgarian split sqat", "Bulgarian split squat"),
    ];
    for (written, want) in table {
        assert_eq!(library.suggest(written), Some(want), "suggest({written:?})");
    }
    for far in ["", "!!", "underwater basket weaving", "xyz", "deadlift machine gun"] {
        assert_eq!(library.suggest(far), None, "suggest({far:?}) should stay quiet");
    }
}

#[test]
fn muscle_suggestions_prefer_the_hinted_equipment_and_skip_holds() {
    let library = Library::built_in();
    let home = library.suggest_for_muscle(Muscle::Chest, Some(Equipment::Bodyweight));
    assert_eq!(home.first().map(|ex| ex.equipment), Some(Equipment::Bodyweight));
    assert!(home.iter().all(|ex| ex.muscles.contains(&Muscle::Chest)));
    let core = library.suggest_for_muscle(Muscle::Abdomen, None);
    assert!(!core.is_empty());
    assert!(core.iter().all(|ex| !ex.hold), "a hold cannot give sets of 8-12");
    let back = library.suggest_for_muscle(Muscle::Back, None);
    assert_eq!(back.first().map(|ex| ex.muscles[0]), Some(Muscle::Back), "main movers first");
}

#[test]
fn user_exercises_are_added_and_override_built_in_ones() {
    let text = r#"
[[exercise]]
name = "Zottman curl"
muscles = ["arms"]
start = "concentric"
equipment = "dumbbell"
aliases = ["zottman"]

[[exercise]]
name = "RDL"
muscles = ["back"]
equipment = "barbell"

[[exercise]]
name = "Landmine squat"
muscles = ["legs"]
equipment = "barbell"
aliases = ["squat"]
"#;
    let library = with_user(text).unwrap();
    let zottman = library.lookup("zottman").unwrap();
    assert_eq!((zottman.name.as_str(), zottman.start), ("Zottman curl", StartWith::Concentric));
    // A user name that is a built-in alias takes the alias; the built-in keeps its own name.
    assert_eq!(library.lookup("rdl").unwrap().muscles, [Muscle::Back]);
    assert_eq!(library.lookup("Romanian deadlift").unwrap().name, "Romanian deadlift");
    assert!(!library.lookup("Romanian deadlift").unwrap().aliases.iter().any(|a| a == "RDL"));
    assert_eq!(library.lookup("squat").unwrap().name, "Landmine squat");
    assert_eq!(library.lookup("back squat").unwrap().name, "Back squat");
    // Every name still finds exactly one exercise.
    for ex in library.exercises() {
        for name in std::iter::once(&ex.name).chain(&ex.aliases) {
            assert_eq!(library.lookup(name).unwrap().name, ex.name, "{name}");
        }
    }
}

#[test]
fn a_user_exercise_with_a_built_in_name_replaces_it() {
    let text =
        "[[exercise]]\nname = \"bench press\"\nmuscles = [\"chest\"]\nequipment = \"machine\"\n";
    let library = with_user(text).unwrap();
    let bench = library.lookup("Bench press").unwrap();
    assert_eq!((bench.name.as_str(), bench.equipment), ("bench press", Equipment::Machine));
    assert_eq!(library.exercises().len(), Library::built_in().exercises().len());
    assert!(library.lookup("flat bench press").is_none(), "the old aliases went with it");
}

#[test]
fn an_empty_user_file_changes_nothing() {
    let library = with_user("# nothing yet\n").unwrap();
    assert_eq!(library.exercises(), Library::built_in().exercises());
}

#[test]
fn broken_user_files_say_file_line_col_and_what_is_wrong() {
    let entry = |body: &str| format!("# mine\n[[exercise]]\n{body}");
    let table = [
        (entry("name = \"Zottman curl\nmuscles = []"), ":3:", "string"),
        (entry("name = \"X\"\nmuscle = [\"arms\"]\nequipment = \"band\""), ":4:1:", "muscle"),
        (
            entry("name = \"X\"\nmuscles = [\"arms\", \"lats\"]\nequipment = \"band\""),
            ":4:20:",
            "lats",
        ),
        (entry("name = \"X\"\nmuscles = []\nequipment = \"band\""), ":4:11:", "at least one"),
        (entry("name = \"X\"\nmuscles = [\"arms\"]\nequipment = \"rope\""), ":5:13:", "rope"),
        (
            entry("name = \"X\"\nmuscles = [\"arms\"]\nequipment = \"band\"\nstart = \"top\""),
            ":6:9:",
            "concentric",
        ),
        (entry("name = \"--\"\nmuscles = [\"arms\"]\nequipment = \"band\""), ":3:8:", "letter"),
        (
            entry("name = \"A\\u0007\"\nmuscles = [\"arms\"]\nequipment = \"band\""),
            ":3:8:",
            "control",
        ),
        (entry("name = \"X\"\nmuscles = [\"arms\"]"), ":2:1:", "equipment"),
        (
            entry(
                "name = \"Hold it\"\nmuscles = [\"arms\"]\nequipment = \"band\"\naliases = [\"hold-it\"]",
            ),
            ":6:12:",
            "already names",
        ),
        (
            entry(
                "name = \"Y\"\nmuscles = [\"arms\"]\nequipment = \"band\"\ntechnical = true\nbeginner = true",
            ),
            ":7:12:",
            "both `technical`",
        ),
    ];
    for (text, place, word) in table {
        let err = with_user(&text).expect_err(&text);
        assert!(err.starts_with(&format!("{ORIGIN}{place}")), "{err:?} should be at {place}");
        assert!(err.contains(word), "{err:?} should mention {word}");
        assert!(!err.contains('\n'), "one line: {err:?}");
    }
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "[[exercise]]\nname = \"Überzug\"\nmuscles = [\"ärms\"]\nequipment = \"band\"\n";
    let err = with_user(text).unwrap_err();
    assert!(err.starts_with(&format!("{ORIGIN}:3:12:")), "{err}");
}

proptest! {
    #[test]
    fn any_text_is_a_library_or_an_error_never_a_panic(text in "\\PC{0,200}") {
        let _ = with_user(&text);
    }

    #[test]
    fn any_exercise_shaped_text_never_panics(
        name in "\\PC{0,12}",
        muscle in "[a-z]{0,9}",
        equipment in "[a-z]{0,10}",
        alias in "\\PC{0,8}",
    ) {
        let text = format!(
            "[[exercise]]\nname = {name:?}\nmuscles = [{muscle:?}]\nequipment = {equipment:?}\naliases = [{alias:?}, {name:?}]\n"
        );
        let _ = with_user(&text);
    }
}

#[test]
fn any_exercise_lookup_or_suggestion_never_panics() {
    let library = Library::built_in();
    for text in ["", "s", "ss", "ß", "İ", "💪", "\u{0}", "\u{301}s"] {
        let _ = (library.lookup(text), library.suggest(text));
    }
}

//! The loader never panics: not on arbitrary text or bytes, not on a built-in programme with a
//! character deleted or replaced anywhere, and not on pathological nesting.

use liftpace::core::programme::builtin;
use liftpace::core::programme::load::{load, render};
use proptest::prelude::*;

/// Loads `text` and renders whatever comes back, so the report code is exercised too; a
/// report never carries the file's control characters to the terminal.
fn load_and_render(text: &str) {
    let reports = match load(text, "fuzz.toml") {
        Ok(loaded) => loaded.warnings.iter().map(|w| render(w, false)).collect(),
        Err(e) => {
            assert!(!e.problems().is_empty());
            vec![render(&e, false)]
        }
    };
    for report in reports {
        let bad = report.chars().find(|c| c.is_control() && *c != '\n');
        assert_eq!(bad, None, "a control character reached the report:\n{report}");
    }
}

/// Characters likely to matter to a TOML parser, plus anything at all.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '"', '\'', '[', ']', '{', '}', '=', '.', ',', '-', '#', '\n', '\r', '\t', '\\', ' ',
            '0', '9', 'X', 'm', 's', '\u{0}', '\u{1b}', '\u{85}', '\u{feff}', 'é',
        ]),
        any::<char>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        load_and_render(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        load_and_render(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_mutated_built_in_never_panics(
        which in 0..builtin::ALL.len(),
        at in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<bool>(), interesting_char()), 1..4),
    ) {
        let mut chars: Vec<char> = builtin::ALL[which].text.chars().collect();
        for (delete, c) in edits {
            let i = at.index(chars.len());
            if delete { chars.remove(i); } else { chars[i] = c; }
        }
        load_and_render(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn any_value_in_any_exercise_key_never_panics(
        key in prop::sample::select(vec![
            "load", "sets", "reps", "hold", "tempo", "rest", "breathing", "start", "per_side",
            "muscles", "notes", "name", "warmup", "rpe", "rir", "group", "cue", "equipment",
            "progression", "increment", "deload_after", "deload",
        ]),
        value in prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            any::<f64>().prop_map(|f| format!("{f:?}")),
            "[0-9xXms. /%-]{0,12}".prop_map(|s| format!("\"{s}\"")),
            "[0-9xXbar%. -]{0,8}".prop_map(|s| format!("[{{ reps = 3, load = \"{s}\" }}]")),
            any::<f64>().prop_map(|f| format!("[{{ reps = 3, load = {f:?} }}, {{ reps = 1, load = \"bar\" }}]")),
            Just("-0.0".to_string()),
            Just("nan".to_string()),
            Just("-inf".to_string()),
            Just("18446744073709551616".to_string()),
        ],
    ) {
        let text = format!("name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n{key} = {value}\n");
        load_and_render(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_value_in_the_programme_tables_never_panics(
        table in prop::sample::select(vec!["equipment", "one_rep_max", "defaults"]),
        key in prop::sample::select(vec!["bar", "plates", "Back squat", "group", "increment", "deload"]),
        value in prop_oneof![
            any::<f64>().prop_map(|f| format!("{f:?}")),
            any::<i64>().prop_map(|n| format!("[{n}, 0.5]")),
            "[0-9%. -]{0,8}".prop_map(|s| format!("\"{s}\"")),
        ],
    ) {
        let text = format!("name = \"P\"\n[{table}]\n\"{key}\" = {value}\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Back squat\"\nload = \"80%\"\n");
        load_and_render(&text);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for open in ["[", "{a="] {
        let text = format!("name = \"P\"\nx = {}", open.repeat(100_000));
        assert!(load(&text, "deep.toml").is_err());
    }
}

#[test]
fn a_huge_programme_loads_without_trouble() {
    let mut text = String::from("name = \"Big\"\n");
    for d in 0..200 {
        text += &format!("[[day]]\nname = \"D{d}\"\n");
        for e in 0..20 {
            text += &format!("[[day.exercise]]\nname = \"E{e}\"\nmuscles = [\"legs\"]\n");
        }
    }
    let p = load(&text, "big.toml").unwrap().programme;
    assert_eq!((p.days.len(), p.days[199].exercises.len()), (200, 20));
}

//! `liftpace history --correct` and `--void`: a set of an earlier session fixed or deleted with a
//! `correction` record, said plainly, seen by `history`, and a bad address refused with exit 1
//! naming what there is.

mod cli_support;

use std::fs;

use cli_support::liftpace;

const SESSION: &str = "20261127T063005-3fa91c";

/// A history with one squat session: three sets, the second a typo of 1000 kg.
fn history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("data")).unwrap();
    let set = |n: u32, load: f64| {
        format!(
            r#"{{"v":1,"type":"set","session":"{SESSION}","exercise":"Back squat","set":{n},"kind":"work","reps":5,"load":{load},"unit":"kg","target":"5","tempo":"2-0-1-0","started":"2026-11-27T06:3{n}:00+01:00","ended":"2026-11-27T06:3{n}:30+01:00"}}"#
        )
    };
    let lines = [
        format!(
            r#"{{"v":1,"type":"session","id":"{SESSION}","programme":"P","programme_file":"p.toml","day":"A","started":"2026-11-27T06:30:05+01:00"}}"#
        ),
        set(1, 100.0),
        set(2, 1000.0),
        set(3, 100.0),
        format!(
            r#"{{"v":1,"type":"session_end","session":"{SESSION}","ended":"2026-11-27T07:00:00+01:00","status":"completed"}}"#
        ),
    ];
    fs::write(dir.path().join("data/history.jsonl"), lines.join("\n") + "\n").unwrap();
    dir
}

/// Every journal in the data folder, one after the other.
fn journals(dir: &std::path::Path) -> String {
    let mut paths: Vec<_> = fs::read_dir(dir.join("data"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    paths.sort();
    paths.iter().map(|p| fs::read_to_string(p).unwrap()).collect()
}

/// The load column of every set `history` lists.
fn loads(dir: &std::path::Path) -> Vec<String> {
    let out = liftpace(dir, &["history"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout.lines().skip(1).map(|row| row.split(',').nth(10).unwrap().to_string()).collect()
}

#[test]
fn correct_fixes_a_set_and_says_what_changed() {
    let dir = history();
    let address = format!("{SESSION}:back squat:2");
    let out = liftpace(dir.path(), &["history", "--correct", &address, "--load", "100"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.trim(),
        format!("Corrected Back squat set 2 of session {SESSION}: 5 × 1000 kg → 5 × 100 kg.")
    );
    assert_eq!(loads(dir.path()), ["100", "100", "100"]);
    // The file only grew: the typo's line is still there, with a correction after it.
    let text = fs::read_to_string(dir.path().join("data/history.jsonl")).unwrap();
    assert!(text.contains(r#""load":1000,"#));
    let all = journals(dir.path());
    let last = all.lines().find(|l| l.contains(r#""type":"correction""#)).unwrap();
    assert!(last.starts_with(r#"{"v":1,"type":"correction","session":"20261127T063005-3fa91c","exercise":"Back squat","kind":"work","set":2,"load":100.0,"at":"#), "{last}");
    // A later correction of the same set wins; a start of the id is enough.
    let short = "20261127T0630:Back squat:2";
    let out = liftpace(dir.path(), &["history", "--correct", short, "--reps", "4", "--rpe", "9"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("5 × 100 kg → 4 × 100 kg, RPE 9"), "{}", out.stdout);
}

#[test]
fn void_deletes_a_set_for_every_reader() {
    let dir = history();
    let address = format!("{SESSION}:Back squat:2");
    let out = liftpace(dir.path(), &["history", "--void", &address]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("Voided Back squat set 2"), "{}", out.stdout);
    assert_eq!(loads(dir.path()), ["100", "100"]);
    // Once void, it is gone: voiding again says which sets there are.
    let again = liftpace(dir.path(), &["history", "--void", &address]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("its sets are: 1, 3"), "{}", again.stderr);
}

#[test]
fn a_bad_address_or_value_is_refused_clearly() {
    let dir = history();
    let before = journals(dir.path());
    // (arguments, exit status, what stderr must say)
    let table: [(&[&str], i32, &str); 7] = [
        (&["history", "--void", "squat 2"], 1, "is not a set: write SESSION:EXERCISE:SET"),
        (&["history", "--void", "2025:Back squat:1"], 1, "no session `2025` in the history"),
        (
            &["history", "--void", "20261127T063005-3fa91c:Bench:1"],
            1,
            "has no `Bench`; its exercises are: Back squat",
        ),
        (
            &["history", "--void", "20261127T063005-3fa91c:Back squat:7"],
            1,
            "has no set 7; its sets are: 1, 2, 3",
        ),
        (
            &["history", "--correct", "20261127T063005-3fa91c:Back squat:1", "--hold", "30"],
            1,
            "is a set of reps: correct it with --reps",
        ),
        (&["history", "--correct", "20261127T063005-3fa91c:Back squat:1"], 2, "--reps"),
        (
            &["history", "--correct", "20261127T063005-3fa91c:Back squat:1", "--load", "heavy"],
            2,
            "is not a load",
        ),
    ];
    for (args, code, says) in table {
        let out = liftpace(dir.path(), args);
        assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
    let after = journals(dir.path());
    assert_eq!(before, after, "nothing written on an error");
}

#[test]
fn two_fixes_of_different_fields_both_hold_in_history_and_progress() {
    let dir = history();
    let address = format!("{SESSION}:Back squat:2");
    for fix in [["--reps", "11"], ["--load", "100"]] {
        let out = liftpace(dir.path(), &["history", "--correct", &address, fix[0], fix[1]]);
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    let out = liftpace(dir.path(), &["history"]);
    let row = out.stdout.lines().nth(2).unwrap().split(',').collect::<Vec<_>>();
    assert_eq!((row[6], row[8], row[10]), ("2", "11", "100"), "{}", out.stdout);
    // Progress reads the same set: 11 × 100 kg is now the best set of all.
    let out = liftpace(dir.path(), &["progress", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let best = r#""best_set":{"date":"2026-11-27","load":100.0,"reps":11}"#;
    assert!(out.stdout.replace([' ', '\n'], "").contains(best), "{}", out.stdout);
}

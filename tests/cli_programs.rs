//! `liftpace programs` through the real binary: every programme with a one-word verdict that
//! agrees with `check`, user programmes with their paths, and "errors" for one that does not load.

mod cli_support;

use cli_support::liftpace;
use liftpace::core::programme::builtin;

/// The verdict word `programs` prints beside `name`.
fn verdict_of<'a>(stdout: &'a str, name: &str) -> &'a str {
    let line = stdout.lines().find(|l| l.split_whitespace().next() == Some(name));
    let line = line.unwrap_or_else(|| panic!("{name} not listed:\n{stdout}"));
    line.split_whitespace().nth(1).unwrap()
}

#[test]
fn every_built_in_has_the_verdict_check_gives_it() {
    let config = tempfile::tempdir().unwrap();
    let run = liftpace(config.path(), &["programs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for b in builtin::ALL {
        let check = liftpace(config.path(), &["check", "--format", "json", b.file]);
        let doc: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
        let meets = doc["files"][0]["guideline"]["meets"].as_bool().unwrap();
        let expected = if meets { "meets" } else { "gaps" };
        assert_eq!(verdict_of(&run.stdout, b.name), expected, "{}", b.name);
    }
    assert_eq!(verdict_of(&run.stdout, "strength-linear"), "gaps");
    assert_eq!(verdict_of(&run.stdout, "full-body"), "meets");
}

#[test]
fn user_programmes_show_their_path_and_errors_in_one_word() {
    let config = tempfile::tempdir().unwrap();
    let programs = config.path().join("programs");
    std::fs::create_dir(&programs).unwrap();
    let good = programs.join("mine.toml");
    std::fs::write(&good, builtin::default().text).unwrap();
    std::fs::write(programs.join("typo.toml"), "name = \"Typo\"\nsets_per_week = 3\n").unwrap();
    let run = liftpace(config.path(), &["programs"]);
    assert_eq!(run.code, 0, "a programme with errors is listed, not a failure: {}", run.stderr);
    assert_eq!(verdict_of(&run.stdout, "mine"), "meets");
    assert_eq!(verdict_of(&run.stdout, "typo"), "errors");
    let mine = run.stdout.lines().find(|l| l.starts_with("mine ")).unwrap();
    assert!(mine.ends_with(good.to_str().unwrap()), "{mine}");
    assert!(run.stdout.contains("liftpace check"), "says how to see the errors");
}

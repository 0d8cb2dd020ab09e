//! The settings and the command line through the real binary: `config` with every origin,
//! `config --init`, `schema --config`, a broken settings file failing `config` and `check`,
//! programmes by name or path, `--day` in any case, `new NAME`, `programs` with the next and
//! last day, one error prefix, and help text free of internal names.

mod cli_support;

use std::path::Path;
use std::process::Command;

use cli_support::{Run, liftpace};

/// Runs liftpace with extra environment variables.
fn with_env(config: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liftpace"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LIFTPACE_CONFIG_DIR", config)
        .env("LIFTPACE_DATA_DIR", config.join("data"));
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn line<'a>(stdout: &'a str, key: &str) -> &'a str {
    stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some(key))
        .unwrap_or_else(|| panic!("no {key} in\n{stdout}"))
}

#[test]
fn config_shows_the_path_and_every_value_with_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "sound = \"off\"\ncountdown = 5\ntheme = \"dark\"\n",
    )
    .unwrap();
    let args = ["--theme", "high-contrast", "config"];
    let run = with_env(dir.path(), &args, &[("LIFTPACE_COUNTDOWN", "8"), ("LIFTPACE_UNITS", "lb")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = dir.path().join("config.toml");
    assert!(
        run.stdout.starts_with(&format!("Settings file: {}\n", path.display())),
        "{}",
        run.stdout
    );
    let theme = line(&run.stdout, "theme");
    assert!(theme.contains("\"high-contrast\"") && theme.ends_with("flag --theme"), "{theme}");
    assert!(line(&run.stdout, "countdown").ends_with("environment LIFTPACE_COUNTDOWN"));
    assert!(line(&run.stdout, "units").contains("\"lb\""));
    assert!(line(&run.stdout, "sound").ends_with(&format!("file {}:1", path.display())));
    assert!(line(&run.stdout, "checkin").ends_with("default"));
    assert!(run.stdout.contains("(colour: never, environment NO_COLOR)"), "{}", run.stdout);
    for key in [
        "units",
        "brace",
        "notify",
        "title",
        "rest_breathing",
        "resonance_rate",
        "device",
        "bar.kg",
        "bar.lb",
        "plates.kg",
        "plates.lb",
    ] {
        line(&run.stdout, key);
    }
}

#[test]
fn a_broken_settings_file_fails_config_and_check_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "theme = \"dark\"\ncountdwn = 5\n").unwrap();
    let run = liftpace(dir.path(), &["config"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("unknown key `countdwn`"), "{}", run.stderr);
    assert!(run.stderr.contains("config.toml:2:1"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `countdown`?"), "{}", run.stderr);
    assert!(line(&run.stdout, "theme").ends_with("default"), "the broken file is left out");
    assert!(run.stdout.contains("a settings file with an error (all of it)"), "{}", run.stdout);

    let check = liftpace(dir.path(), &["check", "full-body"]);
    assert_eq!(check.code, 1, "check fails on the settings");
    assert!(check.stderr.contains("config.toml:2:1"), "{}", check.stderr);
    assert_eq!(check.stderr.matches("unknown key `countdwn`").count(), 1, "reported once");
    assert!(check.stdout.contains("full-body: ok"), "the programme is still checked");

    let json = liftpace(dir.path(), &["check", "--format", "json", "full-body"]);
    assert_eq!(json.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(doc["settings"]["ok"], false);
    assert_eq!(doc["settings"]["errors"][0]["line"], 2);
    assert_eq!(doc["files"][0]["ok"], true);
    assert_eq!(json.stderr, "");

    let bad_env = with_env(dir.path(), &["config"], &[("LIFTPACE_THEME", "blue")]);
    assert!(bad_env.stderr.contains("LIFTPACE_THEME = \"blue\""), "{}", bad_env.stderr);
}

#[test]
fn config_init_writes_a_commented_file_once_and_schema_config_describes_it() {
    let dir = tempfile::tempdir().unwrap();
    let run = liftpace(dir.path(), &["config", "--init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(text.lines().all(|l| l.is_empty() || l.starts_with('#')), "{text}");
    assert_eq!(liftpace(dir.path(), &["config"]).code, 0, "the written file is valid");
    let again = liftpace(dir.path(), &["config", "--init"]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.starts_with("liftpace: error: "), "{}", again.stderr);
    assert!(again.stderr.contains("never overwrites"));

    let schema = liftpace(dir.path(), &["schema", "--config"]);
    let schema: serde_json::Value = serde_json::from_str(&schema.stdout).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    assert!(schema["properties"]["resonance_rate"].is_object());
}

#[test]
fn check_takes_programme_names_as_well_as_paths() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("programs")).unwrap();
    let text = liftpace::core::programme::builtin::default().text;
    std::fs::write(dir.path().join("programs/mine.toml"), text).unwrap();
    let run = liftpace(dir.path(), &["check", "full-body", "mine", "programs/home.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("full-body: ok"));
    assert!(run.stdout.contains("mine: ok"));
    assert!(run.stdout.contains("programs/home.toml: ok"));
    let typo = liftpace(dir.path(), &["check", "full-bdy"]);
    assert_eq!(typo.code, 1);
    assert!(
        typo.stderr.starts_with("liftpace: error: no programme called `full-bdy`"),
        "{}",
        typo.stderr
    );
    assert!(typo.stderr.contains("did you mean `full-body`?"));
}

#[test]
fn a_date_that_is_not_one_says_how_to_write_it() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["history", "--since", "yesterday"][..],
        &["export", "--since", "28/11/2026"],
        &["progress", "--until", "2026-13-01"],
    ] {
        let run = liftpace(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("write it as YYYY-MM-DD"), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("four digit"), "no parser words: {}", run.stderr);
    }
}

#[test]
fn days_match_in_any_case_and_a_wrong_one_gets_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    // Without a terminal a workout stops after choosing the day: a right day gets that far.
    let right = liftpace(dir.path(), &["run", "upper-lower", "--day", "upper b"]);
    assert_eq!(right.code, 1);
    assert!(right.stderr.contains("needs a terminal"), "{}", right.stderr);
    let wrong = liftpace(dir.path(), &["run", "upper-lower", "--day", "uper b"]);
    assert_eq!(wrong.code, 1);
    assert!(wrong.stderr.starts_with("liftpace: error: "), "{}", wrong.stderr);
    assert!(
        wrong.stderr.contains("no day called `uper b` (did you mean `Upper B`?)"),
        "{}",
        wrong.stderr
    );
    assert!(
        wrong.stderr.contains("its days are Upper A, Lower A, Upper B, Lower B"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn new_with_a_bare_name_writes_into_the_programs_folder_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "units = \"lb\"\n").unwrap();
    let run = liftpace(dir.path(), &["new", "legs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = dir.path().join("programs/legs.toml");
    assert!(run.stdout.contains(&format!("Wrote {}", file.display())), "{}", run.stdout);
    assert!(run.stdout.contains("liftpace run legs"), "{}", run.stdout);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("units = \"lb\""), "the settings' units");
    let programs = liftpace(dir.path(), &["programs"]);
    assert!(programs.stdout.lines().any(|l| l.starts_with("legs ")), "{}", programs.stdout);
    assert_eq!(liftpace(dir.path(), &["check", "legs"]).code, 0);
}

#[test]
fn programs_says_which_day_is_next_and_when_each_was_last_done() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let history = concat!(
        r#"{"v":1,"type":"session","id":"s1","programme":"Full body, twice a week","programme_file":"built-in:full-body","day":"A","started":"2026-11-20T07:00:00+01:00"}"#,
        "\n",
        r#"{"v":1,"type":"set","session":"s1","exercise":"Goblet squat","set":1,"reps":10,"load":16.0,"unit":"kg","target":"8-12","tempo":"3-1-1-0","started":"2026-11-20T07:01:00+01:00","ended":"2026-11-20T07:02:00+01:00"}"#,
        "\n",
    );
    std::fs::write(data.join("history.jsonl"), history).unwrap();
    let run = liftpace(dir.path(), &["programs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let next_up = "next: day B · last done 2026-11-20 (day A) · next up";
    assert!(run.stdout.contains(next_up), "{}", run.stdout);
    assert!(run.stdout.contains("next: day Upper A · not done yet\n"), "{}", run.stdout);
    let said = "Next up: Full body, twice a week (`full-body`), day B, the programme trained last";
    assert!(run.stdout.contains(said), "{}", run.stdout);
    assert_eq!(run.stdout.matches("· next up").count(), 1, "{}", run.stdout);

    // Trained on another programme since, that one is next up, as home would open on it.
    let later = concat!(
        r#"{"v":1,"type":"session","id":"s2","programme":"Upper/lower, four times a week","programme_file":"built-in:upper-lower","day":"Upper A","started":"2026-11-22T07:00:00+01:00"}"#,
        "\n",
    );
    let mut text = std::fs::read_to_string(data.join("history.jsonl")).unwrap();
    text.push_str(later);
    std::fs::write(data.join("history.jsonl"), text).unwrap();
    let run = liftpace(dir.path(), &["programs"]);
    assert!(run.stdout.contains("Next up: Upper/lower"), "{}", run.stdout);
    assert_eq!(run.stdout.matches("· next up").count(), 1, "{}", run.stdout);
}

#[test]
fn programs_with_no_history_says_nothing_is_next_yet() {
    let dir = tempfile::tempdir().unwrap();
    let run = liftpace(dir.path(), &["programs"]);
    assert!(run.stdout.contains("Next up: nothing trained yet"), "{}", run.stdout);
    assert!(!run.stdout.contains("· next up"), "{}", run.stdout);
}

#[test]
fn no_help_text_names_an_internal_module() {
    let dir = tempfile::tempdir().unwrap();
    let subcommands = ["run", "check", "programs", "new", "schema", "config", "completions", "man"];
    let mut pages = vec![liftpace(dir.path(), &["--help"]).stdout];
    pages.extend(subcommands.iter().map(|s| liftpace(dir.path(), &[s, "--help"]).stdout));
    for page in pages {
        assert!(!page.is_empty());
        for internal in ["::", "cli", "core", "runtime", "crate"] {
            let words = page.split(|c: char| !c.is_alphanumeric() && c != ':');
            assert!(
                !words.into_iter().any(|w| w == internal || w.contains("::")),
                "{internal:?} in:\n{page}"
            );
        }
    }
}

#[test]
fn device_names_this_machines_journal_and_units_fill_in_an_import_that_does_not_say() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "device = \"desk\"\nunits = \"lb\"\n").unwrap();
    let config = liftpace(dir.path(), &["config"]);
    let journal = dir.path().join("data/history.desk.jsonl");
    assert!(
        config.stdout.contains(&format!("Journal:       {}", journal.display())),
        "{}",
        config.stdout
    );

    let classic =
        format!("{}/tests/import_fixtures/strong_classic.csv", env!("CARGO_MANIFEST_DIR"));
    let run = liftpace(dir.path(), &["import", "strong", &classic]);
    assert_eq!(run.code, 0, "the settings' units stand in for --unit: {}", run.stderr);
    let text = std::fs::read_to_string(&journal).unwrap();
    let units: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["type"] == "set")
        .map(|r| r["unit"].clone())
        .collect();
    assert!(!units.is_empty() && units.iter().all(|u| u == "lb"), "{units:?}");
}

#[test]
fn color_always_colours_reports_even_under_no_color_and_never_never_does() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "name = \"x\"\n[[day]]\nnam = \"A\"\n").unwrap();
    let bad = bad.to_str().unwrap();
    // The harness sets NO_COLOR and pipes stderr: only `always` may colour then.
    let always = liftpace(dir.path(), &["--color", "always", "check", bad]);
    assert_eq!(always.code, 1);
    assert!(always.stderr.contains("\x1b[31merror:"), "{:?}", always.stderr);
    let never = liftpace(dir.path(), &["--color", "never", "check", bad]);
    assert!(!never.stderr.contains('\x1b'), "{:?}", never.stderr);
    assert!(never.stderr.contains("bad.toml:2:1"), "{}", never.stderr);
}

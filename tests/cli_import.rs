//! `liftpace import` and `liftpace export` through the real binary: what is added and said,
//! nothing twice, nothing on `--dry-run`, one clear message and exit 1 for a file it cannot
//! read, and a Hevy round trip from one data folder to an empty one.

mod cli_support;

use std::path::Path;

use cli_support::liftpace;

fn fixture(name: &str) -> String {
    format!("{}/tests/import_fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Lines in every journal of the data folder (one per machine since journals are per device).
fn history_lines(config: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(config.join("data")) else { return 0 };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".jsonl"))
        .map(|e| std::fs::read_to_string(e.path()).map_or(0, |t| t.lines().count()))
        .sum()
}

#[test]
fn an_import_says_what_it_added_and_a_second_adds_nothing() {
    let config = tempfile::tempdir().unwrap();
    let file = fixture("strong_classic.csv");
    let run = liftpace(config.path(), &["import", "strong", &file, "--unit", "kg"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "Added 2 sessions, 9 sets, 2024-09-14 to 2024-09-16:\n  \
         5 work, 1 warm-up, 1 hold, 1 drop set, 1 to failure.\nSaved in "
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("strong_classic.csv:11:56: Reps: \"five\" is not a number; row skipped"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("Skipped 3 rows:\n  1 that could not be read (above)\n  1 rest timer\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  Hip Abductor (Machine) (1 set)"), "{}", run.stdout);
    let lines = history_lines(config.path());
    assert_eq!(lines, 2 + 9 + 2);

    let again = liftpace(config.path(), &["import", "strong", &file, "--unit", "kg"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stdout.starts_with("Nothing to add.\nAlready in your history: 9 sets."),
        "{}",
        again.stdout
    );
    assert_eq!(history_lines(config.path()), lines);
}

#[test]
fn a_dry_run_writes_nothing() {
    let config = tempfile::tempdir().unwrap();
    let run = liftpace(config.path(), &["import", "hevy", &fixture("hevy_kg.csv"), "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Would add 2 sessions, 6 sets, 2024-09-15 to 2024-10-02:\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.ends_with("Nothing was written (--dry-run).\n"), "{}", run.stdout);
    assert!(!config.path().join("data").exists());
}

#[test]
fn a_file_it_cannot_import_is_one_message_and_exit_1() {
    let config = tempfile::tempdir().unwrap();
    let empty = config.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let (classic, android) = (fixture("strong_classic.csv"), fixture("strong_android.csv"));
    let cases = [
        (vec!["import", "strong", &classic], "--unit kg or --unit lb"),
        (
            vec!["import", "strong", empty.to_str().unwrap()],
            "the file is empty: expected a Strong export",
        ),
        (vec!["import", "hevy", &android], "run `liftpace import strong FILE`"),
        (vec!["import", "hevy", env!("CARGO_MANIFEST_DIR")], "is not a regular file"),
        (vec!["import", "hevy", "no-such.csv"], "no-such.csv: cannot read it"),
    ];
    for (args, says) in cases {
        let run = liftpace(config.path(), &args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("liftpace: "), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
    }
    assert_eq!(liftpace(config.path(), &["import", "fitbod", "x.csv"]).code, 2);
    let garbled = config.path().join("garbled.csv");
    std::fs::write(&garbled, "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\nx,y\n")
        .unwrap();
    let run =
        liftpace(config.path(), &["import", "strong", garbled.to_str().unwrap(), "--unit", "kg"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("garbled.csv:2:1: has 2 cells where the header names 6"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("no set could be read (1 row above); nothing was added"),
        "{}",
        run.stderr
    );
    assert!(!config.path().join("data").exists());
}

#[test]
fn a_hevy_round_trip_through_the_binary_keeps_every_set() {
    let first = tempfile::tempdir().unwrap();
    let run = liftpace(
        first.path(),
        &["import", "strong", &fixture("strong_android.csv"), "--unit", "kg"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = liftpace(first.path(), &["import", "hevy", &fixture("hevy_kg.csv")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hevy = liftpace(first.path(), &["export", "--format", "hevy"]);
    assert_eq!(hevy.code, 0, "{}", hevy.stderr);
    assert!(hevy.stderr.contains("both kg and lb"), "{}", hevy.stderr);
    let file = first.path().join("export.csv");
    std::fs::write(&file, &hevy.stdout).unwrap();

    let second = tempfile::tempdir().unwrap();
    let run = liftpace(second.path(), &["import", "hevy", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Added 3 sessions, 11 sets"), "{}", run.stdout);
    // name, kind, tag, reps, hold, load, unit and RPE of every set, in order.
    let columns = |config: &Path| -> Vec<String> {
        let csv = liftpace(config, &["export", "--format", "csv"]).stdout;
        csv.lines()
            .skip(1)
            .map(|row| {
                let cells: Vec<&str> = row.split(',').collect();
                [3, 5, 6, 8, 9, 10, 11, 12].map(|i| cells[i]).join(",")
            })
            .collect()
    };
    let before = columns(first.path());
    assert_eq!(before.len(), 11);
    assert_eq!(columns(second.path()), before);
}

#[test]
fn an_import_waits_for_a_workout_open_in_another_terminal() {
    let config = tempfile::tempdir().unwrap();
    let data = liftpace::storage::DataDir::for_this_machine(config.path().join("data"), None);
    let journal = liftpace::storage::Journal::open(&data).unwrap();
    let lock = journal.lock("workout", "2026-11-27T18:02:00+01:00").unwrap();
    let run = liftpace(config.path(), &["import", "hevy", &fixture("hevy_kg.csv")]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("a workout is already open in another terminal since 18:02"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("import when it is closed (nothing was added)"), "{}", run.stderr);
    assert_eq!(history_lines(config.path()), 0);
    drop(lock);
    // A sibling test that forks a liftpace at the moment of the drop shares the lock's open
    // file until its child execs, so the lock can outlive `drop` by a moment. Ask again, a
    // bounded number of times, as a lifter would; anything but the lock message fails at once.
    let mut run = liftpace(config.path(), &["import", "hevy", &fixture("hevy_kg.csv")]);
    for _ in 0..50 {
        if run.code == 0 || !run.stderr.contains("already open in another terminal") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        run = liftpace(config.path(), &["import", "hevy", &fixture("hevy_kg.csv")]);
    }
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(history_lines(config.path()), 2 + 6 + 2);
}

#[test]
fn a_set_voided_after_its_import_does_not_come_back_on_the_next() {
    let config = tempfile::tempdir().unwrap();
    let file = fixture("hevy_kg.csv");
    assert_eq!(liftpace(config.path(), &["import", "hevy", &file]).code, 0);
    let journal = std::fs::read_dir(config.path().join("data"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .unwrap();
    let text = std::fs::read_to_string(&journal).unwrap();
    let session = text.split("\"id\":\"").nth(1).unwrap().split('"').next().unwrap();
    let void = format!(
        "{{\"v\":1,\"type\":\"correction\",\"session\":\"{session}\",\"exercise\":\"Bench press\",\
         \"kind\":\"work\",\"set\":1,\"void\":true,\"at\":\"2026-11-27T08:00:00+01:00\"}}\n"
    );
    std::fs::write(&journal, text + &void).unwrap();
    let csv = liftpace(config.path(), &["export"]).stdout;
    assert_eq!(csv.lines().count(), 1 + 5, "the voided set is gone:\n{csv}");
    let again = liftpace(config.path(), &["import", "hevy", &file]);
    assert!(again.stdout.starts_with("Nothing to add."), "{}", again.stdout);
    assert_eq!(liftpace(config.path(), &["export"]).stdout, csv);
}

#[test]
fn a_name_the_library_does_not_know_is_kept_and_gets_a_did_you_mean() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("typo.csv");
    let header = "\u{feff}Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
    let row = "2024-09-14 18:02:00,Push,45m,Benchh Press (Barbell),1,60,8,0,0,,,";
    std::fs::write(&file, format!("{header}\n{row}\n")).unwrap();
    let args = ["import", "strong", file.to_str().unwrap(), "--unit", "kg", "--dry-run"];
    let run = liftpace(config.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let said = "Benchh Press (Barbell) (1 set): did you mean Bench press?";
    assert!(run.stdout.contains(said), "{}", run.stdout);
}

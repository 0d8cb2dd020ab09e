//! An import after the lifter corrected or voided imported sets still adds nothing twice: the
//! import compares with the journals as written, not as corrected.

mod cli_support;

use cli_support::liftpace;

#[test]
fn a_voided_imported_set_is_not_imported_again() {
    let config = tempfile::tempdir().unwrap();
    let file = format!("{}/tests/import_fixtures/strong_classic.csv", env!("CARGO_MANIFEST_DIR"));
    let run = liftpace(config.path(), &["import", "strong", &file, "--unit", "kg"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let data = config.path().join("data");
    let journal = std::fs::read_dir(&data)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".jsonl"));
    let text = std::fs::read_to_string(journal.unwrap().path()).unwrap();
    let set: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|r| r["type"] == "set")
        .unwrap();
    // Voided from another machine, as `liftpace history` there would write it.
    let void = serde_json::json!({
        "v": 1, "type": "correction", "session": set["session"], "exercise": set["exercise"],
        "kind": set["kind"], "set": set["set"], "void": true, "at": "2026-11-28T07:00:00+00:00",
    });
    std::fs::write(data.join("history.phone.jsonl"), format!("{void}\n")).unwrap();

    let again = liftpace(config.path(), &["import", "strong", &file, "--unit", "kg"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.starts_with("Nothing to add."), "{}", again.stdout);
    let export = liftpace(config.path(), &["export", "--format", "json"]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let before = text.matches(r#""type":"set""#).count();
    assert_eq!(export.stdout.matches(r#""type":"set""#).count(), before - 1, "voided for export");
}

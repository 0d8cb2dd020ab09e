//! End to end on the gym floor: a slipped finger on the Log screen is questioned before it
//! reaches the history, fixed, and the history (and so the next prescription) holds the fixed
//! value; and a session quit after one of four sets does not move the rotation on. The real
//! binary in a pseudo-terminal; every wait is bounded and polls the screen.

use std::path::Path;

mod common;
use common::pty::App;

const PROGRAMME: &str = r#"
name = "Gym test"
[defaults]
rest = "30s"
breathing = "box"
tempo = "1-0-1-0"
muscles = ["legs"]

[[day]]
name = "A"
[[day.exercise]]
name = "Goblet squat"
load = 20
sets = 4
reps = 1

[[day]]
name = "B"
[[day.exercise]]
name = "Row"
load = 20
sets = 2
reps = 1
"#;

fn history(dir: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("data/history.test.jsonl")).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).expect("every line is JSON")).collect()
}

#[test]
fn a_typo_is_questioned_fixed_and_a_short_session_keeps_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gym.toml");
    std::fs::write(&file, PROGRAMME).unwrap();
    let args = ["run", file.to_str().unwrap(), "--countdown", "0"];
    let mut app = App::start(dir.path(), &args, 80, 24);
    app.wait_for("Set 1 of 4");
    app.keys(" ");
    app.wait_for("Reps");
    app.keys("\t200\r"); // meant 20.0
    app.wait_for("200 kg is 10× today's 20 kg. Enter again to keep it, or fix it.");
    assert_eq!(history(dir.path()).len(), 1, "only the session's start: the typo is not saved");
    app.keys("\x7f\x7f\x7f20\r");
    app.wait_for("Next");
    let records = history(dir.path());
    assert_eq!(records[1]["type"], "set");
    assert_eq!(records[1]["load"].as_f64(), Some(20.0), "the fixed load, not the typo");
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
    app.wait_for_main_screen();

    // One set of four is not a day done: day A again, at the load the fixed set earned.
    let mut app = App::start(dir.path(), &args, 80, 24);
    app.wait_for("Goblet squat");
    app.wait_for("Set 1 of 4");
    let screen = app.text();
    assert!(!screen.contains("200 kg"), "nothing of the typo reaches the next workout:\n{screen}");
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
    let records = history(dir.path());
    let days: Vec<&str> = records
        .iter()
        .filter(|r| r["type"] == "session")
        .map(|r| r["day"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["A", "A"]);
}

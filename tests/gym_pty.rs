//! End to end on the gym floor: a slipped finger on the Log screen is questioned before it
//! reaches the history, fixed, and the history (and so the next prescription) holds the fixed
//! value; and a session quit after one of four sets does not move the rotation on. The real
//! binary in a pseudo-terminal; every wait is bounded and polls the screen.

mod common;
use common::fixture::{journal_lines as history, programme_in_tempdir, squat_programme};
use common::pty::App;

/// Four sets of day A, then a day B for the rotation to move to.
fn programme() -> String {
    let day_b = "\n[[day]]\nname = \"B\"\n[[day.exercise]]\nname = \"Row\"\nload = 20\nsets = 2\nreps = 1\n";
    squat_programme("Gym test", 4, "rest = \"30s\"\nbreathing = \"box\"") + day_b
}

#[test]
fn a_typo_is_questioned_fixed_and_a_short_session_keeps_the_day() {
    let (dir, file) = programme_in_tempdir("gym.toml", &programme());
    let mut app = App::workout(dir.path(), &file, 80, 24);
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

    // One set of four is not a day done: day A again, at the load the fixed set earned. The
    // quit workout is offered back first; `n` starts the day fresh.
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Resume day A — 1 of 4 sets done");
    app.keys("n");
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

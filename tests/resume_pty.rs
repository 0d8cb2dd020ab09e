//! Interrupted is not over, end to end with the real binary in a pty: a workout killed with
//! SIGKILL after two sets is offered back by the next `liftpace run`, Enter takes it up at the
//! third set, and the journal ends with every set under the one session id and the summary
//! counting them all; and leaving the summary of a workout started from home comes back to
//! home, which now shows the next day. Every wait is bounded and polls the screen.

use std::path::Path;

mod common;
use common::fixture::{journal_lines, programme_in_tempdir, squat_programme};
use common::pty::App;

/// `sets` quick sets of day A (one rep, no rest), then a day B for the rotation to move to.
fn programme(sets: u32) -> String {
    let day_b = "\n[[day]]\nname = \"B\"\n[[day.exercise]]\nname = \"Row\"\nload = 20\nsets = 1\nreps = 1\n";
    squat_programme("Resume test", sets, "rest = 0") + day_b
}

/// Paces set `n` of `of` and saves it as prescribed; waits until the app has moved on to
/// `next`, which it shows only once the set is on disk.
fn log_set(app: &mut App, n: u32, of: u32, next: &str) {
    app.wait_for(&format!("Set {n} of {of}"));
    app.keys(" ");
    app.wait_for(&format!("Log set {n} of {of}"));
    app.keys("\r");
    app.wait_for(next);
}

fn of_type<'a>(records: &'a [serde_json::Value], kind: &str) -> Vec<&'a serde_json::Value> {
    records.iter().filter(|r| r["type"] == kind).collect()
}

#[test]
fn a_workout_killed_after_two_sets_is_resumed_under_the_same_session() {
    let (dir, file) = programme_in_tempdir("resume.toml", &programme(4));
    let mut app = App::workout(dir.path(), &file, 80, 24);
    log_set(&mut app, 1, 4, "Set 2 of 4");
    log_set(&mut app, 2, 4, "Set 3 of 4");
    kill(&mut app);
    let before = journal_lines(dir.path());
    assert!(of_type(&before, "session_end").is_empty(), "a killed session has no end");

    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Resume day A — 2 of 4 sets done");
    app.wait_for("Enter resume · n start day A fresh · d pick another day");
    app.keys("\r");
    log_set(&mut app, 3, 4, "Set 4 of 4");
    log_set(&mut app, 4, 4, "Workout complete");
    app.wait_for("Sets logged  4");
    app.wait_for("Time active");

    let records = journal_lines(dir.path());
    let sessions = of_type(&records, "session");
    assert_eq!(sessions.len(), 1, "no second session was begun: {records:?}");
    let id = &sessions[0]["id"];
    let sets = of_type(&records, "set");
    assert_eq!(sets.len(), 4);
    assert!(sets.iter().all(|s| &s["session"] == id), "every set under {id}: {sets:?}");
    let numbers: Vec<_> = sets.iter().map(|s| s["set"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [1, 2, 3, 4], "each set once, none done again");
    let resumes = of_type(&records, "resume");
    assert_eq!(resumes.len(), 1);
    assert_eq!(&resumes[0]["session"], id);
    let ends = of_type(&records, "session_end");
    assert_eq!(ends.len(), 1);
    assert_eq!((&ends[0]["session"], &ends[0]["status"]), (id, &"completed".into()));

    app.keys("q"); // leave the summary
    app.wait_for("How do you feel?");
    app.keys("\r");
    assert!(app.wait_exit().success(), "started by `run`: leaving the summary leaves");
}

#[test]
fn a_set_skipped_before_a_kill_is_still_skipped_after_the_resume() {
    let (dir, file) = programme_in_tempdir("resume.toml", &programme(4));
    let mut app = App::workout(dir.path(), &file, 80, 24);
    log_set(&mut app, 1, 4, "Set 2 of 4");
    app.keys("l"); // the list opens on set 2, the one up next
    app.wait_for("Today's list");
    app.keys("s");
    app.wait_for("Skipped 1 set.");
    app.keys("\x1b");
    app.wait_for("Set 3 of 4");
    kill(&mut app);

    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Resume day A — 1 of 4 sets done");
    app.keys("\r");
    app.wait_for("Set 3 of 4");
    app.keys("l");
    app.wait_for("set 2/4 · skipped");
    app.keys("\x1b");
    log_set(&mut app, 3, 4, "Set 4 of 4");
    log_set(&mut app, 4, 4, "Workout complete");
    app.wait_for("1 skipped");

    let records = journal_lines(dir.path());
    let numbers: Vec<_> =
        of_type(&records, "set").iter().map(|s| s["set"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [1, 3, 4], "the skipped set was never done");
    let skips = of_type(&records, "skip");
    assert_eq!(skips.len(), 1, "skipped once, not again: {skips:?}");
    assert_eq!(skips[0]["set"], 2);
    app.keys("q");
    app.wait_for("How do you feel?");
    app.keys("\r");
    assert!(app.wait_exit().success());
}

#[test]
fn nothing_is_offered_after_a_session_with_no_set() {
    let (dir, file) = programme_in_tempdir("resume.toml", &programme(2));
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    kill(&mut app);
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    assert!(!app.text().contains("Resume day"), "{}", app.text());
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    app.wait_exit();
}

/// Home at 80 × 24 with a two-set programme of the user's (and no countdown), started on day A
/// with Enter: the user's programmes come after the built-ins, so the last one is ours.
fn day_a_from_home(dir: &Path) -> App {
    let programs = dir.join("config/programs");
    std::fs::create_dir_all(&programs).unwrap();
    std::fs::write(programs.join("resume.toml"), programme(2)).unwrap();
    std::fs::write(dir.join("config/config.toml"), "countdown = 0\n").unwrap();
    let mut app = App::start(dir, &[], 80, 24);
    app.wait_for("Resume test");
    app.keys(&"j".repeat(12));
    app.wait_for("▶ Resume test");
    app.wait_for("next: day A");
    app.keys("\r");
    app
}

fn kill(app: &mut App) {
    let pid = app.child.process_id().unwrap() as i32;
    // SAFETY: killing our own child, as a dying terminal would.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    app.wait_exit();
}

#[test]
fn leaving_the_summary_goes_back_home_which_shows_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = day_a_from_home(dir.path());
    log_set(&mut app, 1, 2, "Set 2 of 2");
    log_set(&mut app, 2, 2, "Workout complete");
    app.keys("\r");
    app.wait_for("How do you feel?");
    app.keys("4");
    app.wait_for("▶ Resume test");
    app.wait_for("next: day B");
    let home = app.text();
    assert!(home.contains("programmes"), "the home screen: {home}");
    // Home again, read afresh: a second workout can begin from it in the same run.
    app.keys("\r");
    app.wait_for("Row");
    app.wait_for("Set 1 of 1");
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
    let days: Vec<_> = of_type(&journal_lines(dir.path()), "session")
        .iter()
        .map(|s| s["day"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(days, ["A", "B"]);
}

#[test]
fn home_offers_the_killed_workout_and_d_goes_to_the_day_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = day_a_from_home(dir.path());
    log_set(&mut app, 1, 2, "Set 2 of 2");
    kill(&mut app);

    let mut app = App::start(dir.path(), &[], 40, 12);
    app.wait_for("Resume day A — 1 of 2 sets done");
    app.keys("d");
    app.wait_for("programmes");
    app.wait_for("▶ Resume test");
    app.arrow_until("\x1b[C", "next: day B"); // → picks day B instead
    app.keys("q");
    assert!(app.wait_exit().success());
    assert_eq!(of_type(&journal_lines(dir.path()), "session").len(), 1, "nothing begun");
}

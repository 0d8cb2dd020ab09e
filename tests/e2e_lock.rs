//! One writer per journal, end to end: while one liftpace has a workout open, a second one in
//! another terminal refuses to start a workout and says since when the other has been open,
//! its home screen still opens (read-only), and once the first ends the second can start.

use std::path::Path;

mod common;
use common::fixture::{programme_in_tempdir, squat_programme};
use common::pty::App;

fn sessions_in(dir: &Path) -> usize {
    let text = std::fs::read_to_string(dir.join("data/history.test.jsonl")).unwrap_or_default();
    text.matches(r#""type":"session""#).count()
}

#[test]
fn a_second_liftpace_is_refused_a_workout_while_one_is_open_and_says_since_when() {
    let (dir, file) = programme_in_tempdir("lock.toml", &squat_programme("Lock test", 3, ""));
    let file = file.as_str();

    let mut first = App::workout(dir.path(), file, 80, 24);
    first.wait_for("Goblet squat");
    let pid = first.child.process_id().expect("pid");

    let mut second = App::start(dir.path(), &["run", file], 80, 24);
    let status = second.wait_exit();
    assert_eq!(status.exit_code(), 1);
    second.wait_for("already open in another terminal since");
    second.wait_for(&format!("(process {pid})"));
    assert!(!second.text().contains("panicked"), "{}", second.text());

    // The home screen is for looking, so it opens; starting from it is refused the same way.
    let mut home = App::start(dir.path(), &[], 80, 24);
    home.wait_for("next: day");
    home.keys("\r");
    home.wait_for("a workout is already open in another terminal since");
    home.keys("q");
    home.wait_exit();
    assert_eq!(sessions_in(dir.path()), 1, "only the first liftpace wrote");

    first.keys("q");
    first.wait_for("Quit the workout?");
    first.keys("y");
    first.wait_for_main_screen();
    first.wait_exit();
    let mut third = App::workout(dir.path(), file, 80, 24);
    third.wait_for("Goblet squat");
    assert_eq!(sessions_in(dir.path()), 2, "the lock went with the first liftpace");
    third.child.kill().unwrap();
    third.wait_exit();
}

#[test]
fn a_breathing_session_holds_the_lock_too_and_a_second_liftpace_says_so() {
    let (dir, file) = programme_in_tempdir("lock.toml", &squat_programme("Lock test", 3, ""));
    let mut first = App::start(dir.path(), &["breathe", "box", "--minutes", "5"], 80, 24);
    first.wait_for("Now: INHALE");
    let pid = first.child.process_id().expect("pid");
    let held = "a breathing session is already open in another terminal since";

    for args in [&["run", file.as_str()][..], &["breathe", "sigh"], &["breathe", "--find"]] {
        let mut second = App::start(dir.path(), args, 80, 24);
        assert_eq!(second.wait_exit().exit_code(), 1, "{args:?}");
        second.wait_for(held);
        second.wait_for(&format!("(process {pid})"));
        second.wait_for("this one can show what is saved but not record");
    }
    // Home opens (to look), and `b` from it is refused with the same words.
    let mut home = App::start(dir.path(), &[], 80, 24);
    home.wait_for("next: day");
    home.keys("b");
    home.wait_for(held);
    assert!(!home.text().contains("Now: "), "no pacer opened:\n{}", home.text());
    home.keys("q");
    home.wait_exit();
    assert_eq!(sessions_in(dir.path()), 0, "nothing was started");

    // Ended (and the check-in skipped), the lock is gone: a workout can start.
    first.wait_for("4:58 left");
    first.keys("q");
    first.wait_for("Ended early");
    first.keys("q");
    first.wait_for("How do you feel?");
    first.keys("q");
    first.wait_for_main_screen();
    first.wait_exit();
    let mut after = App::workout(dir.path(), &file, 80, 24);
    after.wait_for("Goblet squat");
    after.child.kill().unwrap();
    after.wait_exit();
}

#[test]
fn breathing_from_home_lets_the_lock_go_when_it_ends_so_a_workout_can_start() {
    let (dir, _file) = programme_in_tempdir("lock.toml", &squat_programme("Lock test", 3, ""));
    std::fs::create_dir_all(dir.path().join("config/programs")).unwrap();
    let programme = squat_programme("Lock test", 3, "");
    std::fs::write(dir.path().join("config/programs/lock.toml"), programme).unwrap();
    let mut home = App::start(dir.path(), &[], 80, 24);
    home.wait_for("next: day");
    home.keys("b");
    home.wait_for("Now: INHALE");
    // A second liftpace cannot start a workout meanwhile.
    let mut other = App::start(dir.path(), &["run", "lock"], 80, 24);
    assert_eq!(other.wait_exit().exit_code(), 1);
    other.wait_for("a breathing session is already open in another terminal since");
    // Ended at once (nothing done, nothing asked), back home; the same liftpace starts a
    // workout there, and no other can take the lock from it now.
    home.keys("q");
    home.wait_for("Ended early");
    home.keys("q");
    home.wait_for("next: day");
    let mut other = App::start(dir.path(), &["run", "lock", "--countdown", "0"], 80, 24);
    other.wait_for("Goblet squat");
    other.keys("q");
    other.wait_for("Quit the workout?");
    other.keys("y");
    other.wait_exit();
    home.keys("q");
    home.wait_exit();
}

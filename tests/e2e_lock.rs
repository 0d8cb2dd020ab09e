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

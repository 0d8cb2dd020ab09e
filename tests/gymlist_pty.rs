//! End to end, today's list: a typo (1000 kg on a 100 kg squat) is questioned, kept, then
//! corrected to 100 from today's list; the rest of the workout and the summary see 100, and
//! the next workout's prescription grows from 100, not from 1000. The real binary in a
//! pseudo-terminal; every wait is bounded and polls the screen.

mod common;
use common::fixture::{journal_lines as history, programme_in_tempdir};
use common::pty::App;

/// Two sets of one squat at 100 kg, moved on by linear progression.
const PROGRAMME: &str = r#"name = "Typo test"
[defaults]
tempo = "1-0-1-0"
rest = "30s"
breathing = "box"

[[day]]
name = "A"
[[day.exercise]]
name = "Back squat"
load = 100
sets = 2
reps = 1
progression = "linear"
increment = 2.5
"#;

const UP: &str = "\x1b[A";

#[test]
fn a_typo_kept_then_corrected_from_todays_list_never_reaches_the_next_prescription() {
    let (dir, file) = programme_in_tempdir("typo.toml", PROGRAMME);
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    app.keys(" ");
    app.wait_for("Reps");
    app.keys("\t1000\r");
    app.wait_for("1000 kg is 10× today's 100 kg. Enter again to keep it, or fix it.");
    app.enter_after_reading(); // kept: the lifter did not look twice
    app.wait_for("Next: Back squat — set 2 of 2, 1000 kg × 1");
    assert_eq!(history(dir.path())[1]["load"].as_f64(), Some(1000.0), "saved as typed");

    // Today's list, on the set to come; up to the typo, correct its load.
    app.keys("l");
    app.wait_for("Today's list");
    app.wait_for("✓ set 1/2 · 1000 kg × 1 · done");
    app.keys(UP);
    app.keys("e");
    app.wait_for("Correct set 1 of 2 — Back squat");
    app.keys("\t100\r");
    app.wait_for("Corrected.");
    app.wait_for("✓ set 1/2 · 100 kg × 1 · done");
    app.wait_for("• set 2/2 · 100 kg × 1 · now");
    let records = history(dir.path());
    let fix = records.last().unwrap();
    assert_eq!(fix["type"], "correction");
    assert_eq!((fix["exercise"].as_str(), fix["set"].as_u64()), (Some("Back squat"), Some(1)));
    assert_eq!(fix["load"].as_f64(), Some(100.0));

    // Back to the rest, which now leads to 100 kg; the last set, then the summary. Enter and
    // Space alternate: the same one twice within 60 ms is taken for a held key's repeat.
    app.keys("l");
    app.wait_for("Next: Back squat — set 2 of 2, 100 kg × 1");
    // A rest cannot be skipped in its first half second: past it, Space ends it.
    app.wait_for("Rest: 0:29 left");
    app.keys(" ");
    app.wait_for("Set 2 of 2");
    app.keys("\r");
    app.wait_for("Reps");
    app.keys("\r"); // seconds after the Enter that started the set
    app.wait_for("Workout complete");
    app.wait_for("Back squat — 2 sets, best 100 kg × 1");
    let screen = app.text();
    assert!(screen.contains("Volume       200 kg"), "the summary sees the fix:\n{screen}");
    app.keys("q");
    app.wait_for("How do you feel");
    app.keys("3");
    assert!(app.wait_exit().success());
    app.wait_for_main_screen();

    // The next workout grows from 100 kg: linear progression adds 2.5.
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    app.wait_for("102.5 kg × 1");
    let screen = app.text();
    assert!(
        !screen.contains("1000") && !screen.contains("1002"),
        "no trace of the typo:\n{screen}"
    );
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    assert!(app.wait_exit().success());
}

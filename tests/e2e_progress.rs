//! End to end, in a pseudo-terminal: a set that beats the lifter's best is announced on the
//! next screen and listed in the summary, and the check-in after it writes a `checkin` record.
//! Every wait is bounded and polls the screen.

use std::path::Path;

use liftpace::core::checkin::When;
use liftpace::storage::{DataDir, Record, for_each_record};

mod common;
use common::fixture::{programme_in_tempdir, squat_programme};
use common::pty::App;

/// Last week: one set of 20 kg × 1.
const HISTORY: &str = r#"{"v":1,"type":"session","id":"s0","programme":"Record test","programme_file":"x.toml","day":"A","started":"2026-01-05T07:00:00+01:00"}
{"v":1,"type":"set","session":"s0","exercise":"Goblet squat","set":1,"kind":"work","reps":1,"load":20.0,"unit":"kg","target":"1","tempo":"1-0-1-0","started":"2026-01-05T07:01:00+01:00","ended":"2026-01-05T07:01:02+01:00"}
{"v":1,"type":"session_end","session":"s0","ended":"2026-01-05T07:05:00+01:00","status":"completed"}
"#;

/// Every record of every journal in the data folder, merged as liftpace reads them.
fn history(dir: &Path) -> Vec<Record> {
    let mut records = Vec::new();
    let data = DataDir::new(dir.join("data"), "reader");
    for_each_record(&data, |r| records.push(r.clone())).unwrap();
    records
}

#[test]
fn a_set_that_beats_the_best_is_announced_then_listed_and_the_check_in_is_saved() {
    let defaults = "rest = \"30s\"\nbreathing = \"box\"";
    let (dir, file) =
        programme_in_tempdir("record.toml", &squat_programme("Record test", 2, defaults));
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/history.jsonl"), HISTORY).unwrap();
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    app.keys(" ");
    app.wait_for("Reps");
    app.keys("\t22.5\r");
    app.wait_for("New record: 22.5 kg × 1, your best at 1 rep");
    app.wait_for("0:29 left");
    app.keys("\r");
    app.wait_for("Set 2 of 2");
    assert!(app.text().contains("New record"), "said until the next set starts");
    app.keys(" ");
    app.wait_for("Reps");
    assert!(!app.text().contains("New record"), "and not again");
    app.keys("\r");
    app.wait_for("Workout complete");
    app.wait_for("Record: Goblet squat 22.5 kg × 1, your best at 1 rep");
    app.wait_for("Since last time: Goblet squat +2.5 kg");
    app.keys("\r");
    app.wait_for("How do you feel? 1 (low) to 5 (great)");
    app.wait_for("988");
    app.keys("4");
    assert!(app.wait_exit().success());
    let records = history(dir.path());
    let Some(Record::Checkin(checkin)) = records.last() else { panic!("{records:?}") };
    assert_eq!((checkin.mood, checkin.when), (4, When::After));
    let Record::Session(session) = &records[3] else { panic!("{records:?}") };
    assert_eq!(checkin.session, session.id);
}

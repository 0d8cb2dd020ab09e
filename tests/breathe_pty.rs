//! End to end: `liftpace breathe box --minutes 1` in a pseudo-terminal. The phase words are
//! seen in box's order with its 4 s timing once the soft start is over, the record is written
//! at the end, and an early `q` still records what was done. Every wait is bounded.

use std::time::{Duration, Instant};

mod common;
use common::fixture::journal_lines as history;
use common::pty::App;

/// The plain phase word on screen ("Now: HOLD — …"), if any.
fn now_word(screen: &str) -> Option<String> {
    let line = screen.lines().find(|l| l.contains("Now: "))?;
    let after = line.split("Now: ").nth(1)?;
    Some(after.split(" — ").next()?.trim().to_string())
}

#[test]
fn box_for_a_minute_paces_four_second_phases_rings_and_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::start(dir.path(), &["breathe", "box", "--minutes", "1"], 80, 24);
    app.wait_for("Now: INHALE");
    let began = Instant::now();
    // Note each change of the word, with when it was seen, until the session ends.
    let mut changes: Vec<(Duration, String)> = Vec::new();
    let deadline = began + Duration::from_secs(75);
    loop {
        let screen = app.text();
        if screen.contains("Breathing done") {
            break;
        }
        assert!(Instant::now() < deadline, "never ended; the screen was:\n{screen}");
        if let Some(word) = now_word(&screen)
            && changes.last().is_none_or(|(_, last)| *last != word)
        {
            changes.push((began.elapsed(), word));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    // After the 30 s soft start, box is in, hold, out, hold, 4 s each.
    let settled: Vec<&(Duration, String)> =
        changes.iter().filter(|(t, _)| *t > Duration::from_secs(31)).collect();
    assert!(settled.len() >= 6, "{changes:?}");
    let order = ["INHALE", "HOLD", "EXHALE", "HOLD"];
    for pair in settled.windows(2) {
        let ((t0, w0), (t1, w1)) = (pair[0], pair[1]);
        let at = order.iter().position(|w| w == w0).unwrap();
        let next = order[(at + 1) % 4];
        // A hold follows both the inhale and the exhale; only check what follows the others.
        if w0 != "HOLD" {
            assert_eq!(w1, next, "{changes:?}");
        }
        let gap = (*t1 - *t0).as_secs_f64();
        assert!((gap - 4.0).abs() < 0.3, "{w0} lasted {gap:.3} s: {changes:?}");
    }
    let records = history(dir.path());
    assert_eq!(records.len(), 1, "{records:?}");
    let r = &records[0];
    assert_eq!((r["type"].as_str(), r["pattern"].as_str()), (Some("breathing"), Some("box")));
    assert_eq!((r["seconds"].as_u64(), r["completed"].as_bool()), (Some(60), Some(true)));
    assert!(r["breaths"].as_u64().unwrap() >= 4, "{r}");
    // Leaving asks how the lifter feels (the default `checkin = "after"`); one key answers.
    app.keys("\r");
    app.wait_for("How do you feel? 1 (low) to 5 (great)");
    app.wait_for("after breathing");
    app.keys("4");
    app.wait_for_main_screen();
    assert!(app.wait_exit().success());
    let records = history(dir.path());
    assert_eq!(records.len(), 2, "{records:?}");
    let c = &records[1];
    assert_eq!(
        (c["type"].as_str(), c["when"].as_str(), c["mood"].as_u64()),
        (Some("checkin"), Some("after"), Some(4))
    );
    assert!(r["id"].is_string(), "the breathing record has an id: {r}");
    assert_eq!(c["session"], r["id"], "the check-in names the breathing session");
}

#[test]
fn an_early_q_records_what_was_done_then_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::start(dir.path(), &["breathe", "box", "--minutes", "1"], 40, 12);
    app.wait_for("Now: INHALE");
    // Wait until two seconds of breathing show on the clock, then end.
    app.wait_for("0:58 left");
    app.keys("q");
    app.wait_for("Ended early");
    let records = history(dir.path());
    assert_eq!(records.len(), 1, "on disk before the summary: {records:?}");
    let r = &records[0];
    assert_eq!((r["pattern"].as_str(), r["completed"].as_bool()), (Some("box"), Some(false)));
    assert!((2..=4).contains(&r["seconds"].as_u64().unwrap()), "{r}");
    // Something was done, so leaving asks how the lifter feels; `q` skips it.
    app.keys("q");
    app.wait_for("How do you feel?");
    app.keys("q");
    app.wait_for_main_screen();
    assert!(app.wait_exit().success());
    assert_eq!(history(dir.path()).len(), 1, "logged once, and a skipped check-in is nothing");
}

#[test]
fn with_checkin_both_the_question_comes_before_the_pacer_and_after_the_end() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config")).unwrap();
    std::fs::write(dir.path().join("config/config.toml"), "checkin = \"both\"\n").unwrap();
    let mut app = App::start(dir.path(), &["breathe", "box", "--minutes", "1"], 80, 24);
    app.wait_for("before breathing");
    assert!(!app.text().contains("Now: "), "no pacer under the question:\n{}", app.text());
    app.keys("2");
    app.wait_for("Now: INHALE");
    app.wait_for("0:58 left");
    app.keys("q");
    app.wait_for("Ended early");
    app.keys("\r");
    app.wait_for("after breathing");
    app.keys("5");
    app.wait_for_main_screen();
    assert!(app.wait_exit().success());
    let records = history(dir.path());
    let kinds: Vec<(&str, Option<&str>)> =
        records.iter().map(|r| (r["type"].as_str().unwrap(), r["when"].as_str())).collect();
    assert_eq!(
        kinds,
        [("checkin", Some("before")), ("breathing", None), ("checkin", Some("after"))]
    );
    assert_eq!(records[0]["session"], records[1]["id"]);
    assert_eq!(records[2]["session"], records[1]["id"]);
    assert_eq!((records[0]["mood"].as_u64(), records[2]["mood"].as_u64()), (Some(2), Some(5)));
}

#[test]
fn breathe_alone_is_five_minutes_of_resonance() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::start(dir.path(), &["breathe"], 80, 24);
    app.wait_for("Breathing · resonance");
    app.wait_for("5 min");
    app.wait_for("5:00 left");
    app.keys("q");
    app.wait_for("Ended early");
    app.keys("q");
    assert!(app.wait_exit().success());
}

#[test]
fn list_explains_every_pattern_with_its_timing_purpose_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let programs = dir.path().join("config/programs");
    std::fs::create_dir_all(&programs).unwrap();
    let own = "name = \"Calm\"\n[defaults]\nbreathing = \"calm\"\n[breathing.calm]\ninhale = 4\nexhale = 8\n\
               [[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Goblet squat\"\nload = 20\n";
    std::fs::write(programs.join("calm.toml"), own).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(["breathe", "--list"])
        .env("LIFTPACE_CONFIG_DIR", dir.path().join("config"))
        .env("LIFTPACE_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for name in ["recover", "resonance", "sigh", "box", "4-7-8", "none"] {
        assert!(text.lines().any(|l| l == name), "{name} is listed: {text}");
    }
    let blocks = text.split("\n\n").filter(|b| b.lines().count() == 4).count();
    assert_eq!(text.matches("    source: ").count(), blocks, "one source a pattern: {text}");
    assert!(text.contains("source: defined in ") && text.contains("calm.toml"), "{text}");
    assert!(text.contains("Steffen"), "resonance cites its source: {text}");
    assert!(text.contains("Balban"), "cyclic sighing cites its source: {text}");
    assert!(text.contains("less studied"), "box and 4-7-8 are honest: {text}");
    assert!(text.contains("calm (calm)") && text.contains("in 4 · out 8 s"), "{text}");
    assert!(text.contains("Resonance is paced at 5.5 breaths a minute"), "{text}");
}

//! `liftpace progress` and `liftpace history` through the real binary, on a generated history
//! whose answers are worked out by hand: eight weeks of one session a day (see `history_gen`).

mod cli_support;
mod history_gen;

use cli_support::liftpace;
use jiff::civil::date;
use serde_json::{Value, json};

/// Eight weeks ending on Sunday 29 November 2026: 2026-W41 (from Monday 5 October) to W48.
fn setup() -> tempfile::TempDir {
    let config = tempfile::tempdir().unwrap();
    let data = config.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let text = history_gen::history(56, date(2026, 11, 29));
    std::fs::write(data.join("history.jsonl"), text).unwrap();
    config
}

fn progress(config: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["progress", "--format", "json", "--until", "2026-11-29"];
    all.extend(args);
    let run = liftpace(config, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn weeks_have_the_known_sessions_sets_mood_and_breathing() {
    let config = setup();
    let doc = progress(config.path(), &["--weeks", "8"]);
    let weeks = doc["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 8);
    assert_eq!(weeks[0]["week"], "2026-W41");
    assert_eq!(weeks[0]["start"], "2026-10-05");
    assert_eq!(weeks[7]["week"], "2026-W48");
    for week in weeks {
        assert_eq!(week["sessions"], 7);
        // The built-in full-body programme plans two a week.
        assert_eq!(week["planned"], 2);
        // Seven sessions × 3 sets per exercise: squat legs and hips; RDL legs, hips and (as
        // the full-body programme lists it) back; the rows back and arms; bench chest,
        // shoulders and arms; press shoulders and arms; curl arms; crunch the abdomen. The
        // per-side row is 3 sets a session, not 6; warm-ups none.
        assert_eq!(
            week["sets_by_group"],
            json!({"legs": 42, "hips": 42, "back": 63, "abdomen": 21, "chest": 21,
                   "shoulders": 42, "arms": 105})
        );
        assert_eq!(week["met"], true);
        assert_eq!(week["checkins"], 7);
        assert_eq!(week["breathing_minutes"], 5.0);
    }
    // Moods cycle 1..5 from the first day: 1+2+3+4+5+1+2 = 18 over 7 days.
    assert_eq!(weeks[0]["mood"], 2.6);
    assert_eq!(doc["streak_weeks"], 8);
    assert_eq!(doc["until"], "2026-11-29");
}

#[test]
fn each_exercise_has_its_known_records_estimates_and_volume() {
    let config = setup();
    let doc = progress(config.path(), &["--weeks", "8"]);
    let exercises = doc["exercises"].as_array().unwrap();
    assert_eq!(exercises.len(), history_gen::EXERCISES.len());
    let squat = exercises.iter().find(|e| e["name"] == "Goblet squat").unwrap();
    assert_eq!(squat["unit"], "kg");
    // 16 kg for four weeks, then 18.5 kg; reps 10, 8, 12 by turns. The warm-up (5 × 8) is
    // nowhere.
    assert_eq!(squat["rep_records"], json!({"8": 18.5, "10": 18.5, "12": 18.5}));
    // 18.5 × (1 + 12/30), first reached on day 29: 3 November.
    assert_eq!(squat["best_e1rm"], 25.9);
    assert_eq!(squat["best_set"], json!({"date": "2026-11-03", "load": 18.5, "reps": 12}));
    assert_eq!(squat["e1rm"].as_array().unwrap().len(), 56);
    assert_eq!(squat["e1rm"][0], json!({"date": "2026-10-05", "value": 21.3}));
    // Week one: reps 10+8+12+10+8+12+10 = 70 per set number, 3 sets, 16 kg.
    assert_eq!(squat["volume"][0], json!({"week": "2026-W41", "value": 3360.0}));
    assert_eq!(squat["rpe"][0], json!({"week": "2026-W41", "value": 8.5}));
    assert_eq!(squat["last_done"], "2026-11-29");
    let row = exercises.iter().find(|e| e["name"] == "One-arm dumbbell row").unwrap();
    // Both sides' work: 70 × 3 × 2 × 14 kg.
    assert_eq!(row["volume"][0]["value"], 5880.0);
}

#[test]
fn weeks_narrow_the_series_but_not_the_records() {
    let config = setup();
    let doc = progress(config.path(), &["--weeks", "1"]);
    assert_eq!(doc["weeks"].as_array().unwrap().len(), 1);
    let squat = doc["exercises"].as_array().unwrap().iter().find(|e| e["name"] == "Goblet squat");
    let squat = squat.unwrap();
    assert_eq!(squat["e1rm"].as_array().unwrap().len(), 7);
    assert_eq!(squat["volume"].as_array().unwrap().len(), 1);
    assert_eq!(squat["best_e1rm"], 25.9);
}

#[test]
fn an_exercise_can_be_picked_by_an_alias_and_a_missing_one_is_an_error() {
    let config = setup();
    let doc = progress(config.path(), &["OHP"]);
    let names: Vec<&str> =
        doc["exercises"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Overhead press"]);
    // "row" is the library's alias of Barbell row, so it means that one.
    let doc = progress(config.path(), &["row"]);
    assert_eq!(doc["exercises"][0]["name"], "Barbell row");
    let doc = progress(config.path(), &["dumbbell"]);
    assert_eq!(doc["exercises"].as_array().unwrap().len(), 3, "every name containing it");
    let run = liftpace(config.path(), &["progress", "Goblet sqat"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("did you mean `Goblet squat`"), "{}", run.stderr);
}

#[test]
fn the_text_report_shows_weeks_streak_and_exercises() {
    let config = setup();
    let run = liftpace(config.path(), &["progress", "--until", "2026-11-29", "--weeks", "4"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("2026-W48    7 of 2    42    42    63    21    21    42   105  yes"),
        "{out}"
    );
    assert!(out.contains("Streak: 8 weeks in a row"), "{out}");
    assert!(
        out.contains(
            "Goblet squat (kg)\n  estimated max  25.9 kg, from 18.5 kg × 12 on 2026-11-03"
        ),
        "{out}"
    );
    assert!(out.contains("rep records    8 × 18.5, 10 × 18.5, 12 × 18.5 (kg)"), "{out}");
}

#[test]
fn history_lists_every_set_as_csv_and_json_from_a_date() {
    let config = setup();
    let run = liftpace(config.path(), &["history", "--since", "2026-11-23"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("date,session,programme,day,exercise,kind,set,side,reps"));
    assert_eq!(lines.len() - 1, 7 * history_gen::set_lines_per_day() as usize);
    assert_eq!(
        lines[1],
        "2026-11-23,2026-11-23-49,Generated,A,Goblet squat,warmup,1,,5,,8,kg,,8-12,3-1-1-0,2026-11-23T07:00:01+01:00,2026-11-23T07:00:02+01:00"
    );
    let run = liftpace(config.path(), &["history", "--format", "json", "--since", "2026-11-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["sets"].as_array().unwrap().len(), history_gen::set_lines_per_day() as usize);
    assert_eq!(doc["sessions"][0]["status"], "completed");
    assert_eq!(doc["sessions"][0]["day"], "A");
    // Day 55 of the cycle 1..5: 55 % 5 = 0, so mood 1.
    assert_eq!(doc["checkins"][0]["mood"], 1);
    let run = liftpace(config.path(), &["history", "--since", "29/11/2026"]);
    assert_eq!(run.code, 2, "a date that is not YYYY-MM-DD is a usage error");
}

#[test]
fn corrections_from_another_journal_are_applied_the_later_winning() {
    let config = setup();
    let laptop = config.path().join("data").join("history.laptop.jsonl");
    // The last day's first squat set (8 × 18.5 kg) was typed as 100 kg, then voided.
    let fix = |what: &str, at: &str| {
        format!(
            r#"{{"v":1,"type":"correction","session":"2026-11-29-55","exercise":"Goblet squat","kind":"work","set":1,{what},"at":"2026-11-29T{at}:00+01:00"}}{}"#,
            "\n"
        )
    };
    let squat_and_w48 = |doc: &Value| {
        let squat =
            doc["exercises"].as_array().unwrap().iter().find(|e| e["name"] == "Goblet squat");
        let week = &doc["weeks"][0]["sets_by_group"];
        (squat.unwrap()["rep_records"]["8"].clone(), week["legs"].clone(), week["hips"].clone())
    };
    std::fs::write(&laptop, fix(r#""load":100"#, "09:00")).unwrap();
    let doc = progress(config.path(), &["--weeks", "1"]);
    assert_eq!(squat_and_w48(&doc), (json!(100.0), json!(42), json!(42)));
    let both = fix(r#""load":100"#, "09:00") + &fix(r#""void":true"#, "09:30");
    std::fs::write(&laptop, both).unwrap();
    let doc = progress(config.path(), &["--weeks", "1"]);
    assert_eq!(squat_and_w48(&doc), (json!(18.5), json!(41), json!(41)), "voided: gone");
}

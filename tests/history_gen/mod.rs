//! A generated `history.jsonl` for the progress tests and the benchmark: one session a day,
//! counted back from a last day, each with a warm-up, work sets of eight exercises (one done
//! per side), RPE on some sets, a check-in after every session and a breathing session every
//! seventh day. Deterministic: the same arguments give the same bytes, so answers are known.

#![allow(dead_code)]

use std::fmt::Write;

use jiff::Span;
use jiff::civil::Date;

/// The exercises of every session: name, starting load in kg, per side.
pub const EXERCISES: [(&str, f64, bool); 8] = [
    ("Goblet squat", 16.0, false),
    ("Romanian deadlift", 40.0, false),
    ("One-arm dumbbell row", 14.0, true),
    ("Dumbbell bench press", 14.0, false),
    ("Overhead press", 20.0, false),
    ("Dumbbell curl", 8.0, false),
    ("Cable crunch", 5.0, false),
    ("Barbell row", 30.0, false),
];

/// Work sets per exercise in a session.
pub const SETS: u32 = 3;

/// Reps of the day `day` (0 = the first day): 10, 8, 12, 10, 8, 12, ...
pub fn reps(day: u32) -> u32 {
    [10, 8, 12][(day % 3) as usize]
}

/// The load of an exercise on `day`: its start plus 2.5 kg every four weeks.
pub fn load(start: f64, day: u32) -> f64 {
    start + 2.5 * f64::from(day / 28)
}

/// Set records (work, warm-up and per-side halves) a day writes.
pub fn set_lines_per_day() -> u32 {
    let per_side = EXERCISES.iter().filter(|e| e.2).count() as u32;
    1 + SETS * (EXERCISES.len() as u32 + per_side)
}

/// `days` days of history ending on `last`, as the text of a results file.
pub fn history(days: u32, last: Date) -> String {
    let mut out = String::with_capacity(days as usize * 8 * 1024);
    for day in 0..days {
        let date = last.saturating_sub(Span::new().days(i64::from(days - 1 - day)));
        write_day(&mut out, day, date);
    }
    out
}

fn write_day(out: &mut String, day: u32, date: Date) {
    let id = format!("{date}-{day}");
    let stamp = |minute: u32| format!("{date}T07:{:02}:{:02}+01:00", minute / 60, minute % 60);
    let _ = writeln!(
        out,
        r#"{{"v":1,"type":"session","id":"{id}","programme":"Generated","programme_file":"built-in:full-body","day":"A","started":"{}"}}"#,
        stamp(0)
    );
    let mut minute = 1;
    let mut line = |out: &mut String,
                    exercise: &str,
                    kind: &str,
                    set: u32,
                    side: &str,
                    reps: u32,
                    load: f64,
                    rpe: &str| {
        let _ = writeln!(
            out,
            r#"{{"v":1,"type":"set","session":"{id}","exercise":"{exercise}","set":{set},"kind":"{kind}"{side},"reps":{reps},"load":{load:?},"unit":"kg","target":"8-12","tempo":"3-1-1-0"{rpe},"started":"{}","ended":"{}"}}"#,
            stamp(minute),
            stamp(minute + 1)
        );
        minute += 2;
    };
    line(out, EXERCISES[0].0, "warmup", 1, "", 5, 8.0, "");
    for (name, start, per_side) in EXERCISES {
        for set in 1..=SETS {
            let rpe = if set == SETS { r#","rpe":8.5"# } else { "" };
            let (reps, load) = (reps(day), load(start, day));
            if per_side {
                line(out, name, "work", set, r#","side":"left""#, reps, load, rpe);
                line(out, name, "work", set, r#","side":"right""#, reps, load, rpe);
            } else {
                line(out, name, "work", set, "", reps, load, rpe);
            }
        }
    }
    let _ = writeln!(
        out,
        r#"{{"v":1,"type":"session_end","session":"{id}","ended":"{}","status":"completed"}}"#,
        stamp(minute)
    );
    let _ = writeln!(
        out,
        r#"{{"v":1,"type":"checkin","session":"{id}","when":"after","mood":{},"at":"{}"}}"#,
        1 + day % 5,
        stamp(minute + 1)
    );
    if day.is_multiple_of(7) {
        let _ = writeln!(
            out,
            r#"{{"v":1,"type":"breathing","pattern":"resonance","started":"{date}T21:00:00+01:00","ended":"{date}T21:05:00+01:00","seconds":300,"breaths":27,"completed":true}}"#
        );
    }
}

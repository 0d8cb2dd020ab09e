//! `liftpace progress --format json`: the report as one stable JSON document. Only shapes what
//! the core worked out; must never decide anything. Fields may be added, never renamed,
//! removed or retyped.
//!
//! ```text
//! {
//!   "until": "2026-11-28",              the report's last day (today unless --until)
//!   "weeks": [                          the last N ISO weeks, oldest first, empty ones too
//!     {
//!       "week": "2026-W48",             ISO 8601 week of the records' local dates
//!       "start": "2026-11-23",          its Monday
//!       "sessions": 2,                  sessions with at least one saved work set
//!       "planned": 2,                   the programme's sessions_per_week
//!       "sets_by_group": {              work sets of 8-12 reps, a left+right pair as one,
//!         "legs": 4, "hips": 4, "back": 2, "abdomen": 2,        always all seven groups
//!         "chest": 2, "shoulders": 2, "arms": 2
//!       },
//!       "met": true,                    2+ sessions and 2+ sets for every group
//!       "mood": 3.5,                    mean check-in, 1 (low) to 5 (great); null if none
//!       "checkins": 2,
//!       "breathing_minutes": 12.5       breathing sessions begun this week, to 0.1 min
//!     }
//!   ],
//!   "exercises": [                      every exercise and unit ever logged, by name;
//!     {                                 the same lift in kg and in lb is two entries
//!       "name": "Goblet squat",
//!       "unit": "kg",
//!       "last_done": "2026-11-27",      null for an exercise with no work set
//!       "e1rm": [{ "date": "2026-11-27", "value": 21.3 }],   best Epley estimate of each
//!                                       day in the weeks shown (sets of 12 reps or fewer)
//!       "best_e1rm": 21.3,              ever; null for bodyweight and holds
//!       "best_set": { "date": "2026-11-27", "load": 16.0, "reps": 12 },   or null
//!       "rep_records": { "10": 16.0, "12": 16.0 },   heaviest load ever at each rep count
//!       "volume": [{ "week": "2026-W48", "value": 384.0 }],  load × reps, weeks shown
//!       "rpe": [{ "week": "2026-W48", "value": 7.5 }]        mean RPE, rated weeks shown
//!     }
//!   ],
//!   "streak_weeks": 3                   weeks in a row, back from this one, that met it
//! }
//! ```

use std::collections::BTreeMap;

use serde::Serialize;

use super::minutes;
use crate::core::progress::{ExerciseProgress, Progress, WeekSummary};

#[derive(Serialize)]
struct Document<'a> {
    until: String,
    weeks: Vec<WeekJson>,
    exercises: Vec<ExerciseJson<'a>>,
    streak_weeks: u32,
}

#[derive(Serialize)]
struct WeekJson {
    week: String,
    start: String,
    sessions: u32,
    planned: u32,
    sets_by_group: Groups,
    met: bool,
    mood: Option<f64>,
    checkins: u32,
    breathing_minutes: f64,
}

/// The seven groups as named fields, so they always appear, in the guideline's order.
#[derive(Serialize)]
struct Groups {
    legs: u32,
    hips: u32,
    back: u32,
    abdomen: u32,
    chest: u32,
    shoulders: u32,
    arms: u32,
}

#[derive(Serialize)]
struct ExerciseJson<'a> {
    name: &'a str,
    unit: &'a str,
    last_done: Option<String>,
    e1rm: Vec<Dated>,
    best_e1rm: Option<f64>,
    best_set: Option<BestSetJson>,
    rep_records: &'a BTreeMap<u32, f64>,
    volume: Vec<Weekly>,
    rpe: Vec<Weekly>,
}

#[derive(Serialize)]
struct Dated {
    date: String,
    value: f64,
}

#[derive(Serialize)]
struct Weekly {
    week: String,
    value: f64,
}

#[derive(Serialize)]
struct BestSetJson {
    date: String,
    load: f64,
    reps: u32,
}

/// The whole document, as one line of JSON.
pub(super) fn document(progress: &Progress) -> String {
    let document = Document {
        until: progress.today.to_string(),
        weeks: progress.weeks.iter().map(week).collect(),
        exercises: progress.exercises.iter().map(exercise).collect(),
        streak_weeks: progress.streak_weeks,
    };
    // Plain structs of strings and numbers cannot fail to serialise; the fallback only keeps
    // stdout valid JSON regardless.
    serde_json::to_string(&document).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn week(w: &WeekSummary) -> WeekJson {
    let [legs, hips, back, abdomen, chest, shoulders, arms] = w.sets_by_group;
    WeekJson {
        week: w.week.to_string(),
        start: w.week.monday().to_string(),
        sessions: w.sessions,
        planned: w.planned,
        sets_by_group: Groups { legs, hips, back, abdomen, chest, shoulders, arms },
        met: w.met,
        mood: w.mood,
        checkins: w.checkins,
        breathing_minutes: minutes(w.breathing_seconds),
    }
}

fn exercise(e: &ExerciseProgress) -> ExerciseJson<'_> {
    let weekly = |series: &[(crate::core::progress::Week, f64)]| {
        series.iter().map(|(w, value)| Weekly { week: w.to_string(), value: *value }).collect()
    };
    ExerciseJson {
        name: &e.name,
        unit: &e.unit,
        last_done: e.last_done.map(|d| d.to_string()),
        e1rm: e
            .e1rm
            .iter()
            .map(|(d, value)| Dated { date: d.to_string(), value: *value })
            .collect(),
        best_e1rm: e.best.map(|b| b.e1rm),
        best_set: e.best.map(|b| BestSetJson {
            date: b.date.to_string(),
            load: b.load,
            reps: b.reps,
        }),
        rep_records: &e.rep_records,
        volume: weekly(&e.volume),
        rpe: weekly(&e.rpe),
    }
}

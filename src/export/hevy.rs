//! The `hevy` export: Hevy's workout CSV, so a lifter can take their history to any app that
//! reads it. One row per set; a workout is its title and times; `set_index` counts from 0
//! within each run of one exercise. Loads stay in their own unit: a history in one unit gets
//! Hevy's one weight column (`weight_kg` or `weight_lbs`), a mixed one gets both. Per-set times
//! and sides have no column in this layout and are not written.

use std::collections::HashMap;
use std::io::{self, Write};

use jiff::civil::DateTime;

use super::{Sessions, mixes_units, number, sets};
use crate::core::session::SetKind;
use crate::storage::records::{Record, SessionRecord, SetRecord, Tag};

pub(super) fn write(
    sessions: &Sessions,
    records: &[&Record],
    out: &mut dyn Write,
) -> io::Result<()> {
    let columns = weight_columns(records);
    let mut header = vec![
        "title",
        "start_time",
        "end_time",
        "description",
        "exercise_title",
        "superset_id",
        "exercise_notes",
        "set_index",
        "set_type",
    ];
    header.extend(columns.iter().map(|(name, _)| *name));
    header.extend(["reps", "distance_km", "duration_seconds", "rpe"]);
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(&header)?;
    // A session without its end record ends with its last set.
    let mut last_ended: HashMap<&str, &str> = HashMap::new();
    for set in sets(records) {
        last_ended.insert(&set.session, &set.ended);
    }
    let mut run: Option<(&str, &str)> = None;
    let mut index = 0;
    for set in sets(records) {
        if run == Some((set.session.as_str(), set.exercise.as_str())) {
            index += 1;
        } else {
            (run, index) = (Some((set.session.as_str(), set.exercise.as_str())), 0);
        }
        let session = sessions.start(set);
        let started = session.map_or(set.started.as_str(), |s| s.started.as_str());
        let ended = sessions
            .end(set)
            .map(|e| e.ended.as_str())
            .or_else(|| last_ended.get(set.session.as_str()).copied())
            .unwrap_or(started);
        let mut row = vec![
            title(session),
            hevy_time(started),
            hevy_time(ended),
            String::new(),
            set.exercise.clone(),
            String::new(),
            String::new(),
            index.to_string(),
            set_type(set).into(),
        ];
        row.extend(
            columns.iter().map(
                |(_, unit)| {
                    if set.unit == *unit { number(set.load) } else { String::new() }
                },
            ),
        );
        row.extend([number(set.reps), String::new(), number(set.hold_s), number(set.rpe)]);
        csv.write_record(&row)?;
    }
    csv.flush()
}

/// The weight columns and the unit each holds.
fn weight_columns(records: &[&Record]) -> Vec<(&'static str, &'static str)> {
    let kg = ("weight_kg", "kg");
    let lb = ("weight_lbs", "lb");
    if mixes_units(records.iter().copied()) {
        return vec![kg, lb];
    }
    let first = sets(records).find_map(|s| s.load.map(|_| s.unit.as_str()));
    vec![if first == Some("lb") { lb } else { kg }]
}

/// An imported workout keeps its name; a liftpace one is its programme and day.
fn title(session: Option<&SessionRecord>) -> String {
    match session {
        Some(s) if s.source.is_some() => s.day.clone(),
        Some(s) => format!("{}: {}", s.programme, s.day),
        None => "Workout".into(),
    }
}

fn set_type(set: &SetRecord) -> &'static str {
    match (set.kind, set.origin.as_ref().and_then(|o| o.tag)) {
        (SetKind::Warmup, _) => "warmup",
        (SetKind::Work, Some(Tag::Drop)) => "dropset",
        (SetKind::Work, Some(Tag::Failure)) => "failure",
        (SetKind::Work, None) => "normal",
    }
}

/// "15 Sep 2024, 18:02": the wall-clock time the record was written with, as Hevy writes it.
fn hevy_time(stamp: &str) -> String {
    match stamp.get(..19).and_then(|local| local.parse::<DateTime>().ok()) {
        Some(at) => at.strftime("%-d %b %Y, %H:%M").to_string(),
        None => stamp.to_string(),
    }
}

//! Hevy's workout export: `title,start_time,end_time,description,exercise_title,superset_id,
//! exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,
//! duration_seconds,rpe`, read by column name. `set_index` is 0-based, `set_type` is
//! `normal|warmup|failure|dropset`, times are `15 Sep 2024, 18:02` on the lifter's clock, and
//! the unit is the weight column's name. Must never convert pounds to kilograms.

use super::build::{Lifted, Read, WorkoutRef, effort};
use super::fields::{amount, count, hevy_time, optional, rpe};
use super::table::{Problem, Row, Table};
use super::{App, FormatError, Rows, Skipped};
use crate::core::session::SetKind;
use crate::core::words::Units;
use crate::storage::records::Tag;

pub(super) fn entries(table: &Table, tz: &jiff::tz::TimeZone) -> Result<Rows, FormatError> {
    // Hevy writes one of the two; liftpace's own export writes both when a history mixes
    // units, each set in its own column.
    let weights: Vec<(usize, Units)> = [
        table.column(&["weight_kg"]).map(|i| (i, Units::Kg)),
        table.column(&["weight_lbs", "weight_lb"]).map(|i| (i, Units::Lb)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let required = |name: &'static str| table.column(&[name]).ok_or(name);
    let found = [
        required("title"),
        required("start_time"),
        required("exercise_title"),
        required("set_index"),
        required("set_type"),
        required("reps"),
    ];
    let mut missing: Vec<&'static str> = found.iter().filter_map(|c| c.err()).collect();
    if weights.is_empty() {
        missing.push("weight_kg");
    }
    let ([Ok(title), Ok(start), Ok(exercise), Ok(index), Ok(kind), Ok(reps)], false) =
        (found, weights.is_empty())
    else {
        return Err(FormatError::Columns { app: App::Hevy, missing });
    };
    let columns = Columns {
        title,
        start,
        end: table.column(&["end_time"]),
        exercise,
        index,
        kind,
        weights,
        reps,
        distance: table.column(&["distance_km", "distance_miles", "distance_mi"]),
        seconds: table.column(&["duration_seconds"]),
        rpe: table.column(&["rpe"]),
    };
    let mut out = Rows { entries: Vec::new(), problems: Vec::new(), skipped: Skipped::default() };
    for row in &table.rows {
        match columns.row(table, row, tz) {
            Ok(Read::Set(entry)) => out.entries.push(*entry),
            Ok(Read::Skip(count)) => count(&mut out.skipped),
            Err(problem) => out.problems.push(problem),
        }
    }
    Ok(out)
}

/// Where each column is, by what it means.
struct Columns {
    title: usize,
    start: usize,
    end: Option<usize>,
    exercise: usize,
    index: usize,
    kind: usize,
    /// Never empty.
    weights: Vec<(usize, Units)>,
    reps: usize,
    distance: Option<usize>,
    seconds: Option<usize>,
    rpe: Option<usize>,
}

impl Columns {
    fn row(&self, table: &Table, row: &Row, tz: &jiff::tz::TimeZone) -> Result<Read, Problem> {
        let cell = |i: usize| row.cells[i].as_str();
        let bad = |i: usize, what: &str, why: String| {
            table.problem(row, i, format!("{what}: {why}; row skipped"))
        };
        let written = cell(self.kind).trim();
        let (kind, tag) = match written {
            "normal" => (SetKind::Work, None),
            "warmup" => (SetKind::Warmup, None),
            "failure" => (SetKind::Work, Some(Tag::Failure)),
            "dropset" => (SetKind::Work, Some(Tag::Drop)),
            _ => {
                let why = format!("\"{written}\" is not normal, warmup, failure or dropset");
                return Err(bad(self.kind, "set_type", why));
            }
        };
        let index = cell(self.index).trim();
        if index.parse::<u32>().is_err() {
            let why = format!("\"{index}\" is not a set number counted from 0");
            return Err(bad(self.index, "set_index", why));
        }
        let exercise = cell(self.exercise).trim();
        if exercise.is_empty() {
            return Err(bad(self.exercise, "exercise_title", "is empty".into()));
        }
        let started =
            hevy_time(cell(self.start), tz).map_err(|e| bad(self.start, "start_time", e))?;
        let ended = match self.end.map(cell).filter(|c| !c.trim().is_empty()) {
            Some(end) => {
                Some(hevy_time(end, tz).map_err(|e| bad(self.end.unwrap_or(0), "end_time", e))?)
            }
            None => None,
        };
        let (mut load, mut unit) = (None, self.weights[0].1);
        for &(column, its_unit) in &self.weights {
            let name = table.header[column].as_str();
            if let Some(given) = amount(cell(column)).map_err(|e| bad(column, name, e))? {
                (load, unit) = (Some(given), its_unit);
                break;
            }
        }
        let reps = count(cell(self.reps)).map_err(|e| bad(self.reps, "reps", e))?;
        let seconds =
            optional(self.seconds, |i| count(cell(i)).map_err(|e| bad(i, "duration_seconds", e)))?;
        let distance =
            optional(self.distance, |i| amount(cell(i)).map_err(|e| bad(i, "distance", e)))?;
        let rpe = optional(self.rpe, |i| rpe(cell(i)).map_err(|e| bad(i, "rpe", e)))?;
        let workout = WorkoutRef::of_row(cell(self.start), cell(self.title), started, ended);
        let lifted = Lifted { exercise, kind, tag, load, unit, rpe };
        Ok(effort(reps, seconds, distance).read(workout, lifted))
    }
}

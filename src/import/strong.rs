//! Strong's CSV exports, in every layout seen in real files, read by column name: the classic
//! comma layout with a byte-order mark and no units; the semicolon layouts with `Weight Unit`
//! and `Distance Unit` columns and `Workout Duration` last; and the one with the unit in the
//! header (`Weight (kg)`, `Duration (sec)`). Rows of one workout share `Date` and
//! `Workout Name`. Must never guess a unit the file does not give and `--unit` does not say.

use super::build::{Effort, Lifted, Read, WorkoutRef, effort};
use super::fields::{amount, count, duration_s, optional, rpe, strong_time};
use super::table::{Problem, Row, Table};
use super::{App, FormatError, Options, Rows, Skipped};
use crate::core::session::SetKind;
use crate::core::words::Units;
use crate::storage::records::Tag;

/// Where each column is, by what it means.
struct Columns {
    date: usize,
    workout: usize,
    exercise: usize,
    set_order: usize,
    reps: usize,
    weight: Option<usize>,
    weight_unit: Option<usize>,
    duration: Option<usize>,
    seconds: Option<usize>,
    distance: Option<usize>,
    rpe: Option<usize>,
}

pub(super) fn entries(table: &Table, options: &Options) -> Result<Rows, FormatError> {
    let required = |name: &'static str| table.column(&[&name.to_lowercase()]).ok_or(name);
    let found = [
        required("Date"),
        required("Workout Name"),
        required("Exercise Name"),
        required("Set Order"),
        required("Reps"),
    ];
    let missing: Vec<&'static str> = found.iter().filter_map(|c| c.err()).collect();
    let [Ok(date), Ok(workout), Ok(exercise), Ok(set_order), Ok(reps)] = found else {
        return Err(FormatError::Columns { app: App::Strong, missing });
    };
    let weight = table.column(&WEIGHTS);
    let columns = Columns {
        date,
        workout,
        exercise,
        set_order,
        reps,
        weight,
        weight_unit: table.column(&["weight unit"]),
        duration: table.column(&["duration", "workout duration", "duration (sec)"]),
        seconds: table.column(&["seconds"]),
        distance: table.header.iter().position(|h| is_distance(&h.to_lowercase())),
        rpe: table.column(&["rpe"]),
    };
    let header_unit = weight.and_then(|w| unit_in(&table.header[w]));
    if columns.weight_unit.is_none() && header_unit.is_none() && options.unit.is_none() {
        return Err(FormatError::NeedsUnit(App::Strong));
    }
    let mut reader = Reader {
        table,
        columns,
        fallback: header_unit.or(options.unit),
        last_unit: None,
        tz: &options.tz,
    };
    let mut out = Rows { entries: Vec::new(), problems: Vec::new(), skipped: Skipped::default() };
    for row in &table.rows {
        match reader.row(row) {
            Ok(Read::Set(entry)) => out.entries.push(*entry),
            Ok(Read::Skip(count)) => count(&mut out.skipped),
            Err(problem) => out.problems.push(problem),
        }
    }
    Ok(out)
}

/// Names the weight column goes by; the unit, when there is one, is read from the name.
const WEIGHTS: [&str; 9] = [
    "weight",
    "weight (kg)",
    "weight (kgs)",
    "weight (lbs)",
    "weight (lb)",
    "kg",
    "kgs",
    "lbs",
    "lb",
];

fn is_distance(name: &str) -> bool {
    name.starts_with("distance") && name != "distance unit"
        || ["km", "mi.", "mi", "miles", "meters", "m"].contains(&name)
}

/// "kg" or "lb" from a unit cell or a header such as `Weight (kg)`.
fn unit_in(text: &str) -> Option<Units> {
    let lower = text.to_lowercase();
    if lower.contains("kg") {
        Some(Units::Kg)
    } else if lower.contains("lb") {
        Some(Units::Lb)
    } else {
        None
    }
}

struct Reader<'a> {
    table: &'a Table<'a>,
    columns: Columns,
    /// The unit of the header, or else `--unit`.
    fallback: Option<Units>,
    /// The unit of the last loaded set: a bodyweight set has none of its own.
    last_unit: Option<Units>,
    tz: &'a jiff::tz::TimeZone,
}

impl Reader<'_> {
    fn row(&mut self, row: &Row) -> Result<Read, Problem> {
        let c = &self.columns;
        let cell = |i: usize| row.cells[i].as_str();
        let text_of = |i: Option<usize>| i.map_or("", cell);
        let exercise = cell(c.exercise).trim();
        let order = cell(c.set_order).trim();
        if order.eq_ignore_ascii_case("rest timer") || exercise.eq_ignore_ascii_case("rest timer") {
            return Ok(Read::Skip(|s| s.rest_timers += 1));
        }
        if order.eq_ignore_ascii_case("note") {
            return Ok(Read::Skip(|s| s.notes += 1));
        }
        let bad = |i: usize, what: &str, why: String| {
            self.table.problem(row, i, format!("{what}: {why}; row skipped"))
        };
        let (kind, tag) = match order.to_ascii_uppercase().as_str() {
            "W" => (SetKind::Warmup, None),
            "D" => (SetKind::Work, Some(Tag::Drop)),
            "F" => (SetKind::Work, Some(Tag::Failure)),
            n if n.parse::<u32>().is_ok() => (SetKind::Work, None),
            _ => {
                let why = format!("\"{order}\" is not a set number, W, D or F");
                return Err(bad(c.set_order, "Set Order", why));
            }
        };
        if exercise.is_empty() {
            return Err(bad(c.exercise, "Exercise Name", "is empty".into()));
        }
        let started = strong_time(cell(c.date), self.tz).map_err(|e| bad(c.date, "Date", e))?;
        let reps = count(cell(c.reps)).map_err(|e| bad(c.reps, "Reps", e))?;
        let load = optional(c.weight, |i| amount(cell(i)).map_err(|e| bad(i, "Weight", e)))?;
        let seconds =
            optional(c.seconds, |i| count(&rounded(cell(i))).map_err(|e| bad(i, "Seconds", e)))?;
        let distance =
            optional(c.distance, |i| amount(cell(i)).map_err(|e| bad(i, "Distance", e)))?;
        let rpe = optional(c.rpe, |i| rpe(cell(i)).map_err(|e| bad(i, "RPE", e)))?;
        let effort = effort(reps, seconds, distance);
        // A row that is no set needs no unit.
        if let Effort::Skip(count) = effort {
            return Ok(Read::Skip(count));
        }
        let unit = match (unit_in(text_of(c.weight_unit)).or(self.fallback), load) {
            (Some(unit), _) => unit,
            (None, None) => self.last_unit.unwrap_or_default(),
            (None, Some(_)) => {
                let why = "is blank; run again with --unit kg or --unit lb to say which".into();
                return Err(bad(c.weight_unit.unwrap_or(0), "Weight Unit", why));
            }
        };
        if load.is_some() {
            self.last_unit = Some(unit);
        }
        let duration = text_of(c.duration);
        let ended = duration_s(duration)
            .and_then(|s| started.checked_add(jiff::SignedDuration::from_secs(s as i64)).ok());
        let workout = WorkoutRef::of_row(cell(c.date), cell(c.workout), started, ended);
        Ok(effort.read(workout, Lifted { exercise, kind, tag, load, unit, rpe }))
    }
}

/// Strong writes seconds as `120.0` and sometimes with a fraction; a hold is kept to the second.
fn rounded(cell: &str) -> String {
    match amount(cell) {
        Ok(Some(n)) => format!("{}", n.round()),
        _ => cell.to_string(),
    }
}

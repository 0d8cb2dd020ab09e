//! Importing another app's history: a Strong or Hevy CSV export read into liftpace's own
//! `session`, `set` and `session_end` records (`strong`, `hevy`), and the part of them that is
//! not yet in the history (`fresh`), so importing a file twice adds nothing. Pure: bytes, a
//! time zone and the exercise library in; records, skipped rows and unknown names out. Must
//! never touch files or clocks, never convert a unit, and never panic on any bytes.

mod build;
pub mod fields;
mod hevy;
pub mod names;
mod strong;
mod table;

use std::collections::HashSet;
use std::fmt;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::core::library::Library;
use crate::core::session::SetKind;
use crate::core::words::Units;
use crate::storage::records::{Record, SessionEndRecord, SessionRecord, SetRecord, Tag};

pub use names::Unknown;
pub use table::Problem;

/// The apps liftpace imports from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    /// Strong (iOS and Android).
    Strong,
    /// Hevy.
    Hevy,
}

impl App {
    /// As written in records' `source` and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            App::Strong => "strong",
            App::Hevy => "hevy",
        }
    }

    /// As the app spells its name, for messages and the imported sessions' programme.
    pub fn title(self) -> &'static str {
        match self {
            App::Strong => "Strong",
            App::Hevy => "Hevy",
        }
    }
}

/// What an import needs besides the file.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The unit of weights in a file that does not say (`--unit`).
    pub unit: Option<Units>,
    /// The zone the export's wall-clock times are in: the lifter's own.
    pub tz: TimeZone,
    /// Where names are looked up.
    pub library: &'a Library,
}

/// One imported workout as records.
#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    /// When it began, to order workouts.
    pub start: Timestamp,
    /// Its `session` record.
    pub session: SessionRecord,
    /// Its sets, in the file's order.
    pub sets: Vec<SetRecord>,
    /// Its `session_end` record.
    pub end: SessionEndRecord,
}

/// Rows that are not sets liftpace keeps, counted so the lifter can see nothing went missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Strong's "Rest Timer" rows.
    pub rest_timers: usize,
    /// Strong's "Note" rows (an exercise note, not a set).
    pub notes: usize,
    /// Sets with a distance: cardio, which liftpace does not record.
    pub cardio: usize,
    /// Sets with neither reps nor time.
    pub empty: usize,
}

/// Everything read from one export.
#[derive(Debug, Clone)]
pub struct Import {
    /// Workouts with at least one set, by start time.
    pub workouts: Vec<Workout>,
    /// Rows that could not be read, with their place; each was skipped.
    pub problems: Vec<Problem>,
    /// Rows that were not sets.
    pub skipped: Skipped,
    /// Exercise names the library does not know, kept as written.
    pub unknown: Vec<Unknown>,
}

/// The file is not something this importer can read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Nothing in it.
    #[error("the file is empty: expected {}", expected(*.0))]
    Empty(App),
    /// It is the other app's export.
    #[error(
        "this is a {} export, not a {} one: run `liftpace import {} FILE`",
        .found.title(), .wanted.title(), .found.as_str()
    )]
    OtherApp {
        /// The app asked for.
        wanted: App,
        /// The app whose columns it has.
        found: App,
    },
    /// Columns the export must have are missing.
    #[error("this is not a {} export: it has no {} column; expected {}", .app.title(),
        .missing.join(", "), expected(*.app))]
    Columns {
        /// The app asked for.
        app: App,
        /// The missing columns' names.
        missing: Vec<&'static str>,
    },
    /// The layout has no units and `--unit` was not given.
    #[error(
        "this {} export does not say whether its weights are kilograms or pounds: run it \
         again with --unit kg or --unit lb", .0.title()
    )]
    NeedsUnit(App),
}

fn expected(app: App) -> &'static str {
    match app {
        App::Strong => {
            "a Strong export, a CSV whose first line names its columns: \
             Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,\
             Notes,Workout Notes,RPE (or the semicolon layout with Weight Unit, or Weight (kg))"
        }
        App::Hevy => {
            "a Hevy export, a CSV whose first line names its columns: title,start_time,\
             end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,\
             weight_kg (or weight_lbs),reps,distance_km,duration_seconds,rpe"
        }
    }
}

/// Reads `bytes` as `app`'s export.
pub fn read(app: App, bytes: &[u8], options: &Options) -> Result<Import, FormatError> {
    let table = table::read(bytes).ok_or(FormatError::Empty(app))?;
    let found = if table.column(&["exercise_title"]).is_some() {
        Some(App::Hevy)
    } else if table.column(&["exercise name"]).is_some() {
        Some(App::Strong)
    } else {
        None
    };
    if let Some(found) = found.filter(|&found| found != app) {
        return Err(FormatError::OtherApp { wanted: app, found });
    }
    let read = match app {
        App::Strong => strong::entries(&table, options)?,
        App::Hevy => hevy::entries(&table, &options.tz)?,
    };
    let mut names = names::Names::new(options.library);
    let workouts = build::workouts(app, read.entries, &mut names);
    let mut problems = table.problems;
    problems.extend(read.problems);
    problems.sort_by_key(|p| p.line);
    Ok(Import { workouts, problems, skipped: read.skipped, unknown: names.unknown() })
}

/// What an importer read from the rows of a table.
struct Rows {
    entries: Vec<build::Entry>,
    problems: Vec<Problem>,
    skipped: Skipped,
}

/// The records of `import` that `existing` does not already hold, in the order to append them.
/// A session already there is not written again, but sets of it that are missing are (an
/// import cut short finishes on the next run); its end is written once.
pub fn fresh(import: &Import, existing: &[Record]) -> Vec<Record> {
    let mut sessions = HashSet::new();
    let mut ended = HashSet::new();
    let mut sets = HashSet::new();
    for record in existing {
        match record {
            Record::Session(s) => {
                sessions.insert(s.id.as_str());
            }
            Record::SessionEnd(e) => {
                ended.insert(e.session.as_str());
            }
            Record::Set(s) => {
                if let Some(origin) = &s.origin {
                    sets.insert((origin.source.as_str(), origin.source_id.as_str()));
                }
            }
            Record::Correction(_)
            | Record::Checkin(_)
            | Record::Breathing(_)
            | Record::Resume(_)
            | Record::Skip(_)
            | Record::Swap(_) => {}
        }
    }
    let mut out = Vec::new();
    for workout in &import.workouts {
        if !sessions.contains(workout.session.id.as_str()) {
            out.push(Record::Session(workout.session.clone()));
        }
        out.extend(
            workout
                .sets
                .iter()
                .filter(|s| {
                    let origin =
                        s.origin.as_ref().map(|o| (o.source.as_str(), o.source_id.as_str()));
                    origin.is_none_or(|key| !sets.contains(&key))
                })
                .map(|s| Record::Set(s.clone())),
        );
        if !ended.contains(workout.session.id.as_str()) {
            out.push(Record::SessionEnd(workout.end.clone()));
        }
    }
    out
}

/// Counts of what some records add, for `--dry-run` and the closing line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// New sessions.
    pub sessions: usize,
    /// New sets of every kind.
    pub sets: usize,
    /// Work sets done for reps.
    pub work: usize,
    /// Warm-up sets.
    pub warmups: usize,
    /// Timed holds (work).
    pub holds: usize,
    /// Work sets tagged as drop sets.
    pub drops: usize,
    /// Work sets tagged as taken to failure.
    pub failures: usize,
    /// The first and last day of the sets, as local dates.
    pub span: Option<(String, String)>,
}

impl Summary {
    /// The summary of `records`.
    pub fn of(records: &[Record]) -> Summary {
        let mut summary = Summary::default();
        let mut days: Vec<&str> = Vec::new();
        for record in records {
            match record {
                Record::Session(_) => summary.sessions += 1,
                Record::Correction(_)
                | Record::Checkin(_)
                | Record::Breathing(_)
                | Record::Resume(_)
                | Record::Skip(_)
                | Record::Swap(_) => {}
                Record::Set(set) => {
                    summary.sets += 1;
                    days.push(crate::storage::records::local_date(&set.started));
                    let tag = set.origin.as_ref().and_then(|o| o.tag);
                    match (set.kind, set.hold_s, tag) {
                        (SetKind::Warmup, ..) => summary.warmups += 1,
                        (SetKind::Work, Some(_), _) => summary.holds += 1,
                        (SetKind::Work, None, Some(Tag::Drop)) => summary.drops += 1,
                        (SetKind::Work, None, Some(Tag::Failure)) => summary.failures += 1,
                        (SetKind::Work, None, None) => summary.work += 1,
                    }
                }
                _ => {}
            }
        }
        let first = days.iter().min().map(|d| d.to_string());
        summary.span = first.zip(days.iter().max().map(|d| d.to_string()));
        summary
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sessions, sets) = (self.sessions, self.sets);
        write!(
            f,
            "{}, {}",
            counted(sessions, "session", "sessions"),
            counted(sets, "set", "sets")
        )?;
        if let Some((first, last)) = &self.span {
            write!(f, ", {first} to {last}")?;
        }
        Ok(())
    }
}

impl Summary {
    /// "5 work, 1 warm-up, 1 hold": the kinds of set, those there are.
    pub fn kinds(&self) -> String {
        let kinds = [
            (self.work, "work", "work"),
            (self.warmups, "warm-up", "warm-ups"),
            (self.holds, "hold", "holds"),
            (self.drops, "drop set", "drop sets"),
            (self.failures, "to failure", "to failure"),
        ];
        let named: Vec<String> = kinds
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|&(n, one, many)| counted(n, one, many))
            .collect();
        named.join(", ")
    }
}

/// "1 set", "2 sets".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

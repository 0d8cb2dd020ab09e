//! From sets read out of an export to liftpace records: sets grouped into workouts by the key
//! the app's rows share, numbered per exercise and kind, names mapped to the library, and every
//! record given a stable id from its content. Shared by both importers so Strong and Hevy sets
//! come out the same. Pure; must never depend on the order of anything but the file's rows.

use std::collections::HashMap;

use jiff::ZonedDateTime as Zoned;

use super::fields::{rfc3339, stable_id};
use super::names::Names;
use super::{App, Skipped, Workout};
use crate::core::session::{EndStatus, SetKind};
use crate::core::words::Units;
use crate::storage::records::{Origin, SessionEndRecord, SessionRecord, SetRecord, Tag};

/// The workout a row belongs to, as the app identifies it.
#[derive(Debug, Clone)]
pub struct WorkoutRef {
    /// What the app's rows of one workout share (Strong: date and name).
    pub key: String,
    /// The workout's name in the app.
    pub name: String,
    /// When it began.
    pub started: Zoned,
    /// When it ended, when the export says.
    pub ended: Option<Zoned>,
}

/// One set as read from a row.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its workout.
    pub workout: WorkoutRef,
    /// The exercise, as written in the export.
    pub exercise: String,
    /// Warm-up or work.
    pub kind: SetKind,
    /// Drop set or failure, for work sets the app tagged.
    pub tag: Option<Tag>,
    /// Reps done; none for a hold.
    pub reps: Option<u32>,
    /// Seconds held; holds only.
    pub hold_s: Option<u32>,
    /// The load; none for bodyweight.
    pub load: Option<f64>,
    /// The load's unit, as the export says (never converted).
    pub unit: Units,
    /// Effort, when given.
    pub rpe: Option<f64>,
}

/// What a row's reps, seconds and distance make of it.
pub enum Effort {
    /// Reps, or a timed hold.
    Set { reps: Option<u32>, hold_s: Option<u32> },
    /// Not a set liftpace keeps; counted in `Skipped`.
    Skip(fn(&mut Skipped)),
}

/// What one row turned out to be.
pub enum Read {
    /// A set.
    Set(Box<Entry>),
    /// Not a set; counted in `Skipped`.
    Skip(fn(&mut Skipped)),
}

impl WorkoutRef {
    /// The workout of a row, keyed by its start `when` and `name` as the app wrote them (rows
    /// of one workout share both); an unnamed one is called "Workout".
    pub fn of_row(when: &str, name: &str, started: Zoned, ended: Option<Zoned>) -> Self {
        let name = name.trim();
        WorkoutRef {
            key: format!("{}\u{1f}{name}", when.trim()),
            name: if name.is_empty() { "Workout".into() } else { name.into() },
            started,
            ended,
        }
    }
}

/// What a row says of its set besides how much was done (that is its `Effort`).
pub struct Lifted<'a> {
    /// The exercise, as written.
    pub exercise: &'a str,
    /// Warm-up or work.
    pub kind: SetKind,
    /// Drop set or failure.
    pub tag: Option<Tag>,
    /// The load; none for bodyweight.
    pub load: Option<f64>,
    /// The load's unit.
    pub unit: Units,
    /// Effort, when given.
    pub rpe: Option<f64>,
}

impl Effort {
    /// What the row is: the set `lifted` in `workout`, or a row that is not a set.
    pub fn read(self, workout: WorkoutRef, lifted: Lifted<'_>) -> Read {
        let (reps, hold_s) = match self {
            Effort::Set { reps, hold_s } => (reps, hold_s),
            Effort::Skip(count) => return Read::Skip(count),
        };
        let Lifted { exercise, kind, tag, load, unit, rpe } = lifted;
        let exercise = exercise.into();
        Read::Set(Box::new(Entry { workout, exercise, kind, tag, reps, hold_s, load, unit, rpe }))
    }
}

/// Reps win; seconds without reps are a hold; a distance is cardio, which liftpace does not
/// keep; nothing at all is an empty set.
pub fn effort(reps: Option<u32>, seconds: Option<u32>, distance: Option<f64>) -> Effort {
    match (reps, seconds, distance) {
        (_, _, Some(_)) => Effort::Skip(|s| s.cardio += 1),
        (Some(reps), _, None) => Effort::Set { reps: Some(reps), hold_s: None },
        (None, Some(held), None) => Effort::Set { reps: None, hold_s: Some(held) },
        (None, None, None) => Effort::Skip(|s| s.empty += 1),
    }
}

/// Groups `entries` (in file order) into workouts, ordered by start time.
pub fn workouts(app: App, entries: Vec<Entry>, names: &mut Names) -> Vec<Workout> {
    let mut order: Vec<Workout> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut numbers: HashMap<(usize, String, &'static str), u32> = HashMap::new();
    let mut seen: HashMap<(usize, String), u32> = HashMap::new();
    for entry in entries {
        let at = *index.entry(entry.workout.key.clone()).or_insert_with(|| {
            order.push(workout(app, &entry.workout));
            order.len() - 1
        });
        let exercise = names.map(&entry.exercise);
        let number = numbers.entry((at, exercise.clone(), entry.kind.as_str())).or_default();
        *number += 1;
        // Two identical rows in one workout are two sets: the count of earlier twins keeps
        // their ids apart and the same on every import of the file.
        let content = format!(
            "{}|{}|{:?}|{:?}|{:?}|{:?}|{}|{:?}",
            entry.exercise,
            entry.kind.as_str(),
            entry.tag.map(Tag::as_str),
            entry.reps,
            entry.hold_s,
            entry.load,
            entry.unit.as_str(),
            entry.rpe
        );
        let twin = seen.entry((at, content.clone())).or_default();
        let id = stable_id(&[app.as_str(), &entry.workout.key, &content, &twin.to_string()]);
        *twin += 1;
        let session = &order[at].session;
        let set = SetRecord {
            session: session.id.clone(),
            exercise,
            set: *number,
            kind: entry.kind,
            side: None,
            reps: entry.reps,
            hold_s: entry.hold_s,
            load: entry.load,
            unit: entry.unit.as_str().into(),
            target: String::new(),
            tempo: String::new(),
            rpe: entry.rpe,
            started: session.started.clone(),
            ended: session.started.clone(),
            origin: Some(Box::new(Origin {
                source: app.as_str().into(),
                source_id: id,
                tag: entry.tag,
            })),
        };
        order[at].sets.push(set);
    }
    // By the instant, not the text: offsets differ across a change of summer time.
    order.sort_by_key(|w| w.start);
    order
}

fn workout(app: App, w: &WorkoutRef) -> Workout {
    let id = format!("{}-{}", app.as_str(), stable_id(&[app.as_str(), &w.key]));
    let started = rfc3339(&w.started);
    let ended = w.ended.as_ref().filter(|end| **end >= w.started).map_or(started.clone(), rfc3339);
    Workout {
        start: w.started.timestamp(),
        session: SessionRecord {
            id: id.clone(),
            programme: app.title().into(),
            programme_file: format!("import:{}", app.as_str()),
            day: w.name.clone(),
            started,
            source: Some(app.as_str().into()),
        },
        sets: Vec::new(),
        end: SessionEndRecord { session: id, ended, status: EndStatus::Completed },
    }
}

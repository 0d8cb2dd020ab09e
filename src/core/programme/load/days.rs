//! The `[[day]]` tables and their `[[day.exercise]]`s: names, order, groups kept together, and
//! each exercise resolved against `[defaults]` and the exercise library. Must never judge the
//! programme as a whole (one-rep maxes, a day's length): `advice` does that once all is read.

use std::ops::Range;

use super::breathing::Patterns;
use super::fields::{Fields, Inherit};
use super::keys;
use super::read::{Table, Value, name, quoted, tables};
use super::report::Sink;
use crate::core::library::Library;
use crate::core::programme::{Day, Exercise, Muscle};

const DAY_HELP: &str =
    "add a day as [[day]] with name = \"A\", followed by [[day.exercise]] sections";
const EXERCISE_HELP: &str = "add an exercise as [[day.exercise]] with name = \"Goblet squat\"";

/// A day as read, with the places later warnings point at.
pub(super) struct ReadDay {
    pub day: Day,
    /// The span of the day's `name` value.
    pub name: Range<usize>,
    /// One per exercise of `day`, in the same order.
    pub exercises: Vec<ReadExercise>,
}

/// Where an exercise wrote what it wrote.
pub(super) struct ReadExercise {
    /// The span of the exercise's `name` value.
    pub name: Range<usize>,
    /// Its own fields, before inheritance.
    pub fields: Fields,
}

/// What every exercise is read against.
pub(super) struct Context<'a> {
    /// The breathing patterns a `breathing` key may name.
    pub patterns: &'a Patterns,
    /// Where exercises are looked up by name.
    pub library: &'a Library,
    /// `[defaults]` and what resolving learns about it.
    pub inherit: Inherit<'a>,
}

/// Every `[[day]]`; days with errors are left out (the errors are recorded).
pub(super) fn read_days(
    sink: &mut Sink,
    value: Option<&Value<'_>>,
    cx: &mut Context<'_>,
) -> Vec<ReadDay> {
    let Some(value) = value else {
        sink.error(0..0, "the programme has no days", "no [[day]] in this file", DAY_HELP);
        return Vec::new();
    };
    let Some(tables) = tables(sink, "day", value, DAY_HELP) else { return Vec::new() };
    if tables.is_empty() {
        sink.error(value.span(), "the programme has no days", "no days here", DAY_HELP);
    }
    let day_keys = keys::names(keys::DAY);
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut days = Vec::new();
    for table in tables {
        table.check_keys(sink, &day_keys, "a day");
        let name = match table.get("name") {
            Some(value) => name(sink, "name", value).map(|n| (n, value.span())),
            None => {
                let help = "name every day, e.g. name = \"A\"";
                sink.error(table.span.clone(), "a day has no `name`", "no name", help);
                None
            }
        };
        if let Some((n, span)) = &name {
            match seen.iter().find(|(seen, _)| seen == n) {
                Some((_, first)) => {
                    let message = format!("two days are called \"{}\"", n.escape_debug());
                    let line = sink.line(*first);
                    let help = format!("the first is on line {line}; give each day its own name");
                    sink.error(span.clone(), message, "the second one", help);
                }
                None => seen.push((n.clone(), span.start)),
            }
        }
        let exercises = read_exercises(sink, &table, cx);
        groups_together(sink, &exercises);
        if let Some((name, span)) = name {
            let (resolved, read) = exercises.into_iter().unzip();
            days.push(ReadDay {
                day: Day { name, exercises: resolved },
                name: span,
                exercises: read,
            });
        }
    }
    days
}

fn read_exercises(
    sink: &mut Sink,
    day: &Table<'_, '_>,
    cx: &mut Context<'_>,
) -> Vec<(Exercise, ReadExercise)> {
    let tables = match day.get("exercise") {
        Some(value) => match tables(sink, "exercise", value, EXERCISE_HELP) {
            Some(tables) => tables,
            None => return Vec::new(),
        },
        None => Vec::new(),
    };
    if tables.is_empty() {
        let label = "no [[day.exercise]] under this day";
        sink.error(day.span.clone(), "a day has no exercises", label, EXERCISE_HELP);
    }
    let exercise_keys = keys::names(keys::EXERCISE);
    tables
        .into_iter()
        .filter_map(|table| {
            table.check_keys(sink, &exercise_keys, "an exercise");
            let fields = Fields::read(sink, &table, cx.patterns, "an exercise");
            fields.check_load(sink, cx.inherit.units);
            let Some(value) = table.get("name") else {
                let span = table.span.clone();
                sink.error(span, "an exercise has no `name`", "no name", EXERCISE_HELP);
                return None;
            };
            let name = name(sink, "name", value)?;
            let info = cx.library.lookup(&name);
            if info.is_none() && fields.no_muscles(cx.inherit.defaults) {
                unknown_exercise(sink, cx.library, &name, value.span());
            }
            let exercise = fields.resolve(name, info, &mut cx.inherit, sink);
            Some((exercise, ReadExercise { name: value.span(), fields }))
        })
        .collect()
}

/// An exercise the library does not know and that names no muscles: its sets cannot be counted.
fn unknown_exercise(sink: &mut Sink, library: &Library, name: &str, span: Range<usize>) {
    let groups = quoted(&Muscle::ALL.map(Muscle::as_str));
    let message = format!(
        "\"{}\" is not in the exercise library and does not say which muscles it trains",
        name.escape_debug()
    );
    let mean = library.suggest(name).map_or(String::new(), |s| format!("did you mean `{s}`? "));
    let help = format!(
        "{mean}otherwise add muscles = [...] from {groups}: until then its sets won't count \
         toward the guideline"
    );
    sink.warn(span, message, "unknown exercise", help);
}

/// Exercises sharing a `group` must be next to each other: a group is done in turn, so one
/// split by another exercise cannot be run. Points at the first stray member.
fn groups_together(sink: &mut Sink, exercises: &[(Exercise, ReadExercise)]) {
    let mut started: Vec<(&str, usize)> = Vec::new();
    let mut previous: Option<&str> = None;
    for (_, read) in exercises {
        let Some(group) = &read.fields.group else {
            previous = None;
            continue;
        };
        let name = group.value.as_str();
        if previous != Some(name) {
            match started.iter().find(|(g, _)| *g == name) {
                Some((_, first)) => {
                    let message = format!(
                        "the exercises of group \"{}\" are not next to each other",
                        name.escape_debug()
                    );
                    let help = format!(
                        "the group starts on line {}; a group is done in turn, one set of each, \
                         so move this exercise next to the others or give it a group of its own",
                        sink.line(*first)
                    );
                    sink.error(group.span.clone(), message, "away from its group", help);
                }
                None => started.push((name, group.span.start)),
            }
        }
        previous = Some(name);
    }
}

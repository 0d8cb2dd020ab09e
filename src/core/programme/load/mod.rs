//! Loads a programme from TOML text into the resolved model, reporting every problem with its
//! place (`origin:line:col`, the line, a caret, a hint) so a lifter can fix a typo at a glance.
//! Pure: takes text and returns data. Must never read files, print, or panic on any input.

mod breathing;
mod fields;
mod quantity;
mod read;
mod report;

use toml::de::DeTable;

use self::breathing::Patterns;
use self::fields::{FIELD_KEYS, Fields};
use self::read::{Table, Value, bounded, closest, name, quoted, string, table, tables};
use self::report::Sink;
pub use self::report::{LoadError, Problem, Warning, render};
use super::{Day, Programme, Units};

/// A programme that loaded, and the warnings worth showing about it.
#[derive(Debug)]
pub struct Loaded {
    /// The validated programme, every default already inherited.
    pub programme: Programme,
    /// Things that are allowed but probably not meant; never fatal.
    pub warnings: Vec<Warning>,
}

const TOP_KEYS: [&str; 7] =
    ["name", "description", "units", "sessions_per_week", "defaults", "day", "breathing"];
const DAY_KEYS: [&str; 2] = ["name", "exercise"];
const DAY_HELP: &str =
    "add a day as [[day]] with name = \"A\", followed by [[day.exercise]] sections";
const EXERCISE_HELP: &str = "add an exercise as [[day.exercise]] with name = \"Goblet squat\"";

/// Loads the programme in `text`. `origin` names where it came from (a file path, or
/// `programs/full-body.toml` for a built-in) in every report. Every error is collected, so one
/// run of `liftpace check` shows them all.
pub fn load(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let mut sink = Sink::new(text, origin);
    let programme = read_programme(&mut sink, text);
    let (programme, warnings) = sink.finish(programme)?;
    Ok(Loaded { programme, warnings })
}

fn read_programme(sink: &mut Sink, text: &str) -> Option<Programme> {
    if !raw_text_is_clean(sink, text) {
        return None;
    }
    let document = match DeTable::parse(text) {
        Ok(document) => document,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = format!("this is not valid TOML: {}", e.message().trim());
            let help =
                "check quotes around text, `=` between key and value, and [brackets] on headers";
            sink.error(span, message, "here", help);
            return None;
        }
    };
    let top = Table { entries: document.get_ref(), span: 0..0 };
    top.check_keys(sink, &TOP_KEYS, "the top level");

    let name = match top.get("name") {
        Some(value) => name(sink, "name", value),
        None => {
            let help = "start the file with the programme's name, e.g. name = \"Full body\"";
            sink.error(0..0, "the programme has no `name`", "no name", help);
            None
        }
    };
    let description =
        top.get("description").and_then(|v| string(sink, "description", v, "write it in quotes"));
    let units = top.get("units").map_or(Some(Units::Kg), |v| units(sink, v));
    let per_week_help = "how many workouts a week, 1 to 14, e.g. sessions_per_week = 2";
    let sessions_per_week = top
        .get("sessions_per_week")
        .map_or(Some(2), |v| bounded(sink, "sessions_per_week", v, 1..15, per_week_help));

    let patterns = Patterns::read(sink, top.get("breathing"));
    let defaults_help = "write defaults as a [defaults] section";
    let defaults = match top.get("defaults").and_then(|v| table(sink, "defaults", v, defaults_help))
    {
        Some(table) => {
            table.check_keys(sink, &FIELD_KEYS, "`[defaults]`");
            Fields::read(sink, &table, &patterns, "`[defaults]`")
        }
        None => Fields::default(),
    };
    let days = read_days(sink, top.get("day"), &defaults, &patterns);

    Some(Programme {
        name: name?,
        description: description.map(str::to_string),
        units: units?,
        sessions_per_week: sessions_per_week?,
        days,
        one_rep_max: Default::default(),
        barbell: crate::core::plates::Barbell::default_for(units?),
    })
}

/// Refuses control characters outside the whitespace TOML allows between tokens; those in
/// strings' escapes are caught value by value.
fn raw_text_is_clean(sink: &mut Sink, text: &str) -> bool {
    let mut bad =
        text.char_indices().filter(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    let Some((at, c)) = bad.next() else { return true };
    let more = bad.count();
    let also = if more == 0 { String::new() } else { format!(" (and {more} more)") };
    let message = format!("the file contains the control character U+{:04X}{also}", u32::from(c));
    let help = "a programme is plain text; remove the character (is this the right file?)";
    sink.error(at..at + c.len_utf8(), message, "control character", help);
    false
}

fn units(sink: &mut Sink, value: &Value<'_>) -> Option<Units> {
    let help = "write units = \"kg\" or units = \"lb\"";
    match string(sink, "units", value, help)?.trim() {
        "kg" => Some(Units::Kg),
        "lb" => Some(Units::Lb),
        other => {
            let hint = closest(other, ["kg", "lb"])
                .map_or(String::new(), |b| format!("did you mean \"{b}\"? "));
            let message = format!("unknown units \"{}\"", other.escape_debug());
            sink.error(value.span(), message, "unknown units", format!("{hint}{help}"));
            None
        }
    }
}

fn read_days(
    sink: &mut Sink,
    value: Option<&Value<'_>>,
    defaults: &Fields,
    patterns: &Patterns,
) -> Vec<Day> {
    let Some(value) = value else {
        sink.error(0..0, "the programme has no days", "no [[day]] in this file", DAY_HELP);
        return Vec::new();
    };
    let Some(tables) = tables(sink, "day", value, DAY_HELP) else { return Vec::new() };
    if tables.is_empty() {
        sink.error(value.span(), "the programme has no days", "no days here", DAY_HELP);
    }
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut days = Vec::new();
    for table in tables {
        table.check_keys(sink, &DAY_KEYS, "a day");
        let name = match table.get("name") {
            Some(value) => name(sink, "name", value).inspect(|n| {
                match seen.iter().find(|(seen, _)| seen == n) {
                    Some((_, first)) => {
                        let message = format!("two days are called \"{}\"", n.escape_debug());
                        let help = format!(
                            "the first is on line {}; give each day its own name",
                            sink.line(*first)
                        );
                        sink.error(value.span(), message, "the second one", help);
                    }
                    None => seen.push((n.clone(), value.span().start)),
                }
            }),
            None => {
                sink.error(
                    table.span.clone(),
                    "a day has no `name`",
                    "no name",
                    "name every day, e.g. name = \"A\"",
                );
                None
            }
        };
        let exercises = read_exercises(sink, &table, defaults, patterns);
        if let Some(name) = name {
            days.push(Day { name, exercises });
        }
    }
    days
}

fn read_exercises(
    sink: &mut Sink,
    day: &Table<'_, '_>,
    defaults: &Fields,
    patterns: &Patterns,
) -> Vec<super::Exercise> {
    let tables = match day.get("exercise") {
        Some(value) => match tables(sink, "exercise", value, EXERCISE_HELP) {
            Some(tables) => tables,
            None => return Vec::new(),
        },
        None => Vec::new(),
    };
    if tables.is_empty() {
        sink.error(
            day.span.clone(),
            "a day has no exercises",
            "no [[day.exercise]] under this day",
            EXERCISE_HELP,
        );
    }
    let mut exercise_keys = vec!["name"];
    exercise_keys.extend(FIELD_KEYS);
    tables
        .into_iter()
        .filter_map(|table| {
            table.check_keys(sink, &exercise_keys, "an exercise");
            let fields = Fields::read(sink, &table, patterns, "an exercise");
            let Some(value) = table.get("name") else {
                sink.error(
                    table.span.clone(),
                    "an exercise has no `name`",
                    "no name",
                    EXERCISE_HELP,
                );
                return None;
            };
            let name = name(sink, "name", value)?;
            if fields.no_muscles(defaults) {
                let groups = quoted(&super::Muscle::ALL.map(super::Muscle::as_str));
                let message =
                    format!("\"{}\" does not say which muscles it trains", name.escape_debug());
                let help =
                    format!("add muscles = [...] from {groups} so sets can be counted per group");
                sink.warn(value.span(), message, "no muscles", help);
            }
            Some(fields.resolve(name, defaults))
        })
        .collect()
}

#[cfg(test)]
mod tests;

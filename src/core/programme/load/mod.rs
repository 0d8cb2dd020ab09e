//! Loads a programme from TOML text into the resolved model, reporting every problem with its
//! place (`origin:line:col`, the line, a caret, a hint) so a lifter can fix a typo at a glance.
//! Pure: takes text and returns data. Must never read files, print, or panic on any input.

mod advice;
pub(crate) mod barbell;
mod breathing;
mod days;
mod fields;
pub(crate) mod keys;
mod one_rep_max;
mod progression;
mod quantity;
pub(crate) mod read;
pub(crate) mod report;
pub(crate) mod schema;
mod tempo;
mod vocabulary;

use std::sync::LazyLock;

use toml::de::DeTable;

use self::breathing::Patterns;
use self::days::Context;
use self::fields::{Fields, Inherit};
use self::read::{Table, Value, bounded, closest, name, string, table};
use self::report::Sink;
pub use self::report::{LoadError, Problem, Warning, render};
pub use self::schema::schema;
use super::{Programme, Units};
use crate::core::library::Library;

/// A programme that loaded, and the warnings worth showing about it.
#[derive(Debug)]
pub struct Loaded {
    /// The validated programme, every default already inherited.
    pub programme: Programme,
    /// Things that are allowed but probably not meant; never fatal.
    pub warnings: Vec<Warning>,
}

/// Parsed once: the embedded library never changes while the program runs.
static BUILT_IN: LazyLock<Library> = LazyLock::new(Library::built_in);

/// Loads the programme in `text` against the built-in exercise library. `origin` names where
/// it came from (a file path, or `programs/full-body.toml` for a built-in) in every report.
/// Every error is collected, so one run of `liftpace check` shows them all.
pub fn load(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    load_with(text, origin, &BUILT_IN)
}

/// Like [`load`], against `library` (the built-in one with the user's exercises added): an
/// exercise it knows takes its muscles, start and equipment from it unless the programme sets
/// them.
pub fn load_with(text: &str, origin: &str, library: &Library) -> Result<Loaded, LoadError> {
    let mut sink = Sink::new(text, origin);
    let programme = read_programme(&mut sink, text, library);
    let (programme, warnings) = sink.finish(programme)?;
    Ok(Loaded { programme, warnings })
}

fn read_programme(sink: &mut Sink, text: &str, library: &Library) -> Option<Programme> {
    let document = document(sink, text)?;
    let top = Table { entries: document.get_ref(), span: 0..0 };
    top.check_keys(sink, &keys::names(keys::TOP), "the top level");

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
    let sessions_per_week = top.get("sessions_per_week").map_or(Some(2), |v| {
        let range = keys::whole(keys::TOP, "sessions_per_week");
        bounded(sink, "sessions_per_week", v, range, per_week_help)
    });
    let barbell = barbell::read(sink, top.get("equipment"), units.unwrap_or_default());

    let patterns = Patterns::read(sink, top.get("breathing"));
    let defaults = read_defaults(sink, top.get("defaults"), &patterns);
    defaults.check_load(sink, units.unwrap_or_default());
    let mut cx = Context {
        patterns: &patterns,
        library,
        inherit: Inherit {
            defaults: &defaults,
            units: units.unwrap_or_default(),
            used: Default::default(),
        },
    };
    let days = days::read_days(sink, top.get("day"), &mut cx);
    defaults.progress.note_unused(sink, &cx.inherit.used);
    let one_rep_max = one_rep_max::read(sink, top.get("one_rep_max"), &days, library);
    let (barbell, dumbbell_step) = barbell?;
    let setting = advice::Setting {
        one_rep_max: &one_rep_max,
        barbell: &barbell,
        units: units.unwrap_or_default(),
    };
    advice::advise(sink, &days, &setting);

    Some(Programme {
        name: name?,
        description: description.map(str::to_string),
        units: units?,
        sessions_per_week: sessions_per_week?,
        days: days.into_iter().map(|d| d.day).collect(),
        one_rep_max,
        barbell,
        dumbbell_step,
    })
}

/// `[defaults]`: every exercise key but `name` and `group`.
fn read_defaults(sink: &mut Sink, value: Option<&Value<'_>>, patterns: &Patterns) -> Fields {
    let help = "write defaults as a [defaults] section";
    let Some(table) = value.and_then(|v| table(sink, "defaults", v, help)) else {
        return Fields::default();
    };
    table.check_keys_but(sink, &keys::names(keys::defaults()), &["group"], "`[defaults]`");
    if let Some(group) = table.get("group") {
        let message =
            "`group` cannot be a default: a default group would make every day one circuit";
        let help = "set `group` on the exercises that are done in turn, next to each other";
        sink.error(group.span(), message, "not a default", help);
    }
    Fields::read(sink, &table, patterns, "`[defaults]`")
}

/// Parses `text` as a TOML document, refusing control characters first; `None` after an error.
/// Shared with the settings file, so both report a broken file the same way.
pub(crate) fn document<'i>(sink: &mut Sink, text: &'i str) -> Option<toml::Spanned<DeTable<'i>>> {
    if !raw_text_is_clean(sink, text) {
        return None;
    }
    match DeTable::parse(text) {
        Ok(document) => Some(document),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = format!("this is not valid TOML: {}", e.message().trim());
            let help =
                "check quotes around text, `=` between key and value, and [brackets] on headers";
            sink.error(span, message, "here", help);
            None
        }
    }
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

#[cfg(test)]
mod tests;

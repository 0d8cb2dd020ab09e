//! `liftpace progress [EXERCISE] [--weeks N] [--until DATE] [--format json]`: the history folded
//! into weeks and lifts, printed for people (`text`) or as one JSON document (`json`). Reads the
//! history once, front to back, and the programmes it names; must never write anything.

mod json;
mod text;

use jiff::civil::Date;

use super::Format;
use crate::core::library::Library;
use crate::core::progress::{ExerciseProgress, Tally};
use crate::storage::{self, DataDir, Record, progress_event};

/// What the command was asked.
pub(crate) struct Request<'a> {
    /// Only the exercises this names, when given.
    pub exercise: Option<&'a str>,
    /// How many weeks, ending with the week of `until`.
    pub weeks: u32,
    /// The last day of the report.
    pub until: Date,
    /// Text or JSON.
    pub format: Format,
}

/// Runs the command. Errors are one line for stderr; exit 1.
pub(crate) fn run(request: &Request<'_>, data: &DataDir, library: &Library) -> Result<(), String> {
    let mut tally = Tally::new();
    for_each_record(data, |record| {
        if let Some(event) = progress_event(record) {
            tally.add(event);
        }
    })?;
    let known = crate::known::Known::new(&tally.programme_files(), library);
    let mut progress = tally.progress(request.until, request.weeks, &known);
    if let Some(wanted) = request.exercise {
        progress.exercises = only(progress.exercises, wanted, library)?;
    }
    match request.format {
        Format::Json => println!("{}", json::document(&progress)),
        Format::Text => print!("{}", text::report(&progress, request.exercise.is_some())),
    }
    Ok(())
}

/// Every record of every journal in `data`, merged in time order with corrections applied, one
/// at a time; damaged lines are reported on stderr and skipped.
pub(super) fn for_each_record(data: &DataDir, visit: impl FnMut(&Record)) -> Result<(), String> {
    let warnings = storage::for_each_record(data, visit).map_err(|e| e.to_string())?;
    for warning in warnings {
        eprintln!("liftpace: warning: {warning}");
    }
    Ok(())
}

/// The exercises `wanted` names: the same exercise by the library's reckoning ("OHP" finds
/// "Overhead press"), the same name in any case, or else every name containing it. An error
/// with a "did you mean" when nothing matches.
fn only(
    exercises: Vec<ExerciseProgress>,
    wanted: &str,
    library: &Library,
) -> Result<Vec<ExerciseProgress>, String> {
    let canonical = |name: &str| library.lookup(name).map(|info| info.name.clone());
    let wanted_canonical = canonical(wanted);
    let same = |e: &ExerciseProgress| {
        e.name.eq_ignore_ascii_case(wanted)
            || (wanted_canonical.is_some() && canonical(&e.name) == wanted_canonical)
    };
    let lower = wanted.to_lowercase();
    let (exact, rest): (Vec<_>, Vec<_>) = exercises.into_iter().partition(same);
    if !exact.is_empty() {
        return Ok(exact);
    }
    let names: Vec<String> = rest.iter().map(|e| e.name.clone()).collect();
    let containing: Vec<_> =
        rest.into_iter().filter(|e| e.name.to_lowercase().contains(&lower)).collect();
    if !containing.is_empty() {
        return Ok(containing);
    }
    let hint = names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&n.to_lowercase(), &lower), n))
        .filter(|(distance, _)| *distance <= 3)
        .min()
        .map(|(_, n)| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(format!("no sets of `{wanted}` in the history{hint}"))
}

/// Whole minutes and tenths, for breathing time.
fn minutes(seconds: u64) -> f64 {
    (seconds as f64 / 6.0).round() / 10.0
}

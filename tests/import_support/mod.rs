//! Shared by the `import_*` tests: reading a fixture with a fixed time zone and the built-in
//! library, and each set of an import as one line of text that says everything kept about it.

#![allow(dead_code)]

use std::sync::OnceLock;

use jiff::tz::{TimeZone, offset};
use liftpace::core::library::Library;
use liftpace::core::words::Units;
use liftpace::import::{self, App, FormatError, Import, Options};
use liftpace::storage::records::SetRecord;

/// The zone every test reads times in: two hours east of UTC.
pub fn tz() -> TimeZone {
    TimeZone::fixed(offset(2))
}

/// The built-in library, parsed once for all the tests of a file.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(Library::built_in)
}

/// Reads `bytes` as `app`'s export, with `unit` as `--unit`.
pub fn read(app: App, bytes: &[u8], unit: Option<Units>) -> Result<Import, FormatError> {
    import::read(app, bytes, &Options { unit, tz: tz(), library: library() })
}

/// Reads a file of `tests/import_fixtures`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/import_fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

/// "Bench press #2 work 5x80kg rpe8.5": what a set says, in one line.
pub fn describe(set: &SetRecord) -> String {
    let mut text = format!("{} #{} {}", set.exercise, set.set, set.kind.as_str());
    if let Some(tag) = set.origin.as_ref().and_then(|o| o.tag) {
        text += &format!("/{}", tag.as_str());
    }
    match (set.reps, set.hold_s) {
        (Some(reps), _) => text += &format!(" {reps}"),
        (None, Some(held)) => text += &format!(" {held}s"),
        (None, None) => text += " -",
    }
    match set.load {
        Some(load) => text += &format!("x{load}{}", set.unit),
        None => text += &format!(" bw({})", set.unit),
    }
    if let Some(rpe) = set.rpe {
        text += &format!(" rpe{rpe}");
    }
    text
}

/// Every set of `import`, described, workout by workout.
pub fn sets(import: &Import) -> Vec<String> {
    import.workouts.iter().flat_map(|w| w.sets.iter().map(describe)).collect()
}

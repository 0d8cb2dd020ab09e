//! `liftpace import strong|hevy FILE [--unit kg|lb] [--dry-run]`: reads another app's export,
//! appends what the history does not hold yet through the journal writer, and says what it
//! added, what it skipped and which names it did not know. Must never write on `--dry-run`,
//! never write half an import silently, and never print a cell without it being cleaned.

use std::fs;
use std::io::Read;
use std::path::Path;

use jiff::tz::TimeZone;

use crate::core::library::Library;
use crate::core::words::Units;
use crate::import::{self, App, Import, Options, Summary, counted};
use crate::storage::{self, DataDir, Journal, Record, StorageError};

/// Exports bigger than this are not workout histories (ten years of daily training in Strong
/// is a few megabytes); refusing them keeps `/dev/zero` or a wrong file from eating memory.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Rows reported one by one before the rest are only counted.
const SHOWN_PROBLEMS: usize = 20;

/// What the lifter asked for.
pub(super) struct Request<'a> {
    /// The app the file came from.
    pub app: App,
    /// The export.
    pub file: &'a Path,
    /// `--unit`.
    pub unit: Option<Units>,
    /// `--dry-run`.
    pub dry_run: bool,
}

/// Runs the import. An error is the one message for a file that could not be imported at all.
pub(super) fn run(request: &Request, data: &DataDir, library: &Library) -> Result<(), String> {
    let file = request.file.display();
    let bytes = read_export(request.file).map_err(|e| format!("{file}: {e}"))?;
    let options = Options { unit: request.unit, tz: TimeZone::system(), library };
    let import = import::read(request.app, &bytes, &options).map_err(|e| format!("{file}: {e}"))?;
    report_problems(&import, &file.to_string());
    if import.workouts.is_empty() && !import.problems.is_empty() {
        let rows = counted(import.problems.len(), "row", "rows");
        return Err(format!("{file}: no set could be read ({rows} above); nothing was added"));
    }
    if request.app == App::Hevy && request.unit.is_some() {
        println!("--unit is not needed: Hevy's weight column says its unit, and that is kept.");
    }
    let existing = history(data)?;
    let fresh = import::fresh(&import, &existing);
    let adding = Summary::of(&fresh);
    let all_sets: usize = import.workouts.iter().map(|w| w.sets.len()).sum();
    if fresh.is_empty() {
        println!("Nothing to add.");
    } else if request.dry_run {
        println!("Would add {adding}:\n  {}.", adding.kinds());
    } else {
        let mut journal = Journal::open(data).map_err(|e| e.to_string())?;
        // One writer per journal: a workout open in another terminal is left to finish.
        let now = import::fields::rfc3339(&jiff::ZonedDateTime::now());
        let _lock = journal.lock("import", &now).map_err(|e| match e {
            StorageError::Locked { holder: Some(holder), .. } => {
                format!("{}; import when it is closed (nothing was added)", holder.describe())
            }
            other => other.to_string(),
        })?;
        journal.append_all(&fresh).map_err(|e| {
            format!("{e}\nNothing is lost: run the same import again to add what is missing.")
        })?;
        println!("Added {adding}:\n  {}.", adding.kinds());
        println!("Saved in {}.", journal.path().display());
    }
    if all_sets > adding.sets {
        let already = counted(all_sets - adding.sets, "set", "sets");
        println!("Already in your history: {already}.");
    }
    print_skipped(&import);
    print_unknown(&import, request.dry_run);
    if request.dry_run {
        println!("Nothing was written (--dry-run).");
    }
    Ok(())
}

/// The file's bytes, if it is a regular file of a believable size.
fn read_export(path: &Path) -> Result<Vec<u8>, String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    if !meta.is_file() {
        return Err("is not a regular file: expected a CSV exported from the app".into());
    }
    let mut bytes = Vec::new();
    let file = fs::File::open(path).map_err(|e| format!("cannot read it: {e}"))?;
    // Read at most one byte past the cap, so a file that grows while read is still caught.
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!("is larger than {} MB: not a workout export", MAX_BYTES >> 20));
    }
    Ok(bytes)
}

/// Every record already in every journal of the folder, to leave out what an earlier import
/// added here or on another machine.
fn history(data_dir: &storage::DataDir) -> Result<Vec<Record>, String> {
    // As written, corrections not applied: a set voided since was still imported before.
    let (records, warnings) = storage::read_all(data_dir).map_err(|e| e.to_string())?;
    for warning in warnings {
        eprintln!("liftpace: warning: {warning}");
    }
    Ok(records)
}

fn report_problems(import: &Import, file: &str) {
    for p in import.problems.iter().take(SHOWN_PROBLEMS) {
        eprintln!("{file}:{}:{}: {}", p.line, p.col, p.message);
    }
    if import.problems.len() > SHOWN_PROBLEMS {
        eprintln!("... and {} more rows skipped", import.problems.len() - SHOWN_PROBLEMS);
    }
}

fn print_skipped(import: &Import) {
    let s = import.skipped;
    let parts = [
        (import.problems.len(), "that could not be read (above)"),
        (s.rest_timers, "rest timer"),
        (s.notes, "note"),
        (s.cardio, "cardio (liftpace keeps no distances)"),
        (s.empty, "with neither reps nor time"),
    ];
    let total: usize = parts.iter().map(|(n, _)| n).sum();
    if total > 0 {
        println!("Skipped {}:", counted(total, "row", "rows"));
    }
    for (n, why) in parts.iter().filter(|(n, _)| *n > 0) {
        println!("  {n} {why}");
    }
}

fn print_unknown(import: &Import, dry_run: bool) {
    if import.unknown.is_empty() {
        return;
    }
    println!("Not in the exercise library, kept as written:");
    for unknown in &import.unknown {
        let sets =
            if unknown.sets == 1 { "1 set".into() } else { format!("{} sets", unknown.sets) };
        match &unknown.suggestion {
            Some(close) => println!("  {} ({sets}): did you mean {close}?", unknown.name),
            None => println!("  {} ({sets})", unknown.name),
        }
    }
    if dry_run {
        println!("To map them, add them as aliases in your exercises.toml before importing.");
    }
}

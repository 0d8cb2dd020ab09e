//! What `check` and `programs` learn about a programme beyond "it loads": the guideline report
//! against the exercise library (built-in plus the user's `exercises.toml`), each day's
//! estimated length, and the coach's own warnings. Reads only the user's library file; must
//! never print, so the text and JSON writers alone decide how findings look.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use crate::catalog::Source;
use crate::core::guideline::{self, Report};
use crate::core::library::Library;
use crate::core::printable::shown;
use crate::core::programme::load::{self, LoadError, Loaded};
use crate::core::safety::BRACE_CAUTION;
use crate::core::session::Settings;
use crate::plain_file;

/// A programme that loaded, with everything the coach found out about it.
#[derive(Debug)]
pub(super) struct Coached {
    /// The programme and the loader's warnings.
    pub loaded: Loaded,
    /// How it fares against the guideline, with advice for each gap.
    pub report: Report,
    /// Each day's name and estimated length, in programme order.
    pub days: Vec<(String, Duration)>,
}

impl Coached {
    /// "Full body: 2 days, 15 exercises, 37 sets, 2 a week, 1 warning": the one-line summary.
    pub fn summary(&self) -> String {
        let programme = &self.loaded.programme;
        let warnings = match self.loaded.warnings.len() {
            0 => String::new(),
            1 => ", 1 warning".into(),
            n => format!(", {n} warnings"),
        };
        format!("{}: {}{warnings}", programme.name, programme.size_summary())
    }
}

impl Coached {
    /// "Braced: Back squat, Deadlift. Don't brace if …": who should not, said where a
    /// programme asks for bracing, in the same words as the Ready screen.
    pub fn caution(&self) -> Option<String> {
        let braced = self.loaded.programme.braced();
        (!braced.is_empty()).then(|| format!("Braced: {}. {BRACE_CAUTION}", braced.join(", ")))
    }
}

/// Loads `source` with `library` (which fills in muscles for the exercises it knows) and, if
/// it is valid, reports on it.
pub(super) fn coach(source: &Source, library: &Library) -> Result<Coached, LoadError> {
    let loaded = load::load_with(&source.text, &source.origin, library)?;
    let report = guideline::report(&loaded.programme, library);
    // The estimate assumes the get-ready countdown a workout uses unless told otherwise.
    let countdown = Settings::default().countdown;
    let days: Vec<(String, Duration)> = loaded
        .programme
        .days
        .iter()
        .map(|day| (day.name.clone(), guideline::estimate_day(day, countdown)))
        .collect();
    Ok(Coached { loaded, report, days })
}

/// Whole minutes, rounded to the nearest: what "about N min" says.
pub(super) fn minutes(length: Duration) -> u64 {
    (length.as_secs() + 30) / 60
}

/// Why the user's exercise library could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LibraryError {
    /// The file, as it is shown.
    pub path: String,
    /// One-based line and column of the problem, when it has a place.
    pub place: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LibraryError {
    /// Cleaned for the terminal: the message quotes what the file says (a muscle, a piece of
    /// equipment, an alias) and the path may hold anything.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, message) = (shown(&self.path), shown(&self.message));
        match self.place {
            Some((line, column)) => write!(f, "{path}:{line}:{column}: {message}"),
            None => write!(f, "{path}: {message}"),
        }
    }
}

/// The largest `exercises.toml` read: even a library of every exercise there is stays far
/// below it.
const MAX_LIBRARY_MB: u64 = 10;

/// The exercise library the advice draws on: the built-in one plus `<config>/exercises.toml`
/// when that file exists. A file that cannot be read or parsed is returned as an error beside
/// the built-in library, so the programmes can still be checked.
pub(super) fn library(config: &Path) -> (Library, Option<LibraryError>) {
    let file = config.join("exercises.toml");
    let path = file.display().to_string();
    let bytes = match plain_file::read(&file, MAX_LIBRARY_MB) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Library::built_in(), None),
        Err(e) => {
            let message = format!("cannot read it: {e}");
            return (Library::built_in(), Some(LibraryError { path, place: None, message }));
        }
    };
    let text = match plain_file::utf8(bytes) {
        Ok(text) => text,
        Err(bad) => {
            let (place, message) = (Some((bad.line, bad.column)), bad.to_string());
            return (Library::built_in(), Some(LibraryError { path, place, message }));
        }
    };
    match Library::built_in().with_user(&text, &path) {
        Ok(library) => (library, None),
        Err(e) => (Library::built_in(), Some(split_place(&path, &e))),
    }
}

/// Splits the library's `path:line:col: message` back into its parts for JSON.
fn split_place(path: &str, error: &str) -> LibraryError {
    let placed = error.strip_prefix(path).and_then(|rest| {
        let (line, rest) = rest.strip_prefix(':')?.split_once(':')?;
        let (column, message) = rest.split_once(": ")?;
        Some(((line.parse().ok()?, column.parse().ok()?), message))
    });
    let (place, message) = match placed {
        Some((place, message)) => (Some(place), message),
        None => (None, error),
    };
    LibraryError { path: path.to_string(), place, message: message.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_errors_split_into_place_and_message_and_print_back_the_same() {
        let e = split_place("/c/exercises.toml", "/c/exercises.toml:3:9: unknown muscle `legz`");
        assert_eq!(e.place, Some((3, 9)));
        assert_eq!(e.message, "unknown muscle `legz`");
        assert_eq!(e.to_string(), "/c/exercises.toml:3:9: unknown muscle `legz`");
        let odd = split_place("/c/exercises.toml", "something else");
        assert_eq!(
            (odd.place, odd.to_string()),
            (None, "/c/exercises.toml: something else".into())
        );
    }

    #[test]
    fn minutes_round_to_the_nearest() {
        assert_eq!(minutes(Duration::from_secs(29)), 0);
        assert_eq!(minutes(Duration::from_secs(90)), 2);
        assert_eq!(minutes(Duration::from_secs(52 * 60 + 10)), 52);
    }
}

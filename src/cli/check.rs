//! `liftpace check FILE...`: loads every file, coaches the valid ones, and writes the findings
//! as text (report on stdout, warnings and errors rendered with their line on stderr) or as
//! one JSON document (`cli::json`). Reads the named files and the user's exercise library;
//! must never write anything but its report.

use std::path::{Path, PathBuf};

use super::coach::{self, Coached, LibraryError, minutes};
use super::{Format, json, stderr_color};
use crate::catalog;
use crate::core::library::Library;
use crate::core::programme::load::{self, LoadError};

/// What `check` found in one file.
#[derive(Debug)]
pub(super) struct Checked {
    /// The file as the user named it.
    pub path: String,
    /// Whether and how it loaded.
    pub outcome: Outcome,
}

/// The three ways a file can fare.
#[derive(Debug)]
pub(super) enum Outcome {
    /// It could not be read at all; the reason.
    Unreadable(String),
    /// It was read but is not a usable programme.
    Invalid(LoadError),
    /// It loaded; boxed because a coached programme is large beside the other two.
    Valid(Box<Coached>),
}

impl Checked {
    /// Neither unreadable nor invalid (warnings are fine).
    pub fn ok(&self) -> bool {
        matches!(self.outcome, Outcome::Valid(_))
    }
}

/// Checks `files` and writes the findings in `format`. True when every file is a valid
/// programme and the user's exercise library (if any) is usable: exit 0, else exit 1.
pub(super) fn run(files: &[PathBuf], format: Format, config: &Path) -> bool {
    let (library, library_error) = coach::library(config);
    let checked: Vec<Checked> = files.iter().map(|path| examine(path, &library)).collect();
    match format {
        Format::Text => print_text(&checked, library_error.as_ref()),
        Format::Json => println!("{}", json::document(&checked, library_error.as_ref())),
    }
    library_error.is_none() && checked.iter().all(Checked::ok)
}

fn examine(path: &Path, library: &Library) -> Checked {
    let outcome = match catalog::read_file(path) {
        Err(e) => Outcome::Unreadable(e.to_string()),
        Ok(source) => match coach::coach(&source, library) {
            Ok(coached) => Outcome::Valid(Box::new(coached)),
            Err(error) => Outcome::Invalid(error),
        },
    };
    Checked { path: path.display().to_string(), outcome }
}

fn print_text(checked: &[Checked], library_error: Option<&LibraryError>) {
    if let Some(e) = library_error {
        eprintln!("liftpace: {e}\n(advice below names built-in exercises only until it is fixed)");
    }
    let color = stderr_color();
    for (i, file) in checked.iter().enumerate() {
        if i > 0 {
            println!();
        }
        match &file.outcome {
            Outcome::Unreadable(reason) => eprintln!("liftpace: {reason}"),
            Outcome::Invalid(error) => eprint!("{}", load::render(error, color)),
            Outcome::Valid(coached) => print_coached(&file.path, coached, color),
        }
    }
}

/// The summary line, the guideline report, the day lengths, then every warning.
fn print_coached(path: &str, coached: &Coached, color: bool) {
    println!("{path}: ok — {}", coached.summary());
    println!();
    for line in coached.report.to_string().lines() {
        println!("  {line}");
    }
    println!();
    println!("  Estimated length (sets, rests, countdowns and time to log each set):");
    for (name, length) in &coached.days {
        // "Day A" reads better than a bare "A"; "Upper A" needs no "Day" before it.
        let day = if name.chars().count() <= 2 { format!("Day {name}") } else { name.clone() };
        println!("  {day}: about {} min", minutes(*length));
    }
    if let Some(caution) = coached.caution() {
        println!();
        println!("  {caution}");
    }
    for warning in &coached.loaded.warnings {
        eprint!("{}", load::render(warning, color));
    }
}

//! `liftpace check PROGRAMME...`: loads every programme (a file, or a built-in or user
//! programme's name), coaches the valid ones, and writes the findings as text (report on
//! stdout, warnings and errors rendered with their line on stderr) or as one JSON document
//! (`cli::json`). Also checks the settings and the user's exercise library. Reads files; must
//! never write anything but its report.

use std::path::Path;

use super::coach::{self, Coached, LibraryError, minutes};
use super::config::Effective;
use super::{Format, json, say};
use crate::catalog;
use crate::core::library::Library;
use crate::core::programme::load::{self, LoadError};

/// What `check` found in one file.
#[derive(Debug)]
pub(super) struct Checked {
    /// The programme as the user named it: a path or a name.
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

/// Checks `programmes` and writes the findings in `format`, diagnostics in colour when
/// `color`. True when every one is a valid programme and the settings and the user's exercise
/// library (if any) are usable: exit 0, else exit 1.
pub(super) fn run(
    programmes: &[String],
    format: Format,
    config: &Path,
    settings: &Effective,
    color: bool,
) -> bool {
    let (library, library_error) = coach::library(config);
    let checked: Vec<Checked> =
        programmes.iter().map(|arg| examine(arg, config, &library)).collect();
    match format {
        Format::Text => {
            settings.report(color);
            print_text(&checked, library_error.as_ref(), color)
        }
        Format::Json => {
            let document = json::document(&checked, library_error.as_ref(), settings, config);
            println!("{document}")
        }
    }
    settings.problems.is_empty() && library_error.is_none() && checked.iter().all(Checked::ok)
}

fn examine(arg: &str, config: &Path, library: &Library) -> Checked {
    let outcome = match catalog::resolve(Some(arg), config) {
        Err(e) => Outcome::Unreadable(e.to_string()),
        Ok(source) => match coach::coach(&source, library) {
            Ok(coached) => Outcome::Valid(Box::new(coached)),
            Err(error) => Outcome::Invalid(error),
        },
    };
    Checked { path: arg.to_string(), outcome }
}

fn print_text(checked: &[Checked], library_error: Option<&LibraryError>, color: bool) {
    if let Some(e) = library_error {
        say::error(&format!("{e}\n(advice below names built-in exercises only until it is fixed)"));
    }
    for (i, file) in checked.iter().enumerate() {
        if i > 0 {
            println!();
        }
        match &file.outcome {
            Outcome::Unreadable(reason) => say::error(reason),
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

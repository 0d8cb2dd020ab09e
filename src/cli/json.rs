//! `liftpace check --format json`: the findings as one JSON document for tools and editors.
//! Only shapes data `check` already found; must never print, read files or decide anything.
//!
//! The format is stable: fields may be added, never renamed, removed or retyped.
//!
//! ```text
//! {
//!   "files": [                          one entry per FILE, in the order given
//!     {
//!       "path": "programs/full-body.toml",   as written on the command line
//!       "ok": true,                     false when the file is unreadable or has any error
//!       "programme": {                  null unless ok
//!         "name": "Full body, twice a week",
//!         "sessions_per_week": 2,
//!         "days": [{ "name": "A", "estimated_minutes": 52 }]   rounded whole minutes
//!       },
//!       "guideline": {                  null unless ok
//!         "meets": true,                every group meets 2+ sets of 8-12 on 2+ days a week
//!         "groups": [                   the seven groups, always in this order: legs, hips,
//!           {                           back, abdomen, chest, shoulders, arms
//!             "muscle": "legs",
//!             "sets_per_week": 5.0,     averages over the day rotation, so may be fractional
//!             "days_per_week": 2.0,
//!             "partial_sets_per_week": 0.0,   sets of a range only partly in 8-12; never count
//!             "meets": true
//!           }
//!         ],
//!         "suggestions": ["back: no sets — add a back exercise ..."]   one per gap
//!       },
//!       "caution": "Braced: ... Don't brace if ...",   null unless an exercise is braced
//!       "warnings": [ PROBLEM ],        legal but probably a mistake; never fail the check
//!       "errors": [ PROBLEM ]           each makes "ok" false
//!     }
//!   ],
//!   "exercise_library": null,           or, when <config dir>/exercises.toml exists:
//!                                       { "path": "...", "ok": bool, "errors": [ PROBLEM ] }
//!   "settings": null                    or, when config.toml or a LIFTPACE_* variable has
//!                                       errors: { "path": "<config dir>/config.toml",
//!                                       "ok": false, "errors": [ PROBLEM ] }
//! }
//!
//! PROBLEM = { "message": "...", "line": 12, "column": 9, "help": "..." }
//!   line and column are one-based; both are null for a problem with no place in the file
//!   (an unreadable file, a day that is too long); help is null when there is none.
//! ```
//!
//! The exit status is as for text: 0 when every file (and the exercise library) is ok, even
//! with warnings; 1 otherwise. Nothing but this document is written to stdout, nothing at all
//! to stderr.

use serde::Serialize;

use super::check::{Checked, Outcome};
use super::coach::{Coached, LibraryError, minutes};
use super::config::{self, Effective};
use crate::core::programme::load::Problem;
use crate::settings::file;

#[derive(Serialize)]
struct Document<'a> {
    files: Vec<File<'a>>,
    exercise_library: Option<SideFile>,
    settings: Option<SideFile>,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    ok: bool,
    programme: Option<ProgrammeJson<'a>>,
    guideline: Option<Guideline<'a>>,
    caution: Option<String>,
    warnings: Vec<ProblemJson>,
    errors: Vec<ProblemJson>,
}

#[derive(Serialize)]
struct ProgrammeJson<'a> {
    name: &'a str,
    sessions_per_week: u32,
    days: Vec<DayJson<'a>>,
}

#[derive(Serialize)]
struct DayJson<'a> {
    name: &'a str,
    estimated_minutes: u64,
}

#[derive(Serialize)]
struct Guideline<'a> {
    meets: bool,
    groups: Vec<Group>,
    suggestions: Vec<&'a str>,
}

#[derive(Serialize)]
struct Group {
    muscle: &'static str,
    sets_per_week: f64,
    days_per_week: f64,
    partial_sets_per_week: f64,
    meets: bool,
}

#[derive(Serialize)]
struct ProblemJson {
    message: String,
    line: Option<usize>,
    column: Option<usize>,
    help: Option<String>,
}

/// A file beside the programmes that `check` also reads: the exercise library or the settings.
#[derive(Serialize)]
struct SideFile {
    path: String,
    ok: bool,
    errors: Vec<ProblemJson>,
}

/// The whole document for what `check` found, as one line of JSON.
pub(super) fn document(
    checked: &[Checked],
    library_error: Option<&LibraryError>,
    settings: &Effective,
    config_dir: &std::path::Path,
) -> String {
    let errors: Vec<ProblemJson> = settings
        .problems
        .iter()
        .flat_map(|p| match p {
            config::Problem::Report(e) => e.problems().iter().map(problem).collect(),
            config::Problem::Plain(why) => vec![unplaced(why, None)],
        })
        .collect();
    let settings = (!errors.is_empty()).then(|| SideFile {
        path: file::path(config_dir).display().to_string(),
        ok: false,
        errors,
    });
    let document = Document {
        settings,
        files: checked.iter().map(file).collect(),
        exercise_library: library_error.map(|e| SideFile {
            path: e.path.clone(),
            ok: false,
            errors: vec![ProblemJson {
                message: e.message.clone(),
                line: e.place.map(|(line, _)| line),
                column: e.place.map(|(_, column)| column),
                help: None,
            }],
        }),
    };
    // Plain structs of strings and numbers cannot fail to serialise (serde_json writes even a
    // non-finite number, as null); the fallback only keeps stdout valid JSON regardless.
    serde_json::to_string(&document).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn file(checked: &Checked) -> File<'_> {
    let mut out = File {
        path: &checked.path,
        ok: checked.ok(),
        programme: None,
        guideline: None,
        caution: None,
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    match &checked.outcome {
        Outcome::Unreadable(reason) => out.errors.push(unplaced(reason, None)),
        Outcome::Invalid(error) => out.errors = error.problems().iter().map(problem).collect(),
        Outcome::Valid(coached) => {
            out.programme = Some(programme(coached));
            out.guideline = Some(guideline(coached));
            out.caution = coached.caution();
            out.warnings = coached.loaded.warnings.iter().map(problem).collect();
        }
    }
    out
}

fn programme(coached: &Coached) -> ProgrammeJson<'_> {
    let p = &coached.loaded.programme;
    let days = coached
        .days
        .iter()
        .map(|(name, length)| DayJson { name, estimated_minutes: minutes(*length) })
        .collect();
    ProgrammeJson { name: &p.name, sessions_per_week: p.sessions_per_week, days }
}

fn guideline(coached: &Coached) -> Guideline<'_> {
    let report = &coached.report;
    let groups = report
        .groups
        .iter()
        .map(|g| Group {
            muscle: g.muscle.as_str(),
            sets_per_week: g.sets_per_week,
            days_per_week: g.days_per_week,
            partial_sets_per_week: g.partial_sets_per_week,
            meets: g.meets,
        })
        .collect();
    let suggestions = report.suggestions.iter().map(|s| s.text.as_str()).collect();
    Guideline { meets: report.meets(), groups, suggestions }
}

fn problem(p: &Problem) -> ProblemJson {
    let (line, column) = p.line_col();
    let help = Some(p.hint().to_string()).filter(|h| !h.is_empty());
    ProblemJson { message: p.message().to_string(), line: Some(line), column: Some(column), help }
}

fn unplaced(message: &str, help: Option<&str>) -> ProblemJson {
    ProblemJson {
        message: message.to_string(),
        line: None,
        column: None,
        help: help.map(str::to_string),
    }
}

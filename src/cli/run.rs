//! `liftpace run` and the home screen: the programme and day the lifter asked for, the theme
//! settled (asking the terminal for `auto` before anything else reads from it), then the
//! launch. Must never pace or record anything itself.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::config::Effective;
use super::{Cli, coach, data_dir, say};
use crate::catalog::{self, Source};
use crate::core::library::Library;
use crate::core::programme::Programme;
use crate::core::programme::load::{self, Loaded};
use crate::core::spelling::closest;
use crate::launch::{self, Start};
use crate::runtime::{self, Output};
use crate::settings::ThemeChoice;
use crate::settings::background::{self, Background};
use crate::ui::{Palette, Theme};

/// `liftpace run [PROGRAMME] [--day NAME]`.
pub(super) fn workout(
    cli: &Cli,
    programme: Option<&str>,
    day: Option<&str>,
    config: &Path,
    settings: &Effective,
) -> Result<ExitCode, String> {
    let source = catalog::resolve(programme, config).map_err(|e| e.to_string())?;
    let library = user_library(config);
    let Some(loaded) = load_reporting(&source, &library, cli.stderr_color()) else {
        return Ok(ExitCode::FAILURE);
    };
    let mut programme = loaded.programme;
    settings.resolved.settings.fill_in(&mut programme, &source.text);
    let day = day.map(|wanted| day_named(&programme, wanted)).transpose()?;
    let start = Start::Workout { source, programme: Box::new(programme), day, library };
    start_app(cli, start, settings)
}

/// `liftpace breathe`: the app opened on a breathing screen.
pub(super) fn breathing(
    cli: &Cli,
    breathing: crate::launch::Breathing,
    settings: &Effective,
) -> Result<ExitCode, String> {
    start_app(cli, Start::Breathing(breathing), settings)
}

/// `liftpace` alone: the home screen.
pub(super) fn home(cli: &Cli, config: PathBuf, settings: &Effective) -> Result<ExitCode, String> {
    let library = user_library(&config);
    start_app(cli, Start::Home { config_dir: config, library }, settings)
}

/// The programme's own spelling of the day `wanted` names in any letter case; else an error
/// with a "did you mean" when one is close, and the days there are.
fn day_named(programme: &Programme, wanted: &str) -> Result<String, String> {
    let names: Vec<&str> = programme.days.iter().map(|d| d.name.as_str()).collect();
    let wanted = wanted.trim();
    if let Some(found) = names.iter().find(|n| n.to_lowercase() == wanted.to_lowercase()) {
        return Ok(found.to_string());
    }
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let hint = closest(wanted, lower.iter().map(String::as_str))
        .and_then(|l| lower.iter().position(|n| n == l))
        .map_or(String::new(), |i| format!(" (did you mean `{}`?)", names[i]));
    Err(format!(
        "`{}` has no day called `{wanted}`{hint}; its days are {}",
        programme.name,
        names.join(", ")
    ))
}

/// How a finished app exits: 128 + the signal's number when SIGTERM, SIGHUP or SIGINT ended
/// it, else 0.
fn ended() -> ExitCode {
    runtime::ended_by_signal().map_or(ExitCode::SUCCESS, |n| ExitCode::from(128 + n as u8))
}

/// The `device` setting, which names this machine's journal.
fn prefs_device(settings: &Effective) -> Option<&str> {
    settings.resolved.settings.device.as_deref()
}

/// Runs the app with the settings in effect, settling `theme = "auto"` by asking the terminal
/// before anything else reads from it.
fn start_app(cli: &Cli, start: Start, settings: &Effective) -> Result<ExitCode, String> {
    let data = data_dir(cli, prefs_device(settings))?;
    let prefs = &settings.resolved.settings;
    let output = if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        // Plain lines: no full-screen drawing, no colour, no question to the terminal.
        Output::Lines
    } else if cli.color_wanted() {
        Output::Screen(Theme::of(palette(prefs.theme)))
    } else {
        Output::Screen(Theme::plain())
    };
    let config = super::config_dir(cli);
    launch::run(start, &data, prefs, output, settings.notice(), &config).map(|()| ended())
}

/// The palette for `choice`; `auto` asks the terminal, briefly, and falls back to dark.
fn palette(choice: ThemeChoice) -> Palette {
    match choice {
        ThemeChoice::Dark => Palette::Dark,
        ThemeChoice::Light => Palette::Light,
        ThemeChoice::HighContrast => Palette::HighContrast,
        ThemeChoice::Auto => match background::query(background::TIMEOUT) {
            Some(Background::Light) => Palette::Light,
            Some(Background::Dark) | None => Palette::Dark,
        },
    }
}

/// The exercise library for a workout: a broken `exercises.toml` should not stop anyone
/// training, so it is reported and the built-in library used (`check` fails on it instead).
pub(super) fn user_library(config: &std::path::Path) -> Library {
    let (library, problem) = coach::library(config);
    if let Some(problem) = problem {
        say::warning(&format!("{problem}; using the built-in exercise library"));
    }
    library
}

/// Loads a programme, printing its warnings or errors to stderr.
fn load_reporting(source: &Source, library: &Library, color: bool) -> Option<Loaded> {
    match load::load_with(&source.text, &source.origin, library) {
        Ok(loaded) => {
            for warning in &loaded.warnings {
                eprint!("{}", load::render(warning, color));
            }
            Some(loaded)
        }
        Err(error) => {
            eprint!("{}", load::render(&error, color));
            None
        }
    }
}

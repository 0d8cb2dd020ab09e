//! The settings every command runs with (file, environment and flags, layered by
//! `settings::resolve`), and the commands about them: `liftpace config` (every value in effect
//! and where it came from), `config --init` and `schema --config`. Reads `config.toml` through
//! `settings::file`; must never change a setting itself.

use std::path::Path;

use clap::ArgMatches;
use clap::parser::ValueSource;

use super::{Cli, ColorWhen, say};
use crate::core::programme::load::{self, LoadError};
use crate::settings::file::{self, Found};
use crate::settings::{Flags, Layer, Resolved, layers, resolve, shown};

/// What is wrong with the settings.
pub(super) enum Problem {
    /// A value in the file or the environment, with its place.
    Report(LoadError),
    /// The file cannot be read at all.
    Plain(String),
}

/// The settings in effect, and anything that had to be left out to get them.
pub(super) struct Effective {
    /// The values and their origins.
    pub resolved: Resolved,
    /// Problems found; a broken file counts as absent, a bad variable as unset.
    pub problems: Vec<Problem>,
}

/// Reads `<config_dir>/config.toml` and the `LIFTPACE_*` variables and lays `flags` on top.
pub(super) fn load(config_dir: &Path, flags: &Flags) -> Effective {
    let mut problems = Vec::new();
    let file_layer = match file::read(config_dir) {
        Found::Missing => Layer::default(),
        Found::Read(layer) => layer,
        Found::Broken(e) => {
            problems.push(Problem::Report(e));
            Layer::default()
        }
        Found::Unreadable(why) => {
            problems.push(Problem::Plain(why));
            Layer::default()
        }
    };
    let (env, env_errors) = layers::environment(|var| std::env::var(var).ok());
    problems.extend(env_errors.into_iter().map(Problem::Report));
    Effective { resolved: resolve(&[file_layer, env, flags.layer()]), problems }
}

impl Effective {
    /// Prints every problem as a report on stderr. Returns whether there were none.
    pub fn report(&self, color: bool) -> bool {
        for problem in &self.problems {
            match problem {
                Problem::Report(e) => eprint!("{}", load::render(e, color)),
                Problem::Plain(why) => say::error(why),
            }
        }
        self.problems.is_empty()
    }

    /// What the first screen says, once, when the settings had problems.
    pub fn notice(&self) -> Option<&'static str> {
        (!self.problems.is_empty()).then_some(
            "Settings have errors, so defaults are used for them: `liftpace config` shows them.",
        )
    }
}

/// `liftpace config`: the file's path, the folders, then every key with its value and origin.
/// False (exit 1) when the file or a variable has errors, which are reported on stderr.
pub(super) fn show(
    cli: &Cli,
    matches: &ArgMatches,
    config_dir: &Path,
    effective: &Effective,
) -> bool {
    let path = file::path(config_dir);
    let state = if path.exists() {
        ""
    } else {
        " (not there yet: `liftpace config --init` writes a commented one)"
    };
    println!("Settings file: {}{state}", path.display());
    println!("Config folder: {} ({})", config_dir.display(), source(matches, "config_dir"));
    let device = effective.resolved.settings.device.as_deref();
    match super::data_dir(cli, device) {
        Ok(data) => {
            let shown = data.path().display();
            println!("Data folder:   {shown} ({})", source(matches, "data_dir"));
            println!("Journal:       {}", data.journal_path().display());
        }
        Err(why) => println!("Data folder:   none ({why})"),
    }
    println!();
    for line in shown::listing(&effective.resolved) {
        println!("{line}");
    }
    println!("{}", color_line(cli));
    if !effective.problems.is_empty() {
        println!(
            "\nLeft out above: a settings file with an error (all of it), a variable with one:"
        );
    }
    effective.report(cli.stderr_color())
}

/// Where a folder came from, in `liftpace config`'s words.
fn source(matches: &ArgMatches, id: &str) -> &'static str {
    match matches.value_source(id) {
        Some(ValueSource::CommandLine) => "flag",
        Some(ValueSource::EnvVariable) => "environment",
        _ => "default",
    }
}

/// The colour line: `--color` is not a setting of the file, but it is in effect all the same.
fn color_line(cli: &Cli) -> String {
    let (word, origin) = match cli.color {
        Some(when) => {
            let word = match when {
                ColorWhen::Auto => "auto",
                ColorWhen::Always => "always",
                ColorWhen::Never => "never",
            };
            (word, "flag --color".to_string())
        }
        None if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            ("never", "environment NO_COLOR".into())
        }
        None if std::env::var_os("TERM").is_some_and(|t| t == "dumb") => {
            ("never", "environment TERM=dumb".into())
        }
        None => ("auto", "default".into()),
    };
    format!("(colour: {word}, {origin})")
}

/// `liftpace config --init`.
pub(super) fn init(config_dir: &Path) -> Result<(), String> {
    let path = file::init(config_dir)?;
    println!("Wrote {} with every setting commented out.", path.display());
    println!("Uncomment a line to change it; `liftpace config` shows what is in effect.");
    Ok(())
}

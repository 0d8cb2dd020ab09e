//! The command line: clap definitions and the thin glue that turns each command into calls on
//! the library. Prints reports and picks exit statuses (0 ok, 1 programme/data/file error,
//! 2 usage, which clap handles); holds no logic of its own.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::catalog::{self, Source};
use crate::core::programme::Programme;
use crate::core::programme::load::{self, Loaded};
use crate::core::session::Settings;
use crate::runtime::{self, Start};
use crate::storage;

/// A terminal strength coach with guided breathing.
#[derive(Debug, Parser)]
#[command(name = "liftpace", version, about, long_about = None)]
pub struct Cli {
    /// Where results (history.jsonl) are kept.
    #[arg(long, global = true, env = "LIFTPACE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Where config.toml and your own programs/ folder live.
    #[arg(long, global = true, env = "LIFTPACE_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// What to do; without one, the home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a workout at once.
    Run {
        /// A .toml file, or the name of a built-in or user programme (default: full-body).
        programme: Option<String>,
        /// The day to do (default: the one after the last done).
        #[arg(long, value_name = "NAME")]
        day: Option<String>,
        /// Seconds of get-ready countdown before each set.
        #[arg(long, value_name = "SECS", default_value_t = 3, value_parser = clap::value_parser!(u64).range(0..=60))]
        countdown: u64,
    },
    /// Validate programmes without starting anything.
    Check {
        /// Programme files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the programmes liftpace can find, with their paths.
    Programs,
    /// Print the JSON Schema of programme files, for editor completion and checking.
    Schema,
}

/// Whether to colour output: `NO_COLOR` (any non-empty value) turns colour off.
pub fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("liftpace: {message}");
            ExitCode::FAILURE
        }
    }
}

fn data_dir(cli: &Cli) -> Result<PathBuf, String> {
    cli.data_dir.clone().or_else(storage::default_data_dir).ok_or_else(|| {
        "no home directory to keep results in: pass --data-dir or set LIFTPACE_DATA_DIR".into()
    })
}

fn config_dir(cli: &Cli) -> PathBuf {
    // Without a home directory there is simply no user programme folder.
    cli.config_dir.clone().or_else(storage::default_config_dir).unwrap_or_default()
}

fn dispatch(cli: Cli) -> Result<ExitCode, String> {
    let config = config_dir(&cli);
    match &cli.command {
        Some(Command::Check { files }) => Ok(check(files)),
        Some(Command::Schema) => {
            println!("{:#}", load::schema());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Programs) => {
            programs(&config);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Run { programme, day, countdown }) => {
            let source =
                catalog::resolve(programme.as_deref(), &config).map_err(|e| e.to_string())?;
            let Some(loaded) = load_reporting(&source) else { return Ok(ExitCode::FAILURE) };
            let settings = Settings { countdown: Duration::from_secs(*countdown) };
            let start =
                Start::Workout { source, programme: Box::new(loaded.programme), day: day.clone() };
            runtime::run(start, &data_dir(&cli)?, settings).map(|()| ExitCode::SUCCESS)
        }
        None => {
            let start = Start::Home { config_dir: config };
            runtime::run(start, &data_dir(&cli)?, Settings::default()).map(|()| ExitCode::SUCCESS)
        }
    }
}

/// Loads a programme, printing its warnings or errors to stderr.
fn load_reporting(source: &Source) -> Option<Loaded> {
    let color = color_wanted() && std::io::stderr().is_terminal();
    match load::load(&source.text, &source.origin) {
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

/// `liftpace check`: a line per valid file, every warning and every error.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        let source = match catalog::read_file(path) {
            Ok(source) => source,
            Err(e) => {
                eprintln!("liftpace: {e}");
                ok = false;
                continue;
            }
        };
        match load_reporting(&source) {
            Some(loaded) => println!("{}: ok — {}", source.origin, describe(&loaded)),
            None => ok = false,
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// "2 days, 15 exercises, 37 sets, 2 a week": a programme's size in a few words.
pub fn describe_programme(p: &Programme) -> String {
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let exercises: usize = p.days.iter().map(|d| d.exercises.len()).sum();
    let sets: u32 = p.days.iter().flat_map(|d| &d.exercises).map(|e| e.sets).sum();
    format!(
        "{}, {}, {}, {} a week",
        plural(p.days.len(), "day"),
        plural(exercises, "exercise"),
        plural(sets as usize, "set"),
        p.sessions_per_week
    )
}

/// The programme's description plus how many warnings it has.
fn describe(loaded: &Loaded) -> String {
    let warnings = match loaded.warnings.len() {
        0 => String::new(),
        1 => ", 1 warning".into(),
        n => format!(", {n} warnings"),
    };
    format!("{}: {}{warnings}", loaded.programme.name, describe_programme(&loaded.programme))
}

/// `liftpace programs`: every programme found, its name and where it lives.
fn programs(config: &std::path::Path) {
    for found in catalog::all(config) {
        match found {
            Ok(source) => {
                let status = match load::load(&source.text, &source.origin) {
                    Ok(loaded) => describe(&loaded),
                    Err(_) => format!("has errors: run `liftpace check {}`", source.origin),
                };
                let place = if source.built_in { "built-in".to_string() } else { source.origin };
                println!("{:<20} {status}\n{:<20} {place}", source.name, "");
            }
            Err(e) => println!("{e}"),
        }
    }
    println!("\nYour own programmes go in {}", config.join("programs").display());
}

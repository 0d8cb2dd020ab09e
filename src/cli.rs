//! The command line: clap definitions and the thin glue that turns each command into calls on
//! the library, picking exit statuses (0 ok, 1 programme/data/file error, 2 usage, which clap
//! handles). What `check`, `programs` and `new` print lives in `cli/`, one file each; this file
//! must stay a dispatcher and hold no logic of its own.

mod breathe;
mod check;
mod coach;
mod export;
mod import;
mod json;
mod new;
mod programs;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalog::{self, Source};
use crate::core::breathing::RESONANCE_RATE;
use crate::core::library::Library;
use crate::core::programme::load::{self, Loaded};
use crate::core::safety::{CRISIS_LINE, NOT_MEDICAL_ADVICE};
use crate::core::session::{self, Settings};
use crate::core::words::Units;
use crate::launch::{self, Start};
use crate::runtime;
use crate::storage;

/// A terminal strength coach with guided breathing.
#[derive(Debug, Parser)]
#[command(name = "liftpace", version, about, long_about = None, after_help = wellbeing())]
pub struct Cli {
    /// Where results (one history.<device>.jsonl per machine) are kept.
    #[arg(long, global = true, env = "LIFTPACE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Where config.toml, exercises.toml and your own programs/ folder live.
    #[arg(long, global = true, env = "LIFTPACE_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// What to do; without one, the home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What liftpace is not and where to turn, under `liftpace --help`.
fn wellbeing() -> String {
    format!("{NOT_MEDICAL_ADVICE}\n\n{CRISIS_LINE}")
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
        #[arg(long, value_name = "SECS", default_value_t = session::COUNTDOWN_SECS, value_parser = clap::value_parser!(u64).range(0..=60))]
        countdown: u64,
    },
    /// Validate programmes and coach them: guideline report, day lengths, warnings, errors.
    Check {
        /// Programme files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// `text` for people, `json` (one document on stdout) for tools and editors.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the programmes liftpace can find, with their guideline verdict and paths.
    Programs,
    /// Write a commented programme to start from (never overwrites a file).
    New {
        /// The file to create; its folder must already exist.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Copy this programme instead of the template: a built-in or user programme name,
        /// or a path to a .toml file.
        #[arg(long, value_name = "PROGRAMME")]
        from: Option<String>,
    },
    /// Print the JSON Schema of programme files, for editor completion and checking.
    Schema,
    /// A breathing session on its own, full window.
    Breathe {
        /// A built-in pattern or one a programme defines (default: resonance, at your rate).
        pattern: Option<String>,
        /// How long, in minutes (`+` and `-` change it as you go).
        #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
        minutes: u64,
        /// Explain every pattern: timing, what it is for, where it comes from.
        #[arg(long, conflicts_with_all = ["pattern", "find"])]
        list: bool,
        /// Find your own resonance rate: 2 minutes each at 6.5 down to 4.5 breaths a minute,
        /// rating the comfort of each (a comfort estimate: there is no heart-rate sensor).
        #[arg(long, conflicts_with = "pattern")]
        find: bool,
    },
    /// Bring in your history from Strong or Hevy (their CSV export); importing the same file
    /// again adds nothing.
    Import {
        /// The app the file was exported from.
        #[arg(value_enum)]
        app: ImportApp,
        /// The exported CSV file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The unit of weights for a file that does not say (Strong's classic layout).
        #[arg(long, value_enum)]
        unit: Option<UnitArg>,
        /// Show what would be added, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write your history to stdout: a CSV of sets, the records as JSON Lines, or Hevy's layout.
    Export {
        /// `csv` (one row per set), `json` (the records) or `hevy` (Hevy's workout CSV).
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// Only sessions from this date on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
}

/// What `liftpace export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One row per set, with the session's date, programme and day.
    Csv,
    /// The records as JSON Lines, corrections applied.
    Json,
    /// Hevy's workout CSV, for apps that read it.
    Hevy,
}

/// The apps `liftpace import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportApp {
    /// Strong (iOS or Android): Settings, Export Data.
    Strong,
    /// Hevy: Profile, Settings, Export & Import Data, Export Workouts.
    Hevy,
}

/// A unit of weight on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitArg {
    /// Kilograms.
    Kg,
    /// Pounds.
    Lb,
}

/// How `liftpace check` writes its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A report for people; problems rendered with the offending line on stderr.
    Text,
    /// One JSON document on stdout and nothing else (see `cli::json` for its shape).
    Json,
}

/// Whether to colour output: `NO_COLOR` (any non-empty value) turns colour off.
pub fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    // Past a file-size limit (`ulimit -f`) the kernel would kill us with SIGXFSZ in the middle
    // of a line, leaving the terminal raw. Ignored, the write fails with EFBIG instead, and a
    // set shows NOT SAVED like any other failed write.
    // SAFETY: ignoring a signal has no preconditions.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("liftpace: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The data folder, and this machine's name for its own journal there.
fn data_dir(cli: &Cli) -> Result<storage::DataDir, String> {
    let path =
        cli.data_dir.clone().or_else(storage::default_data_dir).ok_or(
            "no home directory to keep results in: pass --data-dir or set LIFTPACE_DATA_DIR",
        )?;
    // The `device` setting goes here once config.toml has one; until then LIFTPACE_DEVICE or
    // the host name.
    Ok(storage::DataDir::for_this_machine(path, None))
}

fn config_dir(cli: &Cli) -> PathBuf {
    // Without a home directory there is simply no user programme folder.
    cli.config_dir.clone().or_else(storage::default_config_dir).unwrap_or_default()
}

/// How a finished app exits: 128 + the signal's number when SIGTERM, SIGHUP or SIGINT ended
/// it, else 0.
fn ended() -> ExitCode {
    runtime::ended_by_signal().map_or(ExitCode::SUCCESS, |n| ExitCode::from(128 + n as u8))
}

/// 0 when `ok`, else 1.
fn exit(ok: bool) -> ExitCode {
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn dispatch(cli: Cli) -> Result<ExitCode, String> {
    let config = config_dir(&cli);
    let screens = matches!(
        cli.command,
        None | Some(Command::Run { .. }) | Some(Command::Breathe { list: false, .. })
    );
    if !screens {
        // Reports end quietly when their reader goes away (`liftpace schema | head`), as
        // command-line tools do, instead of panicking on a broken pipe. The workout keeps
        // Rust's default so a vanished terminal is an error it can handle.
        // SAFETY: setting a signal's disposition to the default has no preconditions.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    match &cli.command {
        Some(Command::Check { files, format }) => Ok(exit(check::run(files, *format, &config))),
        Some(Command::Programs) => Ok(exit(programs::run(&config))),
        Some(Command::Schema) => {
            println!("{:#}", load::schema());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Breathe { list: true, .. }) => {
            breathe::list(&config, &user_library(&config), RESONANCE_RATE);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Breathe { pattern, minutes, find, .. }) => {
            let session = breathe::Session {
                pattern: pattern.as_deref(),
                minutes: *minutes,
                find: *find,
                rate: RESONANCE_RATE,
            };
            let library = user_library(&config);
            breathe::run(&session, &config, &library, &data_dir(&cli)?, color_wanted())
                .map(|()| ExitCode::SUCCESS)
        }
        Some(Command::New { file, from }) => {
            new::run(file, from.as_deref(), &config).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Import { app, file, unit, dry_run }) => {
            let app = match app {
                ImportApp::Strong => crate::import::App::Strong,
                ImportApp::Hevy => crate::import::App::Hevy,
            };
            let unit = unit.map(|u| match u {
                UnitArg::Kg => Units::Kg,
                UnitArg::Lb => Units::Lb,
            });
            let request = import::Request { app, file, unit, dry_run: *dry_run };
            import::run(&request, &data_dir(&cli)?, &user_library(&config))
                .map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Export { format, since }) => {
            let format = match format {
                ExportFormat::Csv => crate::export::Format::Csv,
                ExportFormat::Json => crate::export::Format::Json,
                ExportFormat::Hevy => crate::export::Format::Hevy,
            };
            export::run(format, *since, &data_dir(&cli)?).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Run { programme, day, countdown }) => {
            let source =
                catalog::resolve(programme.as_deref(), &config).map_err(|e| e.to_string())?;
            let library = user_library(&config);
            let Some(loaded) = load_reporting(&source, &library) else {
                return Ok(ExitCode::FAILURE);
            };
            let settings =
                Settings { countdown: Duration::from_secs(*countdown), ..Settings::default() };
            let start =
                Start::Workout { source, programme: Box::new(loaded.programme), day: day.clone() };
            launch::run(start, &data_dir(&cli)?, settings, color_wanted()).map(|()| ended())
        }
        None => {
            let library = user_library(&config);
            let start = Start::Home { config_dir: config, library };
            launch::run(start, &data_dir(&cli)?, Settings::default(), color_wanted())
                .map(|()| ended())
        }
    }
}

/// Whether diagnostics on stderr may be coloured.
fn stderr_color() -> bool {
    color_wanted() && std::io::stderr().is_terminal()
}

/// The exercise library for a workout: a broken `exercises.toml` should not stop anyone
/// training, so it is reported and the built-in library used (`check` fails on it instead).
fn user_library(config: &std::path::Path) -> Library {
    let (library, problem) = coach::library(config);
    if let Some(problem) = problem {
        eprintln!("liftpace: warning: {problem}; using the built-in exercise library");
    }
    library
}

/// Loads a programme, printing its warnings or errors to stderr.
fn load_reporting(source: &Source, library: &Library) -> Option<Loaded> {
    let color = stderr_color();
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

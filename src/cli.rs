//! The command line: clap definitions and the thin glue that turns each command into calls on
//! the library, picking exit statuses (0 ok, 1 programme/data/file error, 2 usage, which clap
//! handles). What `check`, `programs` and `new` print lives in `cli/`, one file each; this file
//! must stay a dispatcher and hold no logic of its own.

mod breathe;
mod check;
mod coach;
mod completions;
mod config;
mod correct;
mod export;
mod history;
mod import;
mod json;
mod man;
mod new;
mod programs;
mod progress;
mod run;
mod say;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::ArgValueCompleter;
use jiff::civil::Date;

use crate::core::programme::load;
use crate::core::progress::DEFAULT_WEEKS;
use crate::core::safety::{CRISIS_LINE, NOT_MEDICAL_ADVICE};
use crate::core::words::Units;
use crate::settings::layers::Origin;
use crate::settings::{Flags, ThemeChoice};
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
    /// Colour: auto (unless NO_COLOR is set or TERM is dumb), always or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorWhen>,
    /// The screens' colours, instead of `theme` in config.toml.
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeArg>,
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
        #[arg(add = ArgValueCompleter::new(completions::programme))]
        programme: Option<String>,
        /// The day to do, in any letter case (default: the one after the last done).
        #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(completions::day))]
        day: Option<String>,
        /// Seconds of get-ready countdown before each set (default: `countdown` in
        /// config.toml, else 3).
        #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(0..=60))]
        countdown: Option<u64>,
    },
    /// Validate programmes and coach them: guideline report, day lengths, warnings, errors.
    /// Also checks config.toml and exercises.toml.
    Check {
        /// Programmes to check: .toml files, or names of built-in or user programmes.
        #[arg(required = true, value_name = "PROGRAMME", add = ArgValueCompleter::new(completions::programme))]
        programmes: Vec<String>,
        /// `text` for people, `json` (one document on stdout) for tools and editors.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the programmes liftpace can find, with their guideline verdict and paths.
    Programs,
    /// Write a commented programme to start from (never overwrites a file).
    New {
        /// A bare name (`legs`) goes into your programs/ folder as legs.toml; anything with a
        /// `/` is a path, taken as given (its folder must already exist).
        #[arg(value_name = "NAME|FILE")]
        file: String,
        /// Copy this programme instead of the template: a built-in or user programme name,
        /// or a path to a .toml file.
        #[arg(long, value_name = "PROGRAMME", add = ArgValueCompleter::new(completions::programme))]
        from: Option<String>,
    },
    /// Print the JSON Schema of programme files (or, with --config, of config.toml), for
    /// editor completion and checking.
    Schema {
        /// The schema of config.toml instead.
        #[arg(long)]
        config: bool,
    },
    /// Weeks against the plan and the guideline, records and estimated maxes, mood.
    Progress {
        /// Only this exercise (any case; a library alias such as OHP works; else every
        /// exercise whose name contains it).
        exercise: Option<String>,
        /// How many weeks to show, ending with this one.
        #[arg(long, value_name = "N", default_value_t = DEFAULT_WEEKS, value_parser = clap::value_parser!(u32).range(1..=1040))]
        weeks: u32,
        /// Report as if today were DATE (YYYY-MM-DD): the weeks end with DATE's week.
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        until: Option<Date>,
        /// `text` for people, `json` (one document on stdout, see the README) for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Every session and set, for a spreadsheet (CSV) or a program (JSON).
    #[command(group(clap::ArgGroup::new("new_value").multiple(true)))]
    History {
        /// `csv` (one row per set) or `json` (one document).
        #[arg(long, value_enum, default_value_t = HistoryFormat::Csv)]
        format: HistoryFormat,
        /// Only sessions and sets from DATE (YYYY-MM-DD, local) on.
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        since: Option<Date>,
        /// Correct a set saved earlier: SESSION:EXERCISE:SET as the list names it (SET is its
        /// number, `2-left` for a side, `warmup-1` for a warm-up), with the new --reps,
        /// --load, --hold or --rpe. The file gains a correction; nothing is rewritten.
        #[arg(long, value_name = "SET", requires = "new_value", conflicts_with = "void")]
        correct: Option<String>,
        /// Delete a set saved earlier (SESSION:EXERCISE:SET): a correction marks it void, and
        /// every reader treats it as never done.
        #[arg(long, value_name = "SET")]
        void: Option<String>,
        /// With --correct: the reps done.
        #[arg(long, value_name = "N", group = "new_value", requires = "correct")]
        reps: Option<u32>,
        /// With --correct: the load, in the set's unit, or `bodyweight`.
        #[arg(long, value_name = "LOAD", group = "new_value", requires = "correct", value_parser = correct::load_arg)]
        load: Option<correct::LoadArg>,
        /// With --correct: the seconds held (a timed hold).
        #[arg(long, value_name = "SECONDS", group = "new_value", requires = "correct")]
        hold: Option<u32>,
        /// With --correct: the effort, 1 to 10.
        #[arg(long, value_name = "RPE", group = "new_value", requires = "correct", value_parser = correct::rpe_arg)]
        rpe: Option<f64>,
    },
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
        /// The unit of weights for a file that does not say (Strong's classic layout);
        /// default: `units` in config.toml.
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
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        since: Option<Date>,
    },
    /// Show config.toml's path and every setting in effect, with where it came from.
    Config {
        /// Write a commented config.toml to start from (never overwrites one).
        #[arg(long)]
        init: bool,
    },
    /// Print a shell completion script: see the README for where each shell wants it.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: completions::Shell,
    },
    /// Print the manual page (roff): `liftpace man > ~/.local/share/man/man1/liftpace.1`.
    Man,
}

/// How `liftpace history` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// One row per set, with a header row; opens in any spreadsheet.
    Csv,
    /// One JSON document of sets, sessions, check-ins and breathing sessions.
    Json,
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

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour unless NO_COLOR is set, TERM is dumb, or (for messages) stderr is not a terminal.
    Auto,
    /// Colour even then.
    Always,
    /// No colour at all.
    Never,
}

/// The themes `--theme` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Light or dark from the terminal's background (dark when it does not say).
    Auto,
    /// For a dark background.
    Dark,
    /// For a light background.
    Light,
    /// Black and white with one accent colour.
    HighContrast,
}

impl From<ThemeArg> for ThemeChoice {
    fn from(t: ThemeArg) -> Self {
        match t {
            ThemeArg::Auto => ThemeChoice::Auto,
            ThemeArg::Dark => ThemeChoice::Dark,
            ThemeArg::Light => ThemeChoice::Light,
            ThemeArg::HighContrast => ThemeChoice::HighContrast,
        }
    }
}

/// How `liftpace check` writes its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A report for people; problems rendered with the offending line on stderr.
    Text,
    /// One JSON document on stdout and nothing else (its shape is in the README).
    Json,
}

impl Cli {
    /// Whether the screens may use colour: `--color`, else not with `NO_COLOR` (any non-empty
    /// value) or `TERM=dumb`.
    pub fn color_wanted(&self) -> bool {
        match self.color {
            Some(ColorWhen::Always) => true,
            Some(ColorWhen::Never) => false,
            Some(ColorWhen::Auto) | None => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }

    /// Whether diagnostics on stderr may be coloured: as the screens, and only on a terminal
    /// unless `--color always`.
    fn stderr_color(&self) -> bool {
        self.color == Some(ColorWhen::Always)
            || (self.color_wanted() && std::io::stderr().is_terminal())
    }

    /// The settings the flags set.
    fn flags(&self) -> Flags {
        let countdown = match &self.command {
            Some(Command::Run { countdown, .. }) => *countdown,
            _ => None,
        };
        Flags { theme: self.theme.map(ThemeChoice::from), countdown }
    }
}

/// Parses the command line and runs it. A shell asking for completions (`COMPLETE=bash`) is
/// answered first, before anything is written.
pub fn main() -> ExitCode {
    // Past a file-size limit (`ulimit -f`) the kernel would kill us with SIGXFSZ in the middle
    // of a line, leaving the terminal raw. Ignored, the write fails with EFBIG instead, and a
    // set shows NOT SAVED like any other failed write.
    // SAFETY: ignoring a signal has no preconditions.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match dispatch(cli, &matches) {
        Ok(code) => code,
        Err(message) => {
            say::error(&message);
            ExitCode::FAILURE
        }
    }
}

/// The data folder, written to under this machine's name: the `device` setting (file or
/// `LIFTPACE_DEVICE`), else the host name.
pub(crate) fn data_dir(cli: &Cli, device: Option<&str>) -> Result<storage::DataDir, String> {
    let path =
        cli.data_dir.clone().or_else(storage::default_data_dir).ok_or(
            "no home directory to keep results in: pass --data-dir or set LIFTPACE_DATA_DIR",
        )?;
    Ok(storage::DataDir::for_this_machine(path, device))
}

fn config_dir(cli: &Cli) -> PathBuf {
    // Without a home directory there is simply no user programme folder.
    cli.config_dir.clone().or_else(storage::default_config_dir).unwrap_or_default()
}

/// 0 when `ok`, else 1.
fn exit(ok: bool) -> ExitCode {
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn dispatch(cli: Cli, matches: &clap::ArgMatches) -> Result<ExitCode, String> {
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
    let settings = config::load(&config, &cli.flags());
    let prefs = &settings.resolved.settings;
    let data = || data_dir(&cli, prefs.device.as_deref());
    let color = cli.stderr_color();
    match &cli.command {
        Some(Command::Check { programmes, format }) => {
            Ok(exit(check::run(programmes, *format, &config, &settings, color)))
        }
        Some(Command::Programs) => Ok(exit(programs::run(&config, &data()?))),
        Some(Command::Schema { config: false }) => {
            println!("{:#}", load::schema());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Schema { config: true }) => {
            println!("{:#}", crate::settings::keys::schema());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config { init: true }) => config::init(&config).map(|()| ExitCode::SUCCESS),
        Some(Command::Config { init: false }) => {
            Ok(exit(config::show(&cli, matches, &config, &settings)))
        }
        Some(Command::Completions { shell }) => {
            completions::print(*shell).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Man) => man::print().map(|()| ExitCode::SUCCESS),
        Some(Command::Breathe { list: true, .. }) => {
            // A rate the lifter found (or set) is theirs even when it is the usual 5.5.
            let own = settings.resolved.origin("resonance_rate") != Origin::Default;
            let rate = own.then_some(prefs.resonance_rate);
            breathe::list(&config, &run::user_library(&config), rate);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Breathe { pattern, minutes, find, .. }) => {
            let asked = breathe::Session {
                pattern: pattern.as_deref(),
                minutes: *minutes,
                find: *find,
                rate: prefs.resonance_rate,
            };
            let screen = breathe::screen(&asked, &config, &run::user_library(&config))?;
            run::breathing(&cli, screen, &settings)
        }
        Some(Command::New { file, from }) => {
            new::run(file, from.as_deref(), &config, prefs.units).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Progress { exercise, weeks, until, format }) => {
            let request = progress::Request {
                exercise: exercise.as_deref(),
                weeks: *weeks,
                until: until.unwrap_or_else(today),
                format: *format,
            };
            let library = run::user_library(&config);
            progress::run(&request, &data()?, &library).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::History { correct: Some(set), reps, load, hold, rpe, .. }) => {
            let load = load.map(|l| l.0);
            let new = correct::NewValues { reps: *reps, load, hold: *hold, rpe: *rpe };
            correct::run(set, Some(new), &data()?).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::History { void: Some(set), .. }) => {
            correct::run(set, None, &data()?).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::History { format, since, .. }) => {
            history::run(*format, *since, &data()?).map(|()| ExitCode::SUCCESS)
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
            // A file that does not say takes `units` from the settings, when they set it.
            let from_settings = settings.resolved.origins.contains_key("units");
            let unit = unit.or(from_settings.then_some(prefs.units));
            let request = import::Request { app, file, unit, dry_run: *dry_run };
            import::run(&request, &data()?, &run::user_library(&config)).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Export { format, since }) => {
            let format = match format {
                ExportFormat::Csv => crate::export::Format::Csv,
                ExportFormat::Json => crate::export::Format::Json,
                ExportFormat::Hevy => crate::export::Format::Hevy,
            };
            export::run(format, *since, &data()?).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Run { programme, day, .. }) => {
            run::workout(&cli, programme.as_deref(), day.as_deref(), &config, &settings)
        }
        None => run::home(&cli, config, &settings),
    }
}

/// Today in the local time zone: the week a report ends with.
fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// A date on the command line, as liftpace writes dates: the parser's own words ("four digit
/// integer as year") mean nothing to a lifter who typed "yesterday".
fn date_arg(text: &str) -> Result<Date, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, as in 2026-01-31"))
}

//! The runtime: the only place with a clock, the terminal, signals and files open. Prepares a
//! workout (journal opened and proven writable, history read) before the terminal is taken,
//! then runs the event loop on a current-thread tokio runtime and always gives the terminal
//! back.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use crate::catalog::{self, Source};
use crate::core::home::{Home, HomeEntry};
use crate::core::library::Library;
use crate::core::programme::Programme;
use crate::core::programme::load;
use crate::core::session::{EndStatus, Session, Settings};
use crate::storage::{self, Journal};
use crate::ui::View;

pub mod event_loop;
pub mod journal;
pub mod keys;

pub use event_loop::{Host, Input, Mode, Records, Runtime};

/// What `run` starts with.
pub enum Start {
    /// The home screen, listing the built-ins and the user's programmes.
    Home {
        /// Where the user's `programs/` folder is.
        config_dir: PathBuf,
        /// The exercise library programmes are loaded with.
        library: Library,
    },
    /// A workout at once.
    Workout {
        /// Where the programme came from.
        source: Source,
        /// The loaded programme.
        programme: Box<Programme>,
        /// `--day`, if given.
        day: Option<String>,
    },
}

/// The real terminal's bell and job control.
struct Terminal;

impl Host for Terminal {
    fn bell(&mut self) {
        let mut out = std::io::stdout();
        // A bell that cannot be rung is not worth stopping a workout for.
        let _ = out.write_all(b"\x07").and_then(|()| out.flush());
    }

    fn suspend(&mut self) {
        ratatui::restore();
        // ratatui only shows the cursor when its terminal is dropped; the shell needs it now.
        // The next frame after the return hides it again.
        let _ = crossterm::execute!(std::io::stdout(), crossterm::cursor::Show);
        // SAFETY: kill(2) with pid 0 signals our own process group, as a shell's Ctrl-Z would;
        // it returns once the group is continued.
        unsafe {
            libc::kill(0, libc::SIGTSTP);
        }
        let _ = crossterm::terminal::enable_raw_mode();
        let _ = crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen);
    }
}

/// Finds the day to do: `--day` by name, else the one after the last done.
fn pick_day(
    programme: &Programme,
    wanted: Option<&str>,
    records: &[storage::Record],
) -> Result<usize, String> {
    let names: Vec<&str> = programme.days.iter().map(|d| d.name.as_str()).collect();
    match wanted {
        Some(name) => names.iter().position(|d| *d == name).ok_or_else(|| {
            format!(
                "`{}` has no day called `{name}`; its days are {}",
                programme.name,
                names.join(", ")
            )
        }),
        None => Ok(storage::next_day(records, &programme.name, &names)),
    }
}

/// Runs the app until the lifter leaves, in colour unless `color` is false (`NO_COLOR`);
/// errors are for the caller to print after the terminal is restored.
pub fn run(start: Start, data_dir: &Path, settings: Settings, color: bool) -> Result<(), String> {
    let journal = Journal::open(data_dir).map_err(|e| e.to_string())?;
    let (records, warnings) = storage::read(journal.path()).map_err(|e| e.to_string())?;
    for warning in &warnings {
        eprintln!("liftpace: {warning}");
    }
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err("a workout needs a terminal to draw on and read keys from; \
                    run liftpace in one (`liftpace check` works anywhere)"
            .into());
    }
    let results_path = journal.path().display().to_string();
    let mut records_sink = journal::JournalRecords::new(journal, Box::new(journal::system_clock));
    let t0 = tokio::time::Instant::now();
    let (mode, choices) = match start {
        Start::Workout { source, programme, day } => {
            let day = pick_day(&programme, day.as_deref(), &records)?;
            let past = storage::past(&records, programme.units);
            let session = Session::new(*programme, day, &past, settings, Duration::ZERO);
            records_sink.begin(&session, &source.file, Duration::ZERO)?;
            (Mode::Workout(Box::new(session)), Vec::new())
        }
        Start::Home { config_dir, library } => home(&config_dir, &library, &records),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start: {e}"))?;
    rt.block_on(async move {
        let (tx, mut rx) = unbounded_channel();
        forward_terminal(tx.clone());
        forward_signals(tx)?;
        let mut terminal = match ratatui::try_init() {
            Ok(terminal) => terminal,
            Err(e) => {
                ratatui::restore();
                // The session record may be written already: close it so it is not left open.
                let _ = records_sink.end(EndStatus::Quit, t0.elapsed());
                return Err(format!("cannot take over the terminal: {e}"));
            }
        };
        let mut runtime = Runtime {
            terminal: &mut terminal,
            host: Terminal,
            records: records_sink,
            view: View::new(color, results_path),
            t0,
            start: Box::new(|n, now| start_choice(&choices, n, &records, settings, now)),
        };
        let result = runtime.run(mode, &mut rx).await;
        ratatui::restore();
        result
    })
}

fn start_choice(
    choices: &[Option<(Source, Programme)>],
    n: usize,
    records: &[storage::Record],
    settings: Settings,
    now: Duration,
) -> Option<(Session, String)> {
    let (source, programme) = choices.get(n)?.as_ref()?;
    let day = pick_day(programme, None, records).ok()?;
    let past = storage::past(records, programme.units);
    let session = Session::new(programme.clone(), day, &past, settings, now);
    Some((session, source.file.clone()))
}

/// The home screen and, for each entry, the programme it starts (when it loads).
fn home(
    config_dir: &Path,
    library: &Library,
    records: &[storage::Record],
) -> (Mode, Vec<Option<(Source, Programme)>>) {
    let (entries, choices) =
        catalog::all(config_dir).into_iter().map(|f| home_entry(f, library, records)).unzip();
    (Mode::Home(Home::new(entries)), choices)
}

/// One programme on the home screen, and what Enter starts (nothing, when it does not load).
fn home_entry(
    found: Result<Source, catalog::FindError>,
    library: &Library,
    records: &[storage::Record],
) -> (HomeEntry, Option<(Source, Programme)>) {
    let source = match found {
        Ok(source) => source,
        Err(e) => {
            return (HomeEntry::broken("unreadable".into(), String::new(), e.to_string()), None);
        }
    };
    let origin = if source.built_in { "built-in".to_string() } else { source.origin.clone() };
    let programme = match load::load_with(&source.text, &source.origin, library) {
        Ok(loaded) => loaded.programme,
        Err(e) => return (HomeEntry::broken(source.name.clone(), origin, e.to_string()), None),
    };
    let next_day = pick_day(&programme, None, records).ok().map(|d| programme.days[d].name.clone());
    let entry = HomeEntry {
        title: programme.name.clone(),
        origin,
        next_day,
        summary: programme.size_summary(),
        error: None,
    };
    (entry, Some((source, programme)))
}

/// Feeds terminal events into the loop. crossterm's stream reads on its own thread and wakes
/// this task, so nothing here blocks the runtime.
fn forward_terminal(tx: UnboundedSender<Input>) {
    tokio::spawn(async move {
        let mut events = crossterm::event::EventStream::new();
        while let Some(Ok(event)) = events.next().await {
            if tx.send(Input::Terminal(event)).is_err() {
                break;
            }
        }
    });
}

/// The first of SIGTERM, SIGHUP or SIGINT that ended the app, or 0.
static ENDED_BY: AtomicI32 = AtomicI32::new(0);

/// The signal that ended the app, if one did: the binary then exits with 128 + its number, as
/// shells and service managers expect of a program a signal stopped, not with 0.
pub fn ended_by_signal() -> Option<i32> {
    Some(ENDED_BY.load(Ordering::Relaxed)).filter(|&n| n != 0)
}

/// SIGTERM, SIGHUP and a SIGINT from outside (in raw mode Ctrl-C is a key) end the session as
/// quit, after any write under way.
fn forward_signals(tx: UnboundedSender<Input>) -> Result<(), String> {
    let watched = [
        (SignalKind::terminate(), libc::SIGTERM),
        (SignalKind::hangup(), libc::SIGHUP),
        (SignalKind::interrupt(), libc::SIGINT),
    ];
    for (kind, number) in watched {
        let mut stream = signal(kind).map_err(|e| format!("cannot watch signals: {e}"))?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while stream.recv().await.is_some() {
                // The first signal names the exit status; a second one does not change it.
                let _ = ENDED_BY.compare_exchange(0, number, Ordering::Relaxed, Ordering::Relaxed);
                if tx.send(Input::Terminate).is_err() {
                    break;
                }
            }
        });
    }
    Ok(())
}

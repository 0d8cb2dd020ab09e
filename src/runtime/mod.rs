//! The runtime: the only place with a clock, the terminal, signals and files open while the
//! app runs. Takes an `App` built before it (whatever screen it starts on), writes what the
//! app must record before its first frame, then runs the event loop on a current-thread
//! tokio runtime and always gives the terminal back. Never names a screen.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use crate::core::app::{App, Effect, Msg};
use crate::settings::Settings;
use crate::storage::Journal;
use crate::ui::{Theme, View};

pub mod event_loop;
pub mod host;
pub mod journal;
pub mod keys;
#[cfg(feature = "sound")]
pub mod sound;
pub mod surface;

pub use event_loop::{Host, Input, Records, Restart, Runtime};
use host::Terminal;
use surface::Lines;

/// How the app is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Full screen, in the alternate screen, drawn with this theme.
    Screen(Theme),
    /// Plain lines in the terminal's own scrollback, for `TERM=dumb` and screen readers.
    Lines,
}

/// Raw mode (keys one at a time) for the plain lines, given back however the loop ends,
/// a panic included.
struct RawMode;

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// An error unless stdin and stdout are a terminal: checked before anything is written.
pub fn need_terminal() -> Result<(), String> {
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        return Ok(());
    }
    Err("a workout needs a terminal to draw on and read keys from; \
         run liftpace in one (`liftpace check` works anywhere)"
        .into())
}

/// Runs `app` until the lifter leaves, recording into `journal` (and settings it finds, such
/// as a resonance rate, into `config_dir`), shown as `output` says, with the lifter's settings
/// `prefs`; `restart` builds the first screen afresh when a workout's summary is left.
/// Errors are for the caller to print after the terminal is restored.
pub fn run(
    mut app: App,
    journal: Journal,
    output: Output,
    prefs: &Settings,
    config_dir: Option<PathBuf>,
    restart: Option<Restart>,
) -> Result<(), String> {
    let prefs = prefs.clone();
    need_terminal()?;
    let results_path = journal.path().display().to_string();
    let mut records = journal::JournalRecords::new(journal, Box::new(journal::system_clock))
        .with_config_dir(config_dir);
    let t0 = tokio::time::Instant::now();
    for entry in app.take_first_records() {
        records.append(&entry, Duration::ZERO)?;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start: {e}"))?;
    rt.block_on(async move {
        let (tx, mut rx) = unbounded_channel();
        forward_terminal(tx.clone());
        forward_signals(tx)?;
        let theme = match output {
            Output::Screen(theme) => theme,
            Output::Lines => {
                let raw = crossterm::terminal::enable_raw_mode().map(|()| RawMode);
                if let Err(e) = raw.as_ref() {
                    close_begun(&mut app, &mut records, t0.elapsed());
                    return Err(format!("cannot read keys from the terminal: {e}"));
                }
                let mut lines = Lines::new(std::io::stdout());
                let view = View { theme: Theme::plain(), results_path };
                let host = Terminal::new(false, prefs);
                let mut runtime =
                    Runtime { terminal: &mut lines, host, records, view, t0, restart };
                return runtime.run(app, &mut rx).await;
            }
        };
        let mut terminal = match ratatui::try_init() {
            Ok(terminal) => surface::Retained::new(terminal),
            Err(e) => {
                ratatui::restore();
                close_begun(&mut app, &mut records, t0.elapsed());
                return Err(format!("cannot take over the terminal: {e}"));
            }
        };
        let mut runtime = Runtime {
            terminal: &mut terminal,
            host: Terminal::new(true, prefs),
            records,
            view: View { theme, results_path },
            t0,
            restart,
        };
        // Focus reports say when a rest's end should go to the desktop too.
        let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableFocusChange);
        let result = runtime.run(app, &mut rx).await;
        runtime.host.title(None);
        let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableFocusChange);
        ratatui::restore();
        result
    })
}

/// Closes what the app has begun (a session record) as if it were quit, when the terminal
/// cannot be used after all.
fn close_begun(app: &mut App, records: &mut journal::JournalRecords, now: Duration) {
    for effect in app.update(Msg::Terminate, now) {
        if let Effect::Save(entry) = effect {
            let _ = records.append(&entry, now);
        }
    }
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

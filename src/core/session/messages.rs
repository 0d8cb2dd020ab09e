//! What goes into and comes out of the session state machine: keys and messages in, effects
//! (saving a set, ending the session, the bell) out, and the logged set they carry. Plain
//! data; must never do any of what it describes.

use std::time::Duration;

use super::plan::{SetKind, Side};

/// A key, already translated from the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Enter / Return.
    Enter,
    /// The space bar.
    Space,
    /// Escape.
    Esc,
    /// Tab: next field.
    Tab,
    /// Shift-Tab: previous field.
    BackTab,
    /// Backspace.
    Backspace,
    /// Ctrl-C: asks before quitting, like `q`.
    CtrlC,
    /// Ctrl-Z: suspend to the shell.
    CtrlZ,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Any printable character.
    Char(char),
}

/// What happened, as the runtime tells it.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key was pressed.
    Key(Key),
    /// Time passed; deadlines at or before `now` take effect.
    Tick,
    /// The set from the last `Effect::SaveSet` is not on disk; the lifter must be told.
    SaveFailed(String),
    /// The process was stopped (Ctrl-Z) and has just been continued.
    Resumed,
    /// SIGTERM or SIGHUP: end the session as quit, now.
    Terminate,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndStatus {
    /// Every set was done.
    Completed,
    /// The lifter (or a signal) stopped early.
    Quit,
}

impl EndStatus {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            EndStatus::Completed => "completed",
            EndStatus::Quit => "quit",
        }
    }
}

/// A set as the lifter logged it, with monotonic start and end times the runtime stamps into
/// wall-clock ones.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedSet {
    /// Exercise name.
    pub exercise: String,
    /// 1-based set number among the sets of its kind.
    pub set: u32,
    /// Warm-up or work.
    pub kind: SetKind,
    /// Per-side exercises only.
    pub side: Option<Side>,
    /// Reps done (`None` for a hold).
    pub reps: Option<u32>,
    /// Seconds held (holds only).
    pub hold_s: Option<u32>,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// "kg" or "lb".
    pub unit: &'static str,
    /// The target as the programme wrote it.
    pub target: String,
    /// The tempo, as notation.
    pub tempo: String,
    /// Optional effort rating.
    pub rpe: Option<f64>,
    /// When pacing began.
    pub started: Duration,
    /// When pacing ended.
    pub ended: Duration,
}

/// Effects for the runtime to carry out, in order. If `SaveSet` fails the runtime drops the
/// rest of the batch and sends `Msg::SaveFailed`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Append this set to the results file and fsync it before drawing anything.
    SaveSet(LoggedSet),
    /// Append the session's end record.
    EndSession(EndStatus),
    /// Ring the terminal bell.
    Bell,
    /// Give the terminal back and stop the process (Ctrl-Z).
    Suspend,
    /// Leave the program.
    Exit,
}

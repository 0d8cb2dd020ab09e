//! What a workout writes down: a logged set and how the session ended, carried to the
//! results file in `JournalEntry`s. Plain data; must never write anything itself.

use std::time::Duration;

use super::plan::{SetKind, Side};
use crate::core::programme::Target;

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
    pub number: u32,
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
    /// What the set asked for; the results file writes it as the programme does.
    pub target: Target,
    /// The tempo, as notation.
    pub tempo: String,
    /// Optional effort rating.
    pub rpe: Option<f64>,
    /// When pacing began.
    pub started: Duration,
    /// When pacing ended.
    pub ended: Duration,
}

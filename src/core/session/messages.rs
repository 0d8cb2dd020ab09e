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

/// Names one set of today's session as its records do: exercise (as done), kind, number and
/// side.
#[derive(Debug, Clone, PartialEq)]
pub struct SetName {
    /// Exercise name, as the set was (or would have been) saved.
    pub exercise: String,
    /// Warm-up or work.
    pub kind: SetKind,
    /// 1-based set number among the exercise's sets of its kind.
    pub number: u32,
    /// Per-side sets only.
    pub side: Option<Side>,
}

impl LoggedSet {
    /// The name the records give this set.
    pub fn name(&self) -> SetName {
        SetName {
            exercise: self.exercise.clone(),
            kind: self.kind,
            number: self.number,
            side: self.side,
        }
    }
}

/// A logged set of today's session fixed from today's list: its new values, or void.
#[derive(Debug, Clone, PartialEq)]
pub struct SetFix {
    /// The set fixed.
    pub set: SetName,
    /// True: the set is treated as never done.
    pub void: bool,
    /// The set's values as corrected (`None` when voided).
    pub values: Option<FixedValues>,
}

/// The values a corrected set now reads with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FixedValues {
    /// Reps done (`None` for a hold).
    pub reps: Option<u32>,
    /// Seconds held (holds only).
    pub hold_s: Option<u32>,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// Optional effort rating.
    pub rpe: Option<f64>,
}

//! The screens of a workout and the stopwatch behind the timed ones. Plain data read by the
//! UI; the transitions between screens live in the session, never here.

use std::time::Duration;

use super::form::LogForm;

/// A stopwatch whose reading is derived from a start instant; pausing remembers when, and
/// resuming moves the start forward by the pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// When it really started, for the record.
    pub began: Duration,
    /// When it started, shifted by every pause so far, for pacing.
    pub start: Duration,
    /// When it was paused, if it is.
    pub paused_at: Option<Duration>,
}

impl Clock {
    /// A clock running from `now`.
    pub fn started(now: Duration) -> Self {
        Clock { began: now, start: now, paused_at: None }
    }

    /// Time on the clock at `now`.
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.paused_at.unwrap_or(now).saturating_sub(self.start)
    }

    /// Pauses a running clock or resumes a paused one, at `now`.
    pub fn toggle(&mut self, now: Duration) {
        match self.paused_at.take() {
            Some(at) => self.start += now.saturating_sub(at),
            None => self.paused_at = Some(now),
        }
    }
}

/// When a set was paced: from when it really began to when it ended, pauses included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paced {
    /// When pacing began.
    pub began: Duration,
    /// When it ended (by itself, by Enter, or where a pause left it).
    pub ended: Duration,
}

/// The screen the workout is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Waiting for the lifter to get into position.
    Ready,
    /// The short countdown before pacing; began at `since`.
    GetReady {
        /// When the countdown began.
        since: Duration,
    },
    /// Pacing reps (or timing a hold).
    Pacing {
        /// The set's clock; pausing shifts it.
        clock: Clock,
    },
    /// Logging what was done.
    Log {
        /// The form being edited.
        form: LogForm,
        /// When pacing began and ended.
        paced: Paced,
    },
    /// Resting between sets with the breathing pacer.
    Rest {
        /// When the rest began.
        since: Duration,
        /// How long it lasts (grows with `+`).
        length: Duration,
    },
    /// All done.
    Summary {
        /// When the last set was saved.
        ended: Duration,
    },
}

/// A box drawn over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The key help.
    Help,
    /// "Quit the workout?"
    ConfirmQuit,
}

//! A breathing session as it is logged: plain data the app's journal entry carries and
//! storage writes as the `breathing` record. Imports nothing of the app, so the app can name
//! it without a circle; must never do anything itself.

use std::time::Duration;

/// A breathing session as it is logged, with monotonic times the runtime stamps onto the
/// wall clock.
#[derive(Debug, Clone, PartialEq)]
pub struct BreathingDone {
    /// The pattern's name.
    pub pattern: String,
    /// When it began.
    pub started: Duration,
    /// When it ended.
    pub ended: Duration,
    /// Whole seconds of breathing, pauses left out.
    pub seconds: u32,
    /// Whole breaths paced.
    pub breaths: u32,
    /// Whether it ran its whole length.
    pub completed: bool,
}

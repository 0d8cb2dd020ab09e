//! The one style of every message liftpace writes to stderr outside a report with a place:
//! `liftpace: error: ...` or `liftpace: warning: ...`, so a lifter (or a script) can tell at
//! a glance which is which. Must never decide whether something is an error.

/// Prints an error line.
pub(super) fn error(message: &str) {
    eprintln!("liftpace: error: {message}");
}

/// Prints a warning line.
pub(super) fn warning(message: &str) {
    eprintln!("liftpace: warning: {message}");
}

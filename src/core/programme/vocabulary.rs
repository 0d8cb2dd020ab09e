//! The rest of the training vocabulary an exercise may use beyond sets, reps and tempo:
//! warm-up sets, effort targets and the breathing cue for heavy sets. Plain data; the loader
//! fills it and the session plan reads it.

use std::fmt;

/// How hard a work set should feel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effort {
    /// Rate of perceived exertion, 1-10 (10: nothing left).
    Rpe(f64),
    /// Reps in reserve: how many more reps could have been done.
    Rir(u32),
}

impl Effort {
    /// The RPE this effort means, for pre-filling the Log form (RIR 2 is RPE 8).
    pub fn as_rpe(self) -> f64 {
        match self {
            Effort::Rpe(r) => r,
            Effort::Rir(r) => (10.0 - f64::from(r)).max(1.0),
        }
    }
}

impl fmt::Display for Effort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Effort::Rpe(r) => write!(f, "RPE {}", crate::core::words::format_number(*r)),
            Effort::Rir(r) => write!(f, "{r} in reserve (RIR {r})"),
        }
    }
}

/// The load of a warm-up set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WarmupLoad {
    /// A fraction (0-1) of the first work set's load.
    OfWork(f64),
    /// The empty bar.
    Bar,
    /// A fixed load in the programme's units.
    Fixed(f64),
}

/// One warm-up set, done before the work sets and never counted as one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Warmup {
    /// Reps to do.
    pub reps: u32,
    /// At what load.
    pub load: WarmupLoad,
}

//! Progress, week by week and lift by lift: what was actually done, folded from the history one
//! record at a time. Sessions against the plan, work sets of 8-12 per muscle group against the
//! guideline, the streak of weeks that met it, mood and breathing minutes per week; per
//! exercise (and per unit) the estimated one-rep max over time, the best set, rep records,
//! volume and RPE per week. Pure: records come in as borrowed `Event`s, `today` and what is
//! known of programmes and exercises as arguments. Must never read files or clocks, never mix
//! kg with lb, and never count a warm-up.

mod fold;
mod records;
mod screen;
mod summary;
mod week;

pub use self::fold::Tally;
pub use self::records::{NewRecord, PersonalBests, beats};
pub use self::screen::{KEYS, ProgressScreen};
pub use self::summary::{BestSet, ExerciseProgress, Lookup, Progress, WeekSummary, spark};
pub use self::week::{Week, local_date};

use crate::core::session::{SetKind, Side};

/// Weeks shown when the caller does not say: the 16 of the Progress screen's calendar.
pub const DEFAULT_WEEKS: u32 = 16;

/// One saved set, borrowed from a record of the history.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SetDone<'a> {
    /// Id of its session.
    pub session: &'a str,
    /// Exercise name.
    pub exercise: &'a str,
    /// Warm-ups are skipped by every statistic.
    pub kind: SetKind,
    /// 1-based set number, which pairs a right side with its left.
    pub set: u32,
    /// Per-side sets only.
    pub side: Option<Side>,
    /// Reps done; `None` for holds.
    pub reps: Option<u32>,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// "kg" or "lb": each unit is its own series.
    pub unit: &'a str,
    /// Effort rating, when given.
    pub rpe: Option<f64>,
    /// RFC 3339 with the local offset; its date decides the week.
    pub started: &'a str,
}

/// One record of the history, as far as progress cares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Event<'a> {
    /// A workout began.
    Session {
        /// Its id.
        id: &'a str,
        /// Where its programme came from (`built-in:full-body` or a path), for the plan.
        programme_file: &'a str,
        /// RFC 3339 with the local offset.
        started: &'a str,
    },
    /// A set was saved.
    Set(SetDone<'a>),
    /// A mood check-in, 1 (low) to 5 (great).
    Checkin {
        /// 1 to 5.
        mood: u8,
        /// RFC 3339 with the local offset.
        at: &'a str,
    },
    /// A breathing session, counted by the week it started in.
    Breathing {
        /// RFC 3339 with the local offset.
        started: &'a str,
        /// Seconds breathed.
        seconds: u64,
    },
}

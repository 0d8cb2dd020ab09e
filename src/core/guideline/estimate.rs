//! How long a day takes, estimated before the lifter sets foot in the gym. Pure arithmetic on
//! the model; must never read a clock.

use std::time::Duration;

use crate::core::programme::{Day, Target};
use crate::core::session::plan::{Side, plan};

/// Time allowed per set (per side) for logging it and setting up the next one.
pub const SETUP_ALLOWANCE: Duration = Duration::from_secs(30);

/// Reps assumed for a "max" set, which has no top to pace to.
const MAX_REPS_ASSUMED: u32 = 12;

/// The estimated length of `day`, sets done in the order the workout does them.
///
/// Assumptions: every set, and each side of a per-side set, costs the get-ready `countdown`,
/// the paced work (the top of the rep target times one rep of the tempo, 12 reps for "max"; or
/// the hold), and `SETUP_ALLOWANCE` to log and set up. The exercise's full rest follows every
/// set except the day's last; left and right of a per-side set run back to back, as in the
/// workout. Early ends, `+30 s` on a rest and pauses are not foreseen.
pub fn estimate_day(day: &Day, countdown: Duration) -> Duration {
    let sets = plan(day);
    let mut total = Duration::ZERO;
    for (i, set) in sets.iter().enumerate() {
        let ex = &day.exercises[set.exercise];
        let work = match ex.target {
            Target::Reps(reps) => ex.tempo.rep_length() * reps.top().unwrap_or(MAX_REPS_ASSUMED),
            Target::Hold(hold) => hold,
        };
        total += countdown + work + SETUP_ALLOWANCE;
        let last = i + 1 == sets.len();
        if !last && set.side != Some(Side::Left) {
            total += ex.rest;
        }
    }
    total
}

//! How long a day takes, estimated before the lifter sets foot in the gym. Pure arithmetic on
//! the model; must never read a clock.

use std::time::Duration;

use crate::core::plates::Barbell;
use crate::core::programme::{Day, Target, Units};
use crate::core::session::Prescribed;
use crate::core::session::plan::plan;

/// Time allowed per set (per side) for logging it and setting up the next one.
pub const SETUP_ALLOWANCE: Duration = Duration::from_secs(30);

/// Reps assumed for a "max" set, which has no top to pace to.
const MAX_REPS_ASSUMED: u32 = 12;

/// The estimated length of `day`, sets done in the order the workout does them.
///
/// Assumptions: every set, and each side of a per-side set, costs the get-ready `countdown`,
/// the paced work (the top of the rep target times one rep of the tempo, 12 reps for "max"; or
/// the hold), and `SETUP_ALLOWANCE` to log and set up. Rests follow the workout's own plan:
/// warm-ups, per-side pairs and supersets rest where the workout rests, and not after the
/// day's last set. Early ends, `+30 s` on a rest and pauses are not foreseen.
pub fn estimate_day(day: &Day, countdown: Duration) -> Duration {
    // Loads do not change how long anything takes, so the written ones stand in.
    let prescribed: Vec<Prescribed> = day
        .exercises
        .iter()
        .map(|ex| Prescribed { load: ex.load, target: ex.target, reason: None })
        .collect();
    let sets = plan(day, &prescribed, &Barbell::default_for(Units::Kg), Units::Kg);
    let mut total = Duration::ZERO;
    for (i, set) in sets.iter().enumerate() {
        let ex = &day.exercises[set.exercise];
        let work = match set.target {
            Target::Reps(reps) => {
                ex.tempo.paced_rep_length(ex.start, set.cue(ex, true))
                    * reps.top().unwrap_or(MAX_REPS_ASSUMED)
            }
            Target::Hold(hold) => hold,
        };
        total += countdown + work + SETUP_ALLOWANCE;
        if i + 1 < sets.len() {
            total += set.rest_after;
        }
    }
    total
}

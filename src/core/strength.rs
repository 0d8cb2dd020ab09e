//! One-rep max: estimating it from work sets (Epley) and taking a percentage of it, for
//! `load = "75%"`. Pure arithmetic on numbers the caller hands in; must never read the history
//! itself, round to plates (that is `plates`), or guess when the sets say nothing reliable.

/// The most reps a set may have and still feed an estimate. Rep-max formulas are fitted to
/// heavy sets; past about a dozen reps, endurance rather than strength decides when the set
/// ends, and the estimate drifts well away from a tested single.
pub const EPLEY_MAX_REPS: u32 = 12;

/// One work set already done, as far as a strength estimate cares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastWork {
    /// What was on the bar, in the programme's units.
    pub load: f64,
    /// Reps completed.
    pub reps: u32,
}

/// The Epley estimate of a one-rep max from `reps` done with `load`: `load × (1 + reps / 30)`.
///
/// A single is its own one-rep max, so one rep gives `load` unchanged rather than the formula's
/// extra 3%. Returns `None` for zero reps, for more than [`EPLEY_MAX_REPS`] (the estimate is
/// unreliable that far from a single), and for a load that is not a positive finite number.
pub fn epley(load: f64, reps: u32) -> Option<f64> {
    if !(load.is_finite() && load > 0.0) {
        return None;
    }
    match reps {
        0 => None,
        1 => Some(load),
        r if r <= EPLEY_MAX_REPS => Some(load * (1.0 + f64::from(r) / 30.0)),
        _ => None,
    }
}

/// The best Epley estimate over `sets`, or `None` when no set gives a usable one.
///
/// The best rather than the mean, because a lifter's strongest recent set is the one that
/// shows what they can do; tired or easy sets only ever understate it.
pub fn estimate_one_rep_max(sets: &[PastWork]) -> Option<f64> {
    sets.iter().filter_map(|s| epley(s.load, s.reps)).reduce(f64::max)
}

/// `percent` per cent of `one_rep_max`: `percent_of(100.0, 75.0)` is 75. The percentage is
/// written as lifters write it (75 for 75%), not as a fraction.
pub fn percent_of(one_rep_max: f64, percent: f64) -> f64 {
    one_rep_max * percent / 100.0
}

/// The heaviest percentage of a one-rep max that `reps` reps can be done with, by Epley turned
/// round (`100 / (1 + reps / 30)`), to the nearest whole percent: 100 for a single, 79 for 8,
/// 71 for 12. A percentage above it asks for reps nobody has in them.
pub fn most_percent_for(reps: u32) -> f64 {
    if reps <= 1 { 100.0 } else { (100.0 / (1.0 + f64::from(reps) / 30.0)).round() }
}

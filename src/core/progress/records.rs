//! Personal records of one exercise in one unit: the heaviest load at each rep count and the
//! best estimated one-rep max, and whether a new set beats them. Pure; must never announce a
//! "record" that beats nothing (a first set, or a first time at a rep count, is not one).

use std::collections::BTreeMap;
use std::fmt;

use crate::core::programme::format_number;
use crate::core::strength::epley;

/// An exercise's bests so far, in one unit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonalBests {
    /// The heaviest load lifted for each rep count.
    pub rep_records: BTreeMap<u32, f64>,
    /// The best Epley estimate from a set of 12 reps or fewer.
    pub best_e1rm: Option<f64>,
}

impl PersonalBests {
    /// Takes a loaded set of `reps` into the bests.
    pub fn add(&mut self, load: f64, reps: u32) {
        if !(load.is_finite() && load > 0.0) || reps == 0 {
            return;
        }
        let best = self.rep_records.entry(reps).or_insert(load);
        *best = best.max(load);
        if let Some(e1rm) = epley(load, reps) {
            self.best_e1rm = Some(self.best_e1rm.map_or(e1rm, |b| b.max(e1rm)));
        }
    }

    /// The heaviest load ever lifted for `reps` or more: the load a new set of `reps` has to
    /// beat to be the best at that count. `None` when no set ever went that far.
    fn to_beat(&self, reps: u32) -> Option<f64> {
        self.rep_records.range(reps..).map(|(_, &load)| load).reduce(f64::max)
    }
}

/// A set that beat an earlier best.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRecord {
    /// What was lifted.
    pub load: f64,
    /// "kg" or "lb".
    pub unit: String,
    /// How many times.
    pub reps: u32,
    /// Heavier than ever before for this many reps (or more).
    pub rep_record: bool,
    /// The new best estimated one-rep max, when it beat the old one.
    pub e1rm: Option<f64>,
}

/// Whether `load` × `reps` beats `bests`: heavier than any earlier set of at least as many reps
/// (and there was one), or a higher estimated max than the best so far (and there was one).
pub fn beats(bests: &PersonalBests, load: f64, unit: &str, reps: u32) -> Option<NewRecord> {
    if !(load.is_finite() && load > 0.0) || reps == 0 {
        return None;
    }
    let rep_record = bests.to_beat(reps).is_some_and(|old| load > old);
    let e1rm = epley(load, reps).filter(|new| bests.best_e1rm.is_some_and(|old| *new > old));
    (rep_record || e1rm.is_some()).then(|| NewRecord {
        load,
        unit: unit.to_string(),
        reps,
        rep_record,
        e1rm,
    })
}

/// "New record: 62.5 kg × 10, your best at 10 reps", said once and plainly.
impl fmt::Display for NewRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = &self.unit;
        write!(f, "New record: {} {unit} × {}", format_number(self.load), self.reps)?;
        let max = self.e1rm.map(|m| format!("estimated max {} {unit}", format_number(round1(m))));
        let reps = if self.reps == 1 { "1 rep".to_string() } else { format!("{} reps", self.reps) };
        match (self.rep_record, max) {
            (true, Some(max)) => write!(f, ", your best at {reps} ({max})"),
            (true, None) => write!(f, ", your best at {reps}"),
            (false, Some(max)) => write!(f, ", your best {max}"),
            (false, None) => Ok(()),
        }
    }
}

/// One decimal place: an estimate is not more precise than that.
pub(super) fn round1(n: f64) -> f64 {
    (n * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bests(sets: &[(f64, u32)]) -> PersonalBests {
        let mut b = PersonalBests::default();
        for &(load, reps) in sets {
            b.add(load, reps);
        }
        b
    }

    #[test]
    fn a_heavier_set_at_a_rep_count_is_a_record_and_says_so() {
        let b = bests(&[(60.0, 10), (70.0, 5)]);
        let new = beats(&b, 62.5, "kg", 10).expect("a record");
        assert!(new.rep_record);
        // 62.5 × 10 estimates 83.3, beyond 70 × 5's 81.7.
        assert_eq!(new.e1rm.map(round1), Some(83.3));
    }

    #[test]
    fn records_table() {
        let b = bests(&[(60.0, 10), (70.0, 5)]);
        // (load, reps) -> (rep record, e1rm record)
        let cases = [
            ((60.0, 10), (false, false)),  // the same set again
            ((62.5, 10), (true, true)),    // 83.3 beats 80 and 81.7
            ((65.0, 8), (true, true)),     // heavier than anything at 8 or more reps
            ((60.0, 12), (false, true)),   // nothing at 12+ to beat; 84 beats 81.7
            ((50.0, 12), (false, false)),  // nothing at 12+, 70 is below the best estimate
            ((72.5, 1), (true, false)),    // beats 70 (at 5 or more), not the estimate
            ((100.0, 15), (false, false)), // never done 15; no estimate past 12 reps
        ];
        for ((load, reps), (rep, e1rm)) in cases {
            let got = beats(&b, load, "kg", reps);
            let got = got.map_or((false, false), |n| (n.rep_record, n.e1rm.is_some()));
            assert_eq!(got, (rep, e1rm), "{load} × {reps}");
        }
        assert_eq!(beats(&PersonalBests::default(), 60.0, "kg", 10), None, "a first set");
        assert_eq!(beats(&b, 0.0, "kg", 10), None, "bodyweight");
    }

    #[test]
    fn the_announcement_is_plain() {
        let b = bests(&[(60.0, 10), (80.0, 3)]);
        let rep_only = beats(&b, 62.5, "kg", 10).unwrap();
        assert_eq!(rep_only.to_string(), "New record: 62.5 kg × 10, your best at 10 reps");
        let both = beats(&b, 70.0, "kg", 10).unwrap();
        assert_eq!(
            both.to_string(),
            "New record: 70 kg × 10, your best at 10 reps (estimated max 93.3 kg)"
        );
        let b = bests(&[(60.0, 5)]);
        let max_only = beats(&b, 55.0, "lb", 10).unwrap();
        assert_eq!(max_only.to_string(), "New record: 55 lb × 10, your best estimated max 73.3 lb");
    }
}

//! Personal records in the moment and the summary's comparisons: whether a set just logged
//! beats the lifter's best (said once, on the screen after Log), the session's records for the
//! summary, and each exercise against last time ("+2.5 kg", "+2 reps", "same"). Pure; the
//! bests come from the history through `Past`.

use std::collections::HashMap;

use super::Session;
use super::messages::LoggedSet;
use super::plan::{SetKind, Side};
use super::prescribe::{LastTime, PastSet};
use crate::core::progress::{NewRecord, PersonalBests, beats};
use crate::core::words::format_number;

/// What the session knows of records: the bests it started with (grown by every set logged),
/// the announcement waiting to be shown, and every record of the session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionRecords {
    /// The history's bests, as the session began, to count again from after a correction.
    start: HashMap<String, PersonalBests>,
    bests: HashMap<String, PersonalBests>,
    /// A left side waiting for its right: (exercise, reps, load).
    left: Option<(String, u32, f64)>,
    /// Said on the screen after Log, until the next set starts.
    pub announce: Option<NewRecord>,
    /// Every record of the session, with its exercise, in order.
    pub found: Vec<(String, NewRecord)>,
}

impl SessionRecords {
    /// Starts from the history's bests, by exercise name, in the programme's units.
    pub fn new(bests: HashMap<String, PersonalBests>) -> SessionRecords {
        SessionRecords { start: bests.clone(), bests, ..SessionRecords::default() }
    }

    /// Counts the records again from the sets `logged` as they now read (one was corrected
    /// or deleted): a typo's "record" goes, a real one stays. Nothing is announced.
    pub fn recount(&mut self, logged: &[LoggedSet]) {
        let mut again = SessionRecords::new(std::mem::take(&mut self.start));
        for set in logged {
            again.logged(set);
        }
        again.announce = None;
        *self = again;
    }

    /// Takes a set just saved. A work set with reps and a load is checked against the bests
    /// and then joins them; a per-side set is judged when its right side is in, as its weaker
    /// side.
    pub fn logged(&mut self, set: &LoggedSet) {
        let (SetKind::Work, Some(reps), Some(load)) = (set.kind, set.reps, set.load) else {
            return;
        };
        let (reps, load) = match (set.side, self.left.take()) {
            (Some(Side::Left), _) => {
                self.left = Some((set.exercise.clone(), reps, load));
                return;
            }
            (Some(Side::Right), Some((name, l_reps, l_load))) if name == set.exercise => {
                (reps.min(l_reps), load.min(l_load))
            }
            _ => (reps, load),
        };
        let bests = self.bests.entry(set.exercise.clone()).or_default();
        if let Some(record) = beats(bests, load, set.unit, reps) {
            self.announce = Some(record.clone());
            self.found.push((set.exercise.clone(), record));
        }
        bests.add(load, reps);
    }

    /// The set just taken in was not saved after all: its announcement goes with it.
    pub fn unlog(&mut self) {
        if self.announce.take().is_some() {
            self.found.pop();
        }
    }
}

/// This session's work against last time's, by the top set of each (the heaviest, then the
/// most reps or the longest hold): "+2.5 kg", "−2.5 kg", "+2 reps", "−1 rep", "+5 s", "same".
/// `None` when there is nothing comparable (a first time, other units).
pub fn against_last_time(today: &[&LoggedSet], last: &LastTime) -> Option<String> {
    let unit = today.first()?.unit;
    let now = today
        .iter()
        .filter(|s| s.kind == SetKind::Work)
        .map(|s| (s.load.unwrap_or(0.0), s.reps.or(s.hold_s).unwrap_or(0)))
        .reduce(top)?;
    let then = last
        .sets
        .iter()
        .filter(|s: &&PastSet| s.unit == unit)
        .map(|s| (s.load.unwrap_or(0.0), s.reps.or(s.hold_s).unwrap_or(0)))
        .reduce(top)?;
    let hold = today.iter().any(|s| s.hold_s.is_some());
    let signed = |d: f64| {
        if d > 0.0 { format!("+{}", format_number(d)) } else { format!("−{}", format_number(-d)) }
    };
    Some(if now.0 != then.0 {
        format!("{} {unit}", signed(now.0 - then.0))
    } else if now.1 != then.1 {
        let diff = f64::from(now.1) - f64::from(then.1);
        let what = match (hold, diff.abs() == 1.0) {
            (true, _) => " s",
            (false, true) => " rep",
            (false, false) => " reps",
        };
        format!("{}{what}", signed(diff))
    } else {
        "same".to_string()
    })
}

impl Session {
    /// Each exercise done today against last time, in the order first logged: (name, "+2.5
    /// kg" / "+2 reps" / "same"); exercises with nothing to compare with are left out.
    pub fn against_last_time(&self) -> Vec<(String, String)> {
        let mut names: Vec<&str> = Vec::new();
        for set in self.logged.iter().filter(|s| s.kind == SetKind::Work) {
            if !names.contains(&set.exercise.as_str()) {
                names.push(&set.exercise);
            }
        }
        names
            .into_iter()
            .filter_map(|name| {
                let today: Vec<&LoggedSet> =
                    self.logged.iter().filter(|s| s.exercise == name).collect();
                let said = against_last_time(&today, self.last.get(name)?)?;
                Some((name.to_string(), said))
            })
            .collect()
    }
}

/// The better of two (load, reps) sets: heavier, then more.
fn top(a: (f64, u32), b: (f64, u32)) -> (f64, u32) {
    if b.0 > a.0 || (b.0 == a.0 && b.1 > a.1) { b } else { a }
}

/// "62.5 kg × 10, your best at 10 reps" without the "New record: ", for the summary's list.
pub fn describe(record: &NewRecord) -> String {
    let text = record.to_string();
    text.strip_prefix("New record: ").unwrap_or(&text).to_string()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::core::programme::{Reps, Target};

    fn set(reps: u32, load: f64, side: Option<Side>) -> LoggedSet {
        LoggedSet {
            exercise: "Row".into(),
            number: 1,
            kind: SetKind::Work,
            side,
            reps: Some(reps),
            hold_s: None,
            load: Some(load),
            unit: "kg",
            target: Target::Reps(Reps::Range(8, 12)),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: Duration::ZERO,
            ended: Duration::ZERO,
        }
    }

    fn past(reps: u32, load: f64) -> PastSet {
        PastSet { reps: Some(reps), hold_s: None, load: Some(load), unit: "kg".into(), side: None }
    }

    #[test]
    fn a_record_is_announced_once_and_listed() {
        let mut bests = PersonalBests::default();
        bests.add(60.0, 10);
        let mut records = SessionRecords::new(HashMap::from([("Row".to_string(), bests)]));
        records.logged(&set(10, 62.5, None));
        let said = records.announce.clone().unwrap().to_string();
        assert_eq!(said, "New record: 62.5 kg × 10, your best at 10 reps (estimated max 83.3 kg)");
        records.announce = None;
        records.logged(&set(10, 62.5, None));
        assert_eq!(records.announce, None, "the same set again is no record");
        assert_eq!(records.found.len(), 1);
        assert_eq!(
            describe(&records.found[0].1),
            "62.5 kg × 10, your best at 10 reps (estimated max 83.3 kg)"
        );
    }

    #[test]
    fn a_per_side_set_is_judged_by_its_weaker_side() {
        let mut bests = PersonalBests::default();
        bests.add(14.0, 10);
        let mut records = SessionRecords::new(HashMap::from([("Row".to_string(), bests)]));
        records.logged(&set(10, 16.0, Some(Side::Left)));
        assert_eq!(records.announce, None, "not until the right side is in");
        records.logged(&set(9, 16.0, Some(Side::Right)));
        let record = records.announce.unwrap();
        assert_eq!((record.reps, record.load, record.rep_record), (9, 16.0, true));
    }

    #[test]
    fn against_last_time_by_the_top_set() {
        let last = |sets: Vec<PastSet>| LastTime { date: "2026-11-25".into(), sets };
        let a = set(10, 62.5, None);
        let b = set(8, 62.5, None);
        let today = [&a, &b];
        let cases = [
            (vec![past(10, 60.0)], "+2.5 kg"),
            (vec![past(10, 65.0), past(12, 60.0)], "−2.5 kg"),
            (vec![past(8, 62.5)], "+2 reps"),
            (vec![past(11, 62.5)], "−1 rep"),
            (vec![past(10, 62.5), past(6, 62.5)], "same"),
        ];
        for (sets, said) in cases {
            assert_eq!(against_last_time(&today, &last(sets)).as_deref(), Some(said));
        }
        let lb = PastSet { unit: "lb".into(), ..past(10, 135.0) };
        assert_eq!(against_last_time(&today, &last(vec![lb])), None, "other units");
    }
}

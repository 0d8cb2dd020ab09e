//! Every exercise's all-time bests, per unit: the heaviest load at each rep count, which is
//! all a record in the moment needs (the best estimated max follows from them). Kept in the
//! start-up digest and its cache, so a set is announced as a record only when it beats the
//! whole history, while start-up still reads a few KiB. Counts as the Progress report does:
//! work sets only, a left and right pair as its weaker side. Pure: no files, no clocks. Must
//! never keep a best a correction may have lowered: such an exercise is marked stale and its
//! bests are counted again from the journals (`cache`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::correction::CorrectionRecord;
use super::records::SetRecord;
use crate::core::progress::PersonalBests;
use crate::core::session::{SetKind, Side};

/// The bests of every exercise, by name, then by unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bests {
    by_exercise: BTreeMap<String, Vec<InUnit>>,
    /// Exercises a correction touched since their bests were counted.
    stale: BTreeSet<String>,
}

/// One exercise's bests in one unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct InUnit {
    unit: String,
    /// The heaviest load at each rep count.
    rep_records: BTreeMap<u32, f64>,
    /// A left side waiting for its right: (session, set number, reps, load).
    left: Option<(String, u32, u32, f64)>,
}

impl InUnit {
    fn record(&mut self, reps: u32, load: f64) {
        if !(load.is_finite() && load > 0.0) || reps == 0 {
            return;
        }
        let best = self.rep_records.entry(reps).or_insert(load);
        *best = best.max(load);
    }
}

impl Bests {
    /// Takes in a set as every reader sees it (corrected). Warm-ups, holds and bodyweight sets
    /// hold no record; a right side joins the left side before it as one set of the lower
    /// reps and load, and a left side with no right counts alone.
    pub fn add(&mut self, set: &SetRecord) {
        let (SetKind::Work, Some(reps), Some(load)) = (set.kind, set.reps, set.load) else {
            return;
        };
        if !self.by_exercise.contains_key(&set.exercise) {
            self.by_exercise.insert(set.exercise.clone(), Vec::new());
        }
        let Some(units) = self.by_exercise.get_mut(&set.exercise) else { return };
        let tally = match units.iter().position(|u| u.unit == set.unit) {
            Some(i) => &mut units[i],
            None => {
                let unit = set.unit.clone();
                units.push(InUnit { unit, rep_records: BTreeMap::new(), left: None });
                units.last_mut().expect("just pushed")
            }
        };
        let left = tally.left.take();
        match (set.side, left) {
            (Some(Side::Right), Some((session, number, l_reps, l_load)))
                if session == set.session && number == set.set =>
            {
                tally.record(reps.min(l_reps), load.min(l_load));
            }
            (side, left) => {
                if let Some((_, _, l_reps, l_load)) = left {
                    tally.record(l_reps, l_load);
                }
                if side == Some(Side::Left) {
                    tally.left = Some((set.session.clone(), set.set, reps, load));
                } else {
                    tally.record(reps, load);
                }
            }
        }
    }

    /// A correction was read: the set it names may hold a best it no longer earns (voided, or
    /// fewer reps), so its exercise's bests must be counted again.
    pub fn corrected(&mut self, correction: &CorrectionRecord) {
        if correction.key.kind == SetKind::Work {
            self.stale.insert(correction.key.exercise.clone());
        }
    }

    /// The exercises whose bests must be counted again, if any.
    pub fn stale(&self) -> &BTreeSet<String> {
        &self.stale
    }

    /// Forgets the stale exercises' bests, to count them again from every set.
    pub fn forget_stale(&mut self) -> BTreeSet<String> {
        let stale = std::mem::take(&mut self.stale);
        self.by_exercise.retain(|name, _| !stale.contains(name));
        stale
    }

    /// Each exercise's bests in `unit`, by name: what a set of a new session must beat to be
    /// announced. A left side still waiting for its right counts alone.
    pub fn in_unit(&self, unit: &str) -> HashMap<String, PersonalBests> {
        let mut out = HashMap::new();
        for (name, units) in &self.by_exercise {
            let Some(tally) = units.iter().find(|u| u.unit == unit) else { continue };
            let mut bests = PersonalBests::default();
            for (&reps, &load) in &tally.rep_records {
                bests.add(load, reps);
            }
            if let Some((_, _, reps, load)) = tally.left {
                bests.add(load, reps);
            }
            out.insert(name.clone(), bests);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(session: &str, n: u32, side: Option<Side>, reps: u32, load: f64) -> SetRecord {
        SetRecord {
            session: session.into(),
            exercise: "Split squat".into(),
            set: n,
            kind: SetKind::Work,
            side,
            reps: Some(reps),
            hold_s: None,
            load: Some(load),
            unit: "kg".into(),
            target: "8-12".into(),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: "2026-11-27T08:00:00+01:00".into(),
            ended: "2026-11-27T08:01:00+01:00".into(),
            origin: None,
        }
    }

    #[test]
    fn a_pair_counts_as_its_weaker_side_and_a_lone_left_alone() {
        let mut bests = Bests::default();
        bests.add(&set("a", 1, Some(Side::Left), 10, 20.0));
        bests.add(&set("a", 1, Some(Side::Right), 8, 22.0));
        bests.add(&set("a", 2, Some(Side::Left), 5, 30.0));
        let kg = &bests.in_unit("kg")["Split squat"];
        assert_eq!(kg.rep_records, BTreeMap::from([(5, 30.0), (8, 20.0)]));
        assert!(bests.in_unit("lb").is_empty(), "units are never mixed");
        let mut warmup = set("a", 3, None, 3, 90.0);
        warmup.kind = SetKind::Warmup;
        bests.add(&warmup);
        assert_eq!(bests.in_unit("kg")["Split squat"].rep_records.get(&3), None);
    }

    #[test]
    fn a_correction_makes_its_exercise_stale_until_counted_again() {
        let mut bests = Bests::default();
        bests.add(&set("a", 1, None, 10, 100.0));
        let mut void = CorrectionRecord::of(&set("a", 1, None, 10, 100.0));
        void.void = true;
        bests.corrected(&void);
        assert!(bests.stale().contains("Split squat"));
        assert_eq!(bests.forget_stale().len(), 1);
        assert!(bests.in_unit("kg").is_empty() && bests.stale().is_empty());
    }
}

//! The questions the UI and the runtime ask of a session: the current set and exercise, what
//! comes next, where the workout is, the phase of the rep being paced. Read-only; every
//! change of state is in `update`.

use std::time::Duration;

use super::plan::{PlannedSet, SetKind, Side};
use super::prescribe::Prescribed;
use super::{Screen, Session};
use crate::core::breathing::Pattern;
use crate::core::phase::Phase;
use crate::core::plates::Loading;
use crate::core::programme::{Exercise, Target};
use crate::core::tempo;

impl Session {
    /// The current set.
    pub fn set(&self) -> PlannedSet {
        self.plan[self.current]
    }

    /// The exercise of a planned set.
    pub fn exercise_of(&self, set: PlannedSet) -> &Exercise {
        &self.programme.days[self.day].exercises[set.exercise]
    }

    /// How the current set is loaded on the bar, worked out when its load was planned.
    pub fn loading(&self) -> &Loading {
        &self.loading[self.current]
    }

    /// The current exercise.
    pub fn exercise(&self) -> &Exercise {
        self.exercise_of(self.set())
    }

    /// What the workout asks of the current exercise, and why.
    pub fn prescription(&self) -> &Prescribed {
        &self.prescribed[self.set().exercise]
    }

    /// Where the workout is, a left and right pair counting as one set, as the programme
    /// writes them: (the current set's number, how many sets there are).
    pub fn progress(&self) -> (usize, usize) {
        let counted = |p: &&PlannedSet| p.side != Some(Side::Right);
        let total = self.plan.iter().filter(counted).count();
        let before = self.plan[..self.current].iter().filter(counted).count();
        let this = if self.set().side == Some(Side::Right) { before } else { before + 1 };
        (this.min(total), total)
    }

    /// The set after the current one, if any.
    pub fn next_set(&self) -> Option<PlannedSet> {
        self.plan.get(self.current + 1).copied()
    }

    /// The day's name.
    pub fn day_name(&self) -> &str {
        &self.programme.days[self.day].name
    }

    /// The breathing pattern of the rest under way: the rest belongs to the set just done,
    /// while `current` has already moved on to the set that comes next.
    pub fn rest_breathing(&self) -> &Pattern {
        let done = self.plan[self.current.saturating_sub(1)];
        &self.exercise_of(done).breathing
    }

    /// Work done so far: reps × load summed over the work sets with a load (warm-ups never
    /// count in any statistic).
    pub fn volume(&self) -> f64 {
        let work = self.logged.iter().filter(|s| s.kind == SetKind::Work);
        work.map(|s| f64::from(s.reps.unwrap_or(0)) * s.load.unwrap_or(0.0)).sum()
    }

    /// The phase of the current rep while pacing reps, for the tempo bar.
    pub fn rep_phase(&self, now: Duration) -> Option<Phase> {
        let Screen::Pacing { clock } = &self.screen else { return None };
        let ex = self.exercise();
        match self.set().target {
            Target::Reps(_) => tempo::phase_at(&ex.tempo, ex.start, ex.cue, clock.elapsed(now)),
            Target::Hold(_) => None,
        }
    }
}

//! The questions the UI and the runtime ask of a session: the current set and exercise, what
//! comes next, where the workout is, the phase of the rep being paced. Read-only; every
//! change of state is in `update`.

use std::time::Duration;

use super::messages::LoggedSet;
use super::plan::{self, PlannedSet, SetKind, Side};
use super::prescribe::{PastSet, Prescribed};
use super::today::Mark;
use super::{Screen, Session};
use crate::core::breathing::Pattern;
use crate::core::phase::Phase;
use crate::core::plates::Loading;
use crate::core::programme::{Cue, Exercise, Target};
use crate::core::tempo::{self, RepPart};

impl Session {
    /// The current set.
    pub fn current_set(&self) -> PlannedSet {
        self.plan[self.current]
    }

    /// The exercise of a planned set.
    pub fn exercise_of(&self, set: PlannedSet) -> &Exercise {
        &self.programme.days[self.day].exercises[set.exercise]
    }

    /// The breathing cue a planned set is paced with (see [`PlannedSet::cue`]).
    pub fn cue_of(&self, set: PlannedSet) -> Cue {
        set.cue(self.exercise_of(set), self.settings.brace)
    }

    /// The breathing cue of the current set.
    pub fn cue(&self) -> Cue {
        self.cue_of(self.current_set())
    }

    /// How the current set is loaded on the bar, worked out when its load was planned.
    pub fn loading(&self) -> &Loading {
        &self.loading[self.current]
    }

    /// The current exercise.
    pub fn exercise(&self) -> &Exercise {
        self.exercise_of(self.current_set())
    }

    /// What the workout asks of the current exercise, and why.
    pub fn prescription(&self) -> &Prescribed {
        &self.prescribed[self.current_set().exercise]
    }

    /// Where the workout is, a left and right pair counting as one set, as the programme
    /// writes them: (the current set's number, how many sets there are).
    pub fn progress(&self) -> (usize, usize) {
        // Skipped sets are no part of the workout any more: counting them would read as done.
        let counted = |(i, p): &(usize, &PlannedSet)| {
            Side::counts_alone(p.side) && self.today.marks.get(*i) != Some(&Mark::Skipped)
        };
        let total = self.plan.iter().enumerate().filter(counted).count();
        let before = self.plan[..self.current].iter().enumerate().filter(counted).count();
        let this = if Side::counts_alone(self.current_set().side) { before + 1 } else { before };
        (this.min(total), total)
    }

    /// The exercises done in turn with `set`'s in its round, by index in the day: its group's
    /// members with a set left for that round (every member, for a warm-up), or just its own
    /// when it has no group.
    pub fn round_of(&self, set: PlannedSet) -> Vec<usize> {
        let day = &self.programme.days[self.day];
        let block = plan::block_of(day, set.exercise);
        match set.kind {
            SetKind::Warmup => block.collect(),
            SetKind::Work => plan::in_round(day, block, set.number),
        }
    }

    /// The current exercise's work sets logged today on the current set's side, in order.
    pub fn done_today(&self) -> Vec<PastSet> {
        let (name, side) = (&self.exercise().name, self.current_set().side);
        let here =
            |l: &&LoggedSet| &l.exercise == name && l.kind == SetKind::Work && l.side == side;
        self.logged.iter().filter(here).map(PastSet::from).collect()
    }

    /// The date and sets of the last time the current exercise was done, only the current
    /// set's side for per-side work; `None` when there are none.
    pub fn last_time_here(&self) -> Option<(&str, Vec<PastSet>)> {
        let (last, side) = (self.last.get(&self.exercise().name)?, self.current_set().side);
        let sets: Vec<PastSet> =
            last.sets.iter().filter(|s| side.is_none() || s.side == side).cloned().collect();
        (!sets.is_empty()).then_some((last.date.as_str(), sets))
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
        let done = self.plan[self.today.previous.unwrap_or(self.current)];
        &self.exercise_of(done).breathing
    }

    /// Sets logged so far, a left and right pair counting as one: (work sets, warm-ups).
    pub fn sets_logged(&self) -> (usize, usize) {
        let sets = self.logged.iter().filter(|s| Side::counts_alone(s.side));
        let warmups = sets.clone().filter(|s| s.kind == SetKind::Warmup).count();
        (sets.count() - warmups, warmups)
    }

    /// Work done so far: reps × load summed over the work sets with a load (warm-ups never
    /// count in any statistic).
    pub fn volume(&self) -> f64 {
        let work = self.logged.iter().filter(|s| s.kind == SetKind::Work);
        work.map(|s| f64::from(s.reps.unwrap_or(0)) * s.load.unwrap_or(0.0)).sum()
    }

    /// The phase of the current rep while pacing reps, for the tempo bar.
    pub fn rep_phase(&self, now: Duration) -> Option<Phase> {
        self.rep_part(now).map(|(phase, _)| phase)
    }

    /// The phase of the current rep and the part of the rep it is, while pacing reps.
    pub fn rep_part(&self, now: Duration) -> Option<(Phase, RepPart)> {
        let Screen::Pacing { clock } = &self.screen else { return None };
        let ex = self.exercise();
        match self.current_set().target {
            Target::Reps(_) => tempo::part_at(&ex.tempo, ex.start, self.cue(), clock.elapsed(now)),
            Target::Hold(_) => None,
        }
    }
}

impl From<&LoggedSet> for PastSet {
    /// A set logged this session, as "last time" shows one.
    fn from(l: &LoggedSet) -> Self {
        PastSet {
            reps: l.reps,
            hold_s: l.hold_s,
            load: l.load,
            unit: l.unit.to_string(),
            side: l.side,
        }
    }
}

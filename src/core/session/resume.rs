//! A session taken up again after an interruption: the sets already on disk are matched to the
//! plan and count as done, the loads they were logged with carry forward as if just logged, and
//! the workout goes on at the first set not done. Pure; the sets come from the journal through
//! `core::resume`. Must never emit a record for a set already on disk.

use std::time::Duration;

use super::messages::LoggedSet;
use super::plan::{PlannedSet, Side};
use super::{Mark, Session};
use crate::core::resume::{DoneSet, Interrupted};

impl Session {
    /// The same session as `last` left it: its swaps made again (the sets still to do are
    /// done under the name swapped in), its sets on disk taken as logged, its skipped sets
    /// skipped, and the time spent before kept for the summary; it continues at the first
    /// planned set still to do. A set on disk that the plan no longer has (the programme file
    /// was changed in between) stays in the journal but is not counted here. Nothing is
    /// recorded again: every change here is already on disk.
    pub fn resumed(mut self, last: &Interrupted) -> Session {
        // Every name each exercise went by in that session: its sets and skips are saved
        // under the name it had at the time.
        let mut names: Vec<Vec<String>> = self.programme.days[self.day]
            .exercises
            .iter()
            .map(|ex| vec![ex.name.clone()])
            .collect();
        for swap in &last.swaps {
            let Some(exercise) = names.iter().position(|n| n.last() == Some(&swap.planned)) else {
                continue;
            };
            let Some(info) = self.library().lookup(&swap.done).cloned() else { continue };
            self.swap_to(exercise, &info);
            names[exercise].push(info.name);
        }
        let is = |d: &DoneSet, set: PlannedSet| {
            names[set.exercise].iter().any(|n| d.is(n, set.kind, set.number, set.side))
        };
        let mut left: Vec<&DoneSet> = last.sets.iter().collect();
        let mut taken = Vec::new();
        for i in 0..self.plan.len() {
            let set = self.plan[i];
            let Some(k) = left.iter().position(|d| is(d, set)) else { continue };
            let done = left.remove(k);
            let logged = self.as_logged(i, done);
            self.current = i;
            // A load logged under the name swapped away from says nothing of the one done now.
            if done.exercise == self.exercise_of(set).name {
                self.carry_load_forward(set, logged.load);
            }
            self.records.logged(&logged);
            self.today.marks[i] = Mark::Done(self.logged.len());
            self.logged.push(logged);
            taken.push(i);
        }
        for i in 0..self.plan.len() {
            let set = self.plan[i];
            let skipped = last.skipped.iter().any(|s| {
                let name = names[set.exercise].contains(&s.exercise);
                name && (s.kind, s.number, s.side) == (set.kind, set.number, set.side)
            });
            if skipped && self.today.marks[i] == Mark::ToDo {
                self.today.marks[i] = Mark::Skipped;
                taken.push(i);
            }
        }
        taken.sort_unstable();
        // Records set before the break are in the summary, not announced again on Ready.
        self.records.announce = None;
        // The sets done or skipped come first in the plan, so it stays the order the workout
        // is done in (today's list relies on it); it goes on at the first set still to do.
        self.current = 0;
        self.bring_forward(&taken);
        self.current = taken.len().min(self.plan.len() - 1);
        self.earlier = Some(last.active);
        self
    }

    /// Planned set `i`, done as `done` says. Its times are not on this run's clock; they are
    /// never written again, so they are left at zero.
    fn as_logged(&self, i: usize, done: &DoneSet) -> LoggedSet {
        let set = self.plan[i];
        let ex = self.exercise_of(set);
        LoggedSet {
            exercise: ex.name.clone(),
            number: done.number,
            kind: done.kind,
            side: done.side,
            reps: done.reps,
            hold_s: done.hold_s,
            load: done.load,
            unit: self.programme.units.as_str(),
            target: set.target,
            tempo: ex.tempo.to_string(),
            rpe: done.rpe,
            started: Duration::ZERO,
            ended: Duration::ZERO,
        }
    }

    /// The time the summary counts at `ended`: since the start for a session begun in this run;
    /// for one taken up again, the time spent before the break plus this run's, the time away
    /// left out. `true` when it is the latter (the summary says "active").
    pub fn time_spent(&self, ended: Duration) -> (Duration, bool) {
        let here = ended.saturating_sub(self.began);
        match self.earlier {
            Some(earlier) => (earlier + here, true),
            None => (here, false),
        }
    }

    /// Whether any planned set is still to do (neither done nor skipped): a session with
    /// none left has nothing to resume.
    pub fn anything_left(&self) -> bool {
        self.today.marks.contains(&Mark::ToDo)
    }

    /// Sets of the plan done so far and in all, warm-ups included and a left and right pair
    /// counting as one, as the programme writes them: what the resume prompt says ("5 of 18
    /// sets done").
    pub fn sets_done(&self) -> (usize, usize) {
        let total = self.plan.iter().filter(|s| Side::counts_alone(s.side)).count();
        let done = self.logged.iter().filter(|s| Side::counts_alone(s.side)).count();
        (done, total)
    }
}

//! A session taken up again after an interruption: the sets already on disk are matched to the
//! plan and count as done, the loads they were logged with carry forward as if just logged, and
//! the workout goes on at the first set not done. Pure; the sets come from the journal through
//! `core::resume`. Must never emit a record for a set already on disk.

use std::time::Duration;

use super::messages::LoggedSet;
use super::plan::Side;
use super::{Mark, Session};
use crate::core::resume::DoneSet;

impl Session {
    /// The same session with `done` (already on disk) taken as logged and `earlier` (the time
    /// spent on it before) kept for the summary; it continues at the first planned set not
    /// done. A set on disk that the plan no longer has (the programme file was changed in
    /// between) stays in the journal but is not counted here.
    pub fn resumed(mut self, done: &[DoneSet], earlier: Duration) -> Session {
        let mut left: Vec<&DoneSet> = done.iter().collect();
        let mut taken = Vec::new();
        for i in 0..self.plan.len() {
            let set = self.plan[i];
            let name = &self.exercise_of(set).name;
            let Some(k) = left.iter().position(|d| d.is(name, set.kind, set.number, set.side))
            else {
                continue;
            };
            let logged = self.as_logged(i, left.remove(k));
            self.current = i;
            self.carry_load_forward(set, logged.load);
            self.records.logged(&logged);
            self.today.marks[i] = Mark::Done(self.logged.len());
            self.logged.push(logged);
            taken.push(i);
        }
        // Records set before the break are in the summary, not announced again on Ready.
        self.records.announce = None;
        // The sets done come first in the plan, so it stays the order the workout is done in
        // (today's list relies on it); it goes on at the first set not done.
        self.current = 0;
        self.bring_forward(&taken);
        self.current = taken.len().min(self.plan.len() - 1);
        self.earlier = Some(earlier);
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

    /// Sets of the plan done so far and in all, warm-ups included and a left and right pair
    /// counting as one, as the programme writes them: what the resume prompt says ("5 of 18
    /// sets done").
    pub fn sets_done(&self) -> (usize, usize) {
        let total = self.plan.iter().filter(|s| Side::counts_alone(s.side)).count();
        let done = self.logged.iter().filter(|s| Side::counts_alone(s.side)).count();
        (done, total)
    }
}

//! The lifter's own say over the plan's loads: a load changed on the Ready screen before a set,
//! or logged differently after one, becomes the exercise's load for its later work sets. The
//! lifter is never forced to start with a load that is wrong for them. Touches only the sets
//! still to come; history stays as logged.

use super::Session;
use super::plan::{PlannedSet, SetKind};
use super::prescribe::kit;
use crate::core::plates::{round_load, round_to_step};
use crate::core::programme::Load;

impl Session {
    /// A lifter who logs a different load than planned (the dumbbells were taken, the last
    /// set was too easy) means to keep using it: the exercise's later sets take it as their
    /// target. The plan is only touched after the current set, so history stays as logged.
    pub(super) fn carry_load_forward(&mut self, done: PlannedSet, logged: Option<f64>) {
        let load = logged.map_or(Load::Bodyweight, Load::Weight);
        if load == done.load || done.kind == SetKind::Warmup {
            return;
        }
        for i in self.current + 1..self.plan.len() {
            let later = self.plan[i];
            if later.exercise == done.exercise && later.kind == SetKind::Work {
                self.plan[i].load = load;
                self.loading[i] = self.loading_of(self.plan[i]);
            }
        }
    }

    /// Ready: `steps` (+1 or -1) of the kit's smallest step on the current set's load, to a
    /// load the kit can make, never below nothing (or the empty bar). A work set's new load
    /// carries to the exercise's later work sets; a warm-up's is its own. Bodyweight and a
    /// percentage still waiting for a one-rep max have no number to change.
    pub(super) fn change_load(&mut self, steps: f64) {
        let set = self.current_set();
        let Load::Weight(load) = set.load else { return };
        let ex = self.exercise_of(set);
        let (step, grid) = kit(&self.programme, ex);
        let wanted = (load + steps * step).max(0.0);
        let barbell = &self.programme.barbell;
        let changed = match grid {
            Some(grid) => round_to_step(wanted, grid),
            None => round_load(wanted, barbell).max(barbell.bar),
        };
        self.plan[self.current].load = Load::Weight(changed);
        self.loading[self.current] = self.loading_of(self.plan[self.current]);
        self.carry_load_forward(set, Some(changed));
    }
}

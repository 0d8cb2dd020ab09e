//! Fixing a logged set of today's session from the list: the correction form saved (the set
//! reads with its new values at once, for the summary, last time and records, and sets still
//! to do that took its load take the new one), or the set deleted after a yes. Both go out as
//! the `correction` record; the line that saved the set is never touched.

use std::time::Duration;

use super::{List, Mark, Mode, Row};
use crate::core::app::{Effect, JournalEntry};
use crate::core::programme::{Load, Target};
use crate::core::session::messages::{FixedValues, SetFix};
use crate::core::session::plan::SetKind;
use crate::core::session::{Session, plausible};

impl Session {
    /// Saves the correction being edited: the logged set reads with the new values at once
    /// (summary, last time, records), and later sets that took its load take the new one.
    pub(super) fn save_correction(&mut self, now: Duration) -> Vec<Effect> {
        let Some(List { mode: Mode::Correct { set: i, form }, .. }) = &mut self.today.list else {
            return Vec::new();
        };
        let i = *i;
        let entry = match form.validate() {
            Ok(entry) => entry,
            Err(why) => {
                form.error = Some(why);
                return Vec::new();
            }
        };
        let planned = self.plan[i];
        let unit = self.programme.units.as_str();
        if form.holds_back(plausible::doubt(&entry, planned.target, planned.load, unit), now) {
            return Vec::new();
        }
        let Mark::Done(logged) = self.mark(i) else { return Vec::new() };
        let hold = matches!(planned.target, Target::Hold(_));
        let values = FixedValues {
            reps: (!hold).then_some(entry.amount),
            hold_s: hold.then_some(entry.amount),
            load: entry.load,
            rpe: entry.rpe,
        };
        let set = &mut self.logged[logged];
        let was = set.load;
        (set.reps, set.hold_s, set.load, set.rpe) =
            (values.reps, values.hold_s, values.load, values.rpe);
        let name = set.name();
        if planned.kind == SetKind::Work && was != values.load {
            let (from, to) = (
                was.map_or(Load::Bodyweight, Load::Weight),
                values.load.map_or(Load::Bodyweight, Load::Weight),
            );
            for k in 0..self.plan.len() {
                let later = self.plan[k];
                if later.exercise == planned.exercise
                    && later.kind == SetKind::Work
                    && later.load == from
                    && self.mark(k) == Mark::ToDo
                {
                    self.plan[k].load = to;
                    self.loading[k] = self.loading_of(self.plan[k]);
                }
            }
        }
        self.records.recount(&self.logged);
        if let Some(list) = &mut self.today.list {
            list.mode = Mode::Rows;
            list.note = Some("Corrected.".into());
        }
        vec![Effect::Save(JournalEntry::Fixed(SetFix {
            set: name,
            void: false,
            values: Some(values),
        }))]
    }

    /// The lifter said yes to deleting the logged set under the cursor: it is void, as if
    /// never done, and cannot be done again under its number (add a set to redo it).
    pub(in crate::core::session) fn delete_set(&mut self) -> Vec<Effect> {
        let Some(list) = &self.today.list else { return Vec::new() };
        let Some(Row::Set(i)) = self.rows().get(list.cursor).copied() else { return Vec::new() };
        let Mark::Done(logged) = self.mark(i) else { return Vec::new() };
        let name = self.logged.remove(logged).name();
        for mark in &mut self.today.marks {
            if let Mark::Done(j) = mark
                && *j > logged
            {
                *j -= 1;
            }
        }
        self.today.marks[i] = Mark::Deleted;
        self.records.recount(&self.logged);
        self.note("Deleted.");
        vec![Effect::Save(JournalEntry::Fixed(SetFix { set: name, void: true, values: None }))]
    }
}

//! Today's list: every exercise and set of the day, done (with what was logged), current,
//! skipped, and still to come, opened with `l` from any workout screen. The state behind it
//! (which sets are done or skipped, which exercises were swapped, the list's cursor and what
//! it is showing) and the rows it shows. What the lifter can do from it is in `act`. Pure; the
//! records it asks for go out as effects.

use super::Session;
use super::form::LogForm;
use super::plan::Side;
use crate::core::keys::Binding;

mod act;
mod fix;
pub mod keymap;
mod report;
pub mod swap;
#[cfg(test)]
mod tests;

pub use keymap::ListAction;
pub use report::ExerciseReport;

/// Where one planned set stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Still to do.
    ToDo,
    /// Logged: the index of its entry in `Session::logged`.
    Done(usize),
    /// Skipped from the list: never done, never failed.
    Skipped,
    /// Logged and then deleted from the list (its record is voided).
    Deleted,
}

/// What the sets and exercises of the day have become, and the list if it is open.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Today {
    /// One mark per planned set, by index into `Session::plan`.
    pub marks: Vec<Mark>,
    /// By index into the day's exercises: the name it had in the programme, when it was
    /// swapped for another.
    pub swapped: Vec<Option<String>>,
    /// The planned set logged last, whose rest is under way. Always before the current set,
    /// so nothing the list moves (all at or after the current set) shifts it.
    pub previous: Option<usize>,
    /// The list, while it is open.
    pub list: Option<List>,
}

impl Today {
    /// Nothing done yet, for `sets` planned sets of `exercises` exercises.
    pub fn new(sets: usize, exercises: usize) -> Today {
        Today {
            marks: vec![Mark::ToDo; sets],
            swapped: vec![None; exercises],
            previous: None,
            list: None,
        }
    }
}

/// The list on screen: its cursor, what it shows, and a line saying what just happened.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// Index into [`Session::rows`].
    pub cursor: usize,
    /// The rows, or a swap or a correction under way.
    pub mode: Mode,
    /// What the last key did, or why it could not.
    pub note: Option<String>,
}

/// What the list shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// The rows of the day.
    Rows,
    /// Choosing what to swap an exercise for.
    Swap {
        /// Index into the day's exercises.
        exercise: usize,
        /// The alternatives, best first.
        choices: Vec<String>,
        /// Index into `choices`.
        cursor: usize,
    },
    /// Correcting a logged set.
    Correct {
        /// Index into `Session::plan`.
        set: usize,
        /// The values as edited.
        form: LogForm,
    },
}

/// One row of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// An exercise's heading, by index into the day's exercises.
    Exercise(usize),
    /// A set, by index into `Session::plan`.
    Set(usize),
}

/// "Delete this set?", asked before a logged set is voided.
pub const DELETE: crate::core::app::Confirm = crate::core::app::Confirm {
    id: "delete-set",
    title: "Delete this set?",
    body: "It stays in the file, marked void.",
    yes: "delete it",
    no: "keep it",
};

impl Session {
    /// The rows of today's list: each exercise in the day's order, then its sets in the order
    /// they are done.
    pub fn rows(&self) -> Vec<Row> {
        let exercises = self.programme.days[self.day].exercises.len();
        let mut rows = Vec::with_capacity(exercises + self.plan.len());
        for exercise in 0..exercises {
            rows.push(Row::Exercise(exercise));
            let sets = self.plan.iter().enumerate().filter(|(_, s)| s.exercise == exercise);
            rows.extend(sets.map(|(i, _)| Row::Set(i)));
        }
        rows
    }

    /// Where planned set `i` stands.
    pub fn mark(&self, i: usize) -> Mark {
        self.today.marks[i]
    }

    /// The name exercise `exercise` had in the programme, when it was swapped.
    pub fn swapped_from(&self, exercise: usize) -> Option<&str> {
        self.today.swapped[exercise].as_deref()
    }

    /// Moves the planned sets `chosen` (all at or after the current one, in plan order) to
    /// the current place, in their order, with their marks and loading: the plan stays the
    /// order the workout is really done in, so every set before the current one is finished
    /// and every set from it on is still to do.
    pub(super) fn bring_forward(&mut self, chosen: &[usize]) {
        let mut taken = Vec::with_capacity(chosen.len());
        for &i in chosen.iter().rev() {
            taken.push((self.plan.remove(i), self.today.marks.remove(i), self.loading.remove(i)));
        }
        for (k, (set, mark, loading)) in taken.into_iter().rev().enumerate() {
            self.plan.insert(self.current + k, set);
            self.today.marks.insert(self.current + k, mark);
            self.loading.insert(self.current + k, loading);
        }
    }

    /// Whether planned set `i` is counted alone as a set (a left side is counted with its
    /// right).
    pub(super) fn counted(&self, i: usize) -> bool {
        Side::counts_alone(self.plan[i].side)
    }

    /// The key table of the list as it is now, if it is open.
    pub fn list_keymap(&self) -> Option<&'static [Binding<ListAction>]> {
        Some(match self.today.list.as_ref()?.mode {
            Mode::Rows if matches!(self.screen, super::Screen::Summary { .. }) => keymap::LIST_OVER,
            Mode::Rows => keymap::LIST,
            Mode::Swap { .. } => keymap::SWAP,
            Mode::Correct { .. } => keymap::CORRECT,
        })
    }
}

//! What the lifter does from today's list: go to any set, skip a set or an exercise, swap an
//! exercise for an alternative, add a set, open the correction of a logged set (saved in
//! `fix`). Each rule changes the session's plan and marks and returns the record to save; an
//! action that cannot be done now (the set being paced or logged) leaves everything as it was
//! and says why on the list's note line.

use std::rc::Rc;
use std::time::Duration;

use super::keymap::ListAction;
use super::{DELETE, List, Mark, Mode, Row, swap};
use crate::core::app::{Effect, JournalEntry};
use crate::core::keys::{self, Key};
use crate::core::library::{ExerciseInfo, Library};
use crate::core::programme::Load;
use crate::core::session::messages::{EndStatus, SetName};
use crate::core::session::plan::{PlannedSet, SetKind};
use crate::core::session::{LogForm, QUIT, Screen, Session};

/// Why a set being paced or logged cannot be left from the list.
pub(super) const BUSY: &str = "Finish this set first: log it or go back to Ready.";

impl Session {
    /// Opens today's list with the cursor on the current set, pausing what is timed.
    pub(in crate::core::session) fn open_list(&mut self, now: Duration) {
        self.pause_for_interruption(now);
        let current = Row::Set(self.current);
        let cursor = self.rows().iter().position(|r| *r == current).unwrap_or(0);
        self.today.list = Some(List { cursor, mode: Mode::Rows, note: None });
    }

    /// A key while the list is open.
    pub(in crate::core::session) fn list_key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        // A rest may run out while the list is read: the workout moves on underneath.
        let mut effects = self.tick(now);
        let Some(table) = self.list_keymap() else { return effects };
        let Some(action) = keys::action(table, key) else { return effects };
        let rows = self.rows();
        let Some(list) = self.today.list.as_mut() else { return effects };
        list.note = None;
        let row = rows.get(list.cursor).copied();
        let more = match (&mut list.mode, action) {
            (_, ListAction::Help) => vec![Effect::ShowHelp],
            (_, ListAction::Quit) => vec![Effect::Ask(QUIT)],
            (_, ListAction::Suspend) => vec![Effect::Suspend],
            (Mode::Rows, ListAction::Up) => {
                list.cursor = list.cursor.saturating_sub(1);
                Vec::new()
            }
            (Mode::Rows, ListAction::Down) => {
                list.cursor = (list.cursor + 1).min(rows.len().saturating_sub(1));
                Vec::new()
            }
            (Mode::Swap { cursor, choices, .. }, ListAction::Up | ListAction::Down) => {
                let down = action == ListAction::Down;
                *cursor = if down {
                    (*cursor + 1).min(choices.len() - 1)
                } else {
                    cursor.saturating_sub(1)
                };
                Vec::new()
            }
            (Mode::Rows, ListAction::Close) => {
                self.today.list = None;
                Vec::new()
            }
            (_, ListAction::Close) => {
                list.mode = Mode::Rows;
                Vec::new()
            }
            (Mode::Correct { form, .. }, ListAction::NextField) => {
                form.tab(false);
                Vec::new()
            }
            (Mode::Correct { form, .. }, ListAction::PreviousField) => {
                form.tab(true);
                Vec::new()
            }
            (Mode::Correct { form, .. }, ListAction::Backspace) => {
                form.backspace();
                Vec::new()
            }
            (Mode::Correct { form, .. }, ListAction::Type) => {
                if let Key::Char(c) = key {
                    form.type_char(c);
                }
                Vec::new()
            }
            (Mode::Correct { .. }, ListAction::Choose) => self.save_correction(now),
            (Mode::Swap { exercise, choices, cursor }, ListAction::Choose) => {
                let (exercise, name) = (*exercise, choices[*cursor].clone());
                self.swap(exercise, &name)
            }
            (Mode::Rows, action) => match row {
                Some(row) => self.on_row(row, action, now),
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        effects.extend(more);
        effects
    }

    /// Says `why` on the list's note line.
    pub(super) fn note(&mut self, why: impl Into<String>) -> Vec<Effect> {
        if let Some(list) = &mut self.today.list {
            list.note = Some(why.into());
        }
        Vec::new()
    }

    fn on_row(&mut self, row: Row, action: ListAction, now: Duration) -> Vec<Effect> {
        let exercise = match row {
            Row::Exercise(e) => e,
            Row::Set(i) => self.plan[i].exercise,
        };
        match (action, row) {
            (ListAction::Correct | ListAction::Delete, Row::Set(i)) => match self.mark(i) {
                Mark::Done(logged) if action == ListAction::Correct => {
                    let set = &self.logged[logged];
                    let hold = set.hold_s.is_some();
                    let amount = set.reps.or(set.hold_s).unwrap_or(0);
                    let load = set.load.map_or(Load::Bodyweight, Load::Weight);
                    let mut form = LogForm::new(amount, load, hold);
                    form.rpe =
                        set.rpe.map(crate::core::programme::format_number).unwrap_or_default();
                    if let Some(list) = &mut self.today.list {
                        list.mode = Mode::Correct { set: i, form };
                    }
                    Vec::new()
                }
                Mark::Done(_) => vec![Effect::Ask(DELETE)],
                _ => self.note("Only a logged set can be corrected or deleted."),
            },
            (ListAction::Correct | ListAction::Delete, Row::Exercise(_)) => {
                self.note("Move to a logged set to correct or delete it.")
            }
            (ListAction::Choose, _) => {
                let to_do =
                    |i: usize| self.plan[i].exercise == exercise && self.mark(i) == Mark::ToDo;
                let target = match row {
                    // A right side is gone to with its left, when that is still to do.
                    Row::Set(i) => {
                        self.sides_of(i).into_iter().find(|&k| self.mark(k) == Mark::ToDo)
                    }
                    Row::Exercise(_) => (0..self.plan.len()).find(|&i| to_do(i)),
                };
                match target {
                    Some(i) => self.jump(i),
                    None => self.note("Nothing left to do there."),
                }
            }
            (ListAction::Skip, _) => {
                let chosen: Vec<usize> = match row {
                    // A per-side set is one set: both sides are skipped.
                    Row::Set(i) => self.sides_of(i),
                    Row::Exercise(_) => (0..self.plan.len())
                        .filter(|&i| self.plan[i].exercise == exercise)
                        .collect(),
                };
                self.skip(&chosen, now)
            }
            (ListAction::Swap, _) => {
                if self.busy_with(exercise) {
                    return self.note(BUSY);
                }
                let left = (0..self.plan.len())
                    .any(|i| self.plan[i].exercise == exercise && self.mark(i) == Mark::ToDo);
                if !left {
                    return self.note("Nothing left to do there to swap.");
                }
                let choices =
                    swap::alternatives(&self.library(), &self.programme, self.day, exercise);
                if choices.is_empty() {
                    return self.note("The library has no alternative that fits.");
                }
                if let Some(list) = &mut self.today.list {
                    list.mode = Mode::Swap { exercise, choices, cursor: 0 };
                }
                Vec::new()
            }
            (ListAction::AddSet, _) => self.add_set(exercise),
            _ => Vec::new(),
        }
    }

    /// Planned set `i` with its other side, left first, for a per-side set; else just `i`.
    fn sides_of(&self, i: usize) -> Vec<usize> {
        let set = self.plan[i];
        if set.side.is_none() {
            return vec![i];
        }
        let same = |p: &PlannedSet| {
            p.exercise == set.exercise && p.kind == set.kind && p.number == set.number
        };
        (0..self.plan.len()).filter(|&k| same(&self.plan[k])).collect()
    }

    /// Whether the set being paced or logged belongs to `exercise`, so it must not change
    /// under the lifter.
    fn busy_with(&self, exercise: usize) -> bool {
        let busy = matches!(self.screen, Screen::Pacing { .. } | Screen::Log { .. });
        busy && self.current_set().exercise == exercise
    }

    /// Goes to planned set `i`, still to do: it and the rest of its exercise's sets still to
    /// do come next, and the sets jumped over wait after them. Its Ready screen follows (a
    /// rest under way runs on, then leads to it).
    fn jump(&mut self, i: usize) -> Vec<Effect> {
        if i == self.current {
            self.today.list = None;
            return Vec::new();
        }
        if matches!(self.screen, Screen::Pacing { .. } | Screen::Log { .. }) {
            return self.note(BUSY);
        }
        let exercise = self.plan[i].exercise;
        let chosen: Vec<usize> = (i..self.plan.len())
            .filter(|&k| self.plan[k].exercise == exercise && self.mark(k) == Mark::ToDo)
            .collect();
        self.bring_forward(&chosen);
        if !matches!(self.screen, Screen::Rest { .. }) {
            self.screen = Screen::Ready;
        }
        self.today.list = None;
        Vec::new()
    }

    /// Skips the planned sets `chosen` that are still to do; recorded as skipped, so they
    /// are never taken for failures. When nothing is left, the workout is complete.
    fn skip(&mut self, chosen: &[usize], now: Duration) -> Vec<Effect> {
        let busy = matches!(self.screen, Screen::Pacing { .. } | Screen::Log { .. });
        let skipped: Vec<usize> =
            chosen.iter().copied().filter(|&i| self.mark(i) == Mark::ToDo).collect();
        if skipped.is_empty() {
            return self.note("Nothing left to skip there.");
        }
        if busy && skipped.contains(&self.current) {
            return self.note(BUSY);
        }
        let mut effects = Vec::new();
        for &i in &skipped {
            self.today.marks[i] = Mark::Skipped;
            effects.push(Effect::Save(JournalEntry::Skipped(self.set_name(i))));
        }
        let n = skipped.len();
        self.note(format!("Skipped {n} {}.", if n == 1 { "set" } else { "sets" }));
        // Skipped sets join the finished ones before the current set.
        self.bring_forward(&skipped);
        self.current += n;
        if self.current >= self.plan.len() {
            self.current = self.plan.len() - 1;
            effects.extend(self.complete(now));
            self.today.list = None;
        } else if matches!(self.screen, Screen::GetReady { .. }) {
            self.screen = Screen::Ready;
        }
        effects
    }

    /// Nothing is left to do: the summary, and the session's end on disk.
    pub(in crate::core::session) fn complete(&mut self, now: Duration) -> Vec<Effect> {
        self.screen = Screen::Summary { ended: now };
        self.ended = true;
        vec![Effect::Save(JournalEntry::SessionEnded(EndStatus::Completed))]
    }

    /// How the records name planned set `i`, under the name its exercise has now.
    fn set_name(&self, i: usize) -> SetName {
        let set = self.plan[i];
        SetName {
            exercise: self.exercise_of(set).name.clone(),
            kind: set.kind,
            number: set.number,
            side: set.side,
        }
    }

    /// Swaps `exercise` for the library's `name` from the list, says so on it, and returns
    /// the record of the swap.
    fn swap(&mut self, exercise: usize, name: &str) -> Vec<Effect> {
        let Some(info) = self.library().lookup(name).cloned() else { return Vec::new() };
        let planned = self.programme.days[self.day].exercises[exercise].name.clone();
        let original = self.swap_to(exercise, &info);
        if let Some(list) = &mut self.today.list {
            list.mode = Mode::Rows;
            list.note = Some(format!("{} instead of {original}.", info.name));
        }
        vec![Effect::Save(JournalEntry::Swapped { planned, done: info.name })]
    }

    /// Makes `exercise` the library's `info`: its sets still to do are done and saved under
    /// the new name, with the load last used for it (or the plan's, to adjust on Ready), and
    /// the summary says which it replaced. Returns the programme's name for it. Records
    /// nothing: a resume makes the swaps already on disk again.
    pub(in crate::core::session) fn swap_to(
        &mut self,
        exercise: usize,
        info: &ExerciseInfo,
    ) -> String {
        let ex = &mut self.programme.days[self.day].exercises[exercise];
        let planned = ex.name.clone();
        ex.name = info.name.clone();
        ex.muscles = info.muscles.clone();
        ex.start = info.start;
        ex.motion = info.motion;
        ex.equipment = Some(info.equipment);
        ex.notes = None;
        ex.harder = None;
        let original = self.today.swapped[exercise].take().unwrap_or(planned);
        self.today.swapped[exercise] = (original != info.name).then_some(original.clone());
        let last_load = self
            .last
            .get(&info.name)
            .and_then(|last| last.sets.iter().filter_map(|s| s.load).reduce(f64::max));
        for i in 0..self.plan.len() {
            let set = self.plan[i];
            if set.exercise != exercise || self.mark(i) != Mark::ToDo {
                continue;
            }
            let load = match (info.equipment, last_load, set.kind) {
                (crate::core::library::Equipment::Bodyweight, _, _) => Load::Bodyweight,
                (_, Some(load), SetKind::Work) => Load::Weight(load),
                _ => set.load,
            };
            self.plan[i].load = load;
            self.loading[i] = self.loading_of(self.plan[i]);
        }
        self.prescribed[exercise].reason =
            Some(format!("in place of {original}: choose a load that suits"));
        original
    }

    /// The exercise library swaps choose from: the one the workout was started with.
    pub(in crate::core::session) fn library(&self) -> Rc<Library> {
        self.library.clone().unwrap_or_else(|| Rc::new(Library::built_in()))
    }

    /// Adds a work set to `exercise` after its last, like its last (left and right for a
    /// per-side exercise).
    fn add_set(&mut self, exercise: usize) -> Vec<Effect> {
        let work = |s: &PlannedSet| s.exercise == exercise && s.kind == SetKind::Work;
        let Some(last) = self.plan.iter().rposition(work) else {
            return self.note("This exercise has no work set to copy.");
        };
        let number = self.plan[last].number + 1;
        let sides = if self.plan[last].side.is_some() { 2 } else { 1 };
        let models: Vec<PlannedSet> = self.plan[last + 1 - sides..=last].to_vec();
        // After the exercise's last set, or next when the exercise is already behind: never
        // before the current set, which may be under way.
        let at = (last + 1).max(self.current + 1);
        for (k, model) in models.into_iter().enumerate() {
            let set = PlannedSet { number, ..model };
            self.plan.insert(at + k, set);
            self.loading.insert(at + k, self.loading_of(set));
            self.today.marks.insert(at + k, Mark::ToDo);
        }
        for set in self.plan.iter_mut().filter(|s| work(s)) {
            set.of = number;
        }
        self.note(format!("Added set {number}."))
    }
}

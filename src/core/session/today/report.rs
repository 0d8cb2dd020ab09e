//! The summary's line for each exercise of the day: what was done (work sets and the best of
//! them), skipped, or swapped ("Goblet squat instead of Back squat"). Read-only words from the
//! session's logged sets and the marks of skipped ones.

use std::fmt;

use super::Mark;
use crate::core::session::plan::{SetKind, Side};
use crate::core::session::{LoggedSet, Session};
use crate::core::words::format_number;

/// What became of one exercise of the day.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseReport {
    /// The name it was done under.
    pub name: String,
    /// The programme's name for it, when it was swapped.
    pub instead_of: Option<String>,
    /// Work sets logged (a left and right pair is one).
    pub done: usize,
    /// Work sets skipped (a pair is one).
    pub skipped: usize,
    /// The best work set: "100 kg × 5", "× 12", "45 s".
    pub best: Option<String>,
}

impl fmt::Display for ExerciseReport {
    /// "Back squat — 3 sets, best 100 kg × 5", "Bench press — skipped", "Goblet squat instead
    /// of Back squat — 2 sets, best 24 kg × 10, 1 skipped".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(planned) = &self.instead_of {
            write!(f, " instead of {planned}")?;
        }
        let sets = |n: usize| if n == 1 { "1 set".to_string() } else { format!("{n} sets") };
        match (self.done, self.skipped) {
            (0, 0) => write!(f, " — not done"),
            (0, _) => write!(f, " — skipped"),
            (done, skipped) => {
                write!(f, " — {}", sets(done))?;
                if let Some(best) = &self.best {
                    write!(f, ", best {best}")?;
                }
                if skipped > 0 {
                    write!(f, ", {skipped} skipped")?;
                }
                Ok(())
            }
        }
    }
}

/// "100 kg × 5", "× 12" (bodyweight), "45 s" (a hold).
fn said(set: &LoggedSet) -> String {
    match (set.hold_s, set.reps, set.load) {
        (Some(s), _, _) => format!("{s} s"),
        (None, Some(reps), Some(load)) => format!("{} {} × {reps}", format_number(load), set.unit),
        (None, reps, _) => format!("× {}", reps.unwrap_or(0)),
    }
}

impl Session {
    /// Each exercise of the day, in order, with what became of it.
    pub fn exercise_reports(&self) -> Vec<ExerciseReport> {
        let exercises = &self.programme.days[self.day].exercises;
        (0..exercises.len())
            .map(|e| {
                let mut report = ExerciseReport {
                    name: exercises[e].name.clone(),
                    instead_of: self.swapped_from(e).map(str::to_string),
                    done: 0,
                    skipped: 0,
                    best: None,
                };
                // Done under its name now, or under the programme's before a swap.
                let names = [Some(report.name.as_str()), report.instead_of.as_deref()];
                let key =
                    |s: &&LoggedSet| (s.load.unwrap_or(0.0), s.reps.or(s.hold_s).unwrap_or(0));
                let done: Vec<&LoggedSet> = self
                    .logged
                    .iter()
                    .filter(|s| s.kind == SetKind::Work && Side::counts_alone(s.side))
                    .filter(|s| names.contains(&Some(s.exercise.as_str())))
                    .collect();
                report.done = done.len();
                report.best =
                    done.into_iter().reduce(|a, b| if key(&b) > key(&a) { b } else { a }).map(said);
                report.skipped = (0..self.plan.len())
                    .filter(|&i| self.plan[i].exercise == e && self.plan[i].kind == SetKind::Work)
                    .filter(|&i| self.counted(i) && self.mark(i) == Mark::Skipped)
                    .count();
                report
            })
            .collect()
    }
}

//! The summary's line for each exercise of the day: what was done (work sets and the best of
//! them), skipped, or swapped ("Goblet squat instead of Back squat"). Read-only words from the
//! session's marks and logged sets.

use std::fmt;

use super::Mark;
use crate::core::session::plan::SetKind;
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
                let mut best: Option<&LoggedSet> = None;
                for (i, set) in self.plan.iter().enumerate() {
                    if set.exercise != e || set.kind != SetKind::Work || !self.counted(i) {
                        continue;
                    }
                    match self.mark(i) {
                        Mark::Done(l) => {
                            report.done += 1;
                            let this = &self.logged[l];
                            let key = |s: &LoggedSet| {
                                (s.load.unwrap_or(0.0), s.reps.or(s.hold_s).unwrap_or(0))
                            };
                            if best.is_none_or(|b| key(this) > key(b)) {
                                best = Some(this);
                            }
                        }
                        Mark::Skipped => report.skipped += 1,
                        Mark::ToDo | Mark::Deleted => {}
                    }
                }
                report.best = best.map(said);
                report
            })
            .collect()
    }
}

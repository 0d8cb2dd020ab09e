//! The check-in and Progress screens in plain lines: the question with the wellbeing lines,
//! and this week against the plan with the exercise under the cursor. Must never change
//! either screen.

use std::time::Duration;

use super::{Said, Say};
use crate::core::checkin::{CheckinScreen, KIND_LINE, QUESTION};
use crate::core::progress::ProgressScreen;
use crate::core::safety::{CRISIS_LINE, NOT_MEDICAL_ADVICE};
use crate::ui::View;

impl Say for CheckinScreen {
    fn say(&self, _now: Duration, _view: &View) -> Said {
        let text = match (self.mood, self.kind_line) {
            (Some(_), true) => format!("{KIND_LINE} {CRISIS_LINE} Enter leaves."),
            (Some(mood), false) => format!("Saved: {mood} of 5. Enter leaves."),
            (None, _) => {
                format!("{QUESTION}: press 1 to 5, Enter skips. {NOT_MEDICAL_ADVICE} {CRISIS_LINE}")
            }
        };
        let message = self.message.as_deref().map(|m| format!(" {m}")).unwrap_or_default();
        Said::text(format!("{text}{message}"))
    }
}

impl Say for ProgressScreen {
    fn say(&self, _now: Duration, _view: &View) -> Said {
        let week = self.progress.weeks.last().map_or_else(String::new, |w| {
            format!(
                "This week {}: {} of {} sessions{}. ",
                w.week,
                w.sessions,
                w.planned,
                if w.met { ", guideline met" } else { "" }
            )
        });
        let exercise = self.exercise().map_or_else(
            || self.problem.clone().unwrap_or_else(|| "Nothing logged yet.".to_string()),
            |e| {
                format!(
                    "Exercise {} of {}: {} ({}).",
                    self.selected + 1,
                    self.exercises(),
                    e.name,
                    e.unit
                )
            },
        );
        Said::text(format!(
            "Progress. {week}Streak {} weeks. {exercise} (? keys)",
            self.progress.streak_weeks
        ))
    }
}

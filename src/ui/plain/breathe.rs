//! Breathing on its own, and the resonance finder, in plain lines: one line per breath phase
//! with the time left, and the finder's question. Must never change either screen.

use std::time::Duration;

use super::{Said, Say};
use crate::core::breathing::Pattern;
use crate::core::breathing::find::{Find, RATES, Stage as FindStage};
use crate::core::breathing::practice::{Practice, Stage};
use crate::ui::View;
use crate::ui::describe::clock;

/// "INHALE, 4:32 left", said once per phase; and how long until the phase ends.
fn breath(pattern: &Pattern, elapsed: Duration, left: Duration) -> (Said, Option<Duration>) {
    let Some(phase) = pattern.phase_at(elapsed) else {
        return (Said::text("Breathe freely.".into()), None);
    };
    let text = format!("{}, {} left", phase.kind.word(), clock(left));
    let about = format!("{} {} {}", phase.cycle, phase.index, phase.kind.word());
    let until = phase.length.mul_f64((1.0 - phase.fraction).max(0.0));
    (Said { about, text }, Some(until.max(Duration::from_millis(1))))
}

impl Say for Practice {
    fn say(&self, now: Duration, _view: &View) -> Said {
        match self.stage {
            Stage::Done { completed } => Said::text(format!(
                "Breathing {}: {} of {}. Enter leaves.",
                if completed { "done" } else { "ended early" },
                clock(self.elapsed(now)),
                self.pattern.name
            )),
            Stage::Breathing if self.clock.paused_at.is_some() => {
                Said::text("Paused. Space resumes, q ends.".into())
            }
            Stage::Breathing => {
                let elapsed = self.elapsed(now);
                breath(&self.pattern, elapsed, self.length.saturating_sub(elapsed)).0
            }
        }
    }

    fn until_said(&self, now: Duration) -> Option<Duration> {
        if !self.running() {
            return None;
        }
        let elapsed = self.elapsed(now);
        breath(&self.pattern, elapsed, self.length.saturating_sub(elapsed)).1
    }
}

impl Say for Find {
    fn say(&self, now: Duration, _view: &View) -> Said {
        let rate = RATES[self.step];
        match self.stage {
            FindStage::Rating => Said::text(format!(
                "How comfortable was {rate} breaths a minute? Press 1 (hard) to 5 (easy)."
            )),
            FindStage::Done => {
                Said::text("Finding your rate is done: a comfort estimate. Enter leaves.".into())
            }
            FindStage::Breathing => {
                let elapsed = self.elapsed(now);
                let (said, _) = breath(&self.pattern(), elapsed, step_left(elapsed));
                Said { text: format!("{rate} a minute: {}", said.text), ..said }
            }
        }
    }

    fn until_said(&self, now: Duration) -> Option<Duration> {
        if self.stage != FindStage::Breathing || self.clock.paused_at.is_some() {
            return None;
        }
        let elapsed = self.elapsed(now);
        breath(&self.pattern(), elapsed, step_left(elapsed)).1
    }
}

/// What is left of a finder step after `elapsed`.
fn step_left(elapsed: Duration) -> Duration {
    crate::core::breathing::find::STEP.saturating_sub(elapsed)
}

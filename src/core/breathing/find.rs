//! `liftpace breathe --find`: the usual resonance-rate protocol without a sensor. Two minutes
//! each at 6.5, 6, 5.5, 5 and 4.5 breaths a minute; after each the lifter rates comfort from
//! 1 to 5, and may stop at any point. The most comfortable rate (ties go to the faster) is the
//! estimate. Without a heart-rate sensor this is a comfort estimate, and the screen says so.
//! A screen of the app; time is an argument, saving is returned as effects. Must never read a
//! clock.

use std::time::Duration;

use super::Pattern;
use super::keymap::{self, Action, Paced};
use super::record::BreathingDone;
use crate::core::app::{Effect, JournalEntry, Msg, Screen};
use crate::core::keys::{self, Binding, KeyHelp};
use crate::core::session::Clock;

/// The rates tried, breaths a minute, in order.
pub const RATES: [f64; 5] = [6.5, 6.0, 5.5, 5.0, 4.5];
/// How long each rate is breathed.
pub const STEP: Duration = Duration::from_secs(120);
/// The pattern name the practice is logged under.
pub const LOGGED_AS: &str = "resonance-find";

/// Where the finder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Breathing at `RATES[step]`.
    Breathing,
    /// Asking how comfortable `RATES[step]` was.
    Rating,
    /// Over; the result is `best()`.
    Done,
}

/// The resonance finder in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Find {
    /// Index into `RATES` of the rate being breathed or rated.
    pub step: usize,
    /// Where it is.
    pub stage: Stage,
    /// The clock of the current step; pausing shifts it.
    pub clock: Clock,
    /// Comfort ratings so far, one per finished step.
    pub ratings: Vec<u8>,
    /// When the finder began, for the record.
    began: Duration,
    /// Breathing time of the steps already finished.
    breathed: Duration,
    /// Breaths of the steps already finished.
    breaths: u32,
    /// Why the rate or the record could not be saved, if either could not.
    pub save_error: Option<String>,
    /// Ending on a signal: nothing more will be shown.
    leaving: bool,
}

/// The most comfortable rate among `ratings` (one per rate of `RATES`, in order); ties go to
/// the faster rate. `None` before any rating.
pub fn best(ratings: &[u8]) -> Option<f64> {
    let top = *ratings.iter().max()?;
    // RATES run from fast to slow, so the first with the top rating is the fastest.
    ratings.iter().position(|&r| r == top).map(|i| RATES[i])
}

impl Find {
    /// A finder starting its first rate at `now`.
    pub fn new(now: Duration) -> Self {
        Find {
            step: 0,
            stage: Stage::Breathing,
            clock: Clock::started(now),
            ratings: Vec::new(),
            began: now,
            breathed: Duration::ZERO,
            breaths: 0,
            save_error: None,
            leaving: false,
        }
    }

    /// The pattern of the current step.
    pub fn pattern(&self) -> Pattern {
        Pattern::resonance(RATES[self.step])
    }

    /// Breathing time into the current step at `now`.
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.clock.elapsed(now).min(STEP)
    }

    /// Adds the current step's breathing, up to `now`, to what was done.
    fn close_step(&mut self, now: Duration) {
        let elapsed = self.elapsed(now);
        self.breathed += elapsed;
        self.breaths += self.pattern().breaths_done(elapsed);
    }

    /// Stops: saves the rate found (if any step was rated) and logs the breathing done.
    fn finish(&mut self, now: Duration) -> Vec<Effect> {
        if self.stage == Stage::Done {
            return Vec::new();
        }
        self.stage = Stage::Done;
        let mut effects = Vec::new();
        if let Some(rate) = best(&self.ratings) {
            effects.push(Effect::Save(JournalEntry::ResonanceRate(rate)));
        }
        let seconds = self.breathed.as_secs() as u32;
        if seconds > 0 {
            effects.push(Effect::Save(JournalEntry::Breathing(BreathingDone {
                pattern: LOGGED_AS.into(),
                started: self.began,
                ended: now,
                seconds,
                breaths: self.breaths,
                completed: self.ratings.len() == RATES.len(),
            })));
        }
        effects.push(Effect::Save(JournalEntry::BreathingEnded));
        effects
    }
}

impl Paced for Find {
    /// The key table for the state it is in.
    fn keymap(&self) -> &'static [Binding<Action>] {
        match (self.stage, self.clock.paused_at) {
            (Stage::Done, _) => keymap::DONE,
            (Stage::Rating, _) => keymap::RATING,
            (Stage::Breathing, None) => keymap::FINDING,
            (Stage::Breathing, Some(_)) => keymap::FINDING_PAUSED,
        }
    }

    fn pause(&mut self, now: Duration) {
        if self.stage == Stage::Breathing && self.clock.paused_at.is_none() {
            self.clock.toggle(now);
        }
    }

    /// Time passed: a finished step rings the bell and asks for its rating.
    fn tick(&mut self, now: Duration) -> Vec<Effect> {
        match self.deadline() {
            Some(at) if now >= at => {
                self.close_step(at);
                self.stage = Stage::Rating;
                vec![Effect::Bell]
            }
            _ => Vec::new(),
        }
    }

    fn act(&mut self, action: Action, now: Duration) -> Vec<Effect> {
        let mut effects = Vec::new();
        match action {
            Action::TogglePause => self.clock.toggle(now),
            Action::Rate(comfort) => {
                self.ratings.push(comfort);
                if self.step + 1 < RATES.len() {
                    self.step += 1;
                    self.stage = Stage::Breathing;
                    self.clock = Clock::started(now);
                } else {
                    effects = self.finish(now);
                }
            }
            Action::End => {
                if self.stage == Stage::Breathing {
                    self.close_step(now);
                }
                effects = self.finish(now);
            }
            Action::Leave => effects.push(Effect::Back),
            Action::Longer | Action::Shorter | Action::Help | Action::Suspend => {}
        }
        effects
    }
}

impl Screen for Find {
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        if let Some(effects) = self.paced(&msg, now) {
            return effects;
        }
        match msg {
            Msg::SaveFailed(_, why) if self.leaving => {
                vec![Effect::ReportOnExit(format!("not saved: {why}")), Effect::Exit]
            }
            Msg::SaveFailed(_, why) => {
                self.save_error = Some(why);
                Vec::new()
            }
            Msg::Terminate => {
                self.leaving = true;
                if self.stage == Stage::Breathing {
                    self.close_step(now);
                }
                let mut effects = self.finish(now);
                effects.push(Effect::Exit);
                effects
            }
            // Keys, ticks and the return from Ctrl-Z were `paced` above.
            Msg::Confirmed(_) | Msg::Key(_) | Msg::Tick | Msg::Resumed => Vec::new(),
        }
    }

    /// The end of the current step while it runs.
    fn deadline(&self) -> Option<Duration> {
        (self.stage == Stage::Breathing && self.clock.paused_at.is_none())
            .then(|| self.clock.start + STEP)
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(self.keymap())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_comfortable_rate_wins_and_ties_go_to_the_faster() {
        assert_eq!(best(&[]), None);
        assert_eq!(best(&[3, 5, 4, 5, 2]), Some(6.0));
        assert_eq!(best(&[2, 2, 4, 4, 5]), Some(4.5));
        assert_eq!(best(&[4]), Some(6.5));
    }
}

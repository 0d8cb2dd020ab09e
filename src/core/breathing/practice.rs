//! `liftpace breathe` as a screen of the app: a timed breathing session with a soft start,
//! pause, a length that `+` and `-` change, an end that rings the bell, and a record of what
//! was done however it ended; the mood check-in before it and after it when the settings ask.
//! Time is an argument; the record and the bell are returned as effects. Must never read a
//! clock or write anything itself.

use std::time::Duration;

use super::Pattern;
use super::keymap::{self, Action, Paced};
use super::record::BreathingDone;
use crate::core::app::{Confirm, Effect, JournalEntry, Msg, Screen};
use crate::core::checkin::{CheckinScreen, CheckinSetting, When};
use crate::core::keys::{self, Binding, KeyHelp};
use crate::core::session::Clock;

/// How much `+` and `-` change the length, and the shortest it can be.
pub const STEP: Duration = Duration::from_secs(60);
/// The longest session `+` reaches.
pub const LONGEST: Duration = Duration::from_secs(60 * 60);
/// Ending before this much is done needs no confirmation: little would be lost.
pub const ASK_AFTER: Duration = Duration::from_secs(60);

/// The question before ending a session more than a minute in.
pub const END: Confirm = Confirm {
    id: "end-breathing",
    title: "End the session?",
    body: "What you have done is saved.",
    yes: "end",
    no: "keep going",
};

/// Where the session is. Ending early asks first (the app's yes/no box) once more than a
/// minute is done, pausing the pacer meanwhile; either way the end shows what was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Breathing with the pacer (or paused).
    Breathing,
    /// Over: what was done is shown until a key leaves.
    Done {
        /// Whether it ran its whole length.
        completed: bool,
    },
}

/// A breathing session in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    /// The pattern as paced, soft start included.
    pub pattern: Pattern,
    /// How long it is meant to last, pauses left out.
    pub length: Duration,
    /// Its clock; pausing shifts it.
    pub clock: Clock,
    /// Where it is.
    pub stage: Stage,
    /// The record, once the session is over, so it is shown and never written twice.
    pub done: Option<BreathingDone>,
    /// Why the record could not be saved, if it could not.
    pub save_error: Option<String>,
    /// Ending on a signal: nothing more will be shown.
    leaving: bool,
    /// When to ask how the lifter feels, and the history's last two moods.
    checkin: (CheckinSetting, [Option<u8>; 2]),
    /// The clock waits (paused at zero) for the check-in before the session to close.
    waiting: Option<Waiting>,
}

/// What a session with a check-in before it still waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waiting {
    /// The check-in is yet to be put up.
    ToAsk,
    /// It is up; the clock starts when the session is back on top.
    Asked,
}

impl Practice {
    /// A session of `pattern` for `length`, starting at `now` with a soft start.
    pub fn new(pattern: Pattern, length: Duration, now: Duration) -> Self {
        Practice {
            pattern: pattern.soft_started(),
            length: length.clamp(STEP, LONGEST),
            clock: Clock::started(now),
            stage: Stage::Breathing,
            done: None,
            save_error: None,
            leaving: false,
            checkin: (CheckinSetting::Off, [None, None]),
            waiting: None,
        }
    }

    /// The same session, asking how the lifter feels as `setting` says (after it, and with
    /// "both" before it too), `moods` being the history's last two.
    pub fn asking(mut self, setting: CheckinSetting, moods: [Option<u8>; 2]) -> Self {
        self.checkin = (setting, moods);
        if setting.asks(When::Before) {
            // Nothing is breathed while the question is up.
            self.clock.paused_at = Some(self.clock.start);
            self.waiting = Some(Waiting::ToAsk);
        }
        self
    }

    /// The check-in before: put it up first, then start the clock when it has closed.
    fn wait(&mut self, now: Duration) -> Vec<Effect> {
        match self.waiting {
            Some(Waiting::ToAsk) => {
                self.waiting = Some(Waiting::Asked);
                let asking = CheckinScreen::new(When::Before, self.checkin.1).around_breathing();
                vec![Effect::open(asking)]
            }
            _ => {
                self.waiting = None;
                self.clock = Clock::started(now);
                Vec::new()
            }
        }
    }

    /// Leaving once over: through the check-in after, when asked for and something was done.
    fn leave(&self) -> Effect {
        let breathed = self.done.as_ref().is_some_and(|d| d.seconds > 0);
        if breathed && self.checkin.0.asks(When::After) {
            Effect::open(CheckinScreen::new(When::After, self.checkin.1).around_breathing())
        } else {
            Effect::Back
        }
    }

    /// Breathing time at `now`, never past the length.
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.clock.elapsed(now).min(self.length)
    }

    /// Whether the pacer is moving (not paused, not over).
    pub fn running(&self) -> bool {
        self.stage == Stage::Breathing && self.clock.paused_at.is_none()
    }

    /// Ends the session at `now`, logging what was done unless nothing was.
    fn end(&mut self, now: Duration, completed: bool) -> Vec<Effect> {
        if self.done.is_some() {
            return Vec::new();
        }
        let elapsed = self.elapsed(now);
        self.stage = Stage::Done { completed };
        let done = BreathingDone {
            pattern: self.pattern.name.clone(),
            started: self.clock.began,
            ended: now,
            seconds: elapsed.as_secs() as u32,
            breaths: self.pattern.breaths_done(elapsed),
            completed,
        };
        self.done = Some(done.clone());
        let saved = (done.seconds > 0).then(|| Effect::Save(JournalEntry::Breathing(done)));
        saved.into_iter().chain([Effect::Save(JournalEntry::BreathingEnded)]).collect()
    }
}

impl Paced for Practice {
    /// The key table for the state it is in.
    fn keymap(&self) -> &'static [Binding<Action>] {
        match (self.stage, self.clock.paused_at) {
            (Stage::Done { .. }, _) => keymap::DONE,
            (Stage::Breathing, None) => keymap::BREATHING,
            (Stage::Breathing, Some(_)) => keymap::PAUSED,
        }
    }

    fn pause(&mut self, now: Duration) {
        if self.running() {
            self.clock.toggle(now);
        }
    }

    /// Time passed: the session ends when its length is reached.
    fn tick(&mut self, now: Duration) -> Vec<Effect> {
        match self.deadline() {
            Some(at) if now >= at => {
                let mut effects = self.end(now, true);
                effects.push(Effect::Bell);
                effects
            }
            _ => Vec::new(),
        }
    }

    fn act(&mut self, action: Action, now: Duration) -> Vec<Effect> {
        let mut effects = Vec::new();
        match action {
            Action::TogglePause => self.clock.toggle(now),
            Action::Longer => self.length = (self.length + STEP).min(LONGEST),
            Action::Shorter => {
                self.length = self.length.saturating_sub(STEP).max(STEP);
                effects = self.tick(now);
            }
            Action::End if self.clock.elapsed(now) > ASK_AFTER => {
                self.pause(now);
                effects.push(Effect::Ask(END));
            }
            Action::End => effects = self.end(now, false),
            Action::Leave => effects.push(self.leave()),
            Action::Rate(_) | Action::Help | Action::Suspend => {}
        }
        effects
    }
}

impl Screen for Practice {
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        if self.waiting.is_some() && matches!(msg, Msg::Key(_) | Msg::Tick) {
            return self.wait(now);
        }
        if let Some(effects) = self.paced(&msg, now) {
            return effects;
        }
        match msg {
            Msg::Confirmed(id) if id == END.id => self.end(now, false),
            // Keys, ticks and the return from Ctrl-Z were `paced` above.
            Msg::Confirmed(_) | Msg::Key(_) | Msg::Tick | Msg::Resumed => Vec::new(),
            // Leaving on a signal: the failure is said after the terminal is given back.
            Msg::SaveFailed(_, why) if self.leaving => {
                let said = format!("the breathing session was not saved: {why}");
                vec![Effect::ReportOnExit(said), Effect::Exit]
            }
            Msg::SaveFailed(_, why) => {
                self.save_error = Some(why);
                Vec::new()
            }
            Msg::Terminate => {
                self.leaving = true;
                let mut effects = self.end(now, false);
                effects.push(Effect::Exit);
                effects
            }
        }
    }

    /// The end of the session while it runs; at once while a check-in before it is to be
    /// asked, or has just closed.
    fn deadline(&self) -> Option<Duration> {
        if self.waiting.is_some() {
            return Some(Duration::ZERO);
        }
        self.running().then(|| self.clock.start + self.length)
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(self.keymap())
    }
}

#[cfg(test)]
mod tests;

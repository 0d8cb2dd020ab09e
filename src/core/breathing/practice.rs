//! `liftpace breathe` as a state machine: a timed breathing session with a soft start, pause,
//! a length that `+` and `-` change, an end that rings the bell, and a record of what was done
//! however it ended. Time is an argument; the record and the bell are returned as effects.
//! Must never read a clock or write anything itself.

use std::time::Duration;

use super::Pattern;
use crate::core::session::{Clock, Key};

/// How much `+` and `-` change the length, and the shortest it can be.
pub const STEP: Duration = Duration::from_secs(60);
/// The longest session `+` reaches.
pub const LONGEST: Duration = Duration::from_secs(60 * 60);
/// Ending before this much is done needs no confirmation: little would be lost.
pub const ASK_AFTER: Duration = Duration::from_secs(60);

/// A breathing session as it is logged, with monotonic times the runtime stamps onto the
/// wall clock.
#[derive(Debug, Clone, PartialEq)]
pub struct BreathingDone {
    /// The pattern's name.
    pub pattern: String,
    /// When it began.
    pub started: Duration,
    /// When it ended.
    pub ended: Duration,
    /// Whole seconds of breathing, pauses left out.
    pub seconds: u32,
    /// Whole breaths paced.
    pub breaths: u32,
    /// Whether it ran its whole length.
    pub completed: bool,
}

/// What the runtime must do for a breathing session.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Append this record to the results file.
    Save(BreathingDone),
    /// Write the lifter's resonance rate (breaths a minute) into the settings.
    SaveResonance(f64),
    /// Ring the terminal bell.
    Bell,
    /// Give the terminal back and stop the process (Ctrl-Z).
    Suspend,
    /// Leave the breathing screen.
    Leave,
}

/// Where the session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Breathing with the pacer (or paused).
    Breathing,
    /// Asking whether to end early; the clock is paused meanwhile.
    ConfirmEnd {
        /// Whether the clock was running before the question, so "no" restarts it.
        was_running: bool,
    },
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
    /// The record, once written, so it is shown at the end and never written twice.
    pub done: Option<BreathingDone>,
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
        }
    }

    /// Breathing time at `now`, never past the length.
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.clock.elapsed(now).min(self.length)
    }

    /// Whether the pacer is moving (not paused, not asking, not over).
    pub fn running(&self) -> bool {
        self.stage == Stage::Breathing && self.clock.paused_at.is_none()
    }

    /// When time alone next changes the state: the end of the session while it runs.
    pub fn deadline(&self) -> Option<Duration> {
        self.running().then(|| self.clock.start + self.length)
    }

    /// Handles a key at `now`.
    pub fn key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        let mut effects = self.tick(now);
        match (self.stage, key) {
            (
                Stage::Done { .. },
                Key::Enter | Key::Esc | Key::Space | Key::Char('q') | Key::CtrlC,
            ) => effects.push(Effect::Leave),
            (Stage::ConfirmEnd { .. }, Key::Char('y' | 'Y' | 'q') | Key::Enter | Key::CtrlC) => {
                effects.extend(self.end(now, false))
            }
            (Stage::ConfirmEnd { was_running }, Key::Char('n' | 'N') | Key::Esc) => {
                self.stage = Stage::Breathing;
                if was_running {
                    self.clock.toggle(now);
                }
            }
            (Stage::Breathing, Key::Space) => self.clock.toggle(now),
            (Stage::Breathing, Key::Char('+')) => self.length = (self.length + STEP).min(LONGEST),
            (Stage::Breathing, Key::Char('-')) => {
                self.length = self.length.saturating_sub(STEP).max(STEP);
                effects.extend(self.tick(now));
            }
            (Stage::Breathing, Key::Char('q') | Key::CtrlC) => {
                if self.clock.elapsed(now) > ASK_AFTER {
                    let was_running = self.clock.paused_at.is_none();
                    if was_running {
                        self.clock.toggle(now);
                    }
                    self.stage = Stage::ConfirmEnd { was_running };
                } else {
                    effects.extend(self.end(now, false));
                    effects.push(Effect::Leave);
                }
            }
            (Stage::Breathing, Key::CtrlZ) => {
                self.pause(now);
                effects.push(Effect::Suspend);
            }
            _ => {}
        }
        effects
    }

    /// Time passed: the session ends when its length is reached.
    pub fn tick(&mut self, now: Duration) -> Vec<Effect> {
        match self.deadline() {
            Some(at) if now >= at => {
                let mut effects = self.end(now, true);
                effects.push(Effect::Bell);
                effects
            }
            _ => Vec::new(),
        }
    }

    /// Pauses a running session (after Ctrl-Z, say).
    pub fn pause(&mut self, now: Duration) {
        if self.running() {
            self.clock.toggle(now);
        }
    }

    /// Ends at once (a signal): logs what was done and leaves.
    pub fn terminate(&mut self, now: Duration) -> Vec<Effect> {
        let mut effects = self.end(now, false);
        effects.push(Effect::Leave);
        effects
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
        if done.seconds == 0 { Vec::new() } else { vec![Effect::Save(done)] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    fn box_for(minutes: u64) -> Practice {
        Practice::new(Pattern::built_in("box").unwrap(), s(60 * minutes), s(10))
    }

    fn saved(effects: &[Effect]) -> Option<&BreathingDone> {
        effects.iter().find_map(|e| match e {
            Effect::Save(done) => Some(done),
            _ => None,
        })
    }

    #[test]
    fn runs_its_length_then_rings_and_logs_it_completed() {
        let mut p = box_for(1);
        assert_eq!(p.tick(s(69)), []);
        assert_eq!(p.deadline(), Some(s(70)));
        let effects = p.tick(s(70));
        assert!(effects.contains(&Effect::Bell));
        let done = saved(&effects).expect("logged");
        assert_eq!(
            (done.seconds, done.completed, done.started, done.ended),
            (60, true, s(10), s(70))
        );
        assert_eq!(done.breaths, p.pattern.breaths_done(s(60)));
        assert_eq!(p.stage, Stage::Done { completed: true });
        assert_eq!(p.tick(s(80)), [], "logged once");
        assert_eq!(p.key(Key::Enter, s(81)), [Effect::Leave]);
    }

    #[test]
    fn pause_and_resume_shift_the_clock_without_drift() {
        let mut p = box_for(1);
        let before = p.pattern.phase_at(p.elapsed(s(25)));
        p.key(Key::Space, s(25));
        assert_eq!(p.deadline(), None, "nothing to wake for while paused");
        assert_eq!(p.elapsed(s(1000)), s(15));
        p.key(Key::Space, s(1000));
        assert_eq!(p.pattern.phase_at(p.elapsed(s(1000))), before, "resumes where it paused");
        assert_eq!(p.deadline(), Some(s(1045)));
        let done = saved(&p.tick(s(1045))).cloned().unwrap();
        assert_eq!((done.seconds, done.completed), (60, true));
    }

    #[test]
    fn plus_and_minus_change_the_length_within_bounds() {
        let mut p = box_for(5);
        p.key(Key::Char('+'), s(20));
        assert_eq!(p.length, s(360));
        for _ in 0..10 {
            p.key(Key::Char('-'), s(20));
        }
        assert_eq!(p.length, STEP, "never shorter than a minute");
        // Shortened below what is done: it ends as completed there and then.
        let mut q = box_for(3);
        let effects = q.key(Key::Char('-'), s(10 + 130));
        assert_eq!(saved(&effects).map(|d| (d.seconds, d.completed)), Some((120, true)));
    }

    #[test]
    fn an_early_q_logs_what_was_done_and_asks_only_after_a_minute() {
        let mut short = box_for(5);
        let effects = short.key(Key::Char('q'), s(10 + 40));
        let done = saved(&effects).expect("logged at once");
        assert_eq!((done.seconds, done.completed), (40, false));
        assert!(effects.contains(&Effect::Leave));

        let mut long = box_for(5);
        assert_eq!(long.key(Key::Char('q'), s(10 + 90)), [], "asks first");
        assert_eq!(long.stage, Stage::ConfirmEnd { was_running: true });
        long.key(Key::Char('n'), s(10 + 120));
        assert_eq!((long.stage, long.elapsed(s(10 + 120))), (Stage::Breathing, s(90)));
        long.key(Key::Char('q'), s(10 + 150));
        let effects = long.key(Key::Char('y'), s(10 + 160));
        assert_eq!(saved(&effects).map(|d| (d.seconds, d.completed)), Some((120, false)));
        assert_eq!(long.stage, Stage::Done { completed: false });
    }

    #[test]
    fn nothing_done_is_nothing_logged() {
        let mut p = box_for(1);
        assert_eq!(p.terminate(s(10)), [Effect::Leave]);
    }

    #[test]
    fn the_soft_start_begins_faster_and_settles_on_the_pattern() {
        let p = box_for(5);
        let first = p.pattern.phase_at(Duration::ZERO).unwrap();
        assert!(first.length < s(4), "the first inhale is shorter than box's 4 s");
        let settled = p.pattern.phase_at(s(120)).unwrap();
        assert!((settled.length.as_secs_f64() - 4.0).abs() < 1e-6, "{:?}", settled.length);
    }
}

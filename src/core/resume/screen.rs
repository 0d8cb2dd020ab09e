//! The resume prompt: "Resume day A — 5 of 18 sets done, 40 min ago?" over the home screen (or
//! over the one programme `liftpace run` names), with Enter to take the workout up again, `n`
//! to start the day fresh and `d` to go and pick another day. Pure; what each answer starts was
//! worked out before the prompt was built. Must never write a record itself: the resume is an
//! effect like any start.

use std::time::Duration;

use super::{Interrupted, ago_words, offered};
use crate::core::app::{Effect, JournalEntry, Msg, Screen};
use crate::core::keys::{self, Binding, Key, KeyHelp};
use crate::core::session::launch::Workout;

/// What a key does on the prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Take the interrupted workout up again.
    Resume,
    /// Start the same day afresh.
    Fresh,
    /// Go to the day choice (the home screen underneath).
    PickDay,
    /// Show the keys.
    Help,
    /// Leave the program.
    Quit,
}

/// The prompt's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Enter, Action::Resume), (Key::Char('y'), Action::Resume)],
        help: Some(("Enter", "resume where you stopped")),
        hint: Some(("Enter resume", 9)),
    },
    Binding {
        keys: &[(Key::Char('n'), Action::Fresh)],
        help: Some(("n", "start the day fresh")),
        hint: Some(("n fresh", 7)),
    },
    Binding {
        keys: &[(Key::Char('d'), Action::PickDay), (Key::Esc, Action::PickDay)],
        help: Some(("d / Esc", "pick another day")),
        hint: Some(("d pick day", 8)),
    },
    Binding {
        keys: &[(Key::Char('?'), Action::Help)],
        help: Some(("?", "show these keys")),
        hint: Some(("? keys", 5)),
    },
    Binding {
        keys: &[(Key::Char('q'), Action::Quit), (Key::CtrlC, Action::Quit)],
        help: Some(("q", "quit")),
        hint: Some(("q quit", 6)),
    },
];

/// The prompt, with both workouts it can start.
#[derive(Debug, Clone, PartialEq)]
pub struct ResumeScreen {
    /// The day's name.
    pub day: String,
    /// Sets done and in all, as the plan counts them.
    pub done: (usize, usize),
    /// How long ago the session began.
    pub ago: Duration,
    /// The interrupted day, with what the history said before it (its own sets left out).
    resume: Workout,
    /// The interrupted session as the journal tells it: its sets, skips, swaps and the
    /// time already spent.
    last: Interrupted,
    /// The same day begun afresh.
    fresh: Workout,
    /// Why the last answer did nothing (the disk refused).
    pub message: Option<String>,
}

impl ResumeScreen {
    /// The prompt for `last`, judged at wall-clock `now` (seconds since the epoch), when it is
    /// offered: `fresh` is the workout the lifter would otherwise start (any day; `n` starts
    /// `last`'s day), `before` the same programme with a history that leaves `last` out. `None`
    /// when the rule offers nothing, the day is gone from the programme, or every set is done.
    pub fn offer(
        last: Interrupted,
        now: i64,
        fresh: &Workout,
        before: &Workout,
    ) -> Option<ResumeScreen> {
        let ago = offered(&last, now)?;
        let day = fresh.programme.days.iter().position(|d| d.name == last.day)?;
        let fresh = Workout { day, ..fresh.clone() };
        let resume = Workout { day, ..before.clone() };
        let (_, session) = resume.begin(Duration::ZERO);
        let session = session.resumed(&last);
        // Everything done or skipped: nothing is left to take up again.
        session.anything_left().then_some(ResumeScreen {
            day: last.day.clone(),
            done: session.sets_done(),
            ago,
            resume,
            last,
            fresh,
            message: None,
        })
    }

    /// "Resume day A — 5 of 18 sets done, 40 min ago?"
    pub fn question(&self) -> String {
        let (done, total) = self.done;
        let ago = ago_words(self.ago);
        format!("Resume day {} — {done} of {total} sets done, {ago}?", self.day)
    }

    /// "Enter resume · n start day A fresh · d pick another day"
    pub fn answers(&self) -> String {
        format!("Enter resume · n start day {} fresh · d pick another day", self.day)
    }

    /// Takes the workout up again at `now`: the resume is recorded first, then the session
    /// opens over the day choice, so leaving it early still lands somewhere sensible.
    fn resume(&self, now: Duration) -> Vec<Effect> {
        let (_, session) = self.resume.begin(now);
        let session = session.resumed(&self.last);
        let resumed = JournalEntry::SessionResumed { session: self.last.session.clone() };
        vec![Effect::Save(resumed), Effect::Back, Effect::open(session)]
    }

    fn key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        self.message = None;
        match keys::action(KEYS, key) {
            Some(Action::Resume) => self.resume(now),
            Some(Action::Fresh) => {
                let mut effects = self.fresh.start(now);
                // Recorded first; then this prompt gives way to the workout.
                effects.insert(1, Effect::Back);
                effects
            }
            Some(Action::PickDay) => vec![Effect::Back],
            Some(Action::Help) => vec![Effect::ShowHelp],
            Some(Action::Quit) => vec![Effect::Exit],
            None => Vec::new(),
        }
    }
}

impl Screen for ResumeScreen {
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        match msg {
            Msg::Key(key) => self.key(key, now),
            Msg::SaveFailed(_, why) => {
                self.message = Some(format!("Not saved: {why}"));
                Vec::new()
            }
            Msg::Terminate => vec![Effect::Exit],
            Msg::Tick | Msg::Resumed | Msg::Confirmed(_) => Vec::new(),
        }
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(KEYS)
    }
}

//! The keys of the breathing screens, one table per state: what each key does, how the `?`
//! box and the README name it, and the footer hint, what the keys both screens share ask of
//! the app, and how a key press reaches a screen ([`Paced::key`]). The breathing session
//! and the resonance finder look their actions up here; no state of its own.

use std::time::Duration;

use crate::core::app::{Effect, Msg};
use crate::core::keys::{self, Binding, Key};

/// What a key does on a breathing screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pause or resume the pacer.
    TogglePause,
    /// A minute longer.
    Longer,
    /// A minute shorter.
    Shorter,
    /// End now (asks first once more than a minute is done).
    End,
    /// Show the keys (pausing the pacer).
    Help,
    /// Suspend to the shell (pausing the pacer).
    Suspend,
    /// Leave the screen once it is over.
    Leave,
    /// Rate the comfort of the rate just breathed, 1 to 5.
    Rate(u8),
}

/// What a key every breathing screen shares asks of the app; the pacer pauses first. `None`
/// for the screen's own actions.
fn shared(action: Action) -> Option<Effect> {
    match action {
        Action::Help => Some(Effect::ShowHelp),
        Action::Suspend => Some(Effect::Suspend),
        _ => None,
    }
}

/// A breathing screen as its keys see it: a key table for its state, a clock that time moves
/// on and that can be paused.
pub trait Paced {
    /// The key table for the state it is in.
    fn keymap(&self) -> &'static [Binding<Action>];

    /// Time passed to `now`: what its ending (of the session, of a step) asks.
    fn tick(&mut self, now: Duration) -> Vec<Effect>;

    /// Pauses the pacer, if it runs.
    fn pause(&mut self, now: Duration);

    /// Does the screen's own `action` at `now`.
    fn act(&mut self, action: Action, now: Duration) -> Vec<Effect>;

    /// What `key` at `now` comes to. A key after an end was due acts on what ended (the end's
    /// effects); the keys all breathing screens share pause the pacer and ask the app; the
    /// rest are the screen's own actions.
    fn key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        let Some(action) = keys::action(self.keymap(), key) else { return Vec::new() };
        let ended = self.tick(now);
        if !ended.is_empty() {
            return ended;
        }
        match shared(action) {
            Some(effect) => {
                self.pause(now);
                vec![effect]
            }
            None => self.act(action, now),
        }
    }

    /// What the messages every breathing screen answers alike come to (a key, time passing,
    /// the return from Ctrl-Z, which pauses); `None` for the rest, which are the screen's.
    fn paced(&mut self, msg: &Msg, now: Duration) -> Option<Vec<Effect>> {
        match msg {
            Msg::Key(key) => Some(self.key(*key, now)),
            Msg::Tick => Some(self.tick(now)),
            Msg::Resumed => {
                self.pause(now);
                Some(Vec::new())
            }
            _ => None,
        }
    }
}

const PAUSE: Binding<Action> = Binding {
    keys: &[(Key::Space, Action::TogglePause)],
    help: Some(("Space", "pause / resume")),
    hint: Some(("Space pause", 9)),
};

const RESUME: Binding<Action> = Binding { hint: Some(("Space resume", 9)), ..PAUSE };

const LENGTH: Binding<Action> = Binding {
    keys: &[(Key::Char('+'), Action::Longer), (Key::Char('-'), Action::Shorter)],
    help: Some(("+ / -", "a minute longer / shorter")),
    hint: Some(("+/- 1 min", 6)),
};

const END: Binding<Action> = Binding {
    // Esc is how every other screen is left, so a lifter reaches for it here too.
    keys: &[(Key::Char('q'), Action::End), (Key::Esc, Action::End), (Key::CtrlC, Action::End)],
    help: Some(("q / Esc / Ctrl-C", "end (asks after a minute)")),
    hint: Some(("q end", 8)),
};

const HELP: Binding<Action> = Binding {
    keys: &[(Key::Char('?'), Action::Help)],
    help: Some(("?", "show these keys")),
    hint: Some(("? keys", 5)),
};

const SUSPEND: Binding<Action> = Binding {
    keys: &[(Key::CtrlZ, Action::Suspend)],
    help: Some(("Ctrl-Z", "suspend")),
    hint: None,
};

/// `liftpace breathe` while the pacer runs.
pub const BREATHING: &[Binding<Action>] = &[PAUSE, LENGTH, END, HELP, SUSPEND];

/// `liftpace breathe` while paused.
pub const PAUSED: &[Binding<Action>] = &[RESUME, LENGTH, END, HELP, SUSPEND];

/// Any breathing screen once it is over.
pub const DONE: &[Binding<Action>] = &[Binding {
    keys: &[
        (Key::Enter, Action::Leave),
        (Key::Char('q'), Action::Leave),
        (Key::Esc, Action::Leave),
        (Key::CtrlC, Action::Leave),
    ],
    help: Some(("Enter / q", "leave")),
    hint: Some(("Enter/q leave", 9)),
}];

const STOP: Binding<Action> = Binding {
    keys: &[(Key::Char('q'), Action::End), (Key::Esc, Action::End), (Key::CtrlC, Action::End)],
    help: Some(("q / Esc / Ctrl-C", "stop here (rates so far count)")),
    hint: Some(("q stop", 8)),
};

/// `liftpace breathe --find` while breathing at a rate.
pub const FINDING: &[Binding<Action>] = &[PAUSE, STOP, HELP, SUSPEND];

/// `liftpace breathe --find` while paused.
pub const FINDING_PAUSED: &[Binding<Action>] = &[RESUME, STOP, HELP, SUSPEND];

/// `liftpace breathe --find` asking how comfortable a rate was.
pub const RATING: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (Key::Char('1'), Action::Rate(1)),
            (Key::Char('2'), Action::Rate(2)),
            (Key::Char('3'), Action::Rate(3)),
            (Key::Char('4'), Action::Rate(4)),
            (Key::Char('5'), Action::Rate(5)),
        ],
        help: Some(("1-5", "rate the comfort: 1 strained to 5 easy")),
        hint: Some(("1-5 rate", 9)),
    },
    STOP,
    HELP,
];

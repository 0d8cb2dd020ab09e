//! The keys of the breathing screens, one table per state: what each key does, how the `?`
//! box and the README name it, and the footer hint, and what the keys both screens share ask
//! of the app. The breathing session and the resonance finder look their actions up here;
//! data and lookups only.

use crate::core::app::Effect;
use crate::core::keys::{Binding, Key};

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

/// What a key every breathing screen shares asks of the app, and whether the pacer pauses
/// first: the key help and suspending pause it, leaving once over does not. `None` for the
/// screen's own actions.
pub fn shared(action: Action) -> Option<(bool, Effect)> {
    match action {
        Action::Help => Some((true, Effect::ShowHelp)),
        Action::Suspend => Some((true, Effect::Suspend)),
        Action::Leave => Some((false, Effect::Back)),
        _ => None,
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
    keys: &[(Key::Char('q'), Action::End), (Key::CtrlC, Action::End)],
    help: Some(("q / Ctrl-C", "end (asks after a minute)")),
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
    keys: &[(Key::Char('q'), Action::End), (Key::CtrlC, Action::End)],
    help: Some(("q / Ctrl-C", "stop here (rates so far count)")),
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

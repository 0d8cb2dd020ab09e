//! The workout's keys, one table per screen of the workout: what each key does there, how
//! the `?` box and the README name it, and the footer hint. The session's key handling, the
//! footers, the `?` box and the README test all read these tables. Data only; the actions
//! are carried out in the session.

use super::screen::Screen;
use crate::core::keys::{Binding, Key};

/// What a key does in a workout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open the key help (pausing what is timed).
    Help,
    /// Ask before quitting (pausing what is timed).
    Quit,
    /// Suspend to the shell (pausing what is timed).
    Suspend,
    /// Ready: begin the countdown.
    Start,
    /// Ready: one step heavier for this set and the exercise's later work sets.
    Heavier,
    /// Ready: one step lighter for this set and the exercise's later work sets.
    Lighter,
    /// Get ready: back to Ready. Log: ask, then back to Ready without saving.
    Back,
    /// Pacing: pause or resume.
    TogglePause,
    /// Pacing: end the set now and log it.
    EndSet,
    /// Log: next field.
    NextField,
    /// Log: previous field.
    PreviousField,
    /// Log: type the key's character into the field.
    Type,
    /// Log: delete a character.
    Delete,
    /// Log: save the set.
    Save,
    /// Rest: end the rest (not in its first moments).
    SkipRest,
    /// Rest: 30 s more.
    AddRest,
    /// Summary: leave.
    Leave,
    /// Open today's list (pausing what is timed).
    List,
}

impl Action {
    /// Whether the action comes before any deadline that has passed: opening a box or
    /// suspending pauses the screen as it was; every other key acts on the screen the
    /// deadlines have moved on to.
    pub fn before_deadlines(self) -> bool {
        matches!(self, Action::Help | Action::Quit | Action::Suspend | Action::List)
    }
}

const HELP: Binding<Action> = Binding {
    keys: &[(Key::Char('?'), Action::Help)],
    help: Some(("?", "show these keys")),
    hint: Some(("? keys", 5)),
};

const QUIT: Binding<Action> = Binding {
    keys: &[(Key::Char('q'), Action::Quit), (Key::CtrlC, Action::Quit)],
    help: Some(("q / Ctrl-C", "quit (asks first)")),
    hint: Some(("q quit", 7)),
};

const SUSPEND: Binding<Action> = Binding {
    keys: &[(Key::CtrlZ, Action::Suspend)],
    help: Some(("Ctrl-Z", "suspend")),
    hint: None,
};

const LIST: Binding<Action> = Binding {
    keys: &[(Key::Char('l'), Action::List)],
    help: Some(("l", "today's list")),
    hint: Some(("l list", 4)),
};

/// Keys that work on every workout screen but the summary, as the README lists them once.
pub const EVERYWHERE: &[Binding<Action>] = &[LIST, HELP, QUIT, SUSPEND];

const READY: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Space, Action::Start), (Key::Enter, Action::Start)],
        help: Some(("Space / Enter", "start the set")),
        hint: Some(("Space/Enter start", 9)),
    },
    Binding {
        keys: &[
            (Key::Char('+'), Action::Heavier),
            (Key::Char('='), Action::Heavier),
            (Key::Char('-'), Action::Lighter),
        ],
        help: Some(("+ / -", "change the load a step")),
        hint: Some(("+/- load", 6)),
    },
    LIST,
    HELP,
    QUIT,
    SUSPEND,
];

const GET_READY: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Esc, Action::Back)],
        help: Some(("Esc", "back to Ready")),
        hint: Some(("Esc back", 9)),
    },
    LIST,
    HELP,
    QUIT,
    SUSPEND,
];

const END_SET: Binding<Action> = Binding {
    keys: &[(Key::Enter, Action::EndSet)],
    help: Some(("Enter", "end the set now")),
    hint: Some(("Enter end set", 8)),
};

const PACING: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Space, Action::TogglePause)],
        help: Some(("Space", "pause / resume")),
        hint: Some(("Space pause", 9)),
    },
    END_SET,
    LIST,
    HELP,
    QUIT,
    SUSPEND,
];

const PAUSED: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Space, Action::TogglePause)],
        help: Some(("Space", "pause / resume")),
        hint: Some(("Space resume", 9)),
    },
    END_SET,
    LIST,
    HELP,
    QUIT,
    SUSPEND,
];

/// The digits and the decimal point, typed into the Log form.
const TYPED: &[(Key, Action)] = &[
    (Key::Char('0'), Action::Type),
    (Key::Char('1'), Action::Type),
    (Key::Char('2'), Action::Type),
    (Key::Char('3'), Action::Type),
    (Key::Char('4'), Action::Type),
    (Key::Char('5'), Action::Type),
    (Key::Char('6'), Action::Type),
    (Key::Char('7'), Action::Type),
    (Key::Char('8'), Action::Type),
    (Key::Char('9'), Action::Type),
    (Key::Char('.'), Action::Type),
];

const LOG: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Tab, Action::NextField), (Key::BackTab, Action::PreviousField)],
        help: Some(("Tab / S-Tab", "next / previous field")),
        hint: Some(("Tab next field", 8)),
    },
    Binding {
        keys: TYPED,
        help: Some(("0-9 .", "edit the field")),
        hint: Some(("digits edit", 4)),
    },
    Binding {
        keys: &[(Key::Backspace, Action::Delete)],
        help: Some(("Backspace", "delete a character")),
        hint: None,
    },
    Binding {
        keys: &[(Key::Enter, Action::Save)],
        help: Some(("Enter", "save the set")),
        hint: Some(("Enter save", 9)),
    },
    Binding {
        keys: &[(Key::Esc, Action::Back)],
        help: Some(("Esc", "discard (asks first)")),
        hint: Some(("Esc back", 7)),
    },
    // The form's own keys fill the footer.
    LIST.unhinted(),
    HELP.unhinted(),
    QUIT.unhinted(),
    SUSPEND,
];

const REST: &[Binding<Action>] = &[
    Binding {
        keys: &[(Key::Enter, Action::SkipRest), (Key::Space, Action::SkipRest)],
        help: Some(("Enter / Space", "skip the rest")),
        hint: Some(("Enter/Space skip", 9)),
    },
    Binding {
        keys: &[(Key::Char('+'), Action::AddRest)],
        help: Some(("+", "add 30 s")),
        hint: Some(("+ add 30 s", 8)),
    },
    LIST,
    HELP,
    QUIT,
    SUSPEND,
];

const SUMMARY: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (Key::Enter, Action::Leave),
            (Key::Char('q'), Action::Leave),
            (Key::CtrlC, Action::Leave),
        ],
        help: Some(("Enter / q", "leave")),
        hint: Some(("Enter/q leave", 9)),
    },
    LIST,
    HELP,
    // Nothing is timed any more, but Ctrl-Z still hands the terminal back.
    Binding { keys: &[(Key::CtrlZ, Action::Suspend)], help: None, hint: None },
];

/// The key table of the workout screen `screen`.
pub fn table(screen: &Screen) -> &'static [Binding<Action>] {
    match screen {
        Screen::Ready => READY,
        Screen::GetReady { .. } => GET_READY,
        Screen::Pacing { clock } if clock.paused_at.is_some() => PAUSED,
        Screen::Pacing { .. } => PACING,
        Screen::Log { .. } => LOG,
        Screen::Rest { .. } => REST,
        Screen::Summary { .. } => SUMMARY,
    }
}

/// Every workout table with the name the README gives its screen, in the order of a set.
pub const README: &[(&str, &[Binding<Action>])] = &[
    ("Ready", READY),
    ("Get ready", GET_READY),
    ("Pacing", PACING),
    ("Log", LOG),
    ("Rest", REST),
    ("Summary", SUMMARY),
];

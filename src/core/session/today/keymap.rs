//! The keys of today's list, one table per thing it shows: the list itself, the alternatives
//! to swap an exercise for, and the form correcting a logged set. Data only; the session
//! carries the actions out (`today::act`).

use crate::core::keys::{Binding, Key};

/// What a key does in today's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    /// Move the cursor up a row (or a choice).
    Up,
    /// Move the cursor down a row (or a choice).
    Down,
    /// List: go to the set under the cursor (the first to do of an exercise). Swap: swap to
    /// the choice. Correct: save the correction.
    Choose,
    /// Skip the set (or every set still to do of the exercise) under the cursor.
    Skip,
    /// Show the alternatives to swap the exercise under the cursor for.
    Swap,
    /// Add a set to the exercise under the cursor.
    AddSet,
    /// Correct the logged set under the cursor.
    Correct,
    /// Delete the logged set under the cursor (asks first).
    Delete,
    /// List: close it, back where the workout was. Swap, correct: back to the list.
    Close,
    /// Correct: next field.
    NextField,
    /// Correct: previous field.
    PreviousField,
    /// Correct: type the key's character into the field.
    Type,
    /// Correct: delete a character.
    Backspace,
    /// Open the key help.
    Help,
    /// Ask before quitting.
    Quit,
    /// Suspend to the shell.
    Suspend,
}

const UP_DOWN: Binding<ListAction> = Binding {
    keys: &[
        (Key::Up, ListAction::Up),
        (Key::Char('k'), ListAction::Up),
        (Key::Down, ListAction::Down),
        (Key::Char('j'), ListAction::Down),
    ],
    help: Some(("↑ / ↓", "move")),
    hint: Some(("↑/↓ move", 3)),
};

const HELP: Binding<ListAction> = Binding {
    keys: &[(Key::Char('?'), ListAction::Help)],
    help: Some(("?", "show these keys")),
    hint: None,
};

const QUIT: Binding<ListAction> = Binding {
    keys: &[(Key::Char('q'), ListAction::Quit), (Key::CtrlC, ListAction::Quit)],
    help: Some(("q / Ctrl-C", "quit (asks first)")),
    hint: None,
};

const SUSPEND: Binding<ListAction> =
    Binding { keys: &[(Key::CtrlZ, ListAction::Suspend)], help: None, hint: None };

const CORRECT_SET: Binding<ListAction> = Binding {
    keys: &[(Key::Char('e'), ListAction::Correct)],
    help: Some(("e", "correct a logged set")),
    hint: Some(("e fix", 5)),
};

const DELETE_SET: Binding<ListAction> = Binding {
    keys: &[(Key::Char('x'), ListAction::Delete)],
    help: Some(("x", "delete a set, asks first")),
    hint: Some(("x del", 4)),
};

const CLOSE: Binding<ListAction> = Binding {
    keys: &[(Key::Esc, ListAction::Close), (Key::Char('l'), ListAction::Close)],
    help: Some(("Esc / l", "close the list")),
    hint: Some(("Esc close", 8)),
};

/// The list: every exercise and set of the day.
pub const LIST: &[Binding<ListAction>] = &[
    UP_DOWN,
    Binding {
        keys: &[(Key::Enter, ListAction::Choose)],
        help: Some(("Enter", "go to this set")),
        hint: Some(("Enter go", 9)),
    },
    Binding {
        keys: &[(Key::Char('s'), ListAction::Skip)],
        help: Some(("s", "skip the set or exercise")),
        hint: Some(("s skip", 7)),
    },
    Binding {
        keys: &[(Key::Char('w'), ListAction::Swap)],
        help: Some(("w", "swap the exercise")),
        hint: Some(("w swap", 6)),
    },
    Binding {
        keys: &[(Key::Char('a'), ListAction::AddSet)],
        help: Some(("a", "add a set")),
        hint: Some(("a add", 5)),
    },
    CORRECT_SET,
    DELETE_SET,
    CLOSE,
    HELP,
    QUIT,
    SUSPEND,
];

/// The list once the workout is over: logged sets can still be corrected or deleted.
pub const LIST_OVER: &[Binding<ListAction>] =
    &[UP_DOWN, CORRECT_SET, DELETE_SET, CLOSE, HELP, QUIT, SUSPEND];

/// The alternatives an exercise can be swapped for.
pub const SWAP: &[Binding<ListAction>] = &[
    UP_DOWN,
    Binding {
        keys: &[(Key::Enter, ListAction::Choose)],
        help: Some(("Enter", "swap to this one")),
        hint: Some(("Enter swap", 9)),
    },
    Binding {
        keys: &[(Key::Esc, ListAction::Close)],
        help: Some(("Esc", "back to the list")),
        hint: Some(("Esc back", 8)),
    },
    HELP,
    QUIT,
    SUSPEND,
];

/// The digits and the decimal point, typed into the correction.
const TYPED: &[(Key, ListAction)] = &[
    (Key::Char('0'), ListAction::Type),
    (Key::Char('1'), ListAction::Type),
    (Key::Char('2'), ListAction::Type),
    (Key::Char('3'), ListAction::Type),
    (Key::Char('4'), ListAction::Type),
    (Key::Char('5'), ListAction::Type),
    (Key::Char('6'), ListAction::Type),
    (Key::Char('7'), ListAction::Type),
    (Key::Char('8'), ListAction::Type),
    (Key::Char('9'), ListAction::Type),
    (Key::Char('.'), ListAction::Type),
];

/// Correcting a logged set.
pub const CORRECT: &[Binding<ListAction>] = &[
    Binding {
        keys: &[(Key::Tab, ListAction::NextField), (Key::BackTab, ListAction::PreviousField)],
        help: Some(("Tab / S-Tab", "next / previous field")),
        hint: Some(("Tab next field", 8)),
    },
    Binding { keys: TYPED, help: Some(("0-9 .", "edit the field")), hint: Some(("digits", 4)) },
    Binding {
        keys: &[(Key::Backspace, ListAction::Backspace)],
        help: Some(("Backspace", "delete a character")),
        hint: None,
    },
    Binding {
        keys: &[(Key::Enter, ListAction::Choose)],
        help: Some(("Enter", "save the correction")),
        hint: Some(("Enter save", 9)),
    },
    Binding {
        keys: &[(Key::Esc, ListAction::Close)],
        help: Some(("Esc", "back to the list")),
        hint: Some(("Esc back", 7)),
    },
    HELP,
    QUIT,
    SUSPEND,
];

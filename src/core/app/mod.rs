//! The app: one state machine that owns whichever top-level screen is up (home, a workout,
//! ...), the screens waiting under it, and the box over it (key help or a yes/no question).
//! `update(msg, now) -> Vec<Effect>` like every screen; the runtime feeds it input and time,
//! carries out the effects and draws it, and never knows which screens exist. Pure: no I/O,
//! no clocks.
//!
//! # Adding a top-level screen
//!
//! 1. A core module with the screen's state and its key table (`core/<name>.rs`): a struct
//!    that implements [`Screen`], with its keys as a `&[Binding<Action>]` table
//!    (`core::keys`) that its `update` looks actions up in and its `help` lists. Time comes in
//!    as `now`; what must happen goes out as [`Effect`]s: `Save` a [`JournalEntry`] (a new
//!    record kind is a new variant there and one arm in the runtime's journal), `Bell`,
//!    `Ask` a [`Confirm`] (the answer comes back as `Msg::Confirmed(id)`), `ShowHelp`, `Open`
//!    another screen, `Back` to the one underneath, `Exit`. A screen that animates or waits
//!    returns its `deadline`; the ui says when its picture next changes.
//! 2. A ui module that draws it (`ui/<name>.rs`), implementing `ui::Draw`, and one line in
//!    the ui's list of screens (`ui/mod.rs`, `SCREENS`).
//! 3. A way in: a line in the home screen's key table (`core/home.rs`) whose action returns
//!    `Effect::open(screen)`, and/or a command in `cli` that starts on it with
//!    `launch::run(Start::Screen(Box::new(screen)), ..)`.
//! 4. Its keys in the README's key table: `tests/readme.rs` builds the table from the key
//!    tables and fails until the README says the same.
//!
//! The runtime does not change. A new kind of record is a `JournalEntry` variant and one arm in
//! `runtime/journal.rs` (plus its line format in `storage`), whichever screen writes it.
//!
//! # Adding a key to a screen
//!
//! One row in the screen's key table (`Binding { keys, help, hint }`), and, for a new action,
//! one arm where the screen handles it. The footer, the `?` box and the README test follow.

use std::time::Duration;

pub mod screen;

pub use screen::{Confirm, Deferred, Effect, JournalEntry, Msg, Opening, Screen};

use crate::core::keys::{self, Binding, Key};

/// A box over the screen. While one is up nothing times out underneath and keys go to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The key help of the screen underneath; any key closes it.
    Help,
    /// A yes/no question the screen asked.
    Confirm(Confirm),
    /// Something the lifter must read before starting (the settings had errors); any key
    /// closes it, and does nothing else.
    Notice(&'static str),
}

/// The answers to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Do it: the screen gets `Msg::Confirmed`.
    Yes,
    /// Don't: the box closes.
    No,
}

/// The keys of a yes/no question. `q` and Ctrl-C say yes too, so pressing quit twice quits.
pub const CONFIRM_KEYS: &[Binding<Answer>] = &[
    Binding {
        keys: &[
            (Key::Char('y'), Answer::Yes),
            (Key::Char('Y'), Answer::Yes),
            (Key::Char('q'), Answer::Yes),
            (Key::Enter, Answer::Yes),
            (Key::CtrlC, Answer::Yes),
        ],
        help: Some(("y / Enter", "yes")),
        hint: None,
    },
    Binding {
        keys: &[(Key::Char('n'), Answer::No), (Key::Char('N'), Answer::No), (Key::Esc, Answer::No)],
        help: Some(("n / Esc", "no")),
        hint: None,
    },
];

/// The whole app: the screen up, those under it, and the box over it.
#[derive(Debug)]
pub struct App {
    /// The screen on top.
    screen: Box<dyn Screen>,
    /// Screens that opened another and wait for `Back`, the most recent last.
    under: Vec<Box<dyn Screen>>,
    /// A box over the screen, if any.
    pub overlay: Option<Overlay>,
    /// Records to write before the first frame (a workout's start).
    first_records: Vec<JournalEntry>,
}

impl App {
    /// An app showing `screen`.
    pub fn new(screen: impl Screen) -> App {
        App::boxed(Box::new(screen))
    }

    /// An app showing a screen already boxed (one a command chose).
    pub fn boxed(screen: Box<dyn Screen>) -> App {
        App { screen, under: Vec::new(), overlay: None, first_records: Vec::new() }
    }

    /// The same app, with `entries` to write before the terminal is taken (a workout started
    /// from the command line records its start first, so a disk that refuses is reported
    /// before any screen).
    pub fn recording_first(mut self, entries: Vec<JournalEntry>) -> App {
        self.first_records = entries;
        self
    }

    /// The same app with `notice`, if any, over its first screen.
    pub fn noticing(mut self, notice: Option<&'static str>) -> App {
        self.overlay = notice.map(Overlay::Notice).or(self.overlay);
        self
    }

    /// The records to write before the first frame, once.
    pub fn take_first_records(&mut self) -> Vec<JournalEntry> {
        std::mem::take(&mut self.first_records)
    }

    /// The screen up.
    pub fn screen(&self) -> &dyn Screen {
        self.screen.as_ref()
    }

    /// The next instant at which time alone changes anything; `None` under a box.
    pub fn deadline(&self) -> Option<Duration> {
        if self.overlay.is_some() {
            return None;
        }
        self.screen.deadline()
    }

    /// Handles one message at `now`: a box takes keys first; everything else goes to the
    /// screen. Returns what the runtime must do; help and questions are done here.
    pub fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        let effects = match (self.overlay, msg) {
            (Some(Overlay::Help | Overlay::Notice(_)), Msg::Key(_)) => {
                self.overlay = None;
                Vec::new()
            }
            (Some(Overlay::Confirm(question)), Msg::Key(key)) => {
                match keys::action(CONFIRM_KEYS, key) {
                    Some(Answer::Yes) => {
                        self.overlay = None;
                        self.screen.update(Msg::Confirmed(question.id), now)
                    }
                    Some(Answer::No) => {
                        self.overlay = None;
                        Vec::new()
                    }
                    None => Vec::new(),
                }
            }
            // Nothing runs on under a box.
            (Some(_), Msg::Tick) => Vec::new(),
            (_, msg) => self.screen.update(msg, now),
        };
        let mut out = Vec::with_capacity(effects.len());
        for effect in effects {
            match effect {
                Effect::ShowHelp => self.overlay = Some(Overlay::Help),
                Effect::Ask(question) => self.overlay = Some(Overlay::Confirm(question)),
                other => out.push(other),
            }
        }
        out
    }

    /// Puts `screen` up, the current one waiting under it (`Effect::Open`).
    pub fn open(&mut self, screen: Box<dyn Screen>) {
        self.overlay = None;
        self.under.push(std::mem::replace(&mut self.screen, screen));
    }

    /// Closes the screen up and goes back to the one under it (`Effect::Back`); `false` when
    /// there is none, and the app should end.
    pub fn back(&mut self) -> bool {
        match self.under.pop() {
            Some(screen) => {
                self.overlay = None;
                self.screen = screen;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests;

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
//!    `Effect::open(screen)` (or `Effect::OpenMade(deferred)` when making the screen reads
//!    the whole history, so start-up does not pay for it), and/or a command in `cli` that
//!    starts on it with
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
use crate::core::safety::WELLBEING;

/// A box over the screen. While one is up nothing times out underneath and keys go to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The key help of the screen underneath; ↑/↓ scroll it when it is taller than the window
    /// (`App::help_scroll`), any other key closes it.
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

/// Which way the `?` box scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    /// Back towards the keys.
    Up,
    /// On towards the notes.
    Down,
}

/// The keys of the `?` box besides "any other key closes it". Arrows and j/k only, so no key
/// that closes the box on one screen scrolls it on another.
pub const HELP_KEYS: &[Binding<Scroll>] = &[Binding {
    keys: &[
        (Key::Up, Scroll::Up),
        (Key::Char('k'), Scroll::Up),
        (Key::Down, Scroll::Down),
        (Key::Char('j'), Scroll::Down),
    ],
    help: Some(("↑/↓ or j/k", "scroll, when it is taller than the window")),
    hint: None,
}];

/// The whole app: the screen up, those under it, and the box over it.
#[derive(Debug)]
pub struct App {
    /// The screen on top.
    screen: Box<dyn Screen>,
    /// Screens that opened another and wait for `Back`, the most recent last.
    under: Vec<Box<dyn Screen>>,
    /// A box over the screen, if any.
    pub overlay: Option<Overlay>,
    /// How far the `?` box is scrolled, in its parts (one a key line, the screen's caution,
    /// each wellbeing sentence): the first part shown. The ui shows as many whole parts from
    /// here as fit and never scrolls past the point where the last part shows.
    pub help_scroll: usize,
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
        App { screen, under: Vec::new(), overlay: None, help_scroll: 0, first_records: Vec::new() }
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
            (Some(Overlay::Help), Msg::Key(key)) => {
                match keys::action(HELP_KEYS, key) {
                    Some(Scroll::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),
                    Some(Scroll::Down) => {
                        self.help_scroll = (self.help_scroll + 1).min(self.help_parts() - 1)
                    }
                    None => self.overlay = None,
                }
                Vec::new()
            }
            (Some(Overlay::Notice(_)), Msg::Key(_)) => {
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
                Effect::ShowHelp => {
                    self.overlay = Some(Overlay::Help);
                    self.help_scroll = 0;
                }
                Effect::Ask(question) => self.overlay = Some(Overlay::Confirm(question)),
                other => out.push(other),
            }
        }
        out
    }

    /// How many parts the `?` box of the screen up has: a line per key, its caution if any,
    /// and the two wellbeing sentences. Scrolling stops at the last.
    fn help_parts(&self) -> usize {
        self.screen.help().len() + usize::from(self.screen.help_note().is_some()) + WELLBEING.len()
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
